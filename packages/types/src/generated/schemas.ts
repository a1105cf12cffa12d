// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { components } from "./openapi.js";

export type AccessToken = components["schemas"]["AccessToken"];

export type AccessibleAppsDto = components["schemas"]["AccessibleAppsDto"];

export type AlipayAuthInfoDataDto = components["schemas"]["AlipayAuthInfoDataDto"];

export type AppQRCodeLoginDto = components["schemas"]["AppQRCodeLoginDto"];

export type AppValidateRuleDto = components["schemas"]["AppValidateRuleDto"];

export type ApplicationPermissionApplyApprovalObject = components["schemas"]["ApplicationPermissionApplyApprovalObject"];

export type ApprovalDetailDto = components["schemas"]["ApprovalDetailDto"];

export type ApprovalDetailRes = components["schemas"]["ApprovalDetailRes"];

export type ArrResourceAuthAction = components["schemas"]["ArrResourceAuthAction"];

export type ArrayAuthorize = components["schemas"]["ArrayAuthorize"];

export type AuthUrlResult = components["schemas"]["AuthUrlResult"];

export type AuthenticationCredentialDto = components["schemas"]["AuthenticationCredentialDto"];

export type AuthenticationOptionsDto = components["schemas"]["AuthenticationOptionsDto"];

export type AuthenticatorAssertionResponseDto = components["schemas"]["AuthenticatorAssertionResponseDto"];

export type AuthenticatorAttestationResponseDto = components["schemas"]["AuthenticatorAttestationResponseDto"];

export type AuthorizedResourceDto = components["schemas"]["AuthorizedResourceDto"];

export type AuthorizedResourcePaginatedRespDto = components["schemas"]["AuthorizedResourcePaginatedRespDto"];

export type AuthorizedResourcePagingDto = components["schemas"]["AuthorizedResourcePagingDto"];

export type BatchCreateApprovalReq = components["schemas"]["BatchCreateApprovalReq"];

export type BindByAccountIdInputApi = components["schemas"]["BindByAccountIdInputApi"];

export type BindByAccountInputApi = components["schemas"]["BindByAccountInputApi"];

export type BindByAccountsInputApi = components["schemas"]["BindByAccountsInputApi"];

export type BindByEmailCodeInputApi = components["schemas"]["BindByEmailCodeInputApi"];

export type BindByPhoneCodeInputApi = components["schemas"]["BindByPhoneCodeInputApi"];

export type BindByRegiserInputApi = components["schemas"]["BindByRegiserInputApi"];

export type BindEmailDto = components["schemas"]["BindEmailDto"];

export type BindPhoneDto = components["schemas"]["BindPhoneDto"];

export type Cas20ValidationFailureResult = components["schemas"]["Cas20ValidationFailureResult"];

export type Cas20ValidationSuccessResult = components["schemas"]["Cas20ValidationSuccessResult"];

export type CasParams = components["schemas"]["CasParams"];

export type ChangePushCodeStatusDto = components["schemas"]["ChangePushCodeStatusDto"];

export type ChangeQRCodeStatusDto = components["schemas"]["ChangeQRCodeStatusDto"];

export type CheckDeviceCredentialIdDto = components["schemas"]["CheckDeviceCredentialIdDto"];

export type CheckPermissionArrayResourceDto = components["schemas"]["CheckPermissionArrayResourceDto"];

export type CheckPermissionStringResourceDto = components["schemas"]["CheckPermissionStringResourceDto"];

export type CheckPermissionTreeResourceDto = components["schemas"]["CheckPermissionTreeResourceDto"];

export type CheckPushCodeStatusDataDto = components["schemas"]["CheckPushCodeStatusDataDto"];

export type CheckPushCodeStatusRespDto = components["schemas"]["CheckPushCodeStatusRespDto"];

export type CheckQRCodeStatusDataDto = components["schemas"]["CheckQRCodeStatusDataDto"];

export type CheckQRCodeStatusRespDto = components["schemas"]["CheckQRCodeStatusRespDto"];

export type CheckResourcePermissionDataDto = components["schemas"]["CheckResourcePermissionDataDto"];

