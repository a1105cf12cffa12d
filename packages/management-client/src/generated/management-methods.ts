// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
import type { RequestOptions } from "@genauth/core";
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

/**
 * The GenAuth Management API operations, one method each, generated from the spec: their
 * signatures and documentation. `ManagementClient` has them all.
 */
export interface ManagementMethods {
  /**
   * Create IP list
   *
   * The official method name says little about what it does: it creates an IP list (black/white list) entry.
   *
   * HTTP: `POST /api/v3/ip-list`
   *
   * @param requestBody - Request body of `add`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  add(requestBody: IpListCreateDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Add Department Members
   *
   * HTTP: `POST /api/v3/add-department-members`
   *
   * @param requestBody - Request body of `addDepartmentMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addDepartmentMembers(requestBody: AddDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Add device
   *
   * HTTP: `POST /api/v3/add-device`
   *
   * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addDevice(requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto>;
  /**
   * Add group members
   *
   * HTTP: `POST /api/v3/add-group-members`
   *
   * @param requestBody - Request body of `addGroupMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addGroupMembers(requestBody: AddGroupMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Add invitation policy user attribution
   *
   * HTTP: `POST /api/v3/add-invitation-policy-user-attribution`
   *
   * @param requestBody - Request body of `addPolicyUserAttribution`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addPolicyUserAttribution(requestBody: AddInvitationPolicyUserAttributionDto, options?: RequestOptions): Promise<UserAttributionSingleRespDto>;
  /**
   * Batch add invitation policy user attribution
   *
   * HTTP: `POST /api/v3/add-invitation-policy-user-attributions-batch`
   *
   * @param requestBody - Request body of `addPolicyUserAttributionsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addPolicyUserAttributionsBatch(requestBody: AddInvitationPolicyUserAttributionsBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create risk policy
   *
   * HTTP: `POST /api/v3/risk-list-policy`
   *
   * @param requestBody - Request body of `addRiskListPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addRiskListPolicy(requestBody: RiskListPolicyCreateDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Add members to a tenant department
   *
   * HTTP: `POST /api/v3/add-tenant-department-members`
   *
   * @param requestBody - Request body of `addTenantDepartmentMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addTenantDepartmentMembers(requestBody: AddTenantDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Add tenant members
   *
   * HTTP: `POST /api/v3/add-tenant-users`
   *
   * @param requestBody - Request body of `addTenantUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addTenantUsers(requestBody: AddTenantUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create user list
   *
   * HTTP: `POST /api/v3/user-list`
   *
   * @param requestBody - Request body of `addUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addUser(requestBody: UserListCreateDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create registration whitelist
   *
   * HTTP: `POST /api/v3/add-whitelist`
   *
   * @param requestBody - Request body of `addWhitelist`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addWhitelist(requestBody: AddWhitelistDto, options?: RequestOptions): Promise<WhitelistListRespDto>;
  /**
   * Create application registration whitelist
   *
   * HTTP: `POST /api/v3/add-whitelist-of-app`
   *
   * @param requestBody - Request body of `addWhitelistOfApp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  addWhitelistOfApp(requestBody: AddWhitelistOfAppDto, options?: RequestOptions): Promise<WhitelistListRespDto>;
  /**
   * Batch approve universal invitation applications
   *
   * The official method name says little about what it does: it approves universal-invitation applications in bulk.
   *
   * HTTP: `POST /api/v3/batch-approval-universal-invitation-applicants`
   *
   * @param requestBody - Request body of `approval` and `reject`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  approval(requestBody: ApprovalUniversalInvitationApplicantDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Assign ASA account
   *
   * HTTP: `POST /api/v3/assign-asa-account`
   *
   * @param requestBody - Request body of `assignAsaAccount` and `unassignAsaAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  assignAsaAccount(requestBody: AssignAsaAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Assign role to single target
   *
   * HTTP: `POST /api/v3/assign-role`
   *
   * @param requestBody - Request body of `assignRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  assignRole(requestBody: AssignRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch assign roles
   *
   * HTTP: `POST /api/v3/assign-role-batch`
   *
   * @param requestBody - Request body of `assignRoleBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  assignRoleBatch(requestBody: AssignRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Associate/Disassociate Application Resources to Tenant
   *
   * HTTP: `POST /api/v3/associate-tenant-resource`
   *
   * @param requestBody - Request body of `associateTenantResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  associateTenantResource(requestBody: AssociateTenantResourceDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Authorize application access
   *
   * HTTP: `POST /api/v3/authorize-application-access`
   *
   * @param requestBody - Request body of `authorizeApplicationAccess`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  authorizeApplicationAccess(requestBody: AuthorizeApplicationAccessDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Authorize data policy
   *
   * HTTP: `POST /api/v3/authorize-data-policies`
   *
   * @param requestBody - Request body of `authorizeDataPolicies`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  authorizeDataPolicies(requestBody: CreateAuthorizeDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Authorize resources
   *
   * HTTP: `POST /api/v3/authorize-resources`
   *
   * @param requestBody - Request body of `authorizeResources`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  authorizeResources(requestBody: AuthorizeResourcesDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update invitation roster, batch associate invitation policies
   *
   * HTTP: `POST /api/v3/update-invitation-roster-batch-bind-policy`
   *
   * @param requestBody - Request body of `batchBindPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchBindPolicy(requestBody: BatchBindPolicy, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch create extension fields for tree type resource
   *
   * HTTP: `POST /api/v3/batch-create-dnef`
   *
   * @param requestBody - Request body of `batchCreateDnef`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchCreateDnef(requestBody: BatchCreateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete resources
   *
   * HTTP: `POST /api/v3/delete-common-resources-batch`
   *
   * @param requestBody - Request body of `batchDeleteCommonResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchDeleteCommonResource(requestBody: DeleteCommonResourcesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete invitation policies
   *
   * HTTP: `POST /api/v3/delete-invitation-policies-batch`
   *
   * @param requestBody - Request body of `batchDeleteInvitationPolicies`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchDeleteInvitationPolicies(requestBody: DeleteInvitationPolicyByIdsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Process approvals in bulk
   *
   * HTTP: `PUT /api/v3/approval-batch-process`
   *
   * @param requestBody - Request body of `batchProcessApproval`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchProcessApproval(requestBody: ApprovalBatchProcessReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update invitation roster, batch disassociate by policy ID
   *
   * HTTP: `POST /api/v3/update-invitation-roster-batch-unbind-policy`
   *
   * @param requestBody - Request body of `batchUnbindPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchUnbindPolicy(requestBody: BatchUnbindPolicy, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Bind batch roles to public account
   *
   * HTTP: `POST /api/v3/set-public-account-of-roles`
   *
   * @param requestBody - Request body of `bindPublicAccountOfRoles`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  bindPublicAccountOfRoles(requestBody: SetUserRolesDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Public account binds batch users
   *
   * HTTP: `POST /api/v3/set-public-account-of-users`
   *
   * @param requestBody - Request body of `bindUsersPublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  bindUsersPublicAccount(requestBody: SetPublicAccountBatchReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Cancel sync risk operations
   *
   * HTTP: `POST /api/v3/cancel-sync-risk-operation`
   *
   * @param requestBody - Request body of `cancelSyncRiskOperation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  cancelSyncRiskOperation(requestBody: CancelSyncRiskOperationDto, options?: RequestOptions): Promise<CancelSyncRiskOperationsRespDto>;
  /**
   * UEBA upload
   *
   * The official method name says little about what it does: it uploads a UEBA (user behaviour) record.
   *
   * HTTP: `POST /api/v3/metadata/ueba/capture`
   *
   * @param requestBody - Request body of `capture`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  capture(requestBody: CreateUEBADto, options?: RequestOptions): Promise<CreateUEBARespDto>;
  /**
   * Tenant Associate Identity Source
   *
   * HTTP: `POST /api/v3/change-ext-idp-conn-association-state`
   *
   * @param requestBody - Request body of `changeExtIdpConnAssociationState`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  changeExtIdpConnAssociationState(requestBody: ChangeExtIdpAssociationStateDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Identity source connection switch
   *
   * HTTP: `POST /api/v3/change-ext-idp-conn-state`
   *
   * @param requestBody - Request body of `changeExtIdpConnState`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  changeExtIdpConnState(requestBody: ChangeExtIdpConnStateDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Convert personal account to public account
   *
   * HTTP: `POST /api/v3/transfer-into-public-account`
   *
   * @param requestBody - Request body of `changeIntoPublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  changeIntoPublicAccount(requestBody: CreatePublicAccountFromUserDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Set the user pool's multi-tenant identity source connections
   *
   * The method keeps the official SDK's spelling (`Tenan`), so that migrated code finds it.
   *
   * HTTP: `POST /api/v3/change-userpool-tenant-ext-idp-conn-state`
   *
   * @param requestBody - Request body of `changeUserpoolTenanExtIdpConnState`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  changeUserpoolTenanExtIdpConnState(requestBody: ChangeUserPoolTenantExtIdpConnDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Check if data policy name is available
   *
   * HTTP: `GET /api/v3/check-data-policy-exists`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkDataPolicyExists(
    {
      policyName,
    }: {
      /** Data policy name, unique within user pool. */
      policyName: string;
    },
    options?: RequestOptions,
  ): Promise<CheckParamsDataPolicyResponseDto>;
  /**
   * Check if data resource Code or name is available
   *
   * HTTP: `GET /api/v3/check-data-resource-exists`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkDataResourceExists(
    {
      namespaceCode,
      resourceName,
      resourceCode,
    }: {
      /** Permission space Code that the data resource belongs to. */
      namespaceCode: string;
      /** Data resource name, unique within permission space. */
      resourceName?: string;
      /** Data resource Code, unique within permission space. */
      resourceCode?: string;
    },
    options?: RequestOptions,
  ): Promise<CheckParamsDataResourceResponseDto>;
  /**
   * Check if domain is available
   *
   * HTTP: `POST /api/v3/check-domain-available`
   *
   * @param requestBody - Request body of `checkDomainAvailable`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkDomainAvailable(requestBody: CheckDomainAvailable, options?: RequestOptions): Promise<CheckDomainAvailableSecretRespDto>;
  /**
   * Check external user permissions
   *
   * HTTP: `POST /api/v3/check-external-user-permission`
   *
   * @param requestBody - Request body of `checkExternalUserPermission`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkExternalUserPermission(requestBody: CheckExternalUserPermissionDto, options?: RequestOptions): Promise<CheckExternalUserPermissionRespDto>;
  /**
   * Check role mutual exclusion
   *
   * HTTP: `POST /api/v3/check-role-mutual-exclusion`
   *
   * @param requestBody - Request body of `checkMutualExclusion`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkMutualExclusion(requestBody: CheckRoleMutualExclusionReqDto, options?: RequestOptions): Promise<CheckRoleMutualExclusionRespDto>;
  /**
   * Check if role code or name is available
   *
   * HTTP: `POST /api/v3/check-role-params`
   *
   * @param requestBody - Request body of `checkParamsNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkParamsNamespace(requestBody: CheckRoleParamsDto, options?: RequestOptions): Promise<RoleCheckParamsRespDto>;
  /**
   * Check user permissions (important)
   *
   * HTTP: `POST /api/v3/check-permission`
   *
   * @param requestBody - Request body of `checkPermission`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPermission(requestBody: CheckPermissionDto, options?: RequestOptions): Promise<CheckPermissionRespDto>;
  /**
   * Check if permission namespace Code or name is available
   *
   * HTTP: `POST /api/v3/check-permission-namespace-exists`
   *
   * @param requestBody - Request body of `checkPermissionNamespaceExists`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPermissionNamespaceExists(requestBody: CheckPermissionNamespaceExistsDto, options?: RequestOptions): Promise<PermissionNamespaceCheckExistsRespDto>;
  /**
   * Check if user has session login status in application
   *
   * HTTP: `POST /api/v3/check-session-status`
   *
   * @param requestBody - Request body of `checkSessionStatus`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkSessionStatus(requestBody: CheckSessionStatusDto, options?: RequestOptions): Promise<CheckSessionStatusRespDto>;
  /**
   * Check user permissions at same level in tree resource (recommended)
   *
   * HTTP: `POST /api/v3/check-user-same-level-permission`
   *
   * @param requestBody - Request body of `checkUserSameLevelPermission`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkUserSameLevelPermission(requestBody: CheckUserSameLevelPermissionDto, options?: RequestOptions): Promise<CheckUserSameLevelPermissionResponseDto>;
  /**
   * Get the processed approval list
   *
   * HTTP: `GET /api/v3/approval-closed-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  closedList(
    {
      pageNo,
      pageSize,
      objectType,
      keyword,
    }?: {
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
  ): Promise<ApprovalListRes>;
  /**
   * Disable global MFA settings
   *
   * HTTP: `POST /api/v3/disable-global-mfa-settings`
   *
   * @param requestBody - Request body of `closeGlobalMfaSettings`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  closeGlobalMfaSettings(requestBody: MFADisableSettingsDto, options?: RequestOptions): Promise<MFASettingsRespDto>;
  /**
   * Configure third-party email service
   *
   * HTTP: `POST /api/v3/config-email-provider`
   *
   * @param requestBody - Request body of `configEmailProvider`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  configEmailProvider(requestBody: ConfigEmailProviderDto, options?: RequestOptions): Promise<EmailProviderRespDto>;
  /**
   * Create invitation policy copy
   *
   * HTTP: `POST /api/v3/copy-invitation-policy-by-id`
   *
   * @param requestBody - Request body of `copyInvitationPolicyById`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  copyInvitationPolicyById(requestBody: CopyInvitationPolicyDto, options?: RequestOptions): Promise<GetInvitationPolicyRespDto>;
  /**
   * Copy custom operation
   *
   * HTTP: `POST /api/v3/metadata/copy-operate`
   *
   * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  copyOperate(requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Copy row relation
   *
   * HTTP: `POST /api/v3/metadata/copy-row-relation`
   *
   * @param requestBody - Request body of `copyRowRelation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  copyRowRelation(requestBody: CopyRowRelationDto, options?: RequestOptions): Promise<RelationValueListResDto>;
  /**
   * Create collaborator AK/SK
   *
   * HTTP: `POST /api/v3/create-access-key`
   *
   * @param requestBody - Request body of `createAccessKey`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createAccessKey(requestBody: CreateAccessKeyDto, options?: RequestOptions): Promise<CreateAccessKeyResponseDto>;
  /**
   * Create admin role
   *
   * HTTP: `POST /api/v3/create-admin-role`
   *
   * @param requestBody - Request body of `createAdminRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createAdminRole(requestBody: CreateAdminRoleDto, options?: RequestOptions): Promise<RoleCheckParamsRespDto>;
  /**
   * Create application
   *
   * HTTP: `POST /api/v3/create-application`
   *
   * @param requestBody - Request body of `createApplication`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createApplication(requestBody: CreateApplicationDto, options?: RequestOptions): Promise<CreateApplicationRespDto>;
  /**
   * Create ASA account
   *
   * HTTP: `POST /api/v3/create-asa-account`
   *
   * @param requestBody - Request body of `createAsaAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createAsaAccount(requestBody: CreateAsaAccountDto, options?: RequestOptions): Promise<AsaAccountSingleRespDto>;
  /**
   * Batch create ASA accounts
   *
   * HTTP: `POST /api/v3/create-asa-accounts-batch`
   *
   * @param requestBody - Request body of `createAsaAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createAsaAccountBatch(requestBody: CreateAsaAccountsBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create data policy (Important)
   *
   * HTTP: `POST /api/v3/create-data-policy`
   *
   * @param requestBody - Request body of `createDataPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDataPolicy(requestBody: CreateDataPolicyDto, options?: RequestOptions): Promise<CreateDataPolicyResponseDto>;
  /**
   * Create data resource (recommended, important)
   *
   * HTTP: `POST /api/v3/create-data-resource`
   *
   * @param requestBody - Request body of `createDataResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDataResource(requestBody: CreateDataResourceDto, options?: RequestOptions): Promise<CreateDataResourceResponseDto>;
  /**
   * Create array data resource
   *
   * HTTP: `POST /api/v3/create-array-data-resource`
   *
   * @param requestBody - Request body of `createDataResourceByArray`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDataResourceByArray(requestBody: CreateArrayDataResourceDto, options?: RequestOptions): Promise<CreateArrayDataResourceResponseDto>;
  /**
   * Create string data resource
   *
   * HTTP: `POST /api/v3/create-string-data-resource`
   *
   * @param requestBody - Request body of `createDataResourceByString`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDataResourceByString(requestBody: CreateStringDataResourceDto, options?: RequestOptions): Promise<CreateStringDataResourceResponseDto>;
  /**
   * Create tree data resource
   *
   * HTTP: `POST /api/v3/create-tree-data-resource`
   *
   * @param requestBody - Request body of `createDataResourceByTree`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDataResourceByTree(requestBody: CreateTreeDataResourceDto, options?: RequestOptions): Promise<CreateTreeDataResourceResponseDto>;
  /**
   * Create Department
   *
   * HTTP: `POST /api/v3/create-department`
   *
   * @param requestBody - Request body of `createDepartment`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDepartment(requestBody: CreateDepartmentReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto>;
  /**
   * Create departments in bulk from an organization tree
   *
   * HTTP: `POST /api/v3/create-department-tree`
   *
   * @param requestBody - Request body of `createDepartmentTree`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDepartmentTree(requestBody: CreateDepartmentTreeReqDto, options?: RequestOptions): Promise<CreateDepartmentTreeRespDto>;
  /**
   * Add device
   *
   * HTTP: `POST /api/v3/create-device`
   *
   * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link ManagementMethods.addDevice | addDevice} instead.
   */
  createDevice(requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto>;
  /**
   * Create extension fields for tree type resource
   *
   * HTTP: `POST /api/v3/create-dnef`
   *
   * @param requestBody - Request body of `createDnef`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createDnef(requestBody: CreateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create custom event application
   *
   * HTTP: `POST /api/v3/create-event-app`
   *
   * @param requestBody - Request body of `createEventApp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createEventApp(requestBody: CreateEventAppDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create identity source
   *
   * HTTP: `POST /api/v3/create-ext-idp`
   *
   * @param requestBody - Request body of `createExtIdp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createExtIdp(requestBody: CreateExtIdpDto, options?: RequestOptions): Promise<ExtIdpSingleRespDto>;
  /**
   * Create new connection under existing identity source
   *
   * HTTP: `POST /api/v3/create-ext-idp-conn`
   *
   * @param requestBody - Request body of `createExtIdpConn`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createExtIdpConn(requestBody: CreateExtIdpConnDto, options?: RequestOptions): Promise<ExtIdpConnDetailSingleRespDto>;
  /**
   * Create field for data object
   *
   * HTTP: `POST /api/v3/metadata/create-field`
   *
   * @param requestBody - Request body of `createField`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createField(requestBody: CreateFunctionModelFieldDto, options?: RequestOptions): Promise<FunctionModelFieldResDto>;
  /**
   * Create group
   *
   * HTTP: `POST /api/v3/create-group`
   *
   * @param requestBody - Request body of `createGroup`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createGroup(requestBody: CreateGroupReqDto, options?: RequestOptions): Promise<GroupSingleRespDto>;
  /**
   * Batch create groups
   *
   * HTTP: `POST /api/v3/create-groups-batch`
   *
   * @param requestBody - Request body of `createGroupsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createGroupsBatch(requestBody: CreateGroupBatchReqDto, options?: RequestOptions): Promise<GroupListRespDto>;
  /**
   * Create invitation policy
   *
   * HTTP: `POST /api/v3/create-invitation-policy`
   *
   * @param requestBody - Request body of `createInvitationPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createInvitationPolicy(requestBody: CreateInvitationPolicyDto, options?: RequestOptions): Promise<GetInvitationPolicyRespDto>;
  /**
   * Create invitation roster
   *
   * HTTP: `POST /api/v3/create-invitation-roster`
   *
   * @param requestBody - Request body of `createInvitationRoster`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createInvitationRoster(requestBody: CreateInvitationRosterDto, options?: RequestOptions): Promise<InvitationRosterSingleRespDto>;
  /**
   * Create data object
   *
   * HTTP: `POST /api/v3/metadata/create-model`
   *
   * @param requestBody - Request body of `createModel`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createModel(requestBody: CreateFunctionModelDto, options?: RequestOptions): Promise<FunctionModelResDto>;
  /**
   * Create a multi-tenant administrator
   *
   * HTTP: `POST /api/v3/create-multiple-tenant-admin`
   *
   * @param requestBody - Request body of `createMultipleTenantAdmin`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createMultipleTenantAdmin(requestBody: CreateMultipleTenantAdminDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create permission group
   *
   * HTTP: `POST /api/v3/create-namespace`
   *
   * @param requestBody - Request body of `createNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createNamespace(requestBody: CreateNamespaceDto, options?: RequestOptions): Promise<NamespaceRespDto>;
  /**
   * Batch create permission groups
   *
   * HTTP: `POST /api/v3/create-namespaces-batch`
   *
   * @param requestBody - Request body of `createNamespacesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createNamespacesBatch(requestBody: CreateNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create custom operation
   *
   * HTTP: `POST /api/v3/metadata/create-operate`
   *
   * @param requestBody - Request body of `createOperate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createOperate(requestBody: CreateOperateModelDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create Organization
   *
   * HTTP: `POST /api/v3/create-organization`
   *
   * @param requestBody - Request body of `createOrganization`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createOrganization(requestBody: CreateOrganizationReqDto, options?: RequestOptions): Promise<OrganizationSingleRespDto>;
  /**
   * Create or update group
   *
   * HTTP: `POST /api/v3/create-or-update-group`
   *
   * @param requestBody - Request body of `createOrUpdateGroup`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createOrUpdateGroup(requestBody: CreateOrUpdateGroupReqDto, options?: RequestOptions): Promise<CreateOrUpdateGroupRespDto>;
  /**
   * Create permission namespace
   *
   * HTTP: `POST /api/v3/create-permission-namespace`
   *
   * @param requestBody - Request body of `createPermissionNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPermissionNamespace(requestBody: CreatePermissionNamespaceDto, options?: RequestOptions): Promise<CreatePermissionNamespaceResponseDto>;
  /**
   * Batch create permission namespaces
   *
   * HTTP: `POST /api/v3/create-permission-namespaces-batch`
   *
   * @param requestBody - Request body of `createPermissionNamespacesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPermissionNamespacesBatch(requestBody: CreatePermissionNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create Pipeline function
   *
   * HTTP: `POST /api/v3/create-pipeline-function`
   *
   * @param requestBody - Request body of `createPipelineFunction`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPipelineFunction(requestBody: CreatePipelineFunctionDto, options?: RequestOptions): Promise<PipelineFunctionSingleRespDto>;
  /**
   * Create a post
   *
   * HTTP: `POST /api/v3/create-post`
   *
   * @param requestBody - Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPost(requestBody: CreatePostDto, options?: RequestOptions): Promise<CreatePostRespDto>;
  /**
   * Create public account
   *
   * HTTP: `POST /api/v3/create-public-account`
   *
   * @param requestBody - Request body of `createPublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPublicAccount(requestBody: CreatePublicAccountReqDto, options?: RequestOptions): Promise<PublicAccountSingleRespDto>;
  /**
   * Batch create public accounts
   *
   * HTTP: `POST /api/v3/create-public-accounts-batch`
   *
   * @param requestBody - Request body of `createPublicAccountsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createPublicAccountsBatch(requestBody: CreatePublicAccountBatchReqDto, options?: RequestOptions): Promise<PublicAccountListRespDto>;
  /**
   * Create resource
   *
   * HTTP: `POST /api/v3/create-resource`
   *
   * @param requestBody - Request body of `createResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createResource(requestBody: CreateResourceDto, options?: RequestOptions): Promise<ResourceRespDto>;
  /**
   * Batch create resources
   *
   * HTTP: `POST /api/v3/create-resources-batch`
   *
   * @param requestBody - Request body of `createResourcesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createResourcesBatch(requestBody: CreateResourcesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create role
   *
   * HTTP: `POST /api/v3/create-role`
   *
   * @param requestBody - Request body of `createRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createRole(requestBody: CreateRoleDto, options?: RequestOptions): Promise<RoleSingleRespDto>;
  /**
   * Batch create roles
   *
   * HTTP: `POST /api/v3/create-roles-batch`
   *
   * @param requestBody - Request body of `createRolesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createRolesBatch(requestBody: CreateRolesBatch, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Add row
   *
   * HTTP: `POST /api/v3/metadata/create-row`
   *
   * @param requestBody - Request body of `createRow`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createRow(requestBody: CreateRowDto, options?: RequestOptions): Promise<FunctionModelValueResDto>;
  /**
   * Create row relation data
   *
   * HTTP: `POST /api/v3/metadata/create-row-relation`
   *
   * @param requestBody - Request body of `createRowRelation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createRowRelation(requestBody: CreateRelationValueDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create a sync task
   *
   * HTTP: `POST /api/v3/create-sync-task`
   *
   * @param requestBody - Request body of `createSyncTask`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createSyncTask(requestBody: CreateSyncTaskDto, options?: RequestOptions): Promise<SyncTaskPaginatedRespDto>;
  /**
   * Create a tenant
   *
   * HTTP: `POST /api/v3/create-tenant`
   *
   * @param requestBody - Request body of `createTenant`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createTenant(requestBody: CreateTenantDto, options?: RequestOptions): Promise<CreateTenantRespDto>;
  /**
   * Create a collaborating administrator
   *
   * HTTP: `POST /api/v3/create-tenant-cooperator`
   *
   * @param requestBody - Request body of `createTenantCooperator`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createTenantCooperator(requestBody: CreateTenantCooperatorDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Create a tenant enterprise certification
   *
   * HTTP: `POST /api/v3/create-tenant-enterprise-certification`
   *
   * @param requestBody - Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createTenantEnterpriseCertification(requestBody: CreateTenantEnterpriseCertificationBodyDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create a tenant member
   *
   * HTTP: `POST /api/v3/create-tenant-user`
   *
   * @param requestBody - Request body of `createTenantUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createTenantUser(requestBody: CreateTenantUserReqDto, options?: RequestOptions): Promise<TenantUserRespDto>;
  /**
   * Create user
   *
   * HTTP: `POST /api/v3/create-user`
   *
   * @param requestBody - Request body of `createUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createUser(requestBody: CreateUserReqDto, options?: RequestOptions): Promise<UserSingleRespDto>;
  /**
   * Batch create users
   *
   * HTTP: `POST /api/v3/create-users-batch`
   *
   * @param requestBody - Request body of `createUsersBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createUsersBatch(requestBody: CreateUserBatchReqDto, options?: RequestOptions): Promise<UserListRespDto>;
  /**
   * Add a verify device
   *
   * HTTP: `POST /api/v3/authing-verify/create-device`
   *
   * @param requestBody - Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createVerifyDevice(requestBody: CreateTerminalDto, options?: RequestOptions): Promise<TerminalInfoRespDto>;
  /**
   * Create Webhook
   *
   * HTTP: `POST /api/v3/create-webhook`
   *
   * @param requestBody - Request body of `createWebhook`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createWebhook(requestBody: CreateWebhookDto, options?: RequestOptions): Promise<CreateWebhookRespDto>;
  /**
   * Define custom event
   *
   * HTTP: `POST /api/v3/define-event`
   *
   * @param requestBody - Request body of `defineEvent`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  defineEvent(requestBody: DefineEventDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete collaborator AK/SK
   *
   * HTTP: `POST /api/v3/delete-access-key`
   *
   * @param requestBody - Request body of `deleteAccessKey`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAccessKey(requestBody: DeleteAccessKeyDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete custom admin roles
   *
   * HTTP: `POST /api/v3/delete-admin-roles`
   *
   * @param requestBody - Request body of `deleteAdminRolesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAdminRolesBatch(requestBody: DeleteAdminRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete application
   *
   * HTTP: `POST /api/v3/delete-application`
   *
   * @param requestBody - Request body of `deleteApplication`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteApplication(requestBody: DeleteApplicationDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete ASA account
   *
   * HTTP: `POST /api/v3/delete-asa-account`
   *
   * @param requestBody - Request body of `deleteAsaAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAsaAccount(requestBody: DeleteAsaAccountDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete ASA accounts
   *
   * HTTP: `POST /api/v3/delete-asa-accounts-batch`
   *
   * @param requestBody - Request body of `deleteAsaAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAsaAccountBatch(requestBody: DeleteAsaAccountBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete application authorization
   *
   * Array parameters (`authIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   * The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
   *
   * HTTP: `DELETE /api/v3/batch-applications-auth`
   *
   * @param authIds - The `authIds` argument of the official method. Sent as `authIds[]=…` once per item.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAuth(authIds: Array<string>, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete IP list
   *
   * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
   *
   * HTTP: `DELETE /api/v3/ip-list/{id}`
   *
   * @param id - ID of the entry to delete; it fills `{id}` in the path.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteById(id: string, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete custom field definition
   *
   * HTTP: `POST /api/v3/delete-custom-fields`
   *
   * @param requestBody - Request body of `deleteCustomFields`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteCustomFields(requestBody: DeleteCustomFieldsReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete data policy
   *
   * HTTP: `POST /api/v3/delete-data-policy`
   *
   * @param requestBody - Request body of `deleteDataPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDataPolicy(requestBody: DeleteDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete data resource
   *
   * HTTP: `POST /api/v3/delete-data-resource`
   *
   * @param requestBody - Request body of `deleteDataResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDataResource(requestBody: DeleteDataResourceDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete Department
   *
   * HTTP: `POST /api/v3/delete-department`
   *
   * @param requestBody - Request body of `deleteDepartment`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDepartment(requestBody: DeleteDepartmentReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete a department's sync relations
   *
   * HTTP: `POST /api/v3/delete-department-sync-relations`
   *
   * @param requestBody - Request body of `deleteDepartmentSyncRelations`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDepartmentSyncRelations(requestBody: DeleteDepartmentSyncRelationReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove binding (user details page)
   *
   * HTTP: `POST /api/v3/delete-device-by-user`
   *
   * @param requestBody - Request body of `deleteDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDevice(requestBody: DeleteTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete extension fields for tree type resource
   *
   * HTTP: `POST /api/v3/delete-dnef`
   *
   * @param requestBody - Request body of `deleteDnef`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteDnef(requestBody: DeleteDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete identity source
   *
   * HTTP: `POST /api/v3/delete-ext-idp`
   *
   * @param requestBody - Request body of `deleteExtIdp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteExtIdp(requestBody: DeleteExtIdpDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete identity source connection
   *
   * HTTP: `POST /api/v3/delete-ext-idp-conn`
   *
   * @param requestBody - Request body of `deleteExtIdpConn`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteExtIdpConn(requestBody: DeleteExtIdpConnDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete groups
   *
   * HTTP: `POST /api/v3/delete-groups-batch`
   *
   * @param requestBody - Request body of `deleteGroupsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteGroupsBatch(requestBody: DeleteGroupsReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete invitation roster
   *
   * HTTP: `POST /api/v3/delete-invitation-roster`
   *
   * @param requestBody - Request body of `deleteInvitationRoster`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteInvitationRoster(requestBody: DeleteInvitationRosterDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete invitation roster
   *
   * HTTP: `POST /api/v3/delete-invitation-rosters-batch`
   *
   * @param requestBody - Request body of `deleteInvitationRosterBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteInvitationRosterBatch(requestBody: DeleteInvitationRosterBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete invitees from roster
   *
   * HTTP: `POST /api/v3/batch-delete-invitation-invitees`
   *
   * @param requestBody - Request body of `deleteInvitees`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteInvitees(requestBody: DeleteRosterUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete permission group information
   *
   * HTTP: `POST /api/v3/delete-namespace`
   *
   * @param requestBody - Request body of `deleteNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteNamespace(requestBody: DeleteNamespaceDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete permission groups
   *
   * HTTP: `POST /api/v3/delete-namespaces-batch`
   *
   * @param requestBody - Request body of `deleteNamespacesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteNamespacesBatch(requestBody: DeleteNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete Organization
   *
   * HTTP: `POST /api/v3/delete-organization`
   *
   * @param requestBody - Request body of `deleteOrganization`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteOrganization(requestBody: DeleteOrganizationReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete permission namespace
   *
   * HTTP: `POST /api/v3/delete-permission-namespace`
   *
   * @param requestBody - Request body of `deletePermissionNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deletePermissionNamespace(requestBody: DeletePermissionNamespaceDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete permission namespaces
   *
   * HTTP: `POST /api/v3/delete-permission-namespaces-batch`
   *
   * @param requestBody - Request body of `deletePermissionNamespacesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deletePermissionNamespacesBatch(requestBody: DeletePermissionNamespacesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete Pipeline function
   *
   * HTTP: `POST /api/v3/delete-pipeline-function`
   *
   * @param requestBody - Request body of `deletePipelineFunction`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deletePipelineFunction(requestBody: DeletePipelineFunctionDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Batch delete public accounts
   *
   * HTTP: `POST /api/v3/delete-public-accounts-batch`
   *
   * @param requestBody - Request body of `deletePublicAccountsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deletePublicAccountsBatch(requestBody: DeletePublicAccountsBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete resource
   *
   * HTTP: `POST /api/v3/delete-resource`
   *
   * @param requestBody - Request body of `deleteResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteResource(requestBody: DeleteResourceDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete resources
   *
   * HTTP: `POST /api/v3/delete-resources-batch`
   *
   * @param requestBody - Request body of `deleteResourcesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteResourcesBatch(requestBody: DeleteResourcesBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete risk policy
   *
   * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
   *
   * HTTP: `DELETE /api/v3/risk-list-policy/{id}`
   *
   * @param id - ID of the entry to delete; it fills `{id}` in the path.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteRiskListPolicyById(id: string, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete roles across permission groups (spaces)
   *
   * HTTP: `POST /api/v3/multiple-namespace-delete-roles-batch`
   *
   * @param requestBody - Request body of `deleteRoles`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteRoles(requestBody: DeleteRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete roles within single permission group (permission space)
   *
   * HTTP: `POST /api/v3/delete-roles-batch`
   *
   * @param requestBody - Request body of `deleteRolesBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteRolesBatch(requestBody: DeleteRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete a tenant
   *
   * HTTP: `POST /api/v3/delete-tenant`
   *
   * @param requestBody - Request body of `deleteTenant`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteTenant(requestBody: DeleteTenantDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Unset tenant administrators
   *
   * HTTP: `POST /api/v3/delete-tenant-admin`
   *
   * @param requestBody - Request body of `deleteTenantAdmin`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteTenantAdmin(requestBody: GetTenantUserDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove tenant members in bulk
   *
   * HTTP: `POST /api/v3/delete-tenant-user`
   *
   * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteTenantUser(requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete user list
   *
   * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
   *
   * HTTP: `DELETE /api/v3/user-list/{id}`
   *
   * @param id - ID of the entry to delete; it fills `{id}` in the path.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteUserListById(id: string, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Batch delete users
   *
   * HTTP: `POST /api/v3/delete-users-batch`
   *
   * @param requestBody - Request body of `deleteUsersBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteUsersBatch(requestBody: DeleteUsersBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete user sync relationship
   *
   * HTTP: `POST /api/v3/delete-user-sync-relations`
   *
   * @param requestBody - Request body of `deleteUserSyncRelations`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteUserSyncRelations(requestBody: DeleteUserSyncRelationReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete Webhook
   *
   * HTTP: `POST /api/v3/delete-webhook`
   *
   * @param requestBody - Request body of `deleteWebhook`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteWebhook(requestBody: DeleteWebhookDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete registration whitelist
   *
   * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `POST /api/v3/delete-whitelist`
   *
   * @param requestBody - Request body of `deleteWhitelist`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteWhitelist(requestBody: DeleteWhitelistDto, options?: RequestOptions): Promise<IsSuccessDto>;
  /**
   * Delete application registration whitelist
   *
   * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `POST /api/v3/delete-whitelist-of-app`
   *
   * @param requestBody - Request body of `deleteWhitelistOfApp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteWhitelistOfApp(requestBody: DeleteWhitelistOfAppDto, options?: RequestOptions): Promise<IsSuccessDto>;
  /**
   * Subject authorization details
   *
   * HTTP: `GET /api/v3/get-subject-auth-detail`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  detailAuthSubject(
    {
      targetId,
      targetType,
      appId,
    }: {
      /** Subject ID. */
      targetId: string;
      /** Subject type. */
      targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
      /** Application ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<GetSubjectAuthRespDto>;
  /**
   * Disable device (user details page)
   *
   * HTTP: `POST /api/v3/disable-device-by-user`
   *
   * @param requestBody - Request body of `disableDevice` and `enableDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  disableDevice(requestBody: UpdateTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Shut down the LDAP server (it must have been initialised first)
   *
   * HTTP: `POST /api/v3/disable-ldap-server`
   *
   * @param requestBody - Request body of `disableLdapServer`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  disableLdapServer(requestBody: LdapSetEnabledFlagDto, options?: RequestOptions): Promise<LdapOperateRespDto>;
  /**
   * Update authorization switch
   *
   * HTTP: `POST /api/v3/update-auth-enabled`
   *
   * @param requestBody - Request body of `enabledAuth`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  enabledAuth(requestBody: UpdateAuthEnabledDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Enable device (user details page)
   *
   * HTTP: `POST /api/v3/enable-device-by-user`
   *
   * @param requestBody - Request body of `disableDevice` and `enableDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  enableDevice(requestBody: UpdateTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Execute custom operation
   *
   * HTTP: `POST /api/v3/metadata/execute-operate`
   *
   * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  executeOperate(requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Export all data
   *
   * HTTP: `POST /api/v3/metadata/export`
   *
   * @param requestBody - Request body of `exportMetadata`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  exportMetadata(requestBody: ExportModelDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Export data object
   *
   * HTTP: `POST /api/v3/metadata/export/model`
   *
   * @param requestBody - Request body of `exportModel`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  exportModel(requestBody: ExportMetadataDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Export roster invitees
   *
   * The official method name says little about what it does: it exports invitation invitees.
   *
   * HTTP: `POST /api/v3/invitation-invitee/export`
   *
   * @param requestBody - Request body of `exportUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  exportUsers(requestBody: ExportUsersDto, options?: RequestOptions): Promise<GetImportExportTemplateRespDto>;
  /**
   * Application connection details under identity source
   *
   * HTTP: `GET /api/v3/ext-idp-conn-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  extIdpConnStateByApps(
    {
      tenantId,
      appId,
      id,
      type,
    }: {
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
  ): Promise<ExtIdpListPaginatedRespDto>;
  /**
   * Query universal invitation application list
   *
   * The official method name says little about what it does: it lists universal-invitation applicants.
   *
   * HTTP: `POST /api/v3/filter-universal-invitation-applicants`
   *
   * @param requestBody - Request body of `filter`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  filter(requestBody: PaginationUniversalInvitationApplicantQueryDto, options?: RequestOptions): Promise<PaginationUniversalInvitationApplicantRespDto>;
  /**
   * View invitees in roster
   *
   * The official method name says little about what it does: it lists invitation invitees.
   *
   * HTTP: `POST /api/v3/list-invitation-invitees`
   *
   * @param requestBody - Request body of `filterUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  filterUsers(requestBody: ListInvitationUserDto, options?: RequestOptions): Promise<InvitationUserPaginationRespDto>;
  /**
   * Get application list supporting device exclusion scope
   *
   * Lists the applications where device mutual exclusion can apply.
   *
   * HTTP: `GET /api/v3/get-supported-device-exclusive-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  findAppLists(
    {
      keyword,
    }: {
      /** The `keyword` argument of the official method. */
      keyword: string;
    },
    options?: RequestOptions,
  ): Promise<GetDeviceExclusiveValidScopeAppRespDto>;
  /**
   * Get IP list
   *
   * HTTP: `GET /api/v3/ip-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  findIpList(
    {
      page,
      limit,
      ipType,
    }: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** IP type. */
      ipType: "BLACK" | "WHITE";
    },
    options?: RequestOptions,
  ): Promise<IpListPaginatedRespDto>;
  /**
   * Recent login applications
   *
   * HTTP: `POST /api/v3/get-last-login-apps-by-deviceIds`
   *
   * @param requestBody - Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link ManagementMethods.findLastLoginAppsByDeviceIdsV2 | findLastLoginAppsByDeviceIdsV2} instead.
   */
  findLastLoginAppsByDeviceIds(requestBody: QueryTerminalAppsDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Recent login applications
   *
   * HTTP: `POST /api/v3/get-last-login-apps-by-device-ids`
   *
   * @param requestBody - Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  findLastLoginAppsByDeviceIdsV2(requestBody: QueryTerminalAppsDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Get risk policy list
   *
   * HTTP: `GET /api/v3/risk-list-policy`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  findRiskListPolicy(
    {
      page,
      limit,
      optObject,
    }: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Policy operation object, currently only ip. */
      optObject: "IP" | "USER";
    },
    options?: RequestOptions,
  ): Promise<UserListPolicyPaginatedRespDto>;
  /**
   * Get risk list users
   *
   * HTTP: `GET /api/v3/user-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  findUserList(
    {
      page,
      limit,
      userListType,
    }: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** IP type. */
      userListType: "BLACK" | "WHITE";
    },
    options?: RequestOptions,
  ): Promise<UserListPaginatedRespDto>;
  /**
   * Generate a link that invites tenant members
   *
   * HTTP: `POST /api/v3/generate-invite-tenant-user-link`
   *
   * @param requestBody - Request body of `generateInviteTenantUserLink`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  generateInviteTenantUserLink(requestBody: GenerateInviteTenantUserLink, options?: RequestOptions): Promise<InviteTenantUsersRespDto>;
  /**
   * Generate universal invitation link
   *
   * HTTP: `POST /api/v3/generate-universal-invitation-link`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  generateUniversalInvitation(options?: RequestOptions): Promise<GenerateInvitationLinkRespDto>;
  /**
   * Get collaborator AK/SK details
   *
   * HTTP: `GET /api/v3/get-access-key`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAccessKey(
    {
      userId,
      accessKeyId,
    }: {
      /** User ID. */
      userId: string;
      /** AccessKeyId. */
      accessKeyId: string;
    },
    options?: RequestOptions,
  ): Promise<GetAccessKeyResponseDto>;
  /**
   * Get collaborator AK/SK list
   *
   * Array parameters (`status`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/list-access-key`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAccessKeyList(
    {
      userId,
      tenantId,
      type,
      status,
    }?: {
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
  ): Promise<ListAccessKeyResponseDto>;
  /**
   * Get admin audit logs
   *
   * HTTP: `POST /api/v3/get-admin-audit-logs`
   *
   * @param requestBody - Request body of `getAdminAuditLogs`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAdminAuditLogs(requestBody: GetAdminAuditLogsDto, options?: RequestOptions): Promise<AdminAuditLogRespDto>;
  /**
   * Get all departments
   *
   * HTTP: `GET /api/v3/get-all-departments`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllDepartments(
    {
      organizationCode,
      departmentId,
      departmentIdType,
      withCustomData,
    }: {
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
  ): Promise<DepartmentPaginatedRespDto>;
  /**
   * Get all groups
   *
   * HTTP: `GET /api/v3/get-all-groups`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllGroups(
    {
      fetchMembers,
      withCustomData,
    }?: {
      /** Whether to get member list. Default `false`. */
      fetchMembers?: boolean;
      /** Whether to get custom data. */
      withCustomData?: boolean;
    },
    options?: RequestOptions,
  ): Promise<GroupListRespDto>;
  /**
   * Get all data object data
   *
   * HTTP: `POST /api/v3/metadata/get-all-metadata`
   *
   * @param requestBody - Request body of `getAllMetadata`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllMetadata(requestBody: GetAllRowDto, options?: RequestOptions): Promise<FunctionModelValueListResDto>;
  /**
   * Get all metadata row information
   *
   * HTTP: `POST /api/v3/metadata/get-all-row-by-scrollid`
   *
   * @param requestBody - Request body of `getAllMetadataRow`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllMetadataRow(requestBody: GetAllRowVyScrollidDto, options?: RequestOptions): Promise<GetAllRowByScrollidResDto>;
  /**
   * Get all rights
   *
   * HTTP: `GET /api/v3/get-all-rights-items`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllRightsItem(options?: RequestOptions): Promise<CostGetAllRightItemRespDto>;
  /**
   * Get device exclusion scope configuration
   *
   * HTTP: `GET /api/v3/get-device-exclusive-valid-scope-settings`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllValidScopeSettings(options?: RequestOptions): Promise<GetDeviceExclusiveValidScopeRespDto>;
  /**
   * Get device exclusion whitelist configuration
   *
   * HTTP: `GET /api/v3/get-device-exclusive-white-list-settings`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAllWhiteListSettings(options?: RequestOptions): Promise<GetDeviceExclusiveWhiteListRespDto>;
  /**
   * Get application details
   *
   * HTTP: `GET /api/v3/get-application`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getApplication(
    {
      appId,
    }: {
      /** Application ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<ApplicationSingleRespDto>;
  /**
   * Get application default access authorization policy
   *
   * HTTP: `GET /api/v3/get-application-permission-strategy`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getApplicationPermissionStrategy(
    {
      appId,
    }: {
      /** Application ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<GetApplicationPermissionStrategyRespDto>;
  /**
   * Get application secret
   *
   * HTTP: `GET /api/v3/get-application-secret`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getApplicationSecret(
    {
      appId,
    }: {
      /** Application ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<GetApplicationSecretRespDto>;
  /**
   * Get application simple information
   *
   * HTTP: `GET /api/v3/get-application-simple-info`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getApplicationSimpleInfo(
    {
      appId,
    }: {
      /** Application ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<ApplicationSimpleInfoSingleRespDto>;
  /**
   * Get ASA account
   *
   * HTTP: `GET /api/v3/get-asa-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAsaAccount(
    {
      appId,
      accountId,
    }: {
      /** Application ID. */
      appId: string;
      /** ASA account ID. */
      accountId: string;
    },
    options?: RequestOptions,
  ): Promise<AsaAccountSingleRespDto>;
  /**
   * Get list of subjects assigned to ASA account
   *
   * HTTP: `GET /api/v3/get-asa-account-assigned-targets`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAsaAccountAssignedTargets(
    {
      appId,
      accountId,
      page,
      limit,
    }: {
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
  ): Promise<GetAsaAccountAssignedTargetRespDto>;
  /**
   * Batch get ASA accounts
   *
   * HTTP: `POST /api/v3/get-asa-accounts-batch`
   *
   * @param requestBody - Request body of `getAsaAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAsaAccountBatch(requestBody: GetAsaAccountBatchDto, options?: RequestOptions): Promise<AsaAccountListRespDto>;
  /**
   * Get ASA account assigned to subject
   *
   * HTTP: `GET /api/v3/get-assigned-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAssignedAccount(
    {
      appId,
      targetType,
      targetIdentifier,
    }: {
      /** Application ID. */
      appId: string;
      /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
      targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
      /** Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer`. */
      targetIdentifier: string;
    },
    options?: RequestOptions,
  ): Promise<AsaAccountSingleNullableRespDto>;
  /**
   * Get authorized resource list for a subject
   *
   * Array parameters (`resourceList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-authorized-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAuthorizedResources(
    {
      targetType,
      targetIdentifier,
      namespace,
      resourceType,
      resourceList,
      withDenied,
    }: {
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
  ): Promise<AuthorizedResourcePaginatedRespDto>;
  /**
   * Generate the LDAP server administrator password
   *
   * HTTP: `GET /api/v3/get-ldap-server-random-pwd`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getBindPwd(options?: RequestOptions): Promise<LdapGetBindPwdRespDto>;
  /**
   * Get package details
   *
   * HTTP: `GET /api/v3/get-current-package-info`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getCurrentPackageInfo(options?: RequestOptions): Promise<CostGetCurrentPackageRespDto>;
  /**
   * Get custom field values for user, group, role, organization
   *
   * HTTP: `GET /api/v3/get-custom-data`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getCustomData(
    {
      tenantId,
      targetType,
      targetIdentifier,
      namespace,
    }: {
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
  ): Promise<GetCustomDataRespDto>;
  /**
   * Get custom field list
   *
   * HTTP: `GET /api/v3/get-custom-fields`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getCustomFields(
    {
      targetType,
      tenantId,
    }: {
      /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
      targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
      /** Tenant ID. */
      tenantId?: string;
    },
    options?: RequestOptions,
  ): Promise<CustomFieldListRespDto>;
  /**
   * Get data policy details
   *
   * HTTP: `GET /api/v3/get-data-policy`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDataPolicy(
    {
      policyId,
    }: {
      /** Data policy ID. */
      policyId: string;
    },
    options?: RequestOptions,
  ): Promise<GetDataPolicyResponseDto>;
  /**
   * Get data resource details
   *
   * HTTP: `GET /api/v3/get-data-resource`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDataResource(
    {
      namespaceCode,
      resourceCode,
    }: {
      /** Permission space Code that the data resource belongs to. */
      namespaceCode: string;
      /** Data resource Code, unique within permission space. */
      resourceCode: string;
    },
    options?: RequestOptions,
  ): Promise<GetDataResourceResponseDto>;
  /**
   * Get Department Information
   *
   * HTTP: `GET /api/v3/get-department`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDepartment(
    {
      organizationCode,
      departmentId,
      departmentCode,
      departmentIdType,
      withCustomData,
      flatCustomData,
      tenantId,
    }?: {
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
  ): Promise<DepartmentSingleRespDto>;
  /**
   * List the applications a department is authorized for
   *
   * HTTP: `POST /api/v3/get-department-available-app`
   *
   * @param requestBody - Request body of `getDepartmentAllApp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDepartmentAllApp(requestBody: GetDepartmentByIdReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto>;
  /**
   * Get a department by department ID
   *
   * Array parameters (`appTypeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-department-by-id`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDepartmentById(
    {
      departmentId,
      tenantId,
      appTypeList,
      withCustomData,
    }: {
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
  ): Promise<DepartmentSingleRespDto>;
  /**
   * Get a department's third-party sync relations
   *
   * HTTP: `GET /api/v3/get-department-sync-relations`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDepartmentSyncRelations(
    {
      organizationCode,
      departmentId,
      departmentIdType,
      withCustomData,
      tenantId,
    }: {
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
  ): Promise<SyncRelationListRespDto>;
  /**
   * Get approval details
   *
   * The official method name says little about what it does: it approval detail.
   *
   * HTTP: `GET /api/v3/approval`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDetail(
    {
      number,
    }: {
      /** Approval number. */
      number: string;
    },
    options?: RequestOptions,
  ): Promise<ApprovalDetailRes>;
  /**
   * Get device status
   *
   * HTTP: `POST /api/v3/device-status`
   *
   * @param requestBody - Request body of `getDeviceStatus`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDeviceStatus(requestBody: TerminalBaseDto, options?: RequestOptions): Promise<DeviceStatusRespDto>;
  /**
   * Get third-party email service configuration
   *
   * HTTP: `GET /api/v3/get-email-provider`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getEmailProvider(options?: RequestOptions): Promise<EmailProviderRespDto>;
  /**
   * Get email template list
   *
   * HTTP: `GET /api/v3/get-email-templates`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getEmailTemplates(options?: RequestOptions): Promise<GetEmailTemplatesRespDto>;
  /**
   * Get external user's resource structure and permissions
   *
   * HTTP: `POST /api/v3/get-external-user-resource-struct`
   *
   * @param requestBody - Request body of `getExternalUserResourceStruct`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getExternalUserResourceStruct(requestBody: GetExternalUserResourceStructDto, options?: RequestOptions): Promise<GetExternalUserResourceStructRespDto>;
  /**
   * Get identity source details
   *
   * HTTP: `GET /api/v3/get-ext-idp`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getExtIdp(
    {
      tenantId,
      appId,
      id,
      type,
    }: {
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
  ): Promise<ExtIdpDetailSingleRespDto>;
  /**
   * Get global MFA settings
   *
   * HTTP: `GET /api/v3/get-global-mfa-settings`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getGlobalMfaSettings(options?: RequestOptions): Promise<MFASettingsRespDto>;
  /**
   * Get group details
   *
   * HTTP: `GET /api/v3/get-group`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getGroup(
    {
      code,
      withCustomData,
    }: {
      /** Group code. */
      code: string;
      /** Whether to get custom data. */
      withCustomData?: boolean;
    },
    options?: RequestOptions,
  ): Promise<GroupSingleRespDto>;
  /**
   * Get list of authorized resources for group
   *
   * HTTP: `GET /api/v3/get-group-authorized-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getGroupAuthorizedResources(
    {
      code,
      namespace,
      resourceType,
    }: {
      /** Group code. */
      code: string;
      /** Code of permission group (permission space), get default permission group if not provided. */
      namespace?: string;
      /** Resource type. */
      resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
    },
    options?: RequestOptions,
  ): Promise<AuthorizedResourceListRespDto>;
  /**
   * Get public account group list
   *
   * HTTP: `GET /api/v3/get-groups-of-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getGroupsOfPublicAccount(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, external ID, ID in external identity source. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<GroupPaginatedRespDto>;
  /**
   * Get import template
   *
   * HTTP: `GET /api/v3/metadata/get-import-template`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getImportTemplate(
    {
      modelId,
    }: {
      /** Function ID. */
      modelId: string;
    },
    options?: RequestOptions,
  ): Promise<GetImportTemplateResDto>;
  /**
   * Get invitation roster details
   *
   * HTTP: `GET /api/v3/get-invitation-roster`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getInvitationRoster(
    {
      rosterId,
      withCreatorDetail,
      withUserCount,
      withAssignedPolicy,
    }: {
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
  ): Promise<InvitationRosterSingleRespDto>;
  /**
   * Get invitation policy email template
   *
   * HTTP: `POST /api/v3/get-invitation-policy-email-template`
   *
   * @param requestBody - Request body of `getInviteEmailTemplate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getInviteEmailTemplate(requestBody: EmailTemplateQueryDto, options?: RequestOptions): Promise<GetEmailTemplateRespDto>;
  /**
   * Get MAU usage records
   *
   * HTTP: `GET /api/v3/get-mau-period-usage-history`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getMauPeriodUsageHistory(
    {
      startTime,
      endTime,
    }: {
      /** Start time (year month day). */
      startTime: string;
      /** End time (year month day). */
      endTime: string;
    },
    options?: RequestOptions,
  ): Promise<CostGetMauPeriodUsageHistoryRespDto>;
  /**
   * Get metadata related group information
   *
   * HTTP: `POST /api/v3/metadata/group`
   *
   * @param requestBody - Request body of `getMetadataGroupList`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getMetadataGroupList(requestBody: MetadataGroupDto, options?: RequestOptions): Promise<FunctionModelValueListResDto>;
  /**
   * Get user MFA trigger data under application
   *
   * HTTP: `GET /api/v3/get-mfa-trigger-data`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getMfaTriggerData(
    {
      appId,
      userId,
      userIdType,
    }: {
      /** Application ID. */
      appId: string;
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<GetMapInfoRespDto>;
  /**
   * Get data object details
   *
   * HTTP: `GET /api/v3/metadata/get-model`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getModel(
    {
      id,
    }: {
      /** Function ID can be obtained from the console page. */
      id: string;
    },
    options?: RequestOptions,
  ): Promise<FunctionModelResDto>;
  /**
   * Get a multi-tenant administrator
   *
   * Gets one administrator, whatever the official summary's wording suggests.
   *
   * HTTP: `GET /api/v3/get-multiple-tenant-admin`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getMultipleTenantAdmin(
    {
      userId,
    }: {
      /** User ID. */
      userId: string;
    },
    options?: RequestOptions,
  ): Promise<MultipleTenantAdminPaginatedRespDto>;
  /**
   * Get permission group details
   *
   * HTTP: `GET /api/v3/get-namespace`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getNamespace(
    {
      code,
    }: {
      /** Permission group unique identifier. */
      code: string;
    },
    options?: RequestOptions,
  ): Promise<NamespaceRespDto>;
  /**
   * Batch get permission group details
   *
   * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-namespaces-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getNamespacesBatch(
    {
      codeList,
    }: {
      /** Permission group code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
      codeList: Array<string>;
    },
    options?: RequestOptions,
  ): Promise<NamespaceListRespDto>;
  /**
   * Get order details
   *
   * HTTP: `GET /api/v3/get-order-detail`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOrderDetail(
    {
      orderNo,
    }: {
      /** Order number. */
      orderNo: string;
    },
    options?: RequestOptions,
  ): Promise<CostGetOrderDetailRespDto>;
  /**
   * Get order payment details
   *
   * HTTP: `GET /api/v3/get-order-pay-detail`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOrderPayDetail(
    {
      orderNo,
    }: {
      /** Order number. */
      orderNo: string;
    },
    options?: RequestOptions,
  ): Promise<CostGetOrderPayDetailRespDto>;
  /**
   * Get order list
   *
   * HTTP: `GET /api/v3/get-orders`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOrders(
    {
      page,
      limit,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<CostGetOrdersRespDto>;
  /**
   * Get Organization Details
   *
   * HTTP: `GET /api/v3/get-organization`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOrganization(
    {
      organizationCode,
      withCustomData,
      withPost,
      tenantId,
    }: {
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
  ): Promise<OrganizationSingleRespDto>;
  /**
   * Batch Get Organization Details
   *
   * Array parameters (`organizationCodeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-organization-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOrganizationsBatch(
    {
      organizationCodeList,
      withCustomData,
      withPost,
      tenantId,
    }: {
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
  ): Promise<OrganizationListRespDto>;
  /**
   * Get user's OTP binding secret
   *
   * HTTP: `GET /api/v3/get-otp-secret-by-user`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getOtpSecretByUser(
    {
      userId,
      userIdType,
    }: {
      /** User ID. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<GetOtpSecretRespDto>;
  /**
   * Get Parent Department Information
   *
   * HTTP: `GET /api/v3/get-parent-department`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getParentDepartment(
    {
      organizationCode,
      departmentId,
      departmentIdType,
      withCustomData,
      tenantId,
    }: {
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
  ): Promise<DepartmentSingleRespDto>;
  /**
   * Get permission namespace details
   *
   * HTTP: `GET /api/v3/get-permission-namespace`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPermissionNamespace(
    {
      code,
    }: {
      /** Permission namespace Code. */
      code: string;
    },
    options?: RequestOptions,
  ): Promise<GetPermissionNamespaceResponseDto>;
  /**
   * Batch get permission namespace details list
   *
   * Array parameters (`codes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-permission-namespaces-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPermissionNamespacesBatch(
    {
      codes,
    }: {
      /** Permission namespace code list, can use comma to separate for batch. Sent as `codes[]=…` once per item. */
      codes: Array<string>;
    },
    options?: RequestOptions,
  ): Promise<GetPermissionNamespaceListResponseDto>;
  /**
   * Get Pipeline function details
   *
   * HTTP: `GET /api/v3/get-pipeline-function`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPipelineFunction(
    {
      funcId,
    }: {
      /** Pipeline function ID. */
      funcId: string;
    },
    options?: RequestOptions,
  ): Promise<PipelineFunctionSingleRespDto>;
  /**
   * Get Pipeline logs
   *
   * HTTP: `GET /api/v3/get-pipeline-logs`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPipelineLogs(
    {
      funcId,
      page,
      limit,
    }: {
      /** Pipeline function ID. */
      funcId: string;
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<PipelineFunctionPaginatedRespDto>;
  /**
   * Get invitation policy details
   *
   * HTTP: `GET /api/v3/get-invitation-policy`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPolicyDetailById(
    {
      policyId,
      rosterId,
      withCreatorDetail,
    }: {
      /** Policy ID. */
      policyId: string;
      /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
      rosterId?: string;
      /** Whether to return creator details. Default `false`. */
      withCreatorDetail?: boolean;
    },
    options?: RequestOptions,
  ): Promise<GetInvitationPolicyRespDto>;
  /**
   * Get invitation policy user attribution details
   *
   * HTTP: `GET /api/v3/get-invitation-policy-user-attribution`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPolicyUserAttributionDetail(
    {
      id,
      withTargetDetail,
      withDepartmentExtInfo,
    }: {
      /** Attribution association record ID. */
      id: string;
      /** Whether to return associated object details. */
      withTargetDetail?: boolean;
      /** When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
      withDepartmentExtInfo?: boolean;
    },
    options?: RequestOptions,
  ): Promise<UserAttributionSingleRespDto>;
  /**
   * Get a post
   *
   * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/get-post`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPost(
    {
      code,
      withCustomData,
    }: {
      /** Position code. */
      code: string;
      /** Whether to obtain custom data. */
      withCustomData?: boolean;
    },
    options?: RequestOptions,
  ): Promise<CreatePostDto>;
  /**
   * Get post details by post ID
   *
   * HTTP: `POST /api/v3/get-post-by-id`
   *
   * @param requestBody - Request body of `getPostById`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPostById(requestBody: GetPostByIdListDto, options?: RequestOptions): Promise<PostRespDto>;
  /**
   * Get the post of a public account
   *
   * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/get-post-of-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPostOfPublicUser(
    {
      userId,
    }: {
      /** User id. */
      userId: string;
    },
    options?: RequestOptions,
  ): Promise<CreatePostDto>;
  /**
   * Get public account information
   *
   * HTTP: `GET /api/v3/get-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccount(
    {
      userId,
      userIdType,
      withCustomData,
      withDepartmentIds,
    }: {
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
  ): Promise<PublicAccountSingleRespDto>;
  /**
   * Batch get public account information
   *
   * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-public-account-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountBatch(
    {
      userIds,
      userIdType,
      withCustomData,
      withDepartmentIds,
    }: {
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
  ): Promise<PublicAccountListRespDto>;
  /**
   * Get the departments of a public account
   *
   * HTTP: `GET /api/v3/get-departments-of-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountDepartments(
    {
      userId,
      userIdType,
      page,
      limit,
      withCustomData,
      withDepartmentPaths,
      sortBy,
      orderBy,
    }: {
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
  ): Promise<UserDepartmentPaginatedRespDto>;
  /**
   * Add batch groups to public account
   *
   * HTTP: `POST /api/v3/set-public-account-of-groups`
   *
   * @param requestBody - Request body of `getPublicAccountOfGroups`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountOfGroups(requestBody: SetUserGroupsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Get public account role list
   *
   * HTTP: `GET /api/v3/get-roles-of-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountRoles(
    {
      userId,
      userIdType,
      namespace,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      /** Code of permission group (permission space), get default permission group if not provided. Default `"default"`. */
      namespace?: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get the public accounts of a department
   *
   * HTTP: `GET /api/v3/get-public-accounts-of-department`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountsOfDepartment(
    {
      departmentId,
    }: {
      /** Department ID. */
      departmentId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get public account list of group
   *
   * HTTP: `GET /api/v3/get-public-accounts-of-group`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountsOfGroup(
    {
      groupId,
    }: {
      /** Group ID. */
      groupId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get the public accounts of a post
   *
   * HTTP: `GET /api/v3/get-public-accounts-of-post`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountsOfPost(
    {
      postId,
    }: {
      /** Position ID. */
      postId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get public account list of role
   *
   * HTTP: `GET /api/v3/get-public-accounts-of-role`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountsOfRole(
    {
      roleId,
    }: {
      /** Role ID. */
      roleId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get user's public account list
   *
   * HTTP: `GET /api/v3/get-public-accounts-of-user`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPublicAccountsOfUser(
    {
      userId,
    }: {
      /** User ID. */
      userId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get row relation data
   *
   * HTTP: `GET /api/v3/metadata/get-row-relation-details`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRelationDetails(options?: RequestOptions): Promise<RelationValueListResDto>;
  /**
   * Get relation data details
   *
   * HTTP: `POST /api/v3/metadata/get-relation-info`
   *
   * @param requestBody - Request body of `getRelationInfo`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRelationInfo(requestBody: GetRelationInfoDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Get row relation data
   *
   * HTTP: `GET /api/v3/metadata/get-row-relation`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRelationValue(
    {
      modelId,
      fieldId,
      rowId,
      page,
      limit,
    }: {
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
  ): Promise<RelationValueListResDto>;
  /**
   * Get resource details
   *
   * HTTP: `GET /api/v3/get-resource`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getResource(
    {
      code,
      namespace,
    }: {
      /** Resource unique identifier. */
      code: string;
      /** Code of permission group (permission space), get default permission group if not provided. */
      namespace?: string;
    },
    options?: RequestOptions,
  ): Promise<ResourceRespDto>;
  /**
   * Get authorized subjects for a resource
   *
   * HTTP: `POST /api/v3/get-resource-authorized-targets`
   *
   * @param requestBody - Request body of `getResourceAuthorizedTargets`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getResourceAuthorizedTargets(requestBody: GetResourceAuthorizedTargetsDto, options?: RequestOptions): Promise<GetResourceAuthorizedTargetRespDto>;
  /**
   * Batch get resource details
   *
   * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-resources-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getResourcesBatch(
    {
      namespace,
      codeList,
    }: {
      /** Code of permission group (permission space), get default permission group if not provided. */
      namespace?: string;
      /** Resource code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
      codeList: Array<string>;
    },
    options?: RequestOptions,
  ): Promise<ResourceListRespDto>;
  /**
   * Get role details
   *
   * HTTP: `GET /api/v3/get-role`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRole(
    {
      code,
      namespace,
    }: {
      /** Unique identifier of role within permission group. */
      code: string;
      /** Code of permission group (permission space), get default permission group if not provided. */
      namespace?: string;
    },
    options?: RequestOptions,
  ): Promise<RoleSingleRespDto>;
  /**
   * Get list of authorized resources for role
   *
   * HTTP: `GET /api/v3/get-role-authorized-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRoleAuthorizedResources(
    {
      code,
      namespace,
      resourceType,
    }: {
      /** Unique identifier of role within permission group. */
      code: string;
      /** Code of permission group. */
      namespace?: string;
      /** Resource type, such as data, API, button, menu. */
      resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
    },
    options?: RequestOptions,
  ): Promise<RoleAuthorizedResourcePaginatedRespDto>;
  /**
   * Get data object row information
   *
   * HTTP: `GET /api/v3/metadata/get-row`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRow(
    {
      modelId,
      rowId,
      showFieldId,
    }: {
      /** Function ID. */
      modelId: string;
      /** Row ID. */
      rowId: string;
      /** Whether to use field ID as key in response. Default `"false"`. */
      showFieldId?: string;
    },
    options?: RequestOptions,
  ): Promise<FunctionModelValueResDto>;
  /**
   * Get batch row information
   *
   * The path lies outside `/api/v3`, exactly as the official SDK sends it; the sibling data-object operations live under `/api/v3/metadata/`, so this path may be an official mistake, unverified against the server.
   *
   * HTTP: `POST /get-row-batch`
   *
   * @param requestBody - Request body of `getRowBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRowBatch(requestBody: GetRowBatchDto, options?: RequestOptions): Promise<MetadataListResDto>;
  /**
   * Get data object row information by property value
   *
   * HTTP: `GET /api/v3/metadata/get-row-by-value`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRowByValue(
    {
      modelId,
      key,
      value,
      showFieldId,
    }: {
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
  ): Promise<FunctionModelValueResDto>;
  /**
   * Get device exclusion rule configuration
   *
   * HTTP: `GET /api/v3/get-device-exclusive-rule-settings`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRuleSettings(options?: RequestOptions): Promise<GetDeviceExclusiveRuleRespDto>;
  /**
   * Get security settings
   *
   * HTTP: `GET /api/v3/get-security-settings`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getSecuritySettings(options?: RequestOptions): Promise<SecuritySettingsRespDto>;
  /**
   * Get sync job details
   *
   * HTTP: `GET /api/v3/get-sync-job`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getSyncJob(
    {
      syncJobId,
    }: {
      /** Sync job ID. */
      syncJobId: number;
    },
    options?: RequestOptions,
  ): Promise<SyncJobSingleRespDto>;
  /**
   * Get sync task details
   *
   * HTTP: `GET /api/v3/get-sync-task`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getSyncTask(
    {
      syncTaskId,
    }: {
      /** Sync task ID. */
      syncTaskId: number;
    },
    options?: RequestOptions,
  ): Promise<SyncTaskSingleRespDto>;
  /**
   * Get tenant details
   *
   * HTTP: `GET /api/v3/get-tenant`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenant(
    {
      tenantId,
      withMembersCount,
      withAppDetail,
      withCreatorDetail,
      withSourceAppDetail,
    }: {
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
  ): Promise<TenantSingleRespDto>;
  /**
   * Get tenant details by tenant code
   *
   * HTTP: `GET /api/v3/get-tenant-by-code`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantByCode(
    {
      code,
    }: {
      /** Tenant Code. */
      code: string;
    },
    options?: RequestOptions,
  ): Promise<TenantSingleRespDto>;
  /**
   * Get a collaborating administrator
   *
   * HTTP: `GET /api/v3/get-tenant-cooperator`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantCooperator(
    {
      userId,
    }: {
      /** User ID. */
      userId: string;
    },
    options?: RequestOptions,
  ): Promise<TenantCooperatorSingleRespDto>;
  /**
   * Get the menus of a collaborating administrator
   *
   * HTTP: `GET /api/v3/get-tenant-cooperator-menu`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantCooperatorMenu(
    {
      userId,
    }: {
      /** User ID. */
      userId: string;
    },
    options?: RequestOptions,
  ): Promise<TenantCooperatorSingleRespDto>;
  /**
   * Get tenant enterprise certification information
   *
   * The official SDK types the answer as `TenantEnterpriseCertificationRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/get-tenant-enterprise-certification`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantEnterpriseCertification(
    {
      tenantId,
    }: {
      /** The `tenantId` argument of the official method. Sent as `tenant_id`. */
      tenantId: string;
    },
    options?: RequestOptions,
  ): Promise<TenantEnterpriseCertificationRespDto>;
  /**
   * Get brief tenant information
   *
   * HTTP: `GET /api/v3/get-tenant-little-info`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantLittleInfo(
    {
      tenantId,
      withMembersCount,
      withAppDetail,
      withCreatorDetail,
      withSourceAppDetail,
    }: {
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
  ): Promise<TenantSingleRespDto>;
  /**
   * Get a single tenant member
   *
   * HTTP: `GET /api/v3/get-tenant-user`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantUser(
    {
      tenantId,
      linkUserId,
      memberId,
    }: {
      /** Tenant ID. */
      tenantId: string;
      /** User ID at the associated user pool level. */
      linkUserId?: string;
      /** Tenant member ID. */
      memberId?: string;
    },
    options?: RequestOptions,
  ): Promise<TenantUserSingleRespDto>;
  /**
   * Get universal invitation configuration
   *
   * HTTP: `GET /api/v3/get-universal-invitation-settings`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUniversalInvitation(
    {
      withDepartmentDetail,
    }?: {
      /** Whether to obtain detailed information of the selected department. Default `false`. */
      withDepartmentDetail?: boolean;
    },
    options?: RequestOptions,
  ): Promise<GetUniversalInvitationRespDto>;
  /**
   * Get usage details
   *
   * HTTP: `GET /api/v3/get-usage-info`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUsageInfo(options?: RequestOptions): Promise<CostGetCurrentUsageRespDto>;
  /**
   * Get user information
   *
   * HTTP: `GET /api/v3/get-user`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUser(
    {
      userId,
      userIdType,
      flatCustomData,
      withCustomData,
      withPost,
      withIdentities,
      withDepartmentIds,
    }: {
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
  ): Promise<UserSingleRespDto>;
  /**
   * Get user accessible applications
   *
   * HTTP: `GET /api/v3/get-user-accessible-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAccessibleApps(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<AppListRespDto>;
  /**
   * Get user action logs
   *
   * HTTP: `POST /api/v3/get-user-action-logs`
   *
   * @param requestBody - Request body of `getUserActionLogs`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserActionLogs(requestBody: GetUserActionLogsDto, options?: RequestOptions): Promise<UserActionLogRespDto>;
  /**
   * Get the main department set for an invitation policy's user attribution
   *
   * HTTP: `GET /api/v3/get-invitation-policy-user-attribution-main-department`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAttributionMainDepartment(
    {
      policyId,
      withDepartmentDetail,
    }: {
      /** Policy ID. */
      policyId: string;
      /** Whether to return to the main department details. */
      withDepartmentDetail?: boolean;
    },
    options?: RequestOptions,
  ): Promise<UserAttributionMainDepartmentRespDto>;
  /**
   * Get user authorized applications
   *
   * HTTP: `GET /api/v3/get-user-authorized-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAuthorizedApps(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<AppListRespDto>;
  /**
   * Get all authorized resources of user
   *
   * HTTP: `GET /api/v3/get-user-authorized-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAuthorizedResources(
    {
      userId,
      userIdType,
      namespace,
      resourceType,
    }: {
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
  ): Promise<AuthorizedResourcePaginatedRespDto>;
  /**
   * Get user built-in field list
   *
   * HTTP: `GET /api/v3/get-user-base-fields`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserBaseFields(options?: RequestOptions): Promise<CustomFieldListRespDto>;
  /**
   * Batch get user information
   *
   * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/get-user-batch`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserBatch(
    {
      userIds,
      userIdType,
      withCustomData,
      flatCustomData,
      withIdentities,
      withDepartmentIds,
    }: {
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
  ): Promise<UserListRespDto>;
  /**
   * Get User Department List
   *
   * HTTP: `GET /api/v3/get-user-departments`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserDepartments(
    {
      userId,
      userIdType,
      page,
      limit,
      withCustomData,
      withDepartmentPaths,
      sortBy,
      orderBy,
    }: {
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
  ): Promise<UserDepartmentPaginatedRespDto>;
  /**
   * Batch get user password ciphertext
   *
   * HTTP: `POST /api/v3/batch-get-user-encrypt-password`
   *
   * @param requestBody - Request body of `getUserEncryptPasswordBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserEncryptPasswordBatch(requestBody: GetUserEncryptPasswordBatchDto, options?: RequestOptions): Promise<GetUserEncryptPasswordBatchRespDto>;
  /**
   * Get user group list
   *
   * HTTP: `GET /api/v3/get-user-groups`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserGroups(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<GroupPaginatedRespDto>;
  /**
   * Get user's external identity sources
   *
   * HTTP: `GET /api/v3/get-user-identities`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserIdentities(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<IdentityListRespDto>;
  /**
   * Get applications that user has logged into
   *
   * HTTP: `GET /api/v3/get-user-loggedin-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserLoggedinApps(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<UserLoggedInAppsListRespDto>;
  /**
   * Get identity sources that user has logged into
   *
   * HTTP: `GET /api/v3/get-user-logged-in-identities`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserLoggedinIdentities(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<UserLoggedInIdentitiesRespDto>;
  /**
   * Get user login history
   *
   * HTTP: `GET /api/v3/get-user-login-history`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserLoginHistory(
    {
      userId,
      userIdType,
      appId,
      clientIp,
      start,
      end,
      page,
      limit,
    }: {
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
  ): Promise<UserLoginHistoryPaginatedRespDto>;
  /**
   * Get user MFA binding information
   *
   * HTTP: `GET /api/v3/get-user-mfa-info`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserMfaInfo(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<UserMfaSingleRespDto>;
  /**
   * Get user MFA status
   *
   * HTTP: `GET /api/v3/get-mfa-status`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserMfaStatus(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<GetMapInfoRespDto>;
  /**
   * Get user's custom encrypted password
   *
   * HTTP: `POST /api/v3/get-user-password-ciphertext`
   *
   * @param requestBody - Request body of `getUserPasswordCiphertext`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserPasswordCiphertext(requestBody: GetUserPasswordCiphertextDto, options?: RequestOptions): Promise<GetUserPasswordCiphertextRespDto>;
  /**
   * Get user permission list
   *
   * HTTP: `POST /api/v3/get-user-permission-list`
   *
   * @param requestBody - Request body of `getUserPermissionList`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserPermissionList(requestBody: GetUserPermissionListDto, options?: RequestOptions): Promise<GetUserPermissionListRespDto>;
  /**
   * Get the post associated with a user (returns only one)
   *
   * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/get-user-post`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link ManagementMethods.getUserPosts | getUserPosts} instead.
   */
  getUserPost(
    {
      userId,
      withCustomData,
    }: {
      /** User id. */
      userId: string;
      /** Whether to obtain custom data. */
      withCustomData?: boolean;
    },
    options?: RequestOptions,
  ): Promise<CreatePostDto>;
  /**
   * Get the posts associated with a user
   *
   * HTTP: `GET /api/v3/get-user-posts`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated GenAuth no longer recommends this operation.
   */
  getUserPosts(
    {
      userId,
      withCustomData,
    }: {
      /** User id. */
      userId: string;
      /** Whether to obtain custom data. */
      withCustomData?: boolean;
    },
    options?: RequestOptions,
  ): Promise<PostListRespDto>;
  /**
   * Get user real-name authentication information
   *
   * HTTP: `GET /api/v3/get-user-principal-authentication-info`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserPrincipalAuthenticationInfo(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<PrincipalAuthenticationInfoPaginatedRespDto>;
  /**
   * Get user's permission list for certain resources (recommended)
   *
   * HTTP: `POST /api/v3/get-user-resource-permission-list`
   *
   * @param requestBody - Request body of `getUserResourcePermissionList`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserResourcePermissionList(requestBody: GetUserResourcePermissionListDto, options?: RequestOptions): Promise<GetUserResourcePermissionListRespDto>;
  /**
   * Get User Authorized Resource Structure List
   *
   * HTTP: `POST /api/v3/get-user-resource-struct`
   *
   * @param requestBody - Request body of `getUserResourceStruct`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserResourceStruct(requestBody: GetUserResourceStructDto, options?: RequestOptions): Promise<GetUserResourceStructRespDto>;
  /**
   * Get user role list
   *
   * HTTP: `GET /api/v3/get-user-roles`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserRoles(
    {
      userId,
      userIdType,
      namespace,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      /** Permission group (permission space) Code, get default permission group if not passed. */
      namespace?: string;
    },
    options?: RequestOptions,
  ): Promise<RolePaginatedRespDto>;
  /**
   * User list of public account
   *
   * HTTP: `GET /api/v3/get-users-of-public-account`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUsersOfPublicAccount(
    {
      publicAccountId,
    }: {
      /** Public account ID. */
      publicAccountId: string;
    },
    options?: RequestOptions,
  ): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get user's third-party sync relationships
   *
   * HTTP: `GET /api/v3/get-user-sync-relations`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserSyncRelations(
    {
      userId,
      userIdType,
    }: {
      /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
      userId: string;
      /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. Default `"user_id"`. */
      userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
    },
    options?: RequestOptions,
  ): Promise<SyncRelationListRespDto>;
  /**
   * Get verify-config-app list
   *
   * The official SDK types the answer as `ApplicationDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/verify-config-app`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getVerifyConfigApp(
    {
      keywords,
    }?: {
      /** Search keywords. */
      keywords?: string;
    },
    options?: RequestOptions,
  ): Promise<ApplicationDto>;
  /**
   * Get Webhook details
   *
   * HTTP: `GET /api/v3/get-webhook`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getWebhook(
    {
      webhookId,
    }: {
      /** Webhook ID. */
      webhookId: string;
    },
    options?: RequestOptions,
  ): Promise<GetWebhookRespDto>;
  /**
   * Get Webhook event list
   *
   * HTTP: `GET /api/v3/get-webhook-event-list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getWebhookEventList(options?: RequestOptions): Promise<WebhookEventListRespDto>;
  /**
   * Get Webhook logs
   *
   * HTTP: `POST /api/v3/get-webhook-logs`
   *
   * @param requestBody - Request body of `getWebhookLogs`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getWebhookLogs(requestBody: ListWebhookLogs, options?: RequestOptions): Promise<ListWebhookLogsRespDto>;
  /**
   * Get WeChat Mini Program, Official Account Access Token
   *
   * HTTP: `POST /api/v3/get-weixin-access-token`
   *
   * @param requestBody - Request body of `getWechatMpAccessTokenInfo`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getWechatMpAccessTokenInfo(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenInfoRespDto>;
  /**
   * Check if user has certain role
   *
   * HTTP: `POST /api/v3/has-any-role`
   *
   * @param requestBody - Request body of `hasAnyRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  hasAnyRole(requestBody: HasAnyRoleReqDto, options?: RequestOptions): Promise<HasAnyRoleRespDto>;
  /**
   * Import data
   *
   * HTTP: `POST /api/v3/metadata/import`
   *
   * @param requestBody - Request body of `importMetadata`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importMetadata(requestBody: ImportModelDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Import data object
   *
   * HTTP: `POST /api/v3/metadata/import/model`
   *
   * @param requestBody - Request body of `importModel`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importModel(requestBody: ImportMetadataDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Import user's OTP
   *
   * HTTP: `POST /api/v3/import-otp`
   *
   * @param requestBody - Request body of `importOtp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importOtp(requestBody: ImportOtpReqDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Get template for importing roster invitees
   *
   * The official method name says little about what it does: it template for importing invitation invitees.
   *
   * HTTP: `GET /api/v3/invitation-invitee/template`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importTemplate(options?: RequestOptions): Promise<GetImportExportTemplateRespDto>;
  /**
   * Import tenants (Excel)
   *
   * HTTP: `POST /api/v3/import-tenant`
   *
   * @param requestBody - Request body of `importTenant`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importTenant(requestBody: ImportTenantDto, options?: RequestOptions): Promise<ImportTenantRespDto>;
  /**
   * Get the tenant import history
   *
   * HTTP: `GET /api/v3/import-tenant-history`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importTenantHistory(
    {
      page,
      limit,
    }?: {
      /** Page number. */
      page?: string;
      /** Amount of data obtained per page. */
      limit?: string;
    },
    options?: RequestOptions,
  ): Promise<ImportTenantHistoryRespDto>;
  /**
   * List the users to notify about a tenant import
   *
   * HTTP: `GET /api/v3/import-tenant-notify-user`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importTenantNotifyUser(
    {
      importId,
      page,
      limit,
    }: {
      /** Import record id. */
      importId: string;
      /** Page number. */
      page?: string;
      /** Amount of data obtained per page. */
      limit?: string;
    },
    options?: RequestOptions,
  ): Promise<ImportTenantNotifyUserRespDto>;
  /**
   * Import roster invitees
   *
   * The official method name says little about what it does: it imports invitation invitees.
   *
   * HTTP: `POST /api/v3/invitation-invitee/import`
   *
   * @param requestBody - Request body of `importUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  importUsers(requestBody: ImportUsersDto, options?: RequestOptions): Promise<GetImportInviteeRespDto>;
  /**
   * Check if user has permission for an operation on a resource
   *
   * HTTP: `POST /api/v3/is-action-allowed`
   *
   * @param requestBody - Request body of `isActionAllowed`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  isActionAllowed(requestBody: IsActionAllowedDto, options?: RequestOptions): Promise<IsActionAllowedRespDtp>;
  /**
   * Check if user exists
   *
   * HTTP: `POST /api/v3/is-user-exists`
   *
   * @param requestBody - Request body of `isUserExists`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  isUserExists(requestBody: IsUserExistsReqDto, options?: RequestOptions): Promise<IsUserExistsRespDto>;
  /**
   * Check if User is in Department
   *
   * HTTP: `GET /api/v3/is-user-in-department`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  isUserInDepartment(
    {
      userId,
      organizationCode,
      departmentId,
      departmentIdType,
      includeChildrenDepartments,
      tenantId,
    }: {
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
  ): Promise<IsUserInDepartmentRespDto>;
  /**
   * Force logout public accounts
   *
   * HTTP: `POST /api/v3/kick-public-accounts`
   *
   * @param requestBody - Request body of `kickPublicAccounts`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  kickPublicAccounts(requestBody: KickPublicAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Force user logout
   *
   * HTTP: `POST /api/v3/kick-users`
   *
   * @param requestBody - Request body of `kickUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  kickUsers(requestBody: KickUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Bind an identity to user
   *
   * HTTP: `POST /api/v3/link-identity`
   *
   * @param requestBody - Request body of `linkIdentity`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  linkIdentity(requestBody: LinkIdentityDto, options?: RequestOptions): Promise<LinkIdentityResDto>;
  /**
   * Get current logged in users of application
   *
   * HTTP: `POST /api/v3/list-application-active-users`
   *
   * @param requestBody - Request body of `listApplicationActiveUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listApplicationActiveUsers(requestBody: ListApplicationActiveUsersDto, options?: RequestOptions): Promise<UserPaginatedRespDto>;
  /**
   * Get application list
   *
   * HTTP: `GET /api/v3/list-applications`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listApplications(
    {
      page,
      limit,
      isIntegrateApp,
      isSelfBuiltApp,
      ssoEnabled,
      keywords,
      all,
    }?: {
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
  ): Promise<ApplicationPaginatedRespDto>;
  /**
   * Get application simple information list
   *
   * HTTP: `GET /api/v3/list-application-simple-info`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listApplicationSimpleInfo(
    {
      page,
      limit,
      isIntegrateApp,
      isSelfBuiltApp,
      ssoEnabled,
      keywords,
    }?: {
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
  ): Promise<ApplicationSimpleInfoPaginatedRespDto>;
  /**
   * Get archived user list
   *
   * HTTP: `GET /api/v3/list-archived-users`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listArchivedUsers(
    {
      page,
      limit,
      startAt,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Start time, UNIX timestamp accurate to seconds, default not specified. */
      startAt?: number;
    },
    options?: RequestOptions,
  ): Promise<ListArchivedUsersSingleRespDto>;
  /**
   * Get ASA account list
   *
   * HTTP: `GET /api/v3/list-asa-accounts`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listAsaAccount(
    {
      appId,
      page,
      limit,
    }: {
      /** Application ID. */
      appId: string;
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<AsaAccountPaginatedRespDto>;
  /**
   * Application authorization list
   *
   * HTTP: `POST /api/v3/list-applications-auth`
   *
   * @param requestBody - Request body of `listAuthApplication`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listAuthApplication(requestBody: ListApplicationAuthDto, options?: RequestOptions): Promise<ListApplicationAuthPaginatedRespDto>;
  /**
   * Subject authorization list
   *
   * HTTP: `POST /api/v3/list-subject-auth`
   *
   * @param requestBody - Request body of `listAuthSubject`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listAuthSubject(requestBody: ListAuthSubjectDto, options?: RequestOptions): Promise<ListApplicationSubjectRespDto>;
  /**
   * Get Child Department List
   *
   * HTTP: `GET /api/v3/list-children-departments`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listChildrenDepartments(
    {
      organizationCode,
      departmentId,
      status,
      departmentIdType,
      excludeVirtualNode,
      onlyVirtualNode,
      withCustomData,
      tenantId,
    }: {
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
  ): Promise<DepartmentPaginatedRespDto>;
  /**
   * Get paginated common resource list
   *
   * HTTP: `GET /api/v3/list-common-resource`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listCommonResource(
    {
      page,
      limit,
      keyword,
      namespaceCodeList,
    }?: {
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
  ): Promise<CommonResourcePaginatedRespDto>;
  /**
   * Get custom field list
   *
   * HTTP: `GET /api/v3/list-custom-fields`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listCustFields(
    {
      tenantId,
      targetType,
      dataType,
      page,
      limit,
      userVisible,
      adminVisible,
      accessControl,
      keyword,
      lang,
    }: {
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
  ): Promise<ListCistomFieldsResDto>;
  /**
   * Get data policy list
   *
   * HTTP: `GET /api/v3/list-data-policies`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDataPolices(
    {
      page,
      limit,
      query,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Data policy name keyword search. */
      query?: string;
    },
    options?: RequestOptions,
  ): Promise<ListDataPoliciesPaginatedRespDto>;
  /**
   * Get list of subjects authorized by data policy
   *
   * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/list-data-policy-targets`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDataPolicyTargets(
    {
      policyId,
      page,
      limit,
      query,
      targetType,
    }: {
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
  ): Promise<ListDataPolicySubjectPaginatedRespDto>;
  /**
   * Get data resource list
   *
   * Array parameters (`namespaceCodes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/list-data-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDataResources(
    {
      page,
      limit,
      query,
      namespaceCodes,
    }?: {
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
  ): Promise<ListDataResourcesPaginatedRespDto>;
  /**
   * Get Department Direct Member ID List
   *
   * HTTP: `GET /api/v3/list-department-member-ids`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDepartmentMemberIds(
    {
      organizationCode,
      departmentId,
      departmentIdType,
      tenantId,
    }: {
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
  ): Promise<UserIdListRespDto>;
  /**
   * Get Department Member List
   *
   * HTTP: `GET /api/v3/list-department-members`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDepartmentMembers(
    {
      organizationCode,
      departmentId,
      sortBy,
      orderBy,
      departmentIdType,
      includeChildrenDepartments,
      page,
      limit,
      withCustomData,
      withIdentities,
      withDepartmentIds,
      tenantId,
    }: {
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
  ): Promise<UserPaginatedRespDto>;
  /**
   * Get list of extension fields for tree type resource
   *
   * HTTP: `GET /api/v3/list-dnef`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listDnef(
    {
      startIndex,
      maxSize,
      query,
      namespaceCode,
      resourceCode,
    }: {
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
  ): Promise<ListDnefPaginatedRespDto>;
  /**
   * Get event application list
   *
   * HTTP: `GET /api/v3/list-event-apps`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listEventApps(options?: RequestOptions): Promise<EventAppPaginatedRespDto>;
  /**
   * Get event list
   *
   * HTTP: `GET /api/v3/list-events`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listEvents(
    {
      page,
      limit,
      app,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Application type. */
      app?: string;
    },
    options?: RequestOptions,
  ): Promise<OpenEventPaginatedRespDto>;
  /**
   * Get identity source list
   *
   * HTTP: `GET /api/v3/list-ext-idp`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listExtIdp(
    {
      tenantId,
      appId,
    }?: {
      /** Tenant ID. */
      tenantId?: string;
      /** Application ID. */
      appId?: string;
    },
    options?: RequestOptions,
  ): Promise<ExtIdpListPaginatedRespDto>;
  /**
   * Get data object field list
   *
   * HTTP: `GET /api/v3/metadata/list-field`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listField(
    {
      modelId,
      from,
    }: {
      /** Function ID. */
      modelId: string;
      /** Request source. */
      from: string;
    },
    options?: RequestOptions,
  ): Promise<FunctionFieldListResDto>;
  /**
   * Get group member list
   *
   * HTTP: `GET /api/v3/list-group-members`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listGroupMembers(
    {
      code,
      page,
      limit,
      withCustomData,
      withIdentities,
      withDepartmentIds,
      flatCustomData,
    }: {
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
  ): Promise<UserPaginatedRespDto>;
  /**
   * Get group list
   *
   * HTTP: `GET /api/v3/list-groups`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listGroups(
    {
      keywords,
      page,
      limit,
      withMetadata,
      withCustomData,
      flatCustomData,
    }?: {
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
  ): Promise<GroupPaginatedRespDto>;
  /**
   * Get invitation policy list
   *
   * HTTP: `POST /api/v3/list-invitation-policies`
   *
   * @param requestBody - Request body of `listInvitationPolicies`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listInvitationPolicies(requestBody: PaginationInvitationPolicyQueryDto, options?: RequestOptions): Promise<PaginationInvitationPolicyRespDto>;
  /**
   * Get invitation roster list
   *
   * HTTP: `POST /api/v3/list-invitation-rosters`
   *
   * @param requestBody - Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listInvitationRoster(requestBody: ListInvitationRosterDto, options?: RequestOptions): Promise<InvitationRosterPaginationRespDto>;
  /**
   * Get invitation roster list not associated with policy
   *
   * HTTP: `POST /api/v3/list-invitation-rosters-by-no-policy-id`
   *
   * @param requestBody - Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listInvitationRostersByNonPolicyId(requestBody: ListInvitationRosterDto, options?: RequestOptions): Promise<InvitationRosterPaginationRespDto>;
  /**
   * Get invitation roster list by policy ID
   *
   * HTTP: `POST /api/v3/list-invitation-rosters-by-policy-id`
   *
   * @param requestBody - Request body of `listInvitationRostersByPolicyId`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listInvitationRostersByPolicyId(requestBody: ListInvitationRosterByPolicyIdDto, options?: RequestOptions): Promise<InvitationRosterPaginationRespDto>;
  /**
   * Get the tenant consoles a user can access
   *
   * The method keeps the official SDK's spelling (`Tennat`), so that migrated code finds it.
   * The path names invitation records; the official description speaks of the tenant consoles a user can access.
   *
   * HTTP: `GET /api/v3/list-invite-tenant-user-records`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listInviteTennatUserRecords(
    {
      keywords,
      page,
      limit,
    }: {
      /** Search keywords. */
      keywords: string;
      /** Page number. */
      page: string;
      /** Amount of data obtained per page. */
      limit: string;
    },
    options?: RequestOptions,
  ): Promise<InviteTenantUserRecordListRespDto>;
  /**
   * Get data object list
   *
   * HTTP: `GET /api/v3/metadata/list-model`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listModel(options?: RequestOptions): Promise<FunctionModelListDto>;
  /**
   * Get the multi-tenant administrator list
   *
   * HTTP: `GET /api/v3/list-multiple-tenant-admins`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listMultipleTenantAdmin(
    {
      keywords,
      page,
      limit,
    }?: {
      /** Search keywords. */
      keywords?: string;
      /** Page number. */
      page?: string;
      /** Amount of data obtained per page. */
      limit?: string;
    },
    options?: RequestOptions,
  ): Promise<MultipleTenantAdminPaginatedRespDto>;
  /**
   * Get paginated role list under permission group
   *
   * HTTP: `GET /api/v3/list-namespace-roles`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listNamespaceRoles(
    {
      page,
      limit,
      code,
      keywords,
    }: {
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
  ): Promise<NamespaceRolesListPaginatedRespDto>;
  /**
   * Get paginated permission group list
   *
   * HTTP: `GET /api/v3/list-namespaces`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listNamespaces(
    {
      page,
      limit,
      keywords,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Search permission group Code. */
      keywords?: string;
    },
    options?: RequestOptions,
  ): Promise<NamespaceListPaginatedRespDto>;
  /**
   * Operation management list (paginated)
   *
   * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/metadata/list-operate`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listOperate(
    {
      keywords,
      modelId,
      fieldId,
      showCreated,
      page,
      limit,
    }: {
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
  ): Promise<OperateModelDto>;
  /**
   * All operation management list
   *
   * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `GET /api/v3/metadata/all-operate`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listOperateAll(
    {
      modelId,
    }: {
      /** Model ID. */
      modelId: string;
    },
    options?: RequestOptions,
  ): Promise<OperateModelDto>;
  /**
   * Get Organization List
   *
   * HTTP: `GET /api/v3/list-organizations`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listOrganizations(
    {
      page,
      limit,
      fetchAll,
      withCustomData,
      withPost,
      tenantId,
      status,
    }?: {
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
  ): Promise<OrganizationPaginatedRespDto>;
  /**
   * Get paginated list of all roles under permission namespace
   *
   * HTTP: `GET /api/v3/list-permission-namespace-roles`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPermissionNamespaceRoles(
    {
      page,
      limit,
      code,
      query,
    }: {
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
  ): Promise<PermissionNamespaceRolesListPaginatedRespDto>;
  /**
   * Get paginated permission namespace list
   *
   * HTTP: `GET /api/v3/list-permission-namespaces`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPermissionNamespaces(
    {
      page,
      limit,
      query,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Permission namespace name. */
      query?: string;
    },
    options?: RequestOptions,
  ): Promise<PermissionNamespaceListPaginatedRespDto>;
  /**
   * Get permission view data list
   *
   * HTTP: `POST /api/v3/list-permission-view/data`
   *
   * @param requestBody - Request body of `listPermissionView`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPermissionView(requestBody: ListPermissionViewDto, options?: RequestOptions): Promise<ListPermissionViewResponseDto>;
  /**
   * Get Pipeline function list
   *
   * HTTP: `GET /api/v3/list-pipeline-functions`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPipelineFunctions(
    {
      scene,
    }: {
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
  ): Promise<PipelineFunctionPaginatedRespDto>;
  /**
   * Get invitation policy user attribution list
   *
   * HTTP: `GET /api/v3/list-invitation-policy-user-attributions`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPolicyUserAttributionDetail(
    {
      page,
      limit,
      policyId,
      withTargetDetail,
      withDepartmentExtInfo,
      targetType,
    }: {
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
  ): Promise<UserAttributionPaginationRespDto>;
  /**
   * Get/search public account list
   *
   * HTTP: `POST /api/v3/list-public-accounts`
   *
   * @param requestBody - Request body of `listPublicAccounts`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPublicAccounts(requestBody: ListPublicAccountsRequestDto, options?: RequestOptions): Promise<PublicAccountPaginatedRespDto>;
  /**
   * Get list of fields for policy process configuration supplementary information
   *
   * HTTP: `GET /api/v3/list-invitation-policy-extends-fields`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRegisterExtendsFields(
    {
      policyId,
      rosterId,
    }: {
      /** Policy ID. */
      policyId: string;
      /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
      rosterId?: string;
    },
    options?: RequestOptions,
  ): Promise<GetExtendsFieldsRespDto>;
  /**
   * Get paginated resource list
   *
   * HTTP: `GET /api/v3/list-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listResources(
    {
      namespace,
      type,
      page,
      limit,
    }?: {
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
  ): Promise<ResourcePaginatedRespDto>;
  /**
   * Get List of Users Authorized for Resource
   *
   * HTTP: `POST /api/v3/list-resource-targets`
   *
   * @param requestBody - Request body of `listResourceTargets`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listResourceTargets(requestBody: ListResourceTargetsDto, options?: RequestOptions): Promise<ListResourceTargetsRespDto>;
  /**
   * Get role authorization list
   *
   * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/list-role-assignments`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRoleAssignments(
    {
      page,
      limit,
      query,
      roleCode,
      namespaceCode,
      targetType,
    }: {
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
  ): Promise<RoleListPageRespDto>;
  /**
   * Get Role Department List
   *
   * HTTP: `GET /api/v3/list-role-departments`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRoleDepartments(
    {
      code,
      namespace,
      page,
      limit,
    }: {
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
  ): Promise<RoleDepartmentListPaginatedRespDto>;
  /**
   * Get role members list
   *
   * HTTP: `GET /api/v3/list-role-members`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRoleMembers(
    {
      page,
      limit,
      withCustomData,
      withIdentities,
      withDepartmentIds,
      code,
      namespace,
    }: {
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
  ): Promise<UserPaginatedRespDto>;
  /**
   * Get role list
   *
   * HTTP: `GET /api/v3/list-roles`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRoles(
    {
      page,
      limit,
      keywords,
      namespace,
    }?: {
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
  ): Promise<RolePaginatedRespDto>;
  /**
   * Advanced search for data objects
   *
   * HTTP: `POST /api/v3/metadata/filter`
   *
   * @param requestBody - Request body of `listRow`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listRow(requestBody: FilterDto, options?: RequestOptions): Promise<FunctionModelValueListResDto>;
  /**
   * Get simple data policy list
   *
   * HTTP: `GET /api/v3/list-simple-data-policies`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listSimpleDataPolices(
    {
      page,
      limit,
      query,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
      /** Data policy name keyword search. */
      query?: string;
    },
    options?: RequestOptions,
  ): Promise<ListSimpleDataPoliciesPaginatedRespDto>;
  /**
   * List the logs of a sync job
   *
   * HTTP: `GET /api/v3/list-sync-job-logs`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listSyncJobLogs(
    {
      syncJobId,
      page,
      limit,
      success,
      action,
      objectType,
    }: {
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
  ): Promise<TriggerSyncTaskRespDto>;
  /**
   * List the jobs of a sync task
   *
   * HTTP: `GET /api/v3/list-sync-jobs`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listSyncJobs(
    {
      syncTaskId,
      page,
      limit,
      syncTrigger,
    }: {
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
  ): Promise<SyncJobPaginatedRespDto>;
  /**
   * Get the list of sync risk operations
   *
   * Array parameters (`status`, `objectType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
   *
   * HTTP: `GET /api/v3/list-sync-risk-operations`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listSyncRiskOperations(
    {
      syncTaskId,
      page,
      limit,
      status,
      objectType,
    }: {
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
  ): Promise<SyncRiskOperationPaginatedRespDto>;
  /**
   * Get the sync task list
   *
   * HTTP: `GET /api/v3/list-sync-tasks`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listSyncTasks(
    {
      page,
      limit,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** The number of pages per page cannot exceed 50, and the default is 10. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<SyncTaskPaginatedRespDto>;
  /**
   * Get the tenant administrator list
   *
   * HTTP: `POST /api/v3/list-tenant-admin`
   *
   * @param requestBody - Request body of `listTenantAdmin`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenantAdmin(requestBody: ListTenantAdminDto, options?: RequestOptions): Promise<TenantUserListPaginatedRespDto>;
  /**
   * Get the tenant application list
   *
   * HTTP: `GET /api/v3/list-tenant-applications`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenantApplications(
    {
      page,
      limit,
      keywords,
      ssoEnabled,
    }: {
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
  ): Promise<TenantApplicationListPaginatedRespDto>;
  /**
   * Get the collaborating administrator list
   *
   * HTTP: `GET /api/v3/list-tenant-cooperators`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenantCooperators(
    {
      keywords,
      external,
      page,
      limit,
    }?: {
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
  ): Promise<TenantCooperatorPaginatedRespDto>;
  /**
   * Get Identity Source List in Tenant Console
   *
   * HTTP: `GET /api/v3/list-tenant-ext-idp`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenantExtIdp(
    {
      tenantId,
      appId,
      type,
      page,
      limit,
    }?: {
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
  ): Promise<ExtIdpListPaginatedRespDto>;
  /**
   * Get or search the tenant list
   *
   * HTTP: `GET /api/v3/list-tenants`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenants(
    {
      keywords,
      withMembersCount,
      withAppDetail,
      withCreatorDetail,
      withSourceAppDetail,
      page,
      limit,
      source,
    }?: {
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
  ): Promise<TenantListPaginatedRespDto>;
  /**
   * Get or search the tenant member list
   *
   * HTTP: `POST /api/v3/list-tenant-users`
   *
   * @param requestBody - Request body of `listTenantUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listTenantUsers(requestBody: ListTenantUserDto, options?: RequestOptions): Promise<TenantUserListPaginatedRespDto>;
  /**
   * Get user built-in field list
   *
   * HTTP: `GET /api/v3/list-user-base-fields`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listUserBaseFields(
    {
      tenantId,
      targetType,
      dataType,
      page,
      limit,
      userVisible,
      adminVisible,
      accessControl,
      keyword,
      lang,
    }: {
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
  ): Promise<ListCistomFieldsResDto>;
  /**
   * Get/search user list
   *
   * Searches by `keywords` (in the fields of `options.fuzzySearchOn`), filters with `advancedFilter` (every item must match; a field may be a custom data field), sorts and pages. For example, active users who signed in at least 5 times: `advancedFilter: [{ field: "status", operator: "EQUAL", value: "Activated" }, { field: "loginsCount", operator: "GREATER", value: 5 }]`. `IN` takes an array, `BETWEEN` a `[from, to]` pair; times are Unix milliseconds.
   *
   * HTTP: `POST /api/v3/list-users`
   *
   * @param requestBody - Request body of `listUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listUsers(requestBody: ListUsersRequestDto, options?: RequestOptions): Promise<UserPaginatedRespDto>;
  /**
   * Get user list
   *
   * The older form of `listUsers`, a `GET` with its filters in the query; `listUsers` is a `POST` that takes them in its body.
   *
   * HTTP: `GET /api/v3/list-users`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated GenAuth no longer recommends this operation.
   */
  listUsersLegacy(
    {
      page,
      limit,
      status,
      updatedAtStart,
      updatedAtEnd,
      withCustomData,
      withPost,
      withIdentities,
      withDepartmentIds,
      withUserPasswordExpireTime,
    }?: {
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
  ): Promise<UserPaginatedRespDto>;
  /**
   * Get Webhook list
   *
   * HTTP: `GET /api/v3/list-webhooks`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listWebhooks(
    {
      page,
      limit,
    }?: {
      /** Current page number, starting from 1. Default `1`. */
      page?: number;
      /** Number per page, maximum cannot exceed 50, default is 10. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<GetWebhooksRespDto>;
  /**
   * Get registration whitelist
   *
   * HTTP: `GET /api/v3/list-whitelist`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listWhitelists(
    {
      type,
    }: {
      /** Whitelist type. */
      type: "USERNAME" | "EMAIL" | "PHONE";
    },
    options?: RequestOptions,
  ): Promise<WhitelistListRespDto>;
  /**
   * Get application registration whitelist
   *
   * HTTP: `GET /api/v3/list-whitelist-of-app`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listWhitelistsOfApp(
    {
      type,
      appId,
    }: {
      /** Whitelist type. */
      type: "USERNAME" | "EMAIL" | "PHONE";
      /** APP ID. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<WhitelistListRespDto>;
  /**
   * Get the approval log list
   *
   * HTTP: `GET /api/v3/approval-log-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  logList(
    {
      pageNo,
      pageSize,
      objectType,
      keyword,
    }?: {
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
  ): Promise<ApprovalListRes>;
  /**
   * Get the pending approval list
   *
   * HTTP: `GET /api/v3/approval-pending-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  pendList(
    {
      pageNo,
      pageSize,
      objectType,
      keyword,
    }?: {
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
  ): Promise<ApprovalListRes>;
  /**
   * List posts
   *
   * HTTP: `GET /api/v3/list-post`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  postList(
    {
      keywords,
      skipCount,
      page,
      limit,
      withMetadata,
      withCustomData,
      flatCustomData,
      metadataNoFieldId,
      createdAfter,
      createdBefore,
      updatedAfter,
      updatedBefore,
    }?: {
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
  ): Promise<PostPaginatedRespDto>;
  /**
   * List posts (POST variant with a filter body)
   *
   * HTTP: `POST /api/v3/list-post`
   *
   * @param requestBody - Request body of `postListBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  postListBatch(requestBody: ListPostBatchDto, options?: RequestOptions): Promise<PostPaginatedRespDto>;
  /**
   * Preview email template
   *
   * The official SDK types the answer as `PreviewEmailTemplateRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `POST /api/v3/preview-email-template`
   *
   * @param requestBody - Request body of `previewEmailTemplate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  previewEmailTemplate(requestBody: PreviewEmailTemplateDto, options?: RequestOptions): Promise<PreviewEmailTemplateRespDto>;
  /**
   * Process a single approval
   *
   * HTTP: `PUT /api/v3/approval-process`
   *
   * @param requestBody - Request body of `processApproval`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  processApproval(requestBody: ApprovalProcessReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Push custom event from authentication endpoint
   *
   * Publishes through the authentication side's event endpoint, signed with the access key.
   *
   * HTTP: `POST /api/v3/pub-userEvent`
   *
   * @param requestBody - Request body of `verifyEvent` and `pubUserEvent`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  pubUserEvent(requestBody: PubEventDto, options?: RequestOptions): Promise<PubEventRespDto>;
  /**
   * Get the LDAP server configuration
   *
   * HTTP: `GET /api/v3/get-ldap-server-config`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  queryLdapConfigInfo(options?: RequestOptions): Promise<LdapConfigInfoRespDto>;
  /**
   * Query the LDAP server logs
   *
   * HTTP: `GET /api/v3/get-ldap-server-log`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  queryLdapLog(
    {
      type,
      connection,
      operationNumber,
      errorCode,
      message,
      startTime,
      endTime,
      page,
      limit,
    }: {
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
  ): Promise<LdapLogRespDto>;
  /**
   * Query the entries one level below a DN on the LDAP server
   *
   * HTTP: `GET /api/v3/get-ldap-sub-entries`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  queryLdapSubEntries(
    {
      dn,
      page,
      limit,
    }: {
      /** Current DN. */
      dn?: string;
      /** Current page, starting from 1. */
      page: number;
      /** Number of items per page. */
      limit: number;
    },
    options?: RequestOptions,
  ): Promise<LdapLogRespDto>;
  /**
   * Quick search invitee list
   *
   * HTTP: `POST /api/v3/quick-filter-invitees`
   *
   * @param requestBody - Request body of `quickFilterInviteeList`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  quickFilterInviteeList(requestBody: QuickFilterInvitationUserDto, options?: RequestOptions): Promise<QuickFilterInviteePaginationRespDto>;
  /**
   * Refresh application secret
   *
   * HTTP: `POST /api/v3/refresh-application-secret`
   *
   * @param requestBody - Request body of `refreshApplicationSecret`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  refreshApplicationSecret(requestBody: RefreshApplicationSecretDto, options?: RequestOptions): Promise<RefreshApplicationSecretRespDto>;
  /**
   * Batch reject universal invitation applications
   *
   * The official method name says little about what it does: it rejects universal-invitation applications in bulk.
   *
   * HTTP: `POST /api/v3/batch-reject-universal-invitation-applicant`
   *
   * @param requestBody - Request body of `approval` and `reject`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  reject(requestBody: ApprovalUniversalInvitationApplicantDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Fuzzy search for relation
   *
   * HTTP: `POST /api/v3/metadata/relation-search`
   *
   * @param requestBody - Request body of `relationSearch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  relationSearch(requestBody: RelationSearchDto, options?: RequestOptions): Promise<RelationValueListResDto>;
  /**
   * Delete field from data object
   *
   * HTTP: `POST /api/v3/metadata/remove-field`
   *
   * @param requestBody - Request body of `remoteField`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  remoteField(requestBody: FunctionModelFieldIdDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove device exclusion scope configuration
   *
   * The official method name says little about what it does: it removes device-mutual-exclusion valid-scope settings.
   *
   * HTTP: `POST /api/v3/remove-device-exclusive-valid-scope-settings`
   *
   * @param requestBody - Request body of `remove`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  remove(requestBody: DeleteDeviceExclusiveValidScopeSettingsByIdsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove Department Members
   *
   * HTTP: `POST /api/v3/remove-department-members`
   *
   * @param requestBody - Request body of `removeDepartmentMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeDepartmentMembers(requestBody: RemoveDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch remove group members
   *
   * HTTP: `POST /api/v3/remove-group-members`
   *
   * @param requestBody - Request body of `removeGroupMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeGroupMembers(requestBody: RemoveGroupMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete data object
   *
   * HTTP: `POST /api/v3/metadata/remove-model`
   *
   * @param requestBody - Request body of `removeModel`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeModel(requestBody: FunctionModelIdDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove custom operation
   *
   * HTTP: `POST /api/v3/metadata/remove-operate`
   *
   * @param requestBody - Request body of `removeOperate`, `executeOperate` and `copyOperate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeOperate(requestBody: FunctionModelOperateIdDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete invitation policy user attribution
   *
   * HTTP: `POST /api/v3/remove-invitation-policy-user-attribution`
   *
   * @param requestBody - Request body of `removePolicyUserAttribution`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removePolicyUserAttribution(requestBody: RemoveInvitationPolicyUserAttributionDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch delete invitation policy user attribution
   *
   * HTTP: `POST /api/v3/remove-invitation-policy-user-attributions-batch`
   *
   * @param requestBody - Request body of `removePolicyUserAttributionsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removePolicyUserAttributionsBatch(requestBody: RemoveInvitationPolicyUserAttributionsBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete a post
   *
   * HTTP: `POST /api/v3/remove-post`
   *
   * @param requestBody - Request body of `removePost`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removePost(requestBody: RemovePostDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete row relation data
   *
   * HTTP: `POST /api/v3/metadata/remove-row-relation`
   *
   * @param requestBody - Request body of `removeRelationValue`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeRelationValue(requestBody: RemoveRelationValueDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Delete row
   *
   * HTTP: `POST /api/v3/metadata/remove-row`
   *
   * @param requestBody - Request body of `removeRow`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeRow(requestBody: RemoveRowDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove members from a tenant department
   *
   * HTTP: `POST /api/v3/remove-tenant-department-members`
   *
   * @param requestBody - Request body of `removeTenantDepartmentMembers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeTenantDepartmentMembers(requestBody: RemoveTenantDepartmentMembersReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove tenant members in bulk
   *
   * HTTP: `POST /api/v3/remove-tenant-users`
   *
   * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeTenantUsers(requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove the main-department setting of an invitation policy's user attribution
   *
   * HTTP: `POST /api/v3/remove-invitation-policy-user-attribution-main-department`
   *
   * @param requestBody - Request body of `removeUserAttributionMainDepartment`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeUserAttributionMainDepartment(requestBody: RemoveInvitationPolicyUserAttributionMainDepartmentDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete user real-name authentication information
   *
   * HTTP: `POST /api/v3/reset-user-principal-authentication-info`
   *
   * @param requestBody - Request body of `resetUserPrincipalAuthenticationInfo`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resetUserPrincipalAuthenticationInfo(requestBody: ResetUserPrincipalAuthenticationInfoDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Resign public accounts in bulk
   *
   * HTTP: `POST /api/v3/resign-public-account-batch`
   *
   * @param requestBody - Request body of `resignUserBatch` and `resignPublicAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resignPublicAccountBatch(requestBody: ResignUserBatchReqDto, options?: RequestOptions): Promise<ResignUserRespDto>;
  /**
   * User Resignation
   *
   * HTTP: `POST /api/v3/resign-user`
   *
   * @param requestBody - Request body of `resignUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resignUser(requestBody: ResignUserReqDto, options?: RequestOptions): Promise<ResignUserRespDto>;
  /**
   * Batch User Resignation
   *
   * HTTP: `POST /api/v3/resign-user-batch`
   *
   * @param requestBody - Request body of `resignUserBatch` and `resignPublicAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resignUserBatch(requestBody: ResignUserBatchReqDto, options?: RequestOptions): Promise<ResignUserRespDto>;
  /**
   * Re-upload Pipeline function
   *
   * HTTP: `POST /api/v3/reupload-pipeline-function`
   *
   * @param requestBody - Request body of `reuploadPipelineFunction`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated GenAuth no longer recommends this operation.
   */
  reuploadPipelineFunction(requestBody: ReUploadPipelineFunctionDto, options?: RequestOptions): Promise<PipelineFunctionSingleRespDto>;
  /**
   * Revoke invitation
   *
   * HTTP: `POST /api/v3/revert-roster-invitation`
   *
   * @param requestBody - Request body of `revertRosterInvitation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revertRosterInvitation(requestBody: RevertRosterInvitationDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Revoke invitation
   *
   * HTTP: `POST /api/v3/revert-roster-invitation-batch`
   *
   * @param requestBody - Request body of `revertRosterInvitationBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revertRosterInvitationBatch(requestBody: RevertRosterInvitationBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Review a tenant enterprise certification
   *
   * HTTP: `POST /api/v3/review-tenant-enterprise-certification`
   *
   * @param requestBody - Request body of `reviewTenantEnterpriseCertification`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  reviewTenantEnterpriseCertification(requestBody: ReviewTenantEnterpriseCertificationBodyDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete application access authorization records
   *
   * HTTP: `POST /api/v3/revoke-application-access`
   *
   * @param requestBody - Request body of `revokeApplicationAccess`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revokeApplicationAccess(requestBody: RevokeApplicationAccessDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete data policy authorization
   *
   * HTTP: `POST /api/v3/revoke-data-policy`
   *
   * @param requestBody - Request body of `revokeDataPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revokeDataPolicy(requestBody: DeleteAuthorizeDataPolicyDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Revoke assigned role
   *
   * HTTP: `POST /api/v3/revoke-role`
   *
   * @param requestBody - Request body of `revokeRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revokeRole(requestBody: RevokeRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch revoke assigned roles
   *
   * HTTP: `POST /api/v3/revoke-role-batch`
   *
   * @param requestBody - Request body of `revokeRoleBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revokeRoleBatch(requestBody: RevokeRoleBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Save device exclusion scope configuration
   *
   * The official method name says little about what it does: it saves device-mutual-exclusion valid-scope settings.
   *
   * HTTP: `POST /api/v3/save-device-exclusive-valid-scope-settings`
   *
   * @param requestBody - Request body of `saveInvitationPolicies`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  saveInvitationPolicies(requestBody: SaveDeviceExclusiveValidScopeSettingsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Initialise or restart the LDAP server
   *
   * HTTP: `POST /api/v3/enable-ldap-server`
   *
   * @param requestBody - Request body of `saveLdapConfigInfo`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  saveLdapConfigInfo(requestBody: LdapSaveDto, options?: RequestOptions): Promise<LdapOperateRespDto>;
  /**
   * Search Department Members
   *
   * HTTP: `GET /api/v3/search-department-members`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  searchDepartmentMembers(
    {
      organizationCode,
      departmentId,
      keywords,
      page,
      limit,
      departmentIdType,
      includeChildrenDepartments,
      withCustomData,
      withIdentities,
      withDepartmentIds,
      tenantId,
    }: {
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
  ): Promise<UserPaginatedRespDto>;
  /**
   * Search Departments
   *
   * HTTP: `POST /api/v3/search-departments`
   *
   * @param requestBody - Request body of `searchDepartments`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated GenAuth no longer recommends this operation.
   */
  searchDepartments(requestBody: SearchDepartmentsReqDto, options?: RequestOptions): Promise<DepartmentListRespDto>;
  /**
   * Search departments (list variant)
   *
   * HTTP: `POST /api/v3/search-departments-list`
   *
   * @param requestBody - Request body of `searchDepartmentsList`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  searchDepartmentsList(requestBody: SearchDepartmentsListReqDto, options?: RequestOptions): Promise<DepartmentListRespDto>;
  /**
   * Search Organizations
   *
   * HTTP: `GET /api/v3/search-organizations`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  searchOrganizations(
    {
      keywords,
      page,
      limit,
      withCustomData,
      tenantId,
    }: {
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
  ): Promise<OrganizationPaginatedRespDto>;
  /**
   * Notify imported tenant users by email (batch)
   *
   * The official SDK types the answer as `SendEmailBatchDataDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `POST /api/v3/send-email-batch`
   *
   * @param requestBody - Request body of `sendEmailBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendEmailBatch(requestBody: SendManyTenantEmailDto, options?: RequestOptions): Promise<SendEmailBatchDataDto>;
  /**
   * Send tenant-member invitation emails
   *
   * HTTP: `POST /api/v3/send-invite-tenant-user-email`
   *
   * @param requestBody - Request body of `sendInviteTenantUserEmail`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendInviteTenantUserEmail(requestBody: SendInviteTenantUserEmailDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Send invitation by invitation roster
   *
   * HTTP: `POST /api/v3/send-roster-invitation`
   *
   * @param requestBody - Request body of `sendRosterInvitation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendRosterInvitation(requestBody: SendRosterInvitationDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Batch send invitations
   *
   * HTTP: `POST /api/v3/send-roster-invitation-batch`
   *
   * @param requestBody - Request body of `sendRosterInvitationBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendRosterInvitationBatch(requestBody: SendRosterInvitationBatchDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Notify imported tenant users by SMS (batch)
   *
   * HTTP: `POST /api/v3/send-sms-batch`
   *
   * @param requestBody - Request body of `sendSmsBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendSmsBatch(requestBody: SendManyTenantSmsDto, options?: RequestOptions): Promise<SendSmsBatchRespDto>;
  /**
   * Set custom field value
   *
   * HTTP: `POST /api/v3/set-custom-data`
   *
   * @param requestBody - Request body of `setCustomData`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setCustomData(requestBody: SetCustomDataReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Create/modify custom field definition
   *
   * HTTP: `POST /api/v3/set-custom-fields`
   *
   * @param requestBody - Request body of `setCustomFields`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setCustomFields(requestBody: SetCustomFieldsReqDto, options?: RequestOptions): Promise<CustomFieldListRespDto>;
  /**
   * Set the departments of a public account
   *
   * HTTP: `POST /api/v3/set-public-account-of-departments`
   *
   * @param requestBody - Request body of `setUserDepartments` and `setPublicAccountOfDepartments`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setPublicAccountOfDepartments(requestBody: SetUserDepartmentsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Set the post of a public account
   *
   * The method keeps the official SDK's spelling (`Ofn`), so that migrated code finds it.
   *
   * HTTP: `POST /api/v3/set-public-account-of-post`
   *
   * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setPublicAccountOfnPost(requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Set tenant administrators
   *
   * HTTP: `POST /api/v3/set-tenant-admin`
   *
   * @param requestBody - Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setTenantAdmin(requestBody: RemoveTenantUsersDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Set the main department of an invitation policy's user attribution
   *
   * HTTP: `POST /api/v3/set-invitation-policy-user-attribution-main-department`
   *
   * @param requestBody - Request body of `setUserAttributionMainDepartment`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setUserAttributionMainDepartment(requestBody: SetInvitationPolicyUserAttributionMainDepartmentDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Modify user built-in field configuration
   *
   * HTTP: `POST /api/v3/set-user-base-fields`
   *
   * @param requestBody - Request body of `setUserBaseFields`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setUserBaseFields(requestBody: SetUserBaseFieldsReqDto, options?: RequestOptions): Promise<CustomFieldListRespDto>;
  /**
   * Set User Departments
   *
   * HTTP: `POST /api/v3/set-user-departments`
   *
   * @param requestBody - Request body of `setUserDepartments` and `setPublicAccountOfDepartments`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setUserDepartments(requestBody: SetUserDepartmentsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * User binds batch public accounts
   *
   * HTTP: `POST /api/v3/set-user-of-public-accounts`
   *
   * @param requestBody - Request body of `setuserOfPublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setuserOfPublicAccount(requestBody: SetUserOfPublicAccountBatchReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Set a user's posts (replaces the whole set)
   *
   * HTTP: `POST /api/v3/set-user-posts`
   *
   * @param requestBody - Request body of `setUserPosts`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setUserPosts(requestBody: SetUserPostsDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Set user MFA status
   *
   * HTTP: `POST /api/v3/set-mfa-status`
   *
   * @param requestBody - Request body of `setUsersMfaStatus`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setUsersMfaStatus(requestBody: SetMfaStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Suspend device (user details page)
   *
   * HTTP: `POST /api/v3/suspend-device-by-user`
   *
   * @param requestBody - Request body of `suspendDevice`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  suspendDevice(requestBody: SuspendTerminalUserDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Execute sync risk operations
   *
   * HTTP: `POST /api/v3/trigger-sync-risk-operations`
   *
   * @param requestBody - Request body of `triggerSyncRiskOperations`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  triggerSyncRiskOperations(requestBody: TriggerSyncRiskOperationDto, options?: RequestOptions): Promise<TriggerSyncRiskOperationsRespDto>;
  /**
   * Run a sync task
   *
   * HTTP: `POST /api/v3/trigger-sync-task`
   *
   * @param requestBody - Request body of `triggerSyncTask`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  triggerSyncTask(requestBody: TriggerSyncTaskDto, options?: RequestOptions): Promise<TriggerSyncTaskRespDto>;
  /**
   * Manually trigger Webhook execution
   *
   * HTTP: `POST /api/v3/trigger-webhook`
   *
   * @param requestBody - Request body of `triggerWebhook`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  triggerWebhook(requestBody: TriggerWebhookDto, options?: RequestOptions): Promise<TriggerWebhookRespDto>;
  /**
   * Unassign ASA account
   *
   * HTTP: `POST /api/v3/unassign-asa-account`
   *
   * @param requestBody - Request body of `assignAsaAccount` and `unassignAsaAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unassignAsaAccount(requestBody: AssignAsaAccountsDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Unbind a public account from a post
   *
   * HTTP: `POST /api/v3/unbind-public-account-of-post`
   *
   * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unbindPublicAccountOfPost(requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Public account unbinds user
   *
   * HTTP: `POST /api/v3/unbind-public-account-of-user`
   *
   * @param requestBody - Request body of `unbindUsersPublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unbindUsersPublicAccount(requestBody: UnbindPublicAccountBatchReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Unbind all identity information of user under identity source
   *
   * HTTP: `POST /api/v3/unlink-identity`
   *
   * @param requestBody - Request body of `unlinkIdentity`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unlinkIdentity(requestBody: UnlinkIdentity, options?: RequestOptions): Promise<UnlinkIdentityResDto>;
  /**
   * Update an admin AccessKey
   *
   * HTTP: `POST /api/v3/update-access-key`
   *
   * @param requestBody - Request body of `updateAccessKey`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateAccessKey(requestBody: UpdateAccessKeyDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update application
   *
   * HTTP: `POST /api/v3/update-application`
   *
   * @param requestBody - Request body of `updateApplication`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateApplication(requestBody: UpdateApplicationDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Modify application MFA settings
   *
   * HTTP: `POST /api/v3/update-application-mfa-settings`
   *
   * @param requestBody - Request body of `updateApplicationMfaSettings`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateApplicationMfaSettings(requestBody: UpdateApplicationMfaSettingsDto, options?: RequestOptions): Promise<MFASettingsRespDto>;
  /**
   * Update application default access authorization policy
   *
   * HTTP: `POST /api/v3/update-application-permission-strategy`
   *
   * @param requestBody - Request body of `updateApplicationPermissionStrategy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateApplicationPermissionStrategy(requestBody: UpdateApplicationPermissionStrategyDataDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update ASA account
   *
   * HTTP: `POST /api/v3/update-asa-account`
   *
   * @param requestBody - Request body of `updateAsaAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateAsaAccount(requestBody: UpdateAsaAccountDto, options?: RequestOptions): Promise<AsaAccountSingleRespDto>;
  /**
   * Update data policy
   *
   * HTTP: `POST /api/v3/update-data-policy`
   *
   * @param requestBody - Request body of `updateDataPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateDataPolicy(requestBody: UpdateDataPolicyDto, options?: RequestOptions): Promise<UpdateDataPolicyResponseDto>;
  /**
   * Update data resource
   *
   * HTTP: `POST /api/v3/update-data-resource`
   *
   * @param requestBody - Request body of `updateDataResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateDataResource(requestBody: UpdateDataResourceDto, options?: RequestOptions): Promise<UpdateDataResourceResponseDto>;
  /**
   * Update Department
   *
   * HTTP: `POST /api/v3/update-department`
   *
   * @param requestBody - Request body of `updateDepartment`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateDepartment(requestBody: UpdateDepartmentReqDto, options?: RequestOptions): Promise<DepartmentSingleRespDto>;
  /**
   * Update extension fields for tree type resource
   *
   * HTTP: `POST /api/v3/update-dnef`
   *
   * @param requestBody - Request body of `updateDnef`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateDnef(requestBody: UpdateDnefReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update email template
   *
   * HTTP: `POST /api/v3/update-email-template`
   *
   * @param requestBody - Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateEmailTemplate(requestBody: UpdateEmailTemplateDto, options?: RequestOptions): Promise<EmailTemplateSingleItemRespDto>;
  /**
   * Update identity source configuration
   *
   * HTTP: `POST /api/v3/update-ext-idp`
   *
   * @param requestBody - Request body of `updateExtIdp`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateExtIdp(requestBody: UpdateExtIdpDto, options?: RequestOptions): Promise<ExtIdpSingleRespDto>;
  /**
   * Update identity source connection
   *
   * HTTP: `POST /api/v3/update-ext-idp-conn`
   *
   * @param requestBody - Request body of `updateExtIdpConn`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateExtIdpConn(requestBody: UpdateExtIdpConnDto, options?: RequestOptions): Promise<ExtIdpConnDetailSingleRespDto>;
  /**
   * Update field for data object
   *
   * HTTP: `POST /api/v3/metadata/update-field`
   *
   * @param requestBody - Request body of `updateField`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateField(requestBody: UpdateFunctionModelFieldDto, options?: RequestOptions): Promise<FunctionModelFieldResDto>;
  /**
   * Modify global MFA settings
   *
   * HTTP: `POST /api/v3/update-global-mfa-settings`
   *
   * @param requestBody - Request body of `updateGlobalMfaSettings`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateGlobalMfaSettings(requestBody: MFASettingsDto, options?: RequestOptions): Promise<MFASettingsRespDto>;
  /**
   * Update group
   *
   * HTTP: `POST /api/v3/update-group`
   *
   * @param requestBody - Request body of `updateGroup`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateGroup(requestBody: UpdateGroupReqDto, options?: RequestOptions): Promise<GroupSingleRespDto>;
  /**
   * Update invitation policy
   *
   * HTTP: `POST /api/v3/update-invitation-policy`
   *
   * @param requestBody - Request body of `updateInvitationPolicy`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateInvitationPolicy(requestBody: UpdateInvitationPolicyDto, options?: RequestOptions): Promise<GetInvitationPolicyRespDto>;
  /**
   * Update invitation roster
   *
   * HTTP: `POST /api/v3/update-invitation-roster`
   *
   * @param requestBody - Request body of `updateInvitationRoster`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateInvitationRoster(requestBody: UpdateInvitationRosterDto, options?: RequestOptions): Promise<InvitationRosterSingleRespDto>;
  /**
   * Update the invitation policy email template
   *
   * HTTP: `POST /api/v3/update-invitation-policy-email-template`
   *
   * @param requestBody - Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateInviteEmailTemplate(requestBody: UpdateEmailTemplateDto, options?: RequestOptions): Promise<GetEmailTemplateRespDto>;
  /**
   * Update the LDAP server configuration
   *
   * HTTP: `POST /api/v3/update-ldap-server-config`
   *
   * @param requestBody - Request body of `updateLdapConfigInfo`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateLdapConfigInfo(requestBody: LdapUpdateDto, options?: RequestOptions): Promise<LdapOperateRespDto>;
  /**
   * Update login page configuration
   *
   * HTTP: `POST /api/v3/update-login-page-config`
   *
   * @param requestBody - Request body of `updateLoginPageConfig`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateLoginPageConfig(requestBody: UpdateLoginConfigDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update data object
   *
   * HTTP: `POST /api/v3/metadata/update-model`
   *
   * @param requestBody - Request body of `updateModel`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateModel(requestBody: UpdateFunctionModelDto, options?: RequestOptions): Promise<FunctionModelResDto>;
  /**
   * Update permission group information
   *
   * HTTP: `POST /api/v3/update-namespace`
   *
   * @param requestBody - Request body of `updateNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateNamespace(requestBody: UpdateNamespaceDto, options?: RequestOptions): Promise<UpdateNamespaceRespDto>;
  /**
   * Update department status (enable or disable)
   *
   * The official SDK types the answer as `Node` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
   *
   * HTTP: `POST /api/v3/update-department-status`
   *
   * @param requestBody - Request body of `updateNodeStatus`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateNodeStatus(requestBody: UpdateDepartmentStatusReqDto, options?: RequestOptions): Promise<Node>;
  /**
   * Update operation management
   *
   * HTTP: `POST /api/v3/metadata/update-operate`
   *
   * @param requestBody - Request body of `updateOperate`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateOperate(requestBody: UpdateOperateModelDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Update Organization
   *
   * HTTP: `POST /api/v3/update-organization`
   *
   * @param requestBody - Request body of `updateOrganization`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateOrganization(requestBody: UpdateOrganizationReqDto, options?: RequestOptions): Promise<OrganizationSingleRespDto>;
  /**
   * Update organization status
   *
   * HTTP: `POST /api/v3/update-organization-status`
   *
   * @param requestBody - Request body of `updateOrganizationStatus`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateOrganizationStatus(requestBody: UpdateOrganizationStatusReqDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update permission namespace
   *
   * HTTP: `POST /api/v3/update-permission-namespace`
   *
   * @param requestBody - Request body of `updatePermissionNamespace`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePermissionNamespace(requestBody: UpdatePermissionNamespaceDto, options?: RequestOptions): Promise<UpdatePermissionNamespaceResponseDto>;
  /**
   * Update Pipeline function
   *
   * HTTP: `POST /api/v3/update-pipeline-function`
   *
   * @param requestBody - Request body of `updatePipelineFunction`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePipelineFunction(requestBody: UpdatePipelineFunctionDto, options?: RequestOptions): Promise<PipelineFunctionSingleRespDto>;
  /**
   * Update Pipeline function order
   *
   * HTTP: `POST /api/v3/update-pipeline-order`
   *
   * @param requestBody - Request body of `updatePipelineOrder`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePipelineOrder(requestBody: UpdatePipelineOrderDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Update post information
   *
   * HTTP: `POST /api/v3/update-post`
   *
   * @param requestBody - Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePost(requestBody: CreatePostDto, options?: RequestOptions): Promise<CreatePostRespDto>;
  /**
   * Update public account information
   *
   * HTTP: `POST /api/v3/update-public-account`
   *
   * @param requestBody - Request body of `updatePublicAccount`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePublicAccount(requestBody: UpdatePublicAccountReqDto, options?: RequestOptions): Promise<PublicAccountSingleRespDto>;
  /**
   * Batch update public account information
   *
   * HTTP: `POST /api/v3/update-public-account-batch`
   *
   * @param requestBody - Request body of `updatePublicAccountBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePublicAccountBatch(requestBody: UpdatePublicAccountBatchReqDto, options?: RequestOptions): Promise<PublicAccountListRespDto>;
  /**
   * Update policy process configuration supplementary information
   *
   * HTTP: `POST /api/v3/update-invitation-policy-extends-fields`
   *
   * @param requestBody - Request body of `updateRegisterExtendsFields`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateRegisterExtendsFields(requestBody: PolicyExtendsFieldsDto, options?: RequestOptions): Promise<GetExtendsFieldsRespDto>;
  /**
   * Update resource
   *
   * HTTP: `POST /api/v3/update-resource`
   *
   * @param requestBody - Request body of `updateResource`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateResource(requestBody: UpdateResourceDto, options?: RequestOptions): Promise<ResourceRespDto>;
  /**
   * Update role
   *
   * HTTP: `POST /api/v3/update-role`
   *
   * @param requestBody - Request body of `updateRole`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateRole(requestBody: UpdateRoleDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update row
   *
   * HTTP: `POST /api/v3/metadata/update-row`
   *
   * @param requestBody - Request body of `updateRow`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateRow(requestBody: UpdateRowDto, options?: RequestOptions): Promise<FunctionModelValueResDto>;
  /**
   * Update device exclusion rule configuration
   *
   * HTTP: `POST /api/v3/update-device-exclusive-rule-settings`
   *
   * @param requestBody - Request body of `updateRuleSettings`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateRuleSettings(requestBody: UpdateDeviceExclusiveRuleDto, options?: RequestOptions): Promise<GetDeviceExclusiveRuleRespDto>;
  /**
   * Modify security settings
   *
   * HTTP: `POST /api/v3/update-security-settings`
   *
   * @param requestBody - Request body of `updateSecuritySettings`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateSecuritySettings(requestBody: UpdateSecuritySettingsDto, options?: RequestOptions): Promise<SecuritySettingsRespDto>;
  /**
   * Update a sync task
   *
   * HTTP: `POST /api/v3/update-sync-task`
   *
   * @param requestBody - Request body of `updateSyncTask`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateSyncTask(requestBody: UpdateSyncTaskDto, options?: RequestOptions): Promise<SyncTaskPaginatedRespDto>;
  /**
   * Update tenant data
   *
   * HTTP: `POST /api/v3/update-tenant`
   *
   * @param requestBody - Request body of `updateTenant`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateTenant(requestBody: UpdateTenantDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update a tenant enterprise certification
   *
   * HTTP: `POST /api/v3/update-tenant-enterprise-certification`
   *
   * @param requestBody - Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateTenantEnterpriseCertification(requestBody: CreateTenantEnterpriseCertificationBodyDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update the QR-code login state of the tenant console
   *
   * HTTP: `POST /api/v3/update-userpool-tenant-appqrcode-state`
   *
   * @param requestBody - Request body of `updateTenantQrCodeState`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateTenantQrCodeState(requestBody: UpdateTenantAppqrcodeState, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update a tenant member
   *
   * HTTP: `POST /api/v3/update-tenant-user`
   *
   * @param requestBody - Request body of `updateTenantUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateTenantUser(requestBody: UpdateTenantUserDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update universal invitation configuration
   *
   * HTTP: `POST /api/v3/update-universal-invitation-settings`
   *
   * @param requestBody - Request body of `updateUniversalInvitation`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateUniversalInvitation(requestBody: UpdateUniversalInvitationDto, options?: RequestOptions): Promise<GetUniversalInvitationRespDto>;
  /**
   * Update user profile
   *
   * HTTP: `POST /api/v3/update-user`
   *
   * @param requestBody - Request body of `updateUser`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateUser(requestBody: UpdateUserReqDto, options?: RequestOptions): Promise<UserSingleRespDto>;
  /**
   * Batch update user profile
   *
   * HTTP: `POST /api/v3/update-user-batch`
   *
   * @param requestBody - Request body of `updateUserBatch`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateUserBatch(requestBody: UpdateUserBatchReqDto, options?: RequestOptions): Promise<UserListRespDto>;
  /**
   * Update the user pool's multi-tenant configuration
   *
   * HTTP: `POST /api/v3/update-userpool-tenant-config`
   *
   * @param requestBody - Request body of `updateUserPoolTenantConfig`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateUserPoolTenantConfig(requestBody: UpdateUserPoolTenantLoginConfigDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Update Webhook configuration
   *
   * HTTP: `POST /api/v3/update-webhook`
   *
   * @param requestBody - Request body of `updateWebhook`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateWebhook(requestBody: UpdateWebhookDto, options?: RequestOptions): Promise<UpdateWebhooksRespDto>;
  /**
   * Upload file for importing roster invitees
   *
   * The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
   * Like the official method, it sends only the `private` flag and no file.
   *
   * HTTP: `POST /api/v3/invitation-invitee/upload`
   *
   * @param _private - The `_private` argument of the official method. Sent as the query parameter `private`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  upload(_private: boolean, options?: RequestOptions): Promise<GetImportExportTemplateRespDto>;
  /**
   * Associate a user with a post
   *
   * HTTP: `POST /api/v3/user-connection-post`
   *
   * @param requestBody - Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  userConnectionPost(requestBody: UserConnectionPostDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * User field decryption
   *
   * HTTP: `POST /api/v3/users/field/decrypt`
   *
   * @param requestBody - Request body of `userFieldDecrypt`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  userFieldDecrypt(requestBody: UserFieldDecryptReqDto, options?: RequestOptions): Promise<UserFieldDecryptRespDto>;
  /**
   * Get the user pool's multi-tenant configuration
   *
   * The method keeps the official SDK's spelling (`userpoll`), so that migrated code finds it.
   *
   * HTTP: `GET /api/v3/userpool-tenant-config`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  userpollTenantConfig(options?: RequestOptions): Promise<UserPoolTenantConfigDtoRespDto>;
  /**
   * Push custom event
   *
   * The official method name says little about what it does: it publishes a custom event (POST /api/v3/pub-event, the endpoint pub() also uses).
   *
   * HTTP: `POST /api/v3/pub-event`
   *
   * @param requestBody - Request body of `verifyEvent` and `pubUserEvent`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyEvent(requestBody: PubEventDto, options?: RequestOptions): Promise<PubEventRespDto>;
}
