// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { RequestOptions } from "@genauth/core";
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

/**
 * The GenAuth Authentication API operations, one method each, generated from the spec: their
 * signatures and documentation. `AuthenticationClient` has them all.
 */
export interface AuthenticationMethods {
  /**
   * Sign in from a mobile app with a WeChat code
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/authByCodeIdentity`
   *
   * @param requestBody - Signs in with the code WeChat returned to a mobile app.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  authByCodeIdentity(requestBody: WechatMobileAuthByCodeIdentityInput, options?: RequestOptions): Promise<LoginTokenResponseDataDto>;
  /**
   * Submit several permission requests for approval
   *
   * HTTP: `POST /api/v3/approval-batch`
   *
   * @param requestBody - Request body for submitting several access requests of the same kind at once.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  batchCreateApproval(requestBody: BatchCreateApprovalReq, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * WeChat mobile sign-in: link the WeChat identity to a user proven by account and password
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/byAccount`
   *
   * @param requestBody - Request body for linking the WeChat identity to an account proven by its password.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  bindByAccount(requestBody: BindByAccountInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * WeChat mobile sign-in: link the WeChat identity to a user chosen by ID
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/byAccountId`
   *
   * @param requestBody - Request body for linking the WeChat identity to an existing account given by its ID.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  bindByAccountId(requestBody: BindByAccountIdInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * WeChat mobile sign-in: link the WeChat identity to a user proven by an email code
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/byEmailCode`
   *
   * @param requestBody - Request body for linking the WeChat identity to an account proven by an email code.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  bindByEmailCode(requestBody: BindByEmailCodeInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * WeChat mobile sign-in: link the WeChat identity to a user proven by a phone code
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/byPhoneCode`
   *
   * @param requestBody - Request body for linking the WeChat identity to an account proven by a text-message code.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  bindByPhoneCode(requestBody: BindByPhoneCodeInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * Attach an email address to the account, proven by a code
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/bind-email`
   *
   * @param requestBody - Request body for adding an email address to the signed-in user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  bindEmail(requestBody: BindEmailDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Attach a phone number to the account, proven by a code
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/bind-phone`
   *
   * @param requestBody - Request body for adding a phone number to the signed-in user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  bindPhone(requestBody: BindPhoneDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Approve or refuse a push sign-in request from the signed-in app (deprecated)
   *
   * Deprecated: call `setPushCodeStatus` instead.
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/change-pushcode-status`
   *
   * @param requestBody - Request body for confirming or cancelling a push sign-in request.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link AuthenticationMethods.setPushCodeStatus | setPushCodeStatus} instead.
   */
  changePushCodeStatus(requestBody: ChangePushCodeStatusDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Scan, confirm or cancel a QR code from the signed-in app (deprecated)
   *
   * Deprecated: call `setQrCodeStatus` instead.
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/change-qrcode-status`
   *
   * @param requestBody - Request body for reporting what the app did with a sign-in QR code.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link AuthenticationMethods.setQrCodeStatus | setQrCodeStatus} instead.
   */
  changeQrCodeStatus(requestBody: ChangeQRCodeStatusDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Check the user's permissions on array resources
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/check-permission-array-resource`
   *
   * @param requestBody - Request body for checking the user's permission on array data resources.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPermissionByArrayResource(requestBody: CheckPermissionArrayResourceDto, options?: RequestOptions): Promise<CheckResourcePermissionsRespDto>;
  /**
   * Check the user's permissions on string resources
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/check-permission-string-resource`
   *
   * @param requestBody - Request body for checking the user's permission on string data resources.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPermissionByStringResource(requestBody: CheckPermissionStringResourceDto, options?: RequestOptions): Promise<CheckResourcePermissionsRespDto>;
  /**
   * Check the user's permissions on tree resources
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/check-permission-tree-resource`
   *
   * @param requestBody - Request body for checking the user's permission on tree data resources.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPermissionByTreeResource(requestBody: CheckPermissionTreeResourceDto, options?: RequestOptions): Promise<CheckResourcePermissionsRespDto>;
  /**
   * Read the state of a push sign-in request
   *
   * HTTP: `GET /api/v3/check-pushcode-status`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkPushCodeStatus(
    {
      pushCodeId,
    }: {
      /** ID of the push sign-in request, as returned when the push was sent. */
      pushCodeId: string;
    },
    options?: RequestOptions,
  ): Promise<CheckPushCodeStatusRespDto>;
  /**
   * Read the state of a sign-in QR code (deprecated)
   *
   * Deprecated: call `getQrCodeStatus` instead.
   *
   * HTTP: `GET /api/v3/check-qrcode-status`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   * @deprecated Use {@link AuthenticationMethods.getQrCodeStatus | getQrCodeStatus} instead.
   */
  checkQrCodeStatus(
    {
      qrcodeId,
    }: {
      /** ID of the QR code whose state is read, as returned when the code was generated. */
      qrcodeId: string;
    },
    options?: RequestOptions,
  ): Promise<CheckQRCodeStatusRespDto>;
  /**
   * Tell which of the given WebAuthn credential IDs are still valid
   *
   * HTTP: `POST /api/v3/webauthn/check-valid-credentials-by-credIds`
   *
   * @param requestBody - Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  checkValidCredentialsByCredIds(requestBody: CheckDeviceCredentialIdDto, options?: RequestOptions): Promise<WebAuthnCheckValidCredentialsByCredIdsRespDto>;
  /**
   * Revoke every invitation link the signed-in member created
   *
   * HTTP: `POST /api/v3/clear-my-all-invitation-links`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  clearMyAllUniversalInvitationLinks(options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Submit one permission request for approval
   *
   * HTTP: `POST /api/v3/approval`
   *
   * @param requestBody - Request body for submitting one access request.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  createApproval(requestBody: CreateApprovalReq, options?: RequestOptions): Promise<CreateApprovalRes>;
  /**
   * Decrypt data a Douyin mini program received from Douyin
   *
   * HTTP: `POST /api/v3/decrypt-douyin-miniprogram-data`
   *
   * @param requestBody - What a Douyin mini program sends to have its encrypted open data decrypted.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  decryptDouyinMiniProgramData(requestBody: DecryptDouyinMiniProgramDataDto, options?: RequestOptions): Promise<DecryptDouyinMiniProgramDataRespDto>;
  /**
   * Decrypt data a WeChat mini program received from WeChat
   *
   * HTTP: `POST /api/v3/decrypt-wechat-miniprogram-data`
   *
   * @param requestBody - What a WeChat mini program sends to have its encrypted open data decrypted.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  decryptWechatMiniProgramData(requestBody: DecryptWechatMiniProgramDataDto, options?: RequestOptions): Promise<DecryptWechatMiniProgramDataRespDto>;
  /**
   * Delete the user's own account with a token from verifyDeleteAccountRequest
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/delete-account`
   *
   * @param requestBody - The token that authorizes deleting the user's account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  deleteAccount(requestBody: DeleteAccounDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Delete a user's passkey in an application, as an administrator
   *
   * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `DELETE /api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}`
   *
   * @param credentialId - ID of the WebAuthn credential (passkey).
   * @param userId - ID of the user who owns the credential.
   * @param appId - ID of the application the credential belongs to.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  deleteWebAuthnAdminCredential(credentialId: string, userId: string, appId: string, options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Delete one of the signed-in user's passkeys
   *
   * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `DELETE /api/v3/webauthn/credentials/{credentialId}`
   *
   * @param credentialId - ID of the WebAuthn credential (passkey).
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  deleteWebAuthnCredential(credentialId: string, options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Finish enrolling an MFA factor
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/enroll-factor`
   *
   * @param requestBody - The enrollment token and proof that finish binding an MFA factor.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  enrollFactor(requestBody: EnrollFactorDto, options?: RequestOptions): Promise<EnrollFactorRespDto>;
  /**
   * Trade an authorized QR code ticket for a token set
   *
   * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
   *
   * HTTP: `POST /api/v3/exchange-tokenset-with-qrcode-ticket`
   *
   * @param requestBody - A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  exchangeTokenSetWithQrCodeTicket(requestBody: ExchangeTokenSetWithQRcodeTicketDto, options?: RequestOptions): Promise<LoginTokenRespDto>;
  /**
   * Create an image captcha and the token that goes with it
   *
   * HTTP: `GET /api/v3/get-captcha-code`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  geneCatchaCodeAndToken(options?: RequestOptions): Promise<GetCaptchaCodeRespDto>;
  /**
   * Create the data of a quick sign-in QR code for the signed-in user
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/gene-fastpass-qrcode-info`
   *
   * @param requestBody - Settings for creating a fast-pass sign-in QR code.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  geneFastpassQrcodeInfo(requestBody: SignInFastpassDto, options?: RequestOptions): Promise<GeneFastpassQRCodeRespDto>;
  /**
   * Create a sign-in QR code
   *
   * HTTP: `POST /api/v3/gene-qrcode`
   *
   * @param requestBody - What kind of sign-in QR code to create, and its options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  geneQrCode(requestBody: GenerateQrcodeDto, options?: RequestOptions): Promise<GeneQRCodeRespDto>;
  /**
   * Create the registration token of a policy invitation
   *
   * HTTP: `POST /api/v3/generate-policy-invitation-token`
   *
   * @param requestBody - The invitation link the invitee opened, and what to return with the token.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  generateInviteToken(requestBody: InvitationLinkDto, options?: RequestOptions): Promise<GenerateInviteeTokenRespDto>;
  /**
   * Build the URL that links an external identity provider to the signed-in user
   *
   * HTTP: `GET /api/v3/generate-link-extidp-url`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  generateLinkExtIdpUrl(
    {
      extIdpConnIdentifier,
      appId,
      idToken,
      needUrlRedirect,
      onlyRedirectToken,
      needFormPost,
      targetUrl,
    }: {
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
  ): Promise<GenerateBindExtIdpLinkRespDto>;
  /**
   * Create an invitation link owned by the signed-in member
   *
   * HTTP: `POST /api/v3/generate-universal-invitation-link-by-member`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  generateUniversalInvitationByMember(options?: RequestOptions): Promise<GenerateInvitationLinkRespDto>;
  /**
   * List the applications the user may open
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-accessible-apps`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAccessibleApps(options?: RequestOptions): Promise<GetAccessibleAppsRespDto>;
  /**
   * Fetch the Alipay authInfo string a mobile app needs to start Alipay sign-in
   *
   * HTTP: `GET /api/v3/get-alipay-authinfo`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAlipayAuthInfo(
    {
      extIdpConnidentifier,
    }: {
      /** Identifier of the Alipay identity source connection configured in the GenAuth console. */
      extIdpConnidentifier: string;
    },
    options?: RequestOptions,
  ): Promise<GetAlipayAuthInfoRespDto>;
  /**
   * List the external identity providers this application accepts
   *
   * HTTP: `GET /api/v3/get-application-enabled-extidps`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getApplicationEnabledExtIdps(options?: RequestOptions): Promise<GetExtIdpsRespDto>;
  /**
   * Read the state of a quick sign-in QR code
   *
   * HTTP: `GET /api/v3/get-app-login-qrcode-status`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAppLoginQrCodeStatus(
    {
      qrcodeId,
    }: {
      /** ID of the quick sign-in QR code whose state is read. */
      qrcodeId: string;
    },
    options?: RequestOptions,
  ): Promise<CheckQRCodeStatusRespDto>;
  /**
   * List the resources the user is granted
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-authorized-resources`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getAuthorizedResources(
    {
      namespace,
      resourceType,
    }?: {
      /** Code of the permission space to read resources from; leave out for the default space. */
      namespace?: string;
      /** Only return resources of this type (data, API, menu, button or UI); leave out for every type. */
      resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
    },
    options?: RequestOptions,
  ): Promise<AuthorizedResourcePaginatedRespDto>;
  /**
   * List countries and their dialling codes
   *
   * HTTP: `GET /api/v3/get-country-list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getCountryList(options?: RequestOptions): Promise<GetCountryListRespDto>;
  /**
   * Page through the user's departments
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-department-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getDepartmentList(
    {
      page,
      limit,
      withCustomData,
      sortBy,
      orderBy,
    }?: {
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
  ): Promise<UserDepartmentPaginatedRespDto>;
  /**
   * Read one approval request by its number
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
      /** Number of the approval request, as returned when it was created. */
      number: string;
    },
    options?: RequestOptions,
  ): Promise<ApprovalDetailRes>;
  /**
   * List the applications the user may request access to
   *
   * HTTP: `GET /api/v3/applications-permission-applicable`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getEnablePermissionApplyApplicationList(
    {
      appName,
    }?: {
      /** Only return applications whose name contains this text. */
      appName?: string;
    },
    options?: RequestOptions,
  ): Promise<EnablePermissionApplyApplicationListRes>;
  /**
   * Page through the roles of an application the user may request
   *
   * HTTP: `GET /api/v3/roles-permission-applicable`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getEnablePermissionApplyRoleList(
    {
      page,
      limit,
      keyword,
      appId,
    }: {
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
  ): Promise<EnablePermissionApplyRoleListRes>;
  /**
   * Read one enrolled MFA factor
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-factor`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getFactor(
    {
      factorId,
    }: {
      /** ID of the enrolled MFA factor to read. */
      factorId: string;
    },
    options?: RequestOptions,
  ): Promise<GetFactorRespDto>;
  /**
   * List the applications a quick sign-in QR code can open
   *
   * HTTP: `GET /api/v3/get-fastpass-client-apps`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getFastpassParams(
    {
      qrcodeId,
      appId,
    }: {
      /** ID of the quick sign-in QR code. */
      qrcodeId: string;
      /** ID of the GenAuth application the request is made for. */
      appId: string;
    },
    options?: RequestOptions,
  ): Promise<GetFastpassQRCodeRelationAppsRespDto>;
  /**
   * List the user's groups
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-group-list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getGroupList(options?: RequestOptions): Promise<GroupListRespDto>;
  /**
   * List the external identities linked to the user
   *
   * HTTP: `GET /api/v3/get-identities`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getIdentities(options?: RequestOptions): Promise<GetIdentitiesRespDto>;
  /**
   * Read what the invitee's sign-up page needs from an invitation token
   *
   * HTTP: `GET /api/v3/get-policy-invitation-context`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getInviteCodeContext(
    {
      token,
    }: {
      /** Invitation token the invitee received, which lets them sign up. */
      token: string;
    },
    options?: RequestOptions,
  ): Promise<GetInviteeContextRespDto>;
  /**
   * List the applications the user is signed in to
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-logged-in-apps`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getLoggedInApps(options?: RequestOptions): Promise<GetLoggedInAppsRespDto>;
  /**
   * Page through the user's sign-in history
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-login-history`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getLoginHistory(
    {
      appId,
      clientIp,
      success,
      start,
      end,
      page,
      limit,
    }?: {
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
  ): Promise<GetLoginHistoryRespDto>;
  /**
   * Read the signed-in user's profile
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-profile`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getProfile(
    {
      withCustomData,
      withIdentities,
      withDepartmentIds,
    }?: {
      /** Set to `true` to include the user's custom data in the profile. Default `false`. */
      withCustomData?: boolean;
      /** Set to `true` to include the user's linked external identities. Default `false`. */
      withIdentities?: boolean;
      /** Set to `true` to include the IDs of the user's departments. Default `false`. */
      withDepartmentIds?: boolean;
    },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto>;
  /**
   * List the client applications behind a push sign-in request
   *
   * HTTP: `POST /api/v3/get-pushlogin-relation-apps`
   *
   * @param requestBody - The push sign-in request whose related client applications are wanted.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getPushLoginRelationApps(requestBody: GetPushCodeRelationAppsDto, options?: RequestOptions): Promise<GetPushCodeRelationAppsRespDto>;
  /**
   * Read the state of a sign-in QR code
   *
   * HTTP: `GET /api/v3/get-qrcode-status`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getQrCodeStatus(
    {
      qrcodeId,
    }: {
      /** ID of the QR code whose state is read, as returned when the code was generated. */
      qrcodeId: string;
    },
    options?: RequestOptions,
  ): Promise<CheckQRCodeStatusRespDto>;
  /**
   * List the user's roles
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-role-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getRoleList(
    {
      namespace,
    }?: {
      /** Code of the permission space to read roles from; leave out for the default space. */
      namespace?: string;
    },
    options?: RequestOptions,
  ): Promise<RoleListRespDto>;
  /**
   * Rate the account's security and its password strength
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-security-info`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getSecurityLevel(options?: RequestOptions): Promise<GetSecurityInfoRespDto>;
  /**
   * Read the server's public settings: encryption keys, version, egress IPs
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `GET /api/v3/system`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  getSystemInfo(options?: RequestOptions): Promise<SystemInfoResp>;
  /**
   * List the tenants the user belongs to
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-my-tenant-list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getTenantList(options?: RequestOptions): Promise<GetTenantListRespDto>;
  /**
   * Read the public settings of a universal invitation link
   *
   * HTTP: `GET /api/v3/get-universal-invitation-public-config`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUniversalInvitationPublicConfig(
    {
      identifier,
    }: {
      /** Identifier of the universal invitation link, taken from the link itself. */
      identifier: string;
    },
    options?: RequestOptions,
  ): Promise<GetUniversalInvitationPublicConfigRespDto>;
  /**
   * List the resources granted to the user in this application
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/get-user-auth-resource-list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAuthorizedResourcesList(options?: RequestOptions): Promise<GetUserAuthResourceListRespDto>;
  /**
   * List the user's permissions on the given resources
   *
   * HTTP: `POST /api/v3/get-user-auth-resource-permission-list`
   *
   * @param requestBody - The resources to look up the user's permissions on.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAuthResourcePermissionList(
    requestBody: GetUserAuthResourcePermissionListDto,
    options?: RequestOptions,
  ): Promise<GetUserAuthResourcePermissionListRespDto>;
  /**
   * Describe the structure of a resource granted to the user
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/get-user-auth-resource-struct`
   *
   * @param requestBody - The resource whose structure is wanted.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  getUserAuthResourceStruct(requestBody: GetUserAuthResourceStructDto, options?: RequestOptions): Promise<GetUserAuthResourceStructRespDto>;
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
   * @param requestBody - Identifies a WeChat mini program or official account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token when `statusCode` is 200.
   * @deprecated Use {@link AuthenticationMethods.getWechatMpAccessTokenInfo | getWechatMpAccessTokenInfo} instead.
   */
  getWechatMpAccessToken(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenRespDto>;
  /**
   * Get a WeChat mini program or official account access token
   *
   * Returns the access token that GenAuth caches for a WeChat mini program or official
   * account, identified by its WeChat `appId` and `appSecret`, with its expiry time.
   *
   * HTTP: `POST /api/v3/get-wechat-access-token-info`
   *
   * @param requestBody - Identifies a WeChat mini program or official account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token when `statusCode` is 200.
   */
  getWechatMpAccessTokenInfo(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenInfoRespDto>;
  /**
   * Get the WebAuthn options that start a sign-in with an authenticator
   *
   * HTTP: `GET /api/v3/webauthn/authentication`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  initAuthenticationOptions(options?: RequestOptions): Promise<GetAuthenticationOptionsRespDto>;
  /**
   * Page through the approval requests the user submitted
   *
   * HTTP: `GET /api/v3/approval-initiated-list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  initiatedList(
    {
      pageNo,
      pageSize,
      objectType,
      keyword,
    }?: {
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
  ): Promise<InitiatedApprovalListRes>;
  /**
   * Get the WebAuthn options that start registering an authenticator
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/webauthn/registration`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  initRegisterOptions(options?: RequestOptions): Promise<GetRegistrationOptionsRespDto>;
  /**
   * Page through the user's devices
   *
   * HTTP: `GET /api/v3/mydevices/list`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  list(
    {
      page,
      limit,
    }?: {
      /** Page to return, counting from 1. Default `1`. */
      page?: number;
      /** Number of devices per page; 50 at most. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<TerminalSessionRespDto>;
  /**
   * Page through the user's WebAuthn authenticators
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v3/webauthn/page-authenticator-device`
   *
   * @param requestBody - Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  listCredentialsByPage(requestBody: ListDeviceCredentialDto, options?: RequestOptions): Promise<ListWebAuthnAuthenticatorDeviceDataDto>;
  /**
   * List the user's enrolled MFA factors
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/list-enrolled-factors`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listEnrolledFactors(options?: RequestOptions): Promise<ListEnrolledFactorsRespDto>;
  /**
   * List the MFA factors the user may still enroll
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `GET /api/v3/list-factors-to-enroll`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listFactorsToEnroll(options?: RequestOptions): Promise<ListFactorsToEnrollRespDto>;
  /**
   * List the public accounts the signed-in user may switch to
   *
   * HTTP: `GET /api/v3/get-user-select-login-public-accounts`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  listPublicAccountsForSwitchLoggedIn(
    {
      withOriginUser,
    }?: {
      /** Set to `true` to also return the basic details of the user's own personal account. Default `false`. */
      withOriginUser?: boolean;
    },
    options?: RequestOptions,
  ): Promise<GetPublicAccountDataRespDto>;
  /**
   * List the applications' person-level authorizations
   *
   * HTTP: `POST /api/v2/applications/subject/person/list`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns A JSON answer whose shape GenAuth does not document.
   */
  listSubjectAuth(options?: RequestOptions): Promise<unknown>;
  /**
   * Page through the signed-in user's passkeys
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `GET /api/v3/webauthn/credentials`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  listWebAuthnCredentials(
    {
      page,
      limit,
    }?: {
      /** Page to return, counting from 1. Default `1`. */
      page?: number;
      /** Number of credentials per page. Default `10`. */
      limit?: number;
    },
    options?: RequestOptions,
  ): Promise<GenAuthDataEnvelope>;
  /**
   * Page through a given user's passkeys
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `GET /api/v3/webauthn/person/credentials`
   *
   * @param query - Query parameters, each described on its field.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  listWebAuthnPersonCredentials(
    {
      page,
      limit,
      userId,
      appId,
    }: {
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
  ): Promise<GenAuthDataEnvelope>;
  /**
   * Check a one-time password from the user's MFA authenticator app
   *
   * HTTP: `POST /api/v3/mfa-totp-verify`
   *
   * @param requestBody - A one-time password to check against the user's OTP factor.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  mfaOtpVerify(requestBody: MfaOtpVerityDto, options?: RequestOptions): Promise<MfaOtpVerityRespDto>;
  /**
   * Check a verification code without consuming it
   *
   * HTTP: `POST /api/v3/pre-check-code`
   *
   * @param requestBody - A verification code to check without using it up.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  preCheckCode(requestBody: PreCheckCodeDto, options?: RequestOptions): Promise<PreCheckCodeRespDto>;
  /**
   * Sign in by scanning a QR code from the signed-in app
   *
   * HTTP: `POST /api/v3/qrcode-app-login`
   *
   * @param requestBody - Request body for signing in with a quick sign-in QR code scanned in an app.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  qrCodeAppLogin(requestBody: AppQRCodeLoginDto, options?: RequestOptions): Promise<LoginTokenRespDto>;
  /**
   * WeChat mobile sign-in: create a new user from the WeChat identity
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/register`
   *
   * @param requestBody - Request body for creating a new user from the WeChat identity.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  registerNewUser(requestBody: BindByRegiserInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * Remove every WebAuthn credential of one authenticator
   *
   * HTTP: `POST /api/v3/webauthn/remove-credentials-by-authenticator-code`
   *
   * @param requestBody - A request body with no documented fields; any properties given are sent as they are.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeAllCredentials(requestBody: RemoveDeviceCredentialDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove one WebAuthn credential
   *
   * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
   *
   * HTTP: `POST /api/v3/webauthn/remove-credential/{credentialID}`
   *
   * @param credentialId - ID of the WebAuthn credential.
   * @param requestBody - A request body with no documented fields; any properties given are sent as they are.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  removeCredential(credentialId: string, requestBody: WebAuthnRemoveCredentialDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Remove an enrolled MFA factor
   *
   * HTTP: `POST /api/v3/reset-factor`
   *
   * @param requestBody - Identifies the MFA factor to unbind from the current user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resetFactor(requestBody: ResetFactorDto, options?: RequestOptions): Promise<ResetFactorRespDto>;
  /**
   * Set a new password with a token from verifyResetPasswordRequest
   *
   * HTTP: `POST /api/v3/reset-password`
   *
   * @param requestBody - Sets a new password using the token obtained from `verifyResetPasswordRequest`.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  resetPassword(requestBody: ResetPasswordDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Sign one of the user's devices out
   *
   * HTTP: `POST /api/v3/mydevices/revoke-session`
   *
   * @param requestBody - Identifies the device whose login session should be ended.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  revoke(requestBody: RevokeDeviceSessionDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * WeChat mobile sign-in: pick one of several matching users
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * HTTP: `POST /api/v2/ecConn/wechatMobile/select`
   *
   * @param requestBody - Request body for picking one of several accounts that match the WeChat identity.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  selectAccount(requestBody: BindByAccountsInputApi, options?: RequestOptions): Promise<WechatLoginTokenRespDto>;
  /**
   * Email a verification code
   *
   * HTTP: `POST /api/v3/send-email`
   *
   * @param requestBody - Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendEmail(requestBody: SendEmailDto, options?: RequestOptions): Promise<SendEmailRespDto>;
  /**
   * Start enrolling an MFA factor
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/send-enroll-factor-request`
   *
   * @param requestBody - Starts enrolling a new MFA factor for the current user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendEnrollFactorRequest(requestBody: SendEnrollFactorRequestDto, options?: RequestOptions): Promise<SendEnrollFactorRequestRespDto>;
  /**
   * Text a verification code to a phone number
   *
   * HTTP: `POST /api/v3/send-sms`
   *
   * @param requestBody - Asks GenAuth to text a one-time passcode for a given purpose.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  sendSms(requestBody: SendSMSDto, options?: RequestOptions): Promise<SendSMSRespDto>;
  /**
   * Approve or refuse a push sign-in request from the signed-in app
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/set-pushcode-status`
   *
   * @param requestBody - Request body for confirming or cancelling a push sign-in request.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setPushCodeStatus(requestBody: ChangePushCodeStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Scan, confirm or cancel a QR code from the signed-in app
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/set-qrcode-status`
   *
   * @param requestBody - Request body for reporting what the app did with a sign-in QR code.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  setQrCodeStatus(requestBody: ChangeQRCodeStatusDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Sign in with credentials: password, pass code, LDAP or AD
   *
   * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
   *
   * HTTP: `POST /api/v3/signin`
   *
   * @param requestBody - Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signInByCredentials(requestBody: SigninByCredentialsDto, options?: RequestOptions): Promise<LoginTokenRespDto>;
  /**
   * Sign in from a mobile app through a social or enterprise provider
   *
   * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
   *
   * HTTP: `POST /api/v3/signin-by-mobile`
   *
   * @param requestBody - Signs a user in with what a social or mobile identity provider returned to the app.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signInByMobile(requestBody: SigninByMobileDto, options?: RequestOptions): Promise<LoginTokenRespDto>;
  /**
   * Start a push sign-in: send an approval request to the user's app
   *
   * HTTP: `POST /api/v3/signin-by-push`
   *
   * @param requestBody - Starts a push sign-in for an account, answered with a code that identifies the pending login.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signInByPush(requestBody: SignInByPushDto, options?: RequestOptions): Promise<GenePushCodeRespDto>;
  /**
   * Create a user account from a password or a verification code
   *
   * HTTP: `POST /api/v3/signup`
   *
   * @param requestBody - Registers a new user with a password or a one-time passcode.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signUp(requestBody: SignUpDto, options?: RequestOptions): Promise<UserSingleRespDto>;
  /**
   * Join through a policy invitation
   *
   * HTTP: `POST /api/v3/join-by-invitation`
   *
   * @param requestBody - The invitee token, verification code and profile for joining through a policy invitation.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signupByPolicy(requestBody: PolicyInviteeJoinedDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Ask to join through a universal invitation link
   *
   * HTTP: `POST /api/v3/signup-by-invitation`
   *
   * @param requestBody - Asks to join a user pool through a universal invitation link.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  signupByUniversal(requestBody: UniversalInvitationUserJoinDto, options?: RequestOptions): Promise<GetUniversalInvitationJoinRespDto>;
  /**
   * Switch the signed-in session to a public account
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/switch-login-by-user`
   *
   * @param requestBody - The account to switch the session to, and sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  switchLoginByUser(requestBody: PublicAccountSwitchLoginDto, options?: RequestOptions): Promise<LoginTokenRespDto>;
  /**
   * Remove one of the user's devices
   *
   * HTTP: `POST /api/v3/mydevices/unbind`
   *
   * @param requestBody - Identifies the device to remove from the current user's devices.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unbind(requestBody: UnbindDeviceDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove the account's email address
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/unbind-email`
   *
   * @param requestBody - Confirms removing the email address bound to the current user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unbindEmail(requestBody: UnbindEmailDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Remove the account's phone number
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/unbind-phone`
   *
   * @param requestBody - Confirms removing the phone number bound to the current user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unbindPhone(requestBody: UnbindPhoneDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Detach an external identity provider from the user
   *
   * HTTP: `POST /api/v3/unlink-extidp`
   *
   * @param requestBody - Identifies the external identity source to unlink from the current user.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  unlinkExtIdp(requestBody: UnlinkExtIdpDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Change the email address with a token from verifyUpdateEmailRequest
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/update-email`
   *
   * @param requestBody - Applies an email change that has been verified.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateEmail(requestBody: UpdateEmailDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Change the signed-in user's password
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/update-password`
   *
   * @param requestBody - Changes the current user's password.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePassword(requestBody: UpdatePasswordDto, options?: RequestOptions): Promise<CommonResponseDto>;
  /**
   * Change the phone number with a token from verifyUpdatePhoneRequest
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/update-phone`
   *
   * @param requestBody - Applies a phone number change that has been verified.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updatePhone(requestBody: UpdatePhoneDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Change fields of the signed-in user's profile
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/update-profile`
   *
   * @param requestBody - Profile fields of the current user to change; fields left out keep their value.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateProfile(requestBody: UpdateUserProfileDto, options?: RequestOptions): Promise<UserSingleRespDto>;
  /**
   * Rename a user's passkey, as an administrator
   *
   * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `PUT /api/v3/webauthn/admin/credentials/{credentialId}`
   *
   * @param credentialId - ID of the WebAuthn credential (passkey).
   * @param requestBody - New settings for a passkey (WebAuthn credential).
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  updateWebAuthnAdminCredential(credentialId: string, requestBody: UpdatePasskeyDto, options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Rename one of the signed-in user's passkeys
   *
   * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
   *
   * HTTP: `PUT /api/v3/webauthn/credentials/{credentialId}`
   *
   * @param credentialId - ID of the WebAuthn credential (passkey).
   * @param requestBody - New settings for a passkey (WebAuthn credential).
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  updateWebAuthnCredential(credentialId: string, requestBody: UpdatePasskeyDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Check whether a password is right for an account, without signing in
   *
   * HTTP: `POST /api/v3/validate-password`
   *
   * @param requestBody - A password to check against a user identified by phone, email or username.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  validatePassword(requestBody: ValidatePasswordDto, options?: RequestOptions): Promise<ValidatePasswordRespDto>;
  /**
   * Check a WebAuthn assertion and sign the user in
   *
   * HTTP: `POST /api/v3/webauthn/authentication`
   *
   * @param requestBody - Completes a WebAuthn sign-in by submitting the authenticator's assertion.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyAuthentication(requestBody: VerifyAuthenticationDto, options?: RequestOptions): Promise<VerifyAuthenticationResultRespDto>;
  /**
   * Prove identity before deleting the account; returns a deletion token
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/verify-delete-account-request`
   *
   * @param requestBody - Proves the user's identity before deleting their account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyDeleteAccountRequest(requestBody: VerifyDeleteAccountRequestDto, options?: RequestOptions): Promise<VerifyDeleteAccountRequestRespDto>;
  /**
   * Check the code an invitee received
   *
   * HTTP: `POST /api/v3/verify-invite-code`
   *
   * @param requestBody - A code an invitee received, to be checked before they register.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyInviteCode(requestBody: VerifyInviteCodeDto, options?: RequestOptions): Promise<IsSuccessRespDto>;
  /**
   * Introspect an MFA token
   *
   * The answer is the bare payload, without GenAuth's envelope.
   *
   * The form body is sent; the official SDK declared it but never sent it.
   *
   * HTTP: `POST /mfa/token/introspection`
   *
   * @param formData - The MFA token to introspect.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The payload itself, not wrapped in an envelope.
   */
  verifyMfaToken(formData: MfaTokenIntrospectEndpointParams, options?: RequestOptions): Promise<MfaTokenIntrospectResponse>;
  /**
   * Check a WebAuthn attestation and register the authenticator
   *
   * HTTP: `POST /api/v3/webauthn/registration`
   *
   * @param requestBody - Completes registering a WebAuthn authenticator by submitting the credential it created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyRegister(requestBody: VerifyRegistrationDto, options?: RequestOptions): Promise<VerifyRegistrationResultRespDto>;
  /**
   * Prove identity for a forgotten password; returns a reset token
   *
   * HTTP: `POST /api/v3/verify-reset-password-request`
   *
   * @param requestBody - Proves the user's identity to start a forgotten-password reset.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyResetPasswordRequest(requestBody: VerifyResetPasswordRequestDto, options?: RequestOptions): Promise<PasswordResetVerifyResp>;
  /**
   * Prove ownership before changing the email address; returns a change token
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/verify-update-email-request`
   *
   * @param requestBody - Proves ownership of the addresses involved before changing the email.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyUpdateEmailRequest(requestBody: VerifyUpdateEmailRequestDto, options?: RequestOptions): Promise<VerifyUpdateEmailRequestRespDto>;
  /**
   * Prove ownership before changing the phone number; returns a change token
   *
   * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
   *
   * HTTP: `POST /api/v3/verify-update-phone-request`
   *
   * @param requestBody - Proves ownership of the numbers involved before changing the phone number.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `data` holds the result when `statusCode` is 200.
   */
  verifyUpdatePhoneRequest(requestBody: VerifyUpdatePhoneRequestDto, options?: RequestOptions): Promise<VerifyUpdatePhoneRequestRespDto>;
  /**
   * Start registering a passkey for a user, as an administrator
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/admin/initialize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnAdminInitialize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Finish registering a passkey for a user, as an administrator
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/admin/registration/finalize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnAdminRegisterFinalize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Finish a passkey sign-in
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/login/finalize`
   *
   * @param requestBody - The ticket and authenticator assertion that finish a WebAuthn sign-in.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnLoginFinalize(requestBody: FinalizeWebAuthnLoginDto, options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Start a passkey sign-in
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/login/initialize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnLoginInitalize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Start adding a passkey as an MFA factor
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/mfa-bind/initialize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnMfaBindInitialize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Start an MFA check with a passkey
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/mfa-verify/initialize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnMfaVerifyInitalize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Finish adding a passkey to the signed-in user
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/registration/finalize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnRegisterFinalize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
  /**
   * Start adding a passkey to the signed-in user
   *
   * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
   *
   * HTTP: `POST /api/v3/webauthn/registration/initialize`
   *
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope; `statusCode` 200 means success.
   */
  webAuthnRegisterInitalize(options?: RequestOptions): Promise<GenAuthDataEnvelope>;
}