export type CheckResourcePermissionRespDto = components["schemas"]["CheckResourcePermissionRespDto"];

export type CheckResourcePermissionsRespDto = components["schemas"]["CheckResourcePermissionsRespDto"];

export type CommonResponseDto = components["schemas"]["CommonResponseDto"];

export type CountryDetailInfo = components["schemas"]["CountryDetailInfo"];

export type CreateApprovalDto = components["schemas"]["CreateApprovalDto"];

export type CreateApprovalReq = components["schemas"]["CreateApprovalReq"];

export type CreateApprovalRes = components["schemas"]["CreateApprovalRes"];

export type CustomFieldI18n = components["schemas"]["CustomFieldI18n"];

export type DecryptDouyinMiniProgramDataDto = components["schemas"]["DecryptDouyinMiniProgramDataDto"];

export type DecryptDouyinMiniProgramDataRespDto = components["schemas"]["DecryptDouyinMiniProgramDataRespDto"];

export type DecryptWechatMiniProgramDataDto = components["schemas"]["DecryptWechatMiniProgramDataDto"];

export type DecryptWechatMiniProgramDataRespDto = components["schemas"]["DecryptWechatMiniProgramDataRespDto"];

export type DeleteAccounDto = components["schemas"]["DeleteAccounDto"];

export type DeleteAccountByEmailPassCodeDto = components["schemas"]["DeleteAccountByEmailPassCodeDto"];

export type DeleteAccountByPasswordDto = components["schemas"]["DeleteAccountByPasswordDto"];

export type DeleteAccountByPhonePassCodeDto = components["schemas"]["DeleteAccountByPhonePassCodeDto"];

export type DepartmentI18nDto = components["schemas"]["DepartmentI18nDto"];

export type DeviceInfo = components["schemas"]["DeviceInfo"];

export type EnablePermissionApplyApplication = components["schemas"]["EnablePermissionApplyApplication"];

export type EnablePermissionApplyApplicationList = components["schemas"]["EnablePermissionApplyApplicationList"];

export type EnablePermissionApplyApplicationListRes = components["schemas"]["EnablePermissionApplyApplicationListRes"];

export type EnablePermissionApplyRole = components["schemas"]["EnablePermissionApplyRole"];

export type EnablePermissionApplyRoleListRes = components["schemas"]["EnablePermissionApplyRoleListRes"];

export type EnablePermissionApplyRolePageList = components["schemas"]["EnablePermissionApplyRolePageList"];

export type EnrollFactorDto = components["schemas"]["EnrollFactorDto"];

export type EnrollFactorEnrollmentDataDto = components["schemas"]["EnrollFactorEnrollmentDataDto"];

export type EnrollFactorRespDto = components["schemas"]["EnrollFactorRespDto"];

export type ErrMsgI18nDto = components["schemas"]["ErrMsgI18nDto"];

export type ExchangeTokenSetWithQRcodeTicketDto = components["schemas"]["ExchangeTokenSetWithQRcodeTicketDto"];

export type ExtIdpInfoDto = components["schemas"]["ExtIdpInfoDto"];

export type ExtendsFieldDto = components["schemas"]["ExtendsFieldDto"];

export type ExtraParams = components["schemas"]["ExtraParams"];

export type FactorDto = components["schemas"]["FactorDto"];

export type FactorProfile = components["schemas"]["FactorProfile"];

export type FactorToEnrollDto = components["schemas"]["FactorToEnrollDto"];

export type FastpassQRCodeRelationAppDto = components["schemas"]["FastpassQRCodeRelationAppDto"];

export type FastpassUserInfoDto = components["schemas"]["FastpassUserInfoDto"];

export type FinalizeWebAuthnLoginDto = components["schemas"]["FinalizeWebAuthnLoginDto"];

/**
 * An envelope whose `data` GenAuth does not document; it may hold any JSON value.
 */
export type GenAuthDataEnvelope = components["schemas"]["GenAuthDataEnvelope"];

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = components["schemas"]["GenAuthEnvelope"];

/**
 * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
 * and there is no `data`.
 */
