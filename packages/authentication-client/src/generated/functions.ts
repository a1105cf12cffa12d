// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import { callOperation, type RequestOptions } from "@genauth/core";
import type {
  AppQRCodeLoginDto,
  ApprovalDetailRes,
  AuthorizedResourcePaginatedRespDto,
  BatchCreateApprovalReq,
  BindByAccountIdInputApi,
  BindByAccountInputApi,
  BindByAccountsInputApi,
  BindByEmailCodeInputApi,
  BindByPhoneCodeInputApi,
  BindByRegiserInputApi,
  BindEmailDto,
  BindPhoneDto,
  ChangePushCodeStatusDto,
  ChangeQRCodeStatusDto,
  CheckDeviceCredentialIdDto,
  CheckPermissionArrayResourceDto,
  CheckPermissionStringResourceDto,
  CheckPermissionTreeResourceDto,
  CheckPushCodeStatusRespDto,
  CheckQRCodeStatusRespDto,
  CheckResourcePermissionsRespDto,
  CommonResponseDto,
  CreateApprovalReq,
  CreateApprovalRes,
  DecryptDouyinMiniProgramDataDto,
  DecryptDouyinMiniProgramDataRespDto,
  DecryptWechatMiniProgramDataDto,
  DecryptWechatMiniProgramDataRespDto,
  DeleteAccounDto,
  EnablePermissionApplyApplicationListRes,
  EnablePermissionApplyRoleListRes,
  EnrollFactorDto,
  EnrollFactorRespDto,
  ExchangeTokenSetWithQRcodeTicketDto,
  FinalizeWebAuthnLoginDto,
  GenAuthDataEnvelope,
  GeneFastpassQRCodeRespDto,
  GenePushCodeRespDto,
  GeneQRCodeRespDto,
  GenerateBindExtIdpLinkRespDto,
  GenerateInvitationLinkRespDto,
  GenerateInviteeTokenRespDto,
  GenerateQrcodeDto,
  GetAccessibleAppsRespDto,
  GetAlipayAuthInfoRespDto,
  GetAuthenticationOptionsRespDto,
  GetCaptchaCodeRespDto,
  GetCountryListRespDto,
  GetExtIdpsRespDto,
  GetFactorRespDto,
  GetFastpassQRCodeRelationAppsRespDto,
  GetIdentitiesRespDto,
  GetInviteeContextRespDto,
  GetLoggedInAppsRespDto,
  GetLoginHistoryRespDto,
  GetPublicAccountDataRespDto,
  GetPushCodeRelationAppsDto,
  GetPushCodeRelationAppsRespDto,
  GetRegistrationOptionsRespDto,
  GetSecurityInfoRespDto,
  GetTenantListRespDto,
  GetUniversalInvitationJoinRespDto,
  GetUniversalInvitationPublicConfigRespDto,
  GetUserAuthResourceListRespDto,
  GetUserAuthResourcePermissionListDto,
  GetUserAuthResourcePermissionListRespDto,
  GetUserAuthResourceStructDto,
  GetUserAuthResourceStructRespDto,
  GetWechatAccessTokenDto,
  GetWechatAccessTokenInfoRespDto,
  GetWechatAccessTokenRespDto,
  GroupListRespDto,
  InitiatedApprovalListRes,
  InvitationLinkDto,
  IsSuccessRespDto,
  ListDeviceCredentialDto,
  ListEnrolledFactorsRespDto,
  ListFactorsToEnrollRespDto,
  ListWebAuthnAuthenticatorDeviceDataDto,
  LoginTokenRespDto,
  LoginTokenResponseDataDto,
  MfaOtpVerityDto,
  MfaOtpVerityRespDto,
  MfaTokenIntrospectEndpointParams,
  MfaTokenIntrospectResponse,
  PasswordResetVerifyResp,
  PolicyInviteeJoinedDto,
  PreCheckCodeDto,
  PreCheckCodeRespDto,
  PublicAccountSwitchLoginDto,
  RemoveDeviceCredentialDto,
  ResetFactorDto,
  ResetFactorRespDto,
  ResetPasswordDto,
  RevokeDeviceSessionDto,
  RoleListRespDto,
  SendEmailDto,
  SendEmailRespDto,
  SendEnrollFactorRequestDto,
  SendEnrollFactorRequestRespDto,
  SendSMSDto,
  SendSMSRespDto,
  SignInByPushDto,
  SignInFastpassDto,
  SignUpDto,
  SigninByCredentialsDto,
  SigninByMobileDto,
  SystemInfoResp,
  TerminalSessionRespDto,
  UnbindDeviceDto,
  UnbindEmailDto,
  UnbindPhoneDto,
  UniversalInvitationUserJoinDto,
  UnlinkExtIdpDto,
  UpdateEmailDto,
  UpdatePasskeyDto,
  UpdatePasswordDto,
  UpdatePhoneDto,
  UpdateUserProfileDto,
  UserDepartmentPaginatedRespDto,
  UserSingleRespDto,
  ValidatePasswordDto,
  ValidatePasswordRespDto,
  VerifyAuthenticationDto,
  VerifyAuthenticationResultRespDto,
  VerifyDeleteAccountRequestDto,
  VerifyDeleteAccountRequestRespDto,
  VerifyInviteCodeDto,
  VerifyRegistrationDto,
  VerifyRegistrationResultRespDto,
  VerifyResetPasswordRequestDto,
  VerifyUpdateEmailRequestDto,
  VerifyUpdateEmailRequestRespDto,
  VerifyUpdatePhoneRequestDto,
  VerifyUpdatePhoneRequestRespDto,
  WebAuthnCheckValidCredentialsByCredIdsRespDto,
  WebAuthnRemoveCredentialDto,
  WechatLoginTokenRespDto,
  WechatMobileAuthByCodeIdentityInput,
} from "@genauth/types";
import type { AuthenticationCore } from "../create-core.js";
import * as operation from "./operations.js";

