// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
import type { components } from "./openapi.js";

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = components["schemas"]["GenAuthEnvelope"];

/**
 * The envelope of a failed call: `statusCode` is not 200 and there is no `data`.
 */
export type GenAuthErrorEnvelope = components["schemas"]["GenAuthErrorEnvelope"];

/**
 * Part of `ListResourceTargetsDtoResp.actionAuthList`.
 */
export type ActionAuth = components["schemas"]["ActionAuth"];

/**
 * Request body of `addDepartmentMembers`.
 */
export type AddDepartmentMembersReqDto = components["schemas"]["AddDepartmentMembersReqDto"];

/**
 * Request body of `addGroupMembers`.
 */
export type AddGroupMembersReqDto = components["schemas"]["AddGroupMembersReqDto"];

/**
 * Request body of `addPolicyUserAttribution`.
 */
export type AddInvitationPolicyUserAttributionDto = components["schemas"]["AddInvitationPolicyUserAttributionDto"];

/**
 * Request body of `addPolicyUserAttributionsBatch`.
 */
export type AddInvitationPolicyUserAttributionsBatchDto = components["schemas"]["AddInvitationPolicyUserAttributionsBatchDto"];

/**
 * Request body of `addTenantDepartmentMembers`.
 */
export type AddTenantDepartmentMembersReqDto = components["schemas"]["AddTenantDepartmentMembersReqDto"];

/**
 * Request body of `addTenantUsers`.
 */
export type AddTenantUsersDto = components["schemas"]["AddTenantUsersDto"];

/**
 * Request body of `addWhitelist`.
 */
export type AddWhitelistDto = components["schemas"]["AddWhitelistDto"];

/**
 * Request body of `addWhitelistOfApp`.
 */
export type AddWhitelistOfAppDto = components["schemas"]["AddWhitelistOfAppDto"];

/**
 * Part of `AdminAuditLogRespData.list`.
 */
export type AdminAuditLogDto = components["schemas"]["AdminAuditLogDto"];

/**
 * Part of `AdminAuditLogRespDto.data`.
 */
export type AdminAuditLogRespData = components["schemas"]["AdminAuditLogRespData"];

/**
 * What `getAdminAuditLogs` answers.
 */
export type AdminAuditLogRespDto = components["schemas"]["AdminAuditLogRespDto"];

/**
 * Part of `EmailProviderDto.aliExmailConfig`.
 */
export type AliExmailEmailProviderConfig = components["schemas"]["AliExmailEmailProviderConfig"];

/**
 * Part of `ConfigEmailProviderDto.aliExmailConfig`.
 */
export type AliExmailEmailProviderConfigInput = components["schemas"]["AliExmailEmailProviderConfigInput"];

/**
 * Part of `TriggerWebhookData.response`.
 */
export type Any = components["schemas"]["Any"];

/**
 * Part of `AppListRespDto.data`.
 */
export type AppDto = components["schemas"]["AppDto"];

/**
 * What `getUserAccessibleApps` and `getUserAuthorizedApps` answer.
 */
export type AppListRespDto = components["schemas"]["AppListRespDto"];

/**
 * Part of `ExtendsFieldDto.validateRules` and `UpdateExtendsFieldDto.validateRules`.
 */
export type AppValidateRuleDto = components["schemas"]["AppValidateRuleDto"];

/**
 * Part of `ApplicationBrandingConfig.agreements`.
 */
export type ApplicationAgreementDto = components["schemas"]["ApplicationAgreementDto"];

/**
 * Part of `ApplicationDto.brandingConfig` and `CreateApplicationRespDataDto.brandingConfig`.
 */
export type ApplicationBrandingConfig = components["schemas"]["ApplicationBrandingConfig"];

/**
 * Part of `CreateApplicationDto.brandingConfig` and `UpdateApplicationDto.brandingConfig`.
 */
export type ApplicationBrandingConfigInputDto = components["schemas"]["ApplicationBrandingConfigInputDto"];

/**
 * Part of `ApplicationLoginConfigDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethod = components["schemas"]["ApplicationDefaultLoginMethod"];

/**
 * Part of `ApplicationLoginConfigInputDto.defaultLoginMethod` and `UpdateApplicationLoginConfigInputDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethodInput = components["schemas"]["ApplicationDefaultLoginMethodInput"];

/**
 * What `getVerifyConfigApp` answers.
 */
export type ApplicationDto = components["schemas"]["ApplicationDto"];

/**
 * Part of `ApplicationLoginConfigDto.enabledExtIdpConns`.
 */
export type ApplicationEnabledExtIdpConnDto = components["schemas"]["ApplicationEnabledExtIdpConnDto"];

/**
 * Part of `ApplicationLoginConfigInputDto.enabledExtIdpConnIds`.
 */
export type ApplicationEnabledExtIdpConnInputDto = components["schemas"]["ApplicationEnabledExtIdpConnInputDto"];

/**
 * Part of `ApplicationDto.loginConfig`, `CreateApplicationRespDataDto.loginConfig` and `UserPoolTenantConfigDto.loginConfig`.
 */
export type ApplicationLoginConfigDto = components["schemas"]["ApplicationLoginConfigDto"];

/**
 * Part of `CreateApplicationDto.loginConfig`.
 */
export type ApplicationLoginConfigInputDto = components["schemas"]["ApplicationLoginConfigInputDto"];

/**
 * Part of `GetMfaInfoDataDto.applicationMfa`.
 */
export type ApplicationMfaDto = components["schemas"]["ApplicationMfaDto"];

/**
 * Part of `ApplicationPaginatedRespDto.data`.
 */
export type ApplicationPaginatedDataDto = components["schemas"]["ApplicationPaginatedDataDto"];

/**
 * What `listApplications` answers.
 */
export type ApplicationPaginatedRespDto = components["schemas"]["ApplicationPaginatedRespDto"];

/**
 * Part of `ApprovalDetailDto.approvalObjectList`.
 */
export type ApplicationPermissionApplyApprovalObject = components["schemas"]["ApplicationPermissionApplyApprovalObject"];

/**
 * Part of `AuthorizeApplicationAccessDto.list`.
 */
export type ApplicationPermissionRecordItem = components["schemas"]["ApplicationPermissionRecordItem"];

/**
 * Part of `ApplicationDto.registerConfig` and `CreateApplicationRespDataDto.registerConfig`.
 */
export type ApplicationRegisterConfig = components["schemas"]["ApplicationRegisterConfig"];

/**
 * Part of `CreateApplicationDto.registerConfig` and `UpdateApplicationDto.registerConfig`.
 */
export type ApplicationRegisterConfigInputDto = components["schemas"]["ApplicationRegisterConfigInputDto"];

/**
 * Part of `ApplicationSimpleInfoPaginatedDataDto.list` and `ApplicationSimpleInfoSingleRespDto.data`.
 */
export type ApplicationSimpleInfoDto = components["schemas"]["ApplicationSimpleInfoDto"];

/**
 * Part of `ApplicationSimpleInfoPaginatedRespDto.data`.
 */
export type ApplicationSimpleInfoPaginatedDataDto = components["schemas"]["ApplicationSimpleInfoPaginatedDataDto"];

/**
 * What `listApplicationSimpleInfo` answers.
 */
export type ApplicationSimpleInfoPaginatedRespDto = components["schemas"]["ApplicationSimpleInfoPaginatedRespDto"];

/**
 * What `getApplicationSimpleInfo` answers.
 */
export type ApplicationSimpleInfoSingleRespDto = components["schemas"]["ApplicationSimpleInfoSingleRespDto"];

/**
 * What `getApplication` answers.
 */
export type ApplicationSingleRespDto = components["schemas"]["ApplicationSingleRespDto"];

/**
 * Part of `UpdateLoginConfig.tabMethodsSortConfig` and `UpdateLoginConfig.qrCodeSortConfig`.
 */
export type ApplicationTabMethodsSortConfigDto = components["schemas"]["ApplicationTabMethodsSortConfigDto"];

/**
 * Request body of `batchProcessApproval`.
 */
export type ApprovalBatchProcessReq = components["schemas"]["ApprovalBatchProcessReq"];

/**
 * Part of `ApprovalDetailRes.data` and `ApprovalPageList.list`.
 */
export type ApprovalDetailDto = components["schemas"]["ApprovalDetailDto"];

/**
 * What `getDetail` answers.
 */
export type ApprovalDetailRes = components["schemas"]["ApprovalDetailRes"];

/**
 * What `pendList`, `closedList` and `logList` answer.
 */
export type ApprovalListRes = components["schemas"]["ApprovalListRes"];

/**
 * Part of `ApprovalListRes.data`.
 */
export type ApprovalPageList = components["schemas"]["ApprovalPageList"];

/**
 * Request body of `processApproval`.
 */
export type ApprovalProcessReq = components["schemas"]["ApprovalProcessReq"];

/**
 * Request body of `approval` and `reject`.
 */
export type ApprovalUniversalInvitationApplicantDto = components["schemas"]["ApprovalUniversalInvitationApplicantDto"];

/**
 * Part of `ListArchivedUsersSingleRespDto.data`.
 */
export type ArchivedUsersListPagingDto = components["schemas"]["ArchivedUsersListPagingDto"];

/**
 * Part of `GetExternalUserResourceStructDataDto.arrResourceAuthAction` and `GetUserResourceStructDataDto.arrResourceAuthAction`.
 */
export type ArrResourceAuthAction = components["schemas"]["ArrResourceAuthAction"];

/**
 * Part of `OpenResource.arrAuthorize`.
 */
export type ArrayAuthorize = components["schemas"]["ArrayAuthorize"];

/**
 * Part of `AsaAccountListRespDto.data`, `AsaAccountPaginatedDataDto.list` and `AsaAccountSingleNullableRespDto.data` and others.
 */
export type AsaAccountDto = components["schemas"]["AsaAccountDto"];

/**
 * What `getAsaAccountBatch` answers.
 */
export type AsaAccountListRespDto = components["schemas"]["AsaAccountListRespDto"];

/**
 * Part of `AsaAccountPaginatedRespDto.data`.
 */
export type AsaAccountPaginatedDataDto = components["schemas"]["AsaAccountPaginatedDataDto"];

/**
 * What `listAsaAccount` answers.
 */
export type AsaAccountPaginatedRespDto = components["schemas"]["AsaAccountPaginatedRespDto"];

/**
 * What `getAssignedAccount` answers.
 */
export type AsaAccountSingleNullableRespDto = components["schemas"]["AsaAccountSingleNullableRespDto"];

/**
 * What `createAsaAccount`, `updateAsaAccount` and `getAsaAccount` answer.
 */
export type AsaAccountSingleRespDto = components["schemas"]["AsaAccountSingleRespDto"];

/**
 * Part of `GetAsaAccountAssignedTargetDataDto.list`.
 */
export type AsaAccountTargetDto = components["schemas"]["AsaAccountTargetDto"];

/**
 * Part of `AssignAsaAccountsDto.targets`.
 */
export type AssignAsaAccountItem = components["schemas"]["AssignAsaAccountItem"];

/**
 * Request body of `assignAsaAccount` and `unassignAsaAccount`.
 */
export type AssignAsaAccountsDto = components["schemas"]["AssignAsaAccountsDto"];

/**
 * Request body of `assignRoleBatch`.
 */
export type AssignRoleBatchDto = components["schemas"]["AssignRoleBatchDto"];

/**
 * Request body of `assignRole`.
 */
export type AssignRoleDto = components["schemas"]["AssignRoleDto"];

/**
 * Request body of `associateTenantResource`.
 */
export type AssociateTenantResourceDto = components["schemas"]["AssociateTenantResourceDto"];

/**
 * Part of `CheckExternalUserPermissionDto.authEnvParams`, `CheckPermissionDto.authEnvParams` and `CheckUserSameLevelPermissionDto.authEnvParams`.
 */
export type AuthEnvParams = components["schemas"]["AuthEnvParams"];

/**
 * Request body of `authorizeApplicationAccess`.
 */
export type AuthorizeApplicationAccessDto = components["schemas"]["AuthorizeApplicationAccessDto"];

/**
 * Part of `AuthorizeResourcesDto.list`.
 */
export type AuthorizeResourceItem = components["schemas"]["AuthorizeResourceItem"];

/**
 * Request body of `authorizeResources`.
 */
export type AuthorizeResourcesDto = components["schemas"]["AuthorizeResourcesDto"];

/**
 * Part of `AuthorizedResourceListRespDto.data` and `AuthorizedResourcePagingDto.list`.
 */
export type AuthorizedResourceDto = components["schemas"]["AuthorizedResourceDto"];

/**
 * What `getGroupAuthorizedResources` answers.
 */
export type AuthorizedResourceListRespDto = components["schemas"]["AuthorizedResourceListRespDto"];

/**
 * What `getUserAuthorizedResources` and `getAuthorizedResources` answer.
 */
export type AuthorizedResourcePaginatedRespDto = components["schemas"]["AuthorizedResourcePaginatedRespDto"];

/**
 * Part of `AuthorizedResourcePaginatedRespDto.data`.
 */
export type AuthorizedResourcePagingDto = components["schemas"]["AuthorizedResourcePagingDto"];

/**
 * Request body of `batchBindPolicy`.
 */
export type BatchBindPolicy = components["schemas"]["BatchBindPolicy"];

/**
 * Request body of `batchCreateDnef`.
 */
export type BatchCreateDnefReq = components["schemas"]["BatchCreateDnefReq"];

/**
 * Request body of `batchUnbindPolicy`.
 */
export type BatchUnbindPolicy = components["schemas"]["BatchUnbindPolicy"];

/**
 * Request body of `cancelSyncRiskOperation`.
 */
export type CancelSyncRiskOperationDto = components["schemas"]["CancelSyncRiskOperationDto"];

/**
 * Part of `CancelSyncRiskOperationsRespDto.data`.
 */
export type CancelSyncRiskOperationsDataDto = components["schemas"]["CancelSyncRiskOperationsDataDto"];

/**
 * What `cancelSyncRiskOperation` answers.
 */
export type CancelSyncRiskOperationsRespDto = components["schemas"]["CancelSyncRiskOperationsRespDto"];

/**
 * Part of `ApplicationDto.casConfig`, `CreateApplicationDto.casConfig` and `CreateApplicationRespDataDto.casConfig` and others.
 */
export type CasIdPConfig = components["schemas"]["CasIdPConfig"];

/**
 * Part of `RowDto.cellList`.
 */
export type CellDto = components["schemas"]["CellDto"];

/**
 * Part of `SecuritySettingsDto.changeEmailStrategy` and `UpdateSecuritySettingsDto.changeEmailStrategy`.
 */
export type ChangeEmailStrategyDto = components["schemas"]["ChangeEmailStrategyDto"];

/**
 * Request body of `changeExtIdpConnAssociationState`.
 */
export type ChangeExtIdpAssociationStateDto = components["schemas"]["ChangeExtIdpAssociationStateDto"];

/**
 * Request body of `changeExtIdpConnState`.
 */
export type ChangeExtIdpConnStateDto = components["schemas"]["ChangeExtIdpConnStateDto"];

/**
 * Part of `SecuritySettingsDto.changePhoneStrategy` and `UpdateSecuritySettingsDto.changePhoneStrategy`.
 */
export type ChangePhoneStrategyDto = components["schemas"]["ChangePhoneStrategyDto"];

/**
 * Request body of `changeUserpoolTenanExtIdpConnState`.
 */
export type ChangeUserPoolTenantExtIdpConnDto = components["schemas"]["ChangeUserPoolTenantExtIdpConnDto"];

/**
 * Request body of `checkDomainAvailable`.
 */
export type CheckDomainAvailable = components["schemas"]["CheckDomainAvailable"];

/**
 * Part of `CheckDomainAvailableSecretRespDto.data`.
 */
export type CheckDomainAvailableDataDto = components["schemas"]["CheckDomainAvailableDataDto"];

/**
 * What `checkDomainAvailable` answers.
 */
export type CheckDomainAvailableSecretRespDto = components["schemas"]["CheckDomainAvailableSecretRespDto"];

/**
 * Part of `CheckExternalUserPermissionRespDto.data`.
 */
export type CheckExternalUserPermissionDataDto = components["schemas"]["CheckExternalUserPermissionDataDto"];

/**
 * Request body of `checkExternalUserPermission`.
 */
export type CheckExternalUserPermissionDto = components["schemas"]["CheckExternalUserPermissionDto"];

/**
 * What `checkExternalUserPermission` answers.
 */
export type CheckExternalUserPermissionRespDto = components["schemas"]["CheckExternalUserPermissionRespDto"];

/**
 * Part of `CheckExternalUserPermissionDataDto.checkResultList`.
 */
export type CheckExternalUserPermissionsRespDto = components["schemas"]["CheckExternalUserPermissionsRespDto"];

/**
 * Part of `CheckParamsDataPolicyResponseDto.data`.
 */
export type CheckParamsDataPolicyRespDto = components["schemas"]["CheckParamsDataPolicyRespDto"];

/**
 * What `checkDataPolicyExists` answers.
 */
export type CheckParamsDataPolicyResponseDto = components["schemas"]["CheckParamsDataPolicyResponseDto"];

/**
 * Part of `CheckParamsDataResourceResponseDto.data`.
 */
export type CheckParamsDataResourceRespDto = components["schemas"]["CheckParamsDataResourceRespDto"];

/**
 * What `checkDataResourceExists` answers.
 */
export type CheckParamsDataResourceResponseDto = components["schemas"]["CheckParamsDataResourceResponseDto"];

/**
 * Part of `CheckPermissionRespDto.data`.
 */
export type CheckPermissionDataDto = components["schemas"]["CheckPermissionDataDto"];

/**
 * Request body of `checkPermission`.
 */
export type CheckPermissionDto = components["schemas"]["CheckPermissionDto"];

/**
 * Request body of `checkPermissionNamespaceExists`.
 */
export type CheckPermissionNamespaceExistsDto = components["schemas"]["CheckPermissionNamespaceExistsDto"];

/**
 * Part of `PermissionNamespaceCheckExistsRespDto.data`.
 */
export type CheckPermissionNamespaceExistsRespDto = components["schemas"]["CheckPermissionNamespaceExistsRespDto"];

/**
 * What `checkPermission` answers.
 */
export type CheckPermissionRespDto = components["schemas"]["CheckPermissionRespDto"];

/**
 * Part of `CheckPermissionDataDto.checkResultList`.
 */
export type CheckPermissionsRespDto = components["schemas"]["CheckPermissionsRespDto"];

/**
 * Request body of `checkMutualExclusion`.
 */
export type CheckRoleMutualExclusionReqDto = components["schemas"]["CheckRoleMutualExclusionReqDto"];

/**
 * What `checkMutualExclusion` answers.
 */
export type CheckRoleMutualExclusionRespDto = components["schemas"]["CheckRoleMutualExclusionRespDto"];

/**
 * Part of `CheckRoleMutualExclusionRespDto.data`.
 */
export type CheckRoleMutualExclusionResultDto = components["schemas"]["CheckRoleMutualExclusionResultDto"];

/**
 * Request body of `checkParamsNamespace`.
 */
export type CheckRoleParamsDto = components["schemas"]["CheckRoleParamsDto"];

/**
 * Part of `RoleCheckParamsRespDto.data`.
 */
export type CheckRoleParamsRespDto = components["schemas"]["CheckRoleParamsRespDto"];

/**
 * Part of `CheckSessionStatusRespDto.data`.
 */
export type CheckSessionStatusDataDto = components["schemas"]["CheckSessionStatusDataDto"];

/**
 * Request body of `checkSessionStatus`.
 */
export type CheckSessionStatusDto = components["schemas"]["CheckSessionStatusDto"];

/**
 * What `checkSessionStatus` answers.
 */
export type CheckSessionStatusRespDto = components["schemas"]["CheckSessionStatusRespDto"];

/**
 * Part of `CheckUserSameLevelPermissionResponseDto.data`.
 */
export type CheckUserSameLevelPermissionDataDto = components["schemas"]["CheckUserSameLevelPermissionDataDto"];

/**
 * Request body of `checkUserSameLevelPermission`.
 */