export type GenAuthErrorEnvelope = components["schemas"]["GenAuthErrorEnvelope"];

export type GeneFastpassQRCodeInfoDto = components["schemas"]["GeneFastpassQRCodeInfoDto"];

export type GeneFastpassQRCodeRespDto = components["schemas"]["GeneFastpassQRCodeRespDto"];

export type GenePushCodeDataDto = components["schemas"]["GenePushCodeDataDto"];

export type GenePushCodeRespDto = components["schemas"]["GenePushCodeRespDto"];

export type GeneQRCodeDataDto = components["schemas"]["GeneQRCodeDataDto"];

export type GeneQRCodeRespDto = components["schemas"]["GeneQRCodeRespDto"];

export type GenerateBindExtIdpLinkDataDto = components["schemas"]["GenerateBindExtIdpLinkDataDto"];

export type GenerateBindExtIdpLinkRespDto = components["schemas"]["GenerateBindExtIdpLinkRespDto"];

export type GenerateInvitationLinkDto = components["schemas"]["GenerateInvitationLinkDto"];

export type GenerateInvitationLinkRespDto = components["schemas"]["GenerateInvitationLinkRespDto"];

export type GenerateInviteeTokenDto = components["schemas"]["GenerateInviteeTokenDto"];

export type GenerateInviteeTokenRespDto = components["schemas"]["GenerateInviteeTokenRespDto"];

export type GenerateQrcodeDto = components["schemas"]["GenerateQrcodeDto"];

export type GeoIp = components["schemas"]["GeoIp"];

export type GeoIpLocation = components["schemas"]["GeoIpLocation"];

export type GetAccessibleAppsRespDto = components["schemas"]["GetAccessibleAppsRespDto"];

export type GetAlipayAuthInfoRespDto = components["schemas"]["GetAlipayAuthInfoRespDto"];

export type GetAuthenticationOptionsRespDto = components["schemas"]["GetAuthenticationOptionsRespDto"];

export type GetCaptchaCodeDataDto = components["schemas"]["GetCaptchaCodeDataDto"];

export type GetCaptchaCodeRespDto = components["schemas"]["GetCaptchaCodeRespDto"];

export type GetCountryListRespDto = components["schemas"]["GetCountryListRespDto"];

export type GetExtIdpsRespDto = components["schemas"]["GetExtIdpsRespDto"];

export type GetFactorRespDto = components["schemas"]["GetFactorRespDto"];

export type GetFastpassQRCodeRelationAppsDto = components["schemas"]["GetFastpassQRCodeRelationAppsDto"];

export type GetFastpassQRCodeRelationAppsRespDto = components["schemas"]["GetFastpassQRCodeRelationAppsRespDto"];

export type GetIdentitiesRespDto = components["schemas"]["GetIdentitiesRespDto"];

export type GetInviteeContextRespDto = components["schemas"]["GetInviteeContextRespDto"];

export type GetLoggedInAppsRespDto = components["schemas"]["GetLoggedInAppsRespDto"];

export type GetLoginHistoryRespDto = components["schemas"]["GetLoginHistoryRespDto"];

export type GetPublicAccountDataRespDto = components["schemas"]["GetPublicAccountDataRespDto"];

export type GetPushCodeRelationAppsDataDto = components["schemas"]["GetPushCodeRelationAppsDataDto"];

export type GetPushCodeRelationAppsDto = components["schemas"]["GetPushCodeRelationAppsDto"];

export type GetPushCodeRelationAppsRespDto = components["schemas"]["GetPushCodeRelationAppsRespDto"];

export type GetRegistrationOptionsRespDto = components["schemas"]["GetRegistrationOptionsRespDto"];

export type GetSecurityInfoDto = components["schemas"]["GetSecurityInfoDto"];

export type GetSecurityInfoRespDto = components["schemas"]["GetSecurityInfoRespDto"];

export type GetTenantListRespDto = components["schemas"]["GetTenantListRespDto"];

export type GetUniversalInvitationJoinRespDto = components["schemas"]["GetUniversalInvitationJoinRespDto"];