/**
 * Sign in from a mobile app with a WeChat code
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/authByCodeIdentity`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Signs in with the code WeChat returned to a mobile app.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function authByCodeIdentity(
  core: AuthenticationCore,
  requestBody: WechatMobileAuthByCodeIdentityInput,
  options?: RequestOptions,
): Promise<LoginTokenResponseDataDto> {
  return callOperation(core, operation.authByCodeIdentity, [requestBody, options]);
}

/**
 * Submit several permission requests for approval
 *
 * HTTP: `POST /api/v3/approval-batch`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for submitting several access requests of the same kind at once.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function batchCreateApproval(core: AuthenticationCore, requestBody: BatchCreateApprovalReq, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.batchCreateApproval, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: link the WeChat identity to a user proven by account and password
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/byAccount`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for linking the WeChat identity to an account proven by its password.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function bindByAccount(core: AuthenticationCore, requestBody: BindByAccountInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.bindByAccount, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: link the WeChat identity to a user chosen by ID
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/byAccountId`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for linking the WeChat identity to an existing account given by its ID.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function bindByAccountId(core: AuthenticationCore, requestBody: BindByAccountIdInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.bindByAccountId, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: link the WeChat identity to a user proven by an email code
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/byEmailCode`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for linking the WeChat identity to an account proven by an email code.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function bindByEmailCode(core: AuthenticationCore, requestBody: BindByEmailCodeInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.bindByEmailCode, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: link the WeChat identity to a user proven by a phone code
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/byPhoneCode`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for linking the WeChat identity to an account proven by a text-message code.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function bindByPhoneCode(core: AuthenticationCore, requestBody: BindByPhoneCodeInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.bindByPhoneCode, [requestBody, options]);
}

/**
 * Attach an email address to the account, proven by a code
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/bind-email`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for adding an email address to the signed-in user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function bindEmail(core: AuthenticationCore, requestBody: BindEmailDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.bindEmail, [requestBody, options]);
}

/**
 * Attach a phone number to the account, proven by a code
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/bind-phone`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for adding a phone number to the signed-in user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function bindPhone(core: AuthenticationCore, requestBody: BindPhoneDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.bindPhone, [requestBody, options]);
}

/**
 * Approve or refuse a push sign-in request from the signed-in app (deprecated)
 *
 * Deprecated: call `setPushCodeStatus` instead.
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/change-pushcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for confirming or cancelling a push sign-in request.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link setPushCodeStatus | setPushCodeStatus} instead.
 */
export function changePushCodeStatus(core: AuthenticationCore, requestBody: ChangePushCodeStatusDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.changePushCodeStatus, [requestBody, options]);
}

/**
 * Scan, confirm or cancel a QR code from the signed-in app (deprecated)
 *
 * Deprecated: call `setQrCodeStatus` instead.
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/change-qrcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for reporting what the app did with a sign-in QR code.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link setQrCodeStatus | setQrCodeStatus} instead.
 */
export function changeQrCodeStatus(core: AuthenticationCore, requestBody: ChangeQRCodeStatusDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.changeQrCodeStatus, [requestBody, options]);
}

/**
 * Check the user's permissions on array resources
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/check-permission-array-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for checking the user's permission on array data resources.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPermissionByArrayResource(
  core: AuthenticationCore,
  requestBody: CheckPermissionArrayResourceDto,
  options?: RequestOptions,
): Promise<CheckResourcePermissionsRespDto> {
  return callOperation(core, operation.checkPermissionByArrayResource, [requestBody, options]);
}

/**
 * Check the user's permissions on string resources
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/check-permission-string-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for checking the user's permission on string data resources.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPermissionByStringResource(
  core: AuthenticationCore,
  requestBody: CheckPermissionStringResourceDto,
  options?: RequestOptions,
): Promise<CheckResourcePermissionsRespDto> {
  return callOperation(core, operation.checkPermissionByStringResource, [requestBody, options]);
}

/**
 * Check the user's permissions on tree resources
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/check-permission-tree-resource`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for checking the user's permission on tree data resources.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPermissionByTreeResource(
  core: AuthenticationCore,
  requestBody: CheckPermissionTreeResourceDto,
  options?: RequestOptions,
): Promise<CheckResourcePermissionsRespDto> {
  return callOperation(core, operation.checkPermissionByTreeResource, [requestBody, options]);
}

/**
 * Read the state of a push sign-in request
 *
 * HTTP: `GET /api/v3/check-pushcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkPushCodeStatus(
  core: AuthenticationCore,
  query: {
    /** ID of the push sign-in request, as returned when the push was sent. */
    pushCodeId: string;
  },
  options?: RequestOptions,
): Promise<CheckPushCodeStatusRespDto> {
  return callOperation(core, operation.checkPushCodeStatus, [query, options]);
}

/**
 * Read the state of a sign-in QR code (deprecated)
 *
 * Deprecated: call `getQrCodeStatus` instead.
 *
 * HTTP: `GET /api/v3/check-qrcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 * @deprecated Use {@link getQrCodeStatus | getQrCodeStatus} instead.
 */
export function checkQrCodeStatus(
  core: AuthenticationCore,
  query: {
    /** ID of the QR code whose state is read, as returned when the code was generated. */
    qrcodeId: string;
  },
  options?: RequestOptions,
): Promise<CheckQRCodeStatusRespDto> {
  return callOperation(core, operation.checkQrCodeStatus, [query, options]);
}

