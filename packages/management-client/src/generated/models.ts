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
  /** Each member's own type, as the official SDK's enum members are types (`AddDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof AddDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof AddDepartmentMembersReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof AddDepartmentMembersReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof AddDepartmentMembersReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof AddDepartmentMembersReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AddInvitationPolicyUserAttributionDto.targetType.DEPARTMENT`). */
  export namespace targetType {
    /** The type of `targetType.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof AddInvitationPolicyUserAttributionDto.targetType.DEPARTMENT;
    /** The type of `targetType.POST`: "post". */
    export type POST = typeof AddInvitationPolicyUserAttributionDto.targetType.POST;
    /** The type of `targetType.ROLE`: "role". */
    export type ROLE = typeof AddInvitationPolicyUserAttributionDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "group". */
    export type GROUP = typeof AddInvitationPolicyUserAttributionDto.targetType.GROUP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AddTenantDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof AddTenantDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof AddTenantDepartmentMembersReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof AddTenantDepartmentMembersReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof AddTenantDepartmentMembersReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof AddTenantDepartmentMembersReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AddWhitelistDto.type.USERNAME`). */
  export namespace type {
    /** The type of `type.USERNAME`: "USERNAME". */
    export type USERNAME = typeof AddWhitelistDto.type.USERNAME;
    /** The type of `type.EMAIL`: "EMAIL". */
    export type EMAIL = typeof AddWhitelistDto.type.EMAIL;
    /** The type of `type.PHONE`: "PHONE". */
    export type PHONE = typeof AddWhitelistDto.type.PHONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AddWhitelistOfAppDto.type.USERNAME`). */
  export namespace type {
    /** The type of `type.USERNAME`: "USERNAME". */
    export type USERNAME = typeof AddWhitelistOfAppDto.type.USERNAME;
    /** The type of `type.EMAIL`: "EMAIL". */
    export type EMAIL = typeof AddWhitelistOfAppDto.type.EMAIL;
    /** The type of `type.PHONE`: "PHONE". */
    export type PHONE = typeof AddWhitelistOfAppDto.type.PHONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AdminAuditLogDto.operationType.ALL`). */
  export namespace operationType {
    /** The type of `operationType.ALL`: "all". */
    export type ALL = typeof AdminAuditLogDto.operationType.ALL;
    /** The type of `operationType.CREATE`: "create". */
    export type CREATE = typeof AdminAuditLogDto.operationType.CREATE;
    /** The type of `operationType.DELETE`: "delete". */
    export type DELETE = typeof AdminAuditLogDto.operationType.DELETE;
    /** The type of `operationType.IMPORT`: "import". */
    export type IMPORT = typeof AdminAuditLogDto.operationType.IMPORT;
    /** The type of `operationType.EXPORT`: "export". */
    export type EXPORT = typeof AdminAuditLogDto.operationType.EXPORT;
    /** The type of `operationType.UPDATE`: "update". */
    export type UPDATE = typeof AdminAuditLogDto.operationType.UPDATE;
    /** The type of `operationType.REFRESH`: "refresh". */
    export type REFRESH = typeof AdminAuditLogDto.operationType.REFRESH;
    /** The type of `operationType.SYNC`: "sync". */
    export type SYNC = typeof AdminAuditLogDto.operationType.SYNC;
    /** The type of `operationType.INVITE`: "invite". */
    export type INVITE = typeof AdminAuditLogDto.operationType.INVITE;
    /** The type of `operationType.RESIGN`: "resign". */
    export type RESIGN = typeof AdminAuditLogDto.operationType.RESIGN;
    /** The type of `operationType.RECOVER`: "recover". */
    export type RECOVER = typeof AdminAuditLogDto.operationType.RECOVER;
    /** The type of `operationType.DISABLE`: "disable". */
    export type DISABLE = typeof AdminAuditLogDto.operationType.DISABLE;
    /** The type of `operationType.ENABLE`: "enable". */
    export type ENABLE = typeof AdminAuditLogDto.operationType.ENABLE;
    /** The type of `operationType.ACTIVATE`: "activate". */
    export type ACTIVATE = typeof AdminAuditLogDto.operationType.ACTIVATE;
    /** The type of `operationType.DEACTIVATE`: "deactivate". */
    export type DEACTIVATE = typeof AdminAuditLogDto.operationType.DEACTIVATE;
    /** The type of `operationType.ADD`: "add". */
    export type ADD = typeof AdminAuditLogDto.operationType.ADD;
    /** The type of `operationType.REMOVE`: "remove". */
    export type REMOVE = typeof AdminAuditLogDto.operationType.REMOVE;
    /** The type of `operationType.QUERY`: "query". */
    export type QUERY = typeof AdminAuditLogDto.operationType.QUERY;
    /** The type of `operationType.SEND_INVITATION`: "sendInvitation". */
    export type SEND_INVITATION = typeof AdminAuditLogDto.operationType.SEND_INVITATION;
    /** The type of `operationType.REVERT_INVITATION`: "revertInvitation". */
    export type REVERT_INVITATION = typeof AdminAuditLogDto.operationType.REVERT_INVITATION;
    /** The type of `operationType.APPROVAL`: "approval". */
    export type APPROVAL = typeof AdminAuditLogDto.operationType.APPROVAL;
    /** The type of `operationType.REJECT`: "reject". */
    export type REJECT = typeof AdminAuditLogDto.operationType.REJECT;
  }
  /** One of the values of `AdminAuditLogDto.resourceType`. */
  export type resourceType = (typeof AdminAuditLogDto.resourceType)[keyof typeof AdminAuditLogDto.resourceType];
  /** Each member's own type, as the official SDK's enum members are types (`AdminAuditLogDto.resourceType.ALL`). */
  export namespace resourceType {
    /** The type of `resourceType.ALL`: "all". */
    export type ALL = typeof AdminAuditLogDto.resourceType.ALL;
    /** The type of `resourceType.USER`: "user". */
    export type USER = typeof AdminAuditLogDto.resourceType.USER;
    /** The type of `resourceType.USERPOOL`: "userpool". */
    export type USERPOOL = typeof AdminAuditLogDto.resourceType.USERPOOL;
    /** The type of `resourceType.TENANT`: "tenant". */
    export type TENANT = typeof AdminAuditLogDto.resourceType.TENANT;
    /** The type of `resourceType.USER_LOGIN_STATE`: "userLoginState". */
    export type USER_LOGIN_STATE = typeof AdminAuditLogDto.resourceType.USER_LOGIN_STATE;
    /** The type of `resourceType.USER_ACCOUNT_STATE`: "userAccountState". */
    export type USER_ACCOUNT_STATE = typeof AdminAuditLogDto.resourceType.USER_ACCOUNT_STATE;
    /** The type of `resourceType.USER_GROUP`: "userGroup". */
    export type USER_GROUP = typeof AdminAuditLogDto.resourceType.USER_GROUP;
    /** The type of `resourceType.FIELD_ENCRYPT_STATE`: "fieldEncryptState". */
    export type FIELD_ENCRYPT_STATE = typeof AdminAuditLogDto.resourceType.FIELD_ENCRYPT_STATE;
    /** The type of `resourceType.SYNC_TASK`: "syncTask". */
    export type SYNC_TASK = typeof AdminAuditLogDto.resourceType.SYNC_TASK;
    /** The type of `resourceType.SOCIAL_CONNECTION`: "socialConnection". */
    export type SOCIAL_CONNECTION = typeof AdminAuditLogDto.resourceType.SOCIAL_CONNECTION;
    /** The type of `resourceType.ENTERPRISE_CONNECTION`: "enterpriseConnection". */
    export type ENTERPRISE_CONNECTION = typeof AdminAuditLogDto.resourceType.ENTERPRISE_CONNECTION;
    /** The type of `resourceType.CUSTOM_DATABASE`: "customDatabase". */
    export type CUSTOM_DATABASE = typeof AdminAuditLogDto.resourceType.CUSTOM_DATABASE;
    /** The type of `resourceType.ORG`: "org". */
    export type ORG = typeof AdminAuditLogDto.resourceType.ORG;
    /** The type of `resourceType.COOPERATOR`: "cooperator". */
    export type COOPERATOR = typeof AdminAuditLogDto.resourceType.COOPERATOR;
    /** The type of `resourceType.APPLICATION`: "application". */
    export type APPLICATION = typeof AdminAuditLogDto.resourceType.APPLICATION;
    /** The type of `resourceType.RESOURCE_NAMESPACE`: "resourceNamespace". */
    export type RESOURCE_NAMESPACE = typeof AdminAuditLogDto.resourceType.RESOURCE_NAMESPACE;
    /** The type of `resourceType.RESOURCE`: "resource". */
    export type RESOURCE = typeof AdminAuditLogDto.resourceType.RESOURCE;
    /** The type of `resourceType.ROLE`: "role". */
    export type ROLE = typeof AdminAuditLogDto.resourceType.ROLE;
    /** The type of `resourceType.ROLE_ASSIGN`: "roleAssign". */
    export type ROLE_ASSIGN = typeof AdminAuditLogDto.resourceType.ROLE_ASSIGN;
    /** The type of `resourceType.POLICY`: "policy". */
    export type POLICY = typeof AdminAuditLogDto.resourceType.POLICY;
    /** The type of `resourceType.CUSTOM_DOMAIN`: "customDomain". */
    export type CUSTOM_DOMAIN = typeof AdminAuditLogDto.resourceType.CUSTOM_DOMAIN;
    /** The type of `resourceType.PERMIT_SPACE`: "permitSpace". */
    export type PERMIT_SPACE = typeof AdminAuditLogDto.resourceType.PERMIT_SPACE;
    /** The type of `resourceType.GENERAL_RESOURCE`: "generalResource". */
    export type GENERAL_RESOURCE = typeof AdminAuditLogDto.resourceType.GENERAL_RESOURCE;
    /** The type of `resourceType.GENERAL_RESOURCE_AUTHORIZATION`: "generalResourceAuthorization". */
    export type GENERAL_RESOURCE_AUTHORIZATION = typeof AdminAuditLogDto.resourceType.GENERAL_RESOURCE_AUTHORIZATION;
    /** The type of `resourceType.ROLE_SUBJECT`: "roleSubject". */
    export type ROLE_SUBJECT = typeof AdminAuditLogDto.resourceType.ROLE_SUBJECT;
    /** The type of `resourceType.SUBJECT_OF_ROLE`: "subjectOfRole". */
    export type SUBJECT_OF_ROLE = typeof AdminAuditLogDto.resourceType.SUBJECT_OF_ROLE;
    /** The type of `resourceType.DATA_RESOURCE`: "dataResource". */
    export type DATA_RESOURCE = typeof AdminAuditLogDto.resourceType.DATA_RESOURCE;
    /** The type of `resourceType.DATA_POLICY`: "dataPolicy". */
    export type DATA_POLICY = typeof AdminAuditLogDto.resourceType.DATA_POLICY;
    /** The type of `resourceType.AUTHORIZATION`: "authorization". */
    export type AUTHORIZATION = typeof AdminAuditLogDto.resourceType.AUTHORIZATION;
    /** The type of `resourceType.USER_AUTHORIZATION`: "userAuthorization". */
    export type USER_AUTHORIZATION = typeof AdminAuditLogDto.resourceType.USER_AUTHORIZATION;
    /** The type of `resourceType.ADMIN_PERMISSION_ROLE`: "adminPermissionRole". */
    export type ADMIN_PERMISSION_ROLE = typeof AdminAuditLogDto.resourceType.ADMIN_PERMISSION_ROLE;
    /** The type of `resourceType.ADMIN_PERMISSION_ADMIN`: "adminPermissionAdmin". */
    export type ADMIN_PERMISSION_ADMIN = typeof AdminAuditLogDto.resourceType.ADMIN_PERMISSION_ADMIN;
    /** The type of `resourceType.ADMIN_PERMISSION_POLICY`: "adminPermissionPolicy". */
    export type ADMIN_PERMISSION_POLICY = typeof AdminAuditLogDto.resourceType.ADMIN_PERMISSION_POLICY;
    /** The type of `resourceType.UNIVERSAL_INVITATION`: "universalInvitation". */
    export type UNIVERSAL_INVITATION = typeof AdminAuditLogDto.resourceType.UNIVERSAL_INVITATION;
    /** The type of `resourceType.POLICY_INVITATION`: "policyInvitation". */
    export type POLICY_INVITATION = typeof AdminAuditLogDto.resourceType.POLICY_INVITATION;
    /** The type of `resourceType.INVITATION_ROSTER`: "invitationRoster". */
    export type INVITATION_ROSTER = typeof AdminAuditLogDto.resourceType.INVITATION_ROSTER;
    /** The type of `resourceType.INVITATION_USER`: "invitationUser". */
    export type INVITATION_USER = typeof AdminAuditLogDto.resourceType.INVITATION_USER;
    /** The type of `resourceType.INVITATION_POLICY`: "invitationPolicy". */
    export type INVITATION_POLICY = typeof AdminAuditLogDto.resourceType.INVITATION_POLICY;
    /** The type of `resourceType.APPLICANT`: "applicant". */
    export type APPLICANT = typeof AdminAuditLogDto.resourceType.APPLICANT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AppDto.appDefaultLoginStrategy.ALLOW_ALL`). */
  export namespace appDefaultLoginStrategy {
    /** The type of `appDefaultLoginStrategy.ALLOW_ALL`: "ALLOW_ALL". */
    export type ALLOW_ALL = typeof AppDto.appDefaultLoginStrategy.ALLOW_ALL;
    /** The type of `appDefaultLoginStrategy.DENY_ALL`: "DENY_ALL". */
    export type DENY_ALL = typeof AppDto.appDefaultLoginStrategy.DENY_ALL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AppValidateRuleDto.type.NONE`). */
  export namespace type {
    /** The type of `type.NONE`: "None". */
    export type NONE = typeof AppValidateRuleDto.type.NONE;
    /** The type of `type.REG_EXP`: "regExp". */
    export type REG_EXP = typeof AppValidateRuleDto.type.REG_EXP;
    /** The type of `type.PHONE`: "phone". */
    export type PHONE = typeof AppValidateRuleDto.type.PHONE;
    /** The type of `type.EMAIL`: "email". */
    export type EMAIL = typeof AppValidateRuleDto.type.EMAIL;
    /** The type of `type.IS_NUMBER`: "isNumber". */
    export type IS_NUMBER = typeof AppValidateRuleDto.type.IS_NUMBER;
  }
  /** One of the values of `AppValidateRuleDto.content`. */
  export type content = (typeof AppValidateRuleDto.content)[keyof typeof AppValidateRuleDto.content];
  /** Each member's own type, as the official SDK's enum members are types (`AppValidateRuleDto.content.NONE`). */
  export namespace content {
    /** The type of `content.NONE`: "None". */
    export type NONE = typeof AppValidateRuleDto.content.NONE;
    /** The type of `content.REG_EXP`: "regExp". */
    export type REG_EXP = typeof AppValidateRuleDto.content.REG_EXP;
    /** The type of `content.PHONE`: "phone". */
    export type PHONE = typeof AppValidateRuleDto.content.PHONE;
    /** The type of `content.EMAIL`: "email". */
    export type EMAIL = typeof AppValidateRuleDto.content.EMAIL;
    /** The type of `content.IS_NUMBER`: "isNumber". */
    export type IS_NUMBER = typeof AppValidateRuleDto.content.IS_NUMBER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationAgreementDto.lang.ZH_CN`). */
  export namespace lang {
    /** The type of `lang.ZH_CN`: "zh-CN". */
    export type ZH_CN = typeof ApplicationAgreementDto.lang.ZH_CN;
    /** The type of `lang.EN_US`: "en-US". */
    export type EN_US = typeof ApplicationAgreementDto.lang.EN_US;
    /** The type of `lang.ZH_TW`: "zh-TW". */
    export type ZH_TW = typeof ApplicationAgreementDto.lang.ZH_TW;
    /** The type of `lang.JA_JP`: "ja-JP". */
    export type JA_JP = typeof ApplicationAgreementDto.lang.JA_JP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationBrandingConfig.guardVersion.ADVANCED`). */
  export namespace guardVersion {
    /** The type of `guardVersion.ADVANCED`: "Advanced". */
    export type ADVANCED = typeof ApplicationBrandingConfig.guardVersion.ADVANCED;
    /** The type of `guardVersion.CLASSICAL`: "Classical". */
    export type CLASSICAL = typeof ApplicationBrandingConfig.guardVersion.CLASSICAL;
  }
  /** One of the values of `ApplicationBrandingConfig.defaultLanguage`. */
  export type defaultLanguage = (typeof ApplicationBrandingConfig.defaultLanguage)[keyof typeof ApplicationBrandingConfig.defaultLanguage];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationBrandingConfig.defaultLanguage.ZH_CN`). */
  export namespace defaultLanguage {
    /** The type of `defaultLanguage.ZH_CN`: "zh-CN". */
    export type ZH_CN = typeof ApplicationBrandingConfig.defaultLanguage.ZH_CN;
    /** The type of `defaultLanguage.EN_US`: "en-US". */
    export type EN_US = typeof ApplicationBrandingConfig.defaultLanguage.EN_US;
    /** The type of `defaultLanguage.ZH_TW`: "zh-TW". */
    export type ZH_TW = typeof ApplicationBrandingConfig.defaultLanguage.ZH_TW;
    /** The type of `defaultLanguage.JA_JP`: "ja-JP". */
    export type JA_JP = typeof ApplicationBrandingConfig.defaultLanguage.JA_JP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationBrandingConfigInputDto.guardVersion.ADVANCED`). */
  export namespace guardVersion {
    /** The type of `guardVersion.ADVANCED`: "Advanced". */
    export type ADVANCED = typeof ApplicationBrandingConfigInputDto.guardVersion.ADVANCED;
    /** The type of `guardVersion.CLASSICAL`: "Classical". */
    export type CLASSICAL = typeof ApplicationBrandingConfigInputDto.guardVersion.CLASSICAL;
  }
  /** One of the values of `ApplicationBrandingConfigInputDto.defaultLanguage`. */
  export type defaultLanguage = (typeof ApplicationBrandingConfigInputDto.defaultLanguage)[keyof typeof ApplicationBrandingConfigInputDto.defaultLanguage];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationBrandingConfigInputDto.defaultLanguage.ZH_CN`). */
  export namespace defaultLanguage {
    /** The type of `defaultLanguage.ZH_CN`: "zh-CN". */
    export type ZH_CN = typeof ApplicationBrandingConfigInputDto.defaultLanguage.ZH_CN;
    /** The type of `defaultLanguage.EN_US`: "en-US". */
    export type EN_US = typeof ApplicationBrandingConfigInputDto.defaultLanguage.EN_US;
    /** The type of `defaultLanguage.ZH_TW`: "zh-TW". */
    export type ZH_TW = typeof ApplicationBrandingConfigInputDto.defaultLanguage.ZH_TW;
    /** The type of `defaultLanguage.JA_JP`: "ja-JP". */
    export type JA_JP = typeof ApplicationBrandingConfigInputDto.defaultLanguage.JA_JP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDefaultLoginMethod.connectionType.PASSCODE`). */
  export namespace connectionType {
    /** The type of `connectionType.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof ApplicationDefaultLoginMethod.connectionType.PASSCODE;
    /** The type of `connectionType.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof ApplicationDefaultLoginMethod.connectionType.PASSWORD;
    /** The type of `connectionType.QRCODE`: "QRCODE". */
    export type QRCODE = typeof ApplicationDefaultLoginMethod.connectionType.QRCODE;
    /** The type of `connectionType.LDAP`: "LDAP". */
    export type LDAP = typeof ApplicationDefaultLoginMethod.connectionType.LDAP;
    /** The type of `connectionType.AD`: "AD". */
    export type AD = typeof ApplicationDefaultLoginMethod.connectionType.AD;
  }
  /** One of the values of `ApplicationDefaultLoginMethod.qrcodeType`. */
  export type qrcodeType = (typeof ApplicationDefaultLoginMethod.qrcodeType)[keyof typeof ApplicationDefaultLoginMethod.qrcodeType];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDefaultLoginMethod.qrcodeType.SELF_BUILT_APP`). */
  export namespace qrcodeType {
    /** The type of `qrcodeType.SELF_BUILT_APP`: "SELF_BUILT_APP". */
    export type SELF_BUILT_APP = typeof ApplicationDefaultLoginMethod.qrcodeType.SELF_BUILT_APP;
    /** The type of `qrcodeType.WECHAT_OFFICIAL_ACCOUNT`: "WECHAT_OFFICIAL_ACCOUNT". */
    export type WECHAT_OFFICIAL_ACCOUNT = typeof ApplicationDefaultLoginMethod.qrcodeType.WECHAT_OFFICIAL_ACCOUNT;
    /** The type of `qrcodeType.WECHAT_MINI_PROGRAM`: "WECHAT_MINI_PROGRAM". */
    export type WECHAT_MINI_PROGRAM = typeof ApplicationDefaultLoginMethod.qrcodeType.WECHAT_MINI_PROGRAM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDefaultLoginMethodInput.connectionType.PASSCODE`). */
  export namespace connectionType {
    /** The type of `connectionType.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof ApplicationDefaultLoginMethodInput.connectionType.PASSCODE;
    /** The type of `connectionType.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof ApplicationDefaultLoginMethodInput.connectionType.PASSWORD;
    /** The type of `connectionType.QRCODE`: "QRCODE". */
    export type QRCODE = typeof ApplicationDefaultLoginMethodInput.connectionType.QRCODE;
    /** The type of `connectionType.LDAP`: "LDAP". */
    export type LDAP = typeof ApplicationDefaultLoginMethodInput.connectionType.LDAP;
    /** The type of `connectionType.AD`: "AD". */
    export type AD = typeof ApplicationDefaultLoginMethodInput.connectionType.AD;
  }
  /** One of the values of `ApplicationDefaultLoginMethodInput.qrcodeType`. */
  export type qrcodeType = (typeof ApplicationDefaultLoginMethodInput.qrcodeType)[keyof typeof ApplicationDefaultLoginMethodInput.qrcodeType];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDefaultLoginMethodInput.qrcodeType.SELF_BUILT_APP`). */
  export namespace qrcodeType {
    /** The type of `qrcodeType.SELF_BUILT_APP`: "SELF_BUILT_APP". */
    export type SELF_BUILT_APP = typeof ApplicationDefaultLoginMethodInput.qrcodeType.SELF_BUILT_APP;
    /** The type of `qrcodeType.WECHAT_OFFICIAL_ACCOUNT`: "WECHAT_OFFICIAL_ACCOUNT". */
    export type WECHAT_OFFICIAL_ACCOUNT = typeof ApplicationDefaultLoginMethodInput.qrcodeType.WECHAT_OFFICIAL_ACCOUNT;
    /** The type of `qrcodeType.WECHAT_MINI_PROGRAM`: "WECHAT_MINI_PROGRAM". */
    export type WECHAT_MINI_PROGRAM = typeof ApplicationDefaultLoginMethodInput.qrcodeType.WECHAT_MINI_PROGRAM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDto.appType.WEB`). */
  export namespace appType {
    /** The type of `appType.WEB`: "web". */
    export type WEB = typeof ApplicationDto.appType.WEB;
    /** The type of `appType.SPA`: "spa". */
    export type SPA = typeof ApplicationDto.appType.SPA;
    /** The type of `appType.NATIVE`: "native". */
    export type NATIVE = typeof ApplicationDto.appType.NATIVE;
    /** The type of `appType.API`: "api". */
    export type API = typeof ApplicationDto.appType.API;
    /** The type of `appType.MFA`: "mfa". */
    export type MFA = typeof ApplicationDto.appType.MFA;
    /** The type of `appType.MINI_PROGRAM`: "mini-program". */
    export type MINI_PROGRAM = typeof ApplicationDto.appType.MINI_PROGRAM;
    /** The type of `appType.GATEWAY_APP`: "gateway-app". */
    export type GATEWAY_APP = typeof ApplicationDto.appType.GATEWAY_APP;
    /** The type of `appType.GATEWAY_AGENT`: "gateway-agent". */
    export type GATEWAY_AGENT = typeof ApplicationDto.appType.GATEWAY_AGENT;
  }
  /** One of the values of `ApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof ApplicationDto.defaultProtocol)[keyof typeof ApplicationDto.defaultProtocol];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationDto.defaultProtocol.OIDC`). */
  export namespace defaultProtocol {
    /** The type of `defaultProtocol.OIDC`: "oidc". */
    export type OIDC = typeof ApplicationDto.defaultProtocol.OIDC;
    /** The type of `defaultProtocol.OAUTH`: "oauth". */
    export type OAUTH = typeof ApplicationDto.defaultProtocol.OAUTH;
    /** The type of `defaultProtocol.SAML`: "saml". */
    export type SAML = typeof ApplicationDto.defaultProtocol.SAML;
    /** The type of `defaultProtocol.CAS`: "cas". */
    export type CAS = typeof ApplicationDto.defaultProtocol.CAS;
    /** The type of `defaultProtocol.ASA`: "asa". */
    export type ASA = typeof ApplicationDto.defaultProtocol.ASA;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationEnabledExtIdpConnDto.extIdpType.OIDC`). */
  export namespace extIdpType {
    /** The type of `extIdpType.OIDC`: "oidc". */
    export type OIDC = typeof ApplicationEnabledExtIdpConnDto.extIdpType.OIDC;
    /** The type of `extIdpType.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof ApplicationEnabledExtIdpConnDto.extIdpType.OAUTH2;
    /** The type of `extIdpType.SAML`: "saml". */
    export type SAML = typeof ApplicationEnabledExtIdpConnDto.extIdpType.SAML;
    /** The type of `extIdpType.LDAP`: "ldap". */
    export type LDAP = typeof ApplicationEnabledExtIdpConnDto.extIdpType.LDAP;
    /** The type of `extIdpType.AD`: "ad". */
    export type AD = typeof ApplicationEnabledExtIdpConnDto.extIdpType.AD;
    /** The type of `extIdpType.CAS`: "cas". */
    export type CAS = typeof ApplicationEnabledExtIdpConnDto.extIdpType.CAS;
    /** The type of `extIdpType.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof ApplicationEnabledExtIdpConnDto.extIdpType.AZURE_AD;
    /** The type of `extIdpType.WECHAT`: "wechat". */
    export type WECHAT = typeof ApplicationEnabledExtIdpConnDto.extIdpType.WECHAT;
    /** The type of `extIdpType.GOOGLE`: "google". */
    export type GOOGLE = typeof ApplicationEnabledExtIdpConnDto.extIdpType.GOOGLE;
    /** The type of `extIdpType.QQ`: "qq". */
    export type QQ = typeof ApplicationEnabledExtIdpConnDto.extIdpType.QQ;
    /** The type of `extIdpType.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.WECHATWORK;
    /** The type of `extIdpType.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.DINGTALK;
    /** The type of `extIdpType.WEIBO`: "weibo". */
    export type WEIBO = typeof ApplicationEnabledExtIdpConnDto.extIdpType.WEIBO;
    /** The type of `extIdpType.GITHUB`: "github". */
    export type GITHUB = typeof ApplicationEnabledExtIdpConnDto.extIdpType.GITHUB;
    /** The type of `extIdpType.ALIPAY`: "alipay". */
    export type ALIPAY = typeof ApplicationEnabledExtIdpConnDto.extIdpType.ALIPAY;
    /** The type of `extIdpType.APPLE`: "apple". */
    export type APPLE = typeof ApplicationEnabledExtIdpConnDto.extIdpType.APPLE;
    /** The type of `extIdpType.BAIDU`: "baidu". */
    export type BAIDU = typeof ApplicationEnabledExtIdpConnDto.extIdpType.BAIDU;
    /** The type of `extIdpType.LARK`: "lark". */
    export type LARK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.LARK;
    /** The type of `extIdpType.GITLAB`: "gitlab". */
    export type GITLAB = typeof ApplicationEnabledExtIdpConnDto.extIdpType.GITLAB;
    /** The type of `extIdpType.TWITTER`: "twitter". */
    export type TWITTER = typeof ApplicationEnabledExtIdpConnDto.extIdpType.TWITTER;
    /** The type of `extIdpType.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.FACEBOOK;
    /** The type of `extIdpType.SLACK`: "slack". */
    export type SLACK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.SLACK;
    /** The type of `extIdpType.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof ApplicationEnabledExtIdpConnDto.extIdpType.LINKEDIN;
    /** The type of `extIdpType.YIDUN`: "yidun". */
    export type YIDUN = typeof ApplicationEnabledExtIdpConnDto.extIdpType.YIDUN;
    /** The type of `extIdpType.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof ApplicationEnabledExtIdpConnDto.extIdpType.QINGCLOUD;
    /** The type of `extIdpType.GITEE`: "gitee". */
    export type GITEE = typeof ApplicationEnabledExtIdpConnDto.extIdpType.GITEE;
    /** The type of `extIdpType.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof ApplicationEnabledExtIdpConnDto.extIdpType.INSTAGRAM;
    /** The type of `extIdpType.WELINK`: "welink". */
    export type WELINK = typeof ApplicationEnabledExtIdpConnDto.extIdpType.WELINK;
    /** The type of `extIdpType.HUAWEI`: "huawei". */
    export type HUAWEI = typeof ApplicationEnabledExtIdpConnDto.extIdpType.HUAWEI;
    /** The type of `extIdpType.HONOR`: "honor". */
    export type HONOR = typeof ApplicationEnabledExtIdpConnDto.extIdpType.HONOR;
    /** The type of `extIdpType.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof ApplicationEnabledExtIdpConnDto.extIdpType.XIAOMI;
    /** The type of `extIdpType.OPPO`: "oppo". */
    export type OPPO = typeof ApplicationEnabledExtIdpConnDto.extIdpType.OPPO;
    /** The type of `extIdpType.AWS`: "aws". */
    export type AWS = typeof ApplicationEnabledExtIdpConnDto.extIdpType.AWS;
    /** The type of `extIdpType.AMAZON`: "amazon". */
    export type AMAZON = typeof ApplicationEnabledExtIdpConnDto.extIdpType.AMAZON;
    /** The type of `extIdpType.DOUYIN`: "douyin". */
    export type DOUYIN = typeof ApplicationEnabledExtIdpConnDto.extIdpType.DOUYIN;
    /** The type of `extIdpType.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof ApplicationEnabledExtIdpConnDto.extIdpType.KUAISHOU;
    /** The type of `extIdpType.LINE`: "line". */
    export type LINE = typeof ApplicationEnabledExtIdpConnDto.extIdpType.LINE;
    /** The type of `extIdpType.SDBZ`: "sdbz". */
    export type SDBZ = typeof ApplicationEnabledExtIdpConnDto.extIdpType.SDBZ;
    /** The type of `extIdpType.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof ApplicationEnabledExtIdpConnDto.extIdpType.ZJZWFW;
    /** The type of `extIdpType.ZZDING`: "zzding". */
    export type ZZDING = typeof ApplicationEnabledExtIdpConnDto.extIdpType.ZZDING;
    /** The type of `extIdpType.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof ApplicationEnabledExtIdpConnDto.extIdpType.SEEYONA8V5;
  }
  /** One of the values of `ApplicationEnabledExtIdpConnDto.extIdpConnType`. */
  export type extIdpConnType = (typeof ApplicationEnabledExtIdpConnDto.extIdpConnType)[keyof typeof ApplicationEnabledExtIdpConnDto.extIdpConnType];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationEnabledExtIdpConnDto.extIdpConnType.OIDC`). */
  export namespace extIdpConnType {
    /** The type of `extIdpConnType.OIDC`: "oidc". */
    export type OIDC = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.OIDC;
    /** The type of `extIdpConnType.OAUTH`: "oauth". */
    export type OAUTH = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.OAUTH;
    /** The type of `extIdpConnType.SAML`: "saml". */
    export type SAML = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.SAML;
    /** The type of `extIdpConnType.LDAP`: "ldap". */
    export type LDAP = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LDAP;
    /** The type of `extIdpConnType.AD`: "ad". */
    export type AD = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AD;
    /** The type of `extIdpConnType.CAS`: "cas". */
    export type CAS = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.CAS;
    /** The type of `extIdpConnType.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AZURE_AD;
    /** The type of `extIdpConnType.ALIPAY`: "alipay". */
    export type ALIPAY = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.ALIPAY;
    /** The type of `extIdpConnType.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.FACEBOOK;
    /** The type of `extIdpConnType.FACEBOOK_MOBILE`: "facebook:mobile". */
    export type FACEBOOK_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.FACEBOOK_MOBILE;
    /** The type of `extIdpConnType.TWITTER`: "twitter". */
    export type TWITTER = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.TWITTER;
    /** The type of `extIdpConnType.GOOGLE_MOBILE`: "google:mobile". */
    export type GOOGLE_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GOOGLE_MOBILE;
    /** The type of `extIdpConnType.GOOGLE`: "google". */
    export type GOOGLE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GOOGLE;
    /** The type of `extIdpConnType.WECHAT_PC`: "wechat:pc". */
    export type WECHAT_PC = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_PC;
    /** The type of `extIdpConnType.WECHAT_MOBILE`: "wechat:mobile". */
    export type WECHAT_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_MOBILE;
    /** The type of `extIdpConnType.WECHAT_WEBPAGE_AUTHORIZATION`: "wechat:webpage-authorization". */
    export type WECHAT_WEBPAGE_AUTHORIZATION = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_WEBPAGE_AUTHORIZATION;
    /** The type of `extIdpConnType.WECHATMP_QRCODE`: "wechatmp-qrcode". */
    export type WECHATMP_QRCODE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATMP_QRCODE;
    /** The type of `extIdpConnType.WECHAT_MINIPROGRAM_DEFAULT`: "wechat:miniprogram:default". */
    export type WECHAT_MINIPROGRAM_DEFAULT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_MINIPROGRAM_DEFAULT;
    /** The type of `extIdpConnType.WECHAT_MINIPROGRAM_QRCONNECT`: "wechat:miniprogram:qrconnect". */
    export type WECHAT_MINIPROGRAM_QRCONNECT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_MINIPROGRAM_QRCONNECT;
    /** The type of `extIdpConnType.WECHAT_MINIPROGRAM_APP_LAUNCH`: "wechat:miniprogram:app-launch". */
    export type WECHAT_MINIPROGRAM_APP_LAUNCH = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHAT_MINIPROGRAM_APP_LAUNCH;
    /** The type of `extIdpConnType.GITHUB`: "github". */
    export type GITHUB = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITHUB;
    /** The type of `extIdpConnType.GITHUB_MOBILE`: "github:mobile". */
    export type GITHUB_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITHUB_MOBILE;
    /** The type of `extIdpConnType.QQ`: "qq". */
    export type QQ = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.QQ;
    /** The type of `extIdpConnType.QQ_MOBILE`: "qq:mobile". */
    export type QQ_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.QQ_MOBILE;
    /** The type of `extIdpConnType.WECHATWORK_CORP_QRCONNECT`: "wechatwork:corp:qrconnect". */
    export type WECHATWORK_CORP_QRCONNECT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_CORP_QRCONNECT;
    /** The type of `extIdpConnType.WECHATWORK_AGENCY_QRCONNECT`: "wechatwork:agency:qrconnect". */
    export type WECHATWORK_AGENCY_QRCONNECT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_AGENCY_QRCONNECT;
    /** The type of `extIdpConnType.WECHATWORK_SERVICE_PROVIDER_QRCONNECT`: "wechatwork:service-provider:qrconnect". */
    export type WECHATWORK_SERVICE_PROVIDER_QRCONNECT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_SERVICE_PROVIDER_QRCONNECT;
    /** The type of `extIdpConnType.WECHATWORK_MOBILE`: "wechatwork:mobile". */
    export type WECHATWORK_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_MOBILE;
    /** The type of `extIdpConnType.WECHATWORK_AGENCY_MOBILE`: "wechatwork:agency:mobile". */
    export type WECHATWORK_AGENCY_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_AGENCY_MOBILE;
    /** The type of `extIdpConnType.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.DINGTALK;
    /** The type of `extIdpConnType.DINGTALK_MOBILE`: "dingtalk:mobile". */
    export type DINGTALK_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.DINGTALK_MOBILE;
    /** The type of `extIdpConnType.DINGTALK_PROVIDER`: "dingtalk:provider". */
    export type DINGTALK_PROVIDER = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.DINGTALK_PROVIDER;
    /** The type of `extIdpConnType.WEIBO`: "weibo". */
    export type WEIBO = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WEIBO;
    /** The type of `extIdpConnType.WEIBO_MOBILE`: "weibo:mobile". */
    export type WEIBO_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WEIBO_MOBILE;
    /** The type of `extIdpConnType.APPLE`: "apple". */
    export type APPLE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.APPLE;
    /** The type of `extIdpConnType.APPLE_WEB`: "apple:web". */
    export type APPLE_WEB = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.APPLE_WEB;
    /** The type of `extIdpConnType.BAIDU`: "baidu". */
    export type BAIDU = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.BAIDU;
    /** The type of `extIdpConnType.BAIDU_MOBILE`: "baidu:mobile". */
    export type BAIDU_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.BAIDU_MOBILE;
    /** The type of `extIdpConnType.LARK_INTERNAL`: "lark-internal". */
    export type LARK_INTERNAL = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LARK_INTERNAL;
    /** The type of `extIdpConnType.LARK_PUBLIC`: "lark-public". */
    export type LARK_PUBLIC = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LARK_PUBLIC;
    /** The type of `extIdpConnType.LARK_BLOCK`: "lark-block". */
    export type LARK_BLOCK = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LARK_BLOCK;
    /** The type of `extIdpConnType.GITLAB`: "gitlab". */
    export type GITLAB = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITLAB;
    /** The type of `extIdpConnType.GITLAB_MOBILE`: "gitlab:mobile". */
    export type GITLAB_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITLAB_MOBILE;
    /** The type of `extIdpConnType.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LINKEDIN;
    /** The type of `extIdpConnType.LINKEDIN_MOBILE`: "linkedin:mobile". */
    export type LINKEDIN_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LINKEDIN_MOBILE;
    /** The type of `extIdpConnType.SLACK`: "slack". */
    export type SLACK = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.SLACK;
    /** The type of `extIdpConnType.SLACK_MOBILE`: "slack:mobile". */
    export type SLACK_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.SLACK_MOBILE;
    /** The type of `extIdpConnType.YIDUN`: "yidun". */
    export type YIDUN = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.YIDUN;
    /** The type of `extIdpConnType.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.QINGCLOUD;
    /** The type of `extIdpConnType.GITEE`: "gitee". */
    export type GITEE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITEE;
    /** The type of `extIdpConnType.GITEE_MOBILE`: "gitee:mobile". */
    export type GITEE_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.GITEE_MOBILE;
    /** The type of `extIdpConnType.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.INSTAGRAM;
    /** The type of `extIdpConnType.WELINK`: "welink". */
    export type WELINK = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WELINK;
    /** The type of `extIdpConnType.AD_KERBEROS`: "ad-kerberos". */
    export type AD_KERBEROS = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AD_KERBEROS;
    /** The type of `extIdpConnType.HUAWEI`: "huawei". */
    export type HUAWEI = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.HUAWEI;
    /** The type of `extIdpConnType.HUAWEI_MOBILE`: "huawei:mobile". */
    export type HUAWEI_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.HUAWEI_MOBILE;
    /** The type of `extIdpConnType.HONOR`: "honor". */
    export type HONOR = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.HONOR;
    /** The type of `extIdpConnType.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.XIAOMI;
    /** The type of `extIdpConnType.XIAOMI_MOBILE`: "xiaomi:mobile". */
    export type XIAOMI_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.XIAOMI_MOBILE;
    /** The type of `extIdpConnType.AWS`: "aws". */
    export type AWS = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AWS;
    /** The type of `extIdpConnType.AMAZON`: "amazon". */
    export type AMAZON = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AMAZON;
    /** The type of `extIdpConnType.AMAZON_MOBILE`: "amazon:mobile". */
    export type AMAZON_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.AMAZON_MOBILE;
    /** The type of `extIdpConnType.DOUYIN_MOBILE`: "douyin:mobile". */
    export type DOUYIN_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.DOUYIN_MOBILE;
    /** The type of `extIdpConnType.DOUYIN_MINIPROGRAM_DEFAULT`: "douyin:miniprogram:default". */
    export type DOUYIN_MINIPROGRAM_DEFAULT = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.DOUYIN_MINIPROGRAM_DEFAULT;
    /** The type of `extIdpConnType.KUAISHOU_MOBILE`: "kuaishou:mobile". */
    export type KUAISHOU_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.KUAISHOU_MOBILE;
    /** The type of `extIdpConnType.LINE_MOBILE`: "line:mobile". */
    export type LINE_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.LINE_MOBILE;
    /** The type of `extIdpConnType.OPPO_MOBILE`: "oppo:mobile". */
    export type OPPO_MOBILE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.OPPO_MOBILE;
    /** The type of `extIdpConnType.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY`: "wechatwork:qrconnect:of:authing:agency". */
    export type WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY;
    /** The type of `extIdpConnType.SDBZ`: "sdbz". */
    export type SDBZ = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.SDBZ;
    /** The type of `extIdpConnType.ZJZWFW_QRCODE`: "zjzwfw-qrcode". */
    export type ZJZWFW_QRCODE = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.ZJZWFW_QRCODE;
    /** The type of `extIdpConnType.ZZDING`: "zzding". */
    export type ZZDING = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.ZZDING;
    /** The type of `extIdpConnType.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof ApplicationEnabledExtIdpConnDto.extIdpConnType.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationPermissionRecordItem.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof ApplicationPermissionRecordItem.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof ApplicationPermissionRecordItem.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof ApplicationPermissionRecordItem.targetType.GROUP;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof ApplicationPermissionRecordItem.targetType.ORG;
  }
  /** One of the values of `ApplicationPermissionRecordItem.effect`. */
  export type effect = (typeof ApplicationPermissionRecordItem.effect)[keyof typeof ApplicationPermissionRecordItem.effect];
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationPermissionRecordItem.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof ApplicationPermissionRecordItem.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof ApplicationPermissionRecordItem.effect.DENY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationRegisterConfig.defaultRegisterMethod.PASSCODE`). */
  export namespace defaultRegisterMethod {
    /** The type of `defaultRegisterMethod.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof ApplicationRegisterConfig.defaultRegisterMethod.PASSCODE;
    /** The type of `defaultRegisterMethod.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof ApplicationRegisterConfig.defaultRegisterMethod.PASSWORD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationRegisterConfigInputDto.defaultRegisterMethod.PASSCODE`). */
  export namespace defaultRegisterMethod {
    /** The type of `defaultRegisterMethod.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof ApplicationRegisterConfigInputDto.defaultRegisterMethod.PASSCODE;
    /** The type of `defaultRegisterMethod.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof ApplicationRegisterConfigInputDto.defaultRegisterMethod.PASSWORD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApplicationSimpleInfoDto.appType.WEB`). */
  export namespace appType {
    /** The type of `appType.WEB`: "web". */
    export type WEB = typeof ApplicationSimpleInfoDto.appType.WEB;
    /** The type of `appType.SPA`: "spa". */
    export type SPA = typeof ApplicationSimpleInfoDto.appType.SPA;
    /** The type of `appType.NATIVE`: "native". */
    export type NATIVE = typeof ApplicationSimpleInfoDto.appType.NATIVE;
    /** The type of `appType.API`: "api". */
    export type API = typeof ApplicationSimpleInfoDto.appType.API;
    /** The type of `appType.MFA`: "mfa". */
    export type MFA = typeof ApplicationSimpleInfoDto.appType.MFA;
    /** The type of `appType.MINI_PROGRAM`: "mini-program". */
    export type MINI_PROGRAM = typeof ApplicationSimpleInfoDto.appType.MINI_PROGRAM;
    /** The type of `appType.GATEWAY_APP`: "gateway-app". */
    export type GATEWAY_APP = typeof ApplicationSimpleInfoDto.appType.GATEWAY_APP;
    /** The type of `appType.GATEWAY_AGENT`: "gateway-agent". */
    export type GATEWAY_AGENT = typeof ApplicationSimpleInfoDto.appType.GATEWAY_AGENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApprovalDetailDto.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof ApprovalDetailDto.status.PENDING;
    /** The type of `status.AGREED`: "AGREED". */
    export type AGREED = typeof ApprovalDetailDto.status.AGREED;
    /** The type of `status.REFUSED`: "REFUSED". */
    export type REFUSED = typeof ApprovalDetailDto.status.REFUSED;
  }
  /** One of the values of `ApprovalDetailDto.objectType`. */
  export type objectType = (typeof ApprovalDetailDto.objectType)[keyof typeof ApprovalDetailDto.objectType];
  /** Each member's own type, as the official SDK's enum members are types (`ApprovalDetailDto.objectType.APP_PERMISSION_APPLY`). */
  export namespace objectType {
    /** The type of `objectType.APP_PERMISSION_APPLY`: "APP_PERMISSION_APPLY". */
    export type APP_PERMISSION_APPLY = typeof ApprovalDetailDto.objectType.APP_PERMISSION_APPLY;
    /** The type of `objectType.ROLE_PERMISSION_APPLY`: "ROLE_PERMISSION_APPLY". */
    export type ROLE_PERMISSION_APPLY = typeof ApprovalDetailDto.objectType.ROLE_PERMISSION_APPLY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AsaAccountTargetDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof AsaAccountTargetDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof AsaAccountTargetDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof AsaAccountTargetDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof AsaAccountTargetDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AssignAsaAccountItem.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof AssignAsaAccountItem.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof AssignAsaAccountItem.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof AssignAsaAccountItem.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof AssignAsaAccountItem.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AuthEnvParams.deviceType.PC`). */
  export namespace deviceType {
    /** The type of `deviceType.PC`: "PC". */
    export type PC = typeof AuthEnvParams.deviceType.PC;
    /** The type of `deviceType.MOBILE`: "Mobile". */
    export type MOBILE = typeof AuthEnvParams.deviceType.MOBILE;
  }
  /** One of the values of `AuthEnvParams.systemType`. */
  export type systemType = (typeof AuthEnvParams.systemType)[keyof typeof AuthEnvParams.systemType];
  /** Each member's own type, as the official SDK's enum members are types (`AuthEnvParams.systemType.WINDOWS`). */
  export namespace systemType {
    /** The type of `systemType.WINDOWS`: "Windows". */
    export type WINDOWS = typeof AuthEnvParams.systemType.WINDOWS;
    /** The type of `systemType.MAC_OS`: "MacOS". */
    export type MAC_OS = typeof AuthEnvParams.systemType.MAC_OS;
    /** The type of `systemType.ANDROID`: "Android". */
    export type ANDROID = typeof AuthEnvParams.systemType.ANDROID;
    /** The type of `systemType.I_OS`: "iOS". */
    export type I_OS = typeof AuthEnvParams.systemType.I_OS;
  }
  /** One of the values of `AuthEnvParams.browserType`. */
  export type browserType = (typeof AuthEnvParams.browserType)[keyof typeof AuthEnvParams.browserType];
  /** Each member's own type, as the official SDK's enum members are types (`AuthEnvParams.browserType.IE`). */
  export namespace browserType {
    /** The type of `browserType.IE`: "IE". */
    export type IE = typeof AuthEnvParams.browserType.IE;
    /** The type of `browserType.CHROME`: "Chrome". */
    export type CHROME = typeof AuthEnvParams.browserType.CHROME;
    /** The type of `browserType.FIREFOX`: "Firefox". */
    export type FIREFOX = typeof AuthEnvParams.browserType.FIREFOX;
    /** The type of `browserType.SAFARI`: "Safari". */
    export type SAFARI = typeof AuthEnvParams.browserType.SAFARI;
    /** The type of `browserType.EDGE`: "Edge". */
    export type EDGE = typeof AuthEnvParams.browserType.EDGE;
    /** The type of `browserType.OPERA`: "Opera". */
    export type OPERA = typeof AuthEnvParams.browserType.OPERA;
    /** The type of `browserType.SAFE360`: "Safe360". */
    export type SAFE360 = typeof AuthEnvParams.browserType.SAFE360;
    /** The type of `browserType.QQBROWSER`: "QQBrowser". */
    export type QQBROWSER = typeof AuthEnvParams.browserType.QQBROWSER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AuthorizeResourceItem.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof AuthorizeResourceItem.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof AuthorizeResourceItem.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof AuthorizeResourceItem.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof AuthorizeResourceItem.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AuthorizedResourceDto.resourceType.DATA`). */
  export namespace resourceType {
    /** The type of `resourceType.DATA`: "DATA". */
    export type DATA = typeof AuthorizedResourceDto.resourceType.DATA;
    /** The type of `resourceType.API`: "API". */
    export type API = typeof AuthorizedResourceDto.resourceType.API;
    /** The type of `resourceType.MENU`: "MENU". */
    export type MENU = typeof AuthorizedResourceDto.resourceType.MENU;
    /** The type of `resourceType.BUTTON`: "BUTTON". */
    export type BUTTON = typeof AuthorizedResourceDto.resourceType.BUTTON;
    /** The type of `resourceType.UI`: "UI". */
    export type UI = typeof AuthorizedResourceDto.resourceType.UI;
  }
  /** One of the values of `AuthorizedResourceDto.effect`. */
  export type effect = (typeof AuthorizedResourceDto.effect)[keyof typeof AuthorizedResourceDto.effect];
  /** Each member's own type, as the official SDK's enum members are types (`AuthorizedResourceDto.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof AuthorizedResourceDto.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof AuthorizedResourceDto.effect.DENY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CombineFilterItemDto.operator.EQUAL`). */
  export namespace operator {
    /** The type of `operator.EQUAL`: "EQUAL". */
    export type EQUAL = typeof CombineFilterItemDto.operator.EQUAL;
    /** The type of `operator.NOT_EQUAL`: "NOT_EQUAL". */
    export type NOT_EQUAL = typeof CombineFilterItemDto.operator.NOT_EQUAL;
    /** The type of `operator.CONTAINS`: "CONTAINS". */
    export type CONTAINS = typeof CombineFilterItemDto.operator.CONTAINS;
    /** The type of `operator.NOT_CONTAINS`: "NOT_CONTAINS". */
    export type NOT_CONTAINS = typeof CombineFilterItemDto.operator.NOT_CONTAINS;
    /** The type of `operator.IS_NULL`: "IS_NULL". */
    export type IS_NULL = typeof CombineFilterItemDto.operator.IS_NULL;
    /** The type of `operator.NOT_NULL`: "NOT_NULL". */
    export type NOT_NULL = typeof CombineFilterItemDto.operator.NOT_NULL;
    /** The type of `operator.IN`: "IN". */
    export type IN = typeof CombineFilterItemDto.operator.IN;
    /** The type of `operator.NOT_IN`: "NOT_IN". */
    export type NOT_IN = typeof CombineFilterItemDto.operator.NOT_IN;
    /** The type of `operator.GREATER`: "GREATER". */
    export type GREATER = typeof CombineFilterItemDto.operator.GREATER;
    /** The type of `operator.LESSER`: "LESSER". */
    export type LESSER = typeof CombineFilterItemDto.operator.LESSER;
    /** The type of `operator.BETWEEN`: "BETWEEN". */
    export type BETWEEN = typeof CombineFilterItemDto.operator.BETWEEN;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CombineFiltersBaseDto.type.AND`). */
  export namespace type {
    /** The type of `type.AND`: "and". */
    export type AND = typeof CombineFiltersBaseDto.type.AND;
    /** The type of `type.OR`: "or". */
    export type OR = typeof CombineFiltersBaseDto.type.OR;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CommonResourceDto.type.DATA`). */
  export namespace type {
    /** The type of `type.DATA`: "DATA". */
    export type DATA = typeof CommonResourceDto.type.DATA;
    /** The type of `type.API`: "API". */
    export type API = typeof CommonResourceDto.type.API;
    /** The type of `type.MENU`: "MENU". */
    export type MENU = typeof CommonResourceDto.type.MENU;
    /** The type of `type.BUTTON`: "BUTTON". */
    export type BUTTON = typeof CommonResourceDto.type.BUTTON;
    /** The type of `type.UI`: "UI". */
    export type UI = typeof CommonResourceDto.type.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ConfigEmailProviderDto.type.ALI`). */
  export namespace type {
    /** The type of `type.ALI`: "ali". */
    export type ALI = typeof ConfigEmailProviderDto.type.ALI;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof ConfigEmailProviderDto.type.QQ;
    /** The type of `type.SENDGRID`: "sendgrid". */
    export type SENDGRID = typeof ConfigEmailProviderDto.type.SENDGRID;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof ConfigEmailProviderDto.type.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateApplicationDto.appType.WEB`). */
  export namespace appType {
    /** The type of `appType.WEB`: "web". */
    export type WEB = typeof CreateApplicationDto.appType.WEB;
    /** The type of `appType.SPA`: "spa". */
    export type SPA = typeof CreateApplicationDto.appType.SPA;
    /** The type of `appType.NATIVE`: "native". */
    export type NATIVE = typeof CreateApplicationDto.appType.NATIVE;
    /** The type of `appType.API`: "api". */
    export type API = typeof CreateApplicationDto.appType.API;
    /** The type of `appType.MFA`: "mfa". */
    export type MFA = typeof CreateApplicationDto.appType.MFA;
    /** The type of `appType.MINI_PROGRAM`: "mini-program". */
    export type MINI_PROGRAM = typeof CreateApplicationDto.appType.MINI_PROGRAM;
    /** The type of `appType.GATEWAY_APP`: "gateway-app". */
    export type GATEWAY_APP = typeof CreateApplicationDto.appType.GATEWAY_APP;
    /** The type of `appType.GATEWAY_AGENT`: "gateway-agent". */
    export type GATEWAY_AGENT = typeof CreateApplicationDto.appType.GATEWAY_AGENT;
  }
  /** One of the values of `CreateApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof CreateApplicationDto.defaultProtocol)[keyof typeof CreateApplicationDto.defaultProtocol];
  /** Each member's own type, as the official SDK's enum members are types (`CreateApplicationDto.defaultProtocol.OIDC`). */
  export namespace defaultProtocol {
    /** The type of `defaultProtocol.OIDC`: "oidc". */
    export type OIDC = typeof CreateApplicationDto.defaultProtocol.OIDC;
    /** The type of `defaultProtocol.OAUTH`: "oauth". */
    export type OAUTH = typeof CreateApplicationDto.defaultProtocol.OAUTH;
    /** The type of `defaultProtocol.SAML`: "saml". */
    export type SAML = typeof CreateApplicationDto.defaultProtocol.SAML;
    /** The type of `defaultProtocol.CAS`: "cas". */
    export type CAS = typeof CreateApplicationDto.defaultProtocol.CAS;
    /** The type of `defaultProtocol.ASA`: "asa". */
    export type ASA = typeof CreateApplicationDto.defaultProtocol.ASA;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateApplicationRespDataDto.appType.WEB`). */
  export namespace appType {
    /** The type of `appType.WEB`: "web". */
    export type WEB = typeof CreateApplicationRespDataDto.appType.WEB;
    /** The type of `appType.SPA`: "spa". */
    export type SPA = typeof CreateApplicationRespDataDto.appType.SPA;
    /** The type of `appType.NATIVE`: "native". */
    export type NATIVE = typeof CreateApplicationRespDataDto.appType.NATIVE;
    /** The type of `appType.API`: "api". */
    export type API = typeof CreateApplicationRespDataDto.appType.API;
    /** The type of `appType.MFA`: "mfa". */
    export type MFA = typeof CreateApplicationRespDataDto.appType.MFA;
    /** The type of `appType.MINI_PROGRAM`: "mini-program". */
    export type MINI_PROGRAM = typeof CreateApplicationRespDataDto.appType.MINI_PROGRAM;
    /** The type of `appType.GATEWAY_APP`: "gateway-app". */
    export type GATEWAY_APP = typeof CreateApplicationRespDataDto.appType.GATEWAY_APP;
    /** The type of `appType.GATEWAY_AGENT`: "gateway-agent". */
    export type GATEWAY_AGENT = typeof CreateApplicationRespDataDto.appType.GATEWAY_AGENT;
  }
  /** One of the values of `CreateApplicationRespDataDto.defaultProtocol`. */
  export type defaultProtocol = (typeof CreateApplicationRespDataDto.defaultProtocol)[keyof typeof CreateApplicationRespDataDto.defaultProtocol];
  /** Each member's own type, as the official SDK's enum members are types (`CreateApplicationRespDataDto.defaultProtocol.OIDC`). */
  export namespace defaultProtocol {
    /** The type of `defaultProtocol.OIDC`: "oidc". */
    export type OIDC = typeof CreateApplicationRespDataDto.defaultProtocol.OIDC;
    /** The type of `defaultProtocol.OAUTH`: "oauth". */
    export type OAUTH = typeof CreateApplicationRespDataDto.defaultProtocol.OAUTH;
    /** The type of `defaultProtocol.SAML`: "saml". */
    export type SAML = typeof CreateApplicationRespDataDto.defaultProtocol.SAML;
    /** The type of `defaultProtocol.CAS`: "cas". */
    export type CAS = typeof CreateApplicationRespDataDto.defaultProtocol.CAS;
    /** The type of `defaultProtocol.ASA`: "asa". */
    export type ASA = typeof CreateApplicationRespDataDto.defaultProtocol.ASA;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateArrayDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof CreateArrayDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof CreateArrayDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof CreateArrayDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateDataResourceDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof CreateDataResourceDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof CreateDataResourceDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof CreateDataResourceDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof CreateDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof CreateDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof CreateDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateDepartmentReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof CreateDepartmentReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof CreateDepartmentReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof CreateDepartmentReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof CreateDepartmentReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof CreateDepartmentReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateDnefReq.valueType.STRING`). */
  export namespace valueType {
    /** The type of `valueType.STRING`: "STRING". */
    export type STRING = typeof CreateDnefReq.valueType.STRING;
    /** The type of `valueType.SELECT`: "SELECT". */
    export type SELECT = typeof CreateDnefReq.valueType.SELECT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateExtIdpConnDto.type.OIDC`). */
  export namespace type {
    /** The type of `type.OIDC`: "oidc". */
    export type OIDC = typeof CreateExtIdpConnDto.type.OIDC;
    /** The type of `type.OAUTH`: "oauth". */
    export type OAUTH = typeof CreateExtIdpConnDto.type.OAUTH;
    /** The type of `type.SAML`: "saml". */
    export type SAML = typeof CreateExtIdpConnDto.type.SAML;
    /** The type of `type.LDAP`: "ldap". */
    export type LDAP = typeof CreateExtIdpConnDto.type.LDAP;
    /** The type of `type.AD`: "ad". */
    export type AD = typeof CreateExtIdpConnDto.type.AD;
    /** The type of `type.CAS`: "cas". */
    export type CAS = typeof CreateExtIdpConnDto.type.CAS;
    /** The type of `type.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof CreateExtIdpConnDto.type.AZURE_AD;
    /** The type of `type.ALIPAY`: "alipay". */
    export type ALIPAY = typeof CreateExtIdpConnDto.type.ALIPAY;
    /** The type of `type.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof CreateExtIdpConnDto.type.FACEBOOK;
    /** The type of `type.FACEBOOK_MOBILE`: "facebook:mobile". */
    export type FACEBOOK_MOBILE = typeof CreateExtIdpConnDto.type.FACEBOOK_MOBILE;
    /** The type of `type.TWITTER`: "twitter". */
    export type TWITTER = typeof CreateExtIdpConnDto.type.TWITTER;
    /** The type of `type.GOOGLE_MOBILE`: "google:mobile". */
    export type GOOGLE_MOBILE = typeof CreateExtIdpConnDto.type.GOOGLE_MOBILE;
    /** The type of `type.GOOGLE`: "google". */
    export type GOOGLE = typeof CreateExtIdpConnDto.type.GOOGLE;
    /** The type of `type.WECHAT_PC`: "wechat:pc". */
    export type WECHAT_PC = typeof CreateExtIdpConnDto.type.WECHAT_PC;
    /** The type of `type.WECHAT_MOBILE`: "wechat:mobile". */
    export type WECHAT_MOBILE = typeof CreateExtIdpConnDto.type.WECHAT_MOBILE;
    /** The type of `type.WECHAT_WEBPAGE_AUTHORIZATION`: "wechat:webpage-authorization". */
    export type WECHAT_WEBPAGE_AUTHORIZATION = typeof CreateExtIdpConnDto.type.WECHAT_WEBPAGE_AUTHORIZATION;
    /** The type of `type.WECHATMP_QRCODE`: "wechatmp-qrcode". */
    export type WECHATMP_QRCODE = typeof CreateExtIdpConnDto.type.WECHATMP_QRCODE;
    /** The type of `type.WECHAT_MINIPROGRAM_DEFAULT`: "wechat:miniprogram:default". */
    export type WECHAT_MINIPROGRAM_DEFAULT = typeof CreateExtIdpConnDto.type.WECHAT_MINIPROGRAM_DEFAULT;
    /** The type of `type.WECHAT_MINIPROGRAM_QRCONNECT`: "wechat:miniprogram:qrconnect". */
    export type WECHAT_MINIPROGRAM_QRCONNECT = typeof CreateExtIdpConnDto.type.WECHAT_MINIPROGRAM_QRCONNECT;
    /** The type of `type.WECHAT_MINIPROGRAM_APP_LAUNCH`: "wechat:miniprogram:app-launch". */
    export type WECHAT_MINIPROGRAM_APP_LAUNCH = typeof CreateExtIdpConnDto.type.WECHAT_MINIPROGRAM_APP_LAUNCH;
    /** The type of `type.GITHUB`: "github". */
    export type GITHUB = typeof CreateExtIdpConnDto.type.GITHUB;
    /** The type of `type.GITHUB_MOBILE`: "github:mobile". */
    export type GITHUB_MOBILE = typeof CreateExtIdpConnDto.type.GITHUB_MOBILE;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof CreateExtIdpConnDto.type.QQ;
    /** The type of `type.QQ_MOBILE`: "qq:mobile". */
    export type QQ_MOBILE = typeof CreateExtIdpConnDto.type.QQ_MOBILE;
    /** The type of `type.WECHATWORK_CORP_QRCONNECT`: "wechatwork:corp:qrconnect". */
    export type WECHATWORK_CORP_QRCONNECT = typeof CreateExtIdpConnDto.type.WECHATWORK_CORP_QRCONNECT;
    /** The type of `type.WECHATWORK_AGENCY_QRCONNECT`: "wechatwork:agency:qrconnect". */
    export type WECHATWORK_AGENCY_QRCONNECT = typeof CreateExtIdpConnDto.type.WECHATWORK_AGENCY_QRCONNECT;
    /** The type of `type.WECHATWORK_SERVICE_PROVIDER_QRCONNECT`: "wechatwork:service-provider:qrconnect". */
    export type WECHATWORK_SERVICE_PROVIDER_QRCONNECT = typeof CreateExtIdpConnDto.type.WECHATWORK_SERVICE_PROVIDER_QRCONNECT;
    /** The type of `type.WECHATWORK_MOBILE`: "wechatwork:mobile". */
    export type WECHATWORK_MOBILE = typeof CreateExtIdpConnDto.type.WECHATWORK_MOBILE;
    /** The type of `type.WECHATWORK_AGENCY_MOBILE`: "wechatwork:agency:mobile". */
    export type WECHATWORK_AGENCY_MOBILE = typeof CreateExtIdpConnDto.type.WECHATWORK_AGENCY_MOBILE;
    /** The type of `type.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof CreateExtIdpConnDto.type.DINGTALK;
    /** The type of `type.DINGTALK_MOBILE`: "dingtalk:mobile". */
    export type DINGTALK_MOBILE = typeof CreateExtIdpConnDto.type.DINGTALK_MOBILE;
    /** The type of `type.DINGTALK_PROVIDER`: "dingtalk:provider". */
    export type DINGTALK_PROVIDER = typeof CreateExtIdpConnDto.type.DINGTALK_PROVIDER;
    /** The type of `type.WEIBO`: "weibo". */
    export type WEIBO = typeof CreateExtIdpConnDto.type.WEIBO;
    /** The type of `type.WEIBO_MOBILE`: "weibo:mobile". */
    export type WEIBO_MOBILE = typeof CreateExtIdpConnDto.type.WEIBO_MOBILE;
    /** The type of `type.APPLE`: "apple". */
    export type APPLE = typeof CreateExtIdpConnDto.type.APPLE;
    /** The type of `type.APPLE_WEB`: "apple:web". */
    export type APPLE_WEB = typeof CreateExtIdpConnDto.type.APPLE_WEB;
    /** The type of `type.BAIDU`: "baidu". */
    export type BAIDU = typeof CreateExtIdpConnDto.type.BAIDU;
    /** The type of `type.BAIDU_MOBILE`: "baidu:mobile". */
    export type BAIDU_MOBILE = typeof CreateExtIdpConnDto.type.BAIDU_MOBILE;
    /** The type of `type.LARK_INTERNAL`: "lark-internal". */
    export type LARK_INTERNAL = typeof CreateExtIdpConnDto.type.LARK_INTERNAL;
    /** The type of `type.LARK_PUBLIC`: "lark-public". */
    export type LARK_PUBLIC = typeof CreateExtIdpConnDto.type.LARK_PUBLIC;
    /** The type of `type.LARK_BLOCK`: "lark-block". */
    export type LARK_BLOCK = typeof CreateExtIdpConnDto.type.LARK_BLOCK;
    /** The type of `type.GITLAB`: "gitlab". */
    export type GITLAB = typeof CreateExtIdpConnDto.type.GITLAB;
    /** The type of `type.GITLAB_MOBILE`: "gitlab:mobile". */
    export type GITLAB_MOBILE = typeof CreateExtIdpConnDto.type.GITLAB_MOBILE;
    /** The type of `type.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof CreateExtIdpConnDto.type.LINKEDIN;
    /** The type of `type.LINKEDIN_MOBILE`: "linkedin:mobile". */
    export type LINKEDIN_MOBILE = typeof CreateExtIdpConnDto.type.LINKEDIN_MOBILE;
    /** The type of `type.SLACK`: "slack". */
    export type SLACK = typeof CreateExtIdpConnDto.type.SLACK;
    /** The type of `type.SLACK_MOBILE`: "slack:mobile". */
    export type SLACK_MOBILE = typeof CreateExtIdpConnDto.type.SLACK_MOBILE;
    /** The type of `type.YIDUN`: "yidun". */
    export type YIDUN = typeof CreateExtIdpConnDto.type.YIDUN;
    /** The type of `type.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof CreateExtIdpConnDto.type.QINGCLOUD;
    /** The type of `type.GITEE`: "gitee". */
    export type GITEE = typeof CreateExtIdpConnDto.type.GITEE;
    /** The type of `type.GITEE_MOBILE`: "gitee:mobile". */
    export type GITEE_MOBILE = typeof CreateExtIdpConnDto.type.GITEE_MOBILE;
    /** The type of `type.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof CreateExtIdpConnDto.type.INSTAGRAM;
    /** The type of `type.WELINK`: "welink". */
    export type WELINK = typeof CreateExtIdpConnDto.type.WELINK;
    /** The type of `type.AD_KERBEROS`: "ad-kerberos". */
    export type AD_KERBEROS = typeof CreateExtIdpConnDto.type.AD_KERBEROS;
    /** The type of `type.HUAWEI`: "huawei". */
    export type HUAWEI = typeof CreateExtIdpConnDto.type.HUAWEI;
    /** The type of `type.HUAWEI_MOBILE`: "huawei:mobile". */
    export type HUAWEI_MOBILE = typeof CreateExtIdpConnDto.type.HUAWEI_MOBILE;
    /** The type of `type.HONOR`: "honor". */
    export type HONOR = typeof CreateExtIdpConnDto.type.HONOR;
    /** The type of `type.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof CreateExtIdpConnDto.type.XIAOMI;
    /** The type of `type.XIAOMI_MOBILE`: "xiaomi:mobile". */
    export type XIAOMI_MOBILE = typeof CreateExtIdpConnDto.type.XIAOMI_MOBILE;
    /** The type of `type.AWS`: "aws". */
    export type AWS = typeof CreateExtIdpConnDto.type.AWS;
    /** The type of `type.AMAZON`: "amazon". */
    export type AMAZON = typeof CreateExtIdpConnDto.type.AMAZON;
    /** The type of `type.AMAZON_MOBILE`: "amazon:mobile". */
    export type AMAZON_MOBILE = typeof CreateExtIdpConnDto.type.AMAZON_MOBILE;
    /** The type of `type.DOUYIN_MOBILE`: "douyin:mobile". */
    export type DOUYIN_MOBILE = typeof CreateExtIdpConnDto.type.DOUYIN_MOBILE;
    /** The type of `type.DOUYIN_MINIPROGRAM_DEFAULT`: "douyin:miniprogram:default". */
    export type DOUYIN_MINIPROGRAM_DEFAULT = typeof CreateExtIdpConnDto.type.DOUYIN_MINIPROGRAM_DEFAULT;
    /** The type of `type.KUAISHOU_MOBILE`: "kuaishou:mobile". */
    export type KUAISHOU_MOBILE = typeof CreateExtIdpConnDto.type.KUAISHOU_MOBILE;
    /** The type of `type.LINE_MOBILE`: "line:mobile". */
    export type LINE_MOBILE = typeof CreateExtIdpConnDto.type.LINE_MOBILE;
    /** The type of `type.OPPO_MOBILE`: "oppo:mobile". */
    export type OPPO_MOBILE = typeof CreateExtIdpConnDto.type.OPPO_MOBILE;
    /** The type of `type.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY`: "wechatwork:qrconnect:of:authing:agency". */
    export type WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = typeof CreateExtIdpConnDto.type.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY;
    /** The type of `type.SDBZ`: "sdbz". */
    export type SDBZ = typeof CreateExtIdpConnDto.type.SDBZ;
    /** The type of `type.ZJZWFW_QRCODE`: "zjzwfw-qrcode". */
    export type ZJZWFW_QRCODE = typeof CreateExtIdpConnDto.type.ZJZWFW_QRCODE;
    /** The type of `type.ZZDING`: "zzding". */
    export type ZZDING = typeof CreateExtIdpConnDto.type.ZZDING;
    /** The type of `type.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof CreateExtIdpConnDto.type.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateExtIdpDto.type.OIDC`). */
  export namespace type {
    /** The type of `type.OIDC`: "oidc". */
    export type OIDC = typeof CreateExtIdpDto.type.OIDC;
    /** The type of `type.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof CreateExtIdpDto.type.OAUTH2;
    /** The type of `type.SAML`: "saml". */
    export type SAML = typeof CreateExtIdpDto.type.SAML;
    /** The type of `type.LDAP`: "ldap". */
    export type LDAP = typeof CreateExtIdpDto.type.LDAP;
    /** The type of `type.AD`: "ad". */
    export type AD = typeof CreateExtIdpDto.type.AD;
    /** The type of `type.CAS`: "cas". */
    export type CAS = typeof CreateExtIdpDto.type.CAS;
    /** The type of `type.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof CreateExtIdpDto.type.AZURE_AD;
    /** The type of `type.WECHAT`: "wechat". */
    export type WECHAT = typeof CreateExtIdpDto.type.WECHAT;
    /** The type of `type.GOOGLE`: "google". */
    export type GOOGLE = typeof CreateExtIdpDto.type.GOOGLE;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof CreateExtIdpDto.type.QQ;
    /** The type of `type.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof CreateExtIdpDto.type.WECHATWORK;
    /** The type of `type.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof CreateExtIdpDto.type.DINGTALK;
    /** The type of `type.WEIBO`: "weibo". */
    export type WEIBO = typeof CreateExtIdpDto.type.WEIBO;
    /** The type of `type.GITHUB`: "github". */
    export type GITHUB = typeof CreateExtIdpDto.type.GITHUB;
    /** The type of `type.ALIPAY`: "alipay". */
    export type ALIPAY = typeof CreateExtIdpDto.type.ALIPAY;
    /** The type of `type.APPLE`: "apple". */
    export type APPLE = typeof CreateExtIdpDto.type.APPLE;
    /** The type of `type.BAIDU`: "baidu". */
    export type BAIDU = typeof CreateExtIdpDto.type.BAIDU;
    /** The type of `type.LARK`: "lark". */
    export type LARK = typeof CreateExtIdpDto.type.LARK;
    /** The type of `type.GITLAB`: "gitlab". */
    export type GITLAB = typeof CreateExtIdpDto.type.GITLAB;
    /** The type of `type.TWITTER`: "twitter". */
    export type TWITTER = typeof CreateExtIdpDto.type.TWITTER;
    /** The type of `type.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof CreateExtIdpDto.type.FACEBOOK;
    /** The type of `type.SLACK`: "slack". */
    export type SLACK = typeof CreateExtIdpDto.type.SLACK;
    /** The type of `type.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof CreateExtIdpDto.type.LINKEDIN;
    /** The type of `type.YIDUN`: "yidun". */
    export type YIDUN = typeof CreateExtIdpDto.type.YIDUN;
    /** The type of `type.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof CreateExtIdpDto.type.QINGCLOUD;
    /** The type of `type.GITEE`: "gitee". */
    export type GITEE = typeof CreateExtIdpDto.type.GITEE;
    /** The type of `type.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof CreateExtIdpDto.type.INSTAGRAM;
    /** The type of `type.WELINK`: "welink". */
    export type WELINK = typeof CreateExtIdpDto.type.WELINK;
    /** The type of `type.HUAWEI`: "huawei". */
    export type HUAWEI = typeof CreateExtIdpDto.type.HUAWEI;
    /** The type of `type.HONOR`: "honor". */
    export type HONOR = typeof CreateExtIdpDto.type.HONOR;
    /** The type of `type.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof CreateExtIdpDto.type.XIAOMI;
    /** The type of `type.OPPO`: "oppo". */
    export type OPPO = typeof CreateExtIdpDto.type.OPPO;
    /** The type of `type.AWS`: "aws". */
    export type AWS = typeof CreateExtIdpDto.type.AWS;
    /** The type of `type.AMAZON`: "amazon". */
    export type AMAZON = typeof CreateExtIdpDto.type.AMAZON;
    /** The type of `type.DOUYIN`: "douyin". */
    export type DOUYIN = typeof CreateExtIdpDto.type.DOUYIN;
    /** The type of `type.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof CreateExtIdpDto.type.KUAISHOU;
    /** The type of `type.LINE`: "line". */
    export type LINE = typeof CreateExtIdpDto.type.LINE;
    /** The type of `type.SDBZ`: "sdbz". */
    export type SDBZ = typeof CreateExtIdpDto.type.SDBZ;
    /** The type of `type.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof CreateExtIdpDto.type.ZJZWFW;
    /** The type of `type.ZZDING`: "zzding". */
    export type ZZDING = typeof CreateExtIdpDto.type.ZZDING;
    /** The type of `type.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof CreateExtIdpDto.type.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateFunctionModelDto.type.UEBA`). */
  export namespace type {
    /** The type of `type.UEBA`: "ueba". */
    export type UEBA = typeof CreateFunctionModelDto.type.UEBA;
    /** The type of `type.USER`: "user". */
    export type USER = typeof CreateFunctionModelDto.type.USER;
    /** The type of `type.POST`: "post". */
    export type POST = typeof CreateFunctionModelDto.type.POST;
    /** The type of `type.GROUP`: "group". */
    export type GROUP = typeof CreateFunctionModelDto.type.GROUP;
    /** The type of `type.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof CreateFunctionModelDto.type.DEPARTMENT;
    /** The type of `type.ORGANIZATION`: "organization". */
    export type ORGANIZATION = typeof CreateFunctionModelDto.type.ORGANIZATION;
    /** The type of `type.DEVICE`: "device". */
    export type DEVICE = typeof CreateFunctionModelDto.type.DEVICE;
    /** The type of `type.DEVICE_RELY`: "device_rely". */
    export type DEVICE_RELY = typeof CreateFunctionModelDto.type.DEVICE_RELY;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof CreateFunctionModelDto.type.CUSTOM;
  }
  /** One of the values of `CreateFunctionModelDto.dataType`. */
  export type dataType = (typeof CreateFunctionModelDto.dataType)[keyof typeof CreateFunctionModelDto.dataType];
  /** Each member's own type, as the official SDK's enum members are types (`CreateFunctionModelDto.dataType.LIST`). */
  export namespace dataType {
    /** The type of `dataType.LIST`: "list". */
    export type LIST = typeof CreateFunctionModelDto.dataType.LIST;
    /** The type of `dataType.TREE`: "tree". */
    export type TREE = typeof CreateFunctionModelDto.dataType.TREE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateFunctionModelFieldDto.type.TEXT`). */
  export namespace type {
    /** The type of `type.TEXT`: "Text". */
    export type TEXT = typeof CreateFunctionModelFieldDto.type.TEXT;
    /** The type of `type.TEXTAREA`: "Textarea". */
    export type TEXTAREA = typeof CreateFunctionModelFieldDto.type.TEXTAREA;
    /** The type of `type.NUMBER`: "Number". */
    export type NUMBER = typeof CreateFunctionModelFieldDto.type.NUMBER;
    /** The type of `type.BOOLEAN`: "Boolean". */
    export type BOOLEAN = typeof CreateFunctionModelFieldDto.type.BOOLEAN;
    /** The type of `type.DATE`: "Date". */
    export type DATE = typeof CreateFunctionModelFieldDto.type.DATE;
    /** The type of `type.ENUM`: "Enum". */
    export type ENUM = typeof CreateFunctionModelFieldDto.type.ENUM;
    /** The type of `type.RELATION`: "Relation". */
    export type RELATION = typeof CreateFunctionModelFieldDto.type.RELATION;
    /** The type of `type.REVERSE_RELATION`: "ReverseRelation". */
    export type REVERSE_RELATION = typeof CreateFunctionModelFieldDto.type.REVERSE_RELATION;
    /** The type of `type.ARRAY`: "Array". */
    export type ARRAY = typeof CreateFunctionModelFieldDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateIdentityDto.provider.OIDC`). */
  export namespace provider {
    /** The type of `provider.OIDC`: "oidc". */
    export type OIDC = typeof CreateIdentityDto.provider.OIDC;
    /** The type of `provider.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof CreateIdentityDto.provider.OAUTH2;
    /** The type of `provider.SAML`: "saml". */
    export type SAML = typeof CreateIdentityDto.provider.SAML;
    /** The type of `provider.LDAP`: "ldap". */
    export type LDAP = typeof CreateIdentityDto.provider.LDAP;
    /** The type of `provider.AD`: "ad". */
    export type AD = typeof CreateIdentityDto.provider.AD;
    /** The type of `provider.CAS`: "cas". */
    export type CAS = typeof CreateIdentityDto.provider.CAS;
    /** The type of `provider.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof CreateIdentityDto.provider.AZURE_AD;
    /** The type of `provider.WECHAT`: "wechat". */
    export type WECHAT = typeof CreateIdentityDto.provider.WECHAT;
    /** The type of `provider.GOOGLE`: "google". */
    export type GOOGLE = typeof CreateIdentityDto.provider.GOOGLE;
    /** The type of `provider.QQ`: "qq". */
    export type QQ = typeof CreateIdentityDto.provider.QQ;
    /** The type of `provider.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof CreateIdentityDto.provider.WECHATWORK;
    /** The type of `provider.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof CreateIdentityDto.provider.DINGTALK;
    /** The type of `provider.WEIBO`: "weibo". */
    export type WEIBO = typeof CreateIdentityDto.provider.WEIBO;
    /** The type of `provider.GITHUB`: "github". */
    export type GITHUB = typeof CreateIdentityDto.provider.GITHUB;
    /** The type of `provider.ALIPAY`: "alipay". */
    export type ALIPAY = typeof CreateIdentityDto.provider.ALIPAY;
    /** The type of `provider.APPLE`: "apple". */
    export type APPLE = typeof CreateIdentityDto.provider.APPLE;
    /** The type of `provider.BAIDU`: "baidu". */
    export type BAIDU = typeof CreateIdentityDto.provider.BAIDU;
    /** The type of `provider.LARK`: "lark". */
    export type LARK = typeof CreateIdentityDto.provider.LARK;
    /** The type of `provider.GITLAB`: "gitlab". */
    export type GITLAB = typeof CreateIdentityDto.provider.GITLAB;
    /** The type of `provider.TWITTER`: "twitter". */
    export type TWITTER = typeof CreateIdentityDto.provider.TWITTER;
    /** The type of `provider.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof CreateIdentityDto.provider.FACEBOOK;
    /** The type of `provider.SLACK`: "slack". */
    export type SLACK = typeof CreateIdentityDto.provider.SLACK;
    /** The type of `provider.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof CreateIdentityDto.provider.LINKEDIN;
    /** The type of `provider.YIDUN`: "yidun". */
    export type YIDUN = typeof CreateIdentityDto.provider.YIDUN;
    /** The type of `provider.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof CreateIdentityDto.provider.QINGCLOUD;
    /** The type of `provider.GITEE`: "gitee". */
    export type GITEE = typeof CreateIdentityDto.provider.GITEE;
    /** The type of `provider.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof CreateIdentityDto.provider.INSTAGRAM;
    /** The type of `provider.WELINK`: "welink". */
    export type WELINK = typeof CreateIdentityDto.provider.WELINK;
    /** The type of `provider.HUAWEI`: "huawei". */
    export type HUAWEI = typeof CreateIdentityDto.provider.HUAWEI;
    /** The type of `provider.HONOR`: "honor". */
    export type HONOR = typeof CreateIdentityDto.provider.HONOR;
    /** The type of `provider.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof CreateIdentityDto.provider.XIAOMI;
    /** The type of `provider.OPPO`: "oppo". */
    export type OPPO = typeof CreateIdentityDto.provider.OPPO;
    /** The type of `provider.AWS`: "aws". */
    export type AWS = typeof CreateIdentityDto.provider.AWS;
    /** The type of `provider.AMAZON`: "amazon". */
    export type AMAZON = typeof CreateIdentityDto.provider.AMAZON;
    /** The type of `provider.DOUYIN`: "douyin". */
    export type DOUYIN = typeof CreateIdentityDto.provider.DOUYIN;
    /** The type of `provider.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof CreateIdentityDto.provider.KUAISHOU;
    /** The type of `provider.LINE`: "line". */
    export type LINE = typeof CreateIdentityDto.provider.LINE;
    /** The type of `provider.SDBZ`: "sdbz". */
    export type SDBZ = typeof CreateIdentityDto.provider.SDBZ;
    /** The type of `provider.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof CreateIdentityDto.provider.ZJZWFW;
    /** The type of `provider.ZZDING`: "zzding". */
    export type ZZDING = typeof CreateIdentityDto.provider.ZZDING;
    /** The type of `provider.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof CreateIdentityDto.provider.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateInvitationPolicyDto.inviteMethod.EMAIL`). */
  export namespace inviteMethod {
    /** The type of `inviteMethod.EMAIL`: "email". */
    export type EMAIL = typeof CreateInvitationPolicyDto.inviteMethod.EMAIL;
  }
  /** One of the values of `CreateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof CreateInvitationPolicyDto.sendVerifyCodeMethod)[keyof typeof CreateInvitationPolicyDto.sendVerifyCodeMethod];
  /** Each member's own type, as the official SDK's enum members are types (`CreateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_SMS`). */
  export namespace sendVerifyCodeMethod {
    /** The type of `sendVerifyCodeMethod.PRIORITY_SMS`: "prioritySMS". */
    export type PRIORITY_SMS = typeof CreateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_SMS;
    /** The type of `sendVerifyCodeMethod.PRIORITY_EMAIL`: "priorityEmail". */
    export type PRIORITY_EMAIL = typeof CreateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_EMAIL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreatePipelineFunctionDto.scene.PRE_REGISTER`). */
  export namespace scene {
    /** The type of `scene.PRE_REGISTER`: "PRE_REGISTER". */
    export type PRE_REGISTER = typeof CreatePipelineFunctionDto.scene.PRE_REGISTER;
    /** The type of `scene.POST_REGISTER`: "POST_REGISTER". */
    export type POST_REGISTER = typeof CreatePipelineFunctionDto.scene.POST_REGISTER;
    /** The type of `scene.PRE_AUTHENTICATION`: "PRE_AUTHENTICATION". */
    export type PRE_AUTHENTICATION = typeof CreatePipelineFunctionDto.scene.PRE_AUTHENTICATION;
    /** The type of `scene.POST_AUTHENTICATION`: "POST_AUTHENTICATION". */
    export type POST_AUTHENTICATION = typeof CreatePipelineFunctionDto.scene.POST_AUTHENTICATION;
    /** The type of `scene.PRE_OIDC_ID_TOKEN_ISSUED`: "PRE_OIDC_ID_TOKEN_ISSUED". */
    export type PRE_OIDC_ID_TOKEN_ISSUED = typeof CreatePipelineFunctionDto.scene.PRE_OIDC_ID_TOKEN_ISSUED;
    /** The type of `scene.PRE_OIDC_ACCESS_TOKEN_ISSUED`: "PRE_OIDC_ACCESS_TOKEN_ISSUED". */
    export type PRE_OIDC_ACCESS_TOKEN_ISSUED = typeof CreatePipelineFunctionDto.scene.PRE_OIDC_ACCESS_TOKEN_ISSUED;
    /** The type of `scene.PRE_COMPLETE_USER_INFO`: "PRE_COMPLETE_USER_INFO". */
    export type PRE_COMPLETE_USER_INFO = typeof CreatePipelineFunctionDto.scene.PRE_COMPLETE_USER_INFO;
    /** The type of `scene.PRE_MFA_VERIFY`: "PRE_MFA_VERIFY". */
    export type PRE_MFA_VERIFY = typeof CreatePipelineFunctionDto.scene.PRE_MFA_VERIFY;
    /** The type of `scene.POST_MFA_VERIFY`: "POST_MFA_VERIFY". */
    export type POST_MFA_VERIFY = typeof CreatePipelineFunctionDto.scene.POST_MFA_VERIFY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreatePublicAccountOptionsDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof CreatePublicAccountOptionsDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof CreatePublicAccountOptionsDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof CreatePublicAccountOptionsDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof CreatePublicAccountOptionsDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof CreatePublicAccountOptionsDto.departmentIdType.CODE;
  }
  /** One of the values of `CreatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof CreatePublicAccountOptionsDto.passwordEncryptType)[keyof typeof CreatePublicAccountOptionsDto.passwordEncryptType];
  /** Each member's own type, as the official SDK's enum members are types (`CreatePublicAccountOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof CreatePublicAccountOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof CreatePublicAccountOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof CreatePublicAccountOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreatePublicAccountReqDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof CreatePublicAccountReqDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof CreatePublicAccountReqDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof CreatePublicAccountReqDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof CreatePublicAccountReqDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof CreatePublicAccountReqDto.status.DEACTIVATED;
  }
  /** One of the values of `CreatePublicAccountReqDto.gender`. */
  export type gender = (typeof CreatePublicAccountReqDto.gender)[keyof typeof CreatePublicAccountReqDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`CreatePublicAccountReqDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof CreatePublicAccountReqDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof CreatePublicAccountReqDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof CreatePublicAccountReqDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateResourceBatchItemDto.type.DATA`). */
  export namespace type {
    /** The type of `type.DATA`: "DATA". */
    export type DATA = typeof CreateResourceBatchItemDto.type.DATA;
    /** The type of `type.API`: "API". */
    export type API = typeof CreateResourceBatchItemDto.type.API;
    /** The type of `type.MENU`: "MENU". */
    export type MENU = typeof CreateResourceBatchItemDto.type.MENU;
    /** The type of `type.BUTTON`: "BUTTON". */
    export type BUTTON = typeof CreateResourceBatchItemDto.type.BUTTON;
    /** The type of `type.UI`: "UI". */
    export type UI = typeof CreateResourceBatchItemDto.type.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateResourceDto.type.DATA`). */
  export namespace type {
    /** The type of `type.DATA`: "DATA". */
    export type DATA = typeof CreateResourceDto.type.DATA;
    /** The type of `type.API`: "API". */
    export type API = typeof CreateResourceDto.type.API;
    /** The type of `type.MENU`: "MENU". */
    export type MENU = typeof CreateResourceDto.type.MENU;
    /** The type of `type.BUTTON`: "BUTTON". */
    export type BUTTON = typeof CreateResourceDto.type.BUTTON;
    /** The type of `type.UI`: "UI". */
    export type UI = typeof CreateResourceDto.type.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateStringDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof CreateStringDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof CreateStringDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof CreateStringDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateSyncTaskDto.syncTaskTrigger.MANUALLY`). */
  export namespace syncTaskTrigger {
    /** The type of `syncTaskTrigger.MANUALLY`: "manually". */
    export type MANUALLY = typeof CreateSyncTaskDto.syncTaskTrigger.MANUALLY;
    /** The type of `syncTaskTrigger.TIMED`: "timed". */
    export type TIMED = typeof CreateSyncTaskDto.syncTaskTrigger.TIMED;
    /** The type of `syncTaskTrigger.AUTOMATIC`: "automatic". */
    export type AUTOMATIC = typeof CreateSyncTaskDto.syncTaskTrigger.AUTOMATIC;
  }
  /** One of the values of `CreateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof CreateSyncTaskDto.syncTaskFlow)[keyof typeof CreateSyncTaskDto.syncTaskFlow];
  /** Each member's own type, as the official SDK's enum members are types (`CreateSyncTaskDto.syncTaskFlow.UPSTREAM`). */
  export namespace syncTaskFlow {
    /** The type of `syncTaskFlow.UPSTREAM`: "upstream". */
    export type UPSTREAM = typeof CreateSyncTaskDto.syncTaskFlow.UPSTREAM;
    /** The type of `syncTaskFlow.DOWNSTREAM`: "downstream". */
    export type DOWNSTREAM = typeof CreateSyncTaskDto.syncTaskFlow.DOWNSTREAM;
  }
  /** One of the values of `CreateSyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof CreateSyncTaskDto.syncTaskType)[keyof typeof CreateSyncTaskDto.syncTaskType];
  /** Each member's own type, as the official SDK's enum members are types (`CreateSyncTaskDto.syncTaskType.LARK`). */
  export namespace syncTaskType {
    /** The type of `syncTaskType.LARK`: "lark". */
    export type LARK = typeof CreateSyncTaskDto.syncTaskType.LARK;
    /** The type of `syncTaskType.LARK_INTERNATIONAL`: "lark-international". */
    export type LARK_INTERNATIONAL = typeof CreateSyncTaskDto.syncTaskType.LARK_INTERNATIONAL;
    /** The type of `syncTaskType.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof CreateSyncTaskDto.syncTaskType.WECHATWORK;
    /** The type of `syncTaskType.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof CreateSyncTaskDto.syncTaskType.DINGTALK;
    /** The type of `syncTaskType.ACTIVE_DIRECTORY`: "active-directory". */
    export type ACTIVE_DIRECTORY = typeof CreateSyncTaskDto.syncTaskType.ACTIVE_DIRECTORY;
    /** The type of `syncTaskType.ITALENT`: "italent". */
    export type ITALENT = typeof CreateSyncTaskDto.syncTaskType.ITALENT;
    /** The type of `syncTaskType.MAYCUR`: "maycur". */
    export type MAYCUR = typeof CreateSyncTaskDto.syncTaskType.MAYCUR;
    /** The type of `syncTaskType.LDAP`: "ldap". */
    export type LDAP = typeof CreateSyncTaskDto.syncTaskType.LDAP;
    /** The type of `syncTaskType.MOKA`: "moka". */
    export type MOKA = typeof CreateSyncTaskDto.syncTaskType.MOKA;
    /** The type of `syncTaskType.FXIAOKE`: "fxiaoke". */
    export type FXIAOKE = typeof CreateSyncTaskDto.syncTaskType.FXIAOKE;
    /** The type of `syncTaskType.SCIM`: "scim". */
    export type SCIM = typeof CreateSyncTaskDto.syncTaskType.SCIM;
    /** The type of `syncTaskType.XIAOSHOUYI`: "xiaoshouyi". */
    export type XIAOSHOUYI = typeof CreateSyncTaskDto.syncTaskType.XIAOSHOUYI;
    /** The type of `syncTaskType.KAYANG`: "kayang". */
    export type KAYANG = typeof CreateSyncTaskDto.syncTaskType.KAYANG;
    /** The type of `syncTaskType.CUSTOM`: "custom". */
    export type CUSTOM = typeof CreateSyncTaskDto.syncTaskType.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateTenantUserOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof CreateTenantUserOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof CreateTenantUserOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof CreateTenantUserOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateTenantUserReqDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof CreateTenantUserReqDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof CreateTenantUserReqDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof CreateTenantUserReqDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateTerminalDto.type.BROWSER`). */
  export namespace type {
    /** The type of `type.BROWSER`: "Browser". */
    export type BROWSER = typeof CreateTerminalDto.type.BROWSER;
    /** The type of `type.MOBILE`: "Mobile". */
    export type MOBILE = typeof CreateTerminalDto.type.MOBILE;
    /** The type of `type.DESKTOP`: "Desktop". */
    export type DESKTOP = typeof CreateTerminalDto.type.DESKTOP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateTreeDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof CreateTreeDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof CreateTreeDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof CreateTreeDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserInfoDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof CreateUserInfoDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof CreateUserInfoDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof CreateUserInfoDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof CreateUserInfoDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof CreateUserInfoDto.status.DEACTIVATED;
  }
  /** One of the values of `CreateUserInfoDto.gender`. */
  export type gender = (typeof CreateUserInfoDto.gender)[keyof typeof CreateUserInfoDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserInfoDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof CreateUserInfoDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof CreateUserInfoDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof CreateUserInfoDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserOptionsDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof CreateUserOptionsDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof CreateUserOptionsDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof CreateUserOptionsDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof CreateUserOptionsDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof CreateUserOptionsDto.departmentIdType.CODE;
  }
  /** One of the values of `CreateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof CreateUserOptionsDto.passwordEncryptType)[keyof typeof CreateUserOptionsDto.passwordEncryptType];
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof CreateUserOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof CreateUserOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof CreateUserOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserReqDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof CreateUserReqDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof CreateUserReqDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof CreateUserReqDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof CreateUserReqDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof CreateUserReqDto.status.DEACTIVATED;
  }
  /** One of the values of `CreateUserReqDto.gender`. */
  export type gender = (typeof CreateUserReqDto.gender)[keyof typeof CreateUserReqDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`CreateUserReqDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof CreateUserReqDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof CreateUserReqDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof CreateUserReqDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateWebhookDto.contentType.APPLICATION_JSON`). */
  export namespace contentType {
    /** The type of `contentType.APPLICATION_JSON`: "application/json". */
    export type APPLICATION_JSON = typeof CreateWebhookDto.contentType.APPLICATION_JSON;
    /** The type of `contentType.APPLICATION_X_WWW_FORM_URLENCODED`: "application/x-www-form-urlencoded". */
    export type APPLICATION_X_WWW_FORM_URLENCODED = typeof CreateWebhookDto.contentType.APPLICATION_X_WWW_FORM_URLENCODED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CustomFieldDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof CustomFieldDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof CustomFieldDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof CustomFieldDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof CustomFieldDto.targetType.DEPARTMENT;
  }
  /** One of the values of `CustomFieldDto.dataType`. */
  export type dataType = (typeof CustomFieldDto.dataType)[keyof typeof CustomFieldDto.dataType];
  /** Each member's own type, as the official SDK's enum members are types (`CustomFieldDto.dataType.STRING`). */
  export namespace dataType {
    /** The type of `dataType.STRING`: "STRING". */
    export type STRING = typeof CustomFieldDto.dataType.STRING;
    /** The type of `dataType.NUMBER`: "NUMBER". */
    export type NUMBER = typeof CustomFieldDto.dataType.NUMBER;
    /** The type of `dataType.DATETIME`: "DATETIME". */
    export type DATETIME = typeof CustomFieldDto.dataType.DATETIME;
    /** The type of `dataType.BOOLEAN`: "BOOLEAN". */
    export type BOOLEAN = typeof CustomFieldDto.dataType.BOOLEAN;
    /** The type of `dataType.ENUM`: "ENUM". */
    export type ENUM = typeof CustomFieldDto.dataType.ENUM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DataStatementPermissionDto.effect.DENY`). */
  export namespace effect {
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof DataStatementPermissionDto.effect.DENY;
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof DataStatementPermissionDto.effect.ALLOW;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DataSubjectRespDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof DataSubjectRespDto.targetType.USER;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof DataSubjectRespDto.targetType.ORG;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof DataSubjectRespDto.targetType.GROUP;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof DataSubjectRespDto.targetType.ROLE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DefaultPasswordConfigDto.type.RANDOM`). */
  export namespace type {
    /** The type of `type.RANDOM`: "random". */
    export type RANDOM = typeof DefaultPasswordConfigDto.type.RANDOM;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof DefaultPasswordConfigDto.type.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteApplicationPermissionRecordItem.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof DeleteApplicationPermissionRecordItem.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof DeleteApplicationPermissionRecordItem.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof DeleteApplicationPermissionRecordItem.targetType.GROUP;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof DeleteApplicationPermissionRecordItem.targetType.ORG;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteAuthorizeDataPolicyDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof DeleteAuthorizeDataPolicyDto.targetType.USER;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof DeleteAuthorizeDataPolicyDto.targetType.ORG;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof DeleteAuthorizeDataPolicyDto.targetType.GROUP;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof DeleteAuthorizeDataPolicyDto.targetType.ROLE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteCustomFieldDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof DeleteCustomFieldDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof DeleteCustomFieldDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof DeleteCustomFieldDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof DeleteCustomFieldDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteDepartmentReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof DeleteDepartmentReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof DeleteDepartmentReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof DeleteDepartmentReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof DeleteDepartmentReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof DeleteDepartmentReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteDepartmentSyncRelationReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof DeleteDepartmentSyncRelationReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof DeleteDepartmentSyncRelationReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof DeleteDepartmentSyncRelationReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof DeleteDepartmentSyncRelationReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof DeleteDepartmentSyncRelationReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeletePublicAccountsBatchOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof DeletePublicAccountsBatchOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof DeletePublicAccountsBatchOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof DeletePublicAccountsBatchOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof DeletePublicAccountsBatchOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof DeletePublicAccountsBatchOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof DeletePublicAccountsBatchOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof DeletePublicAccountsBatchOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof DeletePublicAccountsBatchOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteUserSyncRelationReqDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof DeleteUserSyncRelationReqDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof DeleteUserSyncRelationReqDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof DeleteUserSyncRelationReqDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof DeleteUserSyncRelationReqDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof DeleteUserSyncRelationReqDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof DeleteUserSyncRelationReqDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof DeleteUserSyncRelationReqDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof DeleteUserSyncRelationReqDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteUsersBatchOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof DeleteUsersBatchOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof DeleteUsersBatchOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof DeleteUsersBatchOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof DeleteUsersBatchOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof DeleteUsersBatchOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof DeleteUsersBatchOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof DeleteUsersBatchOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof DeleteUsersBatchOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteWhitelistDto.type.USERNAME`). */
  export namespace type {
    /** The type of `type.USERNAME`: "USERNAME". */
    export type USERNAME = typeof DeleteWhitelistDto.type.USERNAME;
    /** The type of `type.EMAIL`: "EMAIL". */
    export type EMAIL = typeof DeleteWhitelistDto.type.EMAIL;
    /** The type of `type.PHONE`: "PHONE". */
    export type PHONE = typeof DeleteWhitelistDto.type.PHONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteWhitelistOfAppDto.type.USERNAME`). */
  export namespace type {
    /** The type of `type.USERNAME`: "USERNAME". */
    export type USERNAME = typeof DeleteWhitelistOfAppDto.type.USERNAME;
    /** The type of `type.EMAIL`: "EMAIL". */
    export type EMAIL = typeof DeleteWhitelistOfAppDto.type.EMAIL;
    /** The type of `type.PHONE`: "PHONE". */
    export type PHONE = typeof DeleteWhitelistOfAppDto.type.PHONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DepartmentSortingDto.field.UPDATED_AT`). */
  export namespace field {
    /** The type of `field.UPDATED_AT`: "updatedAt". */
    export type UPDATED_AT = typeof DepartmentSortingDto.field.UPDATED_AT;
    /** The type of `field.CREATED_AT`: "createdAt". */
    export type CREATED_AT = typeof DepartmentSortingDto.field.CREATED_AT;
    /** The type of `field.NAME`: "name". */
    export type NAME = typeof DepartmentSortingDto.field.NAME;
  }
  /** One of the values of `DepartmentSortingDto.order`. */
  export type order = (typeof DepartmentSortingDto.order)[keyof typeof DepartmentSortingDto.order];
  /** Each member's own type, as the official SDK's enum members are types (`DepartmentSortingDto.order.DESC`). */
  export namespace order {
    /** The type of `order.DESC`: "desc". */
    export type DESC = typeof DepartmentSortingDto.order.DESC;
    /** The type of `order.ASC`: "asc". */
    export type ASC = typeof DepartmentSortingDto.order.ASC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeviceStatusResponseDataDto.status.ACTIVATED`). */
  export namespace status {
    /** The type of `status.ACTIVATED`: "activated". */
    export type ACTIVATED = typeof DeviceStatusResponseDataDto.status.ACTIVATED;
    /** The type of `status.SUSPENDED`: "suspended". */
    export type SUSPENDED = typeof DeviceStatusResponseDataDto.status.SUSPENDED;
    /** The type of `status.DEACTIVATED`: "deactivated". */
    export type DEACTIVATED = typeof DeviceStatusResponseDataDto.status.DEACTIVATED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`EmailProviderDto.type.ALI`). */
  export namespace type {
    /** The type of `type.ALI`: "ali". */
    export type ALI = typeof EmailProviderDto.type.ALI;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof EmailProviderDto.type.QQ;
    /** The type of `type.SENDGRID`: "sendgrid". */
    export type SENDGRID = typeof EmailProviderDto.type.SENDGRID;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof EmailProviderDto.type.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`EmailTemplateDto.type.WELCOME_EMAIL`). */
  export namespace type {
    /** The type of `type.WELCOME_EMAIL`: "WELCOME_EMAIL". */
    export type WELCOME_EMAIL = typeof EmailTemplateDto.type.WELCOME_EMAIL;
    /** The type of `type.FIRST_CREATED_USER`: "FIRST_CREATED_USER". */
    export type FIRST_CREATED_USER = typeof EmailTemplateDto.type.FIRST_CREATED_USER;
    /** The type of `type.REGISTER_VERIFY_CODE`: "REGISTER_VERIFY_CODE". */
    export type REGISTER_VERIFY_CODE = typeof EmailTemplateDto.type.REGISTER_VERIFY_CODE;
    /** The type of `type.LOGIN_VERIFY_CODE`: "LOGIN_VERIFY_CODE". */
    export type LOGIN_VERIFY_CODE = typeof EmailTemplateDto.type.LOGIN_VERIFY_CODE;
    /** The type of `type.MFA_VERIFY_CODE`: "MFA_VERIFY_CODE". */
    export type MFA_VERIFY_CODE = typeof EmailTemplateDto.type.MFA_VERIFY_CODE;
    /** The type of `type.INFORMATION_COMPLETION_VERIFY_CODE`: "INFORMATION_COMPLETION_VERIFY_CODE". */
    export type INFORMATION_COMPLETION_VERIFY_CODE = typeof EmailTemplateDto.type.INFORMATION_COMPLETION_VERIFY_CODE;
    /** The type of `type.FIRST_EMAIL_LOGIN_VERIFY`: "FIRST_EMAIL_LOGIN_VERIFY". */
    export type FIRST_EMAIL_LOGIN_VERIFY = typeof EmailTemplateDto.type.FIRST_EMAIL_LOGIN_VERIFY;
    /** The type of `type.CONSOLE_CONDUCTED_VERIFY`: "CONSOLE_CONDUCTED_VERIFY". */
    export type CONSOLE_CONDUCTED_VERIFY = typeof EmailTemplateDto.type.CONSOLE_CONDUCTED_VERIFY;
    /** The type of `type.USER_PASSWORD_UPDATE_REMIND`: "USER_PASSWORD_UPDATE_REMIND". */
    export type USER_PASSWORD_UPDATE_REMIND = typeof EmailTemplateDto.type.USER_PASSWORD_UPDATE_REMIND;
    /** The type of `type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION`: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION". */
    export type ADMIN_RESET_USER_PASSWORD_NOTIFICATION = typeof EmailTemplateDto.type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION;
    /** The type of `type.USER_PASSWORD_RESET_NOTIFICATION`: "USER_PASSWORD_RESET_NOTIFICATION". */
    export type USER_PASSWORD_RESET_NOTIFICATION = typeof EmailTemplateDto.type.USER_PASSWORD_RESET_NOTIFICATION;
    /** The type of `type.RESET_PASSWORD_VERIFY_CODE`: "RESET_PASSWORD_VERIFY_CODE". */
    export type RESET_PASSWORD_VERIFY_CODE = typeof EmailTemplateDto.type.RESET_PASSWORD_VERIFY_CODE;
    /** The type of `type.SELF_UNLOCKING_VERIFY_CODE`: "SELF_UNLOCKING_VERIFY_CODE". */
    export type SELF_UNLOCKING_VERIFY_CODE = typeof EmailTemplateDto.type.SELF_UNLOCKING_VERIFY_CODE;
    /** The type of `type.EMAIL_BIND_VERIFY_CODE`: "EMAIL_BIND_VERIFY_CODE". */
    export type EMAIL_BIND_VERIFY_CODE = typeof EmailTemplateDto.type.EMAIL_BIND_VERIFY_CODE;
    /** The type of `type.EMAIL_UNBIND_VERIFY_CODE`: "EMAIL_UNBIND_VERIFY_CODE". */
    export type EMAIL_UNBIND_VERIFY_CODE = typeof EmailTemplateDto.type.EMAIL_UNBIND_VERIFY_CODE;
  }
  /** One of the values of `EmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof EmailTemplateDto.tplEngine)[keyof typeof EmailTemplateDto.tplEngine];
  /** Each member's own type, as the official SDK's enum members are types (`EmailTemplateDto.tplEngine.HANDLEBAR`). */
  export namespace tplEngine {
    /** The type of `tplEngine.HANDLEBAR`: "handlebar". */
    export type HANDLEBAR = typeof EmailTemplateDto.tplEngine.HANDLEBAR;
    /** The type of `tplEngine.EJS`: "ejs". */
    export type EJS = typeof EmailTemplateDto.tplEngine.EJS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`EmailTemplateQueryDto.scene.INVITE`). */
  export namespace scene {
    /** The type of `scene.INVITE`: "INVITE". */
    export type INVITE = typeof EmailTemplateQueryDto.scene.INVITE;
    /** The type of `scene.WELCOME`: "WELCOME". */
    export type WELCOME = typeof EmailTemplateQueryDto.scene.WELCOME;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ExtIdpConnDetail.type.OIDC`). */
  export namespace type {
    /** The type of `type.OIDC`: "oidc". */
    export type OIDC = typeof ExtIdpConnDetail.type.OIDC;
    /** The type of `type.OAUTH`: "oauth". */
    export type OAUTH = typeof ExtIdpConnDetail.type.OAUTH;
    /** The type of `type.SAML`: "saml". */
    export type SAML = typeof ExtIdpConnDetail.type.SAML;
    /** The type of `type.LDAP`: "ldap". */
    export type LDAP = typeof ExtIdpConnDetail.type.LDAP;
    /** The type of `type.AD`: "ad". */
    export type AD = typeof ExtIdpConnDetail.type.AD;
    /** The type of `type.CAS`: "cas". */
    export type CAS = typeof ExtIdpConnDetail.type.CAS;
    /** The type of `type.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof ExtIdpConnDetail.type.AZURE_AD;
    /** The type of `type.ALIPAY`: "alipay". */
    export type ALIPAY = typeof ExtIdpConnDetail.type.ALIPAY;
    /** The type of `type.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof ExtIdpConnDetail.type.FACEBOOK;
    /** The type of `type.FACEBOOK_MOBILE`: "facebook:mobile". */
    export type FACEBOOK_MOBILE = typeof ExtIdpConnDetail.type.FACEBOOK_MOBILE;
    /** The type of `type.TWITTER`: "twitter". */
    export type TWITTER = typeof ExtIdpConnDetail.type.TWITTER;
    /** The type of `type.GOOGLE_MOBILE`: "google:mobile". */
    export type GOOGLE_MOBILE = typeof ExtIdpConnDetail.type.GOOGLE_MOBILE;
    /** The type of `type.GOOGLE`: "google". */
    export type GOOGLE = typeof ExtIdpConnDetail.type.GOOGLE;
    /** The type of `type.WECHAT_PC`: "wechat:pc". */
    export type WECHAT_PC = typeof ExtIdpConnDetail.type.WECHAT_PC;
    /** The type of `type.WECHAT_MOBILE`: "wechat:mobile". */
    export type WECHAT_MOBILE = typeof ExtIdpConnDetail.type.WECHAT_MOBILE;
    /** The type of `type.WECHAT_WEBPAGE_AUTHORIZATION`: "wechat:webpage-authorization". */
    export type WECHAT_WEBPAGE_AUTHORIZATION = typeof ExtIdpConnDetail.type.WECHAT_WEBPAGE_AUTHORIZATION;
    /** The type of `type.WECHATMP_QRCODE`: "wechatmp-qrcode". */
    export type WECHATMP_QRCODE = typeof ExtIdpConnDetail.type.WECHATMP_QRCODE;
    /** The type of `type.WECHAT_MINIPROGRAM_DEFAULT`: "wechat:miniprogram:default". */
    export type WECHAT_MINIPROGRAM_DEFAULT = typeof ExtIdpConnDetail.type.WECHAT_MINIPROGRAM_DEFAULT;
    /** The type of `type.WECHAT_MINIPROGRAM_QRCONNECT`: "wechat:miniprogram:qrconnect". */
    export type WECHAT_MINIPROGRAM_QRCONNECT = typeof ExtIdpConnDetail.type.WECHAT_MINIPROGRAM_QRCONNECT;
    /** The type of `type.WECHAT_MINIPROGRAM_APP_LAUNCH`: "wechat:miniprogram:app-launch". */
    export type WECHAT_MINIPROGRAM_APP_LAUNCH = typeof ExtIdpConnDetail.type.WECHAT_MINIPROGRAM_APP_LAUNCH;
    /** The type of `type.GITHUB`: "github". */
    export type GITHUB = typeof ExtIdpConnDetail.type.GITHUB;
    /** The type of `type.GITHUB_MOBILE`: "github:mobile". */
    export type GITHUB_MOBILE = typeof ExtIdpConnDetail.type.GITHUB_MOBILE;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof ExtIdpConnDetail.type.QQ;
    /** The type of `type.QQ_MOBILE`: "qq:mobile". */
    export type QQ_MOBILE = typeof ExtIdpConnDetail.type.QQ_MOBILE;
    /** The type of `type.WECHATWORK_CORP_QRCONNECT`: "wechatwork:corp:qrconnect". */
    export type WECHATWORK_CORP_QRCONNECT = typeof ExtIdpConnDetail.type.WECHATWORK_CORP_QRCONNECT;
    /** The type of `type.WECHATWORK_AGENCY_QRCONNECT`: "wechatwork:agency:qrconnect". */
    export type WECHATWORK_AGENCY_QRCONNECT = typeof ExtIdpConnDetail.type.WECHATWORK_AGENCY_QRCONNECT;
    /** The type of `type.WECHATWORK_SERVICE_PROVIDER_QRCONNECT`: "wechatwork:service-provider:qrconnect". */
    export type WECHATWORK_SERVICE_PROVIDER_QRCONNECT = typeof ExtIdpConnDetail.type.WECHATWORK_SERVICE_PROVIDER_QRCONNECT;
    /** The type of `type.WECHATWORK_MOBILE`: "wechatwork:mobile". */
    export type WECHATWORK_MOBILE = typeof ExtIdpConnDetail.type.WECHATWORK_MOBILE;
    /** The type of `type.WECHATWORK_AGENCY_MOBILE`: "wechatwork:agency:mobile". */
    export type WECHATWORK_AGENCY_MOBILE = typeof ExtIdpConnDetail.type.WECHATWORK_AGENCY_MOBILE;
    /** The type of `type.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof ExtIdpConnDetail.type.DINGTALK;
    /** The type of `type.DINGTALK_MOBILE`: "dingtalk:mobile". */
    export type DINGTALK_MOBILE = typeof ExtIdpConnDetail.type.DINGTALK_MOBILE;
    /** The type of `type.DINGTALK_PROVIDER`: "dingtalk:provider". */
    export type DINGTALK_PROVIDER = typeof ExtIdpConnDetail.type.DINGTALK_PROVIDER;
    /** The type of `type.WEIBO`: "weibo". */
    export type WEIBO = typeof ExtIdpConnDetail.type.WEIBO;
    /** The type of `type.WEIBO_MOBILE`: "weibo:mobile". */
    export type WEIBO_MOBILE = typeof ExtIdpConnDetail.type.WEIBO_MOBILE;
    /** The type of `type.APPLE`: "apple". */
    export type APPLE = typeof ExtIdpConnDetail.type.APPLE;
    /** The type of `type.APPLE_WEB`: "apple:web". */
    export type APPLE_WEB = typeof ExtIdpConnDetail.type.APPLE_WEB;
    /** The type of `type.BAIDU`: "baidu". */
    export type BAIDU = typeof ExtIdpConnDetail.type.BAIDU;
    /** The type of `type.BAIDU_MOBILE`: "baidu:mobile". */
    export type BAIDU_MOBILE = typeof ExtIdpConnDetail.type.BAIDU_MOBILE;
    /** The type of `type.LARK_INTERNAL`: "lark-internal". */
    export type LARK_INTERNAL = typeof ExtIdpConnDetail.type.LARK_INTERNAL;
    /** The type of `type.LARK_PUBLIC`: "lark-public". */
    export type LARK_PUBLIC = typeof ExtIdpConnDetail.type.LARK_PUBLIC;
    /** The type of `type.LARK_BLOCK`: "lark-block". */
    export type LARK_BLOCK = typeof ExtIdpConnDetail.type.LARK_BLOCK;
    /** The type of `type.GITLAB`: "gitlab". */
    export type GITLAB = typeof ExtIdpConnDetail.type.GITLAB;
    /** The type of `type.GITLAB_MOBILE`: "gitlab:mobile". */
    export type GITLAB_MOBILE = typeof ExtIdpConnDetail.type.GITLAB_MOBILE;
    /** The type of `type.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof ExtIdpConnDetail.type.LINKEDIN;
    /** The type of `type.LINKEDIN_MOBILE`: "linkedin:mobile". */
    export type LINKEDIN_MOBILE = typeof ExtIdpConnDetail.type.LINKEDIN_MOBILE;
    /** The type of `type.SLACK`: "slack". */
    export type SLACK = typeof ExtIdpConnDetail.type.SLACK;
    /** The type of `type.SLACK_MOBILE`: "slack:mobile". */
    export type SLACK_MOBILE = typeof ExtIdpConnDetail.type.SLACK_MOBILE;
    /** The type of `type.YIDUN`: "yidun". */
    export type YIDUN = typeof ExtIdpConnDetail.type.YIDUN;
    /** The type of `type.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof ExtIdpConnDetail.type.QINGCLOUD;
    /** The type of `type.GITEE`: "gitee". */
    export type GITEE = typeof ExtIdpConnDetail.type.GITEE;
    /** The type of `type.GITEE_MOBILE`: "gitee:mobile". */
    export type GITEE_MOBILE = typeof ExtIdpConnDetail.type.GITEE_MOBILE;
    /** The type of `type.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof ExtIdpConnDetail.type.INSTAGRAM;
    /** The type of `type.WELINK`: "welink". */
    export type WELINK = typeof ExtIdpConnDetail.type.WELINK;
    /** The type of `type.AD_KERBEROS`: "ad-kerberos". */
    export type AD_KERBEROS = typeof ExtIdpConnDetail.type.AD_KERBEROS;
    /** The type of `type.HUAWEI`: "huawei". */
    export type HUAWEI = typeof ExtIdpConnDetail.type.HUAWEI;
    /** The type of `type.HUAWEI_MOBILE`: "huawei:mobile". */
    export type HUAWEI_MOBILE = typeof ExtIdpConnDetail.type.HUAWEI_MOBILE;
    /** The type of `type.HONOR`: "honor". */
    export type HONOR = typeof ExtIdpConnDetail.type.HONOR;
    /** The type of `type.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof ExtIdpConnDetail.type.XIAOMI;
    /** The type of `type.XIAOMI_MOBILE`: "xiaomi:mobile". */
    export type XIAOMI_MOBILE = typeof ExtIdpConnDetail.type.XIAOMI_MOBILE;
    /** The type of `type.AWS`: "aws". */
    export type AWS = typeof ExtIdpConnDetail.type.AWS;
    /** The type of `type.AMAZON`: "amazon". */
    export type AMAZON = typeof ExtIdpConnDetail.type.AMAZON;
    /** The type of `type.AMAZON_MOBILE`: "amazon:mobile". */
    export type AMAZON_MOBILE = typeof ExtIdpConnDetail.type.AMAZON_MOBILE;
    /** The type of `type.DOUYIN_MOBILE`: "douyin:mobile". */
    export type DOUYIN_MOBILE = typeof ExtIdpConnDetail.type.DOUYIN_MOBILE;
    /** The type of `type.DOUYIN_MINIPROGRAM_DEFAULT`: "douyin:miniprogram:default". */
    export type DOUYIN_MINIPROGRAM_DEFAULT = typeof ExtIdpConnDetail.type.DOUYIN_MINIPROGRAM_DEFAULT;
    /** The type of `type.KUAISHOU_MOBILE`: "kuaishou:mobile". */
    export type KUAISHOU_MOBILE = typeof ExtIdpConnDetail.type.KUAISHOU_MOBILE;
    /** The type of `type.LINE_MOBILE`: "line:mobile". */
    export type LINE_MOBILE = typeof ExtIdpConnDetail.type.LINE_MOBILE;
    /** The type of `type.OPPO_MOBILE`: "oppo:mobile". */
    export type OPPO_MOBILE = typeof ExtIdpConnDetail.type.OPPO_MOBILE;
    /** The type of `type.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY`: "wechatwork:qrconnect:of:authing:agency". */
    export type WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = typeof ExtIdpConnDetail.type.WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY;
    /** The type of `type.SDBZ`: "sdbz". */
    export type SDBZ = typeof ExtIdpConnDetail.type.SDBZ;
    /** The type of `type.ZJZWFW_QRCODE`: "zjzwfw-qrcode". */
    export type ZJZWFW_QRCODE = typeof ExtIdpConnDetail.type.ZJZWFW_QRCODE;
    /** The type of `type.ZZDING`: "zzding". */
    export type ZZDING = typeof ExtIdpConnDetail.type.ZZDING;
    /** The type of `type.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof ExtIdpConnDetail.type.SEEYONA8V5;
  }
  /** One of the values of `ExtIdpConnDetail.associationMode`. */
  export type associationMode = (typeof ExtIdpConnDetail.associationMode)[keyof typeof ExtIdpConnDetail.associationMode];
  /** Each member's own type, as the official SDK's enum members are types (`ExtIdpConnDetail.associationMode.NONE`). */
  export namespace associationMode {
    /** The type of `associationMode.NONE`: "none". */
    export type NONE = typeof ExtIdpConnDetail.associationMode.NONE;
    /** The type of `associationMode.FIELD`: "field". */
    export type FIELD = typeof ExtIdpConnDetail.associationMode.FIELD;
    /** The type of `associationMode.CHALLENGE`: "challenge". */
    export type CHALLENGE = typeof ExtIdpConnDetail.associationMode.CHALLENGE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ExtendField.valueType.STRING`). */
  export namespace valueType {
    /** The type of `valueType.STRING`: "STRING". */
    export type STRING = typeof ExtendField.valueType.STRING;
    /** The type of `valueType.SELECT`: "SELECT". */
    export type SELECT = typeof ExtendField.valueType.SELECT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.type.USER`). */
  export namespace type {
    /** The type of `type.USER`: "user". */
    export type USER = typeof ExtendsFieldDto.type.USER;
    /** The type of `type.INTERNAL`: "internal". */
    export type INTERNAL = typeof ExtendsFieldDto.type.INTERNAL;
  }
  /** One of the values of `ExtendsFieldDto.inputType`. */
  export type inputType = (typeof ExtendsFieldDto.inputType)[keyof typeof ExtendsFieldDto.inputType];
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.inputType.IMAGE`). */
  export namespace inputType {
    /** The type of `inputType.IMAGE`: "image". */
    export type IMAGE = typeof ExtendsFieldDto.inputType.IMAGE;
    /** The type of `inputType.NUMBER`: "number". */
    export type NUMBER = typeof ExtendsFieldDto.inputType.NUMBER;
    /** The type of `inputType.DATE`: "date". */
    export type DATE = typeof ExtendsFieldDto.inputType.DATE;
    /** The type of `inputType.DATE_TIME`: "dateTime". */
    export type DATE_TIME = typeof ExtendsFieldDto.inputType.DATE_TIME;
    /** The type of `inputType.DATETIME`: "datetime". */
    export type DATETIME = typeof ExtendsFieldDto.inputType.DATETIME;
    /** The type of `inputType.SELECT`: "select". */
    export type SELECT = typeof ExtendsFieldDto.inputType.SELECT;
    /** The type of `inputType.DROPDOWN`: "dropdown". */
    export type DROPDOWN = typeof ExtendsFieldDto.inputType.DROPDOWN;
    /** The type of `inputType.BOOLEAN`: "boolean". */
    export type BOOLEAN = typeof ExtendsFieldDto.inputType.BOOLEAN;
    /** The type of `inputType.STRING`: "string". */
    export type STRING = typeof ExtendsFieldDto.inputType.STRING;
    /** The type of `inputType.TEXT`: "text". */
    export type TEXT = typeof ExtendsFieldDto.inputType.TEXT;
    /** The type of `inputType.GENDER`: "gender". */
    export type GENDER = typeof ExtendsFieldDto.inputType.GENDER;
    /** The type of `inputType.COUNTRY`: "country". */
    export type COUNTRY = typeof ExtendsFieldDto.inputType.COUNTRY;
    /** The type of `inputType.USERNAME`: "username". */
    export type USERNAME = typeof ExtendsFieldDto.inputType.USERNAME;
    /** The type of `inputType.PHONE`: "phone". */
    export type PHONE = typeof ExtendsFieldDto.inputType.PHONE;
    /** The type of `inputType.EMAIL`: "email". */
    export type EMAIL = typeof ExtendsFieldDto.inputType.EMAIL;
  }
  /** One of the values of `ExtendsFieldDto.source`. */
  export type source = (typeof ExtendsFieldDto.source)[keyof typeof ExtendsFieldDto.source];
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.source.PRESET`). */
  export namespace source {
    /** The type of `source.PRESET`: "preset". */
    export type PRESET = typeof ExtendsFieldDto.source.PRESET;
    /** The type of `source.MANUAL_ADD`: "manual_add". */
    export type MANUAL_ADD = typeof ExtendsFieldDto.source.MANUAL_ADD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`FunctionModelDto.dataType.LIST`). */
  export namespace dataType {
    /** The type of `dataType.LIST`: "list". */
    export type LIST = typeof FunctionModelDto.dataType.LIST;
    /** The type of `dataType.TREE`: "tree". */
    export type TREE = typeof FunctionModelDto.dataType.TREE;
  }
  /** One of the values of `FunctionModelDto.type`. */
  export type type = (typeof FunctionModelDto.type)[keyof typeof FunctionModelDto.type];
  /** Each member's own type, as the official SDK's enum members are types (`FunctionModelDto.type.UEBA`). */
  export namespace type {
    /** The type of `type.UEBA`: "ueba". */
    export type UEBA = typeof FunctionModelDto.type.UEBA;
    /** The type of `type.USER`: "user". */
    export type USER = typeof FunctionModelDto.type.USER;
    /** The type of `type.POST`: "post". */
    export type POST = typeof FunctionModelDto.type.POST;
    /** The type of `type.GROUP`: "group". */
    export type GROUP = typeof FunctionModelDto.type.GROUP;
    /** The type of `type.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof FunctionModelDto.type.DEPARTMENT;
    /** The type of `type.ORGANIZATION`: "organization". */
    export type ORGANIZATION = typeof FunctionModelDto.type.ORGANIZATION;
    /** The type of `type.DEVICE`: "device". */
    export type DEVICE = typeof FunctionModelDto.type.DEVICE;
    /** The type of `type.DEVICE_RELY`: "device_rely". */
    export type DEVICE_RELY = typeof FunctionModelDto.type.DEVICE_RELY;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof FunctionModelDto.type.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetApplicationPermissionStrategyDataDto.permissionStrategy.ALLOW_ALL`). */
  export namespace permissionStrategy {
    /** The type of `permissionStrategy.ALLOW_ALL`: "ALLOW_ALL". */
    export type ALLOW_ALL = typeof GetApplicationPermissionStrategyDataDto.permissionStrategy.ALLOW_ALL;
    /** The type of `permissionStrategy.DENY_ALL`: "DENY_ALL". */
    export type DENY_ALL = typeof GetApplicationPermissionStrategyDataDto.permissionStrategy.DENY_ALL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof GetDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof GetDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof GetDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetDeviceExclusiveRuleDataDto.rule.DISABLE`). */
  export namespace rule {
    /** The type of `rule.DISABLE`: "disable". */
    export type DISABLE = typeof GetDeviceExclusiveRuleDataDto.rule.DISABLE;
    /** The type of `rule.CONDITION_DEVICE`: "condition:device". */
    export type CONDITION_DEVICE = typeof GetDeviceExclusiveRuleDataDto.rule.CONDITION_DEVICE;
    /** The type of `rule.CONDITION_IP`: "condition:ip". */
    export type CONDITION_IP = typeof GetDeviceExclusiveRuleDataDto.rule.CONDITION_IP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetDeviceExclusiveWhiteListDataDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof GetDeviceExclusiveWhiteListDataDto.targetType.USER;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof GetDeviceExclusiveWhiteListDataDto.targetType.GROUP;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof GetDeviceExclusiveWhiteListDataDto.targetType.ROLE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetExternalUserResourceStructDataDto.resourceType.TREE`). */
  export namespace resourceType {
    /** The type of `resourceType.TREE`: "TREE". */
    export type TREE = typeof GetExternalUserResourceStructDataDto.resourceType.TREE;
    /** The type of `resourceType.STRING`: "STRING". */
    export type STRING = typeof GetExternalUserResourceStructDataDto.resourceType.STRING;
    /** The type of `resourceType.ARRAY`: "ARRAY". */
    export type ARRAY = typeof GetExternalUserResourceStructDataDto.resourceType.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetResourceAuthorizedTargetsDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof GetResourceAuthorizedTargetsDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof GetResourceAuthorizedTargetsDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof GetResourceAuthorizedTargetsDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof GetResourceAuthorizedTargetsDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetSubjectAuthDataDto.reqTargetType.USER`). */
  export namespace reqTargetType {
    /** The type of `reqTargetType.USER`: "USER". */
    export type USER = typeof GetSubjectAuthDataDto.reqTargetType.USER;
    /** The type of `reqTargetType.ROLE`: "ROLE". */
    export type ROLE = typeof GetSubjectAuthDataDto.reqTargetType.ROLE;
    /** The type of `reqTargetType.GROUP`: "GROUP". */
    export type GROUP = typeof GetSubjectAuthDataDto.reqTargetType.GROUP;
    /** The type of `reqTargetType.ORG`: "ORG". */
    export type ORG = typeof GetSubjectAuthDataDto.reqTargetType.ORG;
    /** The type of `reqTargetType.AK_SK`: "AK_SK". */
    export type AK_SK = typeof GetSubjectAuthDataDto.reqTargetType.AK_SK;
  }
  /** One of the values of `GetSubjectAuthDataDto.targetType`. */
  export type targetType = (typeof GetSubjectAuthDataDto.targetType)[keyof typeof GetSubjectAuthDataDto.targetType];
  /** Each member's own type, as the official SDK's enum members are types (`GetSubjectAuthDataDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof GetSubjectAuthDataDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof GetSubjectAuthDataDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof GetSubjectAuthDataDto.targetType.GROUP;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof GetSubjectAuthDataDto.targetType.ORG;
    /** The type of `targetType.AK_SK`: "AK_SK". */
    export type AK_SK = typeof GetSubjectAuthDataDto.targetType.AK_SK;
  }
  /** One of the values of `GetSubjectAuthDataDto.authType`. */
  export type authType = (typeof GetSubjectAuthDataDto.authType)[keyof typeof GetSubjectAuthDataDto.authType];
  /** Each member's own type, as the official SDK's enum members are types (`GetSubjectAuthDataDto.authType.DEFAULT`). */
  export namespace authType {
    /** The type of `authType.DEFAULT`: "DEFAULT". */
    export type DEFAULT = typeof GetSubjectAuthDataDto.authType.DEFAULT;
    /** The type of `authType.ALL`: "ALL". */
    export type ALL = typeof GetSubjectAuthDataDto.authType.ALL;
    /** The type of `authType.SELF`: "SELF". */
    export type SELF = typeof GetSubjectAuthDataDto.authType.SELF;
    /** The type of `authType.SUBJECT`: "SUBJECT". */
    export type SUBJECT = typeof GetSubjectAuthDataDto.authType.SUBJECT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetUserPasswordCiphertextDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof GetUserPasswordCiphertextDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof GetUserPasswordCiphertextDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof GetUserPasswordCiphertextDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof GetUserPasswordCiphertextDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof GetUserPasswordCiphertextDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof GetUserPasswordCiphertextDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof GetUserPasswordCiphertextDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof GetUserPasswordCiphertextDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetUserResourceStructDataDto.resourceType.TREE`). */
  export namespace resourceType {
    /** The type of `resourceType.TREE`: "TREE". */
    export type TREE = typeof GetUserResourceStructDataDto.resourceType.TREE;
    /** The type of `resourceType.STRING`: "STRING". */
    export type STRING = typeof GetUserResourceStructDataDto.resourceType.STRING;
    /** The type of `resourceType.ARRAY`: "ARRAY". */
    export type ARRAY = typeof GetUserResourceStructDataDto.resourceType.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`HasAnyRoleOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof HasAnyRoleOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof HasAnyRoleOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof HasAnyRoleOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof HasAnyRoleOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof HasAnyRoleOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof HasAnyRoleOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof HasAnyRoleOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof HasAnyRoleOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`IdentityDto.provider.OIDC`). */
  export namespace provider {
    /** The type of `provider.OIDC`: "oidc". */
    export type OIDC = typeof IdentityDto.provider.OIDC;
    /** The type of `provider.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof IdentityDto.provider.OAUTH2;
    /** The type of `provider.SAML`: "saml". */
    export type SAML = typeof IdentityDto.provider.SAML;
    /** The type of `provider.LDAP`: "ldap". */
    export type LDAP = typeof IdentityDto.provider.LDAP;
    /** The type of `provider.AD`: "ad". */
    export type AD = typeof IdentityDto.provider.AD;
    /** The type of `provider.CAS`: "cas". */
    export type CAS = typeof IdentityDto.provider.CAS;
    /** The type of `provider.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof IdentityDto.provider.AZURE_AD;
    /** The type of `provider.WECHAT`: "wechat". */
    export type WECHAT = typeof IdentityDto.provider.WECHAT;
    /** The type of `provider.GOOGLE`: "google". */
    export type GOOGLE = typeof IdentityDto.provider.GOOGLE;
    /** The type of `provider.QQ`: "qq". */
    export type QQ = typeof IdentityDto.provider.QQ;
    /** The type of `provider.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof IdentityDto.provider.WECHATWORK;
    /** The type of `provider.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof IdentityDto.provider.DINGTALK;
    /** The type of `provider.WEIBO`: "weibo". */
    export type WEIBO = typeof IdentityDto.provider.WEIBO;
    /** The type of `provider.GITHUB`: "github". */
    export type GITHUB = typeof IdentityDto.provider.GITHUB;
    /** The type of `provider.ALIPAY`: "alipay". */
    export type ALIPAY = typeof IdentityDto.provider.ALIPAY;
    /** The type of `provider.APPLE`: "apple". */
    export type APPLE = typeof IdentityDto.provider.APPLE;
    /** The type of `provider.BAIDU`: "baidu". */
    export type BAIDU = typeof IdentityDto.provider.BAIDU;
    /** The type of `provider.LARK`: "lark". */
    export type LARK = typeof IdentityDto.provider.LARK;
    /** The type of `provider.GITLAB`: "gitlab". */
    export type GITLAB = typeof IdentityDto.provider.GITLAB;
    /** The type of `provider.TWITTER`: "twitter". */
    export type TWITTER = typeof IdentityDto.provider.TWITTER;
    /** The type of `provider.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof IdentityDto.provider.FACEBOOK;
    /** The type of `provider.SLACK`: "slack". */
    export type SLACK = typeof IdentityDto.provider.SLACK;
    /** The type of `provider.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof IdentityDto.provider.LINKEDIN;
    /** The type of `provider.YIDUN`: "yidun". */
    export type YIDUN = typeof IdentityDto.provider.YIDUN;
    /** The type of `provider.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof IdentityDto.provider.QINGCLOUD;
    /** The type of `provider.GITEE`: "gitee". */
    export type GITEE = typeof IdentityDto.provider.GITEE;
    /** The type of `provider.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof IdentityDto.provider.INSTAGRAM;
    /** The type of `provider.WELINK`: "welink". */
    export type WELINK = typeof IdentityDto.provider.WELINK;
    /** The type of `provider.HUAWEI`: "huawei". */
    export type HUAWEI = typeof IdentityDto.provider.HUAWEI;
    /** The type of `provider.HONOR`: "honor". */
    export type HONOR = typeof IdentityDto.provider.HONOR;
    /** The type of `provider.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof IdentityDto.provider.XIAOMI;
    /** The type of `provider.OPPO`: "oppo". */
    export type OPPO = typeof IdentityDto.provider.OPPO;
    /** The type of `provider.AWS`: "aws". */
    export type AWS = typeof IdentityDto.provider.AWS;
    /** The type of `provider.AMAZON`: "amazon". */
    export type AMAZON = typeof IdentityDto.provider.AMAZON;
    /** The type of `provider.DOUYIN`: "douyin". */
    export type DOUYIN = typeof IdentityDto.provider.DOUYIN;
    /** The type of `provider.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof IdentityDto.provider.KUAISHOU;
    /** The type of `provider.LINE`: "line". */
    export type LINE = typeof IdentityDto.provider.LINE;
    /** The type of `provider.SDBZ`: "sdbz". */
    export type SDBZ = typeof IdentityDto.provider.SDBZ;
    /** The type of `provider.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof IdentityDto.provider.ZJZWFW;
    /** The type of `provider.ZZDING`: "zzding". */
    export type ZZDING = typeof IdentityDto.provider.ZZDING;
    /** The type of `provider.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof IdentityDto.provider.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InvitationLinkConfigDto.inviteLinkDisuseRule.PERIOD`). */
  export namespace inviteLinkDisuseRule {
    /** The type of `inviteLinkDisuseRule.PERIOD`: "period". */
    export type PERIOD = typeof InvitationLinkConfigDto.inviteLinkDisuseRule.PERIOD;
    /** The type of `inviteLinkDisuseRule.AFTER_FIRST_CLICK`: "afterFirstClick". */
    export type AFTER_FIRST_CLICK = typeof InvitationLinkConfigDto.inviteLinkDisuseRule.AFTER_FIRST_CLICK;
  }
  /** One of the values of `InvitationLinkConfigDto.linkExpiredTimeUnit`. */
  export type linkExpiredTimeUnit = (typeof InvitationLinkConfigDto.linkExpiredTimeUnit)[keyof typeof InvitationLinkConfigDto.linkExpiredTimeUnit];
  /** Each member's own type, as the official SDK's enum members are types (`InvitationLinkConfigDto.linkExpiredTimeUnit.FOREVER`). */
  export namespace linkExpiredTimeUnit {
    /** The type of `linkExpiredTimeUnit.FOREVER`: "forever". */
    export type FOREVER = typeof InvitationLinkConfigDto.linkExpiredTimeUnit.FOREVER;
    /** The type of `linkExpiredTimeUnit.DAY`: "day". */
    export type DAY = typeof InvitationLinkConfigDto.linkExpiredTimeUnit.DAY;
    /** The type of `linkExpiredTimeUnit.HOUR`: "hour". */
    export type HOUR = typeof InvitationLinkConfigDto.linkExpiredTimeUnit.HOUR;
    /** The type of `linkExpiredTimeUnit.MINUTE`: "minute". */
    export type MINUTE = typeof InvitationLinkConfigDto.linkExpiredTimeUnit.MINUTE;
  }
  /** One of the values of `InvitationLinkConfigDto.pageExpiredTimeUnit`. */
  export type pageExpiredTimeUnit = (typeof InvitationLinkConfigDto.pageExpiredTimeUnit)[keyof typeof InvitationLinkConfigDto.pageExpiredTimeUnit];
  /** Each member's own type, as the official SDK's enum members are types (`InvitationLinkConfigDto.pageExpiredTimeUnit.MINUTE`). */
  export namespace pageExpiredTimeUnit {
    /** The type of `pageExpiredTimeUnit.MINUTE`: "minute". */
    export type MINUTE = typeof InvitationLinkConfigDto.pageExpiredTimeUnit.MINUTE;
    /** The type of `pageExpiredTimeUnit.HOUR`: "hour". */
    export type HOUR = typeof InvitationLinkConfigDto.pageExpiredTimeUnit.HOUR;
    /** The type of `pageExpiredTimeUnit.DAY`: "day". */
    export type DAY = typeof InvitationLinkConfigDto.pageExpiredTimeUnit.DAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InvitationPolicyUserAttributionListDto.targetType.DEPARTMENT`). */
  export namespace targetType {
    /** The type of `targetType.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof InvitationPolicyUserAttributionListDto.targetType.DEPARTMENT;
    /** The type of `targetType.POST`: "post". */
    export type POST = typeof InvitationPolicyUserAttributionListDto.targetType.POST;
    /** The type of `targetType.ROLE`: "role". */
    export type ROLE = typeof InvitationPolicyUserAttributionListDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "group". */
    export type GROUP = typeof InvitationPolicyUserAttributionListDto.targetType.GROUP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InvitationRosterDto.status.EDITING`). */
  export namespace status {
    /** The type of `status.EDITING`: "editing". */
    export type EDITING = typeof InvitationRosterDto.status.EDITING;
    /** The type of `status.INVITED`: "invited". */
    export type INVITED = typeof InvitationRosterDto.status.INVITED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InvitationUserDto.status.INVITED`). */
  export namespace status {
    /** The type of `status.INVITED`: "invited". */
    export type INVITED = typeof InvitationUserDto.status.INVITED;
    /** The type of `status.REGISTERING`: "registering". */
    export type REGISTERING = typeof InvitationUserDto.status.REGISTERING;
    /** The type of `status.REGISTERED`: "registered". */
    export type REGISTERED = typeof InvitationUserDto.status.REGISTERED;
    /** The type of `status.REVERTED`: "reverted". */
    export type REVERTED = typeof InvitationUserDto.status.REVERTED;
    /** The type of `status.NOT_INVITED`: "notInvited". */
    export type NOT_INVITED = typeof InvitationUserDto.status.NOT_INVITED;
    /** The type of `status.EXPIRED`: "expired". */
    export type EXPIRED = typeof InvitationUserDto.status.EXPIRED;
    /** The type of `status.INVITATION_SEND_FAIL`: "invitationSendFail". */
    export type INVITATION_SEND_FAIL = typeof InvitationUserDto.status.INVITATION_SEND_FAIL;
    /** The type of `status.JOINED_BY_OTHER`: "joinedByOther". */
    export type JOINED_BY_OTHER = typeof InvitationUserDto.status.JOINED_BY_OTHER;
  }
  /** One of the values of `InvitationUserDto.source`. */
  export type source = (typeof InvitationUserDto.source)[keyof typeof InvitationUserDto.source];
  /** Each member's own type, as the official SDK's enum members are types (`InvitationUserDto.source.MANUAL_CREATE`). */
  export namespace source {
    /** The type of `source.MANUAL_CREATE`: "manualCreate". */
    export type MANUAL_CREATE = typeof InvitationUserDto.source.MANUAL_CREATE;
    /** The type of `source.FILE_IMPORT`: "fileImport". */
    export type FILE_IMPORT = typeof InvitationUserDto.source.FILE_IMPORT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`KickPublicAccountsOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof KickPublicAccountsOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof KickPublicAccountsOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof KickPublicAccountsOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof KickPublicAccountsOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof KickPublicAccountsOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof KickPublicAccountsOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof KickPublicAccountsOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof KickPublicAccountsOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`KickUsersOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof KickUsersOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof KickUsersOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof KickUsersOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof KickUsersOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof KickUsersOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof KickUsersOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof KickUsersOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof KickUsersOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationAuthDataDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof ListApplicationAuthDataDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof ListApplicationAuthDataDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof ListApplicationAuthDataDto.targetType.GROUP;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof ListApplicationAuthDataDto.targetType.ORG;
    /** The type of `targetType.AK_SK`: "AK_SK". */
    export type AK_SK = typeof ListApplicationAuthDataDto.targetType.AK_SK;
  }
  /** One of the values of `ListApplicationAuthDataDto.effect`. */
  export type effect = (typeof ListApplicationAuthDataDto.effect)[keyof typeof ListApplicationAuthDataDto.effect];
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationAuthDataDto.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof ListApplicationAuthDataDto.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof ListApplicationAuthDataDto.effect.DENY;
  }
  /** One of the values of `ListApplicationAuthDataDto.permissionType`. */
  export type permissionType = (typeof ListApplicationAuthDataDto.permissionType)[keyof typeof ListApplicationAuthDataDto.permissionType];
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationAuthDataDto.permissionType.ALL`). */
  export namespace permissionType {
    /** The type of `permissionType.ALL`: "ALL". */
    export type ALL = typeof ListApplicationAuthDataDto.permissionType.ALL;
    /** The type of `permissionType.SUBJECT`: "SUBJECT". */
    export type SUBJECT = typeof ListApplicationAuthDataDto.permissionType.SUBJECT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationAuthDto.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof ListApplicationAuthDto.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof ListApplicationAuthDto.effect.DENY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationSubjectDataDto.appType.INTEGRATED`). */
  export namespace appType {
    /** The type of `appType.INTEGRATED`: "INTEGRATED". */
    export type INTEGRATED = typeof ListApplicationSubjectDataDto.appType.INTEGRATED;
    /** The type of `appType.SELFBUILT`: "SELFBUILT". */
    export type SELFBUILT = typeof ListApplicationSubjectDataDto.appType.SELFBUILT;
    /** The type of `appType.APP_PANEL`: "APP_PANEL". */
    export type APP_PANEL = typeof ListApplicationSubjectDataDto.appType.APP_PANEL;
  }
  /** One of the values of `ListApplicationSubjectDataDto.effect`. */
  export type effect = (typeof ListApplicationSubjectDataDto.effect)[keyof typeof ListApplicationSubjectDataDto.effect];
  /** Each member's own type, as the official SDK's enum members are types (`ListApplicationSubjectDataDto.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof ListApplicationSubjectDataDto.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof ListApplicationSubjectDataDto.effect.DENY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListAuthSubjectDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof ListAuthSubjectDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof ListAuthSubjectDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof ListAuthSubjectDto.targetType.GROUP;
    /** The type of `targetType.ORG`: "ORG". */
    export type ORG = typeof ListAuthSubjectDto.targetType.ORG;
    /** The type of `targetType.AK_SK`: "AK_SK". */
    export type AK_SK = typeof ListAuthSubjectDto.targetType.AK_SK;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListDataResourcesRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof ListDataResourcesRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof ListDataResourcesRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof ListDataResourcesRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListPublicAccountsAdvancedFilterItemDto.operator.EQUAL`). */
  export namespace operator {
    /** The type of `operator.EQUAL`: "EQUAL". */
    export type EQUAL = typeof ListPublicAccountsAdvancedFilterItemDto.operator.EQUAL;
    /** The type of `operator.NOT_EQUAL`: "NOT_EQUAL". */
    export type NOT_EQUAL = typeof ListPublicAccountsAdvancedFilterItemDto.operator.NOT_EQUAL;
    /** The type of `operator.CONTAINS`: "CONTAINS". */
    export type CONTAINS = typeof ListPublicAccountsAdvancedFilterItemDto.operator.CONTAINS;
    /** The type of `operator.NOT_CONTAINS`: "NOT_CONTAINS". */
    export type NOT_CONTAINS = typeof ListPublicAccountsAdvancedFilterItemDto.operator.NOT_CONTAINS;
    /** The type of `operator.IS_NULL`: "IS_NULL". */
    export type IS_NULL = typeof ListPublicAccountsAdvancedFilterItemDto.operator.IS_NULL;
    /** The type of `operator.NOT_NULL`: "NOT_NULL". */
    export type NOT_NULL = typeof ListPublicAccountsAdvancedFilterItemDto.operator.NOT_NULL;
    /** The type of `operator.IN`: "IN". */
    export type IN = typeof ListPublicAccountsAdvancedFilterItemDto.operator.IN;
    /** The type of `operator.GREATER`: "GREATER". */
    export type GREATER = typeof ListPublicAccountsAdvancedFilterItemDto.operator.GREATER;
    /** The type of `operator.LESSER`: "LESSER". */
    export type LESSER = typeof ListPublicAccountsAdvancedFilterItemDto.operator.LESSER;
    /** The type of `operator.BETWEEN`: "BETWEEN". */
    export type BETWEEN = typeof ListPublicAccountsAdvancedFilterItemDto.operator.BETWEEN;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListUsersAdvancedFilterItemDto.operator.EQUAL`). */
  export namespace operator {
    /** The type of `operator.EQUAL`: "EQUAL". */
    export type EQUAL = typeof ListUsersAdvancedFilterItemDto.operator.EQUAL;
    /** The type of `operator.NOT_EQUAL`: "NOT_EQUAL". */
    export type NOT_EQUAL = typeof ListUsersAdvancedFilterItemDto.operator.NOT_EQUAL;
    /** The type of `operator.CONTAINS`: "CONTAINS". */
    export type CONTAINS = typeof ListUsersAdvancedFilterItemDto.operator.CONTAINS;
    /** The type of `operator.NOT_CONTAINS`: "NOT_CONTAINS". */
    export type NOT_CONTAINS = typeof ListUsersAdvancedFilterItemDto.operator.NOT_CONTAINS;
    /** The type of `operator.IS_NULL`: "IS_NULL". */
    export type IS_NULL = typeof ListUsersAdvancedFilterItemDto.operator.IS_NULL;
    /** The type of `operator.NOT_NULL`: "NOT_NULL". */
    export type NOT_NULL = typeof ListUsersAdvancedFilterItemDto.operator.NOT_NULL;
    /** The type of `operator.IN`: "IN". */
    export type IN = typeof ListUsersAdvancedFilterItemDto.operator.IN;
    /** The type of `operator.GREATER`: "GREATER". */
    export type GREATER = typeof ListUsersAdvancedFilterItemDto.operator.GREATER;
    /** The type of `operator.LESSER`: "LESSER". */
    export type LESSER = typeof ListUsersAdvancedFilterItemDto.operator.LESSER;
    /** The type of `operator.BETWEEN`: "BETWEEN". */
    export type BETWEEN = typeof ListUsersAdvancedFilterItemDto.operator.BETWEEN;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`LoginAnomalyDetectionConfigDto.loginFailStrategy.CAPTCHA`). */
  export namespace loginFailStrategy {
    /** The type of `loginFailStrategy.CAPTCHA`: "captcha". */
    export type CAPTCHA = typeof LoginAnomalyDetectionConfigDto.loginFailStrategy.CAPTCHA;
    /** The type of `loginFailStrategy.BLOCK_ACCOUNT`: "block-account". */
    export type BLOCK_ACCOUNT = typeof LoginAnomalyDetectionConfigDto.loginFailStrategy.BLOCK_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`OpenResource.resourceType.TREE`). */
  export namespace resourceType {
    /** The type of `resourceType.TREE`: "TREE". */
    export type TREE = typeof OpenResource.resourceType.TREE;
    /** The type of `resourceType.STRING`: "STRING". */
    export type STRING = typeof OpenResource.resourceType.STRING;
    /** The type of `resourceType.ARRAY`: "ARRAY". */
    export type ARRAY = typeof OpenResource.resourceType.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PipelineFunctionDto.scene.PRE_REGISTER`). */
  export namespace scene {
    /** The type of `scene.PRE_REGISTER`: "PRE_REGISTER". */
    export type PRE_REGISTER = typeof PipelineFunctionDto.scene.PRE_REGISTER;
    /** The type of `scene.POST_REGISTER`: "POST_REGISTER". */
    export type POST_REGISTER = typeof PipelineFunctionDto.scene.POST_REGISTER;
    /** The type of `scene.PRE_AUTHENTICATION`: "PRE_AUTHENTICATION". */
    export type PRE_AUTHENTICATION = typeof PipelineFunctionDto.scene.PRE_AUTHENTICATION;
    /** The type of `scene.POST_AUTHENTICATION`: "POST_AUTHENTICATION". */
    export type POST_AUTHENTICATION = typeof PipelineFunctionDto.scene.POST_AUTHENTICATION;
    /** The type of `scene.PRE_OIDC_ID_TOKEN_ISSUED`: "PRE_OIDC_ID_TOKEN_ISSUED". */
    export type PRE_OIDC_ID_TOKEN_ISSUED = typeof PipelineFunctionDto.scene.PRE_OIDC_ID_TOKEN_ISSUED;
    /** The type of `scene.PRE_OIDC_ACCESS_TOKEN_ISSUED`: "PRE_OIDC_ACCESS_TOKEN_ISSUED". */
    export type PRE_OIDC_ACCESS_TOKEN_ISSUED = typeof PipelineFunctionDto.scene.PRE_OIDC_ACCESS_TOKEN_ISSUED;
    /** The type of `scene.PRE_COMPLETE_USER_INFO`: "PRE_COMPLETE_USER_INFO". */
    export type PRE_COMPLETE_USER_INFO = typeof PipelineFunctionDto.scene.PRE_COMPLETE_USER_INFO;
    /** The type of `scene.PRE_MFA_VERIFY`: "PRE_MFA_VERIFY". */
    export type PRE_MFA_VERIFY = typeof PipelineFunctionDto.scene.PRE_MFA_VERIFY;
    /** The type of `scene.POST_MFA_VERIFY`: "POST_MFA_VERIFY". */
    export type POST_MFA_VERIFY = typeof PipelineFunctionDto.scene.POST_MFA_VERIFY;
  }
  /** One of the values of `PipelineFunctionDto.status`. */
  export type status = (typeof PipelineFunctionDto.status)[keyof typeof PipelineFunctionDto.status];
  /** Each member's own type, as the official SDK's enum members are types (`PipelineFunctionDto.status.UPLOADING`). */
  export namespace status {
    /** The type of `status.UPLOADING`: "uploading". */
    export type UPLOADING = typeof PipelineFunctionDto.status.UPLOADING;
    /** The type of `status.SUCCESS`: "success". */
    export type SUCCESS = typeof PipelineFunctionDto.status.SUCCESS;
    /** The type of `status.FAILED`: "failed". */
    export type FAILED = typeof PipelineFunctionDto.status.FAILED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PolicyCondition.param.USER_POOL_ID`). */
  export namespace param {
    /** The type of `param.USER_POOL_ID`: "UserPoolId". */
    export type USER_POOL_ID = typeof PolicyCondition.param.USER_POOL_ID;
    /** The type of `param.APP_ID`: "AppId". */
    export type APP_ID = typeof PolicyCondition.param.APP_ID;
    /** The type of `param.REQUEST_FROM`: "RequestFrom". */
    export type REQUEST_FROM = typeof PolicyCondition.param.REQUEST_FROM;
    /** The type of `param.USER_ID`: "UserId". */
    export type USER_ID = typeof PolicyCondition.param.USER_ID;
    /** The type of `param.USER_ARN`: "UserArn". */
    export type USER_ARN = typeof PolicyCondition.param.USER_ARN;
    /** The type of `param.CURRENT_TIME`: "CurrentTime". */
    export type CURRENT_TIME = typeof PolicyCondition.param.CURRENT_TIME;
    /** The type of `param.EPOCH_TIME`: "EpochTime". */
    export type EPOCH_TIME = typeof PolicyCondition.param.EPOCH_TIME;
    /** The type of `param.SOURCE_IP`: "SourceIp". */
    export type SOURCE_IP = typeof PolicyCondition.param.SOURCE_IP;
    /** The type of `param.USER`: "User". */
    export type USER = typeof PolicyCondition.param.USER;
    /** The type of `param.MULTI_FACTOR_AUTH_PRESENT`: "MultiFactorAuthPresent". */
    export type MULTI_FACTOR_AUTH_PRESENT = typeof PolicyCondition.param.MULTI_FACTOR_AUTH_PRESENT;
    /** The type of `param.MULTI_FACTOR_AUTH_AGE`: "MultiFactorAuthAge". */
    export type MULTI_FACTOR_AUTH_AGE = typeof PolicyCondition.param.MULTI_FACTOR_AUTH_AGE;
    /** The type of `param.USER_AGENT`: "UserAgent". */
    export type USER_AGENT = typeof PolicyCondition.param.USER_AGENT;
    /** The type of `param.REFERER`: "Referer". */
    export type REFERER = typeof PolicyCondition.param.REFERER;
    /** The type of `param.DEVICE`: "Device". */
    export type DEVICE = typeof PolicyCondition.param.DEVICE;
    /** The type of `param.OS`: "OS". */
    export type OS = typeof PolicyCondition.param.OS;
    /** The type of `param.COUNTRY`: "Country". */
    export type COUNTRY = typeof PolicyCondition.param.COUNTRY;
    /** The type of `param.PROVINCE`: "Province". */
    export type PROVINCE = typeof PolicyCondition.param.PROVINCE;
    /** The type of `param.CITY`: "City". */
    export type CITY = typeof PolicyCondition.param.CITY;
    /** The type of `param.DEVICE_CHANGED`: "DeviceChanged". */
    export type DEVICE_CHANGED = typeof PolicyCondition.param.DEVICE_CHANGED;
    /** The type of `param.DEVICE_UNTRUSTED`: "DeviceUntrusted". */
    export type DEVICE_UNTRUSTED = typeof PolicyCondition.param.DEVICE_UNTRUSTED;
    /** The type of `param.PROXY_UNTRUSTED`: "ProxyUntrusted". */
    export type PROXY_UNTRUSTED = typeof PolicyCondition.param.PROXY_UNTRUSTED;
    /** The type of `param.LOGGED_IN_APPS`: "LoggedInApps". */
    export type LOGGED_IN_APPS = typeof PolicyCondition.param.LOGGED_IN_APPS;
    /** The type of `param.NAMESPACE`: "Namespace". */
    export type NAMESPACE = typeof PolicyCondition.param.NAMESPACE;
  }
  /** One of the values of `PolicyCondition.operator`. */
  export type operator = (typeof PolicyCondition.operator)[keyof typeof PolicyCondition.operator];
  /** Each member's own type, as the official SDK's enum members are types (`PolicyCondition.operator.BOOL`). */
  export namespace operator {
    /** The type of `operator.BOOL`: "Bool". */
    export type BOOL = typeof PolicyCondition.operator.BOOL;
    /** The type of `operator.DATE_EQUALS`: "DateEquals". */
    export type DATE_EQUALS = typeof PolicyCondition.operator.DATE_EQUALS;
    /** The type of `operator.DATE_NOT_EQUALS`: "DateNotEquals". */
    export type DATE_NOT_EQUALS = typeof PolicyCondition.operator.DATE_NOT_EQUALS;
    /** The type of `operator.DATE_LESS_THAN`: "DateLessThan". */
    export type DATE_LESS_THAN = typeof PolicyCondition.operator.DATE_LESS_THAN;
    /** The type of `operator.DATE_LESS_THAN_EQUALS`: "DateLessThanEquals". */
    export type DATE_LESS_THAN_EQUALS = typeof PolicyCondition.operator.DATE_LESS_THAN_EQUALS;
    /** The type of `operator.DATE_GREATER_THAN`: "DateGreaterThan". */
    export type DATE_GREATER_THAN = typeof PolicyCondition.operator.DATE_GREATER_THAN;
    /** The type of `operator.DATE_GREATER_THAN_EQUALS`: "DateGreaterThanEquals". */
    export type DATE_GREATER_THAN_EQUALS = typeof PolicyCondition.operator.DATE_GREATER_THAN_EQUALS;
    /** The type of `operator.IP_ADDRESS`: "IpAddress". */
    export type IP_ADDRESS = typeof PolicyCondition.operator.IP_ADDRESS;
    /** The type of `operator.NOT_IP_ADDRESS`: "NotIpAddress". */
    export type NOT_IP_ADDRESS = typeof PolicyCondition.operator.NOT_IP_ADDRESS;
    /** The type of `operator.NUMERIC_EQUALS`: "NumericEquals". */
    export type NUMERIC_EQUALS = typeof PolicyCondition.operator.NUMERIC_EQUALS;
    /** The type of `operator.NUMERIC_NOT_EQUALS`: "NumericNotEquals". */
    export type NUMERIC_NOT_EQUALS = typeof PolicyCondition.operator.NUMERIC_NOT_EQUALS;
    /** The type of `operator.NUMERIC_LESS_THAN`: "NumericLessThan". */
    export type NUMERIC_LESS_THAN = typeof PolicyCondition.operator.NUMERIC_LESS_THAN;
    /** The type of `operator.NUMERIC_LESS_THAN_EQUALS`: "NumericLessThanEquals". */
    export type NUMERIC_LESS_THAN_EQUALS = typeof PolicyCondition.operator.NUMERIC_LESS_THAN_EQUALS;
    /** The type of `operator.NUMERIC_GREATER_THAN`: "NumericGreaterThan". */
    export type NUMERIC_GREATER_THAN = typeof PolicyCondition.operator.NUMERIC_GREATER_THAN;
    /** The type of `operator.NUMERIC_GREATER_THAN_EQUALS`: "NumericGreaterThanEquals". */
    export type NUMERIC_GREATER_THAN_EQUALS = typeof PolicyCondition.operator.NUMERIC_GREATER_THAN_EQUALS;
    /** The type of `operator.STRING_EQUALS`: "StringEquals". */
    export type STRING_EQUALS = typeof PolicyCondition.operator.STRING_EQUALS;
    /** The type of `operator.STRING_NOT_EQUALS`: "StringNotEquals". */
    export type STRING_NOT_EQUALS = typeof PolicyCondition.operator.STRING_NOT_EQUALS;
    /** The type of `operator.STRING_EQUALS_IGNORE_CASE`: "StringEqualsIgnoreCase". */
    export type STRING_EQUALS_IGNORE_CASE = typeof PolicyCondition.operator.STRING_EQUALS_IGNORE_CASE;
    /** The type of `operator.STRING_NOT_EQUALS_IGNORE_CASE`: "StringNotEqualsIgnoreCase". */
    export type STRING_NOT_EQUALS_IGNORE_CASE = typeof PolicyCondition.operator.STRING_NOT_EQUALS_IGNORE_CASE;
    /** The type of `operator.STRING_LIKE`: "StringLike". */
    export type STRING_LIKE = typeof PolicyCondition.operator.STRING_LIKE;
    /** The type of `operator.STRING_NOT_LIKE`: "StringNotLike". */
    export type STRING_NOT_LIKE = typeof PolicyCondition.operator.STRING_NOT_LIKE;
    /** The type of `operator.LIST_CONTAINS`: "ListContains". */
    export type LIST_CONTAINS = typeof PolicyCondition.operator.LIST_CONTAINS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PreviewEmailTemplateDto.type.WELCOME_EMAIL`). */
  export namespace type {
    /** The type of `type.WELCOME_EMAIL`: "WELCOME_EMAIL". */
    export type WELCOME_EMAIL = typeof PreviewEmailTemplateDto.type.WELCOME_EMAIL;
    /** The type of `type.FIRST_CREATED_USER`: "FIRST_CREATED_USER". */
    export type FIRST_CREATED_USER = typeof PreviewEmailTemplateDto.type.FIRST_CREATED_USER;
    /** The type of `type.REGISTER_VERIFY_CODE`: "REGISTER_VERIFY_CODE". */
    export type REGISTER_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.REGISTER_VERIFY_CODE;
    /** The type of `type.LOGIN_VERIFY_CODE`: "LOGIN_VERIFY_CODE". */
    export type LOGIN_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.LOGIN_VERIFY_CODE;
    /** The type of `type.MFA_VERIFY_CODE`: "MFA_VERIFY_CODE". */
    export type MFA_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.MFA_VERIFY_CODE;
    /** The type of `type.INFORMATION_COMPLETION_VERIFY_CODE`: "INFORMATION_COMPLETION_VERIFY_CODE". */
    export type INFORMATION_COMPLETION_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.INFORMATION_COMPLETION_VERIFY_CODE;
    /** The type of `type.FIRST_EMAIL_LOGIN_VERIFY`: "FIRST_EMAIL_LOGIN_VERIFY". */
    export type FIRST_EMAIL_LOGIN_VERIFY = typeof PreviewEmailTemplateDto.type.FIRST_EMAIL_LOGIN_VERIFY;
    /** The type of `type.CONSOLE_CONDUCTED_VERIFY`: "CONSOLE_CONDUCTED_VERIFY". */
    export type CONSOLE_CONDUCTED_VERIFY = typeof PreviewEmailTemplateDto.type.CONSOLE_CONDUCTED_VERIFY;
    /** The type of `type.USER_PASSWORD_UPDATE_REMIND`: "USER_PASSWORD_UPDATE_REMIND". */
    export type USER_PASSWORD_UPDATE_REMIND = typeof PreviewEmailTemplateDto.type.USER_PASSWORD_UPDATE_REMIND;
    /** The type of `type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION`: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION". */
    export type ADMIN_RESET_USER_PASSWORD_NOTIFICATION = typeof PreviewEmailTemplateDto.type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION;
    /** The type of `type.USER_PASSWORD_RESET_NOTIFICATION`: "USER_PASSWORD_RESET_NOTIFICATION". */
    export type USER_PASSWORD_RESET_NOTIFICATION = typeof PreviewEmailTemplateDto.type.USER_PASSWORD_RESET_NOTIFICATION;
    /** The type of `type.RESET_PASSWORD_VERIFY_CODE`: "RESET_PASSWORD_VERIFY_CODE". */
    export type RESET_PASSWORD_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.RESET_PASSWORD_VERIFY_CODE;
    /** The type of `type.SELF_UNLOCKING_VERIFY_CODE`: "SELF_UNLOCKING_VERIFY_CODE". */
    export type SELF_UNLOCKING_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.SELF_UNLOCKING_VERIFY_CODE;
    /** The type of `type.EMAIL_BIND_VERIFY_CODE`: "EMAIL_BIND_VERIFY_CODE". */
    export type EMAIL_BIND_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.EMAIL_BIND_VERIFY_CODE;
    /** The type of `type.EMAIL_UNBIND_VERIFY_CODE`: "EMAIL_UNBIND_VERIFY_CODE". */
    export type EMAIL_UNBIND_VERIFY_CODE = typeof PreviewEmailTemplateDto.type.EMAIL_UNBIND_VERIFY_CODE;
  }
  /** One of the values of `PreviewEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof PreviewEmailTemplateDto.tplEngine)[keyof typeof PreviewEmailTemplateDto.tplEngine];
  /** Each member's own type, as the official SDK's enum members are types (`PreviewEmailTemplateDto.tplEngine.HANDLEBAR`). */
  export namespace tplEngine {
    /** The type of `tplEngine.HANDLEBAR`: "handlebar". */
    export type HANDLEBAR = typeof PreviewEmailTemplateDto.tplEngine.HANDLEBAR;
    /** The type of `tplEngine.EJS`: "ejs". */
    export type EJS = typeof PreviewEmailTemplateDto.tplEngine.EJS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PublicAccountDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof PublicAccountDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof PublicAccountDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof PublicAccountDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof PublicAccountDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof PublicAccountDto.status.DEACTIVATED;
  }
  /** One of the values of `PublicAccountDto.workStatus`. */
  export type workStatus = (typeof PublicAccountDto.workStatus)[keyof typeof PublicAccountDto.workStatus];
  /** Each member's own type, as the official SDK's enum members are types (`PublicAccountDto.workStatus.CLOSED`). */
  export namespace workStatus {
    /** The type of `workStatus.CLOSED`: "Closed". */
    export type CLOSED = typeof PublicAccountDto.workStatus.CLOSED;
    /** The type of `workStatus.ACTIVE`: "Active". */
    export type ACTIVE = typeof PublicAccountDto.workStatus.ACTIVE;
  }
  /** One of the values of `PublicAccountDto.gender`. */
  export type gender = (typeof PublicAccountDto.gender)[keyof typeof PublicAccountDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`PublicAccountDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof PublicAccountDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof PublicAccountDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof PublicAccountDto.gender.U;
  }
  /** One of the values of `PublicAccountDto.userSourceType`. */
  export type userSourceType = (typeof PublicAccountDto.userSourceType)[keyof typeof PublicAccountDto.userSourceType];
  /** Each member's own type, as the official SDK's enum members are types (`PublicAccountDto.userSourceType.EXCEL`). */
  export namespace userSourceType {
    /** The type of `userSourceType.EXCEL`: "excel". */
    export type EXCEL = typeof PublicAccountDto.userSourceType.EXCEL;
    /** The type of `userSourceType.REGISTER`: "register". */
    export type REGISTER = typeof PublicAccountDto.userSourceType.REGISTER;
    /** The type of `userSourceType.ADMIN_CREATED`: "adminCreated". */
    export type ADMIN_CREATED = typeof PublicAccountDto.userSourceType.ADMIN_CREATED;
    /** The type of `userSourceType.SYNC`: "sync". */
    export type SYNC = typeof PublicAccountDto.userSourceType.SYNC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`QuickFilterInviteeRecordDto.inviteeStatus.INVITED`). */
  export namespace inviteeStatus {
    /** The type of `inviteeStatus.INVITED`: "invited". */
    export type INVITED = typeof QuickFilterInviteeRecordDto.inviteeStatus.INVITED;
    /** The type of `inviteeStatus.REGISTERING`: "registering". */
    export type REGISTERING = typeof QuickFilterInviteeRecordDto.inviteeStatus.REGISTERING;
    /** The type of `inviteeStatus.REGISTERED`: "registered". */
    export type REGISTERED = typeof QuickFilterInviteeRecordDto.inviteeStatus.REGISTERED;
    /** The type of `inviteeStatus.REVERTED`: "reverted". */
    export type REVERTED = typeof QuickFilterInviteeRecordDto.inviteeStatus.REVERTED;
    /** The type of `inviteeStatus.NOT_INVITED`: "notInvited". */
    export type NOT_INVITED = typeof QuickFilterInviteeRecordDto.inviteeStatus.NOT_INVITED;
    /** The type of `inviteeStatus.EXPIRED`: "expired". */
    export type EXPIRED = typeof QuickFilterInviteeRecordDto.inviteeStatus.EXPIRED;
    /** The type of `inviteeStatus.INVITATION_SEND_FAIL`: "invitationSendFail". */
    export type INVITATION_SEND_FAIL = typeof QuickFilterInviteeRecordDto.inviteeStatus.INVITATION_SEND_FAIL;
    /** The type of `inviteeStatus.JOINED_BY_OTHER`: "joinedByOther". */
    export type JOINED_BY_OTHER = typeof QuickFilterInviteeRecordDto.inviteeStatus.JOINED_BY_OTHER;
  }
  /** One of the values of `QuickFilterInviteeRecordDto.inviteeSource`. */
  export type inviteeSource = (typeof QuickFilterInviteeRecordDto.inviteeSource)[keyof typeof QuickFilterInviteeRecordDto.inviteeSource];
  /** Each member's own type, as the official SDK's enum members are types (`QuickFilterInviteeRecordDto.inviteeSource.MANUAL_CREATE`). */
  export namespace inviteeSource {
    /** The type of `inviteeSource.MANUAL_CREATE`: "manualCreate". */
    export type MANUAL_CREATE = typeof QuickFilterInviteeRecordDto.inviteeSource.MANUAL_CREATE;
    /** The type of `inviteeSource.FILE_IMPORT`: "fileImport". */
    export type FILE_IMPORT = typeof QuickFilterInviteeRecordDto.inviteeSource.FILE_IMPORT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RemoveDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof RemoveDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof RemoveDepartmentMembersReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof RemoveDepartmentMembersReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof RemoveDepartmentMembersReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof RemoveDepartmentMembersReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RemoveInvitationPolicyUserAttributionDto.targetType.DEPARTMENT`). */
  export namespace targetType {
    /** The type of `targetType.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof RemoveInvitationPolicyUserAttributionDto.targetType.DEPARTMENT;
    /** The type of `targetType.POST`: "post". */
    export type POST = typeof RemoveInvitationPolicyUserAttributionDto.targetType.POST;
    /** The type of `targetType.ROLE`: "role". */
    export type ROLE = typeof RemoveInvitationPolicyUserAttributionDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "group". */
    export type GROUP = typeof RemoveInvitationPolicyUserAttributionDto.targetType.GROUP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RemoveTenantDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof RemoveTenantDepartmentMembersReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof RemoveTenantDepartmentMembersReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof RemoveTenantDepartmentMembersReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof RemoveTenantDepartmentMembersReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof RemoveTenantDepartmentMembersReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResignUserBatchReqDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof ResignUserBatchReqDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof ResignUserBatchReqDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof ResignUserBatchReqDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof ResignUserBatchReqDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof ResignUserBatchReqDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof ResignUserBatchReqDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof ResignUserBatchReqDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof ResignUserBatchReqDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResignUserReqDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof ResignUserReqDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof ResignUserReqDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof ResignUserReqDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof ResignUserReqDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof ResignUserReqDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof ResignUserReqDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof ResignUserReqDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof ResignUserReqDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResourceAuthorizedTargetDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof ResourceAuthorizedTargetDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof ResourceAuthorizedTargetDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof ResourceAuthorizedTargetDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof ResourceAuthorizedTargetDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResourceDto.type.DATA`). */
  export namespace type {
    /** The type of `type.DATA`: "DATA". */
    export type DATA = typeof ResourceDto.type.DATA;
    /** The type of `type.API`: "API". */
    export type API = typeof ResourceDto.type.API;
    /** The type of `type.MENU`: "MENU". */
    export type MENU = typeof ResourceDto.type.MENU;
    /** The type of `type.BUTTON`: "BUTTON". */
    export type BUTTON = typeof ResourceDto.type.BUTTON;
    /** The type of `type.UI`: "UI". */
    export type UI = typeof ResourceDto.type.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResourceItemDto.resourceType.DATA`). */
  export namespace resourceType {
    /** The type of `resourceType.DATA`: "DATA". */
    export type DATA = typeof ResourceItemDto.resourceType.DATA;
    /** The type of `resourceType.API`: "API". */
    export type API = typeof ResourceItemDto.resourceType.API;
    /** The type of `resourceType.MENU`: "MENU". */
    export type MENU = typeof ResourceItemDto.resourceType.MENU;
    /** The type of `resourceType.BUTTON`: "BUTTON". */
    export type BUTTON = typeof ResourceItemDto.resourceType.BUTTON;
    /** The type of `resourceType.UI`: "UI". */
    export type UI = typeof ResourceItemDto.resourceType.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus.NOT_SUBMIT`). */
  export namespace enterpriseCertificationStatus {
    /** The type of `enterpriseCertificationStatus.NOT_SUBMIT`: "not_submit". */
    export type NOT_SUBMIT = typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus.NOT_SUBMIT;
    /** The type of `enterpriseCertificationStatus.REVIEWING`: "reviewing". */
    export type REVIEWING = typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus.REVIEWING;
    /** The type of `enterpriseCertificationStatus.PASS`: "pass". */
    export type PASS = typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus.PASS;
    /** The type of `enterpriseCertificationStatus._1`: -1. */
    export type _1 = typeof ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus._1;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.limitList.FORBID_LOGIN`). */
  export namespace limitList {
    /** The type of `limitList.FORBID_LOGIN`: "FORBID_LOGIN". */
    export type FORBID_LOGIN = typeof RiskListPolicyCreateDto.limitList.FORBID_LOGIN;
    /** The type of `limitList.FORBID_REGISTER`: "FORBID_REGISTER". */
    export type FORBID_REGISTER = typeof RiskListPolicyCreateDto.limitList.FORBID_REGISTER;
  }
  /** One of the values of `RiskListPolicyCreateDto.action`. */
  export type action = (typeof RiskListPolicyCreateDto.action)[keyof typeof RiskListPolicyCreateDto.action];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.action.ADD_IP_BLACK_LIST`). */
  export namespace action {
    /** The type of `action.ADD_IP_BLACK_LIST`: "ADD_IP_BLACK_LIST". */
    export type ADD_IP_BLACK_LIST = typeof RiskListPolicyCreateDto.action.ADD_IP_BLACK_LIST;
    /** The type of `action.ADD_USER_BLACK_LIST`: "ADD_USER_BLACK_LIST". */
    export type ADD_USER_BLACK_LIST = typeof RiskListPolicyCreateDto.action.ADD_USER_BLACK_LIST;
  }
  /** One of the values of `RiskListPolicyCreateDto.removeType`. */
  export type removeType = (typeof RiskListPolicyCreateDto.removeType)[keyof typeof RiskListPolicyCreateDto.removeType];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.removeType.MANUAL`). */
  export namespace removeType {
    /** The type of `removeType.MANUAL`: "MANUAL". */
    export type MANUAL = typeof RiskListPolicyCreateDto.removeType.MANUAL;
    /** The type of `removeType.SCHEDULE`: "SCHEDULE". */
    export type SCHEDULE = typeof RiskListPolicyCreateDto.removeType.SCHEDULE;
  }
  /** One of the values of `RiskListPolicyCreateDto.eventStateType`. */
  export type eventStateType = (typeof RiskListPolicyCreateDto.eventStateType)[keyof typeof RiskListPolicyCreateDto.eventStateType];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.eventStateType.PASSWORD_WRONG`). */
  export namespace eventStateType {
    /** The type of `eventStateType.PASSWORD_WRONG`: "password_wrong". */
    export type PASSWORD_WRONG = typeof RiskListPolicyCreateDto.eventStateType.PASSWORD_WRONG;
    /** The type of `eventStateType.ACCOUNT_WRONG`: "account_wrong". */
    export type ACCOUNT_WRONG = typeof RiskListPolicyCreateDto.eventStateType.ACCOUNT_WRONG;
  }
  /** One of the values of `RiskListPolicyCreateDto.userCond`. */
  export type userCond = (typeof RiskListPolicyCreateDto.userCond)[keyof typeof RiskListPolicyCreateDto.userCond];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.userCond.NO_LIMIT`). */
  export namespace userCond {
    /** The type of `userCond.NO_LIMIT`: "NO_LIMIT". */
    export type NO_LIMIT = typeof RiskListPolicyCreateDto.userCond.NO_LIMIT;
    /** The type of `userCond.ONE`: "ONE". */
    export type ONE = typeof RiskListPolicyCreateDto.userCond.ONE;
  }
  /** One of the values of `RiskListPolicyCreateDto.ipCond`. */
  export type ipCond = (typeof RiskListPolicyCreateDto.ipCond)[keyof typeof RiskListPolicyCreateDto.ipCond];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.ipCond.NO_LIMIT`). */
  export namespace ipCond {
    /** The type of `ipCond.NO_LIMIT`: "NO_LIMIT". */
    export type NO_LIMIT = typeof RiskListPolicyCreateDto.ipCond.NO_LIMIT;
    /** The type of `ipCond.ONE`: "ONE". */
    export type ONE = typeof RiskListPolicyCreateDto.ipCond.ONE;
  }
  /** One of the values of `RiskListPolicyCreateDto.userRange`. */
  export type userRange = (typeof RiskListPolicyCreateDto.userRange)[keyof typeof RiskListPolicyCreateDto.userRange];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.userRange.ALL`). */
  export namespace userRange {
    /** The type of `userRange.ALL`: "ALL". */
    export type ALL = typeof RiskListPolicyCreateDto.userRange.ALL;
    /** The type of `userRange.NOT_IN_WHITE_LIST`: "NOT_IN_WHITE_LIST". */
    export type NOT_IN_WHITE_LIST = typeof RiskListPolicyCreateDto.userRange.NOT_IN_WHITE_LIST;
  }
  /** One of the values of `RiskListPolicyCreateDto.ipRange`. */
  export type ipRange = (typeof RiskListPolicyCreateDto.ipRange)[keyof typeof RiskListPolicyCreateDto.ipRange];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.ipRange.ALL`). */
  export namespace ipRange {
    /** The type of `ipRange.ALL`: "ALL". */
    export type ALL = typeof RiskListPolicyCreateDto.ipRange.ALL;
    /** The type of `ipRange.NOT_IN_WHITE_LIST`: "NOT_IN_WHITE_LIST". */
    export type NOT_IN_WHITE_LIST = typeof RiskListPolicyCreateDto.ipRange.NOT_IN_WHITE_LIST;
  }
  /** One of the values of `RiskListPolicyCreateDto.optObject`. */
  export type optObject = (typeof RiskListPolicyCreateDto.optObject)[keyof typeof RiskListPolicyCreateDto.optObject];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyCreateDto.optObject.IP`). */
  export namespace optObject {
    /** The type of `optObject.IP`: "IP". */
    export type IP = typeof RiskListPolicyCreateDto.optObject.IP;
    /** The type of `optObject.USER`: "USER". */
    export type USER = typeof RiskListPolicyCreateDto.optObject.USER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.optObject.IP`). */
  export namespace optObject {
    /** The type of `optObject.IP`: "IP". */
    export type IP = typeof RiskListPolicyRespDto.optObject.IP;
    /** The type of `optObject.USER`: "USER". */
    export type USER = typeof RiskListPolicyRespDto.optObject.USER;
  }
  /** One of the values of `RiskListPolicyRespDto.ipRange`. */
  export type ipRange = (typeof RiskListPolicyRespDto.ipRange)[keyof typeof RiskListPolicyRespDto.ipRange];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.ipRange.ALL`). */
  export namespace ipRange {
    /** The type of `ipRange.ALL`: "ALL". */
    export type ALL = typeof RiskListPolicyRespDto.ipRange.ALL;
    /** The type of `ipRange.NOT_IN_WHITE_LIST`: "NOT_IN_WHITE_LIST". */
    export type NOT_IN_WHITE_LIST = typeof RiskListPolicyRespDto.ipRange.NOT_IN_WHITE_LIST;
  }
  /** One of the values of `RiskListPolicyRespDto.userRange`. */
  export type userRange = (typeof RiskListPolicyRespDto.userRange)[keyof typeof RiskListPolicyRespDto.userRange];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.userRange.ALL`). */
  export namespace userRange {
    /** The type of `userRange.ALL`: "ALL". */
    export type ALL = typeof RiskListPolicyRespDto.userRange.ALL;
    /** The type of `userRange.NOT_IN_WHITE_LIST`: "NOT_IN_WHITE_LIST". */
    export type NOT_IN_WHITE_LIST = typeof RiskListPolicyRespDto.userRange.NOT_IN_WHITE_LIST;
  }
  /** One of the values of `RiskListPolicyRespDto.ipCond`. */
  export type ipCond = (typeof RiskListPolicyRespDto.ipCond)[keyof typeof RiskListPolicyRespDto.ipCond];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.ipCond.NO_LIMIT`). */
  export namespace ipCond {
    /** The type of `ipCond.NO_LIMIT`: "NO_LIMIT". */
    export type NO_LIMIT = typeof RiskListPolicyRespDto.ipCond.NO_LIMIT;
    /** The type of `ipCond.ONE`: "ONE". */
    export type ONE = typeof RiskListPolicyRespDto.ipCond.ONE;
  }
  /** One of the values of `RiskListPolicyRespDto.userCond`. */
  export type userCond = (typeof RiskListPolicyRespDto.userCond)[keyof typeof RiskListPolicyRespDto.userCond];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.userCond.NO_LIMIT`). */
  export namespace userCond {
    /** The type of `userCond.NO_LIMIT`: "NO_LIMIT". */
    export type NO_LIMIT = typeof RiskListPolicyRespDto.userCond.NO_LIMIT;
    /** The type of `userCond.ONE`: "ONE". */
    export type ONE = typeof RiskListPolicyRespDto.userCond.ONE;
  }
  /** One of the values of `RiskListPolicyRespDto.eventStateType`. */
  export type eventStateType = (typeof RiskListPolicyRespDto.eventStateType)[keyof typeof RiskListPolicyRespDto.eventStateType];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.eventStateType.PASSWORD_WRONG`). */
  export namespace eventStateType {
    /** The type of `eventStateType.PASSWORD_WRONG`: "password_wrong". */
    export type PASSWORD_WRONG = typeof RiskListPolicyRespDto.eventStateType.PASSWORD_WRONG;
    /** The type of `eventStateType.ACCOUNT_WRONG`: "account_wrong". */
    export type ACCOUNT_WRONG = typeof RiskListPolicyRespDto.eventStateType.ACCOUNT_WRONG;
  }
  /** One of the values of `RiskListPolicyRespDto.removeType`. */
  export type removeType = (typeof RiskListPolicyRespDto.removeType)[keyof typeof RiskListPolicyRespDto.removeType];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.removeType.MANUAL`). */
  export namespace removeType {
    /** The type of `removeType.MANUAL`: "MANUAL". */
    export type MANUAL = typeof RiskListPolicyRespDto.removeType.MANUAL;
    /** The type of `removeType.SCHEDULE`: "SCHEDULE". */
    export type SCHEDULE = typeof RiskListPolicyRespDto.removeType.SCHEDULE;
  }
  /** One of the values of `RiskListPolicyRespDto.action`. */
  export type action = (typeof RiskListPolicyRespDto.action)[keyof typeof RiskListPolicyRespDto.action];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.action.ADD_IP_BLACK_LIST`). */
  export namespace action {
    /** The type of `action.ADD_IP_BLACK_LIST`: "ADD_IP_BLACK_LIST". */
    export type ADD_IP_BLACK_LIST = typeof RiskListPolicyRespDto.action.ADD_IP_BLACK_LIST;
    /** The type of `action.ADD_USER_BLACK_LIST`: "ADD_USER_BLACK_LIST". */
    export type ADD_USER_BLACK_LIST = typeof RiskListPolicyRespDto.action.ADD_USER_BLACK_LIST;
  }
  /** One of the values of `RiskListPolicyRespDto.limitList`. */
  export type limitList = (typeof RiskListPolicyRespDto.limitList)[keyof typeof RiskListPolicyRespDto.limitList];
  /** Each member's own type, as the official SDK's enum members are types (`RiskListPolicyRespDto.limitList.FORBID_LOGIN`). */
  export namespace limitList {
    /** The type of `limitList.FORBID_LOGIN`: "FORBID_LOGIN". */
    export type FORBID_LOGIN = typeof RiskListPolicyRespDto.limitList.FORBID_LOGIN;
    /** The type of `limitList.FORBID_REGISTER`: "FORBID_REGISTER". */
    export type FORBID_REGISTER = typeof RiskListPolicyRespDto.limitList.FORBID_REGISTER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`RoleAuthorizedResourcesRespDto.resourceType.DATA`). */
  export namespace resourceType {
    /** The type of `resourceType.DATA`: "DATA". */
    export type DATA = typeof RoleAuthorizedResourcesRespDto.resourceType.DATA;
    /** The type of `resourceType.API`: "API". */
    export type API = typeof RoleAuthorizedResourcesRespDto.resourceType.API;
    /** The type of `resourceType.MENU`: "MENU". */
    export type MENU = typeof RoleAuthorizedResourcesRespDto.resourceType.MENU;
    /** The type of `resourceType.BUTTON`: "BUTTON". */
    export type BUTTON = typeof RoleAuthorizedResourcesRespDto.resourceType.BUTTON;
    /** The type of `resourceType.UI`: "UI". */
    export type UI = typeof RoleAuthorizedResourcesRespDto.resourceType.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SearchDepartmentsFilterItemDto.operator.BETWEEN`). */
  export namespace operator {
    /** The type of `operator.BETWEEN`: "BETWEEN". */
    export type BETWEEN = typeof SearchDepartmentsFilterItemDto.operator.BETWEEN;
    /** The type of `operator.EQUAL`: "EQUAL". */
    export type EQUAL = typeof SearchDepartmentsFilterItemDto.operator.EQUAL;
    /** The type of `operator.IN`: "IN". */
    export type IN = typeof SearchDepartmentsFilterItemDto.operator.IN;
    /** The type of `operator.LESSER`: "LESSER". */
    export type LESSER = typeof SearchDepartmentsFilterItemDto.operator.LESSER;
    /** The type of `operator.GREATER`: "GREATER". */
    export type GREATER = typeof SearchDepartmentsFilterItemDto.operator.GREATER;
    /** The type of `operator.CONTAINS`: "CONTAINS". */
    export type CONTAINS = typeof SearchDepartmentsFilterItemDto.operator.CONTAINS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SearchDepartmentsListReqDto.sortBy.UPDATED_AT`). */
  export namespace sortBy {
    /** The type of `sortBy.UPDATED_AT`: "updatedAt". */
    export type UPDATED_AT = typeof SearchDepartmentsListReqDto.sortBy.UPDATED_AT;
    /** The type of `sortBy.CREATED_AT`: "createdAt". */
    export type CREATED_AT = typeof SearchDepartmentsListReqDto.sortBy.CREATED_AT;
  }
  /** One of the values of `SearchDepartmentsListReqDto.orderBy`. */
  export type orderBy = (typeof SearchDepartmentsListReqDto.orderBy)[keyof typeof SearchDepartmentsListReqDto.orderBy];
  /** Each member's own type, as the official SDK's enum members are types (`SearchDepartmentsListReqDto.orderBy.ASC`). */
  export namespace orderBy {
    /** The type of `orderBy.ASC`: "ASC". */
    export type ASC = typeof SearchDepartmentsListReqDto.orderBy.ASC;
    /** The type of `orderBy.DESC`: "DESC". */
    export type DESC = typeof SearchDepartmentsListReqDto.orderBy.DESC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SelfUnlockAccountConfigDto.strategy.CAPTCHA`). */
  export namespace strategy {
    /** The type of `strategy.CAPTCHA`: "captcha". */
    export type CAPTCHA = typeof SelfUnlockAccountConfigDto.strategy.CAPTCHA;
    /** The type of `strategy.PASSWORD_CAPTCHA`: "password-captcha". */
    export type PASSWORD_CAPTCHA = typeof SelfUnlockAccountConfigDto.strategy.PASSWORD_CAPTCHA;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SetCustomDataReqDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof SetCustomDataReqDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof SetCustomDataReqDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof SetCustomDataReqDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof SetCustomDataReqDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SetCustomFieldDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof SetCustomFieldDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof SetCustomFieldDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof SetCustomFieldDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof SetCustomFieldDto.targetType.DEPARTMENT;
  }
  /** One of the values of `SetCustomFieldDto.dataType`. */
  export type dataType = (typeof SetCustomFieldDto.dataType)[keyof typeof SetCustomFieldDto.dataType];
  /** Each member's own type, as the official SDK's enum members are types (`SetCustomFieldDto.dataType.STRING`). */
  export namespace dataType {
    /** The type of `dataType.STRING`: "STRING". */
    export type STRING = typeof SetCustomFieldDto.dataType.STRING;
    /** The type of `dataType.NUMBER`: "NUMBER". */
    export type NUMBER = typeof SetCustomFieldDto.dataType.NUMBER;
    /** The type of `dataType.DATETIME`: "DATETIME". */
    export type DATETIME = typeof SetCustomFieldDto.dataType.DATETIME;
    /** The type of `dataType.BOOLEAN`: "BOOLEAN". */
    export type BOOLEAN = typeof SetCustomFieldDto.dataType.BOOLEAN;
    /** The type of `dataType.ENUM`: "ENUM". */
    export type ENUM = typeof SetCustomFieldDto.dataType.ENUM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SetMfaStatusDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof SetMfaStatusDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof SetMfaStatusDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof SetMfaStatusDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof SetMfaStatusDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof SetMfaStatusDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof SetMfaStatusDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof SetMfaStatusDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof SetMfaStatusDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SetUserDepartmentsOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof SetUserDepartmentsOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof SetUserDepartmentsOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof SetUserDepartmentsOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof SetUserDepartmentsOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof SetUserDepartmentsOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof SetUserDepartmentsOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof SetUserDepartmentsOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof SetUserDepartmentsOptionsDto.userIdType.CUSTOM_FIELD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SortingDto.field.ID`). */
  export namespace field {
    /** The type of `field.ID`: "id". */
    export type ID = typeof SortingDto.field.ID;
    /** The type of `field.CREATED_AT`: "createdAt". */
    export type CREATED_AT = typeof SortingDto.field.CREATED_AT;
    /** The type of `field.UPDATED_AT`: "updatedAt". */
    export type UPDATED_AT = typeof SortingDto.field.UPDATED_AT;
    /** The type of `field.EMAIL`: "email". */
    export type EMAIL = typeof SortingDto.field.EMAIL;
    /** The type of `field.USERNAME`: "username". */
    export type USERNAME = typeof SortingDto.field.USERNAME;
    /** The type of `field.EXTERNAL_ID`: "externalId". */
    export type EXTERNAL_ID = typeof SortingDto.field.EXTERNAL_ID;
    /** The type of `field.PHONE`: "phone". */
    export type PHONE = typeof SortingDto.field.PHONE;
    /** The type of `field.STATUS`: "status". */
    export type STATUS = typeof SortingDto.field.STATUS;
    /** The type of `field.STATUS_CHANGED_AT`: "statusChangedAt". */
    export type STATUS_CHANGED_AT = typeof SortingDto.field.STATUS_CHANGED_AT;
    /** The type of `field.PASSWORD_LAST_SET_AT`: "passwordLastSetAt". */
    export type PASSWORD_LAST_SET_AT = typeof SortingDto.field.PASSWORD_LAST_SET_AT;
    /** The type of `field.LOGINS_COUNT`: "loginsCount". */
    export type LOGINS_COUNT = typeof SortingDto.field.LOGINS_COUNT;
    /** The type of `field.GENDER`: "gender". */
    export type GENDER = typeof SortingDto.field.GENDER;
    /** The type of `field.LAST_LOGIN`: "lastLogin". */
    export type LAST_LOGIN = typeof SortingDto.field.LAST_LOGIN;
    /** The type of `field.USER_SOURCE_TYPE`: "userSourceType". */
    export type USER_SOURCE_TYPE = typeof SortingDto.field.USER_SOURCE_TYPE;
    /** The type of `field.LAST_MFA_TIME`: "lastMfaTime". */
    export type LAST_MFA_TIME = typeof SortingDto.field.LAST_MFA_TIME;
    /** The type of `field.PASSWORD_SECURITY_LEVEL`: "passwordSecurityLevel". */
    export type PASSWORD_SECURITY_LEVEL = typeof SortingDto.field.PASSWORD_SECURITY_LEVEL;
    /** The type of `field.PHONE_COUNTRY_CODE`: "phoneCountryCode". */
    export type PHONE_COUNTRY_CODE = typeof SortingDto.field.PHONE_COUNTRY_CODE;
    /** The type of `field.LAST_IP`: "lastIp". */
    export type LAST_IP = typeof SortingDto.field.LAST_IP;
  }
  /** One of the values of `SortingDto.order`. */
  export type order = (typeof SortingDto.order)[keyof typeof SortingDto.order];
  /** Each member's own type, as the official SDK's enum members are types (`SortingDto.order.DESC`). */
  export namespace order {
    /** The type of `order.DESC`: "desc". */
    export type DESC = typeof SortingDto.order.DESC;
    /** The type of `order.ASC`: "asc". */
    export type ASC = typeof SortingDto.order.ASC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SubjectDto.type.USER`). */
  export namespace type {
    /** The type of `type.USER`: "USER". */
    export type USER = typeof SubjectDto.type.USER;
    /** The type of `type.ORG`: "ORG". */
    export type ORG = typeof SubjectDto.type.ORG;
    /** The type of `type.GROUP`: "GROUP". */
    export type GROUP = typeof SubjectDto.type.GROUP;
    /** The type of `type.ROLE`: "ROLE". */
    export type ROLE = typeof SubjectDto.type.ROLE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SubjectRespDto.type.USER`). */
  export namespace type {
    /** The type of `type.USER`: "USER". */
    export type USER = typeof SubjectRespDto.type.USER;
    /** The type of `type.ORG`: "ORG". */
    export type ORG = typeof SubjectRespDto.type.ORG;
    /** The type of `type.GROUP`: "GROUP". */
    export type GROUP = typeof SubjectRespDto.type.GROUP;
    /** The type of `type.ROLE`: "ROLE". */
    export type ROLE = typeof SubjectRespDto.type.ROLE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SyncJobDto.syncStatus.FREE`). */
  export namespace syncStatus {
    /** The type of `syncStatus.FREE`: "free". */
    export type FREE = typeof SyncJobDto.syncStatus.FREE;
    /** The type of `syncStatus.PENDING`: "pending". */
    export type PENDING = typeof SyncJobDto.syncStatus.PENDING;
    /** The type of `syncStatus.ON_PROGRESS`: "onProgress". */
    export type ON_PROGRESS = typeof SyncJobDto.syncStatus.ON_PROGRESS;
    /** The type of `syncStatus.SUCCESS`: "success". */
    export type SUCCESS = typeof SyncJobDto.syncStatus.SUCCESS;
    /** The type of `syncStatus.FAILED`: "failed". */
    export type FAILED = typeof SyncJobDto.syncStatus.FAILED;
  }
  /** One of the values of `SyncJobDto.syncFlow`. */
  export type syncFlow = (typeof SyncJobDto.syncFlow)[keyof typeof SyncJobDto.syncFlow];
  /** Each member's own type, as the official SDK's enum members are types (`SyncJobDto.syncFlow.UPSTREAM`). */
  export namespace syncFlow {
    /** The type of `syncFlow.UPSTREAM`: "upstream". */
    export type UPSTREAM = typeof SyncJobDto.syncFlow.UPSTREAM;
    /** The type of `syncFlow.DOWNSTREAM`: "downstream". */
    export type DOWNSTREAM = typeof SyncJobDto.syncFlow.DOWNSTREAM;
  }
  /** One of the values of `SyncJobDto.syncTrigger`. */
  export type syncTrigger = (typeof SyncJobDto.syncTrigger)[keyof typeof SyncJobDto.syncTrigger];
  /** Each member's own type, as the official SDK's enum members are types (`SyncJobDto.syncTrigger.MANUALLY`). */
  export namespace syncTrigger {
    /** The type of `syncTrigger.MANUALLY`: "manually". */
    export type MANUALLY = typeof SyncJobDto.syncTrigger.MANUALLY;
    /** The type of `syncTrigger.TIMED`: "timed". */
    export type TIMED = typeof SyncJobDto.syncTrigger.TIMED;
    /** The type of `syncTrigger.AUTOMATIC`: "automatic". */
    export type AUTOMATIC = typeof SyncJobDto.syncTrigger.AUTOMATIC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SyncRiskOperationDto.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof SyncRiskOperationDto.status.PENDING;
    /** The type of `status.SUCCESS`: "SUCCESS". */
    export type SUCCESS = typeof SyncRiskOperationDto.status.SUCCESS;
    /** The type of `status.FAILED`: "FAILED". */
    export type FAILED = typeof SyncRiskOperationDto.status.FAILED;
    /** The type of `status.CANCELED`: "CANCELED". */
    export type CANCELED = typeof SyncRiskOperationDto.status.CANCELED;
    /** The type of `status.EXECUTING`: "EXECUTING". */
    export type EXECUTING = typeof SyncRiskOperationDto.status.EXECUTING;
  }
  /** One of the values of `SyncRiskOperationDto.objectType`. */
  export type objectType = (typeof SyncRiskOperationDto.objectType)[keyof typeof SyncRiskOperationDto.objectType];
  /** Each member's own type, as the official SDK's enum members are types (`SyncRiskOperationDto.objectType.DEPARTMENT`). */
  export namespace objectType {
    /** The type of `objectType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof SyncRiskOperationDto.objectType.DEPARTMENT;
    /** The type of `objectType.USER`: "USER". */
    export type USER = typeof SyncRiskOperationDto.objectType.USER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SyncTaskDto.syncTaskType.LARK`). */
  export namespace syncTaskType {
    /** The type of `syncTaskType.LARK`: "lark". */
    export type LARK = typeof SyncTaskDto.syncTaskType.LARK;
    /** The type of `syncTaskType.LARK_INTERNATIONAL`: "lark-international". */
    export type LARK_INTERNATIONAL = typeof SyncTaskDto.syncTaskType.LARK_INTERNATIONAL;
    /** The type of `syncTaskType.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof SyncTaskDto.syncTaskType.WECHATWORK;
    /** The type of `syncTaskType.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof SyncTaskDto.syncTaskType.DINGTALK;
    /** The type of `syncTaskType.ACTIVE_DIRECTORY`: "active-directory". */
    export type ACTIVE_DIRECTORY = typeof SyncTaskDto.syncTaskType.ACTIVE_DIRECTORY;
    /** The type of `syncTaskType.ITALENT`: "italent". */
    export type ITALENT = typeof SyncTaskDto.syncTaskType.ITALENT;
    /** The type of `syncTaskType.MAYCUR`: "maycur". */
    export type MAYCUR = typeof SyncTaskDto.syncTaskType.MAYCUR;
    /** The type of `syncTaskType.LDAP`: "ldap". */
    export type LDAP = typeof SyncTaskDto.syncTaskType.LDAP;
    /** The type of `syncTaskType.MOKA`: "moka". */
    export type MOKA = typeof SyncTaskDto.syncTaskType.MOKA;
    /** The type of `syncTaskType.FXIAOKE`: "fxiaoke". */
    export type FXIAOKE = typeof SyncTaskDto.syncTaskType.FXIAOKE;
    /** The type of `syncTaskType.SCIM`: "scim". */
    export type SCIM = typeof SyncTaskDto.syncTaskType.SCIM;
    /** The type of `syncTaskType.XIAOSHOUYI`: "xiaoshouyi". */
    export type XIAOSHOUYI = typeof SyncTaskDto.syncTaskType.XIAOSHOUYI;
    /** The type of `syncTaskType.KAYANG`: "kayang". */
    export type KAYANG = typeof SyncTaskDto.syncTaskType.KAYANG;
    /** The type of `syncTaskType.CUSTOM`: "custom". */
    export type CUSTOM = typeof SyncTaskDto.syncTaskType.CUSTOM;
  }
  /** One of the values of `SyncTaskDto.syncFlow`. */
  export type syncFlow = (typeof SyncTaskDto.syncFlow)[keyof typeof SyncTaskDto.syncFlow];
  /** Each member's own type, as the official SDK's enum members are types (`SyncTaskDto.syncFlow.UPSTREAM`). */
  export namespace syncFlow {
    /** The type of `syncFlow.UPSTREAM`: "upstream". */
    export type UPSTREAM = typeof SyncTaskDto.syncFlow.UPSTREAM;
    /** The type of `syncFlow.DOWNSTREAM`: "downstream". */
    export type DOWNSTREAM = typeof SyncTaskDto.syncFlow.DOWNSTREAM;
  }
  /** One of the values of `SyncTaskDto.syncTrigger`. */
  export type syncTrigger = (typeof SyncTaskDto.syncTrigger)[keyof typeof SyncTaskDto.syncTrigger];
  /** Each member's own type, as the official SDK's enum members are types (`SyncTaskDto.syncTrigger.MANUALLY`). */
  export namespace syncTrigger {
    /** The type of `syncTrigger.MANUALLY`: "manually". */
    export type MANUALLY = typeof SyncTaskDto.syncTrigger.MANUALLY;
    /** The type of `syncTrigger.TIMED`: "timed". */
    export type TIMED = typeof SyncTaskDto.syncTrigger.TIMED;
    /** The type of `syncTrigger.AUTOMATIC`: "automatic". */
    export type AUTOMATIC = typeof SyncTaskDto.syncTrigger.AUTOMATIC;
  }
  /** One of the values of `SyncTaskDto.lastSyncStatus`. */
  export type lastSyncStatus = (typeof SyncTaskDto.lastSyncStatus)[keyof typeof SyncTaskDto.lastSyncStatus];
  /** Each member's own type, as the official SDK's enum members are types (`SyncTaskDto.lastSyncStatus.FREE`). */
  export namespace lastSyncStatus {
    /** The type of `lastSyncStatus.FREE`: "free". */
    export type FREE = typeof SyncTaskDto.lastSyncStatus.FREE;
    /** The type of `lastSyncStatus.PENDING`: "pending". */
    export type PENDING = typeof SyncTaskDto.lastSyncStatus.PENDING;
    /** The type of `lastSyncStatus.ON_PROGRESS`: "onProgress". */
    export type ON_PROGRESS = typeof SyncTaskDto.lastSyncStatus.ON_PROGRESS;
    /** The type of `lastSyncStatus.SUCCESS`: "success". */
    export type SUCCESS = typeof SyncTaskDto.lastSyncStatus.SUCCESS;
    /** The type of `lastSyncStatus.FAILED`: "failed". */
    export type FAILED = typeof SyncTaskDto.lastSyncStatus.FAILED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SyncTaskTimedScheduler.cycle.MONTH`). */
  export namespace cycle {
    /** The type of `cycle.MONTH`: "month". */
    export type MONTH = typeof SyncTaskTimedScheduler.cycle.MONTH;
    /** The type of `cycle.WEEK`: "week". */
    export type WEEK = typeof SyncTaskTimedScheduler.cycle.WEEK;
    /** The type of `cycle.DAYS`: "days". */
    export type DAYS = typeof SyncTaskTimedScheduler.cycle.DAYS;
    /** The type of `cycle.SIX_HOURS`: "sixHours". */
    export type SIX_HOURS = typeof SyncTaskTimedScheduler.cycle.SIX_HOURS;
    /** The type of `cycle.TWO_HOURS`: "twoHours". */
    export type TWO_HOURS = typeof SyncTaskTimedScheduler.cycle.TWO_HOURS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`TargetDto.targetType.USER`). */
  export namespace targetType {
    /** The type of `targetType.USER`: "USER". */
    export type USER = typeof TargetDto.targetType.USER;
    /** The type of `targetType.ROLE`: "ROLE". */
    export type ROLE = typeof TargetDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "GROUP". */
    export type GROUP = typeof TargetDto.targetType.GROUP;
    /** The type of `targetType.DEPARTMENT`: "DEPARTMENT". */
    export type DEPARTMENT = typeof TargetDto.targetType.DEPARTMENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus.NOT_SUBMIT`). */
  export namespace enterpriseCertificationStatus {
    /** The type of `enterpriseCertificationStatus.NOT_SUBMIT`: "not_submit". */
    export type NOT_SUBMIT = typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus.NOT_SUBMIT;
    /** The type of `enterpriseCertificationStatus.REVIEWING`: "reviewing". */
    export type REVIEWING = typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus.REVIEWING;
    /** The type of `enterpriseCertificationStatus.PASS`: "pass". */
    export type PASS = typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus.PASS;
    /** The type of `enterpriseCertificationStatus._1`: -1. */
    export type _1 = typeof TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus._1;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`TenantUserDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof TenantUserDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof TenantUserDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof TenantUserDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UniversalInvitationApplicantData.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof UniversalInvitationApplicantData.status.PENDING;
    /** The type of `status.PASSED`: "PASSED". */
    export type PASSED = typeof UniversalInvitationApplicantData.status.PASSED;
    /** The type of `status.REJECTED`: "REJECTED". */
    export type REJECTED = typeof UniversalInvitationApplicantData.status.REJECTED;
  }
  /** One of the values of `UniversalInvitationApplicantData.channel`. */
  export type channel = (typeof UniversalInvitationApplicantData.channel)[keyof typeof UniversalInvitationApplicantData.channel];
  /** Each member's own type, as the official SDK's enum members are types (`UniversalInvitationApplicantData.channel.MANUAL`). */
  export namespace channel {
    /** The type of `channel.MANUAL`: "MANUAL". */
    export type MANUAL = typeof UniversalInvitationApplicantData.channel.MANUAL;
    /** The type of `channel.AUTO`: "AUTO". */
    export type AUTO = typeof UniversalInvitationApplicantData.channel.AUTO;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateApplicationDto.defaultProtocol.OIDC`). */
  export namespace defaultProtocol {
    /** The type of `defaultProtocol.OIDC`: "oidc". */
    export type OIDC = typeof UpdateApplicationDto.defaultProtocol.OIDC;
    /** The type of `defaultProtocol.OAUTH`: "oauth". */
    export type OAUTH = typeof UpdateApplicationDto.defaultProtocol.OAUTH;
    /** The type of `defaultProtocol.SAML`: "saml". */
    export type SAML = typeof UpdateApplicationDto.defaultProtocol.SAML;
    /** The type of `defaultProtocol.CAS`: "cas". */
    export type CAS = typeof UpdateApplicationDto.defaultProtocol.CAS;
    /** The type of `defaultProtocol.ASA`: "asa". */
    export type ASA = typeof UpdateApplicationDto.defaultProtocol.ASA;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateApplicationPermissionStrategyDataDto.permissionStrategy.ALLOW_ALL`). */
  export namespace permissionStrategy {
    /** The type of `permissionStrategy.ALLOW_ALL`: "ALLOW_ALL". */
    export type ALLOW_ALL = typeof UpdateApplicationPermissionStrategyDataDto.permissionStrategy.ALLOW_ALL;
    /** The type of `permissionStrategy.DENY_ALL`: "DENY_ALL". */
    export type DENY_ALL = typeof UpdateApplicationPermissionStrategyDataDto.permissionStrategy.DENY_ALL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateDataResourceRespDto.type.TREE`). */
  export namespace type {
    /** The type of `type.TREE`: "TREE". */
    export type TREE = typeof UpdateDataResourceRespDto.type.TREE;
    /** The type of `type.STRING`: "STRING". */
    export type STRING = typeof UpdateDataResourceRespDto.type.STRING;
    /** The type of `type.ARRAY`: "ARRAY". */
    export type ARRAY = typeof UpdateDataResourceRespDto.type.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateDepartmentReqDto.departmentIdType.DEPARTMENT_ID`). */
  export namespace departmentIdType {
    /** The type of `departmentIdType.DEPARTMENT_ID`: "department_id". */
    export type DEPARTMENT_ID = typeof UpdateDepartmentReqDto.departmentIdType.DEPARTMENT_ID;
    /** The type of `departmentIdType.OPEN_DEPARTMENT_ID`: "open_department_id". */
    export type OPEN_DEPARTMENT_ID = typeof UpdateDepartmentReqDto.departmentIdType.OPEN_DEPARTMENT_ID;
    /** The type of `departmentIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof UpdateDepartmentReqDto.departmentIdType.SYNC_RELATION;
    /** The type of `departmentIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof UpdateDepartmentReqDto.departmentIdType.CUSTOM_FIELD;
    /** The type of `departmentIdType.CODE`: "code". */
    export type CODE = typeof UpdateDepartmentReqDto.departmentIdType.CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateDeviceExclusiveRuleDto.rule.DISABLE`). */
  export namespace rule {
    /** The type of `rule.DISABLE`: "disable". */
    export type DISABLE = typeof UpdateDeviceExclusiveRuleDto.rule.DISABLE;
    /** The type of `rule.CONDITION_DEVICE`: "condition:device". */
    export type CONDITION_DEVICE = typeof UpdateDeviceExclusiveRuleDto.rule.CONDITION_DEVICE;
    /** The type of `rule.CONDITION_IP`: "condition:ip". */
    export type CONDITION_IP = typeof UpdateDeviceExclusiveRuleDto.rule.CONDITION_IP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateEmailTemplateDto.type.WELCOME_EMAIL`). */
  export namespace type {
    /** The type of `type.WELCOME_EMAIL`: "WELCOME_EMAIL". */
    export type WELCOME_EMAIL = typeof UpdateEmailTemplateDto.type.WELCOME_EMAIL;
    /** The type of `type.FIRST_CREATED_USER`: "FIRST_CREATED_USER". */
    export type FIRST_CREATED_USER = typeof UpdateEmailTemplateDto.type.FIRST_CREATED_USER;
    /** The type of `type.REGISTER_VERIFY_CODE`: "REGISTER_VERIFY_CODE". */
    export type REGISTER_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.REGISTER_VERIFY_CODE;
    /** The type of `type.LOGIN_VERIFY_CODE`: "LOGIN_VERIFY_CODE". */
    export type LOGIN_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.LOGIN_VERIFY_CODE;
    /** The type of `type.MFA_VERIFY_CODE`: "MFA_VERIFY_CODE". */
    export type MFA_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.MFA_VERIFY_CODE;
    /** The type of `type.INFORMATION_COMPLETION_VERIFY_CODE`: "INFORMATION_COMPLETION_VERIFY_CODE". */
    export type INFORMATION_COMPLETION_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.INFORMATION_COMPLETION_VERIFY_CODE;
    /** The type of `type.FIRST_EMAIL_LOGIN_VERIFY`: "FIRST_EMAIL_LOGIN_VERIFY". */
    export type FIRST_EMAIL_LOGIN_VERIFY = typeof UpdateEmailTemplateDto.type.FIRST_EMAIL_LOGIN_VERIFY;
    /** The type of `type.CONSOLE_CONDUCTED_VERIFY`: "CONSOLE_CONDUCTED_VERIFY". */
    export type CONSOLE_CONDUCTED_VERIFY = typeof UpdateEmailTemplateDto.type.CONSOLE_CONDUCTED_VERIFY;
    /** The type of `type.USER_PASSWORD_UPDATE_REMIND`: "USER_PASSWORD_UPDATE_REMIND". */
    export type USER_PASSWORD_UPDATE_REMIND = typeof UpdateEmailTemplateDto.type.USER_PASSWORD_UPDATE_REMIND;
    /** The type of `type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION`: "ADMIN_RESET_USER_PASSWORD_NOTIFICATION". */
    export type ADMIN_RESET_USER_PASSWORD_NOTIFICATION = typeof UpdateEmailTemplateDto.type.ADMIN_RESET_USER_PASSWORD_NOTIFICATION;
    /** The type of `type.USER_PASSWORD_RESET_NOTIFICATION`: "USER_PASSWORD_RESET_NOTIFICATION". */
    export type USER_PASSWORD_RESET_NOTIFICATION = typeof UpdateEmailTemplateDto.type.USER_PASSWORD_RESET_NOTIFICATION;
    /** The type of `type.RESET_PASSWORD_VERIFY_CODE`: "RESET_PASSWORD_VERIFY_CODE". */
    export type RESET_PASSWORD_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.RESET_PASSWORD_VERIFY_CODE;
    /** The type of `type.SELF_UNLOCKING_VERIFY_CODE`: "SELF_UNLOCKING_VERIFY_CODE". */
    export type SELF_UNLOCKING_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.SELF_UNLOCKING_VERIFY_CODE;
    /** The type of `type.EMAIL_BIND_VERIFY_CODE`: "EMAIL_BIND_VERIFY_CODE". */
    export type EMAIL_BIND_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.EMAIL_BIND_VERIFY_CODE;
    /** The type of `type.EMAIL_UNBIND_VERIFY_CODE`: "EMAIL_UNBIND_VERIFY_CODE". */
    export type EMAIL_UNBIND_VERIFY_CODE = typeof UpdateEmailTemplateDto.type.EMAIL_UNBIND_VERIFY_CODE;
  }
  /** One of the values of `UpdateEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof UpdateEmailTemplateDto.tplEngine)[keyof typeof UpdateEmailTemplateDto.tplEngine];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateEmailTemplateDto.tplEngine.HANDLEBAR`). */
  export namespace tplEngine {
    /** The type of `tplEngine.HANDLEBAR`: "handlebar". */
    export type HANDLEBAR = typeof UpdateEmailTemplateDto.tplEngine.HANDLEBAR;
    /** The type of `tplEngine.EJS`: "ejs". */
    export type EJS = typeof UpdateEmailTemplateDto.tplEngine.EJS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateExtendsFieldDto.type.USER`). */
  export namespace type {
    /** The type of `type.USER`: "user". */
    export type USER = typeof UpdateExtendsFieldDto.type.USER;
    /** The type of `type.INTERNAL`: "internal". */
    export type INTERNAL = typeof UpdateExtendsFieldDto.type.INTERNAL;
  }
  /** One of the values of `UpdateExtendsFieldDto.inputType`. */
  export type inputType = (typeof UpdateExtendsFieldDto.inputType)[keyof typeof UpdateExtendsFieldDto.inputType];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateExtendsFieldDto.inputType.IMAGE`). */
  export namespace inputType {
    /** The type of `inputType.IMAGE`: "image". */
    export type IMAGE = typeof UpdateExtendsFieldDto.inputType.IMAGE;
    /** The type of `inputType.NUMBER`: "number". */
    export type NUMBER = typeof UpdateExtendsFieldDto.inputType.NUMBER;
    /** The type of `inputType.DATE`: "date". */
    export type DATE = typeof UpdateExtendsFieldDto.inputType.DATE;
    /** The type of `inputType.DATE_TIME`: "dateTime". */
    export type DATE_TIME = typeof UpdateExtendsFieldDto.inputType.DATE_TIME;
    /** The type of `inputType.DATETIME`: "datetime". */
    export type DATETIME = typeof UpdateExtendsFieldDto.inputType.DATETIME;
    /** The type of `inputType.SELECT`: "select". */
    export type SELECT = typeof UpdateExtendsFieldDto.inputType.SELECT;
    /** The type of `inputType.DROPDOWN`: "dropdown". */
    export type DROPDOWN = typeof UpdateExtendsFieldDto.inputType.DROPDOWN;
    /** The type of `inputType.BOOLEAN`: "boolean". */
    export type BOOLEAN = typeof UpdateExtendsFieldDto.inputType.BOOLEAN;
    /** The type of `inputType.STRING`: "string". */
    export type STRING = typeof UpdateExtendsFieldDto.inputType.STRING;
    /** The type of `inputType.TEXT`: "text". */
    export type TEXT = typeof UpdateExtendsFieldDto.inputType.TEXT;
    /** The type of `inputType.GENDER`: "gender". */
    export type GENDER = typeof UpdateExtendsFieldDto.inputType.GENDER;
    /** The type of `inputType.COUNTRY`: "country". */
    export type COUNTRY = typeof UpdateExtendsFieldDto.inputType.COUNTRY;
    /** The type of `inputType.USERNAME`: "username". */
    export type USERNAME = typeof UpdateExtendsFieldDto.inputType.USERNAME;
    /** The type of `inputType.PHONE`: "phone". */
    export type PHONE = typeof UpdateExtendsFieldDto.inputType.PHONE;
    /** The type of `inputType.EMAIL`: "email". */
    export type EMAIL = typeof UpdateExtendsFieldDto.inputType.EMAIL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateFunctionModelDto.type.UEBA`). */
  export namespace type {
    /** The type of `type.UEBA`: "ueba". */
    export type UEBA = typeof UpdateFunctionModelDto.type.UEBA;
    /** The type of `type.USER`: "user". */
    export type USER = typeof UpdateFunctionModelDto.type.USER;
    /** The type of `type.POST`: "post". */
    export type POST = typeof UpdateFunctionModelDto.type.POST;
    /** The type of `type.GROUP`: "group". */
    export type GROUP = typeof UpdateFunctionModelDto.type.GROUP;
    /** The type of `type.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof UpdateFunctionModelDto.type.DEPARTMENT;
    /** The type of `type.ORGANIZATION`: "organization". */
    export type ORGANIZATION = typeof UpdateFunctionModelDto.type.ORGANIZATION;
    /** The type of `type.DEVICE`: "device". */
    export type DEVICE = typeof UpdateFunctionModelDto.type.DEVICE;
    /** The type of `type.DEVICE_RELY`: "device_rely". */
    export type DEVICE_RELY = typeof UpdateFunctionModelDto.type.DEVICE_RELY;
    /** The type of `type.CUSTOM`: "custom". */
    export type CUSTOM = typeof UpdateFunctionModelDto.type.CUSTOM;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateInvitationPolicyDto.inviteMethod.EMAIL`). */
  export namespace inviteMethod {
    /** The type of `inviteMethod.EMAIL`: "email". */
    export type EMAIL = typeof UpdateInvitationPolicyDto.inviteMethod.EMAIL;
  }
  /** One of the values of `UpdateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod)[keyof typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_SMS`). */
  export namespace sendVerifyCodeMethod {
    /** The type of `sendVerifyCodeMethod.PRIORITY_SMS`: "prioritySMS". */
    export type PRIORITY_SMS = typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_SMS;
    /** The type of `sendVerifyCodeMethod.PRIORITY_EMAIL`: "priorityEmail". */
    export type PRIORITY_EMAIL = typeof UpdateInvitationPolicyDto.sendVerifyCodeMethod.PRIORITY_EMAIL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePipelineOrderDto.scene.PRE_REGISTER`). */
  export namespace scene {
    /** The type of `scene.PRE_REGISTER`: "PRE_REGISTER". */
    export type PRE_REGISTER = typeof UpdatePipelineOrderDto.scene.PRE_REGISTER;
    /** The type of `scene.POST_REGISTER`: "POST_REGISTER". */
    export type POST_REGISTER = typeof UpdatePipelineOrderDto.scene.POST_REGISTER;
    /** The type of `scene.PRE_AUTHENTICATION`: "PRE_AUTHENTICATION". */
    export type PRE_AUTHENTICATION = typeof UpdatePipelineOrderDto.scene.PRE_AUTHENTICATION;
    /** The type of `scene.POST_AUTHENTICATION`: "POST_AUTHENTICATION". */
    export type POST_AUTHENTICATION = typeof UpdatePipelineOrderDto.scene.POST_AUTHENTICATION;
    /** The type of `scene.PRE_OIDC_ID_TOKEN_ISSUED`: "PRE_OIDC_ID_TOKEN_ISSUED". */
    export type PRE_OIDC_ID_TOKEN_ISSUED = typeof UpdatePipelineOrderDto.scene.PRE_OIDC_ID_TOKEN_ISSUED;
    /** The type of `scene.PRE_OIDC_ACCESS_TOKEN_ISSUED`: "PRE_OIDC_ACCESS_TOKEN_ISSUED". */
    export type PRE_OIDC_ACCESS_TOKEN_ISSUED = typeof UpdatePipelineOrderDto.scene.PRE_OIDC_ACCESS_TOKEN_ISSUED;
    /** The type of `scene.PRE_COMPLETE_USER_INFO`: "PRE_COMPLETE_USER_INFO". */
    export type PRE_COMPLETE_USER_INFO = typeof UpdatePipelineOrderDto.scene.PRE_COMPLETE_USER_INFO;
    /** The type of `scene.PRE_MFA_VERIFY`: "PRE_MFA_VERIFY". */
    export type PRE_MFA_VERIFY = typeof UpdatePipelineOrderDto.scene.PRE_MFA_VERIFY;
    /** The type of `scene.POST_MFA_VERIFY`: "POST_MFA_VERIFY". */
    export type POST_MFA_VERIFY = typeof UpdatePipelineOrderDto.scene.POST_MFA_VERIFY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountBatchOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof UpdatePublicAccountBatchOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof UpdatePublicAccountBatchOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof UpdatePublicAccountBatchOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountInfoDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UpdatePublicAccountInfoDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UpdatePublicAccountInfoDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UpdatePublicAccountInfoDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UpdatePublicAccountInfoDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UpdatePublicAccountInfoDto.status.DEACTIVATED;
  }
  /** One of the values of `UpdatePublicAccountInfoDto.gender`. */
  export type gender = (typeof UpdatePublicAccountInfoDto.gender)[keyof typeof UpdatePublicAccountInfoDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountInfoDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UpdatePublicAccountInfoDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UpdatePublicAccountInfoDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UpdatePublicAccountInfoDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof UpdatePublicAccountOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof UpdatePublicAccountOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof UpdatePublicAccountOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof UpdatePublicAccountOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof UpdatePublicAccountOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof UpdatePublicAccountOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof UpdatePublicAccountOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof UpdatePublicAccountOptionsDto.userIdType.CUSTOM_FIELD;
  }
  /** One of the values of `UpdatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdatePublicAccountOptionsDto.passwordEncryptType)[keyof typeof UpdatePublicAccountOptionsDto.passwordEncryptType];
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof UpdatePublicAccountOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof UpdatePublicAccountOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof UpdatePublicAccountOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountReqDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UpdatePublicAccountReqDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UpdatePublicAccountReqDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UpdatePublicAccountReqDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UpdatePublicAccountReqDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UpdatePublicAccountReqDto.status.DEACTIVATED;
  }
  /** One of the values of `UpdatePublicAccountReqDto.gender`. */
  export type gender = (typeof UpdatePublicAccountReqDto.gender)[keyof typeof UpdatePublicAccountReqDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePublicAccountReqDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UpdatePublicAccountReqDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UpdatePublicAccountReqDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UpdatePublicAccountReqDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateResourceDto.type.DATA`). */
  export namespace type {
    /** The type of `type.DATA`: "DATA". */
    export type DATA = typeof UpdateResourceDto.type.DATA;
    /** The type of `type.API`: "API". */
    export type API = typeof UpdateResourceDto.type.API;
    /** The type of `type.MENU`: "MENU". */
    export type MENU = typeof UpdateResourceDto.type.MENU;
    /** The type of `type.BUTTON`: "BUTTON". */
    export type BUTTON = typeof UpdateResourceDto.type.BUTTON;
    /** The type of `type.UI`: "UI". */
    export type UI = typeof UpdateResourceDto.type.UI;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateSyncTaskDto.syncTaskType.LARK`). */
  export namespace syncTaskType {
    /** The type of `syncTaskType.LARK`: "lark". */
    export type LARK = typeof UpdateSyncTaskDto.syncTaskType.LARK;
    /** The type of `syncTaskType.LARK_INTERNATIONAL`: "lark-international". */
    export type LARK_INTERNATIONAL = typeof UpdateSyncTaskDto.syncTaskType.LARK_INTERNATIONAL;
    /** The type of `syncTaskType.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof UpdateSyncTaskDto.syncTaskType.WECHATWORK;
    /** The type of `syncTaskType.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof UpdateSyncTaskDto.syncTaskType.DINGTALK;
    /** The type of `syncTaskType.ACTIVE_DIRECTORY`: "active-directory". */
    export type ACTIVE_DIRECTORY = typeof UpdateSyncTaskDto.syncTaskType.ACTIVE_DIRECTORY;
    /** The type of `syncTaskType.ITALENT`: "italent". */
    export type ITALENT = typeof UpdateSyncTaskDto.syncTaskType.ITALENT;
    /** The type of `syncTaskType.MAYCUR`: "maycur". */
    export type MAYCUR = typeof UpdateSyncTaskDto.syncTaskType.MAYCUR;
    /** The type of `syncTaskType.LDAP`: "ldap". */
    export type LDAP = typeof UpdateSyncTaskDto.syncTaskType.LDAP;
    /** The type of `syncTaskType.MOKA`: "moka". */
    export type MOKA = typeof UpdateSyncTaskDto.syncTaskType.MOKA;
    /** The type of `syncTaskType.FXIAOKE`: "fxiaoke". */
    export type FXIAOKE = typeof UpdateSyncTaskDto.syncTaskType.FXIAOKE;
    /** The type of `syncTaskType.SCIM`: "scim". */
    export type SCIM = typeof UpdateSyncTaskDto.syncTaskType.SCIM;
    /** The type of `syncTaskType.XIAOSHOUYI`: "xiaoshouyi". */
    export type XIAOSHOUYI = typeof UpdateSyncTaskDto.syncTaskType.XIAOSHOUYI;
    /** The type of `syncTaskType.KAYANG`: "kayang". */
    export type KAYANG = typeof UpdateSyncTaskDto.syncTaskType.KAYANG;
    /** The type of `syncTaskType.CUSTOM`: "custom". */
    export type CUSTOM = typeof UpdateSyncTaskDto.syncTaskType.CUSTOM;
  }
  /** One of the values of `UpdateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof UpdateSyncTaskDto.syncTaskFlow)[keyof typeof UpdateSyncTaskDto.syncTaskFlow];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateSyncTaskDto.syncTaskFlow.UPSTREAM`). */
  export namespace syncTaskFlow {
    /** The type of `syncTaskFlow.UPSTREAM`: "upstream". */
    export type UPSTREAM = typeof UpdateSyncTaskDto.syncTaskFlow.UPSTREAM;
    /** The type of `syncTaskFlow.DOWNSTREAM`: "downstream". */
    export type DOWNSTREAM = typeof UpdateSyncTaskDto.syncTaskFlow.DOWNSTREAM;
  }
  /** One of the values of `UpdateSyncTaskDto.syncTaskTrigger`. */
  export type syncTaskTrigger = (typeof UpdateSyncTaskDto.syncTaskTrigger)[keyof typeof UpdateSyncTaskDto.syncTaskTrigger];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateSyncTaskDto.syncTaskTrigger.MANUALLY`). */
  export namespace syncTaskTrigger {
    /** The type of `syncTaskTrigger.MANUALLY`: "manually". */
    export type MANUALLY = typeof UpdateSyncTaskDto.syncTaskTrigger.MANUALLY;
    /** The type of `syncTaskTrigger.TIMED`: "timed". */
    export type TIMED = typeof UpdateSyncTaskDto.syncTaskTrigger.TIMED;
    /** The type of `syncTaskTrigger.AUTOMATIC`: "automatic". */
    export type AUTOMATIC = typeof UpdateSyncTaskDto.syncTaskTrigger.AUTOMATIC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserBatchOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof UpdateUserBatchOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof UpdateUserBatchOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof UpdateUserBatchOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserInfoDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UpdateUserInfoDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UpdateUserInfoDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UpdateUserInfoDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UpdateUserInfoDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UpdateUserInfoDto.status.DEACTIVATED;
  }
  /** One of the values of `UpdateUserInfoDto.gender`. */
  export type gender = (typeof UpdateUserInfoDto.gender)[keyof typeof UpdateUserInfoDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserInfoDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UpdateUserInfoDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UpdateUserInfoDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UpdateUserInfoDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserOptionsDto.userIdType.USER_ID`). */
  export namespace userIdType {
    /** The type of `userIdType.USER_ID`: "user_id". */
    export type USER_ID = typeof UpdateUserOptionsDto.userIdType.USER_ID;
    /** The type of `userIdType.EXTERNAL_ID`: "external_id". */
    export type EXTERNAL_ID = typeof UpdateUserOptionsDto.userIdType.EXTERNAL_ID;
    /** The type of `userIdType.PHONE`: "phone". */
    export type PHONE = typeof UpdateUserOptionsDto.userIdType.PHONE;
    /** The type of `userIdType.EMAIL`: "email". */
    export type EMAIL = typeof UpdateUserOptionsDto.userIdType.EMAIL;
    /** The type of `userIdType.USERNAME`: "username". */
    export type USERNAME = typeof UpdateUserOptionsDto.userIdType.USERNAME;
    /** The type of `userIdType.IDENTITY`: "identity". */
    export type IDENTITY = typeof UpdateUserOptionsDto.userIdType.IDENTITY;
    /** The type of `userIdType.SYNC_RELATION`: "sync_relation". */
    export type SYNC_RELATION = typeof UpdateUserOptionsDto.userIdType.SYNC_RELATION;
    /** The type of `userIdType.CUSTOM_FIELD`: "custom_field". */
    export type CUSTOM_FIELD = typeof UpdateUserOptionsDto.userIdType.CUSTOM_FIELD;
  }
  /** One of the values of `UpdateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdateUserOptionsDto.passwordEncryptType)[keyof typeof UpdateUserOptionsDto.passwordEncryptType];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof UpdateUserOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof UpdateUserOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof UpdateUserOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserReqDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UpdateUserReqDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UpdateUserReqDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UpdateUserReqDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UpdateUserReqDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UpdateUserReqDto.status.DEACTIVATED;
  }
  /** One of the values of `UpdateUserReqDto.gender`. */
  export type gender = (typeof UpdateUserReqDto.gender)[keyof typeof UpdateUserReqDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserReqDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UpdateUserReqDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UpdateUserReqDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UpdateUserReqDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateWebhookDto.contentType.APPLICATION_JSON`). */
  export namespace contentType {
    /** The type of `contentType.APPLICATION_JSON`: "application/json". */
    export type APPLICATION_JSON = typeof UpdateWebhookDto.contentType.APPLICATION_JSON;
    /** The type of `contentType.APPLICATION_X_WWW_FORM_URLENCODED`: "application/x-www-form-urlencoded". */
    export type APPLICATION_X_WWW_FORM_URLENCODED = typeof UpdateWebhookDto.contentType.APPLICATION_X_WWW_FORM_URLENCODED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserActionLogDto.eventType.LOGIN`). */
  export namespace eventType {
    /** The type of `eventType.LOGIN`: "login". */
    export type LOGIN = typeof UserActionLogDto.eventType.LOGIN;
    /** The type of `eventType.LOGOUT`: "logout". */
    export type LOGOUT = typeof UserActionLogDto.eventType.LOGOUT;
    /** The type of `eventType.REGISTER`: "register". */
    export type REGISTER = typeof UserActionLogDto.eventType.REGISTER;
    /** The type of `eventType.VERIFY_MFA`: "verifyMfa". */
    export type VERIFY_MFA = typeof UserActionLogDto.eventType.VERIFY_MFA;
    /** The type of `eventType.UPDATE_USER_PREFILE`: "updateUserPrefile". */
    export type UPDATE_USER_PREFILE = typeof UserActionLogDto.eventType.UPDATE_USER_PREFILE;
    /** The type of `eventType.UPDATE_USER_PASSWORD`: "updateUserPassword". */
    export type UPDATE_USER_PASSWORD = typeof UserActionLogDto.eventType.UPDATE_USER_PASSWORD;
    /** The type of `eventType.UPDATE_USER_EMAIL`: "updateUserEmail". */
    export type UPDATE_USER_EMAIL = typeof UserActionLogDto.eventType.UPDATE_USER_EMAIL;
    /** The type of `eventType.UPDATE_USER_PHONE`: "updateUserPhone". */
    export type UPDATE_USER_PHONE = typeof UserActionLogDto.eventType.UPDATE_USER_PHONE;
    /** The type of `eventType.BIND_MFA`: "bindMfa". */
    export type BIND_MFA = typeof UserActionLogDto.eventType.BIND_MFA;
    /** The type of `eventType.BIND_EMAIL`: "bindEmail". */
    export type BIND_EMAIL = typeof UserActionLogDto.eventType.BIND_EMAIL;
    /** The type of `eventType.BIND_PHONE`: "bindPhone". */
    export type BIND_PHONE = typeof UserActionLogDto.eventType.BIND_PHONE;
    /** The type of `eventType.UNBIND_PHONE`: "unbindPhone". */
    export type UNBIND_PHONE = typeof UserActionLogDto.eventType.UNBIND_PHONE;
    /** The type of `eventType.UNBIND_EMAIL`: "unbindEmail". */
    export type UNBIND_EMAIL = typeof UserActionLogDto.eventType.UNBIND_EMAIL;
    /** The type of `eventType.UNBIND_MFA`: "unbindMFA". */
    export type UNBIND_MFA = typeof UserActionLogDto.eventType.UNBIND_MFA;
    /** The type of `eventType.REFRESH_USER_TOKEN_BY_SELF`: "refreshUserTokenBySelf". */
    export type REFRESH_USER_TOKEN_BY_SELF = typeof UserActionLogDto.eventType.REFRESH_USER_TOKEN_BY_SELF;
    /** The type of `eventType.DELETE_ACCOUNT`: "deleteAccount". */
    export type DELETE_ACCOUNT = typeof UserActionLogDto.eventType.DELETE_ACCOUNT;
    /** The type of `eventType.VERIFY_FIRST_LOGIN`: "verifyFirstLogin". */
    export type VERIFY_FIRST_LOGIN = typeof UserActionLogDto.eventType.VERIFY_FIRST_LOGIN;
    /** The type of `eventType.SECURITY_RESOURCE_ACCESS`: "securityResourceAccess". */
    export type SECURITY_RESOURCE_ACCESS = typeof UserActionLogDto.eventType.SECURITY_RESOURCE_ACCESS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserAttributionDto.targetType.DEPARTMENT`). */
  export namespace targetType {
    /** The type of `targetType.DEPARTMENT`: "department". */
    export type DEPARTMENT = typeof UserAttributionDto.targetType.DEPARTMENT;
    /** The type of `targetType.POST`: "post". */
    export type POST = typeof UserAttributionDto.targetType.POST;
    /** The type of `targetType.ROLE`: "role". */
    export type ROLE = typeof UserAttributionDto.targetType.ROLE;
    /** The type of `targetType.GROUP`: "group". */
    export type GROUP = typeof UserAttributionDto.targetType.GROUP;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UserDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UserDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UserDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UserDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UserDto.status.DEACTIVATED;
  }
  /** One of the values of `UserDto.workStatus`. */
  export type workStatus = (typeof UserDto.workStatus)[keyof typeof UserDto.workStatus];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.workStatus.CLOSED`). */
  export namespace workStatus {
    /** The type of `workStatus.CLOSED`: "Closed". */
    export type CLOSED = typeof UserDto.workStatus.CLOSED;
    /** The type of `workStatus.ACTIVE`: "Active". */
    export type ACTIVE = typeof UserDto.workStatus.ACTIVE;
  }
  /** One of the values of `UserDto.gender`. */
  export type gender = (typeof UserDto.gender)[keyof typeof UserDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UserDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UserDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UserDto.gender.U;
  }
  /** One of the values of `UserDto.userSourceType`. */
  export type userSourceType = (typeof UserDto.userSourceType)[keyof typeof UserDto.userSourceType];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.userSourceType.EXCEL`). */
  export namespace userSourceType {
    /** The type of `userSourceType.EXCEL`: "excel". */
    export type EXCEL = typeof UserDto.userSourceType.EXCEL;
    /** The type of `userSourceType.REGISTER`: "register". */
    export type REGISTER = typeof UserDto.userSourceType.REGISTER;
    /** The type of `userSourceType.ADMIN_CREATED`: "adminCreated". */
    export type ADMIN_CREATED = typeof UserDto.userSourceType.ADMIN_CREATED;
    /** The type of `userSourceType.SYNC`: "sync". */
    export type SYNC = typeof UserDto.userSourceType.SYNC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserInfoDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UserInfoDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UserInfoDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UserInfoDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserPoolTenantConfigDto.enableSwitchType.TENANT_CONSOLE`). */
  export namespace enableSwitchType {
    /** The type of `enableSwitchType.TENANT_CONSOLE`: "tenant-console". */
    export type TENANT_CONSOLE = typeof UserPoolTenantConfigDto.enableSwitchType.TENANT_CONSOLE;
    /** The type of `enableSwitchType.TENANT_APP`: "tenant-app". */
    export type TENANT_APP = typeof UserPoolTenantConfigDto.enableSwitchType.TENANT_APP;
    /** The type of `enableSwitchType.TENANT_LAUNPAD`: "tenant-launpad". */
    export type TENANT_LAUNPAD = typeof UserPoolTenantConfigDto.enableSwitchType.TENANT_LAUNPAD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`WebhookDto.contentType.APPLICATION_JSON`). */
  export namespace contentType {
    /** The type of `contentType.APPLICATION_JSON`: "application/json". */
    export type APPLICATION_JSON = typeof WebhookDto.contentType.APPLICATION_JSON;
    /** The type of `contentType.APPLICATION_X_WWW_FORM_URLENCODED`: "application/x-www-form-urlencoded". */
    export type APPLICATION_X_WWW_FORM_URLENCODED = typeof WebhookDto.contentType.APPLICATION_X_WWW_FORM_URLENCODED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`WebhookRetryConfigV3Dto.delayUnit.SECOND`). */
  export namespace delayUnit {
    /** The type of `delayUnit.SECOND`: "Second". */
    export type SECOND = typeof WebhookRetryConfigV3Dto.delayUnit.SECOND;
    /** The type of `delayUnit.MINUTE`: "Minute". */
    export type MINUTE = typeof WebhookRetryConfigV3Dto.delayUnit.MINUTE;
    /** The type of `delayUnit.HOUR`: "Hour". */
    export type HOUR = typeof WebhookRetryConfigV3Dto.delayUnit.HOUR;
    /** The type of `delayUnit.DAY`: "Day". */
    export type DAY = typeof WebhookRetryConfigV3Dto.delayUnit.DAY;
  }
}