export type GetUniversalInvitationPublicConfigRespDto = components["schemas"]["GetUniversalInvitationPublicConfigRespDto"];

export type GetUserAuthResourceListDataDto = components["schemas"]["GetUserAuthResourceListDataDto"];

export type GetUserAuthResourceListRespDto = components["schemas"]["GetUserAuthResourceListRespDto"];

export type GetUserAuthResourcePermissionList = components["schemas"]["GetUserAuthResourcePermissionList"];

export type GetUserAuthResourcePermissionListDataDto = components["schemas"]["GetUserAuthResourcePermissionListDataDto"];

export type GetUserAuthResourcePermissionListDto = components["schemas"]["GetUserAuthResourcePermissionListDto"];

export type GetUserAuthResourcePermissionListRespDto = components["schemas"]["GetUserAuthResourcePermissionListRespDto"];

export type GetUserAuthResourceStructDataDto = components["schemas"]["GetUserAuthResourceStructDataDto"];

export type GetUserAuthResourceStructDto = components["schemas"]["GetUserAuthResourceStructDto"];

export type GetUserAuthResourceStructRespDto = components["schemas"]["GetUserAuthResourceStructRespDto"];

export type GetUserSelectLoginPublicAccountsDataDto = components["schemas"]["GetUserSelectLoginPublicAccountsDataDto"];

export type GetUserSelectLoginPublicAccountsOriginUserDto = components["schemas"]["GetUserSelectLoginPublicAccountsOriginUserDto"];

/**
 * A WeChat access token and when it expires.
 */
export type GetWechatAccessTokenDataDto = components["schemas"]["GetWechatAccessTokenDataDto"];

/**
 * Identifies a WeChat mini program or official account.
 */
export type GetWechatAccessTokenDto = components["schemas"]["GetWechatAccessTokenDto"];

/**
 * Envelope answering `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenInfoRespDto = components["schemas"]["GetWechatAccessTokenInfoRespDto"];

/**
 * Envelope answering `getWechatMpAccessToken`.
 */
export type GetWechatAccessTokenRespDto = components["schemas"]["GetWechatAccessTokenRespDto"];

export type GroupDto = components["schemas"]["GroupDto"];

export type GroupListRespDto = components["schemas"]["GroupListRespDto"];

export type IDToken = components["schemas"]["IDToken"];

export type IdentityDto = components["schemas"]["IdentityDto"];

export type InitiatedApproval = components["schemas"]["InitiatedApproval"];

export type InitiatedApprovalListRes = components["schemas"]["InitiatedApprovalListRes"];

export type InitiatedApprovalPageList = components["schemas"]["InitiatedApprovalPageList"];

export type InvitationLinkDto = components["schemas"]["InvitationLinkDto"];

export type InviteeContextDto = components["schemas"]["InviteeContextDto"];

export type InviteeProfileDto = components["schemas"]["InviteeProfileDto"];

export type InviterDetailDto = components["schemas"]["InviterDetailDto"];

export type IsSuccessDto = components["schemas"]["IsSuccessDto"];

export type IsSuccessRespDto = components["schemas"]["IsSuccessRespDto"];

export type JWKSObject = components["schemas"]["JWKSObject"];

export type LangObject = components["schemas"]["LangObject"];

export type LangUnit = components["schemas"]["LangUnit"];

export type ListDeviceCredentialDto = components["schemas"]["ListDeviceCredentialDto"];

export type ListEnrolledFactorsRespDto = components["schemas"]["ListEnrolledFactorsRespDto"];

export type ListFactorsToEnrollRespDto = components["schemas"]["ListFactorsToEnrollRespDto"];

export type ListPublicAccountDataDto = components["schemas"]["ListPublicAccountDataDto"];

export type ListWebAuthnAuthenticatorDeviceDataDto = components["schemas"]["ListWebAuthnAuthenticatorDeviceDataDto"];

export type LoggedInAppsDto = components["schemas"]["LoggedInAppsDto"];

export type LoginHistoryDto = components["schemas"]["LoginHistoryDto"];

export type LoginHistoryPaginatedRespDto = components["schemas"]["LoginHistoryPaginatedRespDto"];

