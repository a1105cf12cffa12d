// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { components } from "./openapi.js";

/**
 * Claims of a decoded GenAuth access token (a JWT).
 */
export type AccessToken = components["schemas"]["AccessToken"];

/**
 * An application the signed-in user is allowed to open.
 */
export type AccessibleAppsDto = components["schemas"]["AccessibleAppsDto"];

/**
 * What a mobile app needs to start Alipay sign-in.
 */
export type AlipayAuthInfoDataDto = components["schemas"]["AlipayAuthInfoDataDto"];

/**
 * Request body for signing in with a quick sign-in QR code scanned in an app.
 */
export type AppQRCodeLoginDto = components["schemas"]["AppQRCodeLoginDto"];

/**
 * A check that the value of an extended user field must pass.
 */
export type AppValidateRuleDto = components["schemas"]["AppValidateRuleDto"];

/**
 * The application an access request is about.
 */
export type ApplicationPermissionApplyApprovalObject = components["schemas"]["ApplicationPermissionApplyApprovalObject"];

/**
 * One approval request and where it stands.
 */
export type ApprovalDetailDto = components["schemas"]["ApprovalDetailDto"];

/**
 * Answer of `getDetail`: one approval request.
 */
export type ApprovalDetailRes = components["schemas"]["ApprovalDetailRes"];

/**
 * What the user is granted on an array data resource.
 */
export type ArrResourceAuthAction = components["schemas"]["ArrResourceAuthAction"];

/**
 * The part of a data policy that covers an array data resource.
 */
export type ArrayAuthorize = components["schemas"]["ArrayAuthorize"];

/**
 * A sign-in URL built by the SDK, with the values it put in it.
 */
export type AuthUrlResult = components["schemas"]["AuthUrlResult"];

/**
 * A WebAuthn credential as returned by the browser after the authenticator signed the challenge.
 */
export type AuthenticationCredentialDto = components["schemas"]["AuthenticationCredentialDto"];

/**
 * What the browser needs to ask an authenticator to sign in with WebAuthn.
 */
export type AuthenticationOptionsDto = components["schemas"]["AuthenticationOptionsDto"];

/**
 * The part of a WebAuthn assertion produced by the authenticator and the browser.
 */
export type AuthenticatorAssertionResponseDto = components["schemas"]["AuthenticatorAssertionResponseDto"];

/**
 * The part of a new WebAuthn credential produced by the authenticator and the browser.
 */
export type AuthenticatorAttestationResponseDto = components["schemas"]["AuthenticatorAttestationResponseDto"];

/**
 * A resource the signed-in user is granted, with the actions and the policy effect.
 */
export type AuthorizedResourceDto = components["schemas"]["AuthorizedResourceDto"];

/**
 * Answer of `getAuthorizedResources`: one page of the user's granted resources.
 */
export type AuthorizedResourcePaginatedRespDto = components["schemas"]["AuthorizedResourcePaginatedRespDto"];

/**
 * One page of the resources granted to the user.
 */
export type AuthorizedResourcePagingDto = components["schemas"]["AuthorizedResourcePagingDto"];

/**
 * Request body for submitting several access requests of the same kind at once.
 */
export type BatchCreateApprovalReq = components["schemas"]["BatchCreateApprovalReq"];

/**
 * Request body for linking the WeChat identity to an existing account given by its ID.
 */
export type BindByAccountIdInputApi = components["schemas"]["BindByAccountIdInputApi"];

/**
 * Request body for linking the WeChat identity to an account proven by its password.
 */
export type BindByAccountInputApi = components["schemas"]["BindByAccountInputApi"];

/**
 * Request body for picking one of several accounts that match the WeChat identity.
 */
export type BindByAccountsInputApi = components["schemas"]["BindByAccountsInputApi"];

/**
 * Request body for linking the WeChat identity to an account proven by an email code.
 */
export type BindByEmailCodeInputApi = components["schemas"]["BindByEmailCodeInputApi"];

/**
 * Request body for linking the WeChat identity to an account proven by a text-message code.
 */
export type BindByPhoneCodeInputApi = components["schemas"]["BindByPhoneCodeInputApi"];

/**
 * Request body for creating a new user from the WeChat identity.
 */
