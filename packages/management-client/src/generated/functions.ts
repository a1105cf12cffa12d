// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
import { callOperation, type RequestOptions } from "@genauth/core";
import type {
  AddDepartmentMembersReqDto,
  AddGroupMembersReqDto,
  AddInvitationPolicyUserAttributionDto,
  AddInvitationPolicyUserAttributionsBatchDto,
  AddTenantDepartmentMembersReqDto,
  AddTenantUsersDto,
  AddWhitelistDto,
  AddWhitelistOfAppDto,
  AdminAuditLogRespDto,
  AppListRespDto,
  ApplicationDto,
  ApplicationPaginatedRespDto,
  ApplicationSimpleInfoPaginatedRespDto,
  ApplicationSimpleInfoSingleRespDto,
  ApplicationSingleRespDto,
  ApprovalBatchProcessReq,
  ApprovalDetailRes,
  ApprovalListRes,
  ApprovalProcessReq,
  ApprovalUniversalInvitationApplicantDto,
  AsaAccountListRespDto,
  AsaAccountPaginatedRespDto,
  AsaAccountSingleNullableRespDto,
  AsaAccountSingleRespDto,
  AssignAsaAccountsDto,
  AssignRoleBatchDto,
  AssignRoleDto,
  AssociateTenantResourceDto,
  AuthorizeApplicationAccessDto,
  AuthorizeResourcesDto,
  AuthorizedResourceListRespDto,
  AuthorizedResourcePaginatedRespDto,
  BatchBindPolicy,
  BatchCreateDnefReq,
  BatchUnbindPolicy,
  CancelSyncRiskOperationDto,
  CancelSyncRiskOperationsRespDto,
  ChangeExtIdpAssociationStateDto,
  ChangeExtIdpConnStateDto,
  ChangeUserPoolTenantExtIdpConnDto,
  CheckDomainAvailable,
  CheckDomainAvailableSecretRespDto,
  CheckExternalUserPermissionDto,
  CheckExternalUserPermissionRespDto,
  CheckParamsDataPolicyResponseDto,
  CheckParamsDataResourceResponseDto,
  CheckPermissionDto,
  CheckPermissionNamespaceExistsDto,
  CheckPermissionRespDto,
  CheckRoleMutualExclusionReqDto,
  CheckRoleMutualExclusionRespDto,
  CheckRoleParamsDto,
  CheckSessionStatusDto,
  CheckSessionStatusRespDto,
  CheckUserSameLevelPermissionDto,
  CheckUserSameLevelPermissionResponseDto,
  CommonResourcePaginatedRespDto,
  CommonResponseDto,
  ConfigEmailProviderDto,
  CopyInvitationPolicyDto,
  CopyRowRelationDto,
  CostGetAllRightItemRespDto,
  CostGetCurrentPackageRespDto,
  CostGetCurrentUsageRespDto,
  CostGetMauPeriodUsageHistoryRespDto,
  CostGetOrderDetailRespDto,
  CostGetOrderPayDetailRespDto,
  CostGetOrdersRespDto,
  CreateAccessKeyDto,
  CreateAccessKeyResponseDto,
  CreateAdminRoleDto,
  CreateApplicationDto,
  CreateApplicationRespDto,
  CreateArrayDataResourceDto,
  CreateArrayDataResourceResponseDto,
  CreateAsaAccountDto,
  CreateAsaAccountsBatchDto,
  CreateAuthorizeDataPolicyDto,
  CreateDataPolicyDto,
  CreateDataPolicyResponseDto,
  CreateDataResourceDto,
  CreateDataResourceResponseDto,
  CreateDepartmentReqDto,
  CreateDepartmentTreeReqDto,
  CreateDepartmentTreeRespDto,
  CreateDnefReq,
  CreateEventAppDto,
  CreateExtIdpConnDto,
  CreateExtIdpDto,
  CreateFunctionModelDto,
  CreateFunctionModelFieldDto,
  CreateGroupBatchReqDto,
  CreateGroupReqDto,
  CreateInvitationPolicyDto,
  CreateInvitationRosterDto,
  CreateMultipleTenantAdminDto,
  CreateNamespaceDto,
  CreateNamespacesBatchDto,
  CreateOperateModelDto,
  CreateOrUpdateGroupReqDto,
  CreateOrUpdateGroupRespDto,
  CreateOrganizationReqDto,
  CreatePermissionNamespaceDto,
  CreatePermissionNamespaceResponseDto,
  CreatePermissionNamespacesBatchDto,
  CreatePipelineFunctionDto,
  CreatePostDto,
  CreatePostRespDto,
  CreatePublicAccountBatchReqDto,
  CreatePublicAccountFromUserDto,
  CreatePublicAccountReqDto,
  CreateRelationValueDto,
  CreateResourceDto,
  CreateResourcesBatchDto,
  CreateRoleDto,
  CreateRolesBatch,
  CreateRowDto,
  CreateStringDataResourceDto,
  CreateStringDataResourceResponseDto,
  CreateSyncTaskDto,
  CreateTenantCooperatorDto,
  CreateTenantDto,
  CreateTenantEnterpriseCertificationBodyDto,
  CreateTenantRespDto,
  CreateTenantUserReqDto,
  CreateTerminalDto,
  CreateTreeDataResourceDto,
  CreateTreeDataResourceResponseDto,
  CreateUEBADto,
  CreateUEBARespDto,
  CreateUserBatchReqDto,
  CreateUserReqDto,
  CreateWebhookDto,
  CreateWebhookRespDto,
  CustomFieldListRespDto,
  DefineEventDto,
  DeleteAccessKeyDto,
  DeleteAdminRoleDto,
  DeleteApplicationDto,
  DeleteAsaAccountBatchDto,
  DeleteAsaAccountDto,
  DeleteAuthorizeDataPolicyDto,
  DeleteCommonResourcesBatchDto,
  DeleteCustomFieldsReqDto,
  DeleteDataPolicyDto,
  DeleteDataResourceDto,
  DeleteDepartmentReqDto,
  DeleteDepartmentSyncRelationReqDto,
  DeleteDeviceExclusiveValidScopeSettingsByIdsDto,
  DeleteDnefReq,
  DeleteExtIdpConnDto,
  DeleteExtIdpDto,
  DeleteGroupsReqDto,
  DeleteInvitationPolicyByIdsDto,
  DeleteInvitationRosterBatchDto,
  DeleteInvitationRosterDto,
  DeleteNamespaceDto,
  DeleteNamespacesBatchDto,
  DeleteOrganizationReqDto,
  DeletePermissionNamespaceDto,
  DeletePermissionNamespacesBatchDto,
  DeletePipelineFunctionDto,
  DeletePublicAccountsBatchDto,
  DeleteResourceDto,
  DeleteResourcesBatchDto,
  DeleteRoleBatchDto,
  DeleteRoleDto,
  DeleteRosterUsersDto,
  DeleteTenantDto,
  DeleteTerminalUserDto,
  DeleteUserSyncRelationReqDto,
  DeleteUsersBatchDto,
  DeleteWebhookDto,
  DeleteWhitelistDto,
  DeleteWhitelistOfAppDto,
  DepartmentListRespDto,
  DepartmentPaginatedRespDto,
  DepartmentSingleRespDto,
  DeviceStatusRespDto,
  EmailProviderRespDto,
  EmailTemplateQueryDto,
  EmailTemplateSingleItemRespDto,
  EventAppPaginatedRespDto,
  ExportMetadataDto,
  ExportModelDto,
  ExportUsersDto,
  ExtIdpConnDetailSingleRespDto,
  ExtIdpDetailSingleRespDto,
  ExtIdpListPaginatedRespDto,
  ExtIdpSingleRespDto,
  FilterDto,
  FunctionFieldListResDto,
  FunctionModelFieldIdDto,
  FunctionModelFieldResDto,
  FunctionModelIdDto,
  FunctionModelListDto,
  FunctionModelOperateIdDto,
  FunctionModelResDto,
  FunctionModelValueListResDto,
  FunctionModelValueResDto,
  GenerateInvitationLinkRespDto,
  GenerateInviteTenantUserLink,
  GetAccessKeyResponseDto,
  GetAdminAuditLogsDto,
  GetAllRowByScrollidResDto,
  GetAllRowDto,
  GetAllRowVyScrollidDto,
  GetApplicationPermissionStrategyRespDto,
  GetApplicationSecretRespDto,
  GetAsaAccountAssignedTargetRespDto,
  GetAsaAccountBatchDto,
  GetCustomDataRespDto,
  GetDataPolicyResponseDto,
  GetDataResourceResponseDto,
  GetDepartmentByIdReqDto,
  GetDeviceExclusiveRuleRespDto,
  GetDeviceExclusiveValidScopeAppRespDto,
  GetDeviceExclusiveValidScopeRespDto,
  GetDeviceExclusiveWhiteListRespDto,
  GetEmailTemplateRespDto,
  GetEmailTemplatesRespDto,
  GetExtendsFieldsRespDto,
  GetExternalUserResourceStructDto,
  GetExternalUserResourceStructRespDto,
  GetImportExportTemplateRespDto,
  GetImportInviteeRespDto,
  GetImportTemplateResDto,
  GetInvitationPolicyRespDto,
  GetMapInfoRespDto,
  GetOtpSecretRespDto,
  GetPermissionNamespaceListResponseDto,
  GetPermissionNamespaceResponseDto,
  GetPostByIdListDto,
  GetRelationInfoDto,
  GetResourceAuthorizedTargetRespDto,
  GetResourceAuthorizedTargetsDto,
  GetRowBatchDto,
  GetSubjectAuthRespDto,
  GetTenantUserDto,
  GetUniversalInvitationRespDto,
  GetUserActionLogsDto,
  GetUserEncryptPasswordBatchDto,
  GetUserEncryptPasswordBatchRespDto,
  GetUserPasswordCiphertextDto,
  GetUserPasswordCiphertextRespDto,
  GetUserPermissionListDto,
  GetUserPermissionListRespDto,
  GetUserResourcePermissionListDto,
  GetUserResourcePermissionListRespDto,
  GetUserResourceStructDto,
  GetUserResourceStructRespDto,
  GetWebhookRespDto,
  GetWebhooksRespDto,
  GetWechatAccessTokenDto,
  GetWechatAccessTokenInfoRespDto,
  GroupListRespDto,
  GroupPaginatedRespDto,
  GroupSingleRespDto,
  HasAnyRoleReqDto,
  HasAnyRoleRespDto,
  IdentityListRespDto,
  ImportMetadataDto,
  ImportModelDto,
  ImportOtpReqDto,
  ImportTenantDto,
  ImportTenantHistoryRespDto,
  ImportTenantNotifyUserRespDto,
  ImportTenantRespDto,
  ImportUsersDto,
  InvitationRosterPaginationRespDto,
  InvitationRosterSingleRespDto,
  InvitationUserPaginationRespDto,
  InviteTenantUserRecordListRespDto,
  InviteTenantUsersRespDto,
  IpListCreateDto,
  IpListPaginatedRespDto,
  IsActionAllowedDto,
  IsActionAllowedRespDtp,
  IsSuccessDto,
  IsSuccessRespDto,
  IsUserExistsReqDto,
  IsUserExistsRespDto,
  IsUserInDepartmentRespDto,
  KickPublicAccountsDto,
  KickUsersDto,
  LdapConfigInfoRespDto,
  LdapGetBindPwdRespDto,
  LdapLogRespDto,
  LdapOperateRespDto,
  LdapSaveDto,
  LdapSetEnabledFlagDto,
  LdapUpdateDto,
  LinkIdentityDto,
  LinkIdentityResDto,
  ListAccessKeyResponseDto,
  ListApplicationActiveUsersDto,
  ListApplicationAuthDto,
  ListApplicationAuthPaginatedRespDto,
  ListApplicationSubjectRespDto,
  ListArchivedUsersSingleRespDto,
  ListAuthSubjectDto,
  ListCistomFieldsResDto,
  ListDataPoliciesPaginatedRespDto,
  ListDataPolicySubjectPaginatedRespDto,
  ListDataResourcesPaginatedRespDto,
  ListDnefPaginatedRespDto,
  ListInvitationRosterByPolicyIdDto,
  ListInvitationRosterDto,
  ListInvitationUserDto,
  ListPermissionViewDto,
  ListPermissionViewResponseDto,
  ListPostBatchDto,
  ListPublicAccountsRequestDto,
  ListResourceTargetsDto,
  ListResourceTargetsRespDto,
  ListSimpleDataPoliciesPaginatedRespDto,
  ListTenantAdminDto,
  ListTenantUserDto,
  ListUsersRequestDto,
  ListWebhookLogs,
  ListWebhookLogsRespDto,
  MFADisableSettingsDto,
  MFASettingsDto,
  MFASettingsRespDto,
  MetadataGroupDto,
  MetadataListResDto,
  MultipleTenantAdminPaginatedRespDto,
  NamespaceListPaginatedRespDto,
  NamespaceListRespDto,
  NamespaceRespDto,
  NamespaceRolesListPaginatedRespDto,
  Node,
  OpenEventPaginatedRespDto,
  OperateModelDto,
  OrganizationListRespDto,
  OrganizationPaginatedRespDto,
  OrganizationSingleRespDto,
  PaginationInvitationPolicyQueryDto,
  PaginationInvitationPolicyRespDto,
  PaginationUniversalInvitationApplicantQueryDto,
  PaginationUniversalInvitationApplicantRespDto,
  PermissionNamespaceCheckExistsRespDto,
  PermissionNamespaceListPaginatedRespDto,
  PermissionNamespaceRolesListPaginatedRespDto,
  PipelineFunctionPaginatedRespDto,
  PipelineFunctionSingleRespDto,
  PolicyExtendsFieldsDto,
  PostListRespDto,
  PostPaginatedRespDto,
  PostRespDto,
  PreviewEmailTemplateDto,
  PreviewEmailTemplateRespDto,
  PrincipalAuthenticationInfoPaginatedRespDto,
  PubEventDto,
  PubEventRespDto,
  PublicAccountListRespDto,
  PublicAccountPaginatedRespDto,
  PublicAccountSingleRespDto,
  QueryTerminalAppsDto,
  QuickFilterInvitationUserDto,
  QuickFilterInviteePaginationRespDto,
  ReUploadPipelineFunctionDto,
  RefreshApplicationSecretDto,
  RefreshApplicationSecretRespDto,
  RelationSearchDto,
  RelationValueListResDto,
  RemoveDepartmentMembersReqDto,
  RemoveGroupMembersReqDto,
  RemoveInvitationPolicyUserAttributionDto,
  RemoveInvitationPolicyUserAttributionMainDepartmentDto,
  RemoveInvitationPolicyUserAttributionsBatchDto,
  RemovePostDto,
  RemoveRelationValueDto,
  RemoveRowDto,
  RemoveTenantDepartmentMembersReqDto,
  RemoveTenantUsersDto,
  ResetUserPrincipalAuthenticationInfoDto,
  ResignUserBatchReqDto,
  ResignUserReqDto,
  ResignUserRespDto,
  ResourceListRespDto,
  ResourcePaginatedRespDto,
  ResourceRespDto,
  RevertRosterInvitationBatchDto,
  RevertRosterInvitationDto,
  ReviewTenantEnterpriseCertificationBodyDto,
  RevokeApplicationAccessDto,
  RevokeRoleBatchDto,
  RevokeRoleDto,
  RiskListPolicyCreateDto,
  RoleAuthorizedResourcePaginatedRespDto,
  RoleCheckParamsRespDto,
  RoleDepartmentListPaginatedRespDto,
  RoleListPageRespDto,
  RolePaginatedRespDto,
  RoleSingleRespDto,
  SaveDeviceExclusiveValidScopeSettingsDto,
  SearchDepartmentsListReqDto,
  SearchDepartmentsReqDto,
  SecuritySettingsRespDto,
  SendEmailBatchDataDto,
  SendInviteTenantUserEmailDto,
  SendManyTenantEmailDto,
  SendManyTenantSmsDto,
  SendRosterInvitationBatchDto,
  SendRosterInvitationDto,
  SendSmsBatchRespDto,
  SetCustomDataReqDto,
  SetCustomFieldsReqDto,
  SetInvitationPolicyUserAttributionMainDepartmentDto,
  SetMfaStatusDto,
  SetPublicAccountBatchReqDto,
  SetUserBaseFieldsReqDto,
  SetUserDepartmentsDto,
  SetUserGroupsDto,
  SetUserOfPublicAccountBatchReqDto,
  SetUserPostsDto,
  SetUserRolesDto,
  SuspendTerminalUserDto,
  SyncJobPaginatedRespDto,
  SyncJobSingleRespDto,
  SyncRelationListRespDto,
  SyncRiskOperationPaginatedRespDto,
  SyncTaskPaginatedRespDto,
  SyncTaskSingleRespDto,
  TenantApplicationListPaginatedRespDto,
  TenantCooperatorPaginatedRespDto,
  TenantCooperatorSingleRespDto,
  TenantEnterpriseCertificationRespDto,
  TenantListPaginatedRespDto,
  TenantSingleRespDto,
  TenantUserListPaginatedRespDto,
  TenantUserRespDto,
  TenantUserSingleRespDto,
  TerminalBaseDto,
  TerminalInfoRespDto,
  TriggerSyncRiskOperationDto,
  TriggerSyncRiskOperationsRespDto,
  TriggerSyncTaskDto,
  TriggerSyncTaskRespDto,
  TriggerWebhookDto,
  TriggerWebhookRespDto,
  UnbindPublicAccountBatchReqDto,
  UnlinkIdentity,
  UnlinkIdentityResDto,
  UpdateAccessKeyDto,
  UpdateApplicationDto,
  UpdateApplicationMfaSettingsDto,
  UpdateApplicationPermissionStrategyDataDto,
  UpdateAsaAccountDto,
  UpdateAuthEnabledDto,
  UpdateDataPolicyDto,
  UpdateDataPolicyResponseDto,
  UpdateDataResourceDto,
  UpdateDataResourceResponseDto,
  UpdateDepartmentReqDto,
  UpdateDepartmentStatusReqDto,
  UpdateDeviceExclusiveRuleDto,
  UpdateDnefReq,
  UpdateEmailTemplateDto,
  UpdateExtIdpConnDto,
  UpdateExtIdpDto,
  UpdateFunctionModelDto,
  UpdateFunctionModelFieldDto,
  UpdateGroupReqDto,
  UpdateInvitationPolicyDto,
  UpdateInvitationRosterDto,
  UpdateLoginConfigDto,
  UpdateNamespaceDto,
  UpdateNamespaceRespDto,
  UpdateOperateModelDto,
  UpdateOrganizationReqDto,
  UpdateOrganizationStatusReqDto,
  UpdatePermissionNamespaceDto,
  UpdatePermissionNamespaceResponseDto,
  UpdatePipelineFunctionDto,
  UpdatePipelineOrderDto,
  UpdatePublicAccountBatchReqDto,
  UpdatePublicAccountReqDto,
  UpdateResourceDto,
  UpdateRoleDto,
  UpdateRowDto,
  UpdateSecuritySettingsDto,
  UpdateSyncTaskDto,
  UpdateTenantAppqrcodeState,
  UpdateTenantDto,
  UpdateTenantUserDto,
  UpdateTerminalUserDto,
  UpdateUniversalInvitationDto,
  UpdateUserBatchReqDto,
  UpdateUserPoolTenantLoginConfigDto,
  UpdateUserReqDto,
  UpdateWebhookDto,
  UpdateWebhooksRespDto,
  UserActionLogRespDto,
  UserAttributionMainDepartmentRespDto,
  UserAttributionPaginationRespDto,
  UserAttributionSingleRespDto,
  UserConnectionPostDto,
  UserDepartmentPaginatedRespDto,
  UserFieldDecryptReqDto,
  UserFieldDecryptRespDto,
  UserIdListRespDto,
  UserListCreateDto,
  UserListPaginatedRespDto,
  UserListPolicyPaginatedRespDto,
  UserListRespDto,
  UserLoggedInAppsListRespDto,
  UserLoggedInIdentitiesRespDto,
  UserLoginHistoryPaginatedRespDto,
  UserMfaSingleRespDto,
  UserPaginatedRespDto,
  UserPoolTenantConfigDtoRespDto,
  UserSingleRespDto,
  WebhookEventListRespDto,
  WhitelistListRespDto,
} from "@genauth/types/management";
import type { ManagementCore } from "../create-core.js";
import * as operation from "./operations.js";

