import { fail, type Envelope } from "../envelope.js";
import type { MockState } from "../state.js";
import type { DepartmentRecord, OrganizationRecord } from "./management-state.js";

/** The organization of this code, or undefined. */
export function findOrganization(state: MockState, organizationCode: string): OrganizationRecord | undefined {
  return state.management.organizations.get(organizationCode);
}

/** The 404 envelope for an organization that does not exist. */
export function organizationNotFound(organizationCode: string): Envelope {
  return fail(404, `organization ${JSON.stringify(organizationCode)} does not exist: create it with createOrganization, or pass the code of an existing one`);
}

/**
 * The department named by `departmentId`, read as `departmentIdType` (`department_id` by default,
 * `open_department_id` or `code`), within the organization when one is given. `root` names the
 * organization's root department.
 */
export function findDepartment(
  state: MockState,
  organizationCode: string | undefined,
  departmentId: string,
  departmentIdType = "department_id",
): DepartmentRecord | undefined {
  const { departments, organizations } = state.management;
  if (departmentId === "root" && organizationCode !== undefined) {
    const organization = organizations.get(organizationCode);
    return organization ? departments.get(organization.departmentId) : undefined;
  }
  const inOrganization = (department: DepartmentRecord) => organizationCode === undefined || department.organizationCode === organizationCode;
  if (departmentIdType === "department_id") {
    const department = departments.get(departmentId);
    return department && inOrganization(department) ? department : undefined;
  }
  const field = departmentIdType === "open_department_id" ? "openDepartmentId" : departmentIdType === "code" ? "code" : undefined;
  if (field === undefined) return undefined;
  return [...departments.values()].find((department) => inOrganization(department) && department[field] === departmentId);
}

/** The 404 envelope for a department that does not exist, naming how it was looked up. */
export function departmentNotFound(departmentId: string, organizationCode?: string, departmentIdType = "department_id"): Envelope {
  const where = organizationCode === undefined ? "" : ` in organization ${JSON.stringify(organizationCode)}`;
  return fail(
    404,
    `department ${JSON.stringify(departmentId)} (departmentIdType ${departmentIdType}) does not exist${where}: create it with createDepartment, or pass an existing department's ID`,
  );
}

/** The direct children of a department, in creation order. */
export function childrenOf(state: MockState, department: DepartmentRecord): DepartmentRecord[] {
  return [...state.management.departments.values()].filter((child) => child.parentDepartmentId === department.departmentId);
}

/** Every department below a department, depth first. */
export function descendantsOf(state: MockState, department: DepartmentRecord): DepartmentRecord[] {
  return childrenOf(state, department).flatMap((child) => [child, ...descendantsOf(state, child)]);
}

/** The department and its ancestors, from the organization's root down to it. */
export function pathOf(state: MockState, department: DepartmentRecord): DepartmentRecord[] {
  const path: DepartmentRecord[] = [];
  const seen = new Set<string>();
  let current: DepartmentRecord | undefined = department;
  while (current && !seen.has(current.departmentId)) {
    seen.add(current.departmentId);
    path.unshift(current);
    current = state.management.departments.get(current.parentDepartmentId);
  }
  return path;
}

/** The members of a department, and of the departments below it when `includeChildren`. */
export function membersOf(state: MockState, department: DepartmentRecord, includeChildren = false): string[] {
  const departments = includeChildren ? [department, ...descendantsOf(state, department)] : [department];
  return [...new Set(departments.flatMap((each) => [...each.members.keys()]))];
}

/** The department as the API shows it (`DepartmentDto`). */
export function departmentView(state: MockState, department: DepartmentRecord, withCustomData = false): Record<string, unknown> {
  const parent = state.management.departments.get(department.parentDepartmentId);
  const view: Record<string, unknown> = {
    organizationCode: department.organizationCode,
    departmentId: department.departmentId,
    createdAt: new Date(department.createdAt).toISOString(),
    updatedAt: new Date(department.updatedAt).toISOString(),
    name: department.name,
    leaderUserIds: department.leaderUserIds,
    parentDepartmentId: department.parentDepartmentId,
    parentDepartmentCode: parent?.code ?? "",
    membersCount: department.members.size,
    hasChildren: childrenOf(state, department).length > 0,
    isVirtualNode: department.isVirtualNode,
    status: department.status,
  };
  if (department.code !== undefined) view.code = department.code;
  if (department.description !== undefined) view.description = department.description;
  if (department.openDepartmentId !== undefined) view.openDepartmentId = department.openDepartmentId;
  if (withCustomData) view.customData = department.customData;
  return view;
}

/** The organization as the API shows it (`OrganizationDto`). */
export function organizationView(state: MockState, organization: OrganizationRecord): Record<string, unknown> {
  const root = state.management.departments.get(organization.departmentId);
  const view: Record<string, unknown> = {
    organizationCode: organization.organizationCode,
    organizationName: organization.organizationName,
    createdAt: new Date(organization.createdAt).toISOString(),
    updatedAt: new Date(organization.updatedAt).toISOString(),
    departmentId: organization.departmentId,
    hasChildren: root ? childrenOf(state, root).length > 0 : false,
    leaderUserIds: organization.leaderUserIds,
    membersCount: root ? membersOf(state, root, true).length : 0,
    isVirtualNode: false,
  };
  if (organization.description !== undefined) view.description = organization.description;
  if (organization.openDepartmentId !== undefined) view.openDepartmentId = organization.openDepartmentId;
  return view;
}
