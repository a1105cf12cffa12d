import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import type { ManagementHandler } from "../handler.js";
import { DEFAULT_NAMESPACE, rekey, roleKey, roleStatus, type RoleRecord } from "../management-state.js";
import { rolesOf } from "../memberships.js";
import { roleView } from "../role-view.js";
import { assignedAt, type AssignmentWindow } from "../role-assignments.js";
import { findRole, missingTarget, roleNotFound, type Target } from "../targets.js";
import { findUser, managementUserView, userNotFound } from "../users-view.js";
import { page } from "../page.js";

interface RoleInput {
  code: string;
  name?: string;
  description?: string;
  namespace?: string;
  disableTime?: string | number;
}

/** `createRole`: a role with a code unique in its namespace (`default` when none is given). */
export const createRole: ManagementHandler = ({ body, state }) => {
  const input = body as RoleInput;
  if (findRole(state, input.code, input.namespace)) return roleExists(input);
  if (disableTimeOf(input.disableTime) === null) return badDisableTime(input.disableTime);
  return ok(roleView(addRole(state, input), state.clock()));
};

/** `createRolesBatch`: every role of `list`, or none when one already exists or has a `disableTime` that is not a time. */
export const createRolesBatch: ManagementHandler = ({ body, state }) => {
  const { list } = body as { list: RoleInput[] };
  const badTime = list.findIndex((input) => disableTimeOf(input.disableTime) === null);
  if (badTime >= 0) return badDisableTime(list[badTime]?.disableTime, `list[${badTime}].`);
  const taken = list.find(
    (input, i) =>
      findRole(state, input.code, input.namespace) ||
      list.slice(0, i).some((other) => roleKey(other.namespace, other.code) === roleKey(input.namespace, input.code)),
  );
  if (taken) return roleExists(taken);
  for (const input of list) addRole(state, input);
  return ok({ success: true });
};

/** `getRole`: one role by code and namespace. */
export const getRole: ManagementHandler = ({ query, state }) => {
  const { code, namespace } = query as { code: string; namespace?: string };
  const role = findRole(state, code, namespace);
  return role ? ok(roleView(role, state.clock())) : roleNotFound(code, namespace);
};

/** `listRoles`: the roles of a namespace whose code, name or description contains `keywords`, paged. */
export const listRoles: ManagementHandler = ({ query, state }) => {
  const {
    keywords,
    namespace = DEFAULT_NAMESPACE,
    page: pageNumber,
    limit,
  } = query as { keywords?: string; namespace?: string; page?: number; limit?: number };
  const wanted = keywords?.toLowerCase();
  const roles = [...state.management.roles.values()].filter(
    (role) => role.namespace === namespace && (!wanted || [role.code, role.name, role.description].some((text) => text.toLowerCase().includes(wanted))),
  );
  const now = state.clock();
  return ok(page(roles, pageNumber, limit, (role) => roleView(role, now)));
};

/**
 * `updateRole`: renames a role (`newCode`, keeping its place in the list), changes its name,
 * description, `status` (`ENABLE` or `DISABLE`: a disabled role grants nothing) or disable time
 * (`null` for none).
 */
export const updateRole: ManagementHandler = ({ body, state }) => {
  const input = body as Omit<RoleInput, "disableTime"> & { newCode: string; name: string; status?: string; disableTime?: string | number | null };
  const role = findRole(state, input.code, input.namespace);
  if (!role) return roleNotFound(input.code, input.namespace);
  // Every check before any change: a refused update leaves the role as it was.
  const disableTime = input.disableTime === null ? undefined : disableTimeOf(input.disableTime);
  if (disableTime === null) return badDisableTime(input.disableTime);
  if (input.status !== undefined && input.status !== "ENABLE" && input.status !== "DISABLE") {
    return fail(400, `status must be ENABLE or DISABLE, got ${JSON.stringify(input.status)}`);
  }
  if (input.newCode !== role.code) {
    if (findRole(state, input.newCode, role.namespace)) return roleExists({ code: input.newCode, namespace: role.namespace });
    rekey(state.management.roles, roleKey(role.namespace, role.code), roleKey(role.namespace, input.newCode));
    state.management.renameTarget("ROLE", role.code, input.newCode, role.namespace);
    role.code = input.newCode;
  }
  role.name = input.name;
  if (input.description !== undefined) role.description = input.description;
  if (disableTime !== undefined) role.disableTime = disableTime;
  else if (input.disableTime === null) delete role.disableTime;
  if (input.status !== undefined) role.status = input.status;
  return ok({ success: true });
};