/**
 * Create IP list
 *
 * The official method name says little about what it does: it creates an IP list (black/white list) entry.
 *
 * HTTP: `POST /api/v3/ip-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `add`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function add(core: ManagementCore, requestBody: IpListCreateDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.add, [requestBody, options]);
}

/**
 * Add Department Members
 *
 * HTTP: `POST /api/v3/add-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addDepartmentMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addDepartmentMembers(core: ManagementCore, requestBody: AddDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.addDepartmentMembers, [requestBody, options]);
}

/**
 * Add device
 *
 * HTTP: `POST /api/v3/add-device`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addDevice(core: ManagementCore, requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto> {
  return callOperation(core, operation.addDevice, [requestBody, options]);
}

/**
 * Add group members
 *
 * HTTP: `POST /api/v3/add-group-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addGroupMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addGroupMembers(core: ManagementCore, requestBody: AddGroupMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.addGroupMembers, [requestBody, options]);
}

/**
 * Add invitation policy user attribution
 *
 * HTTP: `POST /api/v3/add-invitation-policy-user-attribution`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addPolicyUserAttribution`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addPolicyUserAttribution(
  core: ManagementCore,
  requestBody: AddInvitationPolicyUserAttributionDto,
  options?: RequestOptions,
): Promise<UserAttributionSingleRespDto> {
  return callOperation(core, operation.addPolicyUserAttribution, [requestBody, options]);
}

/**
 * Batch add invitation policy user attribution
 *
 * HTTP: `POST /api/v3/add-invitation-policy-user-attributions-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addPolicyUserAttributionsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addPolicyUserAttributionsBatch(
  core: ManagementCore,
  requestBody: AddInvitationPolicyUserAttributionsBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.addPolicyUserAttributionsBatch, [requestBody, options]);
}

/**
 * Create risk policy
 *
 * HTTP: `POST /api/v3/risk-list-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addRiskListPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addRiskListPolicy(core: ManagementCore, requestBody: RiskListPolicyCreateDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.addRiskListPolicy, [requestBody, options]);
}

/**
 * Add members to a tenant department
 *
 * HTTP: `POST /api/v3/add-tenant-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addTenantDepartmentMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addTenantDepartmentMembers(
  core: ManagementCore,
  requestBody: AddTenantDepartmentMembersReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.addTenantDepartmentMembers, [requestBody, options]);
}

/**
 * Add tenant members
 *
 * HTTP: `POST /api/v3/add-tenant-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addTenantUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addTenantUsers(core: ManagementCore, requestBody: AddTenantUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.addTenantUsers, [requestBody, options]);
}

/**
 * Create user list
 *
 * HTTP: `POST /api/v3/user-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addUser(core: ManagementCore, requestBody: UserListCreateDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.addUser, [requestBody, options]);
}

/**
 * Create registration whitelist
 *
 * HTTP: `POST /api/v3/add-whitelist`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addWhitelist`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addWhitelist(core: ManagementCore, requestBody: AddWhitelistDto, options?: RequestOptions): Promise<WhitelistListRespDto> {
  return callOperation(core, operation.addWhitelist, [requestBody, options]);
}

/**
 * Create application registration whitelist
 *
 * HTTP: `POST /api/v3/add-whitelist-of-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `addWhitelistOfApp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function addWhitelistOfApp(core: ManagementCore, requestBody: AddWhitelistOfAppDto, options?: RequestOptions): Promise<WhitelistListRespDto> {
  return callOperation(core, operation.addWhitelistOfApp, [requestBody, options]);
}

/**
 * Batch approve universal invitation applications
 *
 * The official method name says little about what it does: it approves universal-invitation applications in bulk.
 *
 * HTTP: `POST /api/v3/batch-approval-universal-invitation-applicants`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `approval` and `reject`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function approval(core: ManagementCore, requestBody: ApprovalUniversalInvitationApplicantDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.approval, [requestBody, options]);
}

/**
 * Assign ASA account
 *
 * HTTP: `POST /api/v3/assign-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `assignAsaAccount` and `unassignAsaAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function assignAsaAccount(core: ManagementCore, requestBody: AssignAsaAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.assignAsaAccount, [requestBody, options]);
}

/**
 * Assign role to single target
 *
 * HTTP: `POST /api/v3/assign-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `assignRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function assignRole(core: ManagementCore, requestBody: AssignRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.assignRole, [requestBody, options]);
}

/**
 * Batch assign roles
 *
 * HTTP: `POST /api/v3/assign-role-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `assignRoleBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function assignRoleBatch(core: ManagementCore, requestBody: AssignRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.assignRoleBatch, [requestBody, options]);
}

/**
 * Associate/Disassociate Application Resources to Tenant
 *
 * HTTP: `POST /api/v3/associate-tenant-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `associateTenantResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function associateTenantResource(core: ManagementCore, requestBody: AssociateTenantResourceDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.associateTenantResource, [requestBody, options]);
}

/**
 * Authorize application access
 *
 * HTTP: `POST /api/v3/authorize-application-access`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `authorizeApplicationAccess`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function authorizeApplicationAccess(
  core: ManagementCore,
  requestBody: AuthorizeApplicationAccessDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.authorizeApplicationAccess, [requestBody, options]);
}

/**
 * Authorize data policy
 *
 * HTTP: `POST /api/v3/authorize-data-policies`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `authorizeDataPolicies`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function authorizeDataPolicies(core: ManagementCore, requestBody: CreateAuthorizeDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.authorizeDataPolicies, [requestBody, options]);
}

/**
 * Authorize resources
 *
 * HTTP: `POST /api/v3/authorize-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `authorizeResources`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function authorizeResources(core: ManagementCore, requestBody: AuthorizeResourcesDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.authorizeResources, [requestBody, options]);
}

/**
 * Update invitation roster, batch associate invitation policies
 *
 * HTTP: `POST /api/v3/update-invitation-roster-batch-bind-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchBindPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchBindPolicy(core: ManagementCore, requestBody: BatchBindPolicy, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchBindPolicy, [requestBody, options]);
}

/**
 * Batch create extension fields for tree type resource
 *
 * HTTP: `POST /api/v3/batch-create-dnef`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchCreateDnef`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchCreateDnef(core: ManagementCore, requestBody: BatchCreateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchCreateDnef, [requestBody, options]);
}

/**
 * Batch delete resources
 *
 * HTTP: `POST /api/v3/delete-common-resources-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchDeleteCommonResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchDeleteCommonResource(
  core: ManagementCore,
  requestBody: DeleteCommonResourcesBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchDeleteCommonResource, [requestBody, options]);
}

/**
 * Batch delete invitation policies
 *
 * HTTP: `POST /api/v3/delete-invitation-policies-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchDeleteInvitationPolicies`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchDeleteInvitationPolicies(
  core: ManagementCore,
  requestBody: DeleteInvitationPolicyByIdsDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchDeleteInvitationPolicies, [requestBody, options]);
}

/**
 * Process approvals in bulk
 *
 * HTTP: `PUT /api/v3/approval-batch-process`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchProcessApproval`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchProcessApproval(core: ManagementCore, requestBody: ApprovalBatchProcessReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchProcessApproval, [requestBody, options]);
}

/**
 * Update invitation roster, batch disassociate by policy ID
 *
 * HTTP: `POST /api/v3/update-invitation-roster-batch-unbind-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `batchUnbindPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchUnbindPolicy(core: ManagementCore, requestBody: BatchUnbindPolicy, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchUnbindPolicy, [requestBody, options]);
}

/**
 * Bind batch roles to public account
 *
 * HTTP: `POST /api/v3/set-public-account-of-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `bindPublicAccountOfRoles`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function bindPublicAccountOfRoles(core: ManagementCore, requestBody: SetUserRolesDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.bindPublicAccountOfRoles, [requestBody, options]);
}

/**
 * Public account binds batch users
 *
 * HTTP: `POST /api/v3/set-public-account-of-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `bindUsersPublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function bindUsersPublicAccount(core: ManagementCore, requestBody: SetPublicAccountBatchReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.bindUsersPublicAccount, [requestBody, options]);
}

/**
 * Cancel sync risk operations
 *
 * HTTP: `POST /api/v3/cancel-sync-risk-operation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `cancelSyncRiskOperation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function cancelSyncRiskOperation(
  core: ManagementCore,
  requestBody: CancelSyncRiskOperationDto,
  options?: RequestOptions,
): Promise<CancelSyncRiskOperationsRespDto> {
  return callOperation(core, operation.cancelSyncRiskOperation, [requestBody, options]);
}

/**
 * UEBA upload
 *
 * The official method name says little about what it does: it uploads a UEBA (user behaviour) record.
 *
 * HTTP: `POST /api/v3/metadata/ueba/capture`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `capture`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function capture(core: ManagementCore, requestBody: CreateUEBADto, options?: RequestOptions): Promise<CreateUEBARespDto> {
  return callOperation(core, operation.capture, [requestBody, options]);
}

/**
 * Tenant Associate Identity Source
 *
 * HTTP: `POST /api/v3/change-ext-idp-conn-association-state`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `changeExtIdpConnAssociationState`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function changeExtIdpConnAssociationState(
  core: ManagementCore,
  requestBody: ChangeExtIdpAssociationStateDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.changeExtIdpConnAssociationState, [requestBody, options]);
}

/**
 * Identity source connection switch
 *
 * HTTP: `POST /api/v3/change-ext-idp-conn-state`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `changeExtIdpConnState`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function changeExtIdpConnState(core: ManagementCore, requestBody: ChangeExtIdpConnStateDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.changeExtIdpConnState, [requestBody, options]);
}

/**
 * Convert personal account to public account
 *
 * HTTP: `POST /api/v3/transfer-into-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `changeIntoPublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function changeIntoPublicAccount(
  core: ManagementCore,
  requestBody: CreatePublicAccountFromUserDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.changeIntoPublicAccount, [requestBody, options]);
}

/**
 * Set the user pool's multi-tenant identity source connections
 *
 * The method keeps the official SDK's spelling (`Tenan`), so that migrated code finds it.
 *
 * HTTP: `POST /api/v3/change-userpool-tenant-ext-idp-conn-state`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `changeUserpoolTenanExtIdpConnState`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function changeUserpoolTenanExtIdpConnState(
  core: ManagementCore,
  requestBody: ChangeUserPoolTenantExtIdpConnDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.changeUserpoolTenanExtIdpConnState, [requestBody, options]);
}

/**
 * Check if data policy name is available
 *
 * HTTP: `GET /api/v3/check-data-policy-exists`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkDataPolicyExists(
  core: ManagementCore,
  query: {
    /** Data policy name, unique within user pool. */
    policyName: string;
  },
  options?: RequestOptions,
): Promise<CheckParamsDataPolicyResponseDto> {
  return callOperation(core, operation.checkDataPolicyExists, [query, options]);
}

/**
 * Check if data resource Code or name is available
 *
 * HTTP: `GET /api/v3/check-data-resource-exists`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkDataResourceExists(
  core: ManagementCore,
  query: {
    /** Permission space Code that the data resource belongs to. */
    namespaceCode: string;
    /** Data resource name, unique within permission space. */
    resourceName?: string;
    /** Data resource Code, unique within permission space. */
    resourceCode?: string;
  },
  options?: RequestOptions,
): Promise<CheckParamsDataResourceResponseDto> {
  return callOperation(core, operation.checkDataResourceExists, [query, options]);
}

/**
 * Check if domain is available
 *
 * HTTP: `POST /api/v3/check-domain-available`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkDomainAvailable`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkDomainAvailable(
  core: ManagementCore,
  requestBody: CheckDomainAvailable,
  options?: RequestOptions,
): Promise<CheckDomainAvailableSecretRespDto> {
  return callOperation(core, operation.checkDomainAvailable, [requestBody, options]);
}

/**
 * Check external user permissions
 *
 * HTTP: `POST /api/v3/check-external-user-permission`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkExternalUserPermission`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkExternalUserPermission(
  core: ManagementCore,
  requestBody: CheckExternalUserPermissionDto,
  options?: RequestOptions,
): Promise<CheckExternalUserPermissionRespDto> {
  return callOperation(core, operation.checkExternalUserPermission, [requestBody, options]);
}

/**
 * Check role mutual exclusion
 *
 * HTTP: `POST /api/v3/check-role-mutual-exclusion`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkMutualExclusion`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkMutualExclusion(
  core: ManagementCore,
  requestBody: CheckRoleMutualExclusionReqDto,
  options?: RequestOptions,
): Promise<CheckRoleMutualExclusionRespDto> {
  return callOperation(core, operation.checkMutualExclusion, [requestBody, options]);
}

/**
 * Check if role code or name is available
 *
 * HTTP: `POST /api/v3/check-role-params`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkParamsNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkParamsNamespace(core: ManagementCore, requestBody: CheckRoleParamsDto, options?: RequestOptions): Promise<RoleCheckParamsRespDto> {
  return callOperation(core, operation.checkParamsNamespace, [requestBody, options]);
}

/**
 * Check user permissions (important)
 *
 * HTTP: `POST /api/v3/check-permission`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkPermission`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPermission(core: ManagementCore, requestBody: CheckPermissionDto, options?: RequestOptions): Promise<CheckPermissionRespDto> {
  return callOperation(core, operation.checkPermission, [requestBody, options]);
}

/**
 * Check if permission namespace Code or name is available
 *
 * HTTP: `POST /api/v3/check-permission-namespace-exists`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkPermissionNamespaceExists`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPermissionNamespaceExists(
  core: ManagementCore,
  requestBody: CheckPermissionNamespaceExistsDto,
  options?: RequestOptions,
): Promise<PermissionNamespaceCheckExistsRespDto> {
  return callOperation(core, operation.checkPermissionNamespaceExists, [requestBody, options]);
}

/**
 * Check if user has session login status in application
 *
 * HTTP: `POST /api/v3/check-session-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkSessionStatus`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkSessionStatus(core: ManagementCore, requestBody: CheckSessionStatusDto, options?: RequestOptions): Promise<CheckSessionStatusRespDto> {
  return callOperation(core, operation.checkSessionStatus, [requestBody, options]);
}

/**
 * Check user permissions at same level in tree resource (recommended)
 *
 * HTTP: `POST /api/v3/check-user-same-level-permission`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `checkUserSameLevelPermission`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkUserSameLevelPermission(
  core: ManagementCore,
  requestBody: CheckUserSameLevelPermissionDto,
  options?: RequestOptions,
): Promise<CheckUserSameLevelPermissionResponseDto> {
  return callOperation(core, operation.checkUserSameLevelPermission, [requestBody, options]);
}

/**
 * Get the processed approval list
 *
 * HTTP: `GET /api/v3/approval-closed-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function closedList(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    pageNo?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    pageSize?: number;
    /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY). */
    objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
    /** Used for fuzzy search based on approval number or initiator name, optional. */
    keyword?: string;
  },
  options?: RequestOptions,
): Promise<ApprovalListRes> {
  return callOperation(core, operation.closedList, [query, options]);
}

/**
 * Disable global MFA settings
 *
 * HTTP: `POST /api/v3/disable-global-mfa-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `closeGlobalMfaSettings`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function closeGlobalMfaSettings(core: ManagementCore, requestBody: MFADisableSettingsDto, options?: RequestOptions): Promise<MFASettingsRespDto> {
  return callOperation(core, operation.closeGlobalMfaSettings, [requestBody, options]);
}

/**
 * Configure third-party email service
 *
 * HTTP: `POST /api/v3/config-email-provider`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `configEmailProvider`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function configEmailProvider(core: ManagementCore, requestBody: ConfigEmailProviderDto, options?: RequestOptions): Promise<EmailProviderRespDto> {
  return callOperation(core, operation.configEmailProvider, [requestBody, options]);
}

/**
 * Create invitation policy copy
 *
 * HTTP: `POST /api/v3/copy-invitation-policy-by-id`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `copyInvitationPolicyById`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function copyInvitationPolicyById(
  core: ManagementCore,
  requestBody: CopyInvitationPolicyDto,
  options?: RequestOptions,
): Promise<GetInvitationPolicyRespDto> {
  return callOperation(core, operation.copyInvitationPolicyById, [requestBody, options]);
}

/**
 * Copy custom operation
 *
 * HTTP: `POST /api/v3/metadata/copy-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function copyOperate(core: ManagementCore, requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.copyOperate, [requestBody, options]);
}

/**
 * Copy row relation
 *
 * HTTP: `POST /api/v3/metadata/copy-row-relation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `copyRowRelation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function copyRowRelation(core: ManagementCore, requestBody: CopyRowRelationDto, options?: RequestOptions): Promise<RelationValueListResDto> {
  return callOperation(core, operation.copyRowRelation, [requestBody, options]);
}

/**
 * Create collaborator AK/SK
 *
 * HTTP: `POST /api/v3/create-access-key`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createAccessKey`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createAccessKey(core: ManagementCore, requestBody: CreateAccessKeyDto, options?: RequestOptions): Promise<CreateAccessKeyResponseDto> {
  return callOperation(core, operation.createAccessKey, [requestBody, options]);
}

/**
 * Create admin role
 *
 * HTTP: `POST /api/v3/create-admin-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createAdminRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createAdminRole(core: ManagementCore, requestBody: CreateAdminRoleDto, options?: RequestOptions): Promise<RoleCheckParamsRespDto> {
  return callOperation(core, operation.createAdminRole, [requestBody, options]);
}

/**
 * Create application
 *
 * HTTP: `POST /api/v3/create-application`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createApplication`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createApplication(core: ManagementCore, requestBody: CreateApplicationDto, options?: RequestOptions): Promise<CreateApplicationRespDto> {
  return callOperation(core, operation.createApplication, [requestBody, options]);
}

/**
 * Create ASA account
 *
 * HTTP: `POST /api/v3/create-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createAsaAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createAsaAccount(core: ManagementCore, requestBody: CreateAsaAccountDto, options?: RequestOptions): Promise<AsaAccountSingleRespDto> {
  return callOperation(core, operation.createAsaAccount, [requestBody, options]);
}

/**
 * Batch create ASA accounts
 *
 * HTTP: `POST /api/v3/create-asa-accounts-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createAsaAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createAsaAccountBatch(core: ManagementCore, requestBody: CreateAsaAccountsBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createAsaAccountBatch, [requestBody, options]);
}

/**
 * Create data policy (Important)
 *
 * HTTP: `POST /api/v3/create-data-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDataPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDataPolicy(core: ManagementCore, requestBody: CreateDataPolicyDto, options?: RequestOptions): Promise<CreateDataPolicyResponseDto> {
  return callOperation(core, operation.createDataPolicy, [requestBody, options]);
}

/**
 * Create data resource (recommended, important)
 *
 * HTTP: `POST /api/v3/create-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDataResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDataResource(core: ManagementCore, requestBody: CreateDataResourceDto, options?: RequestOptions): Promise<CreateDataResourceResponseDto> {
  return callOperation(core, operation.createDataResource, [requestBody, options]);
}

/**
 * Create array data resource
 *
 * HTTP: `POST /api/v3/create-array-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDataResourceByArray`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDataResourceByArray(
  core: ManagementCore,
  requestBody: CreateArrayDataResourceDto,
  options?: RequestOptions,
): Promise<CreateArrayDataResourceResponseDto> {
  return callOperation(core, operation.createDataResourceByArray, [requestBody, options]);
}

/**
 * Create string data resource
 *
 * HTTP: `POST /api/v3/create-string-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDataResourceByString`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDataResourceByString(
  core: ManagementCore,
  requestBody: CreateStringDataResourceDto,
  options?: RequestOptions,
): Promise<CreateStringDataResourceResponseDto> {
  return callOperation(core, operation.createDataResourceByString, [requestBody, options]);
}

/**
 * Create tree data resource
 *
 * HTTP: `POST /api/v3/create-tree-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDataResourceByTree`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDataResourceByTree(
  core: ManagementCore,
  requestBody: CreateTreeDataResourceDto,
  options?: RequestOptions,
): Promise<CreateTreeDataResourceResponseDto> {
  return callOperation(core, operation.createDataResourceByTree, [requestBody, options]);
}

/**
 * Create Department
 *
 * HTTP: `POST /api/v3/create-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDepartment`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDepartment(core: ManagementCore, requestBody: CreateDepartmentReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.createDepartment, [requestBody, options]);
}

/**
 * Create departments in bulk from an organization tree
 *
 * HTTP: `POST /api/v3/create-department-tree`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDepartmentTree`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDepartmentTree(
  core: ManagementCore,
  requestBody: CreateDepartmentTreeReqDto,
  options?: RequestOptions,
): Promise<CreateDepartmentTreeRespDto> {
  return callOperation(core, operation.createDepartmentTree, [requestBody, options]);
}

/**
 * Add device
 *
 * HTTP: `POST /api/v3/create-device`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link addDevice | addDevice} instead.
 */