export type CheckUserSameLevelPermissionDto = components["schemas"]["CheckUserSameLevelPermissionDto"];

/**
 * Part of `CheckUserSameLevelPermissionDataDto.checkLevelResultList`.
 */
export type CheckUserSameLevelPermissionRespDto = components["schemas"]["CheckUserSameLevelPermissionRespDto"];

/**
 * What `checkUserSameLevelPermission` answers.
 */
export type CheckUserSameLevelPermissionResponseDto = components["schemas"]["CheckUserSameLevelPermissionResponseDto"];

/**
 * Part of `CombineFiltersBaseDto.filters`.
 */
export type CombineFilterItemDto = components["schemas"]["CombineFilterItemDto"];

/**
 * Part of `ListInvitationRosterByPolicyIdDto.filter`, `ListInvitationRosterDto.filter` and `ListInvitationUserDto.filter` and others.
 */
export type CombineFiltersBaseDto = components["schemas"]["CombineFiltersBaseDto"];

/**
 * Part of `CommonResourcePagingDto.list`.
 */
export type CommonResourceDto = components["schemas"]["CommonResourceDto"];

/**
 * What `listCommonResource` answers.
 */
export type CommonResourcePaginatedRespDto = components["schemas"]["CommonResourcePaginatedRespDto"];

/**
 * Part of `CommonResourcePaginatedRespDto.data`.
 */
export type CommonResourcePagingDto = components["schemas"]["CommonResourcePagingDto"];

/**
 * What `removePost`, `setUserPosts`, `userConnectionPost`, `removeRow` and 41 more answer.
 */
export type CommonResponseDto = components["schemas"]["CommonResponseDto"];

/**
 * Part of `InvitationRosterDto.creatorDetail`, `InvitationUserDto.creatorDetail` and `UniversalInvitationApplicantData.inviterDetail` and others.
 */
export type CommonUserDto = components["schemas"]["CommonUserDto"];

/**
 * Part of `CreateFunctionModelFieldDto.relationOptionalRange`, `FilterDto.conditions` and `GetAllRowDto.conditions` and others.
 */
export type Condition = components["schemas"]["Condition"];

/**
 * Part of `CreateDnefReq.config`, `ExtendField.config` and `UpdateDnefReq.config`.
 */
export type Config = components["schemas"]["Config"];

/**
 * Request body of `configEmailProvider`.
 */
export type ConfigEmailProviderDto = components["schemas"]["ConfigEmailProviderDto"];

/**
 * Part of `SecuritySettingsDto.cookieSettings` and `UpdateSecuritySettingsDto.cookieSettings`.
 */
export type CookieSettingsDto = components["schemas"]["CookieSettingsDto"];

/**
 * Request body of `copyInvitationPolicyById`.
 */
export type CopyInvitationPolicyDto = components["schemas"]["CopyInvitationPolicyDto"];

/**
 * Request body of `copyRowRelation`.
 */
export type CopyRowRelationDto = components["schemas"]["CopyRowRelationDto"];

/**
 * Part of `CostGetCurrentPackageRespDto.data`.
 */
export type CostCurrentPackageInfo = components["schemas"]["CostCurrentPackageInfo"];

/**
 * What `getAllRightsItem` answers.
 */
export type CostGetAllRightItemRespDto = components["schemas"]["CostGetAllRightItemRespDto"];

/**
 * What `getCurrentPackageInfo` answers.
 */
export type CostGetCurrentPackageRespDto = components["schemas"]["CostGetCurrentPackageRespDto"];

/**
 * What `getUsageInfo` answers.
 */
export type CostGetCurrentUsageRespDto = components["schemas"]["CostGetCurrentUsageRespDto"];

/**
 * What `getMauPeriodUsageHistory` answers.
 */
export type CostGetMauPeriodUsageHistoryRespDto = components["schemas"]["CostGetMauPeriodUsageHistoryRespDto"];

/**
 * What `getOrderDetail` answers.
 */
export type CostGetOrderDetailRespDto = components["schemas"]["CostGetOrderDetailRespDto"];

/**
 * Part of `CostGetOrderPayDetailRespDto.data`.
 */
export type CostGetOrderPayDetail = components["schemas"]["CostGetOrderPayDetail"];

/**
 * What `getOrderPayDetail` answers.
 */
export type CostGetOrderPayDetailRespDto = components["schemas"]["CostGetOrderPayDetailRespDto"];

/**
 * What `getOrders` answers.
 */
export type CostGetOrdersRespDto = components["schemas"]["CostGetOrdersRespDto"];

/**
 * Request body of `createAccessKey`.
 */
export type CreateAccessKeyDto = components["schemas"]["CreateAccessKeyDto"];

/**
 * Part of `CreateAccessKeyResponseDto.data`.
 */
export type CreateAccessKeyRespDto = components["schemas"]["CreateAccessKeyRespDto"];

/**
 * What `createAccessKey` answers.
 */
export type CreateAccessKeyResponseDto = components["schemas"]["CreateAccessKeyResponseDto"];

/**
 * Request body of `createAdminRole`.
 */
export type CreateAdminRoleDto = components["schemas"]["CreateAdminRoleDto"];

/**
 * Request body of `createApplication`.
 */
export type CreateApplicationDto = components["schemas"]["CreateApplicationDto"];

/**
 * Part of `CreateApplicationRespDto.data`.
 */
export type CreateApplicationRespDataDto = components["schemas"]["CreateApplicationRespDataDto"];

/**
 * What `createApplication` answers.
 */
export type CreateApplicationRespDto = components["schemas"]["CreateApplicationRespDto"];

/**
 * Request body of `createDataResourceByArray`.
 */
export type CreateArrayDataResourceDto = components["schemas"]["CreateArrayDataResourceDto"];

/**
 * Part of `CreateArrayDataResourceResponseDto.data`.
 */
export type CreateArrayDataResourceRespDto = components["schemas"]["CreateArrayDataResourceRespDto"];

/**
 * What `createDataResourceByArray` answers.
 */
export type CreateArrayDataResourceResponseDto = components["schemas"]["CreateArrayDataResourceResponseDto"];

/**
 * Request body of `createAsaAccount`.
 */
export type CreateAsaAccountDto = components["schemas"]["CreateAsaAccountDto"];

/**
 * Request body of `createAsaAccountBatch`.
 */
export type CreateAsaAccountsBatchDto = components["schemas"]["CreateAsaAccountsBatchDto"];

/**
 * Part of `CreateAsaAccountsBatchDto.list`.
 */
export type CreateAsaAccountsBatchItemDto = components["schemas"]["CreateAsaAccountsBatchItemDto"];

/**
 * Request body of `authorizeDataPolicies`.
 */
export type CreateAuthorizeDataPolicyDto = components["schemas"]["CreateAuthorizeDataPolicyDto"];

/**
 * Request body of `createDataPolicy`.
 */
export type CreateDataPolicyDto = components["schemas"]["CreateDataPolicyDto"];

/**
 * Part of `CreateDataPolicyResponseDto.data`.
 */
export type CreateDataPolicyRespDto = components["schemas"]["CreateDataPolicyRespDto"];

/**
 * What `createDataPolicy` answers.
 */
export type CreateDataPolicyResponseDto = components["schemas"]["CreateDataPolicyResponseDto"];

/**
 * Request body of `createDataResource`.
 */
export type CreateDataResourceDto = components["schemas"]["CreateDataResourceDto"];

/**
 * Part of `CreateDataResourceResponseDto.data`.
 */
export type CreateDataResourceRespDto = components["schemas"]["CreateDataResourceRespDto"];

/**
 * What `createDataResource` answers.
 */
export type CreateDataResourceResponseDto = components["schemas"]["CreateDataResourceResponseDto"];

/**
 * Request body of `createDepartment`.
 */
export type CreateDepartmentReqDto = components["schemas"]["CreateDepartmentReqDto"];

/**
 * Request body of `createDepartmentTree`.
 */
export type CreateDepartmentTreeReqDto = components["schemas"]["CreateDepartmentTreeReqDto"];

/**
 * What `createDepartmentTree` answers.
 */
export type CreateDepartmentTreeRespDto = components["schemas"]["CreateDepartmentTreeRespDto"];

/**
 * Request body of `createDnef`.
 */
export type CreateDnefReq = components["schemas"]["CreateDnefReq"];

/**
 * Request body of `createEventApp`.
 */
export type CreateEventAppDto = components["schemas"]["CreateEventAppDto"];

/**
 * Request body of `createExtIdpConn`.
 */
export type CreateExtIdpConnDto = components["schemas"]["CreateExtIdpConnDto"];

/**
 * Request body of `createExtIdp`.
 */
export type CreateExtIdpDto = components["schemas"]["CreateExtIdpDto"];

/**
 * Request body of `createModel`.
 */
export type CreateFunctionModelDto = components["schemas"]["CreateFunctionModelDto"];

/**
 * Request body of `createField`.
 */
export type CreateFunctionModelFieldDto = components["schemas"]["CreateFunctionModelFieldDto"];

/**
 * Request body of `createGroupsBatch`.
 */
export type CreateGroupBatchReqDto = components["schemas"]["CreateGroupBatchReqDto"];

/**
 * Request body of `createGroup`.
 */
export type CreateGroupReqDto = components["schemas"]["CreateGroupReqDto"];

/**
 * Part of `CreateUserInfoDto.identities` and `CreateUserReqDto.identities`.
 */
export type CreateIdentityDto = components["schemas"]["CreateIdentityDto"];

/**
 * Request body of `createInvitationPolicy`.
 */
export type CreateInvitationPolicyDto = components["schemas"]["CreateInvitationPolicyDto"];

/**
 * Request body of `createInvitationRoster`.
 */
export type CreateInvitationRosterDto = components["schemas"]["CreateInvitationRosterDto"];

/**
 * Request body of `createMultipleTenantAdmin`.
 */
export type CreateMultipleTenantAdminDto = components["schemas"]["CreateMultipleTenantAdminDto"];

/**
 * Request body of `createNamespace`.
 */
export type CreateNamespaceDto = components["schemas"]["CreateNamespaceDto"];

/**
 * Request body of `createNamespacesBatch`.
 */
export type CreateNamespacesBatchDto = components["schemas"]["CreateNamespacesBatchDto"];

/**
 * Part of `CreateNamespacesBatchDto.list`.
 */
export type CreateNamespacesBatchItemDto = components["schemas"]["CreateNamespacesBatchItemDto"];

/**
 * Request body of `createOperate`.
 */
export type CreateOperateModelDto = components["schemas"]["CreateOperateModelDto"];

/**
 * Part of `CreateOrUpdateGroupRespDto.data`.
 */
export type CreateOrUpdateGroupDataDto = components["schemas"]["CreateOrUpdateGroupDataDto"];

/**
 * Request body of `createOrUpdateGroup`.
 */
export type CreateOrUpdateGroupReqDto = components["schemas"]["CreateOrUpdateGroupReqDto"];

/**
 * What `createOrUpdateGroup` answers.
 */
export type CreateOrUpdateGroupRespDto = components["schemas"]["CreateOrUpdateGroupRespDto"];

/**
 * Request body of `createOrganization`.
 */
export type CreateOrganizationReqDto = components["schemas"]["CreateOrganizationReqDto"];

/**
 * Request body of `createPermissionNamespace`.
 */
export type CreatePermissionNamespaceDto = components["schemas"]["CreatePermissionNamespaceDto"];

/**
 * Part of `CreatePermissionNamespaceResponseDto.data`.
 */
export type CreatePermissionNamespaceRespDto = components["schemas"]["CreatePermissionNamespaceRespDto"];

/**
 * What `createPermissionNamespace` answers.
 */
export type CreatePermissionNamespaceResponseDto = components["schemas"]["CreatePermissionNamespaceResponseDto"];

/**
 * Request body of `createPermissionNamespacesBatch`.
 */
export type CreatePermissionNamespacesBatchDto = components["schemas"]["CreatePermissionNamespacesBatchDto"];

/**
 * Part of `CreatePermissionNamespacesBatchDto.list`.
 */
export type CreatePermissionNamespacesBatchItemDto = components["schemas"]["CreatePermissionNamespacesBatchItemDto"];

/**
 * Request body of `createPipelineFunction`.
 */
export type CreatePipelineFunctionDto = components["schemas"]["CreatePipelineFunctionDto"];

/**
 * Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer.
 */
export type CreatePostDto = components["schemas"]["CreatePostDto"];

/**
 * What `createPost` and `updatePost` answer.
 */
export type CreatePostRespDto = components["schemas"]["CreatePostRespDto"];

/**
 * Request body of `createPublicAccountsBatch`.
 */
export type CreatePublicAccountBatchReqDto = components["schemas"]["CreatePublicAccountBatchReqDto"];

/**
 * Request body of `changeIntoPublicAccount`.
 */
export type CreatePublicAccountFromUserDto = components["schemas"]["CreatePublicAccountFromUserDto"];

/**
 * Part of `CreatePublicAccountBatchReqDto.options` and `CreatePublicAccountReqDto.options`.
 */
export type CreatePublicAccountOptionsDto = components["schemas"]["CreatePublicAccountOptionsDto"];

/**
 * Part of `CreatePublicAccountReqDto.otp`.
 */
export type CreatePublicAccountOtpDto = components["schemas"]["CreatePublicAccountOtpDto"];

/**
 * Request body of `createPublicAccount`.
 */
export type CreatePublicAccountReqDto = components["schemas"]["CreatePublicAccountReqDto"];

/**
 * Request body of `createRowRelation`.
 */
export type CreateRelationValueDto = components["schemas"]["CreateRelationValueDto"];

/**
 * Part of `CreateResourcesBatchDto.list`.
 */
export type CreateResourceBatchItemDto = components["schemas"]["CreateResourceBatchItemDto"];

/**
 * Request body of `createResource`.
 */
export type CreateResourceDto = components["schemas"]["CreateResourceDto"];

/**
 * Request body of `createResourcesBatch`.
 */
export type CreateResourcesBatchDto = components["schemas"]["CreateResourcesBatchDto"];

/**
 * Request body of `createRole`.
 */
export type CreateRoleDto = components["schemas"]["CreateRoleDto"];

/**
 * Request body of `createRolesBatch`.
 */
export type CreateRolesBatch = components["schemas"]["CreateRolesBatch"];

/**
 * Request body of `createRow`.
 */
export type CreateRowDto = components["schemas"]["CreateRowDto"];

/**
 * Request body of `createDataResourceByString`.
 */
export type CreateStringDataResourceDto = components["schemas"]["CreateStringDataResourceDto"];

/**
 * Part of `CreateStringDataResourceResponseDto.data`.
 */
export type CreateStringDataResourceRespDto = components["schemas"]["CreateStringDataResourceRespDto"];

/**
 * What `createDataResourceByString` answers.
 */
export type CreateStringDataResourceResponseDto = components["schemas"]["CreateStringDataResourceResponseDto"];

/**
 * Request body of `createSyncTask`.
 */
export type CreateSyncTaskDto = components["schemas"]["CreateSyncTaskDto"];

/**
 * Request body of `createTenantCooperator`.
 */
export type CreateTenantCooperatorDto = components["schemas"]["CreateTenantCooperatorDto"];

/**
 * Request body of `createTenant`.
 */
export type CreateTenantDto = components["schemas"]["CreateTenantDto"];

/**
 * Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`.
 */
export type CreateTenantEnterpriseCertificationBodyDto = components["schemas"]["CreateTenantEnterpriseCertificationBodyDto"];

/**
 * What `createTenant` answers.
 */
export type CreateTenantRespDto = components["schemas"]["CreateTenantRespDto"];

/**
 * Part of `CreateTenantUserReqDto.options`.
 */
export type CreateTenantUserOptionsDto = components["schemas"]["CreateTenantUserOptionsDto"];

/**
 * Request body of `createTenantUser`.
 */
export type CreateTenantUserReqDto = components["schemas"]["CreateTenantUserReqDto"];

/**
 * Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 */
export type CreateTerminalDto = components["schemas"]["CreateTerminalDto"];

/**
 * Request body of `createDataResourceByTree`.
 */
export type CreateTreeDataResourceDto = components["schemas"]["CreateTreeDataResourceDto"];

/**
 * Part of `CreateTreeDataResourceResponseDto.data`.
 */
export type CreateTreeDataResourceRespDto = components["schemas"]["CreateTreeDataResourceRespDto"];

/**
 * What `createDataResourceByTree` answers.
 */
export type CreateTreeDataResourceResponseDto = components["schemas"]["CreateTreeDataResourceResponseDto"];

/**
 * Request body of `capture`.
 */
export type CreateUEBADto = components["schemas"]["CreateUEBADto"];

/**
 * What `capture` answers.
 */
export type CreateUEBARespDto = components["schemas"]["CreateUEBARespDto"];

/**
 * Request body of `createUsersBatch`.
 */
export type CreateUserBatchReqDto = components["schemas"]["CreateUserBatchReqDto"];

/**
 * Part of `CreateUserBatchReqDto.list`.
 */
export type CreateUserInfoDto = components["schemas"]["CreateUserInfoDto"];

/**
 * Part of `CreateUserBatchReqDto.options` and `CreateUserReqDto.options`.
 */
export type CreateUserOptionsDto = components["schemas"]["CreateUserOptionsDto"];

/**
 * Part of `CreateUserInfoDto.otp` and `CreateUserReqDto.otp`.
 */
export type CreateUserOtpDto = components["schemas"]["CreateUserOtpDto"];

/**
 * Request body of `createUser`.
 */
export type CreateUserReqDto = components["schemas"]["CreateUserReqDto"];

/**
 * Request body of `createWebhook`.
 */
export type CreateWebhookDto = components["schemas"]["CreateWebhookDto"];

/**
 * What `createWebhook` answers.
 */
export type CreateWebhookRespDto = components["schemas"]["CreateWebhookRespDto"];

/**
 * Part of `CurrentUsageRespDto.usages`.
 */
export type CurrentUsageDto = components["schemas"]["CurrentUsageDto"];

/**
 * Part of `CostGetCurrentUsageRespDto.data`.
 */
export type CurrentUsageRespDto = components["schemas"]["CurrentUsageRespDto"];

/**
 * Part of `CustomFieldListRespDto.data`.
 */
export type CustomFieldDto = components["schemas"]["CustomFieldDto"];

/**
 * Part of `CustomFieldDto.i18n`, `ExtendsFieldDto.i18n` and `SetCustomFieldDto.i18n` and others.
 */
export type CustomFieldI18n = components["schemas"]["CustomFieldI18n"];

/**
 * What `getUserBaseFields`, `setUserBaseFields`, `getCustomFields` and `setCustomFields` answer.
 */
export type CustomFieldListRespDto = components["schemas"]["CustomFieldListRespDto"];

/**
 * Part of `CustomFieldDto.options` and `SetCustomFieldDto.options`.
 */
export type CustomFieldSelectOption = components["schemas"]["CustomFieldSelectOption"];

/**
 * Part of `ListDataPoliciesPaginatedRespDto.data`.
 */
export type DataPoliciesPaginatedRespDto = components["schemas"]["DataPoliciesPaginatedRespDto"];

/**
 * Part of `ListSimpleDataPoliciesPaginatedRespDto.data`.
 */
export type DataPoliciesSimplePaginatedRespDto = components["schemas"]["DataPoliciesSimplePaginatedRespDto"];

/**
 * Part of `ListDataPoliciesRespDto.resourceList`.
 */
export type DataResourceSimpleRespDto = components["schemas"]["DataResourceSimpleRespDto"];

/**
 * Part of `CreateDataResourceDto.struct`, `CreateDataResourceRespDto.struct` and `CreateTreeDataResourceDto.struct` and others.
 */
export type DataResourceTreeStructs = components["schemas"]["DataResourceTreeStructs"];

/**
 * Part of `ListDataResourcesPaginatedRespDto.data`.
 */
export type DataResourcesPaginatedRespDto = components["schemas"]["DataResourcesPaginatedRespDto"];

/**
 * Part of `CreateDataPolicyDto.statementList` and `UpdateDataPolicyDto.statementList`.
 */
export type DataStatementPermissionDto = components["schemas"]["DataStatementPermissionDto"];

