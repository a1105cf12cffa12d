// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
import type * as Schemas from "@genauth/types/management";

export type {
  ActionAuth,
  AddGroupMembersReqDto,
  AddInvitationPolicyUserAttributionsBatchDto,
  AddTenantUsersDto,
  AdminAuditLogRespData,
  AdminAuditLogRespDto,
  AliExmailEmailProviderConfig,
  AliExmailEmailProviderConfigInput,
  Any,
  AppListRespDto,
  ApplicationEnabledExtIdpConnInputDto,
  ApplicationLoginConfigDto,
  ApplicationLoginConfigInputDto,
  ApplicationMfaDto,
  ApplicationPaginatedDataDto,
  ApplicationPaginatedRespDto,
  ApplicationPermissionApplyApprovalObject,
  ApplicationSimpleInfoPaginatedDataDto,
  ApplicationSimpleInfoPaginatedRespDto,
  ApplicationSimpleInfoSingleRespDto,
  ApplicationSingleRespDto,
  ApplicationTabMethodsSortConfigDto,
  ApprovalBatchProcessReq,
  ApprovalDetailRes,
  ApprovalListRes,
  ApprovalPageList,
  ApprovalProcessReq,
  ApprovalUniversalInvitationApplicantDto,
  ArchivedUsersListPagingDto,
  ArrResourceAuthAction,
  ArrayAuthorize,
  AsaAccountDto,
  AsaAccountListRespDto,
  AsaAccountPaginatedDataDto,
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
  AuthorizedResourcePagingDto,
  BatchBindPolicy,
  BatchCreateDnefReq,
  BatchUnbindPolicy,
  CancelSyncRiskOperationDto,
  CancelSyncRiskOperationsDataDto,
  CancelSyncRiskOperationsRespDto,
  CasIdPConfig,
  CellDto,
  ChangeEmailStrategyDto,
  ChangeExtIdpAssociationStateDto,
  ChangeExtIdpConnStateDto,
  ChangePhoneStrategyDto,
  ChangeUserPoolTenantExtIdpConnDto,
  CheckDomainAvailable,
  CheckDomainAvailableDataDto,
  CheckDomainAvailableSecretRespDto,
  CheckExternalUserPermissionDataDto,
  CheckExternalUserPermissionDto,
  CheckExternalUserPermissionRespDto,
  CheckExternalUserPermissionsRespDto,
  CheckParamsDataPolicyRespDto,
  CheckParamsDataPolicyResponseDto,
  CheckParamsDataResourceRespDto,
  CheckParamsDataResourceResponseDto,
  CheckPermissionDataDto,
  CheckPermissionDto,
  CheckPermissionNamespaceExistsDto,
  CheckPermissionNamespaceExistsRespDto,
  CheckPermissionRespDto,
  CheckPermissionsRespDto,
  CheckRoleMutualExclusionReqDto,
  CheckRoleMutualExclusionRespDto,
  CheckRoleMutualExclusionResultDto,
  CheckRoleParamsDto,
  CheckRoleParamsRespDto,
  CheckSessionStatusDataDto,
  CheckSessionStatusDto,
  CheckSessionStatusRespDto,
  CheckUserSameLevelPermissionDataDto,
  CheckUserSameLevelPermissionDto,
  CheckUserSameLevelPermissionRespDto,
  CheckUserSameLevelPermissionResponseDto,
  CommonResourcePaginatedRespDto,
  CommonResourcePagingDto,
  CommonResponseDto,
  CommonUserDto,
  Condition,
  Config,
  CookieSettingsDto,
  CopyInvitationPolicyDto,
  CopyRowRelationDto,
  CostCurrentPackageInfo,
  CostGetAllRightItemRespDto,
  CostGetCurrentPackageRespDto,
  CostGetCurrentUsageRespDto,
  CostGetMauPeriodUsageHistoryRespDto,
  CostGetOrderDetailRespDto,
  CostGetOrderPayDetail,
  CostGetOrderPayDetailRespDto,
  CostGetOrdersRespDto,
  CreateAccessKeyDto,
  CreateAccessKeyRespDto,
  CreateAccessKeyResponseDto,
  CreateAdminRoleDto,
  CreateApplicationRespDto,
  CreateArrayDataResourceDto,
  CreateArrayDataResourceResponseDto,
  CreateAsaAccountDto,
  CreateAsaAccountsBatchDto,
  CreateAsaAccountsBatchItemDto,
  CreateAuthorizeDataPolicyDto,
  CreateDataPolicyDto,
  CreateDataPolicyRespDto,
  CreateDataPolicyResponseDto,
  CreateDataResourceResponseDto,
  CreateDepartmentTreeReqDto,
  CreateDepartmentTreeRespDto,
  CreateEventAppDto,
  CreateGroupBatchReqDto,
  CreateGroupReqDto,
  CreateInvitationRosterDto,
  CreateMultipleTenantAdminDto,
  CreateNamespaceDto,
  CreateNamespacesBatchDto,
  CreateNamespacesBatchItemDto,
  CreateOperateModelDto,
  CreateOrUpdateGroupDataDto,
  CreateOrUpdateGroupReqDto,
  CreateOrUpdateGroupRespDto,
  CreateOrganizationReqDto,
  CreatePermissionNamespaceDto,
  CreatePermissionNamespaceRespDto,
  CreatePermissionNamespaceResponseDto,
  CreatePermissionNamespacesBatchDto,
  CreatePermissionNamespacesBatchItemDto,
  CreatePostDto,
  CreatePostRespDto,
  CreatePublicAccountBatchReqDto,
  CreatePublicAccountFromUserDto,
  CreatePublicAccountOtpDto,
  CreateRelationValueDto,
  CreateResourcesBatchDto,
  CreateRoleDto,
  CreateRolesBatch,
  CreateRowDto,
  CreateStringDataResourceDto,
  CreateStringDataResourceResponseDto,
  CreateTenantCooperatorDto,
  CreateTenantDto,
  CreateTenantEnterpriseCertificationBodyDto,
  CreateTenantRespDto,
  CreateTreeDataResourceDto,
  CreateTreeDataResourceResponseDto,
  CreateUEBADto,
  CreateUEBARespDto,
  CreateUserBatchReqDto,
  CreateUserOtpDto,
  CreateWebhookRespDto,
  CurrentUsageDto,
  CurrentUsageRespDto,
  CustomFieldI18n,
  CustomFieldListRespDto,
  CustomFieldSelectOption,
  DataPoliciesPaginatedRespDto,
  DataPoliciesSimplePaginatedRespDto,
  DataResourceSimpleRespDto,
  DataResourceTreeStructs,
  DataResourcesPaginatedRespDto,
  DefineEventDto,
  DeleteAccessKeyDto,
  DeleteAdminRoleDto,
  DeleteApplicationDto,
  DeleteAsaAccountBatchDto,
  DeleteAsaAccountDto,
  DeleteCommonResourcesBatchDto,
  DeleteCustomFieldsReqDto,
  DeleteDataPolicyDto,
  DeleteDataResourceDto,
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
  DeleteUsersBatchDto,
  DeleteWebhookDto,
  DepartmentDto,
  DepartmentI18nDto,
  DepartmentListRespDto,
  DepartmentPaginatedRespDto,
  DepartmentPagingDto,
  DepartmentSingleRespDto,
  DeviceExclusiveValidScopeAppDataDto,
  DeviceRuleDto,
  DeviceStatusRespDto,
  DnefPaginatedRespDto,
  DropDownItemDto,
  EmailProviderRespDto,
  EmailTemplateCategoryDto,
  EmailTemplateSingleItemRespDto,
  ErrMsgI18nDto,
  EventAppDto,
  EventAppPaginatedRespDto,
  EventAppPagingDto,
  Expand,
  ExportMetadataDto,
  ExportModelDto,
  ExportUsersDto,
  ExtIdpConnDetailSingleRespDto,
  ExtIdpDetail,
  ExtIdpDetailSingleRespDto,
  ExtIdpDto,
  ExtIdpListPaginatedRespDto,
  ExtIdpListPagingDto,
  ExtIdpSingleRespDto,
  ExtraParams,
  FilterDto,
  FunctionFieldListResDto,
  FunctionModelFieldDto,
  FunctionModelFieldIdDto,
  FunctionModelFieldResDto,
  FunctionModelIdDto,
  FunctionModelListDto,
  FunctionModelOperateIdDto,
  FunctionModelResDto,
  FunctionModelValueListDto,
  FunctionModelValueListResDto,
  FunctionModelValueResDto,
  GenAuthEnvelope,
  GenAuthErrorEnvelope,
  GenerateInvitationLinkDto,
  GenerateInvitationLinkRespDto,
  GenerateInviteTenantUserLink,
  GeoIp,
  GeoIpLocation,
  GetAccessKeyRespDto,
  GetAccessKeyResponseDto,
  GetAdminAuditLogsDto,
  GetAllRowByScrollidDto,
  GetAllRowByScrollidResDto,
  GetAllRowDto,
  GetAllRowVyScrollidDto,
  GetApplicationPermissionStrategyRespDto,
  GetApplicationSecretDataDto,
  GetApplicationSecretRespDto,
  GetAsaAccountAssignedTargetDataDto,
  GetAsaAccountAssignedTargetRespDto,
  GetAsaAccountBatchDto,
  GetCustomDataRespDto,
  GetDataPolicyRespDto,
  GetDataPolicyResponseDto,
  GetDataResourceResponseDto,
  GetDepartmentByIdReqDto,
  GetDeviceExclusiveRuleRespDto,
  GetDeviceExclusiveValidScopeAppRespDto,
  GetDeviceExclusiveValidScopeDataDto,
  GetDeviceExclusiveValidScopeRespDto,
  GetDeviceExclusiveWhiteListRespDto,
  GetEmailTemplateRespDto,
  GetEmailTemplatesDataDto,
  GetEmailTemplatesRespDto,
  GetExtendsFieldsDto,
  GetExtendsFieldsRespDto,
  GetExternalUserResourceStructDto,
  GetExternalUserResourceStructRespDto,
  GetImportExportTemplateRespDto,
  GetImportInviteeRespDto,
  GetImportTemplateResDto,
  GetInvitationPolicyDto,
  GetInvitationPolicyRespDto,
  GetMapInfoRespDto,
  GetMfaInfoDataDto,
  GetOrdersRes,
  GetOtpSecretRespDto,
  GetPermissionNamespaceListResponseDto,
  GetPermissionNamespaceRespDto,
  GetPermissionNamespaceResponseDto,
  GetPostByIdListDto,
  GetRelationInfoDto,
  GetResourceAuthorizedTargetDataDto,
  GetResourceAuthorizedTargetRespDto,
  GetRowBatchDto,
  GetSubjectAuthRespDto,
  GetTenantUserDto,
  GetUniversalInvitationDto,
  GetUniversalInvitationRespDto,
  GetUserActionLogsDto,
  GetUserEncryptPasswordBatchDataDto,
  GetUserEncryptPasswordBatchDto,
  GetUserEncryptPasswordBatchRespDto,
  GetUserPasswordCiphertextDataDto,
  GetUserPasswordCiphertextRespDto,
  GetUserPermissionListDataDto,
  GetUserPermissionListDto,
  GetUserPermissionListRespDto,
  GetUserResourcePermissionList,
  GetUserResourcePermissionListDataDto,
  GetUserResourcePermissionListDto,
  GetUserResourcePermissionListRespDto,
  GetUserResourceStructDto,
  GetUserResourceStructRespDto,
  GetWebhookRespDto,
  GetWebhooksData,
  GetWebhooksRespDto,
  GetWechatAccessTokenDataDto,
  GetWechatAccessTokenDto,
  GetWechatAccessTokenInfoRespDto,
  GoodsPackageDto,
  GroupBo,
  GroupDto,
  GroupListRespDto,
  GroupPaginatedRespDto,
  GroupPagingDto,
  GroupSingleRespDto,
  HasAnyRoleDto,
  HasAnyRoleReqDto,
  HasAnyRoleRespDto,
  HasRoleRolesDto,
  IPRuleDto,
  ISsoPageCustomizationSettingsDto,
  IdentityListRespDto,
  ImportExportTemplateRespDto,
  ImportInviteeDto,
  ImportMetadataDto,
  ImportModelDto,
  ImportOtpItemDataDto,
  ImportOtpItemDto,
  ImportOtpReqDto,
  ImportTenantDataDto,
  ImportTenantDto,
  ImportTenantHistoryDataDto,
  ImportTenantHistoryRespDto,
  ImportTenantNotifyUseDataDto,
  ImportTenantNotifyUserRespDto,
  ImportTenantRespDto,
  ImportUsersDto,
  InvitationConfigDto,
  InvitationDepartmentRespDto,
  InvitationPostRespDto,
  InvitationRosterPaginationDto,
  InvitationRosterPaginationRespDto,
  InvitationRosterSingleRespDto,
  InvitationUserPaginationDto,
  InvitationUserPaginationRespDto,
  InviteTenantUserRecord,
  InviteTenantUserRecordListDto,
  InviteTenantUserRecordListRespDto,
  InviteTenantUsersDto,
  InviteTenantUsersRespDto,
  IpListCreateDto,
  IpListPaginatedRespDto,
  IpListPagingDto,
  IpListRespDto,
  IsActionAllowedDataDto,
  IsActionAllowedDto,
  IsActionAllowedRespDtp,
  IsSuccessDto,
  IsSuccessRespDto,
  IsUserExistsDto,
  IsUserExistsReqDto,
  IsUserExistsRespDto,
  IsUserInDepartmentDataDto,
  IsUserInDepartmentRespDto,
  KickPublicAccountsDto,
  KickUsersDto,
  LangObject,
  LangUnit,
  LanguageCoinfigDto,
  LanguageCoinfigGlobalDto,
  LastExecuteStatus,
  LdapConfigInfoDto,
  LdapConfigInfoRespDto,
  LdapGetBindPwdRespDto,
  LdapLogDto,
  LdapLogRespDto,
  LdapOperateRespDto,
  LdapSaveDto,
  LdapSetEnabledFlagDto,
  LdapUpdateDto,
  LinkIdentityDataDto,
  LinkIdentityDto,
  LinkIdentityResDto,
  ListAccessKeyRespDto,
  ListAccessKeyResponseDto,
  ListApplicationActiveUsersDto,
  ListApplicationActiveUsersOptionsDto,
  ListApplicationAuthPaginatedDataDto,
  ListApplicationAuthPaginatedRespDto,
  ListApplicationSubjectDataListDto,
  ListApplicationSubjectRespDto,
  ListArchivedUsersRespDto,
  ListArchivedUsersSingleRespDto,
  ListCistomFieldsResDto,
  ListCustomFieldsDto,
  ListDataPoliciesPaginatedRespDto,
  ListDataPoliciesRespDto,
  ListDataPolicySubjectPageDto,
  ListDataPolicySubjectPaginatedRespDto,
  ListDataResourcesPaginatedRespDto,
  ListDnefPaginatedRespDto,
  ListInvitationRosterByPolicyIdDto,
  ListInvitationRosterDto,
  ListInvitationUserDto,
  ListPermissionViewDto,
  ListPermissionViewPaginatedRespDto,
  ListPermissionViewRespDto,
  ListPermissionViewResponseDto,
  ListPostBatchDto,
  ListPublicAccountsOptionsDto,
  ListPublicAccountsRequestDto,
  ListResourceTargetsDataDto,
  ListResourceTargetsDto,
  ListResourceTargetsDtoResp,
  ListResourceTargetsRespDto,
  ListSimpleDataPoliciesPaginatedRespDto,
  ListSimpleDataPoliciesRespDto,
  ListTenantAdminDto,
  ListTenantUserDto,
  ListTenantUsersOptionsDto,
  ListUsersOptionsDto,
  ListUsersRequestDto,
  ListWebhookLogs,
  ListWebhookLogsData,
  ListWebhookLogsRespDto,
  ListWebhooksDto,
  LoginFailCheckConfigDto,
  LoginIpWhitelistCheckConfigDto,
  LoginPassowrdFailCheckConfigDto,
  MFADisableSettingsDto,
  MFASettingsDto,
  MFASettingsRespDto,
  MauPeriodUsageHistory,
  MauPeriodUsageHistoryDto,
  MetadataGroupDto,
  MetadataListResDto,
  MultipleTenantAdminDto,
  MultipleTenantAdminListPagingDto,
  MultipleTenantAdminPaginatedRespDto,
  NamespaceDto,
  NamespaceListPaginatedRespDto,
  NamespaceListPagingDto,
  NamespaceListRespDto,
  NamespaceRespDto,
  NamespaceRolesListPaginatedRespDto,
  NamespaceRolesListRespDto,
  NamespacesListRespDto,
  Node,
  NodeBo,
  OIDCConfig,
  OauthIdpConfig,
  OpenEventDto,
  OpenEventPaginatedRespDto,
  OpenEventPagingDto,
  OperateModelDto,
  Option,
  OrderItem,
  OrganizationDto,
  OrganizationListRespDto,
  OrganizationNameI18nDto,
  OrganizationPaginatedRespDto,
  OrganizationPagingDto,
  OrganizationSingleRespDto,
  OtpSecretRespDto,
  PaginationDto,
  PaginationInvitationPolicyDataDto,
  PaginationInvitationPolicyQueryDto,
  PaginationInvitationPolicyRespDto,
  PaginationUniversalInvitationApplicantDataDto,
  PaginationUniversalInvitationApplicantQueryDto,
  PaginationUniversalInvitationApplicantRespDto,
  ParsedUserAgent,
  PermissionNamespaceCheckExistsRespDto,
  PermissionNamespaceListPaginatedRespDto,
  PermissionNamespaceListPagingDto,
  PermissionNamespaceRolesListPaginatedRespDto,
  PermissionNamespaceRolesListPagingDto,
  PermissionNamespaceRolesListRespDto,
  PermissionNamespacesListRespDto,
  PipelineFunctionPaginatedRespDto,
  PipelineFunctionPagingDto,
  PipelineFunctionSingleRespDto,
  PolicyBo,
  PolicyExtendsFieldsDto,
  PostDto,
  PostInfoDto,
  PostItemDto,
  PostListRespDto,
  PostPaginatedRespDto,
  PostPagingDto,
  PostRespDto,
  PreviewEmailTemplateDataDto,
  PreviewEmailTemplateRespDto,
  PrincipalAuthenticationInfoDto,
  PrincipalAuthenticationInfoPaginatedRespDto,
  PrincipalAuthenticationInfoPagingDto,
  PubEventDto,
  PubEventRespDataDto,
  PubEventRespDto,
  PublicAccountListRespDto,
  PublicAccountPaginatedRespDto,
  PublicAccountPagingDto,
  PublicAccountSingleRespDto,
  QrcodeLoginStrategyDto,
  QueryTerminalAppsDto,
  QuickFilterInvitationUserDto,
  QuickFilterInviteePaginationDto,
  QuickFilterInviteePaginationRespDto,
  ReUploadPipelineFunctionDto,
  RefreshApplicationSecretDataDto,
  RefreshApplicationSecretDto,
  RefreshApplicationSecretRespDto,
  RegisterAnomalyDetectionConfigDto,
  RelationOptionalRange,
  RelationSearchDto,
  RelationValueListDto,
  RelationValueListResDto,
  RemoveGroupMembersReqDto,
  RemoveInvitationPolicyUserAttributionMainDepartmentDto,
  RemoveInvitationPolicyUserAttributionsBatchDto,
  RemovePostDto,
  RemoveRelationValueDto,
  RemoveRowDto,
  RemoveTenantUsersDto,
  ResGroupDto,
  ResetUserPrincipalAuthenticationInfoDto,
  ResignUserDataDto,
  ResignUserRespDto,
  ResourceAction,
  ResourceListRespDto,
  ResourcePaginatedRespDto,
  ResourcePagingDto,
  ResourceRespDto,
  Result,
  RevertRosterInvitationBatchDto,
  RevertRosterInvitationDto,
  RevokeApplicationAccessDto,
  RevokeRoleBatchDto,
  RevokeRoleDto,
  RightItemDto,
  RightItemRes,
  RiskListItemDto,
  RiskListPolicyPagingDto,
  RoleAuthorizedResourcePaginatedRespDto,
  RoleAuthorizedResourcePagingDto,
  RoleBo,
  RoleCheckParamsRespDto,
  RoleCodeAndNamespaceDto,
  RoleCodeDto,
  RoleDepartmentListPaginatedRespDto,
  RoleDepartmentListPagingDto,
  RoleDepartmentRespDto,
  RoleDto,
  RoleListItem,
  RoleListPageDto,
  RoleListPageRespDto,
  RolePaginatedRespDto,
  RolePagingDto,
  RolePermissionApplyApprovalObject,
  RolePermissionListDto,
  RoleSingleRespDto,
  RowDto,
  SMTPEmailProviderConfig,
  SMTPEmailProviderConfigInput,
  SamlIdpConfig,
  SaveDeviceExclusiveValidScopeSettingsDto,
  ScopeDto,
  SearchDepartmentsReqDto,
  SecuritySettingsDto,
  SecuritySettingsRespDto,
  SendCreateAccountNotificationDto,
  SendEmailBatchDataDto,
  SendGridEmailProviderConfig,
  SendGridEmailProviderConfigInput,
  SendInviteTenantUserEmailDto,
  SendManyTenantEmailDto,
  SendManyTenantSmsDto,
  SendResetPasswordNotificationDto,
  SendRosterInvitationBatchDto,
  SendRosterInvitationDto,
  SendSmsBatchDataDto,
  SendSmsBatchRespDto,
  SendTenantEmailDto,
  SendTenantSmsDto,
  SetCustomDataDto,
  SetCustomFieldsReqDto,
  SetInvitationPolicyUserAttributionMainDepartmentDto,
  SetPublicAccountBatchReqDto,
  SetUserBaseFieldDto,
  SetUserBaseFieldsReqDto,
  SetUserDepartmentDto,
  SetUserDepartmentsDto,
  SetUserGroupsDto,
  SetUserOfPublicAccountBatchReqDto,
  SetUserPostsDto,
  SetUserRolesDto,
  StrAuthorize,
  StrResourceAuthAction,
  SuspendTerminalUserDto,
  SyncJobPaginatedRespDto,
  SyncJobPagingDto,
  SyncJobSingleRespDto,
  SyncRelationListRespDto,
  SyncRiskOperationPaginatedRespDto,
  SyncRiskOperationPagingDto,
  SyncTaskActiveDirectoryClientConfig,
  SyncTaskClientConfig,
  SyncTaskDingtalkClientConfig,
  SyncTaskFieldMapping,
  SyncTaskFxiaokeClientConfig,
  SyncTaskItalentClientConfig,
  SyncTaskKayangClientConfig,
  SyncTaskLarkClientConfig,
  SyncTaskLdapClientConfig,
  SyncTaskMaycurClientConfig,
  SyncTaskMokaClientConfig,
  SyncTaskPaginatedRespDto,
  SyncTaskPagingDto,
  SyncTaskProvisioningScope,
  SyncTaskScimClientConfig,
  SyncTaskSingleRespDto,
  SyncTaskWechatworkClientConfig,
  SyncTaskXiaoshouyiClientConfig,
  TabConfigDto,
  TenantApplicationDto,
  TenantApplicationListPaginatedRespDto,
  TenantApplicationListPagingDto,
  TenantCooperatorDto,
  TenantCooperatorListPagingDto,
  TenantCooperatorPaginatedRespDto,
  TenantCooperatorSingleDto,
  TenantCooperatorSingleRespDto,
  TenantDto,
  TenantListPaginatedRespDto,
  TenantListPagingDto,
  TenantRespDto,
  TenantSingleRespDto,
  TenantUserListPaginatedRespDto,
  TenantUserListPagingDto,
  TenantUserRespDto,
  TenantUserSingleRespDto,
  TencentExmailEmailProviderConfig,
  TencentExmailEmailProviderConfigInput,
  TerminalBaseDto,
  TerminalInfoDto,
  TerminalInfoRespDto,
  TreeAuthBo,
  TreeAuthorize,
  TreeResourceAuthAction,
  TreeStructs,
  TriggerSyncRiskOperationDto,
  TriggerSyncRiskOperationsDataDto,
  TriggerSyncRiskOperationsRespDto,
  TriggerSyncTaskDataDto,
  TriggerSyncTaskDto,
  TriggerSyncTaskRespDto,
  TriggerWebhookData,
  TriggerWebhookDto,
  TriggerWebhookRespDto,
  UnbindPublicAccountBatchReqDto,
  UnlinkIdentity,
  UnlinkIdentityDataDto,
  UnlinkIdentityResDto,
  UpdateAccessKeyDto,
  UpdateApplicationLoginConfigInputDto,
  UpdateApplicationMfaSettingsDto,
  UpdateAsaAccountDto,
  UpdateAuthEnabledDto,
  UpdateDataPolicyDto,
  UpdateDataPolicyRespDto,
  UpdateDataPolicyResponseDto,
  UpdateDataResourceDto,
  UpdateDataResourceResponseDto,
  UpdateDepartmentStatusReqDto,
  UpdateDnefReq,
  UpdateExtIdpConnDto,
  UpdateExtIdpDto,
  UpdateFunctionModelFieldDto,
  UpdateGroupReqDto,
  UpdateInvitationRosterDto,
  UpdateLoginConfig,
  UpdateLoginConfigDto,
  UpdateNamespaceDto,
  UpdateNamespaceRespDto,
  UpdateOperateModelDto,
  UpdateOrganizationReqDto,
  UpdateOrganizationStatusReqDto,
  UpdatePermissionNamespaceDto,
  UpdatePermissionNamespaceRespDto,
  UpdatePermissionNamespaceResponseDto,
  UpdatePipelineFunctionDto,
  UpdatePublicAccountBatchReqDto,
  UpdateRoleDto,
  UpdateRowDto,
  UpdateSecuritySettingsDto,
  UpdateTenantAppqrcodeState,
  UpdateTenantDto,
  UpdateTenantUserDto,
  UpdateTerminalUserDto,
  UpdateUniversalInvitationDto,
  UpdateUserBatchReqDto,
  UpdateUserPoolTenantLoginConfigDto,
  UpdateWebhooksRespDto,
  User,
  UserActionLogRespData,
  UserActionLogRespDto,
  UserAttributionMainDepartmentDto,
  UserAttributionMainDepartmentRespDto,
  UserAttributionPaginationDto,
  UserAttributionPaginationRespDto,
  UserAttributionSingleRespDto,
  UserConnectionPostDto,
  UserDepartmentPaginatedRespDto,
  UserDepartmentPagingDto,
  UserDepartmentRespDto,
  UserFieldDecryptReqDto,
  UserFieldDecryptReqItemDto,
  UserFieldDecryptRespDto,
  UserFieldDecryptRespItemDto,
  UserIdListRespDto,
  UserListCreateDto,
  UserListPaginatedRespDto,
  UserListPagingDto,
  UserListPolicyPaginatedRespDto,
  UserListRespDto,
  UserLoggedInAppsDto,
  UserLoggedInAppsListRespDto,
  UserLoggedInIdentitiesDto,
  UserLoggedInIdentitiesRespDto,
  UserLoginHistoryDto,
  UserLoginHistoryPaginatedRespDto,
  UserLoginHistoryPagingDto,
  UserMfaRespDto,
  UserMfaSingleRespDto,
  UserPaginatedRespDto,
  UserPagingDto,
  UserPermissionListDto,
  UserPoolTenantConfigDtoRespDto,
  UserSingleRespDto,
  UserSyncRelationDto,
  WebhookCategoryDto,
  WebhookEventDto,
  WebhookEventListData,
  WebhookEventListRespDto,
  WebhookLogDto,
  WhitelistListRespDto,
  WhitelistRespDto,
  errorEmailMsg,
} from "@genauth/types/management";