export type LoginTokenRespDto = components["schemas"]["LoginTokenRespDto"];

export type LoginTokenResponseDataDto = components["schemas"]["LoginTokenResponseDataDto"];

export type LogoutParams = components["schemas"]["LogoutParams"];

export type MfaOtpVerityDto = components["schemas"]["MfaOtpVerityDto"];

export type MfaOtpVerityRespDto = components["schemas"]["MfaOtpVerityRespDto"];

export type MfaTokenIntrospectEndpointParams = components["schemas"]["MfaTokenIntrospectEndpointParams"];

export type MfaTokenIntrospectResponse = components["schemas"]["MfaTokenIntrospectResponse"];

export type OIDCTokenResponse = components["schemas"]["OIDCTokenResponse"];

export type OauthParams = components["schemas"]["OauthParams"];

export type OidcParams = components["schemas"]["OidcParams"];

export type OpenResource = components["schemas"]["OpenResource"];

export type OtpVerityRespDto = components["schemas"]["OtpVerityRespDto"];

export type ParsedUserAgent = components["schemas"]["ParsedUserAgent"];

export type PasswordResetVerifyResp = components["schemas"]["PasswordResetVerifyResp"];

export type PolicyCondition = components["schemas"]["PolicyCondition"];

export type PolicyInviteJoinedOptionsDto = components["schemas"]["PolicyInviteJoinedOptionsDto"];

export type PolicyInviteeJoinedDto = components["schemas"]["PolicyInviteeJoinedDto"];

export type PreCheckCodeDataDto = components["schemas"]["PreCheckCodeDataDto"];

export type PreCheckCodeDto = components["schemas"]["PreCheckCodeDto"];

export type PreCheckCodeRespDto = components["schemas"]["PreCheckCodeRespDto"];

export type PreCheckEmailCodeDto = components["schemas"]["PreCheckEmailCodeDto"];

export type PreCheckSmsCodeDto = components["schemas"]["PreCheckSmsCodeDto"];

/**
 * A custom user event, as `pub(eventName, data)` sends it.
 */
export type PubUserEventDto = components["schemas"]["PubUserEventDto"];

export type PublicAccountSwitchLoginDto = components["schemas"]["PublicAccountSwitchLoginDto"];

export type PublicKeyCredentialCreationOptionsDto = components["schemas"]["PublicKeyCredentialCreationOptionsDto"];

export type PublicKeyCredentialDescriptorDto = components["schemas"]["PublicKeyCredentialDescriptorDto"];

export type PublicKeyCredentialParametersDto = components["schemas"]["PublicKeyCredentialParametersDto"];

export type PublicKeyCredentialRequestOptionsDto = components["schemas"]["PublicKeyCredentialRequestOptionsDto"];

export type PublicKeyCredentialRpEntityDto = components["schemas"]["PublicKeyCredentialRpEntityDto"];

export type PublicKeyCredentialUserEntityDto = components["schemas"]["PublicKeyCredentialUserEntityDto"];

export type QRCodeStatusBriefUserInfoDto = components["schemas"]["QRCodeStatusBriefUserInfoDto"];

export type RegistrationCredentialDto = components["schemas"]["RegistrationCredentialDto"];

export type RegistrationOptionsDto = components["schemas"]["RegistrationOptionsDto"];

export type RemoveDeviceCredentialDto = components["schemas"]["RemoveDeviceCredentialDto"];

export type ResetFactorDto = components["schemas"]["ResetFactorDto"];

export type ResetFactorRespDto = components["schemas"]["ResetFactorRespDto"];

export type ResetPasswordByEmailPassCodeDto = components["schemas"]["ResetPasswordByEmailPassCodeDto"];

export type ResetPasswordByPhonePassCodeDto = components["schemas"]["ResetPasswordByPhonePassCodeDto"];

export type ResetPasswordDto = components["schemas"]["ResetPasswordDto"];

export type ResetPasswordVerify = components["schemas"]["ResetPasswordVerify"];

export type RevokeDeviceSessionDto = components["schemas"]["RevokeDeviceSessionDto"];

