import type { MockState } from "../state.js";
import { roleKey, roleStatus, type AuthorizationRecord, type ResourceRecord } from "./management-state.js";
import { departmentIdsOf, groupsOf } from "./memberships.js";
import { isAssignedAt } from "./role-assignments.js";

/**
 * Every grant that applies to a user: their own, and those of their roles (assigned to them or to
 * one of their departments, while the assignment is in effect; not the disabled ones), groups and
 * departments. Both APIs answer a
 * user's permissions from it.
 */
export function effectiveGrants(state: MockState, userId: string): AuthorizationRecord[] {
  const departmentIds = new Set(departmentIdsOf(state, userId));
  const now = state.clock();
  const roles = [...state.management.roles.values()].filter(
    (role) =>
      roleStatus(role, now) === "ENABLE" &&
      (isAssignedAt(role, "USER", userId, now) || [...departmentIds].some((id) => isAssignedAt(role, "DEPARTMENT", id, now))),
  );
  const roleKeys = new Set(roles.map((role) => roleKey(role.namespace, role.code)));
  const groupCodes = new Set(groupsOf(state, userId).map((group) => group.code));
  return state.management.authorizations.filter(
    (each) =>
      (each.targetType === "USER" && each.targetIdentifier === userId) ||
      (each.targetType === "ROLE" && roleKeys.has(roleKey(each.namespace, each.targetIdentifier))) ||
      (each.targetType === "GROUP" && groupCodes.has(each.targetIdentifier)) ||
      (each.targetType === "DEPARTMENT" && departmentIds.has(each.targetIdentifier)),
  );
}

/**
 * The actions a user is granted on `resource` (a resource's code, or `code:instance`) in a
 * namespace, through any of their {@link effectiveGrants}: a grant on the resource covers its every
 * instance, a grant on `code:instance` that instance only. `*` stands for every action.
 */
export function grantedActions(state: MockState, userId: string, namespace: string, resource: string): string[] {
  const actions = new Set<string>();
  for (const each of effectiveGrants(state, userId)) {
    if (each.namespace === namespace && (each.resourceCode === resource || resource.startsWith(`${each.resourceCode}:`))) {
      for (const action of each.actions) actions.add(action);
    }
  }
  return [...actions];
}

/**
 * The actions granted to a user on a data resource path in a namespace: on the resource (or
 * `code:instance`) it names and, for a tree node such as `books/fiction/novels`, on each node above
 * it (`books/fiction`, `books`), since a grant on a tree covers its nodes. Both APIs' permission
 * checks by path answer from it.
 */
export function actionsOnPath(state: MockState, userId: string, namespace: string, path: string): string[] {
  const actions = new Set<string>();
  for (const prefix of dataResourcePaths(path)) for (const action of grantedActions(state, userId, namespace, prefix)) actions.add(action);
  return [...actions];
}

/** A path and the paths above it: `a/b/c`, `a/b`, `a`. */
function dataResourcePaths(path: string): string[] {
  const segments = path.split("/");
  return segments.map((_, i) => segments.slice(0, segments.length - i).join("/")).filter((prefix) => prefix !== "");
}

/** Whether a user may do `action` on `resource` in a namespace: `isActionAllowed`'s rule (see {@link grantedActions}). */
export function isAllowed(state: MockState, userId: string, namespace: string, resource: string, action: string): boolean {
  return allows(grantedActions(state, userId, namespace, resource), action);
}

/** Whether granted `actions` allow `action`: they name it, or `*`. */
export function allows(actions: readonly string[], action: string): boolean {
  return actions.includes(action) || actions.includes("*");
}

/**
 * Grants merged per resource, as `AuthorizedResourceDto`s (both APIs' schema of that name): in one
 * namespace and of one `resourceType` when given. Every grant allows, so `effect` is `ALLOW`.
 */
export function authorizedResources(
  state: MockState,
  grants: AuthorizationRecord[],
  namespace: string | undefined,
  resourceType: string | undefined,
): Record<string, unknown>[] {
  const merged = new Map<string, { grant: AuthorizationRecord; actions: Set<string> }>();
  for (const each of grants) {
    if ((namespace !== undefined && each.namespace !== namespace) || (resourceType !== undefined && each.resourceType !== resourceType)) continue;
    const key = roleKey(each.namespace, each.resourceCode);
    const entry = merged.get(key) ?? { grant: each, actions: new Set<string>() };
    for (const action of each.actions) entry.actions.add(action);
    merged.set(key, entry);
  }
  return [...merged.values()].map(({ grant: each, actions }) => {
    const resource = resourceOf(state, each.namespace, each.resourceCode);
    const view: Record<string, unknown> = {
      resourceCode: each.resourceCode,
      resourceType: each.resourceType,
      apiIdentifier: resource?.apiIdentifier ?? "",
      actions: [...actions],
      effect: "ALLOW",
    };
    if (resource?.description !== undefined) view.description = resource.description;
    return view;
  });
}

/** The resource a grant's code names: the resource of that code, or the one of `<resource>:<instance>`. */
export function resourceOf(state: MockState, namespace: string, code: string): ResourceRecord | undefined {
  const exact = state.management.resources.get(roleKey(namespace, code));
  if (exact) return exact;
  for (let colon = code.lastIndexOf(":"); colon > 0; colon = code.lastIndexOf(":", colon - 1)) {
    const resource = state.management.resources.get(roleKey(namespace, code.slice(0, colon)));
    if (resource) return resource;
  }
  return undefined;
}