/**
 * Tell which of the given WebAuthn credential IDs are still valid
 *
 * HTTP: `POST /api/v3/webauthn/check-valid-credentials-by-credIds`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function checkValidCredentialsByCredIds(
  core: AuthenticationCore,
  requestBody: CheckDeviceCredentialIdDto,
  options?: RequestOptions,
): Promise<WebAuthnCheckValidCredentialsByCredIdsRespDto> {
  return callOperation(core, operation.checkValidCredentialsByCredIds, [requestBody, options]);
}

/**
 * Revoke every invitation link the signed-in member created
 *
 * HTTP: `POST /api/v3/clear-my-all-invitation-links`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function clearMyAllUniversalInvitationLinks(core: AuthenticationCore, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.clearMyAllUniversalInvitationLinks, [options]);
}

/**
 * Submit one permission request for approval
 *
 * HTTP: `POST /api/v3/approval`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for submitting one access request.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function createApproval(core: AuthenticationCore, requestBody: CreateApprovalReq, options?: RequestOptions): Promise<CreateApprovalRes> {
  return callOperation(core, operation.createApproval, [requestBody, options]);
}

/**
 * Decrypt data a Douyin mini program received from Douyin
 *
 * HTTP: `POST /api/v3/decrypt-douyin-miniprogram-data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - What a Douyin mini program sends to have its encrypted open data decrypted.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function decryptDouyinMiniProgramData(
  core: AuthenticationCore,
  requestBody: DecryptDouyinMiniProgramDataDto,
  options?: RequestOptions,
): Promise<DecryptDouyinMiniProgramDataRespDto> {
  return callOperation(core, operation.decryptDouyinMiniProgramData, [requestBody, options]);
}

/**
 * Decrypt data a WeChat mini program received from WeChat
 *
 * HTTP: `POST /api/v3/decrypt-wechat-miniprogram-data`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - What a WeChat mini program sends to have its encrypted open data decrypted.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function decryptWechatMiniProgramData(
  core: AuthenticationCore,
  requestBody: DecryptWechatMiniProgramDataDto,
  options?: RequestOptions,
): Promise<DecryptWechatMiniProgramDataRespDto> {
  return callOperation(core, operation.decryptWechatMiniProgramData, [requestBody, options]);
}

/**
 * Delete the user's own account with a token from verifyDeleteAccountRequest
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/delete-account`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The token that authorizes deleting the user's account.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function deleteAccount(core: AuthenticationCore, requestBody: DeleteAccounDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.deleteAccount, [requestBody, options]);
}

/**
 * Delete a user's passkey in an application, as an administrator
 *
 * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `DELETE /api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param credentialId - ID of the WebAuthn credential (passkey).
 * @param userId - ID of the user who owns the credential.
 * @param appId - ID of the application the credential belongs to.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function deleteWebAuthnAdminCredential(
  core: AuthenticationCore,
  credentialId: string,
  userId: string,
  appId: string,
  options?: RequestOptions,
): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.deleteWebAuthnAdminCredential, [credentialId, userId, appId, options]);
}

/**
 * Delete one of the signed-in user's passkeys
 *
 * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `DELETE /api/v3/webauthn/credentials/{credentialId}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param credentialId - ID of the WebAuthn credential (passkey).
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function deleteWebAuthnCredential(core: AuthenticationCore, credentialId: string, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.deleteWebAuthnCredential, [credentialId, options]);
}

/**
 * Finish enrolling an MFA factor
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/enroll-factor`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The enrollment token and proof that finish binding an MFA factor.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function enrollFactor(core: AuthenticationCore, requestBody: EnrollFactorDto, options?: RequestOptions): Promise<EnrollFactorRespDto> {
  return callOperation(core, operation.enrollFactor, [requestBody, options]);
}

/**
 * Trade an authorized QR code ticket for a token set
 *
 * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
 *
 * HTTP: `POST /api/v3/exchange-tokenset-with-qrcode-ticket`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function exchangeTokenSetWithQrCodeTicket(
  core: AuthenticationCore,
  requestBody: ExchangeTokenSetWithQRcodeTicketDto,
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  return callOperation(core, operation.exchangeTokenSetWithQrCodeTicket, [requestBody, options]);
}

/**
 * Create an image captcha and the token that goes with it
 *
 * HTTP: `GET /api/v3/get-captcha-code`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function geneCatchaCodeAndToken(core: AuthenticationCore, options?: RequestOptions): Promise<GetCaptchaCodeRespDto> {
  return callOperation(core, operation.geneCatchaCodeAndToken, [options]);
}

/**
 * Create the data of a quick sign-in QR code for the signed-in user
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/gene-fastpass-qrcode-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Settings for creating a fast-pass sign-in QR code.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function geneFastpassQrcodeInfo(core: AuthenticationCore, requestBody: SignInFastpassDto, options?: RequestOptions): Promise<GeneFastpassQRCodeRespDto> {
  return callOperation(core, operation.geneFastpassQrcodeInfo, [requestBody, options]);
}

/**
 * Create a sign-in QR code
 *
 * HTTP: `POST /api/v3/gene-qrcode`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - What kind of sign-in QR code to create, and its options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function geneQrCode(core: AuthenticationCore, requestBody: GenerateQrcodeDto, options?: RequestOptions): Promise<GeneQRCodeRespDto> {
  return callOperation(core, operation.geneQrCode, [requestBody, options]);
}

/**
 * Create the registration token of a policy invitation
 *
 * HTTP: `POST /api/v3/generate-policy-invitation-token`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The invitation link the invitee opened, and what to return with the token.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function generateInviteToken(core: AuthenticationCore, requestBody: InvitationLinkDto, options?: RequestOptions): Promise<GenerateInviteeTokenRespDto> {
  return callOperation(core, operation.generateInviteToken, [requestBody, options]);
}

/**
 * Build the URL that links an external identity provider to the signed-in user
 *
 * HTTP: `GET /api/v3/generate-link-extidp-url`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function generateLinkExtIdpUrl(
  core: AuthenticationCore,
  query: {
    /** Identifier of the external identity source connection to link the user to. Sent as `ext_idp_conn_identifier`. */
    extIdpConnIdentifier: string;
    /** ID of the GenAuth application the link is made for. Sent as `app_id`. */
    appId: string;
    /** The signed-in user's `id_token`, which identifies who the external identity is linked to. Sent as `id_token`. */
    idToken: string;
    /** Set to have the link result delivered by redirecting the browser to `target_url`. Sent as `need_url_redirect`. */
    needUrlRedirect?: string;
    /** With the redirect delivery, send back only the token information, for browsers that cap URL length. Sent as `only_redirect_token`. */
    onlyRedirectToken?: string;
    /** Set to have the link result delivered as a form POST to `target_url`. Sent as `need_form_post`. */
    needFormPost?: string;
    /** Address that receives the link result when it is delivered by redirect or form POST. Sent as `target_url`. */
    targetUrl?: string;
  },
  options?: RequestOptions,
): Promise<GenerateBindExtIdpLinkRespDto> {
  return callOperation(core, operation.generateLinkExtIdpUrl, [query, options]);
}

/**
 * Create an invitation link owned by the signed-in member
 *
 * HTTP: `POST /api/v3/generate-universal-invitation-link-by-member`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function generateUniversalInvitationByMember(core: AuthenticationCore, options?: RequestOptions): Promise<GenerateInvitationLinkRespDto> {
  return callOperation(core, operation.generateUniversalInvitationByMember, [options]);
}

/**
 * List the applications the user may open
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-accessible-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAccessibleApps(core: AuthenticationCore, options?: RequestOptions): Promise<GetAccessibleAppsRespDto> {
  return callOperation(core, operation.getAccessibleApps, [options]);
}

/**
 * Fetch the Alipay authInfo string a mobile app needs to start Alipay sign-in
 *
 * HTTP: `GET /api/v3/get-alipay-authinfo`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAlipayAuthInfo(
  core: AuthenticationCore,
  query: {
    /** Identifier of the Alipay identity source connection configured in the GenAuth console. */
    extIdpConnidentifier: string;
  },
  options?: RequestOptions,
): Promise<GetAlipayAuthInfoRespDto> {
  return callOperation(core, operation.getAlipayAuthInfo, [query, options]);
}

/**
 * List the external identity providers this application accepts
 *
 * HTTP: `GET /api/v3/get-application-enabled-extidps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getApplicationEnabledExtIdps(core: AuthenticationCore, options?: RequestOptions): Promise<GetExtIdpsRespDto> {
  return callOperation(core, operation.getApplicationEnabledExtIdps, [options]);
}

/**
 * Read the state of a quick sign-in QR code
 *
 * HTTP: `GET /api/v3/get-app-login-qrcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAppLoginQrCodeStatus(
  core: AuthenticationCore,
  query: {
    /** ID of the quick sign-in QR code whose state is read. */
    qrcodeId: string;
  },
  options?: RequestOptions,
): Promise<CheckQRCodeStatusRespDto> {
  return callOperation(core, operation.getAppLoginQrCodeStatus, [query, options]);
}