export type RoleDto = components["schemas"]["RoleDto"];

export type RoleListRespDto = components["schemas"]["RoleListRespDto"];

export type RolePermissionApplyApprovalObject = components["schemas"]["RolePermissionApplyApprovalObject"];

export type SendEmailDto = components["schemas"]["SendEmailDto"];

export type SendEmailRespDto = components["schemas"]["SendEmailRespDto"];

export type SendEnrollFactorRequestDataDto = components["schemas"]["SendEnrollFactorRequestDataDto"];

export type SendEnrollFactorRequestDto = components["schemas"]["SendEnrollFactorRequestDto"];

export type SendEnrollFactorRequestOtpDataDto = components["schemas"]["SendEnrollFactorRequestOtpDataDto"];

export type SendEnrollFactorRequestRespDto = components["schemas"]["SendEnrollFactorRequestRespDto"];

export type SendSMSDto = components["schemas"]["SendSMSDto"];

export type SendSMSRespDto = components["schemas"]["SendSMSRespDto"];

export type SignInByAdPayloadDto = components["schemas"]["SignInByAdPayloadDto"];

export type SignInByAlipayPayloadDto = components["schemas"]["SignInByAlipayPayloadDto"];

export type SignInByAmazonPayloadDto = components["schemas"]["SignInByAmazonPayloadDto"];

export type SignInByApplePayloadDto = components["schemas"]["SignInByApplePayloadDto"];

export type SignInByBaiduPayloadDto = components["schemas"]["SignInByBaiduPayloadDto"];

export type SignInByDingTalkPayloadDto = components["schemas"]["SignInByDingTalkPayloadDto"];

export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = components["schemas"]["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"];

export type SignInByDouyinMiniProgramCodePayloadDto = components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];

export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = components["schemas"]["SignInByDouyinMiniProgramPhoneInfoPayloadDto"];

export type SignInByDouyinPayloadDto = components["schemas"]["SignInByDouyinPayloadDto"];

export type SignInByFacebookPayloadDto = components["schemas"]["SignInByFacebookPayloadDto"];

export type SignInByGiteePayloadDto = components["schemas"]["SignInByGiteePayloadDto"];

export type SignInByGithubPayloadDto = components["schemas"]["SignInByGithubPayloadDto"];

export type SignInByGitlabPayloadDto = components["schemas"]["SignInByGitlabPayloadDto"];

export type SignInByGooglePayloadDto = components["schemas"]["SignInByGooglePayloadDto"];

export type SignInByHuaweiPayloadDto = components["schemas"]["SignInByHuaweiPayloadDto"];

export type SignInByKuaishouPayloadDto = components["schemas"]["SignInByKuaishouPayloadDto"];

export type SignInByLarkBlockPayloadDto = components["schemas"]["SignInByLarkBlockPayloadDto"];

export type SignInByLarkInternalPayloadDto = components["schemas"]["SignInByLarkInternalPayloadDto"];

export type SignInByLarkPublicPayloadDto = components["schemas"]["SignInByLarkPublicPayloadDto"];

export type SignInByLdapPayloadDto = components["schemas"]["SignInByLdapPayloadDto"];

export type SignInByLinePayloadDto = components["schemas"]["SignInByLinePayloadDto"];

export type SignInByLinkedInPayloadDto = components["schemas"]["SignInByLinkedInPayloadDto"];

export type SignInByMobileOptionsDto = components["schemas"]["SignInByMobileOptionsDto"];

export type SignInByOPPOPayloadDto = components["schemas"]["SignInByOPPOPayloadDto"];

export type SignInByPassCodePayloadDto = components["schemas"]["SignInByPassCodePayloadDto"];

export type SignInByPasswordPayloadDto = components["schemas"]["SignInByPasswordPayloadDto"];

export type SignInByPushDto = components["schemas"]["SignInByPushDto"];

export type SignInByPushOptionsDto = components["schemas"]["SignInByPushOptionsDto"];

export type SignInByQQPayloadDto = components["schemas"]["SignInByQQPayloadDto"];

