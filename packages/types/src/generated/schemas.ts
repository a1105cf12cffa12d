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
