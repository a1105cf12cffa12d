import { fail, type Envelope } from "../envelope.js";
import type { MockState } from "../state.js";
import { DEFAULT_NAMESPACE, roleKey, type GroupRecord, type RoleRecord } from "./management-state.js";
import { userNotFound } from "./users-view.js";

/** A role, group, user or department named by a request (`TargetDto`). */
export interface Target {
  /** `USER`, `ROLE`, `GROUP` or `DEPARTMENT`. */
  targetType: string;
  /** The user ID, role code, group code or department ID. */
  targetIdentifier: string;
}

/** The role of this code in this namespace (`default` when none), or undefined. */
export function findRole(state: MockState, code: string, namespace?: string): RoleRecord | undefined {
  return state.management.roles.get(roleKey(namespace, code));
}

/** The 404 envelope for a role that does not exist, naming it and its namespace. */
export function roleNotFound(code: string, namespace?: string): Envelope {
  return fail(
    404,
    `role ${JSON.stringify(code)} does not exist in namespace ${JSON.stringify(namespace || DEFAULT_NAMESPACE)}: create it with createRole, or pass the namespace it was created in`,
  );
}

/** The group of this code, or undefined. */
export function findGroup(state: MockState, code: string): GroupRecord | undefined {
  return state.management.groups.get(code);
}

/** The 404 envelope for a group that does not exist. */
export function groupNotFound(code: string): Envelope {
  return fail(404, `group ${JSON.stringify(code)} does not exist: create it with createGroup, or pass the code of an existing group`);
}

/**
 * A 404 envelope when a target does not exist (users by user ID, with `apiCode` 2004 as for any
 * unknown user; roles in `namespace`), or undefined.
 */
export function missingTarget(state: MockState, { targetType, targetIdentifier }: Target, namespace?: string): Envelope | undefined {
  if (targetType === "USER") return state.users.byId(targetIdentifier) ? undefined : userNotFound(targetIdentifier);
  const exists =
    targetType === "ROLE"
      ? findRole(state, targetIdentifier, namespace) !== undefined
      : targetType === "GROUP"
        ? state.management.groups.has(targetIdentifier)
        : targetType === "DEPARTMENT"
          ? state.management.departments.has(targetIdentifier)
          : false;
  if (exists) return undefined;
  return fail(
    404,
    `${targetType.toLowerCase()} ${JSON.stringify(targetIdentifier)} (targetType ${targetType}) does not exist: create it first, or fix targetIdentifier`,
  );
}