/**
 * Part of `ListDataPolicySubjectPageDto.list`.
 */
export type DataSubjectRespDto = components["schemas"]["DataSubjectRespDto"];

/**
 * Part of `CreateInvitationPolicyDto.defaultPasswordConfig` and `UpdateInvitationPolicyDto.defaultPasswordConfig`.
 */
export type DefaultPasswordConfigDto = components["schemas"]["DefaultPasswordConfigDto"];

/**
 * Request body of `defineEvent`.
 */
export type DefineEventDto = components["schemas"]["DefineEventDto"];

/**
 * Request body of `deleteAccessKey`.
 */
export type DeleteAccessKeyDto = components["schemas"]["DeleteAccessKeyDto"];

/**
 * Request body of `deleteAdminRolesBatch`.
 */
export type DeleteAdminRoleDto = components["schemas"]["DeleteAdminRoleDto"];

/**
 * Request body of `deleteApplication`.
 */
export type DeleteApplicationDto = components["schemas"]["DeleteApplicationDto"];

/**
 * Part of `RevokeApplicationAccessDto.list`.
 */
export type DeleteApplicationPermissionRecordItem = components["schemas"]["DeleteApplicationPermissionRecordItem"];

/**
 * Request body of `deleteAsaAccountBatch`.
 */
export type DeleteAsaAccountBatchDto = components["schemas"]["DeleteAsaAccountBatchDto"];

/**
 * Request body of `deleteAsaAccount`.
 */
export type DeleteAsaAccountDto = components["schemas"]["DeleteAsaAccountDto"];

/**
 * Request body of `revokeDataPolicy`.
 */
export type DeleteAuthorizeDataPolicyDto = components["schemas"]["DeleteAuthorizeDataPolicyDto"];

/**
 * Request body of `batchDeleteCommonResource`.
 */
export type DeleteCommonResourcesBatchDto = components["schemas"]["DeleteCommonResourcesBatchDto"];

/**
 * Part of `DeleteCustomFieldsReqDto.list`.
 */
export type DeleteCustomFieldDto = components["schemas"]["DeleteCustomFieldDto"];

/**
 * Request body of `deleteCustomFields`.
 */
export type DeleteCustomFieldsReqDto = components["schemas"]["DeleteCustomFieldsReqDto"];

/**
 * Request body of `deleteDataPolicy`.
 */
export type DeleteDataPolicyDto = components["schemas"]["DeleteDataPolicyDto"];

/**
 * Request body of `deleteDataResource`.
 */
export type DeleteDataResourceDto = components["schemas"]["DeleteDataResourceDto"];

/**
 * Request body of `deleteDepartment`.
 */
export type DeleteDepartmentReqDto = components["schemas"]["DeleteDepartmentReqDto"];

/**
 * Request body of `deleteDepartmentSyncRelations`.
 */
export type DeleteDepartmentSyncRelationReqDto = components["schemas"]["DeleteDepartmentSyncRelationReqDto"];

/**
 * Request body of `remove`.
 */
export type DeleteDeviceExclusiveValidScopeSettingsByIdsDto = components["schemas"]["DeleteDeviceExclusiveValidScopeSettingsByIdsDto"];

/**
 * Request body of `deleteDnef`.
 */
export type DeleteDnefReq = components["schemas"]["DeleteDnefReq"];

/**
 * Request body of `deleteExtIdpConn`.
 */
export type DeleteExtIdpConnDto = components["schemas"]["DeleteExtIdpConnDto"];

/**
 * Request body of `deleteExtIdp`.
 */
export type DeleteExtIdpDto = components["schemas"]["DeleteExtIdpDto"];

/**
 * Request body of `deleteGroupsBatch`.
 */
export type DeleteGroupsReqDto = components["schemas"]["DeleteGroupsReqDto"];

/**
 * Request body of `batchDeleteInvitationPolicies`.
 */
export type DeleteInvitationPolicyByIdsDto = components["schemas"]["DeleteInvitationPolicyByIdsDto"];

/**
 * Request body of `deleteInvitationRosterBatch`.
 */
export type DeleteInvitationRosterBatchDto = components["schemas"]["DeleteInvitationRosterBatchDto"];

/**
 * Request body of `deleteInvitationRoster`.
 */
export type DeleteInvitationRosterDto = components["schemas"]["DeleteInvitationRosterDto"];

/**
 * Request body of `deleteNamespace`.
 */
export type DeleteNamespaceDto = components["schemas"]["DeleteNamespaceDto"];

/**
 * Request body of `deleteNamespacesBatch`.
 */
export type DeleteNamespacesBatchDto = components["schemas"]["DeleteNamespacesBatchDto"];

/**
 * Request body of `deleteOrganization`.
 */
export type DeleteOrganizationReqDto = components["schemas"]["DeleteOrganizationReqDto"];

/**
 * Request body of `deletePermissionNamespace`.
 */
export type DeletePermissionNamespaceDto = components["schemas"]["DeletePermissionNamespaceDto"];

/**
 * Request body of `deletePermissionNamespacesBatch`.
 */
export type DeletePermissionNamespacesBatchDto = components["schemas"]["DeletePermissionNamespacesBatchDto"];

/**
 * Request body of `deletePipelineFunction`.
 */
export type DeletePipelineFunctionDto = components["schemas"]["DeletePipelineFunctionDto"];

/**
 * Request body of `deletePublicAccountsBatch`.
 */
export type DeletePublicAccountsBatchDto = components["schemas"]["DeletePublicAccountsBatchDto"];

/**
 * Part of `DeletePublicAccountsBatchDto.options`.
 */
export type DeletePublicAccountsBatchOptionsDto = components["schemas"]["DeletePublicAccountsBatchOptionsDto"];

/**
 * Request body of `deleteResource`.
 */
export type DeleteResourceDto = components["schemas"]["DeleteResourceDto"];

/**
 * Request body of `deleteResourcesBatch`.
 */
export type DeleteResourcesBatchDto = components["schemas"]["DeleteResourcesBatchDto"];

/**
 * Request body of `deleteRoles`.
 */
export type DeleteRoleBatchDto = components["schemas"]["DeleteRoleBatchDto"];

/**
 * Request body of `deleteRolesBatch`.
 */
export type DeleteRoleDto = components["schemas"]["DeleteRoleDto"];

/**
 * Request body of `deleteInvitees`.
 */
export type DeleteRosterUsersDto = components["schemas"]["DeleteRosterUsersDto"];

/**
 * Request body of `deleteTenant`.
 */
export type DeleteTenantDto = components["schemas"]["DeleteTenantDto"];

/**
 * Request body of `deleteDevice`.
 */
export type DeleteTerminalUserDto = components["schemas"]["DeleteTerminalUserDto"];

/**
 * Request body of `deleteUserSyncRelations`.
 */
export type DeleteUserSyncRelationReqDto = components["schemas"]["DeleteUserSyncRelationReqDto"];

/**
 * Request body of `deleteUsersBatch`.
 */
export type DeleteUsersBatchDto = components["schemas"]["DeleteUsersBatchDto"];

/**
 * Part of `DeleteUsersBatchDto.options`.
 */
export type DeleteUsersBatchOptionsDto = components["schemas"]["DeleteUsersBatchOptionsDto"];

/**
 * Request body of `deleteWebhook`.
 */
export type DeleteWebhookDto = components["schemas"]["DeleteWebhookDto"];

/**
 * Request body of `deleteWhitelist`.
 */
export type DeleteWhitelistDto = components["schemas"]["DeleteWhitelistDto"];

/**
 * Request body of `deleteWhitelistOfApp`.
 */
export type DeleteWhitelistOfAppDto = components["schemas"]["DeleteWhitelistOfAppDto"];

/**
 * Part of `DepartmentListRespDto.data`, `DepartmentPagingDto.list` and `DepartmentSingleRespDto.data`.
 */
export type DepartmentDto = components["schemas"]["DepartmentDto"];

/**
 * Part of `CreateDepartmentReqDto.i18n`, `DepartmentDto.i18n` and `InvitationDepartmentRespDto.i18n` and others.
 */
export type DepartmentI18nDto = components["schemas"]["DepartmentI18nDto"];

/**
 * What `searchDepartments` and `searchDepartmentsList` answer.
 */
export type DepartmentListRespDto = components["schemas"]["DepartmentListRespDto"];

/**
 * What `listChildrenDepartments` and `getAllDepartments` answer.
 */
export type DepartmentPaginatedRespDto = components["schemas"]["DepartmentPaginatedRespDto"];

/**
 * Part of `DepartmentPaginatedRespDto.data`.
 */
export type DepartmentPagingDto = components["schemas"]["DepartmentPagingDto"];

/**
 * What `getDepartment`, `getDepartmentAllApp`, `createDepartment`, `updateDepartment` and 2 more answer.
 */
export type DepartmentSingleRespDto = components["schemas"]["DepartmentSingleRespDto"];

/**
 * Part of `SearchDepartmentsListReqDto.sort`.
 */
export type DepartmentSortingDto = components["schemas"]["DepartmentSortingDto"];

/**
 * Part of `GetDeviceExclusiveValidScopeAppRespDto.data`.
 */
export type DeviceExclusiveValidScopeAppDataDto = components["schemas"]["DeviceExclusiveValidScopeAppDataDto"];

/**
 * Part of `GetDeviceExclusiveRuleDataDto.deviceRule` and `UpdateDeviceExclusiveRuleDto.deviceRule`.
 */
export type DeviceRuleDto = components["schemas"]["DeviceRuleDto"];

/**
 * What `getDeviceStatus` answers.
 */
export type DeviceStatusRespDto = components["schemas"]["DeviceStatusRespDto"];

/**
 * Part of `DeviceStatusRespDto.data`.
 */
export type DeviceStatusResponseDataDto = components["schemas"]["DeviceStatusResponseDataDto"];

/**
 * Part of `ListDnefPaginatedRespDto.data`.
 */
export type DnefPaginatedRespDto = components["schemas"]["DnefPaginatedRespDto"];

/**
 * Part of `CreateFunctionModelFieldDto.dropDown`.
 */
export type DropDownItemDto = components["schemas"]["DropDownItemDto"];

/**
 * Part of `EmailProviderRespDto.data`.
 */
export type EmailProviderDto = components["schemas"]["EmailProviderDto"];

/**
 * What `getEmailProvider` and `configEmailProvider` answer.
 */
export type EmailProviderRespDto = components["schemas"]["EmailProviderRespDto"];

/**
 * Part of `GetEmailTemplatesDataDto.categories`.
 */
export type EmailTemplateCategoryDto = components["schemas"]["EmailTemplateCategoryDto"];

/**
 * Part of `EmailTemplateSingleItemRespDto.data`, `GetEmailTemplateRespDto.data` and `GetEmailTemplatesDataDto.templates`.
 */
export type EmailTemplateDto = components["schemas"]["EmailTemplateDto"];

/**
 * Request body of `getInviteEmailTemplate`.
 */
export type EmailTemplateQueryDto = components["schemas"]["EmailTemplateQueryDto"];

/**
 * What `updateEmailTemplate` answers.
 */
export type EmailTemplateSingleItemRespDto = components["schemas"]["EmailTemplateSingleItemRespDto"];

/**
 * Part of `AppValidateRuleDto.i18n`.
 */
export type ErrMsgI18nDto = components["schemas"]["ErrMsgI18nDto"];

/**
 * Part of `EventAppPagingDto.list`.
 */
export type EventAppDto = components["schemas"]["EventAppDto"];

/**
 * What `listEventApps` answers.
 */
export type EventAppPaginatedRespDto = components["schemas"]["EventAppPaginatedRespDto"];

/**
 * Part of `EventAppPaginatedRespDto.data`.
 */
export type EventAppPagingDto = components["schemas"]["EventAppPagingDto"];

/**
 * Part of `FilterDto.expand`.
 */
export type Expand = components["schemas"]["Expand"];

/**
 * Request body of `exportModel`.
 */
export type ExportMetadataDto = components["schemas"]["ExportMetadataDto"];

/**
 * Request body of `exportMetadata`.
 */
export type ExportModelDto = components["schemas"]["ExportModelDto"];

/**
 * Request body of `exportUsers`.
 */
export type ExportUsersDto = components["schemas"]["ExportUsersDto"];

/**
 * Part of `ExtIdpConnDetailSingleRespDto.data`.
 */
export type ExtIdpConnDetail = components["schemas"]["ExtIdpConnDetail"];

/**
 * What `createExtIdpConn` and `updateExtIdpConn` answer.
 */
export type ExtIdpConnDetailSingleRespDto = components["schemas"]["ExtIdpConnDetailSingleRespDto"];

/**
 * Part of `ExtIdpDetailSingleRespDto.data`.
 */
export type ExtIdpDetail = components["schemas"]["ExtIdpDetail"];

/**
 * What `getExtIdp` answers.
 */
export type ExtIdpDetailSingleRespDto = components["schemas"]["ExtIdpDetailSingleRespDto"];

/**
 * Part of `ExtIdpListPagingDto.list` and `ExtIdpSingleRespDto.data`.
 */
export type ExtIdpDto = components["schemas"]["ExtIdpDto"];

/**
 * What `listExtIdp`, `listTenantExtIdp` and `extIdpConnStateByApps` answer.
 */
export type ExtIdpListPaginatedRespDto = components["schemas"]["ExtIdpListPaginatedRespDto"];

/**
 * Part of `ExtIdpListPaginatedRespDto.data`.
 */
export type ExtIdpListPagingDto = components["schemas"]["ExtIdpListPagingDto"];

/**
 * What `createExtIdp` and `updateExtIdp` answer.
 */
export type ExtIdpSingleRespDto = components["schemas"]["ExtIdpSingleRespDto"];

/**
 * Part of `BatchCreateDnefReq.fieldList`, `CreateDataResourceDto.extendFieldList` and `CreateDataResourceRespDto.extendFieldList` and others.
 */
export type ExtendField = components["schemas"]["ExtendField"];

/**
 * Part of `GetExtendsFieldsDto.extendsFields`.
 */
export type ExtendsFieldDto = components["schemas"]["ExtendsFieldDto"];

/**
 * Part of `ApprovalDetailDto.extraParams`.
 */
export type ExtraParams = components["schemas"]["ExtraParams"];

/**
 * Request body of `listRow`.
 */
export type FilterDto = components["schemas"]["FilterDto"];

/**
 * What `listField` answers.
 */
export type FunctionFieldListResDto = components["schemas"]["FunctionFieldListResDto"];

/**
 * Part of `FunctionModelListDto.list` and `FunctionModelResDto.data`.
 */
export type FunctionModelDto = components["schemas"]["FunctionModelDto"];

/**
 * Part of `FunctionFieldListResDto.data` and `FunctionModelFieldResDto.data`.
 */
export type FunctionModelFieldDto = components["schemas"]["FunctionModelFieldDto"];

/**
 * Request body of `remoteField`.
 */
export type FunctionModelFieldIdDto = components["schemas"]["FunctionModelFieldIdDto"];

/**
 * What `createField` and `updateField` answer.
 */
export type FunctionModelFieldResDto = components["schemas"]["FunctionModelFieldResDto"];

/**
 * Request body of `removeModel`.
 */
export type FunctionModelIdDto = components["schemas"]["FunctionModelIdDto"];

/**
 * What `listModel` answers.
 */
export type FunctionModelListDto = components["schemas"]["FunctionModelListDto"];

/**
 * Request body of `removeOperate`, `executeOperate` and `copyOperate`.
 */
export type FunctionModelOperateIdDto = components["schemas"]["FunctionModelOperateIdDto"];

/**
 * What `createModel`, `getModel` and `updateModel` answer.
 */
export type FunctionModelResDto = components["schemas"]["FunctionModelResDto"];

/**
 * Part of `FunctionModelValueListResDto.data`.
 */
export type FunctionModelValueListDto = components["schemas"]["FunctionModelValueListDto"];

/**
 * What `listRow`, `getAllMetadata` and `getMetadataGroupList` answer.
 */
export type FunctionModelValueListResDto = components["schemas"]["FunctionModelValueListResDto"];

/**
 * What `getRow`, `getRowByValue`, `createRow` and `updateRow` answer.
 */
export type FunctionModelValueResDto = components["schemas"]["FunctionModelValueResDto"];

/**
 * Part of `GenerateInvitationLinkRespDto.data`.
 */
export type GenerateInvitationLinkDto = components["schemas"]["GenerateInvitationLinkDto"];

/**
 * What `generateUniversalInvitation` answers.
 */
export type GenerateInvitationLinkRespDto = components["schemas"]["GenerateInvitationLinkRespDto"];

/**
 * Request body of `generateInviteTenantUserLink`.
 */
export type GenerateInviteTenantUserLink = components["schemas"]["GenerateInviteTenantUserLink"];

/**
 * Part of `AdminAuditLogDto.geoip` and `UserActionLogDto.geoip`.
 */
export type GeoIp = components["schemas"]["GeoIp"];

/**
 * Part of `GeoIp.location`.
 */
export type GeoIpLocation = components["schemas"]["GeoIpLocation"];

/**
 * Part of `GetAccessKeyResponseDto.data`.
 */
export type GetAccessKeyRespDto = components["schemas"]["GetAccessKeyRespDto"];

/**
 * What `getAccessKey` answers.
 */
export type GetAccessKeyResponseDto = components["schemas"]["GetAccessKeyResponseDto"];

/**
 * Request body of `getAdminAuditLogs`.
 */
export type GetAdminAuditLogsDto = components["schemas"]["GetAdminAuditLogsDto"];

/**
 * Part of `GetAllRowByScrollidResDto.data`.
 */
export type GetAllRowByScrollidDto = components["schemas"]["GetAllRowByScrollidDto"];

/**
 * What `getAllMetadataRow` answers.
 */
export type GetAllRowByScrollidResDto = components["schemas"]["GetAllRowByScrollidResDto"];

/**
 * Request body of `getAllMetadata`.
 */
export type GetAllRowDto = components["schemas"]["GetAllRowDto"];

/**
 * Request body of `getAllMetadataRow`.
 */
export type GetAllRowVyScrollidDto = components["schemas"]["GetAllRowVyScrollidDto"];

/**
 * Part of `GetApplicationPermissionStrategyRespDto.data`.
 */
export type GetApplicationPermissionStrategyDataDto = components["schemas"]["GetApplicationPermissionStrategyDataDto"];

/**
 * What `getApplicationPermissionStrategy` answers.
 */
export type GetApplicationPermissionStrategyRespDto = components["schemas"]["GetApplicationPermissionStrategyRespDto"];

/**
 * Part of `GetApplicationSecretRespDto.data`.
 */
export type GetApplicationSecretDataDto = components["schemas"]["GetApplicationSecretDataDto"];

/**
 * What `getApplicationSecret` answers.
 */
export type GetApplicationSecretRespDto = components["schemas"]["GetApplicationSecretRespDto"];

/**
 * Part of `GetAsaAccountAssignedTargetRespDto.data`.
 */
export type GetAsaAccountAssignedTargetDataDto = components["schemas"]["GetAsaAccountAssignedTargetDataDto"];

/**
 * What `getAsaAccountAssignedTargets` answers.
 */
export type GetAsaAccountAssignedTargetRespDto = components["schemas"]["GetAsaAccountAssignedTargetRespDto"];

/**
 * Request body of `getAsaAccountBatch`.
 */
export type GetAsaAccountBatchDto = components["schemas"]["GetAsaAccountBatchDto"];

/**
 * What `getCustomData` answers.
 */
export type GetCustomDataRespDto = components["schemas"]["GetCustomDataRespDto"];

/**
 * Part of `GetDataPolicyResponseDto.data`.
 */
export type GetDataPolicyRespDto = components["schemas"]["GetDataPolicyRespDto"];

/**
 * What `getDataPolicy` answers.
 */
export type GetDataPolicyResponseDto = components["schemas"]["GetDataPolicyResponseDto"];

/**
 * Part of `GetDataResourceResponseDto.data`.
 */
export type GetDataResourceRespDto = components["schemas"]["GetDataResourceRespDto"];

/**
 * What `getDataResource` answers.
 */
export type GetDataResourceResponseDto = components["schemas"]["GetDataResourceResponseDto"];

