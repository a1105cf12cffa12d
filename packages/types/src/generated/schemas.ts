// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate

/**
 * Claims of a decoded GenAuth access token (a JWT).
 */
export type AccessToken = {
  /** Unique ID of the token (its `jti` claim). */
  jti: string;
  /** ID of the user the token was issued to. */
  sub: string;
  /** When the token was issued, in Unix seconds. */
  iat: number;
  /** When the token stops being valid, in Unix seconds. */
  exp: number;
  /** Scopes granted to the token, separated by spaces. */
  scope: string;
  /** URL of the issuer that signed the token. */
  iss: string;
  /** ID of the application (client) the token was issued for. */
  aud: string;
};

/**
 * An application the signed-in user is allowed to open.
 */
export type AccessibleAppsDto = {
  /** ID of the application. */
  appId: string;
  /** Name of the application. */
  appName: string;
  /** Address of the application's sign-in page. */
  appLoginUrl: string;
  /** Logo of the application. */
  appLogo: string;
  /** Whether the user currently has a signed-in session in the application. */
  active: boolean;
};

/**
 * What a mobile app needs to start Alipay sign-in.
 */
export type AlipayAuthInfoDataDto = {
  /** The `authInfo` string to hand to the Alipay SDK to start sign-in. */
  authInfo: string;
};

/**
 * Request body for signing in with a quick sign-in QR code scanned in an app.
 */
export type AppQRCodeLoginDto = {
  /**
   * Always `APP_LOGIN`: the sign-in is made by scanning the code in an app.
   */
  action: "APP_LOGIN";
  /** ID of the QR code that was scanned. */
  qrcodeId: string;
};

/**
 * A check that the value of an extended user field must pass.
 */
export type AppValidateRuleDto = {
  /**
   * Kind of check: none, a regular expression, a phone number, an email address or a number.
   */
  type: "None" | "regExp" | "phone" | "email" | "isNumber";
  /**
   * What the check uses, such as the pattern of a `regExp` rule.
   */
  content: "None" | "regExp" | "phone" | "email" | "isNumber";
  /** Message shown when the value fails the check. */
  errorMessage?: string;
  /** The error message in other languages. */
  i18n?: ErrMsgI18nDto;
};

/**
 * The application an access request is about.
 */
export type ApplicationPermissionApplyApprovalObject = {
  /** ID of the requested application. */
  objectId: string;
  /** Name of the requested application. */
  objectName: string;
  /** Address of the requested application's logo. */
  logo: string;
};

/**
 * One approval request and where it stands.
 */
