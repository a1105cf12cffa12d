import { fail, ok } from "../envelope.js";
import type { HandlerContext } from "../handler.js";
import { actionsOnPath, allows, authorizedResources, effectiveGrants, resourceOf } from "../management/grants.js";
import { DEFAULT_NAMESPACE } from "../management/management-state.js";
import { withUser } from "./signed-in-user.js";

/**
 * `getAuthorizedResources`: what the signed-in user may do in a namespace (`default` when none is
 * given), of one `resourceType` when given: the Management API's `getUserAuthorizedResources` for
 * them (their own grants and those of their enabled roles, groups and departments).
 */
export const getAuthorizedResources = withUser(({ query, state }, { user }) => {
  const namespace = (query.namespace as string | undefined) || DEFAULT_NAMESPACE;
  const list = authorizedResources(state, effectiveGrants(state, user.userId), namespace, query.resourceType as string | undefined);
  return ok({ totalCount: list.length, list });
});

/**
 * `checkPermissionByStringResource`, `checkPermissionByArrayResource`,
 * `checkPermissionByTreeResource`: for each path of `resources`, in order, whether the signed-in
 * user may do `action` on it in the app's permission space: granted on the path or, for a tree
 * node, on a node above it.
 */
export const checkPermission = withUser((context, { user }) => {
  const { resources, action } = context.body as { resources: string[]; action: string };
  const namespaceCode = appPermissionSpace(context);
  const checkResultList = resources.map((resource) => {
    const actions = actionsOnPath(context.state, user.userId, namespaceCode, resource);
    return { namespaceCode, action, resource, enabled: allows(actions, action) };
  });
  return ok({ checkResultList });
});

/** `getUserAuthResourcePermissionList`: for each path of `resources`, in order, the actions the signed-in user is granted on it. */
export const getUserAuthResourcePermissionList = withUser((context, { user }) => {
  const { resources } = context.body as { resources: string[] };
  const namespaceCode = appPermissionSpace(context);
  const permissionList = resources.map((resource) => ({
    namespaceCode,
    actions: actionsOnPath(context.state, user.userId, namespaceCode, resource),
    resource,
  }));
  return ok({ permissionList });
});

/**
 * `getUserAuthorizedResourcesList`: the resources the signed-in user is granted in the app's
 * permission space, one entry for that space (none when nothing is granted). The mock keeps no
 * string, array or tree data resources: each granted resource (or instance) is shown as a `STRING`
 * one whose value is its code.
 */
export const getUserAuthorizedResourcesList = withUser((context, { user }) => {
  const namespaceCode = appPermissionSpace(context);
  const resourceList = authorizedResources(context.state, effectiveGrants(context.state, user.userId), namespaceCode, undefined).map(
    ({ resourceCode, actions }) => ({ resourceCode, resourceType: "STRING", strAuthorize: { value: resourceCode, actions } }),
  );
  return ok({ userPermissionList: resourceList.length === 0 ? [] : [{ userId: user.userId, namespaceCode, resourceList }] });
});

/**
 * `getUserAuthResourceStruct`: a resource of the app's permission space, as a `STRING` data
 * resource with the actions the signed-in user is granted on it (none when nothing is); 404 for a
 * code that is no resource there.
 */
export const getUserAuthResourceStruct = withUser((context, { user }) => {
  const { resource } = context.body as { resource: string };
  const namespaceCode = appPermissionSpace(context);
  if (!resourceOf(context.state, namespaceCode, resource)) {
    return fail(
      404,
      `resource ${JSON.stringify(resource)} does not exist in permission space ${JSON.stringify(namespaceCode)}: create it with the Management API's createResource`,
    );
  }
  const actions = actionsOnPath(context.state, user.userId, namespaceCode, resource);
  return ok({ namespaceCode, resourceCode: resource, resourceType: "STRING", strResourceAuthAction: { value: resource, actions } });
});

/**
 * The permission space the data-resource operations work in, which their requests do not name.
 * GenAuth gives each application its own, coded by the app ID; the mock uses that namespace once
 * a resource has been created in it, and `default` (where the Management API puts everything
 * without a namespace) until then, so that grants made without a namespace are checked too.
 */
function appPermissionSpace({ app, state }: HandlerContext): string {
  for (const resource of state.management.resources.values()) if (resource.namespace === app.appId) return app.appId;
  return DEFAULT_NAMESPACE;
}
