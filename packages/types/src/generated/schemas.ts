// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { components } from "./openapi.js";

/**
 * Claims of a decoded GenAuth access token (a JWT).
 */
export type AccessToken = {
  /** @description Unique ID of the token (its `jti` claim). */
  jti: string;
  /** @description ID of the user the token was issued to. */
  sub: string;
  /** @description When the token was issued, in Unix seconds. */
  iat: number;
  /** @description When the token stops being valid, in Unix seconds. */
  exp: number;
  /** @description Scopes granted to the token, separated by spaces. */
  scope: string;
  /** @description URL of the issuer that signed the token. */
  iss: string;
  /** @description ID of the application (client) the token was issued for. */
  aud: string;
};

/**
 * An application the signed-in user is allowed to open.
 */
export type AccessibleAppsDto = {
  /** @description ID of the application. */
  appId: string;
  /** @description Name of the application. */
  appName: string;
  /** @description Address of the application's sign-in page. */
  appLoginUrl: string;
  /** @description Logo of the application. */
  appLogo: string;
  /** @description Whether the user currently has a signed-in session in the application. */
  active: boolean;
};

/**
 * What a mobile app needs to start Alipay sign-in.
 */
export type AlipayAuthInfoDataDto = {
  /** @description The `authInfo` string to hand to the Alipay SDK to start sign-in. */
  authInfo: string;
};

/**
 * Request body for signing in with a quick sign-in QR code scanned in an app.
 */
export type AppQRCodeLoginDto = {
  /**
   * @description Always `APP_LOGIN`: the sign-in is made by scanning the code in an app.
   * @enum {string}
   */
  action: "APP_LOGIN";
  /** @description ID of the QR code that was scanned. */
  qrcodeId: string;
};

/**
 * A check that the value of an extended user field must pass.
 */
export type AppValidateRuleDto = {
  /**
   * @description Kind of check: none, a regular expression, a phone number, an email address or a number.
   * @enum {string}
   */
  type: "None" | "regExp" | "phone" | "email" | "isNumber";
  /**
   * @description What the check uses, such as the pattern of a `regExp` rule.
   * @enum {string}
   */
  content: "None" | "regExp" | "phone" | "email" | "isNumber";
  /** @description Message shown when the value fails the check. */
  errorMessage?: string;
  /** @description The error message in other languages. */
  i18n?: components["schemas"]["ErrMsgI18nDto"];
};

/**
 * The application an access request is about.
 */
export type ApplicationPermissionApplyApprovalObject = {
  /** @description ID of the requested application. */
  objectId: string;
  /** @description Name of the requested application. */
  objectName: string;
  /** @description Address of the requested application's logo. */
  logo: string;
};

/**
 * One approval request and where it stands.
 */
export type ApprovalDetailDto = {
  /** @description ID of the approval request. */
  approvalId: number;
  /** @description Number of the approval request, as shown to users. */
  number: string;
  /**
   * @description Where the request stands: waiting (`PENDING`), approved (`AGREED`) or refused (`REFUSED`).
   * @enum {string}
   */
  status: "PENDING" | "AGREED" | "REFUSED";
  /** @description When the request was submitted. */
  submitTime: string;
  /** @description When the request was approved or refused. */
  closedTime?: string;
  /**
   * @description What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
   * @enum {string}
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** @description The requested role or application; a single object despite the name. */
  approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
  /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: components["schemas"]["ExtraParams"];
};

/**
 * Answer of `getDetail`: one approval request.
 */
export type ApprovalDetailRes = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The approval request. */
  data: components["schemas"]["ApprovalDetailDto"];
};

/**
 * What the user is granted on an array data resource.
 */
export type ArrResourceAuthAction = {
  /** @description Values of the array resource the user is granted. */
  values?: string[];
  /** @description Actions the user may perform on those values. */
  actions?: string[];
};

/**
 * The part of a data policy that covers an array data resource.
 */
export type ArrayAuthorize = {
  /** @description Values of the array resource the policy covers. */
  values: string[];
  /** @description Actions the policy grants on those values. */
  actions: string[];
};

/**
 * A sign-in URL built by the SDK, with the values it put in it.
 */
export type AuthUrlResult = {
  /** @description Authorization URL to send the browser to for sign-in. */
  url: string;
  /** @description The `state` value carried by the URL; compare it with the one the callback returns. */
  state?: string;
  /** @description The `nonce` value carried by the URL; only set for OIDC. */
  nonce?: string;
};

/**
 * A WebAuthn credential as returned by the browser after the authenticator signed the challenge.
 */
export type AuthenticationCredentialDto = {
  /** @description ID of the credential, Base64URL-encoded. */
  id: string;
  /** @description ID of the credential as the browser reports it in `rawId`. */
  rawId: string;
  /** @description The authenticator's assertion: its data, the client data and the signature. */
  response: components["schemas"]["AuthenticatorAssertionResponseDto"];
  /** @description Type of the credential; always `public-key`. */
  type: string;
};

/**
 * What the browser needs to ask an authenticator to sign in with WebAuthn.
 */
export type AuthenticationOptionsDto = {
  /** @description Options to pass to the browser's WebAuthn API for the authenticator to sign. */
  authenticationOptions: components["schemas"]["PublicKeyCredentialRequestOptionsDto"];
  /** @description Ticket to send back together with the authenticator's signed answer when it is checked. */
  ticket: string;
};

/**
 * The part of a WebAuthn assertion produced by the authenticator and the browser.
 */
export type AuthenticatorAssertionResponseDto = {
  /** @description Data from the authenticator, such as whether the user was verified and the signature counter. */
  authenticatorData: string;
  /** @description JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
  clientDataJSON: string;
  /** @description Signature the authenticator made over its data and the client data. */
  signature: string;
  /** @description User handle: the user ID given to the authenticator when the credential was registered. */
  userHandle: string;
};

/**
 * The part of a new WebAuthn credential produced by the authenticator and the browser.
 */
export type AuthenticatorAttestationResponseDto = {
  /**
   * @description CBOR-encoded attestation: the new credential's public key and ID, a signature, the signature counter
   *     and more.
   */
  attestationObject: string;
  /** @description JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
  clientDataJSON: string;
};

/**
 * A resource the signed-in user is granted, with the actions and the policy effect.
 */
export type AuthorizedResourceDto = {
  /** @description Code that identifies the resource. */
  resourceCode: string;
  /** @description Description of the resource. */
  description?: string;
  /** @description Conditions of the policy under which the grant applies. */
  condition?: components["schemas"]["PolicyCondition"][];
  /**
   * @description Kind of resource: data, API, menu, button or UI.
   * @enum {string}
   */
  resourceType: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  /** @description Address of the API the resource stands for. */
  apiIdentifier: string;
  /** @description Actions the user is granted on the resource. */
  actions: string[];
  /**
   * @description Whether the policy allows (`ALLOW`) or denies (`DENY`) the actions.
   * @enum {string}
   */
  effect: "ALLOW" | "DENY";
};

/**
 * Answer of `getAuthorizedResources`: one page of the user's granted resources.
 */
export type AuthorizedResourcePaginatedRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The page of granted resources and the total count. */
  data: components["schemas"]["AuthorizedResourcePagingDto"];
};

/**
 * One page of the resources granted to the user.
 */
export type AuthorizedResourcePagingDto = {
  /** @description Number of granted resources across all pages. */
  totalCount: number;
  /** @description The granted resources on this page. */
  list: components["schemas"]["AuthorizedResourceDto"][];
};

/**
 * Request body for submitting several access requests of the same kind at once.
 */
export type BatchCreateApprovalReq = {
  /**
   * @description What is requested: access to applications (`APP_PERMISSION_APPLY`) or roles (`ROLE_PERMISSION_APPLY`).
   * @enum {string}
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** @description IDs of the requested roles or applications, according to `objectType`. */
  objectIds: string[];
  /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: components["schemas"]["ExtraParams"];
};

/**
 * Request body for linking the WeChat identity to an existing account given by its ID.
 */
export type BindByAccountIdInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
  /** @description ID of the account to link the WeChat identity to. */
  accountId: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by its password.
 */
export type BindByAccountInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
  /** @description Password of the account. */
  password: string;
  /** @description The account to link to: its phone number, email address or username. */
  account: string;
};

/**
 * Request body for picking one of several accounts that match the WeChat identity.
 */
export type BindByAccountsInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
  /** @description ID of the picked account. */
  account: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by an email code.
 */
export type BindByEmailCodeInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
  /** @description The 4- or 6-digit code sent to the email address. */
  code: string;
  /** @description Email address the code was sent to. */
  email: string;
};

/**
 * Request body for linking the WeChat identity to an account proven by a text-message code.
 */
export type BindByPhoneCodeInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
  /** @description The 4- or 6-digit code sent to the phone. */
  code: string;
  /** @description Phone number the code was sent to. */
  phone: string;
  /** @description Country calling code in the form `+86`; older forms such as `86`, `086` or `0086` are still accepted. */
  phoneCountryCode?: string;
};

/**
 * Request body for creating a new user from the WeChat identity.
 */
export type BindByRegiserInputApi = {
  /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
  key: string;
  /** @description Code of the action this step performs. */
  action: string;
};

/**
 * Request body for adding an email address to the signed-in user.
 */
export type BindEmailDto = {
  /** @description Code sent to the email address; it works once and expires. */
  passCode: string;
  /** @description Email address to add; letter case does not matter. */
  email: string;
};

/**
 * Request body for adding a phone number to the signed-in user.
 */
export type BindPhoneDto = {
  /** @description Code sent by text message to the number; it works once and expires. */
  passCode: string;
  /** @description Phone number without its country calling code, which goes in `phoneCountryCode`. */
  phoneNumber: string;
  /**
   * @description Country calling code of the number; may be left out for mainland China. Other countries need
   *     international text messages set up in the console.
   */
  phoneCountryCode?: string;
};

/**
 * A failed CAS 2.0 ticket validation (`serviceValidate`).
 */
export type Cas20ValidationFailureResult = {
  /** @description Why the ticket validation failed. */
  authenticationFailure: {
    /** @description Machine-readable reason the ticket was rejected, such as `INVALID_TICKET`. */
    code: string;
    /** @description Human-readable explanation of the failure. */
    description: string;
  };
};

/**
 * A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes.
 */
export type Cas20ValidationSuccessResult = {
  /** @description Body of the CAS validation answer. */
  serviceResponse: {
    /** @description Present when the ticket is valid: the user and their attributes. */
    authenticationSuccess: {
      /** @description Login name of the user the ticket was issued for. */
      user: string;
      /** @description The user's profile, as claims named like the OIDC standard ones. */
      attributes: {
        /** @description When the user's profile was last updated. */
        updated_at: string;
        /** @description The user's postal address. */
        address: {
          /** @description Country. */
          country: string;
          /** @description Postal code. */
          postal_code: string;
          /** @description Region or province. */
          region: string;
          /** @description The whole address, formatted for display. */
          formatted: string;
        };
        /** @description Whether the phone number has been verified. */
        phone_number_verified: boolean;
        /** @description Phone number of the user. */
        phone_number: string;
        /** @description The user's locale. */
        locale: string;
        /** @description The user's time zone. */
        zoneinfo: string;
        /** @description Date of birth. */
        birthdate: string;
        /** @description Gender: `M`, `F` or `U` (unknown). */
        gender: string;
        /** @description Whether the email address has been verified. */
        email_verified: boolean;
        /** @description Email address of the user. */
        email: string;
        /** @description Address of the user's website. */
        website: string;
        /** @description Address of the user's avatar image. */
        picture: string;
        /** @description Address of the user's profile page. */
        profile: string;
        /** @description Name the user prefers to be called by. */
        preferred_username: string;
        /** @description Nickname of the user. */
        nickname: string;
        /** @description Middle name. */
        middle_name: string;
        /** @description Family name (surname). */
        family_name: string;
        /** @description Given name (first name). */
        given_name: string;
        /** @description Full name of the user. */
        name: string;
        /** @description ID of the user. */
        sub: string;
        /** @description ID of the user in an external system. */
        external_id: string;
        /** @description Union ID of the user's external (for example WeChat) identity. */
        unionid: string;
      };
    };
  };
};

/**
 * Options for building a CAS sign-in URL.
 */
export type CasParams = {
  /** @description URL of the CAS service (the callback) the ticket is issued for. */
  service?: string;
};

/**
 * Request body for confirming or cancelling a push sign-in request.
 */
export type ChangePushCodeStatusDto = {
  /** @description ID of the push sign-in request. */
  pushCodeId: string;
  /**
   * @description What to do with the request: confirm the sign-in (`CONFIRM`) or cancel it (`CANCEL`).
   * @enum {string}
   */
  action: "CONFIRM" | "CANCEL";
};

/**
 * Request body for reporting what the app did with a sign-in QR code.
 */
export type ChangeQRCodeStatusDto = {
  /** @description ID of the QR code. */
  qrcodeId: string;
  /**
   * @description What happened: the code was scanned (`SCAN`), the sign-in confirmed (`CONFIRM`) or cancelled (`CANCEL`).
   * @enum {string}
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
  /** @description Paths of the array resources to check. */
  resources: string[];
  /** @description Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Request body for checking the user's permission on string data resources.
 */
export type CheckPermissionStringResourceDto = {
  /** @description Paths of the string resources to check. */
  resources: string[];
  /** @description Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Request body for checking the user's permission on tree data resources.
 */
export type CheckPermissionTreeResourceDto = {
  /** @description Paths of the tree resources to check. */
  resources: string[];
  /** @description Action to check, such as `read`, `get` or `write`. */
  action: string;
};

/**
 * Where a push sign-in request stands, and the tokens once it is authorized.
 */
export type CheckPushCodeStatusDataDto = {
  /**
   * @description State of the request: pushed, authorized, cancelled, expired or failed (`ERROR`).
   * @enum {string}
   */
  status: "PUSHED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
  /** @description Tokens of the signed-in user; only present when `status` is `AUTHORIZED`. */
  tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
};

/**
 * Answer of `checkPushCodeStatus`: where the push sign-in request stands.
 */
export type CheckPushCodeStatusRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description State of the push request. */
  data: components["schemas"]["CheckPushCodeStatusDataDto"];
};

/**
 * Where a sign-in QR code stands, with what the web page needs at each step.
 */
export type CheckQRCodeStatusDataDto = {
  /**
   * @description State of the code: waiting to be scanned (`PENDING`), scanned, authorized, cancelled, expired or
   *     failed (`ERROR`).
   * @enum {string}
   */
  status: "PENDING" | "SCANNED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
  /** @description Present once `AUTHORIZED` unless web polling returns full user information; exchange it for the tokens. */
  ticket?: string;
  /** @description Display name and avatar of the user who scanned; present once scanned, authorized or cancelled. */
  briefUserInfo?: components["schemas"]["QRCodeStatusBriefUserInfoDto"];
  /**
   * @description Tokens of the signed-in user; only when `AUTHORIZED` and web polling returns full user information
   *     (off by default).
   */
  tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
};

/**
 * Answer of the QR code state checks: where the sign-in QR code stands.
 */
export type CheckQRCodeStatusRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description State of the QR code. */
  data: components["schemas"]["CheckQRCodeStatusDataDto"];
};

/**
 * Results of checking the user's permission on several data resources.
 */