/**
 * List the resources the user is granted
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-authorized-resources`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getAuthorizedResources(
  core: AuthenticationCore,
  query?: {
    /** Code of the permission space to read resources from; leave out for the default space. */
    namespace?: string;
    /** Only return resources of this type (data, API, menu, button or UI); leave out for every type. */
    resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  },
  options?: RequestOptions,
): Promise<AuthorizedResourcePaginatedRespDto> {
  return callOperation(core, operation.getAuthorizedResources, [query, options]);
}

/**
 * List countries and their dialling codes
 *
 * HTTP: `GET /api/v3/get-country-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getCountryList(core: AuthenticationCore, options?: RequestOptions): Promise<GetCountryListRespDto> {
  return callOperation(core, operation.getCountryList, [options]);
}

/**
 * Page through the user's departments
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-department-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDepartmentList(
  core: AuthenticationCore,
  query?: {
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of departments per page; 50 at most. Default `10`. */
    limit?: number;
    /** Set to `true` to include each department's custom data. Default `false`. */
    withCustomData?: boolean;
    /** Field the departments are sorted by: creation time, when the user joined, name or code. Default `"JoinDepartmentAt"`. */
    sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
    /** Sort direction: `Asc` (ascending) or `Desc` (descending). Default `"Desc"`. */
    orderBy?: "Asc" | "Desc";
  },
  options?: RequestOptions,
): Promise<UserDepartmentPaginatedRespDto> {
  return callOperation(core, operation.getDepartmentList, [query, options]);
}

/**
 * Read one approval request by its number
 *
 * HTTP: `GET /api/v3/approval`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getDetail(
  core: AuthenticationCore,
  query: {
    /** Number of the approval request, as returned when it was created. */
    number: string;
  },
  options?: RequestOptions,
): Promise<ApprovalDetailRes> {
  return callOperation(core, operation.getDetail, [query, options]);
}

/**
 * List the applications the user may request access to
 *
 * HTTP: `GET /api/v3/applications-permission-applicable`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getEnablePermissionApplyApplicationList(
  core: AuthenticationCore,
  query?: {
    /** Only return applications whose name contains this text. */
    appName?: string;
  },
  options?: RequestOptions,
): Promise<EnablePermissionApplyApplicationListRes> {
  return callOperation(core, operation.getEnablePermissionApplyApplicationList, [query, options]);
}

/**
 * Page through the roles of an application the user may request
 *
 * HTTP: `GET /api/v3/roles-permission-applicable`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getEnablePermissionApplyRoleList(
  core: AuthenticationCore,
  query: {
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of roles per page; 50 at most. Default `10`. */
    limit?: number;
    /** Only return roles whose code or name contains this text. */
    keyword?: string;
    /** ID of the GenAuth application whose roles are listed. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<EnablePermissionApplyRoleListRes> {
  return callOperation(core, operation.getEnablePermissionApplyRoleList, [query, options]);
}

/**
 * Read one enrolled MFA factor
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-factor`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getFactor(
  core: AuthenticationCore,
  query: {
    /** ID of the enrolled MFA factor to read. */
    factorId: string;
  },
  options?: RequestOptions,
): Promise<GetFactorRespDto> {
  return callOperation(core, operation.getFactor, [query, options]);
}

/**
 * List the applications a quick sign-in QR code can open
 *
 * HTTP: `GET /api/v3/get-fastpass-client-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getFastpassParams(
  core: AuthenticationCore,
  query: {
    /** ID of the quick sign-in QR code. */
    qrcodeId: string;
    /** ID of the GenAuth application the request is made for. */
    appId: string;
  },
  options?: RequestOptions,
): Promise<GetFastpassQRCodeRelationAppsRespDto> {
  return callOperation(core, operation.getFastpassParams, [query, options]);
}

/**
 * List the user's groups
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-group-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getGroupList(core: AuthenticationCore, options?: RequestOptions): Promise<GroupListRespDto> {
  return callOperation(core, operation.getGroupList, [options]);
}

/**
 * List the external identities linked to the user
 *
 * HTTP: `GET /api/v3/get-identities`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getIdentities(core: AuthenticationCore, options?: RequestOptions): Promise<GetIdentitiesRespDto> {
  return callOperation(core, operation.getIdentities, [options]);
}

/**
 * Read what the invitee's sign-up page needs from an invitation token
 *
 * HTTP: `GET /api/v3/get-policy-invitation-context`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getInviteCodeContext(
  core: AuthenticationCore,
  query: {
    /** Invitation token the invitee received, which lets them sign up. */
    token: string;
  },
  options?: RequestOptions,
): Promise<GetInviteeContextRespDto> {
  return callOperation(core, operation.getInviteCodeContext, [query, options]);
}

/**
 * List the applications the user is signed in to
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-logged-in-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getLoggedInApps(core: AuthenticationCore, options?: RequestOptions): Promise<GetLoggedInAppsRespDto> {
  return callOperation(core, operation.getLoggedInApps, [options]);
}

/**
 * Page through the user's sign-in history
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-login-history`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getLoginHistory(
  core: AuthenticationCore,
  query?: {
    /** Only return sign-ins to this application; leave out for every application. */
    appId?: string;
    /** Only return sign-ins made from this client IP address; leave out for every address. */
    clientIp?: string;
    /** `true` for successful sign-ins only, `false` for failed ones only; leave out for both. */
    success?: boolean;
    /** Earliest sign-in time to return, in Unix milliseconds. */
    start?: number;
    /** Latest sign-in time to return, in Unix milliseconds. */
    end?: number;
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of records per page; 50 at most. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<GetLoginHistoryRespDto> {
  return callOperation(core, operation.getLoginHistory, [query, options]);
}

/**
 * Read the signed-in user's profile
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-profile`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getProfile(
  core: AuthenticationCore,
  query?: {
    /** Set to `true` to include the user's custom data in the profile. Default `false`. */
    withCustomData?: boolean;
    /** Set to `true` to include the user's linked external identities. Default `false`. */
    withIdentities?: boolean;
    /** Set to `true` to include the IDs of the user's departments. Default `false`. */
    withDepartmentIds?: boolean;
  },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  return callOperation(core, operation.getProfile, [query, options]);
}

