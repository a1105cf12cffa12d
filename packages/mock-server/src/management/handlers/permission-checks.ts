import { ok } from "../../envelope.js";
import type { ManagementHandler } from "../handler.js";
import { actionsOnPath, allows } from "../grants.js";
import { DEFAULT_NAMESPACE } from "../management-state.js";
import { page } from "../page.js";
import { userNotFound } from "../users-view.js";

/**
 * `checkPermission`: for each path of `resources`, in order, whether the user may do `action` on it
 * in `namespaceCode` (`CheckPermissionsRespDto`), by the rule of `isActionAllowed` and of the
 * Authentication API's `checkPermissionBy*Resource`: granted on the path or, for a tree node, on a
 * node above it, through the user's own grants or those of their enabled roles, groups and
 * departments. `judgeConditionEnabled` changes nothing: the mock models no conditions.
 */
export const checkPermission: ManagementHandler = ({ body, state }) => {
  const { userId, action, resources, namespaceCode } = body as { userId: string; action: string; resources: string[]; namespaceCode: string };
  if (!state.users.byId(userId)) return userNotFound(userId);
  const checkResultList = resources.map((resource) => ({
    namespaceCode,
    action,
    resource,
    enabled: allows(actionsOnPath(state, userId, namespaceCode, resource), action),
  }));
  return ok({ checkResultList });
};

/**
 * `getResourceAuthorizedTargets`: the users, roles, groups and departments granted actions on
 * `resource` (its code, or `code:instance`, as granted) in a namespace (`default` when none is
 * given), of `targetType` when given, each with its actions, in the order of their first grant; paged.
 */
export const getResourceAuthorizedTargets: ManagementHandler = ({ body, state }) => {
  const {
    resource,
    namespace = DEFAULT_NAMESPACE,
    targetType,
    page: pageNumber,
    limit,
  } = body as { resource: string; namespace?: string; targetType?: string; page?: number; limit?: number };
  const targets = new Map<string, { targetType: string; targetIdentifier: string; actions: Set<string> }>();
  for (const grant of state.management.authorizations) {
    if (grant.namespace !== namespace || grant.resourceCode !== resource || (targetType !== undefined && grant.targetType !== targetType)) continue;
    const key = `${grant.targetType}\n${grant.targetIdentifier}`;
    const target = targets.get(key) ?? { targetType: grant.targetType, targetIdentifier: grant.targetIdentifier, actions: new Set<string>() };
    for (const action of grant.actions) target.actions.add(action);
    targets.set(key, target);
  }
  return ok(page([...targets.values()], pageNumber, limit, (target) => ({ ...target, actions: [...target.actions] })));
};