export function createDevice(core: ManagementCore, requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto> {
  return callOperation(core, operation.createDevice, [requestBody, options]);
}

/**
 * Create extension fields for tree type resource
 *
 * HTTP: `POST /api/v3/create-dnef`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDnef`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createDnef(core: ManagementCore, requestBody: CreateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createDnef, [requestBody, options]);
}

/**
 * Create custom event application
 *
 * HTTP: `POST /api/v3/create-event-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createEventApp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createEventApp(core: ManagementCore, requestBody: CreateEventAppDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.createEventApp, [requestBody, options]);
}

/**
 * Create identity source
 *
 * HTTP: `POST /api/v3/create-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createExtIdp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createExtIdp(core: ManagementCore, requestBody: CreateExtIdpDto, options?: RequestOptions): Promise<ExtIdpSingleRespDto> {
  return callOperation(core, operation.createExtIdp, [requestBody, options]);
}

/**
 * Create new connection under existing identity source
 *
 * HTTP: `POST /api/v3/create-ext-idp-conn`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createExtIdpConn`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createExtIdpConn(core: ManagementCore, requestBody: CreateExtIdpConnDto, options?: RequestOptions): Promise<ExtIdpConnDetailSingleRespDto> {
  return callOperation(core, operation.createExtIdpConn, [requestBody, options]);
}

/**
 * Create field for data object
 *
 * HTTP: `POST /api/v3/metadata/create-field`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createField`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createField(core: ManagementCore, requestBody: CreateFunctionModelFieldDto, options?: RequestOptions): Promise<FunctionModelFieldResDto> {
  return callOperation(core, operation.createField, [requestBody, options]);
}

/**
 * Create group
 *
 * HTTP: `POST /api/v3/create-group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createGroup`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createGroup(core: ManagementCore, requestBody: CreateGroupReqDto, options?: RequestOptions): Promise<GroupSingleRespDto> {
  return callOperation(core, operation.createGroup, [requestBody, options]);
}

/**
 * Batch create groups
 *
 * HTTP: `POST /api/v3/create-groups-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createGroupsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createGroupsBatch(core: ManagementCore, requestBody: CreateGroupBatchReqDto, options?: RequestOptions): Promise<GroupListRespDto> {
  return callOperation(core, operation.createGroupsBatch, [requestBody, options]);
}

/**
 * Create invitation policy
 *
 * HTTP: `POST /api/v3/create-invitation-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createInvitationPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createInvitationPolicy(
  core: ManagementCore,
  requestBody: CreateInvitationPolicyDto,
  options?: RequestOptions,
): Promise<GetInvitationPolicyRespDto> {
  return callOperation(core, operation.createInvitationPolicy, [requestBody, options]);
}

/**
 * Create invitation roster
 *
 * HTTP: `POST /api/v3/create-invitation-roster`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createInvitationRoster`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createInvitationRoster(
  core: ManagementCore,
  requestBody: CreateInvitationRosterDto,
  options?: RequestOptions,
): Promise<InvitationRosterSingleRespDto> {
  return callOperation(core, operation.createInvitationRoster, [requestBody, options]);
}

/**
 * Create data object
 *
 * HTTP: `POST /api/v3/metadata/create-model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createModel`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createModel(core: ManagementCore, requestBody: CreateFunctionModelDto, options?: RequestOptions): Promise<FunctionModelResDto> {
  return callOperation(core, operation.createModel, [requestBody, options]);
}

/**
 * Create a multi-tenant administrator
 *
 * HTTP: `POST /api/v3/create-multiple-tenant-admin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createMultipleTenantAdmin`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createMultipleTenantAdmin(
  core: ManagementCore,
  requestBody: CreateMultipleTenantAdminDto,
  options?: RequestOptions,
): Promise<CommonResponseDto> {
  return callOperation(core, operation.createMultipleTenantAdmin, [requestBody, options]);
}

/**
 * Create permission group
 *
 * HTTP: `POST /api/v3/create-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createNamespace(core: ManagementCore, requestBody: CreateNamespaceDto, options?: RequestOptions): Promise<NamespaceRespDto> {
  return callOperation(core, operation.createNamespace, [requestBody, options]);
}

/**
 * Batch create permission groups
 *
 * HTTP: `POST /api/v3/create-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createNamespacesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createNamespacesBatch(core: ManagementCore, requestBody: CreateNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createNamespacesBatch, [requestBody, options]);
}

/**
 * Create custom operation
 *
 * HTTP: `POST /api/v3/metadata/create-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createOperate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createOperate(core: ManagementCore, requestBody: CreateOperateModelDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.createOperate, [requestBody, options]);
}

/**
 * Create Organization
 *
 * HTTP: `POST /api/v3/create-organization`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createOrganization`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createOrganization(core: ManagementCore, requestBody: CreateOrganizationReqDto, options?: RequestOptions): Promise<OrganizationSingleRespDto> {
  return callOperation(core, operation.createOrganization, [requestBody, options]);
}

/**
 * Create or update group
 *
 * HTTP: `POST /api/v3/create-or-update-group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createOrUpdateGroup`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createOrUpdateGroup(
  core: ManagementCore,
  requestBody: CreateOrUpdateGroupReqDto,
  options?: RequestOptions,
): Promise<CreateOrUpdateGroupRespDto> {
  return callOperation(core, operation.createOrUpdateGroup, [requestBody, options]);
}

/**
 * Create permission namespace
 *
 * HTTP: `POST /api/v3/create-permission-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPermissionNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPermissionNamespace(
  core: ManagementCore,
  requestBody: CreatePermissionNamespaceDto,
  options?: RequestOptions,
): Promise<CreatePermissionNamespaceResponseDto> {
  return callOperation(core, operation.createPermissionNamespace, [requestBody, options]);
}

/**
 * Batch create permission namespaces
 *
 * HTTP: `POST /api/v3/create-permission-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPermissionNamespacesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPermissionNamespacesBatch(
  core: ManagementCore,
  requestBody: CreatePermissionNamespacesBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createPermissionNamespacesBatch, [requestBody, options]);
}

/**
 * Create Pipeline function
 *
 * HTTP: `POST /api/v3/create-pipeline-function`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPipelineFunction`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPipelineFunction(
  core: ManagementCore,
  requestBody: CreatePipelineFunctionDto,
  options?: RequestOptions,
): Promise<PipelineFunctionSingleRespDto> {
  return callOperation(core, operation.createPipelineFunction, [requestBody, options]);
}

/**
 * Create a post
 *
 * HTTP: `POST /api/v3/create-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPost(core: ManagementCore, requestBody: CreatePostDto, options?: RequestOptions): Promise<CreatePostRespDto> {
  return callOperation(core, operation.createPost, [requestBody, options]);
}

/**
 * Create public account
 *
 * HTTP: `POST /api/v3/create-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPublicAccount(
  core: ManagementCore,
  requestBody: CreatePublicAccountReqDto,
  options?: RequestOptions,
): Promise<PublicAccountSingleRespDto> {
  return callOperation(core, operation.createPublicAccount, [requestBody, options]);
}

/**
 * Batch create public accounts
 *
 * HTTP: `POST /api/v3/create-public-accounts-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPublicAccountsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createPublicAccountsBatch(
  core: ManagementCore,
  requestBody: CreatePublicAccountBatchReqDto,
  options?: RequestOptions,
): Promise<PublicAccountListRespDto> {
  return callOperation(core, operation.createPublicAccountsBatch, [requestBody, options]);
}

/**
 * Create resource
 *
 * HTTP: `POST /api/v3/create-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createResource(core: ManagementCore, requestBody: CreateResourceDto, options?: RequestOptions): Promise<ResourceRespDto> {
  return callOperation(core, operation.createResource, [requestBody, options]);
}

/**
 * Batch create resources
 *
 * HTTP: `POST /api/v3/create-resources-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createResourcesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createResourcesBatch(core: ManagementCore, requestBody: CreateResourcesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createResourcesBatch, [requestBody, options]);
}

/**
 * Create role
 *
 * HTTP: `POST /api/v3/create-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createRole(core: ManagementCore, requestBody: CreateRoleDto, options?: RequestOptions): Promise<RoleSingleRespDto> {
  return callOperation(core, operation.createRole, [requestBody, options]);
}

/**
 * Batch create roles
 *
 * HTTP: `POST /api/v3/create-roles-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createRolesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createRolesBatch(core: ManagementCore, requestBody: CreateRolesBatch, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createRolesBatch, [requestBody, options]);
}

/**
 * Add row
 *
 * HTTP: `POST /api/v3/metadata/create-row`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createRow`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createRow(core: ManagementCore, requestBody: CreateRowDto, options?: RequestOptions): Promise<FunctionModelValueResDto> {
  return callOperation(core, operation.createRow, [requestBody, options]);
}

/**
 * Create row relation data
 *
 * HTTP: `POST /api/v3/metadata/create-row-relation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createRowRelation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createRowRelation(core: ManagementCore, requestBody: CreateRelationValueDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.createRowRelation, [requestBody, options]);
}

/**
 * Create a sync task
 *
 * HTTP: `POST /api/v3/create-sync-task`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createSyncTask`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createSyncTask(core: ManagementCore, requestBody: CreateSyncTaskDto, options?: RequestOptions): Promise<SyncTaskPaginatedRespDto> {
  return callOperation(core, operation.createSyncTask, [requestBody, options]);
}

/**
 * Create a tenant
 *
 * HTTP: `POST /api/v3/create-tenant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createTenant`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createTenant(core: ManagementCore, requestBody: CreateTenantDto, options?: RequestOptions): Promise<CreateTenantRespDto> {
  return callOperation(core, operation.createTenant, [requestBody, options]);
}

/**
 * Create a collaborating administrator
 *
 * HTTP: `POST /api/v3/create-tenant-cooperator`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createTenantCooperator`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createTenantCooperator(core: ManagementCore, requestBody: CreateTenantCooperatorDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.createTenantCooperator, [requestBody, options]);
}

/**
 * Create a tenant enterprise certification
 *
 * HTTP: `POST /api/v3/create-tenant-enterprise-certification`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createTenantEnterpriseCertification(
  core: ManagementCore,
  requestBody: CreateTenantEnterpriseCertificationBodyDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.createTenantEnterpriseCertification, [requestBody, options]);
}

/**
 * Create a tenant member
 *
 * HTTP: `POST /api/v3/create-tenant-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createTenantUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createTenantUser(core: ManagementCore, requestBody: CreateTenantUserReqDto, options?: RequestOptions): Promise<TenantUserRespDto> {
  return callOperation(core, operation.createTenantUser, [requestBody, options]);
}

/**
 * Create user
 *
 * HTTP: `POST /api/v3/create-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createUser(core: ManagementCore, requestBody: CreateUserReqDto, options?: RequestOptions): Promise<UserSingleRespDto> {
  return callOperation(core, operation.createUser, [requestBody, options]);
}

/**
 * Batch create users
 *
 * HTTP: `POST /api/v3/create-users-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createUsersBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createUsersBatch(core: ManagementCore, requestBody: CreateUserBatchReqDto, options?: RequestOptions): Promise<UserListRespDto> {
  return callOperation(core, operation.createUsersBatch, [requestBody, options]);
}

/**
 * Add a verify device
 *
 * HTTP: `POST /api/v3/authing-verify/create-device`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createVerifyDevice(core: ManagementCore, requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto> {
  return callOperation(core, operation.createVerifyDevice, [requestBody, options]);
}

/**
 * Create Webhook
 *
 * HTTP: `POST /api/v3/create-webhook`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createWebhook`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createWebhook(core: ManagementCore, requestBody: CreateWebhookDto, options?: RequestOptions): Promise<CreateWebhookRespDto> {
  return callOperation(core, operation.createWebhook, [requestBody, options]);
}

/**
 * Define custom event
 *
 * HTTP: `POST /api/v3/define-event`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `defineEvent`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function defineEvent(core: ManagementCore, requestBody: DefineEventDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.defineEvent, [requestBody, options]);
}

/**
 * Delete collaborator AK/SK
 *
 * HTTP: `POST /api/v3/delete-access-key`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteAccessKey`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAccessKey(core: ManagementCore, requestBody: DeleteAccessKeyDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteAccessKey, [requestBody, options]);
}

/**
 * Delete custom admin roles
 *
 * HTTP: `POST /api/v3/delete-admin-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteAdminRolesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAdminRolesBatch(core: ManagementCore, requestBody: DeleteAdminRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteAdminRolesBatch, [requestBody, options]);
}

/**
 * Delete application
 *
 * HTTP: `POST /api/v3/delete-application`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteApplication`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteApplication(core: ManagementCore, requestBody: DeleteApplicationDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteApplication, [requestBody, options]);
}

/**
 * Delete ASA account
 *
 * HTTP: `POST /api/v3/delete-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteAsaAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAsaAccount(core: ManagementCore, requestBody: DeleteAsaAccountDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteAsaAccount, [requestBody, options]);
}

/**
 * Batch delete ASA accounts
 *
 * HTTP: `POST /api/v3/delete-asa-accounts-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteAsaAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAsaAccountBatch(core: ManagementCore, requestBody: DeleteAsaAccountBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteAsaAccountBatch, [requestBody, options]);
}

/**
 * Batch delete application authorization
 *
 * Array parameters (`authIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 * The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
 *
 * HTTP: `DELETE /api/v3/batch-applications-auth`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param authIds - The `authIds` argument of the official method. Sent as `authIds[]=…` once per item.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAuth(core: ManagementCore, authIds: Array<string>, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteAuth, [authIds, options]);
}

/**
 * Delete IP list
 *
 * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
 *
 * HTTP: `DELETE /api/v3/ip-list/{id}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param id - ID of the entry to delete; it fills `{id}` in the path.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteById(core: ManagementCore, id: string, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteById, [id, options]);
}

/**
 * Delete custom field definition
 *
 * HTTP: `POST /api/v3/delete-custom-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteCustomFields`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteCustomFields(core: ManagementCore, requestBody: DeleteCustomFieldsReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteCustomFields, [requestBody, options]);
}

/**
 * Delete data policy
 *
 * HTTP: `POST /api/v3/delete-data-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDataPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDataPolicy(core: ManagementCore, requestBody: DeleteDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteDataPolicy, [requestBody, options]);
}

/**
 * Delete data resource
 *
 * HTTP: `POST /api/v3/delete-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDataResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDataResource(core: ManagementCore, requestBody: DeleteDataResourceDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteDataResource, [requestBody, options]);
}

/**
 * Delete Department
 *
 * HTTP: `POST /api/v3/delete-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDepartment`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDepartment(core: ManagementCore, requestBody: DeleteDepartmentReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteDepartment, [requestBody, options]);
}

/**
 * Delete a department's sync relations
 *
 * HTTP: `POST /api/v3/delete-department-sync-relations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDepartmentSyncRelations`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDepartmentSyncRelations(
  core: ManagementCore,
  requestBody: DeleteDepartmentSyncRelationReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteDepartmentSyncRelations, [requestBody, options]);
}

/**
 * Remove binding (user details page)
 *
 * HTTP: `POST /api/v3/delete-device-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDevice(core: ManagementCore, requestBody: DeleteTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteDevice, [requestBody, options]);
}

/**
 * Delete extension fields for tree type resource
 *
 * HTTP: `POST /api/v3/delete-dnef`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteDnef`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteDnef(core: ManagementCore, requestBody: DeleteDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteDnef, [requestBody, options]);
}

/**
 * Delete identity source
 *
 * HTTP: `POST /api/v3/delete-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteExtIdp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteExtIdp(core: ManagementCore, requestBody: DeleteExtIdpDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteExtIdp, [requestBody, options]);
}

/**
 * Delete identity source connection
 *
 * HTTP: `POST /api/v3/delete-ext-idp-conn`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteExtIdpConn`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteExtIdpConn(core: ManagementCore, requestBody: DeleteExtIdpConnDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteExtIdpConn, [requestBody, options]);
}

/**
 * Batch delete groups
 *
 * HTTP: `POST /api/v3/delete-groups-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteGroupsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteGroupsBatch(core: ManagementCore, requestBody: DeleteGroupsReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteGroupsBatch, [requestBody, options]);
}

/**
 * Delete invitation roster
 *
 * HTTP: `POST /api/v3/delete-invitation-roster`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteInvitationRoster`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteInvitationRoster(core: ManagementCore, requestBody: DeleteInvitationRosterDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteInvitationRoster, [requestBody, options]);
}

/**
 * Batch delete invitation roster
 *
 * HTTP: `POST /api/v3/delete-invitation-rosters-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteInvitationRosterBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteInvitationRosterBatch(
  core: ManagementCore,
  requestBody: DeleteInvitationRosterBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteInvitationRosterBatch, [requestBody, options]);
}

/**
 * Batch delete invitees from roster
 *
 * HTTP: `POST /api/v3/batch-delete-invitation-invitees`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteInvitees`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteInvitees(core: ManagementCore, requestBody: DeleteRosterUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteInvitees, [requestBody, options]);
}

/**
 * Delete permission group information
 *
 * HTTP: `POST /api/v3/delete-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteNamespace(core: ManagementCore, requestBody: DeleteNamespaceDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteNamespace, [requestBody, options]);
}

/**
 * Batch delete permission groups
 *
 * HTTP: `POST /api/v3/delete-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteNamespacesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteNamespacesBatch(core: ManagementCore, requestBody: DeleteNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteNamespacesBatch, [requestBody, options]);
}

/**
 * Delete Organization
 *
 * HTTP: `POST /api/v3/delete-organization`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteOrganization`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteOrganization(core: ManagementCore, requestBody: DeleteOrganizationReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteOrganization, [requestBody, options]);
}

/**
 * Delete permission namespace
 *
 * HTTP: `POST /api/v3/delete-permission-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deletePermissionNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deletePermissionNamespace(
  core: ManagementCore,
  requestBody: DeletePermissionNamespaceDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deletePermissionNamespace, [requestBody, options]);
}

/**
 * Batch delete permission namespaces
 *
 * HTTP: `POST /api/v3/delete-permission-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deletePermissionNamespacesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deletePermissionNamespacesBatch(
  core: ManagementCore,
  requestBody: DeletePermissionNamespacesBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deletePermissionNamespacesBatch, [requestBody, options]);
}

/**
 * Delete Pipeline function
 *
 * HTTP: `POST /api/v3/delete-pipeline-function`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deletePipelineFunction`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deletePipelineFunction(core: ManagementCore, requestBody: DeletePipelineFunctionDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deletePipelineFunction, [requestBody, options]);
}

/**
 * Batch delete public accounts
 *
 * HTTP: `POST /api/v3/delete-public-accounts-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deletePublicAccountsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deletePublicAccountsBatch(
  core: ManagementCore,
  requestBody: DeletePublicAccountsBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deletePublicAccountsBatch, [requestBody, options]);
}

/**
 * Delete resource
 *
 * HTTP: `POST /api/v3/delete-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteResource(core: ManagementCore, requestBody: DeleteResourceDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteResource, [requestBody, options]);
}

/**
 * Batch delete resources
 *
 * HTTP: `POST /api/v3/delete-resources-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteResourcesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteResourcesBatch(core: ManagementCore, requestBody: DeleteResourcesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteResourcesBatch, [requestBody, options]);
}

/**
 * Delete risk policy
 *
 * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
 *
 * HTTP: `DELETE /api/v3/risk-list-policy/{id}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param id - ID of the entry to delete; it fills `{id}` in the path.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteRiskListPolicyById(core: ManagementCore, id: string, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteRiskListPolicyById, [id, options]);
}

/**
 * Delete roles across permission groups (spaces)
 *
 * HTTP: `POST /api/v3/multiple-namespace-delete-roles-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteRoles`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteRoles(core: ManagementCore, requestBody: DeleteRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteRoles, [requestBody, options]);
}

/**
 * Delete roles within single permission group (permission space)
 *
 * HTTP: `POST /api/v3/delete-roles-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteRolesBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteRolesBatch(core: ManagementCore, requestBody: DeleteRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteRolesBatch, [requestBody, options]);
}

/**
 * Delete a tenant
 *
 * HTTP: `POST /api/v3/delete-tenant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteTenant`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteTenant(core: ManagementCore, requestBody: DeleteTenantDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteTenant, [requestBody, options]);
}

/**
 * Unset tenant administrators
 *
 * HTTP: `POST /api/v3/delete-tenant-admin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteTenantAdmin`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteTenantAdmin(core: ManagementCore, requestBody: GetTenantUserDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteTenantAdmin, [requestBody, options]);
}

/**
 * Remove tenant members in bulk
 *
 * HTTP: `POST /api/v3/delete-tenant-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteTenantUser(core: ManagementCore, requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteTenantUser, [requestBody, options]);
}

/**
 * Delete user list
 *
 * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
 *
 * HTTP: `DELETE /api/v3/user-list/{id}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param id - ID of the entry to delete; it fills `{id}` in the path.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteUserListById(core: ManagementCore, id: string, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.deleteUserListById, [id, options]);
}

/**
 * Batch delete users
 *
 * HTTP: `POST /api/v3/delete-users-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteUsersBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteUsersBatch(core: ManagementCore, requestBody: DeleteUsersBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteUsersBatch, [requestBody, options]);
}

/**
 * Delete user sync relationship
 *
 * HTTP: `POST /api/v3/delete-user-sync-relations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteUserSyncRelations`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteUserSyncRelations(core: ManagementCore, requestBody: DeleteUserSyncRelationReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteUserSyncRelations, [requestBody, options]);
}

/**
 * Delete Webhook
 *
 * HTTP: `POST /api/v3/delete-webhook`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteWebhook`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteWebhook(core: ManagementCore, requestBody: DeleteWebhookDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteWebhook, [requestBody, options]);
}

/**
 * Delete registration whitelist
 *
 * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `POST /api/v3/delete-whitelist`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteWhitelist`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteWhitelist(core: ManagementCore, requestBody: DeleteWhitelistDto, options?: RequestOptions): Promise<IsSuccessDto> {
  return callOperation(core, operation.deleteWhitelist, [requestBody, options]);
}

/**
 * Delete application registration whitelist
 *
 * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `POST /api/v3/delete-whitelist-of-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `deleteWhitelistOfApp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteWhitelistOfApp(core: ManagementCore, requestBody: DeleteWhitelistOfAppDto, options?: RequestOptions): Promise<IsSuccessDto> {
  return callOperation(core, operation.deleteWhitelistOfApp, [requestBody, options]);
}

/**
 * Subject authorization details
 *
 * HTTP: `GET /api/v3/get-subject-auth-detail`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function detailAuthSubject(
  core: ManagementCore,
  query: {
    /** Subject ID. */
    targetId: string;
    /** Subject type. */
    targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
    /** Application ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<GetSubjectAuthRespDto> {
  return callOperation(core, operation.detailAuthSubject, [query, options]);
}

/**
 * Disable device (user details page)
 *
 * HTTP: `POST /api/v3/disable-device-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `disableDevice` and `enableDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function disableDevice(core: ManagementCore, requestBody: UpdateTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.disableDevice, [requestBody, options]);
}

/**
 * Shut down the LDAP server (it must have been initialised first)
 *
 * HTTP: `POST /api/v3/disable-ldap-server`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `disableLdapServer`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function disableLdapServer(core: ManagementCore, requestBody: LdapSetEnabledFlagDto, options?: RequestOptions): Promise<LdapOperateRespDto> {
  return callOperation(core, operation.disableLdapServer, [requestBody, options]);
}

/**
 * Update authorization switch
 *
 * HTTP: `POST /api/v3/update-auth-enabled`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `enabledAuth`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function enabledAuth(core: ManagementCore, requestBody: UpdateAuthEnabledDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.enabledAuth, [requestBody, options]);
}

/**
 * Enable device (user details page)
 *
 * HTTP: `POST /api/v3/enable-device-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `disableDevice` and `enableDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function enableDevice(core: ManagementCore, requestBody: UpdateTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.enableDevice, [requestBody, options]);
}

/**
 * Execute custom operation
 *
 * HTTP: `POST /api/v3/metadata/execute-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function executeOperate(core: ManagementCore, requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.executeOperate, [requestBody, options]);
}

/**
 * Export all data
 *
 * HTTP: `POST /api/v3/metadata/export`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `exportMetadata`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function exportMetadata(core: ManagementCore, requestBody: ExportModelDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.exportMetadata, [requestBody, options]);
}

/**
 * Export data object
 *
 * HTTP: `POST /api/v3/metadata/export/model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `exportModel`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function exportModel(core: ManagementCore, requestBody: ExportMetadataDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.exportModel, [requestBody, options]);
}

/**
 * Export roster invitees
 *
 * The official method name says little about what it does: it exports invitation invitees.
 *
 * HTTP: `POST /api/v3/invitation-invitee/export`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `exportUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function exportUsers(core: ManagementCore, requestBody: ExportUsersDto, options?: RequestOptions): Promise<GetImportExportTemplateRespDto> {
  return callOperation(core, operation.exportUsers, [requestBody, options]);
}

/**
 * Application connection details under identity source
 *
 * HTTP: `GET /api/v3/ext-idp-conn-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function extIdpConnStateByApps(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId?: string;
    /** Application ID. */
    appId?: string;
    /** Identity source ID. */
    id: string;
    /** Identity source type. */
    type?: "social" | "enterprise";
  },
  options?: RequestOptions,
): Promise<ExtIdpListPaginatedRespDto> {
  return callOperation(core, operation.extIdpConnStateByApps, [query, options]);
}

/**
 * Query universal invitation application list
 *
 * The official method name says little about what it does: it lists universal-invitation applicants.
 *
 * HTTP: `POST /api/v3/filter-universal-invitation-applicants`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `filter`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function filter(
  core: ManagementCore,
  requestBody: PaginationUniversalInvitationApplicantQueryDto,
  options?: RequestOptions,
): Promise<PaginationUniversalInvitationApplicantRespDto> {
  return callOperation(core, operation.filter, [requestBody, options]);
}

/**
 * View invitees in roster
 *
 * The official method name says little about what it does: it lists invitation invitees.
 *
 * HTTP: `POST /api/v3/list-invitation-invitees`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `filterUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function filterUsers(core: ManagementCore, requestBody: ListInvitationUserDto, options?: RequestOptions): Promise<InvitationUserPaginationRespDto> {
  return callOperation(core, operation.filterUsers, [requestBody, options]);
}

/**
 * Get application list supporting device exclusion scope
 *
 * Lists the applications where device mutual exclusion can apply.
 *
 * HTTP: `GET /api/v3/get-supported-device-exclusive-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function findAppLists(
  core: ManagementCore,
  query: {
    /** The `keyword` argument of the official method. */
    keyword: string;
  },
  options?: RequestOptions,
): Promise<GetDeviceExclusiveValidScopeAppRespDto> {
  return callOperation(core, operation.findAppLists, [query, options]);
}

/**
 * Get IP list
 *
 * HTTP: `GET /api/v3/ip-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function findIpList(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** IP type. */
    ipType: "BLACK" | "WHITE";
  },
  options?: RequestOptions,
): Promise<IpListPaginatedRespDto> {
  return callOperation(core, operation.findIpList, [query, options]);
}

/**
 * Recent login applications
 *
 * HTTP: `POST /api/v3/get-last-login-apps-by-deviceIds`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link findLastLoginAppsByDeviceIdsV2 | findLastLoginAppsByDeviceIdsV2} instead.
 */
export function findLastLoginAppsByDeviceIds(core: ManagementCore, requestBody: QueryTerminalAppsDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.findLastLoginAppsByDeviceIds, [requestBody, options]);
}

/**
 * Recent login applications
 *
 * HTTP: `POST /api/v3/get-last-login-apps-by-device-ids`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function findLastLoginAppsByDeviceIdsV2(core: ManagementCore, requestBody: QueryTerminalAppsDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.findLastLoginAppsByDeviceIdsV2, [requestBody, options]);
}

/**
 * Get risk policy list
 *
 * HTTP: `GET /api/v3/risk-list-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function findRiskListPolicy(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Policy operation object, currently only ip. */
    optObject: "IP" | "USER";
  },
  options?: RequestOptions,
): Promise<UserListPolicyPaginatedRespDto> {
  return callOperation(core, operation.findRiskListPolicy, [query, options]);
}

/**
 * Get risk list users
 *
 * HTTP: `GET /api/v3/user-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function findUserList(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** IP type. */
    userListType: "BLACK" | "WHITE";
  },
  options?: RequestOptions,
): Promise<UserListPaginatedRespDto> {
  return callOperation(core, operation.findUserList, [query, options]);
}

/**
 * Generate a link that invites tenant members
 *
 * HTTP: `POST /api/v3/generate-invite-tenant-user-link`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `generateInviteTenantUserLink`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function generateInviteTenantUserLink(
  core: ManagementCore,
  requestBody: GenerateInviteTenantUserLink,
  options?: RequestOptions,
): Promise<InviteTenantUsersRespDto> {
  return callOperation(core, operation.generateInviteTenantUserLink, [requestBody, options]);
}

/**
 * Generate universal invitation link
 *
 * HTTP: `POST /api/v3/generate-universal-invitation-link`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function generateUniversalInvitation(core: ManagementCore, options?: RequestOptions): Promise<GenerateInvitationLinkRespDto> {
  return callOperation(core, operation.generateUniversalInvitation, [options]);
}

/**
 * Get collaborator AK/SK details
 *
 * HTTP: `GET /api/v3/get-access-key`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAccessKey(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
    /** AccessKeyId. */
    accessKeyId: string;
  },
  options?: RequestOptions,
): Promise<GetAccessKeyResponseDto> {
  return callOperation(core, operation.getAccessKey, [query, options]);
}

/**
 * Get collaborator AK/SK list
 *
 * Array parameters (`status`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/list-access-key`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAccessKeyList(
  core: ManagementCore,
  query?: {
    /** User ID that key belongs to. */
    userId?: string;
    /** Tenant ID to which the key belongs. */
    tenantId?: string;
    /** Key type. */
    type?: string;
    /** AccessKey status, activated: activated, staging: staged (can be rotated), revoked: revoked. Sent as `status[]=…` once per item. */
    status?: Array<string>;
  },
  options?: RequestOptions,
): Promise<ListAccessKeyResponseDto> {
  return callOperation(core, operation.getAccessKeyList, [query, options]);
}

/**
 * Get admin audit logs
 *
 * HTTP: `POST /api/v3/get-admin-audit-logs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getAdminAuditLogs`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAdminAuditLogs(core: ManagementCore, requestBody: GetAdminAuditLogsDto, options?: RequestOptions): Promise<AdminAuditLogRespDto> {
  return callOperation(core, operation.getAdminAuditLogs, [requestBody, options]);
}

/**
 * Get all departments
 *
 * HTTP: `GET /api/v3/get-all-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllDepartments(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID, if not filled in, the default is `root` root department ID. Default `"root"`. */
    departmentId?: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id";
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<DepartmentPaginatedRespDto> {
  return callOperation(core, operation.getAllDepartments, [query, options]);
}

/**
 * Get all groups
 *
 * HTTP: `GET /api/v3/get-all-groups`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllGroups(
  core: ManagementCore,
  query?: {
    /** Whether to get member list. Default `false`. */
    fetchMembers?: boolean;
    /** Whether to get custom data. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<GroupListRespDto> {
  return callOperation(core, operation.getAllGroups, [query, options]);
}

/**
 * Get all data object data
 *
 * HTTP: `POST /api/v3/metadata/get-all-metadata`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getAllMetadata`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllMetadata(core: ManagementCore, requestBody: GetAllRowDto, options?: RequestOptions): Promise<FunctionModelValueListResDto> {
  return callOperation(core, operation.getAllMetadata, [requestBody, options]);
}

/**
 * Get all metadata row information
 *
 * HTTP: `POST /api/v3/metadata/get-all-row-by-scrollid`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getAllMetadataRow`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllMetadataRow(core: ManagementCore, requestBody: GetAllRowVyScrollidDto, options?: RequestOptions): Promise<GetAllRowByScrollidResDto> {
  return callOperation(core, operation.getAllMetadataRow, [requestBody, options]);
}

/**
 * Get all rights
 *
 * HTTP: `GET /api/v3/get-all-rights-items`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllRightsItem(core: ManagementCore, options?: RequestOptions): Promise<CostGetAllRightItemRespDto> {
  return callOperation(core, operation.getAllRightsItem, [options]);
}

/**
 * Get device exclusion scope configuration
 *
 * HTTP: `GET /api/v3/get-device-exclusive-valid-scope-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllValidScopeSettings(core: ManagementCore, options?: RequestOptions): Promise<GetDeviceExclusiveValidScopeRespDto> {
  return callOperation(core, operation.getAllValidScopeSettings, [options]);
}

/**
 * Get device exclusion whitelist configuration
 *
 * HTTP: `GET /api/v3/get-device-exclusive-white-list-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAllWhiteListSettings(core: ManagementCore, options?: RequestOptions): Promise<GetDeviceExclusiveWhiteListRespDto> {
  return callOperation(core, operation.getAllWhiteListSettings, [options]);
}

/**
 * Get application details
 *
 * HTTP: `GET /api/v3/get-application`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getApplication(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<ApplicationSingleRespDto> {
  return callOperation(core, operation.getApplication, [query, options]);
}

/**
 * Get application default access authorization policy
 *
 * HTTP: `GET /api/v3/get-application-permission-strategy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getApplicationPermissionStrategy(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<GetApplicationPermissionStrategyRespDto> {
  return callOperation(core, operation.getApplicationPermissionStrategy, [query, options]);
}

/**
 * Get application secret
 *
 * HTTP: `GET /api/v3/get-application-secret`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getApplicationSecret(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<GetApplicationSecretRespDto> {
  return callOperation(core, operation.getApplicationSecret, [query, options]);
}

/**
 * Get application simple information
 *
 * HTTP: `GET /api/v3/get-application-simple-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getApplicationSimpleInfo(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<ApplicationSimpleInfoSingleRespDto> {
  return callOperation(core, operation.getApplicationSimpleInfo, [query, options]);
}

/**
 * Get ASA account
 *
 * HTTP: `GET /api/v3/get-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAsaAccount(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
    /** ASA account ID. */
    accountId: string;
  },
  options?: RequestOptions,
): Promise<AsaAccountSingleRespDto> {
  return callOperation(core, operation.getAsaAccount, [query, options]);
}