/**
 * Request body of `getDepartmentAllApp`.
 */
export type GetDepartmentByIdReqDto = components["schemas"]["GetDepartmentByIdReqDto"];

/**
 * Part of `GetDeviceExclusiveRuleRespDto.data`.
 */
export type GetDeviceExclusiveRuleDataDto = components["schemas"]["GetDeviceExclusiveRuleDataDto"];

/**
 * What `getRuleSettings` and `updateRuleSettings` answer.
 */
export type GetDeviceExclusiveRuleRespDto = components["schemas"]["GetDeviceExclusiveRuleRespDto"];

/**
 * What `findAppLists` answers.
 */
export type GetDeviceExclusiveValidScopeAppRespDto = components["schemas"]["GetDeviceExclusiveValidScopeAppRespDto"];

/**
 * Part of `GetDeviceExclusiveValidScopeRespDto.data`.
 */
export type GetDeviceExclusiveValidScopeDataDto = components["schemas"]["GetDeviceExclusiveValidScopeDataDto"];

/**
 * What `getAllValidScopeSettings` answers.
 */
export type GetDeviceExclusiveValidScopeRespDto = components["schemas"]["GetDeviceExclusiveValidScopeRespDto"];

/**
 * Part of `GetDeviceExclusiveWhiteListRespDto.data`.
 */
export type GetDeviceExclusiveWhiteListDataDto = components["schemas"]["GetDeviceExclusiveWhiteListDataDto"];

/**
 * What `getAllWhiteListSettings` answers.
 */
export type GetDeviceExclusiveWhiteListRespDto = components["schemas"]["GetDeviceExclusiveWhiteListRespDto"];

/**
 * What `getInviteEmailTemplate` and `updateInviteEmailTemplate` answer.
 */
export type GetEmailTemplateRespDto = components["schemas"]["GetEmailTemplateRespDto"];

/**
 * Part of `GetEmailTemplatesRespDto.data`.
 */
export type GetEmailTemplatesDataDto = components["schemas"]["GetEmailTemplatesDataDto"];

/**
 * What `getEmailTemplates` answers.
 */
export type GetEmailTemplatesRespDto = components["schemas"]["GetEmailTemplatesRespDto"];

/**
 * Part of `GetExtendsFieldsRespDto.data`.
 */
export type GetExtendsFieldsDto = components["schemas"]["GetExtendsFieldsDto"];

/**
 * What `listRegisterExtendsFields` and `updateRegisterExtendsFields` answer.
 */
export type GetExtendsFieldsRespDto = components["schemas"]["GetExtendsFieldsRespDto"];

/**
 * Part of `GetExternalUserResourceStructRespDto.data`.
 */
export type GetExternalUserResourceStructDataDto = components["schemas"]["GetExternalUserResourceStructDataDto"];

/**
 * Request body of `getExternalUserResourceStruct`.
 */
export type GetExternalUserResourceStructDto = components["schemas"]["GetExternalUserResourceStructDto"];

/**
 * What `getExternalUserResourceStruct` answers.
 */
export type GetExternalUserResourceStructRespDto = components["schemas"]["GetExternalUserResourceStructRespDto"];

/**
 * What `importTemplate`, `upload` and `exportUsers` answer.
 */
export type GetImportExportTemplateRespDto = components["schemas"]["GetImportExportTemplateRespDto"];

/**
 * What `importUsers` answers.
 */
export type GetImportInviteeRespDto = components["schemas"]["GetImportInviteeRespDto"];

/**
 * What `getImportTemplate` answers.
 */
export type GetImportTemplateResDto = components["schemas"]["GetImportTemplateResDto"];

/**
 * Part of `GetInvitationPolicyRespDto.data`, `InvitationRosterDto.assignedPolicy` and `PaginationInvitationPolicyDataDto.list`.
 */
export type GetInvitationPolicyDto = components["schemas"]["GetInvitationPolicyDto"];

/**
 * What `createInvitationPolicy`, `getPolicyDetailById`, `copyInvitationPolicyById` and `updateInvitationPolicy` answer.
 */
export type GetInvitationPolicyRespDto = components["schemas"]["GetInvitationPolicyRespDto"];

/**
 * What `getUserMfaStatus` and `getMfaTriggerData` answer.
 */
export type GetMapInfoRespDto = components["schemas"]["GetMapInfoRespDto"];

/**
 * Part of `GetMapInfoRespDto.data` and `SetMfaStatusDto.mfaTriggerData`.
 */
export type GetMfaInfoDataDto = components["schemas"]["GetMfaInfoDataDto"];

/**
 * Part of `CostGetOrdersRespDto.data`.
 */
export type GetOrdersRes = components["schemas"]["GetOrdersRes"];

/**
 * What `getOtpSecretByUser` answers.
 */
export type GetOtpSecretRespDto = components["schemas"]["GetOtpSecretRespDto"];

/**
 * What `getPermissionNamespacesBatch` answers.
 */
export type GetPermissionNamespaceListResponseDto = components["schemas"]["GetPermissionNamespaceListResponseDto"];

/**
 * Part of `GetPermissionNamespaceListResponseDto.data` and `GetPermissionNamespaceResponseDto.data`.
 */
export type GetPermissionNamespaceRespDto = components["schemas"]["GetPermissionNamespaceRespDto"];

/**
 * What `getPermissionNamespace` answers.
 */
export type GetPermissionNamespaceResponseDto = components["schemas"]["GetPermissionNamespaceResponseDto"];

/**
 * Request body of `getPostById`.
 */
export type GetPostByIdListDto = components["schemas"]["GetPostByIdListDto"];

/**
 * Request body of `getRelationInfo`.
 */
export type GetRelationInfoDto = components["schemas"]["GetRelationInfoDto"];

/**
 * Part of `GetResourceAuthorizedTargetRespDto.data`.
 */
export type GetResourceAuthorizedTargetDataDto = components["schemas"]["GetResourceAuthorizedTargetDataDto"];

/**
 * What `getResourceAuthorizedTargets` answers.
 */
export type GetResourceAuthorizedTargetRespDto = components["schemas"]["GetResourceAuthorizedTargetRespDto"];

/**
 * Request body of `getResourceAuthorizedTargets`.
 */
export type GetResourceAuthorizedTargetsDto = components["schemas"]["GetResourceAuthorizedTargetsDto"];

/**
 * Request body of `getRowBatch`.
 */
export type GetRowBatchDto = components["schemas"]["GetRowBatchDto"];

/**
 * Part of `GetSubjectAuthRespDto.data`.
 */
export type GetSubjectAuthDataDto = components["schemas"]["GetSubjectAuthDataDto"];

/**
 * What `detailAuthSubject` answers.
 */
export type GetSubjectAuthRespDto = components["schemas"]["GetSubjectAuthRespDto"];

/**
 * Request body of `deleteTenantAdmin`.
 */
export type GetTenantUserDto = components["schemas"]["GetTenantUserDto"];

/**
 * Part of `GetUniversalInvitationRespDto.data`.
 */
export type GetUniversalInvitationDto = components["schemas"]["GetUniversalInvitationDto"];

/**
 * What `getUniversalInvitation` and `updateUniversalInvitation` answer.
 */
export type GetUniversalInvitationRespDto = components["schemas"]["GetUniversalInvitationRespDto"];

/**
 * Request body of `getUserActionLogs`.
 */
export type GetUserActionLogsDto = components["schemas"]["GetUserActionLogsDto"];

/**
 * Part of `GetUserEncryptPasswordBatchRespDto.data`.
 */
export type GetUserEncryptPasswordBatchDataDto = components["schemas"]["GetUserEncryptPasswordBatchDataDto"];

/**
 * Request body of `getUserEncryptPasswordBatch`.
 */
export type GetUserEncryptPasswordBatchDto = components["schemas"]["GetUserEncryptPasswordBatchDto"];

/**
 * What `getUserEncryptPasswordBatch` answers.
 */
export type GetUserEncryptPasswordBatchRespDto = components["schemas"]["GetUserEncryptPasswordBatchRespDto"];

/**
 * Part of `GetUserPasswordCiphertextRespDto.data`.
 */
export type GetUserPasswordCiphertextDataDto = components["schemas"]["GetUserPasswordCiphertextDataDto"];

/**
 * Request body of `getUserPasswordCiphertext`.
 */
export type GetUserPasswordCiphertextDto = components["schemas"]["GetUserPasswordCiphertextDto"];

/**
 * What `getUserPasswordCiphertext` answers.
 */
export type GetUserPasswordCiphertextRespDto = components["schemas"]["GetUserPasswordCiphertextRespDto"];

/**
 * Part of `GetUserPermissionListRespDto.data`.
 */
export type GetUserPermissionListDataDto = components["schemas"]["GetUserPermissionListDataDto"];

/**
 * Request body of `getUserPermissionList`.
 */
export type GetUserPermissionListDto = components["schemas"]["GetUserPermissionListDto"];

/**
 * What `getUserPermissionList` answers.
 */
export type GetUserPermissionListRespDto = components["schemas"]["GetUserPermissionListRespDto"];

/**
 * Part of `GetUserResourcePermissionListDataDto.permissionList`.
 */
export type GetUserResourcePermissionList = components["schemas"]["GetUserResourcePermissionList"];

/**
 * Part of `GetUserResourcePermissionListRespDto.data`.
 */
export type GetUserResourcePermissionListDataDto = components["schemas"]["GetUserResourcePermissionListDataDto"];

/**
 * Request body of `getUserResourcePermissionList`.
 */
export type GetUserResourcePermissionListDto = components["schemas"]["GetUserResourcePermissionListDto"];

/**
 * What `getUserResourcePermissionList` answers.
 */
export type GetUserResourcePermissionListRespDto = components["schemas"]["GetUserResourcePermissionListRespDto"];

/**
 * Part of `GetUserResourceStructRespDto.data`.
 */
export type GetUserResourceStructDataDto = components["schemas"]["GetUserResourceStructDataDto"];

/**
 * Request body of `getUserResourceStruct`.
 */
export type GetUserResourceStructDto = components["schemas"]["GetUserResourceStructDto"];

/**
 * What `getUserResourceStruct` answers.
 */
export type GetUserResourceStructRespDto = components["schemas"]["GetUserResourceStructRespDto"];

/**
 * What `getWebhook` answers.
 */
export type GetWebhookRespDto = components["schemas"]["GetWebhookRespDto"];

/**
 * Part of `GetWebhooksRespDto.data`.
 */
export type GetWebhooksData = components["schemas"]["GetWebhooksData"];

/**
 * What `listWebhooks` answers.
 */
export type GetWebhooksRespDto = components["schemas"]["GetWebhooksRespDto"];

/**
 * Part of `GetWechatAccessTokenInfoRespDto.data`.
 */
export type GetWechatAccessTokenDataDto = components["schemas"]["GetWechatAccessTokenDataDto"];

/**
 * Request body of `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenDto = components["schemas"]["GetWechatAccessTokenDto"];

/**
 * What `getWechatMpAccessTokenInfo` answers.
 */
export type GetWechatAccessTokenInfoRespDto = components["schemas"]["GetWechatAccessTokenInfoRespDto"];

/**
 * Part of `CostCurrentPackageInfo.goodsPackage`.
 */
export type GoodsPackageDto = components["schemas"]["GoodsPackageDto"];

/**
 * Part of `ListPermissionViewRespDto.groupList`.
 */
export type GroupBo = components["schemas"]["GroupBo"];

/**
 * Part of `CreateOrUpdateGroupDataDto.data`, `GroupListRespDto.data` and `GroupSingleRespDto.data` and others.
 */
export type GroupDto = components["schemas"]["GroupDto"];

/**
 * What `getAllGroups` and `createGroupsBatch` answer.
 */
export type GroupListRespDto = components["schemas"]["GroupListRespDto"];

/**
 * What `getUserGroups`, `getGroupsOfPublicAccount` and `listGroups` answer.
 */
export type GroupPaginatedRespDto = components["schemas"]["GroupPaginatedRespDto"];

/**
 * Part of `GroupPaginatedRespDto.data`.
 */
export type GroupPagingDto = components["schemas"]["GroupPagingDto"];

/**
 * What `getGroup`, `createGroup` and `updateGroup` answer.
 */
export type GroupSingleRespDto = components["schemas"]["GroupSingleRespDto"];

/**
 * Part of `HasAnyRoleRespDto.data`.
 */
export type HasAnyRoleDto = components["schemas"]["HasAnyRoleDto"];

/**
 * Part of `HasAnyRoleReqDto.options`.
 */
export type HasAnyRoleOptionsDto = components["schemas"]["HasAnyRoleOptionsDto"];

/**
 * Request body of `hasAnyRole`.
 */
export type HasAnyRoleReqDto = components["schemas"]["HasAnyRoleReqDto"];

/**
 * What `hasAnyRole` answers.
 */
export type HasAnyRoleRespDto = components["schemas"]["HasAnyRoleRespDto"];

/**
 * Part of `HasAnyRoleReqDto.roles`.
 */
export type HasRoleRolesDto = components["schemas"]["HasRoleRolesDto"];

/**
 * Part of `GetDeviceExclusiveRuleDataDto.ipRule` and `UpdateDeviceExclusiveRuleDto.ipRule`.
 */
export type IPRuleDto = components["schemas"]["IPRuleDto"];

/**
 * Part of `UpdateLoginConfig.ssoPageCustomizationSettings` and `UserPoolTenantConfigDto.ssoPageCustomizationSettings`.
 */
export type ISsoPageCustomizationSettingsDto = components["schemas"]["ISsoPageCustomizationSettingsDto"];

/**
 * Part of `IdentityListRespDto.data` and `UserDto.identities`.
 */
export type IdentityDto = components["schemas"]["IdentityDto"];

/**
 * What `getUserIdentities` answers.
 */
export type IdentityListRespDto = components["schemas"]["IdentityListRespDto"];

/**
 * Part of `GetImportExportTemplateRespDto.data`.
 */
export type ImportExportTemplateRespDto = components["schemas"]["ImportExportTemplateRespDto"];

/**
 * Part of `GetImportInviteeRespDto.data`.
 */
export type ImportInviteeDto = components["schemas"]["ImportInviteeDto"];

/**
 * Request body of `importModel`.
 */
export type ImportMetadataDto = components["schemas"]["ImportMetadataDto"];

/**
 * Request body of `importMetadata`.
 */
export type ImportModelDto = components["schemas"]["ImportModelDto"];

/**
 * Part of `ImportOtpItemDto.otp`.
 */
export type ImportOtpItemDataDto = components["schemas"]["ImportOtpItemDataDto"];

/**
 * Part of `ImportOtpReqDto.list`.
 */
export type ImportOtpItemDto = components["schemas"]["ImportOtpItemDto"];

/**
 * Request body of `importOtp`.
 */
export type ImportOtpReqDto = components["schemas"]["ImportOtpReqDto"];

/**
 * Part of `ImportTenantRespDto.data`.
 */
export type ImportTenantDataDto = components["schemas"]["ImportTenantDataDto"];

/**
 * Request body of `importTenant`.
 */
export type ImportTenantDto = components["schemas"]["ImportTenantDto"];

/**
 * Part of `ImportTenantHistoryRespDto.data`.
 */
export type ImportTenantHistoryDataDto = components["schemas"]["ImportTenantHistoryDataDto"];

/**
 * What `importTenantHistory` answers.
 */
export type ImportTenantHistoryRespDto = components["schemas"]["ImportTenantHistoryRespDto"];

/**
 * Part of `ImportTenantNotifyUserRespDto.data`.
 */
export type ImportTenantNotifyUseDataDto = components["schemas"]["ImportTenantNotifyUseDataDto"];

/**
 * What `importTenantNotifyUser` answers.
 */
export type ImportTenantNotifyUserRespDto = components["schemas"]["ImportTenantNotifyUserRespDto"];

/**
 * What `importTenant` answers.
 */
export type ImportTenantRespDto = components["schemas"]["ImportTenantRespDto"];

/**
 * Request body of `importUsers`.
 */
export type ImportUsersDto = components["schemas"]["ImportUsersDto"];

/**
 * Part of `GetUniversalInvitationDto.adminInvitationConfig` and `GetUniversalInvitationDto.memberInvitationConfig`.
 */
export type InvitationConfigDto = components["schemas"]["InvitationConfigDto"];

/**
 * Part of `UserAttributionDto.targetDetail` and `UserAttributionMainDepartmentDto.departmentDetail`.
 */
export type InvitationDepartmentRespDto = components["schemas"]["InvitationDepartmentRespDto"];

/**
 * Part of `CreateInvitationPolicyDto.inviteLinkConfig` and `UpdateInvitationPolicyDto.inviteLinkConfig`.
 */
export type InvitationLinkConfigDto = components["schemas"]["InvitationLinkConfigDto"];

/**
 * Part of `AddInvitationPolicyUserAttributionsBatchDto.targets` and `RemoveInvitationPolicyUserAttributionsBatchDto.targets`.
 */
export type InvitationPolicyUserAttributionListDto = components["schemas"]["InvitationPolicyUserAttributionListDto"];

/**
 * Part of `UserAttributionDto.targetDetail`.
 */
export type InvitationPostRespDto = components["schemas"]["InvitationPostRespDto"];

/**
 * Part of `InvitationRosterPaginationDto.list` and `InvitationRosterSingleRespDto.data`.
 */
export type InvitationRosterDto = components["schemas"]["InvitationRosterDto"];

/**
 * Part of `InvitationRosterPaginationRespDto.data`.
 */
export type InvitationRosterPaginationDto = components["schemas"]["InvitationRosterPaginationDto"];

/**
 * What `listInvitationRoster`, `listInvitationRostersByPolicyId` and `listInvitationRostersByNonPolicyId` answer.
 */
export type InvitationRosterPaginationRespDto = components["schemas"]["InvitationRosterPaginationRespDto"];

/**
 * What `getInvitationRoster`, `createInvitationRoster` and `updateInvitationRoster` answer.
 */
export type InvitationRosterSingleRespDto = components["schemas"]["InvitationRosterSingleRespDto"];

/**
 * Part of `InvitationUserPaginationDto.list`.
 */
export type InvitationUserDto = components["schemas"]["InvitationUserDto"];

/**
 * Part of `InvitationUserPaginationRespDto.data`.
 */
export type InvitationUserPaginationDto = components["schemas"]["InvitationUserPaginationDto"];

/**
 * What `filterUsers` answers.
 */
export type InvitationUserPaginationRespDto = components["schemas"]["InvitationUserPaginationRespDto"];

/**
 * Part of `InviteTenantUserRecordListDto.list` and `InviteTenantUsersDto.list`.
 */
export type InviteTenantUserRecord = components["schemas"]["InviteTenantUserRecord"];

/**
 * Part of `InviteTenantUserRecordListRespDto.data`.
 */
export type InviteTenantUserRecordListDto = components["schemas"]["InviteTenantUserRecordListDto"];

/**
 * What `listInviteTennatUserRecords` answers.
 */
export type InviteTenantUserRecordListRespDto = components["schemas"]["InviteTenantUserRecordListRespDto"];

/**
 * Part of `InviteTenantUsersRespDto.data`.
 */
export type InviteTenantUsersDto = components["schemas"]["InviteTenantUsersDto"];

/**
 * What `generateInviteTenantUserLink` answers.
 */
export type InviteTenantUsersRespDto = components["schemas"]["InviteTenantUsersRespDto"];

/**
 * Request body of `add`.
 */
export type IpListCreateDto = components["schemas"]["IpListCreateDto"];

/**
 * What `findIpList` answers.
 */
export type IpListPaginatedRespDto = components["schemas"]["IpListPaginatedRespDto"];

/**
 * Part of `IpListPaginatedRespDto.data`.
 */
export type IpListPagingDto = components["schemas"]["IpListPagingDto"];

/**
 * Part of `IpListPagingDto.list`.
 */
export type IpListRespDto = components["schemas"]["IpListRespDto"];

/**
 * Part of `IsActionAllowedRespDtp.data`.
 */
export type IsActionAllowedDataDto = components["schemas"]["IsActionAllowedDataDto"];

/**
 * Request body of `isActionAllowed`.
 */