/**
 * List the client applications behind a push sign-in request
 *
 * HTTP: `POST /api/v3/get-pushlogin-relation-apps`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The push sign-in request whose related client applications are wanted.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getPushLoginRelationApps(
  core: AuthenticationCore,
  requestBody: GetPushCodeRelationAppsDto,
  options?: RequestOptions,
): Promise<GetPushCodeRelationAppsRespDto> {
  return callOperation(core, operation.getPushLoginRelationApps, [requestBody, options]);
}

/**
 * Read the state of a sign-in QR code
 *
 * HTTP: `GET /api/v3/get-qrcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getQrCodeStatus(
  core: AuthenticationCore,
  query: {
    /** ID of the QR code whose state is read, as returned when the code was generated. */
    qrcodeId: string;
  },
  options?: RequestOptions,
): Promise<CheckQRCodeStatusRespDto> {
  return callOperation(core, operation.getQrCodeStatus, [query, options]);
}

/**
 * List the user's roles
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-role-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getRoleList(
  core: AuthenticationCore,
  query?: {
    /** Code of the permission space to read roles from; leave out for the default space. */
    namespace?: string;
  },
  options?: RequestOptions,
): Promise<RoleListRespDto> {
  return callOperation(core, operation.getRoleList, [query, options]);
}

/**
 * Rate the account's security and its password strength
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-security-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getSecurityLevel(core: AuthenticationCore, options?: RequestOptions): Promise<GetSecurityInfoRespDto> {
  return callOperation(core, operation.getSecurityLevel, [options]);
}

/**
 * Read the server's public settings: encryption keys, version, egress IPs
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `GET /api/v3/system`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function getSystemInfo(core: AuthenticationCore, options?: RequestOptions): Promise<SystemInfoResp> {
  return callOperation(core, operation.getSystemInfo, [options]);
}

/**
 * List the tenants the user belongs to
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-my-tenant-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getTenantList(core: AuthenticationCore, options?: RequestOptions): Promise<GetTenantListRespDto> {
  return callOperation(core, operation.getTenantList, [options]);
}

/**
 * Read the public settings of a universal invitation link
 *
 * HTTP: `GET /api/v3/get-universal-invitation-public-config`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUniversalInvitationPublicConfig(
  core: AuthenticationCore,
  query: {
    /** Identifier of the universal invitation link, taken from the link itself. */
    identifier: string;
  },
  options?: RequestOptions,
): Promise<GetUniversalInvitationPublicConfigRespDto> {
  return callOperation(core, operation.getUniversalInvitationPublicConfig, [query, options]);
}

/**
 * List the resources granted to the user in this application
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/get-user-auth-resource-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAuthorizedResourcesList(core: AuthenticationCore, options?: RequestOptions): Promise<GetUserAuthResourceListRespDto> {
  return callOperation(core, operation.getUserAuthorizedResourcesList, [options]);
}

/**
 * List the user's permissions on the given resources
 *
 * HTTP: `POST /api/v3/get-user-auth-resource-permission-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The resources to look up the user's permissions on.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAuthResourcePermissionList(
  core: AuthenticationCore,
  requestBody: GetUserAuthResourcePermissionListDto,
  options?: RequestOptions,
): Promise<GetUserAuthResourcePermissionListRespDto> {
  return callOperation(core, operation.getUserAuthResourcePermissionList, [requestBody, options]);
}

/**
 * Describe the structure of a resource granted to the user
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/get-user-auth-resource-struct`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The resource whose structure is wanted.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function getUserAuthResourceStruct(
  core: AuthenticationCore,
  requestBody: GetUserAuthResourceStructDto,
  options?: RequestOptions,
): Promise<GetUserAuthResourceStructRespDto> {
  return callOperation(core, operation.getUserAuthResourceStruct, [requestBody, options]);
}

/**
 * Get a WeChat mini program or official account access token (deprecated)
 *
 * Returns the access token that GenAuth caches for a WeChat mini program or official
 * account, identified by its WeChat `appId` and `appSecret`.
 *
 * Deprecated: call `getWechatMpAccessTokenInfo` (`POST /api/v3/get-wechat-access-token-info`),
 * which answers the same data.
 *
 * HTTP: `POST /api/v3/get-wechat-access-token`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies a WeChat mini program or official account.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token when `statusCode` is 200.
 * @deprecated Use {@link getWechatMpAccessTokenInfo | getWechatMpAccessTokenInfo} instead.
 */
export function getWechatMpAccessToken(
  core: AuthenticationCore,
  requestBody: GetWechatAccessTokenDto,
  options?: RequestOptions,
): Promise<GetWechatAccessTokenRespDto> {
  return callOperation(core, operation.getWechatMpAccessToken, [requestBody, options]);
}

/**
 * Get a WeChat mini program or official account access token
 *
 * Returns the access token that GenAuth caches for a WeChat mini program or official
 * account, identified by its WeChat `appId` and `appSecret`, with its expiry time.
 *
 * HTTP: `POST /api/v3/get-wechat-access-token-info`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies a WeChat mini program or official account.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token when `statusCode` is 200.
 */
export function getWechatMpAccessTokenInfo(
  core: AuthenticationCore,
  requestBody: GetWechatAccessTokenDto,
  options?: RequestOptions,
): Promise<GetWechatAccessTokenInfoRespDto> {
  return callOperation(core, operation.getWechatMpAccessTokenInfo, [requestBody, options]);
}

/**
 * Get the WebAuthn options that start a sign-in with an authenticator
 *
 * HTTP: `GET /api/v3/webauthn/authentication`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function initAuthenticationOptions(core: AuthenticationCore, options?: RequestOptions): Promise<GetAuthenticationOptionsRespDto> {
  return callOperation(core, operation.initAuthenticationOptions, [options]);
}

/**
 * Page through the approval requests the user submitted
 *
 * HTTP: `GET /api/v3/approval-initiated-list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function initiatedList(
  core: AuthenticationCore,
  query?: {
    /** Page to return, counting from 1. Default `1`. */
    pageNo?: number;
    /** Number of requests per page; 50 at most. Default `10`. */
    pageSize?: number;
    /** Only return requests of this kind: access to an application or membership of a role. */
    objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
    /** Only return requests whose number or submitter's name contains this text. */
    keyword?: string;
  },
  options?: RequestOptions,
): Promise<InitiatedApprovalListRes> {
  return callOperation(core, operation.initiatedList, [query, options]);
}

