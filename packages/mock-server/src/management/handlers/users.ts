import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import { accountStatus, sameIdentifier, type UserRecord } from "../../users.js";
import { isPhoneCountryCode, samePhone } from "../../phone-country-code.js";
import type { ManagementHandler } from "../handler.js";
import { findUser, findUsers, managementUserView, userNotFound } from "../users-view.js";
import { page } from "../page.js";
import { departmentNotFound, findDepartment } from "../department-tree.js";
import { badCredentials, isIdentifier } from "../user-input-checks.js";
import { filterProblem, matchesFilter, sortUsers, type AdvancedFilter, type UserSort } from "../user-list.js";
import { enrollOtp, otpSecretProblem, type OtpInput } from "./user-mfa.js";
import { applyPasswordOptions, type PasswordOptions } from "../password-options.js";

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

/** The fields `keywords` searches unless `options.fuzzySearchOn` names others: those `ListUsersOptionsDto.fuzzySearchOn` includes by default. */
const DEFAULT_FUZZY_SEARCH_FIELDS = ["phone", "email", "name", "username", "nickname"];

type UserInput = Record<string, unknown> & {
  username?: string;
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
  password?: string;
  emailVerified?: boolean;
  phoneVerified?: boolean;
  externalId?: string;
  departmentIds?: string[];
  customData?: Record<string, unknown>;
  otp?: OtpInput;
  options?: PasswordOptions & { userIdType?: string; departmentIdType?: string };
};

interface ListQuery {
  page?: number;
  limit?: number;
  userIdType?: string;
  withCustomData?: boolean;
  withIdentities?: boolean;
  withDepartmentIds?: boolean;
}

/**
 * `createUser`: adds a user to the pool, who can then sign in through the Authentication API; with
 * `otp`, an OTP factor with that secret too; a member of `departmentIds`, read as
 * `options.departmentIdType` says.
 */
export const createUser: ManagementHandler = ({ body, state }) => {
  const input = body as UserInput;
  const problem = badCredentials(input, "", true) ?? badCountryCode(input) ?? conflict(state, input) ?? unknownDepartment(state, input) ?? badOtp(input);
  if (problem) return problem;
  return ok(managementUserView(state, create(state, input), { withCustomData: true, withDepartmentIds: true }));
};

/** `createUsersBatch`: adds every user of `list`, with the batch's `options`, or none when one of them conflicts. */
export const createUsersBatch: ManagementHandler = ({ body, state }) => {
  const { list: given, options } = body as { list: UserInput[]; options?: UserInput["options"] };
  const list = withBatchOptions(given, options);
  for (const [i, input] of list.entries()) {
    const problem =
      badCredentials(input, `list[${i}].`, true) ??
      badCountryCode(input, `list[${i}].`) ??
      conflict(state, input, `list[${i}].`) ??
      unknownDepartment(state, input) ??
      badOtp(input, `list[${i}].`) ??
      batchTwin(list, i);
    if (problem) return problem;
  }
  return ok(list.map((input) => managementUserView(state, create(state, input), { withCustomData: true, withDepartmentIds: true })));
};

/** `getUser`: one user by `userId` (read as `userIdType`). */
export const getUser: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  return user ? ok(managementUserView(state, user, query)) : userNotFound(userId, userIdType);
};

/** `getUserBatch`: the users of `userIds`, in that order; 404 naming the first that does not exist. */
export const getUserBatch: ManagementHandler = ({ query, state }) => {
  const { userIds, userIdType } = query as { userIds: string[]; userIdType?: string };
  const found = findUsers(state, userIds, userIdType);
  return "users" in found ? ok(found.users.map((user) => managementUserView(state, user, query))) : found.failure;
};

/**
 * `listUsers` (`POST /api/v3/list-users`): the pool's users, filtered by `keywords` (matched in
 * phone, email, name, username and nickname, or the fields of `options.fuzzySearchOn`, where `id`
 * is the user ID)
 * and `advancedFilter` (every operator of `ListUsersAdvancedFilterItemDto`, on a field of the user
 * or of its custom data), sorted by `options.sort` (creation order by default), paged by
 * `options.pagination`.
 */