export type IsActionAllowedDto = components["schemas"]["IsActionAllowedDto"];

/**
 * What `isActionAllowed` answers.
 */
export type IsActionAllowedRespDtp = components["schemas"]["IsActionAllowedRespDtp"];

/**
 * What `deleteWhitelistOfApp` and `deleteWhitelist` answer.
 */
export type IsSuccessDto = components["schemas"]["IsSuccessDto"];

/**
 * What `deletePublicAccountsBatch`, `kickPublicAccounts`, `changeIntoPublicAccount`, `bindUsersPublicAccount` and 103 more answer.
 */
export type IsSuccessRespDto = components["schemas"]["IsSuccessRespDto"];

/**
 * Part of `IsUserExistsRespDto.data`.
 */
export type IsUserExistsDto = components["schemas"]["IsUserExistsDto"];

/**
 * Request body of `isUserExists`.
 */
export type IsUserExistsReqDto = components["schemas"]["IsUserExistsReqDto"];

/**
 * What `isUserExists` answers.
 */
export type IsUserExistsRespDto = components["schemas"]["IsUserExistsRespDto"];

/**
 * Part of `IsUserInDepartmentRespDto.data`.
 */
export type IsUserInDepartmentDataDto = components["schemas"]["IsUserInDepartmentDataDto"];

/**
 * What `isUserInDepartment` answers.
 */
export type IsUserInDepartmentRespDto = components["schemas"]["IsUserInDepartmentRespDto"];

/**
 * Request body of `kickPublicAccounts`.
 */
export type KickPublicAccountsDto = components["schemas"]["KickPublicAccountsDto"];

/**
 * Part of `KickPublicAccountsDto.options`.
 */
export type KickPublicAccountsOptionsDto = components["schemas"]["KickPublicAccountsOptionsDto"];

/**
 * Request body of `kickUsers`.
 */
export type KickUsersDto = components["schemas"]["KickUsersDto"];

/**
 * Part of `KickUsersDto.options`.
 */
export type KickUsersOptionsDto = components["schemas"]["KickUsersOptionsDto"];

/**
 * Part of `CustomFieldI18n.label`, `DepartmentI18nDto.name` and `OrganizationNameI18nDto.organizationName`.
 */
export type LangObject = components["schemas"]["LangObject"];

/**
 * Part of `ErrMsgI18nDto.errorMessage`, `LangObject.zh-CN` and `LangObject.en-US` and others.
 */
export type LangUnit = components["schemas"]["LangUnit"];

/**
 * Part of `UpdateLoginConfig.config`.
 */
export type LanguageCoinfigDto = components["schemas"]["LanguageCoinfigDto"];

/**
 * Part of `LanguageCoinfigDto.global`.
 */
export type LanguageCoinfigGlobalDto = components["schemas"]["LanguageCoinfigGlobalDto"];

/**
 * Part of `PipelineFunctionDto.lastExecuteStatus`.
 */
export type LastExecuteStatus = components["schemas"]["LastExecuteStatus"];

/**
 * Part of `LdapConfigInfoRespDto.data`.
 */
export type LdapConfigInfoDto = components["schemas"]["LdapConfigInfoDto"];

/**
 * What `queryLdapConfigInfo` answers.
 */
export type LdapConfigInfoRespDto = components["schemas"]["LdapConfigInfoRespDto"];

/**
 * What `getBindPwd` answers.
 */
export type LdapGetBindPwdRespDto = components["schemas"]["LdapGetBindPwdRespDto"];

/**
 * Part of `LdapLogRespDto.data`.
 */
export type LdapLogDto = components["schemas"]["LdapLogDto"];

/**
 * What `queryLdapLog` and `queryLdapSubEntries` answer.
 */
export type LdapLogRespDto = components["schemas"]["LdapLogRespDto"];

/**
 * What `updateLdapConfigInfo`, `saveLdapConfigInfo` and `disableLdapServer` answer.
 */
export type LdapOperateRespDto = components["schemas"]["LdapOperateRespDto"];

/**
 * Request body of `saveLdapConfigInfo`.
 */
export type LdapSaveDto = components["schemas"]["LdapSaveDto"];

/**
 * Request body of `disableLdapServer`.
 */
export type LdapSetEnabledFlagDto = components["schemas"]["LdapSetEnabledFlagDto"];

/**
 * Request body of `updateLdapConfigInfo`.
 */
export type LdapUpdateDto = components["schemas"]["LdapUpdateDto"];

/**
 * Part of `LinkIdentityResDto.data`.
 */
export type LinkIdentityDataDto = components["schemas"]["LinkIdentityDataDto"];

/**
 * Request body of `linkIdentity`.
 */
export type LinkIdentityDto = components["schemas"]["LinkIdentityDto"];

/**
 * What `linkIdentity` answers.
 */
export type LinkIdentityResDto = components["schemas"]["LinkIdentityResDto"];

/**
 * Part of `ListAccessKeyResponseDto.data`.
 */
export type ListAccessKeyRespDto = components["schemas"]["ListAccessKeyRespDto"];

/**
 * What `getAccessKeyList` answers.
 */
export type ListAccessKeyResponseDto = components["schemas"]["ListAccessKeyResponseDto"];

/**
 * Request body of `listApplicationActiveUsers`.
 */
export type ListApplicationActiveUsersDto = components["schemas"]["ListApplicationActiveUsersDto"];

/**
 * Part of `ListApplicationActiveUsersDto.options`.
 */
export type ListApplicationActiveUsersOptionsDto = components["schemas"]["ListApplicationActiveUsersOptionsDto"];

/**
 * Part of `ListApplicationAuthPaginatedDataDto.list`.
 */
export type ListApplicationAuthDataDto = components["schemas"]["ListApplicationAuthDataDto"];

/**
 * Request body of `listAuthApplication`.
 */
export type ListApplicationAuthDto = components["schemas"]["ListApplicationAuthDto"];

/**
 * Part of `ListApplicationAuthPaginatedRespDto.data`.
 */
export type ListApplicationAuthPaginatedDataDto = components["schemas"]["ListApplicationAuthPaginatedDataDto"];

/**
 * What `listAuthApplication` answers.
 */
export type ListApplicationAuthPaginatedRespDto = components["schemas"]["ListApplicationAuthPaginatedRespDto"];

/**
 * Part of `ListApplicationSubjectDataListDto.list`.
 */
export type ListApplicationSubjectDataDto = components["schemas"]["ListApplicationSubjectDataDto"];

/**
 * Part of `ListApplicationSubjectRespDto.data`.
 */
export type ListApplicationSubjectDataListDto = components["schemas"]["ListApplicationSubjectDataListDto"];

/**
 * What `listAuthSubject` answers.
 */
export type ListApplicationSubjectRespDto = components["schemas"]["ListApplicationSubjectRespDto"];

/**
 * Part of `ArchivedUsersListPagingDto.list`.
 */
export type ListArchivedUsersRespDto = components["schemas"]["ListArchivedUsersRespDto"];

/**
 * What `listArchivedUsers` answers.
 */
export type ListArchivedUsersSingleRespDto = components["schemas"]["ListArchivedUsersSingleRespDto"];

/**
 * Request body of `listAuthSubject`.
 */
export type ListAuthSubjectDto = components["schemas"]["ListAuthSubjectDto"];

/**
 * What `listUserBaseFields` and `listCustFields` answer.
 */
export type ListCistomFieldsResDto = components["schemas"]["ListCistomFieldsResDto"];

/**
 * Part of `ListCistomFieldsResDto.data`.
 */
export type ListCustomFieldsDto = components["schemas"]["ListCustomFieldsDto"];

/**
 * What `listDataPolices` answers.
 */
export type ListDataPoliciesPaginatedRespDto = components["schemas"]["ListDataPoliciesPaginatedRespDto"];

/**
 * Part of `DataPoliciesPaginatedRespDto.list`.
 */
export type ListDataPoliciesRespDto = components["schemas"]["ListDataPoliciesRespDto"];

/**
 * Part of `ListDataPolicySubjectPaginatedRespDto.data`.
 */
export type ListDataPolicySubjectPageDto = components["schemas"]["ListDataPolicySubjectPageDto"];

/**
 * What `listDataPolicyTargets` answers.
 */
export type ListDataPolicySubjectPaginatedRespDto = components["schemas"]["ListDataPolicySubjectPaginatedRespDto"];

/**
 * What `listDataResources` answers.
 */
export type ListDataResourcesPaginatedRespDto = components["schemas"]["ListDataResourcesPaginatedRespDto"];

/**
 * Part of `DataResourcesPaginatedRespDto.list`.
 */
export type ListDataResourcesRespDto = components["schemas"]["ListDataResourcesRespDto"];

/**
 * What `listDnef` answers.
 */
export type ListDnefPaginatedRespDto = components["schemas"]["ListDnefPaginatedRespDto"];

/**
 * Request body of `listInvitationRostersByPolicyId`.
 */
export type ListInvitationRosterByPolicyIdDto = components["schemas"]["ListInvitationRosterByPolicyIdDto"];

/**
 * Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`.
 */
export type ListInvitationRosterDto = components["schemas"]["ListInvitationRosterDto"];

/**
 * Request body of `filterUsers`.
 */
export type ListInvitationUserDto = components["schemas"]["ListInvitationUserDto"];

/**
 * Request body of `listPermissionView`.
 */
export type ListPermissionViewDto = components["schemas"]["ListPermissionViewDto"];

/**
 * Part of `ListPermissionViewResponseDto.data`.
 */
export type ListPermissionViewPaginatedRespDto = components["schemas"]["ListPermissionViewPaginatedRespDto"];

/**
 * Part of `ListPermissionViewPaginatedRespDto.list`.
 */
export type ListPermissionViewRespDto = components["schemas"]["ListPermissionViewRespDto"];

/**
 * What `listPermissionView` answers.
 */
export type ListPermissionViewResponseDto = components["schemas"]["ListPermissionViewResponseDto"];

/**
 * Request body of `postListBatch`.
 */
export type ListPostBatchDto = components["schemas"]["ListPostBatchDto"];

/**
 * Part of `ListPublicAccountsRequestDto.advancedFilter`.
 */
export type ListPublicAccountsAdvancedFilterItemDto = components["schemas"]["ListPublicAccountsAdvancedFilterItemDto"];

/**
 * Part of `ListPublicAccountsRequestDto.options`.
 */
export type ListPublicAccountsOptionsDto = components["schemas"]["ListPublicAccountsOptionsDto"];

/**
 * Request body of `listPublicAccounts`.
 */
export type ListPublicAccountsRequestDto = components["schemas"]["ListPublicAccountsRequestDto"];

/**
 * Part of `ListResourceTargetsRespDto.data`.
 */
export type ListResourceTargetsDataDto = components["schemas"]["ListResourceTargetsDataDto"];

/**
 * Request body of `listResourceTargets`.
 */
export type ListResourceTargetsDto = components["schemas"]["ListResourceTargetsDto"];

/**
 * Part of `ListResourceTargetsDataDto.authUserList`.
 */
export type ListResourceTargetsDtoResp = components["schemas"]["ListResourceTargetsDtoResp"];

/**
 * What `listResourceTargets` answers.
 */
export type ListResourceTargetsRespDto = components["schemas"]["ListResourceTargetsRespDto"];

/**
 * What `listSimpleDataPolices` answers.
 */
export type ListSimpleDataPoliciesPaginatedRespDto = components["schemas"]["ListSimpleDataPoliciesPaginatedRespDto"];

/**
 * Part of `DataPoliciesSimplePaginatedRespDto.list`.
 */
export type ListSimpleDataPoliciesRespDto = components["schemas"]["ListSimpleDataPoliciesRespDto"];

/**
 * Request body of `listTenantAdmin`.
 */
export type ListTenantAdminDto = components["schemas"]["ListTenantAdminDto"];

/**
 * Request body of `listTenantUsers`.
 */
export type ListTenantUserDto = components["schemas"]["ListTenantUserDto"];

/**
 * Part of `ListTenantUserDto.options`.
 */
export type ListTenantUsersOptionsDto = components["schemas"]["ListTenantUsersOptionsDto"];

/**
 * Part of `ListUsersRequestDto.advancedFilter`.
 */
export type ListUsersAdvancedFilterItemDto = components["schemas"]["ListUsersAdvancedFilterItemDto"];

/**
 * Part of `ListUsersRequestDto.options`.
 */
export type ListUsersOptionsDto = components["schemas"]["ListUsersOptionsDto"];

/**
 * Request body of `listUsers`.
 */
export type ListUsersRequestDto = components["schemas"]["ListUsersRequestDto"];

/**
 * Request body of `getWebhookLogs`.
 */
export type ListWebhookLogs = components["schemas"]["ListWebhookLogs"];

/**
 * Part of `ListWebhookLogsRespDto.data`.
 */
export type ListWebhookLogsData = components["schemas"]["ListWebhookLogsData"];

/**
 * What `getWebhookLogs` answers.
 */
export type ListWebhookLogsRespDto = components["schemas"]["ListWebhookLogsRespDto"];

/**
 * Part of `GetAdminAuditLogsDto.pagination` and `GetUserActionLogsDto.pagination`.
 */
export type ListWebhooksDto = components["schemas"]["ListWebhooksDto"];

/**
 * Part of `SecuritySettingsDto.loginAnomalyDetection` and `UpdateSecuritySettingsDto.loginAnomalyDetection`.
 */
export type LoginAnomalyDetectionConfigDto = components["schemas"]["LoginAnomalyDetectionConfigDto"];

/**
 * Part of `LoginAnomalyDetectionConfigDto.loginFailCheck`.
 */
export type LoginFailCheckConfigDto = components["schemas"]["LoginFailCheckConfigDto"];

/**
 * Part of `LoginAnomalyDetectionConfigDto.robotVerifyLoginIpWhitelistCheck`.
 */
export type LoginIpWhitelistCheckConfigDto = components["schemas"]["LoginIpWhitelistCheckConfigDto"];

/**
 * Part of `LoginAnomalyDetectionConfigDto.loginPasswordFailCheck`, `LoginAnomalyDetectionConfigDto.accountLockLoginPasswordFailCheck` and `LoginAnomalyDetectionConfigDto.robotVerifyLoginPasswordFailCheck`.
 */
export type LoginPassowrdFailCheckConfigDto = components["schemas"]["LoginPassowrdFailCheckConfigDto"];

/**
 * Request body of `closeGlobalMfaSettings`.
 */
export type MFADisableSettingsDto = components["schemas"]["MFADisableSettingsDto"];

/**
 * Request body of `updateGlobalMfaSettings`.
 */
export type MFASettingsDto = components["schemas"]["MFASettingsDto"];

/**
 * What `updateApplicationMfaSettings`, `getGlobalMfaSettings`, `updateGlobalMfaSettings` and `closeGlobalMfaSettings` answer.
 */
export type MFASettingsRespDto = components["schemas"]["MFASettingsRespDto"];

/**
 * Part of `CostGetMauPeriodUsageHistoryRespDto.data`.
 */
export type MauPeriodUsageHistory = components["schemas"]["MauPeriodUsageHistory"];

/**
 * Part of `MauPeriodUsageHistory.records`.
 */
export type MauPeriodUsageHistoryDto = components["schemas"]["MauPeriodUsageHistoryDto"];

/**
 * Request body of `getMetadataGroupList`.
 */
export type MetadataGroupDto = components["schemas"]["MetadataGroupDto"];

/**
 * What `getRowBatch` answers.
 */
export type MetadataListResDto = components["schemas"]["MetadataListResDto"];

/**
 * Part of `MultipleTenantAdminListPagingDto.list`.
 */
export type MultipleTenantAdminDto = components["schemas"]["MultipleTenantAdminDto"];

/**
 * Part of `MultipleTenantAdminPaginatedRespDto.data`.
 */
export type MultipleTenantAdminListPagingDto = components["schemas"]["MultipleTenantAdminListPagingDto"];

/**
 * What `listMultipleTenantAdmin` and `getMultipleTenantAdmin` answer.
 */
export type MultipleTenantAdminPaginatedRespDto = components["schemas"]["MultipleTenantAdminPaginatedRespDto"];

/**
 * Part of `NamespaceListRespDto.data` and `NamespaceRespDto.data`.
 */
export type NamespaceDto = components["schemas"]["NamespaceDto"];

/**
 * What `listNamespaces` answers.
 */
export type NamespaceListPaginatedRespDto = components["schemas"]["NamespaceListPaginatedRespDto"];

/**
 * Part of `NamespaceListPaginatedRespDto.data`.
 */
export type NamespaceListPagingDto = components["schemas"]["NamespaceListPagingDto"];

/**
 * What `getNamespacesBatch` answers.
 */
export type NamespaceListRespDto = components["schemas"]["NamespaceListRespDto"];

/**
 * What `createNamespace` and `getNamespace` answer.
 */
export type NamespaceRespDto = components["schemas"]["NamespaceRespDto"];

/**
 * What `listNamespaceRoles` answers.
 */
export type NamespaceRolesListPaginatedRespDto = components["schemas"]["NamespaceRolesListPaginatedRespDto"];

/**
 * Part of `NamespaceRolesListPaginatedRespDto.data`.
 */
export type NamespaceRolesListRespDto = components["schemas"]["NamespaceRolesListRespDto"];

/**
 * Part of `NamespaceListPagingDto.list`.
 */
export type NamespacesListRespDto = components["schemas"]["NamespacesListRespDto"];

/**
 * What `updateNodeStatus` answers.
 */
export type Node = components["schemas"]["Node"];

/**
 * Part of `ListPermissionViewRespDto.nodeList`.
 */
export type NodeBo = components["schemas"]["NodeBo"];

/**
 * Part of `ApplicationDto.oidcConfig`, `CreateApplicationDto.oidcConfig` and `CreateApplicationRespDataDto.oidcConfig` and others.
 */
export type OIDCConfig = components["schemas"]["OIDCConfig"];

/**
 * Part of `ApplicationDto.oauthConfig`, `CreateApplicationDto.oauthConfig` and `CreateApplicationRespDataDto.oauthConfig` and others.
 */
export type OauthIdpConfig = components["schemas"]["OauthIdpConfig"];

/**
 * Part of `OpenEventPagingDto.list`.
 */
export type OpenEventDto = components["schemas"]["OpenEventDto"];

/**
 * What `listEvents` answers.
 */
export type OpenEventPaginatedRespDto = components["schemas"]["OpenEventPaginatedRespDto"];

/**
 * Part of `OpenEventPaginatedRespDto.data`.
 */
export type OpenEventPagingDto = components["schemas"]["OpenEventPagingDto"];

/**
 * Part of `UserPermissionListDto.resourceList`.
 */
export type OpenResource = components["schemas"]["OpenResource"];

/**
 * What `listOperate` and `listOperateAll` answer.
 */
export type OperateModelDto = components["schemas"]["OperateModelDto"];

/**
 * Part of `Config.options`.
 */
export type Option = components["schemas"]["Option"];

/**
 * Part of `CostGetOrderDetailRespDto.data` and `GetOrdersRes.list`.
 */
export type OrderItem = components["schemas"]["OrderItem"];

/**
 * Part of `OrganizationListRespDto.data`, `OrganizationPagingDto.list` and `OrganizationSingleRespDto.data`.
 */
export type OrganizationDto = components["schemas"]["OrganizationDto"];

/**
 * What `getOrganizationsBatch` answers.
 */
export type OrganizationListRespDto = components["schemas"]["OrganizationListRespDto"];

/**
 * Part of `CreateOrganizationReqDto.i18n`, `OrganizationDto.i18n` and `UpdateOrganizationReqDto.i18n`.
 */
export type OrganizationNameI18nDto = components["schemas"]["OrganizationNameI18nDto"];

/**
 * What `listOrganizations` and `searchOrganizations` answer.
 */
export type OrganizationPaginatedRespDto = components["schemas"]["OrganizationPaginatedRespDto"];

/**
 * Part of `OrganizationPaginatedRespDto.data`.
 */
export type OrganizationPagingDto = components["schemas"]["OrganizationPagingDto"];

/**
 * What `getOrganization`, `createOrganization` and `updateOrganization` answer.
 */