export type BindByRegiserInputApi = components["schemas"]["BindByRegiserInputApi"];

/**
 * Request body for adding an email address to the signed-in user.
 */
export type BindEmailDto = components["schemas"]["BindEmailDto"];

/**
 * Request body for adding a phone number to the signed-in user.
 */
export type BindPhoneDto = components["schemas"]["BindPhoneDto"];

/**
 * A failed CAS 2.0 ticket validation (`serviceValidate`).
 */
export type Cas20ValidationFailureResult = components["schemas"]["Cas20ValidationFailureResult"];

/**
 * A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes.
 */
export type Cas20ValidationSuccessResult = components["schemas"]["Cas20ValidationSuccessResult"];

/**
 * Options for building a CAS sign-in URL.
 */
export type CasParams = components["schemas"]["CasParams"];

/**
 * Request body for confirming or cancelling a push sign-in request.
 */
export type ChangePushCodeStatusDto = components["schemas"]["ChangePushCodeStatusDto"];

/**
 * Request body for reporting what the app did with a sign-in QR code.
 */
export type ChangeQRCodeStatusDto = components["schemas"]["ChangeQRCodeStatusDto"];

/**
 * Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.
 */
export type CheckDeviceCredentialIdDto = components["schemas"]["CheckDeviceCredentialIdDto"];

/**
 * Request body for checking the user's permission on array data resources.
 */
export type CheckPermissionArrayResourceDto = components["schemas"]["CheckPermissionArrayResourceDto"];

/**
 * Request body for checking the user's permission on string data resources.
 */
export type CheckPermissionStringResourceDto = components["schemas"]["CheckPermissionStringResourceDto"];

/**
 * Request body for checking the user's permission on tree data resources.
 */
export type CheckPermissionTreeResourceDto = components["schemas"]["CheckPermissionTreeResourceDto"];

/**
 * Where a push sign-in request stands, and the tokens once it is authorized.
 */
export type CheckPushCodeStatusDataDto = components["schemas"]["CheckPushCodeStatusDataDto"];

/**
 * Answer of `checkPushCodeStatus`: where the push sign-in request stands.
 */
export type CheckPushCodeStatusRespDto = components["schemas"]["CheckPushCodeStatusRespDto"];

/**
 * Where a sign-in QR code stands, with what the web page needs at each step.
 */
export type CheckQRCodeStatusDataDto = components["schemas"]["CheckQRCodeStatusDataDto"];

/**
 * Answer of the QR code state checks: where the sign-in QR code stands.
 */
export type CheckQRCodeStatusRespDto = components["schemas"]["CheckQRCodeStatusRespDto"];

/**
 * Results of checking the user's permission on several data resources.
 */
export type CheckResourcePermissionDataDto = components["schemas"]["CheckResourcePermissionDataDto"];

/**
 * Whether the user may perform an action on one data resource.
 */
export type CheckResourcePermissionRespDto = components["schemas"]["CheckResourcePermissionRespDto"];

/**
 * Answer of the `checkPermissionBy*Resource` methods: one result per resource.
 */
export type CheckResourcePermissionsRespDto = components["schemas"]["CheckResourcePermissionsRespDto"];

/**
 * GenAuth's envelope without `data`, for operations that only report success or failure.
 */
export type CommonResponseDto = components["schemas"]["CommonResponseDto"];

/**
 * A country, with its codes, calling code, flag and names.
 */
export type CountryDetailInfo = components["schemas"]["CountryDetailInfo"];

/**
 * The approval request that was just created.
 */
export type CreateApprovalDto = components["schemas"]["CreateApprovalDto"];

/**
 * Request body for submitting one access request.
 */
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

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type RemoveDeviceCredentialDto = components["schemas"]["RemoveDeviceCredentialDto"];

/**
 * Identifies the MFA factor to unbind from the current user.
 */
export type ResetFactorDto = components["schemas"]["ResetFactorDto"];

/**
 * Envelope answering `resetFactor`; it carries no data of its own.
 */
export type ResetFactorRespDto = components["schemas"]["ResetFactorRespDto"];

/**
 * Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password.
 */
export type ResetPasswordByEmailPassCodeDto = components["schemas"]["ResetPasswordByEmailPassCodeDto"];