export const listUsers: ManagementHandler = ({ body, state }) => {
  const {
    keywords,
    advancedFilter = [],
    options = {},
  } = (body ?? {}) as {
    keywords?: string;
    advancedFilter?: AdvancedFilter[];
    options?: ListQuery & { pagination?: { page?: number; limit?: number }; fuzzySearchOn?: string[]; sort?: UserSort[] };
  };
  for (const [i, filter] of advancedFilter.entries()) {
    const problem = filterProblem(filter, `advancedFilter[${i}]`);
    if (problem) return problem;
  }
  const fields = options.fuzzySearchOn?.length ? options.fuzzySearchOn.map((field) => (field === "id" ? "userId" : field)) : DEFAULT_FUZZY_SEARCH_FIELDS;
  // Filters and sorting read the whole user (custom data included); the answer shows what `options` asks for.
  const full = state.users.all.map((user) => ({ user, view: managementUserView(state, user, { withCustomData: true }) }));
  const wanted = keywords?.toLowerCase();
  const matching = full.filter(
    ({ view }) =>
      (!wanted ||
        fields.some((field) =>
          String(view[field] ?? "")
            .toLowerCase()
            .includes(wanted),
        )) &&
      advancedFilter.every((filter) => matchesFilter(view, filter)),
  );
  const sorted = sortUsers(matching, options.sort ?? []);
  return ok(page(sorted, options.pagination?.page, options.pagination?.limit, ({ user }) => managementUserView(state, user, options)));
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
  const problem = badCredentials(input, "", false) ?? badCountryCode(input) ?? conflict(state, input, "", user);
  if (problem) return problem;
  update(state, user, input);
  return ok(managementUserView(state, user, { withCustomData: true, withDepartmentIds: true }));
};

/**
 * `updateUserBatch`: updates every user of `list` with the batch's `options`
 * (`UpdateUserBatchOptionsDto`: `resetPasswordOnNextLogin`, `autoGeneratePassword`, as `updateUser`
 * applies them), or none when one is missing or conflicts.
 */
export const updateUserBatch: ManagementHandler = ({ body, state }) => {
  const { list: given, options } = body as { list: (UserInput & { userId: string })[]; options?: UserInput["options"] };
  const list = withBatchOptions(given, options);
  const users: UserRecord[] = [];
  for (const [i, input] of list.entries()) {
    const user = findUser(state, input.userId, options?.userIdType);
    if (!user) return userNotFound(input.userId, options?.userIdType);
    users.push(user);
    const problem =
      badCredentials(input, `list[${i}].`, false) ??
      badCountryCode(input, `list[${i}].`) ??
      conflict(state, input, `list[${i}].`, user) ??
      batchTwin(list, i, (j) => users[j] !== user);
    if (problem) return problem;
  }
  for (const [i, input] of list.entries()) update(state, users[i] as UserRecord, input);
  return ok(users.map((user) => managementUserView(state, user, { withCustomData: true, withDepartmentIds: true })));
};

/**
 * `deleteUsersBatch`: removes the users of `userIds`, with their sessions, memberships and grants;
 * none when one of them does not exist (404 naming it).
 */
export const deleteUsersBatch: ManagementHandler = ({ body, state }) => {
  const { userIds, options } = body as { userIds: string[]; options?: { userIdType?: string } };
  const found = findUsers(state, userIds, options?.userIdType);
  if ("failure" in found) return found.failure;
  for (const user of new Set(found.users)) state.removeUser(user);
  return ok({ success: true });
};

/** `isUserExists`: whether a user has this username, email, phone or external ID (an empty one is no one's). */
export const isUserExists: ManagementHandler = ({ body, state }) => {
  const { username, email, phone, externalId } = (body ?? {}) as { username?: string; email?: string; phone?: string; externalId?: string };
  const exists =
    (isIdentifier(username) && state.users.byUsername(username) !== undefined) ||
    (isIdentifier(email) && state.users.byEmail(email) !== undefined) ||
    (isIdentifier(phone) && state.users.byPhone(phone) !== undefined) ||
    (isIdentifier(externalId) && findUser(state, externalId, "external_id") !== undefined);
  return ok({ exists });
};

/** The entries of a batch, each with the batch's `options` (when it has some), which apply to every user of the batch. */
function withBatchOptions<T extends UserInput>(list: T[], options: UserInput["options"]): T[] {
  return options === undefined ? list : list.map((input) => ({ ...input, options }));
}

function create(state: MockState, input: UserInput): UserRecord {
  const user = state.users.create({
    username: input.username,
    email: input.email,
    phone: input.phone,
    phoneCountryCode: input.phoneCountryCode,
    password: input.password,
    profile: profileOf(input),
    source: "adminCreated",
  });
  user.emailVerified = Boolean(user.email && input.emailVerified);
  user.phoneVerified = Boolean(user.phone && input.phoneVerified);
  const joinedAt = state.clock();
  for (const departmentId of input.departmentIds ?? []) {
    findDepartment(state, undefined, departmentId, input.options?.departmentIdType)?.members.set(user.userId, joinedAt);
  }
  if (input.otp) enrollOtp(state, user, input.otp);
  applyPasswordOptions(state, user, input.options, input.password !== undefined);
  return user;
}

