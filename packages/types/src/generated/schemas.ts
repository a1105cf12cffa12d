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

/**
 * Envelope answering `createApproval`.
 */
export type CreateApprovalRes = components["schemas"]["CreateApprovalRes"];

/**
 * Translations of a custom field's display name.
 */
export type CustomFieldI18n = components["schemas"]["CustomFieldI18n"];

/**
 * What a Douyin mini program sends to have its encrypted open data decrypted.
 */
export type DecryptDouyinMiniProgramDataDto = components["schemas"]["DecryptDouyinMiniProgramDataDto"];

/**
 * Envelope answering `decryptDouyinMiniProgramData`.
 */
export type DecryptDouyinMiniProgramDataRespDto = components["schemas"]["DecryptDouyinMiniProgramDataRespDto"];

/**
 * What a WeChat mini program sends to have its encrypted open data decrypted.
 */
export type DecryptWechatMiniProgramDataDto = components["schemas"]["DecryptWechatMiniProgramDataDto"];

/**
 * Envelope answering `decryptWechatMiniProgramData`.
 */
export type DecryptWechatMiniProgramDataRespDto = components["schemas"]["DecryptWechatMiniProgramDataRespDto"];

/**
 * The token that authorizes deleting the user's account.
 */
export type DeleteAccounDto = components["schemas"]["DeleteAccounDto"];

/**
 * Proves the right to delete the account with a code sent by email.
 */
export type DeleteAccountByEmailPassCodeDto = components["schemas"]["DeleteAccountByEmailPassCodeDto"];

/**
 * Proves the right to delete the account with the user's password.
 */
export type DeleteAccountByPasswordDto = components["schemas"]["DeleteAccountByPasswordDto"];

/**
 * Proves the right to delete the account with a code sent by SMS.
 */
export type DeleteAccountByPhonePassCodeDto = components["schemas"]["DeleteAccountByPhonePassCodeDto"];

/**
 * Translations of a department's name.
 */
export type DepartmentI18nDto = components["schemas"]["DepartmentI18nDto"];

/**
 * A device as GenAuth records it.
 */
export type DeviceInfo = components["schemas"]["DeviceInfo"];

/**
 * An application the user may request permissions in.
 */
export type EnablePermissionApplyApplication = components["schemas"]["EnablePermissionApplyApplication"];

/**
 * The applications the user may request permissions in.
 */
export type EnablePermissionApplyApplicationList = components["schemas"]["EnablePermissionApplyApplicationList"];

/**
 * Envelope answering `getEnablePermissionApplyApplicationList`.
 */
export type EnablePermissionApplyApplicationListRes = components["schemas"]["EnablePermissionApplyApplicationListRes"];

/**
 * A role of an application that the user may request.
 */
export type EnablePermissionApplyRole = components["schemas"]["EnablePermissionApplyRole"];

/**
 * Envelope answering `getEnablePermissionApplyRoleList`.
 */
export type EnablePermissionApplyRoleListRes = components["schemas"]["EnablePermissionApplyRoleListRes"];

/**
 * One page of roles the user may request.
 */
export type EnablePermissionApplyRolePageList = components["schemas"]["EnablePermissionApplyRolePageList"];

/**
 * The enrollment token and proof that finish binding an MFA factor.
 */
export type EnrollFactorDto = components["schemas"]["EnrollFactorDto"];

/**
 * Proof supplied when binding an MFA factor; which field is needed depends on the factor.
 */
export type EnrollFactorEnrollmentDataDto = components["schemas"]["EnrollFactorEnrollmentDataDto"];

/**
 * Envelope answering `enrollFactor`.
 */
export type EnrollFactorRespDto = components["schemas"]["EnrollFactorRespDto"];

/**
 * Translations of an error message.
 */
export type ErrMsgI18nDto = components["schemas"]["ErrMsgI18nDto"];

/**
 * A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
 */
export type ExchangeTokenSetWithQRcodeTicketDto = components["schemas"]["ExchangeTokenSetWithQRcodeTicketDto"];

/**
 * A connection of an external identity source that the application offers for sign-in.
 */
export type ExtIdpInfoDto = components["schemas"]["ExtIdpInfoDto"];

/**
 * An extended user field shown on the sign-up information-completion form.
 */
export type ExtendsFieldDto = components["schemas"]["ExtendsFieldDto"];

/**
 * When a subject's role membership starts and ends.
 */
export type ExtraParams = components["schemas"]["ExtraParams"];