/**
 * Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password.
 */
export type ResetPasswordByPhonePassCodeDto = components["schemas"]["ResetPasswordByPhonePassCodeDto"];

/**
 * Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 */
export type ResetPasswordDto = components["schemas"]["ResetPasswordDto"];

/**
 * A token that lets the holder set a new password, and how long it lasts.
 */
export type ResetPasswordVerify = components["schemas"]["ResetPasswordVerify"];

/**
 * Identifies the device whose login session should be ended.
 */
export type RevokeDeviceSessionDto = components["schemas"]["RevokeDeviceSessionDto"];

/**
 * A role held by the current user, within one permission space.
 */
export type RoleDto = components["schemas"]["RoleDto"];

/**
 * Envelope answering `getRoleList`.
 */
export type RoleListRespDto = components["schemas"]["RoleListRespDto"];

/**
 * A role that a permission request asks to be granted.
 */
export type RolePermissionApplyApprovalObject = components["schemas"]["RolePermissionApplyApprovalObject"];

/**
 * Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 */
export type SendEmailDto = components["schemas"]["SendEmailDto"];

/**
 * Envelope answering `sendEmail`; it carries no data of its own.
 */
export type SendEmailRespDto = components["schemas"]["SendEmailRespDto"];

/**
 * What GenAuth returns when an MFA factor enrollment is started.
 */
export type SendEnrollFactorRequestDataDto = components["schemas"]["SendEnrollFactorRequestDataDto"];

/**
 * Starts enrolling a new MFA factor for the current user.
 */
export type SendEnrollFactorRequestDto = components["schemas"]["SendEnrollFactorRequestDto"];

/**
 * What an authenticator app needs to set up an OTP factor.
 */
export type SendEnrollFactorRequestOtpDataDto = components["schemas"]["SendEnrollFactorRequestOtpDataDto"];

/**
 * Envelope answering `sendEnrollFactorRequest`.
 */
export type SendEnrollFactorRequestRespDto = components["schemas"]["SendEnrollFactorRequestRespDto"];

/**
 * Asks GenAuth to text a one-time passcode for a given purpose.
 */
export type SendSMSDto = components["schemas"]["SendSMSDto"];

/**
 * Envelope answering `sendSms`; it carries no data of its own.
 */
export type SendSMSRespDto = components["schemas"]["SendSMSRespDto"];

/**
 * Windows Active Directory credentials for signing in.
 */
export type SignInByAdPayloadDto = components["schemas"]["SignInByAdPayloadDto"];

/**
 * What the Alipay mobile SDK returns, for signing in with Alipay.
 */
export type SignInByAlipayPayloadDto = components["schemas"]["SignInByAlipayPayloadDto"];

/**
 * What the Amazon mobile SDK returns, for signing in with Amazon.
 */
export type SignInByAmazonPayloadDto = components["schemas"]["SignInByAmazonPayloadDto"];

/**
 * What Sign in with Apple returns on mobile, for signing in with Apple.
 */
export type SignInByApplePayloadDto = components["schemas"]["SignInByApplePayloadDto"];

/**
 * What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`.
 */
export type SignInByBaiduPayloadDto = components["schemas"]["SignInByBaiduPayloadDto"];

/**
 * What the DingTalk mobile SDK returns, for signing in with DingTalk.
 */
export type SignInByDingTalkPayloadDto = components["schemas"]["SignInByDingTalkPayloadDto"];

/**
 * Douyin mini program login data together with the user's authorized phone number.
 */
export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = components["schemas"]["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"];

/**
 * What a Douyin mini program sends to sign the user in.
 */
export type SignInByDouyinMiniProgramCodePayloadDto = components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];

/**
 * The encrypted phone number a Douyin mini program received from the user.
 */
export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = components["schemas"]["SignInByDouyinMiniProgramPhoneInfoPayloadDto"];

/**
 * What the Douyin mobile SDK returns, for signing in with Douyin.
 */
export type SignInByDouyinPayloadDto = components["schemas"]["SignInByDouyinPayloadDto"];

/**
 * What the Facebook mobile SDK returns, for signing in with Facebook.
 */