/**
 * Get list of subjects assigned to ASA account
 *
 * HTTP: `GET /api/v3/get-asa-account-assigned-targets`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAsaAccountAssignedTargets(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
    /** ASA account ID. */
    accountId: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<GetAsaAccountAssignedTargetRespDto> {
  return callOperation(core, operation.getAsaAccountAssignedTargets, [query, options]);
}

/**
 * Batch get ASA accounts
 *
 * HTTP: `POST /api/v3/get-asa-accounts-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getAsaAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAsaAccountBatch(core: ManagementCore, requestBody: GetAsaAccountBatchDto, options?: RequestOptions): Promise<AsaAccountListRespDto> {
  return callOperation(core, operation.getAsaAccountBatch, [requestBody, options]);
}

/**
 * Get ASA account assigned to subject
 *
 * HTTP: `GET /api/v3/get-assigned-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAssignedAccount(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer`. */
    targetIdentifier: string;
  },
  options?: RequestOptions,
): Promise<AsaAccountSingleNullableRespDto> {
  return callOperation(core, operation.getAssignedAccount, [query, options]);
}

/**
 * Get authorized resource list for a subject
 *
 * Array parameters (`resourceList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-authorized-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAuthorizedResources(
  core: ManagementCore,
  query: {
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer`. */
    targetIdentifier: string;
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
    /** Limit resource type, like data, API, button, menu. */
    resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
    /** Limit query resource list, if specified, will only return specified resource list. resourceList parameter supports prefix matching, for example: If authorized a resource as `books:123`, can match with `books:*`;; If authorized a resource as `books:fictions_123`, can match with `books:fictions_`;. Sent as `resourceList[]=…` once per item. */
    resourceList?: Array<string>;
    /** Whether to get denied resources. Default `false`. */
    withDenied?: boolean;
  },
  options?: RequestOptions,
): Promise<AuthorizedResourcePaginatedRespDto> {
  return callOperation(core, operation.getAuthorizedResources, [query, options]);
}

/**
 * Generate the LDAP server administrator password
 *
 * HTTP: `GET /api/v3/get-ldap-server-random-pwd`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getBindPwd(core: ManagementCore, options?: RequestOptions): Promise<LdapGetBindPwdRespDto> {
  return callOperation(core, operation.getBindPwd, [options]);
}

/**
 * Get package details
 *
 * HTTP: `GET /api/v3/get-current-package-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getCurrentPackageInfo(core: ManagementCore, options?: RequestOptions): Promise<CostGetCurrentPackageRespDto> {
  return callOperation(core, operation.getCurrentPackageInfo, [options]);
}

/**
 * Get custom field values for user, group, role, organization
 *
 * HTTP: `GET /api/v3/get-custom-data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getCustomData(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId: string;
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Unique identifier of target object: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer`. */
    targetIdentifier: string;
    /** Code of permission group, required when targetType is role, otherwise can be ignored. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<GetCustomDataRespDto> {
  return callOperation(core, operation.getCustomData, [query, options]);
}

/**
 * Get custom field list
 *
 * HTTP: `GET /api/v3/get-custom-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getCustomFields(
  core: ManagementCore,
  query: {
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<CustomFieldListRespDto> {
  return callOperation(core, operation.getCustomFields, [query, options]);
}

/**
 * Get data policy details
 *
 * HTTP: `GET /api/v3/get-data-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDataPolicy(
  core: ManagementCore,
  query: {
    /** Data policy ID. */
    policyId: string;
  },
  options?: RequestOptions,
): Promise<GetDataPolicyResponseDto> {
  return callOperation(core, operation.getDataPolicy, [query, options]);
}

/**
 * Get data resource details
 *
 * HTTP: `GET /api/v3/get-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDataResource(
  core: ManagementCore,
  query: {
    /** Permission space Code that the data resource belongs to. */
    namespaceCode: string;
    /** Data resource Code, unique within permission space. */
    resourceCode: string;
  },
  options?: RequestOptions,
): Promise<GetDataResourceResponseDto> {
  return callOperation(core, operation.getDataResource, [query, options]);
}

/**
 * Get Department Information
 *
 * HTTP: `GET /api/v3/get-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDepartment(
  core: ManagementCore,
  query?: {
    /** Organization code. */
    organizationCode?: string;
    /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
    departmentId?: string;
    /** Department code. One of departmentId and departmentCode must be passed. */
    departmentCode?: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to flatten the extended field. Default `false`. */
    flatCustomData?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.getDepartment, [query, options]);
}

/**
 * List the applications a department is authorized for
 *
 * HTTP: `POST /api/v3/get-department-available-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getDepartmentAllApp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDepartmentAllApp(core: ManagementCore, requestBody: GetDepartmentByIdReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.getDepartmentAllApp, [requestBody, options]);
}

/**
 * Get a department by department ID
 *
 * Array parameters (`appTypeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-department-by-id`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDepartmentById(
  core: ManagementCore,
  query: {
    /** Department ID. */
    departmentId: string;
    /** Tenant ID. */
    tenantId?: string;
    /** List of application types. Sent as `appTypeList[]=…` once per item. */
    appTypeList?: Array<string>;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.getDepartmentById, [query, options]);
}

/**
 * Get a department's third-party sync relations
 *
 * HTTP: `GET /api/v3/get-department-sync-relations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDepartmentSyncRelations(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
    departmentId?: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<SyncRelationListRespDto> {
  return callOperation(core, operation.getDepartmentSyncRelations, [query, options]);
}

/**
 * Get approval details
 *
 * The official method name says little about what it does: it approval detail.
 *
 * HTTP: `GET /api/v3/approval`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDetail(
  core: ManagementCore,
  query: {
    /** Approval number. */
    number: string;
  },
  options?: RequestOptions,
): Promise<ApprovalDetailRes> {
  return callOperation(core, operation.getDetail, [query, options]);
}

/**
 * Get device status
 *
 * HTTP: `POST /api/v3/device-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getDeviceStatus`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDeviceStatus(core: ManagementCore, requestBody: TerminalBaseDto, options?: RequestOptions): Promise<DeviceStatusRespDto> {
  return callOperation(core, operation.getDeviceStatus, [requestBody, options]);
}

/**
 * Get third-party email service configuration
 *
 * HTTP: `GET /api/v3/get-email-provider`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getEmailProvider(core: ManagementCore, options?: RequestOptions): Promise<EmailProviderRespDto> {
  return callOperation(core, operation.getEmailProvider, [options]);
}

/**
 * Get email template list
 *
 * HTTP: `GET /api/v3/get-email-templates`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getEmailTemplates(core: ManagementCore, options?: RequestOptions): Promise<GetEmailTemplatesRespDto> {
  return callOperation(core, operation.getEmailTemplates, [options]);
}

/**
 * Get external user's resource structure and permissions
 *
 * HTTP: `POST /api/v3/get-external-user-resource-struct`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getExternalUserResourceStruct`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getExternalUserResourceStruct(
  core: ManagementCore,
  requestBody: GetExternalUserResourceStructDto,
  options?: RequestOptions,
): Promise<GetExternalUserResourceStructRespDto> {
  return callOperation(core, operation.getExternalUserResourceStruct, [requestBody, options]);
}

/**
 * Get identity source details
 *
 * HTTP: `GET /api/v3/get-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getExtIdp(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId?: string;
    /** Application ID. */
    appId?: string;
    /** Identity source ID. */
    id: string;
    /** Identity source type. */
    type?: "social" | "enterprise";
  },
  options?: RequestOptions,
): Promise<ExtIdpDetailSingleRespDto> {
  return callOperation(core, operation.getExtIdp, [query, options]);
}

/**
 * Get global MFA settings
 *
 * HTTP: `GET /api/v3/get-global-mfa-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getGlobalMfaSettings(core: ManagementCore, options?: RequestOptions): Promise<MFASettingsRespDto> {
  return callOperation(core, operation.getGlobalMfaSettings, [options]);
}

/**
 * Get group details
 *
 * HTTP: `GET /api/v3/get-group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getGroup(
  core: ManagementCore,
  query: {
    /** Group code. */
    code: string;
    /** Whether to get custom data. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<GroupSingleRespDto> {
  return callOperation(core, operation.getGroup, [query, options]);
}

/**
 * Get list of authorized resources for group
 *
 * HTTP: `GET /api/v3/get-group-authorized-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getGroupAuthorizedResources(
  core: ManagementCore,
  query: {
    /** Group code. */
    code: string;
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
    /** Resource type. */
    resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  },
  options?: RequestOptions,
): Promise<AuthorizedResourceListRespDto> {
  return callOperation(core, operation.getGroupAuthorizedResources, [query, options]);
}

/**
 * Get public account group list
 *
 * HTTP: `GET /api/v3/get-groups-of-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getGroupsOfPublicAccount(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, external ID, ID in external identity source. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<GroupPaginatedRespDto> {
  return callOperation(core, operation.getGroupsOfPublicAccount, [query, options]);
}

/**
 * Get import template
 *
 * HTTP: `GET /api/v3/metadata/get-import-template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getImportTemplate(
  core: ManagementCore,
  query: {
    /** Function ID. */
    modelId: string;
  },
  options?: RequestOptions,
): Promise<GetImportTemplateResDto> {
  return callOperation(core, operation.getImportTemplate, [query, options]);
}

/**
 * Get invitation roster details
 *
 * HTTP: `GET /api/v3/get-invitation-roster`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getInvitationRoster(
  core: ManagementCore,
  query: {
    /** Roster ID. */
    rosterId: string;
    /** Whether to return creator details. Default `false`. */
    withCreatorDetail?: boolean;
    /** Whether to return number of users associated with roster, optional. Default `false`. */
    withUserCount?: boolean;
    /** Whether to return policy associated with roster, optional. Default `false`. */
    withAssignedPolicy?: boolean;
  },
  options?: RequestOptions,
): Promise<InvitationRosterSingleRespDto> {
  return callOperation(core, operation.getInvitationRoster, [query, options]);
}

/**
 * Get invitation policy email template
 *
 * HTTP: `POST /api/v3/get-invitation-policy-email-template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getInviteEmailTemplate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getInviteEmailTemplate(core: ManagementCore, requestBody: EmailTemplateQueryDto, options?: RequestOptions): Promise<GetEmailTemplateRespDto> {
  return callOperation(core, operation.getInviteEmailTemplate, [requestBody, options]);
}

/**
 * Get MAU usage records
 *
 * HTTP: `GET /api/v3/get-mau-period-usage-history`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getMauPeriodUsageHistory(
  core: ManagementCore,
  query: {
    /** Start time (year month day). */
    startTime: string;
    /** End time (year month day). */
    endTime: string;
  },
  options?: RequestOptions,
): Promise<CostGetMauPeriodUsageHistoryRespDto> {
  return callOperation(core, operation.getMauPeriodUsageHistory, [query, options]);
}

/**
 * Get metadata related group information
 *
 * HTTP: `POST /api/v3/metadata/group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getMetadataGroupList`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getMetadataGroupList(core: ManagementCore, requestBody: MetadataGroupDto, options?: RequestOptions): Promise<FunctionModelValueListResDto> {
  return callOperation(core, operation.getMetadataGroupList, [requestBody, options]);
}

/**
 * Get user MFA trigger data under application
 *
 * HTTP: `GET /api/v3/get-mfa-trigger-data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getMfaTriggerData(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<GetMapInfoRespDto> {
  return callOperation(core, operation.getMfaTriggerData, [query, options]);
}

/**
 * Get data object details
 *
 * HTTP: `GET /api/v3/metadata/get-model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getModel(
  core: ManagementCore,
  query: {
    /** Function ID can be obtained from the console page. */
    id: string;
  },
  options?: RequestOptions,
): Promise<FunctionModelResDto> {
  return callOperation(core, operation.getModel, [query, options]);
}

/**
 * Get a multi-tenant administrator
 *
 * Gets one administrator, whatever the official summary's wording suggests.
 *
 * HTTP: `GET /api/v3/get-multiple-tenant-admin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getMultipleTenantAdmin(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
  },
  options?: RequestOptions,
): Promise<MultipleTenantAdminPaginatedRespDto> {
  return callOperation(core, operation.getMultipleTenantAdmin, [query, options]);
}

/**
 * Get permission group details
 *
 * HTTP: `GET /api/v3/get-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getNamespace(
  core: ManagementCore,
  query: {
    /** Permission group unique identifier. */
    code: string;
  },
  options?: RequestOptions,
): Promise<NamespaceRespDto> {
  return callOperation(core, operation.getNamespace, [query, options]);
}

/**
 * Batch get permission group details
 *
 * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getNamespacesBatch(
  core: ManagementCore,
  query: {
    /** Permission group code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
    codeList: Array<string>;
  },
  options?: RequestOptions,
): Promise<NamespaceListRespDto> {
  return callOperation(core, operation.getNamespacesBatch, [query, options]);
}

/**
 * Get order details
 *
 * HTTP: `GET /api/v3/get-order-detail`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOrderDetail(
  core: ManagementCore,
  query: {
    /** Order number. */
    orderNo: string;
  },
  options?: RequestOptions,
): Promise<CostGetOrderDetailRespDto> {
  return callOperation(core, operation.getOrderDetail, [query, options]);
}

/**
 * Get order payment details
 *
 * HTTP: `GET /api/v3/get-order-pay-detail`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOrderPayDetail(
  core: ManagementCore,
  query: {
    /** Order number. */
    orderNo: string;
  },
  options?: RequestOptions,
): Promise<CostGetOrderPayDetailRespDto> {
  return callOperation(core, operation.getOrderPayDetail, [query, options]);
}

/**
 * Get order list
 *
 * HTTP: `GET /api/v3/get-orders`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOrders(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<CostGetOrdersRespDto> {
  return callOperation(core, operation.getOrders, [query, options]);
}

/**
 * Get Organization Details
 *
 * HTTP: `GET /api/v3/get-organization`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOrganization(
  core: ManagementCore,
  query: {
    /** Organization Code (organizationCode). */
    organizationCode: string;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain department information. Default `false`. */
    withPost?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<OrganizationSingleRespDto> {
  return callOperation(core, operation.getOrganization, [query, options]);
}

/**
 * Batch Get Organization Details
 *
 * Array parameters (`organizationCodeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-organization-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOrganizationsBatch(
  core: ManagementCore,
  query: {
    /** Organization Code (organizationCode) list. Sent as `organizationCodeList[]=…` once per item. */
    organizationCodeList: Array<string>;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain department information. Default `false`. */
    withPost?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<OrganizationListRespDto> {
  return callOperation(core, operation.getOrganizationsBatch, [query, options]);
}

/**
 * Get user's OTP binding secret
 *
 * HTTP: `GET /api/v3/get-otp-secret-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getOtpSecretByUser(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<GetOtpSecretRespDto> {
  return callOperation(core, operation.getOtpSecretByUser, [query, options]);
}

/**
 * Get Parent Department Information
 *
 * HTTP: `GET /api/v3/get-parent-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getParentDepartment(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID. */
    departmentId: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.getParentDepartment, [query, options]);
}

/**
 * Get permission namespace details
 *
 * HTTP: `GET /api/v3/get-permission-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPermissionNamespace(
  core: ManagementCore,
  query: {
    /** Permission namespace Code. */
    code: string;
  },
  options?: RequestOptions,
): Promise<GetPermissionNamespaceResponseDto> {
  return callOperation(core, operation.getPermissionNamespace, [query, options]);
}

/**
 * Batch get permission namespace details list
 *
 * Array parameters (`codes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-permission-namespaces-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPermissionNamespacesBatch(
  core: ManagementCore,
  query: {
    /** Permission namespace code list, can use comma to separate for batch. Sent as `codes[]=…` once per item. */
    codes: Array<string>;
  },
  options?: RequestOptions,
): Promise<GetPermissionNamespaceListResponseDto> {
  return callOperation(core, operation.getPermissionNamespacesBatch, [query, options]);
}

/**
 * Get Pipeline function details
 *
 * HTTP: `GET /api/v3/get-pipeline-function`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPipelineFunction(
  core: ManagementCore,
  query: {
    /** Pipeline function ID. */
    funcId: string;
  },
  options?: RequestOptions,
): Promise<PipelineFunctionSingleRespDto> {
  return callOperation(core, operation.getPipelineFunction, [query, options]);
}

/**
 * Get Pipeline logs
 *
 * HTTP: `GET /api/v3/get-pipeline-logs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPipelineLogs(
  core: ManagementCore,
  query: {
    /** Pipeline function ID. */
    funcId: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<PipelineFunctionPaginatedRespDto> {
  return callOperation(core, operation.getPipelineLogs, [query, options]);
}

/**
 * Get invitation policy details
 *
 * HTTP: `GET /api/v3/get-invitation-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPolicyDetailById(
  core: ManagementCore,
  query: {
    /** Policy ID. */
    policyId: string;
    /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
    rosterId?: string;
    /** Whether to return creator details. Default `false`. */
    withCreatorDetail?: boolean;
  },
  options?: RequestOptions,
): Promise<GetInvitationPolicyRespDto> {
  return callOperation(core, operation.getPolicyDetailById, [query, options]);
}

/**
 * Get invitation policy user attribution details
 *
 * HTTP: `GET /api/v3/get-invitation-policy-user-attribution`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPolicyUserAttributionDetail(
  core: ManagementCore,
  query: {
    /** Attribution association record ID. */
    id: string;
    /** Whether to return associated object details. */
    withTargetDetail?: boolean;
    /** When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
    withDepartmentExtInfo?: boolean;
  },
  options?: RequestOptions,
): Promise<UserAttributionSingleRespDto> {
  return callOperation(core, operation.getPolicyUserAttributionDetail, [query, options]);
}

/**
 * Get a post
 *
 * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/get-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPost(
  core: ManagementCore,
  query: {
    /** Position code. */
    code: string;
    /** Whether to obtain custom data. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<CreatePostDto> {
  return callOperation(core, operation.getPost, [query, options]);
}

/**
 * Get post details by post ID
 *
 * HTTP: `POST /api/v3/get-post-by-id`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getPostById`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPostById(core: ManagementCore, requestBody: GetPostByIdListDto, options?: RequestOptions): Promise<PostRespDto> {
  return callOperation(core, operation.getPostById, [requestBody, options]);
}

/**
 * Get the post of a public account
 *
 * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/get-post-of-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPostOfPublicUser(
  core: ManagementCore,
  query: {
    /** User id. */
    userId: string;
  },
  options?: RequestOptions,
): Promise<CreatePostDto> {
  return callOperation(core, operation.getPostOfPublicUser, [query, options]);
}

/**
 * Get public account information
 *
 * HTTP: `GET /api/v3/get-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccount(
  core: ManagementCore,
  query: {
    /** Public account user ID. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
  },
  options?: RequestOptions,
): Promise<PublicAccountSingleRespDto> {
  return callOperation(core, operation.getPublicAccount, [query, options]);
}

/**
 * Batch get public account information
 *
 * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-public-account-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountBatch(
  core: ManagementCore,
  query: {
    /** Public account user ID array. Sent as `userIds[]=…` once per item. */
    userIds: Array<string>;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
  },
  options?: RequestOptions,
): Promise<PublicAccountListRespDto> {
  return callOperation(core, operation.getPublicAccountBatch, [query, options]);
}

/**
 * Get the departments of a public account
 *
 * HTTP: `GET /api/v3/get-departments-of-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountDepartments(
  core: ManagementCore,
  query: {
    /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
    userId: string;
    /** User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain the department path. Default `false`. */
    withDepartmentPaths?: boolean;
    /** Sorting basis, such as department creation time, department joining time, department name, department identifier. Default `"JoinDepartmentAt"`. */
    sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
    /** Ascending or descending order. Default `"Desc"`. */
    orderBy?: "Asc" | "Desc";
  },
  options?: RequestOptions,
): Promise<UserDepartmentPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountDepartments, [query, options]);
}

/**
 * Add batch groups to public account
 *
 * HTTP: `POST /api/v3/set-public-account-of-groups`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getPublicAccountOfGroups`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountOfGroups(core: ManagementCore, requestBody: SetUserGroupsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.getPublicAccountOfGroups, [requestBody, options]);
}

/**
 * Get public account role list
 *
 * HTTP: `GET /api/v3/get-roles-of-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountRoles(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Code of permission group (permission space), get default permission group if not provided. Default `"default"`. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountRoles, [query, options]);
}

/**
 * Get the public accounts of a department
 *
 * HTTP: `GET /api/v3/get-public-accounts-of-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountsOfDepartment(
  core: ManagementCore,
  query: {
    /** Department ID. */
    departmentId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountsOfDepartment, [query, options]);
}

/**
 * Get public account list of group
 *
 * HTTP: `GET /api/v3/get-public-accounts-of-group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountsOfGroup(
  core: ManagementCore,
  query: {
    /** Group ID. */
    groupId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountsOfGroup, [query, options]);
}

/**
 * Get the public accounts of a post
 *
 * HTTP: `GET /api/v3/get-public-accounts-of-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountsOfPost(
  core: ManagementCore,
  query: {
    /** Position ID. */
    postId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountsOfPost, [query, options]);
}

/**
 * Get public account list of role
 *
 * HTTP: `GET /api/v3/get-public-accounts-of-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountsOfRole(
  core: ManagementCore,
  query: {
    /** Role ID. */
    roleId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountsOfRole, [query, options]);
}

/**
 * Get user's public account list
 *
 * HTTP: `GET /api/v3/get-public-accounts-of-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPublicAccountsOfUser(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getPublicAccountsOfUser, [query, options]);
}

/**
 * Get row relation data
 *
 * HTTP: `GET /api/v3/metadata/get-row-relation-details`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRelationDetails(core: ManagementCore, options?: RequestOptions): Promise<RelationValueListResDto> {
  return callOperation(core, operation.getRelationDetails, [options]);
}

/**
 * Get relation data details
 *
 * HTTP: `POST /api/v3/metadata/get-relation-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getRelationInfo`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRelationInfo(core: ManagementCore, requestBody: GetRelationInfoDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.getRelationInfo, [requestBody, options]);
}

/**
 * Get row relation data
 *
 * HTTP: `GET /api/v3/metadata/get-row-relation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRelationValue(
  core: ManagementCore,
  query: {
    /** Function ID. */
    modelId: string;
    /** Field ID. */
    fieldId: string;
    /** Row ID. */
    rowId: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number of items per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<RelationValueListResDto> {
  return callOperation(core, operation.getRelationValue, [query, options]);
}

/**
 * Get resource details
 *
 * HTTP: `GET /api/v3/get-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getResource(
  core: ManagementCore,
  query: {
    /** Resource unique identifier. */
    code: string;
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<ResourceRespDto> {
  return callOperation(core, operation.getResource, [query, options]);
}