export type CheckResourcePermissionDataDto = {
  /** @description One result per resource checked. */
  checkResultList: components["schemas"]["CheckResourcePermissionRespDto"][];
};

/**
 * Whether the user may perform an action on one data resource.
 */
export type CheckResourcePermissionRespDto = {
  /** @description Code of the permission space the check ran in. */
  namespaceCode: string;
  /** @description Action that was checked. */
  action: string;
  /** @description Path of the resource that was checked. */
  resource: string;
  /** @description `true` when the user may perform the action on the resource in that permission space. */
  enabled: boolean;
};

/**
 * Answer of the `checkPermissionBy*Resource` methods: one result per resource.
 */
export type CheckResourcePermissionsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The check results. */
  data: components["schemas"]["CheckResourcePermissionDataDto"];
};

/**
 * GenAuth's envelope without `data`, for operations that only report success or failure.
 */
export type CommonResponseDto = components["schemas"]["GenAuthEnvelope"];

/**
 * A country, with its codes, calling code, flag and names.
 */
export type CountryDetailInfo = {
  /** @description Two-letter ISO 3166 code of the country. */
  alpha2: string;
  /** @description Three-letter ISO 3166 code of the country. */
  alpha3: string;
  /** @description International dialling prefix of the country. */
  phoneCountryCode: string;
  /** @description Flag icon of the country. */
  flag: string;
  /** @description Name of the country in several languages (currently Chinese and English). */
  name: components["schemas"]["LangObject"];
};

/**
 * The approval request that was just created.
 */
export type CreateApprovalDto = {
  /** @description ID of the new approval request. */
  approvalId: number;
  /** @description Number of the new approval request; `getDetail` reads it back by this number. */
  number: string;
};

/**
 * Request body for submitting one access request.
 */
export type CreateApprovalReq = {
  /**
   * @description What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
   * @enum {string}
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** @description ID of the requested role or application, according to `objectType`. */
  objectId: string;
  /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
  extraParams?: components["schemas"]["ExtraParams"];
};

/**
 * Envelope answering `createApproval`.
 */
export type CreateApprovalRes = components["schemas"]["GenAuthEnvelope"] & {
  /** @description ID and number of the approval that was created. */
  data: components["schemas"]["CreateApprovalDto"];
};

/**
 * Translations of a custom field's display name.
 */
export type CustomFieldI18n = {
  /** @description The display name in each supported language. */
  label: components["schemas"]["LangObject"];
};

/**
 * What a Douyin mini program sends to have its encrypted open data decrypted.
 */
export type DecryptDouyinMiniProgramDataDto = {
  /** @description Login code the mini program got from Douyin's `tt.login`. */
  code: string;
  /** @description Decryption IV that Douyin returned along with the encrypted data. */
  iv: string;
  /** @description The `encryptedData` string from Douyin's open data API. */
  encryptedData: string;
  /** @description Identifier of the Douyin mini program connection (external identity source) to use. */
  extIdpConnidentifier: string;
};

/**
 * Envelope answering `decryptDouyinMiniProgramData`.
 */
export type DecryptDouyinMiniProgramDataRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The decrypted open data. */
  data: unknown;
};

/**
 * What a WeChat mini program sends to have its encrypted open data decrypted.
 */
export type DecryptWechatMiniProgramDataDto = {
  /** @description Login code the mini program got from WeChat's `wx.login`. */
  code: string;
  /** @description Decryption IV that WeChat returned along with the encrypted data. */
  iv: string;
  /** @description The `encryptedData` string from WeChat's open data API. */
  encryptedData: string;
  /** @description Identifier of the WeChat mini program connection (external identity source) to use. */
  extIdpConnidentifier: string;
};

/**
 * Envelope answering `decryptWechatMiniProgramData`.
 */
export type DecryptWechatMiniProgramDataRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The decrypted open data. */
  data: unknown;
};

/**
 * The token that authorizes deleting the user's account.
 */
export type DeleteAccounDto = {
  /** @description Account-deletion token returned by `verifyDeleteAccountRequest`. */
  deleteAccountToken: string;
};

/**
 * Proves the right to delete the account with a code sent by email.
 */
export type DeleteAccountByEmailPassCodeDto = {
  /** @description The account's email address; letter case does not matter. */
  email?: string;
  /** @description One-time code sent to that email (send it first with `sendEmail`); by default it expires after 5 minutes. */
  passCode: string;
};

/**
 * Proves the right to delete the account with the user's password.
 */
export type DeleteAccountByPasswordDto = {
  /** @description The user's current password. */
  password: string;
  /**
   * @description "How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`."
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Proves the right to delete the account with a code sent by SMS.
 */
export type DeleteAccountByPhonePassCodeDto = {
  /** @description The account's phone number without the country code (send that in `phoneCountryCode`). */
  phoneNumber: string;
  /** @description One-time SMS code (send it first with `sendSms`); it expires after one minute. */
  passCode: string;
  /** @description Country calling code of `phoneNumber`, e.g. `+86`. */
  phoneCountryCode?: string;
};

/**
 * Translations of a department's name.
 */
export type DepartmentI18nDto = {
  /** @description The department name in each supported language. */
  name: components["schemas"]["LangObject"];
};

/**
 * A device as GenAuth records it.
 */
export type DeviceInfo = {
  /** @description ID that uniquely identifies the device. */
  deviceId: string;
  /** @description Name of the device. */
  name?: string;
  /** @description Version of the device's operating system. */
  version?: string;
  /**
   * @description Kind of device.
   * @enum {string}
   */
  type: "Browser" | "Mobile" | "Desktop";
  /** @description Model of the device. */
  mod?: string;
  /** @description Operating system the device runs. */
  os?: string;
  /**
   * @description State of the device.
   * @enum {string}
   */
  status?: "activated" | "suspended" | "deactivated";
  /** @description User-Agent string the device sent. */
  userAgent?: string;
};

/**
 * An application the user may request permissions in.
 */
export type EnablePermissionApplyApplication = {
  /** @description ID of the application. */
  appId: string;
  /** @description Name of the application. */
  appName: string;
  /** @description URL of the application's logo. */
  logo: string;
  /**
   * @description Kind of application.
   * @enum {string}
   */
  appType: "web" | "spa" | "native" | "api" | "mfa" | "mini-program" | "gateway-app" | "gateway-agent";
  /** @description Template the integrated application was created from, if any. */
  template?: string;
};

/**
 * The applications the user may request permissions in.
 */
export type EnablePermissionApplyApplicationList = {
  /** @description One entry per application. */
  list: components["schemas"]["EnablePermissionApplyApplication"][];
};

/**
 * Envelope answering `getEnablePermissionApplyApplicationList`.
 */
export type EnablePermissionApplyApplicationListRes = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The applications that accept permission requests. */
  data: components["schemas"]["EnablePermissionApplyApplicationList"];
};

/**
 * A role of an application that the user may request.
 */
export type EnablePermissionApplyRole = {
  /** @description ID of the role. */
  roleId: string;
  /** @description Code of the role, unique within its application. */
  code: string;
  /** @description Name of the role in the application. */
  name: string;
  /** @description Free-text description of the role. */
  description?: string;
};

/**
 * Envelope answering `getEnablePermissionApplyRoleList`.
 */
export type EnablePermissionApplyRoleListRes = components["schemas"]["GenAuthEnvelope"] & {
  /** @description One page of requestable roles. */
  data: components["schemas"]["EnablePermissionApplyRolePageList"];
};

/**
 * One page of roles the user may request.
 */
export type EnablePermissionApplyRolePageList = {
  /** @description The roles on this page. */
  list: components["schemas"]["EnablePermissionApplyRole"][];
  /** @description How many roles match in all, across every page. */
  totalCount: number;
};

/**
 * The enrollment token and proof that finish binding an MFA factor.
 */
export type EnrollFactorDto = {
  /** @description The proof the chosen factor needs to finish binding. */
  enrollmentData: components["schemas"]["EnrollFactorEnrollmentDataDto"];
  /** @description The `enrollmentToken` from `sendEnrollFactorRequest`; it is valid for one minute. */
  enrollmentToken: string;
  /**
   * @description Kind of MFA factor being bound.
   * @enum {string}
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * Proof supplied when binding an MFA factor; which field is needed depends on the factor.
 */
export type EnrollFactorEnrollmentDataDto = {
  /** @description The code received by SMS or email, or shown by the OTP app; needed for SMS, EMAIL and OTP factors. */
  passCode?: string;
  /** @description URL of the face photo; needed for a FACE factor. */
  photo?: string;
  /** @description Whether `photo` points outside GenAuth; needed for a FACE factor. */
  isExternalPhoto?: boolean;
};

/**
 * Envelope answering `enrollFactor`.
 */
export type EnrollFactorRespDto = components["schemas"]["GenAuthEnvelope"];

/**
 * Translations of an error message.
 */
export type ErrMsgI18nDto = {
  /** @description The error message in each supported language. */
  errorMessage?: components["schemas"]["LangUnit"];
};

/**
 * A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
 */
export type ExchangeTokenSetWithQRcodeTicketDto = {
  /** @description Ticket reported by the QR code status check once the scan is authorized (when the full user info is not returned there); trade it here for tokens. */
  ticket: string;
  /** @description The application's ID; send it when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** @description The application's secret; send it when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * A connection of an external identity source that the application offers for sign-in.
 */
export type ExtIdpInfoDto = {
  /** @description Identifier of the connection, unique across connections. */
  identifier: string;
  /** @description ID of the identity source the connection belongs to. */
  extIdpId: string;
  /**
   * @description Provider or protocol of the identity source.
   * @enum {string}
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
   * @description Whether it is a social or an enterprise identity source.
   * @enum {string}
   */
  extIdpType: "social" | "enterprise";
  /** @description URL that starts authentication with this connection. */
  bindUrl: string;
  /** @description Name of the identity source as shown to users. */
  name: string;
  /** @description English name of the identity source as shown to users. */
  name_en?: string;
  /** @description Free-text description. */
  desc?: string;
  /** @description Free-text description in English. */
  desc_en?: string;
  /** @description URL of the identity source's icon. */
  logo?: string;
};

/**
 * An extended user field shown on the sign-up information-completion form.
 */
export type ExtendsFieldDto = {
  /**
   * @description Whether the field is a user-defined field or a built-in one.
   * @enum {string}
   */
  type: "user" | "internal";
  /** @description ID of the field; set for user and metadata fields. */
  id: string;
  /** @description Key of the field. */
  name: string;
  /** @description Label shown for the field. */
  label: string;
  /** @description Whether the field is displayed. */
  show: boolean;
  /** @description Whether the user may change the value. */
  allowRewrite: boolean;
  /**
   * @description Data type of the field, as set in the extended field configuration.
   * @enum {string}
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
  /** @description Whether a value must be given. */
  required?: boolean;
  /** @description Rules a value must pass. */
  validateRules?: components["schemas"]["AppValidateRuleDto"];
  /**
   * @description Whether the field is preset or was added by hand.
   * @enum {string}
   */
  source: "preset" | "manual_add";
  /** @description The label in each supported language. */
  i18n?: components["schemas"]["CustomFieldI18n"];
};

/**
 * When a subject's role membership starts and ends.
 */
export type ExtraParams = {
  /** @description When the membership ends, in milliseconds since the Unix epoch; `null` means it never expires. */
  endTime?: number;
  /** @description When the membership starts, in milliseconds since the Unix epoch; `null` means at once. */
  enableTime?: number;
};

/**
 * An MFA factor the user has bound.
 */
export type FactorDto = {
  /** @description ID of the bound factor. */
  factorId: string;
  /**
   * @description Kind of MFA factor.
   * @enum {string}
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
  /** @description Details of the factor, such as the phone number or email it uses. */
  profile: unknown;
};

/**
 * Where a new MFA factor sends its codes; which field is needed depends on the factor.
 */
export type FactorProfile = {
  /** @description Phone number for an SMS factor (required for SMS); one request per number per minute. */
  phoneNumber?: string;
  /** @description Country calling code for a phone number outside mainland China, for the SMS factor; `+86` when omitted. */
  phoneCountryCode?: string;
  /** @description Email address for an EMAIL factor (required for EMAIL); one request per address per minute. */
  email?: string;
};

/**
 * An MFA factor kind the user can still bind.
 */
export type FactorToEnrollDto = {
  /**
   * @description Kind of MFA factor.
   * @enum {string}
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * An application that a quick sign-in QR code can sign the user in to.
 */
export type FastpassQRCodeRelationAppDto = {
  /** @description ID of the application. */
  id: string;
  /** @description Name of the application. */
  name: string;
  /** @description URL of the application's logo. */
  logo?: string;
};

/**
 * Who a quick sign-in QR code belongs to, as shown to the scanner.
 */
export type FastpassUserInfoDto = {
  /** @description ID of the user. */
  id: string;
  /** @description Name shown for the user. */
  displayName: string;
  /** @description URL of the user's avatar. */
  photo: string;
};

/**
 * The ticket and authenticator assertion that finish a WebAuthn sign-in.
 */
export type FinalizeWebAuthnLoginDto = {
  /** @description Ticket that came back with the WebAuthn authentication options. */
  ticket: string;
  /** @description The assertion the authenticator produced. */
  credential: components["schemas"]["AuthenticationCredentialDto"];
  /** @description Extra sign-in options. */
  options?: components["schemas"]["SignInByWebAuthnOptionsDto"];
};

/**
 * An envelope whose `data` GenAuth does not document; it may hold any JSON value.
 */
export type GenAuthDataEnvelope = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The result, when the call succeeded. */
  data?: unknown;
};

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = {
  /** @description Business status code. 200 is success; anything else is a failure or a further step. */
  statusCode: number;
  /** @description Human-readable outcome. */
  message: string;
  /** @description Finer business error code; present only on failures that have one. */
  apiCode?: number;
  /** @description Identifier of the request, for support; always present on failures. */
  requestId?: string;
};

/**
 * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
 * and there is no `data`.
 */
export type GenAuthErrorEnvelope = components["schemas"]["GenAuthEnvelope"] & {
  /** @description GenAuth’s code for the failure or the further step; never 200. */
  statusCode?: unknown;
};

/**
 * Data to encode in a quick sign-in QR code.
 */
export type GeneFastpassQRCodeInfoDto = {
  /** @description What the QR code is for. */
  scene: string;
  /** @description ID of the QR code; pass it when asking for the QR code's status. */
  qrcodeId: string;
  /** @description Base URL of the API the scanning app should call. */
  apiHost: string;
  /** @description The signed-in user who created the QR code. */
  user: components["schemas"]["FastpassUserInfoDto"];
  /** @description ID of the application the user was signed in to when creating the QR code. */
  appId: string;
  /** @description The user pool the QR code belongs to. */
  userpool: components["schemas"]["FastpassUserInfoDto"];
};

/**
 * Envelope answering `geneFastpassQrcodeInfo`.
 */
export type GeneFastpassQRCodeRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description What to put in the quick sign-in QR code. */
  data?: components["schemas"]["GeneFastpassQRCodeInfoDto"];
};

/**
 * A push sign-in request that was sent to the user's app.
 */
export type GenePushCodeDataDto = {
  /** @description ID of the push sign-in request; pass it when asking for its status. */
  pushCodeId: string;
  /** @description Seconds until the push request expires, e.g. 120. */
  expireTime: number;
};

/**
 * Envelope answering `signInByPush`.
 */
export type GenePushCodeRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The push sign-in request that was sent. */
  data: components["schemas"]["GenePushCodeDataDto"];
};

