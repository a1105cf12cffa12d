import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import { accountStatus, type UserRecord } from "../../users.js";
import type { ManagementHandler } from "../handler.js";
import { findUser, managementUserView, userNotFound } from "../users-view.js";
import { page } from "../page.js";

/** Fields of a create or update request that are not profile fields: identifiers, credentials, options. */
const NOT_PROFILE = new Set([
  "userId",
  "username",
  "email",
  "phone",
  "phoneCountryCode",
  "password",
  "salt",
  "otp",
  "tenantIds",
  "identities",
  "options",
  "metadataSource",
  "metadata",
  "departmentIds",
  "emailVerified",
  "phoneVerified",
]);

type UserInput = Record<string, unknown> & {
  username?: string;
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
  password?: string;
  emailVerified?: boolean;
  phoneVerified?: boolean;
  departmentIds?: string[];
  customData?: Record<string, unknown>;
};

interface ListQuery {
  page?: number;
  limit?: number;
  userIdType?: string;
  withCustomData?: boolean;
  withIdentities?: boolean;
  withDepartmentIds?: boolean;
}

/** `createUser`: adds a user to the pool, who can then sign in through the Authentication API. */
export const createUser: ManagementHandler = ({ body, state }) => {
  const input = body as UserInput;
  const problem = conflict(state, input) ?? unknownDepartment(state, input.departmentIds);
  if (problem) return problem;
  return ok(managementUserView(state, create(state, input), { withCustomData: true, withDepartmentIds: true }));
};

/** `createUsersBatch`: adds every user of `list`, or none when one of them conflicts. */
export const createUsersBatch: ManagementHandler = ({ body, state }) => {
  const { list } = body as { list: UserInput[] };
  for (const [i, input] of list.entries()) {
    const problem = conflict(state, input, `list[${i}].`) ?? unknownDepartment(state, input.departmentIds);
    if (problem) return problem;
    const twin = list.slice(0, i).find((other) => ["username", "email", "phone"].some((field) => input[field] !== undefined && input[field] === other[field]));
    if (twin) return fail(409, `list[${i}] repeats the username, email or phone of an earlier entry: give each user their own`);
  }
  return ok(list.map((input) => managementUserView(state, create(state, input), { withCustomData: true, withDepartmentIds: true })));
};

/** `getUser`: one user by `userId` (read as `userIdType`). */
export const getUser: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  return user ? ok(managementUserView(state, user, query)) : userNotFound(userId, userIdType);
};

/** `getUserBatch`: the users of `userIds` that exist, in that order. */
export const getUserBatch: ManagementHandler = ({ query, state }) => {
  const { userIds, userIdType } = query as { userIds: string[]; userIdType?: string };
  const found = userIds.map((id) => findUser(state, id, userIdType)).filter((user): user is UserRecord => user !== undefined);
  return ok(found.map((user) => managementUserView(state, user, query)));
};

interface AdvancedFilter {
  field: string;
  operator: string;
  value?: unknown;
}

/**
 * `listUsers` (`POST /api/v3/list-users`): the pool's users, filtered by `keywords` (matched in
 * user ID, username, email, phone, name and nickname, or the fields of `options.fuzzySearchOn`)
 * and `advancedFilter` (EQUAL, NOT_EQUAL, CONTAINS, NOT_CONTAINS, IS_NULL, NOT_NULL on a field of
 * the user), paged by `options.pagination`.
 */
export const listUsers: ManagementHandler = ({ body, state }) => {
  const {
    keywords,
    advancedFilter = [],
    options = {},
  } = (body ?? {}) as {
    keywords?: string;
    advancedFilter?: AdvancedFilter[];
    options?: ListQuery & { pagination?: { page?: number; limit?: number }; fuzzySearchOn?: string[] };
  };
  const fields = options.fuzzySearchOn?.length
    ? options.fuzzySearchOn.map((field) => (field === "id" ? "userId" : field))
    : ["userId", "username", "email", "phone", "name", "nickname"];
  const views = state.users.all.map((user) => managementUserView(state, user, options));
  const wanted = keywords?.toLowerCase();
  const matching = views.filter(
    (view) =>
      (!wanted ||
        fields.some((field) =>
          String(view[field] ?? "")
            .toLowerCase()
            .includes(wanted),
        )) &&
      advancedFilter.every((filter) => matches(view, filter)),
  );
  return ok(page(matching, options.pagination?.page, options.pagination?.limit));
};

/** `listUsersLegacy` (`GET /api/v3/list-users`): the pool's users, filtered by `status` and update time, paged. */
export const listUsersLegacy: ManagementHandler = ({ query, state }) => {
  const { status, updatedAtStart, updatedAtEnd } = query as { status?: string; updatedAtStart?: number; updatedAtEnd?: number };
  const matching = state.users.all.filter(
    (user) =>
      (status === undefined || accountStatus(user) === status) &&
      (updatedAtStart === undefined || user.updatedAt >= updatedAtStart) &&
      (updatedAtEnd === undefined || user.updatedAt <= updatedAtEnd),
  );
  const { page: pageNumber, limit } = query as ListQuery;
  return ok(page(matching, pageNumber, limit, (user) => managementUserView(state, user, query)));
};

/** `updateUser`: changes a user's identifiers, password, verification flags, profile and custom data. */
export const updateUser: ManagementHandler = ({ body, state }) => {
  const input = body as UserInput & { userId: string; options?: { userIdType?: string } };
  const user = findUser(state, input.userId, input.options?.userIdType);
  if (!user) return userNotFound(input.userId, input.options?.userIdType);
  const problem = conflict(state, input, "", user);
  if (problem) return problem;
  update(state, user, input);
  return ok(managementUserView(state, user, { withCustomData: true, withDepartmentIds: true }));
};