/**
 * An MFA factor the user has bound.
 */
export type FactorDto = components["schemas"]["FactorDto"];

/**
 * Where a new MFA factor sends its codes; which field is needed depends on the factor.
 */
export type FactorProfile = components["schemas"]["FactorProfile"];

/**
 * An MFA factor kind the user can still bind.
 */
export type FactorToEnrollDto = components["schemas"]["FactorToEnrollDto"];

/**
 * An application that a quick sign-in QR code can sign the user in to.
 */
export type FastpassQRCodeRelationAppDto = components["schemas"]["FastpassQRCodeRelationAppDto"];

/**
 * Who a quick sign-in QR code belongs to, as shown to the scanner.
 */
export type FastpassUserInfoDto = components["schemas"]["FastpassUserInfoDto"];

/**
 * The ticket and authenticator assertion that finish a WebAuthn sign-in.
 */
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

/**
 * Data to encode in a quick sign-in QR code.
 */
export type GeneFastpassQRCodeInfoDto = components["schemas"]["GeneFastpassQRCodeInfoDto"];

/**
 * Envelope answering `geneFastpassQrcodeInfo`.
 */
export type GeneFastpassQRCodeRespDto = components["schemas"]["GeneFastpassQRCodeRespDto"];

/**
 * A push sign-in request that was sent to the user's app.
 */
export type GenePushCodeDataDto = components["schemas"]["GenePushCodeDataDto"];

/**
 * Envelope answering `signInByPush`.
 */
export type GenePushCodeRespDto = components["schemas"]["GenePushCodeRespDto"];

/**
 * A new sign-in QR code.
 */
export type GeneQRCodeDataDto = components["schemas"]["GeneQRCodeDataDto"];

/**
 * Envelope answering `geneQrCode`.
 */
export type GeneQRCodeRespDto = components["schemas"]["GeneQRCodeRespDto"];

/**
 * A link that binds an external identity to the user.
 */
export type GenerateBindExtIdpLinkDataDto = components["schemas"]["GenerateBindExtIdpLinkDataDto"];

/**
 * Envelope answering `generateLinkExtIdpUrl`.
 */
export type GenerateBindExtIdpLinkRespDto = components["schemas"]["GenerateBindExtIdpLinkRespDto"];

/**
 * An invitation link a member created.
 */
export type GenerateInvitationLinkDto = components["schemas"]["GenerateInvitationLinkDto"];

/**
 * Envelope answering `generateUniversalInvitationByMember`.
 */
export type GenerateInvitationLinkRespDto = components["schemas"]["GenerateInvitationLinkRespDto"];

/**
 * A token for an invitee who opened an invitation link.
 */
export type GenerateInviteeTokenDto = components["schemas"]["GenerateInviteeTokenDto"];

/**
 * Envelope answering `generateInviteToken`.
 */
export type GenerateInviteeTokenRespDto = components["schemas"]["GenerateInviteeTokenRespDto"];

/**
 * What kind of sign-in QR code to create, and its options.
 */
export type GenerateQrcodeDto = components["schemas"]["GenerateQrcodeDto"];

/**
 * Where an IP address is, as found by IP geolocation.
 */
export type GeoIp = components["schemas"]["GeoIp"];

/**
 * A point given by longitude and latitude.
 */
export type GeoIpLocation = components["schemas"]["GeoIpLocation"];

/**
 * Envelope answering `getAccessibleApps`.
 */
export type GetAccessibleAppsRespDto = components["schemas"]["GetAccessibleAppsRespDto"];

/**
 * Envelope answering `getAlipayAuthInfo`.
 */
export type GetAlipayAuthInfoRespDto = components["schemas"]["GetAlipayAuthInfoRespDto"];

/**
 * Envelope answering `initAuthenticationOptions`.
 */
export type GetAuthenticationOptionsRespDto = components["schemas"]["GetAuthenticationOptionsRespDto"];

/**
 * An image captcha and its token.
 */
export type GetCaptchaCodeDataDto = components["schemas"]["GetCaptchaCodeDataDto"];

/**
 * Envelope answering `geneCatchaCodeAndToken`.
 */
export type GetCaptchaCodeRespDto = components["schemas"]["GetCaptchaCodeRespDto"];

/**
 * Envelope answering `getCountryList`.
 */
export type GetCountryListRespDto = components["schemas"]["GetCountryListRespDto"];

/**
 * Envelope answering `getApplicationEnabledExtIdps`.
 */