export type OrganizationSingleRespDto = components["schemas"]["OrganizationSingleRespDto"];

/**
 * Part of `GetOtpSecretRespDto.data`.
 */
export type OtpSecretRespDto = components["schemas"]["OtpSecretRespDto"];

/**
 * Part of `ListApplicationActiveUsersOptionsDto.pagination`, `ListPublicAccountsOptionsDto.pagination` and `ListTenantUsersOptionsDto.pagination` and others.
 */
export type PaginationDto = components["schemas"]["PaginationDto"];

/**
 * Part of `PaginationInvitationPolicyRespDto.data`.
 */
export type PaginationInvitationPolicyDataDto = components["schemas"]["PaginationInvitationPolicyDataDto"];

/**
 * Request body of `listInvitationPolicies`.
 */
export type PaginationInvitationPolicyQueryDto = components["schemas"]["PaginationInvitationPolicyQueryDto"];

/**
 * What `listInvitationPolicies` answers.
 */
export type PaginationInvitationPolicyRespDto = components["schemas"]["PaginationInvitationPolicyRespDto"];

/**
 * Part of `PaginationUniversalInvitationApplicantRespDto.data`.
 */
export type PaginationUniversalInvitationApplicantDataDto = components["schemas"]["PaginationUniversalInvitationApplicantDataDto"];

/**
 * Request body of `filter`.
 */
export type PaginationUniversalInvitationApplicantQueryDto = components["schemas"]["PaginationUniversalInvitationApplicantQueryDto"];

/**
 * What `filter` answers.
 */
export type PaginationUniversalInvitationApplicantRespDto = components["schemas"]["PaginationUniversalInvitationApplicantRespDto"];

/**
 * Part of `AdminAuditLogDto.ua` and `UserActionLogDto.parsedUserAgent`.
 */
export type ParsedUserAgent = components["schemas"]["ParsedUserAgent"];

/**
 * What `checkPermissionNamespaceExists` answers.
 */
export type PermissionNamespaceCheckExistsRespDto = components["schemas"]["PermissionNamespaceCheckExistsRespDto"];

/**
 * What `listPermissionNamespaces` answers.
 */
export type PermissionNamespaceListPaginatedRespDto = components["schemas"]["PermissionNamespaceListPaginatedRespDto"];

/**
 * Part of `PermissionNamespaceListPaginatedRespDto.data`.
 */
export type PermissionNamespaceListPagingDto = components["schemas"]["PermissionNamespaceListPagingDto"];

/**
 * What `listPermissionNamespaceRoles` answers.
 */
export type PermissionNamespaceRolesListPaginatedRespDto = components["schemas"]["PermissionNamespaceRolesListPaginatedRespDto"];

/**
 * Part of `PermissionNamespaceRolesListPaginatedRespDto.data`.
 */
export type PermissionNamespaceRolesListPagingDto = components["schemas"]["PermissionNamespaceRolesListPagingDto"];

/**
 * Part of `PermissionNamespaceRolesListPagingDto.list`.
 */
export type PermissionNamespaceRolesListRespDto = components["schemas"]["PermissionNamespaceRolesListRespDto"];

/**
 * Part of `PermissionNamespaceListPagingDto.list`.
 */
export type PermissionNamespacesListRespDto = components["schemas"]["PermissionNamespacesListRespDto"];

/**
 * Part of `PipelineFunctionPagingDto.list` and `PipelineFunctionSingleRespDto.data`.
 */
export type PipelineFunctionDto = components["schemas"]["PipelineFunctionDto"];

/**
 * What `listPipelineFunctions` and `getPipelineLogs` answer.
 */
export type PipelineFunctionPaginatedRespDto = components["schemas"]["PipelineFunctionPaginatedRespDto"];

/**
 * Part of `PipelineFunctionPaginatedRespDto.data`.
 */
export type PipelineFunctionPagingDto = components["schemas"]["PipelineFunctionPagingDto"];

/**
 * What `createPipelineFunction`, `getPipelineFunction`, `reuploadPipelineFunction` and `updatePipelineFunction` answer.
 */
export type PipelineFunctionSingleRespDto = components["schemas"]["PipelineFunctionSingleRespDto"];

/**
 * Part of `ListPermissionViewRespDto.dataPolicyList`.
 */
export type PolicyBo = components["schemas"]["PolicyBo"];

/**
 * Part of `AuthorizedResourceDto.condition`.
 */
export type PolicyCondition = components["schemas"]["PolicyCondition"];

/**
 * Request body of `updateRegisterExtendsFields`.
 */
export type PolicyExtendsFieldsDto = components["schemas"]["PolicyExtendsFieldsDto"];

/**
 * Part of `PostListRespDto.data` and `PostRespDto.data`.
 */
export type PostDto = components["schemas"]["PostDto"];

/**
 * Part of `CreatePostRespDto.data`.
 */
export type PostInfoDto = components["schemas"]["PostInfoDto"];

/**
 * Part of `PostPagingDto.list`.
 */
export type PostItemDto = components["schemas"]["PostItemDto"];

/**
 * What `getUserPosts` answers.
 */
export type PostListRespDto = components["schemas"]["PostListRespDto"];

/**
 * What `postList` and `postListBatch` answer.
 */
export type PostPaginatedRespDto = components["schemas"]["PostPaginatedRespDto"];

/**
 * Part of `PostPaginatedRespDto.data`.
 */
export type PostPagingDto = components["schemas"]["PostPagingDto"];

/**
 * What `getPostById` answers.
 */
export type PostRespDto = components["schemas"]["PostRespDto"];

/**
 * Part of `PreviewEmailTemplateRespDto.data`.
 */
export type PreviewEmailTemplateDataDto = components["schemas"]["PreviewEmailTemplateDataDto"];

/**
 * Request body of `previewEmailTemplate`.
 */
export type PreviewEmailTemplateDto = components["schemas"]["PreviewEmailTemplateDto"];

/**
 * What `previewEmailTemplate` answers.
 */
export type PreviewEmailTemplateRespDto = components["schemas"]["PreviewEmailTemplateRespDto"];

/**
 * Part of `PrincipalAuthenticationInfoPagingDto.list`.
 */
export type PrincipalAuthenticationInfoDto = components["schemas"]["PrincipalAuthenticationInfoDto"];

/**
 * What `getUserPrincipalAuthenticationInfo` answers.
 */
export type PrincipalAuthenticationInfoPaginatedRespDto = components["schemas"]["PrincipalAuthenticationInfoPaginatedRespDto"];

/**
 * Part of `PrincipalAuthenticationInfoPaginatedRespDto.data`.
 */
export type PrincipalAuthenticationInfoPagingDto = components["schemas"]["PrincipalAuthenticationInfoPagingDto"];

/**
 * Request body of `verifyEvent` and `pubUserEvent`.
 */
export type PubEventDto = components["schemas"]["PubEventDto"];

/**
 * Part of `PubEventRespDto.data`.
 */
export type PubEventRespDataDto = components["schemas"]["PubEventRespDataDto"];

/**
 * What `verifyEvent` and `pubUserEvent` answer.
 */
export type PubEventRespDto = components["schemas"]["PubEventRespDto"];

/**
 * Part of `PublicAccountListRespDto.data`, `PublicAccountPagingDto.list` and `PublicAccountSingleRespDto.data`.
 */
export type PublicAccountDto = components["schemas"]["PublicAccountDto"];

/**
 * What `getPublicAccountBatch`, `createPublicAccountsBatch` and `updatePublicAccountBatch` answer.
 */
export type PublicAccountListRespDto = components["schemas"]["PublicAccountListRespDto"];

/**
 * What `listPublicAccounts`, `getPublicAccountsOfUser`, `getUsersOfPublicAccount`, `getPublicAccountRoles` and 4 more answer.
 */
export type PublicAccountPaginatedRespDto = components["schemas"]["PublicAccountPaginatedRespDto"];

/**
 * Part of `PublicAccountPaginatedRespDto.data`.
 */
export type PublicAccountPagingDto = components["schemas"]["PublicAccountPagingDto"];

/**
 * What `getPublicAccount`, `createPublicAccount` and `updatePublicAccount` answer.
 */
export type PublicAccountSingleRespDto = components["schemas"]["PublicAccountSingleRespDto"];

/**
 * Part of `SecuritySettingsDto.qrcodeLoginStrategy` and `UpdateSecuritySettingsDto.qrcodeLoginStrategy`.
 */
export type QrcodeLoginStrategyDto = components["schemas"]["QrcodeLoginStrategyDto"];

/**
 * Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`.
 */
export type QueryTerminalAppsDto = components["schemas"]["QueryTerminalAppsDto"];

/**
 * Request body of `quickFilterInviteeList`.
 */
export type QuickFilterInvitationUserDto = components["schemas"]["QuickFilterInvitationUserDto"];

/**
 * Part of `QuickFilterInviteePaginationRespDto.data`.
 */
export type QuickFilterInviteePaginationDto = components["schemas"]["QuickFilterInviteePaginationDto"];

/**
 * What `quickFilterInviteeList` answers.
 */
export type QuickFilterInviteePaginationRespDto = components["schemas"]["QuickFilterInviteePaginationRespDto"];

/**
 * Part of `QuickFilterInviteePaginationDto.list`.
 */
export type QuickFilterInviteeRecordDto = components["schemas"]["QuickFilterInviteeRecordDto"];

/**
 * Request body of `reuploadPipelineFunction`.
 */
export type ReUploadPipelineFunctionDto = components["schemas"]["ReUploadPipelineFunctionDto"];

/**
 * Part of `RefreshApplicationSecretRespDto.data`.
 */
export type RefreshApplicationSecretDataDto = components["schemas"]["RefreshApplicationSecretDataDto"];

/**
 * Request body of `refreshApplicationSecret`.
 */
export type RefreshApplicationSecretDto = components["schemas"]["RefreshApplicationSecretDto"];

/**
 * What `refreshApplicationSecret` answers.
 */
export type RefreshApplicationSecretRespDto = components["schemas"]["RefreshApplicationSecretRespDto"];

/**
 * Part of `SecuritySettingsDto.registerAnomalyDetection` and `UpdateSecuritySettingsDto.registerAnomalyDetection`.
 */
export type RegisterAnomalyDetectionConfigDto = components["schemas"]["RegisterAnomalyDetectionConfigDto"];

/**
 * Part of `FunctionModelFieldDto.relationOptionalRange` and `UpdateFunctionModelFieldDto.relationOptionalRange`.
 */
export type RelationOptionalRange = components["schemas"]["RelationOptionalRange"];

/**
 * Request body of `relationSearch`.
 */
export type RelationSearchDto = components["schemas"]["RelationSearchDto"];

/**
 * Part of `RelationValueListResDto.data`.
 */
export type RelationValueListDto = components["schemas"]["RelationValueListDto"];

/**
 * What `getRelationValue`, `getRelationDetails`, `relationSearch` and `copyRowRelation` answer.
 */
export type RelationValueListResDto = components["schemas"]["RelationValueListResDto"];

/**
 * Request body of `removeDepartmentMembers`.
 */
export type RemoveDepartmentMembersReqDto = components["schemas"]["RemoveDepartmentMembersReqDto"];

/**
 * Request body of `removeGroupMembers`.
 */
export type RemoveGroupMembersReqDto = components["schemas"]["RemoveGroupMembersReqDto"];

/**
 * Request body of `removePolicyUserAttribution`.
 */
export type RemoveInvitationPolicyUserAttributionDto = components["schemas"]["RemoveInvitationPolicyUserAttributionDto"];

/**
 * Request body of `removeUserAttributionMainDepartment`.
 */
export type RemoveInvitationPolicyUserAttributionMainDepartmentDto = components["schemas"]["RemoveInvitationPolicyUserAttributionMainDepartmentDto"];

/**
 * Request body of `removePolicyUserAttributionsBatch`.
 */
export type RemoveInvitationPolicyUserAttributionsBatchDto = components["schemas"]["RemoveInvitationPolicyUserAttributionsBatchDto"];

/**
 * Request body of `removePost`.
 */
export type RemovePostDto = components["schemas"]["RemovePostDto"];

/**
 * Request body of `removeRelationValue`.
 */
export type RemoveRelationValueDto = components["schemas"]["RemoveRelationValueDto"];

/**
 * Request body of `removeRow`.
 */
export type RemoveRowDto = components["schemas"]["RemoveRowDto"];

/**
 * Request body of `removeTenantDepartmentMembers`.
 */
export type RemoveTenantDepartmentMembersReqDto = components["schemas"]["RemoveTenantDepartmentMembersReqDto"];

/**
 * Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
 */
export type RemoveTenantUsersDto = components["schemas"]["RemoveTenantUsersDto"];

/**
 * Part of `GroupPagingDto.list`.
 */
export type ResGroupDto = components["schemas"]["ResGroupDto"];

/**
 * Request body of `resetUserPrincipalAuthenticationInfo`.
 */
export type ResetUserPrincipalAuthenticationInfoDto = components["schemas"]["ResetUserPrincipalAuthenticationInfoDto"];

/**
 * Part of `ResetUserPrincipalAuthenticationInfoDto.options`.
 */
export type ResetUserPrincipalAuthenticationInfoOptionsDto = components["schemas"]["ResetUserPrincipalAuthenticationInfoOptionsDto"];

/**
 * Request body of `resignUserBatch` and `resignPublicAccountBatch`.
 */
export type ResignUserBatchReqDto = components["schemas"]["ResignUserBatchReqDto"];

/**
 * Part of `ResignUserRespDto.data`.
 */
export type ResignUserDataDto = components["schemas"]["ResignUserDataDto"];

/**
 * Request body of `resignUser`.
 */
export type ResignUserReqDto = components["schemas"]["ResignUserReqDto"];

/**
 * What `resignUser`, `resignUserBatch` and `resignPublicAccountBatch` answer.
 */
export type ResignUserRespDto = components["schemas"]["ResignUserRespDto"];

/**
 * Part of `CommonResourceDto.actions`, `CreateResourceBatchItemDto.actions` and `CreateResourceDto.actions` and others.
 */
export type ResourceAction = components["schemas"]["ResourceAction"];

/**
 * Part of `GetResourceAuthorizedTargetDataDto.list`.
 */
export type ResourceAuthorizedTargetDto = components["schemas"]["ResourceAuthorizedTargetDto"];

/**
 * Part of `ResourceListRespDto.data`, `ResourcePagingDto.list` and `ResourceRespDto.data`.
 */
export type ResourceDto = components["schemas"]["ResourceDto"];

/**
 * Part of `AuthorizeResourceItem.resources`.
 */
export type ResourceItemDto = components["schemas"]["ResourceItemDto"];

/**
 * What `getResourcesBatch` answers.
 */
export type ResourceListRespDto = components["schemas"]["ResourceListRespDto"];

/**
 * What `listResources` answers.
 */
export type ResourcePaginatedRespDto = components["schemas"]["ResourcePaginatedRespDto"];

/**
 * Part of `ResourcePaginatedRespDto.data`.
 */
export type ResourcePagingDto = components["schemas"]["ResourcePagingDto"];

/**
 * What `createResource`, `getResource` and `updateResource` answer.
 */
export type ResourceRespDto = components["schemas"]["ResourceRespDto"];

/**
 * Part of `CreateDepartmentTreeRespDto.data`.
 */
export type Result = components["schemas"]["Result"];

/**
 * Request body of `revertRosterInvitationBatch`.
 */
export type RevertRosterInvitationBatchDto = components["schemas"]["RevertRosterInvitationBatchDto"];

/**
 * Request body of `revertRosterInvitation`.
 */
export type RevertRosterInvitationDto = components["schemas"]["RevertRosterInvitationDto"];

/**
 * Request body of `reviewTenantEnterpriseCertification`.
 */
export type ReviewTenantEnterpriseCertificationBodyDto = components["schemas"]["ReviewTenantEnterpriseCertificationBodyDto"];

/**
 * Request body of `revokeApplicationAccess`.
 */
export type RevokeApplicationAccessDto = components["schemas"]["RevokeApplicationAccessDto"];

/**
 * Request body of `revokeRoleBatch`.
 */
export type RevokeRoleBatchDto = components["schemas"]["RevokeRoleBatchDto"];

/**
 * Request body of `revokeRole`.
 */
export type RevokeRoleDto = components["schemas"]["RevokeRoleDto"];

/**
 * Part of `RightItemRes.rightsItems`.
 */
export type RightItemDto = components["schemas"]["RightItemDto"];

/**
 * Part of `CostGetAllRightItemRespDto.data`.
 */
export type RightItemRes = components["schemas"]["RightItemRes"];

/**
 * Part of `UserListPagingDto.list`.
 */
export type RiskListItemDto = components["schemas"]["RiskListItemDto"];

/**
 * Request body of `addRiskListPolicy`.
 */
export type RiskListPolicyCreateDto = components["schemas"]["RiskListPolicyCreateDto"];

/**
 * Part of `UserListPolicyPaginatedRespDto.data`.
 */
export type RiskListPolicyPagingDto = components["schemas"]["RiskListPolicyPagingDto"];

/**
 * Part of `RiskListPolicyPagingDto.list`.
 */
export type RiskListPolicyRespDto = components["schemas"]["RiskListPolicyRespDto"];

/**
 * What `getRoleAuthorizedResources` answers.
 */
export type RoleAuthorizedResourcePaginatedRespDto = components["schemas"]["RoleAuthorizedResourcePaginatedRespDto"];

/**
 * Part of `RoleAuthorizedResourcePaginatedRespDto.data`.
 */
export type RoleAuthorizedResourcePagingDto = components["schemas"]["RoleAuthorizedResourcePagingDto"];

/**
 * Part of `RoleAuthorizedResourcePagingDto.list`.
 */
export type RoleAuthorizedResourcesRespDto = components["schemas"]["RoleAuthorizedResourcesRespDto"];

/**
 * Part of `ListPermissionViewRespDto.roleList`.
 */
export type RoleBo = components["schemas"]["RoleBo"];

/**
 * What `checkParamsNamespace` and `createAdminRole` answer.
 */
export type RoleCheckParamsRespDto = components["schemas"]["RoleCheckParamsRespDto"];

/**
 * Part of `DeleteRoleBatchDto.roleList`.
 */
export type RoleCodeAndNamespaceDto = components["schemas"]["RoleCodeAndNamespaceDto"];

/**
 * Part of `AssignRoleBatchDto.roles`, `CheckRoleMutualExclusionReqDto.roles` and `RevokeRoleBatchDto.roles`.
 */
export type RoleCodeDto = components["schemas"]["RoleCodeDto"];

/**
 * What `listRoleDepartments` answers.
 */
export type RoleDepartmentListPaginatedRespDto = components["schemas"]["RoleDepartmentListPaginatedRespDto"];

/**
 * Part of `RoleDepartmentListPaginatedRespDto.data`.
 */
export type RoleDepartmentListPagingDto = components["schemas"]["RoleDepartmentListPagingDto"];

/**
 * Part of `RoleDepartmentListPagingDto.list`.
 */
export type RoleDepartmentRespDto = components["schemas"]["RoleDepartmentRespDto"];

/**
 * Part of `RolePagingDto.list`, `RoleSingleRespDto.data` and `UserAttributionDto.targetDetail`.
 */
export type RoleDto = components["schemas"]["RoleDto"];

/**
 * Part of `CreateRolesBatch.list`.
 */
export type RoleListItem = components["schemas"]["RoleListItem"];

/**
 * Part of `RoleListPageRespDto.data`.
 */
export type RoleListPageDto = components["schemas"]["RoleListPageDto"];

/**
 * What `listRoleAssignments` answers.
 */
export type RoleListPageRespDto = components["schemas"]["RoleListPageRespDto"];

/**
 * What `getUserRoles` and `listRoles` answer.
 */
export type RolePaginatedRespDto = components["schemas"]["RolePaginatedRespDto"];

/**
 * Part of `RolePaginatedRespDto.data`.
 */
export type RolePagingDto = components["schemas"]["RolePagingDto"];

/**
 * Part of `ApprovalDetailDto.approvalObjectList`.
 */
export type RolePermissionApplyApprovalObject = components["schemas"]["RolePermissionApplyApprovalObject"];