/**
 * A new sign-in QR code.
 */
export type GeneQRCodeDataDto = {
  /** @description ID of the QR code; pass it when asking for the QR code's status. */
  qrcodeId: string;
  /** @description URL of the QR code image, for the front end to display. */
  url: string;
  /** @description For mini program QR codes made with `autoMergeQrCode` false, the custom logo, which the front end may draw over the QR code. */
  customLogoUrl?: string;
};

/**
 * Envelope answering `geneQrCode`.
 */
export type GeneQRCodeRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The QR code that was created. */
  data: components["schemas"]["GeneQRCodeDataDto"];
};

/**
 * A link that binds an external identity to the user.
 */
export type GenerateBindExtIdpLinkDataDto = {
  /** @description URL the user opens to bind the external identity source. */
  url: string;
};

/**
 * Envelope answering `generateLinkExtIdpUrl`.
 */
export type GenerateBindExtIdpLinkRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The binding link. */
  data: components["schemas"]["GenerateBindExtIdpLinkDataDto"];
};

/**
 * An invitation link a member created.
 */
export type GenerateInvitationLinkDto = {
  /** @description URL of the invitation. */
  link: string;
};

/**
 * Envelope answering `generateUniversalInvitationByMember`.
 */
export type GenerateInvitationLinkRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The invitation link. */
  data: components["schemas"]["GenerateInvitationLinkDto"];
};

/**
 * A token for an invitee who opened an invitation link.
 */
export type GenerateInviteeTokenDto = {
  /** @description Token issued when the invitee opens the link; use it to read the invitee's details and to finish the invited sign-up. */
  token?: string;
  /** @description The invitation the token belongs to. */
  invitationContext?: components["schemas"]["InviteeContextDto"];
};

/**
 * Envelope answering `generateInviteToken`.
 */
export type GenerateInviteeTokenRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The invitee token and its invitation. */
  data: components["schemas"]["GenerateInviteeTokenDto"];
};

/**
 * What kind of sign-in QR code to create, and its options.
 */
export type GenerateQrcodeDto = {
  /**
   * @description Which app scans the QR code.
   * @enum {string}
   */
  type: "MOBILE_APP" | "WECHAT_MINIPROGRAM" | "WECHAT_OFFICIAL_ACCOUNT";
  /** @description For `WECHAT_MINIPROGRAM` and `WECHAT_OFFICIAL_ACCOUNT`, the identity source connection to use; the first enabled one when omitted. */
  extIdpConnId?: string;
  /** @description For `MOBILE_APP`, custom data written into the user's custom data once the scan is authorized. */
  customData?: unknown;
  /** @description For `WECHAT_OFFICIAL_ACCOUNT` and `WECHAT_MINIPROGRAM`, custom context handed to the pipeline. */
  context?: unknown;
  /** @description For `WECHAT_MINIPROGRAM`, whether the server draws the custom logo into the QR image; `false` by default, since merging is slower. */
  autoMergeQrCode?: boolean;
};

/**
 * Where an IP address is, as found by IP geolocation.
 */
export type GeoIp = {
  /** @description Coordinates of the address. */
  location: components["schemas"]["GeoIpLocation"];
  /** @description Name of the country. */
  country_name: string;
  /** @description Two-letter country code. */
  country_code2: string;
  /** @description Three-letter country code. */
  country_code3: string;
  /** @description Name of the region or province. */
  region_name: string;
  /** @description Code of the region or province. */
  region_code: string;
  /** @description Name of the city. */
  city_name: string;
  /** @description Code of the continent. */
  continent_code: string;
  /** @description Time zone of the location. */
  timezone: string;
};

/**
 * A point given by longitude and latitude.
 */
export type GeoIpLocation = {
  /** @description Longitude in degrees. */
  lon: number;
  /** @description Latitude in degrees. */
  lat: number;
};

/**
 * Envelope answering `getAccessibleApps`.
 */
export type GetAccessibleAppsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The applications the user may open. */
  data: components["schemas"]["AccessibleAppsDto"][];
};

/**
 * Envelope answering `getAlipayAuthInfo`.
 */
export type GetAlipayAuthInfoRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The Alipay `authInfo` the app needs to start Alipay sign-in. */
  data: components["schemas"]["AlipayAuthInfoDataDto"];
};

/**
 * Envelope answering `initAuthenticationOptions`.
 */
export type GetAuthenticationOptionsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The WebAuthn options for the authenticator, and the ticket that goes with them. */
  data: components["schemas"]["AuthenticationOptionsDto"];
};

/**
 * An image captcha and its token.
 */
export type GetCaptchaCodeDataDto = {
  /** @description The captcha picture, as SVG markup. */
  captchaCodeSvg: string;
  /** @description Token of this captcha; send it along with what the user typed when signing in. */
  captchaToken: string;
};

/**
 * Envelope answering `geneCatchaCodeAndToken`.
 */
export type GetCaptchaCodeRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The captcha image and its token. */
  data: components["schemas"]["GetCaptchaCodeDataDto"];
};

/**
 * Envelope answering `getCountryList`.
 */
export type GetCountryListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Countries with their dialling codes. */
  data: components["schemas"]["CountryDetailInfo"][];
};

/**
 * Envelope answering `getApplicationEnabledExtIdps`.
 */
export type GetExtIdpsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The external identity source connections enabled for the application. */
  data: components["schemas"]["ExtIdpInfoDto"][];
};

/**
 * Envelope answering `getFactor`.
 */
export type GetFactorRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The MFA factor that was asked for. */
  data: components["schemas"]["FactorDto"];
};

/**
 * The client applications a quick sign-in QR code can sign the user in to.
 */
export type GetFastpassQRCodeRelationAppsDto = {
  /** @description One entry per related client application. */
  relationApps?: components["schemas"]["FastpassQRCodeRelationAppDto"][];
};

/**
 * Envelope answering `getFastpassParams`.
 */
export type GetFastpassQRCodeRelationAppsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The related client applications. */
  data: components["schemas"]["GetFastpassQRCodeRelationAppsDto"];
};

/**
 * Envelope answering `getIdentities`.
 */
export type GetIdentitiesRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The external identities linked to the user. */
  data: components["schemas"]["IdentityDto"][];
};

/**
 * Envelope answering `getInviteCodeContext`.
 */
export type GetInviteeContextRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description What the invitee's sign-up page needs to know about the invitation. */
  data: components["schemas"]["InviteeContextDto"];
};

/**
 * Envelope answering `getLoggedInApps`.
 */
export type GetLoggedInAppsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The applications the user is signed in to. */
  data: components["schemas"]["LoggedInAppsDto"][];
};

/**
 * Envelope answering `getLoginHistory`.
 */
export type GetLoginHistoryRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description One page of the user's sign-in history. */
  data: components["schemas"]["LoginHistoryPaginatedRespDto"];
};

/**
 * Envelope answering `listPublicAccountsForSwitchLoggedIn`.
 */
export type GetPublicAccountDataRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The public accounts the user may switch to, with the user's own account. */
  data: components["schemas"]["GetUserSelectLoginPublicAccountsDataDto"][];
};

/**
 * The client applications behind a push sign-in request.
 */
export type GetPushCodeRelationAppsDataDto = {
  /** @description IDs of the client applications related to the application that sent the push sign-in. */
  appIds?: string[];
};

/**
 * The push sign-in request whose related client applications are wanted.
 */
export type GetPushCodeRelationAppsDto = {
  /** @description ID of the application that sent the push sign-in. */
  appId: string;
  /** @description ID of the push sign-in request. */
  pushCodeId: string;
};

/**
 * Envelope answering `getPushLoginRelationApps`.
 */
export type GetPushCodeRelationAppsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The related client applications. */
  data: components["schemas"]["GetPushCodeRelationAppsDataDto"];
};

/**
 * Envelope answering `initRegisterOptions`.
 */
export type GetRegistrationOptionsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The WebAuthn options for registering an authenticator, and the ticket that goes with them. */
  data: components["schemas"]["RegistrationOptionsDto"];
};

/**
 * How secure the user's account is.
 */
export type GetSecurityInfoDto = {
  /** @description Strength level of the user's password. */
  passwordSecurityLevel: number;
  /** @description Whether the user has bound an MFA factor. */
  mfaEnrolled: boolean;
  /** @description Whether the user has a password. */
  passwordSet: boolean;
  /** @description Whether the user has bound an email address. */
  emailBinded: boolean;
  /** @description Whether the user has bound a phone number. */
  phoneBinded: boolean;
  /** @description Overall security score of the account. */
  securityScore: number;
};

/**
 * Envelope answering `getSecurityLevel`.
 */
export type GetSecurityInfoRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The account's security rating. */
  data: components["schemas"]["GetSecurityInfoDto"];
};

/**
 * Envelope answering `getTenantList`.
 */
export type GetTenantListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The tenants the user belongs to. */
  data: components["schemas"]["UserTenantListDto"][];
};

/**
 * Envelope answering `signupByUniversal`.
 */
export type GetUniversalInvitationJoinRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The outcome of the request to join. */
  data: components["schemas"]["UniversalInvitationJoinRespDto"];
};

/**
 * Envelope answering `getUniversalInvitationPublicConfig`.
 */
export type GetUniversalInvitationPublicConfigRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The public settings of the universal invitation link. */
  data: components["schemas"]["UniversalInvitationPublicConfigDto"];
};

/**
 * The resources granted to the user in the application.
 */
export type GetUserAuthResourceListDataDto = {
  /** @description One entry per granted resource. */
  userPermissionList: components["schemas"]["UserAuthResourceListDto"][];
};

/**
 * Envelope answering `getUserAuthorizedResourcesList`.
 */
export type GetUserAuthResourceListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The user's granted resources. */
  data: components["schemas"]["GetUserAuthResourceListDataDto"];
};

/**
 * The actions the user may perform on one resource.
 */
export type GetUserAuthResourcePermissionList = {
  /** @description ID of the current application (its permission space). */
  namespaceCode: string;
  /** @description Actions the user is allowed on the resource. */
  actions: string[];
  /** @description Path of the resource. */
  resource: string;
};

/**
 * The user's permissions on the requested resources.
 */
export type GetUserAuthResourcePermissionListDataDto = {
  /** @description One entry per requested resource. */
  permissionList: components["schemas"]["GetUserAuthResourcePermissionList"][];
};

/**
 * The resources to look up the user's permissions on.
 */
export type GetUserAuthResourcePermissionListDto = {
  /** @description Paths of the resources to check; a path into a tree resource must end at a concrete node. */
  resources: string[];
};

/**
 * Envelope answering `getUserAuthResourcePermissionList`.
 */
export type GetUserAuthResourcePermissionListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The user's permissions, per resource. */
  data: components["schemas"]["GetUserAuthResourcePermissionListDataDto"];
};

/**
 * The structure of a resource and what the user may do with its parts.
 */
export type GetUserAuthResourceStructDataDto = {
  /** @description Code of the permission space the resource belongs to. */
  namespaceCode: string;
  /** @description Code of the resource. */
  resourceCode: string;
  /**
   * @description Shape of the resource; it decides which of the three `*ResourceAuthAction` fields is filled in.
   * @enum {string}
   */
  resourceType: "TREE" | "STRING" | "ARRAY";
  /** @description Granted actions, for a `STRING` resource. */
  strResourceAuthAction?: components["schemas"]["StrResourceAuthAction"];
  /** @description Granted actions, for an `ARRAY` resource. */
  arrResourceAuthAction?: components["schemas"]["ArrResourceAuthAction"];
  /** @description Granted actions, for a `TREE` resource. */
  treeResourceAuthAction?: components["schemas"]["TreeResourceAuthAction"];
};

/**
 * The resource whose structure is wanted.
 */
export type GetUserAuthResourceStructDto = {
  /** @description Code of the resource to describe. */
  resource: string;
};

/**
 * Envelope answering `getUserAuthResourceStruct`.
 */
export type GetUserAuthResourceStructRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The resource's structure with the user's granted actions. */
  data: components["schemas"]["GetUserAuthResourceStructDataDto"];
};

/**
 * Public accounts the user may switch to, and the user's own account.
 */
export type GetUserSelectLoginPublicAccountsDataDto = {
  /** @description The public accounts available for switching. */
  publicAccounts: components["schemas"]["ListPublicAccountDataDto"][];
  /** @description The user's own (personal) account. */
  originUser?: components["schemas"]["GetUserSelectLoginPublicAccountsOriginUserDto"];
};

/**
 * The personal account a user switches from and back to.
 */
export type GetUserSelectLoginPublicAccountsOriginUserDto = {
  /** @description ID of the account. */
  userId: string;
  /** @description URL of the account's avatar. */
  avatar?: string;
  /** @description Name shown for the account. */
  displayName?: string;
  /**
   * @description "Kind of account: `1` is a personal user, `2` a public account."
   * @enum {string}
   */
  usertype?: "1" | "2";
};

/**
 * A WeChat access token and when it expires.
 */
export type GetWechatAccessTokenDataDto = {
  /** @description The WeChat access token that GenAuth holds for this WeChat app. */
  accessToken: string;
  /** @description When the token stops working, as Unix time in seconds (a string). */
  expiresAt: string;
};

/**
 * Identifies a WeChat mini program or official account.
 */
export type GetWechatAccessTokenDto = {
  /** @description The WeChat AppID of the mini program or official account. */
  appId: string;
  /** @description The WeChat AppSecret of the mini program or official account. */
  appSecret: string;
};

/**
 * Envelope answering `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenInfoRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The cached WeChat access token and its expiry. */
  data: components["schemas"]["GetWechatAccessTokenDataDto"];
};

/**
 * Envelope answering `getWechatMpAccessToken`.
 */
export type GetWechatAccessTokenRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The WeChat access token and its expiry. */
  data: components["schemas"]["GetWechatAccessTokenDataDto"];
};

/**
 * A user group.
 */
export type GroupDto = {
  /** @description ID of the group. */
  id: string;
  /** @description Code of the group. */
  code: string;
  /** @description Name of the group. */
  name: string;
  /** @description Free-text description of the group. */
  description: string;
  /** @description Kind of group. */
  type: string;
  /** @description Metadata of the group. */
  metadataSource: string[];
  /** @description Users in the group. */
  members: components["schemas"]["UserDto"][];
};

/**
 * Envelope answering `getGroupList`.
 */
export type GroupListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The groups the user belongs to. */
  data: components["schemas"]["GroupDto"][];
};

/**
 * The claims of a decoded OIDC ID token.
 */
export type IDToken = {
  /** @description "`sub` claim: ID of the user." */
  sub: string;
  /** @description "`aud` claim: ID of the application (client) the token was issued to." */
  aud: string;
  /** @description "`exp` claim: when the token expires, in Unix seconds." */
  exp: number;
  /** @description "`iat` claim: when the token was issued, in Unix seconds." */
  iat: number;
  /** @description "`iss` claim: URL of the issuer." */
  iss: string;
  /** @description The `nonce` that was sent with the authorization request. */
  nonce: string;
  /** @description Hash of the access token issued alongside. */
  at_hash: string;
  /** @description Hash of the `state` value. */
  s_hash: string;
  /** @description The user's full name. */
  name: string;
  /** @description The user's nickname. */
  nickname: string;
  /** @description The user's given (first) name. */
  given_name: string;
  /** @description The user's family (last) name. */
  family_name: string;
  /** @description The user's date of birth. */
  birthdate: string;
  /**
   * @description "The user's gender: `M`, `F` or `U` (unknown)."
   * @enum {string}
   */
  gender: "M" | "F" | "U";
  /** @description URL of the user's avatar. */
  picture: string;
  /** @description When the user's profile last changed. */
  updated_at: string;
  /** @description The user's time zone. */
  zoneinfo: string;
  /** @description Username the user prefers to be called by. */
  preferred_username: string;
  /** @description The user's locale. */
  locale: string;
} & {
  [key: string]: unknown;
};

