import { ok } from "../envelope.js";
import { groupView } from "../management/group-view.js";
import { DEFAULT_NAMESPACE } from "../management/management-state.js";
import { groupsOf, rolesOf } from "../management/memberships.js";
import { roleView } from "../management/role-view.js";
import { userDepartmentsPage, type UserDepartmentsQuery } from "../management/user-departments.js";
import { withUser } from "./signed-in-user.js";

/**
 * `getRoleList`: the roles assigned to the signed-in user in a namespace (`default` when none is
 * given), as the Management API's `getUserRoles` lists them: assigned to the user directly,
 * disabled ones included with `status` `DISABLE`.
 */
export const getRoleList = withUser(({ query, state }, { user }) => {
  const namespace = (query.namespace as string | undefined) || DEFAULT_NAMESPACE;
  const now = state.clock();
  return ok(
    rolesOf(state, user.userId)
      .filter((role) => role.namespace === namespace)
      .map((role) => roleView(role, now)),
  );
});

/** `getGroupList`: the groups the signed-in user is a member of, as the Management API's `getUserGroups` lists them. */
export const getGroupList = withUser(({ state }, { user }) => ok(groupsOf(state, user.userId).map((group) => groupView(state, group))));

/**
 * `getDepartmentList`: the departments the signed-in user is a member of, sorted, paged and shown
 * as the Management API's `getUserDepartments` answers them.
 */
export const getDepartmentList = withUser(({ query, state }, { user }) => ok(userDepartmentsPage(state, user.userId, query as UserDepartmentsQuery)));

/** `getTenantList`: the Management API keeps no tenants (its tenant operations answer example data), so a user belongs to none. */
export const getTenantList = withUser(() => ok([]));