export type ApprovalDetailDto = {
  /** ID of the approval request. */
  approvalId: number;
  /** Number of the approval request, as shown to users. */
  number: string;
  /**
   * Where the request stands: waiting (`PENDING`), approved (`AGREED`) or refused (`REFUSED`).
   */
  status: "PENDING" | "AGREED" | "REFUSED";
  /** When the request was submitted. */
  submitTime: string;
  /** When the request was approved or refused. */
  closedTime?: string;
  /**
   * What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** The requested role or application; a single object despite the name. */
  approvalObjectList: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject;
  /** When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: ExtraParams;
};

/**
 * Answer of `getDetail`: one approval request.
 */
export type ApprovalDetailRes = GenAuthEnvelope & {
  /** The approval request. */
  data: ApprovalDetailDto;
};

/**
 * What the user is granted on an array data resource.
 */
export type ArrResourceAuthAction = {
  /** Values of the array resource the user is granted. */
  values?: string[];
  /** Actions the user may perform on those values. */
  actions?: string[];
};

/**
 * The part of a data policy that covers an array data resource.
 */
export type ArrayAuthorize = {
  /** Values of the array resource the policy covers. */
  values: string[];
  /** Actions the policy grants on those values. */
  actions: string[];
};

/**
 * A sign-in URL built by the SDK, with the values it put in it.
 */
export type AuthUrlResult = {
  /** Authorization URL to send the browser to for sign-in. */
  url: string;
  /** The `state` value carried by the URL; compare it with the one the callback returns. */
  state?: string;
  /** The `nonce` value carried by the URL; only set for OIDC. */
  nonce?: string;
};

/**
 * A WebAuthn credential as returned by the browser after the authenticator signed the challenge.
 */
export type AuthenticationCredentialDto = {
  /** ID of the credential, Base64URL-encoded. */
  id: string;
  /** ID of the credential as the browser reports it in `rawId`. */
  rawId: string;
  /** The authenticator's assertion: its data, the client data and the signature. */
  response: AuthenticatorAssertionResponseDto;
  /** Type of the credential; always `public-key`. */
  type: string;
};

/**
 * What the browser needs to ask an authenticator to sign in with WebAuthn.
 */
export type AuthenticationOptionsDto = {
  /** Options to pass to the browser's WebAuthn API for the authenticator to sign. */
  authenticationOptions: PublicKeyCredentialRequestOptionsDto;
  /** Ticket to send back together with the authenticator's signed answer when it is checked. */
  ticket: string;
};

/**
 * The part of a WebAuthn assertion produced by the authenticator and the browser.
 */
export type AuthenticatorAssertionResponseDto = {
  /** Data from the authenticator, such as whether the user was verified and the signature counter. */
  authenticatorData: string;
  /** JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
  clientDataJSON: string;
  /** Signature the authenticator made over its data and the client data. */
  signature: string;
  /** User handle: the user ID given to the authenticator when the credential was registered. */
  userHandle: string;
};

/**
 * The part of a new WebAuthn credential produced by the authenticator and the browser.
 */
export type AuthenticatorAttestationResponseDto = {
  /**
   * CBOR-encoded attestation: the new credential's public key and ID, a signature, the signature counter
   *     and more.
   */
  attestationObject: string;
  /** JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
  clientDataJSON: string;
};

/**
 * A resource the signed-in user is granted, with the actions and the policy effect.
 */
export type AuthorizedResourceDto = {
  /** Code that identifies the resource. */
  resourceCode: string;
  /** Description of the resource. */
  description?: string;
  /** Conditions of the policy under which the grant applies. */
  condition?: PolicyCondition[];
  /**
   * Kind of resource: data, API, menu, button or UI.
   */
  resourceType: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  /** Address of the API the resource stands for. */
  apiIdentifier: string;
  /** Actions the user is granted on the resource. */
  actions: string[];
  /**
   * Whether the policy allows (`ALLOW`) or denies (`DENY`) the actions.
   */
  effect: "ALLOW" | "DENY";
};

/**
 * Answer of `getAuthorizedResources`: one page of the user's granted resources.
 */
export type AuthorizedResourcePaginatedRespDto = GenAuthEnvelope & {
  /** The page of granted resources and the total count. */
  data: AuthorizedResourcePagingDto;
};

/**
 * One page of the resources granted to the user.
 */
export type AuthorizedResourcePagingDto = {
  /** Number of granted resources across all pages. */
  totalCount: number;
  /** The granted resources on this page. */
  list: AuthorizedResourceDto[];
};

/**
 * Request body for submitting several access requests of the same kind at once.
 */
export type BatchCreateApprovalReq = {
  /**
   * What is requested: access to applications (`APP_PERMISSION_APPLY`) or roles (`ROLE_PERMISSION_APPLY`).
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** IDs of the requested roles or applications, according to `objectType`. */
  objectIds: string[];
  /** When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: ExtraParams;
};

/**
 * Request body for linking the WeChat identity to an existing account given by its ID.
 */
export type BindByAccountIdInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
  /** ID of the account to link the WeChat identity to. */
  accountId: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by its password.
 */
export type BindByAccountInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
  /** Password of the account. */
  password: string;
  /** The account to link to: its phone number, email address or username. */
  account: string;
};

/**
 * Request body for picking one of several accounts that match the WeChat identity.
 */
export type BindByAccountsInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
  /** ID of the picked account. */
  account: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by an email code.
 */
export type BindByEmailCodeInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
  /** The 4- or 6-digit code sent to the email address. */
  code: string;
  /** Email address the code was sent to. */
  email: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by a text-message code.
 */
export type BindByPhoneCodeInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
  /** The 4- or 6-digit code sent to the phone. */
  code: string;
  /** Phone number the code was sent to. */
  phone: string;
  /** Country calling code in the form `+86`; older forms such as `86`, `086` or `0086` are still accepted. */
  phoneCountryCode?: string;
};

/**
 * Request body for creating a new user from the WeChat identity.
 */
export type BindByRegiserInputApi = {
  /** Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** Code of the action this step performs. */
  action: string;
};

/**
 * Request body for adding an email address to the signed-in user.
 */
export type BindEmailDto = {
  /** Code sent to the email address; it works once and expires. */
  passCode: string;
  /** Email address to add; letter case does not matter. */
  email: string;
};

/**
 * Request body for adding a phone number to the signed-in user.
 */
export type BindPhoneDto = {
  /** Code sent by text message to the number; it works once and expires. */
  passCode: string;
  /** Phone number without its country calling code, which goes in `phoneCountryCode`. */
  phoneNumber: string;
  /**
   * Country calling code of the number; may be left out for mainland China. Other countries need
   *     international text messages set up in the console.
   */
  phoneCountryCode?: string;
};

/**
 * A failed CAS 2.0 ticket validation (`serviceValidate`).
 */
export type Cas20ValidationFailureResult = {
  /** Why the ticket validation failed. */
  authenticationFailure: {
    /** Machine-readable reason the ticket was rejected, such as `INVALID_TICKET`. */
    code: string;
    /** Human-readable explanation of the failure. */
    description: string;
  };
};

/**
 * A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes.
 */
export type Cas20ValidationSuccessResult = {
  /** Body of the CAS validation answer. */
  serviceResponse: {
    /** Present when the ticket is valid: the user and their attributes. */
    authenticationSuccess: {
      /** Login name of the user the ticket was issued for. */
      user: string;
      /** The user's profile, as claims named like the OIDC standard ones. */
      attributes: {
        /** When the user's profile was last updated. */
        updated_at: string;
        /** The user's postal address. */
        address: {
          /** Country. */
          country: string;
          /** Postal code. */
          postal_code: string;
          /** Region or province. */
          region: string;
          /** The whole address, formatted for display. */
          formatted: string;
        };
        /** Whether the phone number has been verified. */
        phone_number_verified: boolean;
        /** Phone number of the user. */
        phone_number: string;
        /** The user's locale. */
        locale: string;
        /** The user's time zone. */
        zoneinfo: string;
        /** Date of birth. */
        birthdate: string;
        /** Gender: `M`, `F` or `U` (unknown). */
        gender: string;
        /** Whether the email address has been verified. */
        email_verified: boolean;
        /** Email address of the user. */
        email: string;
        /** Address of the user's website. */
        website: string;
        /** Address of the user's avatar image. */
        picture: string;
        /** Address of the user's profile page. */
        profile: string;
        /** Name the user prefers to be called by. */
        preferred_username: string;
        /** Nickname of the user. */
        nickname: string;
        /** Middle name. */
        middle_name: string;
        /** Family name (surname). */
        family_name: string;
        /** Given name (first name). */
        given_name: string;
        /** Full name of the user. */
        name: string;
        /** ID of the user. */
        sub: string;
        /** ID of the user in an external system. */
        external_id: string;
        /** Union ID of the user's external (for example WeChat) identity. */
        unionid: string;
      };
    };
  };
};

/**
 * Options for building a CAS sign-in URL.
 */
export type CasParams = {
  /** URL of the CAS service (the callback) the ticket is issued for. */
  service?: string;
};

/**
 * Request body for confirming or cancelling a push sign-in request.
 */
export type ChangePushCodeStatusDto = {
  /** ID of the push sign-in request. */
  pushCodeId: string;
  /**
   * What to do with the request: confirm the sign-in (`CONFIRM`) or cancel it (`CANCEL`).
   */
  action: "CONFIRM" | "CANCEL";
};

/**
 * Request body for reporting what the app did with a sign-in QR code.
 */
export type ChangeQRCodeStatusDto = {
  /** ID of the QR code. */
  qrcodeId: string;
  /**
   * What happened: the code was scanned (`SCAN`), the sign-in confirmed (`CONFIRM`) or cancelled (`CANCEL`).
   */
  action: "SCAN" | "CONFIRM" | "CANCEL";
};

/**
 * Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.
 */
export type CheckDeviceCredentialIdDto = {
  [key: string]: unknown;
};

/**
 * Request body for checking the user's permission on array data resources.
 */
export type CheckPermissionArrayResourceDto = {
  /** Paths of the array resources to check. */
  resources: string[];
  /** Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Request body for checking the user's permission on string data resources.
 */
export type CheckPermissionStringResourceDto = {
  /** Paths of the string resources to check. */
  resources: string[];
  /** Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Request body for checking the user's permission on tree data resources.
 */
export type CheckPermissionTreeResourceDto = {
  /** Paths of the tree resources to check. */
  resources: string[];
  /** Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Where a push sign-in request stands, and the tokens once it is authorized.
 */
export type CheckPushCodeStatusDataDto = {
  /**
   * State of the request: pushed, authorized, cancelled, expired or failed (`ERROR`).
   */
  status: "PUSHED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
  /** Tokens of the signed-in user; only present when `status` is `AUTHORIZED`. */
  tokenSet?: LoginTokenResponseDataDto;
};

/**
 * Answer of `checkPushCodeStatus`: where the push sign-in request stands.
 */
export type CheckPushCodeStatusRespDto = GenAuthEnvelope & {
  /** State of the push request. */
  data: CheckPushCodeStatusDataDto;
};

/**
 * Where a sign-in QR code stands, with what the web page needs at each step.
 */
export type CheckQRCodeStatusDataDto = {
  /**
   * State of the code: waiting to be scanned (`PENDING`), scanned, authorized, cancelled, expired or
   *     failed (`ERROR`).
   */
  status: "PENDING" | "SCANNED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
  /** Present once `AUTHORIZED` unless web polling returns full user information; exchange it for the tokens. */
  ticket?: string;
  /** Display name and avatar of the user who scanned; present once scanned, authorized or cancelled. */
  briefUserInfo?: QRCodeStatusBriefUserInfoDto;
  /**
   * Tokens of the signed-in user; only when `AUTHORIZED` and web polling returns full user information
   *     (off by default).
   */
  tokenSet?: LoginTokenResponseDataDto;
};

/**
 * Answer of the QR code state checks: where the sign-in QR code stands.
 */
export type CheckQRCodeStatusRespDto = GenAuthEnvelope & {
  /** State of the QR code. */
  data: CheckQRCodeStatusDataDto;
};

/**
 * Results of checking the user's permission on several data resources.
 */
export type CheckResourcePermissionDataDto = {
  /** One result per resource checked. */
  checkResultList: CheckResourcePermissionRespDto[];
};

/**
 * Whether the user may perform an action on one data resource.
 */
export type CheckResourcePermissionRespDto = {
  /** Code of the permission space the check ran in. */
  namespaceCode: string;
  /** Action that was checked. */
  action: string;
  /** Path of the resource that was checked. */
  resource: string;
  /** `true` when the user may perform the action on the resource in that permission space. */
  enabled: boolean;
};

/**
 * Answer of the `checkPermissionBy*Resource` methods: one result per resource.
 */
export type CheckResourcePermissionsRespDto = GenAuthEnvelope & {
  /** The check results. */
  data: CheckResourcePermissionDataDto;
};

/**
 * GenAuth's envelope without `data`, for operations that only report success or failure.
 */
export type CommonResponseDto = GenAuthEnvelope;

/**
 * A country, with its codes, calling code, flag and names.
 */
export type CountryDetailInfo = {
  /** Two-letter ISO 3166 code of the country. */
  alpha2: string;
  /** Three-letter ISO 3166 code of the country. */
  alpha3: string;
  /** International dialling prefix of the country. */
  phoneCountryCode: string;
  /** Flag icon of the country. */
  flag: string;
  /** Name of the country in several languages (currently Chinese and English). */
  name: LangObject;
};

/**
 * The approval request that was just created.
 */
export type CreateApprovalDto = {
  /** ID of the new approval request. */
  approvalId: number;
  /** Number of the new approval request; `getDetail` reads it back by this number. */
  number: string;
};

/**
 * Request body for submitting one access request.
 */
export type CreateApprovalReq = {
  /**
   * What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** ID of the requested role or application, according to `objectType`. */
  objectId: string;
  /** When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: ExtraParams;
};

/**
 * Envelope answering `createApproval`.
 */
export type CreateApprovalRes = GenAuthEnvelope & {
  /** ID and number of the approval that was created. */
  data: CreateApprovalDto;
};

/**
 * Translations of a custom field's display name.
 */
export type CustomFieldI18n = {
  /** The display name in each supported language. */
  label: LangObject;
};

/**
 * What a Douyin mini program sends to have its encrypted open data decrypted.
 */
export type DecryptDouyinMiniProgramDataDto = {
  /** Login code the mini program got from Douyin's `tt.login`. */
  code: string;
  /** Decryption IV that Douyin returned along with the encrypted data. */
  iv: string;
  /** The `encryptedData` string from Douyin's open data API. */
  encryptedData: string;
  /** Identifier of the Douyin mini program connection (external identity source) to use. */
  extIdpConnidentifier: string;
};

/**
 * Envelope answering `decryptDouyinMiniProgramData`.
 */
export type DecryptDouyinMiniProgramDataRespDto = GenAuthEnvelope & {
  /** The decrypted open data. */
  data: unknown;
};

/**
 * What a WeChat mini program sends to have its encrypted open data decrypted.
 */
export type DecryptWechatMiniProgramDataDto = {
  /** Login code the mini program got from WeChat's `wx.login`. */
  code: string;
  /** Decryption IV that WeChat returned along with the encrypted data. */
  iv: string;
  /** The `encryptedData` string from WeChat's open data API. */
  encryptedData: string;
  /** Identifier of the WeChat mini program connection (external identity source) to use. */
  extIdpConnidentifier: string;
};

/**
 * Envelope answering `decryptWechatMiniProgramData`.
 */
export type DecryptWechatMiniProgramDataRespDto = GenAuthEnvelope & {
  /** The decrypted open data. */
  data: unknown;
};

/**
 * The token that authorizes deleting the user's account.
 */
export type DeleteAccounDto = {
  /** Account-deletion token returned by `verifyDeleteAccountRequest`. */
  deleteAccountToken: string;
};

/**
 * Proves the right to delete the account with a code sent by email.
 */
export type DeleteAccountByEmailPassCodeDto = {
  /** The account's email address; letter case does not matter. */
  email?: string;
  /** One-time code sent to that email (send it first with `sendEmail`); by default it expires after 5 minutes. */
  passCode: string;
};

/**
 * Proves the right to delete the account with the user's password.
 */
export type DeleteAccountByPasswordDto = {
  /** The user's current password. */
  password: string;
  /**
   * "How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`."
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Proves the right to delete the account with a code sent by SMS.
 */
export type DeleteAccountByPhonePassCodeDto = {
  /** The account's phone number without the country code (send that in `phoneCountryCode`). */
  phoneNumber: string;
  /** One-time SMS code (send it first with `sendSms`); it expires after one minute. */
  passCode: string;
  /** Country calling code of `phoneNumber`, e.g. `+86`. */
  phoneCountryCode?: string;
};

/**
 * Translations of a department's name.
 */
export type DepartmentI18nDto = {
  /** The department name in each supported language. */
  name: LangObject;
};

/**
 * A device as GenAuth records it.
 */
export type DeviceInfo = {
  /** ID that uniquely identifies the device. */
  deviceId: string;
  /** Name of the device. */
  name?: string;
  /** Version of the device's operating system. */
  version?: string;
  /**
   * Kind of device.
   */
  type: "Browser" | "Mobile" | "Desktop";
  /** Model of the device. */
  mod?: string;
  /** Operating system the device runs. */
  os?: string;
  /**
   * State of the device.
   */
  status?: "activated" | "suspended" | "deactivated";
  /** User-Agent string the device sent. */
  userAgent?: string;
};

/**
 * An application the user may request permissions in.
 */
export type EnablePermissionApplyApplication = {
  /** ID of the application. */
  appId: string;
  /** Name of the application. */
  appName: string;
  /** URL of the application's logo. */
  logo: string;
  /**
   * Kind of application.
   */
  appType: "web" | "spa" | "native" | "api" | "mfa" | "mini-program" | "gateway-app" | "gateway-agent";
  /** Template the integrated application was created from, if any. */
  template?: string;
};

/**
 * The applications the user may request permissions in.
 */
export type EnablePermissionApplyApplicationList = {
  /** One entry per application. */
  list: EnablePermissionApplyApplication[];
};

/**
 * Envelope answering `getEnablePermissionApplyApplicationList`.
 */
export type EnablePermissionApplyApplicationListRes = GenAuthEnvelope & {
  /** The applications that accept permission requests. */
  data: EnablePermissionApplyApplicationList;
};

/**
 * A role of an application that the user may request.
 */
export type EnablePermissionApplyRole = {
  /** ID of the role. */
  roleId: string;
  /** Code of the role, unique within its application. */
  code: string;
  /** Name of the role in the application. */
  name: string;
  /** Free-text description of the role. */
  description?: string;
};

/**
 * Envelope answering `getEnablePermissionApplyRoleList`.
 */
export type EnablePermissionApplyRoleListRes = GenAuthEnvelope & {
  /** One page of requestable roles. */
  data: EnablePermissionApplyRolePageList;
};

/**
 * One page of roles the user may request.
 */
export type EnablePermissionApplyRolePageList = {
  /** The roles on this page. */
  list: EnablePermissionApplyRole[];
  /** How many roles match in all, across every page. */
  totalCount: number;
};

/**
 * The enrollment token and proof that finish binding an MFA factor.
 */
export type EnrollFactorDto = {
  /** The proof the chosen factor needs to finish binding. */
  enrollmentData: EnrollFactorEnrollmentDataDto;
  /** The `enrollmentToken` from `sendEnrollFactorRequest`; it is valid for one minute. */
  enrollmentToken: string;
  /**
   * Kind of MFA factor being bound.
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * Proof supplied when binding an MFA factor; which field is needed depends on the factor.
 */
export type EnrollFactorEnrollmentDataDto = {
  /** The code received by SMS or email, or shown by the OTP app; needed for SMS, EMAIL and OTP factors. */
  passCode?: string;
  /** URL of the face photo; needed for a FACE factor. */
  photo?: string;
  /** Whether `photo` points outside GenAuth; needed for a FACE factor. */
  isExternalPhoto?: boolean;
};

/**
 * Envelope answering `enrollFactor`.
 */
export type EnrollFactorRespDto = GenAuthEnvelope;

/**
 * Translations of an error message.
 */
export type ErrMsgI18nDto = {
  /** The error message in each supported language. */
  errorMessage?: LangUnit;
};

/**
 * A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
 */
export type ExchangeTokenSetWithQRcodeTicketDto = {
  /** Ticket reported by the QR code status check once the scan is authorized (when the full user info is not returned there); trade it here for tokens. */
  ticket: string;
  /** The application's ID; send it when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** The application's secret; send it when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * A connection of an external identity source that the application offers for sign-in.
 */
export type ExtIdpInfoDto = {
  /** Identifier of the connection, unique across connections. */
  identifier: string;
  /** ID of the identity source the connection belongs to. */
  extIdpId: string;
  /**
   * Provider or protocol of the identity source.
   */
  type:
    | "oidc"
    | "oauth2"
    | "saml"
    | "ldap"
    | "ad"
    | "cas"
    | "azure-ad"
    | "wechat"
    | "google"
    | "qq"
    | "wechatwork"
    | "dingtalk"
    | "weibo"
    | "github"
    | "alipay"
    | "apple"
    | "baidu"
    | "lark"
    | "gitlab"
    | "twitter"
    | "facebook"
    | "slack"
    | "linkedin"
    | "yidun"
    | "qingcloud"
    | "gitee"
    | "instagram"
    | "welink"
    | "huawei"
    | "honor"
    | "xiaomi"
    | "oppo"
    | "aws"
    | "amazon"
    | "douyin"
    | "kuaishou"
    | "line"
    | "sdbz"
    | "zjzwfw"
    | "zzding"
    | "seeyona8v5";
  /**
   * Whether it is a social or an enterprise identity source.
   */
  extIdpType: "social" | "enterprise";
  /** URL that starts authentication with this connection. */
  bindUrl: string;
  /** Name of the identity source as shown to users. */
  name: string;
  /** English name of the identity source as shown to users. */
  name_en?: string;
  /** Free-text description. */
  desc?: string;
  /** Free-text description in English. */
  desc_en?: string;
  /** URL of the identity source's icon. */
  logo?: string;
};

/**
 * An extended user field shown on the sign-up information-completion form.
 */
export type ExtendsFieldDto = {
  /**
   * Whether the field is a user-defined field or a built-in one.
   */
  type: "user" | "internal";
  /** ID of the field; set for user and metadata fields. */
  id: string;
  /** Key of the field. */
  name: string;
  /** Label shown for the field. */
  label: string;
  /** Whether the field is displayed. */
  show: boolean;
  /** Whether the user may change the value. */
  allowRewrite: boolean;
  /**
   * Data type of the field, as set in the extended field configuration.
   */
  inputType:
    | "image"
    | "number"
    | "date"
    | "dateTime"
    | "datetime"
    | "select"
    | "dropdown"
    | "boolean"
    | "string"
    | "text"
    | "gender"
    | "country"
    | "username"
    | "phone"
    | "email";
  /** Whether a value must be given. */
  required?: boolean;
  /** Rules a value must pass. */
  validateRules?: AppValidateRuleDto;
  /**
   * Whether the field is preset or was added by hand.
   */
  source: "preset" | "manual_add";
  /** The label in each supported language. */
  i18n?: CustomFieldI18n;
};

/**
 * When a subject's role membership starts and ends.
 */
export type ExtraParams = {
  /** When the membership ends, in milliseconds since the Unix epoch; `null` means it never expires. */
  endTime?: number;
  /** When the membership starts, in milliseconds since the Unix epoch; `null` means at once. */
  enableTime?: number;
};

/**
 * An MFA factor the user has bound.
 */
export type FactorDto = {
  /** ID of the bound factor. */
  factorId: string;
  /**
   * Kind of MFA factor.
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
  /** Details of the factor, such as the phone number or email it uses. */
  profile: unknown;
};

/**
 * Where a new MFA factor sends its codes; which field is needed depends on the factor.
 */
export type FactorProfile = {
  /** Phone number for an SMS factor (required for SMS); one request per number per minute. */
  phoneNumber?: string;
  /** Country calling code for a phone number outside mainland China, for the SMS factor; `+86` when omitted. */
  phoneCountryCode?: string;
  /** Email address for an EMAIL factor (required for EMAIL); one request per address per minute. */
  email?: string;
};

/**
 * An MFA factor kind the user can still bind.
 */
export type FactorToEnrollDto = {
  /**
   * Kind of MFA factor.
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * An application that a quick sign-in QR code can sign the user in to.
 */
export type FastpassQRCodeRelationAppDto = {
  /** ID of the application. */
  id: string;
  /** Name of the application. */
  name: string;
  /** URL of the application's logo. */
  logo?: string;
};

/**
 * Who a quick sign-in QR code belongs to, as shown to the scanner.
 */
export type FastpassUserInfoDto = {
  /** ID of the user. */
  id: string;
  /** Name shown for the user. */
  displayName: string;
  /** URL of the user's avatar. */
  photo: string;
};

/**
 * The ticket and authenticator assertion that finish a WebAuthn sign-in.
 */
export type FinalizeWebAuthnLoginDto = {
  /** Ticket that came back with the WebAuthn authentication options. */
  ticket: string;
  /** The assertion the authenticator produced. */
  credential: AuthenticationCredentialDto;
  /** Extra sign-in options. */
  options?: SignInByWebAuthnOptionsDto;
};

/**
 * An envelope whose `data` GenAuth does not document; it may hold any JSON value.
 */
export type GenAuthDataEnvelope = GenAuthEnvelope & {
  /** The result, when the call succeeded. */
  data?: unknown;
};

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = {
  /** Business status code. 200 is success; anything else is a failure or a further step. */
  statusCode: number;
  /** Human-readable outcome. */
  message: string;
  /** Finer business error code; present only on failures that have one. */
  apiCode?: number;
  /** Identifier of the request, for support; always present on failures. */
  requestId?: string;
};

/**
 * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
 * and there is no `data`.
 */
export type GenAuthErrorEnvelope = GenAuthEnvelope & {
  /** GenAuth’s code for the failure or the further step; never 200. */
  statusCode?: unknown;
};

/**
 * Data to encode in a quick sign-in QR code.
 */
export type GeneFastpassQRCodeInfoDto = {
  /** What the QR code is for. */
  scene: string;
  /** ID of the QR code; pass it when asking for the QR code's status. */
  qrcodeId: string;
  /** Base URL of the API the scanning app should call. */
  apiHost: string;
  /** The signed-in user who created the QR code. */
  user: FastpassUserInfoDto;
  /** ID of the application the user was signed in to when creating the QR code. */
  appId: string;
  /** The user pool the QR code belongs to. */
  userpool: FastpassUserInfoDto;
};

/**
 * Envelope answering `geneFastpassQrcodeInfo`.
 */
export type GeneFastpassQRCodeRespDto = GenAuthEnvelope & {
  /** What to put in the quick sign-in QR code. */
  data?: GeneFastpassQRCodeInfoDto;
};

/**
 * A push sign-in request that was sent to the user's app.
 */
export type GenePushCodeDataDto = {
  /** ID of the push sign-in request; pass it when asking for its status. */
  pushCodeId: string;
  /** Seconds until the push request expires, e.g. 120. */
  expireTime: number;
};

/**
 * Envelope answering `signInByPush`.
 */
export type GenePushCodeRespDto = GenAuthEnvelope & {
  /** The push sign-in request that was sent. */
  data: GenePushCodeDataDto;
};

/**
 * A new sign-in QR code.
 */
export type GeneQRCodeDataDto = {
  /** ID of the QR code; pass it when asking for the QR code's status. */
  qrcodeId: string;
  /** URL of the QR code image, for the front end to display. */
  url: string;
  /** For mini program QR codes made with `autoMergeQrCode` false, the custom logo, which the front end may draw over the QR code. */
  customLogoUrl?: string;
};

/**
 * Envelope answering `geneQrCode`.
 */
export type GeneQRCodeRespDto = GenAuthEnvelope & {
  /** The QR code that was created. */
  data: GeneQRCodeDataDto;
};

/**
 * A link that binds an external identity to the user.
 */
export type GenerateBindExtIdpLinkDataDto = {
  /** URL the user opens to bind the external identity source. */
  url: string;
};

/**
 * Envelope answering `generateLinkExtIdpUrl`.
 */
export type GenerateBindExtIdpLinkRespDto = GenAuthEnvelope & {
  /** The binding link. */
  data: GenerateBindExtIdpLinkDataDto;
};

/**
 * An invitation link a member created.
 */
export type GenerateInvitationLinkDto = {
  /** URL of the invitation. */
  link: string;
};

/**
 * Envelope answering `generateUniversalInvitationByMember`.
 */
export type GenerateInvitationLinkRespDto = GenAuthEnvelope & {
  /** The invitation link. */
  data: GenerateInvitationLinkDto;
};

/**
 * A token for an invitee who opened an invitation link.
 */
export type GenerateInviteeTokenDto = {
  /** Token issued when the invitee opens the link; use it to read the invitee's details and to finish the invited sign-up. */
  token?: string;
  /** The invitation the token belongs to. */
  invitationContext?: InviteeContextDto;
};

/**
 * Envelope answering `generateInviteToken`.
 */
export type GenerateInviteeTokenRespDto = GenAuthEnvelope & {
  /** The invitee token and its invitation. */
  data: GenerateInviteeTokenDto;
};

/**
 * What kind of sign-in QR code to create, and its options.
 */
export type GenerateQrcodeDto = {
  /**
   * Which app scans the QR code.
   */
  type: "MOBILE_APP" | "WECHAT_MINIPROGRAM" | "WECHAT_OFFICIAL_ACCOUNT";
  /** For `WECHAT_MINIPROGRAM` and `WECHAT_OFFICIAL_ACCOUNT`, the identity source connection to use; the first enabled one when omitted. */
  extIdpConnId?: string;
  /** For `MOBILE_APP`, custom data written into the user's custom data once the scan is authorized. */
  customData?: unknown;
  /** For `WECHAT_OFFICIAL_ACCOUNT` and `WECHAT_MINIPROGRAM`, custom context handed to the pipeline. */
  context?: unknown;
  /** For `WECHAT_MINIPROGRAM`, whether the server draws the custom logo into the QR image; `false` by default, since merging is slower. */
  autoMergeQrCode?: boolean;
};

/**
 * Where an IP address is, as found by IP geolocation.
 */
export type GeoIp = {
  /** Coordinates of the address. */
  location: GeoIpLocation;
  /** Name of the country. */
  country_name: string;
  /** Two-letter country code. */
  country_code2: string;
  /** Three-letter country code. */
  country_code3: string;
  /** Name of the region or province. */
  region_name: string;
  /** Code of the region or province. */
  region_code: string;
  /** Name of the city. */
  city_name: string;
  /** Code of the continent. */
  continent_code: string;
  /** Time zone of the location. */
  timezone: string;
};

/**
 * A point given by longitude and latitude.
 */
export type GeoIpLocation = {
  /** Longitude in degrees. */
  lon: number;
  /** Latitude in degrees. */
  lat: number;
};

/**
 * Envelope answering `getAccessibleApps`.
 */
export type GetAccessibleAppsRespDto = GenAuthEnvelope & {
  /** The applications the user may open. */
  data: AccessibleAppsDto[];
};

/**
 * Envelope answering `getAlipayAuthInfo`.
 */
export type GetAlipayAuthInfoRespDto = GenAuthEnvelope & {
  /** The Alipay `authInfo` the app needs to start Alipay sign-in. */
  data: AlipayAuthInfoDataDto;
};

/**
 * Envelope answering `initAuthenticationOptions`.
 */
export type GetAuthenticationOptionsRespDto = GenAuthEnvelope & {
  /** The WebAuthn options for the authenticator, and the ticket that goes with them. */
  data: AuthenticationOptionsDto;
};

/**
 * An image captcha and its token.
 */
export type GetCaptchaCodeDataDto = {
  /** The captcha picture, as SVG markup. */
  captchaCodeSvg: string;
  /** Token of this captcha; send it along with what the user typed when signing in. */
  captchaToken: string;
};

/**
 * Envelope answering `geneCatchaCodeAndToken`.
 */
export type GetCaptchaCodeRespDto = GenAuthEnvelope & {
  /** The captcha image and its token. */
  data: GetCaptchaCodeDataDto;
};

/**
 * Envelope answering `getCountryList`.
 */
export type GetCountryListRespDto = GenAuthEnvelope & {
  /** Countries with their dialling codes. */
  data: CountryDetailInfo[];
};

/**
 * Envelope answering `getApplicationEnabledExtIdps`.
 */
export type GetExtIdpsRespDto = GenAuthEnvelope & {
  /** The external identity source connections enabled for the application. */
  data: ExtIdpInfoDto[];
};

/**
 * Envelope answering `getFactor`.
 */
export type GetFactorRespDto = GenAuthEnvelope & {
  /** The MFA factor that was asked for. */
  data: FactorDto;
};

/**
 * The client applications a quick sign-in QR code can sign the user in to.
 */
export type GetFastpassQRCodeRelationAppsDto = {
  /** One entry per related client application. */
  relationApps?: FastpassQRCodeRelationAppDto[];
};

/**
 * Envelope answering `getFastpassParams`.
 */
export type GetFastpassQRCodeRelationAppsRespDto = GenAuthEnvelope & {
  /** The related client applications. */
  data: GetFastpassQRCodeRelationAppsDto;
};

/**
 * Envelope answering `getIdentities`.
 */
export type GetIdentitiesRespDto = GenAuthEnvelope & {
  /** The external identities linked to the user. */
  data: IdentityDto[];
};

/**
 * Envelope answering `getInviteCodeContext`.
 */
export type GetInviteeContextRespDto = GenAuthEnvelope & {
  /** What the invitee's sign-up page needs to know about the invitation. */
  data: InviteeContextDto;
};

/**
 * Envelope answering `getLoggedInApps`.
 */
export type GetLoggedInAppsRespDto = GenAuthEnvelope & {
  /** The applications the user is signed in to. */
  data: LoggedInAppsDto[];
};

/**
 * Envelope answering `getLoginHistory`.
 */
export type GetLoginHistoryRespDto = GenAuthEnvelope & {
  /** One page of the user's sign-in history. */
  data: LoginHistoryPaginatedRespDto;
};

/**
 * Envelope answering `listPublicAccountsForSwitchLoggedIn`.
 */
export type GetPublicAccountDataRespDto = GenAuthEnvelope & {
  /** The public accounts the user may switch to, with the user's own account. */
  data: GetUserSelectLoginPublicAccountsDataDto[];
};

/**
 * The client applications behind a push sign-in request.
 */
export type GetPushCodeRelationAppsDataDto = {
  /** IDs of the client applications related to the application that sent the push sign-in. */
  appIds?: string[];
};

/**
 * The push sign-in request whose related client applications are wanted.
 */
export type GetPushCodeRelationAppsDto = {
  /** ID of the application that sent the push sign-in. */
  appId: string;
  /** ID of the push sign-in request. */
  pushCodeId: string;
};

/**
 * Envelope answering `getPushLoginRelationApps`.
 */
export type GetPushCodeRelationAppsRespDto = GenAuthEnvelope & {
  /** The related client applications. */
  data: GetPushCodeRelationAppsDataDto;
};

/**
 * Envelope answering `initRegisterOptions`.
 */
export type GetRegistrationOptionsRespDto = GenAuthEnvelope & {
  /** The WebAuthn options for registering an authenticator, and the ticket that goes with them. */
  data: RegistrationOptionsDto;
};

/**
 * How secure the user's account is.
 */
export type GetSecurityInfoDto = {
  /** Strength level of the user's password. */
  passwordSecurityLevel: number;
  /** Whether the user has bound an MFA factor. */
  mfaEnrolled: boolean;
  /** Whether the user has a password. */
  passwordSet: boolean;
  /** Whether the user has bound an email address. */
  emailBinded: boolean;
  /** Whether the user has bound a phone number. */
  phoneBinded: boolean;
  /** Overall security score of the account. */
  securityScore: number;
};

/**
 * Envelope answering `getSecurityLevel`.
 */
export type GetSecurityInfoRespDto = GenAuthEnvelope & {
  /** The account's security rating. */
  data: GetSecurityInfoDto;
};

/**
 * Envelope answering `getTenantList`.
 */
export type GetTenantListRespDto = GenAuthEnvelope & {
  /** The tenants the user belongs to. */
  data: UserTenantListDto[];
};

/**
 * Envelope answering `signupByUniversal`.
 */
export type GetUniversalInvitationJoinRespDto = GenAuthEnvelope & {
  /** The outcome of the request to join. */
  data: UniversalInvitationJoinRespDto;
};

/**
 * Envelope answering `getUniversalInvitationPublicConfig`.
 */
export type GetUniversalInvitationPublicConfigRespDto = GenAuthEnvelope & {
  /** The public settings of the universal invitation link. */
  data: UniversalInvitationPublicConfigDto;
};

/**
 * The resources granted to the user in the application.
 */
export type GetUserAuthResourceListDataDto = {
  /** One entry per granted resource. */
  userPermissionList: UserAuthResourceListDto[];
};

/**
 * Envelope answering `getUserAuthorizedResourcesList`.
 */
export type GetUserAuthResourceListRespDto = GenAuthEnvelope & {
  /** The user's granted resources. */
  data: GetUserAuthResourceListDataDto;
};

/**
 * The actions the user may perform on one resource.
 */
export type GetUserAuthResourcePermissionList = {
  /** ID of the current application (its permission space). */
  namespaceCode: string;
  /** Actions the user is allowed on the resource. */
  actions: string[];
  /** Path of the resource. */
  resource: string;
};

/**
 * The user's permissions on the requested resources.
 */
export type GetUserAuthResourcePermissionListDataDto = {
  /** One entry per requested resource. */
  permissionList: GetUserAuthResourcePermissionList[];
};

/**
 * The resources to look up the user's permissions on.
 */
export type GetUserAuthResourcePermissionListDto = {
  /** Paths of the resources to check; a path into a tree resource must end at a concrete node. */
  resources: string[];
};

/**
 * Envelope answering `getUserAuthResourcePermissionList`.
 */
export type GetUserAuthResourcePermissionListRespDto = GenAuthEnvelope & {
  /** The user's permissions, per resource. */
  data: GetUserAuthResourcePermissionListDataDto;
};

/**
 * The structure of a resource and what the user may do with its parts.
 */
export type GetUserAuthResourceStructDataDto = {
  /** Code of the permission space the resource belongs to. */
  namespaceCode: string;
  /** Code of the resource. */
  resourceCode: string;
  /**
   * Shape of the resource; it decides which of the three `*ResourceAuthAction` fields is filled in.
   */
  resourceType: "TREE" | "STRING" | "ARRAY";
  /** Granted actions, for a `STRING` resource. */
  strResourceAuthAction?: StrResourceAuthAction;
  /** Granted actions, for an `ARRAY` resource. */
  arrResourceAuthAction?: ArrResourceAuthAction;
  /** Granted actions, for a `TREE` resource. */
  treeResourceAuthAction?: TreeResourceAuthAction;
};

/**
 * The resource whose structure is wanted.
 */
export type GetUserAuthResourceStructDto = {
  /** Code of the resource to describe. */
  resource: string;
};

/**
 * Envelope answering `getUserAuthResourceStruct`.
 */
export type GetUserAuthResourceStructRespDto = GenAuthEnvelope & {
  /** The resource's structure with the user's granted actions. */
  data: GetUserAuthResourceStructDataDto;
};

/**
 * Public accounts the user may switch to, and the user's own account.
 */
export type GetUserSelectLoginPublicAccountsDataDto = {
  /** The public accounts available for switching. */
  publicAccounts: ListPublicAccountDataDto[];
  /** The user's own (personal) account. */
  originUser?: GetUserSelectLoginPublicAccountsOriginUserDto;
};

/**
 * The personal account a user switches from and back to.
 */
export type GetUserSelectLoginPublicAccountsOriginUserDto = {
  /** ID of the account. */
  userId: string;
  /** URL of the account's avatar. */
  avatar?: string;
  /** Name shown for the account. */
  displayName?: string;
  /**
   * "Kind of account: `1` is a personal user, `2` a public account."
   */
  usertype?: "1" | "2";
};

/**
 * A WeChat access token and when it expires.
 */
export type GetWechatAccessTokenDataDto = {
  /** The WeChat access token that GenAuth holds for this WeChat app. */
  accessToken: string;
  /** When the token stops working, as Unix time in seconds (a string). */
  expiresAt: string;
};

/**
 * Identifies a WeChat mini program or official account.
 */
export type GetWechatAccessTokenDto = {
  /** The WeChat AppID of the mini program or official account. */
  appId: string;
  /** The WeChat AppSecret of the mini program or official account. */
  appSecret: string;
};

/**
 * Envelope answering `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenInfoRespDto = GenAuthEnvelope & {
  /** The cached WeChat access token and its expiry. */
  data: GetWechatAccessTokenDataDto;
};

/**
 * Envelope answering `getWechatMpAccessToken`.
 */
export type GetWechatAccessTokenRespDto = GenAuthEnvelope & {
  /** The WeChat access token and its expiry. */
  data: GetWechatAccessTokenDataDto;
};

/**
 * A user group.
 */
export type GroupDto = {
  /** ID of the group. */
  id: string;
  /** Code of the group. */
  code: string;
  /** Name of the group. */
  name: string;
  /** Free-text description of the group. */
  description: string;
  /** Kind of group. */
  type: string;
  /** Metadata of the group. */
  metadataSource: string[];
  /** Users in the group. */
  members: UserDto[];
};

/**
 * Envelope answering `getGroupList`.
 */
export type GroupListRespDto = GenAuthEnvelope & {
  /** The groups the user belongs to. */
  data: GroupDto[];
};

/**
 * The claims of a decoded OIDC ID token.
 */
export type IDToken = {
  /** "`sub` claim: ID of the user." */
  sub: string;
  /** "`aud` claim: ID of the application (client) the token was issued to." */
  aud: string;
  /** "`exp` claim: when the token expires, in Unix seconds." */
  exp: number;
  /** "`iat` claim: when the token was issued, in Unix seconds." */
  iat: number;
  /** "`iss` claim: URL of the issuer." */
  iss: string;
  /** The `nonce` that was sent with the authorization request. */
  nonce: string;
  /** Hash of the access token issued alongside. */
  at_hash: string;
  /** Hash of the `state` value. */
  s_hash: string;
  /** The user's full name. */
  name: string;
  /** The user's nickname. */
  nickname: string;
  /** The user's given (first) name. */
  given_name: string;
  /** The user's family (last) name. */
  family_name: string;
  /** The user's date of birth. */
  birthdate: string;
  /**
   * "The user's gender: `M`, `F` or `U` (unknown)."
   */
  gender: "M" | "F" | "U";
  /** URL of the user's avatar. */
  picture: string;
  /** When the user's profile last changed. */
  updated_at: string;
  /** The user's time zone. */
  zoneinfo: string;
  /** Username the user prefers to be called by. */
  preferred_username: string;
  /** The user's locale. */
  locale: string;
} & {
  [key: string]: unknown;
};

/**
 * An external identity linked to the user.
 */
export type IdentityDto = {
  /** ID of the linked identity. */
  identityId: string;
  /** ID of the identity source connection. */
  extIdpId: string;
  /**
   * Provider or protocol of the external identity source.
   */
  provider:
    | "oidc"
    | "oauth2"
    | "saml"
    | "ldap"
    | "ad"
    | "cas"
    | "azure-ad"
    | "wechat"
    | "google"
    | "qq"
    | "wechatwork"
    | "dingtalk"
    | "weibo"
    | "github"
    | "alipay"
    | "apple"
    | "baidu"
    | "lark"
    | "gitlab"
    | "twitter"
    | "facebook"
    | "slack"
    | "linkedin"
    | "yidun"
    | "qingcloud"
    | "gitee"
    | "instagram"
    | "welink"
    | "huawei"
    | "honor"
    | "xiaomi"
    | "oppo"
    | "aws"
    | "amazon"
    | "douyin"
    | "kuaishou"
    | "line"
    | "sdbz"
    | "zjzwfw"
    | "zzding"
    | "seeyona8v5";
  /** "Kind of identity, such as `unionid`, `openid` or `primary`." */
  type: string;
  /** The user's ID at the external identity source. */
  userIdInIdp: string;
  /** The user's profile as the external identity source reports it. */
  userInfoInIdp: unknown;
  /** Access token from the external identity source; included only when users read their own identities, never through management APIs. */
  accessToken?: string;
  /** Refresh token from the external identity source; included only when users read their own identities, never through management APIs. */
  refreshToken?: string;
  /** IDs of the identity source connections this identity was obtained through. */
  originConnIds: string[];
};

/**
 * A permission request the user has submitted for approval.
 */
export type InitiatedApproval = {
  /** ID of the approval. */
  approvalId: number;
  /** Number of the approval. */
  number: string;
  /**
   * Where the approval stands.
   */
  status: "PENDING" | "AGREED" | "REFUSED";
  /** When the request was submitted. */
  submitTime: string;
  /** When the approval was completed; absent while it is pending. */
  closedTime?: string;
  /**
   * "What is requested: `APP_PERMISSION_APPLY` (access to an application) or `ROLE_PERMISSION_APPLY` (a role)."
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /**
   * The application or role that was requested.
   *     The official SDK's comment calls this an array, but its TypeScript type is a single object of either kind.
   */
  approvalObjectList: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject;
  /** Extra settings of the request; only used with `ROLE_PERMISSION_APPLY`. */
  extraParams?: ExtraParams;
};

/**
 * Envelope answering `initiatedList`.
 */
export type InitiatedApprovalListRes = GenAuthEnvelope & {
  /** One page of the user's submitted approvals. */
  data: InitiatedApprovalPageList;
};

/**
 * One page of approvals the user has submitted.
 */
export type InitiatedApprovalPageList = {
  /** The approvals on this page. */
  list: InitiatedApproval[];
  /** How many approvals match in all, across every page. */
  totalCount: number;
};

/**
 * The invitation link the invitee opened, and what to return with the token.
 */
export type InvitationLinkDto = {
  /** Signature carried by the invitation link. */
  signature: string;
  /** Identifier of the invitation link, unique across links. */
  identifier: string;
  /** Set to also get back the invitee's details. */
  withInviteeInfo?: boolean;
  /** Set to also get back the invitation's public settings. */
  withInvitationSettings?: boolean;
};

/**
 * What the invitee's sign-up page needs to know about an invitation.
 */
export type InviteeContextDto = {
  /** Whether the invitee must confirm their identity with a verification code. */
  enabledIdentifierVerify: boolean;
  /**
   * Whether the verification code goes preferably by SMS or by email.
   */
  sendVerifyCodeMethod: "prioritySMS" | "priorityEmail";
  /** Whether the invitee is asked to complete extra profile information. */
  enabledInfoFill: boolean;
  /** Hint text shown on the profile-completion page. */
  registerInfoFillMsg?: string;
  /** Fields the profile-completion page asks for. */
  extendsFields: ExtendsFieldDto[];
  /** Translations for the profile-completion fields. */
  extendsFieldsI18n: unknown;
  /** Additional settings of the profile-completion fields. */
  extendsFieldsOptions: unknown[];
  /** The invitee's email address. */
  email: string;
  /** The invitee's phone number. */
  phone?: string;
  /** Country calling code of `phone`, e.g. `+86`. */
  phoneCountryCode?: string;
  /** The invitee's name. */
  inviteeName?: string;
  /** How many wrong verification codes are allowed. */
  verifyCodeMaxErrCount: number;
};

/**
 * Profile details of an invitee.
 */
export type InviteeProfileDto = {
  /** The invitee's username. */
  username?: string;
  /** The invitee's nickname. */
  nickname?: string;
  /** Company the invitee works for. */
  company?: string;
  /** URL of the invitee's avatar. */
  photo?: string;
  /** Device the invitee uses. */
  device?: string;
  /** Browser the invitee uses. */
  browser?: string;
  /** The invitee's full name. */
  name?: string;
  /** The invitee's given (first) name. */
  givenName?: string;
  /** The invitee's family (last) name. */
  familyName?: string;
  /** The invitee's middle name. */
  middleName?: string;
  /** The invitee's profile. */
  profile?: string;
  /** Username the invitee prefers to be called by. */
  preferredUsername?: string;
  /** The invitee's personal website. */
  website?: string;
  /**
   * "Gender: `M` male, `F` female, `U` unknown."
   */
  gender?: "M" | "F" | "U";
  /** The invitee's date of birth. */
  birthdate?: string;
  /** The invitee's time zone. */
  zoneinfo?: string;
  /** The invitee's locale. */
  locale?: string;
  /** The invitee's postal address. */
  address?: string;
  /** Full address, formatted for display. */
  formatted?: string;
  /** Street part of the address. */
  streetAddress?: string;
  /** City or town. */
  locality?: string;
  /** Region, state or province. */
  region?: string;
  /** Postal code of the address. */
  postalCode?: string;
  /** Country of the address. */
  country?: string;
  /** The invitee's email address. */
  email?: string;
  /** The invitee's phone number. */
  phone?: string;
  /** Country calling code of `phone`, e.g. `+86`. */
  phoneCountryCode?: string;
  /** Values of user-defined (custom) fields. */
  customData?: unknown;
};

/**
 * Who sent an invitation.
 */
export type InviterDetailDto = {
  /** Name of the inviter. */
  displayName: string;
};

/**
 * Tells whether an operation succeeded.
 */
export type IsSuccessDto = {
  /** `true` when the operation succeeded. */
  success: boolean;
};

/**
 * Envelope for operations that only report success or failure.
 */
export type IsSuccessRespDto = GenAuthEnvelope & {
  /** Reports whether the operation succeeded. */
  data: IsSuccessDto;
};

/**
 * A JSON Web Key Set (JWKS).
 */
export type JWKSObject = {
  /** The application's public signing keys, as JSON Web Keys. */
  keys: {
    [key: string]: unknown;
  }[];
};

/**
 * A text in each of the four supported languages.
 */
export type LangObject = {
  /** The text in Simplified Chinese. */
  "zh-CN": LangUnit;
  /** The text in English. */
  "en-US": LangUnit;
  /** The text in Traditional Chinese. */
  "zh-TW": LangUnit;
  /** The text in Japanese. */
  "ja-JP": LangUnit;
};

/**
 * The text for one language, and whether it is used.
 */
export type LangUnit = {
  /** Whether this translation is used; it is shown when enabled and the language is chosen in the console. Off by default. */
  enabled: boolean;
  /** The translated text. */
  value: string;
};

/**
 * Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.
 */
export type ListDeviceCredentialDto = {
  [key: string]: unknown;
};

/**
 * Envelope answering `listEnrolledFactors`.
 */
export type ListEnrolledFactorsRespDto = GenAuthEnvelope & {
  /** The MFA factors the user has bound. */
  data: FactorDto[];
};

/**
 * Envelope answering `listFactorsToEnroll`.
 */
export type ListFactorsToEnrollRespDto = GenAuthEnvelope & {
  /** The MFA factor kinds the user can still bind. */
  data: FactorToEnrollDto[];
};

/**
 * A public account the user may switch to.
 */
export type ListPublicAccountDataDto = {
  /** ID of the account. */
  userId: string;
  /** URL of the account's avatar. */
  avatar?: string;
  /** Name shown for the account. */
  displayName?: string;
  /**
   * "Kind of account: `1` is a personal user, `2` a public account."
   */
  usertype?: "1" | "2";
};

/**
 * One page of the user's WebAuthn authenticators.
 */
export type ListWebAuthnAuthenticatorDeviceDataDto = {
  /** How many authenticators there are in all, across every page. */
  totalCount: number;
  /** The authenticators on this page. */
  list: unknown[];
};

/**
 * An application the user has signed in to.
 */
export type LoggedInAppsDto = {
  /** ID of the application. */
  appId: string;
  /** Name of the application. */
  appName: string;
  /** URL of the application's sign-in page. */
  appLoginUrl: string;
  /** URL of the application's logo. */
  appLogo: string;
  /** Whether the user is signed in to it right now. */
  active: boolean;
};

/**
 * One sign-in attempt by the user.
 */
export type LoginHistoryDto = {
  /** ID of the user. */
  userId: string;
  /** ID of the application signed in to. */
  appId: string;
  /** Name of the application. */
  appName: string;
  /** URL of the application's sign-in page. */
  appLoginUrl: string;
  /** URL of the application's logo. */
  appLogo: string;
  /** When the sign-in happened. */
  loginAt: string;
  /** IP address the client signed in from. */
  clientIp: string;
  /** Whether the sign-in succeeded. */
  success: boolean;
  /** Why the sign-in failed; present only for failures. */
  errorMessage?: string;
  /** User-Agent string of the client. */
  userAgent: string;
  /** The User-Agent broken down into device, browser and OS. */
  parsedUserAgent: ParsedUserAgent;
  /** How the user signed in. */
  loginMethod: string;
  /** Where the client IP is located. */
  geoip: GeoIp;
  /** ID of the tenant signed in to, if any. */
  tenantId?: string;
};

/**
 * One page of sign-in history.
 */
export type LoginHistoryPaginatedRespDto = {
  /** How many records there are in all, across every page. */
  totalCount: number;
  /** The records on this page. */
  list: LoginHistoryDto[];
};

/**
 * Envelope answering a successful sign-in, carrying the issued tokens.
 */
export type LoginTokenRespDto = GenAuthEnvelope & {
  /** The tokens issued for the user. */
  data: LoginTokenResponseDataDto;
};

/**
 * Tokens issued when a user signs in.
 */
export type LoginTokenResponseDataDto = {
  /** Scopes the access token grants. */
  scope?: string;
  /** Access token for calling protected APIs until it expires. */
  access_token?: string;
  /** ID token; decode it to read the user's identity claims. */
  id_token?: string;
  /** Token for getting a new access token when the current one expires. */
  refresh_token?: string;
  /** Type of the access token. */
  token_type: string;
  /** Lifetime of the access token, in seconds. */
  expire_in: number;
};

/**
 * Options of `buildLogoutUrl` and `logoutWithRedirect`.
 */
export type LogoutParams = {
  /** Where to send the browser after sign-out; replaces the `logoutRedirectUri` given to the client. */
  redirectUri?: string;
  /** ID token from the sign-in, sent as `id_token_hint`; recommended. */
  idToken?: string;
  /** Value handed back unchanged to the redirect target. */
  state?: string;
};

/**
 * A one-time password to check against the user's OTP factor.
 */
export type MfaOtpVerityDto = {
  /** One-time password from the user's authenticator app. */
  totp: string;
};

/**
 * Envelope answering `mfaOtpVerify`.
 */
export type MfaOtpVerityRespDto = GenAuthEnvelope & {
  /** Whether the one-time password was accepted. */
  data: OtpVerityRespDto;
};

/**
 * The MFA token to introspect.
 */
export type MfaTokenIntrospectEndpointParams = {
  /** The `mfa_token` to inspect. */
  token: string;
};

/**
 * What introspecting an MFA token reveals.
 */
export type MfaTokenIntrospectResponse = {
  /** Whether the token is valid; the other fields are only present when it is. */
  active: boolean;
  /** ID of the user pool that issued the token. */
  userPoolId?: string;
  /** ID of the user the token was issued to. */
  userId?: string;
  /** When the token expires, in Unix seconds. */
  exp?: number;
  /** When the token was issued, in Unix seconds. */
  iat?: number;
};

/**
 * Tokens returned by the OIDC token endpoint.
 */
export type OIDCTokenResponse = {
  /** The access token, a JWT. */
  access_token: string;
  /** The ID token, a JWT. */
  id_token: string;
  /** Lifetime of the access token, in seconds. */
  expires_in: number;
  /** Refresh token; issued only when the `offline_access` scope was requested. */
  refresh_token: string;
  /** "Type of the access token: `Bearer`." */
  token_type: string;
};

/**
 * OAuth 2.0 options of `buildAuthorizeUrl`.
 */
export type OauthParams = {
  /** Callback URL; the `redirectUri` given to the client when omitted. */
  redirectUri?: string;
  /**
   * OAuth 2.0 response type; `code` when omitted.
   */
  responseType?: "code" | "token";
  /** Opaque value for the callback; a random string is generated when omitted. */
  state?: string;
  /** Scopes to request; `user` when omitted. */
  scope?: string;
};

/**
 * OIDC options of `buildAuthorizeUrl`.
 */
export type OidcParams = {
  /** Callback URL; the `redirectUri` given to the client when omitted. */
  redirectUri?: string;
  /**
   * OIDC response type; `code` (authorization code flow) when omitted.
   */
  responseType?: "code" | "code id_token token" | "code id_token" | "code token" | "id_token token" | "id_token" | "none";
  /**
   * How the result is delivered to the callback; `query` when omitted.
   */
  responseMode?: "query" | "fragment" | "form_post";
  /** Opaque value for the callback; a random string is generated when omitted. */
  state?: string;
  /** Value bound into the ID token; a random string is generated when omitted. */
  nonce?: string;
  /**
   * Scopes to request, separated by spaces.
   *     When omitted, the docs give `openid profile email phone address`, while the official SDK 4.0.2 uses `openid profile`.
   */
  scope?: string;
  /**
   * "How `codeChallenge` was derived for PKCE: `plain` or `S256`."
   */
  codeChallengeMethod?: "plain" | "S256";
  /** PKCE `code_challenge`, at least 43 characters long. */
  codeChallenge?: string;
  /** ID of the GenAuth tenant to sign in to. */
  tenantId?: string;
  /** Make the user sign in again even with a live session (sends `prompt=login`). */
  forced?: boolean;
};

/**
 * A resource granted by a data policy, with what the grant allows.
 */
export type OpenResource = {
  /** Code of the resource the data policy grants. */
  resourceCode: string;
  /**
   * Shape of the granted resource; it decides which of the three `*Authorize` fields is filled in.
   */
  resourceType: "TREE" | "STRING" | "ARRAY";
  /** The grant, for a `STRING` resource. */
  strAuthorize?: StrAuthorize;
  /** The grant, for an `ARRAY` resource. */
  arrAuthorize?: ArrayAuthorize;
  /** The grant, for a `TREE` resource. */
  treeAuthorize?: TreeAuthorize;
};

/**
 * Outcome of checking a one-time password.
 */
export type OtpVerityRespDto = {
  /** Whether the one-time password was accepted. */
  verified: boolean;
};

/**
 * A User-Agent string broken into parts.
 */
export type ParsedUserAgent = {
  /** Kind of device the client ran on. */
  device: string;
  /** Name of the browser. */
  name: string;
  /** Operating system of the client. */
  os: string;
};

/**
 * Envelope answering `verifyResetPasswordRequest`.
 */
export type PasswordResetVerifyResp = GenAuthEnvelope & {
  /** The password reset token and when it expires. */
  data: ResetPasswordVerify;
};

/**
 * One condition of a policy statement.
 */
export type PolicyCondition = {
  /**
   * What the condition tests, such as the source IP or the current time.
   */
  param:
    | "UserPoolId"
    | "AppId"
    | "RequestFrom"
    | "UserId"
    | "UserArn"
    | "CurrentTime"
    | "EpochTime"
    | "SourceIp"
    | "User"
    | "MultiFactorAuthPresent"
    | "MultiFactorAuthAge"
    | "UserAgent"
    | "Referer"
    | "Device"
    | "OS"
    | "Country"
    | "Province"
    | "City"
    | "DeviceChanged"
    | "DeviceUntrusted"
    | "ProxyUntrusted"
    | "LoggedInApps"
    | "Namespace";
  /**
   * How the tested value is compared with `value`.
   */
  operator:
    | "Bool"
    | "DateEquals"
    | "DateNotEquals"
    | "DateLessThan"
    | "DateLessThanEquals"
    | "DateGreaterThan"
    | "DateGreaterThanEquals"
    | "IpAddress"
    | "NotIpAddress"
    | "NumericEquals"
    | "NumericNotEquals"
    | "NumericLessThan"
    | "NumericLessThanEquals"
    | "NumericGreaterThan"
    | "NumericGreaterThanEquals"
    | "StringEquals"
    | "StringNotEquals"
    | "StringEqualsIgnoreCase"
    | "StringNotEqualsIgnoreCase"
    | "StringLike"
    | "StringNotLike"
    | "ListContains";
  /** Value the tested attribute is compared with. */
  value: string;
};

/**
 * Extra options when joining through a policy invitation.
 */
export type PolicyInviteJoinedOptionsDto = {
  /** SMS code for the phone number entered while completing the profile at sign-up. */
  phonePassCodeForInformationCompletion?: string;
  /** Email code for the email address entered while completing the profile at sign-up. */
  emailPassCodeForInformationCompletion?: string;
};

/**
 * The invitee token, verification code and profile for joining through a policy invitation.
 */
export type PolicyInviteeJoinedDto = {
  /** The invitee token from `generateInviteToken`, which allows the invited sign-up. */
  token: string;
  /** Verification code the invitee received. */
  code?: string;
  /**
   * Whether the code was sent by SMS or by email.
   */
  receiverType?: "smsCode" | "emailCode";
  /** Profile details of the new user. */
  profile?: InviteeProfileDto;
  /** Extra options. */
  options?: PolicyInviteJoinedOptionsDto;
};

/**
 * Outcome of checking a verification code in advance.
 */
export type PreCheckCodeDataDto = {
  /** Whether the code is right and has not expired. */
  isValid: boolean;
  /** Why the code was rejected (wrong or expired); present when `isValid` is false. */
  message?: string;
};

/**
 * A verification code to check without using it up.
 */
export type PreCheckCodeDto = {
  /**
   * Whether an SMS or an email code is checked.
   */
  codeType: "SMS" | "EMAIL";
  /** What to check, for an SMS code. */
  smsCodePayload?: PreCheckSmsCodeDto;
  /** What to check, for an email code. */
  emailCodePayload?: PreCheckEmailCodeDto;
};

/**
 * Envelope answering `preCheckCode`.
 */
export type PreCheckCodeRespDto = GenAuthEnvelope & {
  /** Whether the code is valid. */
  data: PreCheckCodeDataDto;
};

/**
 * An email code to check in advance.
 */
export type PreCheckEmailCodeDto = {
  /** Email address the code was sent to; letter case does not matter. */
  email: string;
  /** The code from the email. */
  passCode: string;
  /**
   * "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
   */
  channel:
    | "CHANNEL_LOGIN"
    | "CHANNEL_REGISTER"
    | "CHANNEL_RESET_PASSWORD"
    | "CHANNEL_VERIFY_EMAIL_LINK"
    | "CHANNEL_UPDATE_EMAIL"
    | "CHANNEL_BIND_EMAIL"
    | "CHANNEL_UNBIND_EMAIL"
    | "CHANNEL_VERIFY_MFA"
    | "CHANNEL_UNLOCK_ACCOUNT"
    | "CHANNEL_COMPLETE_EMAIL"
    | "CHANNEL_DELETE_ACCOUNT";
};

/**
 * An SMS code to check in advance.
 */
export type PreCheckSmsCodeDto = {
  /** Phone number the code was sent to, without the country code (send that in `phoneCountryCode`). */
  phone: string;
  /** The code from the SMS. */
  passCode: string;
  /** Country calling code of `phone`; may be left out for mainland China numbers. SMS abroad must be enabled in the console. */
  phoneCountryCode?: string;
  /**
   * "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
   */
  channel:
    | "CHANNEL_LOGIN"
    | "CHANNEL_REGISTER"
    | "CHANNEL_RESET_PASSWORD"
    | "CHANNEL_BIND_PHONE"
    | "CHANNEL_UNBIND_PHONE"
    | "CHANNEL_BIND_MFA"
    | "CHANNEL_VERIFY_MFA"
    | "CHANNEL_UNBIND_MFA"
    | "CHANNEL_COMPLETE_PHONE"
    | "CHANNEL_IDENTITY_VERIFICATION"
    | "CHANNEL_DELETE_ACCOUNT";
};

/**
 * A custom user event, as `pub(eventName, data)` sends it.
 */
export type PubUserEventDto = {
  /** Name of the event. */
  eventType: string;
  /** Who sent it; the official SDK sends `authing-node-sdk: <version>`. */
  source: string;
  /** The event's payload, as a string. */
  eventData: string;
};

/**
 * The account to switch the session to, and sign-in options.
 */
export type PublicAccountSwitchLoginDto = {
  /** ID of the account to switch the session to. */
  targetUserId: string;
  /** Extra sign-in options. */
  options?: SignInBySwitchOptionsDto;
};

/**
 * WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`).
 */
export type PublicKeyCredentialCreationOptionsDto = {
  /** Challenge to sign, base64url-encoded. */
  challenge: string;
  /** Credentials the user already has, so the same authenticator is not registered twice. */
  excludeCredentials: PublicKeyCredentialDescriptorDto[];
  /** Signature algorithms the relying party accepts. */
  pubKeyCredParams: PublicKeyCredentialParametersDto[];
  /** The relying party. */
  rp: PublicKeyCredentialRpEntityDto;
  /** How long the ceremony may take, in milliseconds. */
  timeout: number;
  /** The user the credential is created for. */
  user: PublicKeyCredentialUserEntityDto;
};

/**
 * Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`).
 */
export type PublicKeyCredentialDescriptorDto = {
  /** ID of the credential. */
  id: string;
  /** How the client may reach the authenticator holding the credential. */
  transports: string[];
  /** Always `public-key`. */
  type: string;
};

/**
 * A credential type and signature algorithm the relying party accepts.
 */
export type PublicKeyCredentialParametersDto = {
  /** COSE algorithm identifier, a negative integer. */
  alg: number;
  /** Always `public-key`. */
  type: string;
};

/**
 * WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`).
 */
export type PublicKeyCredentialRequestOptionsDto = {
  /** Challenge to sign, base64url-encoded. */
  challenge: string;
  /** Credentials the authenticator may use for this sign-in. */
  allowCredentials?: PublicKeyCredentialDescriptorDto[];
  /** ID of the relying party; the same as when the authenticator was registered. */
  rpId: string;
  /** How long the ceremony may take, in milliseconds. */
  timeout: number;
};

/**
 * The WebAuthn relying party.
 */
export type PublicKeyCredentialRpEntityDto = {
  /** Domain of the relying party. */
  id: string;
  /** Name of the relying party. */
  name: string;
};

/**
 * The user a WebAuthn credential belongs to.
 */
export type PublicKeyCredentialUserEntityDto = {
  /** ID of the user. */
  id: string;
  /** Username of the user. */
  name: string;
  /** Name shown for the user. */
  displayName: string;
};

/**
 * Short details of the user who scanned a QR code.
 */
export type QRCodeStatusBriefUserInfoDto = {
  /** Name shown for the user. */
  displayName: string;
  /** URL of the user's avatar. */
  photo: string;
};

/**
 * The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation).
 */
export type RegistrationCredentialDto = {
  /** ID of the credential, base64url-encoded. */
  id: string;
  /** ID of the credential as raw bytes. */
  rawId: string;
  /** The attestation the relying party checks before registering the credential. */
  response: AuthenticatorAttestationResponseDto;
  /** How the client may reach the authenticator; optional. */
  transports?: string[];
  /** Always `public-key`. */
  type: string;
};

/**
 * WebAuthn options for registering an authenticator, with the ticket that goes with them.
 */
export type RegistrationOptionsDto = {
  /** What the authenticator needs to create the credential. */
  registrationOptions: PublicKeyCredentialCreationOptionsDto;
  /** Ticket to send back together with the created credential when it is verified. */
  ticket: string;
};

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type RemoveDeviceCredentialDto = {
  [key: string]: unknown;
};

/**
 * Identifies the MFA factor to unbind from the current user.
 */
export type ResetFactorDto = {
  /** ID of the bound MFA factor to remove. */
  factorId: string;
};

/**
 * Envelope answering `resetFactor`; it carries no data of its own.
 */
export type ResetFactorRespDto = GenAuthEnvelope;

/**
 * Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password.
 */
export type ResetPasswordByEmailPassCodeDto = {
  /** The email address the account is bound to; letter case does not matter. */
  email?: string;
  /** The one-time code mailed by `sendEmail`; it can be used once and by default expires after 5 minutes. */
  passCode: string;
};

/**
 * Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password.
 */
export type ResetPasswordByPhonePassCodeDto = {
  /** The phone number the account is bound to, without the country calling code (that goes in `phoneCountryCode`). */
  phoneNumber: string;
  /** The one-time code texted by `sendSms`; it can be used once and expires after one minute. */
  passCode: string;
  /** Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 */
export type ResetPasswordDto = {
  /** The new password, encrypted as given by `passwordEncryptType` (plain text when `none`). */
  password: string;
  /** The reset token returned by `verifyResetPasswordRequest`. */
  passwordResetToken: string;
  /**
   * How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * A token that lets the holder set a new password, and how long it lasts.
 */
export type ResetPasswordVerify = {
  /** Token to pass as `passwordResetToken` to `resetPassword`. */
  passwordResetToken: string;
  /** How long the token stays valid, in seconds. */
  tokenExpiresIn: number;
};

/**
 * Identifies the device whose login session should be ended.
 */
export type RevokeDeviceSessionDto = {
  /** The device's unique identifier, as listed by the device list. */
  deviceId: string;
};

/**
 * A role held by the current user, within one permission space.
 */
export type RoleDto = {
  /** The role's ID. */
  id: string;
  /** The role's code; no two roles in the same permission space share one. */
  code: string;
  /** The role's display name within its permission space. */
  name: string;
  /** Free-text description of the role. */
  description: string;
  /** Code of the permission space (namespace) the role belongs to; absent means the default permission space. */
  namespace: string;
  /** Display name of the permission space (namespace) the role belongs to. */
  namespaceName: string;
  /** Whether the role is active: `ENABLE` (in use) or `DISABLE` (disabled). */
  status?: string;
  /** When the role will be disabled automatically, as a millisecond timestamp; null if it never expires. */
  disableTime?: number;
  /** True if users may request this role's permissions; the application must also have SSO enabled and be visible to users without access. */
  enablePermissionApply?: boolean;
};

/**
 * Envelope answering `getRoleList`.
 */
export type RoleListRespDto = GenAuthEnvelope & {
  /** The roles the current user holds. */
  data: RoleDto[];
};

/**
 * A role that a permission request asks to be granted.
 */
export type RolePermissionApplyApprovalObject = {
  /** ID of the requested role. */
  objectId: string;
  /** Display name of the requested role. */
  objectName: string;
  /** Code of the requested role. */
  roleCode: string;
  /** Numeric ID of the role's permission space. */
  namespaceId: number;
  /** Code of the role's permission space, which is the application ID. */
  namespaceCode: string;
};

/**
 * Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 */
export type SendEmailDto = {
  /**
   * What the email is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
   */
  channel:
    | "CHANNEL_LOGIN"
    | "CHANNEL_REGISTER"
    | "CHANNEL_RESET_PASSWORD"
    | "CHANNEL_VERIFY_EMAIL_LINK"
    | "CHANNEL_UPDATE_EMAIL"
    | "CHANNEL_BIND_EMAIL"
    | "CHANNEL_UNBIND_EMAIL"
    | "CHANNEL_VERIFY_MFA"
    | "CHANNEL_UNLOCK_ACCOUNT"
    | "CHANNEL_COMPLETE_EMAIL"
    | "CHANNEL_DELETE_ACCOUNT";
  /** Address to send to; letter case does not matter. */
  email: string;
};

/**
 * Envelope answering `sendEmail`; it carries no data of its own.
 */
export type SendEmailRespDto = GenAuthEnvelope;

/**
 * What GenAuth returns when an MFA factor enrollment is started.
 */
export type SendEnrollFactorRequestDataDto = {
  /** Short-lived token (valid for one minute) to pass back when completing the factor enrollment. */
  enrollmentToken: string;
  /** OTP setup data; present only when the factor being enrolled is of type `OTP`. */
  otpData?: SendEnrollFactorRequestOtpDataDto;
};

/**
 * Starts enrolling a new MFA factor for the current user.
 */
export type SendEnrollFactorRequestDto = {
  /** Details of the factor to enroll, such as the phone number or email that will receive codes. */
  profile: FactorProfile;
  /**
   * Kind of factor to enroll: `OTP`, `SMS`, `EMAIL` or `FACE`.
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * What an authenticator app needs to set up an OTP factor.
 */
export type SendEnrollFactorRequestOtpDataDto = {
  /** The `otpauth://` URI describing the OTP secret, for authenticator apps. */
  qrCodeUri: string;
  /** The same URI as a QR code image, Base64-encoded, ready for a front end to display. */
  qrCodeDataUrl: string;
  /** Recovery code for regaining access if the OTP device is lost. */
  recoveryCode: string;
};

/**
 * Envelope answering `sendEnrollFactorRequest`.
 */
export type SendEnrollFactorRequestRespDto = GenAuthEnvelope & {
  /** The enrollment token and, for OTP factors, the setup data. */
  data: SendEnrollFactorRequestDataDto;
};

/**
 * Asks GenAuth to text a one-time passcode for a given purpose.
 */
export type SendSMSDto = {
  /**
   * What the SMS is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
   */
  channel:
    | "CHANNEL_LOGIN"
    | "CHANNEL_REGISTER"
    | "CHANNEL_RESET_PASSWORD"
    | "CHANNEL_BIND_PHONE"
    | "CHANNEL_UNBIND_PHONE"
    | "CHANNEL_BIND_MFA"
    | "CHANNEL_VERIFY_MFA"
    | "CHANNEL_UNBIND_MFA"
    | "CHANNEL_COMPLETE_PHONE"
    | "CHANNEL_IDENTITY_VERIFICATION"
    | "CHANNEL_DELETE_ACCOUNT";
  /** Number to send to, without the country calling code (that goes in `phoneCountryCode`). */
  phoneNumber: string;
  /** Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * Envelope answering `sendSms`; it carries no data of its own.
 */
export type SendSMSRespDto = GenAuthEnvelope;

/**
 * Windows Active Directory credentials for signing in.
 */
export type SignInByAdPayloadDto = {
  /** The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** The account's sAMAccountName (logon name) in the Windows AD directory. */
  sAMAccountName: string;
};

/**
 * What the Alipay mobile SDK returns, for signing in with Alipay.
 */
export type SignInByAlipayPayloadDto = {
  /** Single-use code handed back by Alipay after the user authorized the app. */
  code?: string;
};

/**
 * What the Amazon mobile SDK returns, for signing in with Amazon.
 */
export type SignInByAmazonPayloadDto = {
  /** Access token issued by Amazon after the user authorized the app. */
  access_token: string;
};

/**
 * What Sign in with Apple returns on mobile, for signing in with Apple.
 */
export type SignInByApplePayloadDto = {
  /** Single-use code handed back by Apple after the user authorized the app. */
  code?: string;
};

/**
 * What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`.
 */
export type SignInByBaiduPayloadDto = {
  /** Authorization code from Baidu; if `access_token` is sent as well, this one is used. */
  code?: string;
  /** Access token from Baidu; ignored when `code` is also sent. */
  access_token?: string;
};

/**
 * What the DingTalk mobile SDK returns, for signing in with DingTalk.
 */
export type SignInByDingTalkPayloadDto = {
  /** Code handed back by DingTalk after the user authorized the app. */
  code: string;
  /** Set to true when `code` is an SNS code that GenAuth must resolve through DingTalk's `sns/getuserinfo_bycode`; otherwise the code is first exchanged for an access token. */
  isSnsCode?: boolean;
};

/**
 * Douyin mini program login data together with the user's authorized phone number.
 */
export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = {
  /** The login code and, optionally, the user profile from `tt.getUserProfile`. */
  loginParams: SignInByDouyinMiniProgramCodePayloadDto;
  /** The encrypted phone number the user agreed to share; it is stored on a new user, or on an existing user who has no phone yet. */
  phoneParams: SignInByDouyinMiniProgramPhoneInfoPayloadDto;
};

/**
 * What a Douyin mini program sends to sign the user in.
 */
export type SignInByDouyinMiniProgramCodePayloadDto = {
  /** Encrypted user data returned by Douyin's open-data API. */
  encryptedData?: string;
  /** Initialization vector Douyin returns for decrypting `encryptedData`; needed whenever `encryptedData` is sent. */
  iv?: string;
  /** Login code returned by Douyin's `tt.login`. */
  code: string;
};

/**
 * The encrypted phone number a Douyin mini program received from the user.
 */
export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = {
  /** Initialization vector from the mini program's get-phone-number call; needed whenever `encryptedData` is sent. */
  iv?: string;
  /** The encrypted phone number from the mini program's get-phone-number call. */
  encryptedData?: string;
};

/**
 * What the Douyin mobile SDK returns, for signing in with Douyin.
 */
export type SignInByDouyinPayloadDto = {
  /** Authorization code handed back by Douyin after the user authorized the app. */
  code: string;
};

/**
 * What the Facebook mobile SDK returns, for signing in with Facebook.
 */
export type SignInByFacebookPayloadDto = {
  /** Access token issued by Facebook after the user authorized the app. */
  access_token: string;
};

/**
 * What Gitee returns on mobile, for signing in with Gitee.
 */
export type SignInByGiteePayloadDto = {
  /** Authorization code handed back by Gitee after the user authorized the app. */
  code: string;
};

/**
 * What GitHub returns on mobile, for signing in with GitHub.
 */
export type SignInByGithubPayloadDto = {
  /** Authorization code handed back by GitHub after the user authorized the app. */
  code: string;
};

/**
 * What GitLab returns on mobile, for signing in with GitLab.
 */
export type SignInByGitlabPayloadDto = {
  /** Authorization code handed back by GitLab after the user authorized the app. */
  code: string;
};

/**
 * What the Google mobile SDK returns, for signing in with Google.
 */
export type SignInByGooglePayloadDto = {
  /** Code handed back by Google after the user authorized the app. */
  code: string;
};

/**
 * What the Huawei mobile SDK returns, for signing in with Huawei.
 */
export type SignInByHuaweiPayloadDto = {
  /** Authorization code handed back by Huawei after the user authorized the app. */
  code: string;
};

/**
 * What the Kuaishou mobile SDK returns, for signing in with Kuaishou.
 */
export type SignInByKuaishouPayloadDto = {
  /** Authorization code handed back by Kuaishou after the user authorized the app. */
  code: string;
};

/**
 * What a Lark (Feishu) widget returns, for signing in with Lark.
 */
export type SignInByLarkBlockPayloadDto = {
  /** Single-use code handed back by the Lark (Feishu) widget login. */
  code?: string;
};

/**
 * What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkInternalPayloadDto = {
  /** Single-use code handed back by the Lark (Feishu) self-built app login. */
  code?: string;
};

/**
 * What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkPublicPayloadDto = {
  /** Single-use code handed back by the Lark (Feishu) app-store app login. */
  code?: string;
};

/**
 * LDAP directory credentials for signing in.
 */
export type SignInByLdapPayloadDto = {
  /** The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** The account's sAMAccountName (logon name) in the LDAP or AD directory. */
  sAMAccountName: string;
};

/**
 * What the LINE mobile SDK returns, for signing in with LINE.
 */
export type SignInByLinePayloadDto = {
  /** Access token issued by LINE after the user authorized the app. */
  access_token: string;
  /** ID token issued by LINE (only with the `openid` scope); when present the user's details are read from it instead of via `access_token`. */
  id_token?: string;
};

/**
 * What LinkedIn returns on mobile, for signing in with LinkedIn.
 */
export type SignInByLinkedInPayloadDto = {
  /** Code handed back by LinkedIn after the user authorized the app. */
  code: string;
};

/**
 * Optional settings for a mobile social sign-in.
 */
export type SignInByMobileOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** ID of the tenant to sign in to. */
  tenantId?: string;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * What the OPPO mobile SDK returns, for signing in with OPPO.
 */
export type SignInByOPPOPayloadDto = {
  /** Authorization code handed back by OPPO after the user authorized the app. */
  code: string;
};

/**
 * A one-time passcode plus the email or phone it was sent to.
 */
export type SignInByPassCodePayloadDto = {
  /** The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
  passCode: string;
  /** Email address the code was sent to; letter case does not matter. */
  email?: string;
  /** Phone number the code was sent to. */
  phone?: string;
  /** Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * A password plus one identifier (account, email, username or phone) of the user.
 */
export type SignInByPasswordPayloadDto = {
  /** The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** Any of the user's identifiers: username, phone number or email. */
  account?: string;
  /** The user's email address; letter case does not matter. */
  email?: string;
  /** The user's username. */
  username?: string;
  /** The user's phone number. */
  phone?: string;
};

/**
 * Starts a push sign-in for an account, answered with a code that identifies the pending login.
 */
export type SignInByPushDto = {
  /** Any of the user's identifiers: username, phone number or email. */
  account: string;
  /** Optional settings for the sign-in. */
  options?: SignInByPushOptionsDto;
};

/**
 * Optional settings for a push sign-in.
 */
export type SignInByPushOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: string;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * What the QQ mobile SDK returns, for signing in with QQ.
 */
export type SignInByQQPayloadDto = {
  /** Access token issued by QQ after the user authorized the app. */
  access_token: string;
};

/**
 * What Slack returns on mobile, for signing in with Slack.
 */
export type SignInBySlackPayloadDto = {
  /** Authorization code handed back by Slack after the user authorized the app. */
  code: string;
};

/**
 * Optional settings for switching the signed-in account.
 */
export type SignInBySwitchOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * Optional settings for a WebAuthn (passkey) sign-in.
 */
export type SignInByWebAuthnOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * WeChat mini program login data together with the user's authorized phone number.
 */
export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = {
  /** The `wx.login` code and, optionally, the encrypted user data. */
  wxLoginInfo: SignInByWechatMiniProgramCodePayloadDto;
  /** The code for the phone number the user agreed to share; the number is stored on a new user, or on an existing user who has no phone yet. */
  wxPhoneInfo: SignInByWechatMiniProgramPhoneInfoPayloadDto;
};

/**
 * What a WeChat mini program sends to sign the user in.
 */
export type SignInByWechatMiniProgramCodePayloadDto = {
  /** Encrypted user data returned by WeChat's open-data API. */
  encryptedData?: string;
  /** Initialization vector WeChat returns for decrypting `encryptedData`. */
  iv?: string;
  /** Login code returned by WeChat's `wx.login`. */
  code: string;
};

/**
 * The phone number a WeChat mini program received from the user, as a code.
 */
export type SignInByWechatMiniProgramPhoneInfoPayloadDto = {
  /** Code from the mini program's get-phone-number call, which GenAuth exchanges for the number. */
  code: string;
};

/**
 * What a WeChat mini program sends to sign the user in by their phone number.
 */
export type SignInByWechatMiniProgramPhonePayloadDto = {
  /** Encrypted data returned by WeChat's open-data API. */
  encryptedData: string;
  /** Initialization vector WeChat returns for decrypting `encryptedData`. */
  iv: string;
  /** Login code returned by WeChat's `wx.login`. */
  code: string;
};

/**
 * What the WeChat mobile SDK returns, for signing in with WeChat.
 */
export type SignInByWechatPayloadDto = {
  /** Single-use code handed back by WeChat after the user authorized the app. */
  code?: string;
};

/**
 * What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom.
 */
export type SignInByWechatworkAgencyPayloadDto = {
  /** Single-use code handed back by WeCom (agency mode) after the user authorized the app. */
  code?: string;
};

/**
 * What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom.
 */
export type SignInByWechatworkDto = {
  /** Single-use code handed back by WeCom after the user authorized the app. */
  code?: string;
};

/**
 * What the Sina Weibo mobile SDK returns, for signing in with Weibo.
 */
export type SignInByWeiboPayloadDto = {
  /** Access token issued by Sina Weibo after the user authorized the app. */
  access_token: string;
};

/**
 * What the Xiaomi mobile SDK returns, for signing in with Xiaomi.
 */
export type SignInByXiaomiPayloadDto = {
  /** Authorization code handed back by Xiaomi after the user authorized the app. */
  code: string;
};

/**
 * What NetEase Yidun's one-tap mobile carrier login returns.
 */
export type SignInByYidunPayloadDto = {
  /** Token issued by NetEase Yidun. */
  token?: string;
  /** The mobile carrier's authorization code, as returned through NetEase Yidun. */
  accessToken?: string;
};

/**
 * Settings for creating a fast-pass sign-in QR code.
 */
export type SignInFastpassDto = {
  /** Optional settings for the fast-pass sign-in. */
  options?: SignInFastpassOptionsDto;
};

/**
 * Optional settings for a fast-pass (QR code) sign-in.
 */
export type SignInFastpassOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * Optional settings for a sign-in with credentials.
 */
export type SignInOptionsDto = {
  /** Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** The end user's real IP address; GenAuth otherwise logs the IP the request came from, so set this when calling from a server. */
  clientIp?: string;
  /** Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** ID of the tenant to sign in to. */
  tenantId?: string;
  /** Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
  /** When true, a user that does not exist yet is created; works only with a username, email or phone plus password, not with the generic `account` field. */
  autoRegister?: boolean;
  /** The text of the image captcha (letter case does not matter); needed once too many failed logins have triggered a captcha security policy. */
  captchaCode?: string;
  /** The token returned alongside the captcha by `geneCatchaCodeAndToken`; send it together with `captchaCode`. */
  captchaToken?: string;
  /**
   * How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * A one-time passcode plus the email or phone it was sent to, for registering.
 */
export type SignUpByPassCodeDto = {
  /** The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
  passCode: string;
  /** Email address the code was sent to; letter case does not matter. */
  email?: string;
  /** Phone number the code was sent to. */
  phone?: string;
  /** Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * A password plus a username or email, for registering.
 */
export type SignUpByPasswordDto = {
  /** The new user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** Username for the new account. */
  username?: string;
  /** Email address for the new account; letter case does not matter. */
  email?: string;
};

/**
 * Registers a new user with a password or a one-time passcode.
 */
export type SignUpDto = {
  /**
   * How the user registers: `PASSWORD` (fill `passwordPayload`) or `PASSCODE` (fill `passCodePayload`).
   */
  connection: "PASSWORD" | "PASSCODE";
  /** Password registration data; required when `connection` is `PASSWORD`. */
  passwordPayload?: SignUpByPasswordDto;
  /** Passcode registration data; required when `connection` is `PASSCODE`. */
  passCodePayload?: SignUpByPassCodeDto;
  /** Profile fields to store on the new user. */
  profile?: SignUpProfileDto;
  /** Optional registration settings. */
  options?: SignUpOptionsDto;
};

/**
 * Optional settings for a registration.
 */
export type SignUpOptionsDto = {
  /** The end user's IP address. */
  clientIp?: string;
  /** SMS passcode proving the phone number given in the profile, when registration asks the user to complete that information. */
  phonePassCodeForInformationCompletion?: string;
  /** Email passcode proving the email address given in the profile, when registration asks the user to verify it. */
  emailPassCodeForInformationCompletion?: string;
  /** A password to give the account when it is registered with a phone passcode. */
  passwordForPhonePassCode?: string;
  /** Extra values sent with the registration, saved into the user's custom fields. */
  context: unknown;
  /**
   * How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Profile fields that may be set on a user at registration.
 */
export type SignUpProfileDto = {
  /** The user's nickname. */
  nickname?: string;
  /** Company the user works for. */
  company?: string;
  /** The user's avatar image. */
  photo?: string;
  /** Device the user registered from. */
  device?: string;
  /** Browser the user registered from. */
  browser?: string;
  /** The user's name. */
  name?: string;
  /** The user's given (first) name. */
  givenName?: string;
  /** The user's family (last) name. */
  familyName?: string;
  /** The user's middle name. */
  middleName?: string;
  /** The user's profile (for example a profile page address). */
  profile?: string;
  /** The name the user prefers to be called by. */
  preferredUsername?: string;
  /** The user's website. */
  website?: string;
  /**
   * The user's gender: `M` male, `F` female, `U` unknown.
   */
  gender?: "M" | "F" | "U";
  /** The user's date of birth. */
  birthdate?: string;
  /** The user's time zone or region. */
  zoneinfo?: string;
  /** The user's locale (language and region). */
  locale?: string;
  /** The user's address. */
  address?: string;
  /** The full address, formatted for display. */
  formatted?: string;
  /** Street part of the user's address. */
  streetAddress?: string;
  /** City or locality of the user's address. */
  locality?: string;
  /** Region, such as a province or state, of the user's address. */
  region?: string;
  /** Postal code of the user's address. */
  postalCode?: string;
  /** Country of the user's address. */
  country?: string;
  /** The user's email; to have it verified at registration, also send the code mailed by `sendEmail` as `options.emailPassCodeForInformationCompletion`. */
  email?: string;
  /** The user's phone number; to have it verified at registration, also send the code texted by `sendSms` as `options.phonePassCodeForInformationCompletion`. */
  phone?: string;
  /** Country calling code of `phone`. */
  phoneCountryCode?: string;
  /** Values for the user pool's custom user fields. */
  customData?: unknown;
};

/**
 * Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 */
export type SigninByCredentialsDto = {
  /**
   * Which kind of credentials are sent: `PASSWORD`, `PASSCODE`, `LDAP` or `AD`; fill the matching payload.
   */
  connection: "PASSWORD" | "PASSCODE" | "LDAP" | "AD";
  /** Password credentials; required when `connection` is `PASSWORD`. */
  passwordPayload?: SignInByPasswordPayloadDto;
  /** Passcode credentials; required when `connection` is `PASSCODE`. */
  passCodePayload?: SignInByPassCodePayloadDto;
  /** Windows AD credentials; required when `connection` is `AD`. */
  adPayload?: SignInByAdPayloadDto;
  /** LDAP credentials; required when `connection` is `LDAP`. */
  ldapPayload?: SignInByLdapPayloadDto;
  /** Optional sign-in settings. */
  options?: SignInOptionsDto;
  /** The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * Signs a user in with what a social or mobile identity provider returned to the app.
 */
export type SigninByMobileDto = {
  /** Identifier of the external identity source connection configured in the console. */
  extIdpConnidentifier: string;
  /**
   * Which provider the credentials come from; fill the payload field that matches it.
   */
  connection:
    | "apple"
    | "wechat"
    | "alipay"
    | "wechatwork"
    | "wechatwork_agency"
    | "lark_internal"
    | "lark_public"
    | "lark_block"
    | "yidun"
    | "wechat_mini_program_code"
    | "wechat_mini_program_phone"
    | "wechat_mini_program_code_and_phone"
    | "google"
    | "facebook"
    | "qq"
    | "weibo"
    | "baidu"
    | "linkedin"
    | "dingtalk"
    | "github"
    | "gitee"
    | "gitlab"
    | "douyin"
    | "kuaishou"
    | "xiaomi"
    | "line"
    | "slack"
    | "oppo"
    | "huawei"
    | "amazon"
    | "douyin_mini_program_code"
    | "douyin_mini_program_code_and_phone";
  /** WeChat sign-in data; required when `connection` is `wechat`. (The official SDK's comment calls it the Apple payload by mistake.) */
  wechatPayload?: SignInByWechatPayloadDto;
  /** Apple sign-in data; required when `connection` is `apple`. (The official SDK's comment calls it the WeChat payload by mistake.) */
  applePayload?: SignInByApplePayloadDto;
  /** Alipay sign-in data; required when `connection` is `alipay`. */
  alipayPayload?: SignInByAlipayPayloadDto;
  /** WeCom (WeChat Work) sign-in data; required when `connection` is `wechatwork`. */
  wechatworkPayload?: SignInByWechatworkDto;
  /** WeCom agency-mode sign-in data; required when `connection` is `wechatwork_agency`. */
  wechatworkAgencyPayload?: SignInByWechatworkAgencyPayloadDto;
  /** Lark (Feishu) app-store app sign-in data; required when `connection` is `lark_public`. */
  larkPublicPayload?: SignInByLarkPublicPayloadDto;
  /** Lark (Feishu) self-built app sign-in data; required when `connection` is `lark_internal`. */
  larkInternalPayload?: SignInByLarkInternalPayloadDto;
  /** Lark (Feishu) widget sign-in data; required when `connection` is `lark_block`. */
  larkBlockPayload?: SignInByLarkBlockPayloadDto;
  /** NetEase Yidun sign-in data; required when `connection` is `yidun`. */
  yidunPayload?: SignInByYidunPayloadDto;
  /** WeChat mini program code sign-in data; required when `connection` is `wechat_mini_program_code`. */
  wechatMiniProgramCodePayload?: SignInByWechatMiniProgramCodePayloadDto;
  /** WeChat mini program phone sign-in data; required when `connection` is `wechat_mini_program_phone`. */
  wechatMiniProgramPhonePayload?: SignInByWechatMiniProgramPhonePayloadDto;
  /** WeChat mini program code-and-phone sign-in data; required when `connection` is `wechat_mini_program_code_and_phone`. */
  wechatMiniProgramCodeAndPhonePayload?: SignInByWechatMiniProgramCodeAndPhonePayloadDto;
  /** Douyin mini program code sign-in data; required when `connection` is `douyin_mini_program_code`. */
  douyinMiniProgramCodePayload?: SignInByDouyinMiniProgramCodePayloadDto;
  /** Douyin mini program code-and-phone sign-in data; required when `connection` is `douyin_mini_program_code_and_phone`. */
  douyinMiniProgramCodeAndPhonePayload?: SignInByDouyinMiniProgramCodeAndPhonePayloadDto;
  /** Google sign-in data; required when `connection` is `google`. */
  googlePayload?: SignInByGooglePayloadDto;
  /** Facebook sign-in data; required when `connection` is `facebook`. */
  facebookPayload?: SignInByFacebookPayloadDto;
  /** QQ sign-in data; required when `connection` is `qq`. */
  qqPayload?: SignInByQQPayloadDto;
  /** Sina Weibo sign-in data; required when `connection` is `weibo`. */
  weiboPayload?: SignInByWeiboPayloadDto;
  /** Baidu sign-in data; required when `connection` is `baidu`. Send `code` or `access_token`; `code` wins if both are given. */
  baiduPayload?: SignInByBaiduPayloadDto;
  /** LinkedIn sign-in data; required when `connection` is `linkedin`. */
  linkedInPayload?: SignInByLinkedInPayloadDto;
  /** DingTalk sign-in data; required when `connection` is `dingtalk`. */
  dingTalkPayload?: SignInByDingTalkPayloadDto;
  /** GitHub sign-in data; required when `connection` is `github`. */
  githubPayload?: SignInByGithubPayloadDto;
  /** Gitee sign-in data; required when `connection` is `gitee`. */
  giteePayload?: SignInByGiteePayloadDto;
  /** GitLab sign-in data; required when `connection` is `gitlab`. */
  gitlabPayload?: SignInByGitlabPayloadDto;
  /** Douyin sign-in data; required when `connection` is `douyin`. */
  douyinPayload?: SignInByDouyinPayloadDto;
  /** Kuaishou sign-in data; required when `connection` is `kuaishou`. */
  kuaishouPayload?: SignInByKuaishouPayloadDto;
  /** Xiaomi sign-in data; required when `connection` is `xiaomi`. */
  xiaomiPayload?: SignInByXiaomiPayloadDto;
  /** LINE sign-in data; required when `connection` is `line`. */
  linePayload?: SignInByLinePayloadDto;
  /** Slack sign-in data; required when `connection` is `slack`. */
  slackPayload?: SignInBySlackPayloadDto;
  /** OPPO sign-in data; required when `connection` is `oppo`. */
  oppoPayload?: SignInByOPPOPayloadDto;
  /** Huawei sign-in data; required when `connection` is `huawei`. */
  huaweiPayload?: SignInByHuaweiPayloadDto;
  /** Amazon sign-in data; required when `connection` is `amazon`. */
  amazonPayload?: SignInByAmazonPayloadDto;
  /** Optional sign-in settings. */
  options?: SignInByMobileOptionsDto;
  /** The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * A string-type data resource and the actions the user may perform on it.
 */
export type StrAuthorize = {
  /** The string resource's value. */
  value: string;
  /** Actions the user may perform on the string resource. */
  actions: string[];
};

/**
 * A string-type data resource and its actions.
 */
export type StrResourceAuthAction = {
  /** The string resource's value. */
  value?: string;
  /** Actions defined for the string resource. */
  actions?: string[];
};

/**
 * Public server information: encryption keys, versions and egress IPs.
 */
export type SystemInfoResp = {
  /** RSA256 settings, used to encrypt passwords with `passwordEncryptType` `rsa`. */
  rsa: SystmeInfoRSAConfig;
  /** SM2 settings, used to encrypt passwords with `passwordEncryptType` `sm2`. */
  sm2: SystmeInfoSM2Config;
  /** Versions of the GenAuth server, console and hosted login page. */
  version: SystmeInfoVersion;
  /** Public IP addresses that GenAuth's outgoing requests come from. */
  publicIps: string[];
};

/**
 * The server's RSA256 public key.
 */
export type SystmeInfoRSAConfig = {
  /** Public key for RSA256 encryption of passwords. */
  publicKey: string;
};

/**
 * The server's SM2 public key.
 */
export type SystmeInfoSM2Config = {
  /** Public key for SM2 encryption of passwords. */
  publicKey: string;
};

/**
 * Versions of the GenAuth components.
 */
export type SystmeInfoVersion = {
  /** Version of the core GenAuth service. */
  server: string;
  /** Version of the GenAuth console. */
  console: string;
  /** Version of the hosted login page. */
  login: string;
};

/**
 * A device the current user has signed in from, with its last login.
 */
export type TerminalSessionDto = {
  /** Details of the device. */
  device: DeviceInfo;
  /** When the user last signed in on this device. */
  lastLoginTime: string;
  /** IP address of the last sign-in on this device. */
  lastIp?: string;
  /** True if the device currently has an active session. */
  online: boolean;
};

/**
 * Envelope answering `list` (the current user's devices).
 */
export type TerminalSessionRespDto = GenAuthEnvelope & {
  /** The devices the current user has signed in from. */
  data: TerminalSessionDto[];
};

/**
 * A node of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthBo = {
  /** Path of the node within the tree. */
  nodePath: string;
  /** Name of the node. */
  nodeName: string;
  /** Actions the user may perform on the node. */
  nodeActions: string[];
  /** Value of the node. */
  nodeValue?: string;
  /** Values of the node's extended fields. */
  nodeExtendFieldValue?: unknown;
};

/**
 * The nodes of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthorize = {
  /** One entry per authorized node. */
  authList: TreeAuthBo[];
};

/**
 * The nodes of a tree-type data resource and their actions.
 */
export type TreeResourceAuthAction = {
  /** The tree's nodes. */
  nodeAuthActionList?: TreeStructs[];
};

/**
 * A node of a tree-type data resource, with its children.
 */
export type TreeStructs = {
  /** The node's code; unique among nodes at the same level. */
  code: string;
  /** The node's name; unique among nodes at the same level. */
  name: string;
  /** The node's value. */
  value?: string;
  /** Actions defined on this node of the data policy. */
  actions?: string[];
  /** The node's child nodes; a tree has at most five levels. */
  children?: TreeStructs[];
};

/**
 * Identifies the device to remove from the current user's devices.
 */
export type UnbindDeviceDto = {
  /** The device's unique identifier, as listed by the device list. */
  deviceId: string;
};

/**
 * Confirms removing the email address bound to the current user.
 */
export type UnbindEmailDto = {
  /** Passcode mailed by `sendEmail` to the bound address. */
  passCode: string;
};

/**
 * Confirms removing the phone number bound to the current user.
 */
export type UnbindPhoneDto = {
  /** Passcode texted by `sendSms` to the bound number. */
  passCode: string;
};

/**
 * Outcome of a request to join through a universal invitation link.
 */
export type UniversalInvitationJoinRespDto = {
  /**
   * State of the request: `PENDING` (awaiting approval) or `PASSED` (accepted).
   */
  status: "PENDING" | "PASSED";
};

/**
 * Public information shown on a universal invitation page.
 */
export type UniversalInvitationPublicConfigDto = {
  /** The user pool being joined. */
  userPool: UserPoolPublicConfigDto;
  /** The person who sent the invitation. */
  inviter?: InviterDetailDto;
};

/**
 * Asks to join a user pool through a universal invitation link.
 */
export type UniversalInvitationUserJoinDto = {
  /** Verification code sent to the applicant's email. */
  emailCode: string;
  /** Identifier of the invitation link the applicant followed. */
  identifier: string;
  /** Who is applying. */
  profile?: UniversalInviteeProfileDto;
};

/**
 * Who is applying to join through an invitation.
 */
export type UniversalInviteeProfileDto = {
  /** The applicant's name. */
  name: string;
  /** The applicant's email address. */
  email: string;
};

/**
 * Identifies the external identity source to unlink from the current user.
 */
export type UnlinkExtIdpDto = {
  /** ID of the external identity source. */
  extIdpId: string;
};

/**
 * Proves ownership of a new email address (and, if required, of the old one) with passcodes.
 */
export type UpdateEmailByEmailPassCodeDto = {
  /** The email address to switch to. */
  newEmail: string;
  /** Passcode mailed to the new address. */
  newEmailPassCode: string;
  /** The current email address; needed when the user pool requires verifying it before a change. */
  oldEmail?: string;
  /** Passcode mailed to the current address; needed when the user pool requires verifying it before a change. */
  oldEmailPassCode?: string;
};

/**
 * Applies an email change that has been verified.
 */
export type UpdateEmailDto = {
  /** Short-lived token returned by `verifyUpdateEmailRequest`. */
  updateEmailToken: string;
};

/**
 * New settings for a passkey (WebAuthn credential).
 */
export type UpdatePasskeyDto = {
  /** Name to show for the passkey. */
  name: string;
};

/**
 * Changes the current user's password.
 */
export type UpdatePasswordDto = {
  /** The password to set. */
  newPassword: string;
  /** The user's current password; required if the user already has one. */
  oldPassword?: string;
  /**
   * How the passwords are encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
  /** Reset token returned by `verifyResetPasswordRequest`. */
  passwordResetToken?: string;
};

/**
 * Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes.
 */
export type UpdatePhoneByPhonePassCodeDto = {
  /** The phone number to switch to, without the country calling code (that goes in `newPhoneCountryCode`). */
  newPhoneNumber: string;
  /** Passcode texted to the new number. */
  newPhonePassCode: string;
  /** Country calling code of the new number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  newPhoneCountryCode?: string;
  /** The current phone number, without the country calling code; needed when the user pool requires verifying it before a change. */
  oldPhoneNumber?: string;
  /** Passcode texted to the current number; needed when the user pool requires verifying it before a change. */
  oldPhonePassCode?: string;
  /** Country calling code of the current number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  oldPhoneCountryCode?: string;
};

/**
 * Applies a phone number change that has been verified.
 */
export type UpdatePhoneDto = {
  /** Short-lived token returned by `verifyUpdatePhoneRequest`. */
  updatePhoneToken: string;
};

/**
 * Profile fields of the current user to change; fields left out keep their value.
 */
export type UpdateUserProfileDto = {
  /** The user's real name; other users may have the same one. */
  name?: string;
  /** The user's nickname. */
  nickname?: string;
  /** Address (URL) of the user's avatar image. */
  photo?: string;
  /** The user's ID in an external (third-party) system. */
  externalId?: string;
  /** The user's date of birth. */
  birthdate?: string;
  /** Country the user lives in. */
  country?: string;
  /** Province or state the user lives in. */
  province?: string;
  /** City the user lives in. */
  city?: string;
  /** The user's address. */
  address?: string;
  /** Street part of the user's address. */
  streetAddress?: string;
  /** Postal code of the user's address. */
  postalCode?: string;
  /**
   * The user's gender: `M` male, `F` female, `U` unknown.
   */
  gender?: "M" | "F" | "U";
  /** The user's username; no two users in a user pool may share one. */
  username?: string;
  /** Company the user works for. */
  company?: string;
  /** Values for custom user fields; every key must already be defined as a custom field of the user pool. */
  customData?: unknown;
  /** The user's national ID card number. */
  identityNumber?: string;
};

/**
 * The data resources a data policy grants one user within one permission space.
 */
export type UserAuthResourceListDto = {
  /** ID of the user the data policy grants access to. */
  userId: string;
  /** Code of the permission space the data policy applies in. */
  namespaceCode: string;
  /** Every data-policy resource the user has in that permission space. */
  resourceList?: OpenResource[];
};

/**
 * Envelope answering `getDepartmentList`.
 */
export type UserDepartmentPaginatedRespDto = GenAuthEnvelope & {
  /** One page of the current user's departments, with the total count. */
  data: UserDepartmentPagingDto;
};

/**
 * One page of departments plus the total number of matches.
 */
export type UserDepartmentPagingDto = {
  /** How many departments match in all, across every page. */
  totalCount: number;
  /** The departments on this page. */
  list: UserDepartmentRespDto[];
};

/**
 * A department the current user belongs to, with the user's role in it.
 */
export type UserDepartmentRespDto = {
  /** Code of the organization the department is part of. */
  organizationCode: string;
  /** The department's ID. */
  departmentId: string;
  /** True if this is the organization's root department. */
  isRoot: boolean;
  /** When the department was created. */
  createdAt: string;
  /** The department's name. */
  name: string;
  /** Free-text description of the department. */
  description: string;
  /** A custom ID given to the department. */
  openDepartmentId?: string;
  /** True if the user leads this department. */
  isLeader: boolean;
  /** The department's identifying code. */
  code: string;
  /** True if this is the user's main department. */
  isMainDepartment: boolean;
  /** When the user joined the department. */
  joinedAt: string;
  /** True if the department is a virtual one. */
  isVirtualNode: boolean;
  /** Names of the department in other languages. */
  i18n?: DepartmentI18nDto;
  /** Values of the department's extended (custom) fields. */
  customData?: unknown;
  /** IDs of the departments from the top of the tree down to this one. */
  departmentIdPath?: string[];
  /** Codes of the departments from the top of the tree down to this one. */
  departmentCodePath?: string[];
  /** Names of the departments from the top of the tree down to this one. */
  departmentNamePath?: string[];
};

/**
 * A user's account and profile as GenAuth stores it.
 */
export type UserDto = {
  /** The user's unique identifier (by default, the user ID). */
  userId: string;
  /** When the account was created. */
  createdAt: string;
  /** When the account was last changed. */
  updatedAt: string;
  /**
   * State of the account: `Suspended`, `Resigned`, `Activated`, `Archived` or `Deactivated`.
   */
  status: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  /**
   * Employment state of the account: `Active` or `Closed`.
   */
  workStatus: "Closed" | "Active";
  /** The user's ID in an external (third-party) system. */
  externalId?: string;
  /** The user's email address; letter case does not matter. */
  email?: string;
  /** The user's phone number, without the country calling code (that is in `phoneCountryCode`). */
  phone?: string;
  /** Country calling code of `phone`, such as `+86`; may be absent for mainland China numbers. */
  phoneCountryCode?: string;
  /** The user's username; no two users in a user pool share one. */
  username?: string;
  /** The user's real name; other users may have the same one. */
  name?: string;
  /** The user's nickname. */
  nickname?: string;
  /** Address (URL) of the user's avatar image. */
  photo?: string;
  /** How many times the user has signed in, in total. */
  loginsCount?: number;
  /** When the user last signed in. */
  lastLogin?: string;
  /** IP address of the user's last sign-in. */
  lastIp?: string;
  /**
   * The user's gender: `M` male, `F` female, `U` unknown.
   */
  gender: "M" | "F" | "U";
  /** True once the email address has been verified. */
  emailVerified: boolean;
  /** True once the phone number has been verified. */
  phoneVerified: boolean;
  /** When the user's password was last changed. */
  passwordLastSetAt?: string;
  /** The user's date of birth. */
  birthdate?: string;
  /** Country the user lives in. */
  country?: string;
  /** Province or state the user lives in. */
  province?: string;
  /** City the user lives in. */
  city?: string;
  /** The user's address. */
  address?: string;
  /** Street part of the user's address. */
  streetAddress?: string;
  /** Postal code of the user's address. */
  postalCode?: string;
  /** Company the user works for. */
  company?: string;
  /** User agent of the browser used for the last sign-in. */
  browser?: string;
  /** Device used for the last sign-in. */
  device?: string;
  /** The user's given (first) name. */
  givenName?: string;
  /** The user's family (last) name. */
  familyName?: string;
  /** The user's middle name. */
  middleName?: string;
  /** The user's profile (the OIDC `profile` claim). */
  profile?: string;
  /** The name the user prefers to be called by. */
  preferredUsername?: string;
  /** Address of the user's personal web page. */
  website?: string;
  /** The user's time zone. */
  zoneinfo?: string;
  /** The user's locale (language and region). */
  locale?: string;
  /** The user's full address, formatted for display. */
  formatted?: string;
  /** The user's region. */
  region?: string;
  /**
   * How the account came to exist: `excel` (imported from a spreadsheet), `register` (signed up), `adminCreated` (created by an administrator) or `sync` (synchronized from elsewhere).
   */
  userSourceType: "excel" | "register" | "adminCreated" | "sync";
  /** ID of the application (for sign-ups) or of the synchronization task (for synced users) the account came from. */
  userSourceId?: string;
  /** ID of the application the user last signed in to. */
  lastLoginApp?: string;
  /** ID of the user's main department. */
  mainDepartmentId?: string;
  /** When the user last passed multi-factor authentication. */
  lastMfaTime?: string;
  /** Strength level of the user's password. */
  passwordSecurityLevel?: number;
  /** True if the user must change their password at the next sign-in. */
  resetPasswordOnNextLogin?: boolean;
  /** How the user registered. */
  registerSource?: string[];
  /** IDs of the departments the user belongs to. */
  departmentIds?: string[];
  /** The external identity sources linked to the user. */
  identities?: IdentityDto[];
  /** The user's national ID card number. */
  identityNumber?: string;
  /** Values of the user's extended (custom) fields. */
  customData?: unknown;
  /** Values of the user's extended fields defined on data objects. */
  metadataSource?: unknown;
  /** IDs linked to the user, documented as department IDs (the field name suggests positions, or "posts"). */
  postIdList?: string[];
  /** When the account's `status` last changed. */
  statusChangedAt?: string;
  /** ID of the user's tenant. */
  tenantId?: string;
  /** When the user registered. */
  signedUp?: string;
};

/**
 * Public details of a user pool.
 */
export type UserPoolPublicConfigDto = {
  /** The user pool's name. */
  name?: string;
  /** The user pool's logo image. */
  logo?: string;
  /** Free-text description of the user pool. */
  description?: string;
};

/**
 * Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`.
 */
export type UserSingleRespDto = GenAuthEnvelope & {
  /** The user's account and profile. */
  data: UserDto;
};

/**
 * A tenant the user belongs to.
 */
export type UserTenantListDto = {
  /** The tenant's ID. */
  tenantId: string;
  /** The tenant's name. */
  tenantName: string;
  /** When the user joined the tenant. */
  joinAt: string;
};

/**
 * A password to check against a user identified by phone, email or username.
 */
export type ValidatePasswordDto = {
  /** The user's phone number, without the country calling code (that goes in `phoneCountryCode`). */
  phone?: string;
  /** The user's email address; letter case does not matter. */
  email?: string;
  /** The user's username; unique within the user pool. */
  username?: string;
  /** Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
  /** The password to check; sent as plain text over HTTPS unless `passwordEncryptType` selects RSA256 or SM2 encryption. */
  password?: string;
  /**
   * How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Envelope answering `validatePassword`.
 */
export type ValidatePasswordRespDto = GenAuthEnvelope & {
  /** Whether the password matched. */
  data: ValidatePasswordResultDto;
};

/**
 * Outcome of a password check.
 */
export type ValidatePasswordResultDto = {
  /** True if the password is the user's password. */
  valid: boolean;
};

/**
 * Completes a WebAuthn sign-in by submitting the authenticator's assertion.
 */
export type VerifyAuthenticationDto = {
  /** The ticket returned by `initAuthenticationOptions`. */
  ticket: string;
  /** The assertion the authenticator produced. */
  authenticationCredential: AuthenticationCredentialDto;
  /** Optional sign-in settings. */
  options?: SignInByWebAuthnOptionsDto;
};

/**
 * Outcome of a WebAuthn sign-in, with tokens when it succeeded.
 */
export type VerifyAuthenticationResultDto = {
  /** True if GenAuth accepted the authenticator's assertion. */
  verified: boolean;
  /** The issued tokens; present only when `verified` is true. */
  tokenSet?: LoginTokenResponseDataDto;
};

/**
 * Envelope answering `verifyAuthentication`.
 */
export type VerifyAuthenticationResultRespDto = GenAuthEnvelope & {
  /** Whether the assertion was accepted and, if so, the tokens. */
  data: VerifyAuthenticationResultDto;
};

/**
 * A short-lived token that allows deleting the account.
 */
export type VerifyDeleteAccountRequestDataDto = {
  /** Token to pass to `deleteAccount`. */
  deleteAccountToken: string;
  /** How long the token stays valid, in seconds (60 by default). */
  tokenExpiresIn: number;
};

/**
 * Proves the user's identity before deleting their account.
 */
export type VerifyDeleteAccountRequestDto = {
  /**
   * How the user proves their identity: `PHONE_PASSCODE`, `EMAIL_PASSCODE` or `PASSWORD`; fill the matching payload.
   */
  verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";
  /** Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
  phonePassCodePayload?: DeleteAccountByPhonePassCodeDto;
  /** Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
  emailPassCodePayload?: DeleteAccountByEmailPassCodeDto;
  /** The user's password; used when `verifyMethod` is `PASSWORD`. */
  passwordPayload?: DeleteAccountByPasswordDto;
};

/**
 * Envelope answering `verifyDeleteAccountRequest`.
 */
export type VerifyDeleteAccountRequestRespDto = GenAuthEnvelope & {
  /** The account deletion token and its lifetime. */
  data: VerifyDeleteAccountRequestDataDto;
};

/**
 * A code an invitee received, to be checked before they register.
 */
export type VerifyInviteCodeDto = {
  /**
   * Where the code was sent: `smsCode` (by SMS) or `emailCode` (by email).
   */
  receiverType: "smsCode" | "emailCode";
  /** The code the invitee received. */
  code: string;
  /** The token identifying the invitation to register. */
  token: string;
};

/**
 * Completes registering a WebAuthn authenticator by submitting the credential it created.
 */
export type VerifyRegistrationDto = {
  /** The ticket returned by `initRegisterOptions`. */
  ticket: string;
  /** The credential the authenticator created, to bind to the user. */
  registrationCredential: RegistrationCredentialDto;
  /**
   * Kind of authenticator: `fingerprint`, `face` or `other`.
   */
  authenticatorCode?: "fingerprint" | "face" | "other";
};

/**
 * Outcome of registering a WebAuthn authenticator.
 */
export type VerifyRegistrationResultDto = {
  /** True if GenAuth accepted the authenticator's registration. */
  verified: boolean;
};

/**
 * Envelope answering `verifyRegister`.
 */
export type VerifyRegistrationResultRespDto = GenAuthEnvelope & {
  /** Whether the registration was accepted. */
  data: VerifyRegistrationResultDto;
};

/**
 * Proves the user's identity to start a forgotten-password reset.
 */
export type VerifyResetPasswordRequestDto = {
  /**
   * How the user proves their identity: `EMAIL_PASSCODE` or `PHONE_PASSCODE`; fill the matching payload.
   */
  verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE";
  /** Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
  phonePassCodePayload?: ResetPasswordByPhonePassCodeDto;
  /** Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
  emailPassCodePayload?: ResetPasswordByEmailPassCodeDto;
};

/**
 * A short-lived token that allows changing the email address.
 */
export type VerifyUpdateEmailRequestData = {
  /** Token to pass to `updateEmail`. */
  updateEmailToken: string;
  /** How long the token stays valid, in seconds (60). */
  tokenExpiresIn: number;
};

/**
 * Proves ownership of the addresses involved before changing the email.
 */
export type VerifyUpdateEmailRequestDto = {
  /** The new address and its passcode, plus the old ones when the user pool requires them. */
  emailPassCodePayload: UpdateEmailByEmailPassCodeDto;
  /**
   * How ownership is proved; only `EMAIL_PASSCODE` is supported.
   */
  verifyMethod: "EMAIL_PASSCODE";
};

/**
 * Envelope answering `verifyUpdateEmailRequest`.
 */
export type VerifyUpdateEmailRequestRespDto = GenAuthEnvelope & {
  /** The email change token and its lifetime. */
  data: VerifyUpdateEmailRequestData;
};

/**
 * A short-lived token that allows changing the phone number.
 */
export type VerifyUpdatePhoneRequestData = {
  /** Token to pass to `updatePhone`. */
  updatePhoneToken: string;
  /** How long the token stays valid, in seconds. */
  tokenExpiresIn: number;
};

/**
 * Proves ownership of the numbers involved before changing the phone number.
 */
export type VerifyUpdatePhoneRequestDto = {
  /** The new number and its passcode, plus the old ones when the user pool requires them. */
  phonePassCodePayload: UpdatePhoneByPhonePassCodeDto;
  /**
   * How ownership is proved; only `PHONE_PASSCODE` is supported.
   */
  verifyMethod: "PHONE_PASSCODE";
};

/**
 * Envelope answering `verifyUpdatePhoneRequest`.
 */
export type VerifyUpdatePhoneRequestRespDto = GenAuthEnvelope & {
  /** The phone change token and its lifetime. */
  data: VerifyUpdatePhoneRequestData;
};

/**
 * Envelope answering `checkValidCredentialsByCredIds`.
 */
export type WebAuthnCheckValidCredentialsByCredIdsRespDto = GenAuthEnvelope & {
  /** The credentials among those asked about that are still valid; GenAuth does not document the item shape. */
  data: unknown[];
};

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type WebAuthnRemoveCredentialDto = {
  [key: string]: unknown;
};

/**
 * Tokens issued after a WeChat mobile sign-in step completes.
 */
export type WechatLoginTokenRespDto = {
  /** The scopes that were requested at sign-in. */
  scope?: string;
  /** Short-lived token for calling protected APIs. */
  access_token?: string;
  /** Token asserting who the user is; decoding it yields the user's details. */
  id_token?: string;
  /** Token for getting a new access token when the current one expires. */
  refresh_token?: string;
  /** Kind of token issued (for example `Bearer`). */
  token_type: string;
  /** How long the access token stays valid, in seconds. */
  expire_in: number;
};

/**
 * Signs in with the code WeChat returned to a mobile app.
 */
export type WechatMobileAuthByCodeIdentityInput = {
  /** Authorization code WeChat returned once the user authorized the app. */
  code: string;
  /** ID of the GenAuth application. */
  appId?: string;
  /** ID of the identity source connection. */
  connId?: string;
  /** Optional sign-in settings. */
  options?: SignInOptionsDto;
};