/**
 * An external identity linked to the user.
 */
export type IdentityDto = {
  /** @description ID of the linked identity. */
  identityId: string;
  /** @description ID of the identity source connection. */
  extIdpId: string;
  /**
   * @description Provider or protocol of the external identity source.
   * @enum {string}
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
  /** @description "Kind of identity, such as `unionid`, `openid` or `primary`." */
  type: string;
  /** @description The user's ID at the external identity source. */
  userIdInIdp: string;
  /** @description The user's profile as the external identity source reports it. */
  userInfoInIdp: unknown;
  /** @description Access token from the external identity source; included only when users read their own identities, never through management APIs. */
  accessToken?: string;
  /** @description Refresh token from the external identity source; included only when users read their own identities, never through management APIs. */
  refreshToken?: string;
  /** @description IDs of the identity source connections this identity was obtained through. */
  originConnIds: string[];
};

/**
 * A permission request the user has submitted for approval.
 */
export type InitiatedApproval = {
  /** @description ID of the approval. */
  approvalId: number;
  /** @description Number of the approval. */
  number: string;
  /**
   * @description Where the approval stands.
   * @enum {string}
   */
  status: "PENDING" | "AGREED" | "REFUSED";
  /** @description When the request was submitted. */
  submitTime: string;
  /** @description When the approval was completed; absent while it is pending. */
  closedTime?: string;
  /**
   * @description "What is requested: `APP_PERMISSION_APPLY` (access to an application) or `ROLE_PERMISSION_APPLY` (a role)."
   * @enum {string}
   */
  objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /**
   * @description The application or role that was requested.
   *     The official SDK's comment calls this an array, but its TypeScript type is a single object of either kind.
   */
  approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
  /** @description Extra settings of the request; only used with `ROLE_PERMISSION_APPLY`. */
  extraParams?: components["schemas"]["ExtraParams"];
};

/**
 * Envelope answering `initiatedList`.
 */
export type InitiatedApprovalListRes = components["schemas"]["GenAuthEnvelope"] & {
  /** @description One page of the user's submitted approvals. */
  data: components["schemas"]["InitiatedApprovalPageList"];
};

/**
 * One page of approvals the user has submitted.
 */
export type InitiatedApprovalPageList = {
  /** @description The approvals on this page. */
  list: components["schemas"]["InitiatedApproval"][];
  /** @description How many approvals match in all, across every page. */
  totalCount: number;
};

/**
 * The invitation link the invitee opened, and what to return with the token.
 */
export type InvitationLinkDto = {
  /** @description Signature carried by the invitation link. */
  signature: string;
  /** @description Identifier of the invitation link, unique across links. */
  identifier: string;
  /** @description Set to also get back the invitee's details. */
  withInviteeInfo?: boolean;
  /** @description Set to also get back the invitation's public settings. */
  withInvitationSettings?: boolean;
};

/**
 * What the invitee's sign-up page needs to know about an invitation.
 */
export type InviteeContextDto = {
  /** @description Whether the invitee must confirm their identity with a verification code. */
  enabledIdentifierVerify: boolean;
  /**
   * @description Whether the verification code goes preferably by SMS or by email.
   * @enum {string}
   */
  sendVerifyCodeMethod: "prioritySMS" | "priorityEmail";
  /** @description Whether the invitee is asked to complete extra profile information. */
  enabledInfoFill: boolean;
  /** @description Hint text shown on the profile-completion page. */
  registerInfoFillMsg?: string;
  /** @description Fields the profile-completion page asks for. */
  extendsFields: components["schemas"]["ExtendsFieldDto"][];
  /** @description Translations for the profile-completion fields. */
  extendsFieldsI18n: unknown;
  /** @description Additional settings of the profile-completion fields. */
  extendsFieldsOptions: unknown[];
  /** @description The invitee's email address. */
  email: string;
  /** @description The invitee's phone number. */
  phone?: string;
  /** @description Country calling code of `phone`, e.g. `+86`. */
  phoneCountryCode?: string;
  /** @description The invitee's name. */
  inviteeName?: string;
  /** @description How many wrong verification codes are allowed. */
  verifyCodeMaxErrCount: number;
};

/**
 * Profile details of an invitee.
 */
export type InviteeProfileDto = {
  /** @description The invitee's username. */
  username?: string;
  /** @description The invitee's nickname. */
  nickname?: string;
  /** @description Company the invitee works for. */
  company?: string;
  /** @description URL of the invitee's avatar. */
  photo?: string;
  /** @description Device the invitee uses. */
  device?: string;
  /** @description Browser the invitee uses. */
  browser?: string;
  /** @description The invitee's full name. */
  name?: string;
  /** @description The invitee's given (first) name. */
  givenName?: string;
  /** @description The invitee's family (last) name. */
  familyName?: string;
  /** @description The invitee's middle name. */
  middleName?: string;
  /** @description The invitee's profile. */
  profile?: string;
  /** @description Username the invitee prefers to be called by. */
  preferredUsername?: string;
  /** @description The invitee's personal website. */
  website?: string;
  /**
   * @description "Gender: `M` male, `F` female, `U` unknown."
   * @enum {string}
   */
  gender?: "M" | "F" | "U";
  /** @description The invitee's date of birth. */
  birthdate?: string;
  /** @description The invitee's time zone. */
  zoneinfo?: string;
  /** @description The invitee's locale. */
  locale?: string;
  /** @description The invitee's postal address. */
  address?: string;
  /** @description Full address, formatted for display. */
  formatted?: string;
  /** @description Street part of the address. */
  streetAddress?: string;
  /** @description City or town. */
  locality?: string;
  /** @description Region, state or province. */
  region?: string;
  /** @description Postal code of the address. */
  postalCode?: string;
  /** @description Country of the address. */
  country?: string;
  /** @description The invitee's email address. */
  email?: string;
  /** @description The invitee's phone number. */
  phone?: string;
  /** @description Country calling code of `phone`, e.g. `+86`. */
  phoneCountryCode?: string;
  /** @description Values of user-defined (custom) fields. */
  customData?: unknown;
};

/**
 * Who sent an invitation.
 */
export type InviterDetailDto = {
  /** @description Name of the inviter. */
  displayName: string;
};

/**
 * Tells whether an operation succeeded.
 */
export type IsSuccessDto = {
  /** @description `true` when the operation succeeded. */
  success: boolean;
};

/**
 * Envelope for operations that only report success or failure.
 */
export type IsSuccessRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Reports whether the operation succeeded. */
  data: components["schemas"]["IsSuccessDto"];
};

/**
 * A JSON Web Key Set (JWKS).
 */
export type JWKSObject = {
  /** @description The application's public signing keys, as JSON Web Keys. */
  keys: {
    [key: string]: unknown;
  }[];
};

/**
 * A text in each of the four supported languages.
 */
export type LangObject = {
  /** @description The text in Simplified Chinese. */
  "zh-CN": components["schemas"]["LangUnit"];
  /** @description The text in English. */
  "en-US": components["schemas"]["LangUnit"];
  /** @description The text in Traditional Chinese. */
  "zh-TW": components["schemas"]["LangUnit"];
  /** @description The text in Japanese. */
  "ja-JP": components["schemas"]["LangUnit"];
};

/**
 * The text for one language, and whether it is used.
 */
export type LangUnit = {
  /** @description Whether this translation is used; it is shown when enabled and the language is chosen in the console. Off by default. */
  enabled: boolean;
  /** @description The translated text. */
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
export type ListEnrolledFactorsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The MFA factors the user has bound. */
  data: components["schemas"]["FactorDto"][];
};

/**
 * Envelope answering `listFactorsToEnroll`.
 */
export type ListFactorsToEnrollRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The MFA factor kinds the user can still bind. */
  data: components["schemas"]["FactorToEnrollDto"][];
};

/**
 * A public account the user may switch to.
 */
export type ListPublicAccountDataDto = {
  /** @description ID of the account. */
  userId: string;
  /** @description URL of the account's avatar. */
  avatar?: string;
  /** @description Name shown for the account. */
  displayName?: string;
  /**
   * @description "Kind of account: `1` is a personal user, `2` a public account."
   * @enum {string}
   */
  usertype?: "1" | "2";
};

/**
 * One page of the user's WebAuthn authenticators.
 */
export type ListWebAuthnAuthenticatorDeviceDataDto = {
  /** @description How many authenticators there are in all, across every page. */
  totalCount: number;
  /** @description The authenticators on this page. */
  list: unknown[];
};

/**
 * An application the user has signed in to.
 */
export type LoggedInAppsDto = {
  /** @description ID of the application. */
  appId: string;
  /** @description Name of the application. */
  appName: string;
  /** @description URL of the application's sign-in page. */
  appLoginUrl: string;
  /** @description URL of the application's logo. */
  appLogo: string;
  /** @description Whether the user is signed in to it right now. */
  active: boolean;
};

/**
 * One sign-in attempt by the user.
 */
export type LoginHistoryDto = {
  /** @description ID of the user. */
  userId: string;
  /** @description ID of the application signed in to. */
  appId: string;
  /** @description Name of the application. */
  appName: string;
  /** @description URL of the application's sign-in page. */
  appLoginUrl: string;
  /** @description URL of the application's logo. */
  appLogo: string;
  /** @description When the sign-in happened. */
  loginAt: string;
  /** @description IP address the client signed in from. */
  clientIp: string;
  /** @description Whether the sign-in succeeded. */
  success: boolean;
  /** @description Why the sign-in failed; present only for failures. */
  errorMessage?: string;
  /** @description User-Agent string of the client. */
  userAgent: string;
  /** @description The User-Agent broken down into device, browser and OS. */
  parsedUserAgent: components["schemas"]["ParsedUserAgent"];
  /** @description How the user signed in. */
  loginMethod: string;
  /** @description Where the client IP is located. */
  geoip: components["schemas"]["GeoIp"];
  /** @description ID of the tenant signed in to, if any. */
  tenantId?: string;
};

/**
 * One page of sign-in history.
 */
export type LoginHistoryPaginatedRespDto = {
  /** @description How many records there are in all, across every page. */
  totalCount: number;
  /** @description The records on this page. */
  list: components["schemas"]["LoginHistoryDto"][];
};

/**
 * Envelope answering a successful sign-in, carrying the issued tokens.
 */
export type LoginTokenRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The tokens issued for the user. */
  data: components["schemas"]["LoginTokenResponseDataDto"];
};

/**
 * Tokens issued when a user signs in.
 */
export type LoginTokenResponseDataDto = {
  /** @description Scopes the access token grants. */
  scope?: string;
  /** @description Access token for calling protected APIs until it expires. */
  access_token?: string;
  /** @description ID token; decode it to read the user's identity claims. */
  id_token?: string;
  /** @description Token for getting a new access token when the current one expires. */
  refresh_token?: string;
  /** @description Type of the access token. */
  token_type: string;
  /** @description Lifetime of the access token, in seconds. */
  expire_in: number;
};

/**
 * Options of `buildLogoutUrl` and `logoutWithRedirect`.
 */
export type LogoutParams = {
  /** @description Where to send the browser after sign-out; replaces the `logoutRedirectUri` given to the client. */
  redirectUri?: string;
  /** @description ID token from the sign-in, sent as `id_token_hint`; recommended. */
  idToken?: string;
  /** @description Value handed back unchanged to the redirect target. */
  state?: string;
};

/**
 * A one-time password to check against the user's OTP factor.
 */
export type MfaOtpVerityDto = {
  /** @description One-time password from the user's authenticator app. */
  totp: string;
};

/**
 * Envelope answering `mfaOtpVerify`.
 */
export type MfaOtpVerityRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Whether the one-time password was accepted. */
  data: components["schemas"]["OtpVerityRespDto"];
};

/**
 * The MFA token to introspect.
 */
export type MfaTokenIntrospectEndpointParams = {
  /** @description The `mfa_token` to inspect. */
  token: string;
};

/**
 * What introspecting an MFA token reveals.
 */
export type MfaTokenIntrospectResponse = {
  /** @description Whether the token is valid; the other fields are only present when it is. */
  active: boolean;
  /** @description ID of the user pool that issued the token. */
  userPoolId?: string;
  /** @description ID of the user the token was issued to. */
  userId?: string;
  /** @description When the token expires, in Unix seconds. */
  exp?: number;
  /** @description When the token was issued, in Unix seconds. */
  iat?: number;
};

/**
 * Tokens returned by the OIDC token endpoint.
 */
export type OIDCTokenResponse = {
  /** @description The access token, a JWT. */
  access_token: string;
  /** @description The ID token, a JWT. */
  id_token: string;
  /** @description Lifetime of the access token, in seconds. */
  expires_in: number;
  /** @description Refresh token; issued only when the `offline_access` scope was requested. */
  refresh_token: string;
  /** @description "Type of the access token: `Bearer`." */
  token_type: string;
};

/**
 * OAuth 2.0 options of `buildAuthorizeUrl`.
 */
export type OauthParams = {
  /** @description Callback URL; the `redirectUri` given to the client when omitted. */
  redirectUri?: string;
  /**
   * @description OAuth 2.0 response type; `code` when omitted.
   * @enum {string}
   */
  responseType?: "code" | "token";
  /** @description Opaque value for the callback; a random string is generated when omitted. */
  state?: string;
  /** @description Scopes to request; `user` when omitted. */
  scope?: string;
};

/**
 * OIDC options of `buildAuthorizeUrl`.
 */
export type OidcParams = {
  /** @description Callback URL; the `redirectUri` given to the client when omitted. */
  redirectUri?: string;
  /**
   * @description OIDC response type; `code` (authorization code flow) when omitted.
   * @enum {string}
   */
  responseType?: "code" | "code id_token token" | "code id_token" | "code token" | "id_token token" | "id_token" | "none";
  /**
   * @description How the result is delivered to the callback; `query` when omitted.
   * @enum {string}
   */
  responseMode?: "query" | "fragment" | "form_post";
  /** @description Opaque value for the callback; a random string is generated when omitted. */
  state?: string;
  /** @description Value bound into the ID token; a random string is generated when omitted. */
  nonce?: string;
  /**
   * @description Scopes to request, separated by spaces.
   *     When omitted, the docs give `openid profile email phone address`, while the official SDK 4.0.2 uses `openid profile`.
   */
  scope?: string;
  /**
   * @description "How `codeChallenge` was derived for PKCE: `plain` or `S256`."
   * @enum {string}
   */
  codeChallengeMethod?: "plain" | "S256";
  /** @description PKCE `code_challenge`, at least 43 characters long. */
  codeChallenge?: string;
  /** @description ID of the GenAuth tenant to sign in to. */
  tenantId?: string;
  /** @description Make the user sign in again even with a live session (sends `prompt=login`). */
  forced?: boolean;
};