/**
 * Part of `RoleListPageDto.data`.
 */
export type RolePermissionListDto = components["schemas"]["RolePermissionListDto"];

/**
 * What `getRole` and `createRole` answer.
 */
export type RoleSingleRespDto = components["schemas"]["RoleSingleRespDto"];

/**
 * Part of `FunctionModelValueResDto.data`, `GetImportTemplateResDto.data` and `MetadataListResDto.data`.
 */
export type RowDto = components["schemas"]["RowDto"];

/**
 * Part of `EmailProviderDto.smtpConfig`.
 */
export type SMTPEmailProviderConfig = components["schemas"]["SMTPEmailProviderConfig"];

/**
 * Part of `ConfigEmailProviderDto.smtpConfig`.
 */
export type SMTPEmailProviderConfigInput = components["schemas"]["SMTPEmailProviderConfigInput"];

/**
 * Part of `ApplicationDto.samlConfig`, `CreateApplicationDto.samlConfig` and `CreateApplicationRespDataDto.samlConfig` and others.
 */
export type SamlIdpConfig = components["schemas"]["SamlIdpConfig"];

/**
 * Request body of `saveInvitationPolicies`.
 */
export type SaveDeviceExclusiveValidScopeSettingsDto = components["schemas"]["SaveDeviceExclusiveValidScopeSettingsDto"];

/**
 * Part of `FilterDto.scope` and `FilterDto.filterRelation`.
 */
export type ScopeDto = components["schemas"]["ScopeDto"];

/**
 * Part of `SearchDepartmentsListReqDto.advancedFilter`.
 */
export type SearchDepartmentsFilterItemDto = components["schemas"]["SearchDepartmentsFilterItemDto"];

/**
 * Request body of `searchDepartmentsList`.
 */
export type SearchDepartmentsListReqDto = components["schemas"]["SearchDepartmentsListReqDto"];

/**
 * Request body of `searchDepartments`.
 */
export type SearchDepartmentsReqDto = components["schemas"]["SearchDepartmentsReqDto"];

/**
 * Part of `SecuritySettingsRespDto.data`.
 */
export type SecuritySettingsDto = components["schemas"]["SecuritySettingsDto"];

/**
 * What `getSecuritySettings` and `updateSecuritySettings` answer.
 */
export type SecuritySettingsRespDto = components["schemas"]["SecuritySettingsRespDto"];

/**
 * Part of `SecuritySettingsDto.selfUnlockAccount` and `UpdateSecuritySettingsDto.selfUnlockAccount`.
 */
export type SelfUnlockAccountConfigDto = components["schemas"]["SelfUnlockAccountConfigDto"];

/**
 * Part of `CreatePublicAccountOptionsDto.sendNotification` and `CreateUserOptionsDto.sendNotification`.
 */
export type SendCreateAccountNotificationDto = components["schemas"]["SendCreateAccountNotificationDto"];

/**
 * What `sendEmailBatch` answers.
 */
export type SendEmailBatchDataDto = components["schemas"]["SendEmailBatchDataDto"];

/**
 * Part of `EmailProviderDto.sendGridConfig`.
 */
export type SendGridEmailProviderConfig = components["schemas"]["SendGridEmailProviderConfig"];

/**
 * Part of `ConfigEmailProviderDto.sendGridConfig`.
 */
export type SendGridEmailProviderConfigInput = components["schemas"]["SendGridEmailProviderConfigInput"];

/**
 * Request body of `sendInviteTenantUserEmail`.
 */
export type SendInviteTenantUserEmailDto = components["schemas"]["SendInviteTenantUserEmailDto"];

/**
 * Request body of `sendEmailBatch`.
 */
export type SendManyTenantEmailDto = components["schemas"]["SendManyTenantEmailDto"];

/**
 * Request body of `sendSmsBatch`.
 */
export type SendManyTenantSmsDto = components["schemas"]["SendManyTenantSmsDto"];

/**
 * Part of `UpdatePublicAccountBatchOptionsDto.sendPasswordResetedNotification`, `UpdatePublicAccountOptionsDto.sendPasswordResetedNotification` and `UpdateUserBatchOptionsDto.sendPasswordResetedNotification` and others.
 */
export type SendResetPasswordNotificationDto = components["schemas"]["SendResetPasswordNotificationDto"];

/**
 * Request body of `sendRosterInvitationBatch`.
 */
export type SendRosterInvitationBatchDto = components["schemas"]["SendRosterInvitationBatchDto"];

/**
 * Request body of `sendRosterInvitation`.
 */
export type SendRosterInvitationDto = components["schemas"]["SendRosterInvitationDto"];

/**
 * Part of `SendSmsBatchRespDto.data`.
 */
export type SendSmsBatchDataDto = components["schemas"]["SendSmsBatchDataDto"];

/**
 * What `sendSmsBatch` answers.
 */
export type SendSmsBatchRespDto = components["schemas"]["SendSmsBatchRespDto"];

/**
 * Part of `SendManyTenantEmailDto.users`.
 */
export type SendTenantEmailDto = components["schemas"]["SendTenantEmailDto"];

/**
 * Part of `SendManyTenantSmsDto.users`.
 */
export type SendTenantSmsDto = components["schemas"]["SendTenantSmsDto"];

/**
 * Part of `SetCustomDataReqDto.list`.
 */
export type SetCustomDataDto = components["schemas"]["SetCustomDataDto"];

/**
 * Request body of `setCustomData`.
 */
export type SetCustomDataReqDto = components["schemas"]["SetCustomDataReqDto"];

/**
 * Part of `SetCustomFieldsReqDto.list`.
 */
export type SetCustomFieldDto = components["schemas"]["SetCustomFieldDto"];

/**
 * Request body of `setCustomFields`.
 */
export type SetCustomFieldsReqDto = components["schemas"]["SetCustomFieldsReqDto"];

/**
 * Request body of `setUserAttributionMainDepartment`.
 */
export type SetInvitationPolicyUserAttributionMainDepartmentDto = components["schemas"]["SetInvitationPolicyUserAttributionMainDepartmentDto"];

/**
 * Request body of `setUsersMfaStatus`.
 */
export type SetMfaStatusDto = components["schemas"]["SetMfaStatusDto"];

/**
 * Request body of `bindUsersPublicAccount`.
 */
export type SetPublicAccountBatchReqDto = components["schemas"]["SetPublicAccountBatchReqDto"];

/**
 * Part of `SetUserBaseFieldsReqDto.list`.
 */
export type SetUserBaseFieldDto = components["schemas"]["SetUserBaseFieldDto"];

/**
 * Request body of `setUserBaseFields`.
 */
export type SetUserBaseFieldsReqDto = components["schemas"]["SetUserBaseFieldsReqDto"];

/**
 * Part of `SetUserDepartmentsDto.departments`.
 */
export type SetUserDepartmentDto = components["schemas"]["SetUserDepartmentDto"];

/**
 * Request body of `setUserDepartments` and `setPublicAccountOfDepartments`.
 */
export type SetUserDepartmentsDto = components["schemas"]["SetUserDepartmentsDto"];

/**
 * Part of `SetUserDepartmentsDto.options`.
 */
export type SetUserDepartmentsOptionsDto = components["schemas"]["SetUserDepartmentsOptionsDto"];

/**
 * Request body of `getPublicAccountOfGroups`.
 */
export type SetUserGroupsDto = components["schemas"]["SetUserGroupsDto"];

/**
 * Request body of `setuserOfPublicAccount`.
 */
export type SetUserOfPublicAccountBatchReqDto = components["schemas"]["SetUserOfPublicAccountBatchReqDto"];

/**
 * Request body of `setUserPosts`.
 */
export type SetUserPostsDto = components["schemas"]["SetUserPostsDto"];

/**
 * Request body of `bindPublicAccountOfRoles`.
 */
export type SetUserRolesDto = components["schemas"]["SetUserRolesDto"];

/**
 * Part of `ListPublicAccountsOptionsDto.sort` and `ListUsersOptionsDto.sort`.
 */
export type SortingDto = components["schemas"]["SortingDto"];

/**
 * Part of `OpenResource.strAuthorize`.
 */
export type StrAuthorize = components["schemas"]["StrAuthorize"];

/**
 * Part of `GetExternalUserResourceStructDataDto.strResourceAuthAction` and `GetUserResourceStructDataDto.strResourceAuthAction`.
 */
export type StrResourceAuthAction = components["schemas"]["StrResourceAuthAction"];

/**
 * Part of `CreateAuthorizeDataPolicyDto.targetList`.
 */
export type SubjectDto = components["schemas"]["SubjectDto"];

/**
 * Part of `ListDataPoliciesRespDto.targetList`.
 */
export type SubjectRespDto = components["schemas"]["SubjectRespDto"];

/**
 * Request body of `suspendDevice`.
 */
export type SuspendTerminalUserDto = components["schemas"]["SuspendTerminalUserDto"];

/**
 * Part of `SyncJobPagingDto.list` and `SyncJobSingleRespDto.data`.
 */
export type SyncJobDto = components["schemas"]["SyncJobDto"];

/**
 * What `listSyncJobs` answers.
 */
export type SyncJobPaginatedRespDto = components["schemas"]["SyncJobPaginatedRespDto"];

/**
 * Part of `SyncJobPaginatedRespDto.data`.
 */
export type SyncJobPagingDto = components["schemas"]["SyncJobPagingDto"];

/**
 * What `getSyncJob` answers.
 */
export type SyncJobSingleRespDto = components["schemas"]["SyncJobSingleRespDto"];

/**
 * What `getDepartmentSyncRelations` and `getUserSyncRelations` answer.
 */
export type SyncRelationListRespDto = components["schemas"]["SyncRelationListRespDto"];

/**
 * Part of `SyncRiskOperationPagingDto.list`.
 */
export type SyncRiskOperationDto = components["schemas"]["SyncRiskOperationDto"];

/**
 * What `listSyncRiskOperations` answers.
 */
export type SyncRiskOperationPaginatedRespDto = components["schemas"]["SyncRiskOperationPaginatedRespDto"];

/**
 * Part of `SyncRiskOperationPaginatedRespDto.data`.
 */
export type SyncRiskOperationPagingDto = components["schemas"]["SyncRiskOperationPagingDto"];

/**
 * Part of `SyncTaskClientConfig.activeDirectoryConfig`.
 */
export type SyncTaskActiveDirectoryClientConfig = components["schemas"]["SyncTaskActiveDirectoryClientConfig"];

/**
 * Part of `CreateSyncTaskDto.clientConfig` and `UpdateSyncTaskDto.clientConfig`.
 */
export type SyncTaskClientConfig = components["schemas"]["SyncTaskClientConfig"];

/**
 * Part of `SyncTaskClientConfig.dingtalkConfig`.
 */
export type SyncTaskDingtalkClientConfig = components["schemas"]["SyncTaskDingtalkClientConfig"];

/**
 * Part of `SyncTaskPagingDto.list` and `SyncTaskSingleRespDto.data`.
 */
export type SyncTaskDto = components["schemas"]["SyncTaskDto"];

/**
 * Part of `CreateSyncTaskDto.fieldMapping`, `SyncTaskDto.fieldMapping` and `UpdateSyncTaskDto.fieldMapping`.
 */
export type SyncTaskFieldMapping = components["schemas"]["SyncTaskFieldMapping"];

/**
 * Part of `SyncTaskClientConfig.fxiaokeConfig`.
 */
export type SyncTaskFxiaokeClientConfig = components["schemas"]["SyncTaskFxiaokeClientConfig"];

/**
 * Part of `SyncTaskClientConfig.italentConfig`.
 */
export type SyncTaskItalentClientConfig = components["schemas"]["SyncTaskItalentClientConfig"];

/**
 * Part of `SyncTaskClientConfig.kayangConfig`.
 */
export type SyncTaskKayangClientConfig = components["schemas"]["SyncTaskKayangClientConfig"];

/**
 * Part of `SyncTaskClientConfig.larkConfig` and `SyncTaskClientConfig.larkInternationalConfig`.
 */
export type SyncTaskLarkClientConfig = components["schemas"]["SyncTaskLarkClientConfig"];

/**
 * Part of `SyncTaskClientConfig.ldapConfig`.
 */
export type SyncTaskLdapClientConfig = components["schemas"]["SyncTaskLdapClientConfig"];

/**
 * Part of `SyncTaskClientConfig.maycurConfig`.
 */
export type SyncTaskMaycurClientConfig = components["schemas"]["SyncTaskMaycurClientConfig"];

/**
 * Part of `SyncTaskClientConfig.mokaConfig`.
 */
export type SyncTaskMokaClientConfig = components["schemas"]["SyncTaskMokaClientConfig"];

/**
 * What `listSyncTasks`, `createSyncTask` and `updateSyncTask` answer.
 */
export type SyncTaskPaginatedRespDto = components["schemas"]["SyncTaskPaginatedRespDto"];

/**
 * Part of `SyncTaskPaginatedRespDto.data`.
 */
export type SyncTaskPagingDto = components["schemas"]["SyncTaskPagingDto"];

/**
 * Part of `CreateSyncTaskDto.provisioningScope`, `SyncTaskDto.provisioningScope` and `UpdateSyncTaskDto.provisioningScope`.
 */
export type SyncTaskProvisioningScope = components["schemas"]["SyncTaskProvisioningScope"];

/**
 * Part of `SyncTaskClientConfig.scimConfig`.
 */
export type SyncTaskScimClientConfig = components["schemas"]["SyncTaskScimClientConfig"];

/**
 * What `getSyncTask` answers.
 */
export type SyncTaskSingleRespDto = components["schemas"]["SyncTaskSingleRespDto"];

/**
 * Part of `CreateSyncTaskDto.timedScheduler`, `SyncTaskDto.timedScheduler` and `UpdateSyncTaskDto.timedScheduler`.
 */
export type SyncTaskTimedScheduler = components["schemas"]["SyncTaskTimedScheduler"];

/**
 * Part of `SyncTaskClientConfig.wechatworkConfig`.
 */
export type SyncTaskWechatworkClientConfig = components["schemas"]["SyncTaskWechatworkClientConfig"];

/**
 * Part of `SyncTaskClientConfig.xiaoshouyiConfig`.
 */
export type SyncTaskXiaoshouyiClientConfig = components["schemas"]["SyncTaskXiaoshouyiClientConfig"];

/**
 * Part of `UpdateLoginConfig.passwordTabConfig` and `UpdateLoginConfig.verifyCodeTabConfig`.
 */
export type TabConfigDto = components["schemas"]["TabConfigDto"];

/**
 * Part of `AssignRoleBatchDto.targets`, `AssignRoleDto.targets` and `RevokeRoleBatchDto.targets` and others.
 */
export type TargetDto = components["schemas"]["TargetDto"];

/**
 * Part of `TenantApplicationListPagingDto.list`.
 */
export type TenantApplicationDto = components["schemas"]["TenantApplicationDto"];

/**
 * What `listTenantApplications` answers.
 */
export type TenantApplicationListPaginatedRespDto = components["schemas"]["TenantApplicationListPaginatedRespDto"];

/**
 * Part of `TenantApplicationListPaginatedRespDto.data`.
 */
export type TenantApplicationListPagingDto = components["schemas"]["TenantApplicationListPagingDto"];

/**
 * Part of `TenantCooperatorListPagingDto.list`.
 */
export type TenantCooperatorDto = components["schemas"]["TenantCooperatorDto"];

/**
 * Part of `TenantCooperatorPaginatedRespDto.data`.
 */
export type TenantCooperatorListPagingDto = components["schemas"]["TenantCooperatorListPagingDto"];

/**
 * What `listTenantCooperators` answers.
 */
export type TenantCooperatorPaginatedRespDto = components["schemas"]["TenantCooperatorPaginatedRespDto"];

/**
 * Part of `TenantCooperatorSingleRespDto.data`.
 */
export type TenantCooperatorSingleDto = components["schemas"]["TenantCooperatorSingleDto"];

/**
 * What `getTenantCooperator` and `getTenantCooperatorMenu` answer.
 */
export type TenantCooperatorSingleRespDto = components["schemas"]["TenantCooperatorSingleRespDto"];

/**
 * Part of `CreateTenantRespDto.data`.
 */
export type TenantDto = components["schemas"]["TenantDto"];

/**
 * What `getTenantEnterpriseCertification` answers.
 */
export type TenantEnterpriseCertificationRespDto = components["schemas"]["TenantEnterpriseCertificationRespDto"];

/**
 * What `listTenants` answers.
 */
export type TenantListPaginatedRespDto = components["schemas"]["TenantListPaginatedRespDto"];

/**
 * Part of `TenantListPaginatedRespDto.data`.
 */
export type TenantListPagingDto = components["schemas"]["TenantListPagingDto"];

/**
 * Part of `TenantListPagingDto.list` and `TenantSingleRespDto.data`.
 */
export type TenantRespDto = components["schemas"]["TenantRespDto"];

/**
 * What `getTenantLittleInfo`, `getTenant` and `getTenantByCode` answer.
 */
export type TenantSingleRespDto = components["schemas"]["TenantSingleRespDto"];

/**
 * Part of `TenantCooperatorDto.tenantUser`, `TenantUserListPagingDto.list` and `TenantUserRespDto.data` and others.
 */
export type TenantUserDto = components["schemas"]["TenantUserDto"];

/**
 * What `listTenantAdmin` and `listTenantUsers` answer.
 */
export type TenantUserListPaginatedRespDto = components["schemas"]["TenantUserListPaginatedRespDto"];

/**
 * Part of `TenantUserListPaginatedRespDto.data`.
 */
export type TenantUserListPagingDto = components["schemas"]["TenantUserListPagingDto"];

/**
 * What `createTenantUser` answers.
 */
export type TenantUserRespDto = components["schemas"]["TenantUserRespDto"];

/**
 * What `getTenantUser` answers.
 */
export type TenantUserSingleRespDto = components["schemas"]["TenantUserSingleRespDto"];

/**
 * Part of `EmailProviderDto.tencentExmailConfig`.
 */
export type TencentExmailEmailProviderConfig = components["schemas"]["TencentExmailEmailProviderConfig"];

/**
 * Part of `ConfigEmailProviderDto.tencentExmailConfig`.
 */
export type TencentExmailEmailProviderConfigInput = components["schemas"]["TencentExmailEmailProviderConfigInput"];

/**
 * Request body of `getDeviceStatus`.
 */
export type TerminalBaseDto = components["schemas"]["TerminalBaseDto"];

/**
 * Part of `TerminalInfoRespDto.data`.
 */
export type TerminalInfoDto = components["schemas"]["TerminalInfoDto"];

/**
 * What `createDevice`, `addDevice` and `createVerifyDevice` answer.
 */
export type TerminalInfoRespDto = components["schemas"]["TerminalInfoRespDto"];

/**
 * Part of `TreeAuthorize.authList`.
 */
export type TreeAuthBo = components["schemas"]["TreeAuthBo"];

/**
 * Part of `OpenResource.treeAuthorize`.
 */
export type TreeAuthorize = components["schemas"]["TreeAuthorize"];

/**
 * Part of `GetExternalUserResourceStructDataDto.treeResourceAuthAction` and `GetUserResourceStructDataDto.treeResourceAuthAction`.
 */
export type TreeResourceAuthAction = components["schemas"]["TreeResourceAuthAction"];

/**
 * Part of `TreeResourceAuthAction.nodeAuthActionList` and `TreeStructs.children`.
 */
export type TreeStructs = components["schemas"]["TreeStructs"];

/**
 * Request body of `triggerSyncRiskOperations`.
 */
export type TriggerSyncRiskOperationDto = components["schemas"]["TriggerSyncRiskOperationDto"];

/**
 * Part of `TriggerSyncRiskOperationsRespDto.data`.
 */
export type TriggerSyncRiskOperationsDataDto = components["schemas"]["TriggerSyncRiskOperationsDataDto"];

/**
 * What `triggerSyncRiskOperations` answers.
 */
export type TriggerSyncRiskOperationsRespDto = components["schemas"]["TriggerSyncRiskOperationsRespDto"];

/**
 * Part of `TriggerSyncTaskRespDto.data`.
 */