export type SignInBySlackPayloadDto = components["schemas"]["SignInBySlackPayloadDto"];

export type SignInBySwitchOptionsDto = components["schemas"]["SignInBySwitchOptionsDto"];

export type SignInByWebAuthnOptionsDto = components["schemas"]["SignInByWebAuthnOptionsDto"];

export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = components["schemas"]["SignInByWechatMiniProgramCodeAndPhonePayloadDto"];

export type SignInByWechatMiniProgramCodePayloadDto = components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];

export type SignInByWechatMiniProgramPhoneInfoPayloadDto = components["schemas"]["SignInByWechatMiniProgramPhoneInfoPayloadDto"];

export type SignInByWechatMiniProgramPhonePayloadDto = components["schemas"]["SignInByWechatMiniProgramPhonePayloadDto"];

export type SignInByWechatPayloadDto = components["schemas"]["SignInByWechatPayloadDto"];

export type SignInByWechatworkAgencyPayloadDto = components["schemas"]["SignInByWechatworkAgencyPayloadDto"];

export type SignInByWechatworkDto = components["schemas"]["SignInByWechatworkDto"];

export type SignInByWeiboPayloadDto = components["schemas"]["SignInByWeiboPayloadDto"];

export type SignInByXiaomiPayloadDto = components["schemas"]["SignInByXiaomiPayloadDto"];

export type SignInByYidunPayloadDto = components["schemas"]["SignInByYidunPayloadDto"];

export type SignInFastpassDto = components["schemas"]["SignInFastpassDto"];

export type SignInFastpassOptionsDto = components["schemas"]["SignInFastpassOptionsDto"];

export type SignInOptionsDto = components["schemas"]["SignInOptionsDto"];

export type SignUpByPassCodeDto = components["schemas"]["SignUpByPassCodeDto"];

export type SignUpByPasswordDto = components["schemas"]["SignUpByPasswordDto"];

export type SignUpDto = components["schemas"]["SignUpDto"];

export type SignUpOptionsDto = components["schemas"]["SignUpOptionsDto"];

export type SignUpProfileDto = components["schemas"]["SignUpProfileDto"];

export type SigninByCredentialsDto = components["schemas"]["SigninByCredentialsDto"];

export type SigninByMobileDto = components["schemas"]["SigninByMobileDto"];

export type StrAuthorize = components["schemas"]["StrAuthorize"];

export type StrResourceAuthAction = components["schemas"]["StrResourceAuthAction"];

export type SystemInfoResp = components["schemas"]["SystemInfoResp"];

export type SystmeInfoRSAConfig = components["schemas"]["SystmeInfoRSAConfig"];

export type SystmeInfoSM2Config = components["schemas"]["SystmeInfoSM2Config"];

export type SystmeInfoVersion = components["schemas"]["SystmeInfoVersion"];

export type TerminalSessionDto = components["schemas"]["TerminalSessionDto"];

export type TerminalSessionRespDto = components["schemas"]["TerminalSessionRespDto"];

export type TreeAuthBo = components["schemas"]["TreeAuthBo"];

export type TreeAuthorize = components["schemas"]["TreeAuthorize"];

export type TreeResourceAuthAction = components["schemas"]["TreeResourceAuthAction"];

export type TreeStructs = components["schemas"]["TreeStructs"];

export type UnbindDeviceDto = components["schemas"]["UnbindDeviceDto"];

export type UnbindEmailDto = components["schemas"]["UnbindEmailDto"];

export type UnbindPhoneDto = components["schemas"]["UnbindPhoneDto"];

export type UniversalInvitationJoinRespDto = components["schemas"]["UniversalInvitationJoinRespDto"];

export type UniversalInvitationPublicConfigDto = components["schemas"]["UniversalInvitationPublicConfigDto"];

export type UniversalInvitationUserJoinDto = components["schemas"]["UniversalInvitationUserJoinDto"];

export type UniversalInviteeProfileDto = components["schemas"]["UniversalInviteeProfileDto"];

export type UnlinkExtIdpDto = components["schemas"]["UnlinkExtIdpDto"];