/**
 * A resource granted by a data policy, with what the grant allows.
 */
export type OpenResource = {
  /** @description Code of the resource the data policy grants. */
  resourceCode: string;
  /**
   * @description Shape of the granted resource; it decides which of the three `*Authorize` fields is filled in.
   * @enum {string}
   */
  resourceType: "TREE" | "STRING" | "ARRAY";
  /** @description The grant, for a `STRING` resource. */
  strAuthorize?: components["schemas"]["StrAuthorize"];
  /** @description The grant, for an `ARRAY` resource. */
  arrAuthorize?: components["schemas"]["ArrayAuthorize"];
  /** @description The grant, for a `TREE` resource. */
  treeAuthorize?: components["schemas"]["TreeAuthorize"];
};

/**
 * Outcome of checking a one-time password.
 */
export type OtpVerityRespDto = {
  /** @description Whether the one-time password was accepted. */
  verified: boolean;
};

/**
 * A User-Agent string broken into parts.
 */
export type ParsedUserAgent = {
  /** @description Kind of device the client ran on. */
  device: string;
  /** @description Name of the browser. */
  name: string;
  /** @description Operating system of the client. */
  os: string;
};

/**
 * Envelope answering `verifyResetPasswordRequest`.
 */
export type PasswordResetVerifyResp = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The password reset token and when it expires. */
  data: components["schemas"]["ResetPasswordVerify"];
};

/**
 * One condition of a policy statement.
 */
export type PolicyCondition = {
  /**
   * @description What the condition tests, such as the source IP or the current time.
   * @enum {string}
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
   * @description How the tested value is compared with `value`.
   * @enum {string}
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
  /** @description Value the tested attribute is compared with. */
  value: string;
};

/**
 * Extra options when joining through a policy invitation.
 */
export type PolicyInviteJoinedOptionsDto = {
  /** @description SMS code for the phone number entered while completing the profile at sign-up. */
  phonePassCodeForInformationCompletion?: string;
  /** @description Email code for the email address entered while completing the profile at sign-up. */
  emailPassCodeForInformationCompletion?: string;
};

/**
 * The invitee token, verification code and profile for joining through a policy invitation.
 */
export type PolicyInviteeJoinedDto = {
  /** @description The invitee token from `generateInviteToken`, which allows the invited sign-up. */
  token: string;
  /** @description Verification code the invitee received. */
  code?: string;
  /**
   * @description Whether the code was sent by SMS or by email.
   * @enum {string}
   */
  receiverType?: "smsCode" | "emailCode";
  /** @description Profile details of the new user. */
  profile?: components["schemas"]["InviteeProfileDto"];
  /** @description Extra options. */
  options?: components["schemas"]["PolicyInviteJoinedOptionsDto"];
};

/**
 * Outcome of checking a verification code in advance.
 */
export type PreCheckCodeDataDto = {
  /** @description Whether the code is right and has not expired. */
  isValid: boolean;
  /** @description Why the code was rejected (wrong or expired); present when `isValid` is false. */
  message?: string;
};

/**
 * A verification code to check without using it up.
 */
export type PreCheckCodeDto = {
  /**
   * @description Whether an SMS or an email code is checked.
   * @enum {string}
   */
  codeType: "SMS" | "EMAIL";
  /** @description What to check, for an SMS code. */
  smsCodePayload?: components["schemas"]["PreCheckSmsCodeDto"];
  /** @description What to check, for an email code. */
  emailCodePayload?: components["schemas"]["PreCheckEmailCodeDto"];
};

/**
 * Envelope answering `preCheckCode`.
 */
export type PreCheckCodeRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Whether the code is valid. */
  data: components["schemas"]["PreCheckCodeDataDto"];
};

/**
 * An email code to check in advance.
 */
export type PreCheckEmailCodeDto = {
  /** @description Email address the code was sent to; letter case does not matter. */
  email: string;
  /** @description The code from the email. */
  passCode: string;
  /**
   * @description "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
   * @enum {string}
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
  /** @description Phone number the code was sent to, without the country code (send that in `phoneCountryCode`). */
  phone: string;
  /** @description The code from the SMS. */
  passCode: string;
  /** @description Country calling code of `phone`; may be left out for mainland China numbers. SMS abroad must be enabled in the console. */
  phoneCountryCode?: string;
  /**
   * @description "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
   * @enum {string}
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
  /** @description Name of the event. */
  eventType: string;
  /** @description Who sent it; the official SDK sends `authing-node-sdk: <version>`. */
  source: string;
  /** @description The event's payload, as a string. */
  eventData: string;
};

/**
 * The account to switch the session to, and sign-in options.
 */
export type PublicAccountSwitchLoginDto = {
  /** @description ID of the account to switch the session to. */
  targetUserId: string;
  /** @description Extra sign-in options. */
  options?: components["schemas"]["SignInBySwitchOptionsDto"];
};

/**
 * WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`).
 */
export type PublicKeyCredentialCreationOptionsDto = {
  /** @description Challenge to sign, base64url-encoded. */
  challenge: string;
  /** @description Credentials the user already has, so the same authenticator is not registered twice. */
  excludeCredentials: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
  /** @description Signature algorithms the relying party accepts. */
  pubKeyCredParams: components["schemas"]["PublicKeyCredentialParametersDto"][];
  /** @description The relying party. */
  rp: components["schemas"]["PublicKeyCredentialRpEntityDto"];
  /** @description How long the ceremony may take, in milliseconds. */
  timeout: number;
  /** @description The user the credential is created for. */
  user: components["schemas"]["PublicKeyCredentialUserEntityDto"];
};

/**
 * Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`).
 */
export type PublicKeyCredentialDescriptorDto = {
  /** @description ID of the credential. */
  id: string;
  /** @description How the client may reach the authenticator holding the credential. */
  transports: string[];
  /** @description Always `public-key`. */
  type: string;
};

/**
 * A credential type and signature algorithm the relying party accepts.
 */
export type PublicKeyCredentialParametersDto = {
  /** @description COSE algorithm identifier, a negative integer. */
  alg: number;
  /** @description Always `public-key`. */
  type: string;
};

/**
 * WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`).
 */
export type PublicKeyCredentialRequestOptionsDto = {
  /** @description Challenge to sign, base64url-encoded. */
  challenge: string;
  /** @description Credentials the authenticator may use for this sign-in. */
  allowCredentials?: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
  /** @description ID of the relying party; the same as when the authenticator was registered. */
  rpId: string;
  /** @description How long the ceremony may take, in milliseconds. */
  timeout: number;
};

/**
 * The WebAuthn relying party.
 */
export type PublicKeyCredentialRpEntityDto = {
  /** @description Domain of the relying party. */
  id: string;
  /** @description Name of the relying party. */
  name: string;
};

/**
 * The user a WebAuthn credential belongs to.
 */
export type PublicKeyCredentialUserEntityDto = {
  /** @description ID of the user. */
  id: string;
  /** @description Username of the user. */
  name: string;
  /** @description Name shown for the user. */
  displayName: string;
};

/**
 * Short details of the user who scanned a QR code.
 */
export type QRCodeStatusBriefUserInfoDto = {
  /** @description Name shown for the user. */
  displayName: string;
  /** @description URL of the user's avatar. */
  photo: string;
};

/**
 * The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation).
 */
export type RegistrationCredentialDto = {
  /** @description ID of the credential, base64url-encoded. */
  id: string;
  /** @description ID of the credential as raw bytes. */
  rawId: string;
  /** @description The attestation the relying party checks before registering the credential. */
  response: components["schemas"]["AuthenticatorAttestationResponseDto"];
  /** @description How the client may reach the authenticator; optional. */
  transports?: string[];
  /** @description Always `public-key`. */
  type: string;
};

/**
 * WebAuthn options for registering an authenticator, with the ticket that goes with them.
 */
export type RegistrationOptionsDto = {
  /** @description What the authenticator needs to create the credential. */
  registrationOptions: components["schemas"]["PublicKeyCredentialCreationOptionsDto"];
  /** @description Ticket to send back together with the created credential when it is verified. */
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
  /** @description ID of the bound MFA factor to remove. */
  factorId: string;
};

/**
 * Envelope answering `resetFactor`; it carries no data of its own.
 */
export type ResetFactorRespDto = components["schemas"]["GenAuthEnvelope"];

/**
 * Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password.
 */
export type ResetPasswordByEmailPassCodeDto = {
  /** @description The email address the account is bound to; letter case does not matter. */
  email?: string;
  /** @description The one-time code mailed by `sendEmail`; it can be used once and by default expires after 5 minutes. */
  passCode: string;
};

/**
 * Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password.
 */
export type ResetPasswordByPhonePassCodeDto = {
  /** @description The phone number the account is bound to, without the country calling code (that goes in `phoneCountryCode`). */
  phoneNumber: string;
  /** @description The one-time code texted by `sendSms`; it can be used once and expires after one minute. */
  passCode: string;
  /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 */
export type ResetPasswordDto = {
  /** @description The new password, encrypted as given by `passwordEncryptType` (plain text when `none`). */
  password: string;
  /** @description The reset token returned by `verifyResetPasswordRequest`. */
  passwordResetToken: string;
  /**
   * @description How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * A token that lets the holder set a new password, and how long it lasts.
 */
export type ResetPasswordVerify = {
  /** @description Token to pass as `passwordResetToken` to `resetPassword`. */
  passwordResetToken: string;
  /** @description How long the token stays valid, in seconds. */
  tokenExpiresIn: number;
};

/**
 * Identifies the device whose login session should be ended.
 */
export type RevokeDeviceSessionDto = {
  /** @description The device's unique identifier, as listed by the device list. */
  deviceId: string;
};

/**
 * A role held by the current user, within one permission space.
 */
export type RoleDto = {
  /** @description The role's ID. */
  id: string;
  /** @description The role's code; no two roles in the same permission space share one. */
  code: string;
  /** @description The role's display name within its permission space. */
  name: string;
  /** @description Free-text description of the role. */
  description: string;
  /** @description Code of the permission space (namespace) the role belongs to; absent means the default permission space. */
  namespace: string;
  /** @description Display name of the permission space (namespace) the role belongs to. */
  namespaceName: string;
  /** @description Whether the role is active: `ENABLE` (in use) or `DISABLE` (disabled). */
  status?: string;
  /** @description When the role will be disabled automatically, as a millisecond timestamp; null if it never expires. */
  disableTime?: number;
  /** @description True if users may request this role's permissions; the application must also have SSO enabled and be visible to users without access. */
  enablePermissionApply?: boolean;
};

/**
 * Envelope answering `getRoleList`.
 */
export type RoleListRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The roles the current user holds. */
  data: components["schemas"]["RoleDto"][];
};

/**
 * A role that a permission request asks to be granted.
 */
export type RolePermissionApplyApprovalObject = {
  /** @description ID of the requested role. */
  objectId: string;
  /** @description Display name of the requested role. */
  objectName: string;
  /** @description Code of the requested role. */
  roleCode: string;
  /** @description Numeric ID of the role's permission space. */
  namespaceId: number;
  /** @description Code of the role's permission space, which is the application ID. */
  namespaceCode: string;
};

/**
 * Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 */
export type SendEmailDto = {
  /**
   * @description What the email is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
   * @enum {string}
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
  /** @description Address to send to; letter case does not matter. */
  email: string;
};

/**
 * Envelope answering `sendEmail`; it carries no data of its own.
 */
export type SendEmailRespDto = components["schemas"]["GenAuthEnvelope"];

/**
 * What GenAuth returns when an MFA factor enrollment is started.
 */
export type SendEnrollFactorRequestDataDto = {
  /** @description Short-lived token (valid for one minute) to pass back when completing the factor enrollment. */
  enrollmentToken: string;
  /** @description OTP setup data; present only when the factor being enrolled is of type `OTP`. */
  otpData?: components["schemas"]["SendEnrollFactorRequestOtpDataDto"];
};

/**
 * Starts enrolling a new MFA factor for the current user.
 */
export type SendEnrollFactorRequestDto = {
  /** @description Details of the factor to enroll, such as the phone number or email that will receive codes. */
  profile: components["schemas"]["FactorProfile"];
  /**
   * @description Kind of factor to enroll: `OTP`, `SMS`, `EMAIL` or `FACE`.
   * @enum {string}
   */
  factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
};

/**
 * What an authenticator app needs to set up an OTP factor.
 */
export type SendEnrollFactorRequestOtpDataDto = {
  /** @description The `otpauth://` URI describing the OTP secret, for authenticator apps. */
  qrCodeUri: string;
  /** @description The same URI as a QR code image, Base64-encoded, ready for a front end to display. */
  qrCodeDataUrl: string;
  /** @description Recovery code for regaining access if the OTP device is lost. */
  recoveryCode: string;
};

/**
 * Envelope answering `sendEnrollFactorRequest`.
 */
export type SendEnrollFactorRequestRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The enrollment token and, for OTP factors, the setup data. */
  data: components["schemas"]["SendEnrollFactorRequestDataDto"];
};

/**
 * Asks GenAuth to text a one-time passcode for a given purpose.
 */