/** `updateUserBatch`: updates every user of `list`, or none when one is missing or conflicts. */
export const updateUserBatch: ManagementHandler = ({ body, state }) => {
  const { list, options } = body as { list: (UserInput & { userId: string })[]; options?: { userIdType?: string } };
  const users: UserRecord[] = [];
  for (const [i, input] of list.entries()) {
    const user = findUser(state, input.userId, options?.userIdType);
    if (!user) return userNotFound(input.userId, options?.userIdType);
    const problem = conflict(state, input, `list[${i}].`, user);
    if (problem) return problem;
    users.push(user);
  }
  for (const [i, input] of list.entries()) update(state, users[i] as UserRecord, input);
  return ok(users.map((user) => managementUserView(state, user, { withCustomData: true, withDepartmentIds: true })));
};

/** `deleteUsersBatch`: removes the users of `userIds` that exist, with their sessions, memberships and grants. */
export const deleteUsersBatch: ManagementHandler = ({ body, state }) => {
  const { userIds, options } = body as { userIds: string[]; options?: { userIdType?: string } };
  for (const id of userIds) {
    const user = findUser(state, id, options?.userIdType);
    if (!user) continue;
    state.removeUser(user);
  }
  return ok({ success: true });
};

/** `isUserExists`: whether a user has this username, email, phone or external ID. */
export const isUserExists: ManagementHandler = ({ body, state }) => {
  const { username, email, phone, externalId } = (body ?? {}) as { username?: string; email?: string; phone?: string; externalId?: string };
  const exists =
    (username !== undefined && state.users.byUsername(username) !== undefined) ||
    (email !== undefined && state.users.byEmail(email) !== undefined) ||
    (phone !== undefined && state.users.byPhone(phone) !== undefined) ||
    (externalId !== undefined && findUser(state, externalId, "external_id") !== undefined);
  return ok({ exists });
};

function create(state: MockState, input: UserInput): UserRecord {
  const user = state.users.create({
    username: input.username,
    email: input.email,
    phone: input.phone,
    phoneCountryCode: input.phoneCountryCode,
    password: input.password,
    profile: profileOf(input),
  });
  user.emailVerified = Boolean(user.email && input.emailVerified);
  user.phoneVerified = Boolean(user.phone && input.phoneVerified);
  const joinedAt = state.clock();
  for (const departmentId of input.departmentIds ?? []) state.management.departments.get(departmentId)?.members.set(user.userId, joinedAt);
  return user;
}

function update(state: MockState, user: UserRecord, input: UserInput): void {
  if (input.username !== undefined) user.username = input.username;
  if (input.email !== undefined && input.email !== user.email) {
    user.email = input.email;
    user.emailVerified = false;
  }
  if (input.phone !== undefined && input.phone !== user.phone) {
    user.phone = input.phone;
    user.phoneVerified = false;
  }
  if (input.phoneCountryCode !== undefined) user.phoneCountryCode = input.phoneCountryCode;
  if (input.emailVerified !== undefined) user.emailVerified = Boolean(user.email && input.emailVerified);
  if (input.phoneVerified !== undefined) user.phoneVerified = Boolean(user.phone && input.phoneVerified);
  if (input.password !== undefined) {
    user.password = input.password;
    user.passwordLastSetAt = state.clock();
  }
  const { customData, ...profile } = profileOf(input);
  Object.assign(user.profile, profile);
  if (customData !== undefined)
    user.profile.customData = { ...(user.profile.customData as Record<string, unknown> | undefined), ...(customData as Record<string, unknown>) };
  state.users.touch(user);
}

function profileOf(input: UserInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => !NOT_PROFILE.has(key) && value !== undefined));
}

/** A 409 envelope when the username, email or phone belongs to another user. */
function conflict(state: MockState, input: UserInput, where = "", self?: UserRecord): Envelope | undefined {
  const owners: [string, UserRecord | undefined][] = [
    ["username", input.username === undefined ? undefined : state.users.byUsername(input.username)],
    ["email", input.email === undefined ? undefined : state.users.byEmail(input.email)],
    ["phone", input.phone === undefined ? undefined : state.users.byPhone(input.phone)],
  ];
  for (const [field, owner] of owners) {
    if (owner && owner !== self) return fail(409, `${where}${field} ${JSON.stringify(input[field])} belongs to another user: choose another ${field}`);
  }
  return undefined;
}

function unknownDepartment(state: MockState, departmentIds: string[] | undefined): Envelope | undefined {
  const missing = departmentIds?.find((id) => !state.management.departments.has(id));
  return missing === undefined
    ? undefined
    : fail(404, `department ${JSON.stringify(missing)} does not exist: create it with createDepartment, or leave it out of departmentIds`);
}

function matches(view: Record<string, unknown>, { field, operator, value }: AdvancedFilter): boolean {
  const actual = view[field];
  const absent = actual === undefined || actual === null || actual === "";
  switch (operator) {
    case "EQUAL":
      return actual === value;
    case "NOT_EQUAL":
      return actual !== value;
    case "CONTAINS":
      return !absent && String(actual).includes(String(value));
    case "NOT_CONTAINS":
      return absent || !String(actual).includes(String(value));
    case "IS_NULL":
      return absent;
    case "NOT_NULL":
      return !absent;
    default:
      return true;
  }
}