export type UpdateEmailByEmailPassCodeDto = components["schemas"]["UpdateEmailByEmailPassCodeDto"];

export type UpdateEmailDto = components["schemas"]["UpdateEmailDto"];

export type UpdatePasskeyDto = components["schemas"]["UpdatePasskeyDto"];

export type UpdatePasswordDto = components["schemas"]["UpdatePasswordDto"];

export type UpdatePhoneByPhonePassCodeDto = components["schemas"]["UpdatePhoneByPhonePassCodeDto"];

export type UpdatePhoneDto = components["schemas"]["UpdatePhoneDto"];

export type UpdateUserProfileDto = components["schemas"]["UpdateUserProfileDto"];

export type UserAuthResourceListDto = components["schemas"]["UserAuthResourceListDto"];

export type UserDepartmentPaginatedRespDto = components["schemas"]["UserDepartmentPaginatedRespDto"];

export type UserDepartmentPagingDto = components["schemas"]["UserDepartmentPagingDto"];

export type UserDepartmentRespDto = components["schemas"]["UserDepartmentRespDto"];

export type UserDto = components["schemas"]["UserDto"];

export type UserPoolPublicConfigDto = components["schemas"]["UserPoolPublicConfigDto"];

export type UserSingleRespDto = components["schemas"]["UserSingleRespDto"];

export type UserTenantListDto = components["schemas"]["UserTenantListDto"];

export type ValidatePasswordDto = components["schemas"]["ValidatePasswordDto"];

export type ValidatePasswordRespDto = components["schemas"]["ValidatePasswordRespDto"];

export type ValidatePasswordResultDto = components["schemas"]["ValidatePasswordResultDto"];

export type VerifyAuthenticationDto = components["schemas"]["VerifyAuthenticationDto"];

export type VerifyAuthenticationResultDto = components["schemas"]["VerifyAuthenticationResultDto"];

export type VerifyAuthenticationResultRespDto = components["schemas"]["VerifyAuthenticationResultRespDto"];

export type VerifyDeleteAccountRequestDataDto = components["schemas"]["VerifyDeleteAccountRequestDataDto"];

export type VerifyDeleteAccountRequestDto = components["schemas"]["VerifyDeleteAccountRequestDto"];

export type VerifyDeleteAccountRequestRespDto = components["schemas"]["VerifyDeleteAccountRequestRespDto"];

export type VerifyInviteCodeDto = components["schemas"]["VerifyInviteCodeDto"];

export type VerifyRegistrationDto = components["schemas"]["VerifyRegistrationDto"];

export type VerifyRegistrationResultDto = components["schemas"]["VerifyRegistrationResultDto"];

export type VerifyRegistrationResultRespDto = components["schemas"]["VerifyRegistrationResultRespDto"];

export type VerifyResetPasswordRequestDto = components["schemas"]["VerifyResetPasswordRequestDto"];

export type VerifyUpdateEmailRequestData = components["schemas"]["VerifyUpdateEmailRequestData"];

export type VerifyUpdateEmailRequestDto = components["schemas"]["VerifyUpdateEmailRequestDto"];

export type VerifyUpdateEmailRequestRespDto = components["schemas"]["VerifyUpdateEmailRequestRespDto"];

export type VerifyUpdatePhoneRequestData = components["schemas"]["VerifyUpdatePhoneRequestData"];

export type VerifyUpdatePhoneRequestDto = components["schemas"]["VerifyUpdatePhoneRequestDto"];

export type VerifyUpdatePhoneRequestRespDto = components["schemas"]["VerifyUpdatePhoneRequestRespDto"];

export type WebAuthnCheckValidCredentialsByCredIdsRespDto = components["schemas"]["WebAuthnCheckValidCredentialsByCredIdsRespDto"];

export type WebAuthnRemoveCredentialDto = components["schemas"]["WebAuthnRemoveCredentialDto"];

export type WechatLoginTokenRespDto = components["schemas"]["WechatLoginTokenRespDto"];

export type WechatMobileAuthByCodeIdentityInput = components["schemas"]["WechatMobileAuthByCodeIdentityInput"];
