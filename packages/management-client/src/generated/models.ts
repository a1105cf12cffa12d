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
export namespace AddDepartmentMembersReqDto {
  /** The values of `AddDepartmentMembersReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `AddDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `addPolicyUserAttribution`.
 */
export type AddInvitationPolicyUserAttributionDto = Schemas.AddInvitationPolicyUserAttributionDto;
/** Run-time enums of {@link AddInvitationPolicyUserAttributionDto}'s properties, named as in the official SDK. */
export namespace AddInvitationPolicyUserAttributionDto {
  /** The values of `AddInvitationPolicyUserAttributionDto.targetType`, by member name. */
  export const targetType = {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  } as const;
  /** One of the values of `AddInvitationPolicyUserAttributionDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Request body of `addTenantDepartmentMembers`.
 */
export type AddTenantDepartmentMembersReqDto = Schemas.AddTenantDepartmentMembersReqDto;
/** Run-time enums of {@link AddTenantDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export namespace AddTenantDepartmentMembersReqDto {
  /** The values of `AddTenantDepartmentMembersReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `AddTenantDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `addWhitelist`.
 */
export type AddWhitelistDto = Schemas.AddWhitelistDto;
/** Run-time enums of {@link AddWhitelistDto}'s properties, named as in the official SDK. */
export namespace AddWhitelistDto {
  /** The values of `AddWhitelistDto.type`, by member name. */
  export const type = {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  } as const;
  /** One of the values of `AddWhitelistDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `addWhitelistOfApp`.
 */
export type AddWhitelistOfAppDto = Schemas.AddWhitelistOfAppDto;
/** Run-time enums of {@link AddWhitelistOfAppDto}'s properties, named as in the official SDK. */
export namespace AddWhitelistOfAppDto {
  /** The values of `AddWhitelistOfAppDto.type`, by member name. */
  export const type = {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  } as const;
  /** One of the values of `AddWhitelistOfAppDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `AdminAuditLogRespData.list`.
 */
export type AdminAuditLogDto = Schemas.AdminAuditLogDto;
/** Run-time enums of {@link AdminAuditLogDto}'s properties, named as in the official SDK. */
export namespace AdminAuditLogDto {
  /** The values of `AdminAuditLogDto.operationType`, by member name. */
  export const operationType = {
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
  } as const;
  /** One of the values of `AdminAuditLogDto.operationType`. */
  export type operationType = (typeof operationType)[keyof typeof operationType];
  /** The values of `AdminAuditLogDto.resourceType`, by member name. */
  export const resourceType = {
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
  } as const;
  /** One of the values of `AdminAuditLogDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Part of `AppListRespDto.data`.
 */
export type AppDto = Schemas.AppDto;
/** Run-time enums of {@link AppDto}'s properties, named as in the official SDK. */
export namespace AppDto {
  /** The values of `AppDto.appDefaultLoginStrategy`, by member name. */
  export const appDefaultLoginStrategy = {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  } as const;
  /** One of the values of `AppDto.appDefaultLoginStrategy`. */
  export type appDefaultLoginStrategy = (typeof appDefaultLoginStrategy)[keyof typeof appDefaultLoginStrategy];
}

/**
 * Part of `ExtendsFieldDto.validateRules` and `UpdateExtendsFieldDto.validateRules`.
 */
export type AppValidateRuleDto = Schemas.AppValidateRuleDto;
/** Run-time enums of {@link AppValidateRuleDto}'s properties, named as in the official SDK. */
export namespace AppValidateRuleDto {
  /** The values of `AppValidateRuleDto.type`, by member name. */
  export const type = {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  } as const;
  /** One of the values of `AppValidateRuleDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `AppValidateRuleDto.content`, by member name. */
  export const content = {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  } as const;
  /** One of the values of `AppValidateRuleDto.content`. */
  export type content = (typeof content)[keyof typeof content];
}

/**
 * Part of `ApplicationBrandingConfig.agreements`.
 */
export type ApplicationAgreementDto = Schemas.ApplicationAgreementDto;
/** Run-time enums of {@link ApplicationAgreementDto}'s properties, named as in the official SDK. */
export namespace ApplicationAgreementDto {
  /** The values of `ApplicationAgreementDto.lang`, by member name. */
  export const lang = {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  } as const;
  /** One of the values of `ApplicationAgreementDto.lang`. */
  export type lang = (typeof lang)[keyof typeof lang];
}

/**
 * Part of `ApplicationDto.brandingConfig` and `CreateApplicationRespDataDto.brandingConfig`.
 */
export type ApplicationBrandingConfig = Schemas.ApplicationBrandingConfig;
/** Run-time enums of {@link ApplicationBrandingConfig}'s properties, named as in the official SDK. */
export namespace ApplicationBrandingConfig {
  /** The values of `ApplicationBrandingConfig.guardVersion`, by member name. */
  export const guardVersion = {
    ADVANCED: "Advanced",
    CLASSICAL: "Classical",
  } as const;
  /** One of the values of `ApplicationBrandingConfig.guardVersion`. */
  export type guardVersion = (typeof guardVersion)[keyof typeof guardVersion];
  /** The values of `ApplicationBrandingConfig.defaultLanguage`, by member name. */
  export const defaultLanguage = {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  } as const;
  /** One of the values of `ApplicationBrandingConfig.defaultLanguage`. */
  export type defaultLanguage = (typeof defaultLanguage)[keyof typeof defaultLanguage];
}

/**
 * Part of `CreateApplicationDto.brandingConfig` and `UpdateApplicationDto.brandingConfig`.
 */
export type ApplicationBrandingConfigInputDto = Schemas.ApplicationBrandingConfigInputDto;
/** Run-time enums of {@link ApplicationBrandingConfigInputDto}'s properties, named as in the official SDK. */
export namespace ApplicationBrandingConfigInputDto {
  /** The values of `ApplicationBrandingConfigInputDto.guardVersion`, by member name. */
  export const guardVersion = {
    ADVANCED: "Advanced",
    CLASSICAL: "Classical",
  } as const;
  /** One of the values of `ApplicationBrandingConfigInputDto.guardVersion`. */
  export type guardVersion = (typeof guardVersion)[keyof typeof guardVersion];
  /** The values of `ApplicationBrandingConfigInputDto.defaultLanguage`, by member name. */
  export const defaultLanguage = {
    ZH_CN: "zh-CN",
    EN_US: "en-US",
    ZH_TW: "zh-TW",
    JA_JP: "ja-JP",
  } as const;
  /** One of the values of `ApplicationBrandingConfigInputDto.defaultLanguage`. */
  export type defaultLanguage = (typeof defaultLanguage)[keyof typeof defaultLanguage];
}

/**
 * Part of `ApplicationLoginConfigDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethod = Schemas.ApplicationDefaultLoginMethod;
/** Run-time enums of {@link ApplicationDefaultLoginMethod}'s properties, named as in the official SDK. */
export namespace ApplicationDefaultLoginMethod {
  /** The values of `ApplicationDefaultLoginMethod.connectionType`, by member name. */
  export const connectionType = {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
    QRCODE: "QRCODE",
    LDAP: "LDAP",
    AD: "AD",
  } as const;
  /** One of the values of `ApplicationDefaultLoginMethod.connectionType`. */
  export type connectionType = (typeof connectionType)[keyof typeof connectionType];
  /** The values of `ApplicationDefaultLoginMethod.qrcodeType`, by member name. */
  export const qrcodeType = {
    SELF_BUILT_APP: "SELF_BUILT_APP",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
    WECHAT_MINI_PROGRAM: "WECHAT_MINI_PROGRAM",
  } as const;
  /** One of the values of `ApplicationDefaultLoginMethod.qrcodeType`. */
  export type qrcodeType = (typeof qrcodeType)[keyof typeof qrcodeType];
}

/**
 * Part of `ApplicationLoginConfigInputDto.defaultLoginMethod` and `UpdateApplicationLoginConfigInputDto.defaultLoginMethod`.
 */
export type ApplicationDefaultLoginMethodInput = Schemas.ApplicationDefaultLoginMethodInput;
/** Run-time enums of {@link ApplicationDefaultLoginMethodInput}'s properties, named as in the official SDK. */
export namespace ApplicationDefaultLoginMethodInput {
  /** The values of `ApplicationDefaultLoginMethodInput.connectionType`, by member name. */
  export const connectionType = {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
    QRCODE: "QRCODE",
    LDAP: "LDAP",
    AD: "AD",
  } as const;
  /** One of the values of `ApplicationDefaultLoginMethodInput.connectionType`. */
  export type connectionType = (typeof connectionType)[keyof typeof connectionType];
  /** The values of `ApplicationDefaultLoginMethodInput.qrcodeType`, by member name. */
  export const qrcodeType = {
    SELF_BUILT_APP: "SELF_BUILT_APP",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
    WECHAT_MINI_PROGRAM: "WECHAT_MINI_PROGRAM",
  } as const;
  /** One of the values of `ApplicationDefaultLoginMethodInput.qrcodeType`. */
  export type qrcodeType = (typeof qrcodeType)[keyof typeof qrcodeType];
}

/**
 * What `getVerifyConfigApp` answers.
 */
export type ApplicationDto = Schemas.ApplicationDto;
/** Run-time enums of {@link ApplicationDto}'s properties, named as in the official SDK. */
export namespace ApplicationDto {
  /** The values of `ApplicationDto.appType`, by member name. */
  export const appType = {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  } as const;
  /** One of the values of `ApplicationDto.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
  /** The values of `ApplicationDto.defaultProtocol`, by member name. */
  export const defaultProtocol = {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  } as const;
  /** One of the values of `ApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof defaultProtocol)[keyof typeof defaultProtocol];
}

/**
 * Part of `ApplicationLoginConfigDto.enabledExtIdpConns`.
 */
export type ApplicationEnabledExtIdpConnDto = Schemas.ApplicationEnabledExtIdpConnDto;
/** Run-time enums of {@link ApplicationEnabledExtIdpConnDto}'s properties, named as in the official SDK. */
export namespace ApplicationEnabledExtIdpConnDto {
  /** The values of `ApplicationEnabledExtIdpConnDto.extIdpType`, by member name. */
  export const extIdpType = {
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
  } as const;
  /** One of the values of `ApplicationEnabledExtIdpConnDto.extIdpType`. */
  export type extIdpType = (typeof extIdpType)[keyof typeof extIdpType];
  /** The values of `ApplicationEnabledExtIdpConnDto.extIdpConnType`, by member name. */
  export const extIdpConnType = {
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
  } as const;
  /** One of the values of `ApplicationEnabledExtIdpConnDto.extIdpConnType`. */
  export type extIdpConnType = (typeof extIdpConnType)[keyof typeof extIdpConnType];
}

/**
 * Part of `AuthorizeApplicationAccessDto.list`.
 */
export type ApplicationPermissionRecordItem = Schemas.ApplicationPermissionRecordItem;
/** Run-time enums of {@link ApplicationPermissionRecordItem}'s properties, named as in the official SDK. */
export namespace ApplicationPermissionRecordItem {
  /** The values of `ApplicationPermissionRecordItem.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
  } as const;
  /** One of the values of `ApplicationPermissionRecordItem.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
  /** The values of `ApplicationPermissionRecordItem.effect`, by member name. */
  export const effect = {
    ALLOW: "ALLOW",
    DENY: "DENY",
  } as const;
  /** One of the values of `ApplicationPermissionRecordItem.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
}

/**
 * Part of `ApplicationDto.registerConfig` and `CreateApplicationRespDataDto.registerConfig`.
 */
export type ApplicationRegisterConfig = Schemas.ApplicationRegisterConfig;
/** Run-time enums of {@link ApplicationRegisterConfig}'s properties, named as in the official SDK. */
export namespace ApplicationRegisterConfig {
  /** The values of `ApplicationRegisterConfig.defaultRegisterMethod`, by member name. */
  export const defaultRegisterMethod = {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
  } as const;
  /** One of the values of `ApplicationRegisterConfig.defaultRegisterMethod`. */
  export type defaultRegisterMethod = (typeof defaultRegisterMethod)[keyof typeof defaultRegisterMethod];
}

/**
 * Part of `CreateApplicationDto.registerConfig` and `UpdateApplicationDto.registerConfig`.
 */
export type ApplicationRegisterConfigInputDto = Schemas.ApplicationRegisterConfigInputDto;
/** Run-time enums of {@link ApplicationRegisterConfigInputDto}'s properties, named as in the official SDK. */
export namespace ApplicationRegisterConfigInputDto {
  /** The values of `ApplicationRegisterConfigInputDto.defaultRegisterMethod`, by member name. */
  export const defaultRegisterMethod = {
    PASSCODE: "PASSCODE",
    PASSWORD: "PASSWORD",
  } as const;
  /** One of the values of `ApplicationRegisterConfigInputDto.defaultRegisterMethod`. */
  export type defaultRegisterMethod = (typeof defaultRegisterMethod)[keyof typeof defaultRegisterMethod];
}

/**
 * Part of `ApplicationSimpleInfoPaginatedDataDto.list` and `ApplicationSimpleInfoSingleRespDto.data`.
 */
export type ApplicationSimpleInfoDto = Schemas.ApplicationSimpleInfoDto;
/** Run-time enums of {@link ApplicationSimpleInfoDto}'s properties, named as in the official SDK. */
export namespace ApplicationSimpleInfoDto {
  /** The values of `ApplicationSimpleInfoDto.appType`, by member name. */
  export const appType = {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  } as const;
  /** One of the values of `ApplicationSimpleInfoDto.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
}

/**
 * Part of `ApprovalDetailRes.data` and `ApprovalPageList.list`.
 */
export type ApprovalDetailDto = Schemas.ApprovalDetailDto;
/** Run-time enums of {@link ApprovalDetailDto}'s properties, named as in the official SDK. */
export namespace ApprovalDetailDto {
  /** The values of `ApprovalDetailDto.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    AGREED: "AGREED",
    REFUSED: "REFUSED",
  } as const;
  /** One of the values of `ApprovalDetailDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `ApprovalDetailDto.objectType`, by member name. */
  export const objectType = {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  } as const;
  /** One of the values of `ApprovalDetailDto.objectType`. */
  export type objectType = (typeof objectType)[keyof typeof objectType];
}

/**
 * Part of `GetAsaAccountAssignedTargetDataDto.list`.
 */
export type AsaAccountTargetDto = Schemas.AsaAccountTargetDto;
/** Run-time enums of {@link AsaAccountTargetDto}'s properties, named as in the official SDK. */
export namespace AsaAccountTargetDto {
  /** The values of `AsaAccountTargetDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `AsaAccountTargetDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `AssignAsaAccountsDto.targets`.
 */
export type AssignAsaAccountItem = Schemas.AssignAsaAccountItem;
/** Run-time enums of {@link AssignAsaAccountItem}'s properties, named as in the official SDK. */
export namespace AssignAsaAccountItem {
  /** The values of `AssignAsaAccountItem.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `AssignAsaAccountItem.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `CheckExternalUserPermissionDto.authEnvParams`, `CheckPermissionDto.authEnvParams` and `CheckUserSameLevelPermissionDto.authEnvParams`.
 */
export type AuthEnvParams = Schemas.AuthEnvParams;
/** Run-time enums of {@link AuthEnvParams}'s properties, named as in the official SDK. */
export namespace AuthEnvParams {
  /** The values of `AuthEnvParams.deviceType`, by member name. */
  export const deviceType = {
    PC: "PC",
    MOBILE: "Mobile",
  } as const;
  /** One of the values of `AuthEnvParams.deviceType`. */
  export type deviceType = (typeof deviceType)[keyof typeof deviceType];
  /** The values of `AuthEnvParams.systemType`, by member name. */
  export const systemType = {
    WINDOWS: "Windows",
    MAC_OS: "MacOS",
    ANDROID: "Android",
    I_OS: "iOS",
  } as const;
  /** One of the values of `AuthEnvParams.systemType`. */
  export type systemType = (typeof systemType)[keyof typeof systemType];
  /** The values of `AuthEnvParams.browserType`, by member name. */
  export const browserType = {
    IE: "IE",
    CHROME: "Chrome",
    FIREFOX: "Firefox",
    SAFARI: "Safari",
    EDGE: "Edge",
    OPERA: "Opera",
    SAFE360: "Safe360",
    QQBROWSER: "QQBrowser",
  } as const;
  /** One of the values of `AuthEnvParams.browserType`. */
  export type browserType = (typeof browserType)[keyof typeof browserType];
}

/**
 * Part of `AuthorizeResourcesDto.list`.
 */
export type AuthorizeResourceItem = Schemas.AuthorizeResourceItem;
/** Run-time enums of {@link AuthorizeResourceItem}'s properties, named as in the official SDK. */
export namespace AuthorizeResourceItem {
  /** The values of `AuthorizeResourceItem.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `AuthorizeResourceItem.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `AuthorizedResourceListRespDto.data` and `AuthorizedResourcePagingDto.list`.
 */
export type AuthorizedResourceDto = Schemas.AuthorizedResourceDto;
/** Run-time enums of {@link AuthorizedResourceDto}'s properties, named as in the official SDK. */
export namespace AuthorizedResourceDto {
  /** The values of `AuthorizedResourceDto.resourceType`, by member name. */
  export const resourceType = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `AuthorizedResourceDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
  /** The values of `AuthorizedResourceDto.effect`, by member name. */
  export const effect = {
    ALLOW: "ALLOW",
    DENY: "DENY",
  } as const;
  /** One of the values of `AuthorizedResourceDto.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
}

/**
 * Part of `CombineFiltersBaseDto.filters`.
 */
export type CombineFilterItemDto = Schemas.CombineFilterItemDto;
/** Run-time enums of {@link CombineFilterItemDto}'s properties, named as in the official SDK. */
export namespace CombineFilterItemDto {
  /** The values of `CombineFilterItemDto.operator`, by member name. */
  export const operator = {
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
  } as const;
  /** One of the values of `CombineFilterItemDto.operator`. */
  export type operator = (typeof operator)[keyof typeof operator];
}

/**
 * Part of `ListInvitationRosterByPolicyIdDto.filter`, `ListInvitationRosterDto.filter` and `ListInvitationUserDto.filter` and others.
 */
export type CombineFiltersBaseDto = Schemas.CombineFiltersBaseDto;
/** Run-time enums of {@link CombineFiltersBaseDto}'s properties, named as in the official SDK. */
export namespace CombineFiltersBaseDto {
  /** The values of `CombineFiltersBaseDto.type`, by member name. */
  export const type = {
    AND: "and",
    OR: "or",
  } as const;
  /** One of the values of `CombineFiltersBaseDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CommonResourcePagingDto.list`.
 */
export type CommonResourceDto = Schemas.CommonResourceDto;
/** Run-time enums of {@link CommonResourceDto}'s properties, named as in the official SDK. */
export namespace CommonResourceDto {
  /** The values of `CommonResourceDto.type`, by member name. */
  export const type = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `CommonResourceDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `configEmailProvider`.
 */
export type ConfigEmailProviderDto = Schemas.ConfigEmailProviderDto;
/** Run-time enums of {@link ConfigEmailProviderDto}'s properties, named as in the official SDK. */
export namespace ConfigEmailProviderDto {
  /** The values of `ConfigEmailProviderDto.type`, by member name. */
  export const type = {
    ALI: "ali",
    QQ: "qq",
    SENDGRID: "sendgrid",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `ConfigEmailProviderDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createApplication`.
 */
export type CreateApplicationDto = Schemas.CreateApplicationDto;
/** Run-time enums of {@link CreateApplicationDto}'s properties, named as in the official SDK. */
export namespace CreateApplicationDto {
  /** The values of `CreateApplicationDto.appType`, by member name. */
  export const appType = {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  } as const;
  /** One of the values of `CreateApplicationDto.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
  /** The values of `CreateApplicationDto.defaultProtocol`, by member name. */
  export const defaultProtocol = {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  } as const;
  /** One of the values of `CreateApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof defaultProtocol)[keyof typeof defaultProtocol];
}

/**
 * Part of `CreateApplicationRespDto.data`.
 */
export type CreateApplicationRespDataDto = Schemas.CreateApplicationRespDataDto;
/** Run-time enums of {@link CreateApplicationRespDataDto}'s properties, named as in the official SDK. */
export namespace CreateApplicationRespDataDto {
  /** The values of `CreateApplicationRespDataDto.appType`, by member name. */
  export const appType = {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  } as const;
  /** One of the values of `CreateApplicationRespDataDto.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
  /** The values of `CreateApplicationRespDataDto.defaultProtocol`, by member name. */
  export const defaultProtocol = {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  } as const;
  /** One of the values of `CreateApplicationRespDataDto.defaultProtocol`. */
  export type defaultProtocol = (typeof defaultProtocol)[keyof typeof defaultProtocol];
}

/**
 * Part of `CreateArrayDataResourceResponseDto.data`.
 */
export type CreateArrayDataResourceRespDto = Schemas.CreateArrayDataResourceRespDto;
/** Run-time enums of {@link CreateArrayDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace CreateArrayDataResourceRespDto {
  /** The values of `CreateArrayDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `CreateArrayDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createDataResource`.
 */
export type CreateDataResourceDto = Schemas.CreateDataResourceDto;
/** Run-time enums of {@link CreateDataResourceDto}'s properties, named as in the official SDK. */
export namespace CreateDataResourceDto {
  /** The values of `CreateDataResourceDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `CreateDataResourceDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CreateDataResourceResponseDto.data`.
 */
export type CreateDataResourceRespDto = Schemas.CreateDataResourceRespDto;
/** Run-time enums of {@link CreateDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace CreateDataResourceRespDto {
  /** The values of `CreateDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `CreateDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createDepartment`.
 */
export type CreateDepartmentReqDto = Schemas.CreateDepartmentReqDto;
/** Run-time enums of {@link CreateDepartmentReqDto}'s properties, named as in the official SDK. */
export namespace CreateDepartmentReqDto {
  /** The values of `CreateDepartmentReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `CreateDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `createDnef`.
 */
export type CreateDnefReq = Schemas.CreateDnefReq;
/** Run-time enums of {@link CreateDnefReq}'s properties, named as in the official SDK. */
export namespace CreateDnefReq {
  /** The values of `CreateDnefReq.valueType`, by member name. */
  export const valueType = {
    STRING: "STRING",
    SELECT: "SELECT",
  } as const;
  /** One of the values of `CreateDnefReq.valueType`. */
  export type valueType = (typeof valueType)[keyof typeof valueType];
}

/**
 * Request body of `createExtIdpConn`.
 */
export type CreateExtIdpConnDto = Schemas.CreateExtIdpConnDto;
/** Run-time enums of {@link CreateExtIdpConnDto}'s properties, named as in the official SDK. */
export namespace CreateExtIdpConnDto {
  /** The values of `CreateExtIdpConnDto.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `CreateExtIdpConnDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createExtIdp`.
 */
export type CreateExtIdpDto = Schemas.CreateExtIdpDto;
/** Run-time enums of {@link CreateExtIdpDto}'s properties, named as in the official SDK. */
export namespace CreateExtIdpDto {
  /** The values of `CreateExtIdpDto.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `CreateExtIdpDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createModel`.
 */
export type CreateFunctionModelDto = Schemas.CreateFunctionModelDto;
/** Run-time enums of {@link CreateFunctionModelDto}'s properties, named as in the official SDK. */
export namespace CreateFunctionModelDto {
  /** The values of `CreateFunctionModelDto.type`, by member name. */
  export const type = {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `CreateFunctionModelDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `CreateFunctionModelDto.dataType`, by member name. */
  export const dataType = {
    LIST: "list",
    TREE: "tree",
  } as const;
  /** One of the values of `CreateFunctionModelDto.dataType`. */
  export type dataType = (typeof dataType)[keyof typeof dataType];
}

/**
 * Request body of `createField`.
 */
export type CreateFunctionModelFieldDto = Schemas.CreateFunctionModelFieldDto;
/** Run-time enums of {@link CreateFunctionModelFieldDto}'s properties, named as in the official SDK. */
export namespace CreateFunctionModelFieldDto {
  /** The values of `CreateFunctionModelFieldDto.type`, by member name. */
  export const type = {
    TEXT: "Text",
    TEXTAREA: "Textarea",
    NUMBER: "Number",
    BOOLEAN: "Boolean",
    DATE: "Date",
    ENUM: "Enum",
    RELATION: "Relation",
    REVERSE_RELATION: "ReverseRelation",
    ARRAY: "Array",
  } as const;
  /** One of the values of `CreateFunctionModelFieldDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CreateUserInfoDto.identities` and `CreateUserReqDto.identities`.
 */
export type CreateIdentityDto = Schemas.CreateIdentityDto;
/** Run-time enums of {@link CreateIdentityDto}'s properties, named as in the official SDK. */
export namespace CreateIdentityDto {
  /** The values of `CreateIdentityDto.provider`, by member name. */
  export const provider = {
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
  } as const;
  /** One of the values of `CreateIdentityDto.provider`. */
  export type provider = (typeof provider)[keyof typeof provider];
}

/**
 * Request body of `createInvitationPolicy`.
 */
export type CreateInvitationPolicyDto = Schemas.CreateInvitationPolicyDto;
/** Run-time enums of {@link CreateInvitationPolicyDto}'s properties, named as in the official SDK. */
export namespace CreateInvitationPolicyDto {
  /** The values of `CreateInvitationPolicyDto.inviteMethod`, by member name. */
  export const inviteMethod = {
    EMAIL: "email",
  } as const;
  /** One of the values of `CreateInvitationPolicyDto.inviteMethod`. */
  export type inviteMethod = (typeof inviteMethod)[keyof typeof inviteMethod];
  /** The values of `CreateInvitationPolicyDto.sendVerifyCodeMethod`, by member name. */
  export const sendVerifyCodeMethod = {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  } as const;
  /** One of the values of `CreateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof sendVerifyCodeMethod)[keyof typeof sendVerifyCodeMethod];
}

/**
 * Request body of `createPipelineFunction`.
 */
export type CreatePipelineFunctionDto = Schemas.CreatePipelineFunctionDto;
/** Run-time enums of {@link CreatePipelineFunctionDto}'s properties, named as in the official SDK. */
export namespace CreatePipelineFunctionDto {
  /** The values of `CreatePipelineFunctionDto.scene`, by member name. */
  export const scene = {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  } as const;
  /** One of the values of `CreatePipelineFunctionDto.scene`. */
  export type scene = (typeof scene)[keyof typeof scene];
}

/**
 * Part of `CreatePublicAccountBatchReqDto.options` and `CreatePublicAccountReqDto.options`.
 */
export type CreatePublicAccountOptionsDto = Schemas.CreatePublicAccountOptionsDto;
/** Run-time enums of {@link CreatePublicAccountOptionsDto}'s properties, named as in the official SDK. */
export namespace CreatePublicAccountOptionsDto {
  /** The values of `CreatePublicAccountOptionsDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `CreatePublicAccountOptionsDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
  /** The values of `CreatePublicAccountOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `CreatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Request body of `createPublicAccount`.
 */
export type CreatePublicAccountReqDto = Schemas.CreatePublicAccountReqDto;
/** Run-time enums of {@link CreatePublicAccountReqDto}'s properties, named as in the official SDK. */
export namespace CreatePublicAccountReqDto {
  /** The values of `CreatePublicAccountReqDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `CreatePublicAccountReqDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `CreatePublicAccountReqDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `CreatePublicAccountReqDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `CreateResourcesBatchDto.list`.
 */
export type CreateResourceBatchItemDto = Schemas.CreateResourceBatchItemDto;
/** Run-time enums of {@link CreateResourceBatchItemDto}'s properties, named as in the official SDK. */
export namespace CreateResourceBatchItemDto {
  /** The values of `CreateResourceBatchItemDto.type`, by member name. */
  export const type = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `CreateResourceBatchItemDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createResource`.
 */
export type CreateResourceDto = Schemas.CreateResourceDto;
/** Run-time enums of {@link CreateResourceDto}'s properties, named as in the official SDK. */
export namespace CreateResourceDto {
  /** The values of `CreateResourceDto.type`, by member name. */
  export const type = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `CreateResourceDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CreateStringDataResourceResponseDto.data`.
 */
export type CreateStringDataResourceRespDto = Schemas.CreateStringDataResourceRespDto;
/** Run-time enums of {@link CreateStringDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace CreateStringDataResourceRespDto {
  /** The values of `CreateStringDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `CreateStringDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `createSyncTask`.
 */
export type CreateSyncTaskDto = Schemas.CreateSyncTaskDto;
/** Run-time enums of {@link CreateSyncTaskDto}'s properties, named as in the official SDK. */
export namespace CreateSyncTaskDto {
  /** The values of `CreateSyncTaskDto.syncTaskTrigger`, by member name. */
  export const syncTaskTrigger = {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  } as const;
  /** One of the values of `CreateSyncTaskDto.syncTaskTrigger`. */
  export type syncTaskTrigger = (typeof syncTaskTrigger)[keyof typeof syncTaskTrigger];
  /** The values of `CreateSyncTaskDto.syncTaskFlow`, by member name. */
  export const syncTaskFlow = {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  } as const;
  /** One of the values of `CreateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof syncTaskFlow)[keyof typeof syncTaskFlow];
  /** The values of `CreateSyncTaskDto.syncTaskType`, by member name. */
  export const syncTaskType = {
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
  } as const;
  /** One of the values of `CreateSyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof syncTaskType)[keyof typeof syncTaskType];
}

/**
 * Part of `CreateTenantUserReqDto.options`.
 */
export type CreateTenantUserOptionsDto = Schemas.CreateTenantUserOptionsDto;
/** Run-time enums of {@link CreateTenantUserOptionsDto}'s properties, named as in the official SDK. */
export namespace CreateTenantUserOptionsDto {
  /** The values of `CreateTenantUserOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `CreateTenantUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Request body of `createTenantUser`.
 */
export type CreateTenantUserReqDto = Schemas.CreateTenantUserReqDto;
/** Run-time enums of {@link CreateTenantUserReqDto}'s properties, named as in the official SDK. */
export namespace CreateTenantUserReqDto {
  /** The values of `CreateTenantUserReqDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `CreateTenantUserReqDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Request body of `createDevice`, `addDevice` and `createVerifyDevice`.
 */
export type CreateTerminalDto = Schemas.CreateTerminalDto;
/** Run-time enums of {@link CreateTerminalDto}'s properties, named as in the official SDK. */
export namespace CreateTerminalDto {
  /** The values of `CreateTerminalDto.type`, by member name. */
  export const type = {
    BROWSER: "Browser",
    MOBILE: "Mobile",
    DESKTOP: "Desktop",
  } as const;
  /** One of the values of `CreateTerminalDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CreateTreeDataResourceResponseDto.data`.
 */
export type CreateTreeDataResourceRespDto = Schemas.CreateTreeDataResourceRespDto;
/** Run-time enums of {@link CreateTreeDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace CreateTreeDataResourceRespDto {
  /** The values of `CreateTreeDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `CreateTreeDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `CreateUserBatchReqDto.list`.
 */
export type CreateUserInfoDto = Schemas.CreateUserInfoDto;
/** Run-time enums of {@link CreateUserInfoDto}'s properties, named as in the official SDK. */
export namespace CreateUserInfoDto {
  /** The values of `CreateUserInfoDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `CreateUserInfoDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `CreateUserInfoDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `CreateUserInfoDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `CreateUserBatchReqDto.options` and `CreateUserReqDto.options`.
 */
export type CreateUserOptionsDto = Schemas.CreateUserOptionsDto;
/** Run-time enums of {@link CreateUserOptionsDto}'s properties, named as in the official SDK. */
export namespace CreateUserOptionsDto {
  /** The values of `CreateUserOptionsDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `CreateUserOptionsDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
  /** The values of `CreateUserOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `CreateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Request body of `createUser`.
 */
export type CreateUserReqDto = Schemas.CreateUserReqDto;
/** Run-time enums of {@link CreateUserReqDto}'s properties, named as in the official SDK. */
export namespace CreateUserReqDto {
  /** The values of `CreateUserReqDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `CreateUserReqDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `CreateUserReqDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `CreateUserReqDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Request body of `createWebhook`.
 */
export type CreateWebhookDto = Schemas.CreateWebhookDto;
/** Run-time enums of {@link CreateWebhookDto}'s properties, named as in the official SDK. */
export namespace CreateWebhookDto {
  /** The values of `CreateWebhookDto.contentType`, by member name. */
  export const contentType = {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  } as const;
  /** One of the values of `CreateWebhookDto.contentType`. */
  export type contentType = (typeof contentType)[keyof typeof contentType];
}

/**
 * Part of `CustomFieldListRespDto.data`.
 */
export type CustomFieldDto = Schemas.CustomFieldDto;
/** Run-time enums of {@link CustomFieldDto}'s properties, named as in the official SDK. */
export namespace CustomFieldDto {
  /** The values of `CustomFieldDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `CustomFieldDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
  /** The values of `CustomFieldDto.dataType`, by member name. */
  export const dataType = {
    STRING: "STRING",
    NUMBER: "NUMBER",
    DATETIME: "DATETIME",
    BOOLEAN: "BOOLEAN",
    ENUM: "ENUM",
  } as const;
  /** One of the values of `CustomFieldDto.dataType`. */
  export type dataType = (typeof dataType)[keyof typeof dataType];
}

/**
 * Part of `CreateDataPolicyDto.statementList` and `UpdateDataPolicyDto.statementList`.
 */
export type DataStatementPermissionDto = Schemas.DataStatementPermissionDto;
/** Run-time enums of {@link DataStatementPermissionDto}'s properties, named as in the official SDK. */
export namespace DataStatementPermissionDto {
  /** The values of `DataStatementPermissionDto.effect`, by member name. */
  export const effect = {
    DENY: "DENY",
    ALLOW: "ALLOW",
  } as const;
  /** One of the values of `DataStatementPermissionDto.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
}

/**
 * Part of `ListDataPolicySubjectPageDto.list`.
 */
export type DataSubjectRespDto = Schemas.DataSubjectRespDto;
/** Run-time enums of {@link DataSubjectRespDto}'s properties, named as in the official SDK. */
export namespace DataSubjectRespDto {
  /** The values of `DataSubjectRespDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  } as const;
  /** One of the values of `DataSubjectRespDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `CreateInvitationPolicyDto.defaultPasswordConfig` and `UpdateInvitationPolicyDto.defaultPasswordConfig`.
 */
export type DefaultPasswordConfigDto = Schemas.DefaultPasswordConfigDto;
/** Run-time enums of {@link DefaultPasswordConfigDto}'s properties, named as in the official SDK. */
export namespace DefaultPasswordConfigDto {
  /** The values of `DefaultPasswordConfigDto.type`, by member name. */
  export const type = {
    RANDOM: "random",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `DefaultPasswordConfigDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `RevokeApplicationAccessDto.list`.
 */
export type DeleteApplicationPermissionRecordItem = Schemas.DeleteApplicationPermissionRecordItem;
/** Run-time enums of {@link DeleteApplicationPermissionRecordItem}'s properties, named as in the official SDK. */
export namespace DeleteApplicationPermissionRecordItem {
  /** The values of `DeleteApplicationPermissionRecordItem.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
  } as const;
  /** One of the values of `DeleteApplicationPermissionRecordItem.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Request body of `revokeDataPolicy`.
 */
export type DeleteAuthorizeDataPolicyDto = Schemas.DeleteAuthorizeDataPolicyDto;
/** Run-time enums of {@link DeleteAuthorizeDataPolicyDto}'s properties, named as in the official SDK. */
export namespace DeleteAuthorizeDataPolicyDto {
  /** The values of `DeleteAuthorizeDataPolicyDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  } as const;
  /** One of the values of `DeleteAuthorizeDataPolicyDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `DeleteCustomFieldsReqDto.list`.
 */
export type DeleteCustomFieldDto = Schemas.DeleteCustomFieldDto;
/** Run-time enums of {@link DeleteCustomFieldDto}'s properties, named as in the official SDK. */
export namespace DeleteCustomFieldDto {
  /** The values of `DeleteCustomFieldDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `DeleteCustomFieldDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Request body of `deleteDepartment`.
 */
export type DeleteDepartmentReqDto = Schemas.DeleteDepartmentReqDto;
/** Run-time enums of {@link DeleteDepartmentReqDto}'s properties, named as in the official SDK. */
export namespace DeleteDepartmentReqDto {
  /** The values of `DeleteDepartmentReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `DeleteDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `deleteDepartmentSyncRelations`.
 */
export type DeleteDepartmentSyncRelationReqDto = Schemas.DeleteDepartmentSyncRelationReqDto;
/** Run-time enums of {@link DeleteDepartmentSyncRelationReqDto}'s properties, named as in the official SDK. */
export namespace DeleteDepartmentSyncRelationReqDto {
  /** The values of `DeleteDepartmentSyncRelationReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `DeleteDepartmentSyncRelationReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Part of `DeletePublicAccountsBatchDto.options`.
 */
export type DeletePublicAccountsBatchOptionsDto = Schemas.DeletePublicAccountsBatchOptionsDto;
/** Run-time enums of {@link DeletePublicAccountsBatchOptionsDto}'s properties, named as in the official SDK. */
export namespace DeletePublicAccountsBatchOptionsDto {
  /** The values of `DeletePublicAccountsBatchOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `DeletePublicAccountsBatchOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Request body of `deleteUserSyncRelations`.
 */
export type DeleteUserSyncRelationReqDto = Schemas.DeleteUserSyncRelationReqDto;
/** Run-time enums of {@link DeleteUserSyncRelationReqDto}'s properties, named as in the official SDK. */
export namespace DeleteUserSyncRelationReqDto {
  /** The values of `DeleteUserSyncRelationReqDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `DeleteUserSyncRelationReqDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `DeleteUsersBatchDto.options`.
 */
export type DeleteUsersBatchOptionsDto = Schemas.DeleteUsersBatchOptionsDto;
/** Run-time enums of {@link DeleteUsersBatchOptionsDto}'s properties, named as in the official SDK. */
export namespace DeleteUsersBatchOptionsDto {
  /** The values of `DeleteUsersBatchOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `DeleteUsersBatchOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Request body of `deleteWhitelist`.
 */
export type DeleteWhitelistDto = Schemas.DeleteWhitelistDto;
/** Run-time enums of {@link DeleteWhitelistDto}'s properties, named as in the official SDK. */
export namespace DeleteWhitelistDto {
  /** The values of `DeleteWhitelistDto.type`, by member name. */
  export const type = {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  } as const;
  /** One of the values of `DeleteWhitelistDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `deleteWhitelistOfApp`.
 */
export type DeleteWhitelistOfAppDto = Schemas.DeleteWhitelistOfAppDto;
/** Run-time enums of {@link DeleteWhitelistOfAppDto}'s properties, named as in the official SDK. */
export namespace DeleteWhitelistOfAppDto {
  /** The values of `DeleteWhitelistOfAppDto.type`, by member name. */
  export const type = {
    USERNAME: "USERNAME",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
  } as const;
  /** One of the values of `DeleteWhitelistOfAppDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `SearchDepartmentsListReqDto.sort`.
 */
export type DepartmentSortingDto = Schemas.DepartmentSortingDto;
/** Run-time enums of {@link DepartmentSortingDto}'s properties, named as in the official SDK. */
export namespace DepartmentSortingDto {
  /** The values of `DepartmentSortingDto.field`, by member name. */
  export const field = {
    UPDATED_AT: "updatedAt",
    CREATED_AT: "createdAt",
    NAME: "name",
  } as const;
  /** One of the values of `DepartmentSortingDto.field`. */
  export type field = (typeof field)[keyof typeof field];
  /** The values of `DepartmentSortingDto.order`, by member name. */
  export const order = {
    DESC: "desc",
    ASC: "asc",
  } as const;
  /** One of the values of `DepartmentSortingDto.order`. */
  export type order = (typeof order)[keyof typeof order];
}

/**
 * Part of `DeviceStatusRespDto.data`.
 */
export type DeviceStatusResponseDataDto = Schemas.DeviceStatusResponseDataDto;
/** Run-time enums of {@link DeviceStatusResponseDataDto}'s properties, named as in the official SDK. */
export namespace DeviceStatusResponseDataDto {
  /** The values of `DeviceStatusResponseDataDto.status`, by member name. */
  export const status = {
    ACTIVATED: "activated",
    SUSPENDED: "suspended",
    DEACTIVATED: "deactivated",
  } as const;
  /** One of the values of `DeviceStatusResponseDataDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Part of `EmailProviderRespDto.data`.
 */
export type EmailProviderDto = Schemas.EmailProviderDto;
/** Run-time enums of {@link EmailProviderDto}'s properties, named as in the official SDK. */
export namespace EmailProviderDto {
  /** The values of `EmailProviderDto.type`, by member name. */
  export const type = {
    ALI: "ali",
    QQ: "qq",
    SENDGRID: "sendgrid",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `EmailProviderDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `EmailTemplateSingleItemRespDto.data`, `GetEmailTemplateRespDto.data` and `GetEmailTemplatesDataDto.templates`.
 */
export type EmailTemplateDto = Schemas.EmailTemplateDto;
/** Run-time enums of {@link EmailTemplateDto}'s properties, named as in the official SDK. */
export namespace EmailTemplateDto {
  /** The values of `EmailTemplateDto.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `EmailTemplateDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `EmailTemplateDto.tplEngine`, by member name. */
  export const tplEngine = {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  } as const;
  /** One of the values of `EmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof tplEngine)[keyof typeof tplEngine];
}

/**
 * Request body of `getInviteEmailTemplate`.
 */
export type EmailTemplateQueryDto = Schemas.EmailTemplateQueryDto;
/** Run-time enums of {@link EmailTemplateQueryDto}'s properties, named as in the official SDK. */
export namespace EmailTemplateQueryDto {
  /** The values of `EmailTemplateQueryDto.scene`, by member name. */
  export const scene = {
    INVITE: "INVITE",
    WELCOME: "WELCOME",
  } as const;
  /** One of the values of `EmailTemplateQueryDto.scene`. */
  export type scene = (typeof scene)[keyof typeof scene];
}

/**
 * Part of `ExtIdpConnDetailSingleRespDto.data`.
 */
export type ExtIdpConnDetail = Schemas.ExtIdpConnDetail;
/** Run-time enums of {@link ExtIdpConnDetail}'s properties, named as in the official SDK. */
export namespace ExtIdpConnDetail {
  /** The values of `ExtIdpConnDetail.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `ExtIdpConnDetail.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `ExtIdpConnDetail.associationMode`, by member name. */
  export const associationMode = {
    NONE: "none",
    FIELD: "field",
    CHALLENGE: "challenge",
  } as const;
  /** One of the values of `ExtIdpConnDetail.associationMode`. */
  export type associationMode = (typeof associationMode)[keyof typeof associationMode];
}

/**
 * Part of `BatchCreateDnefReq.fieldList`, `CreateDataResourceDto.extendFieldList` and `CreateDataResourceRespDto.extendFieldList` and others.
 */
export type ExtendField = Schemas.ExtendField;
/** Run-time enums of {@link ExtendField}'s properties, named as in the official SDK. */
export namespace ExtendField {
  /** The values of `ExtendField.valueType`, by member name. */
  export const valueType = {
    STRING: "STRING",
    SELECT: "SELECT",
  } as const;
  /** One of the values of `ExtendField.valueType`. */
  export type valueType = (typeof valueType)[keyof typeof valueType];
}

/**
 * Part of `GetExtendsFieldsDto.extendsFields`.
 */
export type ExtendsFieldDto = Schemas.ExtendsFieldDto;
/** Run-time enums of {@link ExtendsFieldDto}'s properties, named as in the official SDK. */
export namespace ExtendsFieldDto {
  /** The values of `ExtendsFieldDto.type`, by member name. */
  export const type = {
    USER: "user",
    INTERNAL: "internal",
  } as const;
  /** One of the values of `ExtendsFieldDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `ExtendsFieldDto.inputType`, by member name. */
  export const inputType = {
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
  } as const;
  /** One of the values of `ExtendsFieldDto.inputType`. */
  export type inputType = (typeof inputType)[keyof typeof inputType];
  /** The values of `ExtendsFieldDto.source`, by member name. */
  export const source = {
    PRESET: "preset",
    MANUAL_ADD: "manual_add",
  } as const;
  /** One of the values of `ExtendsFieldDto.source`. */
  export type source = (typeof source)[keyof typeof source];
}

/**
 * Part of `FunctionModelListDto.list` and `FunctionModelResDto.data`.
 */
export type FunctionModelDto = Schemas.FunctionModelDto;
/** Run-time enums of {@link FunctionModelDto}'s properties, named as in the official SDK. */
export namespace FunctionModelDto {
  /** The values of `FunctionModelDto.dataType`, by member name. */
  export const dataType = {
    LIST: "list",
    TREE: "tree",
  } as const;
  /** One of the values of `FunctionModelDto.dataType`. */
  export type dataType = (typeof dataType)[keyof typeof dataType];
  /** The values of `FunctionModelDto.type`, by member name. */
  export const type = {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `FunctionModelDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `GetApplicationPermissionStrategyRespDto.data`.
 */
export type GetApplicationPermissionStrategyDataDto = Schemas.GetApplicationPermissionStrategyDataDto;
/** Run-time enums of {@link GetApplicationPermissionStrategyDataDto}'s properties, named as in the official SDK. */
export namespace GetApplicationPermissionStrategyDataDto {
  /** The values of `GetApplicationPermissionStrategyDataDto.permissionStrategy`, by member name. */
  export const permissionStrategy = {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  } as const;
  /** One of the values of `GetApplicationPermissionStrategyDataDto.permissionStrategy`. */
  export type permissionStrategy = (typeof permissionStrategy)[keyof typeof permissionStrategy];
}

/**
 * Part of `GetDataResourceResponseDto.data`.
 */
export type GetDataResourceRespDto = Schemas.GetDataResourceRespDto;
/** Run-time enums of {@link GetDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace GetDataResourceRespDto {
  /** The values of `GetDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `GetDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `GetDeviceExclusiveRuleRespDto.data`.
 */
export type GetDeviceExclusiveRuleDataDto = Schemas.GetDeviceExclusiveRuleDataDto;
/** Run-time enums of {@link GetDeviceExclusiveRuleDataDto}'s properties, named as in the official SDK. */
export namespace GetDeviceExclusiveRuleDataDto {
  /** The values of `GetDeviceExclusiveRuleDataDto.rule`, by member name. */
  export const rule = {
    DISABLE: "disable",
    CONDITION_DEVICE: "condition:device",
    CONDITION_IP: "condition:ip",
  } as const;
  /** One of the values of `GetDeviceExclusiveRuleDataDto.rule`. */
  export type rule = (typeof rule)[keyof typeof rule];
}

/**
 * Part of `GetDeviceExclusiveWhiteListRespDto.data`.
 */
export type GetDeviceExclusiveWhiteListDataDto = Schemas.GetDeviceExclusiveWhiteListDataDto;
/** Run-time enums of {@link GetDeviceExclusiveWhiteListDataDto}'s properties, named as in the official SDK. */
export namespace GetDeviceExclusiveWhiteListDataDto {
  /** The values of `GetDeviceExclusiveWhiteListDataDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    GROUP: "GROUP",
    ROLE: "ROLE",
  } as const;
  /** One of the values of `GetDeviceExclusiveWhiteListDataDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `GetExternalUserResourceStructRespDto.data`.
 */
export type GetExternalUserResourceStructDataDto = Schemas.GetExternalUserResourceStructDataDto;
/** Run-time enums of {@link GetExternalUserResourceStructDataDto}'s properties, named as in the official SDK. */
export namespace GetExternalUserResourceStructDataDto {
  /** The values of `GetExternalUserResourceStructDataDto.resourceType`, by member name. */
  export const resourceType = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `GetExternalUserResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Request body of `getResourceAuthorizedTargets`.
 */
export type GetResourceAuthorizedTargetsDto = Schemas.GetResourceAuthorizedTargetsDto;
/** Run-time enums of {@link GetResourceAuthorizedTargetsDto}'s properties, named as in the official SDK. */
export namespace GetResourceAuthorizedTargetsDto {
  /** The values of `GetResourceAuthorizedTargetsDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `GetResourceAuthorizedTargetsDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `GetSubjectAuthRespDto.data`.
 */
export type GetSubjectAuthDataDto = Schemas.GetSubjectAuthDataDto;
/** Run-time enums of {@link GetSubjectAuthDataDto}'s properties, named as in the official SDK. */
export namespace GetSubjectAuthDataDto {
  /** The values of `GetSubjectAuthDataDto.reqTargetType`, by member name. */
  export const reqTargetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  } as const;
  /** One of the values of `GetSubjectAuthDataDto.reqTargetType`. */
  export type reqTargetType = (typeof reqTargetType)[keyof typeof reqTargetType];
  /** The values of `GetSubjectAuthDataDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  } as const;
  /** One of the values of `GetSubjectAuthDataDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
  /** The values of `GetSubjectAuthDataDto.authType`, by member name. */
  export const authType = {
    DEFAULT: "DEFAULT",
    ALL: "ALL",
    SELF: "SELF",
    SUBJECT: "SUBJECT",
  } as const;
  /** One of the values of `GetSubjectAuthDataDto.authType`. */
  export type authType = (typeof authType)[keyof typeof authType];
}

/**
 * Request body of `getUserPasswordCiphertext`.
 */
export type GetUserPasswordCiphertextDto = Schemas.GetUserPasswordCiphertextDto;
/** Run-time enums of {@link GetUserPasswordCiphertextDto}'s properties, named as in the official SDK. */
export namespace GetUserPasswordCiphertextDto {
  /** The values of `GetUserPasswordCiphertextDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `GetUserPasswordCiphertextDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `GetUserResourceStructRespDto.data`.
 */
export type GetUserResourceStructDataDto = Schemas.GetUserResourceStructDataDto;
/** Run-time enums of {@link GetUserResourceStructDataDto}'s properties, named as in the official SDK. */
export namespace GetUserResourceStructDataDto {
  /** The values of `GetUserResourceStructDataDto.resourceType`, by member name. */
  export const resourceType = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `GetUserResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Part of `HasAnyRoleReqDto.options`.
 */
export type HasAnyRoleOptionsDto = Schemas.HasAnyRoleOptionsDto;
/** Run-time enums of {@link HasAnyRoleOptionsDto}'s properties, named as in the official SDK. */
export namespace HasAnyRoleOptionsDto {
  /** The values of `HasAnyRoleOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `HasAnyRoleOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `IdentityListRespDto.data` and `UserDto.identities`.
 */
export type IdentityDto = Schemas.IdentityDto;
/** Run-time enums of {@link IdentityDto}'s properties, named as in the official SDK. */
export namespace IdentityDto {
  /** The values of `IdentityDto.provider`, by member name. */
  export const provider = {
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
  } as const;
  /** One of the values of `IdentityDto.provider`. */
  export type provider = (typeof provider)[keyof typeof provider];
}

/**
 * Part of `CreateInvitationPolicyDto.inviteLinkConfig` and `UpdateInvitationPolicyDto.inviteLinkConfig`.
 */
export type InvitationLinkConfigDto = Schemas.InvitationLinkConfigDto;
/** Run-time enums of {@link InvitationLinkConfigDto}'s properties, named as in the official SDK. */
export namespace InvitationLinkConfigDto {
  /** The values of `InvitationLinkConfigDto.inviteLinkDisuseRule`, by member name. */
  export const inviteLinkDisuseRule = {
    PERIOD: "period",
    AFTER_FIRST_CLICK: "afterFirstClick",
  } as const;
  /** One of the values of `InvitationLinkConfigDto.inviteLinkDisuseRule`. */
  export type inviteLinkDisuseRule = (typeof inviteLinkDisuseRule)[keyof typeof inviteLinkDisuseRule];
  /** The values of `InvitationLinkConfigDto.linkExpiredTimeUnit`, by member name. */
  export const linkExpiredTimeUnit = {
    FOREVER: "forever",
    DAY: "day",
    HOUR: "hour",
    MINUTE: "minute",
  } as const;
  /** One of the values of `InvitationLinkConfigDto.linkExpiredTimeUnit`. */
  export type linkExpiredTimeUnit = (typeof linkExpiredTimeUnit)[keyof typeof linkExpiredTimeUnit];
  /** The values of `InvitationLinkConfigDto.pageExpiredTimeUnit`, by member name. */
  export const pageExpiredTimeUnit = {
    MINUTE: "minute",
    HOUR: "hour",
    DAY: "day",
  } as const;
  /** One of the values of `InvitationLinkConfigDto.pageExpiredTimeUnit`. */
  export type pageExpiredTimeUnit = (typeof pageExpiredTimeUnit)[keyof typeof pageExpiredTimeUnit];
}

/**
 * Part of `AddInvitationPolicyUserAttributionsBatchDto.targets` and `RemoveInvitationPolicyUserAttributionsBatchDto.targets`.
 */
export type InvitationPolicyUserAttributionListDto = Schemas.InvitationPolicyUserAttributionListDto;
/** Run-time enums of {@link InvitationPolicyUserAttributionListDto}'s properties, named as in the official SDK. */
export namespace InvitationPolicyUserAttributionListDto {
  /** The values of `InvitationPolicyUserAttributionListDto.targetType`, by member name. */
  export const targetType = {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  } as const;
  /** One of the values of `InvitationPolicyUserAttributionListDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `InvitationRosterPaginationDto.list` and `InvitationRosterSingleRespDto.data`.
 */
export type InvitationRosterDto = Schemas.InvitationRosterDto;
/** Run-time enums of {@link InvitationRosterDto}'s properties, named as in the official SDK. */
export namespace InvitationRosterDto {
  /** The values of `InvitationRosterDto.status`, by member name. */
  export const status = {
    EDITING: "editing",
    INVITED: "invited",
  } as const;
  /** One of the values of `InvitationRosterDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Part of `InvitationUserPaginationDto.list`.
 */
export type InvitationUserDto = Schemas.InvitationUserDto;
/** Run-time enums of {@link InvitationUserDto}'s properties, named as in the official SDK. */
export namespace InvitationUserDto {
  /** The values of `InvitationUserDto.status`, by member name. */
  export const status = {
    INVITED: "invited",
    REGISTERING: "registering",
    REGISTERED: "registered",
    REVERTED: "reverted",
    NOT_INVITED: "notInvited",
    EXPIRED: "expired",
    INVITATION_SEND_FAIL: "invitationSendFail",
    JOINED_BY_OTHER: "joinedByOther",
  } as const;
  /** One of the values of `InvitationUserDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `InvitationUserDto.source`, by member name. */
  export const source = {
    MANUAL_CREATE: "manualCreate",
    FILE_IMPORT: "fileImport",
  } as const;
  /** One of the values of `InvitationUserDto.source`. */
  export type source = (typeof source)[keyof typeof source];
}

/**
 * Part of `KickPublicAccountsDto.options`.
 */
export type KickPublicAccountsOptionsDto = Schemas.KickPublicAccountsOptionsDto;
/** Run-time enums of {@link KickPublicAccountsOptionsDto}'s properties, named as in the official SDK. */
export namespace KickPublicAccountsOptionsDto {
  /** The values of `KickPublicAccountsOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `KickPublicAccountsOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `KickUsersDto.options`.
 */
export type KickUsersOptionsDto = Schemas.KickUsersOptionsDto;
/** Run-time enums of {@link KickUsersOptionsDto}'s properties, named as in the official SDK. */
export namespace KickUsersOptionsDto {
  /** The values of `KickUsersOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `KickUsersOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `ListApplicationAuthPaginatedDataDto.list`.
 */
export type ListApplicationAuthDataDto = Schemas.ListApplicationAuthDataDto;
/** Run-time enums of {@link ListApplicationAuthDataDto}'s properties, named as in the official SDK. */
export namespace ListApplicationAuthDataDto {
  /** The values of `ListApplicationAuthDataDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  } as const;
  /** One of the values of `ListApplicationAuthDataDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
  /** The values of `ListApplicationAuthDataDto.effect`, by member name. */
  export const effect = {
    ALLOW: "ALLOW",
    DENY: "DENY",
  } as const;
  /** One of the values of `ListApplicationAuthDataDto.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
  /** The values of `ListApplicationAuthDataDto.permissionType`, by member name. */
  export const permissionType = {
    ALL: "ALL",
    SUBJECT: "SUBJECT",
  } as const;
  /** One of the values of `ListApplicationAuthDataDto.permissionType`. */
  export type permissionType = (typeof permissionType)[keyof typeof permissionType];
}

/**
 * Request body of `listAuthApplication`.
 */
export type ListApplicationAuthDto = Schemas.ListApplicationAuthDto;
/** Run-time enums of {@link ListApplicationAuthDto}'s properties, named as in the official SDK. */
export namespace ListApplicationAuthDto {
  /** The values of `ListApplicationAuthDto.effect`, by member name. */
  export const effect = {
    ALLOW: "ALLOW",
    DENY: "DENY",
  } as const;
  /** One of the values of `ListApplicationAuthDto.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
}

/**
 * Part of `ListApplicationSubjectDataListDto.list`.
 */
export type ListApplicationSubjectDataDto = Schemas.ListApplicationSubjectDataDto;
/** Run-time enums of {@link ListApplicationSubjectDataDto}'s properties, named as in the official SDK. */
export namespace ListApplicationSubjectDataDto {
  /** The values of `ListApplicationSubjectDataDto.appType`, by member name. */
  export const appType = {
    INTEGRATED: "INTEGRATED",
    SELFBUILT: "SELFBUILT",
    APP_PANEL: "APP_PANEL",
  } as const;
  /** One of the values of `ListApplicationSubjectDataDto.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
  /** The values of `ListApplicationSubjectDataDto.effect`, by member name. */
  export const effect = {
    ALLOW: "ALLOW",
    DENY: "DENY",
  } as const;
  /** One of the values of `ListApplicationSubjectDataDto.effect`. */
  export type effect = (typeof effect)[keyof typeof effect];
}

/**
 * Request body of `listAuthSubject`.
 */
export type ListAuthSubjectDto = Schemas.ListAuthSubjectDto;
/** Run-time enums of {@link ListAuthSubjectDto}'s properties, named as in the official SDK. */
export namespace ListAuthSubjectDto {
  /** The values of `ListAuthSubjectDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    ORG: "ORG",
    AK_SK: "AK_SK",
  } as const;
  /** One of the values of `ListAuthSubjectDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `DataResourcesPaginatedRespDto.list`.
 */
export type ListDataResourcesRespDto = Schemas.ListDataResourcesRespDto;
/** Run-time enums of {@link ListDataResourcesRespDto}'s properties, named as in the official SDK. */
export namespace ListDataResourcesRespDto {
  /** The values of `ListDataResourcesRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `ListDataResourcesRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `ListPublicAccountsRequestDto.advancedFilter`.
 */
export type ListPublicAccountsAdvancedFilterItemDto = Schemas.ListPublicAccountsAdvancedFilterItemDto;
/** Run-time enums of {@link ListPublicAccountsAdvancedFilterItemDto}'s properties, named as in the official SDK. */
export namespace ListPublicAccountsAdvancedFilterItemDto {
  /** The values of `ListPublicAccountsAdvancedFilterItemDto.operator`, by member name. */
  export const operator = {
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
  } as const;
  /** One of the values of `ListPublicAccountsAdvancedFilterItemDto.operator`. */
  export type operator = (typeof operator)[keyof typeof operator];
}

/**
 * Part of `ListUsersRequestDto.advancedFilter`.
 */
export type ListUsersAdvancedFilterItemDto = Schemas.ListUsersAdvancedFilterItemDto;
/** Run-time enums of {@link ListUsersAdvancedFilterItemDto}'s properties, named as in the official SDK. */
export namespace ListUsersAdvancedFilterItemDto {
  /** The values of `ListUsersAdvancedFilterItemDto.operator`, by member name. */
  export const operator = {
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
  } as const;
  /** One of the values of `ListUsersAdvancedFilterItemDto.operator`. */
  export type operator = (typeof operator)[keyof typeof operator];
}

/**
 * Part of `SecuritySettingsDto.loginAnomalyDetection` and `UpdateSecuritySettingsDto.loginAnomalyDetection`.
 */
export type LoginAnomalyDetectionConfigDto = Schemas.LoginAnomalyDetectionConfigDto;
/** Run-time enums of {@link LoginAnomalyDetectionConfigDto}'s properties, named as in the official SDK. */
export namespace LoginAnomalyDetectionConfigDto {
  /** The values of `LoginAnomalyDetectionConfigDto.loginFailStrategy`, by member name. */
  export const loginFailStrategy = {
    CAPTCHA: "captcha",
    BLOCK_ACCOUNT: "block-account",
  } as const;
  /** One of the values of `LoginAnomalyDetectionConfigDto.loginFailStrategy`. */
  export type loginFailStrategy = (typeof loginFailStrategy)[keyof typeof loginFailStrategy];
}

/**
 * Part of `UserPermissionListDto.resourceList`.
 */
export type OpenResource = Schemas.OpenResource;
/** Run-time enums of {@link OpenResource}'s properties, named as in the official SDK. */
export namespace OpenResource {
  /** The values of `OpenResource.resourceType`, by member name. */
  export const resourceType = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `OpenResource.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Part of `PipelineFunctionPagingDto.list` and `PipelineFunctionSingleRespDto.data`.
 */
export type PipelineFunctionDto = Schemas.PipelineFunctionDto;
/** Run-time enums of {@link PipelineFunctionDto}'s properties, named as in the official SDK. */
export namespace PipelineFunctionDto {
  /** The values of `PipelineFunctionDto.scene`, by member name. */
  export const scene = {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  } as const;
  /** One of the values of `PipelineFunctionDto.scene`. */
  export type scene = (typeof scene)[keyof typeof scene];
  /** The values of `PipelineFunctionDto.status`, by member name. */
  export const status = {
    UPLOADING: "uploading",
    SUCCESS: "success",
    FAILED: "failed",
  } as const;
  /** One of the values of `PipelineFunctionDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Part of `AuthorizedResourceDto.condition`.
 */
export type PolicyCondition = Schemas.PolicyCondition;
/** Run-time enums of {@link PolicyCondition}'s properties, named as in the official SDK. */
export namespace PolicyCondition {
  /** The values of `PolicyCondition.param`, by member name. */
  export const param = {
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
  } as const;
  /** One of the values of `PolicyCondition.param`. */
  export type param = (typeof param)[keyof typeof param];
  /** The values of `PolicyCondition.operator`, by member name. */
  export const operator = {
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
  } as const;
  /** One of the values of `PolicyCondition.operator`. */
  export type operator = (typeof operator)[keyof typeof operator];
}

/**
 * Request body of `previewEmailTemplate`.
 */
export type PreviewEmailTemplateDto = Schemas.PreviewEmailTemplateDto;
/** Run-time enums of {@link PreviewEmailTemplateDto}'s properties, named as in the official SDK. */
export namespace PreviewEmailTemplateDto {
  /** The values of `PreviewEmailTemplateDto.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `PreviewEmailTemplateDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `PreviewEmailTemplateDto.tplEngine`, by member name. */
  export const tplEngine = {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  } as const;
  /** One of the values of `PreviewEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof tplEngine)[keyof typeof tplEngine];
}

/**
 * Part of `PublicAccountListRespDto.data`, `PublicAccountPagingDto.list` and `PublicAccountSingleRespDto.data`.
 */
export type PublicAccountDto = Schemas.PublicAccountDto;
/** Run-time enums of {@link PublicAccountDto}'s properties, named as in the official SDK. */
export namespace PublicAccountDto {
  /** The values of `PublicAccountDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `PublicAccountDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `PublicAccountDto.workStatus`, by member name. */
  export const workStatus = {
    CLOSED: "Closed",
    ACTIVE: "Active",
  } as const;
  /** One of the values of `PublicAccountDto.workStatus`. */
  export type workStatus = (typeof workStatus)[keyof typeof workStatus];
  /** The values of `PublicAccountDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `PublicAccountDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
  /** The values of `PublicAccountDto.userSourceType`, by member name. */
  export const userSourceType = {
    EXCEL: "excel",
    REGISTER: "register",
    ADMIN_CREATED: "adminCreated",
    SYNC: "sync",
  } as const;
  /** One of the values of `PublicAccountDto.userSourceType`. */
  export type userSourceType = (typeof userSourceType)[keyof typeof userSourceType];
}

/**
 * Part of `QuickFilterInviteePaginationDto.list`.
 */
export type QuickFilterInviteeRecordDto = Schemas.QuickFilterInviteeRecordDto;
/** Run-time enums of {@link QuickFilterInviteeRecordDto}'s properties, named as in the official SDK. */
export namespace QuickFilterInviteeRecordDto {
  /** The values of `QuickFilterInviteeRecordDto.inviteeStatus`, by member name. */
  export const inviteeStatus = {
    INVITED: "invited",
    REGISTERING: "registering",
    REGISTERED: "registered",
    REVERTED: "reverted",
    NOT_INVITED: "notInvited",
    EXPIRED: "expired",
    INVITATION_SEND_FAIL: "invitationSendFail",
    JOINED_BY_OTHER: "joinedByOther",
  } as const;
  /** One of the values of `QuickFilterInviteeRecordDto.inviteeStatus`. */
  export type inviteeStatus = (typeof inviteeStatus)[keyof typeof inviteeStatus];
  /** The values of `QuickFilterInviteeRecordDto.inviteeSource`, by member name. */
  export const inviteeSource = {
    MANUAL_CREATE: "manualCreate",
    FILE_IMPORT: "fileImport",
  } as const;
  /** One of the values of `QuickFilterInviteeRecordDto.inviteeSource`. */
  export type inviteeSource = (typeof inviteeSource)[keyof typeof inviteeSource];
}

/**
 * Request body of `removeDepartmentMembers`.
 */
export type RemoveDepartmentMembersReqDto = Schemas.RemoveDepartmentMembersReqDto;
/** Run-time enums of {@link RemoveDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export namespace RemoveDepartmentMembersReqDto {
  /** The values of `RemoveDepartmentMembersReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `RemoveDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `removePolicyUserAttribution`.
 */
export type RemoveInvitationPolicyUserAttributionDto = Schemas.RemoveInvitationPolicyUserAttributionDto;
/** Run-time enums of {@link RemoveInvitationPolicyUserAttributionDto}'s properties, named as in the official SDK. */
export namespace RemoveInvitationPolicyUserAttributionDto {
  /** The values of `RemoveInvitationPolicyUserAttributionDto.targetType`, by member name. */
  export const targetType = {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  } as const;
  /** One of the values of `RemoveInvitationPolicyUserAttributionDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Request body of `removeTenantDepartmentMembers`.
 */
export type RemoveTenantDepartmentMembersReqDto = Schemas.RemoveTenantDepartmentMembersReqDto;
/** Run-time enums of {@link RemoveTenantDepartmentMembersReqDto}'s properties, named as in the official SDK. */
export namespace RemoveTenantDepartmentMembersReqDto {
  /** The values of `RemoveTenantDepartmentMembersReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `RemoveTenantDepartmentMembersReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Part of `ResetUserPrincipalAuthenticationInfoDto.options`.
 */
export type ResetUserPrincipalAuthenticationInfoOptionsDto = Schemas.ResetUserPrincipalAuthenticationInfoOptionsDto;
/** Run-time enums of {@link ResetUserPrincipalAuthenticationInfoOptionsDto}'s properties, named as in the official SDK. */
export namespace ResetUserPrincipalAuthenticationInfoOptionsDto {
  /** The values of `ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Request body of `resignUserBatch` and `resignPublicAccountBatch`.
 */
export type ResignUserBatchReqDto = Schemas.ResignUserBatchReqDto;
/** Run-time enums of {@link ResignUserBatchReqDto}'s properties, named as in the official SDK. */
export namespace ResignUserBatchReqDto {
  /** The values of `ResignUserBatchReqDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `ResignUserBatchReqDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Request body of `resignUser`.
 */
export type ResignUserReqDto = Schemas.ResignUserReqDto;
/** Run-time enums of {@link ResignUserReqDto}'s properties, named as in the official SDK. */
export namespace ResignUserReqDto {
  /** The values of `ResignUserReqDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `ResignUserReqDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `GetResourceAuthorizedTargetDataDto.list`.
 */
export type ResourceAuthorizedTargetDto = Schemas.ResourceAuthorizedTargetDto;
/** Run-time enums of {@link ResourceAuthorizedTargetDto}'s properties, named as in the official SDK. */
export namespace ResourceAuthorizedTargetDto {
  /** The values of `ResourceAuthorizedTargetDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `ResourceAuthorizedTargetDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `ResourceListRespDto.data`, `ResourcePagingDto.list` and `ResourceRespDto.data`.
 */
export type ResourceDto = Schemas.ResourceDto;
/** Run-time enums of {@link ResourceDto}'s properties, named as in the official SDK. */
export namespace ResourceDto {
  /** The values of `ResourceDto.type`, by member name. */
  export const type = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `ResourceDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `AuthorizeResourceItem.resources`.
 */
export type ResourceItemDto = Schemas.ResourceItemDto;
/** Run-time enums of {@link ResourceItemDto}'s properties, named as in the official SDK. */
export namespace ResourceItemDto {
  /** The values of `ResourceItemDto.resourceType`, by member name. */
  export const resourceType = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `ResourceItemDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Request body of `reviewTenantEnterpriseCertification`.
 */
export type ReviewTenantEnterpriseCertificationBodyDto = Schemas.ReviewTenantEnterpriseCertificationBodyDto;
/** Run-time enums of {@link ReviewTenantEnterpriseCertificationBodyDto}'s properties, named as in the official SDK. */
export namespace ReviewTenantEnterpriseCertificationBodyDto {
  /** The values of `ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`, by member name. */
  export const enterpriseCertificationStatus = {
    NOT_SUBMIT: "not_submit",
    REVIEWING: "reviewing",
    PASS: "pass",
    _1: -1,
  } as const;
  /** One of the values of `ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`. */
  export type enterpriseCertificationStatus = (typeof enterpriseCertificationStatus)[keyof typeof enterpriseCertificationStatus];
}

/**
 * Request body of `addRiskListPolicy`.
 */
export type RiskListPolicyCreateDto = Schemas.RiskListPolicyCreateDto;
/** Run-time enums of {@link RiskListPolicyCreateDto}'s properties, named as in the official SDK. */
export namespace RiskListPolicyCreateDto {
  /** The values of `RiskListPolicyCreateDto.limitList`, by member name. */
  export const limitList = {
    FORBID_LOGIN: "FORBID_LOGIN",
    FORBID_REGISTER: "FORBID_REGISTER",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.limitList`. */
  export type limitList = (typeof limitList)[keyof typeof limitList];
  /** The values of `RiskListPolicyCreateDto.action`, by member name. */
  export const action = {
    ADD_IP_BLACK_LIST: "ADD_IP_BLACK_LIST",
    ADD_USER_BLACK_LIST: "ADD_USER_BLACK_LIST",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.action`. */
  export type action = (typeof action)[keyof typeof action];
  /** The values of `RiskListPolicyCreateDto.removeType`, by member name. */
  export const removeType = {
    MANUAL: "MANUAL",
    SCHEDULE: "SCHEDULE",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.removeType`. */
  export type removeType = (typeof removeType)[keyof typeof removeType];
  /** The values of `RiskListPolicyCreateDto.eventStateType`, by member name. */
  export const eventStateType = {
    PASSWORD_WRONG: "password_wrong",
    ACCOUNT_WRONG: "account_wrong",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.eventStateType`. */
  export type eventStateType = (typeof eventStateType)[keyof typeof eventStateType];
  /** The values of `RiskListPolicyCreateDto.userCond`, by member name. */
  export const userCond = {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.userCond`. */
  export type userCond = (typeof userCond)[keyof typeof userCond];
  /** The values of `RiskListPolicyCreateDto.ipCond`, by member name. */
  export const ipCond = {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.ipCond`. */
  export type ipCond = (typeof ipCond)[keyof typeof ipCond];
  /** The values of `RiskListPolicyCreateDto.userRange`, by member name. */
  export const userRange = {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.userRange`. */
  export type userRange = (typeof userRange)[keyof typeof userRange];
  /** The values of `RiskListPolicyCreateDto.ipRange`, by member name. */
  export const ipRange = {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.ipRange`. */
  export type ipRange = (typeof ipRange)[keyof typeof ipRange];
  /** The values of `RiskListPolicyCreateDto.optObject`, by member name. */
  export const optObject = {
    IP: "IP",
    USER: "USER",
  } as const;
  /** One of the values of `RiskListPolicyCreateDto.optObject`. */
  export type optObject = (typeof optObject)[keyof typeof optObject];
}

/**
 * Part of `RiskListPolicyPagingDto.list`.
 */
export type RiskListPolicyRespDto = Schemas.RiskListPolicyRespDto;
/** Run-time enums of {@link RiskListPolicyRespDto}'s properties, named as in the official SDK. */
export namespace RiskListPolicyRespDto {
  /** The values of `RiskListPolicyRespDto.optObject`, by member name. */
  export const optObject = {
    IP: "IP",
    USER: "USER",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.optObject`. */
  export type optObject = (typeof optObject)[keyof typeof optObject];
  /** The values of `RiskListPolicyRespDto.ipRange`, by member name. */
  export const ipRange = {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.ipRange`. */
  export type ipRange = (typeof ipRange)[keyof typeof ipRange];
  /** The values of `RiskListPolicyRespDto.userRange`, by member name. */
  export const userRange = {
    ALL: "ALL",
    NOT_IN_WHITE_LIST: "NOT_IN_WHITE_LIST",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.userRange`. */
  export type userRange = (typeof userRange)[keyof typeof userRange];
  /** The values of `RiskListPolicyRespDto.ipCond`, by member name. */
  export const ipCond = {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.ipCond`. */
  export type ipCond = (typeof ipCond)[keyof typeof ipCond];
  /** The values of `RiskListPolicyRespDto.userCond`, by member name. */
  export const userCond = {
    NO_LIMIT: "NO_LIMIT",
    ONE: "ONE",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.userCond`. */
  export type userCond = (typeof userCond)[keyof typeof userCond];
  /** The values of `RiskListPolicyRespDto.eventStateType`, by member name. */
  export const eventStateType = {
    PASSWORD_WRONG: "password_wrong",
    ACCOUNT_WRONG: "account_wrong",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.eventStateType`. */
  export type eventStateType = (typeof eventStateType)[keyof typeof eventStateType];
  /** The values of `RiskListPolicyRespDto.removeType`, by member name. */
  export const removeType = {
    MANUAL: "MANUAL",
    SCHEDULE: "SCHEDULE",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.removeType`. */
  export type removeType = (typeof removeType)[keyof typeof removeType];
  /** The values of `RiskListPolicyRespDto.action`, by member name. */
  export const action = {
    ADD_IP_BLACK_LIST: "ADD_IP_BLACK_LIST",
    ADD_USER_BLACK_LIST: "ADD_USER_BLACK_LIST",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.action`. */
  export type action = (typeof action)[keyof typeof action];
  /** The values of `RiskListPolicyRespDto.limitList`, by member name. */
  export const limitList = {
    FORBID_LOGIN: "FORBID_LOGIN",
    FORBID_REGISTER: "FORBID_REGISTER",
  } as const;
  /** One of the values of `RiskListPolicyRespDto.limitList`. */
  export type limitList = (typeof limitList)[keyof typeof limitList];
}

/**
 * Part of `RoleAuthorizedResourcePagingDto.list`.
 */
export type RoleAuthorizedResourcesRespDto = Schemas.RoleAuthorizedResourcesRespDto;
/** Run-time enums of {@link RoleAuthorizedResourcesRespDto}'s properties, named as in the official SDK. */
export namespace RoleAuthorizedResourcesRespDto {
  /** The values of `RoleAuthorizedResourcesRespDto.resourceType`, by member name. */
  export const resourceType = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `RoleAuthorizedResourcesRespDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * Part of `SearchDepartmentsListReqDto.advancedFilter`.
 */
export type SearchDepartmentsFilterItemDto = Schemas.SearchDepartmentsFilterItemDto;
/** Run-time enums of {@link SearchDepartmentsFilterItemDto}'s properties, named as in the official SDK. */
export namespace SearchDepartmentsFilterItemDto {
  /** The values of `SearchDepartmentsFilterItemDto.operator`, by member name. */
  export const operator = {
    BETWEEN: "BETWEEN",
    EQUAL: "EQUAL",
    IN: "IN",
    LESSER: "LESSER",
    GREATER: "GREATER",
    CONTAINS: "CONTAINS",
  } as const;
  /** One of the values of `SearchDepartmentsFilterItemDto.operator`. */
  export type operator = (typeof operator)[keyof typeof operator];
}

/**
 * Request body of `searchDepartmentsList`.
 */
export type SearchDepartmentsListReqDto = Schemas.SearchDepartmentsListReqDto;
/** Run-time enums of {@link SearchDepartmentsListReqDto}'s properties, named as in the official SDK. */
export namespace SearchDepartmentsListReqDto {
  /** The values of `SearchDepartmentsListReqDto.sortBy`, by member name. */
  export const sortBy = {
    UPDATED_AT: "updatedAt",
    CREATED_AT: "createdAt",
  } as const;
  /** One of the values of `SearchDepartmentsListReqDto.sortBy`. */
  export type sortBy = (typeof sortBy)[keyof typeof sortBy];
  /** The values of `SearchDepartmentsListReqDto.orderBy`, by member name. */
  export const orderBy = {
    ASC: "ASC",
    DESC: "DESC",
  } as const;
  /** One of the values of `SearchDepartmentsListReqDto.orderBy`. */
  export type orderBy = (typeof orderBy)[keyof typeof orderBy];
}

/**
 * Part of `SecuritySettingsDto.selfUnlockAccount` and `UpdateSecuritySettingsDto.selfUnlockAccount`.
 */
export type SelfUnlockAccountConfigDto = Schemas.SelfUnlockAccountConfigDto;
/** Run-time enums of {@link SelfUnlockAccountConfigDto}'s properties, named as in the official SDK. */
export namespace SelfUnlockAccountConfigDto {
  /** The values of `SelfUnlockAccountConfigDto.strategy`, by member name. */
  export const strategy = {
    CAPTCHA: "captcha",
    PASSWORD_CAPTCHA: "password-captcha",
  } as const;
  /** One of the values of `SelfUnlockAccountConfigDto.strategy`. */
  export type strategy = (typeof strategy)[keyof typeof strategy];
}

/**
 * Request body of `setCustomData`.
 */
export type SetCustomDataReqDto = Schemas.SetCustomDataReqDto;
/** Run-time enums of {@link SetCustomDataReqDto}'s properties, named as in the official SDK. */
export namespace SetCustomDataReqDto {
  /** The values of `SetCustomDataReqDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `SetCustomDataReqDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `SetCustomFieldsReqDto.list`.
 */
export type SetCustomFieldDto = Schemas.SetCustomFieldDto;
/** Run-time enums of {@link SetCustomFieldDto}'s properties, named as in the official SDK. */
export namespace SetCustomFieldDto {
  /** The values of `SetCustomFieldDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `SetCustomFieldDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
  /** The values of `SetCustomFieldDto.dataType`, by member name. */
  export const dataType = {
    STRING: "STRING",
    NUMBER: "NUMBER",
    DATETIME: "DATETIME",
    BOOLEAN: "BOOLEAN",
    ENUM: "ENUM",
  } as const;
  /** One of the values of `SetCustomFieldDto.dataType`. */
  export type dataType = (typeof dataType)[keyof typeof dataType];
}

/**
 * Request body of `setUsersMfaStatus`.
 */
export type SetMfaStatusDto = Schemas.SetMfaStatusDto;
/** Run-time enums of {@link SetMfaStatusDto}'s properties, named as in the official SDK. */
export namespace SetMfaStatusDto {
  /** The values of `SetMfaStatusDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `SetMfaStatusDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `SetUserDepartmentsDto.options`.
 */
export type SetUserDepartmentsOptionsDto = Schemas.SetUserDepartmentsOptionsDto;
/** Run-time enums of {@link SetUserDepartmentsOptionsDto}'s properties, named as in the official SDK. */
export namespace SetUserDepartmentsOptionsDto {
  /** The values of `SetUserDepartmentsOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `SetUserDepartmentsOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
}

/**
 * Part of `ListPublicAccountsOptionsDto.sort` and `ListUsersOptionsDto.sort`.
 */
export type SortingDto = Schemas.SortingDto;
/** Run-time enums of {@link SortingDto}'s properties, named as in the official SDK. */
export namespace SortingDto {
  /** The values of `SortingDto.field`, by member name. */
  export const field = {
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
  } as const;
  /** One of the values of `SortingDto.field`. */
  export type field = (typeof field)[keyof typeof field];
  /** The values of `SortingDto.order`, by member name. */
  export const order = {
    DESC: "desc",
    ASC: "asc",
  } as const;
  /** One of the values of `SortingDto.order`. */
  export type order = (typeof order)[keyof typeof order];
}

/**
 * Part of `CreateAuthorizeDataPolicyDto.targetList`.
 */
export type SubjectDto = Schemas.SubjectDto;
/** Run-time enums of {@link SubjectDto}'s properties, named as in the official SDK. */
export namespace SubjectDto {
  /** The values of `SubjectDto.type`, by member name. */
  export const type = {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  } as const;
  /** One of the values of `SubjectDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `ListDataPoliciesRespDto.targetList`.
 */
export type SubjectRespDto = Schemas.SubjectRespDto;
/** Run-time enums of {@link SubjectRespDto}'s properties, named as in the official SDK. */
export namespace SubjectRespDto {
  /** The values of `SubjectRespDto.type`, by member name. */
  export const type = {
    USER: "USER",
    ORG: "ORG",
    GROUP: "GROUP",
    ROLE: "ROLE",
  } as const;
  /** One of the values of `SubjectRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Part of `SyncJobPagingDto.list` and `SyncJobSingleRespDto.data`.
 */
export type SyncJobDto = Schemas.SyncJobDto;
/** Run-time enums of {@link SyncJobDto}'s properties, named as in the official SDK. */
export namespace SyncJobDto {
  /** The values of `SyncJobDto.syncStatus`, by member name. */
  export const syncStatus = {
    FREE: "free",
    PENDING: "pending",
    ON_PROGRESS: "onProgress",
    SUCCESS: "success",
    FAILED: "failed",
  } as const;
  /** One of the values of `SyncJobDto.syncStatus`. */
  export type syncStatus = (typeof syncStatus)[keyof typeof syncStatus];
  /** The values of `SyncJobDto.syncFlow`, by member name. */
  export const syncFlow = {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  } as const;
  /** One of the values of `SyncJobDto.syncFlow`. */
  export type syncFlow = (typeof syncFlow)[keyof typeof syncFlow];
  /** The values of `SyncJobDto.syncTrigger`, by member name. */
  export const syncTrigger = {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  } as const;
  /** One of the values of `SyncJobDto.syncTrigger`. */
  export type syncTrigger = (typeof syncTrigger)[keyof typeof syncTrigger];
}

/**
 * Part of `SyncRiskOperationPagingDto.list`.
 */
export type SyncRiskOperationDto = Schemas.SyncRiskOperationDto;
/** Run-time enums of {@link SyncRiskOperationDto}'s properties, named as in the official SDK. */
export namespace SyncRiskOperationDto {
  /** The values of `SyncRiskOperationDto.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    SUCCESS: "SUCCESS",
    FAILED: "FAILED",
    CANCELED: "CANCELED",
    EXECUTING: "EXECUTING",
  } as const;
  /** One of the values of `SyncRiskOperationDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `SyncRiskOperationDto.objectType`, by member name. */
  export const objectType = {
    DEPARTMENT: "DEPARTMENT",
    USER: "USER",
  } as const;
  /** One of the values of `SyncRiskOperationDto.objectType`. */
  export type objectType = (typeof objectType)[keyof typeof objectType];
}

/**
 * Part of `SyncTaskPagingDto.list` and `SyncTaskSingleRespDto.data`.
 */
export type SyncTaskDto = Schemas.SyncTaskDto;
/** Run-time enums of {@link SyncTaskDto}'s properties, named as in the official SDK. */
export namespace SyncTaskDto {
  /** The values of `SyncTaskDto.syncTaskType`, by member name. */
  export const syncTaskType = {
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
  } as const;
  /** One of the values of `SyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof syncTaskType)[keyof typeof syncTaskType];
  /** The values of `SyncTaskDto.syncFlow`, by member name. */
  export const syncFlow = {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  } as const;
  /** One of the values of `SyncTaskDto.syncFlow`. */
  export type syncFlow = (typeof syncFlow)[keyof typeof syncFlow];
  /** The values of `SyncTaskDto.syncTrigger`, by member name. */
  export const syncTrigger = {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  } as const;
  /** One of the values of `SyncTaskDto.syncTrigger`. */
  export type syncTrigger = (typeof syncTrigger)[keyof typeof syncTrigger];
  /** The values of `SyncTaskDto.lastSyncStatus`, by member name. */
  export const lastSyncStatus = {
    FREE: "free",
    PENDING: "pending",
    ON_PROGRESS: "onProgress",
    SUCCESS: "success",
    FAILED: "failed",
  } as const;
  /** One of the values of `SyncTaskDto.lastSyncStatus`. */
  export type lastSyncStatus = (typeof lastSyncStatus)[keyof typeof lastSyncStatus];
}

/**
 * Part of `CreateSyncTaskDto.timedScheduler`, `SyncTaskDto.timedScheduler` and `UpdateSyncTaskDto.timedScheduler`.
 */
export type SyncTaskTimedScheduler = Schemas.SyncTaskTimedScheduler;
/** Run-time enums of {@link SyncTaskTimedScheduler}'s properties, named as in the official SDK. */
export namespace SyncTaskTimedScheduler {
  /** The values of `SyncTaskTimedScheduler.cycle`, by member name. */
  export const cycle = {
    MONTH: "month",
    WEEK: "week",
    DAYS: "days",
    SIX_HOURS: "sixHours",
    TWO_HOURS: "twoHours",
  } as const;
  /** One of the values of `SyncTaskTimedScheduler.cycle`. */
  export type cycle = (typeof cycle)[keyof typeof cycle];
}

/**
 * Part of `AssignRoleBatchDto.targets`, `AssignRoleDto.targets` and `RevokeRoleBatchDto.targets` and others.
 */
export type TargetDto = Schemas.TargetDto;
/** Run-time enums of {@link TargetDto}'s properties, named as in the official SDK. */
export namespace TargetDto {
  /** The values of `TargetDto.targetType`, by member name. */
  export const targetType = {
    USER: "USER",
    ROLE: "ROLE",
    GROUP: "GROUP",
    DEPARTMENT: "DEPARTMENT",
  } as const;
  /** One of the values of `TargetDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * What `getTenantEnterpriseCertification` answers.
 */
export type TenantEnterpriseCertificationRespDto = Schemas.TenantEnterpriseCertificationRespDto;
/** Run-time enums of {@link TenantEnterpriseCertificationRespDto}'s properties, named as in the official SDK. */
export namespace TenantEnterpriseCertificationRespDto {
  /** The values of `TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`, by member name. */
  export const enterpriseCertificationStatus = {
    NOT_SUBMIT: "not_submit",
    REVIEWING: "reviewing",
    PASS: "pass",
    _1: -1,
  } as const;
  /** One of the values of `TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`. */
  export type enterpriseCertificationStatus = (typeof enterpriseCertificationStatus)[keyof typeof enterpriseCertificationStatus];
}

/**
 * Part of `TenantCooperatorDto.tenantUser`, `TenantUserListPagingDto.list` and `TenantUserRespDto.data` and others.
 */
export type TenantUserDto = Schemas.TenantUserDto;
/** Run-time enums of {@link TenantUserDto}'s properties, named as in the official SDK. */
export namespace TenantUserDto {
  /** The values of `TenantUserDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `TenantUserDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `PaginationUniversalInvitationApplicantDataDto.list`.
 */
export type UniversalInvitationApplicantData = Schemas.UniversalInvitationApplicantData;
/** Run-time enums of {@link UniversalInvitationApplicantData}'s properties, named as in the official SDK. */
export namespace UniversalInvitationApplicantData {
  /** The values of `UniversalInvitationApplicantData.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    PASSED: "PASSED",
    REJECTED: "REJECTED",
  } as const;
  /** One of the values of `UniversalInvitationApplicantData.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UniversalInvitationApplicantData.channel`, by member name. */
  export const channel = {
    MANUAL: "MANUAL",
    AUTO: "AUTO",
  } as const;
  /** One of the values of `UniversalInvitationApplicantData.channel`. */
  export type channel = (typeof channel)[keyof typeof channel];
}

/**
 * Request body of `updateApplication`.
 */
export type UpdateApplicationDto = Schemas.UpdateApplicationDto;
/** Run-time enums of {@link UpdateApplicationDto}'s properties, named as in the official SDK. */
export namespace UpdateApplicationDto {
  /** The values of `UpdateApplicationDto.defaultProtocol`, by member name. */
  export const defaultProtocol = {
    OIDC: "oidc",
    OAUTH: "oauth",
    SAML: "saml",
    CAS: "cas",
    ASA: "asa",
  } as const;
  /** One of the values of `UpdateApplicationDto.defaultProtocol`. */
  export type defaultProtocol = (typeof defaultProtocol)[keyof typeof defaultProtocol];
}

/**
 * Request body of `updateApplicationPermissionStrategy`.
 */
export type UpdateApplicationPermissionStrategyDataDto = Schemas.UpdateApplicationPermissionStrategyDataDto;
/** Run-time enums of {@link UpdateApplicationPermissionStrategyDataDto}'s properties, named as in the official SDK. */
export namespace UpdateApplicationPermissionStrategyDataDto {
  /** The values of `UpdateApplicationPermissionStrategyDataDto.permissionStrategy`, by member name. */
  export const permissionStrategy = {
    ALLOW_ALL: "ALLOW_ALL",
    DENY_ALL: "DENY_ALL",
  } as const;
  /** One of the values of `UpdateApplicationPermissionStrategyDataDto.permissionStrategy`. */
  export type permissionStrategy = (typeof permissionStrategy)[keyof typeof permissionStrategy];
}

/**
 * Part of `UpdateDataResourceResponseDto.data`.
 */
export type UpdateDataResourceRespDto = Schemas.UpdateDataResourceRespDto;
/** Run-time enums of {@link UpdateDataResourceRespDto}'s properties, named as in the official SDK. */
export namespace UpdateDataResourceRespDto {
  /** The values of `UpdateDataResourceRespDto.type`, by member name. */
  export const type = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `UpdateDataResourceRespDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `updateDepartment`.
 */
export type UpdateDepartmentReqDto = Schemas.UpdateDepartmentReqDto;
/** Run-time enums of {@link UpdateDepartmentReqDto}'s properties, named as in the official SDK. */
export namespace UpdateDepartmentReqDto {
  /** The values of `UpdateDepartmentReqDto.departmentIdType`, by member name. */
  export const departmentIdType = {
    DEPARTMENT_ID: "department_id",
    OPEN_DEPARTMENT_ID: "open_department_id",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
    CODE: "code",
  } as const;
  /** One of the values of `UpdateDepartmentReqDto.departmentIdType`. */
  export type departmentIdType = (typeof departmentIdType)[keyof typeof departmentIdType];
}

/**
 * Request body of `updateRuleSettings`.
 */
export type UpdateDeviceExclusiveRuleDto = Schemas.UpdateDeviceExclusiveRuleDto;
/** Run-time enums of {@link UpdateDeviceExclusiveRuleDto}'s properties, named as in the official SDK. */
export namespace UpdateDeviceExclusiveRuleDto {
  /** The values of `UpdateDeviceExclusiveRuleDto.rule`, by member name. */
  export const rule = {
    DISABLE: "disable",
    CONDITION_DEVICE: "condition:device",
    CONDITION_IP: "condition:ip",
  } as const;
  /** One of the values of `UpdateDeviceExclusiveRuleDto.rule`. */
  export type rule = (typeof rule)[keyof typeof rule];
}

/**
 * Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`.
 */
export type UpdateEmailTemplateDto = Schemas.UpdateEmailTemplateDto;
/** Run-time enums of {@link UpdateEmailTemplateDto}'s properties, named as in the official SDK. */
export namespace UpdateEmailTemplateDto {
  /** The values of `UpdateEmailTemplateDto.type`, by member name. */
  export const type = {
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
  } as const;
  /** One of the values of `UpdateEmailTemplateDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `UpdateEmailTemplateDto.tplEngine`, by member name. */
  export const tplEngine = {
    HANDLEBAR: "handlebar",
    EJS: "ejs",
  } as const;
  /** One of the values of `UpdateEmailTemplateDto.tplEngine`. */
  export type tplEngine = (typeof tplEngine)[keyof typeof tplEngine];
}

/**
 * Part of `PolicyExtendsFieldsDto.extendsField`.
 */
export type UpdateExtendsFieldDto = Schemas.UpdateExtendsFieldDto;
/** Run-time enums of {@link UpdateExtendsFieldDto}'s properties, named as in the official SDK. */
export namespace UpdateExtendsFieldDto {
  /** The values of `UpdateExtendsFieldDto.type`, by member name. */
  export const type = {
    USER: "user",
    INTERNAL: "internal",
  } as const;
  /** One of the values of `UpdateExtendsFieldDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `UpdateExtendsFieldDto.inputType`, by member name. */
  export const inputType = {
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
  } as const;
  /** One of the values of `UpdateExtendsFieldDto.inputType`. */
  export type inputType = (typeof inputType)[keyof typeof inputType];
}

/**
 * Request body of `updateModel`.
 */
export type UpdateFunctionModelDto = Schemas.UpdateFunctionModelDto;
/** Run-time enums of {@link UpdateFunctionModelDto}'s properties, named as in the official SDK. */
export namespace UpdateFunctionModelDto {
  /** The values of `UpdateFunctionModelDto.type`, by member name. */
  export const type = {
    UEBA: "ueba",
    USER: "user",
    POST: "post",
    GROUP: "group",
    DEPARTMENT: "department",
    ORGANIZATION: "organization",
    DEVICE: "device",
    DEVICE_RELY: "device_rely",
    CUSTOM: "custom",
  } as const;
  /** One of the values of `UpdateFunctionModelDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `updateInvitationPolicy`.
 */
export type UpdateInvitationPolicyDto = Schemas.UpdateInvitationPolicyDto;
/** Run-time enums of {@link UpdateInvitationPolicyDto}'s properties, named as in the official SDK. */
export namespace UpdateInvitationPolicyDto {
  /** The values of `UpdateInvitationPolicyDto.inviteMethod`, by member name. */
  export const inviteMethod = {
    EMAIL: "email",
  } as const;
  /** One of the values of `UpdateInvitationPolicyDto.inviteMethod`. */
  export type inviteMethod = (typeof inviteMethod)[keyof typeof inviteMethod];
  /** The values of `UpdateInvitationPolicyDto.sendVerifyCodeMethod`, by member name. */
  export const sendVerifyCodeMethod = {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  } as const;
  /** One of the values of `UpdateInvitationPolicyDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof sendVerifyCodeMethod)[keyof typeof sendVerifyCodeMethod];
}

/**
 * Request body of `updatePipelineOrder`.
 */
export type UpdatePipelineOrderDto = Schemas.UpdatePipelineOrderDto;
/** Run-time enums of {@link UpdatePipelineOrderDto}'s properties, named as in the official SDK. */
export namespace UpdatePipelineOrderDto {
  /** The values of `UpdatePipelineOrderDto.scene`, by member name. */
  export const scene = {
    PRE_REGISTER: "PRE_REGISTER",
    POST_REGISTER: "POST_REGISTER",
    PRE_AUTHENTICATION: "PRE_AUTHENTICATION",
    POST_AUTHENTICATION: "POST_AUTHENTICATION",
    PRE_OIDC_ID_TOKEN_ISSUED: "PRE_OIDC_ID_TOKEN_ISSUED",
    PRE_OIDC_ACCESS_TOKEN_ISSUED: "PRE_OIDC_ACCESS_TOKEN_ISSUED",
    PRE_COMPLETE_USER_INFO: "PRE_COMPLETE_USER_INFO",
    PRE_MFA_VERIFY: "PRE_MFA_VERIFY",
    POST_MFA_VERIFY: "POST_MFA_VERIFY",
  } as const;
  /** One of the values of `UpdatePipelineOrderDto.scene`. */
  export type scene = (typeof scene)[keyof typeof scene];
}

/**
 * Part of `UpdatePublicAccountBatchReqDto.options`.
 */
export type UpdatePublicAccountBatchOptionsDto = Schemas.UpdatePublicAccountBatchOptionsDto;
/** Run-time enums of {@link UpdatePublicAccountBatchOptionsDto}'s properties, named as in the official SDK. */
export namespace UpdatePublicAccountBatchOptionsDto {
  /** The values of `UpdatePublicAccountBatchOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `UpdatePublicAccountBatchOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Part of `UpdatePublicAccountBatchReqDto.list`.
 */
export type UpdatePublicAccountInfoDto = Schemas.UpdatePublicAccountInfoDto;
/** Run-time enums of {@link UpdatePublicAccountInfoDto}'s properties, named as in the official SDK. */
export namespace UpdatePublicAccountInfoDto {
  /** The values of `UpdatePublicAccountInfoDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `UpdatePublicAccountInfoDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UpdatePublicAccountInfoDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UpdatePublicAccountInfoDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `UpdatePublicAccountReqDto.options`.
 */
export type UpdatePublicAccountOptionsDto = Schemas.UpdatePublicAccountOptionsDto;
/** Run-time enums of {@link UpdatePublicAccountOptionsDto}'s properties, named as in the official SDK. */
export namespace UpdatePublicAccountOptionsDto {
  /** The values of `UpdatePublicAccountOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `UpdatePublicAccountOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
  /** The values of `UpdatePublicAccountOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `UpdatePublicAccountOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Request body of `updatePublicAccount`.
 */
export type UpdatePublicAccountReqDto = Schemas.UpdatePublicAccountReqDto;
/** Run-time enums of {@link UpdatePublicAccountReqDto}'s properties, named as in the official SDK. */
export namespace UpdatePublicAccountReqDto {
  /** The values of `UpdatePublicAccountReqDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `UpdatePublicAccountReqDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UpdatePublicAccountReqDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UpdatePublicAccountReqDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Request body of `updateResource`.
 */
export type UpdateResourceDto = Schemas.UpdateResourceDto;
/** Run-time enums of {@link UpdateResourceDto}'s properties, named as in the official SDK. */
export namespace UpdateResourceDto {
  /** The values of `UpdateResourceDto.type`, by member name. */
  export const type = {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  } as const;
  /** One of the values of `UpdateResourceDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Request body of `updateSyncTask`.
 */
export type UpdateSyncTaskDto = Schemas.UpdateSyncTaskDto;
/** Run-time enums of {@link UpdateSyncTaskDto}'s properties, named as in the official SDK. */
export namespace UpdateSyncTaskDto {
  /** The values of `UpdateSyncTaskDto.syncTaskType`, by member name. */
  export const syncTaskType = {
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
  } as const;
  /** One of the values of `UpdateSyncTaskDto.syncTaskType`. */
  export type syncTaskType = (typeof syncTaskType)[keyof typeof syncTaskType];
  /** The values of `UpdateSyncTaskDto.syncTaskFlow`, by member name. */
  export const syncTaskFlow = {
    UPSTREAM: "upstream",
    DOWNSTREAM: "downstream",
  } as const;
  /** One of the values of `UpdateSyncTaskDto.syncTaskFlow`. */
  export type syncTaskFlow = (typeof syncTaskFlow)[keyof typeof syncTaskFlow];
  /** The values of `UpdateSyncTaskDto.syncTaskTrigger`, by member name. */
  export const syncTaskTrigger = {
    MANUALLY: "manually",
    TIMED: "timed",
    AUTOMATIC: "automatic",
  } as const;
  /** One of the values of `UpdateSyncTaskDto.syncTaskTrigger`. */
  export type syncTaskTrigger = (typeof syncTaskTrigger)[keyof typeof syncTaskTrigger];
}

/**
 * Part of `UpdateUserBatchReqDto.options`.
 */
export type UpdateUserBatchOptionsDto = Schemas.UpdateUserBatchOptionsDto;
/** Run-time enums of {@link UpdateUserBatchOptionsDto}'s properties, named as in the official SDK. */
export namespace UpdateUserBatchOptionsDto {
  /** The values of `UpdateUserBatchOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `UpdateUserBatchOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Part of `UpdateUserBatchReqDto.list`.
 */
export type UpdateUserInfoDto = Schemas.UpdateUserInfoDto;
/** Run-time enums of {@link UpdateUserInfoDto}'s properties, named as in the official SDK. */
export namespace UpdateUserInfoDto {
  /** The values of `UpdateUserInfoDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `UpdateUserInfoDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UpdateUserInfoDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UpdateUserInfoDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `UpdateUserReqDto.options`.
 */
export type UpdateUserOptionsDto = Schemas.UpdateUserOptionsDto;
/** Run-time enums of {@link UpdateUserOptionsDto}'s properties, named as in the official SDK. */
export namespace UpdateUserOptionsDto {
  /** The values of `UpdateUserOptionsDto.userIdType`, by member name. */
  export const userIdType = {
    USER_ID: "user_id",
    EXTERNAL_ID: "external_id",
    PHONE: "phone",
    EMAIL: "email",
    USERNAME: "username",
    IDENTITY: "identity",
    SYNC_RELATION: "sync_relation",
    CUSTOM_FIELD: "custom_field",
  } as const;
  /** One of the values of `UpdateUserOptionsDto.userIdType`. */
  export type userIdType = (typeof userIdType)[keyof typeof userIdType];
  /** The values of `UpdateUserOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `UpdateUserOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Request body of `updateUser`.
 */
export type UpdateUserReqDto = Schemas.UpdateUserReqDto;
/** Run-time enums of {@link UpdateUserReqDto}'s properties, named as in the official SDK. */
export namespace UpdateUserReqDto {
  /** The values of `UpdateUserReqDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `UpdateUserReqDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UpdateUserReqDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UpdateUserReqDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Request body of `updateWebhook`.
 */
export type UpdateWebhookDto = Schemas.UpdateWebhookDto;
/** Run-time enums of {@link UpdateWebhookDto}'s properties, named as in the official SDK. */
export namespace UpdateWebhookDto {
  /** The values of `UpdateWebhookDto.contentType`, by member name. */
  export const contentType = {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  } as const;
  /** One of the values of `UpdateWebhookDto.contentType`. */
  export type contentType = (typeof contentType)[keyof typeof contentType];
}

/**
 * Part of `UserActionLogRespData.list`.
 */
export type UserActionLogDto = Schemas.UserActionLogDto;
/** Run-time enums of {@link UserActionLogDto}'s properties, named as in the official SDK. */
export namespace UserActionLogDto {
  /** The values of `UserActionLogDto.eventType`, by member name. */
  export const eventType = {
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
  } as const;
  /** One of the values of `UserActionLogDto.eventType`. */
  export type eventType = (typeof eventType)[keyof typeof eventType];
}

/**
 * Part of `UserAttributionPaginationDto.list` and `UserAttributionSingleRespDto.data`.
 */
export type UserAttributionDto = Schemas.UserAttributionDto;
/** Run-time enums of {@link UserAttributionDto}'s properties, named as in the official SDK. */
export namespace UserAttributionDto {
  /** The values of `UserAttributionDto.targetType`, by member name. */
  export const targetType = {
    DEPARTMENT: "department",
    POST: "post",
    ROLE: "role",
    GROUP: "group",
  } as const;
  /** One of the values of `UserAttributionDto.targetType`. */
  export type targetType = (typeof targetType)[keyof typeof targetType];
}

/**
 * Part of `GroupDto.members`, `ResGroupDto.members` and `TenantCooperatorDto.user` and others.
 */
export type UserDto = Schemas.UserDto;
/** Run-time enums of {@link UserDto}'s properties, named as in the official SDK. */
export namespace UserDto {
  /** The values of `UserDto.status`, by member name. */
  export const status = {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  } as const;
  /** One of the values of `UserDto.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `UserDto.workStatus`, by member name. */
  export const workStatus = {
    CLOSED: "Closed",
    ACTIVE: "Active",
  } as const;
  /** One of the values of `UserDto.workStatus`. */
  export type workStatus = (typeof workStatus)[keyof typeof workStatus];
  /** The values of `UserDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UserDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
  /** The values of `UserDto.userSourceType`, by member name. */
  export const userSourceType = {
    EXCEL: "excel",
    REGISTER: "register",
    ADMIN_CREATED: "adminCreated",
    SYNC: "sync",
  } as const;
  /** One of the values of `UserDto.userSourceType`. */
  export type userSourceType = (typeof userSourceType)[keyof typeof userSourceType];
}

/**
 * Part of `CreateDepartmentTreeReqDto.members`.
 */
export type UserInfoDto = Schemas.UserInfoDto;
/** Run-time enums of {@link UserInfoDto}'s properties, named as in the official SDK. */
export namespace UserInfoDto {
  /** The values of `UserInfoDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UserInfoDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Part of `UserPoolTenantConfigDtoRespDto.data`.
 */
export type UserPoolTenantConfigDto = Schemas.UserPoolTenantConfigDto;
/** Run-time enums of {@link UserPoolTenantConfigDto}'s properties, named as in the official SDK. */
export namespace UserPoolTenantConfigDto {
  /** The values of `UserPoolTenantConfigDto.enableSwitchType`, by member name. */
  export const enableSwitchType = {
    TENANT_CONSOLE: "tenant-console",
    TENANT_APP: "tenant-app",
    TENANT_LAUNPAD: "tenant-launpad",
  } as const;
  /** One of the values of `UserPoolTenantConfigDto.enableSwitchType`. */
  export type enableSwitchType = (typeof enableSwitchType)[keyof typeof enableSwitchType];
}

/**
 * Part of `CreateWebhookRespDto.data`, `GetWebhookRespDto.data` and `GetWebhooksData.list` and others.
 */
export type WebhookDto = Schemas.WebhookDto;
/** Run-time enums of {@link WebhookDto}'s properties, named as in the official SDK. */
export namespace WebhookDto {
  /** The values of `WebhookDto.contentType`, by member name. */
  export const contentType = {
    APPLICATION_JSON: "application/json",
    APPLICATION_X_WWW_FORM_URLENCODED: "application/x-www-form-urlencoded",
  } as const;
  /** One of the values of `WebhookDto.contentType`. */
  export type contentType = (typeof contentType)[keyof typeof contentType];
}

/**
 * Part of `CreateWebhookDto.retryConfig`, `UpdateWebhookDto.retryConfig` and `WebhookDto.retryConfig`.
 */
export type WebhookRetryConfigV3Dto = Schemas.WebhookRetryConfigV3Dto;
/** Run-time enums of {@link WebhookRetryConfigV3Dto}'s properties, named as in the official SDK. */
export namespace WebhookRetryConfigV3Dto {
  /** The values of `WebhookRetryConfigV3Dto.delayUnit`, by member name. */
  export const delayUnit = {
    SECOND: "Second",
    MINUTE: "Minute",
    HOUR: "Hour",
    DAY: "Day",
  } as const;
  /** One of the values of `WebhookRetryConfigV3Dto.delayUnit`. */
  export type delayUnit = (typeof delayUnit)[keyof typeof delayUnit];
}