/**
 * Get authorized subjects for a resource
 *
 * HTTP: `POST /api/v3/get-resource-authorized-targets`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getResourceAuthorizedTargets`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getResourceAuthorizedTargets(
  core: ManagementCore,
  requestBody: GetResourceAuthorizedTargetsDto,
  options?: RequestOptions,
): Promise<GetResourceAuthorizedTargetRespDto> {
  return callOperation(core, operation.getResourceAuthorizedTargets, [requestBody, options]);
}

/**
 * Batch get resource details
 *
 * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-resources-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getResourcesBatch(
  core: ManagementCore,
  query: {
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
    /** Resource code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
    codeList: Array<string>;
  },
  options?: RequestOptions,
): Promise<ResourceListRespDto> {
  return callOperation(core, operation.getResourcesBatch, [query, options]);
}

/**
 * Get role details
 *
 * HTTP: `GET /api/v3/get-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRole(
  core: ManagementCore,
  query: {
    /** Unique identifier of role within permission group. */
    code: string;
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<RoleSingleRespDto> {
  return callOperation(core, operation.getRole, [query, options]);
}

/**
 * Get list of authorized resources for role
 *
 * HTTP: `GET /api/v3/get-role-authorized-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRoleAuthorizedResources(
  core: ManagementCore,
  query: {
    /** Unique identifier of role within permission group. */
    code: string;
    /** Code of permission group. */
    namespace?: string;
    /** Resource type, such as data, API, button, menu. */
    resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  },
  options?: RequestOptions,
): Promise<RoleAuthorizedResourcePaginatedRespDto> {
  return callOperation(core, operation.getRoleAuthorizedResources, [query, options]);
}

/**
 * Get data object row information
 *
 * HTTP: `GET /api/v3/metadata/get-row`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRow(
  core: ManagementCore,
  query: {
    /** Function ID. */
    modelId: string;
    /** Row ID. */
    rowId: string;
    /** Whether to use field ID as key in response. Default `"false"`. */
    showFieldId?: string;
  },
  options?: RequestOptions,
): Promise<FunctionModelValueResDto> {
  return callOperation(core, operation.getRow, [query, options]);
}

/**
 * Get batch row information
 *
 * The path lies outside `/api/v3`, exactly as the official SDK sends it; the sibling data-object operations live under `/api/v3/metadata/`, so this path may be an official mistake, unverified against the server.
 *
 * HTTP: `POST /get-row-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getRowBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRowBatch(core: ManagementCore, requestBody: GetRowBatchDto, options?: RequestOptions): Promise<MetadataListResDto> {
  return callOperation(core, operation.getRowBatch, [requestBody, options]);
}

/**
 * Get data object row information by property value
 *
 * HTTP: `GET /api/v3/metadata/get-row-by-value`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRowByValue(
  core: ManagementCore,
  query: {
    /** Function ID. */
    modelId: string;
    /** Field key. */
    key: string;
    /** Field value. */
    value: string;
    /** Whether to use field ID as key in response. Default `"false"`. */
    showFieldId?: string;
  },
  options?: RequestOptions,
): Promise<FunctionModelValueResDto> {
  return callOperation(core, operation.getRowByValue, [query, options]);
}

/**
 * Get device exclusion rule configuration
 *
 * HTTP: `GET /api/v3/get-device-exclusive-rule-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRuleSettings(core: ManagementCore, options?: RequestOptions): Promise<GetDeviceExclusiveRuleRespDto> {
  return callOperation(core, operation.getRuleSettings, [options]);
}

/**
 * Get security settings
 *
 * HTTP: `GET /api/v3/get-security-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getSecuritySettings(core: ManagementCore, options?: RequestOptions): Promise<SecuritySettingsRespDto> {
  return callOperation(core, operation.getSecuritySettings, [options]);
}

/**
 * Get sync job details
 *
 * HTTP: `GET /api/v3/get-sync-job`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getSyncJob(
  core: ManagementCore,
  query: {
    /** Sync job ID. */
    syncJobId: number;
  },
  options?: RequestOptions,
): Promise<SyncJobSingleRespDto> {
  return callOperation(core, operation.getSyncJob, [query, options]);
}

/**
 * Get sync task details
 *
 * HTTP: `GET /api/v3/get-sync-task`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getSyncTask(
  core: ManagementCore,
  query: {
    /** Sync task ID. */
    syncTaskId: number;
  },
  options?: RequestOptions,
): Promise<SyncTaskSingleRespDto> {
  return callOperation(core, operation.getSyncTask, [query, options]);
}

/**
 * Get tenant details
 *
 * HTTP: `GET /api/v3/get-tenant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenant(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId: string;
    /** Whether to add returned tenant member statistics. */
    withMembersCount?: boolean;
    /** Added the ability to return simple information about tenant associated applications. */
    withAppDetail?: boolean;
    /** Added the ability to return simple information about the creator under the tenant. */
    withCreatorDetail?: boolean;
    /** Added simple information returned to tenant source application. */
    withSourceAppDetail?: boolean;
  },
  options?: RequestOptions,
): Promise<TenantSingleRespDto> {
  return callOperation(core, operation.getTenant, [query, options]);
}

/**
 * Get tenant details by tenant code
 *
 * HTTP: `GET /api/v3/get-tenant-by-code`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantByCode(
  core: ManagementCore,
  query: {
    /** Tenant Code. */
    code: string;
  },
  options?: RequestOptions,
): Promise<TenantSingleRespDto> {
  return callOperation(core, operation.getTenantByCode, [query, options]);
}

/**
 * Get a collaborating administrator
 *
 * HTTP: `GET /api/v3/get-tenant-cooperator`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantCooperator(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
  },
  options?: RequestOptions,
): Promise<TenantCooperatorSingleRespDto> {
  return callOperation(core, operation.getTenantCooperator, [query, options]);
}

/**
 * Get the menus of a collaborating administrator
 *
 * HTTP: `GET /api/v3/get-tenant-cooperator-menu`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantCooperatorMenu(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
  },
  options?: RequestOptions,
): Promise<TenantCooperatorSingleRespDto> {
  return callOperation(core, operation.getTenantCooperatorMenu, [query, options]);
}

/**
 * Get tenant enterprise certification information
 *
 * The official SDK types the answer as `TenantEnterpriseCertificationRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/get-tenant-enterprise-certification`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantEnterpriseCertification(
  core: ManagementCore,
  query: {
    /** The `tenantId` argument of the official method. Sent as `tenant_id`. */
    tenantId: string;
  },
  options?: RequestOptions,
): Promise<TenantEnterpriseCertificationRespDto> {
  return callOperation(core, operation.getTenantEnterpriseCertification, [query, options]);
}

/**
 * Get brief tenant information
 *
 * HTTP: `GET /api/v3/get-tenant-little-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantLittleInfo(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId: string;
    /** Whether to add returned tenant member statistics. */
    withMembersCount?: boolean;
    /** Added the ability to return simple information about tenant associated applications. */
    withAppDetail?: boolean;
    /** Added the ability to return simple information about the creator under the tenant. */
    withCreatorDetail?: boolean;
    /** Added simple information returned to tenant source application. */
    withSourceAppDetail?: boolean;
  },
  options?: RequestOptions,
): Promise<TenantSingleRespDto> {
  return callOperation(core, operation.getTenantLittleInfo, [query, options]);
}

/**
 * Get a single tenant member
 *
 * HTTP: `GET /api/v3/get-tenant-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantUser(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId: string;
    /** User ID at the associated user pool level. */
    linkUserId?: string;
    /** Tenant member ID. */
    memberId?: string;
  },
  options?: RequestOptions,
): Promise<TenantUserSingleRespDto> {
  return callOperation(core, operation.getTenantUser, [query, options]);
}

/**
 * Get universal invitation configuration
 *
 * HTTP: `GET /api/v3/get-universal-invitation-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUniversalInvitation(
  core: ManagementCore,
  query?: {
    /** Whether to obtain detailed information of the selected department. Default `false`. */
    withDepartmentDetail?: boolean;
  },
  options?: RequestOptions,
): Promise<GetUniversalInvitationRespDto> {
  return callOperation(core, operation.getUniversalInvitation, [query, options]);
}

/**
 * Get usage details
 *
 * HTTP: `GET /api/v3/get-usage-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUsageInfo(core: ManagementCore, options?: RequestOptions): Promise<CostGetCurrentUsageRespDto> {
  return callOperation(core, operation.getUsageInfo, [options]);
}

/**
 * Get user information
 *
 * HTTP: `GET /api/v3/get-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUser(
  core: ManagementCore,
  query: {
    /** User ID. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Whether to flatten custom fields. Default `false`. */
    flatCustomData?: boolean;
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain department information. Default `false`. */
    withPost?: boolean;
    /** Whether to get identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
  },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  return callOperation(core, operation.getUser, [query, options]);
}

/**
 * Get user accessible applications
 *
 * HTTP: `GET /api/v3/get-user-accessible-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAccessibleApps(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<AppListRespDto> {
  return callOperation(core, operation.getUserAccessibleApps, [query, options]);
}

/**
 * Get user action logs
 *
 * HTTP: `POST /api/v3/get-user-action-logs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserActionLogs`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserActionLogs(core: ManagementCore, requestBody: GetUserActionLogsDto, options?: RequestOptions): Promise<UserActionLogRespDto> {
  return callOperation(core, operation.getUserActionLogs, [requestBody, options]);
}

/**
 * Get the main department set for an invitation policy's user attribution
 *
 * HTTP: `GET /api/v3/get-invitation-policy-user-attribution-main-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAttributionMainDepartment(
  core: ManagementCore,
  query: {
    /** Policy ID. */
    policyId: string;
    /** Whether to return to the main department details. */
    withDepartmentDetail?: boolean;
  },
  options?: RequestOptions,
): Promise<UserAttributionMainDepartmentRespDto> {
  return callOperation(core, operation.getUserAttributionMainDepartment, [query, options]);
}

/**
 * Get user authorized applications
 *
 * HTTP: `GET /api/v3/get-user-authorized-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAuthorizedApps(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<AppListRespDto> {
  return callOperation(core, operation.getUserAuthorizedApps, [query, options]);
}

/**
 * Get all authorized resources of user
 *
 * HTTP: `GET /api/v3/get-user-authorized-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAuthorizedResources(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
    /** Resource type, such as data, API, menu, button. */
    resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  },
  options?: RequestOptions,
): Promise<AuthorizedResourcePaginatedRespDto> {
  return callOperation(core, operation.getUserAuthorizedResources, [query, options]);
}

/**
 * Get user built-in field list
 *
 * HTTP: `GET /api/v3/get-user-base-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserBaseFields(core: ManagementCore, options?: RequestOptions): Promise<CustomFieldListRespDto> {
  return callOperation(core, operation.getUserBaseFields, [options]);
}

/**
 * Batch get user information
 *
 * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/get-user-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserBatch(
  core: ManagementCore,
  query: {
    /** User ID array. Sent as `userIds[]=…` once per item. */
    userIds: Array<string>;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to flatten custom fields. Default `false`. */
    flatCustomData?: boolean;
    /** Whether to get identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
  },
  options?: RequestOptions,
): Promise<UserListRespDto> {
  return callOperation(core, operation.getUserBatch, [query, options]);
}

/**
 * Get User Department List
 *
 * HTTP: `GET /api/v3/get-user-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserDepartments(
  core: ManagementCore,
  query: {
    /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
    userId: string;
    /** User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain the department path. Default `false`. */
    withDepartmentPaths?: boolean;
    /** Sorting basis, such as department creation time, department joining time, department name, department identifier. Default `"JoinDepartmentAt"`. */
    sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
    /** Ascending or descending order. Default `"Desc"`. */
    orderBy?: "Asc" | "Desc";
  },
  options?: RequestOptions,
): Promise<UserDepartmentPaginatedRespDto> {
  return callOperation(core, operation.getUserDepartments, [query, options]);
}

/**
 * Batch get user password ciphertext
 *
 * HTTP: `POST /api/v3/batch-get-user-encrypt-password`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserEncryptPasswordBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserEncryptPasswordBatch(
  core: ManagementCore,
  requestBody: GetUserEncryptPasswordBatchDto,
  options?: RequestOptions,
): Promise<GetUserEncryptPasswordBatchRespDto> {
  return callOperation(core, operation.getUserEncryptPasswordBatch, [requestBody, options]);
}

/**
 * Get user group list
 *
 * HTTP: `GET /api/v3/get-user-groups`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserGroups(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<GroupPaginatedRespDto> {
  return callOperation(core, operation.getUserGroups, [query, options]);
}

/**
 * Get user's external identity sources
 *
 * HTTP: `GET /api/v3/get-user-identities`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserIdentities(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<IdentityListRespDto> {
  return callOperation(core, operation.getUserIdentities, [query, options]);
}

/**
 * Get applications that user has logged into
 *
 * HTTP: `GET /api/v3/get-user-loggedin-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserLoggedinApps(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<UserLoggedInAppsListRespDto> {
  return callOperation(core, operation.getUserLoggedinApps, [query, options]);
}

/**
 * Get identity sources that user has logged into
 *
 * HTTP: `GET /api/v3/get-user-logged-in-identities`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserLoggedinIdentities(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<UserLoggedInIdentitiesRespDto> {
  return callOperation(core, operation.getUserLoggedinIdentities, [query, options]);
}

/**
 * Get user login history
 *
 * HTTP: `GET /api/v3/get-user-login-history`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserLoginHistory(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Application ID. */
    appId?: string;
    /** Client IP. */
    clientIp?: string;
    /** Start timestamp (milliseconds). */
    start?: number;
    /** End timestamp (milliseconds). */
    end?: number;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<UserLoginHistoryPaginatedRespDto> {
  return callOperation(core, operation.getUserLoginHistory, [query, options]);
}

/**
 * Get user MFA binding information
 *
 * HTTP: `GET /api/v3/get-user-mfa-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserMfaInfo(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<UserMfaSingleRespDto> {
  return callOperation(core, operation.getUserMfaInfo, [query, options]);
}

/**
 * Get user MFA status
 *
 * HTTP: `GET /api/v3/get-mfa-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserMfaStatus(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<GetMapInfoRespDto> {
  return callOperation(core, operation.getUserMfaStatus, [query, options]);
}

/**
 * Get user's custom encrypted password
 *
 * HTTP: `POST /api/v3/get-user-password-ciphertext`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserPasswordCiphertext`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserPasswordCiphertext(
  core: ManagementCore,
  requestBody: GetUserPasswordCiphertextDto,
  options?: RequestOptions,
): Promise<GetUserPasswordCiphertextRespDto> {
  return callOperation(core, operation.getUserPasswordCiphertext, [requestBody, options]);
}

/**
 * Get user permission list
 *
 * HTTP: `POST /api/v3/get-user-permission-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserPermissionList`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserPermissionList(
  core: ManagementCore,
  requestBody: GetUserPermissionListDto,
  options?: RequestOptions,
): Promise<GetUserPermissionListRespDto> {
  return callOperation(core, operation.getUserPermissionList, [requestBody, options]);
}

/**
 * Get the post associated with a user (returns only one)
 *
 * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/get-user-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link getUserPosts | getUserPosts} instead.
 */
export function getUserPost(
  core: ManagementCore,
  query: {
    /** User id. */
    userId: string;
    /** Whether to obtain custom data. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<CreatePostDto> {
  return callOperation(core, operation.getUserPost, [query, options]);
}

/**
 * Get the posts associated with a user
 *
 * HTTP: `GET /api/v3/get-user-posts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated GenAuth no longer recommends this operation.
 */
export function getUserPosts(
  core: ManagementCore,
  query: {
    /** User id. */
    userId: string;
    /** Whether to obtain custom data. */
    withCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<PostListRespDto> {
  return callOperation(core, operation.getUserPosts, [query, options]);
}

/**
 * Get user real-name authentication information
 *
 * HTTP: `GET /api/v3/get-user-principal-authentication-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserPrincipalAuthenticationInfo(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<PrincipalAuthenticationInfoPaginatedRespDto> {
  return callOperation(core, operation.getUserPrincipalAuthenticationInfo, [query, options]);
}

/**
 * Get user's permission list for certain resources (recommended)
 *
 * HTTP: `POST /api/v3/get-user-resource-permission-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserResourcePermissionList`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserResourcePermissionList(
  core: ManagementCore,
  requestBody: GetUserResourcePermissionListDto,
  options?: RequestOptions,
): Promise<GetUserResourcePermissionListRespDto> {
  return callOperation(core, operation.getUserResourcePermissionList, [requestBody, options]);
}

/**
 * Get User Authorized Resource Structure List
 *
 * HTTP: `POST /api/v3/get-user-resource-struct`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getUserResourceStruct`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserResourceStruct(
  core: ManagementCore,
  requestBody: GetUserResourceStructDto,
  options?: RequestOptions,
): Promise<GetUserResourceStructRespDto> {
  return callOperation(core, operation.getUserResourceStruct, [requestBody, options]);
}

/**
 * Get user role list
 *
 * HTTP: `GET /api/v3/get-user-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserRoles(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    /** Permission group (permission space) Code, get default permission group if not passed. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<RolePaginatedRespDto> {
  return callOperation(core, operation.getUserRoles, [query, options]);
}

/**
 * User list of public account
 *
 * HTTP: `GET /api/v3/get-users-of-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUsersOfPublicAccount(
  core: ManagementCore,
  query: {
    /** Public account ID. */
    publicAccountId: string;
  },
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.getUsersOfPublicAccount, [query, options]);
}

/**
 * Get user's third-party sync relationships
 *
 * HTTP: `GET /api/v3/get-user-sync-relations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserSyncRelations(
  core: ManagementCore,
  query: {
    /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
    userId: string;
    /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
    userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  },
  options?: RequestOptions,
): Promise<SyncRelationListRespDto> {
  return callOperation(core, operation.getUserSyncRelations, [query, options]);
}

/**
 * Get verify-config-app list
 *
 * The official SDK types the answer as `ApplicationDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/verify-config-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getVerifyConfigApp(
  core: ManagementCore,
  query?: {
    /** Search keywords. */
    keywords?: string;
  },
  options?: RequestOptions,
): Promise<ApplicationDto> {
  return callOperation(core, operation.getVerifyConfigApp, [query, options]);
}

/**
 * Get Webhook details
 *
 * HTTP: `GET /api/v3/get-webhook`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getWebhook(
  core: ManagementCore,
  query: {
    /** Webhook ID. */
    webhookId: string;
  },
  options?: RequestOptions,
): Promise<GetWebhookRespDto> {
  return callOperation(core, operation.getWebhook, [query, options]);
}

/**
 * Get Webhook event list
 *
 * HTTP: `GET /api/v3/get-webhook-event-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getWebhookEventList(core: ManagementCore, options?: RequestOptions): Promise<WebhookEventListRespDto> {
  return callOperation(core, operation.getWebhookEventList, [options]);
}

/**
 * Get Webhook logs
 *
 * HTTP: `POST /api/v3/get-webhook-logs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getWebhookLogs`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getWebhookLogs(core: ManagementCore, requestBody: ListWebhookLogs, options?: RequestOptions): Promise<ListWebhookLogsRespDto> {
  return callOperation(core, operation.getWebhookLogs, [requestBody, options]);
}

/**
 * Get WeChat Mini Program, Official Account Access Token
 *
 * HTTP: `POST /api/v3/get-weixin-access-token`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `getWechatMpAccessTokenInfo`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getWechatMpAccessTokenInfo(
  core: ManagementCore,
  requestBody: GetWechatAccessTokenDto,
  options?: RequestOptions,
): Promise<GetWechatAccessTokenInfoRespDto> {
  return callOperation(core, operation.getWechatMpAccessTokenInfo, [requestBody, options]);
}

/**
 * Check if user has certain role
 *
 * HTTP: `POST /api/v3/has-any-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `hasAnyRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function hasAnyRole(core: ManagementCore, requestBody: HasAnyRoleReqDto, options?: RequestOptions): Promise<HasAnyRoleRespDto> {
  return callOperation(core, operation.hasAnyRole, [requestBody, options]);
}

/**
 * Import data
 *
 * HTTP: `POST /api/v3/metadata/import`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `importMetadata`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importMetadata(core: ManagementCore, requestBody: ImportModelDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.importMetadata, [requestBody, options]);
}

/**
 * Import data object
 *
 * HTTP: `POST /api/v3/metadata/import/model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `importModel`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importModel(core: ManagementCore, requestBody: ImportMetadataDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.importModel, [requestBody, options]);
}

/**
 * Import user's OTP
 *
 * HTTP: `POST /api/v3/import-otp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `importOtp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importOtp(core: ManagementCore, requestBody: ImportOtpReqDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.importOtp, [requestBody, options]);
}

/**
 * Get template for importing roster invitees
 *
 * The official method name says little about what it does: it template for importing invitation invitees.
 *
 * HTTP: `GET /api/v3/invitation-invitee/template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importTemplate(core: ManagementCore, options?: RequestOptions): Promise<GetImportExportTemplateRespDto> {
  return callOperation(core, operation.importTemplate, [options]);
}

/**
 * Import tenants (Excel)
 *
 * HTTP: `POST /api/v3/import-tenant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `importTenant`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importTenant(core: ManagementCore, requestBody: ImportTenantDto, options?: RequestOptions): Promise<ImportTenantRespDto> {
  return callOperation(core, operation.importTenant, [requestBody, options]);
}

/**
 * Get the tenant import history
 *
 * HTTP: `GET /api/v3/import-tenant-history`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importTenantHistory(
  core: ManagementCore,
  query?: {
    /** Page number. */
    page?: string;
    /** Amount of data obtained per page. */
    limit?: string;
  },
  options?: RequestOptions,
): Promise<ImportTenantHistoryRespDto> {
  return callOperation(core, operation.importTenantHistory, [query, options]);
}

/**
 * List the users to notify about a tenant import
 *
 * HTTP: `GET /api/v3/import-tenant-notify-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importTenantNotifyUser(
  core: ManagementCore,
  query: {
    /** Import record id. */
    importId: string;
    /** Page number. */
    page?: string;
    /** Amount of data obtained per page. */
    limit?: string;
  },
  options?: RequestOptions,
): Promise<ImportTenantNotifyUserRespDto> {
  return callOperation(core, operation.importTenantNotifyUser, [query, options]);
}

/**
 * Import roster invitees
 *
 * The official method name says little about what it does: it imports invitation invitees.
 *
 * HTTP: `POST /api/v3/invitation-invitee/import`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `importUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function importUsers(core: ManagementCore, requestBody: ImportUsersDto, options?: RequestOptions): Promise<GetImportInviteeRespDto> {
  return callOperation(core, operation.importUsers, [requestBody, options]);
}

/**
 * Check if user has permission for an operation on a resource
 *
 * HTTP: `POST /api/v3/is-action-allowed`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `isActionAllowed`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function isActionAllowed(core: ManagementCore, requestBody: IsActionAllowedDto, options?: RequestOptions): Promise<IsActionAllowedRespDtp> {
  return callOperation(core, operation.isActionAllowed, [requestBody, options]);
}

/**
 * Check if user exists
 *
 * HTTP: `POST /api/v3/is-user-exists`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `isUserExists`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function isUserExists(core: ManagementCore, requestBody: IsUserExistsReqDto, options?: RequestOptions): Promise<IsUserExistsRespDto> {
  return callOperation(core, operation.isUserExists, [requestBody, options]);
}

/**
 * Check if User is in Department
 *
 * HTTP: `GET /api/v3/is-user-in-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function isUserInDepartment(
  core: ManagementCore,
  query: {
    /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
    userId: string;
    /** Organization code. */
    organizationCode: string;
    /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
    departmentId: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to include sub-departments. Default `false`. */
    includeChildrenDepartments?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<IsUserInDepartmentRespDto> {
  return callOperation(core, operation.isUserInDepartment, [query, options]);
}

/**
 * Force logout public accounts
 *
 * HTTP: `POST /api/v3/kick-public-accounts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `kickPublicAccounts`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function kickPublicAccounts(core: ManagementCore, requestBody: KickPublicAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.kickPublicAccounts, [requestBody, options]);
}

/**
 * Force user logout
 *
 * HTTP: `POST /api/v3/kick-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `kickUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function kickUsers(core: ManagementCore, requestBody: KickUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.kickUsers, [requestBody, options]);
}

/**
 * Bind an identity to user
 *
 * HTTP: `POST /api/v3/link-identity`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `linkIdentity`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function linkIdentity(core: ManagementCore, requestBody: LinkIdentityDto, options?: RequestOptions): Promise<LinkIdentityResDto> {
  return callOperation(core, operation.linkIdentity, [requestBody, options]);
}

/**
 * Get current logged in users of application
 *
 * HTTP: `POST /api/v3/list-application-active-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listApplicationActiveUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listApplicationActiveUsers(
  core: ManagementCore,
  requestBody: ListApplicationActiveUsersDto,
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listApplicationActiveUsers, [requestBody, options]);
}

/**
 * Get application list
 *
 * HTTP: `GET /api/v3/list-applications`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listApplications(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Whether it is an integrated application. Default `false`. */
    isIntegrateApp?: boolean;
    /** Whether it is a self-built application. Default `false`. */
    isSelfBuiltApp?: boolean;
    /** Whether single sign-on is enabled. Default `false`. */
    ssoEnabled?: boolean;
    /** Fuzzy search string. */
    keywords?: string;
    /** Search applications, true: search all applications, default is false. */
    all?: boolean;
  },
  options?: RequestOptions,
): Promise<ApplicationPaginatedRespDto> {
  return callOperation(core, operation.listApplications, [query, options]);
}