export type GetExtIdpsRespDto = components["schemas"]["GetExtIdpsRespDto"];

/**
 * Envelope answering `getFactor`.
 */
export type GetFactorRespDto = components["schemas"]["GetFactorRespDto"];

/**
 * The client applications a quick sign-in QR code can sign the user in to.
 */
export type GetFastpassQRCodeRelationAppsDto = components["schemas"]["GetFastpassQRCodeRelationAppsDto"];

/**
 * Envelope answering `getFastpassParams`.
 */
export type GetFastpassQRCodeRelationAppsRespDto = components["schemas"]["GetFastpassQRCodeRelationAppsRespDto"];

/**
 * Envelope answering `getIdentities`.
 */
export type GetIdentitiesRespDto = components["schemas"]["GetIdentitiesRespDto"];

/**
 * Envelope answering `getInviteCodeContext`.
 */
export type GetInviteeContextRespDto = components["schemas"]["GetInviteeContextRespDto"];

/**
 * Envelope answering `getLoggedInApps`.
 */
export type GetLoggedInAppsRespDto = components["schemas"]["GetLoggedInAppsRespDto"];

/**
 * Envelope answering `getLoginHistory`.
 */
export type GetLoginHistoryRespDto = components["schemas"]["GetLoginHistoryRespDto"];

/**
 * Envelope answering `listPublicAccountsForSwitchLoggedIn`.
 */
export type GetPublicAccountDataRespDto = components["schemas"]["GetPublicAccountDataRespDto"];

/**
 * The client applications behind a push sign-in request.
 */
export type GetPushCodeRelationAppsDataDto = components["schemas"]["GetPushCodeRelationAppsDataDto"];

/**
 * The push sign-in request whose related client applications are wanted.
 */
export type GetPushCodeRelationAppsDto = components["schemas"]["GetPushCodeRelationAppsDto"];

/**
 * Envelope answering `getPushLoginRelationApps`.
 */
export type GetPushCodeRelationAppsRespDto = components["schemas"]["GetPushCodeRelationAppsRespDto"];

/**
 * Envelope answering `initRegisterOptions`.
 */
export type GetRegistrationOptionsRespDto = components["schemas"]["GetRegistrationOptionsRespDto"];

/**
 * How secure the user's account is.
 */
export type GetSecurityInfoDto = components["schemas"]["GetSecurityInfoDto"];

/**
 * Envelope answering `getSecurityLevel`.
 */
export type GetSecurityInfoRespDto = components["schemas"]["GetSecurityInfoRespDto"];

/**
 * Envelope answering `getTenantList`.
 */
export type GetTenantListRespDto = components["schemas"]["GetTenantListRespDto"];

/**
 * Envelope answering `signupByUniversal`.
 */
export type GetUniversalInvitationJoinRespDto = components["schemas"]["GetUniversalInvitationJoinRespDto"];

/**
 * Envelope answering `getUniversalInvitationPublicConfig`.
 */
export type GetUniversalInvitationPublicConfigRespDto = components["schemas"]["GetUniversalInvitationPublicConfigRespDto"];

/**
 * The resources granted to the user in the application.
 */
export type GetUserAuthResourceListDataDto = components["schemas"]["GetUserAuthResourceListDataDto"];

/**
 * Envelope answering `getUserAuthorizedResourcesList`.
 */
export type GetUserAuthResourceListRespDto = components["schemas"]["GetUserAuthResourceListRespDto"];

/**
 * The actions the user may perform on one resource.
 */
export type GetUserAuthResourcePermissionList = components["schemas"]["GetUserAuthResourcePermissionList"];

/**
 * The user's permissions on the requested resources.
 */
export type GetUserAuthResourcePermissionListDataDto = components["schemas"]["GetUserAuthResourcePermissionListDataDto"];

/**
 * The resources to look up the user's permissions on.
 */
export type GetUserAuthResourcePermissionListDto = components["schemas"]["GetUserAuthResourcePermissionListDto"];

/**
 * Envelope answering `getUserAuthResourcePermissionList`.
 */
export type GetUserAuthResourcePermissionListRespDto = components["schemas"]["GetUserAuthResourcePermissionListRespDto"];

/**
 * The structure of a resource and what the user may do with its parts.
 */
export type GetUserAuthResourceStructDataDto = components["schemas"]["GetUserAuthResourceStructDataDto"];

/**
 * The resource whose structure is wanted.
 */
export type GetUserAuthResourceStructDto = components["schemas"]["GetUserAuthResourceStructDto"];

