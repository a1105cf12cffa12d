import { fail, type Envelope } from "../envelope.js";
import type { MockState } from "../state.js";
import { userView, type UserRecord } from "../users.js";
import { departmentIdsOf } from "./memberships.js";
import { isIdentifier } from "./user-input-checks.js";
import { USER_DTO_FIELDS } from "./user-dto-fields.js";

/** What a user answer includes beyond the profile. */
export interface UserViewOptions {
  /** Include `customData`. */
  withCustomData?: boolean;
  /** Include `identities` (always empty: the mock links no identity providers). */
  withIdentities?: boolean;
  /** Include `departmentIds`: the departments the user is a member of. */
  withDepartmentIds?: boolean;
  /**
   * Put each `customData` field at the top level of the user, except one named as a `UserDto`
   * property, whether the user has that property or not.
   */
  flatCustomData?: boolean;
}

/**
 * The user with this identifier, looked up as `userIdType` says (`user_id` by default; also
 * `email`, `phone`, `username`, `external_id`), or undefined: an empty external ID names no one.
 */
export function findUser(state: MockState, id: string, idType: string | undefined = "user_id"): UserRecord | undefined {
  const { users } = state;
  switch (idType) {
    case "user_id":
      return users.byId(id);
    case "email":
      return users.byEmail(id);
    case "phone":
      return users.byPhone(id);
    case "username":
      return users.byUsername(id);
    case "external_id":
      // An empty external ID is no one's, however many users were given one.
      return isIdentifier(id) ? users.all.find((user) => user.profile.externalId === id) : undefined;
    default:
      return undefined;
  }
}

/**
 * The users of `ids`, in that order, each looked up as {@link findUser} does; or the 404 envelope
 * of the first that does not exist.
 */
export function findUsers(state: MockState, ids: readonly string[], idType?: string): { users: UserRecord[] } | { failure: Envelope } {
  const users: UserRecord[] = [];
  for (const id of ids) {
    const user = findUser(state, id, idType);
    if (!user) return { failure: userNotFound(id, idType) };
    users.push(user);
  }
  return { users };
}

/** The 404 envelope for a user that is not in the pool, naming the identifier and how it was read. */
export function userNotFound(id: string, idType: string | undefined = "user_id"): Envelope {
  return fail(404, `user ${JSON.stringify(id)} does not exist (userIdType ${idType}): create it with createUser, or pass the ID of a user of the pool`, 2004);
}

/**
 * The user as the Management API shows it (`UserDto`), with the department IDs of the mock's tree
 * and, with `flatCustomData`, the custom data fields beside the user's own (`customData` itself
 * only with `withCustomData`). A custom field never stands for a user field: one named as a
 * `UserDto` property (`nickname`, `username`…) or as anything else the view has stays in
 * `customData` only, so a user without a nickname never shows a custom one as theirs.
 */
export function managementUserView(state: MockState, user: UserRecord, options: UserViewOptions = {}): Record<string, unknown> {
  const view = userView(user, { withCustomData: options.withCustomData === true, withIdentities: options.withIdentities === true });
  if (options.withDepartmentIds === true) view.departmentIds = departmentIdsOf(state, user.userId);
  if (options.flatCustomData === true) {
    const customData = (user.profile.customData as Record<string, unknown> | undefined) ?? {};
    for (const [field, value] of Object.entries(customData)) {
      if (USER_DTO_FIELDS.has(field) || Object.hasOwn(view, field)) continue;
      // Defined, not assigned: a field named `__proto__` is data, not the view's prototype.
      Object.defineProperty(view, field, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return view;
}
