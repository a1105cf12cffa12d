import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import type { ManagementHandler } from "../handler.js";
import {
  childrenOf,
  departmentNotFound,
  departmentView,
  descendantsOf,
  findDepartment,
  findOrganization,
  membersOf,
  organizationNotFound,
} from "../department-tree.js";
import { removeMember, type DepartmentRecord } from "../management-state.js";
import { userDepartmentsPage, type UserDepartmentsQuery } from "../user-departments.js";
import { findUser, managementUserView, userNotFound } from "../users-view.js";
import { page } from "../page.js";

interface DepartmentQuery {
  organizationCode: string;
  departmentId: string;
  departmentIdType?: string;
  includeChildrenDepartments?: boolean;
  withCustomData?: boolean;
  page?: number;
  limit?: number;
}

/** `createDepartment`: a department under `parentDepartmentId` (`root`, or the organization's `departmentId`, for the top level). */
export const createDepartment: ManagementHandler = ({ body, state }) => {
  const input = body as {
    organizationCode: string;
    name: string;
    parentDepartmentId: string;
    departmentIdType?: string;
    code?: string;
    description?: string;
    openDepartmentId?: string;
    isVirtualNode?: boolean;
    customData?: Record<string, unknown>;
  };
  if (!findOrganization(state, input.organizationCode)) return organizationNotFound(input.organizationCode);
  const parent = findDepartment(state, input.organizationCode, input.parentDepartmentId, input.departmentIdType);
  if (!parent) return departmentNotFound(input.parentDepartmentId, input.organizationCode, input.departmentIdType);
  if (input.code !== undefined && findDepartment(state, input.organizationCode, input.code, "code")) {
    return fail(409, `department code ${JSON.stringify(input.code)} is taken in organization ${JSON.stringify(input.organizationCode)}: choose another code`);
  }
  const now = state.clock();
  const department: DepartmentRecord = {
    departmentId: state.management.nextId("department"),
    organizationCode: input.organizationCode,
    name: input.name,
    parentDepartmentId: parent.departmentId,
    leaderUserIds: [],
    isVirtualNode: input.isVirtualNode === true,
    status: true,
    customData: { ...input.customData },
    members: new Map(),
    createdAt: now,
    updatedAt: now,
  };
  if (input.code !== undefined) department.code = input.code;
  if (input.description !== undefined) department.description = input.description;
  if (input.openDepartmentId !== undefined) department.openDepartmentId = input.openDepartmentId;
  state.management.departments.set(department.departmentId, department);
  return ok(departmentView(state, department, true));
};

/** `getDepartment`: one department by ID (read as `departmentIdType`) or by `departmentCode`. */
export const getDepartment: ManagementHandler = ({ query, state }) => {
  const { organizationCode, departmentId, departmentCode, departmentIdType, withCustomData } = query as Partial<DepartmentQuery> & { departmentCode?: string };
  const id = departmentId ?? departmentCode;
  if (id === undefined) return fail(400, "departmentId or departmentCode is required: name the department to get");
  const department =
    departmentId !== undefined ? findDepartment(state, organizationCode, departmentId, departmentIdType) : findDepartment(state, organizationCode, id, "code");
  return department
    ? ok(departmentView(state, department, withCustomData === true))
    : departmentNotFound(id, organizationCode, departmentId !== undefined ? departmentIdType : "code");
};

/** `getDepartmentById`: one department by ID, in any organization. */
export const getDepartmentById: ManagementHandler = ({ query, state }) => {
  const { departmentId, withCustomData } = query as { departmentId: string; withCustomData?: boolean };
  const department = findDepartment(state, undefined, departmentId);
  return department ? ok(departmentView(state, department, withCustomData === true)) : departmentNotFound(departmentId);
};

/**
 * `updateDepartment`: changes a department's name, code, description, leaders (users of the pool:
 * an unknown one answers 404), status or parent (not below itself).
 */
export const updateDepartment: ManagementHandler = ({ body, state }) => {
  const input = body as DepartmentQuery & {
    name?: string;
    code?: string;
    description?: string;
    leaderUserIds?: string[];
    status?: boolean;
    parentDepartmentId?: string;
    customData?: Record<string, unknown>;
  };
  const department = findDepartment(state, input.organizationCode, input.departmentId, input.departmentIdType);
  if (!department) return departmentNotFound(input.departmentId, input.organizationCode, input.departmentIdType);
  const unknownLeader = input.leaderUserIds?.find((userId) => !state.users.byId(userId));
  if (unknownLeader !== undefined) return userNotFound(unknownLeader);
  if (input.code !== undefined && input.code !== department.code && findDepartment(state, department.organizationCode, input.code, "code")) {
    return fail(
      409,
      `department code ${JSON.stringify(input.code)} is taken in organization ${JSON.stringify(department.organizationCode)}: choose another code`,
    );
  }
  if (input.parentDepartmentId !== undefined) {
    const parent = findDepartment(state, input.organizationCode, input.parentDepartmentId);
    if (!parent) return departmentNotFound(input.parentDepartmentId, input.organizationCode);
    if (department.parentDepartmentId === "") return fail(400, "an organization's root department has no parent: leave parentDepartmentId out");
    if (parent === department || descendantsOf(state, department).includes(parent)) {
      return fail(
        400,
        `parentDepartmentId ${JSON.stringify(input.parentDepartmentId)} is the department itself or below it: choose a department outside its subtree`,
      );
    }
    department.parentDepartmentId = parent.departmentId;
  }
  if (input.name !== undefined) department.name = input.name;
  if (input.code !== undefined) department.code = input.code;
  if (input.description !== undefined) department.description = input.description;
  if (input.leaderUserIds !== undefined) department.leaderUserIds = input.leaderUserIds;
  if (input.status !== undefined) department.status = input.status;
  if (input.customData !== undefined) department.customData = { ...department.customData, ...input.customData };
  department.updatedAt = state.clock();
  return ok(departmentView(state, department, true));
};