/**
 * Envelope answering `getUserAuthResourceStruct`.
 */
export type GetUserAuthResourceStructRespDto = components["schemas"]["GetUserAuthResourceStructRespDto"];

/**
 * Public accounts the user may switch to, and the user's own account.
 */
export type GetUserSelectLoginPublicAccountsDataDto = components["schemas"]["GetUserSelectLoginPublicAccountsDataDto"];

/**
 * The personal account a user switches from and back to.
 */
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

/**
 * A user group.
 */
export type GroupDto = components["schemas"]["GroupDto"];

/**
 * Envelope answering `getGroupList`.
 */
export type GroupListRespDto = components["schemas"]["GroupListRespDto"];

/**
 * The claims of a decoded OIDC ID token.
 */
export type IDToken = components["schemas"]["IDToken"];

/**
 * An external identity linked to the user.
 */
export type IdentityDto = components["schemas"]["IdentityDto"];

/**
 * A permission request the user has submitted for approval.
 */
export type InitiatedApproval = components["schemas"]["InitiatedApproval"];

/**
 * Envelope answering `initiatedList`.
 */
export type InitiatedApprovalListRes = components["schemas"]["InitiatedApprovalListRes"];

/**
 * One page of approvals the user has submitted.
 */
export type InitiatedApprovalPageList = components["schemas"]["InitiatedApprovalPageList"];

/**
 * The invitation link the invitee opened, and what to return with the token.
 */
export type InvitationLinkDto = components["schemas"]["InvitationLinkDto"];

/**
 * What the invitee's sign-up page needs to know about an invitation.
 */
export type InviteeContextDto = components["schemas"]["InviteeContextDto"];

/**
 * Profile details of an invitee.
 */
export type InviteeProfileDto = components["schemas"]["InviteeProfileDto"];

/**
 * Who sent an invitation.
 */
export type InviterDetailDto = components["schemas"]["InviterDetailDto"];

/**
 * Tells whether an operation succeeded.
 */
export type IsSuccessDto = components["schemas"]["IsSuccessDto"];

/**
 * Envelope for operations that only report success or failure.
 */
export type IsSuccessRespDto = components["schemas"]["IsSuccessRespDto"];

/**
 * A JSON Web Key Set (JWKS).
 */
export type JWKSObject = components["schemas"]["JWKSObject"];

/**
 * A text in each of the four supported languages.
 */
export type LangObject = components["schemas"]["LangObject"];

/**
 * The text for one language, and whether it is used.
 */
export type LangUnit = components["schemas"]["LangUnit"];

/**
 * Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.
 */
export type ListDeviceCredentialDto = components["schemas"]["ListDeviceCredentialDto"];

/**
 * Envelope answering `listEnrolledFactors`.
 */
export type ListEnrolledFactorsRespDto = components["schemas"]["ListEnrolledFactorsRespDto"];

/**
 * Envelope answering `listFactorsToEnroll`.
 */
export type ListFactorsToEnrollRespDto = components["schemas"]["ListFactorsToEnrollRespDto"];

/**
 * A public account the user may switch to.
 */
export type ListPublicAccountDataDto = components["schemas"]["ListPublicAccountDataDto"];

/**
 * One page of the user's WebAuthn authenticators.
 */
export type ListWebAuthnAuthenticatorDeviceDataDto = components["schemas"]["ListWebAuthnAuthenticatorDeviceDataDto"];

/**
 * An application the user has signed in to.
 */
export type LoggedInAppsDto = components["schemas"]["LoggedInAppsDto"];

/**
 * One sign-in attempt by the user.
 */
export type LoginHistoryDto = components["schemas"]["LoginHistoryDto"];

/**
 * One page of sign-in history.
 */
export type LoginHistoryPaginatedRespDto = components["schemas"]["LoginHistoryPaginatedRespDto"];

/**
 * Envelope answering a successful sign-in, carrying the issued tokens.
 */
export type LoginTokenRespDto = components["schemas"]["LoginTokenRespDto"];

/**
 * Tokens issued when a user signs in.
 */
export type LoginTokenResponseDataDto = components["schemas"]["LoginTokenResponseDataDto"];

/**
 * Options of `buildLogoutUrl` and `logoutWithRedirect`.
 */
export type LogoutParams = components["schemas"]["LogoutParams"];

/**
 * A one-time password to check against the user's OTP factor.
 */
export type MfaOtpVerityDto = components["schemas"]["MfaOtpVerityDto"];