/**
 * Get application simple information list
 *
 * HTTP: `GET /api/v3/list-application-simple-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listApplicationSimpleInfo(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Whether it is an integrated application. Default `false`. */
    isIntegrateApp?: boolean;
    /** Whether it is a self-built application. Default `false`. */
    isSelfBuiltApp?: boolean;
    /** Whether single sign-on is enabled. Default `false`. */
    ssoEnabled?: boolean;
    /** Fuzzy search string. */
    keywords?: string;
  },
  options?: RequestOptions,
): Promise<ApplicationSimpleInfoPaginatedRespDto> {
  return callOperation(core, operation.listApplicationSimpleInfo, [query, options]);
}

/**
 * Get archived user list
 *
 * HTTP: `GET /api/v3/list-archived-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listArchivedUsers(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Start time, UNIX timestamp accurate to seconds, default not specified. */
    startAt?: number;
  },
  options?: RequestOptions,
): Promise<ListArchivedUsersSingleRespDto> {
  return callOperation(core, operation.listArchivedUsers, [query, options]);
}

/**
 * Get ASA account list
 *
 * HTTP: `GET /api/v3/list-asa-accounts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listAsaAccount(
  core: ManagementCore,
  query: {
    /** Application ID. */
    appId: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<AsaAccountPaginatedRespDto> {
  return callOperation(core, operation.listAsaAccount, [query, options]);
}

/**
 * Application authorization list
 *
 * HTTP: `POST /api/v3/list-applications-auth`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listAuthApplication`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listAuthApplication(
  core: ManagementCore,
  requestBody: ListApplicationAuthDto,
  options?: RequestOptions,
): Promise<ListApplicationAuthPaginatedRespDto> {
  return callOperation(core, operation.listAuthApplication, [requestBody, options]);
}

/**
 * Subject authorization list
 *
 * HTTP: `POST /api/v3/list-subject-auth`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listAuthSubject`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listAuthSubject(core: ManagementCore, requestBody: ListAuthSubjectDto, options?: RequestOptions): Promise<ListApplicationSubjectRespDto> {
  return callOperation(core, operation.listAuthSubject, [requestBody, options]);
}

/**
 * Get Child Department List
 *
 * HTTP: `GET /api/v3/list-children-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listChildrenDepartments(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID to be obtained. */
    departmentId: string;
    /** Department status. */
    status?: boolean;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to exclude virtual organizations. Default `false`. */
    excludeVirtualNode?: boolean;
    /** Whether to include only virtual organizations. Default `false`. */
    onlyVirtualNode?: boolean;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<DepartmentPaginatedRespDto> {
  return callOperation(core, operation.listChildrenDepartments, [query, options]);
}

/**
 * Get paginated common resource list
 *
 * HTTP: `GET /api/v3/list-common-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listCommonResource(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Query condition. */
    keyword?: string;
    /** Permission space list. */
    namespaceCodeList?: string;
  },
  options?: RequestOptions,
): Promise<CommonResourcePaginatedRespDto> {
  return callOperation(core, operation.listCommonResource, [query, options]);
}

/**
 * Get custom field list
 *
 * HTTP: `GET /api/v3/list-custom-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listCustFields(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId?: string;
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Field type. */
    dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** User visible. */
    userVisible?: boolean;
    /** Admin visible. */
    adminVisible?: boolean;
    /** Access control. */
    accessControl?: boolean;
    /** Search keyword. */
    keyword?: string;
    /** Search language. */
    lang?: string;
  },
  options?: RequestOptions,
): Promise<ListCistomFieldsResDto> {
  return callOperation(core, operation.listCustFields, [query, options]);
}

/**
 * Get data policy list
 *
 * HTTP: `GET /api/v3/list-data-policies`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDataPolices(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Data policy name keyword search. */
    query?: string;
  },
  options?: RequestOptions,
): Promise<ListDataPoliciesPaginatedRespDto> {
  return callOperation(core, operation.listDataPolices, [query, options]);
}

/**
 * Get list of subjects authorized by data policy
 *
 * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/list-data-policy-targets`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDataPolicyTargets(
  core: ManagementCore,
  query: {
    /** Data policy ID. */
    policyId: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Subject name. */
    query?: string;
    /** Subject type, including four types: USER, GROUP, ROLE, ORG. Sent as `targetType[]=…` once per item. */
    targetType?: Array<"USER" | "ORG" | "GROUP" | "ROLE">;
  },
  options?: RequestOptions,
): Promise<ListDataPolicySubjectPaginatedRespDto> {
  return callOperation(core, operation.listDataPolicyTargets, [query, options]);
}

/**
 * Get data resource list
 *
 * Array parameters (`namespaceCodes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/list-data-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDataResources(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Keyword search, can be data resource name or data resource Code. */
    query?: string;
    /** Permission data belonging to permission namespace Code list. Sent as `namespaceCodes[]=…` once per item. */
    namespaceCodes?: Array<string>;
  },
  options?: RequestOptions,
): Promise<ListDataResourcesPaginatedRespDto> {
  return callOperation(core, operation.listDataResources, [query, options]);
}

/**
 * Get Department Direct Member ID List
 *
 * HTTP: `GET /api/v3/list-department-member-ids`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDepartmentMemberIds(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID, the root department passes `root`. */
    departmentId: string;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<UserIdListRespDto> {
  return callOperation(core, operation.listDepartmentMemberIds, [query, options]);
}

/**
 * Get Department Member List
 *
 * HTTP: `GET /api/v3/list-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDepartmentMembers(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID, the root department passes `root`. */
    departmentId: string;
    /** Sort by. Default `"JoinDepartmentAt"`. */
    sortBy?: "Default" | "JoinDepartmentAt" | "userId" | "createAt" | "updatedAt";
    /** In ascending or descending order. Default `"Desc"`. */
    orderBy?: "Asc" | "Desc";
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to include members of sub-departments. Default `false`. */
    includeChildrenDepartments?: boolean;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listDepartmentMembers, [query, options]);
}

/**
 * Get list of extension fields for tree type resource
 *
 * HTTP: `GET /api/v3/list-dnef`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listDnef(
  core: ManagementCore,
  query: {
    /** Starting index, default is 1, starting from the 1st item. Default `1`. */
    startIndex?: number;
    /** Maximum number of items per query, cannot exceed 50, default is 10. Default `10`. */
    maxSize?: number;
    /** Keyword search, can be field unique identifier, display name. */
    query?: string;
    /** Permission space Code that the data resource belongs to. */
    namespaceCode: string;
    /** Data resource Code, unique within permission space. */
    resourceCode: string;
  },
  options?: RequestOptions,
): Promise<ListDnefPaginatedRespDto> {
  return callOperation(core, operation.listDnef, [query, options]);
}

/**
 * Get event application list
 *
 * HTTP: `GET /api/v3/list-event-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listEventApps(core: ManagementCore, options?: RequestOptions): Promise<EventAppPaginatedRespDto> {
  return callOperation(core, operation.listEventApps, [options]);
}

/**
 * Get event list
 *
 * HTTP: `GET /api/v3/list-events`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listEvents(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Application type. */
    app?: string;
  },
  options?: RequestOptions,
): Promise<OpenEventPaginatedRespDto> {
  return callOperation(core, operation.listEvents, [query, options]);
}

/**
 * Get identity source list
 *
 * HTTP: `GET /api/v3/list-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listExtIdp(
  core: ManagementCore,
  query?: {
    /** Tenant ID. */
    tenantId?: string;
    /** Application ID. */
    appId?: string;
  },
  options?: RequestOptions,
): Promise<ExtIdpListPaginatedRespDto> {
  return callOperation(core, operation.listExtIdp, [query, options]);
}

/**
 * Get data object field list
 *
 * HTTP: `GET /api/v3/metadata/list-field`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listField(
  core: ManagementCore,
  query: {
    /** Function ID. */
    modelId: string;
    /** Request source. */
    from: string;
  },
  options?: RequestOptions,
): Promise<FunctionFieldListResDto> {
  return callOperation(core, operation.listField, [query, options]);
}

/**
 * Get group member list
 *
 * HTTP: `GET /api/v3/list-group-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listGroupMembers(
  core: ManagementCore,
  query: {
    /** Group code. */
    code: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to get identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
    /** Whether to flatten extended fields. Default `false`. */
    flatCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listGroupMembers, [query, options]);
}

/**
 * Get group list
 *
 * HTTP: `GET /api/v3/list-groups`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listGroups(
  core: ManagementCore,
  query?: {
    /** Search group code or group name. */
    keywords?: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Whether to show metadata content. */
    withMetadata?: boolean;
    /** Whether to get custom data. */
    withCustomData?: boolean;
    /** Whether to flatten extended fields. Default `false`. */
    flatCustomData?: boolean;
  },
  options?: RequestOptions,
): Promise<GroupPaginatedRespDto> {
  return callOperation(core, operation.listGroups, [query, options]);
}

/**
 * Get invitation policy list
 *
 * HTTP: `POST /api/v3/list-invitation-policies`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listInvitationPolicies`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listInvitationPolicies(
  core: ManagementCore,
  requestBody: PaginationInvitationPolicyQueryDto,
  options?: RequestOptions,
): Promise<PaginationInvitationPolicyRespDto> {
  return callOperation(core, operation.listInvitationPolicies, [requestBody, options]);
}

/**
 * Get invitation roster list
 *
 * HTTP: `POST /api/v3/list-invitation-rosters`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listInvitationRoster(
  core: ManagementCore,
  requestBody: ListInvitationRosterDto,
  options?: RequestOptions,
): Promise<InvitationRosterPaginationRespDto> {
  return callOperation(core, operation.listInvitationRoster, [requestBody, options]);
}

/**
 * Get invitation roster list not associated with policy
 *
 * HTTP: `POST /api/v3/list-invitation-rosters-by-no-policy-id`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listInvitationRostersByNonPolicyId(
  core: ManagementCore,
  requestBody: ListInvitationRosterDto,
  options?: RequestOptions,
): Promise<InvitationRosterPaginationRespDto> {
  return callOperation(core, operation.listInvitationRostersByNonPolicyId, [requestBody, options]);
}

/**
 * Get invitation roster list by policy ID
 *
 * HTTP: `POST /api/v3/list-invitation-rosters-by-policy-id`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listInvitationRostersByPolicyId`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listInvitationRostersByPolicyId(
  core: ManagementCore,
  requestBody: ListInvitationRosterByPolicyIdDto,
  options?: RequestOptions,
): Promise<InvitationRosterPaginationRespDto> {
  return callOperation(core, operation.listInvitationRostersByPolicyId, [requestBody, options]);
}

/**
 * Get the tenant consoles a user can access
 *
 * The method keeps the official SDK's spelling (`Tennat`), so that migrated code finds it.
 * The path names invitation records; the official description speaks of the tenant consoles a user can access.
 *
 * HTTP: `GET /api/v3/list-invite-tenant-user-records`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listInviteTennatUserRecords(
  core: ManagementCore,
  query: {
    /** Search keywords. */
    keywords: string;
    /** Page number. */
    page: string;
    /** Amount of data obtained per page. */
    limit: string;
  },
  options?: RequestOptions,
): Promise<InviteTenantUserRecordListRespDto> {
  return callOperation(core, operation.listInviteTennatUserRecords, [query, options]);
}

/**
 * Get data object list
 *
 * HTTP: `GET /api/v3/metadata/list-model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listModel(core: ManagementCore, options?: RequestOptions): Promise<FunctionModelListDto> {
  return callOperation(core, operation.listModel, [options]);
}

/**
 * Get the multi-tenant administrator list
 *
 * HTTP: `GET /api/v3/list-multiple-tenant-admins`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listMultipleTenantAdmin(
  core: ManagementCore,
  query?: {
    /** Search keywords. */
    keywords?: string;
    /** Page number. */
    page?: string;
    /** Amount of data obtained per page. */
    limit?: string;
  },
  options?: RequestOptions,
): Promise<MultipleTenantAdminPaginatedRespDto> {
  return callOperation(core, operation.listMultipleTenantAdmin, [query, options]);
}

/**
 * Get paginated role list under permission group
 *
 * HTTP: `GET /api/v3/list-namespace-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listNamespaceRoles(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Permission group unique identifier. */
    code: string;
    /** Role Code or name. */
    keywords?: string;
  },
  options?: RequestOptions,
): Promise<NamespaceRolesListPaginatedRespDto> {
  return callOperation(core, operation.listNamespaceRoles, [query, options]);
}

/**
 * Get paginated permission group list
 *
 * HTTP: `GET /api/v3/list-namespaces`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listNamespaces(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Search permission group Code. */
    keywords?: string;
  },
  options?: RequestOptions,
): Promise<NamespaceListPaginatedRespDto> {
  return callOperation(core, operation.listNamespaces, [query, options]);
}

/**
 * Operation management list (paginated)
 *
 * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/metadata/list-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listOperate(
  core: ManagementCore,
  query: {
    /** Search function name. */
    keywords?: string;
    /** Model ID. */
    modelId: string;
    /** Associated field ID. */
    fieldId?: string;
    /** Whether to return user-created operations, only valid when fieldId is provided. */
    showCreated?: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number of items per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<OperateModelDto> {
  return callOperation(core, operation.listOperate, [query, options]);
}

/**
 * All operation management list
 *
 * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `GET /api/v3/metadata/all-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listOperateAll(
  core: ManagementCore,
  query: {
    /** Model ID. */
    modelId: string;
  },
  options?: RequestOptions,
): Promise<OperateModelDto> {
  return callOperation(core, operation.listOperateAll, [query, options]);
}

/**
 * Get Organization List
 *
 * HTTP: `GET /api/v3/list-organizations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listOrganizations(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Pull all. Default `false`. */
    fetchAll?: boolean;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain department information. Default `false`. */
    withPost?: boolean;
    /** Tenant ID. */
    tenantId?: string;
    /** Status of the organization. */
    status?: boolean;
  },
  options?: RequestOptions,
): Promise<OrganizationPaginatedRespDto> {
  return callOperation(core, operation.listOrganizations, [query, options]);
}

/**
 * Get paginated list of all roles under permission namespace
 *
 * HTTP: `GET /api/v3/list-permission-namespace-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPermissionNamespaceRoles(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Permission group unique identifier Code. */
    code: string;
    /** Role Code or name. */
    query?: string;
  },
  options?: RequestOptions,
): Promise<PermissionNamespaceRolesListPaginatedRespDto> {
  return callOperation(core, operation.listPermissionNamespaceRoles, [query, options]);
}

/**
 * Get paginated permission namespace list
 *
 * HTTP: `GET /api/v3/list-permission-namespaces`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPermissionNamespaces(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Permission namespace name. */
    query?: string;
  },
  options?: RequestOptions,
): Promise<PermissionNamespaceListPaginatedRespDto> {
  return callOperation(core, operation.listPermissionNamespaces, [query, options]);
}

/**
 * Get permission view data list
 *
 * HTTP: `POST /api/v3/list-permission-view/data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listPermissionView`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPermissionView(core: ManagementCore, requestBody: ListPermissionViewDto, options?: RequestOptions): Promise<ListPermissionViewResponseDto> {
  return callOperation(core, operation.listPermissionView, [requestBody, options]);
}

/**
 * Get Pipeline function list
 *
 * HTTP: `GET /api/v3/list-pipeline-functions`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPipelineFunctions(
  core: ManagementCore,
  query: {
    /** Filter by function trigger scene (optional, returns all by default): `PRE_REGISTER`: Before registration; `POST_REGISTER`: After registration; `PRE_AUTHENTICATION`: Before authentication; `POST_AUTHENTICATION`: After authentication; `PRE_OIDC_ID_TOKEN_ISSUED`: Before OIDC ID Token issuance; `PRE_OIDC_ACCESS_TOKEN_ISSUED`: Before OIDC Access Token issuance; `PRE_COMPLETE_USER_INFO`: Before completing user info. */
    scene:
      | "PRE_REGISTER"
      | "POST_REGISTER"
      | "PRE_AUTHENTICATION"
      | "POST_AUTHENTICATION"
      | "PRE_OIDC_ID_TOKEN_ISSUED"
      | "PRE_OIDC_ACCESS_TOKEN_ISSUED"
      | "PRE_COMPLETE_USER_INFO"
      | "PRE_MFA_VERIFY"
      | "POST_MFA_VERIFY";
  },
  options?: RequestOptions,
): Promise<PipelineFunctionPaginatedRespDto> {
  return callOperation(core, operation.listPipelineFunctions, [query, options]);
}

/**
 * Get invitation policy user attribution list
 *
 * HTTP: `GET /api/v3/list-invitation-policy-user-attributions`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPolicyUserAttributionDetail(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Policy ID. */
    policyId: string;
    /** Whether to return associated object details. */
    withTargetDetail?: boolean;
    /** When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
    withDepartmentExtInfo?: boolean;
    /** Associated object type. */
    targetType: "department" | "post" | "role" | "group";
  },
  options?: RequestOptions,
): Promise<UserAttributionPaginationRespDto> {
  return callOperation(core, operation.listPolicyUserAttributionDetail, [query, options]);
}

/**
 * Get/search public account list
 *
 * HTTP: `POST /api/v3/list-public-accounts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listPublicAccounts`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPublicAccounts(
  core: ManagementCore,
  requestBody: ListPublicAccountsRequestDto,
  options?: RequestOptions,
): Promise<PublicAccountPaginatedRespDto> {
  return callOperation(core, operation.listPublicAccounts, [requestBody, options]);
}

/**
 * Get list of fields for policy process configuration supplementary information
 *
 * HTTP: `GET /api/v3/list-invitation-policy-extends-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRegisterExtendsFields(
  core: ManagementCore,
  query: {
    /** Policy ID. */
    policyId: string;
    /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
    rosterId?: string;
  },
  options?: RequestOptions,
): Promise<GetExtendsFieldsRespDto> {
  return callOperation(core, operation.listRegisterExtendsFields, [query, options]);
}

/**
 * Get paginated resource list
 *
 * HTTP: `GET /api/v3/list-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listResources(
  core: ManagementCore,
  query?: {
    /** Code of permission group (permission space), get default permission group if not provided. */
    namespace?: string;
    /** Resource type. */
    type?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<ResourcePaginatedRespDto> {
  return callOperation(core, operation.listResources, [query, options]);
}

/**
 * Get List of Users Authorized for Resource
 *
 * HTTP: `POST /api/v3/list-resource-targets`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listResourceTargets`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listResourceTargets(core: ManagementCore, requestBody: ListResourceTargetsDto, options?: RequestOptions): Promise<ListResourceTargetsRespDto> {
  return callOperation(core, operation.listResourceTargets, [requestBody, options]);
}

/**
 * Get role authorization list
 *
 * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/list-role-assignments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRoleAssignments(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Search by role code or role name. */
    query?: string;
    /** Role code, can only use letters, numbers and -_, maximum 50 characters. */
    roleCode: string;
    /** Permission space code. */
    namespaceCode?: string;
    /** Target type, accepts user. Sent as `targetType[]=…` once per item. */
    targetType?: Array<"USER" | "ORG">;
  },
  options?: RequestOptions,
): Promise<RoleListPageRespDto> {
  return callOperation(core, operation.listRoleAssignments, [query, options]);
}

/**
 * Get Role Department List
 *
 * HTTP: `GET /api/v3/list-role-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRoleDepartments(
  core: ManagementCore,
  query: {
    /** The unique identifier of the role within the permission group. */
    code: string;
    /** The code of the permission group it belongs to. */
    namespace?: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<RoleDepartmentListPaginatedRespDto> {
  return callOperation(core, operation.listRoleDepartments, [query, options]);
}

/**
 * Get role members list
 *
 * HTTP: `GET /api/v3/list-role-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRoleMembers(
  core: ManagementCore,
  query: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to get identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
    /** Unique identifier of role within permission group. */
    code: string;
    /** Code of permission group. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listRoleMembers, [query, options]);
}

/**
 * Get role list
 *
 * HTTP: `GET /api/v3/list-roles`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRoles(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Used for fuzzy search by role code or name, optional. */
    keywords?: string;
    /** Code of permission group (permission space), get default permission group if not provided. Default `"default"`. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<RolePaginatedRespDto> {
  return callOperation(core, operation.listRoles, [query, options]);
}

/**
 * Advanced search for data objects
 *
 * HTTP: `POST /api/v3/metadata/filter`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listRow`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listRow(core: ManagementCore, requestBody: FilterDto, options?: RequestOptions): Promise<FunctionModelValueListResDto> {
  return callOperation(core, operation.listRow, [requestBody, options]);
}

/**
 * Get simple data policy list
 *
 * HTTP: `GET /api/v3/list-simple-data-policies`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listSimpleDataPolices(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Data policy name keyword search. */
    query?: string;
  },
  options?: RequestOptions,
): Promise<ListSimpleDataPoliciesPaginatedRespDto> {
  return callOperation(core, operation.listSimpleDataPolices, [query, options]);
}

/**
 * List the logs of a sync job
 *
 * HTTP: `GET /api/v3/list-sync-job-logs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listSyncJobLogs(
  core: ManagementCore,
  query: {
    /** Sync job ID. */
    syncJobId: number;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Filter based on whether the operation is successful. */
    success?: boolean;
    /** Filter by operation type: `CreateUser`: Create user; `UpdateUser`: Modify user information; `DeleteUser`: delete user; `UpdateUserIdentifier`: Modify the user's unique identifier; `ChangeUserDepartment`: Modify user department; `CreateDepartment`: Create a department; `UpdateDepartment`: Modify department information; `DeleteDepartment`: delete department; `MoveDepartment`: Move department; `UpdateDepartmentLeader`: synchronization department leader; `CreateGroup`: Create a group; `UpdateGroup`: Modify group; `DeleteGroup`: delete group; `Updateless`: no updates. */
    action?:
      | "CreateUser"
      | "UpdateUser"
      | "DeleteUser"
      | "UpdateUserIdentifier"
      | "ChangeUserDepartment"
      | "CreateDepartment"
      | "UpdateDepartment"
      | "DeleteDepartment"
      | "MoveDepartment"
      | "UpdateDepartmentLeader"
      | "CreateGroup"
      | "UpdateGroup"
      | "DeleteGroup"
      | "Updateless";
    /** Operation object type: `department`: department; `user`: user. */
    objectType?: "DEPARTMENT" | "USER";
  },
  options?: RequestOptions,
): Promise<TriggerSyncTaskRespDto> {
  return callOperation(core, operation.listSyncJobLogs, [query, options]);
}

/**
 * List the jobs of a sync task
 *
 * HTTP: `GET /api/v3/list-sync-jobs`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listSyncJobs(
  core: ManagementCore,
  query: {
    /** Sync task ID. */
    syncTaskId: number;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Synchronization task trigger type: `manually`: trigger execution manually; `timed`: timed trigger; `automatic`: automatically triggered based on events. */
    syncTrigger?: "manually" | "timed" | "automatic";
  },
  options?: RequestOptions,
): Promise<SyncJobPaginatedRespDto> {
  return callOperation(core, operation.listSyncJobs, [query, options]);
}

/**
 * Get the list of sync risk operations
 *
 * Array parameters (`status`, `objectType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
 *
 * HTTP: `GET /api/v3/list-sync-risk-operations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listSyncRiskOperations(
  core: ManagementCore,
  query: {
    /** Sync task ID. */
    syncTaskId: number;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Filter based on execution status. Sent as `status[]=…` once per item. */
    status?: Array<"PENDING" | "SUCCESS" | "FAILED" | "CANCELED" | "EXECUTING">;
    /** According to the operation object type, all types of records are obtained by default: `department`: department; `user`: user. Sent as `objectType[]=…` once per item. */
    objectType?: Array<"DEPARTMENT" | "USER">;
  },
  options?: RequestOptions,
): Promise<SyncRiskOperationPaginatedRespDto> {
  return callOperation(core, operation.listSyncRiskOperations, [query, options]);
}

