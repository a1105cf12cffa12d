// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
import type { Operation } from "@genauth/core";

/** `POST /api/v3/ip-list` */
export const add = { method: "POST", path: "/api/v3/ip-list", body: true } satisfies Operation;

/** `POST /api/v3/add-department-members` */
export const addDepartmentMembers = { method: "POST", path: "/api/v3/add-department-members", body: true } satisfies Operation;

/** `POST /api/v3/add-device` */
export const addDevice = { method: "POST", path: "/api/v3/add-device", body: true } satisfies Operation;

/** `POST /api/v3/add-group-members` */
export const addGroupMembers = { method: "POST", path: "/api/v3/add-group-members", body: true } satisfies Operation;

/** `POST /api/v3/add-invitation-policy-user-attribution` */
export const addPolicyUserAttribution = { method: "POST", path: "/api/v3/add-invitation-policy-user-attribution", body: true } satisfies Operation;

/** `POST /api/v3/add-invitation-policy-user-attributions-batch` */
export const addPolicyUserAttributionsBatch = { method: "POST", path: "/api/v3/add-invitation-policy-user-attributions-batch", body: true } satisfies Operation;

/** `POST /api/v3/risk-list-policy` */
export const addRiskListPolicy = { method: "POST", path: "/api/v3/risk-list-policy", body: true } satisfies Operation;

/** `POST /api/v3/add-tenant-department-members` */
export const addTenantDepartmentMembers = { method: "POST", path: "/api/v3/add-tenant-department-members", body: true } satisfies Operation;

/** `POST /api/v3/add-tenant-users` */
export const addTenantUsers = { method: "POST", path: "/api/v3/add-tenant-users", body: true } satisfies Operation;

/** `POST /api/v3/user-list` */
export const addUser = { method: "POST", path: "/api/v3/user-list", body: true } satisfies Operation;

/** `POST /api/v3/add-whitelist` */
export const addWhitelist = { method: "POST", path: "/api/v3/add-whitelist", body: true } satisfies Operation;

/** `POST /api/v3/add-whitelist-of-app` */
export const addWhitelistOfApp = { method: "POST", path: "/api/v3/add-whitelist-of-app", body: true } satisfies Operation;

/** `POST /api/v3/batch-approval-universal-invitation-applicants` */
export const approval = { method: "POST", path: "/api/v3/batch-approval-universal-invitation-applicants", body: true } satisfies Operation;

/** `POST /api/v3/assign-asa-account` */
export const assignAsaAccount = { method: "POST", path: "/api/v3/assign-asa-account", body: true } satisfies Operation;

/** `POST /api/v3/assign-role` */
export const assignRole = { method: "POST", path: "/api/v3/assign-role", body: true } satisfies Operation;

/** `POST /api/v3/assign-role-batch` */
export const assignRoleBatch = { method: "POST", path: "/api/v3/assign-role-batch", body: true } satisfies Operation;

/** `POST /api/v3/associate-tenant-resource` */
export const associateTenantResource = { method: "POST", path: "/api/v3/associate-tenant-resource", body: true } satisfies Operation;

/** `POST /api/v3/authorize-application-access` */
export const authorizeApplicationAccess = { method: "POST", path: "/api/v3/authorize-application-access", body: true } satisfies Operation;

/** `POST /api/v3/authorize-data-policies` */
export const authorizeDataPolicies = { method: "POST", path: "/api/v3/authorize-data-policies", body: true } satisfies Operation;

/** `POST /api/v3/authorize-resources` */
export const authorizeResources = { method: "POST", path: "/api/v3/authorize-resources", body: true } satisfies Operation;

/** `POST /api/v3/update-invitation-roster-batch-bind-policy` */
export const batchBindPolicy = { method: "POST", path: "/api/v3/update-invitation-roster-batch-bind-policy", body: true } satisfies Operation;

/** `POST /api/v3/batch-create-dnef` */
export const batchCreateDnef = { method: "POST", path: "/api/v3/batch-create-dnef", body: true } satisfies Operation;