/**
 * Envelope answering `mfaOtpVerify`.
 */
export type MfaOtpVerityRespDto = components["schemas"]["MfaOtpVerityRespDto"];

/**
 * The MFA token to introspect.
 */
export type MfaTokenIntrospectEndpointParams = components["schemas"]["MfaTokenIntrospectEndpointParams"];

/**
 * What introspecting an MFA token reveals.
 */
export type MfaTokenIntrospectResponse = components["schemas"]["MfaTokenIntrospectResponse"];

/**
 * Tokens returned by the OIDC token endpoint.
 */
export type OIDCTokenResponse = components["schemas"]["OIDCTokenResponse"];

/**
 * OAuth 2.0 options of `buildAuthorizeUrl`.
 */
export type OauthParams = components["schemas"]["OauthParams"];

/**
 * OIDC options of `buildAuthorizeUrl`.
 */
export type OidcParams = components["schemas"]["OidcParams"];

/**
 * A resource granted by a data policy, with what the grant allows.
 */
export type OpenResource = components["schemas"]["OpenResource"];

/**
 * Outcome of checking a one-time password.
 */
export type OtpVerityRespDto = components["schemas"]["OtpVerityRespDto"];

/**
 * A User-Agent string broken into parts.
 */
export type ParsedUserAgent = components["schemas"]["ParsedUserAgent"];

/**
 * Envelope answering `verifyResetPasswordRequest`.
 */
export type PasswordResetVerifyResp = components["schemas"]["PasswordResetVerifyResp"];

/**
 * One condition of a policy statement.
 */
export type PolicyCondition = components["schemas"]["PolicyCondition"];

/**
 * Extra options when joining through a policy invitation.
 */
export type PolicyInviteJoinedOptionsDto = components["schemas"]["PolicyInviteJoinedOptionsDto"];

/**
 * The invitee token, verification code and profile for joining through a policy invitation.
 */
export type PolicyInviteeJoinedDto = components["schemas"]["PolicyInviteeJoinedDto"];

/**
 * Outcome of checking a verification code in advance.
 */
export type PreCheckCodeDataDto = components["schemas"]["PreCheckCodeDataDto"];

/**
 * A verification code to check without using it up.
 */
export type PreCheckCodeDto = components["schemas"]["PreCheckCodeDto"];

/**
 * Envelope answering `preCheckCode`.
 */
export type PreCheckCodeRespDto = components["schemas"]["PreCheckCodeRespDto"];

/**
 * An email code to check in advance.
 */
export type PreCheckEmailCodeDto = components["schemas"]["PreCheckEmailCodeDto"];

/**
 * An SMS code to check in advance.
 */
export type PreCheckSmsCodeDto = components["schemas"]["PreCheckSmsCodeDto"];

/**
 * A custom user event, as `pub(eventName, data)` sends it.
 */
export type PubUserEventDto = components["schemas"]["PubUserEventDto"];

/**
 * The account to switch the session to, and sign-in options.
 */
export type PublicAccountSwitchLoginDto = components["schemas"]["PublicAccountSwitchLoginDto"];

/**
 * WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`).
 */
export type PublicKeyCredentialCreationOptionsDto = components["schemas"]["PublicKeyCredentialCreationOptionsDto"];

/**
 * Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`).
 */
export type PublicKeyCredentialDescriptorDto = components["schemas"]["PublicKeyCredentialDescriptorDto"];

/**
 * A credential type and signature algorithm the relying party accepts.
 */
export type PublicKeyCredentialParametersDto = components["schemas"]["PublicKeyCredentialParametersDto"];

/**
 * WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`).
 */
export type PublicKeyCredentialRequestOptionsDto = components["schemas"]["PublicKeyCredentialRequestOptionsDto"];

/**
 * The WebAuthn relying party.
 */
export type PublicKeyCredentialRpEntityDto = components["schemas"]["PublicKeyCredentialRpEntityDto"];

/**
 * The user a WebAuthn credential belongs to.
 */
export type PublicKeyCredentialUserEntityDto = components["schemas"]["PublicKeyCredentialUserEntityDto"];

/**
 * Short details of the user who scanned a QR code.
 */
export type QRCodeStatusBriefUserInfoDto = components["schemas"]["QRCodeStatusBriefUserInfoDto"];

/**
 * The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation).
 */
export type RegistrationCredentialDto = components["schemas"]["RegistrationCredentialDto"];

/**
 * WebAuthn options for registering an authenticator, with the ticket that goes with them.
 */
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