function update(state: MockState, user: UserRecord, input: UserInput): void {
  if (input.username !== undefined) user.username = input.username;
  if (input.email !== undefined && input.email !== user.email) {
    user.email = input.email;
    user.emailVerified = false;
  }
  const line = { phone: input.phone ?? user.phone ?? "", phoneCountryCode: input.phoneCountryCode ?? user.phoneCountryCode };
  // Another number, or the same number in another country, is another line: not verified yet.
  if (user.phone !== undefined && !samePhone(line, { phone: user.phone, phoneCountryCode: user.phoneCountryCode })) user.phoneVerified = false;
  if (input.phone !== undefined) user.phone = input.phone;
  if (input.phoneCountryCode !== undefined) user.phoneCountryCode = input.phoneCountryCode;
  if (input.emailVerified !== undefined) user.emailVerified = Boolean(user.email && input.emailVerified);
  if (input.phoneVerified !== undefined) user.phoneVerified = Boolean(user.phone && input.phoneVerified);
  if (input.password !== undefined) state.users.setPassword(user, input.password);
  applyPasswordOptions(state, user, input.options, input.password !== undefined);
  const { customData, status, ...profile } = profileOf(input);
  Object.assign(user.profile, profile);
  if (typeof status === "string") state.users.setStatus(user, status);
  if (customData !== undefined)
    user.profile.customData = { ...(user.profile.customData as Record<string, unknown> | undefined), ...(customData as Record<string, unknown>) };
  state.users.touch(user);
}

function profileOf(input: UserInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => !NOT_PROFILE.has(key) && value !== undefined));
}

/** The identifiers no two users share. */
const IDENTIFIERS = ["username", "email", "phone", "externalId"] as const;

/**
 * A 409 envelope when the username, email, phone (in its country, the user's own when only one of
 * the two changes) or external ID belongs to another user; an empty one belongs to no one.
 */
function conflict(state: MockState, input: UserInput, where = "", self?: UserRecord): Envelope | undefined {
  const phone = input.phone ?? (input.phoneCountryCode === undefined ? undefined : self?.phone);
  const owners: Record<(typeof IDENTIFIERS)[number], UserRecord | undefined> = {
    username: isIdentifier(input.username) ? state.users.byUsername(input.username) : undefined,
    email: isIdentifier(input.email) ? state.users.byEmail(input.email) : undefined,
    phone: isIdentifier(phone) ? state.users.byPhone(phone, input.phoneCountryCode ?? self?.phoneCountryCode) : undefined,
    externalId: isIdentifier(input.externalId) ? findUser(state, input.externalId, "external_id") : undefined,
  };
  for (const field of IDENTIFIERS) {
    const owner = owners[field];
    if (owner && owner !== self) return fail(409, `${where}${field} ${JSON.stringify(input[field])} belongs to another user: choose another ${field}`);
  }
  return undefined;
}

/**
 * A 409 envelope when `list[i]` gives the username, email, phone or external ID an earlier entry
 * gives (compared as the pool compares them; empty ones are no one's), for entries `counts` says
 * are another user's; undefined otherwise.
 */
function batchTwin(list: UserInput[], i: number, counts: (j: number) => boolean = () => true): Envelope | undefined {
  const input = list[i] as UserInput;
  for (const field of IDENTIFIERS) {
    const value = input[field];
    if (!isIdentifier(value)) continue;
    const j = list.findIndex((other, k) => k < i && counts(k) && isIdentifier(other[field]) && sameValue(field, other, input));
    if (j >= 0) return fail(409, `list[${i}].${field} ${JSON.stringify(value)} is also the ${field} of list[${j}]: give each user their own ${field}`);
  }
  return undefined;
}

/** Whether two entries give the same username, email, phone (in the same country) or external ID. */
function sameValue(field: (typeof IDENTIFIERS)[number], a: UserInput, b: UserInput): boolean {
  if (field !== "phone") return sameIdentifier(field, a[field] as string, b[field] as string);
  return samePhone({ phone: a.phone as string, phoneCountryCode: a.phoneCountryCode }, { phone: b.phone as string, phoneCountryCode: b.phoneCountryCode });
}

/** A 400 envelope when `phoneCountryCode` is no country calling code. */
function badCountryCode(input: UserInput, where = ""): Envelope | undefined {
  const code = input.phoneCountryCode;
  if (code === undefined || isPhoneCountryCode(code)) return undefined;
  return fail(400, `${where}phoneCountryCode ${JSON.stringify(code)} is no country calling code: give it as +86 (or 86, 0086)`);
}

/** A 400 envelope when the new user's `otp.secret` is not base32. */
function badOtp(input: UserInput, where = ""): Envelope | undefined {
  return input.otp ? otpSecretProblem(input.otp, `${where}otp`) : undefined;
}

/** A 404 envelope when an entry of `departmentIds`, read as `options.departmentIdType`, names no department. */
function unknownDepartment(state: MockState, { departmentIds, options }: UserInput): Envelope | undefined {
  const idType = options?.departmentIdType;
  const missing = departmentIds?.find((id) => !findDepartment(state, undefined, id, idType));
  if (missing === undefined) return undefined;
  if (idType === "sync_relation" || idType === "custom_field") {
    return fail(400, `options.departmentIdType ${idType} is not kept by the mock: name departments by department_id, open_department_id or code`);
  }
  return departmentNotFound(missing, undefined, idType);
}
