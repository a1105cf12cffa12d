import { fail, ok } from "../../envelope.js";
import type { ManagementHandler } from "../handler.js";
import { descendantsOf, findOrganization, organizationNotFound, organizationView } from "../department-tree.js";
import { rekey, type OrganizationRecord } from "../management-state.js";
import { userNotFound } from "../users-view.js";
import { everything, page } from "../page.js";

/** `createOrganization`: an organization with a code unique in the pool, and its root department. */
export const createOrganization: ManagementHandler = ({ body, state }) => {
  const input = body as { organizationCode: string; organizationName: string; description?: string; openDepartmentId?: string };
  if (findOrganization(state, input.organizationCode)) {
    return fail(409, `organization ${JSON.stringify(input.organizationCode)} already exists: choose another organizationCode`);
  }
  const now = state.clock();
  const departmentId = state.management.nextId("department");
  const organization: OrganizationRecord = {
    organizationCode: input.organizationCode,
    organizationName: input.organizationName,
    departmentId,
    leaderUserIds: [],
    status: true,
    createdAt: now,
    updatedAt: now,
  };
  if (input.description !== undefined) organization.description = input.description;
  if (input.openDepartmentId !== undefined) organization.openDepartmentId = input.openDepartmentId;
  state.management.organizations.set(organization.organizationCode, organization);
  state.management.departments.set(departmentId, {
    departmentId,
    organizationCode: organization.organizationCode,
    name: organization.organizationName,
    code: organization.organizationCode,
    parentDepartmentId: "",
    leaderUserIds: [],
    isVirtualNode: false,
    status: true,
    customData: {},
    members: new Map(),
    createdAt: now,
    updatedAt: now,
    ...(input.openDepartmentId === undefined ? {} : { openDepartmentId: input.openDepartmentId }),
  });
  return ok(organizationView(state, organization));
};

/** `getOrganization`: one organization by code. */
export const getOrganization: ManagementHandler = ({ query, state }) => {
  const { organizationCode } = query as { organizationCode: string };
  const organization = findOrganization(state, organizationCode);
  return organization ? ok(organizationView(state, organization)) : organizationNotFound(organizationCode);
};

/** `getOrganizationsBatch`: the organizations of `organizationCodeList` that exist. */
export const getOrganizationsBatch: ManagementHandler = ({ query, state }) => {
  const { organizationCodeList } = query as { organizationCodeList: string[] };
  return ok(organizationCodeList.flatMap((code) => findOrganization(state, code) ?? []).map((organization) => organizationView(state, organization)));
};

/** `listOrganizations`: every organization, paged (all of them with `fetchAll`). */
export const listOrganizations: ManagementHandler = ({ query, state }) => {
  const { page: pageNumber, limit, fetchAll } = query as { page?: number; limit?: number; fetchAll?: boolean };
  const all = [...state.management.organizations.values()];
  const view = (organization: (typeof all)[number]) => organizationView(state, organization);
  return ok(fetchAll ? everything(all, view) : page(all, pageNumber, limit, view));
};

/** `searchOrganizations`: the organizations whose code or name contains `keywords`, paged. */
export const searchOrganizations: ManagementHandler = ({ query, state }) => {
  const { keywords, page: pageNumber, limit } = query as { keywords: string; page?: number; limit?: number };
  const wanted = keywords.toLowerCase();
  const found = [...state.management.organizations.values()].filter((organization) =>
    [organization.organizationCode, organization.organizationName].some((text) => text.toLowerCase().includes(wanted)),
  );
  return ok(page(found, pageNumber, limit, (organization) => organizationView(state, organization)));
};

/**
 * `updateOrganization`: renames an organization (`organizationNewCode`, keeping its place in the
 * list), changes its name, description or leaders (users of the pool: an unknown one answers 404).
 */
export const updateOrganization: ManagementHandler = ({ body, state }) => {
  const input = body as {
    organizationCode: string;
    organizationNewCode?: string;
    organizationName?: string;
    description?: string;
    leaderUserIds?: string[];
    openDepartmentId?: string;
  };
  const organization = findOrganization(state, input.organizationCode);
  if (!organization) return organizationNotFound(input.organizationCode);
  const { organizations, departments } = state.management;
  const unknownLeader = input.leaderUserIds?.find((userId) => !state.users.byId(userId));
  if (unknownLeader !== undefined) return userNotFound(unknownLeader);
  if (input.organizationNewCode !== undefined && input.organizationNewCode !== organization.organizationCode) {
    if (organizations.has(input.organizationNewCode))
      return fail(409, `organization ${JSON.stringify(input.organizationNewCode)} already exists: choose another organizationNewCode`);
    rekey(organizations, organization.organizationCode, input.organizationNewCode);
    for (const department of departments.values())
      if (department.organizationCode === organization.organizationCode) department.organizationCode = input.organizationNewCode;
    organization.organizationCode = input.organizationNewCode;
  }
  if (input.organizationName !== undefined) organization.organizationName = input.organizationName;
  if (input.description !== undefined) organization.description = input.description;
  if (input.leaderUserIds !== undefined) organization.leaderUserIds = input.leaderUserIds;
  if (input.openDepartmentId !== undefined) organization.openDepartmentId = input.openDepartmentId;
  organization.updatedAt = state.clock();
  // The root department mirrors the organization (createOrganization made it from it): kept in step,
  // so that lookups by code or open ID and its views agree with the organization.
  const root = departments.get(organization.departmentId);
  if (root) {
    root.name = organization.organizationName;
    root.code = organization.organizationCode;
    if (organization.openDepartmentId !== undefined) root.openDepartmentId = organization.openDepartmentId;
    root.updatedAt = organization.updatedAt;
  }
  return ok(organizationView(state, organization));
};

/** `deleteOrganization`: removes an organization with its whole department tree. */
export const deleteOrganization: ManagementHandler = ({ body, state }) => {
  const { organizationCode } = body as { organizationCode: string };
  const organization = findOrganization(state, organizationCode);
  if (!organization) return organizationNotFound(organizationCode);
  const root = state.management.departments.get(organization.departmentId);
  for (const department of root ? [root, ...descendantsOf(state, root)] : []) state.management.forgetDepartment(department.departmentId);
  state.management.organizations.delete(organizationCode);
  return ok({ success: true });
};