/**
 * Get the WebAuthn options that start registering an authenticator
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/webauthn/registration`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function initRegisterOptions(core: AuthenticationCore, options?: RequestOptions): Promise<GetRegistrationOptionsRespDto> {
  return callOperation(core, operation.initRegisterOptions, [options]);
}

/**
 * Page through the user's devices
 *
 * HTTP: `GET /api/v3/mydevices/list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function list(
  core: AuthenticationCore,
  query?: {
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of devices per page; 50 at most. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<TerminalSessionRespDto> {
  return callOperation(core, operation.list, [query, options]);
}

/**
 * Page through the user's WebAuthn authenticators
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v3/webauthn/page-authenticator-device`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function listCredentialsByPage(
  core: AuthenticationCore,
  requestBody: ListDeviceCredentialDto,
  options?: RequestOptions,
): Promise<ListWebAuthnAuthenticatorDeviceDataDto> {
  return callOperation(core, operation.listCredentialsByPage, [requestBody, options]);
}

/**
 * List the user's enrolled MFA factors
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/list-enrolled-factors`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listEnrolledFactors(core: AuthenticationCore, options?: RequestOptions): Promise<ListEnrolledFactorsRespDto> {
  return callOperation(core, operation.listEnrolledFactors, [options]);
}

/**
 * List the MFA factors the user may still enroll
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `GET /api/v3/list-factors-to-enroll`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listFactorsToEnroll(core: AuthenticationCore, options?: RequestOptions): Promise<ListFactorsToEnrollRespDto> {
  return callOperation(core, operation.listFactorsToEnroll, [options]);
}

/**
 * List the public accounts the signed-in user may switch to
 *
 * HTTP: `GET /api/v3/get-user-select-login-public-accounts`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function listPublicAccountsForSwitchLoggedIn(
  core: AuthenticationCore,
  query?: {
    /** Set to `true` to also return the basic details of the user's own personal account. Default `false`. */
    withOriginUser?: boolean;
  },
  options?: RequestOptions,
): Promise<GetPublicAccountDataRespDto> {
  return callOperation(core, operation.listPublicAccountsForSwitchLoggedIn, [query, options]);
}

/**
 * List the applications' person-level authorizations
 *
 * HTTP: `POST /api/v2/applications/subject/person/list`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns A JSON answer whose shape GenAuth does not document.
 */
export function listSubjectAuth(core: AuthenticationCore, options?: RequestOptions): Promise<unknown> {
  return callOperation(core, operation.listSubjectAuth, [options]);
}

/**
 * Page through the signed-in user's passkeys
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `GET /api/v3/webauthn/credentials`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function listWebAuthnCredentials(
  core: AuthenticationCore,
  query?: {
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of credentials per page. Default `10`. */
    limit?: number;
  },
  options?: RequestOptions,
): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.listWebAuthnCredentials, [query, options]);
}

/**
 * Page through a given user's passkeys
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `GET /api/v3/webauthn/person/credentials`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param query - Query parameters, each described on its field.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function listWebAuthnPersonCredentials(
  core: AuthenticationCore,
  query: {
    /** Page to return, counting from 1. Default `1`. */
    page?: number;
    /** Number of credentials per page. Default `10`. */
    limit?: number;
    /** ID of the user whose passkeys are listed. */
    userId: string;
    /** Only return passkeys registered for this application. */
    appId?: string;
  },
  options?: RequestOptions,
): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.listWebAuthnPersonCredentials, [query, options]);
}