/**
 * Get the sync task list
 *
 * HTTP: `GET /api/v3/list-sync-tasks`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listSyncTasks(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<SyncTaskPaginatedRespDto> {
  return callOperation(core, operation.listSyncTasks, [query, options]);
}

/**
 * Get the tenant administrator list
 *
 * HTTP: `POST /api/v3/list-tenant-admin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listTenantAdmin`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenantAdmin(core: ManagementCore, requestBody: ListTenantAdminDto, options?: RequestOptions): Promise<TenantUserListPaginatedRespDto> {
  return callOperation(core, operation.listTenantAdmin, [requestBody, options]);
}

/**
 * Get the tenant application list
 *
 * HTTP: `GET /api/v3/list-tenant-applications`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenantApplications(
  core: ManagementCore,
  query: {
    /** Get the page number of the application list. */
    page: string;
    /** Number of applications obtained per page. */
    limit: string;
    /** Search keywords. */
    keywords: string;
    /** Whether the application includes single sign-on. Sent as `sso_enabled`. */
    ssoEnabled: boolean;
  },
  options?: RequestOptions,
): Promise<TenantApplicationListPaginatedRespDto> {
  return callOperation(core, operation.listTenantApplications, [query, options]);
}

/**
 * Get the collaborating administrator list
 *
 * HTTP: `GET /api/v3/list-tenant-cooperators`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenantCooperators(
  core: ManagementCore,
  query?: {
    /** Search keywords. */
    keywords?: string;
    /** Whether it is external. */
    external?: boolean;
    /** Page number. */
    page?: string;
    /** Amount of data obtained per page. */
    limit?: string;
  },
  options?: RequestOptions,
): Promise<TenantCooperatorPaginatedRespDto> {
  return callOperation(core, operation.listTenantCooperators, [query, options]);
}

/**
 * Get Identity Source List in Tenant Console
 *
 * HTTP: `GET /api/v3/list-tenant-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenantExtIdp(
  core: ManagementCore,
  query?: {
    /** Tenant ID. */
    tenantId?: string;
    /** Application ID. */
    appId?: string;
    /** Identity source type. */
    type?: "social" | "enterprise";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<ExtIdpListPaginatedRespDto> {
  return callOperation(core, operation.listTenantExtIdp, [query, options]);
}

/**
 * Get or search the tenant list
 *
 * HTTP: `GET /api/v3/list-tenants`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenants(
  core: ManagementCore,
  query?: {
    /** Search keywords. */
    keywords?: string;
    /** Whether to add returned tenant member statistics. */
    withMembersCount?: boolean;
    /** Added simple information returned to the app under the tenant. */
    withAppDetail?: boolean;
    /** Added the ability to return simple information about the creator under the tenant. */
    withCreatorDetail?: boolean;
    /** Add simple information returned to the source app under the tenant. */
    withSourceAppDetail?: boolean;
    /** Page number. */
    page?: string;
    /** Amount of data obtained per page. */
    limit?: string;
    /** Tenant source. */
    source?: unknown;
  },
  options?: RequestOptions,
): Promise<TenantListPaginatedRespDto> {
  return callOperation(core, operation.listTenants, [query, options]);
}

/**
 * Get or search the tenant member list
 *
 * HTTP: `POST /api/v3/list-tenant-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listTenantUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listTenantUsers(core: ManagementCore, requestBody: ListTenantUserDto, options?: RequestOptions): Promise<TenantUserListPaginatedRespDto> {
  return callOperation(core, operation.listTenantUsers, [requestBody, options]);
}

/**
 * Get user built-in field list
 *
 * HTTP: `GET /api/v3/list-user-base-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listUserBaseFields(
  core: ManagementCore,
  query: {
    /** Tenant ID. */
    tenantId?: string;
    /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
    targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
    /** Field type. */
    dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** User visible. */
    userVisible?: boolean;
    /** Admin visible. */
    adminVisible?: boolean;
    /** Access control. */
    accessControl?: boolean;
    /** Search keyword. */
    keyword?: string;
    /** Search language. */
    lang?: string;
  },
  options?: RequestOptions,
): Promise<ListCistomFieldsResDto> {
  return callOperation(core, operation.listUserBaseFields, [query, options]);
}

/**
 * Get/search user list
 *
 * Searches by `keywords` (in the fields of `options.fuzzySearchOn`), filters with `advancedFilter` (every item must match; a field may be a custom data field), sorts and pages. For example, active users who signed in at least 5 times: `advancedFilter: [{ field: "status", operator: "EQUAL", value: "Activated" }, { field: "loginsCount", operator: "GREATER", value: 5 }]`. `IN` takes an array, `BETWEEN` a `[from, to]` pair; times are Unix milliseconds.
 *
 * HTTP: `POST /api/v3/list-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `listUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listUsers(core: ManagementCore, requestBody: ListUsersRequestDto, options?: RequestOptions): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listUsers, [requestBody, options]);
}

/**
 * Get user list
 *
 * The older form of `listUsers`, a `GET` with its filters in the query; `listUsers` is a `POST` that takes them in its body.
 *
 * HTTP: `GET /api/v3/list-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated GenAuth no longer recommends this operation.
 */
export function listUsersLegacy(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
    /** Current account status, such as Suspended, Resigned, Activated, Archived. */
    status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
    /** User creation, modification start time, UNIX timestamp accurate to seconds; supports getting incremental data after a certain time. */
    updatedAtStart?: number;
    /** User creation, modification end time, UNIX timestamp accurate to seconds; supports getting incremental data within a certain time period. Default is current time. */
    updatedAtEnd?: number;
    /** Whether to get custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain department information. Default `false`. */
    withPost?: boolean;
    /** Whether to get identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
    /** Whether to get user password expiration time. Default `false`. */
    withUserPasswordExpireTime?: boolean;
  },
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.listUsersLegacy, [query, options]);
}

/**
 * Get Webhook list
 *
 * HTTP: `GET /api/v3/list-webhooks`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listWebhooks(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<GetWebhooksRespDto> {
  return callOperation(core, operation.listWebhooks, [query, options]);
}

/**
 * Get registration whitelist
 *
 * HTTP: `GET /api/v3/list-whitelist`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listWhitelists(
  core: ManagementCore,
  query: {
    /** Whitelist type. */
    type: "USERNAME" | "EMAIL" | "PHONE";
  },
  options?: RequestOptions,
): Promise<WhitelistListRespDto> {
  return callOperation(core, operation.listWhitelists, [query, options]);
}

/**
 * Get application registration whitelist
 *
 * HTTP: `GET /api/v3/list-whitelist-of-app`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listWhitelistsOfApp(
  core: ManagementCore,
  query: {
    /** Whitelist type. */
    type: "USERNAME" | "EMAIL" | "PHONE";
    /** APP ID. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<WhitelistListRespDto> {
  return callOperation(core, operation.listWhitelistsOfApp, [query, options]);
}

/**
 * Get the approval log list
 *
 * HTTP: `GET /api/v3/approval-log-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function logList(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    pageNo?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    pageSize?: number;
    /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY). */
    objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
    /** Used for fuzzy search based on approval number, initiator name, and approval object name, optional. */
    keyword?: string;
  },
  options?: RequestOptions,
): Promise<ApprovalListRes> {
  return callOperation(core, operation.logList, [query, options]);
}

/**
 * Get the pending approval list
 *
 * HTTP: `GET /api/v3/approval-pending-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function pendList(
  core: ManagementCore,
  query?: {
    /** Current page number, starting from 1. Default `1`. */
    pageNo?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    pageSize?: number;
    /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY). */
    objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
    /** Used for fuzzy search based on approval number or initiator name, optional. */
    keyword?: string;
  },
  options?: RequestOptions,
): Promise<ApprovalListRes> {
  return callOperation(core, operation.pendList, [query, options]);
}

/**
 * List posts
 *
 * HTTP: `GET /api/v3/list-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function postList(
  core: ManagementCore,
  query?: {
    /** Search position code or name. */
    keywords?: string;
    /** Whether to count the number of departments and users associated with the position. */
    skipCount?: boolean;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Whether to display metadata content. */
    withMetadata?: boolean;
    /** Whether to obtain custom data. */
    withCustomData?: boolean;
    /** Whether to flatten the extended field. Default `false`. */
    flatCustomData?: boolean;
    /** Whether to not display the fieldId field of metadata. Default `false`. */
    metadataNoFieldId?: boolean;
    /** Jobs created after this time. */
    createdAfter?: number;
    /** Jobs created before this time. */
    createdBefore?: number;
    /** Positions updated after this time. */
    updatedAfter?: number;
    /** Positions updated before this time. */
    updatedBefore?: number;
  },
  options?: RequestOptions,
): Promise<PostPaginatedRespDto> {
  return callOperation(core, operation.postList, [query, options]);
}

/**
 * List posts (POST variant with a filter body)
 *
 * HTTP: `POST /api/v3/list-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `postListBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function postListBatch(core: ManagementCore, requestBody: ListPostBatchDto, options?: RequestOptions): Promise<PostPaginatedRespDto> {
  return callOperation(core, operation.postListBatch, [requestBody, options]);
}

/**
 * Preview email template
 *
 * The official SDK types the answer as `PreviewEmailTemplateRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `POST /api/v3/preview-email-template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `previewEmailTemplate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function previewEmailTemplate(
  core: ManagementCore,
  requestBody: PreviewEmailTemplateDto,
  options?: RequestOptions,
): Promise<PreviewEmailTemplateRespDto> {
  return callOperation(core, operation.previewEmailTemplate, [requestBody, options]);
}

/**
 * Process a single approval
 *
 * HTTP: `PUT /api/v3/approval-process`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `processApproval`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function processApproval(core: ManagementCore, requestBody: ApprovalProcessReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.processApproval, [requestBody, options]);
}

/**
 * Push custom event from authentication endpoint
 *
 * Publishes through the authentication side's event endpoint, signed with the access key.
 *
 * HTTP: `POST /api/v3/pub-userEvent`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `verifyEvent` and `pubUserEvent`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function pubUserEvent(core: ManagementCore, requestBody: PubEventDto, options?: RequestOptions): Promise<PubEventRespDto> {
  return callOperation(core, operation.pubUserEvent, [requestBody, options]);
}

/**
 * Get the LDAP server configuration
 *
 * HTTP: `GET /api/v3/get-ldap-server-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function queryLdapConfigInfo(core: ManagementCore, options?: RequestOptions): Promise<LdapConfigInfoRespDto> {
  return callOperation(core, operation.queryLdapConfigInfo, [options]);
}

/**
 * Query the LDAP server logs
 *
 * HTTP: `GET /api/v3/get-ldap-server-log`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function queryLdapLog(
  core: ManagementCore,
  query: {
    /** Type: 1 access log, 2 error log. */
    type: number;
    /** Connection ID. */
    connection?: number;
    /** Opcode. */
    operationNumber?: number;
    /** Error code. */
    errorCode?: number;
    /** Message content. */
    message?: string;
    /** Start time - timestamp. */
    startTime?: number;
    /** End time - timestamp. */
    endTime?: number;
    /** Current page, starting from 1. */
    page: number;
    /** Number of items per page. */
    limit: number;
  },
  options?: RequestOptions,
): Promise<LdapLogRespDto> {
  return callOperation(core, operation.queryLdapLog, [query, options]);
}

/**
 * Query the entries one level below a DN on the LDAP server
 *
 * HTTP: `GET /api/v3/get-ldap-sub-entries`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function queryLdapSubEntries(
  core: ManagementCore,
  query: {
    /** Current DN. */
    dn?: string;
    /** Current page, starting from 1. */
    page: number;
    /** Number of items per page. */
    limit: number;
  },
  options?: RequestOptions,
): Promise<LdapLogRespDto> {
  return callOperation(core, operation.queryLdapSubEntries, [query, options]);
}

/**
 * Quick search invitee list
 *
 * HTTP: `POST /api/v3/quick-filter-invitees`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `quickFilterInviteeList`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function quickFilterInviteeList(
  core: ManagementCore,
  requestBody: QuickFilterInvitationUserDto,
  options?: RequestOptions,
): Promise<QuickFilterInviteePaginationRespDto> {
  return callOperation(core, operation.quickFilterInviteeList, [requestBody, options]);
}

/**
 * Refresh application secret
 *
 * HTTP: `POST /api/v3/refresh-application-secret`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `refreshApplicationSecret`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function refreshApplicationSecret(
  core: ManagementCore,
  requestBody: RefreshApplicationSecretDto,
  options?: RequestOptions,
): Promise<RefreshApplicationSecretRespDto> {
  return callOperation(core, operation.refreshApplicationSecret, [requestBody, options]);
}

/**
 * Batch reject universal invitation applications
 *
 * The official method name says little about what it does: it rejects universal-invitation applications in bulk.
 *
 * HTTP: `POST /api/v3/batch-reject-universal-invitation-applicant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `approval` and `reject`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function reject(core: ManagementCore, requestBody: ApprovalUniversalInvitationApplicantDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.reject, [requestBody, options]);
}

/**
 * Fuzzy search for relation
 *
 * HTTP: `POST /api/v3/metadata/relation-search`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `relationSearch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function relationSearch(core: ManagementCore, requestBody: RelationSearchDto, options?: RequestOptions): Promise<RelationValueListResDto> {
  return callOperation(core, operation.relationSearch, [requestBody, options]);
}

/**
 * Delete field from data object
 *
 * HTTP: `POST /api/v3/metadata/remove-field`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `remoteField`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function remoteField(core: ManagementCore, requestBody: FunctionModelFieldIdDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.remoteField, [requestBody, options]);
}

/**
 * Remove device exclusion scope configuration
 *
 * The official method name says little about what it does: it removes device-mutual-exclusion valid-scope settings.
 *
 * HTTP: `POST /api/v3/remove-device-exclusive-valid-scope-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `remove`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function remove(
  core: ManagementCore,
  requestBody: DeleteDeviceExclusiveValidScopeSettingsByIdsDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.remove, [requestBody, options]);
}

/**
 * Remove Department Members
 *
 * HTTP: `POST /api/v3/remove-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeDepartmentMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeDepartmentMembers(core: ManagementCore, requestBody: RemoveDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeDepartmentMembers, [requestBody, options]);
}

/**
 * Batch remove group members
 *
 * HTTP: `POST /api/v3/remove-group-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeGroupMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeGroupMembers(core: ManagementCore, requestBody: RemoveGroupMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeGroupMembers, [requestBody, options]);
}

/**
 * Delete data object
 *
 * HTTP: `POST /api/v3/metadata/remove-model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeModel`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeModel(core: ManagementCore, requestBody: FunctionModelIdDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.removeModel, [requestBody, options]);
}

/**
 * Remove custom operation
 *
 * HTTP: `POST /api/v3/metadata/remove-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeOperate(core: ManagementCore, requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.removeOperate, [requestBody, options]);
}

/**
 * Delete invitation policy user attribution
 *
 * HTTP: `POST /api/v3/remove-invitation-policy-user-attribution`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removePolicyUserAttribution`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removePolicyUserAttribution(
  core: ManagementCore,
  requestBody: RemoveInvitationPolicyUserAttributionDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removePolicyUserAttribution, [requestBody, options]);
}

/**
 * Batch delete invitation policy user attribution
 *
 * HTTP: `POST /api/v3/remove-invitation-policy-user-attributions-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removePolicyUserAttributionsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removePolicyUserAttributionsBatch(
  core: ManagementCore,
  requestBody: RemoveInvitationPolicyUserAttributionsBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removePolicyUserAttributionsBatch, [requestBody, options]);
}

/**
 * Delete a post
 *
 * HTTP: `POST /api/v3/remove-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removePost`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removePost(core: ManagementCore, requestBody: RemovePostDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.removePost, [requestBody, options]);
}

/**
 * Delete row relation data
 *
 * HTTP: `POST /api/v3/metadata/remove-row-relation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeRelationValue`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeRelationValue(core: ManagementCore, requestBody: RemoveRelationValueDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.removeRelationValue, [requestBody, options]);
}

/**
 * Delete row
 *
 * HTTP: `POST /api/v3/metadata/remove-row`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeRow`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeRow(core: ManagementCore, requestBody: RemoveRowDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.removeRow, [requestBody, options]);
}

/**
 * Remove members from a tenant department
 *
 * HTTP: `POST /api/v3/remove-tenant-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeTenantDepartmentMembers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeTenantDepartmentMembers(
  core: ManagementCore,
  requestBody: RemoveTenantDepartmentMembersReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeTenantDepartmentMembers, [requestBody, options]);
}

/**
 * Remove tenant members in bulk
 *
 * HTTP: `POST /api/v3/remove-tenant-users`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeTenantUsers(core: ManagementCore, requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeTenantUsers, [requestBody, options]);
}

/**
 * Remove the main-department setting of an invitation policy's user attribution
 *
 * HTTP: `POST /api/v3/remove-invitation-policy-user-attribution-main-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `removeUserAttributionMainDepartment`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeUserAttributionMainDepartment(
  core: ManagementCore,
  requestBody: RemoveInvitationPolicyUserAttributionMainDepartmentDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeUserAttributionMainDepartment, [requestBody, options]);
}

/**
 * Delete user real-name authentication information
 *
 * HTTP: `POST /api/v3/reset-user-principal-authentication-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `resetUserPrincipalAuthenticationInfo`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resetUserPrincipalAuthenticationInfo(
  core: ManagementCore,
  requestBody: ResetUserPrincipalAuthenticationInfoDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.resetUserPrincipalAuthenticationInfo, [requestBody, options]);
}

/**
 * Resign public accounts in bulk
 *
 * HTTP: `POST /api/v3/resign-public-account-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `resignUserBatch` and `resignPublicAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resignPublicAccountBatch(core: ManagementCore, requestBody: ResignUserBatchReqDto, options?: RequestOptions): Promise<ResignUserRespDto> {
  return callOperation(core, operation.resignPublicAccountBatch, [requestBody, options]);
}

/**
 * User Resignation
 *
 * HTTP: `POST /api/v3/resign-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `resignUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resignUser(core: ManagementCore, requestBody: ResignUserReqDto, options?: RequestOptions): Promise<ResignUserRespDto> {
  return callOperation(core, operation.resignUser, [requestBody, options]);
}

/**
 * Batch User Resignation
 *
 * HTTP: `POST /api/v3/resign-user-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `resignUserBatch` and `resignPublicAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resignUserBatch(core: ManagementCore, requestBody: ResignUserBatchReqDto, options?: RequestOptions): Promise<ResignUserRespDto> {
  return callOperation(core, operation.resignUserBatch, [requestBody, options]);
}

/**
 * Re-upload Pipeline function
 *
 * HTTP: `POST /api/v3/reupload-pipeline-function`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `reuploadPipelineFunction`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated GenAuth no longer recommends this operation.
 */
export function reuploadPipelineFunction(
  core: ManagementCore,
  requestBody: ReUploadPipelineFunctionDto,
  options?: RequestOptions,
): Promise<PipelineFunctionSingleRespDto> {
  return callOperation(core, operation.reuploadPipelineFunction, [requestBody, options]);
}

/**
 * Revoke invitation
 *
 * HTTP: `POST /api/v3/revert-roster-invitation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revertRosterInvitation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revertRosterInvitation(core: ManagementCore, requestBody: RevertRosterInvitationDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.revertRosterInvitation, [requestBody, options]);
}

/**
 * Revoke invitation
 *
 * HTTP: `POST /api/v3/revert-roster-invitation-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revertRosterInvitationBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revertRosterInvitationBatch(
  core: ManagementCore,
  requestBody: RevertRosterInvitationBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.revertRosterInvitationBatch, [requestBody, options]);
}

/**
 * Review a tenant enterprise certification
 *
 * HTTP: `POST /api/v3/review-tenant-enterprise-certification`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `reviewTenantEnterpriseCertification`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function reviewTenantEnterpriseCertification(
  core: ManagementCore,
  requestBody: ReviewTenantEnterpriseCertificationBodyDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.reviewTenantEnterpriseCertification, [requestBody, options]);
}

/**
 * Delete application access authorization records
 *
 * HTTP: `POST /api/v3/revoke-application-access`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revokeApplicationAccess`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revokeApplicationAccess(core: ManagementCore, requestBody: RevokeApplicationAccessDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.revokeApplicationAccess, [requestBody, options]);
}

/**
 * Delete data policy authorization
 *
 * HTTP: `POST /api/v3/revoke-data-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revokeDataPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revokeDataPolicy(core: ManagementCore, requestBody: DeleteAuthorizeDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.revokeDataPolicy, [requestBody, options]);
}

/**
 * Revoke assigned role
 *
 * HTTP: `POST /api/v3/revoke-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revokeRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revokeRole(core: ManagementCore, requestBody: RevokeRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.revokeRole, [requestBody, options]);
}

/**
 * Batch revoke assigned roles
 *
 * HTTP: `POST /api/v3/revoke-role-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `revokeRoleBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revokeRoleBatch(core: ManagementCore, requestBody: RevokeRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.revokeRoleBatch, [requestBody, options]);
}

/**
 * Save device exclusion scope configuration
 *
 * The official method name says little about what it does: it saves device-mutual-exclusion valid-scope settings.
 *
 * HTTP: `POST /api/v3/save-device-exclusive-valid-scope-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `saveInvitationPolicies`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function saveInvitationPolicies(
  core: ManagementCore,
  requestBody: SaveDeviceExclusiveValidScopeSettingsDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.saveInvitationPolicies, [requestBody, options]);
}

/**
 * Initialise or restart the LDAP server
 *
 * HTTP: `POST /api/v3/enable-ldap-server`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `saveLdapConfigInfo`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function saveLdapConfigInfo(core: ManagementCore, requestBody: LdapSaveDto, options?: RequestOptions): Promise<LdapOperateRespDto> {
  return callOperation(core, operation.saveLdapConfigInfo, [requestBody, options]);
}

/**
 * Search Department Members
 *
 * HTTP: `GET /api/v3/search-department-members`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function searchDepartmentMembers(
  core: ManagementCore,
  query: {
    /** Organization code. */
    organizationCode: string;
    /** Department ID, the root department passes `root`. */
    departmentId: string;
    /** Search keywords, such as member names. */
    keywords: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** The type of department ID used in this call. Default `"department_id"`. */
    departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
    /** Whether to include members of sub-departments. Default `false`. */
    includeChildrenDepartments?: boolean;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Whether to obtain identities. Default `false`. */
    withIdentities?: boolean;
    /** Whether to obtain the department ID list. Default `false`. */
    withDepartmentIds?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<UserPaginatedRespDto> {
  return callOperation(core, operation.searchDepartmentMembers, [query, options]);
}

/**
 * Search Departments
 *
 * HTTP: `POST /api/v3/search-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `searchDepartments`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated GenAuth no longer recommends this operation.
 */
export function searchDepartments(core: ManagementCore, requestBody: SearchDepartmentsReqDto, options?: RequestOptions): Promise<DepartmentListRespDto> {
  return callOperation(core, operation.searchDepartments, [requestBody, options]);
}

/**
 * Search departments (list variant)
 *
 * HTTP: `POST /api/v3/search-departments-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `searchDepartmentsList`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function searchDepartmentsList(
  core: ManagementCore,
  requestBody: SearchDepartmentsListReqDto,
  options?: RequestOptions,
): Promise<DepartmentListRespDto> {
  return callOperation(core, operation.searchDepartmentsList, [requestBody, options]);
}

/**
 * Search Organizations
 *
 * HTTP: `GET /api/v3/search-organizations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function searchOrganizations(
  core: ManagementCore,
  query: {
    /** Search keywords, such as organization name. */
    keywords: string;
    /** Current page number, starting from 1. Default `1`. */
    page?: number;
    /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
    limit?: number;
    /** Whether to obtain custom data. Default `false`. */
    withCustomData?: boolean;
    /** Tenant ID. */
    tenantId?: string;
  },
  options?: RequestOptions,
): Promise<OrganizationPaginatedRespDto> {
  return callOperation(core, operation.searchOrganizations, [query, options]);
}