export type SendSMSDto = {
  /**
   * @description What the SMS is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
   * @enum {string}
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
  /** @description Number to send to, without the country calling code (that goes in `phoneCountryCode`). */
  phoneNumber: string;
  /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * Envelope answering `sendSms`; it carries no data of its own.
 */
export type SendSMSRespDto = components["schemas"]["GenAuthEnvelope"];

/**
 * Windows Active Directory credentials for signing in.
 */
export type SignInByAdPayloadDto = {
  /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** @description The account's sAMAccountName (logon name) in the Windows AD directory. */
  sAMAccountName: string;
};

/**
 * What the Alipay mobile SDK returns, for signing in with Alipay.
 */
export type SignInByAlipayPayloadDto = {
  /** @description Single-use code handed back by Alipay after the user authorized the app. */
  code?: string;
};

/**
 * What the Amazon mobile SDK returns, for signing in with Amazon.
 */
export type SignInByAmazonPayloadDto = {
  /** @description Access token issued by Amazon after the user authorized the app. */
  access_token: string;
};

/**
 * What Sign in with Apple returns on mobile, for signing in with Apple.
 */
export type SignInByApplePayloadDto = {
  /** @description Single-use code handed back by Apple after the user authorized the app. */
  code?: string;
};

/**
 * What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`.
 */
export type SignInByBaiduPayloadDto = {
  /** @description Authorization code from Baidu; if `access_token` is sent as well, this one is used. */
  code?: string;
  /** @description Access token from Baidu; ignored when `code` is also sent. */
  access_token?: string;
};

/**
 * What the DingTalk mobile SDK returns, for signing in with DingTalk.
 */
export type SignInByDingTalkPayloadDto = {
  /** @description Code handed back by DingTalk after the user authorized the app. */
  code: string;
  /** @description Set to true when `code` is an SNS code that GenAuth must resolve through DingTalk's `sns/getuserinfo_bycode`; otherwise the code is first exchanged for an access token. */
  isSnsCode?: boolean;
};

/**
 * Douyin mini program login data together with the user's authorized phone number.
 */
export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = {
  /** @description The login code and, optionally, the user profile from `tt.getUserProfile`. */
  loginParams: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
  /** @description The encrypted phone number the user agreed to share; it is stored on a new user, or on an existing user who has no phone yet. */
  phoneParams: components["schemas"]["SignInByDouyinMiniProgramPhoneInfoPayloadDto"];
};

/**
 * What a Douyin mini program sends to sign the user in.
 */
export type SignInByDouyinMiniProgramCodePayloadDto = {
  /** @description Encrypted user data returned by Douyin's open-data API. */
  encryptedData?: string;
  /** @description Initialization vector Douyin returns for decrypting `encryptedData`; needed whenever `encryptedData` is sent. */
  iv?: string;
  /** @description Login code returned by Douyin's `tt.login`. */
  code: string;
};

/**
 * The encrypted phone number a Douyin mini program received from the user.
 */
export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = {
  /** @description Initialization vector from the mini program's get-phone-number call; needed whenever `encryptedData` is sent. */
  iv?: string;
  /** @description The encrypted phone number from the mini program's get-phone-number call. */
  encryptedData?: string;
};

/**
 * What the Douyin mobile SDK returns, for signing in with Douyin.
 */
export type SignInByDouyinPayloadDto = {
  /** @description Authorization code handed back by Douyin after the user authorized the app. */
  code: string;
};

/**
 * What the Facebook mobile SDK returns, for signing in with Facebook.
 */
export type SignInByFacebookPayloadDto = {
  /** @description Access token issued by Facebook after the user authorized the app. */
  access_token: string;
};

/**
 * What Gitee returns on mobile, for signing in with Gitee.
 */
export type SignInByGiteePayloadDto = {
  /** @description Authorization code handed back by Gitee after the user authorized the app. */
  code: string;
};

/**
 * What GitHub returns on mobile, for signing in with GitHub.
 */
export type SignInByGithubPayloadDto = {
  /** @description Authorization code handed back by GitHub after the user authorized the app. */
  code: string;
};

/**
 * What GitLab returns on mobile, for signing in with GitLab.
 */
export type SignInByGitlabPayloadDto = {
  /** @description Authorization code handed back by GitLab after the user authorized the app. */
  code: string;
};

/**
 * What the Google mobile SDK returns, for signing in with Google.
 */
export type SignInByGooglePayloadDto = {
  /** @description Code handed back by Google after the user authorized the app. */
  code: string;
};

/**
 * What the Huawei mobile SDK returns, for signing in with Huawei.
 */
export type SignInByHuaweiPayloadDto = {
  /** @description Authorization code handed back by Huawei after the user authorized the app. */
  code: string;
};

/**
 * What the Kuaishou mobile SDK returns, for signing in with Kuaishou.
 */
export type SignInByKuaishouPayloadDto = {
  /** @description Authorization code handed back by Kuaishou after the user authorized the app. */
  code: string;
};

/**
 * What a Lark (Feishu) widget returns, for signing in with Lark.
 */
export type SignInByLarkBlockPayloadDto = {
  /** @description Single-use code handed back by the Lark (Feishu) widget login. */
  code?: string;
};

/**
 * What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkInternalPayloadDto = {
  /** @description Single-use code handed back by the Lark (Feishu) self-built app login. */
  code?: string;
};

/**
 * What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkPublicPayloadDto = {
  /** @description Single-use code handed back by the Lark (Feishu) app-store app login. */
  code?: string;
};

/**
 * LDAP directory credentials for signing in.
 */
export type SignInByLdapPayloadDto = {
  /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** @description The account's sAMAccountName (logon name) in the LDAP or AD directory. */
  sAMAccountName: string;
};

/**
 * What the LINE mobile SDK returns, for signing in with LINE.
 */
export type SignInByLinePayloadDto = {
  /** @description Access token issued by LINE after the user authorized the app. */
  access_token: string;
  /** @description ID token issued by LINE (only with the `openid` scope); when present the user's details are read from it instead of via `access_token`. */
  id_token?: string;
};

/**
 * What LinkedIn returns on mobile, for signing in with LinkedIn.
 */
export type SignInByLinkedInPayloadDto = {
  /** @description Code handed back by LinkedIn after the user authorized the app. */
  code: string;
};

/**
 * Optional settings for a mobile social sign-in.
 */
export type SignInByMobileOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** @description ID of the tenant to sign in to. */
  tenantId?: string;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * What the OPPO mobile SDK returns, for signing in with OPPO.
 */
export type SignInByOPPOPayloadDto = {
  /** @description Authorization code handed back by OPPO after the user authorized the app. */
  code: string;
};

/**
 * A one-time passcode plus the email or phone it was sent to.
 */
export type SignInByPassCodePayloadDto = {
  /** @description The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
  passCode: string;
  /** @description Email address the code was sent to; letter case does not matter. */
  email?: string;
  /** @description Phone number the code was sent to. */
  phone?: string;
  /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * A password plus one identifier (account, email, username or phone) of the user.
 */
export type SignInByPasswordPayloadDto = {
  /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** @description Any of the user's identifiers: username, phone number or email. */
  account?: string;
  /** @description The user's email address; letter case does not matter. */
  email?: string;
  /** @description The user's username. */
  username?: string;
  /** @description The user's phone number. */
  phone?: string;
};

/**
 * Starts a push sign-in for an account, answered with a code that identifies the pending login.
 */
export type SignInByPushDto = {
  /** @description Any of the user's identifiers: username, phone number or email. */
  account: string;
  /** @description Optional settings for the sign-in. */
  options?: components["schemas"]["SignInByPushOptionsDto"];
};

/**
 * Optional settings for a push sign-in.
 */
export type SignInByPushOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: string;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * What the QQ mobile SDK returns, for signing in with QQ.
 */
export type SignInByQQPayloadDto = {
  /** @description Access token issued by QQ after the user authorized the app. */
  access_token: string;
};

/**
 * What Slack returns on mobile, for signing in with Slack.
 */
export type SignInBySlackPayloadDto = {
  /** @description Authorization code handed back by Slack after the user authorized the app. */
  code: string;
};

/**
 * Optional settings for switching the signed-in account.
 */
export type SignInBySwitchOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * Optional settings for a WebAuthn (passkey) sign-in.
 */
export type SignInByWebAuthnOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * WeChat mini program login data together with the user's authorized phone number.
 */
export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = {
  /** @description The `wx.login` code and, optionally, the encrypted user data. */
  wxLoginInfo: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
  /** @description The code for the phone number the user agreed to share; the number is stored on a new user, or on an existing user who has no phone yet. */
  wxPhoneInfo: components["schemas"]["SignInByWechatMiniProgramPhoneInfoPayloadDto"];
};

/**
 * What a WeChat mini program sends to sign the user in.
 */
export type SignInByWechatMiniProgramCodePayloadDto = {
  /** @description Encrypted user data returned by WeChat's open-data API. */
  encryptedData?: string;
  /** @description Initialization vector WeChat returns for decrypting `encryptedData`. */
  iv?: string;
  /** @description Login code returned by WeChat's `wx.login`. */
  code: string;
};

/**
 * The phone number a WeChat mini program received from the user, as a code.
 */
export type SignInByWechatMiniProgramPhoneInfoPayloadDto = {
  /** @description Code from the mini program's get-phone-number call, which GenAuth exchanges for the number. */
  code: string;
};

/**
 * What a WeChat mini program sends to sign the user in by their phone number.
 */
export type SignInByWechatMiniProgramPhonePayloadDto = {
  /** @description Encrypted data returned by WeChat's open-data API. */
  encryptedData: string;
  /** @description Initialization vector WeChat returns for decrypting `encryptedData`. */
  iv: string;
  /** @description Login code returned by WeChat's `wx.login`. */
  code: string;
};

/**
 * What the WeChat mobile SDK returns, for signing in with WeChat.
 */
export type SignInByWechatPayloadDto = {
  /** @description Single-use code handed back by WeChat after the user authorized the app. */
  code?: string;
};

/**
 * What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom.
 */
export type SignInByWechatworkAgencyPayloadDto = {
  /** @description Single-use code handed back by WeCom (agency mode) after the user authorized the app. */
  code?: string;
};

/**
 * What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom.
 */
export type SignInByWechatworkDto = {
  /** @description Single-use code handed back by WeCom after the user authorized the app. */
  code?: string;
};

/**
 * What the Sina Weibo mobile SDK returns, for signing in with Weibo.
 */
export type SignInByWeiboPayloadDto = {
  /** @description Access token issued by Sina Weibo after the user authorized the app. */
  access_token: string;
};

/**
 * What the Xiaomi mobile SDK returns, for signing in with Xiaomi.
 */
export type SignInByXiaomiPayloadDto = {
  /** @description Authorization code handed back by Xiaomi after the user authorized the app. */
  code: string;
};

/**
 * What NetEase Yidun's one-tap mobile carrier login returns.
 */
export type SignInByYidunPayloadDto = {
  /** @description Token issued by NetEase Yidun. */
  token?: string;
  /** @description The mobile carrier's authorization code, as returned through NetEase Yidun. */
  accessToken?: string;
};

/**
 * Settings for creating a fast-pass sign-in QR code.
 */
export type SignInFastpassDto = {
  /** @description Optional settings for the fast-pass sign-in. */
  options?: components["schemas"]["SignInFastpassOptionsDto"];
};

/**
 * Optional settings for a fast-pass (QR code) sign-in.
 */
export type SignInFastpassOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
};

/**
 * Optional settings for a sign-in with credentials.
 */