/** `deleteRolesBatch`: removes the roles of `codeList` in one namespace, with their assignments and grants. */
export const deleteRolesBatch: ManagementHandler = ({ body, state }) => {
  const { codeList, namespace } = body as { codeList: string[]; namespace?: string };
  for (const code of codeList) removeRole(state, code, namespace);
  return ok({ success: true });
};

/** `deleteRoles`: removes roles of several namespaces. */
export const deleteRoles: ManagementHandler = ({ body, state }) => {
  const { roleList } = body as { roleList: { code: string; namespace: string }[] };
  for (const { code, namespace } of roleList) removeRole(state, code, namespace);
  return ok({ success: true });
};

/**
 * `assignRole`: assigns a role to users and departments, in effect from `enableTime` until
 * `endTime` (Unix milliseconds, on the server's clock) when given: before and after, it grants
 * nothing and the user's roles do not list it. Assigning again replaces the window, whatever the
 * earlier one was: a future `enableTime` takes the role away from a target that has it until then.
 * An `enableTime` after the `endTime` answers 400, naming both: such a window is never in effect.
 */
export const assignRole: ManagementHandler = ({ body, state }) => {
  const { targets, code, namespace, enableTime, endTime } = body as { targets: Target[]; code: string; namespace?: string } & AssignmentWindow;
  if (typeof enableTime === "number" && typeof endTime === "number" && enableTime > endTime) {
    return fail(400, `enableTime ${enableTime} is after endTime ${endTime}: the assignment would never be in effect; give an endTime after the enableTime`);
  }
  const window: AssignmentWindow = {};
  if (enableTime !== undefined && enableTime !== null) window.enableTime = enableTime;
  if (endTime !== undefined && endTime !== null) window.endTime = endTime;
  return changeAssignments(state, targets, [{ code, namespace }], window);
};

/**
 * `assignRoleBatch`: assigns several roles to users and departments, from now on and for good
 * (`AssignRoleBatchDto` has no `enableTime` or `endTime`), replacing the window of an earlier
 * `assignRole`.
 */
export const assignRoleBatch: ManagementHandler = ({ body, state }) => {
  const { targets, roles } = body as { targets: Target[]; roles: { code: string; namespace?: string }[] };
  return changeAssignments(state, targets, roles, {});
};

/** `revokeRole`: takes a role away from users and departments. */
export const revokeRole: ManagementHandler = ({ body, state }) => {
  const { targets, code, namespace } = body as { targets: Target[]; code: string; namespace?: string };
  return changeAssignments(state, targets, [{ code, namespace }], undefined);
};

/** `revokeRoleBatch`: takes several roles away from users and departments. */
export const revokeRoleBatch: ManagementHandler = ({ body, state }) => {
  const { targets, roles } = body as { targets: Target[]; roles: { code: string; namespace?: string }[] };
  return changeAssignments(state, targets, roles, undefined);
};

/** `listRoleMembers`: the users a role is assigned to (assignments in effect), paged. */
export const listRoleMembers: ManagementHandler = ({ query, state }) => {
  const { code, namespace, page: pageNumber, limit } = query as { code: string; namespace?: string; page?: number; limit?: number };
  const role = findRole(state, code, namespace);
  if (!role) return roleNotFound(code, namespace);
  const members = assignedAt(role, "USER", state.clock()).flatMap((userId) => state.users.byId(userId) ?? []);
  return ok(page(members, pageNumber, limit, (user) => managementUserView(state, user, query)));
};

