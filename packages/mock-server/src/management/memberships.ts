import type { MockState } from "../state.js";
import { isAssignedAt } from "./role-assignments.js";
import type { DepartmentRecord, GroupRecord, RoleRecord } from "./management-state.js";

/**
 * The roles assigned to a user directly (not through a department) whose assignment is in effect on
 * the server's clock, in creation order, disabled ones included: what `getUserRoles` and the user's
 * own `getRoleList` list.
 */
export function rolesOf(state: MockState, userId: string): RoleRecord[] {
  const now = state.clock();
  return [...state.management.roles.values()].filter((role) => isAssignedAt(role, "USER", userId, now));
}

/** The groups a user is a member of, in creation order. */
export function groupsOf(state: MockState, userId: string): GroupRecord[] {
  return [...state.management.groups.values()].filter((group) => group.userIds.has(userId));
}

/** The departments (organizations' roots included) a user is a member of, in creation order. */
export function departmentsOf(state: MockState, userId: string): DepartmentRecord[] {
  return [...state.management.departments.values()].filter((department) => department.members.has(userId));
}

/** The IDs of the departments a user is a member of, in creation order. */
export function departmentIdsOf(state: MockState, userId: string): string[] {
  return departmentsOf(state, userId).map((department) => department.departmentId);
}