/**
 * Request body of `addDepartmentMembers`.
 */
export type AddDepartmentMembersReqDto = Schemas.AddDepartmentMembersReqDto;
/** Run-time enums of {@link AddDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export const AddDepartmentMembersReqDto = {
  /** The values of `AddDepartmentMembersReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link AddDepartmentMembersReqDto}'s enum properties: one of each property's values. */
export namespace AddDepartmentMembersReqDto {
  /** One of the values of `AddDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof AddDepartmentMembersReqDto.departmentIdType)[keyof typeof AddDepartmentMembersReqDto.departmentIdType];
}

/**
 * Request body of `addPolicyUserAttribution`.
 */
export type AddInvitationPolicyUserAttributionDto = Schemas.AddInvitationPolicyUserAttributionDto;
/** Run-time enums of {@link AddInvitationPolicyUserAttributionDto}'s properties, named as in the official SDK. */
export const AddInvitationPolicyUserAttributionDto = {
  /** The values of `AddInvitationPolicyUserAttributionDto.targetType`, by member name. */
  targetType: {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  },
} as const;
/** The types of {@link AddInvitationPolicyUserAttributionDto}'s enum properties: one of each property's values. */
export namespace AddInvitationPolicyUserAttributionDto {
  /** One of the values of `AddInvitationPolicyUserAttributionDto.targetType`. */
  export type targetType = (typeof AddInvitationPolicyUserAttributionDto.targetType)[keyof typeof AddInvitationPolicyUserAttributionDto.targetType];
}

/**
 * Request body of `addTenantDepartmentMembers`.
 */
export type AddTenantDepartmentMembersReqDto = Schemas.AddTenantDepartmentMembersReqDto;
/** Run-time enums of {@link AddTenantDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export const AddTenantDepartmentMembersReqDto = {
  /** The values of `AddTenantDepartmentMembersReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link AddTenantDepartmentMembersReqDto}'s enum properties: one of each property's values. */
export namespace AddTenantDepartmentMembersReqDto {
  /** One of the values of `AddTenantDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof AddTenantDepartmentMembersReqDto.departmentIdType)[keyof typeof AddTenantDepartmentMembersReqDto.departmentIdType];
}

/**
 * Request body of `addWhitelist`.
 */
export type AddWhitelistDto = Schemas.AddWhitelistDto;
/** Run-time enums of {@link AddWhitelistDto}'s properties, named as in the official SDK. */
export const AddWhitelistDto = {
  /** The values of `AddWhitelistDto.type`, by member name. */
  type: {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  },
} as const;
/** The types of {@link AddWhitelistDto}'s enum properties: one of each property's values. */
export namespace AddWhitelistDto {
  /** One of the values of `AddWhitelistDto.type`. */
  export type type = (typeof AddWhitelistDto.type)[keyof typeof AddWhitelistDto.type];
}

/**
 * Request body of `addWhitelistOfApp`.
 */
export type AddWhitelistOfAppDto = Schemas.AddWhitelistOfAppDto;
/** Run-time enums of {@link AddWhitelistOfAppDto}'s properties, named as in the official SDK. */
export const AddWhitelistOfAppDto = {
  /** The values of `AddWhitelistOfAppDto.type`, by member name. */
  type: {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  },
} as const;
/** The types of {@link AddWhitelistOfAppDto}'s enum properties: one of each property's values. */
export namespace AddWhitelistOfAppDto {
  /** One of the values of `AddWhitelistOfAppDto.type`. */
  export type type = (typeof AddWhitelistOfAppDto.type)[keyof typeof AddWhitelistOfAppDto.type];
}

/**
 * Part of `AdminAuditLogRespData.list`.
 */
export type AdminAuditLogDto = Schemas.AdminAuditLogDto;
/** Run-time enums of {@link AdminAuditLogDto}'s properties, named as in the official SDK. */
export const AdminAuditLogDto = {
  /** The values of `AdminAuditLogDto.operationType`, by member name. */
  operationType: {
    ALL: "all",
    CREATE: "create",
    DELETE: "delete",
    IMPORT: "import",
    EXPORT: "export",
    UPDATE: "update",
    REFRESH: "refresh",
    SYNC: "sync",
    INVITE: "invite",
    RESIGN: "resign",
    RECOVER: "recover",
    DISABLE: "disable",
    ENABLE: "enable",
    ACTIVATE: "activate",
    DEACTIVATE: "deactivate",
    ADD: "add",
    REMOVE: "remove",
    QUERY: "query",
    SEND_INVITATION: "sendInvitation",
    REVERT_INVITATION: "revertInvitation",
    APPROVAL: "approval",
    REJECT: "reject",
  },
  /** The values of `AdminAuditLogDto.resourceType`, by member name. */
  resourceType: {
    ALL: "all",
    USER: "user",
    USERPOOL: "userpool",
    TENANT: "tenant",
    USER_LOGIN_STATE: "userLoginState",
    USER_ACCOUNT_STATE: "userAccountState",
    USER_GROUP: "userGroup",
    FIELD_ENCRYPT_STATE: "fieldEncryptState",
    SYNC_TASK: "syncTask",
    SOCIAL_CONNECTION: "socialConnection",
    ENTERPRISE_CONNECTION: "enterpriseConnection",
    CUSTOM_DATABASE: "customDatabase",
    ORG: "org",
    COOPERATOR: "cooperator",
    APPLICATION: "application",
    RESOURCE_NAMESPACE: "resourceNamespace",
    RESOURCE: "resource",
    ROLE: "role",
    ROLE_ASSIGN: "roleAssign",
    POLICY: "policy",
    CUSTOM_DOMAIN: "customDomain",
    PERMIT_SPACE: "permitSpace",
    GENERAL_RESOURCE: "generalResource",
    GENERAL_RESOURCE_AUTHORIZATION: "generalResourceAuthorization",
    ROLE_SUBJECT: "roleSubject",
    SUBJECT_OF_ROLE: "subjectOfRole",
    DATA_RESOURCE: "dataResource",
    DATA_POLICY: "dataPolicy",
    AUTHORIZATION: "authorization",
    USER_AUTHORIZATION: "userAuthorization",
    ADMIN_PERMISSION_ROLE: "adminPermissionRole",
    ADMIN_PERMISSION_ADMIN: "adminPermissionAdmin",
    ADMIN_PERMISSION_POLICY: "adminPermissionPolicy",
    UNIVERSAL_INVITATION: "universalInvitation",
    POLICY_INVITATION: "policyInvitation",
    INVITATION_ROSTER: "invitationRoster",
    INVITATION_USER: "invitationUser",
    INVITATION_POLICY: "invitationPolicy",
    APPLICANT: "applicant",
  },
} as const;
/** The types of {@link AdminAuditLogDto}'s enum properties: one of each property's values. */
export namespace AdminAuditLogDto {
  /** One of the values of `AdminAuditLogDto.operationType`. */
  export type operationType = (typeof AdminAuditLogDto.operationType)[keyof typeof AdminAuditLogDto.operationType];
  /** One of the values of `AdminAuditLogDto.resourceType`. */
  export type resourceType = (typeof AdminAuditLogDto.resourceType)[keyof typeof AdminAuditLogDto.resourceType];
}

/**
 * Part of `AppListRespDto.data`.
 */
export type AppDto = Schemas.AppDto;
/** Run-time enums of {@link AppDto}'s properties, named as in the official SDK. */
export const AppDto = {
  /** The values of `AppDto.appDefaultLoginStrategy`, by member name. */
  appDefaultLoginStrategy: {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  },
} as const;
/** The types of {@link AppDto}'s enum properties: one of each property's values. */
export namespace AppDto {
  /** One of the values of `AppDto.appDefaultLoginStrategy`. */
  export type appDefaultLoginStrategy = (typeof AppDto.appDefaultLoginStrategy)[keyof typeof AppDto.appDefaultLoginStrategy];
}

/**
 * Part of `ExtendsFieldDto.validateRules` and `UpdateExtendsFieldDto.validateRules`.
 */
export type AppValidateRuleDto = Schemas.AppValidateRuleDto;
/** Run-time enums of {@link AppValidateRuleDto}'s properties, named as in the official SDK. */
export const AppValidateRuleDto = {
  /** The values of `AppValidateRuleDto.type`, by member name. */
  type: {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  },
  /** The values of `AppValidateRuleDto.content`, by member name. */
  content: {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  },
} as const;
/** The types of {@link AppValidateRuleDto}'s enum properties: one of each property's values. */
export namespace AppValidateRuleDto {
  /** One of the values of `AppValidateRuleDto.type`. */
  export type type = (typeof AppValidateRuleDto.type)[keyof typeof AppValidateRuleDto.type];
  /** One of the values of `AppValidateRuleDto.content`. */
  export type content = (typeof AppValidateRuleDto.content)[keyof typeof AppValidateRuleDto.content];
}

/**
 * Part of `ApplicationBrandingConfig.agreements`.
 */
export type ApplicationAgreementDto = Schemas.ApplicationAgreementDto;
/** Run-time enums of {@link ApplicationAgreementDto}'s properties, named as in the official SDK. */
export const ApplicationAgreementDto = {
  /** The values of `ApplicationAgreementDto.lang`, by member name. */
  lang: {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  },
} as const;
/** The types of {@link ApplicationAgreementDto}'s enum properties: one of each property's values. */
export namespace ApplicationAgreementDto {
  /** One of the values of `ApplicationAgreementDto.lang`. */
  export type lang = (typeof ApplicationAgreementDto.lang)[keyof typeof ApplicationAgreementDto.lang];
}

/**
 * Part of `ApplicationDto.brandingConfig` and `CreateApplicationRespDataDto.brandingConfig`.
 */
export type ApplicationBrandingConfig = Schemas.ApplicationBrandingConfig;
/** Run-time enums of {@link ApplicationBrandingConfig}'s properties, named as in the official SDK. */
export const ApplicationBrandingConfig = {
  /** The values of `ApplicationBrandingConfig.guardVersion`, by member name. */
  guardVersion: {
    ADVANCED: "Advanced",
    CLASSICAL: "Classical",
  },
  /** The values of `ApplicationBrandingConfig.defaultLanguage`, by member name. */
  defaultLanguage: {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  },
} as const;
/** The types of {@link ApplicationBrandingConfig}'s enum properties: one of each property's values. */
export namespace ApplicationBrandingConfig {
  /** One of the values of `ApplicationBrandingConfig.guardVersion`. */
  export type guardVersion = (typeof ApplicationBrandingConfig.guardVersion)[keyof typeof ApplicationBrandingConfig.guardVersion];
  /** One of the values of `ApplicationBrandingConfig.defaultLanguage`. */
  export type defaultLanguage = (typeof ApplicationBrandingConfig.defaultLanguage)[keyof typeof ApplicationBrandingConfig.defaultLanguage];
}

/**
 * Part of `CreateApplicationDto.brandingConfig` and `UpdateApplicationDto.brandingConfig`.
 */
export type ApplicationBrandingConfigInputDto = Schemas.ApplicationBrandingConfigInputDto;
/** Run-time enums of {@link ApplicationBrandingConfigInputDto}'s properties, named as in the official SDK. */
export const ApplicationBrandingConfigInputDto = {
  /** The values of `ApplicationBrandingConfigInputDto.guardVersion`, by member name. */
  guardVersion: {
    ADVANCED: "Advanced",
    CLASSICAL: "Classical",
  },
  /** The values of `ApplicationBrandingConfigInputDto.defaultLanguage`, by member name. */
  defaultLanguage: {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  },
} as const;
/** The types of {@link ApplicationBrandingConfigInputDto}'s enum properties: one of each property's values. */
export namespace ApplicationBrandingConfigInputDto {
  /** One of the values of `ApplicationBrandingConfigInputDto.guardVersion`. */
  export type guardVersion = (typeof ApplicationBrandingConfigInputDto.guardVersion)[keyof typeof ApplicationBrandingConfigInputDto.guardVersion];
  /** One of the values of `ApplicationBrandingConfigInputDto.defaultLanguage`. */
  export type defaultLanguage = (typeof ApplicationBrandingConfigInputDto.defaultLanguage)[keyof typeof ApplicationBrandingConfigInputDto.defaultLanguage];
}

/**
 * Part of `ApplicationLoginConfigDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethod = Schemas.ApplicationDefaultLoginMethod;
/** Run-time enums of {@link ApplicationDefaultLoginMethod}'s properties, named as in the official SDK. */
export const ApplicationDefaultLoginMethod = {
  /** The values of `ApplicationDefaultLoginMethod.connectionType`, by member name. */
  connectionType: {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
    QRCODE: "QRCODE",
    LDAP: "LDAP",
    AD: "AD",
  },
  /** The values of `ApplicationDefaultLoginMethod.qrcodeType`, by member name. */
  qrcodeType: {
    SELF_BUILT_APP: "SELF_BUILT_APP",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
    WECHAT_MINI_PROGRAM: "WECHAT_MINI_PROGRAM",
  },
} as const;
/** The types of {@link ApplicationDefaultLoginMethod}'s enum properties: one of each property's values. */
export namespace ApplicationDefaultLoginMethod {
  /** One of the values of `ApplicationDefaultLoginMethod.connectionType`. */
  export type connectionType = (typeof ApplicationDefaultLoginMethod.connectionType)[keyof typeof ApplicationDefaultLoginMethod.connectionType];
  /** One of the values of `ApplicationDefaultLoginMethod.qrcodeType`. */
  export type qrcodeType = (typeof ApplicationDefaultLoginMethod.qrcodeType)[keyof typeof ApplicationDefaultLoginMethod.qrcodeType];
}

/**
 * Part of `ApplicationLoginConfigInputDto.defaultLoginMethod` and `UpdateApplicationLoginConfigInputDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethodInput = Schemas.ApplicationDefaultLoginMethodInput;
/** Run-time enums of {@link ApplicationDefaultLoginMethodInput}'s properties, named as in the official SDK. */
export const ApplicationDefaultLoginMethodInput = {
  /** The values of `ApplicationDefaultLoginMethodInput.connectionType`, by member name. */
  connectionType: {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
    QRCODE: "QRCODE",
    LDAP: "LDAP",
    AD: "AD",
  },
  /** The values of `ApplicationDefaultLoginMethodInput.qrcodeType`, by member name. */
  qrcodeType: {
    SELF_BUILT_APP: "SELF_BUILT_APP",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
    WECHAT_MINI_PROGRAM: "WECHAT_MINI_PROGRAM",
  },
} as const;
/** The types of {@link ApplicationDefaultLoginMethodInput}'s enum properties: one of each property's values. */
export namespace ApplicationDefaultLoginMethodInput {
  /** One of the values of `ApplicationDefaultLoginMethodInput.connectionType`. */
  export type connectionType = (typeof ApplicationDefaultLoginMethodInput.connectionType)[keyof typeof ApplicationDefaultLoginMethodInput.connectionType];
  /** One of the values of `ApplicationDefaultLoginMethodInput.qrcodeType`. */
  export type qrcodeType = (typeof ApplicationDefaultLoginMethodInput.qrcodeType)[keyof typeof ApplicationDefaultLoginMethodInput.qrcodeType];
}

/**
 * What `getVerifyConfigApp` answers.
 */
export type ApplicationDto = Schemas.ApplicationDto;
/** Run-time enums of {@link ApplicationDto}'s properties, named as in the official SDK. */
export const ApplicationDto = {
  /** The values of `ApplicationDto.appType`, by member name. */
  appType: {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  },
  /** The values of `ApplicationDto.defaultProtocol`, by member name. */
  defaultProtocol: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  },
} as const;
/** The types of {@link ApplicationDto}'s enum properties: one of each property's values. */
export namespace ApplicationDto {
  /** One of the values of `ApplicationDto.appType`. */
  export type appType = (typeof ApplicationDto.appType)[keyof typeof ApplicationDto.appType];
  /** One of the values of `ApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof ApplicationDto.defaultProtocol)[keyof typeof ApplicationDto.defaultProtocol];
}

/**
 * Part of `ApplicationLoginConfigDto.enabledExtIdpConns`.
 */
export type ApplicationEnabledExtIdpConnDto = Schemas.ApplicationEnabledExtIdpConnDto;
/** Run-time enums of {@link ApplicationEnabledExtIdpConnDto}'s properties, named as in the official SDK. */
export const ApplicationEnabledExtIdpConnDto = {
  /** The values of `ApplicationEnabledExtIdpConnDto.extIdpType`, by member name. */
  extIdpType: {
    OIDC: "oidc",
    OAUTH2: "oauth2",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    WECHAT: "wechat",
    GOOGLE: "google",
    QQ: "qq",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    WEIBO: "weibo",
    GITHUB: "github",
    ALIPAY: "alipay",
    APPLE: "apple",
    BAIDU: "baidu",
    LARK: "lark",
    GITLAB: "gitlab",
    TWITTER: "twitter",
    FACEBOOK: "facebook",
    SLACK: "slack",
    LINKEDIN: "linkedin",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    HUAWEI: "huawei",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    OPPO: "oppo",
    AWS: "aws",
    AMAZON: "amazon",
    DOUYIN: "douyin",
    KUAISHOU: "kuaishou",
    LINE: "line",
    SDBZ: "sdbz",
    ZJZWFW: "zjzwfw",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
  /** The values of `ApplicationEnabledExtIdpConnDto.extIdpConnType`, by member name. */
  extIdpConnType: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    ALIPAY: "alipay",
    FACEBOOK: "facebook",
    FACEBOOK_MOBILE: "facebook:mobile",
    TWITTER: "twitter",
    GOOGLE_MOBILE: "google:mobile",
    GOOGLE: "google",
    WECHAT_PC: "wechat:pc",
    WECHAT_MOBILE: "wechat:mobile",
    WECHAT_WEBPAGE_AUTHORIZATION: "wechat:webpage-authorization",
    WECHATMP_QRCODE: "wechatmp-qrcode",
    WECHAT_MINIPROGRAM_DEFAULT: "wechat:miniprogram:default",
    WECHAT_MINIPROGRAM_QRCONNECT: "wechat:miniprogram:qrconnect",
    WECHAT_MINIPROGRAM_APP_LAUNCH: "wechat:miniprogram:app-launch",
    GITHUB: "github",
    GITHUB_MOBILE: "github:mobile",
    QQ: "qq",
    QQ_MOBILE: "qq:mobile",
    WECHATWORK_CORP_QRCONNECT: "wechatwork:corp:qrconnect",
    WECHATWORK_AGENCY_QRCONNECT: "wechatwork:agency:qrconnect",
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT: "wechatwork:service-provider:qrconnect",
    WECHATWORK_MOBILE: "wechatwork:mobile",
    WECHATWORK_AGENCY_MOBILE: "wechatwork:agency:mobile",
    DINGTALK: "dingtalk",
    DINGTALK_MOBILE: "dingtalk:mobile",
    DINGTALK_PROVIDER: "dingtalk:provider",
    WEIBO: "weibo",
    WEIBO_MOBILE: "weibo:mobile",
    APPLE: "apple",
    APPLE_WEB: "apple:web",
    BAIDU: "baidu",
    BAIDU_MOBILE: "baidu:mobile",
    LARK_INTERNAL: "lark-internal",
    LARK_PUBLIC: "lark-public",
    LARK_BLOCK: "lark-block",
    GITLAB: "gitlab",
    GITLAB_MOBILE: "gitlab:mobile",
    LINKEDIN: "linkedin",
    LINKEDIN_MOBILE: "linkedin:mobile",
    SLACK: "slack",
    SLACK_MOBILE: "slack:mobile",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    GITEE_MOBILE: "gitee:mobile",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    AD_KERBEROS: "ad-kerberos",
    HUAWEI: "huawei",
    HUAWEI_MOBILE: "huawei:mobile",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    XIAOMI_MOBILE: "xiaomi:mobile",
    AWS: "aws",
    AMAZON: "amazon",
    AMAZON_MOBILE: "amazon:mobile",
    DOUYIN_MOBILE: "douyin:mobile",
    DOUYIN_MINIPROGRAM_DEFAULT: "douyin:miniprogram:default",
    KUAISHOU_MOBILE: "kuaishou:mobile",
    LINE_MOBILE: "line:mobile",
    OPPO_MOBILE: "oppo:mobile",
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY: "wechatwork:qrconnect:of:authing:agency",
    SDBZ: "sdbz",
    ZJZWFW_QRCODE: "zjzwfw-qrcode",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
} as const;
/** The types of {@link ApplicationEnabledExtIdpConnDto}'s enum properties: one of each property's values. */
export namespace ApplicationEnabledExtIdpConnDto {
  /** One of the values of `ApplicationEnabledExtIdpConnDto.extIdpType`. */
  export type extIdpType = (typeof ApplicationEnabledExtIdpConnDto.extIdpType)[keyof typeof ApplicationEnabledExtIdpConnDto.extIdpType];
  /** One of the values of `ApplicationEnabledExtIdpConnDto.extIdpConnType`. */
  export type extIdpConnType = (typeof ApplicationEnabledExtIdpConnDto.extIdpConnType)[keyof typeof ApplicationEnabledExtIdpConnDto.extIdpConnType];
}

/**
 * Part of `AuthorizeApplicationAccessDto.list`.
 */
export type ApplicationPermissionRecordItem = Schemas.ApplicationPermissionRecordItem;
/** Run-time enums of {@link ApplicationPermissionRecordItem}'s properties, named as in the official SDK. */
export const ApplicationPermissionRecordItem = {
  /** The values of `ApplicationPermissionRecordItem.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
  },
  /** The values of `ApplicationPermissionRecordItem.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
} as const;
/** The types of {@link ApplicationPermissionRecordItem}'s enum properties: one of each property's values. */
export namespace ApplicationPermissionRecordItem {
  /** One of the values of `ApplicationPermissionRecordItem.targetType`. */
  export type targetType = (typeof ApplicationPermissionRecordItem.targetType)[keyof typeof ApplicationPermissionRecordItem.targetType];
  /** One of the values of `ApplicationPermissionRecordItem.effect`. */
  export type effect = (typeof ApplicationPermissionRecordItem.effect)[keyof typeof ApplicationPermissionRecordItem.effect];
}

/**
 * Part of `ApplicationDto.registerConfig` and `CreateApplicationRespDataDto.registerConfig`.
 */
export type ApplicationRegisterConfig = Schemas.ApplicationRegisterConfig;
/** Run-time enums of {@link ApplicationRegisterConfig}'s properties, named as in the official SDK. */
export const ApplicationRegisterConfig = {
  /** The values of `ApplicationRegisterConfig.defaultRegisterMethod`, by member name. */
  defaultRegisterMethod: {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
  },
} as const;
/** The types of {@link ApplicationRegisterConfig}'s enum properties: one of each property's values. */
export namespace ApplicationRegisterConfig {
  /** One of the values of `ApplicationRegisterConfig.defaultRegisterMethod`. */
  export type defaultRegisterMethod = (typeof ApplicationRegisterConfig.defaultRegisterMethod)[keyof typeof ApplicationRegisterConfig.defaultRegisterMethod];
}

/**
 * Part of `CreateApplicationDto.registerConfig` and `UpdateApplicationDto.registerConfig`.
 */
export type ApplicationRegisterConfigInputDto = Schemas.ApplicationRegisterConfigInputDto;
/** Run-time enums of {@link ApplicationRegisterConfigInputDto}'s properties, named as in the official SDK. */
export const ApplicationRegisterConfigInputDto = {
  /** The values of `ApplicationRegisterConfigInputDto.defaultRegisterMethod`, by member name. */
  defaultRegisterMethod: {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
  },
} as const;
/** The types of {@link ApplicationRegisterConfigInputDto}'s enum properties: one of each property's values. */
export namespace ApplicationRegisterConfigInputDto {
  /** One of the values of `ApplicationRegisterConfigInputDto.defaultRegisterMethod`. */
  export type defaultRegisterMethod =
    (typeof ApplicationRegisterConfigInputDto.defaultRegisterMethod)[keyof typeof ApplicationRegisterConfigInputDto.defaultRegisterMethod];
}

/**
 * Part of `ApplicationSimpleInfoPaginatedDataDto.list` and `ApplicationSimpleInfoSingleRespDto.data`.
 */
export type ApplicationSimpleInfoDto = Schemas.ApplicationSimpleInfoDto;
/** Run-time enums of {@link ApplicationSimpleInfoDto}'s properties, named as in the official SDK. */
export const ApplicationSimpleInfoDto = {
  /** The values of `ApplicationSimpleInfoDto.appType`, by member name. */
  appType: {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  },
} as const;
/** The types of {@link ApplicationSimpleInfoDto}'s enum properties: one of each property's values. */
export namespace ApplicationSimpleInfoDto {
  /** One of the values of `ApplicationSimpleInfoDto.appType`. */
  export type appType = (typeof ApplicationSimpleInfoDto.appType)[keyof typeof ApplicationSimpleInfoDto.appType];
}

/**
 * Part of `ApprovalDetailRes.data` and `ApprovalPageList.list`.
 */
export type ApprovalDetailDto = Schemas.ApprovalDetailDto;
/** Run-time enums of {@link ApprovalDetailDto}'s properties, named as in the official SDK. */
export const ApprovalDetailDto = {
  /** The values of `ApprovalDetailDto.status`, by member name. */
  status: {
    PENDING: "PENDING",
    AGREED: "AGREED",
    REFUSED: "REFUSED",
  },
  /** The values of `ApprovalDetailDto.objectType`, by member name. */
  objectType: {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  },
} as const;
/** The types of {@link ApprovalDetailDto}'s enum properties: one of each property's values. */
export namespace ApprovalDetailDto {
  /** One of the values of `ApprovalDetailDto.status`. */
  export type status = (typeof ApprovalDetailDto.status)[keyof typeof ApprovalDetailDto.status];
  /** One of the values of `ApprovalDetailDto.objectType`. */
  export type objectType = (typeof ApprovalDetailDto.objectType)[keyof typeof ApprovalDetailDto.objectType];
}

/**
 * Part of `GetAsaAccountAssignedTargetDataDto.list`.
 */
export type AsaAccountTargetDto = Schemas.AsaAccountTargetDto;
/** Run-time enums of {@link AsaAccountTargetDto}'s properties, named as in the official SDK. */
export const AsaAccountTargetDto = {
  /** The values of `AsaAccountTargetDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link AsaAccountTargetDto}'s enum properties: one of each property's values. */
export namespace AsaAccountTargetDto {
  /** One of the values of `AsaAccountTargetDto.targetType`. */
  export type targetType = (typeof AsaAccountTargetDto.targetType)[keyof typeof AsaAccountTargetDto.targetType];
}

/**
 * Part of `AssignAsaAccountsDto.targets`.
 */
export type AssignAsaAccountItem = Schemas.AssignAsaAccountItem;
/** Run-time enums of {@link AssignAsaAccountItem}'s properties, named as in the official SDK. */
export const AssignAsaAccountItem = {
  /** The values of `AssignAsaAccountItem.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link AssignAsaAccountItem}'s enum properties: one of each property's values. */
export namespace AssignAsaAccountItem {
  /** One of the values of `AssignAsaAccountItem.targetType`. */
  export type targetType = (typeof AssignAsaAccountItem.targetType)[keyof typeof AssignAsaAccountItem.targetType];
}

/**
 * Part of `CheckExternalUserPermissionDto.authEnvParams`, `CheckPermissionDto.authEnvParams` and `CheckUserSameLevelPermissionDto.authEnvParams`.
 */
export type AuthEnvParams = Schemas.AuthEnvParams;
/** Run-time enums of {@link AuthEnvParams}'s properties, named as in the official SDK. */
export const AuthEnvParams = {
  /** The values of `AuthEnvParams.deviceType`, by member name. */
  deviceType: {
    PC: "PC",
    MOBILE: "Mobile",
  },
  /** The values of `AuthEnvParams.systemType`, by member name. */
  systemType: {
    WINDOWS: "Windows",
    MAC_OS: "MacOS",
    ANDROID: "Android",
    I_OS: "iOS",
  },
  /** The values of `AuthEnvParams.browserType`, by member name. */
  browserType: {
    IE: "IE",
    CHROME: "Chrome",
    FIREFOX: "Firefox",
    SAFARI: "Safari",
    EDGE: "Edge",
    OPERA: "Opera",
    SAFE360: "Safe360",
    QQBROWSER: "QQBrowser",
  },
} as const;
/** The types of {@link AuthEnvParams}'s enum properties: one of each property's values. */
export namespace AuthEnvParams {
  /** One of the values of `AuthEnvParams.deviceType`. */
  export type deviceType = (typeof AuthEnvParams.deviceType)[keyof typeof AuthEnvParams.deviceType];
  /** One of the values of `AuthEnvParams.systemType`. */
  export type systemType = (typeof AuthEnvParams.systemType)[keyof typeof AuthEnvParams.systemType];
  /** One of the values of `AuthEnvParams.browserType`. */
  export type browserType = (typeof AuthEnvParams.browserType)[keyof typeof AuthEnvParams.browserType];
}

/**
 * Part of `AuthorizeResourcesDto.list`.
 */
export type AuthorizeResourceItem = Schemas.AuthorizeResourceItem;
/** Run-time enums of {@link AuthorizeResourceItem}'s properties, named as in the official SDK. */
export const AuthorizeResourceItem = {
  /** The values of `AuthorizeResourceItem.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link AuthorizeResourceItem}'s enum properties: one of each property's values. */
export namespace AuthorizeResourceItem {
  /** One of the values of `AuthorizeResourceItem.targetType`. */
  export type targetType = (typeof AuthorizeResourceItem.targetType)[keyof typeof AuthorizeResourceItem.targetType];
}

/**
 * Part of `AuthorizedResourceListRespDto.data` and `AuthorizedResourcePagingDto.list`.
 */
export type AuthorizedResourceDto = Schemas.AuthorizedResourceDto;
/** Run-time enums of {@link AuthorizedResourceDto}'s properties, named as in the official SDK. */
export const AuthorizedResourceDto = {
  /** The values of `AuthorizedResourceDto.resourceType`, by member name. */
  resourceType: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
  /** The values of `AuthorizedResourceDto.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
} as const;
/** The types of {@link AuthorizedResourceDto}'s enum properties: one of each property's values. */
export namespace AuthorizedResourceDto {
  /** One of the values of `AuthorizedResourceDto.resourceType`. */
  export type resourceType = (typeof AuthorizedResourceDto.resourceType)[keyof typeof AuthorizedResourceDto.resourceType];
  /** One of the values of `AuthorizedResourceDto.effect`. */
  export type effect = (typeof AuthorizedResourceDto.effect)[keyof typeof AuthorizedResourceDto.effect];
}

/**
 * Part of `CombineFiltersBaseDto.filters`.
 */
export type CombineFilterItemDto = Schemas.CombineFilterItemDto;
/** Run-time enums of {@link CombineFilterItemDto}'s properties, named as in the official SDK. */
export const CombineFilterItemDto = {
  /** The values of `CombineFilterItemDto.operator`, by member name. */
  operator: {
    EQUAL: "EQUAL",
    NOT_EQUAL: "NOT_EQUAL",
    CONTAINS: "CONTAINS",
    NOT_CONTAINS: "NOT_CONTAINS",
    IS_NULL: "IS_NULL",
    NOT_NULL: "NOT_NULL",
    IN: "IN",
    NOT_IN: "NOT_IN",
    GREATER: "GREATER",
    LESSER: "LESSER",
    BETWEEN: "BETWEEN",
  },
} as const;
/** The types of {@link CombineFilterItemDto}'s enum properties: one of each property's values. */
export namespace CombineFilterItemDto {
  /** One of the values of `CombineFilterItemDto.operator`. */
  export type operator = (typeof CombineFilterItemDto.operator)[keyof typeof CombineFilterItemDto.operator];
}

/**
 * Part of `ListInvitationRosterByPolicyIdDto.filter`, `ListInvitationRosterDto.filter` and `ListInvitationUserDto.filter` and others.
 */
export type CombineFiltersBaseDto = Schemas.CombineFiltersBaseDto;
/** Run-time enums of {@link CombineFiltersBaseDto}'s properties, named as in the official SDK. */
export const CombineFiltersBaseDto = {
  /** The values of `CombineFiltersBaseDto.type`, by member name. */
  type: {
    AND: "and",
    OR: "or",
  },
} as const;
/** The types of {@link CombineFiltersBaseDto}'s enum properties: one of each property's values. */
export namespace CombineFiltersBaseDto {
  /** One of the values of `CombineFiltersBaseDto.type`. */
  export type type = (typeof CombineFiltersBaseDto.type)[keyof typeof CombineFiltersBaseDto.type];
}

/**
 * Part of `CommonResourcePagingDto.list`.
 */
export type CommonResourceDto = Schemas.CommonResourceDto;
/** Run-time enums of {@link CommonResourceDto}'s properties, named as in the official SDK. */
export const CommonResourceDto = {
  /** The values of `CommonResourceDto.type`, by member name. */
  type: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link CommonResourceDto}'s enum properties: one of each property's values. */
export namespace CommonResourceDto {
  /** One of the values of `CommonResourceDto.type`. */
  export type type = (typeof CommonResourceDto.type)[keyof typeof CommonResourceDto.type];
}

/**
 * Request body of `configEmailProvider`.
 */
export type ConfigEmailProviderDto = Schemas.ConfigEmailProviderDto;
/** Run-time enums of {@link ConfigEmailProviderDto}'s properties, named as in the official SDK. */
export const ConfigEmailProviderDto = {
  /** The values of `ConfigEmailProviderDto.type`, by member name. */
  type: {
    ALI: "ali",
    QQ: "qq",
    SENDGRID: "sendgrid",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link ConfigEmailProviderDto}'s enum properties: one of each property's values. */
export namespace ConfigEmailProviderDto {
  /** One of the values of `ConfigEmailProviderDto.type`. */
  export type type = (typeof ConfigEmailProviderDto.type)[keyof typeof ConfigEmailProviderDto.type];
}

/**
 * Request body of `createApplication`.
 */
export type CreateApplicationDto = Schemas.CreateApplicationDto;
/** Run-time enums of {@link CreateApplicationDto}'s properties, named as in the official SDK. */
export const CreateApplicationDto = {
  /** The values of `CreateApplicationDto.appType`, by member name. */
  appType: {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  },
  /** The values of `CreateApplicationDto.defaultProtocol`, by member name. */
  defaultProtocol: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  },
} as const;
/** The types of {@link CreateApplicationDto}'s enum properties: one of each property's values. */
export namespace CreateApplicationDto {
  /** One of the values of `CreateApplicationDto.appType`. */
  export type appType = (typeof CreateApplicationDto.appType)[keyof typeof CreateApplicationDto.appType];
  /** One of the values of `CreateApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof CreateApplicationDto.defaultProtocol)[keyof typeof CreateApplicationDto.defaultProtocol];
}

/**
 * Part of `CreateApplicationRespDto.data`.
 */
export type CreateApplicationRespDataDto = Schemas.CreateApplicationRespDataDto;
/** Run-time enums of {@link CreateApplicationRespDataDto}'s properties, named as in the official SDK. */
export const CreateApplicationRespDataDto = {
  /** The values of `CreateApplicationRespDataDto.appType`, by member name. */
  appType: {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  },
  /** The values of `CreateApplicationRespDataDto.defaultProtocol`, by member name. */
  defaultProtocol: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  },
} as const;
/** The types of {@link CreateApplicationRespDataDto}'s enum properties: one of each property's values. */
export namespace CreateApplicationRespDataDto {
  /** One of the values of `CreateApplicationRespDataDto.appType`. */
  export type appType = (typeof CreateApplicationRespDataDto.appType)[keyof typeof CreateApplicationRespDataDto.appType];
  /** One of the values of `CreateApplicationRespDataDto.defaultProtocol`. */
  export type defaultProtocol = (typeof CreateApplicationRespDataDto.defaultProtocol)[keyof typeof CreateApplicationRespDataDto.defaultProtocol];
}

/**
 * Part of `CreateArrayDataResourceResponseDto.data`.
 */
export type CreateArrayDataResourceRespDto = Schemas.CreateArrayDataResourceRespDto;
/** Run-time enums of {@link CreateArrayDataResourceRespDto}'s properties, named as in the official SDK. */
export const CreateArrayDataResourceRespDto = {
  /** The values of `CreateArrayDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link CreateArrayDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace CreateArrayDataResourceRespDto {
  /** One of the values of `CreateArrayDataResourceRespDto.type`. */
  export type type = (typeof CreateArrayDataResourceRespDto.type)[keyof typeof CreateArrayDataResourceRespDto.type];
}

/**
 * Request body of `createDataResource`.
 */
export type CreateDataResourceDto = Schemas.CreateDataResourceDto;
/** Run-time enums of {@link CreateDataResourceDto}'s properties, named as in the official SDK. */
export const CreateDataResourceDto = {
  /** The values of `CreateDataResourceDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link CreateDataResourceDto}'s enum properties: one of each property's values. */
export namespace CreateDataResourceDto {
  /** One of the values of `CreateDataResourceDto.type`. */
  export type type = (typeof CreateDataResourceDto.type)[keyof typeof CreateDataResourceDto.type];
}

/**
 * Part of `CreateDataResourceResponseDto.data`.
 */
export type CreateDataResourceRespDto = Schemas.CreateDataResourceRespDto;
/** Run-time enums of {@link CreateDataResourceRespDto}'s properties, named as in the official SDK. */
export const CreateDataResourceRespDto = {
  /** The values of `CreateDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link CreateDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace CreateDataResourceRespDto {
  /** One of the values of `CreateDataResourceRespDto.type`. */
  export type type = (typeof CreateDataResourceRespDto.type)[keyof typeof CreateDataResourceRespDto.type];
}

/**
 * Request body of `createDepartment`.
 */
export type CreateDepartmentReqDto = Schemas.CreateDepartmentReqDto;
/** Run-time enums of {@link CreateDepartmentReqDto}'s properties, named as in the official SDK. */
export const CreateDepartmentReqDto = {
  /** The values of `CreateDepartmentReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link CreateDepartmentReqDto}'s enum properties: one of each property's values. */
export namespace CreateDepartmentReqDto {
  /** One of the values of `CreateDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof CreateDepartmentReqDto.departmentIdType)[keyof typeof CreateDepartmentReqDto.departmentIdType];
}

/**
 * Request body of `createDnef`.
 */
export type CreateDnefReq = Schemas.CreateDnefReq;
/** Run-time enums of {@link CreateDnefReq}'s properties, named as in the official SDK. */
export const CreateDnefReq = {
  /** The values of `CreateDnefReq.valueType`, by member name. */
  valueType: {
    STRING: "STRING",
    SELECT: "SELECT",
  },
} as const;
/** The types of {@link CreateDnefReq}'s enum properties: one of each property's values. */
export namespace CreateDnefReq {
  /** One of the values of `CreateDnefReq.valueType`. */
  export type valueType = (typeof CreateDnefReq.valueType)[keyof typeof CreateDnefReq.valueType];
}

/**
 * Request body of `createExtIdpConn`.
 */
export type CreateExtIdpConnDto = Schemas.CreateExtIdpConnDto;
/** Run-time enums of {@link CreateExtIdpConnDto}'s properties, named as in the official SDK. */
export const CreateExtIdpConnDto = {
  /** The values of `CreateExtIdpConnDto.type`, by member name. */
  type: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    ALIPAY: "alipay",
    FACEBOOK: "facebook",
    FACEBOOK_MOBILE: "facebook:mobile",
    TWITTER: "twitter",
    GOOGLE_MOBILE: "google:mobile",
    GOOGLE: "google",
    WECHAT_PC: "wechat:pc",
    WECHAT_MOBILE: "wechat:mobile",
    WECHAT_WEBPAGE_AUTHORIZATION: "wechat:webpage-authorization",
    WECHATMP_QRCODE: "wechatmp-qrcode",
    WECHAT_MINIPROGRAM_DEFAULT: "wechat:miniprogram:default",
    WECHAT_MINIPROGRAM_QRCONNECT: "wechat:miniprogram:qrconnect",
    WECHAT_MINIPROGRAM_APP_LAUNCH: "wechat:miniprogram:app-launch",
    GITHUB: "github",
    GITHUB_MOBILE: "github:mobile",
    QQ: "qq",
    QQ_MOBILE: "qq:mobile",
    WECHATWORK_CORP_QRCONNECT: "wechatwork:corp:qrconnect",
    WECHATWORK_AGENCY_QRCONNECT: "wechatwork:agency:qrconnect",
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT: "wechatwork:service-provider:qrconnect",
    WECHATWORK_MOBILE: "wechatwork:mobile",
    WECHATWORK_AGENCY_MOBILE: "wechatwork:agency:mobile",
    DINGTALK: "dingtalk",
    DINGTALK_MOBILE: "dingtalk:mobile",
    DINGTALK_PROVIDER: "dingtalk:provider",
    WEIBO: "weibo",
    WEIBO_MOBILE: "weibo:mobile",
    APPLE: "apple",
    APPLE_WEB: "apple:web",
    BAIDU: "baidu",
    BAIDU_MOBILE: "baidu:mobile",
    LARK_INTERNAL: "lark-internal",
    LARK_PUBLIC: "lark-public",
    LARK_BLOCK: "lark-block",
    GITLAB: "gitlab",
    GITLAB_MOBILE: "gitlab:mobile",
    LINKEDIN: "linkedin",
    LINKEDIN_MOBILE: "linkedin:mobile",
    SLACK: "slack",
    SLACK_MOBILE: "slack:mobile",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    GITEE_MOBILE: "gitee:mobile",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    AD_KERBEROS: "ad-kerberos",
    HUAWEI: "huawei",
    HUAWEI_MOBILE: "huawei:mobile",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    XIAOMI_MOBILE: "xiaomi:mobile",
    AWS: "aws",
    AMAZON: "amazon",
    AMAZON_MOBILE: "amazon:mobile",
    DOUYIN_MOBILE: "douyin:mobile",
    DOUYIN_MINIPROGRAM_DEFAULT: "douyin:miniprogram:default",
    KUAISHOU_MOBILE: "kuaishou:mobile",
    LINE_MOBILE: "line:mobile",
    OPPO_MOBILE: "oppo:mobile",
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY: "wechatwork:qrconnect:of:authing:agency",
    SDBZ: "sdbz",
    ZJZWFW_QRCODE: "zjzwfw-qrcode",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
} as const;
/** The types of {@link CreateExtIdpConnDto}'s enum properties: one of each property's values. */
export namespace CreateExtIdpConnDto {
  /** One of the values of `CreateExtIdpConnDto.type`. */
  export type type = (typeof CreateExtIdpConnDto.type)[keyof typeof CreateExtIdpConnDto.type];
}

/**
 * Request body of `createExtIdp`.
 */
export type CreateExtIdpDto = Schemas.CreateExtIdpDto;
/** Run-time enums of {@link CreateExtIdpDto}'s properties, named as in the official SDK. */
export const CreateExtIdpDto = {
  /** The values of `CreateExtIdpDto.type`, by member name. */
  type: {
    OIDC: "oidc",
    OAUTH2: "oauth2",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    WECHAT: "wechat",
    GOOGLE: "google",
    QQ: "qq",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    WEIBO: "weibo",
    GITHUB: "github",
    ALIPAY: "alipay",
    APPLE: "apple",
    BAIDU: "baidu",
    LARK: "lark",
    GITLAB: "gitlab",
    TWITTER: "twitter",
    FACEBOOK: "facebook",
    SLACK: "slack",
    LINKEDIN: "linkedin",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    HUAWEI: "huawei",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    OPPO: "oppo",
    AWS: "aws",
    AMAZON: "amazon",
    DOUYIN: "douyin",
    KUAISHOU: "kuaishou",
    LINE: "line",
    SDBZ: "sdbz",
    ZJZWFW: "zjzwfw",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
} as const;
/** The types of {@link CreateExtIdpDto}'s enum properties: one of each property's values. */
export namespace CreateExtIdpDto {
  /** One of the values of `CreateExtIdpDto.type`. */
  export type type = (typeof CreateExtIdpDto.type)[keyof typeof CreateExtIdpDto.type];
}

/**
 * Request body of `createModel`.
 */
export type CreateFunctionModelDto = Schemas.CreateFunctionModelDto;
/** Run-time enums of {@link CreateFunctionModelDto}'s properties, named as in the official SDK. */
export const CreateFunctionModelDto = {
  /** The values of `CreateFunctionModelDto.type`, by member name. */
  type: {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  },
  /** The values of `CreateFunctionModelDto.dataType`, by member name. */
  dataType: {
    LIST: "list",
    TREE: "tree",
  },
} as const;
/** The types of {@link CreateFunctionModelDto}'s enum properties: one of each property's values. */
export namespace CreateFunctionModelDto {
  /** One of the values of `CreateFunctionModelDto.type`. */
  export type type = (typeof CreateFunctionModelDto.type)[keyof typeof CreateFunctionModelDto.type];
  /** One of the values of `CreateFunctionModelDto.dataType`. */
  export type dataType = (typeof CreateFunctionModelDto.dataType)[keyof typeof CreateFunctionModelDto.dataType];
}

/**
 * Request body of `createField`.
 */
export type CreateFunctionModelFieldDto = Schemas.CreateFunctionModelFieldDto;
/** Run-time enums of {@link CreateFunctionModelFieldDto}'s properties, named as in the official SDK. */
export const CreateFunctionModelFieldDto = {
  /** The values of `CreateFunctionModelFieldDto.type`, by member name. */
  type: {
    TEXT: "Text",
    TEXTAREA: "Textarea",
    NUMBER: "Number",
    BOOLEAN: "Boolean",
    DATE: "Date",
    ENUM: "Enum",
    RELATION: "Relation",
    REVERSE_RELATION: "ReverseRelation",
    ARRAY: "Array",
  },
} as const;
/** The types of {@link CreateFunctionModelFieldDto}'s enum properties: one of each property's values. */
export namespace CreateFunctionModelFieldDto {
  /** One of the values of `CreateFunctionModelFieldDto.type`. */
  export type type = (typeof CreateFunctionModelFieldDto.type)[keyof typeof CreateFunctionModelFieldDto.type];
}

/**
 * Part of `CreateUserInfoDto.identities` and `CreateUserReqDto.identities`.
 */
export type CreateIdentityDto = Schemas.CreateIdentityDto;
/** Run-time enums of {@link CreateIdentityDto}'s properties, named as in the official SDK. */
export const CreateIdentityDto = {
  /** The values of `CreateIdentityDto.provider`, by member name. */
  provider: {
    OIDC: "oidc",
    OAUTH2: "oauth2",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    WECHAT: "wechat",
    GOOGLE: "google",
    QQ: "qq",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    WEIBO: "weibo",
    GITHUB: "github",
    ALIPAY: "alipay",
    APPLE: "apple",
    BAIDU: "baidu",
    LARK: "lark",
    GITLAB: "gitlab",
    TWITTER: "twitter",
    FACEBOOK: "facebook",
    SLACK: "slack",
    LINKEDIN: "linkedin",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    HUAWEI: "huawei",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    OPPO: "oppo",
    AWS: "aws",
    AMAZON: "amazon",
    DOUYIN: "douyin",
    KUAISHOU: "kuaishou",
    LINE: "line",
    SDBZ: "sdbz",
    ZJZWFW: "zjzwfw",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
} as const;
/** The types of {@link CreateIdentityDto}'s enum properties: one of each property's values. */
export namespace CreateIdentityDto {
  /** One of the values of `CreateIdentityDto.provider`. */
  export type provider = (typeof CreateIdentityDto.provider)[keyof typeof CreateIdentityDto.provider];
}

/**
 * Request body of `createInvitationPolicy`.
 */
export type CreateInvitationPolicyDto = Schemas.CreateInvitationPolicyDto;
/** Run-time enums of {@link CreateInvitationPolicyDto}'s properties, named as in the official SDK. */
export const CreateInvitationPolicyDto = {
  /** The values of `CreateInvitationPolicyDto.inviteMethod`, by member name. */
  inviteMethod: {
    EMAIL: "email",
  },
  /** The values of `CreateInvitationPolicyDto.sendVerifyCodeMethod`, by member name. */
  sendVerifyCodeMethod: {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  },
} as const;
/** The types of {@link CreateInvitationPolicyDto}'s enum properties: one of each property's values. */
export namespace CreateInvitationPolicyDto {
  /** One of the values of `CreateInvitationPolicyDto.inviteMethod`. */
  export type inviteMethod = (typeof CreateInvitationPolicyDto.inviteMethod)[keyof typeof CreateInvitationPolicyDto.inviteMethod];
  /** One of the values of `CreateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof CreateInvitationPolicyDto.sendVerifyCodeMethod)[keyof typeof CreateInvitationPolicyDto.sendVerifyCodeMethod];
}

/**
 * Request body of `createPipelineFunction`.
 */
export type CreatePipelineFunctionDto = Schemas.CreatePipelineFunctionDto;
/** Run-time enums of {@link CreatePipelineFunctionDto}'s properties, named as in the official SDK. */
export const CreatePipelineFunctionDto = {
  /** The values of `CreatePipelineFunctionDto.scene`, by member name. */
  scene: {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  },
} as const;
/** The types of {@link CreatePipelineFunctionDto}'s enum properties: one of each property's values. */
export namespace CreatePipelineFunctionDto {
  /** One of the values of `CreatePipelineFunctionDto.scene`. */
  export type scene = (typeof CreatePipelineFunctionDto.scene)[keyof typeof CreatePipelineFunctionDto.scene];
}

/**
 * Part of `CreatePublicAccountBatchReqDto.options` and `CreatePublicAccountReqDto.options`.
 */
export type CreatePublicAccountOptionsDto = Schemas.CreatePublicAccountOptionsDto;
/** Run-time enums of {@link CreatePublicAccountOptionsDto}'s properties, named as in the official SDK. */
export const CreatePublicAccountOptionsDto = {
  /** The values of `CreatePublicAccountOptionsDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
  /** The values of `CreatePublicAccountOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link CreatePublicAccountOptionsDto}'s enum properties: one of each property's values. */
export namespace CreatePublicAccountOptionsDto {
  /** One of the values of `CreatePublicAccountOptionsDto.departmentIdType`. */
  export type departmentIdType = (typeof CreatePublicAccountOptionsDto.departmentIdType)[keyof typeof CreatePublicAccountOptionsDto.departmentIdType];
  /** One of the values of `CreatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof CreatePublicAccountOptionsDto.passwordEncryptType)[keyof typeof CreatePublicAccountOptionsDto.passwordEncryptType];
}

/**
 * Request body of `createPublicAccount`.
 */
export type CreatePublicAccountReqDto = Schemas.CreatePublicAccountReqDto;
/** Run-time enums of {@link CreatePublicAccountReqDto}'s properties, named as in the official SDK. */
export const CreatePublicAccountReqDto = {
  /** The values of `CreatePublicAccountReqDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `CreatePublicAccountReqDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link CreatePublicAccountReqDto}'s enum properties: one of each property's values. */
export namespace CreatePublicAccountReqDto {
  /** One of the values of `CreatePublicAccountReqDto.status`. */
  export type status = (typeof CreatePublicAccountReqDto.status)[keyof typeof CreatePublicAccountReqDto.status];
  /** One of the values of `CreatePublicAccountReqDto.gender`. */
  export type gender = (typeof CreatePublicAccountReqDto.gender)[keyof typeof CreatePublicAccountReqDto.gender];
}

/**
 * Part of `CreateResourcesBatchDto.list`.
 */
export type CreateResourceBatchItemDto = Schemas.CreateResourceBatchItemDto;
/** Run-time enums of {@link CreateResourceBatchItemDto}'s properties, named as in the official SDK. */
export const CreateResourceBatchItemDto = {
  /** The values of `CreateResourceBatchItemDto.type`, by member name. */
  type: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link CreateResourceBatchItemDto}'s enum properties: one of each property's values. */
export namespace CreateResourceBatchItemDto {
  /** One of the values of `CreateResourceBatchItemDto.type`. */
  export type type = (typeof CreateResourceBatchItemDto.type)[keyof typeof CreateResourceBatchItemDto.type];
}

/**
 * Request body of `createResource`.
 */
export type CreateResourceDto = Schemas.CreateResourceDto;
/** Run-time enums of {@link CreateResourceDto}'s properties, named as in the official SDK. */
export const CreateResourceDto = {
  /** The values of `CreateResourceDto.type`, by member name. */
  type: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link CreateResourceDto}'s enum properties: one of each property's values. */
export namespace CreateResourceDto {
  /** One of the values of `CreateResourceDto.type`. */
  export type type = (typeof CreateResourceDto.type)[keyof typeof CreateResourceDto.type];
}

/**
 * Part of `CreateStringDataResourceResponseDto.data`.
 */
export type CreateStringDataResourceRespDto = Schemas.CreateStringDataResourceRespDto;
/** Run-time enums of {@link CreateStringDataResourceRespDto}'s properties, named as in the official SDK. */
export const CreateStringDataResourceRespDto = {
  /** The values of `CreateStringDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link CreateStringDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace CreateStringDataResourceRespDto {
  /** One of the values of `CreateStringDataResourceRespDto.type`. */
  export type type = (typeof CreateStringDataResourceRespDto.type)[keyof typeof CreateStringDataResourceRespDto.type];
}

/**
 * Request body of `createSyncTask`.
 */
export type CreateSyncTaskDto = Schemas.CreateSyncTaskDto;
/** Run-time enums of {@link CreateSyncTaskDto}'s properties, named as in the official SDK. */
export const CreateSyncTaskDto = {
  /** The values of `CreateSyncTaskDto.syncTaskTrigger`, by member name. */
  syncTaskTrigger: {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  },
  /** The values of `CreateSyncTaskDto.syncTaskFlow`, by member name. */
  syncTaskFlow: {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  },
  /** The values of `CreateSyncTaskDto.syncTaskType`, by member name. */
  syncTaskType: {
    LARK: "lark",
    LARK_INTERNATIONAL: "lark-international",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    ACTIVE_DIRECTORY: "active-directory",
    ITALENT: "italent",
    MAYCUR: "maycur",
    LDAP: "ldap",
    MOKA: "moka",
    FXIAOKE: "fxiaoke",
    SCIM: "scim",
    XIAOSHOUYI: "xiaoshouyi",
    KAYANG: "kayang",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link CreateSyncTaskDto}'s enum properties: one of each property's values. */
export namespace CreateSyncTaskDto {
  /** One of the values of `CreateSyncTaskDto.syncTaskTrigger`. */
  export type syncTaskTrigger = (typeof CreateSyncTaskDto.syncTaskTrigger)[keyof typeof CreateSyncTaskDto.syncTaskTrigger];
  /** One of the values of `CreateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof CreateSyncTaskDto.syncTaskFlow)[keyof typeof CreateSyncTaskDto.syncTaskFlow];
  /** One of the values of `CreateSyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof CreateSyncTaskDto.syncTaskType)[keyof typeof CreateSyncTaskDto.syncTaskType];
}

/**
 * Part of `CreateTenantUserReqDto.options`.
 */
export type CreateTenantUserOptionsDto = Schemas.CreateTenantUserOptionsDto;
/** Run-time enums of {@link CreateTenantUserOptionsDto}'s properties, named as in the official SDK. */
export const CreateTenantUserOptionsDto = {
  /** The values of `CreateTenantUserOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link CreateTenantUserOptionsDto}'s enum properties: one of each property's values. */
export namespace CreateTenantUserOptionsDto {
  /** One of the values of `CreateTenantUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof CreateTenantUserOptionsDto.passwordEncryptType)[keyof typeof CreateTenantUserOptionsDto.passwordEncryptType];
}

/**
 * Request body of `createTenantUser`.
 */
export type CreateTenantUserReqDto = Schemas.CreateTenantUserReqDto;
/** Run-time enums of {@link CreateTenantUserReqDto}'s properties, named as in the official SDK. */
export const CreateTenantUserReqDto = {
  /** The values of `CreateTenantUserReqDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link CreateTenantUserReqDto}'s enum properties: one of each property's values. */
export namespace CreateTenantUserReqDto {
  /** One of the values of `CreateTenantUserReqDto.gender`. */
  export type gender = (typeof CreateTenantUserReqDto.gender)[keyof typeof CreateTenantUserReqDto.gender];
}

/**
 * Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 */
export type CreateTerminalDto = Schemas.CreateTerminalDto;
/** Run-time enums of {@link CreateTerminalDto}'s properties, named as in the official SDK. */
export const CreateTerminalDto = {
  /** The values of `CreateTerminalDto.type`, by member name. */
  type: {
    BROWSER: "Browser",
    MOBILE: "Mobile",
    DESKTOP: "Desktop",
  },
} as const;
/** The types of {@link CreateTerminalDto}'s enum properties: one of each property's values. */
export namespace CreateTerminalDto {
  /** One of the values of `CreateTerminalDto.type`. */
  export type type = (typeof CreateTerminalDto.type)[keyof typeof CreateTerminalDto.type];
}

/**
 * Part of `CreateTreeDataResourceResponseDto.data`.
 */
export type CreateTreeDataResourceRespDto = Schemas.CreateTreeDataResourceRespDto;
/** Run-time enums of {@link CreateTreeDataResourceRespDto}'s properties, named as in the official SDK. */
export const CreateTreeDataResourceRespDto = {
  /** The values of `CreateTreeDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link CreateTreeDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace CreateTreeDataResourceRespDto {
  /** One of the values of `CreateTreeDataResourceRespDto.type`. */
  export type type = (typeof CreateTreeDataResourceRespDto.type)[keyof typeof CreateTreeDataResourceRespDto.type];
}

/**
 * Part of `CreateUserBatchReqDto.list`.
 */
export type CreateUserInfoDto = Schemas.CreateUserInfoDto;
/** Run-time enums of {@link CreateUserInfoDto}'s properties, named as in the official SDK. */
export const CreateUserInfoDto = {
  /** The values of `CreateUserInfoDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `CreateUserInfoDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link CreateUserInfoDto}'s enum properties: one of each property's values. */
export namespace CreateUserInfoDto {
  /** One of the values of `CreateUserInfoDto.status`. */
  export type status = (typeof CreateUserInfoDto.status)[keyof typeof CreateUserInfoDto.status];
  /** One of the values of `CreateUserInfoDto.gender`. */
  export type gender = (typeof CreateUserInfoDto.gender)[keyof typeof CreateUserInfoDto.gender];
}

/**
 * Part of `CreateUserBatchReqDto.options` and `CreateUserReqDto.options`.
 */
export type CreateUserOptionsDto = Schemas.CreateUserOptionsDto;
/** Run-time enums of {@link CreateUserOptionsDto}'s properties, named as in the official SDK. */
export const CreateUserOptionsDto = {
  /** The values of `CreateUserOptionsDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
  /** The values of `CreateUserOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link CreateUserOptionsDto}'s enum properties: one of each property's values. */
export namespace CreateUserOptionsDto {
  /** One of the values of `CreateUserOptionsDto.departmentIdType`. */
  export type departmentIdType = (typeof CreateUserOptionsDto.departmentIdType)[keyof typeof CreateUserOptionsDto.departmentIdType];
  /** One of the values of `CreateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof CreateUserOptionsDto.passwordEncryptType)[keyof typeof CreateUserOptionsDto.passwordEncryptType];
}

/**
 * Request body of `createUser`.
 */
export type CreateUserReqDto = Schemas.CreateUserReqDto;
/** Run-time enums of {@link CreateUserReqDto}'s properties, named as in the official SDK. */
export const CreateUserReqDto = {
  /** The values of `CreateUserReqDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `CreateUserReqDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link CreateUserReqDto}'s enum properties: one of each property's values. */
export namespace CreateUserReqDto {
  /** One of the values of `CreateUserReqDto.status`. */
  export type status = (typeof CreateUserReqDto.status)[keyof typeof CreateUserReqDto.status];
  /** One of the values of `CreateUserReqDto.gender`. */
  export type gender = (typeof CreateUserReqDto.gender)[keyof typeof CreateUserReqDto.gender];
}

/**
 * Request body of `createWebhook`.
 */
export type CreateWebhookDto = Schemas.CreateWebhookDto;
/** Run-time enums of {@link CreateWebhookDto}'s properties, named as in the official SDK. */
export const CreateWebhookDto = {
  /** The values of `CreateWebhookDto.contentType`, by member name. */
  contentType: {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  },
} as const;
/** The types of {@link CreateWebhookDto}'s enum properties: one of each property's values. */
export namespace CreateWebhookDto {
  /** One of the values of `CreateWebhookDto.contentType`. */
  export type contentType = (typeof CreateWebhookDto.contentType)[keyof typeof CreateWebhookDto.contentType];
}

/**
 * Part of `CustomFieldListRespDto.data`.
 */
export type CustomFieldDto = Schemas.CustomFieldDto;
/** Run-time enums of {@link CustomFieldDto}'s properties, named as in the official SDK. */
export const CustomFieldDto = {
  /** The values of `CustomFieldDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
  /** The values of `CustomFieldDto.dataType`, by member name. */
  dataType: {
    STRING: "STRING",
    NUMBER: "NUMBER",
    DATETIME: "DATETIME",
    BOOLEAN: "BOOLEAN",
    ENUM: "ENUM",
  },
} as const;
/** The types of {@link CustomFieldDto}'s enum properties: one of each property's values. */
export namespace CustomFieldDto {
  /** One of the values of `CustomFieldDto.targetType`. */
  export type targetType = (typeof CustomFieldDto.targetType)[keyof typeof CustomFieldDto.targetType];
  /** One of the values of `CustomFieldDto.dataType`. */
  export type dataType = (typeof CustomFieldDto.dataType)[keyof typeof CustomFieldDto.dataType];
}

/**
 * Part of `CreateDataPolicyDto.statementList` and `UpdateDataPolicyDto.statementList`.
 */
export type DataStatementPermissionDto = Schemas.DataStatementPermissionDto;
/** Run-time enums of {@link DataStatementPermissionDto}'s properties, named as in the official SDK. */
export const DataStatementPermissionDto = {
  /** The values of `DataStatementPermissionDto.effect`, by member name. */
  effect: {
    DENY: "DENY",
    ALLOW: "ALLOW",
  },
} as const;
/** The types of {@link DataStatementPermissionDto}'s enum properties: one of each property's values. */
export namespace DataStatementPermissionDto {
  /** One of the values of `DataStatementPermissionDto.effect`. */
  export type effect = (typeof DataStatementPermissionDto.effect)[keyof typeof DataStatementPermissionDto.effect];
}

/**
 * Part of `ListDataPolicySubjectPageDto.list`.
 */
export type DataSubjectRespDto = Schemas.DataSubjectRespDto;
/** Run-time enums of {@link DataSubjectRespDto}'s properties, named as in the official SDK. */
export const DataSubjectRespDto = {
  /** The values of `DataSubjectRespDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  },
} as const;
/** The types of {@link DataSubjectRespDto}'s enum properties: one of each property's values. */
export namespace DataSubjectRespDto {
  /** One of the values of `DataSubjectRespDto.targetType`. */
  export type targetType = (typeof DataSubjectRespDto.targetType)[keyof typeof DataSubjectRespDto.targetType];
}

/**
 * Part of `CreateInvitationPolicyDto.defaultPasswordConfig` and `UpdateInvitationPolicyDto.defaultPasswordConfig`.
 */
export type DefaultPasswordConfigDto = Schemas.DefaultPasswordConfigDto;
/** Run-time enums of {@link DefaultPasswordConfigDto}'s properties, named as in the official SDK. */
export const DefaultPasswordConfigDto = {
  /** The values of `DefaultPasswordConfigDto.type`, by member name. */
  type: {
    RANDOM: "random",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link DefaultPasswordConfigDto}'s enum properties: one of each property's values. */
export namespace DefaultPasswordConfigDto {
  /** One of the values of `DefaultPasswordConfigDto.type`. */
  export type type = (typeof DefaultPasswordConfigDto.type)[keyof typeof DefaultPasswordConfigDto.type];
}

/**
 * Part of `RevokeApplicationAccessDto.list`.
 */
export type DeleteApplicationPermissionRecordItem = Schemas.DeleteApplicationPermissionRecordItem;
/** Run-time enums of {@link DeleteApplicationPermissionRecordItem}'s properties, named as in the official SDK. */
export const DeleteApplicationPermissionRecordItem = {
  /** The values of `DeleteApplicationPermissionRecordItem.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
  },
} as const;
/** The types of {@link DeleteApplicationPermissionRecordItem}'s enum properties: one of each property's values. */
export namespace DeleteApplicationPermissionRecordItem {
  /** One of the values of `DeleteApplicationPermissionRecordItem.targetType`. */
  export type targetType = (typeof DeleteApplicationPermissionRecordItem.targetType)[keyof typeof DeleteApplicationPermissionRecordItem.targetType];
}

/**
 * Request body of `revokeDataPolicy`.
 */
export type DeleteAuthorizeDataPolicyDto = Schemas.DeleteAuthorizeDataPolicyDto;
/** Run-time enums of {@link DeleteAuthorizeDataPolicyDto}'s properties, named as in the official SDK. */
export const DeleteAuthorizeDataPolicyDto = {
  /** The values of `DeleteAuthorizeDataPolicyDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  },
} as const;
/** The types of {@link DeleteAuthorizeDataPolicyDto}'s enum properties: one of each property's values. */
export namespace DeleteAuthorizeDataPolicyDto {
  /** One of the values of `DeleteAuthorizeDataPolicyDto.targetType`. */
  export type targetType = (typeof DeleteAuthorizeDataPolicyDto.targetType)[keyof typeof DeleteAuthorizeDataPolicyDto.targetType];
}

/**
 * Part of `DeleteCustomFieldsReqDto.list`.
 */
export type DeleteCustomFieldDto = Schemas.DeleteCustomFieldDto;
/** Run-time enums of {@link DeleteCustomFieldDto}'s properties, named as in the official SDK. */
export const DeleteCustomFieldDto = {
  /** The values of `DeleteCustomFieldDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link DeleteCustomFieldDto}'s enum properties: one of each property's values. */
export namespace DeleteCustomFieldDto {
  /** One of the values of `DeleteCustomFieldDto.targetType`. */
  export type targetType = (typeof DeleteCustomFieldDto.targetType)[keyof typeof DeleteCustomFieldDto.targetType];
}

/**
 * Request body of `deleteDepartment`.
 */
export type DeleteDepartmentReqDto = Schemas.DeleteDepartmentReqDto;
/** Run-time enums of {@link DeleteDepartmentReqDto}'s properties, named as in the official SDK. */
export const DeleteDepartmentReqDto = {
  /** The values of `DeleteDepartmentReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link DeleteDepartmentReqDto}'s enum properties: one of each property's values. */
export namespace DeleteDepartmentReqDto {
  /** One of the values of `DeleteDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof DeleteDepartmentReqDto.departmentIdType)[keyof typeof DeleteDepartmentReqDto.departmentIdType];
}

/**
 * Request body of `deleteDepartmentSyncRelations`.
 */
export type DeleteDepartmentSyncRelationReqDto = Schemas.DeleteDepartmentSyncRelationReqDto;
/** Run-time enums of {@link DeleteDepartmentSyncRelationReqDto}'s properties, named as in the official SDK. */
export const DeleteDepartmentSyncRelationReqDto = {
  /** The values of `DeleteDepartmentSyncRelationReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link DeleteDepartmentSyncRelationReqDto}'s enum properties: one of each property's values. */
export namespace DeleteDepartmentSyncRelationReqDto {
  /** One of the values of `DeleteDepartmentSyncRelationReqDto.departmentIdType`. */
  export type departmentIdType = (typeof DeleteDepartmentSyncRelationReqDto.departmentIdType)[keyof typeof DeleteDepartmentSyncRelationReqDto.departmentIdType];
}

/**
 * Part of `DeletePublicAccountsBatchDto.options`.
 */
export type DeletePublicAccountsBatchOptionsDto = Schemas.DeletePublicAccountsBatchOptionsDto;
/** Run-time enums of {@link DeletePublicAccountsBatchOptionsDto}'s properties, named as in the official SDK. */
export const DeletePublicAccountsBatchOptionsDto = {
  /** The values of `DeletePublicAccountsBatchOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link DeletePublicAccountsBatchOptionsDto}'s enum properties: one of each property's values. */
export namespace DeletePublicAccountsBatchOptionsDto {
  /** One of the values of `DeletePublicAccountsBatchOptionsDto.userIdType`. */
  export type userIdType = (typeof DeletePublicAccountsBatchOptionsDto.userIdType)[keyof typeof DeletePublicAccountsBatchOptionsDto.userIdType];
}

/**
 * Request body of `deleteUserSyncRelations`.
 */
export type DeleteUserSyncRelationReqDto = Schemas.DeleteUserSyncRelationReqDto;
/** Run-time enums of {@link DeleteUserSyncRelationReqDto}'s properties, named as in the official SDK. */
export const DeleteUserSyncRelationReqDto = {
  /** The values of `DeleteUserSyncRelationReqDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link DeleteUserSyncRelationReqDto}'s enum properties: one of each property's values. */
export namespace DeleteUserSyncRelationReqDto {
  /** One of the values of `DeleteUserSyncRelationReqDto.userIdType`. */
  export type userIdType = (typeof DeleteUserSyncRelationReqDto.userIdType)[keyof typeof DeleteUserSyncRelationReqDto.userIdType];
}

/**
 * Part of `DeleteUsersBatchDto.options`.
 */
export type DeleteUsersBatchOptionsDto = Schemas.DeleteUsersBatchOptionsDto;
/** Run-time enums of {@link DeleteUsersBatchOptionsDto}'s properties, named as in the official SDK. */
export const DeleteUsersBatchOptionsDto = {
  /** The values of `DeleteUsersBatchOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link DeleteUsersBatchOptionsDto}'s enum properties: one of each property's values. */
export namespace DeleteUsersBatchOptionsDto {
  /** One of the values of `DeleteUsersBatchOptionsDto.userIdType`. */
  export type userIdType = (typeof DeleteUsersBatchOptionsDto.userIdType)[keyof typeof DeleteUsersBatchOptionsDto.userIdType];
}

/**
 * Request body of `deleteWhitelist`.
 */
export type DeleteWhitelistDto = Schemas.DeleteWhitelistDto;
/** Run-time enums of {@link DeleteWhitelistDto}'s properties, named as in the official SDK. */
export const DeleteWhitelistDto = {
  /** The values of `DeleteWhitelistDto.type`, by member name. */
  type: {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  },
} as const;
/** The types of {@link DeleteWhitelistDto}'s enum properties: one of each property's values. */
export namespace DeleteWhitelistDto {
  /** One of the values of `DeleteWhitelistDto.type`. */
  export type type = (typeof DeleteWhitelistDto.type)[keyof typeof DeleteWhitelistDto.type];
}

/**
 * Request body of `deleteWhitelistOfApp`.
 */
export type DeleteWhitelistOfAppDto = Schemas.DeleteWhitelistOfAppDto;
/** Run-time enums of {@link DeleteWhitelistOfAppDto}'s properties, named as in the official SDK. */
export const DeleteWhitelistOfAppDto = {
  /** The values of `DeleteWhitelistOfAppDto.type`, by member name. */
  type: {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  },
} as const;
/** The types of {@link DeleteWhitelistOfAppDto}'s enum properties: one of each property's values. */
export namespace DeleteWhitelistOfAppDto {
  /** One of the values of `DeleteWhitelistOfAppDto.type`. */
  export type type = (typeof DeleteWhitelistOfAppDto.type)[keyof typeof DeleteWhitelistOfAppDto.type];
}

/**
 * Part of `SearchDepartmentsListReqDto.sort`.
 */
export type DepartmentSortingDto = Schemas.DepartmentSortingDto;
/** Run-time enums of {@link DepartmentSortingDto}'s properties, named as in the official SDK. */
export const DepartmentSortingDto = {
  /** The values of `DepartmentSortingDto.field`, by member name. */
  field: {
    UPDATED_AT: "updatedAt",
    CREATED_AT: "createdAt",
    NAME: "name",
  },
  /** The values of `DepartmentSortingDto.order`, by member name. */
  order: {
    DESC: "desc",
    ASC: "asc",
  },
} as const;
/** The types of {@link DepartmentSortingDto}'s enum properties: one of each property's values. */
export namespace DepartmentSortingDto {
  /** One of the values of `DepartmentSortingDto.field`. */
  export type field = (typeof DepartmentSortingDto.field)[keyof typeof DepartmentSortingDto.field];
  /** One of the values of `DepartmentSortingDto.order`. */
  export type order = (typeof DepartmentSortingDto.order)[keyof typeof DepartmentSortingDto.order];
}

/**
 * Part of `DeviceStatusRespDto.data`.
 */
export type DeviceStatusResponseDataDto = Schemas.DeviceStatusResponseDataDto;
/** Run-time enums of {@link DeviceStatusResponseDataDto}'s properties, named as in the official SDK. */
export const DeviceStatusResponseDataDto = {
  /** The values of `DeviceStatusResponseDataDto.status`, by member name. */
  status: {
    ACTIVATED: "activated",
    SUSPENDED: "suspended",
    DEACTIVATED: "deactivated",
  },
} as const;
/** The types of {@link DeviceStatusResponseDataDto}'s enum properties: one of each property's values. */
export namespace DeviceStatusResponseDataDto {
  /** One of the values of `DeviceStatusResponseDataDto.status`. */
  export type status = (typeof DeviceStatusResponseDataDto.status)[keyof typeof DeviceStatusResponseDataDto.status];
}

/**
 * Part of `EmailProviderRespDto.data`.
 */
export type EmailProviderDto = Schemas.EmailProviderDto;
/** Run-time enums of {@link EmailProviderDto}'s properties, named as in the official SDK. */
export const EmailProviderDto = {
  /** The values of `EmailProviderDto.type`, by member name. */
  type: {
    ALI: "ali",
    QQ: "qq",
    SENDGRID: "sendgrid",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link EmailProviderDto}'s enum properties: one of each property's values. */
export namespace EmailProviderDto {
  /** One of the values of `EmailProviderDto.type`. */
  export type type = (typeof EmailProviderDto.type)[keyof typeof EmailProviderDto.type];
}

/**
 * Part of `EmailTemplateSingleItemRespDto.data`, `GetEmailTemplateRespDto.data` and `GetEmailTemplatesDataDto.templates`.
 */
export type EmailTemplateDto = Schemas.EmailTemplateDto;
/** Run-time enums of {@link EmailTemplateDto}'s properties, named as in the official SDK. */
export const EmailTemplateDto = {
  /** The values of `EmailTemplateDto.type`, by member name. */
  type: {
    WELCOME_EMAIL: "WELCOME_EMAIL",
    FIRST_CREATED_USER: "FIRST_CREATED_USER",
    REGISTER_VERIFY_CODE: "REGISTER_VERIFY_CODE",
    LOGIN_VERIFY_CODE: "LOGIN_VERIFY_CODE",
    MFA_VERIFY_CODE: "MFA_VERIFY_CODE",
    INFORMATION_COMPLETION_VERIFY_CODE: "INFORMATION_COMPLETION_VERIFY_CODE",
    FIRST_EMAIL_LOGIN_VERIFY: "FIRST_EMAIL_LOGIN_VERIFY",
    CONSOLE_CONDUCTED_VERIFY: "CONSOLE_CONDUCTED_VERIFY",
    USER_PASSWORD_UPDATE_REMIND: "USER_PASSWORD_UPDATE_REMIND",
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION",
    USER_PASSWORD_RESET_NOTIFICATION: "USER_PASSWORD_RESET_NOTIFICATION",
    RESET_PASSWORD_VERIFY_CODE: "RESET_PASSWORD_VERIFY_CODE",
    SELF_UNLOCKING_VERIFY_CODE: "SELF_UNLOCKING_VERIFY_CODE",
    EMAIL_BIND_VERIFY_CODE: "EMAIL_BIND_VERIFY_CODE",
    EMAIL_UNBIND_VERIFY_CODE: "EMAIL_UNBIND_VERIFY_CODE",
  },
  /** The values of `EmailTemplateDto.tplEngine`, by member name. */
  tplEngine: {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  },
} as const;
/** The types of {@link EmailTemplateDto}'s enum properties: one of each property's values. */
export namespace EmailTemplateDto {
  /** One of the values of `EmailTemplateDto.type`. */
  export type type = (typeof EmailTemplateDto.type)[keyof typeof EmailTemplateDto.type];
  /** One of the values of `EmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof EmailTemplateDto.tplEngine)[keyof typeof EmailTemplateDto.tplEngine];
}

/**
 * Request body of `getInviteEmailTemplate`.
 */
export type EmailTemplateQueryDto = Schemas.EmailTemplateQueryDto;
/** Run-time enums of {@link EmailTemplateQueryDto}'s properties, named as in the official SDK. */
export const EmailTemplateQueryDto = {
  /** The values of `EmailTemplateQueryDto.scene`, by member name. */
  scene: {
    INVITE: "INVITE",
    WELCOME: "WELCOME",
  },
} as const;
/** The types of {@link EmailTemplateQueryDto}'s enum properties: one of each property's values. */
export namespace EmailTemplateQueryDto {
  /** One of the values of `EmailTemplateQueryDto.scene`. */
  export type scene = (typeof EmailTemplateQueryDto.scene)[keyof typeof EmailTemplateQueryDto.scene];
}

/**
 * Part of `ExtIdpConnDetailSingleRespDto.data`.
 */
export type ExtIdpConnDetail = Schemas.ExtIdpConnDetail;
/** Run-time enums of {@link ExtIdpConnDetail}'s properties, named as in the official SDK. */
export const ExtIdpConnDetail = {
  /** The values of `ExtIdpConnDetail.type`, by member name. */
  type: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    ALIPAY: "alipay",
    FACEBOOK: "facebook",
    FACEBOOK_MOBILE: "facebook:mobile",
    TWITTER: "twitter",
    GOOGLE_MOBILE: "google:mobile",
    GOOGLE: "google",
    WECHAT_PC: "wechat:pc",
    WECHAT_MOBILE: "wechat:mobile",
    WECHAT_WEBPAGE_AUTHORIZATION: "wechat:webpage-authorization",
    WECHATMP_QRCODE: "wechatmp-qrcode",
    WECHAT_MINIPROGRAM_DEFAULT: "wechat:miniprogram:default",
    WECHAT_MINIPROGRAM_QRCONNECT: "wechat:miniprogram:qrconnect",
    WECHAT_MINIPROGRAM_APP_LAUNCH: "wechat:miniprogram:app-launch",
    GITHUB: "github",
    GITHUB_MOBILE: "github:mobile",
    QQ: "qq",
    QQ_MOBILE: "qq:mobile",
    WECHATWORK_CORP_QRCONNECT: "wechatwork:corp:qrconnect",
    WECHATWORK_AGENCY_QRCONNECT: "wechatwork:agency:qrconnect",
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT: "wechatwork:service-provider:qrconnect",
    WECHATWORK_MOBILE: "wechatwork:mobile",
    WECHATWORK_AGENCY_MOBILE: "wechatwork:agency:mobile",
    DINGTALK: "dingtalk",
    DINGTALK_MOBILE: "dingtalk:mobile",
    DINGTALK_PROVIDER: "dingtalk:provider",
    WEIBO: "weibo",
    WEIBO_MOBILE: "weibo:mobile",
    APPLE: "apple",
    APPLE_WEB: "apple:web",
    BAIDU: "baidu",
    BAIDU_MOBILE: "baidu:mobile",
    LARK_INTERNAL: "lark-internal",
    LARK_PUBLIC: "lark-public",
    LARK_BLOCK: "lark-block",
    GITLAB: "gitlab",
    GITLAB_MOBILE: "gitlab:mobile",
    LINKEDIN: "linkedin",
    LINKEDIN_MOBILE: "linkedin:mobile",
    SLACK: "slack",
    SLACK_MOBILE: "slack:mobile",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    GITEE_MOBILE: "gitee:mobile",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    AD_KERBEROS: "ad-kerberos",
    HUAWEI: "huawei",
    HUAWEI_MOBILE: "huawei:mobile",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    XIAOMI_MOBILE: "xiaomi:mobile",
    AWS: "aws",
    AMAZON: "amazon",
    AMAZON_MOBILE: "amazon:mobile",
    DOUYIN_MOBILE: "douyin:mobile",
    DOUYIN_MINIPROGRAM_DEFAULT: "douyin:miniprogram:default",
    KUAISHOU_MOBILE: "kuaishou:mobile",
    LINE_MOBILE: "line:mobile",
    OPPO_MOBILE: "oppo:mobile",
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY: "wechatwork:qrconnect:of:authing:agency",
    SDBZ: "sdbz",
    ZJZWFW_QRCODE: "zjzwfw-qrcode",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
  /** The values of `ExtIdpConnDetail.associationMode`, by member name. */
  associationMode: {
    NONE: "none",
    FIELD: "field",
    CHALLENGE: "challenge",
  },
} as const;
/** The types of {@link ExtIdpConnDetail}'s enum properties: one of each property's values. */
export namespace ExtIdpConnDetail {
  /** One of the values of `ExtIdpConnDetail.type`. */
  export type type = (typeof ExtIdpConnDetail.type)[keyof typeof ExtIdpConnDetail.type];
  /** One of the values of `ExtIdpConnDetail.associationMode`. */
  export type associationMode = (typeof ExtIdpConnDetail.associationMode)[keyof typeof ExtIdpConnDetail.associationMode];
}

/**
 * Part of `BatchCreateDnefReq.fieldList`, `CreateDataResourceDto.extendFieldList` and `CreateDataResourceRespDto.extendFieldList` and others.
 */
export type ExtendField = Schemas.ExtendField;
/** Run-time enums of {@link ExtendField}'s properties, named as in the official SDK. */
export const ExtendField = {
  /** The values of `ExtendField.valueType`, by member name. */
  valueType: {
    STRING: "STRING",
    SELECT: "SELECT",
  },
} as const;
/** The types of {@link ExtendField}'s enum properties: one of each property's values. */
export namespace ExtendField {
  /** One of the values of `ExtendField.valueType`. */
  export type valueType = (typeof ExtendField.valueType)[keyof typeof ExtendField.valueType];
}

/**
 * Part of `GetExtendsFieldsDto.extendsFields`.
 */
export type ExtendsFieldDto = Schemas.ExtendsFieldDto;
/** Run-time enums of {@link ExtendsFieldDto}'s properties, named as in the official SDK. */
export const ExtendsFieldDto = {
  /** The values of `ExtendsFieldDto.type`, by member name. */
  type: {
    USER: "user",
    INTERNAL: "internal",
  },
  /** The values of `ExtendsFieldDto.inputType`, by member name. */
  inputType: {
    IMAGE: "image",
    NUMBER: "number",
    DATE: "date",
    DATE_TIME: "dateTime",
    DATETIME: "datetime",
    SELECT: "select",
    DROPDOWN: "dropdown",
    BOOLEAN: "boolean",
    STRING: "string",
    TEXT: "text",
    GENDER: "gender",
    COUNTRY: "country",
    USERNAME: "username",
    PHONE: "phone",
    EMAIL: "email",
  },
  /** The values of `ExtendsFieldDto.source`, by member name. */
  source: {
    PRESET: "preset",
    MANUAL_ADD: "manual_add",
  },
} as const;
/** The types of {@link ExtendsFieldDto}'s enum properties: one of each property's values. */
export namespace ExtendsFieldDto {
  /** One of the values of `ExtendsFieldDto.type`. */
  export type type = (typeof ExtendsFieldDto.type)[keyof typeof ExtendsFieldDto.type];
  /** One of the values of `ExtendsFieldDto.inputType`. */
  export type inputType = (typeof ExtendsFieldDto.inputType)[keyof typeof ExtendsFieldDto.inputType];
  /** One of the values of `ExtendsFieldDto.source`. */
  export type source = (typeof ExtendsFieldDto.source)[keyof typeof ExtendsFieldDto.source];
}

/**
 * Part of `FunctionModelListDto.list` and `FunctionModelResDto.data`.
 */
export type FunctionModelDto = Schemas.FunctionModelDto;
/** Run-time enums of {@link FunctionModelDto}'s properties, named as in the official SDK. */
export const FunctionModelDto = {
  /** The values of `FunctionModelDto.dataType`, by member name. */
  dataType: {
    LIST: "list",
    TREE: "tree",
  },
  /** The values of `FunctionModelDto.type`, by member name. */
  type: {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link FunctionModelDto}'s enum properties: one of each property's values. */
export namespace FunctionModelDto {
  /** One of the values of `FunctionModelDto.dataType`. */
  export type dataType = (typeof FunctionModelDto.dataType)[keyof typeof FunctionModelDto.dataType];
  /** One of the values of `FunctionModelDto.type`. */
  export type type = (typeof FunctionModelDto.type)[keyof typeof FunctionModelDto.type];
}

/**
 * Part of `GetApplicationPermissionStrategyRespDto.data`.
 */
export type GetApplicationPermissionStrategyDataDto = Schemas.GetApplicationPermissionStrategyDataDto;
/** Run-time enums of {@link GetApplicationPermissionStrategyDataDto}'s properties, named as in the official SDK. */
export const GetApplicationPermissionStrategyDataDto = {
  /** The values of `GetApplicationPermissionStrategyDataDto.permissionStrategy`, by member name. */
  permissionStrategy: {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  },
} as const;
/** The types of {@link GetApplicationPermissionStrategyDataDto}'s enum properties: one of each property's values. */
export namespace GetApplicationPermissionStrategyDataDto {
  /** One of the values of `GetApplicationPermissionStrategyDataDto.permissionStrategy`. */
  export type permissionStrategy =
    (typeof GetApplicationPermissionStrategyDataDto.permissionStrategy)[keyof typeof GetApplicationPermissionStrategyDataDto.permissionStrategy];
}

/**
 * Part of `GetDataResourceResponseDto.data`.
 */
export type GetDataResourceRespDto = Schemas.GetDataResourceRespDto;
/** Run-time enums of {@link GetDataResourceRespDto}'s properties, named as in the official SDK. */
export const GetDataResourceRespDto = {
  /** The values of `GetDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link GetDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace GetDataResourceRespDto {
  /** One of the values of `GetDataResourceRespDto.type`. */
  export type type = (typeof GetDataResourceRespDto.type)[keyof typeof GetDataResourceRespDto.type];
}

/**
 * Part of `GetDeviceExclusiveRuleRespDto.data`.
 */
export type GetDeviceExclusiveRuleDataDto = Schemas.GetDeviceExclusiveRuleDataDto;
/** Run-time enums of {@link GetDeviceExclusiveRuleDataDto}'s properties, named as in the official SDK. */
export const GetDeviceExclusiveRuleDataDto = {
  /** The values of `GetDeviceExclusiveRuleDataDto.rule`, by member name. */
  rule: {
    DISABLE: "disable",
    CONDITION_DEVICE: "condition:device",
    CONDITION_IP: "condition:ip",
  },
} as const;
/** The types of {@link GetDeviceExclusiveRuleDataDto}'s enum properties: one of each property's values. */
export namespace GetDeviceExclusiveRuleDataDto {
  /** One of the values of `GetDeviceExclusiveRuleDataDto.rule`. */
  export type rule = (typeof GetDeviceExclusiveRuleDataDto.rule)[keyof typeof GetDeviceExclusiveRuleDataDto.rule];
}

/**
 * Part of `GetDeviceExclusiveWhiteListRespDto.data`.
 */
export type GetDeviceExclusiveWhiteListDataDto = Schemas.GetDeviceExclusiveWhiteListDataDto;
/** Run-time enums of {@link GetDeviceExclusiveWhiteListDataDto}'s properties, named as in the official SDK. */
export const GetDeviceExclusiveWhiteListDataDto = {
  /** The values of `GetDeviceExclusiveWhiteListDataDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    GROUP: "GROUP",
    ROLE: "ROLE",
  },
} as const;
/** The types of {@link GetDeviceExclusiveWhiteListDataDto}'s enum properties: one of each property's values. */
export namespace GetDeviceExclusiveWhiteListDataDto {
  /** One of the values of `GetDeviceExclusiveWhiteListDataDto.targetType`. */
  export type targetType = (typeof GetDeviceExclusiveWhiteListDataDto.targetType)[keyof typeof GetDeviceExclusiveWhiteListDataDto.targetType];
}

/**
 * Part of `GetExternalUserResourceStructRespDto.data`.
 */
export type GetExternalUserResourceStructDataDto = Schemas.GetExternalUserResourceStructDataDto;
/** Run-time enums of {@link GetExternalUserResourceStructDataDto}'s properties, named as in the official SDK. */
export const GetExternalUserResourceStructDataDto = {
  /** The values of `GetExternalUserResourceStructDataDto.resourceType`, by member name. */
  resourceType: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link GetExternalUserResourceStructDataDto}'s enum properties: one of each property's values. */
export namespace GetExternalUserResourceStructDataDto {
  /** One of the values of `GetExternalUserResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof GetExternalUserResourceStructDataDto.resourceType)[keyof typeof GetExternalUserResourceStructDataDto.resourceType];
}

/**
 * Request body of `getResourceAuthorizedTargets`.
 */
export type GetResourceAuthorizedTargetsDto = Schemas.GetResourceAuthorizedTargetsDto;
/** Run-time enums of {@link GetResourceAuthorizedTargetsDto}'s properties, named as in the official SDK. */
export const GetResourceAuthorizedTargetsDto = {
  /** The values of `GetResourceAuthorizedTargetsDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link GetResourceAuthorizedTargetsDto}'s enum properties: one of each property's values. */
export namespace GetResourceAuthorizedTargetsDto {
  /** One of the values of `GetResourceAuthorizedTargetsDto.targetType`. */
  export type targetType = (typeof GetResourceAuthorizedTargetsDto.targetType)[keyof typeof GetResourceAuthorizedTargetsDto.targetType];
}

/**
 * Part of `GetSubjectAuthRespDto.data`.
 */
export type GetSubjectAuthDataDto = Schemas.GetSubjectAuthDataDto;
/** Run-time enums of {@link GetSubjectAuthDataDto}'s properties, named as in the official SDK. */
export const GetSubjectAuthDataDto = {
  /** The values of `GetSubjectAuthDataDto.reqTargetType`, by member name. */
  reqTargetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  },
  /** The values of `GetSubjectAuthDataDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  },
  /** The values of `GetSubjectAuthDataDto.authType`, by member name. */
  authType: {
    DEFAULT: "DEFAULT",
    ALL: "ALL",
    SELF: "SELF",
    SUBJECT: "SUBJECT",
  },
} as const;
/** The types of {@link GetSubjectAuthDataDto}'s enum properties: one of each property's values. */
export namespace GetSubjectAuthDataDto {
  /** One of the values of `GetSubjectAuthDataDto.reqTargetType`. */
  export type reqTargetType = (typeof GetSubjectAuthDataDto.reqTargetType)[keyof typeof GetSubjectAuthDataDto.reqTargetType];
  /** One of the values of `GetSubjectAuthDataDto.targetType`. */
  export type targetType = (typeof GetSubjectAuthDataDto.targetType)[keyof typeof GetSubjectAuthDataDto.targetType];
  /** One of the values of `GetSubjectAuthDataDto.authType`. */
  export type authType = (typeof GetSubjectAuthDataDto.authType)[keyof typeof GetSubjectAuthDataDto.authType];
}

/**
 * Request body of `getUserPasswordCiphertext`.
 */
export type GetUserPasswordCiphertextDto = Schemas.GetUserPasswordCiphertextDto;
/** Run-time enums of {@link GetUserPasswordCiphertextDto}'s properties, named as in the official SDK. */
export const GetUserPasswordCiphertextDto = {
  /** The values of `GetUserPasswordCiphertextDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link GetUserPasswordCiphertextDto}'s enum properties: one of each property's values. */
export namespace GetUserPasswordCiphertextDto {
  /** One of the values of `GetUserPasswordCiphertextDto.userIdType`. */
  export type userIdType = (typeof GetUserPasswordCiphertextDto.userIdType)[keyof typeof GetUserPasswordCiphertextDto.userIdType];
}

/**
 * Part of `GetUserResourceStructRespDto.data`.
 */
export type GetUserResourceStructDataDto = Schemas.GetUserResourceStructDataDto;
/** Run-time enums of {@link GetUserResourceStructDataDto}'s properties, named as in the official SDK. */
export const GetUserResourceStructDataDto = {
  /** The values of `GetUserResourceStructDataDto.resourceType`, by member name. */
  resourceType: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link GetUserResourceStructDataDto}'s enum properties: one of each property's values. */
export namespace GetUserResourceStructDataDto {
  /** One of the values of `GetUserResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof GetUserResourceStructDataDto.resourceType)[keyof typeof GetUserResourceStructDataDto.resourceType];
}

/**
 * Part of `HasAnyRoleReqDto.options`.
 */
export type HasAnyRoleOptionsDto = Schemas.HasAnyRoleOptionsDto;
/** Run-time enums of {@link HasAnyRoleOptionsDto}'s properties, named as in the official SDK. */
export const HasAnyRoleOptionsDto = {
  /** The values of `HasAnyRoleOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link HasAnyRoleOptionsDto}'s enum properties: one of each property's values. */
export namespace HasAnyRoleOptionsDto {
  /** One of the values of `HasAnyRoleOptionsDto.userIdType`. */
  export type userIdType = (typeof HasAnyRoleOptionsDto.userIdType)[keyof typeof HasAnyRoleOptionsDto.userIdType];
}

/**
 * Part of `IdentityListRespDto.data` and `UserDto.identities`.
 */
export type IdentityDto = Schemas.IdentityDto;
/** Run-time enums of {@link IdentityDto}'s properties, named as in the official SDK. */
export const IdentityDto = {
  /** The values of `IdentityDto.provider`, by member name. */
  provider: {
    OIDC: "oidc",
    OAUTH2: "oauth2",
    SAML: "saml",
    LDAP: "ldap",
    AD: "ad",
    CAS: "cas",
    AZURE_AD: "azure-ad",
    WECHAT: "wechat",
    GOOGLE: "google",
    QQ: "qq",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    WEIBO: "weibo",
    GITHUB: "github",
    ALIPAY: "alipay",
    APPLE: "apple",
    BAIDU: "baidu",
    LARK: "lark",
    GITLAB: "gitlab",
    TWITTER: "twitter",
    FACEBOOK: "facebook",
    SLACK: "slack",
    LINKEDIN: "linkedin",
    YIDUN: "yidun",
    QINGCLOUD: "qingcloud",
    GITEE: "gitee",
    INSTAGRAM: "instagram",
    WELINK: "welink",
    HUAWEI: "huawei",
    HONOR: "honor",
    XIAOMI: "xiaomi",
    OPPO: "oppo",
    AWS: "aws",
    AMAZON: "amazon",
    DOUYIN: "douyin",
    KUAISHOU: "kuaishou",
    LINE: "line",
    SDBZ: "sdbz",
    ZJZWFW: "zjzwfw",
    ZZDING: "zzding",
    SEEYONA8V5: "seeyona8v5",
  },
} as const;
/** The types of {@link IdentityDto}'s enum properties: one of each property's values. */
export namespace IdentityDto {
  /** One of the values of `IdentityDto.provider`. */
  export type provider = (typeof IdentityDto.provider)[keyof typeof IdentityDto.provider];
}

/**
 * Part of `CreateInvitationPolicyDto.inviteLinkConfig` and `UpdateInvitationPolicyDto.inviteLinkConfig`.
 */
export type InvitationLinkConfigDto = Schemas.InvitationLinkConfigDto;
/** Run-time enums of {@link InvitationLinkConfigDto}'s properties, named as in the official SDK. */
export const InvitationLinkConfigDto = {
  /** The values of `InvitationLinkConfigDto.inviteLinkDisuseRule`, by member name. */
  inviteLinkDisuseRule: {
    PERIOD: "period",
    AFTER_FIRST_CLICK: "afterFirstClick",
  },
  /** The values of `InvitationLinkConfigDto.linkExpiredTimeUnit`, by member name. */
  linkExpiredTimeUnit: {
    FOREVER: "forever",
    DAY: "day",
    HOUR: "hour",
    MINUTE: "minute",
  },
  /** The values of `InvitationLinkConfigDto.pageExpiredTimeUnit`, by member name. */
  pageExpiredTimeUnit: {
    MINUTE: "minute",
    HOUR: "hour",
    DAY: "day",
  },
} as const;
/** The types of {@link InvitationLinkConfigDto}'s enum properties: one of each property's values. */
export namespace InvitationLinkConfigDto {
  /** One of the values of `InvitationLinkConfigDto.inviteLinkDisuseRule`. */
  export type inviteLinkDisuseRule = (typeof InvitationLinkConfigDto.inviteLinkDisuseRule)[keyof typeof InvitationLinkConfigDto.inviteLinkDisuseRule];
  /** One of the values of `InvitationLinkConfigDto.linkExpiredTimeUnit`. */
  export type linkExpiredTimeUnit = (typeof InvitationLinkConfigDto.linkExpiredTimeUnit)[keyof typeof InvitationLinkConfigDto.linkExpiredTimeUnit];
  /** One of the values of `InvitationLinkConfigDto.pageExpiredTimeUnit`. */
  export type pageExpiredTimeUnit = (typeof InvitationLinkConfigDto.pageExpiredTimeUnit)[keyof typeof InvitationLinkConfigDto.pageExpiredTimeUnit];
}

/**
 * Part of `AddInvitationPolicyUserAttributionsBatchDto.targets` and `RemoveInvitationPolicyUserAttributionsBatchDto.targets`.
 */
export type InvitationPolicyUserAttributionListDto = Schemas.InvitationPolicyUserAttributionListDto;
/** Run-time enums of {@link InvitationPolicyUserAttributionListDto}'s properties, named as in the official SDK. */
export const InvitationPolicyUserAttributionListDto = {
  /** The values of `InvitationPolicyUserAttributionListDto.targetType`, by member name. */
  targetType: {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  },
} as const;
/** The types of {@link InvitationPolicyUserAttributionListDto}'s enum properties: one of each property's values. */
export namespace InvitationPolicyUserAttributionListDto {
  /** One of the values of `InvitationPolicyUserAttributionListDto.targetType`. */
  export type targetType = (typeof InvitationPolicyUserAttributionListDto.targetType)[keyof typeof InvitationPolicyUserAttributionListDto.targetType];
}

/**
 * Part of `InvitationRosterPaginationDto.list` and `InvitationRosterSingleRespDto.data`.
 */
export type InvitationRosterDto = Schemas.InvitationRosterDto;
/** Run-time enums of {@link InvitationRosterDto}'s properties, named as in the official SDK. */
export const InvitationRosterDto = {
  /** The values of `InvitationRosterDto.status`, by member name. */
  status: {
    EDITING: "editing",
    INVITED: "invited",
  },
} as const;
/** The types of {@link InvitationRosterDto}'s enum properties: one of each property's values. */
export namespace InvitationRosterDto {
  /** One of the values of `InvitationRosterDto.status`. */
  export type status = (typeof InvitationRosterDto.status)[keyof typeof InvitationRosterDto.status];
}

/**
 * Part of `InvitationUserPaginationDto.list`.
 */
export type InvitationUserDto = Schemas.InvitationUserDto;
/** Run-time enums of {@link InvitationUserDto}'s properties, named as in the official SDK. */
export const InvitationUserDto = {
  /** The values of `InvitationUserDto.status`, by member name. */
  status: {
    INVITED: "invited",
    REGISTERING: "registering",
    REGISTERED: "registered",
    REVERTED: "reverted",
    NOT_INVITED: "notInvited",
    EXPIRED: "expired",
    INVITATION_SEND_FAIL: "invitationSendFail",
    JOINED_BY_OTHER: "joinedByOther",
  },
  /** The values of `InvitationUserDto.source`, by member name. */
  source: {
    MANUAL_CREATE: "manualCreate",
    FILE_IMPORT: "fileImport",
  },
} as const;
/** The types of {@link InvitationUserDto}'s enum properties: one of each property's values. */
export namespace InvitationUserDto {
  /** One of the values of `InvitationUserDto.status`. */
  export type status = (typeof InvitationUserDto.status)[keyof typeof InvitationUserDto.status];
  /** One of the values of `InvitationUserDto.source`. */
  export type source = (typeof InvitationUserDto.source)[keyof typeof InvitationUserDto.source];
}

/**
 * Part of `KickPublicAccountsDto.options`.
 */
export type KickPublicAccountsOptionsDto = Schemas.KickPublicAccountsOptionsDto;
/** Run-time enums of {@link KickPublicAccountsOptionsDto}'s properties, named as in the official SDK. */
export const KickPublicAccountsOptionsDto = {
  /** The values of `KickPublicAccountsOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link KickPublicAccountsOptionsDto}'s enum properties: one of each property's values. */
export namespace KickPublicAccountsOptionsDto {
  /** One of the values of `KickPublicAccountsOptionsDto.userIdType`. */
  export type userIdType = (typeof KickPublicAccountsOptionsDto.userIdType)[keyof typeof KickPublicAccountsOptionsDto.userIdType];
}

/**
 * Part of `KickUsersDto.options`.
 */
export type KickUsersOptionsDto = Schemas.KickUsersOptionsDto;
/** Run-time enums of {@link KickUsersOptionsDto}'s properties, named as in the official SDK. */
export const KickUsersOptionsDto = {
  /** The values of `KickUsersOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link KickUsersOptionsDto}'s enum properties: one of each property's values. */
export namespace KickUsersOptionsDto {
  /** One of the values of `KickUsersOptionsDto.userIdType`. */
  export type userIdType = (typeof KickUsersOptionsDto.userIdType)[keyof typeof KickUsersOptionsDto.userIdType];
}

/**
 * Part of `ListApplicationAuthPaginatedDataDto.list`.
 */
export type ListApplicationAuthDataDto = Schemas.ListApplicationAuthDataDto;
/** Run-time enums of {@link ListApplicationAuthDataDto}'s properties, named as in the official SDK. */
export const ListApplicationAuthDataDto = {
  /** The values of `ListApplicationAuthDataDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  },
  /** The values of `ListApplicationAuthDataDto.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
  /** The values of `ListApplicationAuthDataDto.permissionType`, by member name. */
  permissionType: {
    ALL: "ALL",
    SUBJECT: "SUBJECT",
  },
} as const;
/** The types of {@link ListApplicationAuthDataDto}'s enum properties: one of each property's values. */
export namespace ListApplicationAuthDataDto {
  /** One of the values of `ListApplicationAuthDataDto.targetType`. */
  export type targetType = (typeof ListApplicationAuthDataDto.targetType)[keyof typeof ListApplicationAuthDataDto.targetType];
  /** One of the values of `ListApplicationAuthDataDto.effect`. */
  export type effect = (typeof ListApplicationAuthDataDto.effect)[keyof typeof ListApplicationAuthDataDto.effect];
  /** One of the values of `ListApplicationAuthDataDto.permissionType`. */
  export type permissionType = (typeof ListApplicationAuthDataDto.permissionType)[keyof typeof ListApplicationAuthDataDto.permissionType];
}

/**
 * Request body of `listAuthApplication`.
 */
export type ListApplicationAuthDto = Schemas.ListApplicationAuthDto;
/** Run-time enums of {@link ListApplicationAuthDto}'s properties, named as in the official SDK. */
export const ListApplicationAuthDto = {
  /** The values of `ListApplicationAuthDto.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
} as const;
/** The types of {@link ListApplicationAuthDto}'s enum properties: one of each property's values. */
export namespace ListApplicationAuthDto {
  /** One of the values of `ListApplicationAuthDto.effect`. */
  export type effect = (typeof ListApplicationAuthDto.effect)[keyof typeof ListApplicationAuthDto.effect];
}

/**
 * Part of `ListApplicationSubjectDataListDto.list`.
 */
export type ListApplicationSubjectDataDto = Schemas.ListApplicationSubjectDataDto;
/** Run-time enums of {@link ListApplicationSubjectDataDto}'s properties, named as in the official SDK. */
export const ListApplicationSubjectDataDto = {
  /** The values of `ListApplicationSubjectDataDto.appType`, by member name. */
  appType: {
    INTEGRATED: "INTEGRATED",
    SELFBUILT: "SELFBUILT",
    APP_PANEL: "APP_PANEL",
  },
  /** The values of `ListApplicationSubjectDataDto.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
} as const;
/** The types of {@link ListApplicationSubjectDataDto}'s enum properties: one of each property's values. */
export namespace ListApplicationSubjectDataDto {
  /** One of the values of `ListApplicationSubjectDataDto.appType`. */
  export type appType = (typeof ListApplicationSubjectDataDto.appType)[keyof typeof ListApplicationSubjectDataDto.appType];
  /** One of the values of `ListApplicationSubjectDataDto.effect`. */
  export type effect = (typeof ListApplicationSubjectDataDto.effect)[keyof typeof ListApplicationSubjectDataDto.effect];
}

/**
 * Request body of `listAuthSubject`.
 */
export type ListAuthSubjectDto = Schemas.ListAuthSubjectDto;
/** Run-time enums of {@link ListAuthSubjectDto}'s properties, named as in the official SDK. */
export const ListAuthSubjectDto = {
  /** The values of `ListAuthSubjectDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  },
} as const;
/** The types of {@link ListAuthSubjectDto}'s enum properties: one of each property's values. */
export namespace ListAuthSubjectDto {
  /** One of the values of `ListAuthSubjectDto.targetType`. */
  export type targetType = (typeof ListAuthSubjectDto.targetType)[keyof typeof ListAuthSubjectDto.targetType];
}

/**
 * Part of `DataResourcesPaginatedRespDto.list`.
 */
export type ListDataResourcesRespDto = Schemas.ListDataResourcesRespDto;
/** Run-time enums of {@link ListDataResourcesRespDto}'s properties, named as in the official SDK. */
export const ListDataResourcesRespDto = {
  /** The values of `ListDataResourcesRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link ListDataResourcesRespDto}'s enum properties: one of each property's values. */
export namespace ListDataResourcesRespDto {
  /** One of the values of `ListDataResourcesRespDto.type`. */
  export type type = (typeof ListDataResourcesRespDto.type)[keyof typeof ListDataResourcesRespDto.type];
}

/**
 * Part of `ListPublicAccountsRequestDto.advancedFilter`.
 */
export type ListPublicAccountsAdvancedFilterItemDto = Schemas.ListPublicAccountsAdvancedFilterItemDto;
/** Run-time enums of {@link ListPublicAccountsAdvancedFilterItemDto}'s properties, named as in the official SDK. */
export const ListPublicAccountsAdvancedFilterItemDto = {
  /** The values of `ListPublicAccountsAdvancedFilterItemDto.operator`, by member name. */
  operator: {
    EQUAL: "EQUAL",
    NOT_EQUAL: "NOT_EQUAL",
    CONTAINS: "CONTAINS",
    NOT_CONTAINS: "NOT_CONTAINS",
    IS_NULL: "IS_NULL",
    NOT_NULL: "NOT_NULL",
    IN: "IN",
    GREATER: "GREATER",
    LESSER: "LESSER",
    BETWEEN: "BETWEEN",
  },
} as const;
/** The types of {@link ListPublicAccountsAdvancedFilterItemDto}'s enum properties: one of each property's values. */
export namespace ListPublicAccountsAdvancedFilterItemDto {
  /** One of the values of `ListPublicAccountsAdvancedFilterItemDto.operator`. */
  export type operator = (typeof ListPublicAccountsAdvancedFilterItemDto.operator)[keyof typeof ListPublicAccountsAdvancedFilterItemDto.operator];
}

/**
 * Part of `ListUsersRequestDto.advancedFilter`.
 */
export type ListUsersAdvancedFilterItemDto = Schemas.ListUsersAdvancedFilterItemDto;
/** Run-time enums of {@link ListUsersAdvancedFilterItemDto}'s properties, named as in the official SDK. */
export const ListUsersAdvancedFilterItemDto = {
  /** The values of `ListUsersAdvancedFilterItemDto.operator`, by member name. */
  operator: {
    EQUAL: "EQUAL",
    NOT_EQUAL: "NOT_EQUAL",
    CONTAINS: "CONTAINS",
    NOT_CONTAINS: "NOT_CONTAINS",
    IS_NULL: "IS_NULL",
    NOT_NULL: "NOT_NULL",
    IN: "IN",
    GREATER: "GREATER",
    LESSER: "LESSER",
    BETWEEN: "BETWEEN",
  },
} as const;
/** The types of {@link ListUsersAdvancedFilterItemDto}'s enum properties: one of each property's values. */
export namespace ListUsersAdvancedFilterItemDto {
  /** One of the values of `ListUsersAdvancedFilterItemDto.operator`. */
  export type operator = (typeof ListUsersAdvancedFilterItemDto.operator)[keyof typeof ListUsersAdvancedFilterItemDto.operator];
}

/**
 * Part of `SecuritySettingsDto.loginAnomalyDetection` and `UpdateSecuritySettingsDto.loginAnomalyDetection`.
 */
export type LoginAnomalyDetectionConfigDto = Schemas.LoginAnomalyDetectionConfigDto;
/** Run-time enums of {@link LoginAnomalyDetectionConfigDto}'s properties, named as in the official SDK. */
export const LoginAnomalyDetectionConfigDto = {
  /** The values of `LoginAnomalyDetectionConfigDto.loginFailStrategy`, by member name. */
  loginFailStrategy: {
    CAPTCHA: "captcha",
    BLOCK_ACCOUNT: "block-account",
  },
} as const;
/** The types of {@link LoginAnomalyDetectionConfigDto}'s enum properties: one of each property's values. */
export namespace LoginAnomalyDetectionConfigDto {
  /** One of the values of `LoginAnomalyDetectionConfigDto.loginFailStrategy`. */
  export type loginFailStrategy = (typeof LoginAnomalyDetectionConfigDto.loginFailStrategy)[keyof typeof LoginAnomalyDetectionConfigDto.loginFailStrategy];
}

/**
 * Part of `UserPermissionListDto.resourceList`.
 */
export type OpenResource = Schemas.OpenResource;
/** Run-time enums of {@link OpenResource}'s properties, named as in the official SDK. */
export const OpenResource = {
  /** The values of `OpenResource.resourceType`, by member name. */
  resourceType: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link OpenResource}'s enum properties: one of each property's values. */
export namespace OpenResource {
  /** One of the values of `OpenResource.resourceType`. */
  export type resourceType = (typeof OpenResource.resourceType)[keyof typeof OpenResource.resourceType];
}

/**
 * Part of `PipelineFunctionPagingDto.list` and `PipelineFunctionSingleRespDto.data`.
 */
export type PipelineFunctionDto = Schemas.PipelineFunctionDto;
/** Run-time enums of {@link PipelineFunctionDto}'s properties, named as in the official SDK. */
export const PipelineFunctionDto = {
  /** The values of `PipelineFunctionDto.scene`, by member name. */
  scene: {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  },
  /** The values of `PipelineFunctionDto.status`, by member name. */
  status: {
    UPLOADING: "uploading",
    SUCCESS: "success",
    FAILED: "failed",
  },
} as const;
/** The types of {@link PipelineFunctionDto}'s enum properties: one of each property's values. */
export namespace PipelineFunctionDto {
  /** One of the values of `PipelineFunctionDto.scene`. */
  export type scene = (typeof PipelineFunctionDto.scene)[keyof typeof PipelineFunctionDto.scene];
  /** One of the values of `PipelineFunctionDto.status`. */
  export type status = (typeof PipelineFunctionDto.status)[keyof typeof PipelineFunctionDto.status];
}

/**
 * Part of `AuthorizedResourceDto.condition`.
 */
export type PolicyCondition = Schemas.PolicyCondition;
/** Run-time enums of {@link PolicyCondition}'s properties, named as in the official SDK. */
export const PolicyCondition = {
  /** The values of `PolicyCondition.param`, by member name. */
  param: {
    USER_POOL_ID: "UserPoolId",
    APP_ID: "AppId",
    REQUEST_FROM: "RequestFrom",
    USER_ID: "UserId",
    USER_ARN: "UserArn",
    CURRENT_TIME: "CurrentTime",
    EPOCH_TIME: "EpochTime",
    SOURCE_IP: "SourceIp",
    USER: "User",
    MULTI_FACTOR_AUTH_PRESENT: "MultiFactorAuthPresent",
    MULTI_FACTOR_AUTH_AGE: "MultiFactorAuthAge",
    USER_AGENT: "UserAgent",
    REFERER: "Referer",
    DEVICE: "Device",
    OS: "OS",
    COUNTRY: "Country",
    PROVINCE: "Province",
    CITY: "City",
    DEVICE_CHANGED: "DeviceChanged",
    DEVICE_UNTRUSTED: "DeviceUntrusted",
    PROXY_UNTRUSTED: "ProxyUntrusted",
    LOGGED_IN_APPS: "LoggedInApps",
    NAMESPACE: "Namespace",
  },
  /** The values of `PolicyCondition.operator`, by member name. */
  operator: {
    BOOL: "Bool",
    DATE_EQUALS: "DateEquals",
    DATE_NOT_EQUALS: "DateNotEquals",
    DATE_LESS_THAN: "DateLessThan",
    DATE_LESS_THAN_EQUALS: "DateLessThanEquals",
    DATE_GREATER_THAN: "DateGreaterThan",
    DATE_GREATER_THAN_EQUALS: "DateGreaterThanEquals",
    IP_ADDRESS: "IpAddress",
    NOT_IP_ADDRESS: "NotIpAddress",
    NUMERIC_EQUALS: "NumericEquals",
    NUMERIC_NOT_EQUALS: "NumericNotEquals",
    NUMERIC_LESS_THAN: "NumericLessThan",
    NUMERIC_LESS_THAN_EQUALS: "NumericLessThanEquals",
    NUMERIC_GREATER_THAN: "NumericGreaterThan",
    NUMERIC_GREATER_THAN_EQUALS: "NumericGreaterThanEquals",
    STRING_EQUALS: "StringEquals",
    STRING_NOT_EQUALS: "StringNotEquals",
    STRING_EQUALS_IGNORE_CASE: "StringEqualsIgnoreCase",
    STRING_NOT_EQUALS_IGNORE_CASE: "StringNotEqualsIgnoreCase",
    STRING_LIKE: "StringLike",
    STRING_NOT_LIKE: "StringNotLike",
    LIST_CONTAINS: "ListContains",
  },
} as const;
/** The types of {@link PolicyCondition}'s enum properties: one of each property's values. */
export namespace PolicyCondition {
  /** One of the values of `PolicyCondition.param`. */
  export type param = (typeof PolicyCondition.param)[keyof typeof PolicyCondition.param];
  /** One of the values of `PolicyCondition.operator`. */
  export type operator = (typeof PolicyCondition.operator)[keyof typeof PolicyCondition.operator];
}

/**
 * Request body of `previewEmailTemplate`.
 */
export type PreviewEmailTemplateDto = Schemas.PreviewEmailTemplateDto;
/** Run-time enums of {@link PreviewEmailTemplateDto}'s properties, named as in the official SDK. */
export const PreviewEmailTemplateDto = {
  /** The values of `PreviewEmailTemplateDto.type`, by member name. */
  type: {
    WELCOME_EMAIL: "WELCOME_EMAIL",
    FIRST_CREATED_USER: "FIRST_CREATED_USER",
    REGISTER_VERIFY_CODE: "REGISTER_VERIFY_CODE",
    LOGIN_VERIFY_CODE: "LOGIN_VERIFY_CODE",
    MFA_VERIFY_CODE: "MFA_VERIFY_CODE",
    INFORMATION_COMPLETION_VERIFY_CODE: "INFORMATION_COMPLETION_VERIFY_CODE",
    FIRST_EMAIL_LOGIN_VERIFY: "FIRST_EMAIL_LOGIN_VERIFY",
    CONSOLE_CONDUCTED_VERIFY: "CONSOLE_CONDUCTED_VERIFY",
    USER_PASSWORD_UPDATE_REMIND: "USER_PASSWORD_UPDATE_REMIND",
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION",
    USER_PASSWORD_RESET_NOTIFICATION: "USER_PASSWORD_RESET_NOTIFICATION",
    RESET_PASSWORD_VERIFY_CODE: "RESET_PASSWORD_VERIFY_CODE",
    SELF_UNLOCKING_VERIFY_CODE: "SELF_UNLOCKING_VERIFY_CODE",
    EMAIL_BIND_VERIFY_CODE: "EMAIL_BIND_VERIFY_CODE",
    EMAIL_UNBIND_VERIFY_CODE: "EMAIL_UNBIND_VERIFY_CODE",
  },
  /** The values of `PreviewEmailTemplateDto.tplEngine`, by member name. */
  tplEngine: {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  },
} as const;
/** The types of {@link PreviewEmailTemplateDto}'s enum properties: one of each property's values. */
export namespace PreviewEmailTemplateDto {
  /** One of the values of `PreviewEmailTemplateDto.type`. */
  export type type = (typeof PreviewEmailTemplateDto.type)[keyof typeof PreviewEmailTemplateDto.type];
  /** One of the values of `PreviewEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof PreviewEmailTemplateDto.tplEngine)[keyof typeof PreviewEmailTemplateDto.tplEngine];
}

/**
 * Part of `PublicAccountListRespDto.data`, `PublicAccountPagingDto.list` and `PublicAccountSingleRespDto.data`.
 */
export type PublicAccountDto = Schemas.PublicAccountDto;
/** Run-time enums of {@link PublicAccountDto}'s properties, named as in the official SDK. */
export const PublicAccountDto = {
  /** The values of `PublicAccountDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `PublicAccountDto.workStatus`, by member name. */
  workStatus: {
    CLOSED: "Closed",
    ACTIVE: "Active",
  },
  /** The values of `PublicAccountDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
  /** The values of `PublicAccountDto.userSourceType`, by member name. */
  userSourceType: {
    EXCEL: "excel",
    REGISTER: "register",
    ADMIN_CREATED: "adminCreated",
    SYNC: "sync",
  },
} as const;
/** The types of {@link PublicAccountDto}'s enum properties: one of each property's values. */
export namespace PublicAccountDto {
  /** One of the values of `PublicAccountDto.status`. */
  export type status = (typeof PublicAccountDto.status)[keyof typeof PublicAccountDto.status];
  /** One of the values of `PublicAccountDto.workStatus`. */
  export type workStatus = (typeof PublicAccountDto.workStatus)[keyof typeof PublicAccountDto.workStatus];
  /** One of the values of `PublicAccountDto.gender`. */
  export type gender = (typeof PublicAccountDto.gender)[keyof typeof PublicAccountDto.gender];
  /** One of the values of `PublicAccountDto.userSourceType`. */
  export type userSourceType = (typeof PublicAccountDto.userSourceType)[keyof typeof PublicAccountDto.userSourceType];
}

/**
 * Part of `QuickFilterInviteePaginationDto.list`.
 */
export type QuickFilterInviteeRecordDto = Schemas.QuickFilterInviteeRecordDto;
/** Run-time enums of {@link QuickFilterInviteeRecordDto}'s properties, named as in the official SDK. */
export const QuickFilterInviteeRecordDto = {
  /** The values of `QuickFilterInviteeRecordDto.inviteeStatus`, by member name. */
  inviteeStatus: {
    INVITED: "invited",
    REGISTERING: "registering",
    REGISTERED: "registered",
    REVERTED: "reverted",
    NOT_INVITED: "notInvited",
    EXPIRED: "expired",
    INVITATION_SEND_FAIL: "invitationSendFail",
    JOINED_BY_OTHER: "joinedByOther",
  },
  /** The values of `QuickFilterInviteeRecordDto.inviteeSource`, by member name. */
  inviteeSource: {
    MANUAL_CREATE: "manualCreate",
    FILE_IMPORT: "fileImport",
  },
} as const;
/** The types of {@link QuickFilterInviteeRecordDto}'s enum properties: one of each property's values. */
export namespace QuickFilterInviteeRecordDto {
  /** One of the values of `QuickFilterInviteeRecordDto.inviteeStatus`. */
  export type inviteeStatus = (typeof QuickFilterInviteeRecordDto.inviteeStatus)[keyof typeof QuickFilterInviteeRecordDto.inviteeStatus];
  /** One of the values of `QuickFilterInviteeRecordDto.inviteeSource`. */
  export type inviteeSource = (typeof QuickFilterInviteeRecordDto.inviteeSource)[keyof typeof QuickFilterInviteeRecordDto.inviteeSource];
}

/**
 * Request body of `removeDepartmentMembers`.
 */
export type RemoveDepartmentMembersReqDto = Schemas.RemoveDepartmentMembersReqDto;
/** Run-time enums of {@link RemoveDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export const RemoveDepartmentMembersReqDto = {
  /** The values of `RemoveDepartmentMembersReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link RemoveDepartmentMembersReqDto}'s enum properties: one of each property's values. */
export namespace RemoveDepartmentMembersReqDto {
  /** One of the values of `RemoveDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof RemoveDepartmentMembersReqDto.departmentIdType)[keyof typeof RemoveDepartmentMembersReqDto.departmentIdType];
}

/**
 * Request body of `removePolicyUserAttribution`.
 */
export type RemoveInvitationPolicyUserAttributionDto = Schemas.RemoveInvitationPolicyUserAttributionDto;
/** Run-time enums of {@link RemoveInvitationPolicyUserAttributionDto}'s properties, named as in the official SDK. */
export const RemoveInvitationPolicyUserAttributionDto = {
  /** The values of `RemoveInvitationPolicyUserAttributionDto.targetType`, by member name. */
  targetType: {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  },
} as const;
/** The types of {@link RemoveInvitationPolicyUserAttributionDto}'s enum properties: one of each property's values. */
export namespace RemoveInvitationPolicyUserAttributionDto {
  /** One of the values of `RemoveInvitationPolicyUserAttributionDto.targetType`. */
  export type targetType = (typeof RemoveInvitationPolicyUserAttributionDto.targetType)[keyof typeof RemoveInvitationPolicyUserAttributionDto.targetType];
}

/**
 * Request body of `removeTenantDepartmentMembers`.
 */
export type RemoveTenantDepartmentMembersReqDto = Schemas.RemoveTenantDepartmentMembersReqDto;
/** Run-time enums of {@link RemoveTenantDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export const RemoveTenantDepartmentMembersReqDto = {
  /** The values of `RemoveTenantDepartmentMembersReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link RemoveTenantDepartmentMembersReqDto}'s enum properties: one of each property's values. */
export namespace RemoveTenantDepartmentMembersReqDto {
  /** One of the values of `RemoveTenantDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType =
    (typeof RemoveTenantDepartmentMembersReqDto.departmentIdType)[keyof typeof RemoveTenantDepartmentMembersReqDto.departmentIdType];
}

/**
 * Part of `ResetUserPrincipalAuthenticationInfoDto.options`.
 */
export type ResetUserPrincipalAuthenticationInfoOptionsDto = Schemas.ResetUserPrincipalAuthenticationInfoOptionsDto;
/** Run-time enums of {@link ResetUserPrincipalAuthenticationInfoOptionsDto}'s properties, named as in the official SDK. */
export const ResetUserPrincipalAuthenticationInfoOptionsDto = {
  /** The values of `ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link ResetUserPrincipalAuthenticationInfoOptionsDto}'s enum properties: one of each property's values. */
export namespace ResetUserPrincipalAuthenticationInfoOptionsDto {
  /** One of the values of `ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`. */
  export type userIdType =
    (typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType)[keyof typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType];
}

/**
 * Request body of `resignUserBatch` and `resignPublicAccountBatch`.
 */
export type ResignUserBatchReqDto = Schemas.ResignUserBatchReqDto;
/** Run-time enums of {@link ResignUserBatchReqDto}'s properties, named as in the official SDK. */
export const ResignUserBatchReqDto = {
  /** The values of `ResignUserBatchReqDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link ResignUserBatchReqDto}'s enum properties: one of each property's values. */
export namespace ResignUserBatchReqDto {
  /** One of the values of `ResignUserBatchReqDto.userIdType`. */
  export type userIdType = (typeof ResignUserBatchReqDto.userIdType)[keyof typeof ResignUserBatchReqDto.userIdType];
}

/**
 * Request body of `resignUser`.
 */
export type ResignUserReqDto = Schemas.ResignUserReqDto;
/** Run-time enums of {@link ResignUserReqDto}'s properties, named as in the official SDK. */
export const ResignUserReqDto = {
  /** The values of `ResignUserReqDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link ResignUserReqDto}'s enum properties: one of each property's values. */
export namespace ResignUserReqDto {
  /** One of the values of `ResignUserReqDto.userIdType`. */
  export type userIdType = (typeof ResignUserReqDto.userIdType)[keyof typeof ResignUserReqDto.userIdType];
}

/**
 * Part of `GetResourceAuthorizedTargetDataDto.list`.
 */
export type ResourceAuthorizedTargetDto = Schemas.ResourceAuthorizedTargetDto;
/** Run-time enums of {@link ResourceAuthorizedTargetDto}'s properties, named as in the official SDK. */
export const ResourceAuthorizedTargetDto = {
  /** The values of `ResourceAuthorizedTargetDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link ResourceAuthorizedTargetDto}'s enum properties: one of each property's values. */
export namespace ResourceAuthorizedTargetDto {
  /** One of the values of `ResourceAuthorizedTargetDto.targetType`. */
  export type targetType = (typeof ResourceAuthorizedTargetDto.targetType)[keyof typeof ResourceAuthorizedTargetDto.targetType];
}

/**
 * Part of `ResourceListRespDto.data`, `ResourcePagingDto.list` and `ResourceRespDto.data`.
 */
export type ResourceDto = Schemas.ResourceDto;
/** Run-time enums of {@link ResourceDto}'s properties, named as in the official SDK. */
export const ResourceDto = {
  /** The values of `ResourceDto.type`, by member name. */
  type: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link ResourceDto}'s enum properties: one of each property's values. */
export namespace ResourceDto {
  /** One of the values of `ResourceDto.type`. */
  export type type = (typeof ResourceDto.type)[keyof typeof ResourceDto.type];
}

/**
 * Part of `AuthorizeResourceItem.resources`.
 */
export type ResourceItemDto = Schemas.ResourceItemDto;
/** Run-time enums of {@link ResourceItemDto}'s properties, named as in the official SDK. */
export const ResourceItemDto = {
  /** The values of `ResourceItemDto.resourceType`, by member name. */
  resourceType: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link ResourceItemDto}'s enum properties: one of each property's values. */
export namespace ResourceItemDto {
  /** One of the values of `ResourceItemDto.resourceType`. */
  export type resourceType = (typeof ResourceItemDto.resourceType)[keyof typeof ResourceItemDto.resourceType];
}

/**
 * Request body of `reviewTenantEnterpriseCertification`.
 */
export type ReviewTenantEnterpriseCertificationBodyDto = Schemas.ReviewTenantEnterpriseCertificationBodyDto;
/** Run-time enums of {@link ReviewTenantEnterpriseCertificationBodyDto}'s properties, named as in the official SDK. */
export const ReviewTenantEnterpriseCertificationBodyDto = {
  /** The values of `ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`, by member name. */
  enterpriseCertificationStatus: {
    NOT_SUBMIT: "not_submit",
    REVIEWING: "reviewing",
    PASS: "pass",
    _1: -1,
  },
} as const;
/** The types of {@link ReviewTenantEnterpriseCertificationBodyDto}'s enum properties: one of each property's values. */
export namespace ReviewTenantEnterpriseCertificationBodyDto {
  /** One of the values of `ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`. */
  export type enterpriseCertificationStatus =
    (typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus)[keyof typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus];
}

/**
 * Request body of `addRiskListPolicy`.
 */
export type RiskListPolicyCreateDto = Schemas.RiskListPolicyCreateDto;
/** Run-time enums of {@link RiskListPolicyCreateDto}'s properties, named as in the official SDK. */
export const RiskListPolicyCreateDto = {
  /** The values of `RiskListPolicyCreateDto.limitList`, by member name. */
  limitList: {
    FORBID_LOGIN: "FORBID_LOGIN",
    FORBID_REGISTER: "FORBID_REGISTER",
  },
  /** The values of `RiskListPolicyCreateDto.action`, by member name. */
  action: {
    ADD_IP_BLACK_LIST: "ADD_IP_BLACK_LIST",
    ADD_USER_BLACK_LIST: "ADD_USER_BLACK_LIST",
  },
  /** The values of `RiskListPolicyCreateDto.removeType`, by member name. */
  removeType: {
    MANUAL: "MANUAL",
    SCHEDULE: "SCHEDULE",
  },
  /** The values of `RiskListPolicyCreateDto.eventStateType`, by member name. */
  eventStateType: {
    PASSWORD_WRONG: "password_wrong",
    ACCOUNT_WRONG: "account_wrong",
  },
  /** The values of `RiskListPolicyCreateDto.userCond`, by member name. */
  userCond: {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  },
  /** The values of `RiskListPolicyCreateDto.ipCond`, by member name. */
  ipCond: {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  },
  /** The values of `RiskListPolicyCreateDto.userRange`, by member name. */
  userRange: {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  },
  /** The values of `RiskListPolicyCreateDto.ipRange`, by member name. */
  ipRange: {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  },
  /** The values of `RiskListPolicyCreateDto.optObject`, by member name. */
  optObject: {
    IP: "IP",
    USER: "USER",
  },
} as const;
/** The types of {@link RiskListPolicyCreateDto}'s enum properties: one of each property's values. */
export namespace RiskListPolicyCreateDto {
  /** One of the values of `RiskListPolicyCreateDto.limitList`. */
  export type limitList = (typeof RiskListPolicyCreateDto.limitList)[keyof typeof RiskListPolicyCreateDto.limitList];
  /** One of the values of `RiskListPolicyCreateDto.action`. */
  export type action = (typeof RiskListPolicyCreateDto.action)[keyof typeof RiskListPolicyCreateDto.action];
  /** One of the values of `RiskListPolicyCreateDto.removeType`. */
  export type removeType = (typeof RiskListPolicyCreateDto.removeType)[keyof typeof RiskListPolicyCreateDto.removeType];
  /** One of the values of `RiskListPolicyCreateDto.eventStateType`. */
  export type eventStateType = (typeof RiskListPolicyCreateDto.eventStateType)[keyof typeof RiskListPolicyCreateDto.eventStateType];
  /** One of the values of `RiskListPolicyCreateDto.userCond`. */
  export type userCond = (typeof RiskListPolicyCreateDto.userCond)[keyof typeof RiskListPolicyCreateDto.userCond];
  /** One of the values of `RiskListPolicyCreateDto.ipCond`. */
  export type ipCond = (typeof RiskListPolicyCreateDto.ipCond)[keyof typeof RiskListPolicyCreateDto.ipCond];
  /** One of the values of `RiskListPolicyCreateDto.userRange`. */
  export type userRange = (typeof RiskListPolicyCreateDto.userRange)[keyof typeof RiskListPolicyCreateDto.userRange];
  /** One of the values of `RiskListPolicyCreateDto.ipRange`. */
  export type ipRange = (typeof RiskListPolicyCreateDto.ipRange)[keyof typeof RiskListPolicyCreateDto.ipRange];
  /** One of the values of `RiskListPolicyCreateDto.optObject`. */
  export type optObject = (typeof RiskListPolicyCreateDto.optObject)[keyof typeof RiskListPolicyCreateDto.optObject];
}

/**
 * Part of `RiskListPolicyPagingDto.list`.
 */
export type RiskListPolicyRespDto = Schemas.RiskListPolicyRespDto;
/** Run-time enums of {@link RiskListPolicyRespDto}'s properties, named as in the official SDK. */
export const RiskListPolicyRespDto = {
  /** The values of `RiskListPolicyRespDto.optObject`, by member name. */
  optObject: {
    IP: "IP",
    USER: "USER",
  },
  /** The values of `RiskListPolicyRespDto.ipRange`, by member name. */
  ipRange: {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  },
  /** The values of `RiskListPolicyRespDto.userRange`, by member name. */
  userRange: {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  },
  /** The values of `RiskListPolicyRespDto.ipCond`, by member name. */
  ipCond: {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  },
  /** The values of `RiskListPolicyRespDto.userCond`, by member name. */
  userCond: {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  },
  /** The values of `RiskListPolicyRespDto.eventStateType`, by member name. */
  eventStateType: {
    PASSWORD_WRONG: "password_wrong",
    ACCOUNT_WRONG: "account_wrong",
  },
  /** The values of `RiskListPolicyRespDto.removeType`, by member name. */
  removeType: {
    MANUAL: "MANUAL",
    SCHEDULE: "SCHEDULE",
  },
  /** The values of `RiskListPolicyRespDto.action`, by member name. */
  action: {
    ADD_IP_BLACK_LIST: "ADD_IP_BLACK_LIST",
    ADD_USER_BLACK_LIST: "ADD_USER_BLACK_LIST",
  },
  /** The values of `RiskListPolicyRespDto.limitList`, by member name. */
  limitList: {
    FORBID_LOGIN: "FORBID_LOGIN",
    FORBID_REGISTER: "FORBID_REGISTER",
  },
} as const;
/** The types of {@link RiskListPolicyRespDto}'s enum properties: one of each property's values. */
export namespace RiskListPolicyRespDto {
  /** One of the values of `RiskListPolicyRespDto.optObject`. */
  export type optObject = (typeof RiskListPolicyRespDto.optObject)[keyof typeof RiskListPolicyRespDto.optObject];
  /** One of the values of `RiskListPolicyRespDto.ipRange`. */
  export type ipRange = (typeof RiskListPolicyRespDto.ipRange)[keyof typeof RiskListPolicyRespDto.ipRange];
  /** One of the values of `RiskListPolicyRespDto.userRange`. */
  export type userRange = (typeof RiskListPolicyRespDto.userRange)[keyof typeof RiskListPolicyRespDto.userRange];
  /** One of the values of `RiskListPolicyRespDto.ipCond`. */
  export type ipCond = (typeof RiskListPolicyRespDto.ipCond)[keyof typeof RiskListPolicyRespDto.ipCond];
  /** One of the values of `RiskListPolicyRespDto.userCond`. */
  export type userCond = (typeof RiskListPolicyRespDto.userCond)[keyof typeof RiskListPolicyRespDto.userCond];
  /** One of the values of `RiskListPolicyRespDto.eventStateType`. */
  export type eventStateType = (typeof RiskListPolicyRespDto.eventStateType)[keyof typeof RiskListPolicyRespDto.eventStateType];
  /** One of the values of `RiskListPolicyRespDto.removeType`. */
  export type removeType = (typeof RiskListPolicyRespDto.removeType)[keyof typeof RiskListPolicyRespDto.removeType];
  /** One of the values of `RiskListPolicyRespDto.action`. */
  export type action = (typeof RiskListPolicyRespDto.action)[keyof typeof RiskListPolicyRespDto.action];
  /** One of the values of `RiskListPolicyRespDto.limitList`. */
  export type limitList = (typeof RiskListPolicyRespDto.limitList)[keyof typeof RiskListPolicyRespDto.limitList];
}

/**
 * Part of `RoleAuthorizedResourcePagingDto.list`.
 */
export type RoleAuthorizedResourcesRespDto = Schemas.RoleAuthorizedResourcesRespDto;
/** Run-time enums of {@link RoleAuthorizedResourcesRespDto}'s properties, named as in the official SDK. */
export const RoleAuthorizedResourcesRespDto = {
  /** The values of `RoleAuthorizedResourcesRespDto.resourceType`, by member name. */
  resourceType: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link RoleAuthorizedResourcesRespDto}'s enum properties: one of each property's values. */
export namespace RoleAuthorizedResourcesRespDto {
  /** One of the values of `RoleAuthorizedResourcesRespDto.resourceType`. */
  export type resourceType = (typeof RoleAuthorizedResourcesRespDto.resourceType)[keyof typeof RoleAuthorizedResourcesRespDto.resourceType];
}

/**
 * Part of `SearchDepartmentsListReqDto.advancedFilter`.
 */
export type SearchDepartmentsFilterItemDto = Schemas.SearchDepartmentsFilterItemDto;
/** Run-time enums of {@link SearchDepartmentsFilterItemDto}'s properties, named as in the official SDK. */
export const SearchDepartmentsFilterItemDto = {
  /** The values of `SearchDepartmentsFilterItemDto.operator`, by member name. */
  operator: {
    BETWEEN: "BETWEEN",
    EQUAL: "EQUAL",
    IN: "IN",
    LESSER: "LESSER",
    GREATER: "GREATER",
    CONTAINS: "CONTAINS",
  },
} as const;
/** The types of {@link SearchDepartmentsFilterItemDto}'s enum properties: one of each property's values. */
export namespace SearchDepartmentsFilterItemDto {
  /** One of the values of `SearchDepartmentsFilterItemDto.operator`. */
  export type operator = (typeof SearchDepartmentsFilterItemDto.operator)[keyof typeof SearchDepartmentsFilterItemDto.operator];
}

/**
 * Request body of `searchDepartmentsList`.
 */
export type SearchDepartmentsListReqDto = Schemas.SearchDepartmentsListReqDto;
/** Run-time enums of {@link SearchDepartmentsListReqDto}'s properties, named as in the official SDK. */
export const SearchDepartmentsListReqDto = {
  /** The values of `SearchDepartmentsListReqDto.sortBy`, by member name. */
  sortBy: {
    UPDATED_AT: "updatedAt",
    CREATED_AT: "createdAt",
  },
  /** The values of `SearchDepartmentsListReqDto.orderBy`, by member name. */
  orderBy: {
    ASC: "ASC",
    DESC: "DESC",
  },
} as const;
/** The types of {@link SearchDepartmentsListReqDto}'s enum properties: one of each property's values. */
export namespace SearchDepartmentsListReqDto {
  /** One of the values of `SearchDepartmentsListReqDto.sortBy`. */
  export type sortBy = (typeof SearchDepartmentsListReqDto.sortBy)[keyof typeof SearchDepartmentsListReqDto.sortBy];
  /** One of the values of `SearchDepartmentsListReqDto.orderBy`. */
  export type orderBy = (typeof SearchDepartmentsListReqDto.orderBy)[keyof typeof SearchDepartmentsListReqDto.orderBy];
}

/**
 * Part of `SecuritySettingsDto.selfUnlockAccount` and `UpdateSecuritySettingsDto.selfUnlockAccount`.
 */
export type SelfUnlockAccountConfigDto = Schemas.SelfUnlockAccountConfigDto;
/** Run-time enums of {@link SelfUnlockAccountConfigDto}'s properties, named as in the official SDK. */
export const SelfUnlockAccountConfigDto = {
  /** The values of `SelfUnlockAccountConfigDto.strategy`, by member name. */
  strategy: {
    CAPTCHA: "captcha",
    PASSWORD_CAPTCHA: "password-captcha",
  },
} as const;
/** The types of {@link SelfUnlockAccountConfigDto}'s enum properties: one of each property's values. */
export namespace SelfUnlockAccountConfigDto {
  /** One of the values of `SelfUnlockAccountConfigDto.strategy`. */
  export type strategy = (typeof SelfUnlockAccountConfigDto.strategy)[keyof typeof SelfUnlockAccountConfigDto.strategy];
}

/**
 * Request body of `setCustomData`.
 */
export type SetCustomDataReqDto = Schemas.SetCustomDataReqDto;
/** Run-time enums of {@link SetCustomDataReqDto}'s properties, named as in the official SDK. */
export const SetCustomDataReqDto = {
  /** The values of `SetCustomDataReqDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link SetCustomDataReqDto}'s enum properties: one of each property's values. */
export namespace SetCustomDataReqDto {
  /** One of the values of `SetCustomDataReqDto.targetType`. */
  export type targetType = (typeof SetCustomDataReqDto.targetType)[keyof typeof SetCustomDataReqDto.targetType];
}

/**
 * Part of `SetCustomFieldsReqDto.list`.
 */
export type SetCustomFieldDto = Schemas.SetCustomFieldDto;
/** Run-time enums of {@link SetCustomFieldDto}'s properties, named as in the official SDK. */
export const SetCustomFieldDto = {
  /** The values of `SetCustomFieldDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
  /** The values of `SetCustomFieldDto.dataType`, by member name. */
  dataType: {
    STRING: "STRING",
    NUMBER: "NUMBER",
    DATETIME: "DATETIME",
    BOOLEAN: "BOOLEAN",
    ENUM: "ENUM",
  },
} as const;
/** The types of {@link SetCustomFieldDto}'s enum properties: one of each property's values. */
export namespace SetCustomFieldDto {
  /** One of the values of `SetCustomFieldDto.targetType`. */
  export type targetType = (typeof SetCustomFieldDto.targetType)[keyof typeof SetCustomFieldDto.targetType];
  /** One of the values of `SetCustomFieldDto.dataType`. */
  export type dataType = (typeof SetCustomFieldDto.dataType)[keyof typeof SetCustomFieldDto.dataType];
}

/**
 * Request body of `setUsersMfaStatus`.
 */
export type SetMfaStatusDto = Schemas.SetMfaStatusDto;
/** Run-time enums of {@link SetMfaStatusDto}'s properties, named as in the official SDK. */
export const SetMfaStatusDto = {
  /** The values of `SetMfaStatusDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link SetMfaStatusDto}'s enum properties: one of each property's values. */
export namespace SetMfaStatusDto {
  /** One of the values of `SetMfaStatusDto.userIdType`. */
  export type userIdType = (typeof SetMfaStatusDto.userIdType)[keyof typeof SetMfaStatusDto.userIdType];
}

/**
 * Part of `SetUserDepartmentsDto.options`.
 */
export type SetUserDepartmentsOptionsDto = Schemas.SetUserDepartmentsOptionsDto;
/** Run-time enums of {@link SetUserDepartmentsOptionsDto}'s properties, named as in the official SDK. */
export const SetUserDepartmentsOptionsDto = {
  /** The values of `SetUserDepartmentsOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
} as const;
/** The types of {@link SetUserDepartmentsOptionsDto}'s enum properties: one of each property's values. */
export namespace SetUserDepartmentsOptionsDto {
  /** One of the values of `SetUserDepartmentsOptionsDto.userIdType`. */
  export type userIdType = (typeof SetUserDepartmentsOptionsDto.userIdType)[keyof typeof SetUserDepartmentsOptionsDto.userIdType];
}

/**
 * Part of `ListPublicAccountsOptionsDto.sort` and `ListUsersOptionsDto.sort`.
 */
export type SortingDto = Schemas.SortingDto;
/** Run-time enums of {@link SortingDto}'s properties, named as in the official SDK. */
export const SortingDto = {
  /** The values of `SortingDto.field`, by member name. */
  field: {
    ID: "id",
    CREATED_AT: "createdAt",
    UPDATED_AT: "updatedAt",
    EMAIL: "email",
    USERNAME: "username",
    EXTERNAL_ID: "externalId",
    PHONE: "phone",
    STATUS: "status",
    STATUS_CHANGED_AT: "statusChangedAt",
    PASSWORD_LAST_SET_AT: "passwordLastSetAt",
    LOGINS_COUNT: "loginsCount",
    GENDER: "gender",
    LAST_LOGIN: "lastLogin",
    USER_SOURCE_TYPE: "userSourceType",
    LAST_MFA_TIME: "lastMfaTime",
    PASSWORD_SECURITY_LEVEL: "passwordSecurityLevel",
    PHONE_COUNTRY_CODE: "phoneCountryCode",
    LAST_IP: "lastIp",
  },
  /** The values of `SortingDto.order`, by member name. */
  order: {
    DESC: "desc",
    ASC: "asc",
  },
} as const;
/** The types of {@link SortingDto}'s enum properties: one of each property's values. */
export namespace SortingDto {
  /** One of the values of `SortingDto.field`. */
  export type field = (typeof SortingDto.field)[keyof typeof SortingDto.field];
  /** One of the values of `SortingDto.order`. */
  export type order = (typeof SortingDto.order)[keyof typeof SortingDto.order];
}

/**
 * Part of `CreateAuthorizeDataPolicyDto.targetList`.
 */
export type SubjectDto = Schemas.SubjectDto;
/** Run-time enums of {@link SubjectDto}'s properties, named as in the official SDK. */
export const SubjectDto = {
  /** The values of `SubjectDto.type`, by member name. */
  type: {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  },
} as const;
/** The types of {@link SubjectDto}'s enum properties: one of each property's values. */
export namespace SubjectDto {
  /** One of the values of `SubjectDto.type`. */
  export type type = (typeof SubjectDto.type)[keyof typeof SubjectDto.type];
}

/**
 * Part of `ListDataPoliciesRespDto.targetList`.
 */
export type SubjectRespDto = Schemas.SubjectRespDto;
/** Run-time enums of {@link SubjectRespDto}'s properties, named as in the official SDK. */
export const SubjectRespDto = {
  /** The values of `SubjectRespDto.type`, by member name. */
  type: {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  },
} as const;
/** The types of {@link SubjectRespDto}'s enum properties: one of each property's values. */
export namespace SubjectRespDto {
  /** One of the values of `SubjectRespDto.type`. */
  export type type = (typeof SubjectRespDto.type)[keyof typeof SubjectRespDto.type];
}

/**
 * Part of `SyncJobPagingDto.list` and `SyncJobSingleRespDto.data`.
 */
export type SyncJobDto = Schemas.SyncJobDto;
/** Run-time enums of {@link SyncJobDto}'s properties, named as in the official SDK. */
export const SyncJobDto = {
  /** The values of `SyncJobDto.syncStatus`, by member name. */
  syncStatus: {
    FREE: "free",
    PENDING: "pending",
    ON_PROGRESS: "onProgress",
    SUCCESS: "success",
    FAILED: "failed",
  },
  /** The values of `SyncJobDto.syncFlow`, by member name. */
  syncFlow: {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  },
  /** The values of `SyncJobDto.syncTrigger`, by member name. */
  syncTrigger: {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  },
} as const;
/** The types of {@link SyncJobDto}'s enum properties: one of each property's values. */
export namespace SyncJobDto {
  /** One of the values of `SyncJobDto.syncStatus`. */
  export type syncStatus = (typeof SyncJobDto.syncStatus)[keyof typeof SyncJobDto.syncStatus];
  /** One of the values of `SyncJobDto.syncFlow`. */
  export type syncFlow = (typeof SyncJobDto.syncFlow)[keyof typeof SyncJobDto.syncFlow];
  /** One of the values of `SyncJobDto.syncTrigger`. */
  export type syncTrigger = (typeof SyncJobDto.syncTrigger)[keyof typeof SyncJobDto.syncTrigger];
}

/**
 * Part of `SyncRiskOperationPagingDto.list`.
 */
export type SyncRiskOperationDto = Schemas.SyncRiskOperationDto;
/** Run-time enums of {@link SyncRiskOperationDto}'s properties, named as in the official SDK. */
export const SyncRiskOperationDto = {
  /** The values of `SyncRiskOperationDto.status`, by member name. */
  status: {
    PENDING: "PENDING",
    SUCCESS: "SUCCESS",
    FAILED: "FAILED",
    CANCELED: "CANCELED",
    EXECUTING: "EXECUTING",
  },
  /** The values of `SyncRiskOperationDto.objectType`, by member name. */
  objectType: {
    DEPARTMENT: "DEPARTMENT",
    USER: "USER",
  },
} as const;
/** The types of {@link SyncRiskOperationDto}'s enum properties: one of each property's values. */
export namespace SyncRiskOperationDto {
  /** One of the values of `SyncRiskOperationDto.status`. */
  export type status = (typeof SyncRiskOperationDto.status)[keyof typeof SyncRiskOperationDto.status];
  /** One of the values of `SyncRiskOperationDto.objectType`. */
  export type objectType = (typeof SyncRiskOperationDto.objectType)[keyof typeof SyncRiskOperationDto.objectType];
}

/**
 * Part of `SyncTaskPagingDto.list` and `SyncTaskSingleRespDto.data`.
 */
export type SyncTaskDto = Schemas.SyncTaskDto;
/** Run-time enums of {@link SyncTaskDto}'s properties, named as in the official SDK. */
export const SyncTaskDto = {
  /** The values of `SyncTaskDto.syncTaskType`, by member name. */
  syncTaskType: {
    LARK: "lark",
    LARK_INTERNATIONAL: "lark-international",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    ACTIVE_DIRECTORY: "active-directory",
    ITALENT: "italent",
    MAYCUR: "maycur",
    LDAP: "ldap",
    MOKA: "moka",
    FXIAOKE: "fxiaoke",
    SCIM: "scim",
    XIAOSHOUYI: "xiaoshouyi",
    KAYANG: "kayang",
    CUSTOM: "custom",
  },
  /** The values of `SyncTaskDto.syncFlow`, by member name. */
  syncFlow: {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  },
  /** The values of `SyncTaskDto.syncTrigger`, by member name. */
  syncTrigger: {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  },
  /** The values of `SyncTaskDto.lastSyncStatus`, by member name. */
  lastSyncStatus: {
    FREE: "free",
    PENDING: "pending",
    ON_PROGRESS: "onProgress",
    SUCCESS: "success",
    FAILED: "failed",
  },
} as const;
/** The types of {@link SyncTaskDto}'s enum properties: one of each property's values. */
export namespace SyncTaskDto {
  /** One of the values of `SyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof SyncTaskDto.syncTaskType)[keyof typeof SyncTaskDto.syncTaskType];
  /** One of the values of `SyncTaskDto.syncFlow`. */
  export type syncFlow = (typeof SyncTaskDto.syncFlow)[keyof typeof SyncTaskDto.syncFlow];
  /** One of the values of `SyncTaskDto.syncTrigger`. */
  export type syncTrigger = (typeof SyncTaskDto.syncTrigger)[keyof typeof SyncTaskDto.syncTrigger];
  /** One of the values of `SyncTaskDto.lastSyncStatus`. */
  export type lastSyncStatus = (typeof SyncTaskDto.lastSyncStatus)[keyof typeof SyncTaskDto.lastSyncStatus];
}

/**
 * Part of `CreateSyncTaskDto.timedScheduler`, `SyncTaskDto.timedScheduler` and `UpdateSyncTaskDto.timedScheduler`.
 */
export type SyncTaskTimedScheduler = Schemas.SyncTaskTimedScheduler;
/** Run-time enums of {@link SyncTaskTimedScheduler}'s properties, named as in the official SDK. */
export const SyncTaskTimedScheduler = {
  /** The values of `SyncTaskTimedScheduler.cycle`, by member name. */
  cycle: {
    MONTH: "month",
    WEEK: "week",
    DAYS: "days",
    SIX_HOURS: "sixHours",
    TWO_HOURS: "twoHours",
  },
} as const;
/** The types of {@link SyncTaskTimedScheduler}'s enum properties: one of each property's values. */
export namespace SyncTaskTimedScheduler {
  /** One of the values of `SyncTaskTimedScheduler.cycle`. */
  export type cycle = (typeof SyncTaskTimedScheduler.cycle)[keyof typeof SyncTaskTimedScheduler.cycle];
}

/**
 * Part of `AssignRoleBatchDto.targets`, `AssignRoleDto.targets` and `RevokeRoleBatchDto.targets` and others.
 */
export type TargetDto = Schemas.TargetDto;
/** Run-time enums of {@link TargetDto}'s properties, named as in the official SDK. */
export const TargetDto = {
  /** The values of `TargetDto.targetType`, by member name. */
  targetType: {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  },
} as const;
/** The types of {@link TargetDto}'s enum properties: one of each property's values. */
export namespace TargetDto {
  /** One of the values of `TargetDto.targetType`. */
  export type targetType = (typeof TargetDto.targetType)[keyof typeof TargetDto.targetType];
}

/**
 * What `getTenantEnterpriseCertification` answers.
 */
export type TenantEnterpriseCertificationRespDto = Schemas.TenantEnterpriseCertificationRespDto;
/** Run-time enums of {@link TenantEnterpriseCertificationRespDto}'s properties, named as in the official SDK. */
export const TenantEnterpriseCertificationRespDto = {
  /** The values of `TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`, by member name. */
  enterpriseCertificationStatus: {
    NOT_SUBMIT: "not_submit",
    REVIEWING: "reviewing",
    PASS: "pass",
    _1: -1,
  },
} as const;
/** The types of {@link TenantEnterpriseCertificationRespDto}'s enum properties: one of each property's values. */
export namespace TenantEnterpriseCertificationRespDto {
  /** One of the values of `TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`. */
  export type enterpriseCertificationStatus =
    (typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus)[keyof typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus];
}

/**
 * Part of `TenantCooperatorDto.tenantUser`, `TenantUserListPagingDto.list` and `TenantUserRespDto.data` and others.
 */
export type TenantUserDto = Schemas.TenantUserDto;
/** Run-time enums of {@link TenantUserDto}'s properties, named as in the official SDK. */
export const TenantUserDto = {
  /** The values of `TenantUserDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link TenantUserDto}'s enum properties: one of each property's values. */
export namespace TenantUserDto {
  /** One of the values of `TenantUserDto.gender`. */
  export type gender = (typeof TenantUserDto.gender)[keyof typeof TenantUserDto.gender];
}

/**
 * Part of `PaginationUniversalInvitationApplicantDataDto.list`.
 */
export type UniversalInvitationApplicantData = Schemas.UniversalInvitationApplicantData;
/** Run-time enums of {@link UniversalInvitationApplicantData}'s properties, named as in the official SDK. */
export const UniversalInvitationApplicantData = {
  /** The values of `UniversalInvitationApplicantData.status`, by member name. */
  status: {
    PENDING: "PENDING",
    PASSED: "PASSED",
    REJECTED: "REJECTED",
  },
  /** The values of `UniversalInvitationApplicantData.channel`, by member name. */
  channel: {
    MANUAL: "MANUAL",
    AUTO: "AUTO",
  },
} as const;
/** The types of {@link UniversalInvitationApplicantData}'s enum properties: one of each property's values. */
export namespace UniversalInvitationApplicantData {
  /** One of the values of `UniversalInvitationApplicantData.status`. */
  export type status = (typeof UniversalInvitationApplicantData.status)[keyof typeof UniversalInvitationApplicantData.status];
  /** One of the values of `UniversalInvitationApplicantData.channel`. */
  export type channel = (typeof UniversalInvitationApplicantData.channel)[keyof typeof UniversalInvitationApplicantData.channel];
}

/**
 * Request body of `updateApplication`.
 */
export type UpdateApplicationDto = Schemas.UpdateApplicationDto;
/** Run-time enums of {@link UpdateApplicationDto}'s properties, named as in the official SDK. */
export const UpdateApplicationDto = {
  /** The values of `UpdateApplicationDto.defaultProtocol`, by member name. */
  defaultProtocol: {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  },
} as const;
/** The types of {@link UpdateApplicationDto}'s enum properties: one of each property's values. */
export namespace UpdateApplicationDto {
  /** One of the values of `UpdateApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof UpdateApplicationDto.defaultProtocol)[keyof typeof UpdateApplicationDto.defaultProtocol];
}

/**
 * Request body of `updateApplicationPermissionStrategy`.
 */
export type UpdateApplicationPermissionStrategyDataDto = Schemas.UpdateApplicationPermissionStrategyDataDto;
/** Run-time enums of {@link UpdateApplicationPermissionStrategyDataDto}'s properties, named as in the official SDK. */
export const UpdateApplicationPermissionStrategyDataDto = {
  /** The values of `UpdateApplicationPermissionStrategyDataDto.permissionStrategy`, by member name. */
  permissionStrategy: {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  },
} as const;
/** The types of {@link UpdateApplicationPermissionStrategyDataDto}'s enum properties: one of each property's values. */
export namespace UpdateApplicationPermissionStrategyDataDto {
  /** One of the values of `UpdateApplicationPermissionStrategyDataDto.permissionStrategy`. */
  export type permissionStrategy =
    (typeof UpdateApplicationPermissionStrategyDataDto.permissionStrategy)[keyof typeof UpdateApplicationPermissionStrategyDataDto.permissionStrategy];
}

/**
 * Part of `UpdateDataResourceResponseDto.data`.
 */
export type UpdateDataResourceRespDto = Schemas.UpdateDataResourceRespDto;
/** Run-time enums of {@link UpdateDataResourceRespDto}'s properties, named as in the official SDK. */
export const UpdateDataResourceRespDto = {
  /** The values of `UpdateDataResourceRespDto.type`, by member name. */
  type: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link UpdateDataResourceRespDto}'s enum properties: one of each property's values. */
export namespace UpdateDataResourceRespDto {
  /** One of the values of `UpdateDataResourceRespDto.type`. */
  export type type = (typeof UpdateDataResourceRespDto.type)[keyof typeof UpdateDataResourceRespDto.type];
}

/**
 * Request body of `updateDepartment`.
 */
export type UpdateDepartmentReqDto = Schemas.UpdateDepartmentReqDto;
/** Run-time enums of {@link UpdateDepartmentReqDto}'s properties, named as in the official SDK. */
export const UpdateDepartmentReqDto = {
  /** The values of `UpdateDepartmentReqDto.departmentIdType`, by member name. */
  departmentIdType: {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  },
} as const;
/** The types of {@link UpdateDepartmentReqDto}'s enum properties: one of each property's values. */
export namespace UpdateDepartmentReqDto {
  /** One of the values of `UpdateDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof UpdateDepartmentReqDto.departmentIdType)[keyof typeof UpdateDepartmentReqDto.departmentIdType];
}

/**
 * Request body of `updateRuleSettings`.
 */
export type UpdateDeviceExclusiveRuleDto = Schemas.UpdateDeviceExclusiveRuleDto;
/** Run-time enums of {@link UpdateDeviceExclusiveRuleDto}'s properties, named as in the official SDK. */
export const UpdateDeviceExclusiveRuleDto = {
  /** The values of `UpdateDeviceExclusiveRuleDto.rule`, by member name. */
  rule: {
    DISABLE: "disable",
    CONDITION_DEVICE: "condition:device",
    CONDITION_IP: "condition:ip",
  },
} as const;
/** The types of {@link UpdateDeviceExclusiveRuleDto}'s enum properties: one of each property's values. */
export namespace UpdateDeviceExclusiveRuleDto {
  /** One of the values of `UpdateDeviceExclusiveRuleDto.rule`. */
  export type rule = (typeof UpdateDeviceExclusiveRuleDto.rule)[keyof typeof UpdateDeviceExclusiveRuleDto.rule];
}

/**
 * Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
 */
export type UpdateEmailTemplateDto = Schemas.UpdateEmailTemplateDto;
/** Run-time enums of {@link UpdateEmailTemplateDto}'s properties, named as in the official SDK. */
export const UpdateEmailTemplateDto = {
  /** The values of `UpdateEmailTemplateDto.type`, by member name. */
  type: {
    WELCOME_EMAIL: "WELCOME_EMAIL",
    FIRST_CREATED_USER: "FIRST_CREATED_USER",
    REGISTER_VERIFY_CODE: "REGISTER_VERIFY_CODE",
    LOGIN_VERIFY_CODE: "LOGIN_VERIFY_CODE",
    MFA_VERIFY_CODE: "MFA_VERIFY_CODE",
    INFORMATION_COMPLETION_VERIFY_CODE: "INFORMATION_COMPLETION_VERIFY_CODE",
    FIRST_EMAIL_LOGIN_VERIFY: "FIRST_EMAIL_LOGIN_VERIFY",
    CONSOLE_CONDUCTED_VERIFY: "CONSOLE_CONDUCTED_VERIFY",
    USER_PASSWORD_UPDATE_REMIND: "USER_PASSWORD_UPDATE_REMIND",
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION",
    USER_PASSWORD_RESET_NOTIFICATION: "USER_PASSWORD_RESET_NOTIFICATION",
    RESET_PASSWORD_VERIFY_CODE: "RESET_PASSWORD_VERIFY_CODE",
    SELF_UNLOCKING_VERIFY_CODE: "SELF_UNLOCKING_VERIFY_CODE",
    EMAIL_BIND_VERIFY_CODE: "EMAIL_BIND_VERIFY_CODE",
    EMAIL_UNBIND_VERIFY_CODE: "EMAIL_UNBIND_VERIFY_CODE",
  },
  /** The values of `UpdateEmailTemplateDto.tplEngine`, by member name. */
  tplEngine: {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  },
} as const;
/** The types of {@link UpdateEmailTemplateDto}'s enum properties: one of each property's values. */
export namespace UpdateEmailTemplateDto {
  /** One of the values of `UpdateEmailTemplateDto.type`. */
  export type type = (typeof UpdateEmailTemplateDto.type)[keyof typeof UpdateEmailTemplateDto.type];
  /** One of the values of `UpdateEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof UpdateEmailTemplateDto.tplEngine)[keyof typeof UpdateEmailTemplateDto.tplEngine];
}

/**
 * Part of `PolicyExtendsFieldsDto.extendsField`.
 */
export type UpdateExtendsFieldDto = Schemas.UpdateExtendsFieldDto;
/** Run-time enums of {@link UpdateExtendsFieldDto}'s properties, named as in the official SDK. */
export const UpdateExtendsFieldDto = {
  /** The values of `UpdateExtendsFieldDto.type`, by member name. */
  type: {
    USER: "user",
    INTERNAL: "internal",
  },
  /** The values of `UpdateExtendsFieldDto.inputType`, by member name. */
  inputType: {
    IMAGE: "image",
    NUMBER: "number",
    DATE: "date",
    DATE_TIME: "dateTime",
    DATETIME: "datetime",
    SELECT: "select",
    DROPDOWN: "dropdown",
    BOOLEAN: "boolean",
    STRING: "string",
    TEXT: "text",
    GENDER: "gender",
    COUNTRY: "country",
    USERNAME: "username",
    PHONE: "phone",
    EMAIL: "email",
  },
} as const;
/** The types of {@link UpdateExtendsFieldDto}'s enum properties: one of each property's values. */
export namespace UpdateExtendsFieldDto {
  /** One of the values of `UpdateExtendsFieldDto.type`. */
  export type type = (typeof UpdateExtendsFieldDto.type)[keyof typeof UpdateExtendsFieldDto.type];
  /** One of the values of `UpdateExtendsFieldDto.inputType`. */
  export type inputType = (typeof UpdateExtendsFieldDto.inputType)[keyof typeof UpdateExtendsFieldDto.inputType];
}

/**
 * Request body of `updateModel`.
 */
export type UpdateFunctionModelDto = Schemas.UpdateFunctionModelDto;
/** Run-time enums of {@link UpdateFunctionModelDto}'s properties, named as in the official SDK. */
export const UpdateFunctionModelDto = {
  /** The values of `UpdateFunctionModelDto.type`, by member name. */
  type: {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  },
} as const;
/** The types of {@link UpdateFunctionModelDto}'s enum properties: one of each property's values. */
export namespace UpdateFunctionModelDto {
  /** One of the values of `UpdateFunctionModelDto.type`. */
  export type type = (typeof UpdateFunctionModelDto.type)[keyof typeof UpdateFunctionModelDto.type];
}

/**
 * Request body of `updateInvitationPolicy`.
 */
export type UpdateInvitationPolicyDto = Schemas.UpdateInvitationPolicyDto;
/** Run-time enums of {@link UpdateInvitationPolicyDto}'s properties, named as in the official SDK. */
export const UpdateInvitationPolicyDto = {
  /** The values of `UpdateInvitationPolicyDto.inviteMethod`, by member name. */
  inviteMethod: {
    EMAIL: "email",
  },
  /** The values of `UpdateInvitationPolicyDto.sendVerifyCodeMethod`, by member name. */
  sendVerifyCodeMethod: {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  },
} as const;
/** The types of {@link UpdateInvitationPolicyDto}'s enum properties: one of each property's values. */
export namespace UpdateInvitationPolicyDto {
  /** One of the values of `UpdateInvitationPolicyDto.inviteMethod`. */
  export type inviteMethod = (typeof UpdateInvitationPolicyDto.inviteMethod)[keyof typeof UpdateInvitationPolicyDto.inviteMethod];
  /** One of the values of `UpdateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod)[keyof typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod];
}

/**
 * Request body of `updatePipelineOrder`.
 */
export type UpdatePipelineOrderDto = Schemas.UpdatePipelineOrderDto;
/** Run-time enums of {@link UpdatePipelineOrderDto}'s properties, named as in the official SDK. */
export const UpdatePipelineOrderDto = {
  /** The values of `UpdatePipelineOrderDto.scene`, by member name. */
  scene: {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  },
} as const;
/** The types of {@link UpdatePipelineOrderDto}'s enum properties: one of each property's values. */
export namespace UpdatePipelineOrderDto {
  /** One of the values of `UpdatePipelineOrderDto.scene`. */
  export type scene = (typeof UpdatePipelineOrderDto.scene)[keyof typeof UpdatePipelineOrderDto.scene];
}

/**
 * Part of `UpdatePublicAccountBatchReqDto.options`.
 */
export type UpdatePublicAccountBatchOptionsDto = Schemas.UpdatePublicAccountBatchOptionsDto;
/** Run-time enums of {@link UpdatePublicAccountBatchOptionsDto}'s properties, named as in the official SDK. */
export const UpdatePublicAccountBatchOptionsDto = {
  /** The values of `UpdatePublicAccountBatchOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link UpdatePublicAccountBatchOptionsDto}'s enum properties: one of each property's values. */
export namespace UpdatePublicAccountBatchOptionsDto {
  /** One of the values of `UpdatePublicAccountBatchOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType =
    (typeof UpdatePublicAccountBatchOptionsDto.passwordEncryptType)[keyof typeof UpdatePublicAccountBatchOptionsDto.passwordEncryptType];
}

/**
 * Part of `UpdatePublicAccountBatchReqDto.list`.
 */
export type UpdatePublicAccountInfoDto = Schemas.UpdatePublicAccountInfoDto;
/** Run-time enums of {@link UpdatePublicAccountInfoDto}'s properties, named as in the official SDK. */
export const UpdatePublicAccountInfoDto = {
  /** The values of `UpdatePublicAccountInfoDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UpdatePublicAccountInfoDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UpdatePublicAccountInfoDto}'s enum properties: one of each property's values. */
export namespace UpdatePublicAccountInfoDto {
  /** One of the values of `UpdatePublicAccountInfoDto.status`. */
  export type status = (typeof UpdatePublicAccountInfoDto.status)[keyof typeof UpdatePublicAccountInfoDto.status];
  /** One of the values of `UpdatePublicAccountInfoDto.gender`. */
  export type gender = (typeof UpdatePublicAccountInfoDto.gender)[keyof typeof UpdatePublicAccountInfoDto.gender];
}

/**
 * Part of `UpdatePublicAccountReqDto.options`.
 */
export type UpdatePublicAccountOptionsDto = Schemas.UpdatePublicAccountOptionsDto;
/** Run-time enums of {@link UpdatePublicAccountOptionsDto}'s properties, named as in the official SDK. */
export const UpdatePublicAccountOptionsDto = {
  /** The values of `UpdatePublicAccountOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
  /** The values of `UpdatePublicAccountOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link UpdatePublicAccountOptionsDto}'s enum properties: one of each property's values. */
export namespace UpdatePublicAccountOptionsDto {
  /** One of the values of `UpdatePublicAccountOptionsDto.userIdType`. */
  export type userIdType = (typeof UpdatePublicAccountOptionsDto.userIdType)[keyof typeof UpdatePublicAccountOptionsDto.userIdType];
  /** One of the values of `UpdatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdatePublicAccountOptionsDto.passwordEncryptType)[keyof typeof UpdatePublicAccountOptionsDto.passwordEncryptType];
}

/**
 * Request body of `updatePublicAccount`.
 */
export type UpdatePublicAccountReqDto = Schemas.UpdatePublicAccountReqDto;
/** Run-time enums of {@link UpdatePublicAccountReqDto}'s properties, named as in the official SDK. */
export const UpdatePublicAccountReqDto = {
  /** The values of `UpdatePublicAccountReqDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UpdatePublicAccountReqDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UpdatePublicAccountReqDto}'s enum properties: one of each property's values. */
export namespace UpdatePublicAccountReqDto {
  /** One of the values of `UpdatePublicAccountReqDto.status`. */
  export type status = (typeof UpdatePublicAccountReqDto.status)[keyof typeof UpdatePublicAccountReqDto.status];
  /** One of the values of `UpdatePublicAccountReqDto.gender`. */
  export type gender = (typeof UpdatePublicAccountReqDto.gender)[keyof typeof UpdatePublicAccountReqDto.gender];
}

/**
 * Request body of `updateResource`.
 */
export type UpdateResourceDto = Schemas.UpdateResourceDto;
/** Run-time enums of {@link UpdateResourceDto}'s properties, named as in the official SDK. */
export const UpdateResourceDto = {
  /** The values of `UpdateResourceDto.type`, by member name. */
  type: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
} as const;
/** The types of {@link UpdateResourceDto}'s enum properties: one of each property's values. */
export namespace UpdateResourceDto {
  /** One of the values of `UpdateResourceDto.type`. */
  export type type = (typeof UpdateResourceDto.type)[keyof typeof UpdateResourceDto.type];
}

/**
 * Request body of `updateSyncTask`.
 */
export type UpdateSyncTaskDto = Schemas.UpdateSyncTaskDto;
/** Run-time enums of {@link UpdateSyncTaskDto}'s properties, named as in the official SDK. */
export const UpdateSyncTaskDto = {
  /** The values of `UpdateSyncTaskDto.syncTaskType`, by member name. */
  syncTaskType: {
    LARK: "lark",
    LARK_INTERNATIONAL: "lark-international",
    WECHATWORK: "wechatwork",
    DINGTALK: "dingtalk",
    ACTIVE_DIRECTORY: "active-directory",
    ITALENT: "italent",
    MAYCUR: "maycur",
    LDAP: "ldap",
    MOKA: "moka",
    FXIAOKE: "fxiaoke",
    SCIM: "scim",
    XIAOSHOUYI: "xiaoshouyi",
    KAYANG: "kayang",
    CUSTOM: "custom",
  },
  /** The values of `UpdateSyncTaskDto.syncTaskFlow`, by member name. */
  syncTaskFlow: {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  },
  /** The values of `UpdateSyncTaskDto.syncTaskTrigger`, by member name. */
  syncTaskTrigger: {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  },
} as const;
/** The types of {@link UpdateSyncTaskDto}'s enum properties: one of each property's values. */
export namespace UpdateSyncTaskDto {
  /** One of the values of `UpdateSyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof UpdateSyncTaskDto.syncTaskType)[keyof typeof UpdateSyncTaskDto.syncTaskType];
  /** One of the values of `UpdateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof UpdateSyncTaskDto.syncTaskFlow)[keyof typeof UpdateSyncTaskDto.syncTaskFlow];
  /** One of the values of `UpdateSyncTaskDto.syncTaskTrigger`. */
  export type syncTaskTrigger = (typeof UpdateSyncTaskDto.syncTaskTrigger)[keyof typeof UpdateSyncTaskDto.syncTaskTrigger];
}

/**
 * Part of `UpdateUserBatchReqDto.options`.
 */
export type UpdateUserBatchOptionsDto = Schemas.UpdateUserBatchOptionsDto;
/** Run-time enums of {@link UpdateUserBatchOptionsDto}'s properties, named as in the official SDK. */
export const UpdateUserBatchOptionsDto = {
  /** The values of `UpdateUserBatchOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link UpdateUserBatchOptionsDto}'s enum properties: one of each property's values. */
export namespace UpdateUserBatchOptionsDto {
  /** One of the values of `UpdateUserBatchOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdateUserBatchOptionsDto.passwordEncryptType)[keyof typeof UpdateUserBatchOptionsDto.passwordEncryptType];
}

/**
 * Part of `UpdateUserBatchReqDto.list`.
 */
export type UpdateUserInfoDto = Schemas.UpdateUserInfoDto;
/** Run-time enums of {@link UpdateUserInfoDto}'s properties, named as in the official SDK. */
export const UpdateUserInfoDto = {
  /** The values of `UpdateUserInfoDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UpdateUserInfoDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UpdateUserInfoDto}'s enum properties: one of each property's values. */
export namespace UpdateUserInfoDto {
  /** One of the values of `UpdateUserInfoDto.status`. */
  export type status = (typeof UpdateUserInfoDto.status)[keyof typeof UpdateUserInfoDto.status];
  /** One of the values of `UpdateUserInfoDto.gender`. */
  export type gender = (typeof UpdateUserInfoDto.gender)[keyof typeof UpdateUserInfoDto.gender];
}

/**
 * Part of `UpdateUserReqDto.options`.
 */
export type UpdateUserOptionsDto = Schemas.UpdateUserOptionsDto;
/** Run-time enums of {@link UpdateUserOptionsDto}'s properties, named as in the official SDK. */
export const UpdateUserOptionsDto = {
  /** The values of `UpdateUserOptionsDto.userIdType`, by member name. */
  userIdType: {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  },
  /** The values of `UpdateUserOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link UpdateUserOptionsDto}'s enum properties: one of each property's values. */
export namespace UpdateUserOptionsDto {
  /** One of the values of `UpdateUserOptionsDto.userIdType`. */
  export type userIdType = (typeof UpdateUserOptionsDto.userIdType)[keyof typeof UpdateUserOptionsDto.userIdType];
  /** One of the values of `UpdateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdateUserOptionsDto.passwordEncryptType)[keyof typeof UpdateUserOptionsDto.passwordEncryptType];
}

/**
 * Request body of `updateUser`.
 */
export type UpdateUserReqDto = Schemas.UpdateUserReqDto;
/** Run-time enums of {@link UpdateUserReqDto}'s properties, named as in the official SDK. */
export const UpdateUserReqDto = {
  /** The values of `UpdateUserReqDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UpdateUserReqDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UpdateUserReqDto}'s enum properties: one of each property's values. */
export namespace UpdateUserReqDto {
  /** One of the values of `UpdateUserReqDto.status`. */
  export type status = (typeof UpdateUserReqDto.status)[keyof typeof UpdateUserReqDto.status];
  /** One of the values of `UpdateUserReqDto.gender`. */
  export type gender = (typeof UpdateUserReqDto.gender)[keyof typeof UpdateUserReqDto.gender];
}

/**
 * Request body of `updateWebhook`.
 */
export type UpdateWebhookDto = Schemas.UpdateWebhookDto;
/** Run-time enums of {@link UpdateWebhookDto}'s properties, named as in the official SDK. */
export const UpdateWebhookDto = {
  /** The values of `UpdateWebhookDto.contentType`, by member name. */
  contentType: {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  },
} as const;
/** The types of {@link UpdateWebhookDto}'s enum properties: one of each property's values. */
export namespace UpdateWebhookDto {
  /** One of the values of `UpdateWebhookDto.contentType`. */
  export type contentType = (typeof UpdateWebhookDto.contentType)[keyof typeof UpdateWebhookDto.contentType];
}

/**
 * Part of `UserActionLogRespData.list`.
 */
export type UserActionLogDto = Schemas.UserActionLogDto;
/** Run-time enums of {@link UserActionLogDto}'s properties, named as in the official SDK. */
export const UserActionLogDto = {
  /** The values of `UserActionLogDto.eventType`, by member name. */
  eventType: {
    LOGIN: "login",
    LOGOUT: "logout",
    REGISTER: "register",
    VERIFY_MFA: "verifyMfa",
    UPDATE_USER_PREFILE: "updateUserPrefile",
    UPDATE_USER_PASSWORD: "updateUserPassword",
    UPDATE_USER_EMAIL: "updateUserEmail",
    UPDATE_USER_PHONE: "updateUserPhone",
    BIND_MFA: "bindMfa",
    BIND_EMAIL: "bindEmail",
    BIND_PHONE: "bindPhone",
    UNBIND_PHONE: "unbindPhone",
    UNBIND_EMAIL: "unbindEmail",
    UNBIND_MFA: "unbindMFA",
    REFRESH_USER_TOKEN_BY_SELF: "refreshUserTokenBySelf",
    DELETE_ACCOUNT: "deleteAccount",
    VERIFY_FIRST_LOGIN: "verifyFirstLogin",
    SECURITY_RESOURCE_ACCESS: "securityResourceAccess",
  },
} as const;
/** The types of {@link UserActionLogDto}'s enum properties: one of each property's values. */
export namespace UserActionLogDto {
  /** One of the values of `UserActionLogDto.eventType`. */
  export type eventType = (typeof UserActionLogDto.eventType)[keyof typeof UserActionLogDto.eventType];
}

/**
 * Part of `UserAttributionPaginationDto.list` and `UserAttributionSingleRespDto.data`.
 */
export type UserAttributionDto = Schemas.UserAttributionDto;
/** Run-time enums of {@link UserAttributionDto}'s properties, named as in the official SDK. */
export const UserAttributionDto = {
  /** The values of `UserAttributionDto.targetType`, by member name. */
  targetType: {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  },
} as const;
/** The types of {@link UserAttributionDto}'s enum properties: one of each property's values. */
export namespace UserAttributionDto {
  /** One of the values of `UserAttributionDto.targetType`. */
  export type targetType = (typeof UserAttributionDto.targetType)[keyof typeof UserAttributionDto.targetType];
}

/**
 * Part of `GroupDto.members`, `ResGroupDto.members` and `TenantCooperatorDto.user` and others.
 */
export type UserDto = Schemas.UserDto;
/** Run-time enums of {@link UserDto}'s properties, named as in the official SDK. */
export const UserDto = {
  /** The values of `UserDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UserDto.workStatus`, by member name. */
  workStatus: {
    CLOSED: "Closed",
    ACTIVE: "Active",
  },
  /** The values of `UserDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
  /** The values of `UserDto.userSourceType`, by member name. */
  userSourceType: {
    EXCEL: "excel",
    REGISTER: "register",
    ADMIN_CREATED: "adminCreated",
    SYNC: "sync",
  },
} as const;
/** The types of {@link UserDto}'s enum properties: one of each property's values. */
export namespace UserDto {
  /** One of the values of `UserDto.status`. */
  export type status = (typeof UserDto.status)[keyof typeof UserDto.status];
  /** One of the values of `UserDto.workStatus`. */
  export type workStatus = (typeof UserDto.workStatus)[keyof typeof UserDto.workStatus];
  /** One of the values of `UserDto.gender`. */
  export type gender = (typeof UserDto.gender)[keyof typeof UserDto.gender];
  /** One of the values of `UserDto.userSourceType`. */
  export type userSourceType = (typeof UserDto.userSourceType)[keyof typeof UserDto.userSourceType];
}

/**
 * Part of `CreateDepartmentTreeReqDto.members`.
 */
export type UserInfoDto = Schemas.UserInfoDto;
/** Run-time enums of {@link UserInfoDto}'s properties, named as in the official SDK. */
export const UserInfoDto = {
  /** The values of `UserInfoDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UserInfoDto}'s enum properties: one of each property's values. */
export namespace UserInfoDto {
  /** One of the values of `UserInfoDto.gender`. */
  export type gender = (typeof UserInfoDto.gender)[keyof typeof UserInfoDto.gender];
}

/**
 * Part of `UserPoolTenantConfigDtoRespDto.data`.
 */
export type UserPoolTenantConfigDto = Schemas.UserPoolTenantConfigDto;
/** Run-time enums of {@link UserPoolTenantConfigDto}'s properties, named as in the official SDK. */
export const UserPoolTenantConfigDto = {
  /** The values of `UserPoolTenantConfigDto.enableSwitchType`, by member name. */
  enableSwitchType: {
    TENANT_CONSOLE: "tenant-console",
    TENANT_APP: "tenant-app",
    TENANT_LAUNPAD: "tenant-launpad",
  },
} as const;
/** The types of {@link UserPoolTenantConfigDto}'s enum properties: one of each property's values. */
export namespace UserPoolTenantConfigDto {
  /** One of the values of `UserPoolTenantConfigDto.enableSwitchType`. */
  export type enableSwitchType = (typeof UserPoolTenantConfigDto.enableSwitchType)[keyof typeof UserPoolTenantConfigDto.enableSwitchType];
}

/**
 * Part of `CreateWebhookRespDto.data`, `GetWebhookRespDto.data` and `GetWebhooksData.list` and others.
 */
export type WebhookDto = Schemas.WebhookDto;
/** Run-time enums of {@link WebhookDto}'s properties, named as in the official SDK. */
export const WebhookDto = {
  /** The values of `WebhookDto.contentType`, by member name. */
  contentType: {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  },
} as const;
/** The types of {@link WebhookDto}'s enum properties: one of each property's values. */
export namespace WebhookDto {
  /** One of the values of `WebhookDto.contentType`. */
  export type contentType = (typeof WebhookDto.contentType)[keyof typeof WebhookDto.contentType];
}

/**
 * Part of `CreateWebhookDto.retryConfig`, `UpdateWebhookDto.retryConfig` and `WebhookDto.retryConfig`.
 */
export type WebhookRetryConfigV3Dto = Schemas.WebhookRetryConfigV3Dto;
/** Run-time enums of {@link WebhookRetryConfigV3Dto}'s properties, named as in the official SDK. */
export const WebhookRetryConfigV3Dto = {
  /** The values of `WebhookRetryConfigV3Dto.delayUnit`, by member name. */
  delayUnit: {
    SECOND: "Second",
    MINUTE: "Minute",
    HOUR: "Hour",
    DAY: "Day",
  },
} as const;
/** The types of {@link WebhookRetryConfigV3Dto}'s enum properties: one of each property's values. */
export namespace WebhookRetryConfigV3Dto {
  /** One of the values of `WebhookRetryConfigV3Dto.delayUnit`. */
  export type delayUnit = (typeof WebhookRetryConfigV3Dto.delayUnit)[keyof typeof WebhookRetryConfigV3Dto.delayUnit];
}