/**
 * Notify imported tenant users by email (batch)
 *
 * The official SDK types the answer as `SendEmailBatchDataDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `POST /api/v3/send-email-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `sendEmailBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendEmailBatch(core: ManagementCore, requestBody: SendManyTenantEmailDto, options?: RequestOptions): Promise<SendEmailBatchDataDto> {
  return callOperation(core, operation.sendEmailBatch, [requestBody, options]);
}

/**
 * Send tenant-member invitation emails
 *
 * HTTP: `POST /api/v3/send-invite-tenant-user-email`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `sendInviteTenantUserEmail`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendInviteTenantUserEmail(
  core: ManagementCore,
  requestBody: SendInviteTenantUserEmailDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.sendInviteTenantUserEmail, [requestBody, options]);
}

/**
 * Send invitation by invitation roster
 *
 * HTTP: `POST /api/v3/send-roster-invitation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `sendRosterInvitation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendRosterInvitation(core: ManagementCore, requestBody: SendRosterInvitationDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.sendRosterInvitation, [requestBody, options]);
}

/**
 * Batch send invitations
 *
 * HTTP: `POST /api/v3/send-roster-invitation-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `sendRosterInvitationBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendRosterInvitationBatch(
  core: ManagementCore,
  requestBody: SendRosterInvitationBatchDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.sendRosterInvitationBatch, [requestBody, options]);
}

/**
 * Notify imported tenant users by SMS (batch)
 *
 * HTTP: `POST /api/v3/send-sms-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `sendSmsBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendSmsBatch(core: ManagementCore, requestBody: SendManyTenantSmsDto, options?: RequestOptions): Promise<SendSmsBatchRespDto> {
  return callOperation(core, operation.sendSmsBatch, [requestBody, options]);
}

/**
 * Set custom field value
 *
 * HTTP: `POST /api/v3/set-custom-data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setCustomData`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setCustomData(core: ManagementCore, requestBody: SetCustomDataReqDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setCustomData, [requestBody, options]);
}

/**
 * Create/modify custom field definition
 *
 * HTTP: `POST /api/v3/set-custom-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setCustomFields`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setCustomFields(core: ManagementCore, requestBody: SetCustomFieldsReqDto, options?: RequestOptions): Promise<CustomFieldListRespDto> {
  return callOperation(core, operation.setCustomFields, [requestBody, options]);
}

/**
 * Set the departments of a public account
 *
 * HTTP: `POST /api/v3/set-public-account-of-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUserDepartments` and `setPublicAccountOfDepartments`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setPublicAccountOfDepartments(core: ManagementCore, requestBody: SetUserDepartmentsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setPublicAccountOfDepartments, [requestBody, options]);
}

/**
 * Set the post of a public account
 *
 * The method keeps the official SDK's spelling (`Ofn`), so that migrated code finds it.
 *
 * HTTP: `POST /api/v3/set-public-account-of-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setPublicAccountOfnPost(core: ManagementCore, requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setPublicAccountOfnPost, [requestBody, options]);
}

/**
 * Set tenant administrators
 *
 * HTTP: `POST /api/v3/set-tenant-admin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setTenantAdmin(core: ManagementCore, requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.setTenantAdmin, [requestBody, options]);
}

/**
 * Set the main department of an invitation policy's user attribution
 *
 * HTTP: `POST /api/v3/set-invitation-policy-user-attribution-main-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUserAttributionMainDepartment`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setUserAttributionMainDepartment(
  core: ManagementCore,
  requestBody: SetInvitationPolicyUserAttributionMainDepartmentDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setUserAttributionMainDepartment, [requestBody, options]);
}

/**
 * Modify user built-in field configuration
 *
 * HTTP: `POST /api/v3/set-user-base-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUserBaseFields`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setUserBaseFields(core: ManagementCore, requestBody: SetUserBaseFieldsReqDto, options?: RequestOptions): Promise<CustomFieldListRespDto> {
  return callOperation(core, operation.setUserBaseFields, [requestBody, options]);
}

/**
 * Set User Departments
 *
 * HTTP: `POST /api/v3/set-user-departments`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUserDepartments` and `setPublicAccountOfDepartments`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setUserDepartments(core: ManagementCore, requestBody: SetUserDepartmentsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setUserDepartments, [requestBody, options]);
}

/**
 * User binds batch public accounts
 *
 * HTTP: `POST /api/v3/set-user-of-public-accounts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setuserOfPublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setuserOfPublicAccount(
  core: ManagementCore,
  requestBody: SetUserOfPublicAccountBatchReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setuserOfPublicAccount, [requestBody, options]);
}

/**
 * Set a user's posts (replaces the whole set)
 *
 * HTTP: `POST /api/v3/set-user-posts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUserPosts`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setUserPosts(core: ManagementCore, requestBody: SetUserPostsDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.setUserPosts, [requestBody, options]);
}

/**
 * Set user MFA status
 *
 * HTTP: `POST /api/v3/set-mfa-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `setUsersMfaStatus`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setUsersMfaStatus(core: ManagementCore, requestBody: SetMfaStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setUsersMfaStatus, [requestBody, options]);
}

/**
 * Suspend device (user details page)
 *
 * HTTP: `POST /api/v3/suspend-device-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `suspendDevice`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function suspendDevice(core: ManagementCore, requestBody: SuspendTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.suspendDevice, [requestBody, options]);
}

/**
 * Execute sync risk operations
 *
 * HTTP: `POST /api/v3/trigger-sync-risk-operations`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `triggerSyncRiskOperations`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function triggerSyncRiskOperations(
  core: ManagementCore,
  requestBody: TriggerSyncRiskOperationDto,
  options?: RequestOptions,
): Promise<TriggerSyncRiskOperationsRespDto> {
  return callOperation(core, operation.triggerSyncRiskOperations, [requestBody, options]);
}

/**
 * Run a sync task
 *
 * HTTP: `POST /api/v3/trigger-sync-task`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `triggerSyncTask`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function triggerSyncTask(core: ManagementCore, requestBody: TriggerSyncTaskDto, options?: RequestOptions): Promise<TriggerSyncTaskRespDto> {
  return callOperation(core, operation.triggerSyncTask, [requestBody, options]);
}

/**
 * Manually trigger Webhook execution
 *
 * HTTP: `POST /api/v3/trigger-webhook`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `triggerWebhook`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function triggerWebhook(core: ManagementCore, requestBody: TriggerWebhookDto, options?: RequestOptions): Promise<TriggerWebhookRespDto> {
  return callOperation(core, operation.triggerWebhook, [requestBody, options]);
}

/**
 * Unassign ASA account
 *
 * HTTP: `POST /api/v3/unassign-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `assignAsaAccount` and `unassignAsaAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unassignAsaAccount(core: ManagementCore, requestBody: AssignAsaAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.unassignAsaAccount, [requestBody, options]);
}

/**
 * Unbind a public account from a post
 *
 * HTTP: `POST /api/v3/unbind-public-account-of-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unbindPublicAccountOfPost(core: ManagementCore, requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.unbindPublicAccountOfPost, [requestBody, options]);
}

/**
 * Public account unbinds user
 *
 * HTTP: `POST /api/v3/unbind-public-account-of-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `unbindUsersPublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unbindUsersPublicAccount(
  core: ManagementCore,
  requestBody: UnbindPublicAccountBatchReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.unbindUsersPublicAccount, [requestBody, options]);
}

/**
 * Unbind all identity information of user under identity source
 *
 * HTTP: `POST /api/v3/unlink-identity`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `unlinkIdentity`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unlinkIdentity(core: ManagementCore, requestBody: UnlinkIdentity, options?: RequestOptions): Promise<UnlinkIdentityResDto> {
  return callOperation(core, operation.unlinkIdentity, [requestBody, options]);
}

/**
 * Update an admin AccessKey
 *
 * HTTP: `POST /api/v3/update-access-key`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateAccessKey`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateAccessKey(core: ManagementCore, requestBody: UpdateAccessKeyDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateAccessKey, [requestBody, options]);
}

/**
 * Update application
 *
 * HTTP: `POST /api/v3/update-application`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateApplication`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateApplication(core: ManagementCore, requestBody: UpdateApplicationDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateApplication, [requestBody, options]);
}

/**
 * Modify application MFA settings
 *
 * HTTP: `POST /api/v3/update-application-mfa-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateApplicationMfaSettings`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateApplicationMfaSettings(
  core: ManagementCore,
  requestBody: UpdateApplicationMfaSettingsDto,
  options?: RequestOptions,
): Promise<MFASettingsRespDto> {
  return callOperation(core, operation.updateApplicationMfaSettings, [requestBody, options]);
}

/**
 * Update application default access authorization policy
 *
 * HTTP: `POST /api/v3/update-application-permission-strategy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateApplicationPermissionStrategy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateApplicationPermissionStrategy(
  core: ManagementCore,
  requestBody: UpdateApplicationPermissionStrategyDataDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateApplicationPermissionStrategy, [requestBody, options]);
}

/**
 * Update ASA account
 *
 * HTTP: `POST /api/v3/update-asa-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateAsaAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateAsaAccount(core: ManagementCore, requestBody: UpdateAsaAccountDto, options?: RequestOptions): Promise<AsaAccountSingleRespDto> {
  return callOperation(core, operation.updateAsaAccount, [requestBody, options]);
}

/**
 * Update data policy
 *
 * HTTP: `POST /api/v3/update-data-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateDataPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateDataPolicy(core: ManagementCore, requestBody: UpdateDataPolicyDto, options?: RequestOptions): Promise<UpdateDataPolicyResponseDto> {
  return callOperation(core, operation.updateDataPolicy, [requestBody, options]);
}

/**
 * Update data resource
 *
 * HTTP: `POST /api/v3/update-data-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateDataResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateDataResource(core: ManagementCore, requestBody: UpdateDataResourceDto, options?: RequestOptions): Promise<UpdateDataResourceResponseDto> {
  return callOperation(core, operation.updateDataResource, [requestBody, options]);
}

/**
 * Update Department
 *
 * HTTP: `POST /api/v3/update-department`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateDepartment`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateDepartment(core: ManagementCore, requestBody: UpdateDepartmentReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto> {
  return callOperation(core, operation.updateDepartment, [requestBody, options]);
}

/**
 * Update extension fields for tree type resource
 *
 * HTTP: `POST /api/v3/update-dnef`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateDnef`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateDnef(core: ManagementCore, requestBody: UpdateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateDnef, [requestBody, options]);
}

/**
 * Update email template
 *
 * HTTP: `POST /api/v3/update-email-template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateEmailTemplate(
  core: ManagementCore,
  requestBody: UpdateEmailTemplateDto,
  options?: RequestOptions,
): Promise<EmailTemplateSingleItemRespDto> {
  return callOperation(core, operation.updateEmailTemplate, [requestBody, options]);
}

/**
 * Update identity source configuration
 *
 * HTTP: `POST /api/v3/update-ext-idp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateExtIdp`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateExtIdp(core: ManagementCore, requestBody: UpdateExtIdpDto, options?: RequestOptions): Promise<ExtIdpSingleRespDto> {
  return callOperation(core, operation.updateExtIdp, [requestBody, options]);
}

/**
 * Update identity source connection
 *
 * HTTP: `POST /api/v3/update-ext-idp-conn`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateExtIdpConn`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateExtIdpConn(core: ManagementCore, requestBody: UpdateExtIdpConnDto, options?: RequestOptions): Promise<ExtIdpConnDetailSingleRespDto> {
  return callOperation(core, operation.updateExtIdpConn, [requestBody, options]);
}

/**
 * Update field for data object
 *
 * HTTP: `POST /api/v3/metadata/update-field`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateField`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateField(core: ManagementCore, requestBody: UpdateFunctionModelFieldDto, options?: RequestOptions): Promise<FunctionModelFieldResDto> {
  return callOperation(core, operation.updateField, [requestBody, options]);
}

/**
 * Modify global MFA settings
 *
 * HTTP: `POST /api/v3/update-global-mfa-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateGlobalMfaSettings`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateGlobalMfaSettings(core: ManagementCore, requestBody: MFASettingsDto, options?: RequestOptions): Promise<MFASettingsRespDto> {
  return callOperation(core, operation.updateGlobalMfaSettings, [requestBody, options]);
}

/**
 * Update group
 *
 * HTTP: `POST /api/v3/update-group`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateGroup`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateGroup(core: ManagementCore, requestBody: UpdateGroupReqDto, options?: RequestOptions): Promise<GroupSingleRespDto> {
  return callOperation(core, operation.updateGroup, [requestBody, options]);
}

/**
 * Update invitation policy
 *
 * HTTP: `POST /api/v3/update-invitation-policy`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateInvitationPolicy`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateInvitationPolicy(
  core: ManagementCore,
  requestBody: UpdateInvitationPolicyDto,
  options?: RequestOptions,
): Promise<GetInvitationPolicyRespDto> {
  return callOperation(core, operation.updateInvitationPolicy, [requestBody, options]);
}

/**
 * Update invitation roster
 *
 * HTTP: `POST /api/v3/update-invitation-roster`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateInvitationRoster`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateInvitationRoster(
  core: ManagementCore,
  requestBody: UpdateInvitationRosterDto,
  options?: RequestOptions,
): Promise<InvitationRosterSingleRespDto> {
  return callOperation(core, operation.updateInvitationRoster, [requestBody, options]);
}

/**
 * Update the invitation policy email template
 *
 * HTTP: `POST /api/v3/update-invitation-policy-email-template`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateInviteEmailTemplate(
  core: ManagementCore,
  requestBody: UpdateEmailTemplateDto,
  options?: RequestOptions,
): Promise<GetEmailTemplateRespDto> {
  return callOperation(core, operation.updateInviteEmailTemplate, [requestBody, options]);
}

/**
 * Update the LDAP server configuration
 *
 * HTTP: `POST /api/v3/update-ldap-server-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateLdapConfigInfo`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateLdapConfigInfo(core: ManagementCore, requestBody: LdapUpdateDto, options?: RequestOptions): Promise<LdapOperateRespDto> {
  return callOperation(core, operation.updateLdapConfigInfo, [requestBody, options]);
}

/**
 * Update login page configuration
 *
 * HTTP: `POST /api/v3/update-login-page-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateLoginPageConfig`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateLoginPageConfig(core: ManagementCore, requestBody: UpdateLoginConfigDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateLoginPageConfig, [requestBody, options]);
}

/**
 * Update data object
 *
 * HTTP: `POST /api/v3/metadata/update-model`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateModel`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateModel(core: ManagementCore, requestBody: UpdateFunctionModelDto, options?: RequestOptions): Promise<FunctionModelResDto> {
  return callOperation(core, operation.updateModel, [requestBody, options]);
}

/**
 * Update permission group information
 *
 * HTTP: `POST /api/v3/update-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateNamespace(core: ManagementCore, requestBody: UpdateNamespaceDto, options?: RequestOptions): Promise<UpdateNamespaceRespDto> {
  return callOperation(core, operation.updateNamespace, [requestBody, options]);
}

/**
 * Update department status (enable or disable)
 *
 * The official SDK types the answer as `Node` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
 *
 * HTTP: `POST /api/v3/update-department-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateNodeStatus`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateNodeStatus(core: ManagementCore, requestBody: UpdateDepartmentStatusReqDto, options?: RequestOptions): Promise<Node> {
  return callOperation(core, operation.updateNodeStatus, [requestBody, options]);
}

/**
 * Update operation management
 *
 * HTTP: `POST /api/v3/metadata/update-operate`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateOperate`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateOperate(core: ManagementCore, requestBody: UpdateOperateModelDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.updateOperate, [requestBody, options]);
}

/**
 * Update Organization
 *
 * HTTP: `POST /api/v3/update-organization`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateOrganization`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateOrganization(core: ManagementCore, requestBody: UpdateOrganizationReqDto, options?: RequestOptions): Promise<OrganizationSingleRespDto> {
  return callOperation(core, operation.updateOrganization, [requestBody, options]);
}

/**
 * Update organization status
 *
 * HTTP: `POST /api/v3/update-organization-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateOrganizationStatus`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateOrganizationStatus(
  core: ManagementCore,
  requestBody: UpdateOrganizationStatusReqDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateOrganizationStatus, [requestBody, options]);
}

/**
 * Update permission namespace
 *
 * HTTP: `POST /api/v3/update-permission-namespace`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updatePermissionNamespace`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePermissionNamespace(
  core: ManagementCore,
  requestBody: UpdatePermissionNamespaceDto,
  options?: RequestOptions,
): Promise<UpdatePermissionNamespaceResponseDto> {
  return callOperation(core, operation.updatePermissionNamespace, [requestBody, options]);
}

/**
 * Update Pipeline function
 *
 * HTTP: `POST /api/v3/update-pipeline-function`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updatePipelineFunction`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePipelineFunction(
  core: ManagementCore,
  requestBody: UpdatePipelineFunctionDto,
  options?: RequestOptions,
): Promise<PipelineFunctionSingleRespDto> {
  return callOperation(core, operation.updatePipelineFunction, [requestBody, options]);
}

/**
 * Update Pipeline function order
 *
 * HTTP: `POST /api/v3/update-pipeline-order`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updatePipelineOrder`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePipelineOrder(core: ManagementCore, requestBody: UpdatePipelineOrderDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.updatePipelineOrder, [requestBody, options]);
}

/**
 * Update post information
 *
 * HTTP: `POST /api/v3/update-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePost(core: ManagementCore, requestBody: CreatePostDto, options?: RequestOptions): Promise<CreatePostRespDto> {
  return callOperation(core, operation.updatePost, [requestBody, options]);
}

/**
 * Update public account information
 *
 * HTTP: `POST /api/v3/update-public-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updatePublicAccount`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePublicAccount(
  core: ManagementCore,
  requestBody: UpdatePublicAccountReqDto,
  options?: RequestOptions,
): Promise<PublicAccountSingleRespDto> {
  return callOperation(core, operation.updatePublicAccount, [requestBody, options]);
}

/**
 * Batch update public account information
 *
 * HTTP: `POST /api/v3/update-public-account-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updatePublicAccountBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePublicAccountBatch(
  core: ManagementCore,
  requestBody: UpdatePublicAccountBatchReqDto,
  options?: RequestOptions,
): Promise<PublicAccountListRespDto> {
  return callOperation(core, operation.updatePublicAccountBatch, [requestBody, options]);
}

/**
 * Update policy process configuration supplementary information
 *
 * HTTP: `POST /api/v3/update-invitation-policy-extends-fields`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateRegisterExtendsFields`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateRegisterExtendsFields(
  core: ManagementCore,
  requestBody: PolicyExtendsFieldsDto,
  options?: RequestOptions,
): Promise<GetExtendsFieldsRespDto> {
  return callOperation(core, operation.updateRegisterExtendsFields, [requestBody, options]);
}

/**
 * Update resource
 *
 * HTTP: `POST /api/v3/update-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateResource`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateResource(core: ManagementCore, requestBody: UpdateResourceDto, options?: RequestOptions): Promise<ResourceRespDto> {
  return callOperation(core, operation.updateResource, [requestBody, options]);
}

/**
 * Update role
 *
 * HTTP: `POST /api/v3/update-role`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateRole`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateRole(core: ManagementCore, requestBody: UpdateRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateRole, [requestBody, options]);
}

/**
 * Update row
 *
 * HTTP: `POST /api/v3/metadata/update-row`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateRow`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateRow(core: ManagementCore, requestBody: UpdateRowDto, options?: RequestOptions): Promise<FunctionModelValueResDto> {
  return callOperation(core, operation.updateRow, [requestBody, options]);
}

/**
 * Update device exclusion rule configuration
 *
 * HTTP: `POST /api/v3/update-device-exclusive-rule-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateRuleSettings`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateRuleSettings(
  core: ManagementCore,
  requestBody: UpdateDeviceExclusiveRuleDto,
  options?: RequestOptions,
): Promise<GetDeviceExclusiveRuleRespDto> {
  return callOperation(core, operation.updateRuleSettings, [requestBody, options]);
}

/**
 * Modify security settings
 *
 * HTTP: `POST /api/v3/update-security-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateSecuritySettings`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateSecuritySettings(
  core: ManagementCore,
  requestBody: UpdateSecuritySettingsDto,
  options?: RequestOptions,
): Promise<SecuritySettingsRespDto> {
  return callOperation(core, operation.updateSecuritySettings, [requestBody, options]);
}

/**
 * Update a sync task
 *
 * HTTP: `POST /api/v3/update-sync-task`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateSyncTask`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateSyncTask(core: ManagementCore, requestBody: UpdateSyncTaskDto, options?: RequestOptions): Promise<SyncTaskPaginatedRespDto> {
  return callOperation(core, operation.updateSyncTask, [requestBody, options]);
}

/**
 * Update tenant data
 *
 * HTTP: `POST /api/v3/update-tenant`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateTenant`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateTenant(core: ManagementCore, requestBody: UpdateTenantDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateTenant, [requestBody, options]);
}

/**
 * Update a tenant enterprise certification
 *
 * HTTP: `POST /api/v3/update-tenant-enterprise-certification`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateTenantEnterpriseCertification(
  core: ManagementCore,
  requestBody: CreateTenantEnterpriseCertificationBodyDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateTenantEnterpriseCertification, [requestBody, options]);
}

/**
 * Update the QR-code login state of the tenant console
 *
 * HTTP: `POST /api/v3/update-userpool-tenant-appqrcode-state`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateTenantQrCodeState`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateTenantQrCodeState(core: ManagementCore, requestBody: UpdateTenantAppqrcodeState, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateTenantQrCodeState, [requestBody, options]);
}

/**
 * Update a tenant member
 *
 * HTTP: `POST /api/v3/update-tenant-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateTenantUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateTenantUser(core: ManagementCore, requestBody: UpdateTenantUserDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateTenantUser, [requestBody, options]);
}

/**
 * Update universal invitation configuration
 *
 * HTTP: `POST /api/v3/update-universal-invitation-settings`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateUniversalInvitation`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateUniversalInvitation(
  core: ManagementCore,
  requestBody: UpdateUniversalInvitationDto,
  options?: RequestOptions,
): Promise<GetUniversalInvitationRespDto> {
  return callOperation(core, operation.updateUniversalInvitation, [requestBody, options]);
}

/**
 * Update user profile
 *
 * HTTP: `POST /api/v3/update-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateUser`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateUser(core: ManagementCore, requestBody: UpdateUserReqDto, options?: RequestOptions): Promise<UserSingleRespDto> {
  return callOperation(core, operation.updateUser, [requestBody, options]);
}

/**
 * Batch update user profile
 *
 * HTTP: `POST /api/v3/update-user-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateUserBatch`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateUserBatch(core: ManagementCore, requestBody: UpdateUserBatchReqDto, options?: RequestOptions): Promise<UserListRespDto> {
  return callOperation(core, operation.updateUserBatch, [requestBody, options]);
}

/**
 * Update the user pool's multi-tenant configuration
 *
 * HTTP: `POST /api/v3/update-userpool-tenant-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateUserPoolTenantConfig`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateUserPoolTenantConfig(
  core: ManagementCore,
  requestBody: UpdateUserPoolTenantLoginConfigDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateUserPoolTenantConfig, [requestBody, options]);
}

/**
 * Update Webhook configuration
 *
 * HTTP: `POST /api/v3/update-webhook`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `updateWebhook`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateWebhook(core: ManagementCore, requestBody: UpdateWebhookDto, options?: RequestOptions): Promise<UpdateWebhooksRespDto> {
  return callOperation(core, operation.updateWebhook, [requestBody, options]);
}

/**
 * Upload file for importing roster invitees
 *
 * The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
 * Like the official method, it sends only the `private` flag and no file.
 *
 * HTTP: `POST /api/v3/invitation-invitee/upload`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param _private - The `_private` argument of the official method. Sent as the query parameter `private`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function upload(core: ManagementCore, _private: boolean, options?: RequestOptions): Promise<GetImportExportTemplateRespDto> {
  return callOperation(core, operation.upload, [_private, options]);
}

/**
 * Associate a user with a post
 *
 * HTTP: `POST /api/v3/user-connection-post`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function userConnectionPost(core: ManagementCore, requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.userConnectionPost, [requestBody, options]);
}

/**
 * User field decryption
 *
 * HTTP: `POST /api/v3/users/field/decrypt`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `userFieldDecrypt`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function userFieldDecrypt(core: ManagementCore, requestBody: UserFieldDecryptReqDto, options?: RequestOptions): Promise<UserFieldDecryptRespDto> {
  return callOperation(core, operation.userFieldDecrypt, [requestBody, options]);
}

/**
 * Get the user pool's multi-tenant configuration
 *
 * The method keeps the official SDK's spelling (`userpoll`), so that migrated code finds it.
 *
 * HTTP: `GET /api/v3/userpool-tenant-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function userpollTenantConfig(core: ManagementCore, options?: RequestOptions): Promise<UserPoolTenantConfigDtoRespDto> {
  return callOperation(core, operation.userpollTenantConfig, [options]);
}

/**
 * Push custom event
 *
 * The official method name says little about what it does: it publishes a custom event (POST /api/v3/pub-event, the endpoint pub() also uses).
 *
 * HTTP: `POST /api/v3/pub-event`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body of `verifyEvent` and `pubUserEvent`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyEvent(core: ManagementCore, requestBody: PubEventDto, options?: RequestOptions): Promise<PubEventRespDto> {
  return callOperation(core, operation.verifyEvent, [requestBody, options]);
}