/** `deleteDepartment`: removes a department and everything below it (an organization's root goes with `deleteOrganization`). */
export const deleteDepartment: ManagementHandler = ({ body, state }) => {
  const input = body as DepartmentQuery;
  const department = findDepartment(state, input.organizationCode, input.departmentId, input.departmentIdType);
  if (!department) return departmentNotFound(input.departmentId, input.organizationCode, input.departmentIdType);
  if (department.parentDepartmentId === "") return fail(400, "this is the organization's root department: delete the organization with deleteOrganization");
  for (const each of [department, ...descendantsOf(state, department)]) state.management.forgetDepartment(each.departmentId);
  return ok({ success: true });
};

/**
 * `listChildrenDepartments`: the departments directly below one; of that `status` (enabled or not)
 * when given, without virtual nodes with `excludeVirtualNode`, only them with `onlyVirtualNode`.
 */
export const listChildrenDepartments: ManagementHandler = ({ query, state }) => {
  const { organizationCode, departmentId, departmentIdType, withCustomData, status, excludeVirtualNode, onlyVirtualNode } =
    query as unknown as DepartmentQuery & { status?: boolean; excludeVirtualNode?: boolean; onlyVirtualNode?: boolean };
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  const children = childrenOf(state, department).filter(
    (child) =>
      (status === undefined || child.status === status) &&
      !(excludeVirtualNode === true && child.isVirtualNode) &&
      !(onlyVirtualNode === true && !child.isVirtualNode),
  );
  return ok(departmentPage(children.map((child) => departmentView(state, child, withCustomData === true))));
};

/** `getAllDepartments`: every department below one (the organization's root by default). */
export const getAllDepartments: ManagementHandler = ({ query, state }) => {
  const { organizationCode, departmentId = "root", departmentIdType, withCustomData } = query as unknown as DepartmentQuery;
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  return ok(departmentPage(descendantsOf(state, department).map((each) => departmentView(state, each, withCustomData === true))));
};

/** `getParentDepartment`: the department directly above one. */
export const getParentDepartment: ManagementHandler = ({ query, state }) => {
  const { organizationCode, departmentId, departmentIdType, withCustomData } = query as unknown as DepartmentQuery;
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  const parent = state.management.departments.get(department.parentDepartmentId);
  return parent
    ? ok(departmentView(state, parent, withCustomData === true))
    : fail(404, `department ${JSON.stringify(departmentId)} is its organization's root: it has no parent`);
};

/** `addDepartmentMembers`: adds users (by user ID) to a department. */
export const addDepartmentMembers: ManagementHandler = ({ body, state }) => changeMembers(state, body as DepartmentQuery & { userIds: string[] }, true);

/** `removeDepartmentMembers`: removes users from a department, and so from its leaders. */
export const removeDepartmentMembers: ManagementHandler = ({ body, state }) => changeMembers(state, body as DepartmentQuery & { userIds: string[] }, false);

/**
 * `listDepartmentMembers`: a department's members (and its subtree's, with `includeChildrenDepartments`),
 * sorted by `sortBy` (`JoinDepartmentAt` by default, which `Default` also means; `userId`,
 * `createAt`, `updatedAt`) in `orderBy` order (`Desc` by default), paged.
 */
export const listDepartmentMembers: ManagementHandler = ({ query, state }) => {
  const { sortBy = "JoinDepartmentAt", orderBy = "Desc" } = query as { sortBy?: string; orderBy?: string };
  return membersPage(state, query as unknown as DepartmentQuery & Record<string, unknown>, undefined, { sortBy, orderBy });
};

/** `searchDepartmentMembers`: the members whose user ID, username, email, phone or name contains `keywords`, paged. */
export const searchDepartmentMembers: ManagementHandler = ({ query, state }) =>
  membersPage(state, query as unknown as DepartmentQuery & Record<string, unknown>, String(query.keywords ?? ""));

/** `listDepartmentMemberIds`: the user IDs of a department's members. */
export const listDepartmentMemberIds: ManagementHandler = ({ query, state }) => {
  const { organizationCode, departmentId, departmentIdType } = query as unknown as DepartmentQuery;
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  return ok(membersOf(state, department));
};