export type SignInByFacebookPayloadDto = components["schemas"]["SignInByFacebookPayloadDto"];

/**
 * What Gitee returns on mobile, for signing in with Gitee.
 */
export type SignInByGiteePayloadDto = components["schemas"]["SignInByGiteePayloadDto"];

/**
 * What GitHub returns on mobile, for signing in with GitHub.
 */
export type SignInByGithubPayloadDto = components["schemas"]["SignInByGithubPayloadDto"];

/**
 * What GitLab returns on mobile, for signing in with GitLab.
 */
export type SignInByGitlabPayloadDto = components["schemas"]["SignInByGitlabPayloadDto"];

/**
 * What the Google mobile SDK returns, for signing in with Google.
 */
export type SignInByGooglePayloadDto = components["schemas"]["SignInByGooglePayloadDto"];

/**
 * What the Huawei mobile SDK returns, for signing in with Huawei.
 */
export type SignInByHuaweiPayloadDto = components["schemas"]["SignInByHuaweiPayloadDto"];

/**
 * What the Kuaishou mobile SDK returns, for signing in with Kuaishou.
 */
export type SignInByKuaishouPayloadDto = components["schemas"]["SignInByKuaishouPayloadDto"];

/**
 * What a Lark (Feishu) widget returns, for signing in with Lark.
 */
export type SignInByLarkBlockPayloadDto = components["schemas"]["SignInByLarkBlockPayloadDto"];

/**
 * What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkInternalPayloadDto = components["schemas"]["SignInByLarkInternalPayloadDto"];

/**
 * What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkPublicPayloadDto = components["schemas"]["SignInByLarkPublicPayloadDto"];

/**
 * LDAP directory credentials for signing in.
 */
export type SignInByLdapPayloadDto = components["schemas"]["SignInByLdapPayloadDto"];

/**
 * What the LINE mobile SDK returns, for signing in with LINE.
 */
export type SignInByLinePayloadDto = components["schemas"]["SignInByLinePayloadDto"];

/**
 * What LinkedIn returns on mobile, for signing in with LinkedIn.
 */
export type SignInByLinkedInPayloadDto = components["schemas"]["SignInByLinkedInPayloadDto"];

/**
 * Optional settings for a mobile social sign-in.
 */
export type SignInByMobileOptionsDto = components["schemas"]["SignInByMobileOptionsDto"];

/**
 * What the OPPO mobile SDK returns, for signing in with OPPO.
 */
export type SignInByOPPOPayloadDto = components["schemas"]["SignInByOPPOPayloadDto"];

/**
 * A one-time passcode plus the email or phone it was sent to.
 */
export type SignInByPassCodePayloadDto = components["schemas"]["SignInByPassCodePayloadDto"];

/**
 * A password plus one identifier (account, email, username or phone) of the user.
 */
export type SignInByPasswordPayloadDto = components["schemas"]["SignInByPasswordPayloadDto"];

/**
 * Starts a push sign-in for an account, answered with a code that identifies the pending login.
 */
export type SignInByPushDto = components["schemas"]["SignInByPushDto"];

/**
 * Optional settings for a push sign-in.
 */
export type SignInByPushOptionsDto = components["schemas"]["SignInByPushOptionsDto"];

/**
 * What the QQ mobile SDK returns, for signing in with QQ.
 */
export type SignInByQQPayloadDto = components["schemas"]["SignInByQQPayloadDto"];

/**
 * What Slack returns on mobile, for signing in with Slack.
 */
export type SignInBySlackPayloadDto = components["schemas"]["SignInBySlackPayloadDto"];

/**
 * Optional settings for switching the signed-in account.
 */
export type SignInBySwitchOptionsDto = components["schemas"]["SignInBySwitchOptionsDto"];

/**
 * Optional settings for a WebAuthn (passkey) sign-in.
 */
export type SignInByWebAuthnOptionsDto = components["schemas"]["SignInByWebAuthnOptionsDto"];

/**
 * WeChat mini program login data together with the user's authorized phone number.
 */
export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = components["schemas"]["SignInByWechatMiniProgramCodeAndPhonePayloadDto"];

/**
 * What a WeChat mini program sends to sign the user in.
 */
export type SignInByWechatMiniProgramCodePayloadDto = components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];