/** `POST /api/v3/delete-common-resources-batch` */
export const batchDeleteCommonResource = { method: "POST", path: "/api/v3/delete-common-resources-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-invitation-policies-batch` */
export const batchDeleteInvitationPolicies = { method: "POST", path: "/api/v3/delete-invitation-policies-batch", body: true } satisfies Operation;

/** `PUT /api/v3/approval-batch-process` */
export const batchProcessApproval = { method: "PUT", path: "/api/v3/approval-batch-process", body: true } satisfies Operation;

/** `POST /api/v3/update-invitation-roster-batch-unbind-policy` */
export const batchUnbindPolicy = { method: "POST", path: "/api/v3/update-invitation-roster-batch-unbind-policy", body: true } satisfies Operation;

/** `POST /api/v3/set-public-account-of-roles` */
export const bindPublicAccountOfRoles = { method: "POST", path: "/api/v3/set-public-account-of-roles", body: true } satisfies Operation;

/** `POST /api/v3/set-public-account-of-users` */
export const bindUsersPublicAccount = { method: "POST", path: "/api/v3/set-public-account-of-users", body: true } satisfies Operation;

/** `POST /api/v3/cancel-sync-risk-operation` */
export const cancelSyncRiskOperation = { method: "POST", path: "/api/v3/cancel-sync-risk-operation", body: true } satisfies Operation;

/** `POST /api/v3/metadata/ueba/capture` */
export const capture = { method: "POST", path: "/api/v3/metadata/ueba/capture", body: true } satisfies Operation;

/** `POST /api/v3/change-ext-idp-conn-association-state` */
export const changeExtIdpConnAssociationState = { method: "POST", path: "/api/v3/change-ext-idp-conn-association-state", body: true } satisfies Operation;

/** `POST /api/v3/change-ext-idp-conn-state` */
export const changeExtIdpConnState = { method: "POST", path: "/api/v3/change-ext-idp-conn-state", body: true } satisfies Operation;

/** `POST /api/v3/transfer-into-public-account` */
export const changeIntoPublicAccount = { method: "POST", path: "/api/v3/transfer-into-public-account", body: true } satisfies Operation;

/** `POST /api/v3/change-userpool-tenant-ext-idp-conn-state` */
export const changeUserpoolTenanExtIdpConnState = { method: "POST", path: "/api/v3/change-userpool-tenant-ext-idp-conn-state", body: true } satisfies Operation;

/** `GET /api/v3/check-data-policy-exists` */
export const checkDataPolicyExists = {
  method: "GET",
  path: "/api/v3/check-data-policy-exists",
  query: { required: true, fields: [{ name: "policyName" }] },
} satisfies Operation;

/** `GET /api/v3/check-data-resource-exists` */
export const checkDataResourceExists = {
  method: "GET",
  path: "/api/v3/check-data-resource-exists",
  query: { required: true, fields: [{ name: "namespaceCode" }, { name: "resourceName" }, { name: "resourceCode" }] },
} satisfies Operation;

/** `POST /api/v3/check-domain-available` */
export const checkDomainAvailable = { method: "POST", path: "/api/v3/check-domain-available", body: true } satisfies Operation;

/** `POST /api/v3/check-external-user-permission` */
export const checkExternalUserPermission = { method: "POST", path: "/api/v3/check-external-user-permission", body: true } satisfies Operation;

/** `POST /api/v3/check-role-mutual-exclusion` */
export const checkMutualExclusion = { method: "POST", path: "/api/v3/check-role-mutual-exclusion", body: true } satisfies Operation;

/** `POST /api/v3/check-role-params` */
export const checkParamsNamespace = { method: "POST", path: "/api/v3/check-role-params", body: true } satisfies Operation;

/** `POST /api/v3/check-permission` */
export const checkPermission = { method: "POST", path: "/api/v3/check-permission", body: true } satisfies Operation;

/** `POST /api/v3/check-permission-namespace-exists` */
export const checkPermissionNamespaceExists = { method: "POST", path: "/api/v3/check-permission-namespace-exists", body: true } satisfies Operation;

/** `POST /api/v3/check-session-status` */
export const checkSessionStatus = { method: "POST", path: "/api/v3/check-session-status", body: true } satisfies Operation;

/** `POST /api/v3/check-user-same-level-permission` */
export const checkUserSameLevelPermission = { method: "POST", path: "/api/v3/check-user-same-level-permission", body: true } satisfies Operation;

/** `GET /api/v3/approval-closed-list` */
export const closedList = {
  method: "GET",
  path: "/api/v3/approval-closed-list",
  query: { required: false, fields: [{ name: "pageNo", default: 1 }, { name: "pageSize", default: 10 }, { name: "objectType" }, { name: "keyword" }] },
} satisfies Operation;

/** `POST /api/v3/disable-global-mfa-settings` */
export const closeGlobalMfaSettings = { method: "POST", path: "/api/v3/disable-global-mfa-settings", body: true } satisfies Operation;

/** `POST /api/v3/config-email-provider` */
export const configEmailProvider = { method: "POST", path: "/api/v3/config-email-provider", body: true, secretFields: ["apikey"] } satisfies Operation;

/** `POST /api/v3/copy-invitation-policy-by-id` */
export const copyInvitationPolicyById = { method: "POST", path: "/api/v3/copy-invitation-policy-by-id", body: true } satisfies Operation;

/** `POST /api/v3/metadata/copy-operate` */
export const copyOperate = { method: "POST", path: "/api/v3/metadata/copy-operate", body: true } satisfies Operation;

/** `POST /api/v3/metadata/copy-row-relation` */
export const copyRowRelation = { method: "POST", path: "/api/v3/metadata/copy-row-relation", body: true } satisfies Operation;

/** `POST /api/v3/create-access-key` */
export const createAccessKey = { method: "POST", path: "/api/v3/create-access-key", body: true } satisfies Operation;

/** `POST /api/v3/create-admin-role` */
export const createAdminRole = { method: "POST", path: "/api/v3/create-admin-role", body: true } satisfies Operation;

/** `POST /api/v3/create-application` */
export const createApplication = { method: "POST", path: "/api/v3/create-application", body: true } satisfies Operation;

/** `POST /api/v3/create-asa-account` */
export const createAsaAccount = { method: "POST", path: "/api/v3/create-asa-account", body: true } satisfies Operation;

/** `POST /api/v3/create-asa-accounts-batch` */
export const createAsaAccountBatch = { method: "POST", path: "/api/v3/create-asa-accounts-batch", body: true } satisfies Operation;

/** `POST /api/v3/create-data-policy` */
export const createDataPolicy = { method: "POST", path: "/api/v3/create-data-policy", body: true } satisfies Operation;

/** `POST /api/v3/create-data-resource` */
export const createDataResource = { method: "POST", path: "/api/v3/create-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/create-array-data-resource` */
export const createDataResourceByArray = { method: "POST", path: "/api/v3/create-array-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/create-string-data-resource` */
export const createDataResourceByString = { method: "POST", path: "/api/v3/create-string-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/create-tree-data-resource` */
export const createDataResourceByTree = { method: "POST", path: "/api/v3/create-tree-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/create-department` */
export const createDepartment = { method: "POST", path: "/api/v3/create-department", body: true } satisfies Operation;

/** `POST /api/v3/create-department-tree` */
export const createDepartmentTree = { method: "POST", path: "/api/v3/create-department-tree", body: true } satisfies Operation;

/** `POST /api/v3/create-device` */
export const createDevice = { method: "POST", path: "/api/v3/create-device", body: true } satisfies Operation;

/** `POST /api/v3/create-dnef` */
export const createDnef = { method: "POST", path: "/api/v3/create-dnef", body: true } satisfies Operation;

/** `POST /api/v3/create-event-app` */
export const createEventApp = { method: "POST", path: "/api/v3/create-event-app", body: true } satisfies Operation;

/** `POST /api/v3/create-ext-idp` */
export const createExtIdp = { method: "POST", path: "/api/v3/create-ext-idp", body: true } satisfies Operation;

/** `POST /api/v3/create-ext-idp-conn` */
export const createExtIdpConn = { method: "POST", path: "/api/v3/create-ext-idp-conn", body: true } satisfies Operation;

/** `POST /api/v3/metadata/create-field` */
export const createField = { method: "POST", path: "/api/v3/metadata/create-field", body: true } satisfies Operation;

/** `POST /api/v3/create-group` */
export const createGroup = { method: "POST", path: "/api/v3/create-group", body: true } satisfies Operation;

/** `POST /api/v3/create-groups-batch` */
export const createGroupsBatch = { method: "POST", path: "/api/v3/create-groups-batch", body: true } satisfies Operation;

/** `POST /api/v3/create-invitation-policy` */
export const createInvitationPolicy = { method: "POST", path: "/api/v3/create-invitation-policy", body: true } satisfies Operation;

/** `POST /api/v3/create-invitation-roster` */
export const createInvitationRoster = { method: "POST", path: "/api/v3/create-invitation-roster", body: true } satisfies Operation;

/** `POST /api/v3/metadata/create-model` */
export const createModel = { method: "POST", path: "/api/v3/metadata/create-model", body: true } satisfies Operation;

/** `POST /api/v3/create-multiple-tenant-admin` */
export const createMultipleTenantAdmin = { method: "POST", path: "/api/v3/create-multiple-tenant-admin", body: true } satisfies Operation;

/** `POST /api/v3/create-namespace` */
export const createNamespace = { method: "POST", path: "/api/v3/create-namespace", body: true } satisfies Operation;

/** `POST /api/v3/create-namespaces-batch` */
export const createNamespacesBatch = { method: "POST", path: "/api/v3/create-namespaces-batch", body: true } satisfies Operation;

/** `POST /api/v3/metadata/create-operate` */
export const createOperate = { method: "POST", path: "/api/v3/metadata/create-operate", body: true } satisfies Operation;

/** `POST /api/v3/create-organization` */
export const createOrganization = { method: "POST", path: "/api/v3/create-organization", body: true } satisfies Operation;

/** `POST /api/v3/create-or-update-group` */
export const createOrUpdateGroup = { method: "POST", path: "/api/v3/create-or-update-group", body: true } satisfies Operation;

/** `POST /api/v3/create-permission-namespace` */
export const createPermissionNamespace = { method: "POST", path: "/api/v3/create-permission-namespace", body: true } satisfies Operation;

/** `POST /api/v3/create-permission-namespaces-batch` */
export const createPermissionNamespacesBatch = { method: "POST", path: "/api/v3/create-permission-namespaces-batch", body: true } satisfies Operation;

/** `POST /api/v3/create-pipeline-function` */
export const createPipelineFunction = { method: "POST", path: "/api/v3/create-pipeline-function", body: true } satisfies Operation;

/** `POST /api/v3/create-post` */
export const createPost = { method: "POST", path: "/api/v3/create-post", body: true } satisfies Operation;

/** `POST /api/v3/create-public-account` */
export const createPublicAccount = {
  method: "POST",
  path: "/api/v3/create-public-account",
  body: true,
  secretFields: ["password", "recoveryCode", "secret"],
} satisfies Operation;

/** `POST /api/v3/create-public-accounts-batch` */
export const createPublicAccountsBatch = {
  method: "POST",
  path: "/api/v3/create-public-accounts-batch",
  body: true,
  secretFields: ["password", "recoveryCode", "secret"],
} satisfies Operation;

/** `POST /api/v3/create-resource` */
export const createResource = { method: "POST", path: "/api/v3/create-resource", body: true } satisfies Operation;

/** `POST /api/v3/create-resources-batch` */
export const createResourcesBatch = { method: "POST", path: "/api/v3/create-resources-batch", body: true } satisfies Operation;

/** `POST /api/v3/create-role` */
export const createRole = { method: "POST", path: "/api/v3/create-role", body: true } satisfies Operation;

/** `POST /api/v3/create-roles-batch` */
export const createRolesBatch = { method: "POST", path: "/api/v3/create-roles-batch", body: true } satisfies Operation;

/** `POST /api/v3/metadata/create-row` */
export const createRow = { method: "POST", path: "/api/v3/metadata/create-row", body: true } satisfies Operation;

/** `POST /api/v3/metadata/create-row-relation` */
export const createRowRelation = { method: "POST", path: "/api/v3/metadata/create-row-relation", body: true } satisfies Operation;

/** `POST /api/v3/create-sync-task` */
export const createSyncTask = {
  method: "POST",
  path: "/api/v3/create-sync-task",
  body: true,
  secretFields: [
    "aes_key",
    "appKey",
    "appSecret",
    "app_code",
    "app_key",
    "app_secret",
    "bindCredentials",
    "client_secret",
    "encodingAESKey",
    "encrypt_key",
    "entCode",
    "password",
    "permanentCode",
    "privateKey",
    "secret",
    "token",
    "verification_token",
  ],
} satisfies Operation;

/** `POST /api/v3/create-tenant` */
export const createTenant = { method: "POST", path: "/api/v3/create-tenant", body: true } satisfies Operation;

/** `POST /api/v3/create-tenant-cooperator` */
export const createTenantCooperator = { method: "POST", path: "/api/v3/create-tenant-cooperator", body: true } satisfies Operation;

/** `POST /api/v3/create-tenant-enterprise-certification` */
export const createTenantEnterpriseCertification = { method: "POST", path: "/api/v3/create-tenant-enterprise-certification", body: true } satisfies Operation;

/** `POST /api/v3/create-tenant-user` */
export const createTenantUser = { method: "POST", path: "/api/v3/create-tenant-user", body: true, secretFields: ["password"] } satisfies Operation;

/** `POST /api/v3/create-user` */
export const createUser = {
  method: "POST",
  path: "/api/v3/create-user",
  body: true,
  secretFields: ["accessToken", "password", "recoveryCode", "refreshToken", "secret"],
} satisfies Operation;

/** `POST /api/v3/create-users-batch` */
export const createUsersBatch = {
  method: "POST",
  path: "/api/v3/create-users-batch",
  body: true,
  secretFields: ["accessToken", "password", "recoveryCode", "refreshToken", "secret"],
} satisfies Operation;

/** `POST /api/v3/authing-verify/create-device` */
export const createVerifyDevice = { method: "POST", path: "/api/v3/authing-verify/create-device", body: true } satisfies Operation;

/** `POST /api/v3/create-webhook` */
export const createWebhook = { method: "POST", path: "/api/v3/create-webhook", body: true, secretFields: ["secret"] } satisfies Operation;

/** `POST /api/v3/define-event` */
export const defineEvent = { method: "POST", path: "/api/v3/define-event", body: true } satisfies Operation;

/** `POST /api/v3/delete-access-key` */
export const deleteAccessKey = { method: "POST", path: "/api/v3/delete-access-key", body: true } satisfies Operation;

/** `POST /api/v3/delete-admin-roles` */
export const deleteAdminRolesBatch = { method: "POST", path: "/api/v3/delete-admin-roles", body: true } satisfies Operation;

/** `POST /api/v3/delete-application` */
export const deleteApplication = { method: "POST", path: "/api/v3/delete-application", body: true } satisfies Operation;

/** `POST /api/v3/delete-asa-account` */
export const deleteAsaAccount = { method: "POST", path: "/api/v3/delete-asa-account", body: true } satisfies Operation;

/** `POST /api/v3/delete-asa-accounts-batch` */
export const deleteAsaAccountBatch = { method: "POST", path: "/api/v3/delete-asa-accounts-batch", body: true } satisfies Operation;

/** `DELETE /api/v3/batch-applications-auth` */
export const deleteAuth = {
  method: "DELETE",
  path: "/api/v3/batch-applications-auth",
  query: { required: true, positional: true, fields: [{ name: "authIds" }] },
} satisfies Operation;

/** `DELETE /api/v3/ip-list/{id}` */
export const deleteById = { method: "DELETE", path: "/api/v3/ip-list/{id}", pathParams: [{ name: "id", argument: "id" }] } satisfies Operation;

/** `POST /api/v3/delete-custom-fields` */
export const deleteCustomFields = { method: "POST", path: "/api/v3/delete-custom-fields", body: true } satisfies Operation;

/** `POST /api/v3/delete-data-policy` */
export const deleteDataPolicy = { method: "POST", path: "/api/v3/delete-data-policy", body: true } satisfies Operation;

/** `POST /api/v3/delete-data-resource` */
export const deleteDataResource = { method: "POST", path: "/api/v3/delete-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/delete-department` */
export const deleteDepartment = { method: "POST", path: "/api/v3/delete-department", body: true } satisfies Operation;

/** `POST /api/v3/delete-department-sync-relations` */
export const deleteDepartmentSyncRelations = { method: "POST", path: "/api/v3/delete-department-sync-relations", body: true } satisfies Operation;

/** `POST /api/v3/delete-device-by-user` */
export const deleteDevice = { method: "POST", path: "/api/v3/delete-device-by-user", body: true } satisfies Operation;

/** `POST /api/v3/delete-dnef` */
export const deleteDnef = { method: "POST", path: "/api/v3/delete-dnef", body: true } satisfies Operation;

/** `POST /api/v3/delete-ext-idp` */
export const deleteExtIdp = { method: "POST", path: "/api/v3/delete-ext-idp", body: true } satisfies Operation;

/** `POST /api/v3/delete-ext-idp-conn` */
export const deleteExtIdpConn = { method: "POST", path: "/api/v3/delete-ext-idp-conn", body: true } satisfies Operation;

/** `POST /api/v3/delete-groups-batch` */
export const deleteGroupsBatch = { method: "POST", path: "/api/v3/delete-groups-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-invitation-roster` */
export const deleteInvitationRoster = { method: "POST", path: "/api/v3/delete-invitation-roster", body: true } satisfies Operation;

/** `POST /api/v3/delete-invitation-rosters-batch` */
export const deleteInvitationRosterBatch = { method: "POST", path: "/api/v3/delete-invitation-rosters-batch", body: true } satisfies Operation;

/** `POST /api/v3/batch-delete-invitation-invitees` */
export const deleteInvitees = { method: "POST", path: "/api/v3/batch-delete-invitation-invitees", body: true } satisfies Operation;

/** `POST /api/v3/delete-namespace` */
export const deleteNamespace = { method: "POST", path: "/api/v3/delete-namespace", body: true } satisfies Operation;

/** `POST /api/v3/delete-namespaces-batch` */
export const deleteNamespacesBatch = { method: "POST", path: "/api/v3/delete-namespaces-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-organization` */
export const deleteOrganization = { method: "POST", path: "/api/v3/delete-organization", body: true } satisfies Operation;

/** `POST /api/v3/delete-permission-namespace` */
export const deletePermissionNamespace = { method: "POST", path: "/api/v3/delete-permission-namespace", body: true } satisfies Operation;

/** `POST /api/v3/delete-permission-namespaces-batch` */
export const deletePermissionNamespacesBatch = { method: "POST", path: "/api/v3/delete-permission-namespaces-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-pipeline-function` */
export const deletePipelineFunction = { method: "POST", path: "/api/v3/delete-pipeline-function", body: true } satisfies Operation;

/** `POST /api/v3/delete-public-accounts-batch` */
export const deletePublicAccountsBatch = { method: "POST", path: "/api/v3/delete-public-accounts-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-resource` */
export const deleteResource = { method: "POST", path: "/api/v3/delete-resource", body: true } satisfies Operation;

/** `POST /api/v3/delete-resources-batch` */
export const deleteResourcesBatch = { method: "POST", path: "/api/v3/delete-resources-batch", body: true } satisfies Operation;

/** `DELETE /api/v3/risk-list-policy/{id}` */
export const deleteRiskListPolicyById = {
  method: "DELETE",
  path: "/api/v3/risk-list-policy/{id}",
  pathParams: [{ name: "id", argument: "id" }],
} satisfies Operation;

/** `POST /api/v3/multiple-namespace-delete-roles-batch` */
export const deleteRoles = { method: "POST", path: "/api/v3/multiple-namespace-delete-roles-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-roles-batch` */
export const deleteRolesBatch = { method: "POST", path: "/api/v3/delete-roles-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-tenant` */
export const deleteTenant = { method: "POST", path: "/api/v3/delete-tenant", body: true } satisfies Operation;

/** `POST /api/v3/delete-tenant-admin` */
export const deleteTenantAdmin = { method: "POST", path: "/api/v3/delete-tenant-admin", body: true } satisfies Operation;

/** `POST /api/v3/delete-tenant-user` */
export const deleteTenantUser = { method: "POST", path: "/api/v3/delete-tenant-user", body: true } satisfies Operation;

/** `DELETE /api/v3/user-list/{id}` */
export const deleteUserListById = { method: "DELETE", path: "/api/v3/user-list/{id}", pathParams: [{ name: "id", argument: "id" }] } satisfies Operation;

/** `POST /api/v3/delete-users-batch` */
export const deleteUsersBatch = { method: "POST", path: "/api/v3/delete-users-batch", body: true } satisfies Operation;

/** `POST /api/v3/delete-user-sync-relations` */
export const deleteUserSyncRelations = { method: "POST", path: "/api/v3/delete-user-sync-relations", body: true } satisfies Operation;

/** `POST /api/v3/delete-webhook` */
export const deleteWebhook = { method: "POST", path: "/api/v3/delete-webhook", body: true } satisfies Operation;

/** `POST /api/v3/delete-whitelist` */
export const deleteWhitelist = { method: "POST", path: "/api/v3/delete-whitelist", body: true } satisfies Operation;

/** `POST /api/v3/delete-whitelist-of-app` */
export const deleteWhitelistOfApp = { method: "POST", path: "/api/v3/delete-whitelist-of-app", body: true } satisfies Operation;

/** `GET /api/v3/get-subject-auth-detail` */
export const detailAuthSubject = {
  method: "GET",
  path: "/api/v3/get-subject-auth-detail",
  query: { required: true, fields: [{ name: "targetId" }, { name: "targetType" }, { name: "appId" }] },
} satisfies Operation;

/** `POST /api/v3/disable-device-by-user` */
export const disableDevice = { method: "POST", path: "/api/v3/disable-device-by-user", body: true } satisfies Operation;

/** `POST /api/v3/disable-ldap-server` */
export const disableLdapServer = { method: "POST", path: "/api/v3/disable-ldap-server", body: true } satisfies Operation;

/** `POST /api/v3/update-auth-enabled` */
export const enabledAuth = { method: "POST", path: "/api/v3/update-auth-enabled", body: true } satisfies Operation;

/** `POST /api/v3/enable-device-by-user` */
export const enableDevice = { method: "POST", path: "/api/v3/enable-device-by-user", body: true } satisfies Operation;

/** `POST /api/v3/metadata/execute-operate` */
export const executeOperate = { method: "POST", path: "/api/v3/metadata/execute-operate", body: true } satisfies Operation;

/** `POST /api/v3/metadata/export` */
export const exportMetadata = { method: "POST", path: "/api/v3/metadata/export", body: true } satisfies Operation;

/** `POST /api/v3/metadata/export/model` */
export const exportModel = { method: "POST", path: "/api/v3/metadata/export/model", body: true } satisfies Operation;

/** `POST /api/v3/invitation-invitee/export` */
export const exportUsers = { method: "POST", path: "/api/v3/invitation-invitee/export", body: true } satisfies Operation;

/** `GET /api/v3/ext-idp-conn-apps` */
export const extIdpConnStateByApps = {
  method: "GET",
  path: "/api/v3/ext-idp-conn-apps",
  query: { required: true, fields: [{ name: "tenantId" }, { name: "appId" }, { name: "id" }, { name: "type" }] },
} satisfies Operation;

/** `POST /api/v3/filter-universal-invitation-applicants` */
export const filter = { method: "POST", path: "/api/v3/filter-universal-invitation-applicants", body: true } satisfies Operation;

/** `POST /api/v3/list-invitation-invitees` */
export const filterUsers = { method: "POST", path: "/api/v3/list-invitation-invitees", body: true } satisfies Operation;

/** `GET /api/v3/get-supported-device-exclusive-apps` */
export const findAppLists = {
  method: "GET",
  path: "/api/v3/get-supported-device-exclusive-apps",
  query: { required: true, fields: [{ name: "keyword" }] },
} satisfies Operation;

/** `GET /api/v3/ip-list` */
export const findIpList = {
  method: "GET",
  path: "/api/v3/ip-list",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "ipType" }] },
} satisfies Operation;

/** `POST /api/v3/get-last-login-apps-by-deviceIds` */
export const findLastLoginAppsByDeviceIds = { method: "POST", path: "/api/v3/get-last-login-apps-by-deviceIds", body: true } satisfies Operation;

/** `POST /api/v3/get-last-login-apps-by-device-ids` */
export const findLastLoginAppsByDeviceIdsV2 = { method: "POST", path: "/api/v3/get-last-login-apps-by-device-ids", body: true } satisfies Operation;

/** `GET /api/v3/risk-list-policy` */
export const findRiskListPolicy = {
  method: "GET",
  path: "/api/v3/risk-list-policy",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "optObject" }] },
} satisfies Operation;

/** `GET /api/v3/user-list` */
export const findUserList = {
  method: "GET",
  path: "/api/v3/user-list",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "userListType" }] },
} satisfies Operation;

/** `POST /api/v3/generate-invite-tenant-user-link` */
export const generateInviteTenantUserLink = { method: "POST", path: "/api/v3/generate-invite-tenant-user-link", body: true } satisfies Operation;

/** `POST /api/v3/generate-universal-invitation-link` */
export const generateUniversalInvitation = { method: "POST", path: "/api/v3/generate-universal-invitation-link" } satisfies Operation;

/** `GET /api/v3/get-access-key` */
export const getAccessKey = {
  method: "GET",
  path: "/api/v3/get-access-key",
  query: { required: true, fields: [{ name: "userId" }, { name: "accessKeyId" }] },
} satisfies Operation;

/** `GET /api/v3/list-access-key` */
export const getAccessKeyList = {
  method: "GET",
  path: "/api/v3/list-access-key",
  query: { required: false, fields: [{ name: "userId" }, { name: "tenantId" }, { name: "type" }, { name: "status" }] },
} satisfies Operation;

/** `POST /api/v3/get-admin-audit-logs` */
export const getAdminAuditLogs = { method: "POST", path: "/api/v3/get-admin-audit-logs", body: true } satisfies Operation;

/** `GET /api/v3/get-all-departments` */
export const getAllDepartments = {
  method: "GET",
  path: "/api/v3/get-all-departments",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId", default: "root" },
      { name: "departmentIdType", default: "department_id" },
      { name: "withCustomData", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-all-groups` */
export const getAllGroups = {
  method: "GET",
  path: "/api/v3/get-all-groups",
  query: { required: false, fields: [{ name: "fetchMembers", default: false }, { name: "withCustomData" }] },
} satisfies Operation;

/** `POST /api/v3/metadata/get-all-metadata` */
export const getAllMetadata = { method: "POST", path: "/api/v3/metadata/get-all-metadata", body: true } satisfies Operation;

/** `POST /api/v3/metadata/get-all-row-by-scrollid` */
export const getAllMetadataRow = { method: "POST", path: "/api/v3/metadata/get-all-row-by-scrollid", body: true } satisfies Operation;

/** `GET /api/v3/get-all-rights-items` */
export const getAllRightsItem = { method: "GET", path: "/api/v3/get-all-rights-items" } satisfies Operation;

/** `GET /api/v3/get-device-exclusive-valid-scope-settings` */
export const getAllValidScopeSettings = { method: "GET", path: "/api/v3/get-device-exclusive-valid-scope-settings" } satisfies Operation;

/** `GET /api/v3/get-device-exclusive-white-list-settings` */
export const getAllWhiteListSettings = { method: "GET", path: "/api/v3/get-device-exclusive-white-list-settings" } satisfies Operation;

/** `GET /api/v3/get-application` */
export const getApplication = { method: "GET", path: "/api/v3/get-application", query: { required: true, fields: [{ name: "appId" }] } } satisfies Operation;

/** `GET /api/v3/get-application-permission-strategy` */
export const getApplicationPermissionStrategy = {
  method: "GET",
  path: "/api/v3/get-application-permission-strategy",
  query: { required: true, fields: [{ name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/get-application-secret` */
export const getApplicationSecret = {
  method: "GET",
  path: "/api/v3/get-application-secret",
  query: { required: true, fields: [{ name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/get-application-simple-info` */
export const getApplicationSimpleInfo = {
  method: "GET",
  path: "/api/v3/get-application-simple-info",
  query: { required: true, fields: [{ name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/get-asa-account` */
export const getAsaAccount = {
  method: "GET",
  path: "/api/v3/get-asa-account",
  query: { required: true, fields: [{ name: "appId" }, { name: "accountId" }] },
} satisfies Operation;

/** `GET /api/v3/get-asa-account-assigned-targets` */
export const getAsaAccountAssignedTargets = {
  method: "GET",
  path: "/api/v3/get-asa-account-assigned-targets",
  query: { required: true, fields: [{ name: "appId" }, { name: "accountId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `POST /api/v3/get-asa-accounts-batch` */
export const getAsaAccountBatch = { method: "POST", path: "/api/v3/get-asa-accounts-batch", body: true } satisfies Operation;

/** `GET /api/v3/get-assigned-account` */
export const getAssignedAccount = {
  method: "GET",
  path: "/api/v3/get-assigned-account",
  query: { required: true, fields: [{ name: "appId" }, { name: "targetType" }, { name: "targetIdentifier" }] },
} satisfies Operation;

/** `GET /api/v3/get-authorized-resources` */
export const getAuthorizedResources = {
  method: "GET",
  path: "/api/v3/get-authorized-resources",
  query: {
    required: true,
    fields: [
      { name: "targetType" },
      { name: "targetIdentifier" },
      { name: "namespace" },
      { name: "resourceType" },
      { name: "resourceList" },
      { name: "withDenied", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-ldap-server-random-pwd` */
export const getBindPwd = { method: "GET", path: "/api/v3/get-ldap-server-random-pwd" } satisfies Operation;

/** `GET /api/v3/get-current-package-info` */
export const getCurrentPackageInfo = { method: "GET", path: "/api/v3/get-current-package-info" } satisfies Operation;

/** `GET /api/v3/get-custom-data` */
export const getCustomData = {
  method: "GET",
  path: "/api/v3/get-custom-data",
  query: { required: true, fields: [{ name: "tenantId" }, { name: "targetType" }, { name: "targetIdentifier" }, { name: "namespace" }] },
} satisfies Operation;

/** `GET /api/v3/get-custom-fields` */
export const getCustomFields = {
  method: "GET",
  path: "/api/v3/get-custom-fields",
  query: { required: true, fields: [{ name: "targetType" }, { name: "tenantId" }] },
} satisfies Operation;

/** `GET /api/v3/get-data-policy` */
export const getDataPolicy = { method: "GET", path: "/api/v3/get-data-policy", query: { required: true, fields: [{ name: "policyId" }] } } satisfies Operation;

/** `GET /api/v3/get-data-resource` */
export const getDataResource = {
  method: "GET",
  path: "/api/v3/get-data-resource",
  query: { required: true, fields: [{ name: "namespaceCode" }, { name: "resourceCode" }] },
} satisfies Operation;

/** `GET /api/v3/get-department` */
export const getDepartment = {
  method: "GET",
  path: "/api/v3/get-department",
  query: {
    required: false,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "departmentCode" },
      { name: "departmentIdType", default: "department_id" },
      { name: "withCustomData", default: false },
      { name: "flatCustomData", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/get-department-available-app` */
export const getDepartmentAllApp = { method: "POST", path: "/api/v3/get-department-available-app", body: true } satisfies Operation;

/** `GET /api/v3/get-department-by-id` */
export const getDepartmentById = {
  method: "GET",
  path: "/api/v3/get-department-by-id",
  query: { required: true, fields: [{ name: "departmentId" }, { name: "tenantId" }, { name: "appTypeList" }, { name: "withCustomData", default: false }] },
} satisfies Operation;

/** `GET /api/v3/get-department-sync-relations` */
export const getDepartmentSyncRelations = {
  method: "GET",
  path: "/api/v3/get-department-sync-relations",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "departmentIdType", default: "department_id" },
      { name: "withCustomData", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/approval` */
export const getDetail = { method: "GET", path: "/api/v3/approval", query: { required: true, fields: [{ name: "number" }] } } satisfies Operation;

/** `POST /api/v3/device-status` */
export const getDeviceStatus = { method: "POST", path: "/api/v3/device-status", body: true } satisfies Operation;

/** `GET /api/v3/get-email-provider` */
export const getEmailProvider = { method: "GET", path: "/api/v3/get-email-provider" } satisfies Operation;

/** `GET /api/v3/get-email-templates` */
export const getEmailTemplates = { method: "GET", path: "/api/v3/get-email-templates" } satisfies Operation;

/** `POST /api/v3/get-external-user-resource-struct` */
export const getExternalUserResourceStruct = { method: "POST", path: "/api/v3/get-external-user-resource-struct", body: true } satisfies Operation;

/** `GET /api/v3/get-ext-idp` */
export const getExtIdp = {
  method: "GET",
  path: "/api/v3/get-ext-idp",
  query: { required: true, fields: [{ name: "tenantId" }, { name: "appId" }, { name: "id" }, { name: "type" }] },
} satisfies Operation;

/** `GET /api/v3/get-global-mfa-settings` */
export const getGlobalMfaSettings = { method: "GET", path: "/api/v3/get-global-mfa-settings" } satisfies Operation;

/** `GET /api/v3/get-group` */
export const getGroup = {
  method: "GET",
  path: "/api/v3/get-group",
  query: { required: true, fields: [{ name: "code" }, { name: "withCustomData" }] },
} satisfies Operation;

/** `GET /api/v3/get-group-authorized-resources` */
export const getGroupAuthorizedResources = {
  method: "GET",
  path: "/api/v3/get-group-authorized-resources",
  query: { required: true, fields: [{ name: "code" }, { name: "namespace" }, { name: "resourceType" }] },
} satisfies Operation;

/** `GET /api/v3/get-groups-of-public-account` */
export const getGroupsOfPublicAccount = {
  method: "GET",
  path: "/api/v3/get-groups-of-public-account",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/get-import-template` */
export const getImportTemplate = {
  method: "GET",
  path: "/api/v3/metadata/get-import-template",
  query: { required: true, fields: [{ name: "modelId" }] },
} satisfies Operation;

/** `GET /api/v3/get-invitation-roster` */
export const getInvitationRoster = {
  method: "GET",
  path: "/api/v3/get-invitation-roster",
  query: {
    required: true,
    fields: [
      { name: "rosterId" },
      { name: "withCreatorDetail", default: false },
      { name: "withUserCount", default: false },
      { name: "withAssignedPolicy", default: false },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/get-invitation-policy-email-template` */
export const getInviteEmailTemplate = { method: "POST", path: "/api/v3/get-invitation-policy-email-template", body: true } satisfies Operation;

/** `GET /api/v3/get-mau-period-usage-history` */
export const getMauPeriodUsageHistory = {
  method: "GET",
  path: "/api/v3/get-mau-period-usage-history",
  query: { required: true, fields: [{ name: "startTime" }, { name: "endTime" }] },
} satisfies Operation;

/** `POST /api/v3/metadata/group` */
export const getMetadataGroupList = { method: "POST", path: "/api/v3/metadata/group", body: true } satisfies Operation;

/** `GET /api/v3/get-mfa-trigger-data` */
export const getMfaTriggerData = {
  method: "GET",
  path: "/api/v3/get-mfa-trigger-data",
  query: { required: true, fields: [{ name: "appId" }, { name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/get-model` */
export const getModel = { method: "GET", path: "/api/v3/metadata/get-model", query: { required: true, fields: [{ name: "id" }] } } satisfies Operation;

/** `GET /api/v3/get-multiple-tenant-admin` */
export const getMultipleTenantAdmin = {
  method: "GET",
  path: "/api/v3/get-multiple-tenant-admin",
  query: { required: true, fields: [{ name: "userId" }] },
} satisfies Operation;

/** `GET /api/v3/get-namespace` */
export const getNamespace = { method: "GET", path: "/api/v3/get-namespace", query: { required: true, fields: [{ name: "code" }] } } satisfies Operation;

/** `GET /api/v3/get-namespaces-batch` */
export const getNamespacesBatch = {
  method: "GET",
  path: "/api/v3/get-namespaces-batch",
  query: { required: true, fields: [{ name: "codeList" }] },
} satisfies Operation;

/** `GET /api/v3/get-order-detail` */
export const getOrderDetail = { method: "GET", path: "/api/v3/get-order-detail", query: { required: true, fields: [{ name: "orderNo" }] } } satisfies Operation;

/** `GET /api/v3/get-order-pay-detail` */
export const getOrderPayDetail = {
  method: "GET",
  path: "/api/v3/get-order-pay-detail",
  query: { required: true, fields: [{ name: "orderNo" }] },
} satisfies Operation;

/** `GET /api/v3/get-orders` */
export const getOrders = {
  method: "GET",
  path: "/api/v3/get-orders",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-organization` */
export const getOrganization = {
  method: "GET",
  path: "/api/v3/get-organization",
  query: {
    required: true,
    fields: [{ name: "organizationCode" }, { name: "withCustomData", default: false }, { name: "withPost", default: false }, { name: "tenantId" }],
  },
} satisfies Operation;

/** `GET /api/v3/get-organization-batch` */
export const getOrganizationsBatch = {
  method: "GET",
  path: "/api/v3/get-organization-batch",
  query: {
    required: true,
    fields: [{ name: "organizationCodeList" }, { name: "withCustomData", default: false }, { name: "withPost", default: false }, { name: "tenantId" }],
  },
} satisfies Operation;

/** `GET /api/v3/get-otp-secret-by-user` */
export const getOtpSecretByUser = {
  method: "GET",
  path: "/api/v3/get-otp-secret-by-user",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-parent-department` */
export const getParentDepartment = {
  method: "GET",
  path: "/api/v3/get-parent-department",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "departmentIdType", default: "department_id" },
      { name: "withCustomData", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-permission-namespace` */
export const getPermissionNamespace = {
  method: "GET",
  path: "/api/v3/get-permission-namespace",
  query: { required: true, fields: [{ name: "code" }] },
} satisfies Operation;

/** `GET /api/v3/get-permission-namespaces-batch` */
export const getPermissionNamespacesBatch = {
  method: "GET",
  path: "/api/v3/get-permission-namespaces-batch",
  query: { required: true, fields: [{ name: "codes" }] },
} satisfies Operation;

/** `GET /api/v3/get-pipeline-function` */
export const getPipelineFunction = {
  method: "GET",
  path: "/api/v3/get-pipeline-function",
  query: { required: true, fields: [{ name: "funcId" }] },
} satisfies Operation;

/** `GET /api/v3/get-pipeline-logs` */
export const getPipelineLogs = {
  method: "GET",
  path: "/api/v3/get-pipeline-logs",
  query: { required: true, fields: [{ name: "funcId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `GET /api/v3/get-invitation-policy` */
export const getPolicyDetailById = {
  method: "GET",
  path: "/api/v3/get-invitation-policy",
  query: { required: true, fields: [{ name: "policyId" }, { name: "rosterId" }, { name: "withCreatorDetail", default: false }] },
} satisfies Operation;

/** `GET /api/v3/get-invitation-policy-user-attribution` */
export const getPolicyUserAttributionDetail = {
  method: "GET",
  path: "/api/v3/get-invitation-policy-user-attribution",
  query: { required: true, fields: [{ name: "id" }, { name: "withTargetDetail" }, { name: "withDepartmentExtInfo" }] },
} satisfies Operation;

/** `GET /api/v3/get-post` */
export const getPost = {
  method: "GET",
  path: "/api/v3/get-post",
  query: { required: true, fields: [{ name: "code" }, { name: "withCustomData" }] },
} satisfies Operation;

/** `POST /api/v3/get-post-by-id` */
export const getPostById = { method: "POST", path: "/api/v3/get-post-by-id", body: true } satisfies Operation;

/** `GET /api/v3/get-post-of-public-account` */
export const getPostOfPublicUser = {
  method: "GET",
  path: "/api/v3/get-post-of-public-account",
  query: { required: true, fields: [{ name: "userId" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-account` */
export const getPublicAccount = {
  method: "GET",
  path: "/api/v3/get-public-account",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "userIdType", default: "user_id" },
      { name: "withCustomData", default: false },
      { name: "withDepartmentIds", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-public-account-batch` */
export const getPublicAccountBatch = {
  method: "GET",
  path: "/api/v3/get-public-account-batch",
  query: {
    required: true,
    fields: [
      { name: "userIds" },
      { name: "userIdType", default: "user_id" },
      { name: "withCustomData", default: false },
      { name: "withDepartmentIds", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-departments-of-public-account` */
export const getPublicAccountDepartments = {
  method: "GET",
  path: "/api/v3/get-departments-of-public-account",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "userIdType", default: "user_id" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "withDepartmentPaths", default: false },
      { name: "sortBy", default: "JoinDepartmentAt" },
      { name: "orderBy", default: "Desc" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/set-public-account-of-groups` */
export const getPublicAccountOfGroups = { method: "POST", path: "/api/v3/set-public-account-of-groups", body: true } satisfies Operation;

/** `GET /api/v3/get-roles-of-public-account` */
export const getPublicAccountRoles = {
  method: "GET",
  path: "/api/v3/get-roles-of-public-account",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }, { name: "namespace", default: "default" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-accounts-of-department` */
export const getPublicAccountsOfDepartment = {
  method: "GET",
  path: "/api/v3/get-public-accounts-of-department",
  query: { required: true, fields: [{ name: "departmentId" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-accounts-of-group` */
export const getPublicAccountsOfGroup = {
  method: "GET",
  path: "/api/v3/get-public-accounts-of-group",
  query: { required: true, fields: [{ name: "groupId" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-accounts-of-post` */
export const getPublicAccountsOfPost = {
  method: "GET",
  path: "/api/v3/get-public-accounts-of-post",
  query: { required: true, fields: [{ name: "postId" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-accounts-of-role` */
export const getPublicAccountsOfRole = {
  method: "GET",
  path: "/api/v3/get-public-accounts-of-role",
  query: { required: true, fields: [{ name: "roleId" }] },
} satisfies Operation;

/** `GET /api/v3/get-public-accounts-of-user` */
export const getPublicAccountsOfUser = {
  method: "GET",
  path: "/api/v3/get-public-accounts-of-user",
  query: { required: true, fields: [{ name: "userId" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/get-row-relation-details` */
export const getRelationDetails = { method: "GET", path: "/api/v3/metadata/get-row-relation-details" } satisfies Operation;

/** `POST /api/v3/metadata/get-relation-info` */
export const getRelationInfo = { method: "POST", path: "/api/v3/metadata/get-relation-info", body: true } satisfies Operation;

/** `GET /api/v3/metadata/get-row-relation` */
export const getRelationValue = {
  method: "GET",
  path: "/api/v3/metadata/get-row-relation",
  query: {
    required: true,
    fields: [{ name: "modelId" }, { name: "fieldId" }, { name: "rowId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }],
  },
} satisfies Operation;

/** `GET /api/v3/get-resource` */
export const getResource = {
  method: "GET",
  path: "/api/v3/get-resource",
  query: { required: true, fields: [{ name: "code" }, { name: "namespace" }] },
} satisfies Operation;

/** `POST /api/v3/get-resource-authorized-targets` */
export const getResourceAuthorizedTargets = { method: "POST", path: "/api/v3/get-resource-authorized-targets", body: true } satisfies Operation;

/** `GET /api/v3/get-resources-batch` */
export const getResourcesBatch = {
  method: "GET",
  path: "/api/v3/get-resources-batch",
  query: { required: true, fields: [{ name: "namespace" }, { name: "codeList" }] },
} satisfies Operation;

/** `GET /api/v3/get-role` */
export const getRole = {
  method: "GET",
  path: "/api/v3/get-role",
  query: { required: true, fields: [{ name: "code" }, { name: "namespace" }] },
} satisfies Operation;

/** `GET /api/v3/get-role-authorized-resources` */
export const getRoleAuthorizedResources = {
  method: "GET",
  path: "/api/v3/get-role-authorized-resources",
  query: { required: true, fields: [{ name: "code" }, { name: "namespace" }, { name: "resourceType" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/get-row` */
export const getRow = {
  method: "GET",
  path: "/api/v3/metadata/get-row",
  query: { required: true, fields: [{ name: "modelId" }, { name: "rowId" }, { name: "showFieldId", default: "false" }] },
} satisfies Operation;

/** `POST /get-row-batch` */
export const getRowBatch = { method: "POST", path: "/get-row-batch", body: true } satisfies Operation;

/** `GET /api/v3/metadata/get-row-by-value` */
export const getRowByValue = {
  method: "GET",
  path: "/api/v3/metadata/get-row-by-value",
  query: { required: true, fields: [{ name: "modelId" }, { name: "key" }, { name: "value" }, { name: "showFieldId", default: "false" }] },
} satisfies Operation;

/** `GET /api/v3/get-device-exclusive-rule-settings` */
export const getRuleSettings = { method: "GET", path: "/api/v3/get-device-exclusive-rule-settings" } satisfies Operation;

/** `GET /api/v3/get-security-settings` */
export const getSecuritySettings = { method: "GET", path: "/api/v3/get-security-settings" } satisfies Operation;

/** `GET /api/v3/get-sync-job` */
export const getSyncJob = { method: "GET", path: "/api/v3/get-sync-job", query: { required: true, fields: [{ name: "syncJobId" }] } } satisfies Operation;

/** `GET /api/v3/get-sync-task` */
export const getSyncTask = { method: "GET", path: "/api/v3/get-sync-task", query: { required: true, fields: [{ name: "syncTaskId" }] } } satisfies Operation;

/** `GET /api/v3/get-tenant` */
export const getTenant = {
  method: "GET",
  path: "/api/v3/get-tenant",
  query: {
    required: true,
    fields: [{ name: "tenantId" }, { name: "withMembersCount" }, { name: "withAppDetail" }, { name: "withCreatorDetail" }, { name: "withSourceAppDetail" }],
  },
} satisfies Operation;

/** `GET /api/v3/get-tenant-by-code` */
export const getTenantByCode = { method: "GET", path: "/api/v3/get-tenant-by-code", query: { required: true, fields: [{ name: "code" }] } } satisfies Operation;

/** `GET /api/v3/get-tenant-cooperator` */
export const getTenantCooperator = {
  method: "GET",
  path: "/api/v3/get-tenant-cooperator",
  query: { required: true, fields: [{ name: "userId" }] },
} satisfies Operation;

/** `GET /api/v3/get-tenant-cooperator-menu` */
export const getTenantCooperatorMenu = {
  method: "GET",
  path: "/api/v3/get-tenant-cooperator-menu",
  query: { required: true, fields: [{ name: "userId" }] },
} satisfies Operation;

/** `GET /api/v3/get-tenant-enterprise-certification` */
export const getTenantEnterpriseCertification = {
  method: "GET",
  path: "/api/v3/get-tenant-enterprise-certification",
  query: { required: true, fields: [{ name: "tenant_id", argument: "tenantId" }] },
} satisfies Operation;

/** `GET /api/v3/get-tenant-little-info` */
export const getTenantLittleInfo = {
  method: "GET",
  path: "/api/v3/get-tenant-little-info",
  query: {
    required: true,
    fields: [{ name: "tenantId" }, { name: "withMembersCount" }, { name: "withAppDetail" }, { name: "withCreatorDetail" }, { name: "withSourceAppDetail" }],
  },
} satisfies Operation;

/** `GET /api/v3/get-tenant-user` */
export const getTenantUser = {
  method: "GET",
  path: "/api/v3/get-tenant-user",
  query: { required: true, fields: [{ name: "tenantId" }, { name: "linkUserId" }, { name: "memberId" }] },
} satisfies Operation;

/** `GET /api/v3/get-universal-invitation-settings` */
export const getUniversalInvitation = {
  method: "GET",
  path: "/api/v3/get-universal-invitation-settings",
  query: { required: false, fields: [{ name: "withDepartmentDetail", default: false }] },
} satisfies Operation;

/** `GET /api/v3/get-usage-info` */
export const getUsageInfo = { method: "GET", path: "/api/v3/get-usage-info" } satisfies Operation;

/** `GET /api/v3/get-user` */
export const getUser = {
  method: "GET",
  path: "/api/v3/get-user",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "userIdType", default: "user_id" },
      { name: "flatCustomData", default: false },
      { name: "withCustomData", default: false },
      { name: "withPost", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-user-accessible-apps` */
export const getUserAccessibleApps = {
  method: "GET",
  path: "/api/v3/get-user-accessible-apps",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `POST /api/v3/get-user-action-logs` */
export const getUserActionLogs = { method: "POST", path: "/api/v3/get-user-action-logs", body: true } satisfies Operation;

/** `GET /api/v3/get-invitation-policy-user-attribution-main-department` */
export const getUserAttributionMainDepartment = {
  method: "GET",
  path: "/api/v3/get-invitation-policy-user-attribution-main-department",
  query: { required: true, fields: [{ name: "policyId" }, { name: "withDepartmentDetail" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-authorized-apps` */
export const getUserAuthorizedApps = {
  method: "GET",
  path: "/api/v3/get-user-authorized-apps",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-authorized-resources` */
export const getUserAuthorizedResources = {
  method: "GET",
  path: "/api/v3/get-user-authorized-resources",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }, { name: "namespace" }, { name: "resourceType" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-base-fields` */
export const getUserBaseFields = { method: "GET", path: "/api/v3/get-user-base-fields" } satisfies Operation;

/** `GET /api/v3/get-user-batch` */
export const getUserBatch = {
  method: "GET",
  path: "/api/v3/get-user-batch",
  query: {
    required: true,
    fields: [
      { name: "userIds" },
      { name: "userIdType", default: "user_id" },
      { name: "withCustomData", default: false },
      { name: "flatCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-user-departments` */
export const getUserDepartments = {
  method: "GET",
  path: "/api/v3/get-user-departments",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "userIdType", default: "user_id" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "withDepartmentPaths", default: false },
      { name: "sortBy", default: "JoinDepartmentAt" },
      { name: "orderBy", default: "Desc" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/batch-get-user-encrypt-password` */
export const getUserEncryptPasswordBatch = { method: "POST", path: "/api/v3/batch-get-user-encrypt-password", body: true } satisfies Operation;

/** `GET /api/v3/get-user-groups` */
export const getUserGroups = {
  method: "GET",
  path: "/api/v3/get-user-groups",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-identities` */
export const getUserIdentities = {
  method: "GET",
  path: "/api/v3/get-user-identities",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-loggedin-apps` */
export const getUserLoggedinApps = {
  method: "GET",
  path: "/api/v3/get-user-loggedin-apps",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-logged-in-identities` */
export const getUserLoggedinIdentities = {
  method: "GET",
  path: "/api/v3/get-user-logged-in-identities",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-login-history` */
export const getUserLoginHistory = {
  method: "GET",
  path: "/api/v3/get-user-login-history",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "userIdType", default: "user_id" },
      { name: "appId" },
      { name: "clientIp" },
      { name: "start" },
      { name: "end" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-user-mfa-info` */
export const getUserMfaInfo = {
  method: "GET",
  path: "/api/v3/get-user-mfa-info",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/get-mfa-status` */
export const getUserMfaStatus = {
  method: "GET",
  path: "/api/v3/get-mfa-status",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `POST /api/v3/get-user-password-ciphertext` */
export const getUserPasswordCiphertext = { method: "POST", path: "/api/v3/get-user-password-ciphertext", body: true } satisfies Operation;

/** `POST /api/v3/get-user-permission-list` */
export const getUserPermissionList = { method: "POST", path: "/api/v3/get-user-permission-list", body: true } satisfies Operation;

/** `GET /api/v3/get-user-post` */
export const getUserPost = {
  method: "GET",
  path: "/api/v3/get-user-post",
  query: { required: true, fields: [{ name: "userId" }, { name: "withCustomData" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-posts` */
export const getUserPosts = {
  method: "GET",
  path: "/api/v3/get-user-posts",
  query: { required: true, fields: [{ name: "userId" }, { name: "withCustomData" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-principal-authentication-info` */
export const getUserPrincipalAuthenticationInfo = {
  method: "GET",
  path: "/api/v3/get-user-principal-authentication-info",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `POST /api/v3/get-user-resource-permission-list` */
export const getUserResourcePermissionList = { method: "POST", path: "/api/v3/get-user-resource-permission-list", body: true } satisfies Operation;

/** `POST /api/v3/get-user-resource-struct` */
export const getUserResourceStruct = { method: "POST", path: "/api/v3/get-user-resource-struct", body: true } satisfies Operation;

/** `GET /api/v3/get-user-roles` */
export const getUserRoles = {
  method: "GET",
  path: "/api/v3/get-user-roles",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }, { name: "namespace" }] },
} satisfies Operation;

/** `GET /api/v3/get-users-of-public-account` */
export const getUsersOfPublicAccount = {
  method: "GET",
  path: "/api/v3/get-users-of-public-account",
  query: { required: true, fields: [{ name: "publicAccountId" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-sync-relations` */
export const getUserSyncRelations = {
  method: "GET",
  path: "/api/v3/get-user-sync-relations",
  query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
} satisfies Operation;

/** `GET /api/v3/verify-config-app` */
export const getVerifyConfigApp = {
  method: "GET",
  path: "/api/v3/verify-config-app",
  query: { required: false, fields: [{ name: "keywords" }] },
} satisfies Operation;

/** `GET /api/v3/get-webhook` */
export const getWebhook = { method: "GET", path: "/api/v3/get-webhook", query: { required: true, fields: [{ name: "webhookId" }] } } satisfies Operation;

/** `GET /api/v3/get-webhook-event-list` */
export const getWebhookEventList = { method: "GET", path: "/api/v3/get-webhook-event-list" } satisfies Operation;

/** `POST /api/v3/get-webhook-logs` */
export const getWebhookLogs = { method: "POST", path: "/api/v3/get-webhook-logs", body: true } satisfies Operation;

/** `POST /api/v3/get-weixin-access-token` */
export const getWechatMpAccessTokenInfo = {
  method: "POST",
  path: "/api/v3/get-weixin-access-token",
  body: true,
  secretFields: ["appSecret"],
} satisfies Operation;

/** `POST /api/v3/has-any-role` */
export const hasAnyRole = { method: "POST", path: "/api/v3/has-any-role", body: true } satisfies Operation;

/** `POST /api/v3/metadata/import` */
export const importMetadata = { method: "POST", path: "/api/v3/metadata/import", body: true } satisfies Operation;

/** `POST /api/v3/metadata/import/model` */
export const importModel = { method: "POST", path: "/api/v3/metadata/import/model", body: true } satisfies Operation;

/** `POST /api/v3/import-otp` */
export const importOtp = { method: "POST", path: "/api/v3/import-otp", body: true, secretFields: ["recoveryCode", "secret"] } satisfies Operation;

/** `GET /api/v3/invitation-invitee/template` */
export const importTemplate = { method: "GET", path: "/api/v3/invitation-invitee/template" } satisfies Operation;

/** `POST /api/v3/import-tenant` */
export const importTenant = { method: "POST", path: "/api/v3/import-tenant", body: true } satisfies Operation;

/** `GET /api/v3/import-tenant-history` */
export const importTenantHistory = {
  method: "GET",
  path: "/api/v3/import-tenant-history",
  query: { required: false, fields: [{ name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `GET /api/v3/import-tenant-notify-user` */
export const importTenantNotifyUser = {
  method: "GET",
  path: "/api/v3/import-tenant-notify-user",
  query: { required: true, fields: [{ name: "importId" }, { name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `POST /api/v3/invitation-invitee/import` */
export const importUsers = { method: "POST", path: "/api/v3/invitation-invitee/import", body: true } satisfies Operation;

/** `POST /api/v3/is-action-allowed` */
export const isActionAllowed = { method: "POST", path: "/api/v3/is-action-allowed", body: true } satisfies Operation;

/** `POST /api/v3/is-user-exists` */
export const isUserExists = { method: "POST", path: "/api/v3/is-user-exists", body: true } satisfies Operation;

/** `GET /api/v3/is-user-in-department` */
export const isUserInDepartment = {
  method: "GET",
  path: "/api/v3/is-user-in-department",
  query: {
    required: true,
    fields: [
      { name: "userId" },
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "departmentIdType", default: "department_id" },
      { name: "includeChildrenDepartments", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/kick-public-accounts` */
export const kickPublicAccounts = { method: "POST", path: "/api/v3/kick-public-accounts", body: true } satisfies Operation;

/** `POST /api/v3/kick-users` */
export const kickUsers = { method: "POST", path: "/api/v3/kick-users", body: true } satisfies Operation;

/** `POST /api/v3/link-identity` */
export const linkIdentity = { method: "POST", path: "/api/v3/link-identity", body: true } satisfies Operation;

/** `POST /api/v3/list-application-active-users` */
export const listApplicationActiveUsers = { method: "POST", path: "/api/v3/list-application-active-users", body: true } satisfies Operation;

/** `GET /api/v3/list-applications` */
export const listApplications = {
  method: "GET",
  path: "/api/v3/list-applications",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "isIntegrateApp", default: false },
      { name: "isSelfBuiltApp", default: false },
      { name: "ssoEnabled", default: false },
      { name: "keywords" },
      { name: "all" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-application-simple-info` */
export const listApplicationSimpleInfo = {
  method: "GET",
  path: "/api/v3/list-application-simple-info",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "isIntegrateApp", default: false },
      { name: "isSelfBuiltApp", default: false },
      { name: "ssoEnabled", default: false },
      { name: "keywords" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-archived-users` */
export const listArchivedUsers = {
  method: "GET",
  path: "/api/v3/list-archived-users",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "startAt" }] },
} satisfies Operation;

/** `GET /api/v3/list-asa-accounts` */
export const listAsaAccount = {
  method: "GET",
  path: "/api/v3/list-asa-accounts",
  query: { required: true, fields: [{ name: "appId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `POST /api/v3/list-applications-auth` */
export const listAuthApplication = { method: "POST", path: "/api/v3/list-applications-auth", body: true } satisfies Operation;

/** `POST /api/v3/list-subject-auth` */
export const listAuthSubject = { method: "POST", path: "/api/v3/list-subject-auth", body: true } satisfies Operation;

/** `GET /api/v3/list-children-departments` */
export const listChildrenDepartments = {
  method: "GET",
  path: "/api/v3/list-children-departments",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "status" },
      { name: "departmentIdType", default: "department_id" },
      { name: "excludeVirtualNode", default: false },
      { name: "onlyVirtualNode", default: false },
      { name: "withCustomData", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-common-resource` */
export const listCommonResource = {
  method: "GET",
  path: "/api/v3/list-common-resource",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "keyword" }, { name: "namespaceCodeList" }] },
} satisfies Operation;

/** `GET /api/v3/list-custom-fields` */
export const listCustFields = {
  method: "GET",
  path: "/api/v3/list-custom-fields",
  query: {
    required: true,
    fields: [
      { name: "tenantId" },
      { name: "targetType" },
      { name: "dataType" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "userVisible" },
      { name: "adminVisible" },
      { name: "accessControl" },
      { name: "keyword" },
      { name: "lang" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-data-policies` */
export const listDataPolices = {
  method: "GET",
  path: "/api/v3/list-data-policies",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "query" }] },
} satisfies Operation;

/** `GET /api/v3/list-data-policy-targets` */
export const listDataPolicyTargets = {
  method: "GET",
  path: "/api/v3/list-data-policy-targets",
  query: {
    required: true,
    fields: [{ name: "policyId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "query" }, { name: "targetType" }],
  },
} satisfies Operation;

/** `GET /api/v3/list-data-resources` */
export const listDataResources = {
  method: "GET",
  path: "/api/v3/list-data-resources",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "query" }, { name: "namespaceCodes" }] },
} satisfies Operation;

/** `GET /api/v3/list-department-member-ids` */
export const listDepartmentMemberIds = {
  method: "GET",
  path: "/api/v3/list-department-member-ids",
  query: {
    required: true,
    fields: [{ name: "organizationCode" }, { name: "departmentId" }, { name: "departmentIdType", default: "department_id" }, { name: "tenantId" }],
  },
} satisfies Operation;

/** `GET /api/v3/list-department-members` */
export const listDepartmentMembers = {
  method: "GET",
  path: "/api/v3/list-department-members",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "sortBy", default: "JoinDepartmentAt" },
      { name: "orderBy", default: "Desc" },
      { name: "departmentIdType", default: "department_id" },
      { name: "includeChildrenDepartments", default: false },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-dnef` */
export const listDnef = {
  method: "GET",
  path: "/api/v3/list-dnef",
  query: {
    required: true,
    fields: [{ name: "startIndex", default: 1 }, { name: "maxSize", default: 10 }, { name: "query" }, { name: "namespaceCode" }, { name: "resourceCode" }],
  },
} satisfies Operation;

/** `GET /api/v3/list-event-apps` */
export const listEventApps = { method: "GET", path: "/api/v3/list-event-apps" } satisfies Operation;

/** `GET /api/v3/list-events` */
export const listEvents = {
  method: "GET",
  path: "/api/v3/list-events",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "app" }] },
} satisfies Operation;

/** `GET /api/v3/list-ext-idp` */
export const listExtIdp = {
  method: "GET",
  path: "/api/v3/list-ext-idp",
  query: { required: false, fields: [{ name: "tenantId" }, { name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/list-field` */
export const listField = {
  method: "GET",
  path: "/api/v3/metadata/list-field",
  query: { required: true, fields: [{ name: "modelId" }, { name: "from" }] },
} satisfies Operation;

/** `GET /api/v3/list-group-members` */
export const listGroupMembers = {
  method: "GET",
  path: "/api/v3/list-group-members",
  query: {
    required: true,
    fields: [
      { name: "code" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
      { name: "flatCustomData", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-groups` */
export const listGroups = {
  method: "GET",
  path: "/api/v3/list-groups",
  query: {
    required: false,
    fields: [
      { name: "keywords" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withMetadata" },
      { name: "withCustomData" },
      { name: "flatCustomData", default: false },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-invitation-policies` */
export const listInvitationPolicies = { method: "POST", path: "/api/v3/list-invitation-policies", body: true } satisfies Operation;

/** `POST /api/v3/list-invitation-rosters` */
export const listInvitationRoster = { method: "POST", path: "/api/v3/list-invitation-rosters", body: true } satisfies Operation;

/** `POST /api/v3/list-invitation-rosters-by-no-policy-id` */
export const listInvitationRostersByNonPolicyId = { method: "POST", path: "/api/v3/list-invitation-rosters-by-no-policy-id", body: true } satisfies Operation;

/** `POST /api/v3/list-invitation-rosters-by-policy-id` */
export const listInvitationRostersByPolicyId = { method: "POST", path: "/api/v3/list-invitation-rosters-by-policy-id", body: true } satisfies Operation;

/** `GET /api/v3/list-invite-tenant-user-records` */
export const listInviteTennatUserRecords = {
  method: "GET",
  path: "/api/v3/list-invite-tenant-user-records",
  query: { required: true, fields: [{ name: "keywords" }, { name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/list-model` */
export const listModel = { method: "GET", path: "/api/v3/metadata/list-model" } satisfies Operation;

/** `GET /api/v3/list-multiple-tenant-admins` */
export const listMultipleTenantAdmin = {
  method: "GET",
  path: "/api/v3/list-multiple-tenant-admins",
  query: { required: false, fields: [{ name: "keywords" }, { name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `GET /api/v3/list-namespace-roles` */
export const listNamespaceRoles = {
  method: "GET",
  path: "/api/v3/list-namespace-roles",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "code" }, { name: "keywords" }] },
} satisfies Operation;

/** `GET /api/v3/list-namespaces` */
export const listNamespaces = {
  method: "GET",
  path: "/api/v3/list-namespaces",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "keywords" }] },
} satisfies Operation;

/** `GET /api/v3/metadata/list-operate` */
export const listOperate = {
  method: "GET",
  path: "/api/v3/metadata/list-operate",
  query: {
    required: true,
    fields: [
      { name: "keywords" },
      { name: "modelId" },
      { name: "fieldId" },
      { name: "showCreated" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/metadata/all-operate` */
export const listOperateAll = {
  method: "GET",
  path: "/api/v3/metadata/all-operate",
  query: { required: true, fields: [{ name: "modelId" }] },
} satisfies Operation;

/** `GET /api/v3/list-organizations` */
export const listOrganizations = {
  method: "GET",
  path: "/api/v3/list-organizations",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "fetchAll", default: false },
      { name: "withCustomData", default: false },
      { name: "withPost", default: false },
      { name: "tenantId" },
      { name: "status" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-permission-namespace-roles` */
export const listPermissionNamespaceRoles = {
  method: "GET",
  path: "/api/v3/list-permission-namespace-roles",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "code" }, { name: "query" }] },
} satisfies Operation;

/** `GET /api/v3/list-permission-namespaces` */
export const listPermissionNamespaces = {
  method: "GET",
  path: "/api/v3/list-permission-namespaces",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "query" }] },
} satisfies Operation;

/** `POST /api/v3/list-permission-view/data` */
export const listPermissionView = { method: "POST", path: "/api/v3/list-permission-view/data", body: true } satisfies Operation;

/** `GET /api/v3/list-pipeline-functions` */
export const listPipelineFunctions = {
  method: "GET",
  path: "/api/v3/list-pipeline-functions",
  query: { required: true, fields: [{ name: "scene" }] },
} satisfies Operation;

/** `GET /api/v3/list-invitation-policy-user-attributions` */
export const listPolicyUserAttributionDetail = {
  method: "GET",
  path: "/api/v3/list-invitation-policy-user-attributions",
  query: {
    required: true,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "policyId" },
      { name: "withTargetDetail" },
      { name: "withDepartmentExtInfo" },
      { name: "targetType" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-public-accounts` */
export const listPublicAccounts = { method: "POST", path: "/api/v3/list-public-accounts", body: true } satisfies Operation;

/** `GET /api/v3/list-invitation-policy-extends-fields` */
export const listRegisterExtendsFields = {
  method: "GET",
  path: "/api/v3/list-invitation-policy-extends-fields",
  query: { required: true, fields: [{ name: "policyId" }, { name: "rosterId" }] },
} satisfies Operation;

/** `GET /api/v3/list-resources` */
export const listResources = {
  method: "GET",
  path: "/api/v3/list-resources",
  query: { required: false, fields: [{ name: "namespace" }, { name: "type" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `POST /api/v3/list-resource-targets` */
export const listResourceTargets = { method: "POST", path: "/api/v3/list-resource-targets", body: true } satisfies Operation;

/** `GET /api/v3/list-role-assignments` */
export const listRoleAssignments = {
  method: "GET",
  path: "/api/v3/list-role-assignments",
  query: {
    required: true,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "query" },
      { name: "roleCode" },
      { name: "namespaceCode" },
      { name: "targetType" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-role-departments` */
export const listRoleDepartments = {
  method: "GET",
  path: "/api/v3/list-role-departments",
  query: { required: true, fields: [{ name: "code" }, { name: "namespace" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `GET /api/v3/list-role-members` */
export const listRoleMembers = {
  method: "GET",
  path: "/api/v3/list-role-members",
  query: {
    required: true,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
      { name: "code" },
      { name: "namespace" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-roles` */
export const listRoles = {
  method: "GET",
  path: "/api/v3/list-roles",
  query: {
    required: false,
    fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "keywords" }, { name: "namespace", default: "default" }],
  },
} satisfies Operation;

/** `POST /api/v3/metadata/filter` */
export const listRow = { method: "POST", path: "/api/v3/metadata/filter", body: true } satisfies Operation;

/** `GET /api/v3/list-simple-data-policies` */
export const listSimpleDataPolices = {
  method: "GET",
  path: "/api/v3/list-simple-data-policies",
  query: { required: false, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "query" }] },
} satisfies Operation;

/** `GET /api/v3/list-sync-job-logs` */
export const listSyncJobLogs = {
  method: "GET",
  path: "/api/v3/list-sync-job-logs",
  query: {
    required: true,
    fields: [
      { name: "syncJobId" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "success" },
      { name: "action" },
      { name: "objectType" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-sync-jobs` */
export const listSyncJobs = {
  method: "GET",
  path: "/api/v3/list-sync-jobs",
  query: { required: true, fields: [{ name: "syncTaskId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "syncTrigger" }] },
} satisfies Operation;

/** `GET /api/v3/list-sync-risk-operations` */
export const listSyncRiskOperations = {
  method: "GET",
  path: "/api/v3/list-sync-risk-operations",
  query: {
    required: true,
    fields: [{ name: "syncTaskId" }, { name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "status" }, { name: "objectType" }],
  },
} satisfies Operation;

/** `GET /api/v3/list-sync-tasks` */
export const listSyncTasks = {
  method: "GET",
  path: "/api/v3/list-sync-tasks",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-tenant-admin` */
export const listTenantAdmin = { method: "POST", path: "/api/v3/list-tenant-admin", body: true } satisfies Operation;

/** `GET /api/v3/list-tenant-applications` */
export const listTenantApplications = {
  method: "GET",
  path: "/api/v3/list-tenant-applications",
  query: { required: true, fields: [{ name: "page" }, { name: "limit" }, { name: "keywords" }, { name: "sso_enabled", argument: "ssoEnabled" }] },
} satisfies Operation;

/** `GET /api/v3/list-tenant-cooperators` */
export const listTenantCooperators = {
  method: "GET",
  path: "/api/v3/list-tenant-cooperators",
  query: { required: false, fields: [{ name: "keywords" }, { name: "external" }, { name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `GET /api/v3/list-tenant-ext-idp` */
export const listTenantExtIdp = {
  method: "GET",
  path: "/api/v3/list-tenant-ext-idp",
  query: { required: false, fields: [{ name: "tenantId" }, { name: "appId" }, { name: "type" }, { name: "page", default: 1 }, { name: "limit", default: 10 }] },
} satisfies Operation;

/** `GET /api/v3/list-tenants` */
export const listTenants = {
  method: "GET",
  path: "/api/v3/list-tenants",
  query: {
    required: false,
    fields: [
      { name: "keywords" },
      { name: "withMembersCount" },
      { name: "withAppDetail" },
      { name: "withCreatorDetail" },
      { name: "withSourceAppDetail" },
      { name: "page" },
      { name: "limit" },
      { name: "source" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-tenant-users` */
export const listTenantUsers = { method: "POST", path: "/api/v3/list-tenant-users", body: true } satisfies Operation;

/** `GET /api/v3/list-user-base-fields` */
export const listUserBaseFields = {
  method: "GET",
  path: "/api/v3/list-user-base-fields",
  query: {
    required: true,
    fields: [
      { name: "tenantId" },
      { name: "targetType" },
      { name: "dataType" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "userVisible" },
      { name: "adminVisible" },
      { name: "accessControl" },
      { name: "keyword" },
      { name: "lang" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-users` */
export const listUsers = { method: "POST", path: "/api/v3/list-users", body: true } satisfies Operation;

/** `GET /api/v3/list-users` */
export const listUsersLegacy = {
  method: "GET",
  path: "/api/v3/list-users",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "status" },
      { name: "updatedAtStart" },
      { name: "updatedAtEnd" },
      { name: "withCustomData", default: false },
      { name: "withPost", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
      { name: "withUserPasswordExpireTime", default: false },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-webhooks` */
export const listWebhooks = {
  method: "GET",
  path: "/api/v3/list-webhooks",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/list-whitelist` */
export const listWhitelists = { method: "GET", path: "/api/v3/list-whitelist", query: { required: true, fields: [{ name: "type" }] } } satisfies Operation;

/** `GET /api/v3/list-whitelist-of-app` */
export const listWhitelistsOfApp = {
  method: "GET",
  path: "/api/v3/list-whitelist-of-app",
  query: { required: true, fields: [{ name: "type" }, { name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/approval-log-list` */
export const logList = {
  method: "GET",
  path: "/api/v3/approval-log-list",
  query: { required: false, fields: [{ name: "pageNo", default: 1 }, { name: "pageSize", default: 10 }, { name: "objectType" }, { name: "keyword" }] },
} satisfies Operation;

/** `GET /api/v3/approval-pending-list` */
export const pendList = {
  method: "GET",
  path: "/api/v3/approval-pending-list",
  query: { required: false, fields: [{ name: "pageNo", default: 1 }, { name: "pageSize", default: 10 }, { name: "objectType" }, { name: "keyword" }] },
} satisfies Operation;

/** `GET /api/v3/list-post` */
export const postList = {
  method: "GET",
  path: "/api/v3/list-post",
  query: {
    required: false,
    fields: [
      { name: "keywords" },
      { name: "skipCount" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withMetadata" },
      { name: "withCustomData" },
      { name: "flatCustomData", default: false },
      { name: "metadataNoFieldId", default: false },
      { name: "createdAfter" },
      { name: "createdBefore" },
      { name: "updatedAfter" },
      { name: "updatedBefore" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/list-post` */
export const postListBatch = { method: "POST", path: "/api/v3/list-post", body: true } satisfies Operation;

/** `POST /api/v3/preview-email-template` */
export const previewEmailTemplate = { method: "POST", path: "/api/v3/preview-email-template", body: true } satisfies Operation;

/** `PUT /api/v3/approval-process` */
export const processApproval = { method: "PUT", path: "/api/v3/approval-process", body: true } satisfies Operation;

/** `POST /api/v3/pub-userEvent` */
export const pubUserEvent = { method: "POST", path: "/api/v3/pub-userEvent", body: true } satisfies Operation;

/** `GET /api/v3/get-ldap-server-config` */
export const queryLdapConfigInfo = { method: "GET", path: "/api/v3/get-ldap-server-config" } satisfies Operation;

/** `GET /api/v3/get-ldap-server-log` */
export const queryLdapLog = {
  method: "GET",
  path: "/api/v3/get-ldap-server-log",
  query: {
    required: true,
    fields: [
      { name: "type" },
      { name: "connection" },
      { name: "operationNumber" },
      { name: "errorCode" },
      { name: "message" },
      { name: "startTime" },
      { name: "endTime" },
      { name: "page" },
      { name: "limit" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-ldap-sub-entries` */
export const queryLdapSubEntries = {
  method: "GET",
  path: "/api/v3/get-ldap-sub-entries",
  query: { required: true, fields: [{ name: "dn" }, { name: "page" }, { name: "limit" }] },
} satisfies Operation;

/** `POST /api/v3/quick-filter-invitees` */
export const quickFilterInviteeList = { method: "POST", path: "/api/v3/quick-filter-invitees", body: true } satisfies Operation;

/** `POST /api/v3/refresh-application-secret` */
export const refreshApplicationSecret = { method: "POST", path: "/api/v3/refresh-application-secret", body: true } satisfies Operation;

/** `POST /api/v3/batch-reject-universal-invitation-applicant` */
export const reject = { method: "POST", path: "/api/v3/batch-reject-universal-invitation-applicant", body: true } satisfies Operation;

/** `POST /api/v3/metadata/relation-search` */
export const relationSearch = { method: "POST", path: "/api/v3/metadata/relation-search", body: true } satisfies Operation;

/** `POST /api/v3/metadata/remove-field` */
export const remoteField = { method: "POST", path: "/api/v3/metadata/remove-field", body: true } satisfies Operation;

/** `POST /api/v3/remove-device-exclusive-valid-scope-settings` */
export const remove = { method: "POST", path: "/api/v3/remove-device-exclusive-valid-scope-settings", body: true } satisfies Operation;

/** `POST /api/v3/remove-department-members` */
export const removeDepartmentMembers = { method: "POST", path: "/api/v3/remove-department-members", body: true } satisfies Operation;

/** `POST /api/v3/remove-group-members` */
export const removeGroupMembers = { method: "POST", path: "/api/v3/remove-group-members", body: true } satisfies Operation;

/** `POST /api/v3/metadata/remove-model` */
export const removeModel = { method: "POST", path: "/api/v3/metadata/remove-model", body: true } satisfies Operation;

/** `POST /api/v3/metadata/remove-operate` */
export const removeOperate = { method: "POST", path: "/api/v3/metadata/remove-operate", body: true } satisfies Operation;

/** `POST /api/v3/remove-invitation-policy-user-attribution` */
export const removePolicyUserAttribution = { method: "POST", path: "/api/v3/remove-invitation-policy-user-attribution", body: true } satisfies Operation;

/** `POST /api/v3/remove-invitation-policy-user-attributions-batch` */
export const removePolicyUserAttributionsBatch = {
  method: "POST",
  path: "/api/v3/remove-invitation-policy-user-attributions-batch",
  body: true,
} satisfies Operation;

/** `POST /api/v3/remove-post` */
export const removePost = { method: "POST", path: "/api/v3/remove-post", body: true } satisfies Operation;

/** `POST /api/v3/metadata/remove-row-relation` */
export const removeRelationValue = { method: "POST", path: "/api/v3/metadata/remove-row-relation", body: true } satisfies Operation;

/** `POST /api/v3/metadata/remove-row` */
export const removeRow = { method: "POST", path: "/api/v3/metadata/remove-row", body: true } satisfies Operation;

/** `POST /api/v3/remove-tenant-department-members` */
export const removeTenantDepartmentMembers = { method: "POST", path: "/api/v3/remove-tenant-department-members", body: true } satisfies Operation;

/** `POST /api/v3/remove-tenant-users` */
export const removeTenantUsers = { method: "POST", path: "/api/v3/remove-tenant-users", body: true } satisfies Operation;

/** `POST /api/v3/remove-invitation-policy-user-attribution-main-department` */
export const removeUserAttributionMainDepartment = {
  method: "POST",
  path: "/api/v3/remove-invitation-policy-user-attribution-main-department",
  body: true,
} satisfies Operation;

/** `POST /api/v3/reset-user-principal-authentication-info` */
export const resetUserPrincipalAuthenticationInfo = {
  method: "POST",
  path: "/api/v3/reset-user-principal-authentication-info",
  body: true,
} satisfies Operation;

/** `POST /api/v3/resign-public-account-batch` */
export const resignPublicAccountBatch = { method: "POST", path: "/api/v3/resign-public-account-batch", body: true } satisfies Operation;

/** `POST /api/v3/resign-user` */
export const resignUser = { method: "POST", path: "/api/v3/resign-user", body: true } satisfies Operation;

/** `POST /api/v3/resign-user-batch` */
export const resignUserBatch = { method: "POST", path: "/api/v3/resign-user-batch", body: true } satisfies Operation;

/** `POST /api/v3/reupload-pipeline-function` */
export const reuploadPipelineFunction = { method: "POST", path: "/api/v3/reupload-pipeline-function", body: true } satisfies Operation;

/** `POST /api/v3/revert-roster-invitation` */
export const revertRosterInvitation = { method: "POST", path: "/api/v3/revert-roster-invitation", body: true } satisfies Operation;

/** `POST /api/v3/revert-roster-invitation-batch` */
export const revertRosterInvitationBatch = { method: "POST", path: "/api/v3/revert-roster-invitation-batch", body: true } satisfies Operation;

/** `POST /api/v3/review-tenant-enterprise-certification` */
export const reviewTenantEnterpriseCertification = { method: "POST", path: "/api/v3/review-tenant-enterprise-certification", body: true } satisfies Operation;

/** `POST /api/v3/revoke-application-access` */
export const revokeApplicationAccess = { method: "POST", path: "/api/v3/revoke-application-access", body: true } satisfies Operation;

/** `POST /api/v3/revoke-data-policy` */
export const revokeDataPolicy = { method: "POST", path: "/api/v3/revoke-data-policy", body: true } satisfies Operation;

/** `POST /api/v3/revoke-role` */
export const revokeRole = { method: "POST", path: "/api/v3/revoke-role", body: true } satisfies Operation;

/** `POST /api/v3/revoke-role-batch` */
export const revokeRoleBatch = { method: "POST", path: "/api/v3/revoke-role-batch", body: true } satisfies Operation;

/** `POST /api/v3/save-device-exclusive-valid-scope-settings` */
export const saveInvitationPolicies = { method: "POST", path: "/api/v3/save-device-exclusive-valid-scope-settings", body: true } satisfies Operation;

/** `POST /api/v3/enable-ldap-server` */
export const saveLdapConfigInfo = { method: "POST", path: "/api/v3/enable-ldap-server", body: true } satisfies Operation;

/** `GET /api/v3/search-department-members` */
export const searchDepartmentMembers = {
  method: "GET",
  path: "/api/v3/search-department-members",
  query: {
    required: true,
    fields: [
      { name: "organizationCode" },
      { name: "departmentId" },
      { name: "keywords" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "departmentIdType", default: "department_id" },
      { name: "includeChildrenDepartments", default: false },
      { name: "withCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/search-departments` */
export const searchDepartments = { method: "POST", path: "/api/v3/search-departments", body: true } satisfies Operation;

/** `POST /api/v3/search-departments-list` */
export const searchDepartmentsList = { method: "POST", path: "/api/v3/search-departments-list", body: true } satisfies Operation;

/** `GET /api/v3/search-organizations` */
export const searchOrganizations = {
  method: "GET",
  path: "/api/v3/search-organizations",
  query: {
    required: true,
    fields: [
      { name: "keywords" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "tenantId" },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/send-email-batch` */
export const sendEmailBatch = { method: "POST", path: "/api/v3/send-email-batch", body: true } satisfies Operation;

/** `POST /api/v3/send-invite-tenant-user-email` */
export const sendInviteTenantUserEmail = { method: "POST", path: "/api/v3/send-invite-tenant-user-email", body: true } satisfies Operation;

/** `POST /api/v3/send-roster-invitation` */
export const sendRosterInvitation = { method: "POST", path: "/api/v3/send-roster-invitation", body: true } satisfies Operation;

/** `POST /api/v3/send-roster-invitation-batch` */
export const sendRosterInvitationBatch = { method: "POST", path: "/api/v3/send-roster-invitation-batch", body: true } satisfies Operation;

/** `POST /api/v3/send-sms-batch` */
export const sendSmsBatch = { method: "POST", path: "/api/v3/send-sms-batch", body: true } satisfies Operation;

/** `POST /api/v3/set-custom-data` */
export const setCustomData = { method: "POST", path: "/api/v3/set-custom-data", body: true } satisfies Operation;

/** `POST /api/v3/set-custom-fields` */
export const setCustomFields = { method: "POST", path: "/api/v3/set-custom-fields", body: true } satisfies Operation;

/** `POST /api/v3/set-public-account-of-departments` */
export const setPublicAccountOfDepartments = { method: "POST", path: "/api/v3/set-public-account-of-departments", body: true } satisfies Operation;

/** `POST /api/v3/set-public-account-of-post` */
export const setPublicAccountOfnPost = { method: "POST", path: "/api/v3/set-public-account-of-post", body: true } satisfies Operation;

/** `POST /api/v3/set-tenant-admin` */
export const setTenantAdmin = { method: "POST", path: "/api/v3/set-tenant-admin", body: true } satisfies Operation;

/** `POST /api/v3/set-invitation-policy-user-attribution-main-department` */
export const setUserAttributionMainDepartment = {
  method: "POST",
  path: "/api/v3/set-invitation-policy-user-attribution-main-department",
  body: true,
} satisfies Operation;

/** `POST /api/v3/set-user-base-fields` */
export const setUserBaseFields = { method: "POST", path: "/api/v3/set-user-base-fields", body: true } satisfies Operation;

/** `POST /api/v3/set-user-departments` */
export const setUserDepartments = { method: "POST", path: "/api/v3/set-user-departments", body: true } satisfies Operation;

/** `POST /api/v3/set-user-of-public-accounts` */
export const setuserOfPublicAccount = { method: "POST", path: "/api/v3/set-user-of-public-accounts", body: true } satisfies Operation;

/** `POST /api/v3/set-user-posts` */
export const setUserPosts = { method: "POST", path: "/api/v3/set-user-posts", body: true } satisfies Operation;

/** `POST /api/v3/set-mfa-status` */
export const setUsersMfaStatus = { method: "POST", path: "/api/v3/set-mfa-status", body: true, secretFields: ["mfaToken"] } satisfies Operation;

/** `POST /api/v3/suspend-device-by-user` */
export const suspendDevice = { method: "POST", path: "/api/v3/suspend-device-by-user", body: true } satisfies Operation;

/** `POST /api/v3/trigger-sync-risk-operations` */
export const triggerSyncRiskOperations = { method: "POST", path: "/api/v3/trigger-sync-risk-operations", body: true } satisfies Operation;

/** `POST /api/v3/trigger-sync-task` */
export const triggerSyncTask = { method: "POST", path: "/api/v3/trigger-sync-task", body: true } satisfies Operation;

/** `POST /api/v3/trigger-webhook` */
export const triggerWebhook = { method: "POST", path: "/api/v3/trigger-webhook", body: true } satisfies Operation;

/** `POST /api/v3/unassign-asa-account` */
export const unassignAsaAccount = { method: "POST", path: "/api/v3/unassign-asa-account", body: true } satisfies Operation;

/** `POST /api/v3/unbind-public-account-of-post` */
export const unbindPublicAccountOfPost = { method: "POST", path: "/api/v3/unbind-public-account-of-post", body: true } satisfies Operation;

/** `POST /api/v3/unbind-public-account-of-user` */
export const unbindUsersPublicAccount = { method: "POST", path: "/api/v3/unbind-public-account-of-user", body: true } satisfies Operation;

/** `POST /api/v3/unlink-identity` */
export const unlinkIdentity = { method: "POST", path: "/api/v3/unlink-identity", body: true } satisfies Operation;

/** `POST /api/v3/update-access-key` */
export const updateAccessKey = { method: "POST", path: "/api/v3/update-access-key", body: true } satisfies Operation;

/** `POST /api/v3/update-application` */
export const updateApplication = { method: "POST", path: "/api/v3/update-application", body: true } satisfies Operation;

/** `POST /api/v3/update-application-mfa-settings` */
export const updateApplicationMfaSettings = { method: "POST", path: "/api/v3/update-application-mfa-settings", body: true } satisfies Operation;

/** `POST /api/v3/update-application-permission-strategy` */
export const updateApplicationPermissionStrategy = { method: "POST", path: "/api/v3/update-application-permission-strategy", body: true } satisfies Operation;

/** `POST /api/v3/update-asa-account` */
export const updateAsaAccount = { method: "POST", path: "/api/v3/update-asa-account", body: true } satisfies Operation;

/** `POST /api/v3/update-data-policy` */
export const updateDataPolicy = { method: "POST", path: "/api/v3/update-data-policy", body: true } satisfies Operation;

/** `POST /api/v3/update-data-resource` */
export const updateDataResource = { method: "POST", path: "/api/v3/update-data-resource", body: true } satisfies Operation;

/** `POST /api/v3/update-department` */
export const updateDepartment = { method: "POST", path: "/api/v3/update-department", body: true } satisfies Operation;

/** `POST /api/v3/update-dnef` */
export const updateDnef = { method: "POST", path: "/api/v3/update-dnef", body: true } satisfies Operation;

/** `POST /api/v3/update-email-template` */
export const updateEmailTemplate = { method: "POST", path: "/api/v3/update-email-template", body: true } satisfies Operation;

/** `POST /api/v3/update-ext-idp` */
export const updateExtIdp = { method: "POST", path: "/api/v3/update-ext-idp", body: true } satisfies Operation;

/** `POST /api/v3/update-ext-idp-conn` */
export const updateExtIdpConn = { method: "POST", path: "/api/v3/update-ext-idp-conn", body: true } satisfies Operation;

/** `POST /api/v3/metadata/update-field` */
export const updateField = { method: "POST", path: "/api/v3/metadata/update-field", body: true } satisfies Operation;

/** `POST /api/v3/update-global-mfa-settings` */
export const updateGlobalMfaSettings = { method: "POST", path: "/api/v3/update-global-mfa-settings", body: true } satisfies Operation;

/** `POST /api/v3/update-group` */
export const updateGroup = { method: "POST", path: "/api/v3/update-group", body: true } satisfies Operation;

/** `POST /api/v3/update-invitation-policy` */
export const updateInvitationPolicy = { method: "POST", path: "/api/v3/update-invitation-policy", body: true } satisfies Operation;

/** `POST /api/v3/update-invitation-roster` */
export const updateInvitationRoster = { method: "POST", path: "/api/v3/update-invitation-roster", body: true } satisfies Operation;

/** `POST /api/v3/update-invitation-policy-email-template` */
export const updateInviteEmailTemplate = { method: "POST", path: "/api/v3/update-invitation-policy-email-template", body: true } satisfies Operation;

/** `POST /api/v3/update-ldap-server-config` */
export const updateLdapConfigInfo = { method: "POST", path: "/api/v3/update-ldap-server-config", body: true } satisfies Operation;

/** `POST /api/v3/update-login-page-config` */
export const updateLoginPageConfig = { method: "POST", path: "/api/v3/update-login-page-config", body: true } satisfies Operation;

/** `POST /api/v3/metadata/update-model` */
export const updateModel = { method: "POST", path: "/api/v3/metadata/update-model", body: true } satisfies Operation;

/** `POST /api/v3/update-namespace` */
export const updateNamespace = { method: "POST", path: "/api/v3/update-namespace", body: true } satisfies Operation;

/** `POST /api/v3/update-department-status` */
export const updateNodeStatus = { method: "POST", path: "/api/v3/update-department-status", body: true } satisfies Operation;

/** `POST /api/v3/metadata/update-operate` */
export const updateOperate = { method: "POST", path: "/api/v3/metadata/update-operate", body: true } satisfies Operation;

/** `POST /api/v3/update-organization` */
export const updateOrganization = { method: "POST", path: "/api/v3/update-organization", body: true } satisfies Operation;

/** `POST /api/v3/update-organization-status` */
export const updateOrganizationStatus = { method: "POST", path: "/api/v3/update-organization-status", body: true } satisfies Operation;

/** `POST /api/v3/update-permission-namespace` */
export const updatePermissionNamespace = { method: "POST", path: "/api/v3/update-permission-namespace", body: true } satisfies Operation;

/** `POST /api/v3/update-pipeline-function` */
export const updatePipelineFunction = { method: "POST", path: "/api/v3/update-pipeline-function", body: true } satisfies Operation;

/** `POST /api/v3/update-pipeline-order` */
export const updatePipelineOrder = { method: "POST", path: "/api/v3/update-pipeline-order", body: true } satisfies Operation;

/** `POST /api/v3/update-post` */
export const updatePost = { method: "POST", path: "/api/v3/update-post", body: true } satisfies Operation;

/** `POST /api/v3/update-public-account` */
export const updatePublicAccount = { method: "POST", path: "/api/v3/update-public-account", body: true, secretFields: ["password"] } satisfies Operation;

/** `POST /api/v3/update-public-account-batch` */
export const updatePublicAccountBatch = {
  method: "POST",
  path: "/api/v3/update-public-account-batch",
  body: true,
  secretFields: ["password"],
} satisfies Operation;

/** `POST /api/v3/update-invitation-policy-extends-fields` */
export const updateRegisterExtendsFields = { method: "POST", path: "/api/v3/update-invitation-policy-extends-fields", body: true } satisfies Operation;

/** `POST /api/v3/update-resource` */
export const updateResource = { method: "POST", path: "/api/v3/update-resource", body: true } satisfies Operation;

/** `POST /api/v3/update-role` */
export const updateRole = { method: "POST", path: "/api/v3/update-role", body: true } satisfies Operation;

/** `POST /api/v3/metadata/update-row` */
export const updateRow = { method: "POST", path: "/api/v3/metadata/update-row", body: true } satisfies Operation;

/** `POST /api/v3/update-device-exclusive-rule-settings` */
export const updateRuleSettings = { method: "POST", path: "/api/v3/update-device-exclusive-rule-settings", body: true } satisfies Operation;

/** `POST /api/v3/update-security-settings` */
export const updateSecuritySettings = { method: "POST", path: "/api/v3/update-security-settings", body: true } satisfies Operation;

/** `POST /api/v3/update-sync-task` */
export const updateSyncTask = {
  method: "POST",
  path: "/api/v3/update-sync-task",
  body: true,
  secretFields: [
    "aes_key",
    "appKey",
    "appSecret",
    "app_code",
    "app_key",
    "app_secret",
    "bindCredentials",
    "client_secret",
    "encodingAESKey",
    "encrypt_key",
    "entCode",
    "password",
    "permanentCode",
    "privateKey",
    "secret",
    "token",
    "verification_token",
  ],
} satisfies Operation;

/** `POST /api/v3/update-tenant` */
export const updateTenant = { method: "POST", path: "/api/v3/update-tenant", body: true } satisfies Operation;

/** `POST /api/v3/update-tenant-enterprise-certification` */
export const updateTenantEnterpriseCertification = { method: "POST", path: "/api/v3/update-tenant-enterprise-certification", body: true } satisfies Operation;

/** `POST /api/v3/update-userpool-tenant-appqrcode-state` */
export const updateTenantQrCodeState = { method: "POST", path: "/api/v3/update-userpool-tenant-appqrcode-state", body: true } satisfies Operation;

/** `POST /api/v3/update-tenant-user` */
export const updateTenantUser = { method: "POST", path: "/api/v3/update-tenant-user", body: true } satisfies Operation;

/** `POST /api/v3/update-universal-invitation-settings` */
export const updateUniversalInvitation = { method: "POST", path: "/api/v3/update-universal-invitation-settings", body: true } satisfies Operation;

/** `POST /api/v3/update-user` */
export const updateUser = { method: "POST", path: "/api/v3/update-user", body: true, secretFields: ["password"] } satisfies Operation;

/** `POST /api/v3/update-user-batch` */
export const updateUserBatch = { method: "POST", path: "/api/v3/update-user-batch", body: true, secretFields: ["password"] } satisfies Operation;

/** `POST /api/v3/update-userpool-tenant-config` */
export const updateUserPoolTenantConfig = { method: "POST", path: "/api/v3/update-userpool-tenant-config", body: true } satisfies Operation;

/** `POST /api/v3/update-webhook` */
export const updateWebhook = { method: "POST", path: "/api/v3/update-webhook", body: true, secretFields: ["secret"] } satisfies Operation;

/** `POST /api/v3/invitation-invitee/upload` */
export const upload = {
  method: "POST",
  path: "/api/v3/invitation-invitee/upload",
  query: { required: true, positional: true, fields: [{ name: "private", argument: "_private" }] },
} satisfies Operation;

/** `POST /api/v3/user-connection-post` */
export const userConnectionPost = { method: "POST", path: "/api/v3/user-connection-post", body: true } satisfies Operation;

/** `POST /api/v3/users/field/decrypt` */
export const userFieldDecrypt = { method: "POST", path: "/api/v3/users/field/decrypt", body: true, secretFields: ["privateKey"] } satisfies Operation;

/** `GET /api/v3/userpool-tenant-config` */
export const userpollTenantConfig = { method: "GET", path: "/api/v3/userpool-tenant-config" } satisfies Operation;

/** `POST /api/v3/pub-event` */
export const verifyEvent = { method: "POST", path: "/api/v3/pub-event", body: true } satisfies Operation;

/** Every spec operation, by SDK method name. */
export const operations = {
  add,
  addDepartmentMembers,
  addDevice,
  addGroupMembers,
  addPolicyUserAttribution,
  addPolicyUserAttributionsBatch,
  addRiskListPolicy,
  addTenantDepartmentMembers,
  addTenantUsers,
  addUser,
  addWhitelist,
  addWhitelistOfApp,
  approval,
  assignAsaAccount,
  assignRole,
  assignRoleBatch,
  associateTenantResource,
  authorizeApplicationAccess,
  authorizeDataPolicies,
  authorizeResources,
  batchBindPolicy,
  batchCreateDnef,
  batchDeleteCommonResource,
  batchDeleteInvitationPolicies,
  batchProcessApproval,
  batchUnbindPolicy,
  bindPublicAccountOfRoles,
  bindUsersPublicAccount,
  cancelSyncRiskOperation,
  capture,
  changeExtIdpConnAssociationState,
  changeExtIdpConnState,
  changeIntoPublicAccount,
  changeUserpoolTenanExtIdpConnState,
  checkDataPolicyExists,
  checkDataResourceExists,
  checkDomainAvailable,
  checkExternalUserPermission,
  checkMutualExclusion,
  checkParamsNamespace,
  checkPermission,
  checkPermissionNamespaceExists,
  checkSessionStatus,
  checkUserSameLevelPermission,
  closedList,
  closeGlobalMfaSettings,
  configEmailProvider,
  copyInvitationPolicyById,
  copyOperate,
  copyRowRelation,
  createAccessKey,
  createAdminRole,
  createApplication,
  createAsaAccount,
  createAsaAccountBatch,
  createDataPolicy,
  createDataResource,
  createDataResourceByArray,
  createDataResourceByString,
  createDataResourceByTree,
  createDepartment,
  createDepartmentTree,
  createDevice,
  createDnef,
  createEventApp,
  createExtIdp,
  createExtIdpConn,
  createField,
  createGroup,
  createGroupsBatch,
  createInvitationPolicy,
  createInvitationRoster,
  createModel,
  createMultipleTenantAdmin,
  createNamespace,
  createNamespacesBatch,
  createOperate,
  createOrganization,
  createOrUpdateGroup,
  createPermissionNamespace,
  createPermissionNamespacesBatch,
  createPipelineFunction,
  createPost,
  createPublicAccount,
  createPublicAccountsBatch,
  createResource,
  createResourcesBatch,
  createRole,
  createRolesBatch,
  createRow,
  createRowRelation,
  createSyncTask,
  createTenant,
  createTenantCooperator,
  createTenantEnterpriseCertification,
  createTenantUser,
  createUser,
  createUsersBatch,
  createVerifyDevice,
  createWebhook,
  defineEvent,
  deleteAccessKey,
  deleteAdminRolesBatch,
  deleteApplication,
  deleteAsaAccount,
  deleteAsaAccountBatch,
  deleteAuth,
  deleteById,
  deleteCustomFields,
  deleteDataPolicy,
  deleteDataResource,
  deleteDepartment,
  deleteDepartmentSyncRelations,
  deleteDevice,
  deleteDnef,
  deleteExtIdp,
  deleteExtIdpConn,
  deleteGroupsBatch,
  deleteInvitationRoster,
  deleteInvitationRosterBatch,
  deleteInvitees,
  deleteNamespace,
  deleteNamespacesBatch,
  deleteOrganization,
  deletePermissionNamespace,
  deletePermissionNamespacesBatch,
  deletePipelineFunction,
  deletePublicAccountsBatch,
  deleteResource,
  deleteResourcesBatch,
  deleteRiskListPolicyById,
  deleteRoles,
  deleteRolesBatch,
  deleteTenant,
  deleteTenantAdmin,
  deleteTenantUser,
  deleteUserListById,
  deleteUsersBatch,
  deleteUserSyncRelations,
  deleteWebhook,
  deleteWhitelist,
  deleteWhitelistOfApp,
  detailAuthSubject,
  disableDevice,
  disableLdapServer,
  enabledAuth,
  enableDevice,
  executeOperate,
  exportMetadata,
  exportModel,
  exportUsers,
  extIdpConnStateByApps,
  filter,
  filterUsers,
  findAppLists,
  findIpList,
  findLastLoginAppsByDeviceIds,
  findLastLoginAppsByDeviceIdsV2,
  findRiskListPolicy,
  findUserList,
  generateInviteTenantUserLink,
  generateUniversalInvitation,
  getAccessKey,
  getAccessKeyList,
  getAdminAuditLogs,
  getAllDepartments,
  getAllGroups,
  getAllMetadata,
  getAllMetadataRow,
  getAllRightsItem,
  getAllValidScopeSettings,
  getAllWhiteListSettings,
  getApplication,
  getApplicationPermissionStrategy,
  getApplicationSecret,
  getApplicationSimpleInfo,
  getAsaAccount,
  getAsaAccountAssignedTargets,
  getAsaAccountBatch,
  getAssignedAccount,
  getAuthorizedResources,
  getBindPwd,
  getCurrentPackageInfo,
  getCustomData,
  getCustomFields,
  getDataPolicy,
  getDataResource,
  getDepartment,
  getDepartmentAllApp,
  getDepartmentById,
  getDepartmentSyncRelations,
  getDetail,
  getDeviceStatus,
  getEmailProvider,
  getEmailTemplates,
  getExternalUserResourceStruct,
  getExtIdp,
  getGlobalMfaSettings,
  getGroup,
  getGroupAuthorizedResources,
  getGroupsOfPublicAccount,
  getImportTemplate,
  getInvitationRoster,
  getInviteEmailTemplate,
  getMauPeriodUsageHistory,
  getMetadataGroupList,
  getMfaTriggerData,
  getModel,
  getMultipleTenantAdmin,
  getNamespace,
  getNamespacesBatch,
  getOrderDetail,
  getOrderPayDetail,
  getOrders,
  getOrganization,
  getOrganizationsBatch,
  getOtpSecretByUser,
  getParentDepartment,
  getPermissionNamespace,
  getPermissionNamespacesBatch,
  getPipelineFunction,
  getPipelineLogs,
  getPolicyDetailById,
  getPolicyUserAttributionDetail,
  getPost,
  getPostById,
  getPostOfPublicUser,
  getPublicAccount,
  getPublicAccountBatch,
  getPublicAccountDepartments,
  getPublicAccountOfGroups,
  getPublicAccountRoles,
  getPublicAccountsOfDepartment,
  getPublicAccountsOfGroup,
  getPublicAccountsOfPost,
  getPublicAccountsOfRole,
  getPublicAccountsOfUser,
  getRelationDetails,
  getRelationInfo,
  getRelationValue,
  getResource,
  getResourceAuthorizedTargets,
  getResourcesBatch,
  getRole,
  getRoleAuthorizedResources,
  getRow,
  getRowBatch,
  getRowByValue,
  getRuleSettings,
  getSecuritySettings,
  getSyncJob,
  getSyncTask,
  getTenant,
  getTenantByCode,
  getTenantCooperator,
  getTenantCooperatorMenu,
  getTenantEnterpriseCertification,
  getTenantLittleInfo,
  getTenantUser,
  getUniversalInvitation,
  getUsageInfo,
  getUser,
  getUserAccessibleApps,
  getUserActionLogs,
  getUserAttributionMainDepartment,
  getUserAuthorizedApps,
  getUserAuthorizedResources,
  getUserBaseFields,
  getUserBatch,
  getUserDepartments,
  getUserEncryptPasswordBatch,
  getUserGroups,
  getUserIdentities,
  getUserLoggedinApps,
  getUserLoggedinIdentities,
  getUserLoginHistory,
  getUserMfaInfo,
  getUserMfaStatus,
  getUserPasswordCiphertext,
  getUserPermissionList,
  getUserPost,
  getUserPosts,
  getUserPrincipalAuthenticationInfo,
  getUserResourcePermissionList,
  getUserResourceStruct,
  getUserRoles,
  getUsersOfPublicAccount,
  getUserSyncRelations,
  getVerifyConfigApp,
  getWebhook,
  getWebhookEventList,
  getWebhookLogs,
  getWechatMpAccessTokenInfo,
  hasAnyRole,
  importMetadata,
  importModel,
  importOtp,
  importTemplate,
  importTenant,
  importTenantHistory,
  importTenantNotifyUser,
  importUsers,
  isActionAllowed,
  isUserExists,
  isUserInDepartment,
  kickPublicAccounts,
  kickUsers,
  linkIdentity,
  listApplicationActiveUsers,
  listApplications,
  listApplicationSimpleInfo,
  listArchivedUsers,
  listAsaAccount,
  listAuthApplication,
  listAuthSubject,
  listChildrenDepartments,
  listCommonResource,
  listCustFields,
  listDataPolices,
  listDataPolicyTargets,
  listDataResources,
  listDepartmentMemberIds,
  listDepartmentMembers,
  listDnef,
  listEventApps,
  listEvents,
  listExtIdp,
  listField,
  listGroupMembers,
  listGroups,
  listInvitationPolicies,
  listInvitationRoster,
  listInvitationRostersByNonPolicyId,
  listInvitationRostersByPolicyId,
  listInviteTennatUserRecords,
  listModel,
  listMultipleTenantAdmin,
  listNamespaceRoles,
  listNamespaces,
  listOperate,
  listOperateAll,
  listOrganizations,
  listPermissionNamespaceRoles,
  listPermissionNamespaces,
  listPermissionView,
  listPipelineFunctions,
  listPolicyUserAttributionDetail,
  listPublicAccounts,
  listRegisterExtendsFields,
  listResources,
  listResourceTargets,
  listRoleAssignments,
  listRoleDepartments,
  listRoleMembers,
  listRoles,
  listRow,
  listSimpleDataPolices,
  listSyncJobLogs,
  listSyncJobs,
  listSyncRiskOperations,
  listSyncTasks,
  listTenantAdmin,
  listTenantApplications,
  listTenantCooperators,
  listTenantExtIdp,
  listTenants,
  listTenantUsers,
  listUserBaseFields,
  listUsers,
  listUsersLegacy,
  listWebhooks,
  listWhitelists,
  listWhitelistsOfApp,
  logList,
  pendList,
  postList,
  postListBatch,
  previewEmailTemplate,
  processApproval,
  pubUserEvent,
  queryLdapConfigInfo,
  queryLdapLog,
  queryLdapSubEntries,
  quickFilterInviteeList,
  refreshApplicationSecret,
  reject,
  relationSearch,
  remoteField,
  remove,
  removeDepartmentMembers,
  removeGroupMembers,
  removeModel,
  removeOperate,
  removePolicyUserAttribution,
  removePolicyUserAttributionsBatch,
  removePost,
  removeRelationValue,
  removeRow,
  removeTenantDepartmentMembers,
  removeTenantUsers,
  removeUserAttributionMainDepartment,
  resetUserPrincipalAuthenticationInfo,
  resignPublicAccountBatch,
  resignUser,
  resignUserBatch,
  reuploadPipelineFunction,
  revertRosterInvitation,
  revertRosterInvitationBatch,
  reviewTenantEnterpriseCertification,
  revokeApplicationAccess,
  revokeDataPolicy,
  revokeRole,
  revokeRoleBatch,
  saveInvitationPolicies,
  saveLdapConfigInfo,
  searchDepartmentMembers,
  searchDepartments,
  searchDepartmentsList,
  searchOrganizations,
  sendEmailBatch,
  sendInviteTenantUserEmail,
  sendRosterInvitation,
  sendRosterInvitationBatch,
  sendSmsBatch,
  setCustomData,
  setCustomFields,
  setPublicAccountOfDepartments,
  setPublicAccountOfnPost,
  setTenantAdmin,
  setUserAttributionMainDepartment,
  setUserBaseFields,
  setUserDepartments,
  setuserOfPublicAccount,
  setUserPosts,
  setUsersMfaStatus,
  suspendDevice,
  triggerSyncRiskOperations,
  triggerSyncTask,
  triggerWebhook,
  unassignAsaAccount,
  unbindPublicAccountOfPost,
  unbindUsersPublicAccount,
  unlinkIdentity,
  updateAccessKey,
  updateApplication,
  updateApplicationMfaSettings,
  updateApplicationPermissionStrategy,
  updateAsaAccount,
  updateDataPolicy,
  updateDataResource,
  updateDepartment,
  updateDnef,
  updateEmailTemplate,
  updateExtIdp,
  updateExtIdpConn,
  updateField,
  updateGlobalMfaSettings,
  updateGroup,
  updateInvitationPolicy,
  updateInvitationRoster,
  updateInviteEmailTemplate,
  updateLdapConfigInfo,
  updateLoginPageConfig,
  updateModel,
  updateNamespace,
  updateNodeStatus,
  updateOperate,
  updateOrganization,
  updateOrganizationStatus,
  updatePermissionNamespace,
  updatePipelineFunction,
  updatePipelineOrder,
  updatePost,
  updatePublicAccount,
  updatePublicAccountBatch,
  updateRegisterExtendsFields,
  updateResource,
  updateRole,
  updateRow,
  updateRuleSettings,
  updateSecuritySettings,
  updateSyncTask,
  updateTenant,
  updateTenantEnterpriseCertification,
  updateTenantQrCodeState,
  updateTenantUser,
  updateUniversalInvitation,
  updateUser,
  updateUserBatch,
  updateUserPoolTenantConfig,
  updateWebhook,
  upload,
  userConnectionPost,
  userFieldDecrypt,
  userpollTenantConfig,
  verifyEvent,
};

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
