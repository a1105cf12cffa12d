import type { MockState } from "../state.js";
import { pathOf } from "./department-tree.js";
import type { DepartmentRecord } from "./management-state.js";
import { departmentsOf } from "./memberships.js";
import { page, type Paged } from "./page.js";

/** How a page of a user's departments is asked for: the query both APIs' lists share. */
export interface UserDepartmentsQuery {
  /** Page to return, from 1. */
  page?: number;
  /** Departments per page (10 by default). */
  limit?: number;
  /** Include each department's `customData`. */
  withCustomData?: boolean;
  /** Include the IDs, codes and names from the organization's root down to each department. */
  withDepartmentPaths?: boolean;
  /** `DepartmentCreatedAt`, `JoinDepartmentAt` (the default), `DepartmentName` or `DepartmemtCode` (the spec's spelling). */
  sortBy?: string;
  /** `Asc`, or `Desc` (the default). */
  orderBy?: string;
}

/**
 * One page of the departments a user is a member of, as both APIs show them
 * (`UserDepartmentRespDto`): sorted by `sortBy` in `orderBy` order (by default the department the
 * user joined last comes first), ties in creation order. The user's main department is the one
 * `setUserDepartments` marked `isMainDepartment` while they are a member of it, else the first they
 * are a member of in creation order, wherever the sort puts it.
 */
export function userDepartmentsPage(state: MockState, userId: string, query: UserDepartmentsQuery): Paged<Record<string, unknown>> {
  const { sortBy = "JoinDepartmentAt", orderBy = "Desc", withCustomData, withDepartmentPaths } = query;
  const departments = departmentsOf(state, userId);
  const marked = state.management.mainDepartments.get(userId);
  const main = departments.find((department) => department.departmentId === marked) ?? departments[0];
  const keyOf = (department: DepartmentRecord): number | string => {
    if (sortBy === "DepartmentCreatedAt") return department.createdAt;
    if (sortBy === "DepartmentName") return department.name;
    if (sortBy === "DepartmemtCode") return department.code ?? "";
    return department.members.get(userId) ?? department.createdAt;
  };
  const direction = orderBy === "Asc" ? 1 : -1;
  const sorted = departments
    .map((department) => ({ department, key: keyOf(department) }))
    .sort((a, b) => (a.key === b.key ? 0 : (a.key < b.key ? -1 : 1) * direction))
    .map(({ department }) => department);
  return page(sorted, query.page, query.limit, (department) => {
    const view: Record<string, unknown> = {
      organizationCode: department.organizationCode,
      departmentId: department.departmentId,
      isRoot: department.parentDepartmentId === "",
      createdAt: new Date(department.createdAt).toISOString(),
      name: department.name,
      description: department.description ?? "",
      isLeader: department.leaderUserIds.includes(userId),
      code: department.code ?? "",
      isMainDepartment: department === main,
      joinedAt: new Date(department.members.get(userId) ?? department.createdAt).toISOString(),
      isVirtualNode: department.isVirtualNode,
    };
    if (department.openDepartmentId !== undefined) view.openDepartmentId = department.openDepartmentId;
    if (withCustomData) view.customData = department.customData;
    if (withDepartmentPaths) {
      const path = pathOf(state, department);
      view.departmentIdPath = path.map((each) => each.departmentId);
      view.departmentCodePath = path.map((each) => each.code ?? "");
      view.departmentNamePath = path.map((each) => each.name);
    }
    return view;
  });
}