/**
 * The phone number a WeChat mini program received from the user, as a code.
 */
export type SignInByWechatMiniProgramPhoneInfoPayloadDto = components["schemas"]["SignInByWechatMiniProgramPhoneInfoPayloadDto"];

/**
 * What a WeChat mini program sends to sign the user in by their phone number.
 */
export type SignInByWechatMiniProgramPhonePayloadDto = components["schemas"]["SignInByWechatMiniProgramPhonePayloadDto"];

/**
 * What the WeChat mobile SDK returns, for signing in with WeChat.
 */
export type SignInByWechatPayloadDto = components["schemas"]["SignInByWechatPayloadDto"];

/**
 * What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom.
 */
export type SignInByWechatworkAgencyPayloadDto = components["schemas"]["SignInByWechatworkAgencyPayloadDto"];

/**
 * What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom.
 */
export type SignInByWechatworkDto = components["schemas"]["SignInByWechatworkDto"];

/**
 * What the Sina Weibo mobile SDK returns, for signing in with Weibo.
 */
export type SignInByWeiboPayloadDto = components["schemas"]["SignInByWeiboPayloadDto"];

/**
 * What the Xiaomi mobile SDK returns, for signing in with Xiaomi.
 */
export type SignInByXiaomiPayloadDto = components["schemas"]["SignInByXiaomiPayloadDto"];

/**
 * What NetEase Yidun's one-tap mobile carrier login returns.
 */
export type SignInByYidunPayloadDto = components["schemas"]["SignInByYidunPayloadDto"];

/**
 * Settings for creating a fast-pass sign-in QR code.
 */
export type SignInFastpassDto = components["schemas"]["SignInFastpassDto"];

/**
 * Optional settings for a fast-pass (QR code) sign-in.
 */
export type SignInFastpassOptionsDto = components["schemas"]["SignInFastpassOptionsDto"];

/**
 * Optional settings for a sign-in with credentials.
 */
export type SignInOptionsDto = components["schemas"]["SignInOptionsDto"];

/**
 * A one-time passcode plus the email or phone it was sent to, for registering.
 */
export type SignUpByPassCodeDto = components["schemas"]["SignUpByPassCodeDto"];

/**
 * A password plus a username or email, for registering.
 */
export type SignUpByPasswordDto = components["schemas"]["SignUpByPasswordDto"];

/**
 * Registers a new user with a password or a one-time passcode.
 */
export type SignUpDto = components["schemas"]["SignUpDto"];

/**
 * Optional settings for a registration.
 */
export type SignUpOptionsDto = components["schemas"]["SignUpOptionsDto"];

/**
 * Profile fields that may be set on a user at registration.
 */
export type SignUpProfileDto = components["schemas"]["SignUpProfileDto"];

/**
 * Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 */
export type SigninByCredentialsDto = components["schemas"]["SigninByCredentialsDto"];

/**
 * Signs a user in with what a social or mobile identity provider returned to the app.
 */
export type SigninByMobileDto = components["schemas"]["SigninByMobileDto"];

/**
 * A string-type data resource and the actions the user may perform on it.
 */
export type StrAuthorize = components["schemas"]["StrAuthorize"];

/**
 * A string-type data resource and its actions.
 */
export type StrResourceAuthAction = components["schemas"]["StrResourceAuthAction"];

/**
 * Public server information: encryption keys, versions and egress IPs.
 */
export type SystemInfoResp = components["schemas"]["SystemInfoResp"];

/**
 * The server's RSA256 public key.
 */
export type SystmeInfoRSAConfig = components["schemas"]["SystmeInfoRSAConfig"];

/**
 * The server's SM2 public key.
 */
export type SystmeInfoSM2Config = components["schemas"]["SystmeInfoSM2Config"];

/**
 * Versions of the GenAuth components.
 */
export type SystmeInfoVersion = components["schemas"]["SystmeInfoVersion"];

/**
 * A device the current user has signed in from, with its last login.
 */
export type TerminalSessionDto = components["schemas"]["TerminalSessionDto"];

/**
 * Envelope answering `list` (the current user's devices).
 */
export type TerminalSessionRespDto = components["schemas"]["TerminalSessionRespDto"];