export type SignInOptionsDto = {
  /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
  scope?: string;
  /** @description The end user's real IP address; GenAuth otherwise logs the IP the request came from, so set this when calling from a server. */
  clientIp?: string;
  /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
  context?: unknown;
  /** @description ID of the tenant to sign in to. */
  tenantId?: string;
  /** @description Custom user data to store; each custom field must be defined in the console first. */
  customData?: unknown;
  /** @description When true, a user that does not exist yet is created; works only with a username, email or phone plus password, not with the generic `account` field. */
  autoRegister?: boolean;
  /** @description The text of the image captcha (letter case does not matter); needed once too many failed logins have triggered a captcha security policy. */
  captchaCode?: string;
  /** @description The token returned alongside the captcha by `geneCatchaCodeAndToken`; send it together with `captchaCode`. */
  captchaToken?: string;
  /**
   * @description How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * A one-time passcode plus the email or phone it was sent to, for registering.
 */
export type SignUpByPassCodeDto = {
  /** @description The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
  passCode: string;
  /** @description Email address the code was sent to; letter case does not matter. */
  email?: string;
  /** @description Phone number the code was sent to. */
  phone?: string;
  /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
};

/**
 * A password plus a username or email, for registering.
 */
export type SignUpByPasswordDto = {
  /** @description The new user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
  password: string;
  /** @description Username for the new account. */
  username?: string;
  /** @description Email address for the new account; letter case does not matter. */
  email?: string;
};

/**
 * Registers a new user with a password or a one-time passcode.
 */
export type SignUpDto = {
  /**
   * @description How the user registers: `PASSWORD` (fill `passwordPayload`) or `PASSCODE` (fill `passCodePayload`).
   * @enum {string}
   */
  connection: "PASSWORD" | "PASSCODE";
  /** @description Password registration data; required when `connection` is `PASSWORD`. */
  passwordPayload?: components["schemas"]["SignUpByPasswordDto"];
  /** @description Passcode registration data; required when `connection` is `PASSCODE`. */
  passCodePayload?: components["schemas"]["SignUpByPassCodeDto"];
  /** @description Profile fields to store on the new user. */
  profile?: components["schemas"]["SignUpProfileDto"];
  /** @description Optional registration settings. */
  options?: components["schemas"]["SignUpOptionsDto"];
};

/**
 * Optional settings for a registration.
 */
export type SignUpOptionsDto = {
  /** @description The end user's IP address. */
  clientIp?: string;
  /** @description SMS passcode proving the phone number given in the profile, when registration asks the user to complete that information. */
  phonePassCodeForInformationCompletion?: string;
  /** @description Email passcode proving the email address given in the profile, when registration asks the user to verify it. */
  emailPassCodeForInformationCompletion?: string;
  /** @description A password to give the account when it is registered with a phone passcode. */
  passwordForPhonePassCode?: string;
  /** @description Extra values sent with the registration, saved into the user's custom fields. */
  context: unknown;
  /**
   * @description How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Profile fields that may be set on a user at registration.
 */
export type SignUpProfileDto = {
  /** @description The user's nickname. */
  nickname?: string;
  /** @description Company the user works for. */
  company?: string;
  /** @description The user's avatar image. */
  photo?: string;
  /** @description Device the user registered from. */
  device?: string;
  /** @description Browser the user registered from. */
  browser?: string;
  /** @description The user's name. */
  name?: string;
  /** @description The user's given (first) name. */
  givenName?: string;
  /** @description The user's family (last) name. */
  familyName?: string;
  /** @description The user's middle name. */
  middleName?: string;
  /** @description The user's profile (for example a profile page address). */
  profile?: string;
  /** @description The name the user prefers to be called by. */
  preferredUsername?: string;
  /** @description The user's website. */
  website?: string;
  /**
   * @description The user's gender: `M` male, `F` female, `U` unknown.
   * @enum {string}
   */
  gender?: "M" | "F" | "U";
  /** @description The user's date of birth. */
  birthdate?: string;
  /** @description The user's time zone or region. */
  zoneinfo?: string;
  /** @description The user's locale (language and region). */
  locale?: string;
  /** @description The user's address. */
  address?: string;
  /** @description The full address, formatted for display. */
  formatted?: string;
  /** @description Street part of the user's address. */
  streetAddress?: string;
  /** @description City or locality of the user's address. */
  locality?: string;
  /** @description Region, such as a province or state, of the user's address. */
  region?: string;
  /** @description Postal code of the user's address. */
  postalCode?: string;
  /** @description Country of the user's address. */
  country?: string;
  /** @description The user's email; to have it verified at registration, also send the code mailed by `sendEmail` as `options.emailPassCodeForInformationCompletion`. */
  email?: string;
  /** @description The user's phone number; to have it verified at registration, also send the code texted by `sendSms` as `options.phonePassCodeForInformationCompletion`. */
  phone?: string;
  /** @description Country calling code of `phone`. */
  phoneCountryCode?: string;
  /** @description Values for the user pool's custom user fields. */
  customData?: unknown;
};

/**
 * Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 */
export type SigninByCredentialsDto = {
  /**
   * @description Which kind of credentials are sent: `PASSWORD`, `PASSCODE`, `LDAP` or `AD`; fill the matching payload.
   * @enum {string}
   */
  connection: "PASSWORD" | "PASSCODE" | "LDAP" | "AD";
  /** @description Password credentials; required when `connection` is `PASSWORD`. */
  passwordPayload?: components["schemas"]["SignInByPasswordPayloadDto"];
  /** @description Passcode credentials; required when `connection` is `PASSCODE`. */
  passCodePayload?: components["schemas"]["SignInByPassCodePayloadDto"];
  /** @description Windows AD credentials; required when `connection` is `AD`. */
  adPayload?: components["schemas"]["SignInByAdPayloadDto"];
  /** @description LDAP credentials; required when `connection` is `LDAP`. */
  ldapPayload?: components["schemas"]["SignInByLdapPayloadDto"];
  /** @description Optional sign-in settings. */
  options?: components["schemas"]["SignInOptionsDto"];
  /** @description The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** @description The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * Signs a user in with what a social or mobile identity provider returned to the app.
 */
export type SigninByMobileDto = {
  /** @description Identifier of the external identity source connection configured in the console. */
  extIdpConnidentifier: string;
  /**
   * @description Which provider the credentials come from; fill the payload field that matches it.
   * @enum {string}
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
  /** @description WeChat sign-in data; required when `connection` is `wechat`. (The official SDK's comment calls it the Apple payload by mistake.) */
  wechatPayload?: components["schemas"]["SignInByWechatPayloadDto"];
  /** @description Apple sign-in data; required when `connection` is `apple`. (The official SDK's comment calls it the WeChat payload by mistake.) */
  applePayload?: components["schemas"]["SignInByApplePayloadDto"];
  /** @description Alipay sign-in data; required when `connection` is `alipay`. */
  alipayPayload?: components["schemas"]["SignInByAlipayPayloadDto"];
  /** @description WeCom (WeChat Work) sign-in data; required when `connection` is `wechatwork`. */
  wechatworkPayload?: components["schemas"]["SignInByWechatworkDto"];
  /** @description WeCom agency-mode sign-in data; required when `connection` is `wechatwork_agency`. */
  wechatworkAgencyPayload?: components["schemas"]["SignInByWechatworkAgencyPayloadDto"];
  /** @description Lark (Feishu) app-store app sign-in data; required when `connection` is `lark_public`. */
  larkPublicPayload?: components["schemas"]["SignInByLarkPublicPayloadDto"];
  /** @description Lark (Feishu) self-built app sign-in data; required when `connection` is `lark_internal`. */
  larkInternalPayload?: components["schemas"]["SignInByLarkInternalPayloadDto"];
  /** @description Lark (Feishu) widget sign-in data; required when `connection` is `lark_block`. */
  larkBlockPayload?: components["schemas"]["SignInByLarkBlockPayloadDto"];
  /** @description NetEase Yidun sign-in data; required when `connection` is `yidun`. */
  yidunPayload?: components["schemas"]["SignInByYidunPayloadDto"];
  /** @description WeChat mini program code sign-in data; required when `connection` is `wechat_mini_program_code`. */
  wechatMiniProgramCodePayload?: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
  /** @description WeChat mini program phone sign-in data; required when `connection` is `wechat_mini_program_phone`. */
  wechatMiniProgramPhonePayload?: components["schemas"]["SignInByWechatMiniProgramPhonePayloadDto"];
  /** @description WeChat mini program code-and-phone sign-in data; required when `connection` is `wechat_mini_program_code_and_phone`. */
  wechatMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByWechatMiniProgramCodeAndPhonePayloadDto"];
  /** @description Douyin mini program code sign-in data; required when `connection` is `douyin_mini_program_code`. */
  douyinMiniProgramCodePayload?: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
  /** @description Douyin mini program code-and-phone sign-in data; required when `connection` is `douyin_mini_program_code_and_phone`. */
  douyinMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"];
  /** @description Google sign-in data; required when `connection` is `google`. */
  googlePayload?: components["schemas"]["SignInByGooglePayloadDto"];
  /** @description Facebook sign-in data; required when `connection` is `facebook`. */
  facebookPayload?: components["schemas"]["SignInByFacebookPayloadDto"];
  /** @description QQ sign-in data; required when `connection` is `qq`. */
  qqPayload?: components["schemas"]["SignInByQQPayloadDto"];
  /** @description Sina Weibo sign-in data; required when `connection` is `weibo`. */
  weiboPayload?: components["schemas"]["SignInByWeiboPayloadDto"];
  /** @description Baidu sign-in data; required when `connection` is `baidu`. Send `code` or `access_token`; `code` wins if both are given. */
  baiduPayload?: components["schemas"]["SignInByBaiduPayloadDto"];
  /** @description LinkedIn sign-in data; required when `connection` is `linkedin`. */
  linkedInPayload?: components["schemas"]["SignInByLinkedInPayloadDto"];
  /** @description DingTalk sign-in data; required when `connection` is `dingtalk`. */
  dingTalkPayload?: components["schemas"]["SignInByDingTalkPayloadDto"];
  /** @description GitHub sign-in data; required when `connection` is `github`. */
  githubPayload?: components["schemas"]["SignInByGithubPayloadDto"];
  /** @description Gitee sign-in data; required when `connection` is `gitee`. */
  giteePayload?: components["schemas"]["SignInByGiteePayloadDto"];
  /** @description GitLab sign-in data; required when `connection` is `gitlab`. */
  gitlabPayload?: components["schemas"]["SignInByGitlabPayloadDto"];
  /** @description Douyin sign-in data; required when `connection` is `douyin`. */
  douyinPayload?: components["schemas"]["SignInByDouyinPayloadDto"];
  /** @description Kuaishou sign-in data; required when `connection` is `kuaishou`. */
  kuaishouPayload?: components["schemas"]["SignInByKuaishouPayloadDto"];
  /** @description Xiaomi sign-in data; required when `connection` is `xiaomi`. */
  xiaomiPayload?: components["schemas"]["SignInByXiaomiPayloadDto"];
  /** @description LINE sign-in data; required when `connection` is `line`. */
  linePayload?: components["schemas"]["SignInByLinePayloadDto"];
  /** @description Slack sign-in data; required when `connection` is `slack`. */
  slackPayload?: components["schemas"]["SignInBySlackPayloadDto"];
  /** @description OPPO sign-in data; required when `connection` is `oppo`. */
  oppoPayload?: components["schemas"]["SignInByOPPOPayloadDto"];
  /** @description Huawei sign-in data; required when `connection` is `huawei`. */
  huaweiPayload?: components["schemas"]["SignInByHuaweiPayloadDto"];
  /** @description Amazon sign-in data; required when `connection` is `amazon`. */
  amazonPayload?: components["schemas"]["SignInByAmazonPayloadDto"];
  /** @description Optional sign-in settings. */
  options?: components["schemas"]["SignInByMobileOptionsDto"];
  /** @description The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_id?: string;
  /** @description The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
  client_secret?: string;
};

/**
 * A string-type data resource and the actions the user may perform on it.
 */
export type StrAuthorize = {
  /** @description The string resource's value. */
  value: string;
  /** @description Actions the user may perform on the string resource. */
  actions: string[];
};

/**
 * A string-type data resource and its actions.
 */
export type StrResourceAuthAction = {
  /** @description The string resource's value. */
  value?: string;
  /** @description Actions defined for the string resource. */
  actions?: string[];
};

/**
 * Public server information: encryption keys, versions and egress IPs.
 */
export type SystemInfoResp = {
  /** @description RSA256 settings, used to encrypt passwords with `passwordEncryptType` `rsa`. */
  rsa: components["schemas"]["SystmeInfoRSAConfig"];
  /** @description SM2 settings, used to encrypt passwords with `passwordEncryptType` `sm2`. */
  sm2: components["schemas"]["SystmeInfoSM2Config"];
  /** @description Versions of the GenAuth server, console and hosted login page. */
  version: components["schemas"]["SystmeInfoVersion"];
  /** @description Public IP addresses that GenAuth's outgoing requests come from. */
  publicIps: string[];
};

/**
 * The server's RSA256 public key.
 */
export type SystmeInfoRSAConfig = {
  /** @description Public key for RSA256 encryption of passwords. */
  publicKey: string;
};

/**
 * The server's SM2 public key.
 */
export type SystmeInfoSM2Config = {
  /** @description Public key for SM2 encryption of passwords. */
  publicKey: string;
};

/**
 * Versions of the GenAuth components.
 */
export type SystmeInfoVersion = {
  /** @description Version of the core GenAuth service. */
  server: string;
  /** @description Version of the GenAuth console. */
  console: string;
  /** @description Version of the hosted login page. */
  login: string;
};

/**
 * A device the current user has signed in from, with its last login.
 */
export type TerminalSessionDto = {
  /** @description Details of the device. */
  device: components["schemas"]["DeviceInfo"];
  /** @description When the user last signed in on this device. */
  lastLoginTime: string;
  /** @description IP address of the last sign-in on this device. */
  lastIp?: string;
  /** @description True if the device currently has an active session. */
  online: boolean;
};

/**
 * Envelope answering `list` (the current user's devices).
 */
export type TerminalSessionRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The devices the current user has signed in from. */
  data: components["schemas"]["TerminalSessionDto"][];
};

/**
 * A node of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthBo = {
  /** @description Path of the node within the tree. */
  nodePath: string;
  /** @description Name of the node. */
  nodeName: string;
  /** @description Actions the user may perform on the node. */
  nodeActions: string[];
  /** @description Value of the node. */
  nodeValue?: string;
  /** @description Values of the node's extended fields. */
  nodeExtendFieldValue?: unknown;
};

/**
 * The nodes of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthorize = {
  /** @description One entry per authorized node. */
  authList: components["schemas"]["TreeAuthBo"][];
};

/**
 * The nodes of a tree-type data resource and their actions.
 */
export type TreeResourceAuthAction = {
  /** @description The tree's nodes. */
  nodeAuthActionList?: components["schemas"]["TreeStructs"][];
};

/**
 * A node of a tree-type data resource, with its children.
 */
export type TreeStructs = {
  /** @description The node's code; unique among nodes at the same level. */
  code: string;
  /** @description The node's name; unique among nodes at the same level. */
  name: string;
  /** @description The node's value. */
  value?: string;
  /** @description Actions defined on this node of the data policy. */
  actions?: string[];
  /** @description The node's child nodes; a tree has at most five levels. */
  children?: components["schemas"]["TreeStructs"][];
};

/**
 * Identifies the device to remove from the current user's devices.
 */
export type UnbindDeviceDto = {
  /** @description The device's unique identifier, as listed by the device list. */
  deviceId: string;
};

/**
 * Confirms removing the email address bound to the current user.
 */
export type UnbindEmailDto = {
  /** @description Passcode mailed by `sendEmail` to the bound address. */
  passCode: string;
};

/**
 * Confirms removing the phone number bound to the current user.
 */
export type UnbindPhoneDto = {
  /** @description Passcode texted by `sendSms` to the bound number. */
  passCode: string;
};

/**
 * Outcome of a request to join through a universal invitation link.
 */
export type UniversalInvitationJoinRespDto = {
  /**
   * @description State of the request: `PENDING` (awaiting approval) or `PASSED` (accepted).
   * @enum {string}
   */
  status: "PENDING" | "PASSED";
};

/**
 * Public information shown on a universal invitation page.
 */
export type UniversalInvitationPublicConfigDto = {
  /** @description The user pool being joined. */
  userPool: components["schemas"]["UserPoolPublicConfigDto"];
  /** @description The person who sent the invitation. */
  inviter?: components["schemas"]["InviterDetailDto"];
};

/**
 * Asks to join a user pool through a universal invitation link.
 */
export type UniversalInvitationUserJoinDto = {
  /** @description Verification code sent to the applicant's email. */
  emailCode: string;
  /** @description Identifier of the invitation link the applicant followed. */
  identifier: string;
  /** @description Who is applying. */
  profile?: components["schemas"]["UniversalInviteeProfileDto"];
};

/**
 * Who is applying to join through an invitation.
 */
export type UniversalInviteeProfileDto = {
  /** @description The applicant's name. */
  name: string;
  /** @description The applicant's email address. */
  email: string;
};

/**
 * Identifies the external identity source to unlink from the current user.
 */
export type UnlinkExtIdpDto = {
  /** @description ID of the external identity source. */
  extIdpId: string;
};

/**
 * Proves ownership of a new email address (and, if required, of the old one) with passcodes.
 */
export type UpdateEmailByEmailPassCodeDto = {
  /** @description The email address to switch to. */
  newEmail: string;
  /** @description Passcode mailed to the new address. */
  newEmailPassCode: string;
  /** @description The current email address; needed when the user pool requires verifying it before a change. */
  oldEmail?: string;
  /** @description Passcode mailed to the current address; needed when the user pool requires verifying it before a change. */
  oldEmailPassCode?: string;
};

/**
 * Applies an email change that has been verified.
 */
export type UpdateEmailDto = {
  /** @description Short-lived token returned by `verifyUpdateEmailRequest`. */
  updateEmailToken: string;
};

/**
 * New settings for a passkey (WebAuthn credential).
 */
export type UpdatePasskeyDto = {
  /** @description Name to show for the passkey. */
  name: string;
};

/**
 * Changes the current user's password.
 */
export type UpdatePasswordDto = {
  /** @description The password to set. */
  newPassword: string;
  /** @description The user's current password; required if the user already has one. */
  oldPassword?: string;
  /**
   * @description How the passwords are encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
  /** @description Reset token returned by `verifyResetPasswordRequest`. */
  passwordResetToken?: string;
};

/**
 * Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes.
 */
export type UpdatePhoneByPhonePassCodeDto = {
  /** @description The phone number to switch to, without the country calling code (that goes in `newPhoneCountryCode`). */
  newPhoneNumber: string;
  /** @description Passcode texted to the new number. */
  newPhonePassCode: string;
  /** @description Country calling code of the new number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  newPhoneCountryCode?: string;
  /** @description The current phone number, without the country calling code; needed when the user pool requires verifying it before a change. */
  oldPhoneNumber?: string;
  /** @description Passcode texted to the current number; needed when the user pool requires verifying it before a change. */
  oldPhonePassCode?: string;
  /** @description Country calling code of the current number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  oldPhoneCountryCode?: string;
};

/**
 * Applies a phone number change that has been verified.
 */
export type UpdatePhoneDto = {
  /** @description Short-lived token returned by `verifyUpdatePhoneRequest`. */
  updatePhoneToken: string;
};

/**
 * Profile fields of the current user to change; fields left out keep their value.
 */
export type UpdateUserProfileDto = {
  /** @description The user's real name; other users may have the same one. */
  name?: string;
  /** @description The user's nickname. */
  nickname?: string;
  /** @description Address (URL) of the user's avatar image. */
  photo?: string;
  /** @description The user's ID in an external (third-party) system. */
  externalId?: string;
  /** @description The user's date of birth. */
  birthdate?: string;
  /** @description Country the user lives in. */
  country?: string;
  /** @description Province or state the user lives in. */
  province?: string;
  /** @description City the user lives in. */
  city?: string;
  /** @description The user's address. */
  address?: string;
  /** @description Street part of the user's address. */
  streetAddress?: string;
  /** @description Postal code of the user's address. */
  postalCode?: string;
  /**
   * @description The user's gender: `M` male, `F` female, `U` unknown.
   * @enum {string}
   */
  gender?: "M" | "F" | "U";
  /** @description The user's username; no two users in a user pool may share one. */
  username?: string;
  /** @description Company the user works for. */
  company?: string;
  /** @description Values for custom user fields; every key must already be defined as a custom field of the user pool. */
  customData?: unknown;
  /** @description The user's national ID card number. */
  identityNumber?: string;
};

/**
 * The data resources a data policy grants one user within one permission space.
 */
export type UserAuthResourceListDto = {
  /** @description ID of the user the data policy grants access to. */
  userId: string;
  /** @description Code of the permission space the data policy applies in. */
  namespaceCode: string;
  /** @description Every data-policy resource the user has in that permission space. */
  resourceList?: components["schemas"]["OpenResource"][];
};

/**
 * Envelope answering `getDepartmentList`.
 */
export type UserDepartmentPaginatedRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description One page of the current user's departments, with the total count. */
  data: components["schemas"]["UserDepartmentPagingDto"];
};

/**
 * One page of departments plus the total number of matches.
 */
export type UserDepartmentPagingDto = {
  /** @description How many departments match in all, across every page. */
  totalCount: number;
  /** @description The departments on this page. */
  list: components["schemas"]["UserDepartmentRespDto"][];
};

/**
 * A department the current user belongs to, with the user's role in it.
 */
export type UserDepartmentRespDto = {
  /** @description Code of the organization the department is part of. */
  organizationCode: string;
  /** @description The department's ID. */
  departmentId: string;
  /** @description True if this is the organization's root department. */
  isRoot: boolean;
  /** @description When the department was created. */
  createdAt: string;
  /** @description The department's name. */
  name: string;
  /** @description Free-text description of the department. */
  description: string;
  /** @description A custom ID given to the department. */
  openDepartmentId?: string;
  /** @description True if the user leads this department. */
  isLeader: boolean;
  /** @description The department's identifying code. */
  code: string;
  /** @description True if this is the user's main department. */
  isMainDepartment: boolean;
  /** @description When the user joined the department. */
  joinedAt: string;
  /** @description True if the department is a virtual one. */
  isVirtualNode: boolean;
  /** @description Names of the department in other languages. */
  i18n?: components["schemas"]["DepartmentI18nDto"];
  /** @description Values of the department's extended (custom) fields. */
  customData?: unknown;
  /** @description IDs of the departments from the top of the tree down to this one. */
  departmentIdPath?: string[];
  /** @description Codes of the departments from the top of the tree down to this one. */
  departmentCodePath?: string[];
  /** @description Names of the departments from the top of the tree down to this one. */
  departmentNamePath?: string[];
};

/**
 * A user's account and profile as GenAuth stores it.
 */
export type UserDto = {
  /** @description The user's unique identifier (by default, the user ID). */
  userId: string;
  /** @description When the account was created. */
  createdAt: string;
  /** @description When the account was last changed. */
  updatedAt: string;
  /**
   * @description State of the account: `Suspended`, `Resigned`, `Activated`, `Archived` or `Deactivated`.
   * @enum {string}
   */
  status: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  /**
   * @description Employment state of the account: `Active` or `Closed`.
   * @enum {string}
   */
  workStatus: "Closed" | "Active";
  /** @description The user's ID in an external (third-party) system. */
  externalId?: string;
  /** @description The user's email address; letter case does not matter. */
  email?: string;
  /** @description The user's phone number, without the country calling code (that is in `phoneCountryCode`). */
  phone?: string;
  /** @description Country calling code of `phone`, such as `+86`; may be absent for mainland China numbers. */
  phoneCountryCode?: string;
  /** @description The user's username; no two users in a user pool share one. */
  username?: string;
  /** @description The user's real name; other users may have the same one. */
  name?: string;
  /** @description The user's nickname. */
  nickname?: string;
  /** @description Address (URL) of the user's avatar image. */
  photo?: string;
  /** @description How many times the user has signed in, in total. */
  loginsCount?: number;
  /** @description When the user last signed in. */
  lastLogin?: string;
  /** @description IP address of the user's last sign-in. */
  lastIp?: string;
  /**
   * @description The user's gender: `M` male, `F` female, `U` unknown.
   * @enum {string}
   */
  gender: "M" | "F" | "U";
  /** @description True once the email address has been verified. */
  emailVerified: boolean;
  /** @description True once the phone number has been verified. */
  phoneVerified: boolean;
  /** @description When the user's password was last changed. */
  passwordLastSetAt?: string;
  /** @description The user's date of birth. */
  birthdate?: string;
  /** @description Country the user lives in. */
  country?: string;
  /** @description Province or state the user lives in. */
  province?: string;
  /** @description City the user lives in. */
  city?: string;
  /** @description The user's address. */
  address?: string;
  /** @description Street part of the user's address. */
  streetAddress?: string;
  /** @description Postal code of the user's address. */
  postalCode?: string;
  /** @description Company the user works for. */
  company?: string;
  /** @description User agent of the browser used for the last sign-in. */
  browser?: string;
  /** @description Device used for the last sign-in. */
  device?: string;
  /** @description The user's given (first) name. */
  givenName?: string;
  /** @description The user's family (last) name. */
  familyName?: string;
  /** @description The user's middle name. */
  middleName?: string;
  /** @description The user's profile (the OIDC `profile` claim). */
  profile?: string;
  /** @description The name the user prefers to be called by. */
  preferredUsername?: string;
  /** @description Address of the user's personal web page. */
  website?: string;
  /** @description The user's time zone. */
  zoneinfo?: string;
  /** @description The user's locale (language and region). */
  locale?: string;
  /** @description The user's full address, formatted for display. */
  formatted?: string;
  /** @description The user's region. */
  region?: string;
  /**
   * @description How the account came to exist: `excel` (imported from a spreadsheet), `register` (signed up), `adminCreated` (created by an administrator) or `sync` (synchronized from elsewhere).
   * @enum {string}
   */
  userSourceType: "excel" | "register" | "adminCreated" | "sync";
  /** @description ID of the application (for sign-ups) or of the synchronization task (for synced users) the account came from. */
  userSourceId?: string;
  /** @description ID of the application the user last signed in to. */
  lastLoginApp?: string;
  /** @description ID of the user's main department. */
  mainDepartmentId?: string;
  /** @description When the user last passed multi-factor authentication. */
  lastMfaTime?: string;
  /** @description Strength level of the user's password. */
  passwordSecurityLevel?: number;
  /** @description True if the user must change their password at the next sign-in. */
  resetPasswordOnNextLogin?: boolean;
  /** @description How the user registered. */
  registerSource?: string[];
  /** @description IDs of the departments the user belongs to. */
  departmentIds?: string[];
  /** @description The external identity sources linked to the user. */
  identities?: components["schemas"]["IdentityDto"][];
  /** @description The user's national ID card number. */
  identityNumber?: string;
  /** @description Values of the user's extended (custom) fields. */
  customData?: unknown;
  /** @description Values of the user's extended fields defined on data objects. */
  metadataSource?: unknown;
  /** @description IDs linked to the user, documented as department IDs (the field name suggests positions, or "posts"). */
  postIdList?: string[];
  /** @description When the account's `status` last changed. */
  statusChangedAt?: string;
  /** @description ID of the user's tenant. */
  tenantId?: string;
  /** @description When the user registered. */
  signedUp?: string;
};

/**
 * Public details of a user pool.
 */
export type UserPoolPublicConfigDto = {
  /** @description The user pool's name. */
  name?: string;
  /** @description The user pool's logo image. */
  logo?: string;
  /** @description Free-text description of the user pool. */
  description?: string;
};

/**
 * Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`.
 */
export type UserSingleRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The user's account and profile. */
  data: components["schemas"]["UserDto"];
};