/** `getUserRoles`: the roles assigned to a user in a namespace (`default` when none is given). */
export const getUserRoles: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType, namespace } = query as { userId: string; userIdType?: string; namespace?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const space = namespace || DEFAULT_NAMESPACE;
  const roles = rolesOf(state, user.userId).filter((role) => role.namespace === space);
  const now = state.clock();
  return ok({ totalCount: roles.length, list: roles.map((role) => roleView(role, now)) });
};

/**
 * `hasAnyRole`: whether a user has at least one of `roles`, assigned to them directly and in
 * effect; a disabled role does not count, as it grants nothing to `isActionAllowed` either.
 */
export const hasAnyRole: ManagementHandler = ({ body, state }) => {
  const { roles, userId, options } = body as { roles: { code: string; namespace?: string }[]; userId: string; options?: { userIdType?: string } };
  const user = findUser(state, userId, options?.userIdType);
  if (!user) return userNotFound(userId, options?.userIdType);
  const now = state.clock();
  const asked = new Set(roles.map(({ code, namespace }) => findRole(state, code, namespace)));
  return ok({ hasAnyRole: rolesOf(state, user.userId).some((role) => asked.has(role) && roleStatus(role, now) === "ENABLE") });
};

function addRole(state: MockState, input: RoleInput): RoleRecord {
  const role: RoleRecord = {
    id: state.management.nextId("role"),
    code: input.code,
    name: input.name ?? input.code,
    description: input.description ?? "",
    namespace: input.namespace || DEFAULT_NAMESPACE,
    status: "ENABLE",
    userIds: new Map(),
    departmentIds: new Map(),
  };
  const disableTime = disableTimeOf(input.disableTime);
  if (disableTime !== undefined && disableTime !== null) role.disableTime = disableTime;
  state.management.roles.set(roleKey(role.namespace, role.code), role);
  return role;
}

function removeRole(state: MockState, code: string, namespace: string | undefined): void {
  if (!state.management.roles.delete(roleKey(namespace, code))) return;
  state.management.revokeAll("ROLE", code, namespace || DEFAULT_NAMESPACE);
}

/** Assigns `roles` to `targets` in effect in `window`, or revokes them when `window` is undefined. */
function changeAssignments(state: MockState, targets: Target[], roles: { code: string; namespace?: string }[], window: AssignmentWindow | undefined): Envelope {
  const found: RoleRecord[] = [];
  for (const { code, namespace } of roles) {
    const role = findRole(state, code, namespace);
    if (!role) return roleNotFound(code, namespace);
    found.push(role);
  }
  for (const [i, target] of targets.entries()) {
    if (target.targetType !== "USER" && target.targetType !== "DEPARTMENT") {
      return fail(400, `targets[${i}].targetType must be USER or DEPARTMENT: roles are assigned to users and departments, got ${target.targetType}`);
    }
    const missing = missingTarget(state, target);
    if (missing) return missing;
  }
  for (const role of found) {
    for (const { targetType, targetIdentifier } of targets) {
      const members = targetType === "USER" ? role.userIds : role.departmentIds;
      if (window) members.set(targetIdentifier, { ...window });
      else members.delete(targetIdentifier);
    }
  }
  return ok({ success: true });
}

/** A role's disable time as Unix milliseconds: undefined when not given, null when it is not a time. */
function disableTimeOf(value: string | number | undefined): number | undefined | null {
  if (value === undefined || value === "") return undefined;
  const time = typeof value === "number" || /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

function badDisableTime(value: unknown, where = ""): Envelope {
  return fail(400, `${where}disableTime must be a time in Unix milliseconds (e.g. "${Date.UTC(2030, 0, 1)}"), got ${JSON.stringify(value)}`);
}

function roleExists({ code, namespace }: { code: string; namespace?: string }): Envelope {
  return fail(409, `role ${JSON.stringify(code)} already exists in namespace ${JSON.stringify(namespace || DEFAULT_NAMESPACE)}: choose another code`);
}