/**
 * Check a one-time password from the user's MFA authenticator app
 *
 * HTTP: `POST /api/v3/mfa-totp-verify`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A one-time password to check against the user's OTP factor.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function mfaOtpVerify(core: AuthenticationCore, requestBody: MfaOtpVerityDto, options?: RequestOptions): Promise<MfaOtpVerityRespDto> {
  return callOperation(core, operation.mfaOtpVerify, [requestBody, options]);
}

/**
 * Check a verification code without consuming it
 *
 * HTTP: `POST /api/v3/pre-check-code`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A verification code to check without using it up.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function preCheckCode(core: AuthenticationCore, requestBody: PreCheckCodeDto, options?: RequestOptions): Promise<PreCheckCodeRespDto> {
  return callOperation(core, operation.preCheckCode, [requestBody, options]);
}

/**
 * Sign in by scanning a QR code from the signed-in app
 *
 * HTTP: `POST /api/v3/qrcode-app-login`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for signing in with a quick sign-in QR code scanned in an app.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function qrCodeAppLogin(core: AuthenticationCore, requestBody: AppQRCodeLoginDto, options?: RequestOptions): Promise<LoginTokenRespDto> {
  return callOperation(core, operation.qrCodeAppLogin, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: create a new user from the WeChat identity
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/register`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for creating a new user from the WeChat identity.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function registerNewUser(core: AuthenticationCore, requestBody: BindByRegiserInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.registerNewUser, [requestBody, options]);
}

/**
 * Remove every WebAuthn credential of one authenticator
 *
 * HTTP: `POST /api/v3/webauthn/remove-credentials-by-authenticator-code`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A request body with no documented fields; any properties given are sent as they are.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeAllCredentials(core: AuthenticationCore, requestBody: RemoveDeviceCredentialDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeAllCredentials, [requestBody, options]);
}

/**
 * Remove one WebAuthn credential
 *
 * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
 *
 * HTTP: `POST /api/v3/webauthn/remove-credential/{credentialID}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param credentialId - ID of the WebAuthn credential.
 * @param requestBody - A request body with no documented fields; any properties given are sent as they are.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function removeCredential(
  core: AuthenticationCore,
  credentialId: string,
  requestBody: WebAuthnRemoveCredentialDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.removeCredential, [credentialId, requestBody, options]);
}

/**
 * Remove an enrolled MFA factor
 *
 * HTTP: `POST /api/v3/reset-factor`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies the MFA factor to unbind from the current user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resetFactor(core: AuthenticationCore, requestBody: ResetFactorDto, options?: RequestOptions): Promise<ResetFactorRespDto> {
  return callOperation(core, operation.resetFactor, [requestBody, options]);
}

/**
 * Set a new password with a token from verifyResetPasswordRequest
 *
 * HTTP: `POST /api/v3/reset-password`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function resetPassword(core: AuthenticationCore, requestBody: ResetPasswordDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.resetPassword, [requestBody, options]);
}

/**
 * Sign one of the user's devices out
 *
 * HTTP: `POST /api/v3/mydevices/revoke-session`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies the device whose login session should be ended.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function revoke(core: AuthenticationCore, requestBody: RevokeDeviceSessionDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.revoke, [requestBody, options]);
}

/**
 * WeChat mobile sign-in: pick one of several matching users
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * HTTP: `POST /api/v2/ecConn/wechatMobile/select`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for picking one of several accounts that match the WeChat identity.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function selectAccount(core: AuthenticationCore, requestBody: BindByAccountsInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto> {
  return callOperation(core, operation.selectAccount, [requestBody, options]);
}

/**
 * Email a verification code
 *
 * HTTP: `POST /api/v3/send-email`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendEmail(core: AuthenticationCore, requestBody: SendEmailDto, options?: RequestOptions): Promise<SendEmailRespDto> {
  return callOperation(core, operation.sendEmail, [requestBody, options]);
}

/**
 * Start enrolling an MFA factor
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/send-enroll-factor-request`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Starts enrolling a new MFA factor for the current user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendEnrollFactorRequest(
  core: AuthenticationCore,
  requestBody: SendEnrollFactorRequestDto,
  options?: RequestOptions,
): Promise<SendEnrollFactorRequestRespDto> {
  return callOperation(core, operation.sendEnrollFactorRequest, [requestBody, options]);
}

/**
 * Text a verification code to a phone number
 *
 * HTTP: `POST /api/v3/send-sms`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Asks GenAuth to text a one-time passcode for a given purpose.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function sendSms(core: AuthenticationCore, requestBody: SendSMSDto, options?: RequestOptions): Promise<SendSMSRespDto> {
  return callOperation(core, operation.sendSms, [requestBody, options]);
}

/**
 * Approve or refuse a push sign-in request from the signed-in app
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/set-pushcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for confirming or cancelling a push sign-in request.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setPushCodeStatus(core: AuthenticationCore, requestBody: ChangePushCodeStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setPushCodeStatus, [requestBody, options]);
}

/**
 * Scan, confirm or cancel a QR code from the signed-in app
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/set-qrcode-status`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Request body for reporting what the app did with a sign-in QR code.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function setQrCodeStatus(core: AuthenticationCore, requestBody: ChangeQRCodeStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.setQrCodeStatus, [requestBody, options]);
}

/**
 * Sign in with credentials: password, pass code, LDAP or AD
 *
 * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
 *
 * HTTP: `POST /api/v3/signin`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signInByCredentials(core: AuthenticationCore, requestBody: SigninByCredentialsDto, options?: RequestOptions): Promise<LoginTokenRespDto> {
  return callOperation(core, operation.signInByCredentials, [requestBody, options]);
}

/**
 * Sign in from a mobile app through a social or enterprise provider
 *
 * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
 *
 * HTTP: `POST /api/v3/signin-by-mobile`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Signs a user in with what a social or mobile identity provider returned to the app.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signInByMobile(core: AuthenticationCore, requestBody: SigninByMobileDto, options?: RequestOptions): Promise<LoginTokenRespDto> {
  return callOperation(core, operation.signInByMobile, [requestBody, options]);
}

/**
 * Start a push sign-in: send an approval request to the user's app
 *
 * HTTP: `POST /api/v3/signin-by-push`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Starts a push sign-in for an account, answered with a code that identifies the pending login.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signInByPush(core: AuthenticationCore, requestBody: SignInByPushDto, options?: RequestOptions): Promise<GenePushCodeRespDto> {
  return callOperation(core, operation.signInByPush, [requestBody, options]);
}

/**
 * Create a user account from a password or a verification code
 *
 * HTTP: `POST /api/v3/signup`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Registers a new user with a password or a one-time passcode.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signUp(core: AuthenticationCore, requestBody: SignUpDto, options?: RequestOptions): Promise<UserSingleRespDto> {
  return callOperation(core, operation.signUp, [requestBody, options]);
}

/**
 * Join through a policy invitation
 *
 * HTTP: `POST /api/v3/join-by-invitation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The invitee token, verification code and profile for joining through a policy invitation.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signupByPolicy(core: AuthenticationCore, requestBody: PolicyInviteeJoinedDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.signupByPolicy, [requestBody, options]);
}

/**
 * Ask to join through a universal invitation link
 *
 * HTTP: `POST /api/v3/signup-by-invitation`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Asks to join a user pool through a universal invitation link.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function signupByUniversal(
  core: AuthenticationCore,
  requestBody: UniversalInvitationUserJoinDto,
  options?: RequestOptions,
): Promise<GetUniversalInvitationJoinRespDto> {
  return callOperation(core, operation.signupByUniversal, [requestBody, options]);
}

/**
 * Switch the signed-in session to a public account
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/switch-login-by-user`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The account to switch the session to, and sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function switchLoginByUser(core: AuthenticationCore, requestBody: PublicAccountSwitchLoginDto, options?: RequestOptions): Promise<LoginTokenRespDto> {
  return callOperation(core, operation.switchLoginByUser, [requestBody, options]);
}

/**
 * Remove one of the user's devices
 *
 * HTTP: `POST /api/v3/mydevices/unbind`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies the device to remove from the current user's devices.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unbind(core: AuthenticationCore, requestBody: UnbindDeviceDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.unbind, [requestBody, options]);
}

/**
 * Remove the account's email address
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/unbind-email`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Confirms removing the email address bound to the current user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unbindEmail(core: AuthenticationCore, requestBody: UnbindEmailDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.unbindEmail, [requestBody, options]);
}

/**
 * Remove the account's phone number
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/unbind-phone`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Confirms removing the phone number bound to the current user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unbindPhone(core: AuthenticationCore, requestBody: UnbindPhoneDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.unbindPhone, [requestBody, options]);
}

/**
 * Detach an external identity provider from the user
 *
 * HTTP: `POST /api/v3/unlink-extidp`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Identifies the external identity source to unlink from the current user.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function unlinkExtIdp(core: AuthenticationCore, requestBody: UnlinkExtIdpDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.unlinkExtIdp, [requestBody, options]);
}

/**
 * Change the email address with a token from verifyUpdateEmailRequest
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/update-email`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Applies an email change that has been verified.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateEmail(core: AuthenticationCore, requestBody: UpdateEmailDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateEmail, [requestBody, options]);
}

/**
 * Change the signed-in user's password
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/update-password`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Changes the current user's password.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePassword(core: AuthenticationCore, requestBody: UpdatePasswordDto, options?: RequestOptions): Promise<CommonResponseDto> {
  return callOperation(core, operation.updatePassword, [requestBody, options]);
}

/**
 * Change the phone number with a token from verifyUpdatePhoneRequest
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/update-phone`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Applies a phone number change that has been verified.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updatePhone(core: AuthenticationCore, requestBody: UpdatePhoneDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updatePhone, [requestBody, options]);
}

/**
 * Change fields of the signed-in user's profile
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/update-profile`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Profile fields of the current user to change; fields left out keep their value.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateProfile(core: AuthenticationCore, requestBody: UpdateUserProfileDto, options?: RequestOptions): Promise<UserSingleRespDto> {
  return callOperation(core, operation.updateProfile, [requestBody, options]);
}

/**
 * Rename a user's passkey, as an administrator
 *
 * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `PUT /api/v3/webauthn/admin/credentials/{credentialId}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param credentialId - ID of the WebAuthn credential (passkey).
 * @param requestBody - New settings for a passkey (WebAuthn credential).
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function updateWebAuthnAdminCredential(
  core: AuthenticationCore,
  credentialId: string,
  requestBody: UpdatePasskeyDto,
  options?: RequestOptions,
): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.updateWebAuthnAdminCredential, [credentialId, requestBody, options]);
}

/**
 * Rename one of the signed-in user's passkeys
 *
 * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
 *
 * HTTP: `PUT /api/v3/webauthn/credentials/{credentialId}`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param credentialId - ID of the WebAuthn credential (passkey).
 * @param requestBody - New settings for a passkey (WebAuthn credential).
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function updateWebAuthnCredential(
  core: AuthenticationCore,
  credentialId: string,
  requestBody: UpdatePasskeyDto,
  options?: RequestOptions,
): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.updateWebAuthnCredential, [credentialId, requestBody, options]);
}

/**
 * Check whether a password is right for an account, without signing in
 *
 * HTTP: `POST /api/v3/validate-password`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A password to check against a user identified by phone, email or username.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function validatePassword(core: AuthenticationCore, requestBody: ValidatePasswordDto, options?: RequestOptions): Promise<ValidatePasswordRespDto> {
  return callOperation(core, operation.validatePassword, [requestBody, options]);
}

/**
 * Check a WebAuthn assertion and sign the user in
 *
 * HTTP: `POST /api/v3/webauthn/authentication`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Completes a WebAuthn sign-in by submitting the authenticator's assertion.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyAuthentication(
  core: AuthenticationCore,
  requestBody: VerifyAuthenticationDto,
  options?: RequestOptions,
): Promise<VerifyAuthenticationResultRespDto> {
  return callOperation(core, operation.verifyAuthentication, [requestBody, options]);
}

/**
 * Prove identity before deleting the account; returns a deletion token
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/verify-delete-account-request`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Proves the user's identity before deleting their account.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyDeleteAccountRequest(
  core: AuthenticationCore,
  requestBody: VerifyDeleteAccountRequestDto,
  options?: RequestOptions,
): Promise<VerifyDeleteAccountRequestRespDto> {
  return callOperation(core, operation.verifyDeleteAccountRequest, [requestBody, options]);
}

/**
 * Check the code an invitee received
 *
 * HTTP: `POST /api/v3/verify-invite-code`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - A code an invitee received, to be checked before they register.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyInviteCode(core: AuthenticationCore, requestBody: VerifyInviteCodeDto, options?: RequestOptions): Promise<IsSuccessRespDto> {
  return callOperation(core, operation.verifyInviteCode, [requestBody, options]);
}

/**
 * Introspect an MFA token
 *
 * The answer is the bare payload, without GenAuth's envelope.
 *
 * The form body is sent; the official SDK declared it but never sent it.
 *
 * HTTP: `POST /mfa/token/introspection`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param formData - The MFA token to introspect.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The payload itself, not wrapped in an envelope.
 */