/** `isUserInDepartment`: whether a user is a member of a department (or of its subtree, with `includeChildrenDepartments`). */
export const isUserInDepartment: ManagementHandler = ({ query, state }) => {
  const { userId, organizationCode, departmentId, departmentIdType, includeChildrenDepartments } = query as unknown as DepartmentQuery & { userId: string };
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  return ok({ inDepartment: membersOf(state, department, includeChildrenDepartments === true).includes(userId) });
};

/**
 * `getUserDepartments`: the departments a user is a member of, sorted by `sortBy` in `orderBy`
 * order (the one they joined last first, by default), paged, with their paths when
 * `withDepartmentPaths`.
 */
export const getUserDepartments: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  return ok(userDepartmentsPage(state, user.userId, query as UserDepartmentsQuery));
};

/**
 * `setUserDepartments`: makes a user a member of exactly these departments (leading those marked
 * `isLeader`; the first marked `isMainDepartment` becomes their main department).
 */
export const setUserDepartments: ManagementHandler = ({ body, state }) => {
  const { userId, departments } = body as { userId: string; departments: { departmentId: string; isLeader?: boolean; isMainDepartment?: boolean }[] };
  const user = findUser(state, userId);
  if (!user) return userNotFound(userId);
  const missing = departments.find(({ departmentId }) => !state.management.departments.has(departmentId));
  if (missing) return departmentNotFound(missing.departmentId);
  const wanted = new Map(departments.map((each) => [each.departmentId, each.isLeader === true]));
  const now = state.clock();
  for (const department of state.management.departments.values()) {
    const leads = wanted.get(department.departmentId);
    if (leads === undefined) {
      removeMember(department, user.userId);
      continue;
    }
    if (!department.members.has(user.userId)) department.members.set(user.userId, now);
    const others = department.leaderUserIds.filter((id) => id !== user.userId);
    department.leaderUserIds = leads ? [...others, user.userId] : others;
  }
  const main = departments.find((each) => each.isMainDepartment === true);
  if (main) state.management.mainDepartments.set(user.userId, main.departmentId);
  return ok({ success: true });
};

/**
 * `DepartmentPagingDto`: the document (from the official SDK's model) types its `totalCount` as a
 * boolean, and the mock answers what the document says: whether the list has any department.
 */
function departmentPage(list: Record<string, unknown>[]): { totalCount: boolean; list: Record<string, unknown>[] } {
  return { totalCount: list.length > 0, list };
}

function membersPage(
  state: MockState,
  query: DepartmentQuery & Record<string, unknown>,
  keywords: string | undefined,
  sort?: { sortBy: string; orderBy: string },
): Envelope {
  const { organizationCode, departmentId, departmentIdType, includeChildrenDepartments, page: pageNumber, limit } = query;
  const department = findDepartment(state, organizationCode, departmentId, departmentIdType);
  if (!department) return departmentNotFound(departmentId, organizationCode, departmentIdType);
  const wanted = keywords?.toLowerCase();
  const departments = includeChildrenDepartments === true ? [department, ...descendantsOf(state, department)] : [department];
  const members = membersOf(state, department, includeChildrenDepartments === true);
  const users = (sort ? sortMembers(state, members, departments, sort) : members)
    .flatMap((userId) => state.users.byId(userId) ?? [])
    .filter(
      (user) =>
        !wanted ||
        [user.userId, user.username, user.email, user.phone, user.profile.name].some((text) => typeof text === "string" && text.toLowerCase().includes(wanted)),
    );
  return ok(page(users, pageNumber, limit, (user) => managementUserView(state, user, query)));
}

/** Member IDs sorted as `listDepartmentMembers` asks (stable: ties keep join order); a user's join time is their earliest in `departments`. */
function sortMembers(state: MockState, userIds: string[], departments: DepartmentRecord[], { sortBy, orderBy }: { sortBy: string; orderBy: string }): string[] {
  const keyOf = (userId: string): number | string => {
    if (sortBy === "userId") return userId;
    if (sortBy === "createAt" || sortBy === "updatedAt") {
      const user = state.users.byId(userId);
      return (sortBy === "createAt" ? user?.createdAt : user?.updatedAt) ?? 0;
    }
    return Math.min(...departments.flatMap((each) => each.members.get(userId) ?? []));
  };
  const keyed = userIds.map((userId) => ({ userId, key: keyOf(userId) }));
  keyed.sort((a, b) => (a.key === b.key ? 0 : (a.key < b.key ? -1 : 1) * (orderBy === "Asc" ? 1 : -1)));
  return keyed.map(({ userId }) => userId);
}

function changeMembers(state: MockState, input: DepartmentQuery & { userIds: string[] }, add: boolean): Envelope {
  const department = findDepartment(state, input.organizationCode, input.departmentId, input.departmentIdType);
  if (!department) return departmentNotFound(input.departmentId, input.organizationCode, input.departmentIdType);
  const missing = input.userIds.find((userId) => !state.users.byId(userId));
  if (missing !== undefined) return userNotFound(missing);
  const now = state.clock();
  for (const userId of input.userIds) {
    if (!add) removeMember(department, userId);
    else if (!department.members.has(userId)) department.members.set(userId, now);
  }
  return ok({ success: true });
}
