import type { ManagementHandler } from "../handler.js";
import { createApplication, deleteApplication, getApplication, getApplicationSecret, listApplications, refreshApplicationSecret, updateApplication } from "./applications.js";
import { addDepartmentMembers, createDepartment, deleteDepartment, getAllDepartments, getDepartment, getDepartmentById, getParentDepartment, getUserDepartments, isUserInDepartment, listChildrenDepartments, listDepartmentMemberIds, listDepartmentMembers, removeDepartmentMembers, searchDepartmentMembers, setUserDepartments, updateDepartment } from "./departments.js";
import { addGroupMembers, createGroup, createGroupsBatch, createOrUpdateGroup, deleteGroupsBatch, getAllGroups, getGroup, getUserGroups, listGroupMembers, listGroups, removeGroupMembers, updateGroup } from "./groups.js";
import { createOrganization, deleteOrganization, getOrganization, getOrganizationsBatch, listOrganizations, searchOrganizations, updateOrganization } from "./organizations.js";
import { authorizeResources, createResource, createResourcesBatch, deleteResource, deleteResourcesBatch, getAuthorizedResources, getGroupAuthorizedResources, getResource, getResourcesBatch, getRoleAuthorizedResources, getUserAuthorizedResources, isActionAllowed, listResources, updateResource } from "./resources.js";
import { assignRole, assignRoleBatch, createRole, createRolesBatch, deleteRoles, deleteRolesBatch, getRole, getUserRoles, hasAnyRole, listRoleMembers, listRoles, revokeRole, revokeRoleBatch, updateRole } from "./roles.js";
import { createUser, createUsersBatch, deleteUsersBatch, getUser, getUserBatch, isUserExists, listUsers, listUsersLegacy, updateUser, updateUserBatch } from "./users.js";

/**
 * Hand-written Management API behaviour, by SDK method name: stateful users, roles, groups,
 * organizations and departments, applications, resources and permissions. Every other management
 * operation answers the example data of its response schema.
 */
export const managementHandlers: Record<string, ManagementHandler> = {
  // Users
  createUser,
  createUsersBatch,
  getUser,
  getUserBatch,
  listUsers,
  listUsersLegacy,
  updateUser,
  updateUserBatch,
  deleteUsersBatch,
  isUserExists,
  // Roles
  createRole,
  createRolesBatch,
  getRole,
  listRoles,
  updateRole,
  deleteRolesBatch,
  deleteRoles,
  assignRole,
  assignRoleBatch,
  revokeRole,
  revokeRoleBatch,
  listRoleMembers,
  getUserRoles,
  hasAnyRole,
  // Groups
  createGroup,
  createGroupsBatch,
  createOrUpdateGroup,
  getGroup,
  listGroups,
  getAllGroups,
  updateGroup,
  deleteGroupsBatch,
  addGroupMembers,
  removeGroupMembers,
  listGroupMembers,
  getUserGroups,
  // Organizations
  createOrganization,
  getOrganization,
  getOrganizationsBatch,
  listOrganizations,
  searchOrganizations,
  updateOrganization,
  deleteOrganization,
  // Departments
  createDepartment,
  getDepartment,
  getDepartmentById,
  updateDepartment,
  deleteDepartment,
  listChildrenDepartments,
  getAllDepartments,
  getParentDepartment,
  addDepartmentMembers,
  removeDepartmentMembers,
  listDepartmentMembers,
  searchDepartmentMembers,
  listDepartmentMemberIds,
  isUserInDepartment,
  getUserDepartments,
  setUserDepartments,
  // Applications
  createApplication,
  getApplication,
  listApplications,
  updateApplication,
  deleteApplication,
  getApplicationSecret,
  refreshApplicationSecret,
  // Resources
  createResource,
  createResourcesBatch,
  getResource,
  getResourcesBatch,
  listResources,
  updateResource,
  deleteResource,
  deleteResourcesBatch,
  authorizeResources,
  getAuthorizedResources,
  getUserAuthorizedResources,
  getRoleAuthorizedResources,
  getGroupAuthorizedResources,
  isActionAllowed,
};