export function verifyMfaToken(
  core: AuthenticationCore,
  formData: MfaTokenIntrospectEndpointParams,
  options?: RequestOptions,
): Promise<MfaTokenIntrospectResponse> {
  return callOperation(core, operation.verifyMfaToken, [formData, options]);
}

/**
 * Check a WebAuthn attestation and register the authenticator
 *
 * HTTP: `POST /api/v3/webauthn/registration`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Completes registering a WebAuthn authenticator by submitting the credential it created.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyRegister(
  core: AuthenticationCore,
  requestBody: VerifyRegistrationDto,
  options?: RequestOptions,
): Promise<VerifyRegistrationResultRespDto> {
  return callOperation(core, operation.verifyRegister, [requestBody, options]);
}

/**
 * Prove identity for a forgotten password; returns a reset token
 *
 * HTTP: `POST /api/v3/verify-reset-password-request`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Proves the user's identity to start a forgotten-password reset.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyResetPasswordRequest(
  core: AuthenticationCore,
  requestBody: VerifyResetPasswordRequestDto,
  options?: RequestOptions,
): Promise<PasswordResetVerifyResp> {
  return callOperation(core, operation.verifyResetPasswordRequest, [requestBody, options]);
}

/**
 * Prove ownership before changing the email address; returns a change token
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/verify-update-email-request`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Proves ownership of the addresses involved before changing the email.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyUpdateEmailRequest(
  core: AuthenticationCore,
  requestBody: VerifyUpdateEmailRequestDto,
  options?: RequestOptions,
): Promise<VerifyUpdateEmailRequestRespDto> {
  return callOperation(core, operation.verifyUpdateEmailRequest, [requestBody, options]);
}

/**
 * Prove ownership before changing the phone number; returns a change token
 *
 * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
 *
 * HTTP: `POST /api/v3/verify-update-phone-request`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - Proves ownership of the numbers involved before changing the phone number.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
 */
export function verifyUpdatePhoneRequest(
  core: AuthenticationCore,
  requestBody: VerifyUpdatePhoneRequestDto,
  options?: RequestOptions,
): Promise<VerifyUpdatePhoneRequestRespDto> {
  return callOperation(core, operation.verifyUpdatePhoneRequest, [requestBody, options]);
}

/**
 * Start registering a passkey for a user, as an administrator
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/admin/initialize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnAdminInitialize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnAdminInitialize, [options]);
}

/**
 * Finish registering a passkey for a user, as an administrator
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/admin/registration/finalize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnAdminRegisterFinalize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnAdminRegisterFinalize, [options]);
}

/**
 * Finish a passkey sign-in
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/login/finalize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The ticket and authenticator assertion that finish a WebAuthn sign-in.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnLoginFinalize(core: AuthenticationCore, requestBody: FinalizeWebAuthnLoginDto, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnLoginFinalize, [requestBody, options]);
}

/**
 * Start a passkey sign-in
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/login/initialize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnLoginInitalize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnLoginInitalize, [options]);
}

/**
 * Start adding a passkey as an MFA factor
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/mfa-bind/initialize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnMfaBindInitialize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnMfaBindInitialize, [options]);
}

/**
 * Start an MFA check with a passkey
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/mfa-verify/initialize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnMfaVerifyInitalize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnMfaVerifyInitalize, [options]);
}

/**
 * Finish adding a passkey to the signed-in user
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/registration/finalize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnRegisterFinalize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnRegisterFinalize, [options]);
}

/**
 * Start adding a passkey to the signed-in user
 *
 * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
 *
 * HTTP: `POST /api/v3/webauthn/registration/initialize`
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns GenAuth's envelope; `statusCode` 200 means success.
 */
export function webAuthnRegisterInitalize(core: AuthenticationCore, options?: RequestOptions): Promise<GenAuthDataEnvelope> {
  return callOperation(core, operation.webAuthnRegisterInitalize, [options]);
}