export type TriggerSyncTaskDataDto = components["schemas"]["TriggerSyncTaskDataDto"];

/**
 * Request body of `triggerSyncTask`.
 */
export type TriggerSyncTaskDto = components["schemas"]["TriggerSyncTaskDto"];

/**
 * What `triggerSyncTask` and `listSyncJobLogs` answer.
 */
export type TriggerSyncTaskRespDto = components["schemas"]["TriggerSyncTaskRespDto"];

/**
 * Part of `TriggerWebhookRespDto.data`.
 */
export type TriggerWebhookData = components["schemas"]["TriggerWebhookData"];

/**
 * Request body of `triggerWebhook`.
 */
export type TriggerWebhookDto = components["schemas"]["TriggerWebhookDto"];

/**
 * What `triggerWebhook` answers.
 */
export type TriggerWebhookRespDto = components["schemas"]["TriggerWebhookRespDto"];

/**
 * Request body of `unbindUsersPublicAccount`.
 */
export type UnbindPublicAccountBatchReqDto = components["schemas"]["UnbindPublicAccountBatchReqDto"];

/**
 * Part of `PaginationUniversalInvitationApplicantDataDto.list`.
 */
export type UniversalInvitationApplicantData = components["schemas"]["UniversalInvitationApplicantData"];

/**
 * Request body of `unlinkIdentity`.
 */
export type UnlinkIdentity = components["schemas"]["UnlinkIdentity"];

/**
 * Part of `UnlinkIdentityResDto.data`.
 */
export type UnlinkIdentityDataDto = components["schemas"]["UnlinkIdentityDataDto"];

/**
 * What `unlinkIdentity` answers.
 */
export type UnlinkIdentityResDto = components["schemas"]["UnlinkIdentityResDto"];

/**
 * Request body of `updateAccessKey`.
 */
export type UpdateAccessKeyDto = components["schemas"]["UpdateAccessKeyDto"];

/**
 * Request body of `updateApplication`.
 */
export type UpdateApplicationDto = components["schemas"]["UpdateApplicationDto"];

/**
 * Part of `UpdateApplicationDto.loginConfig`.
 */
export type UpdateApplicationLoginConfigInputDto = components["schemas"]["UpdateApplicationLoginConfigInputDto"];

/**
 * Request body of `updateApplicationMfaSettings`.
 */
export type UpdateApplicationMfaSettingsDto = components["schemas"]["UpdateApplicationMfaSettingsDto"];

/**
 * Request body of `updateApplicationPermissionStrategy`.
 */
export type UpdateApplicationPermissionStrategyDataDto = components["schemas"]["UpdateApplicationPermissionStrategyDataDto"];

/**
 * Request body of `updateAsaAccount`.
 */
export type UpdateAsaAccountDto = components["schemas"]["UpdateAsaAccountDto"];

/**
 * Request body of `enabledAuth`.
 */
export type UpdateAuthEnabledDto = components["schemas"]["UpdateAuthEnabledDto"];

/**
 * Request body of `updateDataPolicy`.
 */
export type UpdateDataPolicyDto = components["schemas"]["UpdateDataPolicyDto"];

/**
 * Part of `UpdateDataPolicyResponseDto.data`.
 */
export type UpdateDataPolicyRespDto = components["schemas"]["UpdateDataPolicyRespDto"];

/**
 * What `updateDataPolicy` answers.
 */
export type UpdateDataPolicyResponseDto = components["schemas"]["UpdateDataPolicyResponseDto"];

/**
 * Request body of `updateDataResource`.
 */
export type UpdateDataResourceDto = components["schemas"]["UpdateDataResourceDto"];

/**
 * Part of `UpdateDataResourceResponseDto.data`.
 */
export type UpdateDataResourceRespDto = components["schemas"]["UpdateDataResourceRespDto"];

/**
 * What `updateDataResource` answers.
 */
export type UpdateDataResourceResponseDto = components["schemas"]["UpdateDataResourceResponseDto"];

/**
 * Request body of `updateDepartment`.
 */
export type UpdateDepartmentReqDto = components["schemas"]["UpdateDepartmentReqDto"];

/**
 * Request body of `updateNodeStatus`.
 */
export type UpdateDepartmentStatusReqDto = components["schemas"]["UpdateDepartmentStatusReqDto"];

/**
 * Request body of `updateRuleSettings`.
 */
export type UpdateDeviceExclusiveRuleDto = components["schemas"]["UpdateDeviceExclusiveRuleDto"];

/**
 * Request body of `updateDnef`.
 */
export type UpdateDnefReq = components["schemas"]["UpdateDnefReq"];

/**
 * Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
 */
export type UpdateEmailTemplateDto = components["schemas"]["UpdateEmailTemplateDto"];

/**
 * Request body of `updateExtIdpConn`.
 */
export type UpdateExtIdpConnDto = components["schemas"]["UpdateExtIdpConnDto"];

/**
 * Request body of `updateExtIdp`.
 */
export type UpdateExtIdpDto = components["schemas"]["UpdateExtIdpDto"];

/**
 * Part of `PolicyExtendsFieldsDto.extendsField`.
 */
export type UpdateExtendsFieldDto = components["schemas"]["UpdateExtendsFieldDto"];

/**
 * Request body of `updateModel`.
 */
export type UpdateFunctionModelDto = components["schemas"]["UpdateFunctionModelDto"];

/**
 * Request body of `updateField`.
 */
export type UpdateFunctionModelFieldDto = components["schemas"]["UpdateFunctionModelFieldDto"];

/**
 * Request body of `updateGroup`.
 */
export type UpdateGroupReqDto = components["schemas"]["UpdateGroupReqDto"];

/**
 * Request body of `updateInvitationPolicy`.
 */
export type UpdateInvitationPolicyDto = components["schemas"]["UpdateInvitationPolicyDto"];

/**
 * Request body of `updateInvitationRoster`.
 */
export type UpdateInvitationRosterDto = components["schemas"]["UpdateInvitationRosterDto"];

/**
 * Part of `UpdateLoginConfigDto.update` and `UpdateUserPoolTenantLoginConfigDto.update`.
 */
export type UpdateLoginConfig = components["schemas"]["UpdateLoginConfig"];

/**
 * Request body of `updateLoginPageConfig`.
 */
export type UpdateLoginConfigDto = components["schemas"]["UpdateLoginConfigDto"];

/**
 * Request body of `updateNamespace`.
 */
export type UpdateNamespaceDto = components["schemas"]["UpdateNamespaceDto"];

/**
 * What `updateNamespace` answers.
 */
export type UpdateNamespaceRespDto = components["schemas"]["UpdateNamespaceRespDto"];

/**
 * Request body of `updateOperate`.
 */
export type UpdateOperateModelDto = components["schemas"]["UpdateOperateModelDto"];

/**
 * Request body of `updateOrganization`.
 */
export type UpdateOrganizationReqDto = components["schemas"]["UpdateOrganizationReqDto"];

/**
 * Request body of `updateOrganizationStatus`.
 */
export type UpdateOrganizationStatusReqDto = components["schemas"]["UpdateOrganizationStatusReqDto"];

/**
 * Request body of `updatePermissionNamespace`.
 */
export type UpdatePermissionNamespaceDto = components["schemas"]["UpdatePermissionNamespaceDto"];

/**
 * Part of `UpdatePermissionNamespaceResponseDto.data`.
 */
export type UpdatePermissionNamespaceRespDto = components["schemas"]["UpdatePermissionNamespaceRespDto"];

/**
 * What `updatePermissionNamespace` answers.
 */
export type UpdatePermissionNamespaceResponseDto = components["schemas"]["UpdatePermissionNamespaceResponseDto"];

/**
 * Request body of `updatePipelineFunction`.
 */
export type UpdatePipelineFunctionDto = components["schemas"]["UpdatePipelineFunctionDto"];

/**
 * Request body of `updatePipelineOrder`.
 */
export type UpdatePipelineOrderDto = components["schemas"]["UpdatePipelineOrderDto"];

/**
 * Part of `UpdatePublicAccountBatchReqDto.options`.
 */
export type UpdatePublicAccountBatchOptionsDto = components["schemas"]["UpdatePublicAccountBatchOptionsDto"];

/**
 * Request body of `updatePublicAccountBatch`.
 */
export type UpdatePublicAccountBatchReqDto = components["schemas"]["UpdatePublicAccountBatchReqDto"];

/**
 * Part of `UpdatePublicAccountBatchReqDto.list`.
 */
export type UpdatePublicAccountInfoDto = components["schemas"]["UpdatePublicAccountInfoDto"];

/**
 * Part of `UpdatePublicAccountReqDto.options`.
 */
export type UpdatePublicAccountOptionsDto = components["schemas"]["UpdatePublicAccountOptionsDto"];

/**
 * Request body of `updatePublicAccount`.
 */
export type UpdatePublicAccountReqDto = components["schemas"]["UpdatePublicAccountReqDto"];

/**
 * Request body of `updateResource`.
 */
export type UpdateResourceDto = components["schemas"]["UpdateResourceDto"];

/**
 * Request body of `updateRole`.
 */
export type UpdateRoleDto = components["schemas"]["UpdateRoleDto"];

/**
 * Request body of `updateRow`.
 */
export type UpdateRowDto = components["schemas"]["UpdateRowDto"];

/**
 * Request body of `updateSecuritySettings`.
 */
export type UpdateSecuritySettingsDto = components["schemas"]["UpdateSecuritySettingsDto"];

/**
 * Request body of `updateSyncTask`.
 */
export type UpdateSyncTaskDto = components["schemas"]["UpdateSyncTaskDto"];

/**
 * Request body of `updateTenantQrCodeState`.
 */
export type UpdateTenantAppqrcodeState = components["schemas"]["UpdateTenantAppqrcodeState"];

/**
 * Request body of `updateTenant`.
 */
export type UpdateTenantDto = components["schemas"]["UpdateTenantDto"];

/**
 * Request body of `updateTenantUser`.
 */
export type UpdateTenantUserDto = components["schemas"]["UpdateTenantUserDto"];

/**
 * Request body of `disableDevice` and `enableDevice`.
 */
export type UpdateTerminalUserDto = components["schemas"]["UpdateTerminalUserDto"];

/**
 * Request body of `updateUniversalInvitation`.
 */
export type UpdateUniversalInvitationDto = components["schemas"]["UpdateUniversalInvitationDto"];

/**
 * Part of `UpdateUserBatchReqDto.options`.
 */
export type UpdateUserBatchOptionsDto = components["schemas"]["UpdateUserBatchOptionsDto"];

/**
 * Request body of `updateUserBatch`.
 */
export type UpdateUserBatchReqDto = components["schemas"]["UpdateUserBatchReqDto"];

/**
 * Part of `UpdateUserBatchReqDto.list`.
 */
export type UpdateUserInfoDto = components["schemas"]["UpdateUserInfoDto"];

/**
 * Part of `UpdateUserReqDto.options`.
 */
export type UpdateUserOptionsDto = components["schemas"]["UpdateUserOptionsDto"];

/**
 * Request body of `updateUserPoolTenantConfig`.
 */
export type UpdateUserPoolTenantLoginConfigDto = components["schemas"]["UpdateUserPoolTenantLoginConfigDto"];

/**
 * Request body of `updateUser`.
 */
export type UpdateUserReqDto = components["schemas"]["UpdateUserReqDto"];

/**
 * Request body of `updateWebhook`.
 */
export type UpdateWebhookDto = components["schemas"]["UpdateWebhookDto"];

/**
 * What `updateWebhook` answers.
 */
export type UpdateWebhooksRespDto = components["schemas"]["UpdateWebhooksRespDto"];

/**
 * Part of `UserSyncRelationDto.userInfoInIdp`.
 */
export type User = components["schemas"]["User"];

/**
 * Part of `UserActionLogRespData.list`.
 */
export type UserActionLogDto = components["schemas"]["UserActionLogDto"];

/**
 * Part of `UserActionLogRespDto.data`.
 */
export type UserActionLogRespData = components["schemas"]["UserActionLogRespData"];

/**
 * What `getUserActionLogs` answers.
 */
export type UserActionLogRespDto = components["schemas"]["UserActionLogRespDto"];

/**
 * Part of `UserAttributionPaginationDto.list` and `UserAttributionSingleRespDto.data`.
 */
export type UserAttributionDto = components["schemas"]["UserAttributionDto"];

/**
 * Part of `UserAttributionMainDepartmentRespDto.data`.
 */
export type UserAttributionMainDepartmentDto = components["schemas"]["UserAttributionMainDepartmentDto"];

/**
 * What `getUserAttributionMainDepartment` answers.
 */
export type UserAttributionMainDepartmentRespDto = components["schemas"]["UserAttributionMainDepartmentRespDto"];

/**
 * Part of `UserAttributionPaginationRespDto.data`.
 */
export type UserAttributionPaginationDto = components["schemas"]["UserAttributionPaginationDto"];

/**
 * What `listPolicyUserAttributionDetail` answers.
 */
export type UserAttributionPaginationRespDto = components["schemas"]["UserAttributionPaginationRespDto"];

/**
 * What `getPolicyUserAttributionDetail` and `addPolicyUserAttribution` answer.
 */
export type UserAttributionSingleRespDto = components["schemas"]["UserAttributionSingleRespDto"];

/**
 * Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
 */
export type UserConnectionPostDto = components["schemas"]["UserConnectionPostDto"];

/**
 * What `getUserDepartments` and `getPublicAccountDepartments` answer.
 */
export type UserDepartmentPaginatedRespDto = components["schemas"]["UserDepartmentPaginatedRespDto"];

/**
 * Part of `UserDepartmentPaginatedRespDto.data`.
 */
export type UserDepartmentPagingDto = components["schemas"]["UserDepartmentPagingDto"];

/**
 * Part of `UserDepartmentPagingDto.list`.
 */
export type UserDepartmentRespDto = components["schemas"]["UserDepartmentRespDto"];

/**
 * Part of `GroupDto.members`, `ResGroupDto.members` and `TenantCooperatorDto.user` and others.
 */
export type UserDto = components["schemas"]["UserDto"];

/**
 * Request body of `userFieldDecrypt`.
 */
export type UserFieldDecryptReqDto = components["schemas"]["UserFieldDecryptReqDto"];

/**
 * Part of `UserFieldDecryptReqDto.data`.
 */
export type UserFieldDecryptReqItemDto = components["schemas"]["UserFieldDecryptReqItemDto"];

/**
 * What `userFieldDecrypt` answers.
 */
export type UserFieldDecryptRespDto = components["schemas"]["UserFieldDecryptRespDto"];

/**
 * Part of `UserFieldDecryptRespDto.data`.
 */
export type UserFieldDecryptRespItemDto = components["schemas"]["UserFieldDecryptRespItemDto"];

/**
 * What `listDepartmentMemberIds` answers.
 */
export type UserIdListRespDto = components["schemas"]["UserIdListRespDto"];

/**
 * Part of `CreateDepartmentTreeReqDto.members`.
 */
export type UserInfoDto = components["schemas"]["UserInfoDto"];

/**
 * Request body of `addUser`.
 */
export type UserListCreateDto = components["schemas"]["UserListCreateDto"];

/**
 * What `findUserList` answers.
 */
export type UserListPaginatedRespDto = components["schemas"]["UserListPaginatedRespDto"];

/**
 * Part of `UserListPaginatedRespDto.data`.
 */
export type UserListPagingDto = components["schemas"]["UserListPagingDto"];

/**
 * What `findRiskListPolicy` answers.
 */
export type UserListPolicyPaginatedRespDto = components["schemas"]["UserListPolicyPaginatedRespDto"];

/**
 * What `getUserBatch`, `createUsersBatch` and `updateUserBatch` answer.
 */
export type UserListRespDto = components["schemas"]["UserListRespDto"];

/**
 * Part of `UserLoggedInAppsListRespDto.data`.
 */
export type UserLoggedInAppsDto = components["schemas"]["UserLoggedInAppsDto"];

/**
 * What `getUserLoggedinApps` answers.
 */
export type UserLoggedInAppsListRespDto = components["schemas"]["UserLoggedInAppsListRespDto"];

/**
 * Part of `UserLoggedInIdentitiesRespDto.data`.
 */
export type UserLoggedInIdentitiesDto = components["schemas"]["UserLoggedInIdentitiesDto"];

/**
 * What `getUserLoggedinIdentities` answers.
 */
export type UserLoggedInIdentitiesRespDto = components["schemas"]["UserLoggedInIdentitiesRespDto"];

/**
 * Part of `UserLoginHistoryPagingDto.list`.
 */
export type UserLoginHistoryDto = components["schemas"]["UserLoginHistoryDto"];

/**
 * What `getUserLoginHistory` answers.
 */
export type UserLoginHistoryPaginatedRespDto = components["schemas"]["UserLoginHistoryPaginatedRespDto"];

/**
 * Part of `UserLoginHistoryPaginatedRespDto.data`.
 */
export type UserLoginHistoryPagingDto = components["schemas"]["UserLoginHistoryPagingDto"];

/**
 * Part of `UserMfaSingleRespDto.data`.
 */
export type UserMfaRespDto = components["schemas"]["UserMfaRespDto"];

/**
 * What `getUserMfaInfo` answers.
 */
export type UserMfaSingleRespDto = components["schemas"]["UserMfaSingleRespDto"];

/**
 * What `listDepartmentMembers`, `searchDepartmentMembers`, `listUsers`, `listUsersLegacy` and 3 more answer.
 */
export type UserPaginatedRespDto = components["schemas"]["UserPaginatedRespDto"];

/**
 * Part of `UserPaginatedRespDto.data`.
 */
export type UserPagingDto = components["schemas"]["UserPagingDto"];

/**
 * Part of `GetUserPermissionListDataDto.userPermissionList`.
 */
export type UserPermissionListDto = components["schemas"]["UserPermissionListDto"];

/**
 * Part of `UserPoolTenantConfigDtoRespDto.data`.
 */
export type UserPoolTenantConfigDto = components["schemas"]["UserPoolTenantConfigDto"];

/**
 * What `userpollTenantConfig` answers.
 */
export type UserPoolTenantConfigDtoRespDto = components["schemas"]["UserPoolTenantConfigDtoRespDto"];

/**
 * What `getUser`, `createUser` and `updateUser` answer.
 */
export type UserSingleRespDto = components["schemas"]["UserSingleRespDto"];

/**
 * Part of `SyncRelationListRespDto.data`.
 */
export type UserSyncRelationDto = components["schemas"]["UserSyncRelationDto"];

/**
 * Part of `WebhookEventListData.categories`.
 */
export type WebhookCategoryDto = components["schemas"]["WebhookCategoryDto"];

/**
 * Part of `CreateWebhookRespDto.data`, `GetWebhookRespDto.data` and `GetWebhooksData.list` and others.
 */
export type WebhookDto = components["schemas"]["WebhookDto"];

/**
 * Part of `WebhookEventListData.events`.
 */
export type WebhookEventDto = components["schemas"]["WebhookEventDto"];

/**
 * Part of `WebhookEventListRespDto.data`.
 */
export type WebhookEventListData = components["schemas"]["WebhookEventListData"];

/**
 * What `getWebhookEventList` answers.
 */
export type WebhookEventListRespDto = components["schemas"]["WebhookEventListRespDto"];

/**
 * Part of `ListWebhookLogsData.list`.
 */
export type WebhookLogDto = components["schemas"]["WebhookLogDto"];

/**
 * Part of `CreateWebhookDto.retryConfig`, `UpdateWebhookDto.retryConfig` and `WebhookDto.retryConfig`.
 */
export type WebhookRetryConfigV3Dto = components["schemas"]["WebhookRetryConfigV3Dto"];

/**
 * What `addWhitelistOfApp`, `listWhitelistsOfApp`, `addWhitelist` and `listWhitelists` answer.
 */
export type WhitelistListRespDto = components["schemas"]["WhitelistListRespDto"];

/**
 * Part of `WhitelistListRespDto.data`.
 */
export type WhitelistRespDto = components["schemas"]["WhitelistRespDto"];

/**
 * Part of `InviteTenantUsersDto.errMsgs`.
 */
export type errorEmailMsg = components["schemas"]["errorEmailMsg"];