/**
 * A node of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthBo = components["schemas"]["TreeAuthBo"];

/**
 * The nodes of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthorize = components["schemas"]["TreeAuthorize"];

/**
 * The nodes of a tree-type data resource and their actions.
 */
export type TreeResourceAuthAction = components["schemas"]["TreeResourceAuthAction"];

/**
 * A node of a tree-type data resource, with its children.
 */
export type TreeStructs = components["schemas"]["TreeStructs"];

/**
 * Identifies the device to remove from the current user's devices.
 */
export type UnbindDeviceDto = components["schemas"]["UnbindDeviceDto"];

/**
 * Confirms removing the email address bound to the current user.
 */
export type UnbindEmailDto = components["schemas"]["UnbindEmailDto"];

/**
 * Confirms removing the phone number bound to the current user.
 */
export type UnbindPhoneDto = components["schemas"]["UnbindPhoneDto"];

/**
 * Outcome of a request to join through a universal invitation link.
 */
export type UniversalInvitationJoinRespDto = components["schemas"]["UniversalInvitationJoinRespDto"];

/**
 * Public information shown on a universal invitation page.
 */
export type UniversalInvitationPublicConfigDto = components["schemas"]["UniversalInvitationPublicConfigDto"];

/**
 * Asks to join a user pool through a universal invitation link.
 */
export type UniversalInvitationUserJoinDto = components["schemas"]["UniversalInvitationUserJoinDto"];

/**
 * Who is applying to join through an invitation.
 */
export type UniversalInviteeProfileDto = components["schemas"]["UniversalInviteeProfileDto"];

/**
 * Identifies the external identity source to unlink from the current user.
 */
export type UnlinkExtIdpDto = components["schemas"]["UnlinkExtIdpDto"];

/**
 * Proves ownership of a new email address (and, if required, of the old one) with passcodes.
 */
export type UpdateEmailByEmailPassCodeDto = components["schemas"]["UpdateEmailByEmailPassCodeDto"];

/**
 * Applies an email change that has been verified.
 */
export type UpdateEmailDto = components["schemas"]["UpdateEmailDto"];

/**
 * New settings for a passkey (WebAuthn credential).
 */
export type UpdatePasskeyDto = components["schemas"]["UpdatePasskeyDto"];

/**
 * Changes the current user's password.
 */
export type UpdatePasswordDto = components["schemas"]["UpdatePasswordDto"];

/**
 * Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes.
 */
export type UpdatePhoneByPhonePassCodeDto = components["schemas"]["UpdatePhoneByPhonePassCodeDto"];

/**
 * Applies a phone number change that has been verified.
 */
export type UpdatePhoneDto = components["schemas"]["UpdatePhoneDto"];

/**
 * Profile fields of the current user to change; fields left out keep their value.
 */
export type UpdateUserProfileDto = components["schemas"]["UpdateUserProfileDto"];

/**
 * The data resources a data policy grants one user within one permission space.
 */
export type UserAuthResourceListDto = components["schemas"]["UserAuthResourceListDto"];

/**
 * Envelope answering `getDepartmentList`.
 */
export type UserDepartmentPaginatedRespDto = components["schemas"]["UserDepartmentPaginatedRespDto"];

/**
 * One page of departments plus the total number of matches.
 */
export type UserDepartmentPagingDto = components["schemas"]["UserDepartmentPagingDto"];

/**
 * A department the current user belongs to, with the user's role in it.
 */
export type UserDepartmentRespDto = components["schemas"]["UserDepartmentRespDto"];

/**
 * A user's account and profile as GenAuth stores it.
 */
export type UserDto = components["schemas"]["UserDto"];

/**
 * Public details of a user pool.
 */
export type UserPoolPublicConfigDto = components["schemas"]["UserPoolPublicConfigDto"];

/**
 * Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`.
 */
export type UserSingleRespDto = components["schemas"]["UserSingleRespDto"];

/**
 * A tenant the user belongs to.
 */
export type UserTenantListDto = components["schemas"]["UserTenantListDto"];

/**
 * A password to check against a user identified by phone, email or username.
 */
export type ValidatePasswordDto = components["schemas"]["ValidatePasswordDto"];