/**
 * A tenant the user belongs to.
 */
export type UserTenantListDto = {
  /** @description The tenant's ID. */
  tenantId: string;
  /** @description The tenant's name. */
  tenantName: string;
  /** @description When the user joined the tenant. */
  joinAt: string;
};

/**
 * A password to check against a user identified by phone, email or username.
 */
export type ValidatePasswordDto = {
  /** @description The user's phone number, without the country calling code (that goes in `phoneCountryCode`). */
  phone?: string;
  /** @description The user's email address; letter case does not matter. */
  email?: string;
  /** @description The user's username; unique within the user pool. */
  username?: string;
  /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
  phoneCountryCode?: string;
  /** @description The password to check; sent as plain text over HTTPS unless `passwordEncryptType` selects RSA256 or SM2 encryption. */
  password?: string;
  /**
   * @description How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
   * @enum {string}
   */
  passwordEncryptType?: "sm2" | "rsa" | "none";
};

/**
 * Envelope answering `validatePassword`.
 */
export type ValidatePasswordRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Whether the password matched. */
  data: components["schemas"]["ValidatePasswordResultDto"];
};

/**
 * Outcome of a password check.
 */
export type ValidatePasswordResultDto = {
  /** @description True if the password is the user's password. */
  valid: boolean;
};

/**
 * Completes a WebAuthn sign-in by submitting the authenticator's assertion.
 */
export type VerifyAuthenticationDto = {
  /** @description The ticket returned by `initAuthenticationOptions`. */
  ticket: string;
  /** @description The assertion the authenticator produced. */
  authenticationCredential: components["schemas"]["AuthenticationCredentialDto"];
  /** @description Optional sign-in settings. */
  options?: components["schemas"]["SignInByWebAuthnOptionsDto"];
};

/**
 * Outcome of a WebAuthn sign-in, with tokens when it succeeded.
 */
export type VerifyAuthenticationResultDto = {
  /** @description True if GenAuth accepted the authenticator's assertion. */
  verified: boolean;
  /** @description The issued tokens; present only when `verified` is true. */
  tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
};

/**
 * Envelope answering `verifyAuthentication`.
 */
export type VerifyAuthenticationResultRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Whether the assertion was accepted and, if so, the tokens. */
  data: components["schemas"]["VerifyAuthenticationResultDto"];
};

/**
 * A short-lived token that allows deleting the account.
 */
export type VerifyDeleteAccountRequestDataDto = {
  /** @description Token to pass to `deleteAccount`. */
  deleteAccountToken: string;
  /** @description How long the token stays valid, in seconds (60 by default). */
  tokenExpiresIn: number;
};

/**
 * Proves the user's identity before deleting their account.
 */
export type VerifyDeleteAccountRequestDto = {
  /**
   * @description How the user proves their identity: `PHONE_PASSCODE`, `EMAIL_PASSCODE` or `PASSWORD`; fill the matching payload.
   * @enum {string}
   */
  verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";
  /** @description Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
  phonePassCodePayload?: components["schemas"]["DeleteAccountByPhonePassCodeDto"];
  /** @description Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
  emailPassCodePayload?: components["schemas"]["DeleteAccountByEmailPassCodeDto"];
  /** @description The user's password; used when `verifyMethod` is `PASSWORD`. */
  passwordPayload?: components["schemas"]["DeleteAccountByPasswordDto"];
};

/**
 * Envelope answering `verifyDeleteAccountRequest`.
 */
export type VerifyDeleteAccountRequestRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The account deletion token and its lifetime. */
  data: components["schemas"]["VerifyDeleteAccountRequestDataDto"];
};

/**
 * A code an invitee received, to be checked before they register.
 */
export type VerifyInviteCodeDto = {
  /**
   * @description Where the code was sent: `smsCode` (by SMS) or `emailCode` (by email).
   * @enum {string}
   */
  receiverType: "smsCode" | "emailCode";
  /** @description The code the invitee received. */
  code: string;
  /** @description The token identifying the invitation to register. */
  token: string;
};

/**
 * Completes registering a WebAuthn authenticator by submitting the credential it created.
 */
export type VerifyRegistrationDto = {
  /** @description The ticket returned by `initRegisterOptions`. */
  ticket: string;
  /** @description The credential the authenticator created, to bind to the user. */
  registrationCredential: components["schemas"]["RegistrationCredentialDto"];
  /**
   * @description Kind of authenticator: `fingerprint`, `face` or `other`.
   * @enum {string}
   */
  authenticatorCode?: "fingerprint" | "face" | "other";
};

/**
 * Outcome of registering a WebAuthn authenticator.
 */
export type VerifyRegistrationResultDto = {
  /** @description True if GenAuth accepted the authenticator's registration. */
  verified: boolean;
};

/**
 * Envelope answering `verifyRegister`.
 */
export type VerifyRegistrationResultRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description Whether the registration was accepted. */
  data: components["schemas"]["VerifyRegistrationResultDto"];
};

/**
 * Proves the user's identity to start a forgotten-password reset.
 */
export type VerifyResetPasswordRequestDto = {
  /**
   * @description How the user proves their identity: `EMAIL_PASSCODE` or `PHONE_PASSCODE`; fill the matching payload.
   * @enum {string}
   */
  verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE";
  /** @description Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
  phonePassCodePayload?: components["schemas"]["ResetPasswordByPhonePassCodeDto"];
  /** @description Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
  emailPassCodePayload?: components["schemas"]["ResetPasswordByEmailPassCodeDto"];
};

/**
 * A short-lived token that allows changing the email address.
 */
export type VerifyUpdateEmailRequestData = {
  /** @description Token to pass to `updateEmail`. */
  updateEmailToken: string;
  /** @description How long the token stays valid, in seconds (60). */
  tokenExpiresIn: number;
};

/**
 * Proves ownership of the addresses involved before changing the email.
 */
export type VerifyUpdateEmailRequestDto = {
  /** @description The new address and its passcode, plus the old ones when the user pool requires them. */
  emailPassCodePayload: components["schemas"]["UpdateEmailByEmailPassCodeDto"];
  /**
   * @description How ownership is proved; only `EMAIL_PASSCODE` is supported.
   * @enum {string}
   */
  verifyMethod: "EMAIL_PASSCODE";
};

/**
 * Envelope answering `verifyUpdateEmailRequest`.
 */
export type VerifyUpdateEmailRequestRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The email change token and its lifetime. */
  data: components["schemas"]["VerifyUpdateEmailRequestData"];
};

/**
 * A short-lived token that allows changing the phone number.
 */
export type VerifyUpdatePhoneRequestData = {
  /** @description Token to pass to `updatePhone`. */
  updatePhoneToken: string;
  /** @description How long the token stays valid, in seconds. */
  tokenExpiresIn: number;
};

/**
 * Proves ownership of the numbers involved before changing the phone number.
 */
export type VerifyUpdatePhoneRequestDto = {
  /** @description The new number and its passcode, plus the old ones when the user pool requires them. */
  phonePassCodePayload: components["schemas"]["UpdatePhoneByPhonePassCodeDto"];
  /**
   * @description How ownership is proved; only `PHONE_PASSCODE` is supported.
   * @enum {string}
   */
  verifyMethod: "PHONE_PASSCODE";
};

/**
 * Envelope answering `verifyUpdatePhoneRequest`.
 */
export type VerifyUpdatePhoneRequestRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The phone change token and its lifetime. */
  data: components["schemas"]["VerifyUpdatePhoneRequestData"];
};

/**
 * Envelope answering `checkValidCredentialsByCredIds`.
 */
export type WebAuthnCheckValidCredentialsByCredIdsRespDto = components["schemas"]["GenAuthEnvelope"] & {
  /** @description The credentials among those asked about that are still valid; GenAuth does not document the item shape. */
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
  /** @description The scopes that were requested at sign-in. */
  scope?: string;
  /** @description Short-lived token for calling protected APIs. */
  access_token?: string;
  /** @description Token asserting who the user is; decoding it yields the user's details. */
  id_token?: string;
  /** @description Token for getting a new access token when the current one expires. */
  refresh_token?: string;
  /** @description Kind of token issued (for example `Bearer`). */
  token_type: string;
  /** @description How long the access token stays valid, in seconds. */
  expire_in: number;
};

/**
 * Signs in with the code WeChat returned to a mobile app.
 */
export type WechatMobileAuthByCodeIdentityInput = {
  /** @description Authorization code WeChat returned once the user authorized the app. */
  code: string;
  /** @description ID of the GenAuth application. */
  appId?: string;
  /** @description ID of the identity source connection. */
  connId?: string;
  /** @description Optional sign-in settings. */
  options?: components["schemas"]["SignInOptionsDto"];
};