/**
 * Envelope answering `validatePassword`.
 */
export type ValidatePasswordRespDto = components["schemas"]["ValidatePasswordRespDto"];

/**
 * Outcome of a password check.
 */
export type ValidatePasswordResultDto = components["schemas"]["ValidatePasswordResultDto"];

/**
 * Completes a WebAuthn sign-in by submitting the authenticator's assertion.
 */
export type VerifyAuthenticationDto = components["schemas"]["VerifyAuthenticationDto"];

/**
 * Outcome of a WebAuthn sign-in, with tokens when it succeeded.
 */
export type VerifyAuthenticationResultDto = components["schemas"]["VerifyAuthenticationResultDto"];

/**
 * Envelope answering `verifyAuthentication`.
 */
export type VerifyAuthenticationResultRespDto = components["schemas"]["VerifyAuthenticationResultRespDto"];

/**
 * A short-lived token that allows deleting the account.
 */
export type VerifyDeleteAccountRequestDataDto = components["schemas"]["VerifyDeleteAccountRequestDataDto"];

/**
 * Proves the user's identity before deleting their account.
 */
export type VerifyDeleteAccountRequestDto = components["schemas"]["VerifyDeleteAccountRequestDto"];

/**
 * Envelope answering `verifyDeleteAccountRequest`.
 */
export type VerifyDeleteAccountRequestRespDto = components["schemas"]["VerifyDeleteAccountRequestRespDto"];

/**
 * A code an invitee received, to be checked before they register.
 */
export type VerifyInviteCodeDto = components["schemas"]["VerifyInviteCodeDto"];

/**
 * Completes registering a WebAuthn authenticator by submitting the credential it created.
 */
export type VerifyRegistrationDto = components["schemas"]["VerifyRegistrationDto"];

/**
 * Outcome of registering a WebAuthn authenticator.
 */
export type VerifyRegistrationResultDto = components["schemas"]["VerifyRegistrationResultDto"];

/**
 * Envelope answering `verifyRegister`.
 */
export type VerifyRegistrationResultRespDto = components["schemas"]["VerifyRegistrationResultRespDto"];

/**
 * Proves the user's identity to start a forgotten-password reset.
 */
export type VerifyResetPasswordRequestDto = components["schemas"]["VerifyResetPasswordRequestDto"];

/**
 * A short-lived token that allows changing the email address.
 */
export type VerifyUpdateEmailRequestData = components["schemas"]["VerifyUpdateEmailRequestData"];

/**
 * Proves ownership of the addresses involved before changing the email.
 */
export type VerifyUpdateEmailRequestDto = components["schemas"]["VerifyUpdateEmailRequestDto"];

/**
 * Envelope answering `verifyUpdateEmailRequest`.
 */
export type VerifyUpdateEmailRequestRespDto = components["schemas"]["VerifyUpdateEmailRequestRespDto"];

/**
 * A short-lived token that allows changing the phone number.
 */
export type VerifyUpdatePhoneRequestData = components["schemas"]["VerifyUpdatePhoneRequestData"];

/**
 * Proves ownership of the numbers involved before changing the phone number.
 */
export type VerifyUpdatePhoneRequestDto = components["schemas"]["VerifyUpdatePhoneRequestDto"];

/**
 * Envelope answering `verifyUpdatePhoneRequest`.
 */
export type VerifyUpdatePhoneRequestRespDto = components["schemas"]["VerifyUpdatePhoneRequestRespDto"];

/**
 * Envelope answering `checkValidCredentialsByCredIds`.
 */
export type WebAuthnCheckValidCredentialsByCredIdsRespDto = components["schemas"]["WebAuthnCheckValidCredentialsByCredIdsRespDto"];

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type WebAuthnRemoveCredentialDto = components["schemas"]["WebAuthnRemoveCredentialDto"];

/**
 * Tokens issued after a WeChat mobile sign-in step completes.
 */
export type WechatLoginTokenRespDto = components["schemas"]["WechatLoginTokenRespDto"];

/**
 * Signs in with the code WeChat returned to a mobile app.
 */
export type WechatMobileAuthByCodeIdentityInput = components["schemas"]["WechatMobileAuthByCodeIdentityInput"];
