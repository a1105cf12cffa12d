// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type * as Schemas from "@genauth/types";

/**
 * Claims of a decoded GenAuth access token (a JWT).
 */
export type AccessToken = Schemas.AccessToken;

/**
 * An application the signed-in user is allowed to open.
 */
export type AccessibleAppsDto = Schemas.AccessibleAppsDto;

/**
 * What a mobile app needs to start Alipay sign-in.
 */
export type AlipayAuthInfoDataDto = Schemas.AlipayAuthInfoDataDto;

/**
 * Request body for signing in with a quick sign-in QR code scanned in an app.
 */
export type AppQRCodeLoginDto = Schemas.AppQRCodeLoginDto;
/** Run-time enums of {@link AppQRCodeLoginDto}'s properties, named as in the official SDK. */
export namespace AppQRCodeLoginDto {
  /** The values of `AppQRCodeLoginDto.action`, by member name. */
  export const action = {
    APP_LOGIN: "APP_LOGIN",
  } as const;
  /** One of the values of `AppQRCodeLoginDto.action`. */
  export type action = (typeof action)[keyof typeof action];
}

/**
 * A check that the value of an extended user field must pass.
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
 * The application an access request is about.
 */
export type ApplicationPermissionApplyApprovalObject = Schemas.ApplicationPermissionApplyApprovalObject;

/**
 * One approval request and where it stands.
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
 * Answer of `getDetail`: one approval request.
 */
export type ApprovalDetailRes = Schemas.ApprovalDetailRes;

/**
 * What the user is granted on an array data resource.
 */
export type ArrResourceAuthAction = Schemas.ArrResourceAuthAction;

/**
 * The part of a data policy that covers an array data resource.
 */
export type ArrayAuthorize = Schemas.ArrayAuthorize;

/**
 * A sign-in URL built by the SDK, with the values it put in it.
 */
export type AuthUrlResult = Schemas.AuthUrlResult;

/**
 * A WebAuthn credential as returned by the browser after the authenticator signed the challenge.
 */
export type AuthenticationCredentialDto = Schemas.AuthenticationCredentialDto;

/**
 * What the browser needs to ask an authenticator to sign in with WebAuthn.
 */
export type AuthenticationOptionsDto = Schemas.AuthenticationOptionsDto;

/**
 * The part of a WebAuthn assertion produced by the authenticator and the browser.
 */
export type AuthenticatorAssertionResponseDto = Schemas.AuthenticatorAssertionResponseDto;

/**
 * The part of a new WebAuthn credential produced by the authenticator and the browser.
 */
export type AuthenticatorAttestationResponseDto = Schemas.AuthenticatorAttestationResponseDto;

/**
 * A resource the signed-in user is granted, with the actions and the policy effect.
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
 * Answer of `getAuthorizedResources`: one page of the user's granted resources.
 */
export type AuthorizedResourcePaginatedRespDto = Schemas.AuthorizedResourcePaginatedRespDto;

/**
 * One page of the resources granted to the user.
 */
export type AuthorizedResourcePagingDto = Schemas.AuthorizedResourcePagingDto;

/**
 * Request body for submitting several access requests of the same kind at once.
 */
export type BatchCreateApprovalReq = Schemas.BatchCreateApprovalReq;
/** Run-time enums of {@link BatchCreateApprovalReq}'s properties, named as in the official SDK. */
export namespace BatchCreateApprovalReq {
  /** The values of `BatchCreateApprovalReq.objectType`, by member name. */
  export const objectType = {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  } as const;
  /** One of the values of `BatchCreateApprovalReq.objectType`. */
  export type objectType = (typeof objectType)[keyof typeof objectType];
}

/**
 * Request body for linking the WeChat identity to an existing account given by its ID.
 */
export type BindByAccountIdInputApi = Schemas.BindByAccountIdInputApi;

/**
 * Request body for linking the WeChat identity to an account proven by its password.
 */
export type BindByAccountInputApi = Schemas.BindByAccountInputApi;

/**
 * Request body for picking one of several accounts that match the WeChat identity.
 */
export type BindByAccountsInputApi = Schemas.BindByAccountsInputApi;

/**
 * Request body for linking the WeChat identity to an account proven by an email code.
 */
export type BindByEmailCodeInputApi = Schemas.BindByEmailCodeInputApi;

/**
 * Request body for linking the WeChat identity to an account proven by a text-message code.
 */
export type BindByPhoneCodeInputApi = Schemas.BindByPhoneCodeInputApi;

/**
 * Request body for creating a new user from the WeChat identity.
 */
export type BindByRegiserInputApi = Schemas.BindByRegiserInputApi;

/**
 * Request body for adding an email address to the signed-in user.
 */
export type BindEmailDto = Schemas.BindEmailDto;

/**
 * Request body for adding a phone number to the signed-in user.
 */
export type BindPhoneDto = Schemas.BindPhoneDto;

/**
 * A failed CAS 2.0 ticket validation (`serviceValidate`).
 */
export type Cas20ValidationFailureResult = Schemas.Cas20ValidationFailureResult;

/**
 * A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes.
 */
export type Cas20ValidationSuccessResult = Schemas.Cas20ValidationSuccessResult;

/**
 * Options for building a CAS sign-in URL.
 */
export type CasParams = Schemas.CasParams;

/**
 * Request body for confirming or cancelling a push sign-in request.
 */
export type ChangePushCodeStatusDto = Schemas.ChangePushCodeStatusDto;
/** Run-time enums of {@link ChangePushCodeStatusDto}'s properties, named as in the official SDK. */
export namespace ChangePushCodeStatusDto {
  /** The values of `ChangePushCodeStatusDto.action`, by member name. */
  export const action = {
    CONFIRM: "CONFIRM",
    CANCEL: "CANCEL",
  } as const;
  /** One of the values of `ChangePushCodeStatusDto.action`. */
  export type action = (typeof action)[keyof typeof action];
}

/**
 * Request body for reporting what the app did with a sign-in QR code.
 */
export type ChangeQRCodeStatusDto = Schemas.ChangeQRCodeStatusDto;
/** Run-time enums of {@link ChangeQRCodeStatusDto}'s properties, named as in the official SDK. */
export namespace ChangeQRCodeStatusDto {
  /** The values of `ChangeQRCodeStatusDto.action`, by member name. */
  export const action = {
    SCAN: "SCAN",
    CONFIRM: "CONFIRM",
    CANCEL: "CANCEL",
  } as const;
  /** One of the values of `ChangeQRCodeStatusDto.action`. */
  export type action = (typeof action)[keyof typeof action];
}

/**
 * Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.
 */
export type CheckDeviceCredentialIdDto = Schemas.CheckDeviceCredentialIdDto;

/**
 * Request body for checking the user's permission on array data resources.
 */
export type CheckPermissionArrayResourceDto = Schemas.CheckPermissionArrayResourceDto;

/**
 * Request body for checking the user's permission on string data resources.
 */
export type CheckPermissionStringResourceDto = Schemas.CheckPermissionStringResourceDto;

/**
 * Request body for checking the user's permission on tree data resources.
 */
export type CheckPermissionTreeResourceDto = Schemas.CheckPermissionTreeResourceDto;

/**
 * Where a push sign-in request stands, and the tokens once it is authorized.
 */
export type CheckPushCodeStatusDataDto = Schemas.CheckPushCodeStatusDataDto;
/** Run-time enums of {@link CheckPushCodeStatusDataDto}'s properties, named as in the official SDK. */
export namespace CheckPushCodeStatusDataDto {
  /** The values of `CheckPushCodeStatusDataDto.status`, by member name. */
  export const status = {
    PUSHED: "PUSHED",
    AUTHORIZED: "AUTHORIZED",
    CANCELLED: "CANCELLED",
    EXPIRED: "EXPIRED",
    ERROR: "ERROR",
  } as const;
  /** One of the values of `CheckPushCodeStatusDataDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Answer of `checkPushCodeStatus`: where the push sign-in request stands.
 */
export type CheckPushCodeStatusRespDto = Schemas.CheckPushCodeStatusRespDto;

/**
 * Where a sign-in QR code stands, with what the web page needs at each step.
 */
export type CheckQRCodeStatusDataDto = Schemas.CheckQRCodeStatusDataDto;
/** Run-time enums of {@link CheckQRCodeStatusDataDto}'s properties, named as in the official SDK. */
export namespace CheckQRCodeStatusDataDto {
  /** The values of `CheckQRCodeStatusDataDto.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    SCANNED: "SCANNED",
    AUTHORIZED: "AUTHORIZED",
    CANCELLED: "CANCELLED",
    EXPIRED: "EXPIRED",
    ERROR: "ERROR",
  } as const;
  /** One of the values of `CheckQRCodeStatusDataDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Answer of the QR code state checks: where the sign-in QR code stands.
 */
export type CheckQRCodeStatusRespDto = Schemas.CheckQRCodeStatusRespDto;

/**
 * Results of checking the user's permission on several data resources.
 */
export type CheckResourcePermissionDataDto = Schemas.CheckResourcePermissionDataDto;

/**
 * Whether the user may perform an action on one data resource.
 */
export type CheckResourcePermissionRespDto = Schemas.CheckResourcePermissionRespDto;

/**
 * Answer of the `checkPermissionBy*Resource` methods: one result per resource.
 */
export type CheckResourcePermissionsRespDto = Schemas.CheckResourcePermissionsRespDto;

/**
 * GenAuth's envelope without `data`, for operations that only report success or failure.
 */
export type CommonResponseDto = Schemas.CommonResponseDto;

/**
 * A country, with its codes, calling code, flag and names.
 */
export type CountryDetailInfo = Schemas.CountryDetailInfo;

/**
 * The approval request that was just created.
 */
export type CreateApprovalDto = Schemas.CreateApprovalDto;

/**
 * Request body for submitting one access request.
 */
export type CreateApprovalReq = Schemas.CreateApprovalReq;
/** Run-time enums of {@link CreateApprovalReq}'s properties, named as in the official SDK. */
export namespace CreateApprovalReq {
  /** The values of `CreateApprovalReq.objectType`, by member name. */
  export const objectType = {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  } as const;
  /** One of the values of `CreateApprovalReq.objectType`. */
  export type objectType = (typeof objectType)[keyof typeof objectType];
}

/**
 * Envelope answering `createApproval`.
 */
export type CreateApprovalRes = Schemas.CreateApprovalRes;

/**
 * Translations of a custom field's display name.
 */
export type CustomFieldI18n = Schemas.CustomFieldI18n;

/**
 * What a Douyin mini program sends to have its encrypted open data decrypted.
 */
export type DecryptDouyinMiniProgramDataDto = Schemas.DecryptDouyinMiniProgramDataDto;

/**
 * Envelope answering `decryptDouyinMiniProgramData`.
 */
export type DecryptDouyinMiniProgramDataRespDto = Schemas.DecryptDouyinMiniProgramDataRespDto;

/**
 * What a WeChat mini program sends to have its encrypted open data decrypted.
 */
export type DecryptWechatMiniProgramDataDto = Schemas.DecryptWechatMiniProgramDataDto;

/**
 * Envelope answering `decryptWechatMiniProgramData`.
 */
export type DecryptWechatMiniProgramDataRespDto = Schemas.DecryptWechatMiniProgramDataRespDto;

/**
 * The token that authorizes deleting the user's account.
 */
export type DeleteAccounDto = Schemas.DeleteAccounDto;

/**
 * Proves the right to delete the account with a code sent by email.
 */
export type DeleteAccountByEmailPassCodeDto = Schemas.DeleteAccountByEmailPassCodeDto;

/**
 * Proves the right to delete the account with the user's password.
 */
export type DeleteAccountByPasswordDto = Schemas.DeleteAccountByPasswordDto;
/** Run-time enums of {@link DeleteAccountByPasswordDto}'s properties, named as in the official SDK. */
export namespace DeleteAccountByPasswordDto {
  /** The values of `DeleteAccountByPasswordDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `DeleteAccountByPasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Proves the right to delete the account with a code sent by SMS.
 */
export type DeleteAccountByPhonePassCodeDto = Schemas.DeleteAccountByPhonePassCodeDto;

/**
 * Translations of a department's name.
 */
export type DepartmentI18nDto = Schemas.DepartmentI18nDto;

/**
 * A device as GenAuth records it.
 */
export type DeviceInfo = Schemas.DeviceInfo;
/** Run-time enums of {@link DeviceInfo}'s properties, named as in the official SDK. */
export namespace DeviceInfo {
  /** The values of `DeviceInfo.type`, by member name. */
  export const type = {
    BROWSER: "Browser",
    MOBILE: "Mobile",
    DESKTOP: "Desktop",
  } as const;
  /** One of the values of `DeviceInfo.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `DeviceInfo.status`, by member name. */
  export const status = {
    ACTIVATED: "activated",
    SUSPENDED: "suspended",
    DEACTIVATED: "deactivated",
  } as const;
  /** One of the values of `DeviceInfo.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * An application the user may request permissions in.
 */
export type EnablePermissionApplyApplication = Schemas.EnablePermissionApplyApplication;
/** Run-time enums of {@link EnablePermissionApplyApplication}'s properties, named as in the official SDK. */
export namespace EnablePermissionApplyApplication {
  /** The values of `EnablePermissionApplyApplication.appType`, by member name. */
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
  /** One of the values of `EnablePermissionApplyApplication.appType`. */
  export type appType = (typeof appType)[keyof typeof appType];
}

/**
 * The applications the user may request permissions in.
 */
export type EnablePermissionApplyApplicationList = Schemas.EnablePermissionApplyApplicationList;

/**
 * Envelope answering `getEnablePermissionApplyApplicationList`.
 */
export type EnablePermissionApplyApplicationListRes = Schemas.EnablePermissionApplyApplicationListRes;

/**
 * A role of an application that the user may request.
 */
export type EnablePermissionApplyRole = Schemas.EnablePermissionApplyRole;

/**
 * Envelope answering `getEnablePermissionApplyRoleList`.
 */
export type EnablePermissionApplyRoleListRes = Schemas.EnablePermissionApplyRoleListRes;

/**
 * One page of roles the user may request.
 */
export type EnablePermissionApplyRolePageList = Schemas.EnablePermissionApplyRolePageList;

/**
 * The enrollment token and proof that finish binding an MFA factor.
 */
export type EnrollFactorDto = Schemas.EnrollFactorDto;
/** Run-time enums of {@link EnrollFactorDto}'s properties, named as in the official SDK. */
export namespace EnrollFactorDto {
  /** The values of `EnrollFactorDto.factorType`, by member name. */
  export const factorType = {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  } as const;
  /** One of the values of `EnrollFactorDto.factorType`. */
  export type factorType = (typeof factorType)[keyof typeof factorType];
}

/**
 * Proof supplied when binding an MFA factor; which field is needed depends on the factor.
 */
export type EnrollFactorEnrollmentDataDto = Schemas.EnrollFactorEnrollmentDataDto;

/**
 * Envelope answering `enrollFactor`.
 */
export type EnrollFactorRespDto = Schemas.EnrollFactorRespDto;

/**
 * Translations of an error message.
 */
export type ErrMsgI18nDto = Schemas.ErrMsgI18nDto;

/**
 * A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.
 */
export type ExchangeTokenSetWithQRcodeTicketDto = Schemas.ExchangeTokenSetWithQRcodeTicketDto;

/**
 * A connection of an external identity source that the application offers for sign-in.
 */
export type ExtIdpInfoDto = Schemas.ExtIdpInfoDto;
/** Run-time enums of {@link ExtIdpInfoDto}'s properties, named as in the official SDK. */
export namespace ExtIdpInfoDto {
  /** The values of `ExtIdpInfoDto.type`, by member name. */
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
  /** One of the values of `ExtIdpInfoDto.type`. */
  export type type = (typeof type)[keyof typeof type];
  /** The values of `ExtIdpInfoDto.extIdpType`, by member name. */
  export const extIdpType = {
    SOCIAL: "social",
    ENTERPRISE: "enterprise",
  } as const;
  /** One of the values of `ExtIdpInfoDto.extIdpType`. */
  export type extIdpType = (typeof extIdpType)[keyof typeof extIdpType];
}

/**
 * An extended user field shown on the sign-up information-completion form.
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
 * When a subject's role membership starts and ends.
 */
export type ExtraParams = Schemas.ExtraParams;

/**
 * An MFA factor the user has bound.
 */
export type FactorDto = Schemas.FactorDto;
/** Run-time enums of {@link FactorDto}'s properties, named as in the official SDK. */
export namespace FactorDto {
  /** The values of `FactorDto.factorType`, by member name. */
  export const factorType = {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  } as const;
  /** One of the values of `FactorDto.factorType`. */
  export type factorType = (typeof factorType)[keyof typeof factorType];
}

/**
 * Where a new MFA factor sends its codes; which field is needed depends on the factor.
 */
export type FactorProfile = Schemas.FactorProfile;

/**
 * An MFA factor kind the user can still bind.
 */
export type FactorToEnrollDto = Schemas.FactorToEnrollDto;
/** Run-time enums of {@link FactorToEnrollDto}'s properties, named as in the official SDK. */
export namespace FactorToEnrollDto {
  /** The values of `FactorToEnrollDto.factorType`, by member name. */
  export const factorType = {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  } as const;
  /** One of the values of `FactorToEnrollDto.factorType`. */
  export type factorType = (typeof factorType)[keyof typeof factorType];
}

/**
 * An application that a quick sign-in QR code can sign the user in to.
 */
export type FastpassQRCodeRelationAppDto = Schemas.FastpassQRCodeRelationAppDto;

/**
 * Who a quick sign-in QR code belongs to, as shown to the scanner.
 */
export type FastpassUserInfoDto = Schemas.FastpassUserInfoDto;

/**
 * The ticket and authenticator assertion that finish a WebAuthn sign-in.
 */
export type FinalizeWebAuthnLoginDto = Schemas.FinalizeWebAuthnLoginDto;

/**
 * An envelope whose `data` GenAuth does not document; it may hold any JSON value.
 */
export type GenAuthDataEnvelope = Schemas.GenAuthDataEnvelope;

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = Schemas.GenAuthEnvelope;

/**
 * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
 * and there is no `data`.
 */
export type GenAuthErrorEnvelope = Schemas.GenAuthErrorEnvelope;

/**
 * Data to encode in a quick sign-in QR code.
 */
export type GeneFastpassQRCodeInfoDto = Schemas.GeneFastpassQRCodeInfoDto;

/**
 * Envelope answering `geneFastpassQrcodeInfo`.
 */
export type GeneFastpassQRCodeRespDto = Schemas.GeneFastpassQRCodeRespDto;

/**
 * A push sign-in request that was sent to the user's app.
 */
export type GenePushCodeDataDto = Schemas.GenePushCodeDataDto;

/**
 * Envelope answering `signInByPush`.
 */
export type GenePushCodeRespDto = Schemas.GenePushCodeRespDto;

/**
 * A new sign-in QR code.
 */
export type GeneQRCodeDataDto = Schemas.GeneQRCodeDataDto;

/**
 * Envelope answering `geneQrCode`.
 */
export type GeneQRCodeRespDto = Schemas.GeneQRCodeRespDto;

/**
 * A link that binds an external identity to the user.
 */
export type GenerateBindExtIdpLinkDataDto = Schemas.GenerateBindExtIdpLinkDataDto;

/**
 * Envelope answering `generateLinkExtIdpUrl`.
 */
export type GenerateBindExtIdpLinkRespDto = Schemas.GenerateBindExtIdpLinkRespDto;

/**
 * An invitation link a member created.
 */
export type GenerateInvitationLinkDto = Schemas.GenerateInvitationLinkDto;

/**
 * Envelope answering `generateUniversalInvitationByMember`.
 */
export type GenerateInvitationLinkRespDto = Schemas.GenerateInvitationLinkRespDto;

/**
 * A token for an invitee who opened an invitation link.
 */
export type GenerateInviteeTokenDto = Schemas.GenerateInviteeTokenDto;

/**
 * Envelope answering `generateInviteToken`.
 */
export type GenerateInviteeTokenRespDto = Schemas.GenerateInviteeTokenRespDto;

/**
 * What kind of sign-in QR code to create, and its options.
 */
export type GenerateQrcodeDto = Schemas.GenerateQrcodeDto;
/** Run-time enums of {@link GenerateQrcodeDto}'s properties, named as in the official SDK. */
export namespace GenerateQrcodeDto {
  /** The values of `GenerateQrcodeDto.type`, by member name. */
  export const type = {
    MOBILE_APP: "MOBILE_APP",
    WECHAT_MINIPROGRAM: "WECHAT_MINIPROGRAM",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
  } as const;
  /** One of the values of `GenerateQrcodeDto.type`. */
  export type type = (typeof type)[keyof typeof type];
}

/**
 * Where an IP address is, as found by IP geolocation.
 */
export type GeoIp = Schemas.GeoIp;

/**
 * A point given by longitude and latitude.
 */
export type GeoIpLocation = Schemas.GeoIpLocation;

/**
 * Envelope answering `getAccessibleApps`.
 */
export type GetAccessibleAppsRespDto = Schemas.GetAccessibleAppsRespDto;

/**
 * Envelope answering `getAlipayAuthInfo`.
 */
export type GetAlipayAuthInfoRespDto = Schemas.GetAlipayAuthInfoRespDto;

/**
 * Envelope answering `initAuthenticationOptions`.
 */
export type GetAuthenticationOptionsRespDto = Schemas.GetAuthenticationOptionsRespDto;

/**
 * An image captcha and its token.
 */
export type GetCaptchaCodeDataDto = Schemas.GetCaptchaCodeDataDto;

/**
 * Envelope answering `geneCatchaCodeAndToken`.
 */
export type GetCaptchaCodeRespDto = Schemas.GetCaptchaCodeRespDto;

/**
 * Envelope answering `getCountryList`.
 */
export type GetCountryListRespDto = Schemas.GetCountryListRespDto;

/**
 * Envelope answering `getApplicationEnabledExtIdps`.
 */
export type GetExtIdpsRespDto = Schemas.GetExtIdpsRespDto;

/**
 * Envelope answering `getFactor`.
 */
export type GetFactorRespDto = Schemas.GetFactorRespDto;

/**
 * The client applications a quick sign-in QR code can sign the user in to.
 */
export type GetFastpassQRCodeRelationAppsDto = Schemas.GetFastpassQRCodeRelationAppsDto;

/**
 * Envelope answering `getFastpassParams`.
 */
export type GetFastpassQRCodeRelationAppsRespDto = Schemas.GetFastpassQRCodeRelationAppsRespDto;

/**
 * Envelope answering `getIdentities`.
 */
export type GetIdentitiesRespDto = Schemas.GetIdentitiesRespDto;

/**
 * Envelope answering `getInviteCodeContext`.
 */
export type GetInviteeContextRespDto = Schemas.GetInviteeContextRespDto;

/**
 * Envelope answering `getLoggedInApps`.
 */
export type GetLoggedInAppsRespDto = Schemas.GetLoggedInAppsRespDto;

/**
 * Envelope answering `getLoginHistory`.
 */
export type GetLoginHistoryRespDto = Schemas.GetLoginHistoryRespDto;

/**
 * Envelope answering `listPublicAccountsForSwitchLoggedIn`.
 */
export type GetPublicAccountDataRespDto = Schemas.GetPublicAccountDataRespDto;

/**
 * The client applications behind a push sign-in request.
 */
export type GetPushCodeRelationAppsDataDto = Schemas.GetPushCodeRelationAppsDataDto;

/**
 * The push sign-in request whose related client applications are wanted.
 */
export type GetPushCodeRelationAppsDto = Schemas.GetPushCodeRelationAppsDto;

/**
 * Envelope answering `getPushLoginRelationApps`.
 */
export type GetPushCodeRelationAppsRespDto = Schemas.GetPushCodeRelationAppsRespDto;

/**
 * Envelope answering `initRegisterOptions`.
 */
export type GetRegistrationOptionsRespDto = Schemas.GetRegistrationOptionsRespDto;

/**
 * How secure the user's account is.
 */
export type GetSecurityInfoDto = Schemas.GetSecurityInfoDto;

/**
 * Envelope answering `getSecurityLevel`.
 */
export type GetSecurityInfoRespDto = Schemas.GetSecurityInfoRespDto;

/**
 * Envelope answering `getTenantList`.
 */
export type GetTenantListRespDto = Schemas.GetTenantListRespDto;

/**
 * Envelope answering `signupByUniversal`.
 */
export type GetUniversalInvitationJoinRespDto = Schemas.GetUniversalInvitationJoinRespDto;

/**
 * Envelope answering `getUniversalInvitationPublicConfig`.
 */
export type GetUniversalInvitationPublicConfigRespDto = Schemas.GetUniversalInvitationPublicConfigRespDto;

/**
 * The resources granted to the user in the application.
 */
export type GetUserAuthResourceListDataDto = Schemas.GetUserAuthResourceListDataDto;

/**
 * Envelope answering `getUserAuthorizedResourcesList`.
 */
export type GetUserAuthResourceListRespDto = Schemas.GetUserAuthResourceListRespDto;

/**
 * The actions the user may perform on one resource.
 */
export type GetUserAuthResourcePermissionList = Schemas.GetUserAuthResourcePermissionList;

/**
 * The user's permissions on the requested resources.
 */
export type GetUserAuthResourcePermissionListDataDto = Schemas.GetUserAuthResourcePermissionListDataDto;

/**
 * The resources to look up the user's permissions on.
 */
export type GetUserAuthResourcePermissionListDto = Schemas.GetUserAuthResourcePermissionListDto;

/**
 * Envelope answering `getUserAuthResourcePermissionList`.
 */
export type GetUserAuthResourcePermissionListRespDto = Schemas.GetUserAuthResourcePermissionListRespDto;

/**
 * The structure of a resource and what the user may do with its parts.
 */
export type GetUserAuthResourceStructDataDto = Schemas.GetUserAuthResourceStructDataDto;
/** Run-time enums of {@link GetUserAuthResourceStructDataDto}'s properties, named as in the official SDK. */
export namespace GetUserAuthResourceStructDataDto {
  /** The values of `GetUserAuthResourceStructDataDto.resourceType`, by member name. */
  export const resourceType = {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  } as const;
  /** One of the values of `GetUserAuthResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof resourceType)[keyof typeof resourceType];
}

/**
 * The resource whose structure is wanted.
 */
export type GetUserAuthResourceStructDto = Schemas.GetUserAuthResourceStructDto;

/**
 * Envelope answering `getUserAuthResourceStruct`.
 */
export type GetUserAuthResourceStructRespDto = Schemas.GetUserAuthResourceStructRespDto;

/**
 * Public accounts the user may switch to, and the user's own account.
 */
export type GetUserSelectLoginPublicAccountsDataDto = Schemas.GetUserSelectLoginPublicAccountsDataDto;

/**
 * The personal account a user switches from and back to.
 */
export type GetUserSelectLoginPublicAccountsOriginUserDto = Schemas.GetUserSelectLoginPublicAccountsOriginUserDto;
/** Run-time enums of {@link GetUserSelectLoginPublicAccountsOriginUserDto}'s properties, named as in the official SDK. */
export namespace GetUserSelectLoginPublicAccountsOriginUserDto {
  /** The values of `GetUserSelectLoginPublicAccountsOriginUserDto.usertype`, by member name. */
  export const usertype = {
    _1: "1",
    _2: "2",
  } as const;
  /** One of the values of `GetUserSelectLoginPublicAccountsOriginUserDto.usertype`. */
  export type usertype = (typeof usertype)[keyof typeof usertype];
}

/**
 * A WeChat access token and when it expires.
 */
export type GetWechatAccessTokenDataDto = Schemas.GetWechatAccessTokenDataDto;

/**
 * Identifies a WeChat mini program or official account.
 */
export type GetWechatAccessTokenDto = Schemas.GetWechatAccessTokenDto;

/**
 * Envelope answering `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenInfoRespDto = Schemas.GetWechatAccessTokenInfoRespDto;

/**
 * Envelope answering `getWechatMpAccessToken`.
 */
export type GetWechatAccessTokenRespDto = Schemas.GetWechatAccessTokenRespDto;

/**
 * A user group.
 */
export type GroupDto = Schemas.GroupDto;

/**
 * Envelope answering `getGroupList`.
 */
export type GroupListRespDto = Schemas.GroupListRespDto;

/**
 * The claims of a decoded OIDC ID token.
 */
export type IDToken = Schemas.IDToken;

/**
 * An external identity linked to the user.
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
 * A permission request the user has submitted for approval.
 */
export type InitiatedApproval = Schemas.InitiatedApproval;
/** Run-time enums of {@link InitiatedApproval}'s properties, named as in the official SDK. */
export namespace InitiatedApproval {
  /** The values of `InitiatedApproval.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    AGREED: "AGREED",
    REFUSED: "REFUSED",
  } as const;
  /** One of the values of `InitiatedApproval.status`. */
  export type status = (typeof status)[keyof typeof status];
  /** The values of `InitiatedApproval.objectType`, by member name. */
  export const objectType = {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  } as const;
  /** One of the values of `InitiatedApproval.objectType`. */
  export type objectType = (typeof objectType)[keyof typeof objectType];
}

/**
 * Envelope answering `initiatedList`.
 */
export type InitiatedApprovalListRes = Schemas.InitiatedApprovalListRes;

/**
 * One page of approvals the user has submitted.
 */
export type InitiatedApprovalPageList = Schemas.InitiatedApprovalPageList;

/**
 * The invitation link the invitee opened, and what to return with the token.
 */
export type InvitationLinkDto = Schemas.InvitationLinkDto;

/**
 * What the invitee's sign-up page needs to know about an invitation.
 */
export type InviteeContextDto = Schemas.InviteeContextDto;
/** Run-time enums of {@link InviteeContextDto}'s properties, named as in the official SDK. */
export namespace InviteeContextDto {
  /** The values of `InviteeContextDto.sendVerifyCodeMethod`, by member name. */
  export const sendVerifyCodeMethod = {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  } as const;
  /** One of the values of `InviteeContextDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof sendVerifyCodeMethod)[keyof typeof sendVerifyCodeMethod];
}

/**
 * Profile details of an invitee.
 */
export type InviteeProfileDto = Schemas.InviteeProfileDto;
/** Run-time enums of {@link InviteeProfileDto}'s properties, named as in the official SDK. */
export namespace InviteeProfileDto {
  /** The values of `InviteeProfileDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `InviteeProfileDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Who sent an invitation.
 */
export type InviterDetailDto = Schemas.InviterDetailDto;

/**
 * Tells whether an operation succeeded.
 */
export type IsSuccessDto = Schemas.IsSuccessDto;

/**
 * Envelope for operations that only report success or failure.
 */
export type IsSuccessRespDto = Schemas.IsSuccessRespDto;

/**
 * A JSON Web Key Set (JWKS).
 */
export type JWKSObject = Schemas.JWKSObject;

/**
 * A text in each of the four supported languages.
 */
export type LangObject = Schemas.LangObject;

/**
 * The text for one language, and whether it is used.
 */
export type LangUnit = Schemas.LangUnit;

/**
 * Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.
 */
export type ListDeviceCredentialDto = Schemas.ListDeviceCredentialDto;

/**
 * Envelope answering `listEnrolledFactors`.
 */
export type ListEnrolledFactorsRespDto = Schemas.ListEnrolledFactorsRespDto;

/**
 * Envelope answering `listFactorsToEnroll`.
 */
export type ListFactorsToEnrollRespDto = Schemas.ListFactorsToEnrollRespDto;

/**
 * A public account the user may switch to.
 */
export type ListPublicAccountDataDto = Schemas.ListPublicAccountDataDto;
/** Run-time enums of {@link ListPublicAccountDataDto}'s properties, named as in the official SDK. */
export namespace ListPublicAccountDataDto {
  /** The values of `ListPublicAccountDataDto.usertype`, by member name. */
  export const usertype = {
    _1: "1",
    _2: "2",
  } as const;
  /** One of the values of `ListPublicAccountDataDto.usertype`. */
  export type usertype = (typeof usertype)[keyof typeof usertype];
}

/**
 * One page of the user's WebAuthn authenticators.
 */
export type ListWebAuthnAuthenticatorDeviceDataDto = Schemas.ListWebAuthnAuthenticatorDeviceDataDto;

/**
 * An application the user has signed in to.
 */
export type LoggedInAppsDto = Schemas.LoggedInAppsDto;

/**
 * One sign-in attempt by the user.
 */
export type LoginHistoryDto = Schemas.LoginHistoryDto;

/**
 * One page of sign-in history.
 */
export type LoginHistoryPaginatedRespDto = Schemas.LoginHistoryPaginatedRespDto;

/**
 * Envelope answering a successful sign-in, carrying the issued tokens.
 */
export type LoginTokenRespDto = Schemas.LoginTokenRespDto;

/**
 * Tokens issued when a user signs in.
 */
export type LoginTokenResponseDataDto = Schemas.LoginTokenResponseDataDto;

/**
 * Options of `buildLogoutUrl` and `logoutWithRedirect`.
 */
export type LogoutParams = Schemas.LogoutParams;

/**
 * A one-time password to check against the user's OTP factor.
 */
export type MfaOtpVerityDto = Schemas.MfaOtpVerityDto;

/**
 * Envelope answering `mfaOtpVerify`.
 */
export type MfaOtpVerityRespDto = Schemas.MfaOtpVerityRespDto;

/**
 * The MFA token to introspect.
 */
export type MfaTokenIntrospectEndpointParams = Schemas.MfaTokenIntrospectEndpointParams;

/**
 * What introspecting an MFA token reveals.
 */
export type MfaTokenIntrospectResponse = Schemas.MfaTokenIntrospectResponse;

/**
 * Tokens returned by the OIDC token endpoint.
 */
export type OIDCTokenResponse = Schemas.OIDCTokenResponse;

/**
 * OAuth 2.0 options of `buildAuthorizeUrl`.
 */
export type OauthParams = Schemas.OauthParams;

/**
 * OIDC options of `buildAuthorizeUrl`.
 */
export type OidcParams = Schemas.OidcParams;

/**
 * A resource granted by a data policy, with what the grant allows.
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
 * Outcome of checking a one-time password.
 */
export type OtpVerityRespDto = Schemas.OtpVerityRespDto;

/**
 * A User-Agent string broken into parts.
 */
export type ParsedUserAgent = Schemas.ParsedUserAgent;

/**
 * Envelope answering `verifyResetPasswordRequest`.
 */
export type PasswordResetVerifyResp = Schemas.PasswordResetVerifyResp;

/**
 * One condition of a policy statement.
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
 * Extra options when joining through a policy invitation.
 */
export type PolicyInviteJoinedOptionsDto = Schemas.PolicyInviteJoinedOptionsDto;

/**
 * The invitee token, verification code and profile for joining through a policy invitation.
 */
export type PolicyInviteeJoinedDto = Schemas.PolicyInviteeJoinedDto;
/** Run-time enums of {@link PolicyInviteeJoinedDto}'s properties, named as in the official SDK. */
export namespace PolicyInviteeJoinedDto {
  /** The values of `PolicyInviteeJoinedDto.receiverType`, by member name. */
  export const receiverType = {
    SMS_CODE: "smsCode",
    EMAIL_CODE: "emailCode",
  } as const;
  /** One of the values of `PolicyInviteeJoinedDto.receiverType`. */
  export type receiverType = (typeof receiverType)[keyof typeof receiverType];
}

/**
 * Outcome of checking a verification code in advance.
 */
export type PreCheckCodeDataDto = Schemas.PreCheckCodeDataDto;

/**
 * A verification code to check without using it up.
 */
export type PreCheckCodeDto = Schemas.PreCheckCodeDto;
/** Run-time enums of {@link PreCheckCodeDto}'s properties, named as in the official SDK. */
export namespace PreCheckCodeDto {
  /** The values of `PreCheckCodeDto.codeType`, by member name. */
  export const codeType = {
    SMS: "SMS",
    EMAIL: "EMAIL",
  } as const;
  /** One of the values of `PreCheckCodeDto.codeType`. */
  export type codeType = (typeof codeType)[keyof typeof codeType];
}

/**
 * Envelope answering `preCheckCode`.
 */
export type PreCheckCodeRespDto = Schemas.PreCheckCodeRespDto;

/**
 * An email code to check in advance.
 */
export type PreCheckEmailCodeDto = Schemas.PreCheckEmailCodeDto;
/** Run-time enums of {@link PreCheckEmailCodeDto}'s properties, named as in the official SDK. */
export namespace PreCheckEmailCodeDto {
  /** The values of `PreCheckEmailCodeDto.channel`, by member name. */
  export const channel = {
    CHANNEL_LOGIN: "CHANNEL_LOGIN",
    CHANNEL_REGISTER: "CHANNEL_REGISTER",
    CHANNEL_RESET_PASSWORD: "CHANNEL_RESET_PASSWORD",
    CHANNEL_VERIFY_EMAIL_LINK: "CHANNEL_VERIFY_EMAIL_LINK",
    CHANNEL_UPDATE_EMAIL: "CHANNEL_UPDATE_EMAIL",
    CHANNEL_BIND_EMAIL: "CHANNEL_BIND_EMAIL",
    CHANNEL_UNBIND_EMAIL: "CHANNEL_UNBIND_EMAIL",
    CHANNEL_VERIFY_MFA: "CHANNEL_VERIFY_MFA",
    CHANNEL_UNLOCK_ACCOUNT: "CHANNEL_UNLOCK_ACCOUNT",
    CHANNEL_COMPLETE_EMAIL: "CHANNEL_COMPLETE_EMAIL",
    CHANNEL_DELETE_ACCOUNT: "CHANNEL_DELETE_ACCOUNT",
  } as const;
  /** One of the values of `PreCheckEmailCodeDto.channel`. */
  export type channel = (typeof channel)[keyof typeof channel];
}

/**
 * An SMS code to check in advance.
 */
export type PreCheckSmsCodeDto = Schemas.PreCheckSmsCodeDto;
/** Run-time enums of {@link PreCheckSmsCodeDto}'s properties, named as in the official SDK. */
export namespace PreCheckSmsCodeDto {
  /** The values of `PreCheckSmsCodeDto.channel`, by member name. */
  export const channel = {
    CHANNEL_LOGIN: "CHANNEL_LOGIN",
    CHANNEL_REGISTER: "CHANNEL_REGISTER",
    CHANNEL_RESET_PASSWORD: "CHANNEL_RESET_PASSWORD",
    CHANNEL_BIND_PHONE: "CHANNEL_BIND_PHONE",
    CHANNEL_UNBIND_PHONE: "CHANNEL_UNBIND_PHONE",
    CHANNEL_BIND_MFA: "CHANNEL_BIND_MFA",
    CHANNEL_VERIFY_MFA: "CHANNEL_VERIFY_MFA",
    CHANNEL_UNBIND_MFA: "CHANNEL_UNBIND_MFA",
    CHANNEL_COMPLETE_PHONE: "CHANNEL_COMPLETE_PHONE",
    CHANNEL_IDENTITY_VERIFICATION: "CHANNEL_IDENTITY_VERIFICATION",
    CHANNEL_DELETE_ACCOUNT: "CHANNEL_DELETE_ACCOUNT",
  } as const;
  /** One of the values of `PreCheckSmsCodeDto.channel`. */
  export type channel = (typeof channel)[keyof typeof channel];
}

/**
 * A custom user event, as `pub(eventName, data)` sends it.
 */
export type PubUserEventDto = Schemas.PubUserEventDto;

/**
 * The account to switch the session to, and sign-in options.
 */
export type PublicAccountSwitchLoginDto = Schemas.PublicAccountSwitchLoginDto;

/**
 * WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`).
 */
export type PublicKeyCredentialCreationOptionsDto = Schemas.PublicKeyCredentialCreationOptionsDto;

/**
 * Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`).
 */
export type PublicKeyCredentialDescriptorDto = Schemas.PublicKeyCredentialDescriptorDto;

/**
 * A credential type and signature algorithm the relying party accepts.
 */
export type PublicKeyCredentialParametersDto = Schemas.PublicKeyCredentialParametersDto;

/**
 * WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`).
 */
export type PublicKeyCredentialRequestOptionsDto = Schemas.PublicKeyCredentialRequestOptionsDto;

/**
 * The WebAuthn relying party.
 */
export type PublicKeyCredentialRpEntityDto = Schemas.PublicKeyCredentialRpEntityDto;

/**
 * The user a WebAuthn credential belongs to.
 */
export type PublicKeyCredentialUserEntityDto = Schemas.PublicKeyCredentialUserEntityDto;

/**
 * Short details of the user who scanned a QR code.
 */
export type QRCodeStatusBriefUserInfoDto = Schemas.QRCodeStatusBriefUserInfoDto;

/**
 * The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation).
 */
export type RegistrationCredentialDto = Schemas.RegistrationCredentialDto;

/**
 * WebAuthn options for registering an authenticator, with the ticket that goes with them.
 */
export type RegistrationOptionsDto = Schemas.RegistrationOptionsDto;

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type RemoveDeviceCredentialDto = Schemas.RemoveDeviceCredentialDto;

/**
 * Identifies the MFA factor to unbind from the current user.
 */
export type ResetFactorDto = Schemas.ResetFactorDto;

/**
 * Envelope answering `resetFactor`; it carries no data of its own.
 */
export type ResetFactorRespDto = Schemas.ResetFactorRespDto;

/**
 * Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password.
 */
export type ResetPasswordByEmailPassCodeDto = Schemas.ResetPasswordByEmailPassCodeDto;

/**
 * Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password.
 */
export type ResetPasswordByPhonePassCodeDto = Schemas.ResetPasswordByPhonePassCodeDto;

/**
 * Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 */
export type ResetPasswordDto = Schemas.ResetPasswordDto;
/** Run-time enums of {@link ResetPasswordDto}'s properties, named as in the official SDK. */
export namespace ResetPasswordDto {
  /** The values of `ResetPasswordDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `ResetPasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * A token that lets the holder set a new password, and how long it lasts.
 */
export type ResetPasswordVerify = Schemas.ResetPasswordVerify;

/**
 * Identifies the device whose login session should be ended.
 */
export type RevokeDeviceSessionDto = Schemas.RevokeDeviceSessionDto;

/**
 * A role held by the current user, within one permission space.
 */
export type RoleDto = Schemas.RoleDto;

/**
 * Envelope answering `getRoleList`.
 */
export type RoleListRespDto = Schemas.RoleListRespDto;

/**
 * A role that a permission request asks to be granted.
 */
export type RolePermissionApplyApprovalObject = Schemas.RolePermissionApplyApprovalObject;

/**
 * Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 */
export type SendEmailDto = Schemas.SendEmailDto;
/** Run-time enums of {@link SendEmailDto}'s properties, named as in the official SDK. */
export namespace SendEmailDto {
  /** The values of `SendEmailDto.channel`, by member name. */
  export const channel = {
    CHANNEL_LOGIN: "CHANNEL_LOGIN",
    CHANNEL_REGISTER: "CHANNEL_REGISTER",
    CHANNEL_RESET_PASSWORD: "CHANNEL_RESET_PASSWORD",
    CHANNEL_VERIFY_EMAIL_LINK: "CHANNEL_VERIFY_EMAIL_LINK",
    CHANNEL_UPDATE_EMAIL: "CHANNEL_UPDATE_EMAIL",
    CHANNEL_BIND_EMAIL: "CHANNEL_BIND_EMAIL",
    CHANNEL_UNBIND_EMAIL: "CHANNEL_UNBIND_EMAIL",
    CHANNEL_VERIFY_MFA: "CHANNEL_VERIFY_MFA",
    CHANNEL_UNLOCK_ACCOUNT: "CHANNEL_UNLOCK_ACCOUNT",
    CHANNEL_COMPLETE_EMAIL: "CHANNEL_COMPLETE_EMAIL",
    CHANNEL_DELETE_ACCOUNT: "CHANNEL_DELETE_ACCOUNT",
  } as const;
  /** One of the values of `SendEmailDto.channel`. */
  export type channel = (typeof channel)[keyof typeof channel];
}

/**
 * Envelope answering `sendEmail`; it carries no data of its own.
 */
export type SendEmailRespDto = Schemas.SendEmailRespDto;

/**
 * What GenAuth returns when an MFA factor enrollment is started.
 */
export type SendEnrollFactorRequestDataDto = Schemas.SendEnrollFactorRequestDataDto;

/**
 * Starts enrolling a new MFA factor for the current user.
 */
export type SendEnrollFactorRequestDto = Schemas.SendEnrollFactorRequestDto;
/** Run-time enums of {@link SendEnrollFactorRequestDto}'s properties, named as in the official SDK. */
export namespace SendEnrollFactorRequestDto {
  /** The values of `SendEnrollFactorRequestDto.factorType`, by member name. */
  export const factorType = {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  } as const;
  /** One of the values of `SendEnrollFactorRequestDto.factorType`. */
  export type factorType = (typeof factorType)[keyof typeof factorType];
}

/**
 * What an authenticator app needs to set up an OTP factor.
 */
export type SendEnrollFactorRequestOtpDataDto = Schemas.SendEnrollFactorRequestOtpDataDto;

/**
 * Envelope answering `sendEnrollFactorRequest`.
 */
export type SendEnrollFactorRequestRespDto = Schemas.SendEnrollFactorRequestRespDto;

/**
 * Asks GenAuth to text a one-time passcode for a given purpose.
 */
export type SendSMSDto = Schemas.SendSMSDto;
/** Run-time enums of {@link SendSMSDto}'s properties, named as in the official SDK. */
export namespace SendSMSDto {
  /** The values of `SendSMSDto.channel`, by member name. */
  export const channel = {
    CHANNEL_LOGIN: "CHANNEL_LOGIN",
    CHANNEL_REGISTER: "CHANNEL_REGISTER",
    CHANNEL_RESET_PASSWORD: "CHANNEL_RESET_PASSWORD",
    CHANNEL_BIND_PHONE: "CHANNEL_BIND_PHONE",
    CHANNEL_UNBIND_PHONE: "CHANNEL_UNBIND_PHONE",
    CHANNEL_BIND_MFA: "CHANNEL_BIND_MFA",
    CHANNEL_VERIFY_MFA: "CHANNEL_VERIFY_MFA",
    CHANNEL_UNBIND_MFA: "CHANNEL_UNBIND_MFA",
    CHANNEL_COMPLETE_PHONE: "CHANNEL_COMPLETE_PHONE",
    CHANNEL_IDENTITY_VERIFICATION: "CHANNEL_IDENTITY_VERIFICATION",
    CHANNEL_DELETE_ACCOUNT: "CHANNEL_DELETE_ACCOUNT",
  } as const;
  /** One of the values of `SendSMSDto.channel`. */
  export type channel = (typeof channel)[keyof typeof channel];
}

/**
 * Envelope answering `sendSms`; it carries no data of its own.
 */
export type SendSMSRespDto = Schemas.SendSMSRespDto;

/**
 * Windows Active Directory credentials for signing in.
 */
export type SignInByAdPayloadDto = Schemas.SignInByAdPayloadDto;

/**
 * What the Alipay mobile SDK returns, for signing in with Alipay.
 */
export type SignInByAlipayPayloadDto = Schemas.SignInByAlipayPayloadDto;

/**
 * What the Amazon mobile SDK returns, for signing in with Amazon.
 */
export type SignInByAmazonPayloadDto = Schemas.SignInByAmazonPayloadDto;

/**
 * What Sign in with Apple returns on mobile, for signing in with Apple.
 */
export type SignInByApplePayloadDto = Schemas.SignInByApplePayloadDto;

/**
 * What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`.
 */
export type SignInByBaiduPayloadDto = Schemas.SignInByBaiduPayloadDto;

/**
 * What the DingTalk mobile SDK returns, for signing in with DingTalk.
 */
export type SignInByDingTalkPayloadDto = Schemas.SignInByDingTalkPayloadDto;

/**
 * Douyin mini program login data together with the user's authorized phone number.
 */
export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByDouyinMiniProgramCodeAndPhonePayloadDto;

/**
 * What a Douyin mini program sends to sign the user in.
 */
export type SignInByDouyinMiniProgramCodePayloadDto = Schemas.SignInByDouyinMiniProgramCodePayloadDto;

/**
 * The encrypted phone number a Douyin mini program received from the user.
 */
export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = Schemas.SignInByDouyinMiniProgramPhoneInfoPayloadDto;

/**
 * What the Douyin mobile SDK returns, for signing in with Douyin.
 */
export type SignInByDouyinPayloadDto = Schemas.SignInByDouyinPayloadDto;

/**
 * What the Facebook mobile SDK returns, for signing in with Facebook.
 */
export type SignInByFacebookPayloadDto = Schemas.SignInByFacebookPayloadDto;

/**
 * What Gitee returns on mobile, for signing in with Gitee.
 */
export type SignInByGiteePayloadDto = Schemas.SignInByGiteePayloadDto;

/**
 * What GitHub returns on mobile, for signing in with GitHub.
 */
export type SignInByGithubPayloadDto = Schemas.SignInByGithubPayloadDto;

/**
 * What GitLab returns on mobile, for signing in with GitLab.
 */
export type SignInByGitlabPayloadDto = Schemas.SignInByGitlabPayloadDto;

/**
 * What the Google mobile SDK returns, for signing in with Google.
 */
export type SignInByGooglePayloadDto = Schemas.SignInByGooglePayloadDto;

/**
 * What the Huawei mobile SDK returns, for signing in with Huawei.
 */
export type SignInByHuaweiPayloadDto = Schemas.SignInByHuaweiPayloadDto;

/**
 * What the Kuaishou mobile SDK returns, for signing in with Kuaishou.
 */
export type SignInByKuaishouPayloadDto = Schemas.SignInByKuaishouPayloadDto;

/**
 * What a Lark (Feishu) widget returns, for signing in with Lark.
 */
export type SignInByLarkBlockPayloadDto = Schemas.SignInByLarkBlockPayloadDto;

/**
 * What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkInternalPayloadDto = Schemas.SignInByLarkInternalPayloadDto;

/**
 * What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark.
 */
export type SignInByLarkPublicPayloadDto = Schemas.SignInByLarkPublicPayloadDto;

/**
 * LDAP directory credentials for signing in.
 */
export type SignInByLdapPayloadDto = Schemas.SignInByLdapPayloadDto;

/**
 * What the LINE mobile SDK returns, for signing in with LINE.
 */
export type SignInByLinePayloadDto = Schemas.SignInByLinePayloadDto;

/**
 * What LinkedIn returns on mobile, for signing in with LinkedIn.
 */
export type SignInByLinkedInPayloadDto = Schemas.SignInByLinkedInPayloadDto;

/**
 * Optional settings for a mobile social sign-in.
 */
export type SignInByMobileOptionsDto = Schemas.SignInByMobileOptionsDto;

/**
 * What the OPPO mobile SDK returns, for signing in with OPPO.
 */
export type SignInByOPPOPayloadDto = Schemas.SignInByOPPOPayloadDto;

/**
 * A one-time passcode plus the email or phone it was sent to.
 */
export type SignInByPassCodePayloadDto = Schemas.SignInByPassCodePayloadDto;

/**
 * A password plus one identifier (account, email, username or phone) of the user.
 */
export type SignInByPasswordPayloadDto = Schemas.SignInByPasswordPayloadDto;

/**
 * Starts a push sign-in for an account, answered with a code that identifies the pending login.
 */
export type SignInByPushDto = Schemas.SignInByPushDto;

/**
 * Optional settings for a push sign-in.
 */
export type SignInByPushOptionsDto = Schemas.SignInByPushOptionsDto;

/**
 * What the QQ mobile SDK returns, for signing in with QQ.
 */
export type SignInByQQPayloadDto = Schemas.SignInByQQPayloadDto;

/**
 * What Slack returns on mobile, for signing in with Slack.
 */
export type SignInBySlackPayloadDto = Schemas.SignInBySlackPayloadDto;

/**
 * Optional settings for switching the signed-in account.
 */
export type SignInBySwitchOptionsDto = Schemas.SignInBySwitchOptionsDto;

/**
 * Optional settings for a WebAuthn (passkey) sign-in.
 */
export type SignInByWebAuthnOptionsDto = Schemas.SignInByWebAuthnOptionsDto;

/**
 * WeChat mini program login data together with the user's authorized phone number.
 */
export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByWechatMiniProgramCodeAndPhonePayloadDto;

/**
 * What a WeChat mini program sends to sign the user in.
 */
export type SignInByWechatMiniProgramCodePayloadDto = Schemas.SignInByWechatMiniProgramCodePayloadDto;

/**
 * The phone number a WeChat mini program received from the user, as a code.
 */
export type SignInByWechatMiniProgramPhoneInfoPayloadDto = Schemas.SignInByWechatMiniProgramPhoneInfoPayloadDto;

/**
 * What a WeChat mini program sends to sign the user in by their phone number.
 */
export type SignInByWechatMiniProgramPhonePayloadDto = Schemas.SignInByWechatMiniProgramPhonePayloadDto;

/**
 * What the WeChat mobile SDK returns, for signing in with WeChat.
 */
export type SignInByWechatPayloadDto = Schemas.SignInByWechatPayloadDto;

/**
 * What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom.
 */
export type SignInByWechatworkAgencyPayloadDto = Schemas.SignInByWechatworkAgencyPayloadDto;

/**
 * What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom.
 */
export type SignInByWechatworkDto = Schemas.SignInByWechatworkDto;

/**
 * What the Sina Weibo mobile SDK returns, for signing in with Weibo.
 */
export type SignInByWeiboPayloadDto = Schemas.SignInByWeiboPayloadDto;

/**
 * What the Xiaomi mobile SDK returns, for signing in with Xiaomi.
 */
export type SignInByXiaomiPayloadDto = Schemas.SignInByXiaomiPayloadDto;

/**
 * What NetEase Yidun's one-tap mobile carrier login returns.
 */
export type SignInByYidunPayloadDto = Schemas.SignInByYidunPayloadDto;

/**
 * Settings for creating a fast-pass sign-in QR code.
 */
export type SignInFastpassDto = Schemas.SignInFastpassDto;

/**
 * Optional settings for a fast-pass (QR code) sign-in.
 */
export type SignInFastpassOptionsDto = Schemas.SignInFastpassOptionsDto;

/**
 * Optional settings for a sign-in with credentials.
 */
export type SignInOptionsDto = Schemas.SignInOptionsDto;
/** Run-time enums of {@link SignInOptionsDto}'s properties, named as in the official SDK. */
export namespace SignInOptionsDto {
  /** The values of `SignInOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `SignInOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * A one-time passcode plus the email or phone it was sent to, for registering.
 */
export type SignUpByPassCodeDto = Schemas.SignUpByPassCodeDto;

/**
 * A password plus a username or email, for registering.
 */
export type SignUpByPasswordDto = Schemas.SignUpByPasswordDto;

/**
 * Registers a new user with a password or a one-time passcode.
 */
export type SignUpDto = Schemas.SignUpDto;
/** Run-time enums of {@link SignUpDto}'s properties, named as in the official SDK. */
export namespace SignUpDto {
  /** The values of `SignUpDto.connection`, by member name. */
  export const connection = {
    PASSWORD: "PASSWORD",
    PASSCODE: "PASSCODE",
  } as const;
  /** One of the values of `SignUpDto.connection`. */
  export type connection = (typeof connection)[keyof typeof connection];
}

/**
 * Optional settings for a registration.
 */
export type SignUpOptionsDto = Schemas.SignUpOptionsDto;
/** Run-time enums of {@link SignUpOptionsDto}'s properties, named as in the official SDK. */
export namespace SignUpOptionsDto {
  /** The values of `SignUpOptionsDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `SignUpOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Profile fields that may be set on a user at registration.
 */
export type SignUpProfileDto = Schemas.SignUpProfileDto;
/** Run-time enums of {@link SignUpProfileDto}'s properties, named as in the official SDK. */
export namespace SignUpProfileDto {
  /** The values of `SignUpProfileDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `SignUpProfileDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 */
export type SigninByCredentialsDto = Schemas.SigninByCredentialsDto;
/** Run-time enums of {@link SigninByCredentialsDto}'s properties, named as in the official SDK. */
export namespace SigninByCredentialsDto {
  /** The values of `SigninByCredentialsDto.connection`, by member name. */
  export const connection = {
    PASSWORD: "PASSWORD",
    PASSCODE: "PASSCODE",
    LDAP: "LDAP",
    AD: "AD",
  } as const;
  /** One of the values of `SigninByCredentialsDto.connection`. */
  export type connection = (typeof connection)[keyof typeof connection];
}

/**
 * Signs a user in with what a social or mobile identity provider returned to the app.
 */
export type SigninByMobileDto = Schemas.SigninByMobileDto;
/** Run-time enums of {@link SigninByMobileDto}'s properties, named as in the official SDK. */
export namespace SigninByMobileDto {
  /** The values of `SigninByMobileDto.connection`, by member name. */
  export const connection = {
    APPLE: "apple",
    WECHAT: "wechat",
    ALIPAY: "alipay",
    WECHATWORK: "wechatwork",
    WECHATWORK_AGENCY: "wechatwork_agency",
    LARK_INTERNAL: "lark_internal",
    LARK_PUBLIC: "lark_public",
    LARK_BLOCK: "lark_block",
    YIDUN: "yidun",
    WECHAT_MINI_PROGRAM_CODE: "wechat_mini_program_code",
    WECHAT_MINI_PROGRAM_PHONE: "wechat_mini_program_phone",
    WECHAT_MINI_PROGRAM_CODE_AND_PHONE: "wechat_mini_program_code_and_phone",
    GOOGLE: "google",
    FACEBOOK: "facebook",
    QQ: "qq",
    WEIBO: "weibo",
    BAIDU: "baidu",
    LINKEDIN: "linkedin",
    DINGTALK: "dingtalk",
    GITHUB: "github",
    GITEE: "gitee",
    GITLAB: "gitlab",
    DOUYIN: "douyin",
    KUAISHOU: "kuaishou",
    XIAOMI: "xiaomi",
    LINE: "line",
    SLACK: "slack",
    OPPO: "oppo",
    HUAWEI: "huawei",
    AMAZON: "amazon",
    DOUYIN_MINI_PROGRAM_CODE: "douyin_mini_program_code",
    DOUYIN_MINI_PROGRAM_CODE_AND_PHONE: "douyin_mini_program_code_and_phone",
  } as const;
  /** One of the values of `SigninByMobileDto.connection`. */
  export type connection = (typeof connection)[keyof typeof connection];
}

/**
 * A string-type data resource and the actions the user may perform on it.
 */
export type StrAuthorize = Schemas.StrAuthorize;

/**
 * A string-type data resource and its actions.
 */
export type StrResourceAuthAction = Schemas.StrResourceAuthAction;

/**
 * Public server information: encryption keys, versions and egress IPs.
 */
export type SystemInfoResp = Schemas.SystemInfoResp;

/**
 * The server's RSA256 public key.
 */
export type SystmeInfoRSAConfig = Schemas.SystmeInfoRSAConfig;

/**
 * The server's SM2 public key.
 */
export type SystmeInfoSM2Config = Schemas.SystmeInfoSM2Config;

/**
 * Versions of the GenAuth components.
 */
export type SystmeInfoVersion = Schemas.SystmeInfoVersion;

/**
 * A device the current user has signed in from, with its last login.
 */
export type TerminalSessionDto = Schemas.TerminalSessionDto;

/**
 * Envelope answering `list` (the current user's devices).
 */
export type TerminalSessionRespDto = Schemas.TerminalSessionRespDto;

/**
 * A node of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthBo = Schemas.TreeAuthBo;

/**
 * The nodes of a tree-type data resource that the user is authorized on.
 */
export type TreeAuthorize = Schemas.TreeAuthorize;

/**
 * The nodes of a tree-type data resource and their actions.
 */
export type TreeResourceAuthAction = Schemas.TreeResourceAuthAction;

/**
 * A node of a tree-type data resource, with its children.
 */
export type TreeStructs = Schemas.TreeStructs;

/**
 * Identifies the device to remove from the current user's devices.
 */
export type UnbindDeviceDto = Schemas.UnbindDeviceDto;

/**
 * Confirms removing the email address bound to the current user.
 */
export type UnbindEmailDto = Schemas.UnbindEmailDto;

/**
 * Confirms removing the phone number bound to the current user.
 */
export type UnbindPhoneDto = Schemas.UnbindPhoneDto;

/**
 * Outcome of a request to join through a universal invitation link.
 */
export type UniversalInvitationJoinRespDto = Schemas.UniversalInvitationJoinRespDto;
/** Run-time enums of {@link UniversalInvitationJoinRespDto}'s properties, named as in the official SDK. */
export namespace UniversalInvitationJoinRespDto {
  /** The values of `UniversalInvitationJoinRespDto.status`, by member name. */
  export const status = {
    PENDING: "PENDING",
    PASSED: "PASSED",
  } as const;
  /** One of the values of `UniversalInvitationJoinRespDto.status`. */
  export type status = (typeof status)[keyof typeof status];
}

/**
 * Public information shown on a universal invitation page.
 */
export type UniversalInvitationPublicConfigDto = Schemas.UniversalInvitationPublicConfigDto;

/**
 * Asks to join a user pool through a universal invitation link.
 */
export type UniversalInvitationUserJoinDto = Schemas.UniversalInvitationUserJoinDto;

/**
 * Who is applying to join through an invitation.
 */
export type UniversalInviteeProfileDto = Schemas.UniversalInviteeProfileDto;

/**
 * Identifies the external identity source to unlink from the current user.
 */
export type UnlinkExtIdpDto = Schemas.UnlinkExtIdpDto;

/**
 * Proves ownership of a new email address (and, if required, of the old one) with passcodes.
 */
export type UpdateEmailByEmailPassCodeDto = Schemas.UpdateEmailByEmailPassCodeDto;

/**
 * Applies an email change that has been verified.
 */
export type UpdateEmailDto = Schemas.UpdateEmailDto;

/**
 * New settings for a passkey (WebAuthn credential).
 */
export type UpdatePasskeyDto = Schemas.UpdatePasskeyDto;

/**
 * Changes the current user's password.
 */
export type UpdatePasswordDto = Schemas.UpdatePasswordDto;
/** Run-time enums of {@link UpdatePasswordDto}'s properties, named as in the official SDK. */
export namespace UpdatePasswordDto {
  /** The values of `UpdatePasswordDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `UpdatePasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes.
 */
export type UpdatePhoneByPhonePassCodeDto = Schemas.UpdatePhoneByPhonePassCodeDto;

/**
 * Applies a phone number change that has been verified.
 */
export type UpdatePhoneDto = Schemas.UpdatePhoneDto;

/**
 * Profile fields of the current user to change; fields left out keep their value.
 */
export type UpdateUserProfileDto = Schemas.UpdateUserProfileDto;
/** Run-time enums of {@link UpdateUserProfileDto}'s properties, named as in the official SDK. */
export namespace UpdateUserProfileDto {
  /** The values of `UpdateUserProfileDto.gender`, by member name. */
  export const gender = {
    M: "M",
    F: "F",
    U: "U",
  } as const;
  /** One of the values of `UpdateUserProfileDto.gender`. */
  export type gender = (typeof gender)[keyof typeof gender];
}

/**
 * The data resources a data policy grants one user within one permission space.
 */
export type UserAuthResourceListDto = Schemas.UserAuthResourceListDto;

/**
 * Envelope answering `getDepartmentList`.
 */
export type UserDepartmentPaginatedRespDto = Schemas.UserDepartmentPaginatedRespDto;

/**
 * One page of departments plus the total number of matches.
 */
export type UserDepartmentPagingDto = Schemas.UserDepartmentPagingDto;

/**
 * A department the current user belongs to, with the user's role in it.
 */
export type UserDepartmentRespDto = Schemas.UserDepartmentRespDto;

/**
 * A user's account and profile as GenAuth stores it.
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
 * Public details of a user pool.
 */
export type UserPoolPublicConfigDto = Schemas.UserPoolPublicConfigDto;

/**
 * Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`.
 */
export type UserSingleRespDto = Schemas.UserSingleRespDto;

/**
 * A tenant the user belongs to.
 */
export type UserTenantListDto = Schemas.UserTenantListDto;

/**
 * A password to check against a user identified by phone, email or username.
 */
export type ValidatePasswordDto = Schemas.ValidatePasswordDto;
/** Run-time enums of {@link ValidatePasswordDto}'s properties, named as in the official SDK. */
export namespace ValidatePasswordDto {
  /** The values of `ValidatePasswordDto.passwordEncryptType`, by member name. */
  export const passwordEncryptType = {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  } as const;
  /** One of the values of `ValidatePasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof passwordEncryptType)[keyof typeof passwordEncryptType];
}

/**
 * Envelope answering `validatePassword`.
 */
export type ValidatePasswordRespDto = Schemas.ValidatePasswordRespDto;

/**
 * Outcome of a password check.
 */
export type ValidatePasswordResultDto = Schemas.ValidatePasswordResultDto;

/**
 * Completes a WebAuthn sign-in by submitting the authenticator's assertion.
 */
export type VerifyAuthenticationDto = Schemas.VerifyAuthenticationDto;

/**
 * Outcome of a WebAuthn sign-in, with tokens when it succeeded.
 */
export type VerifyAuthenticationResultDto = Schemas.VerifyAuthenticationResultDto;

/**
 * Envelope answering `verifyAuthentication`.
 */
export type VerifyAuthenticationResultRespDto = Schemas.VerifyAuthenticationResultRespDto;

/**
 * A short-lived token that allows deleting the account.
 */
export type VerifyDeleteAccountRequestDataDto = Schemas.VerifyDeleteAccountRequestDataDto;

/**
 * Proves the user's identity before deleting their account.
 */
export type VerifyDeleteAccountRequestDto = Schemas.VerifyDeleteAccountRequestDto;
/** Run-time enums of {@link VerifyDeleteAccountRequestDto}'s properties, named as in the official SDK. */
export namespace VerifyDeleteAccountRequestDto {
  /** The values of `VerifyDeleteAccountRequestDto.verifyMethod`, by member name. */
  export const verifyMethod = {
    PHONE_PASSCODE: "PHONE_PASSCODE",
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
    PASSWORD: "PASSWORD",
  } as const;
  /** One of the values of `VerifyDeleteAccountRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof verifyMethod)[keyof typeof verifyMethod];
}

/**
 * Envelope answering `verifyDeleteAccountRequest`.
 */
export type VerifyDeleteAccountRequestRespDto = Schemas.VerifyDeleteAccountRequestRespDto;

/**
 * A code an invitee received, to be checked before they register.
 */
export type VerifyInviteCodeDto = Schemas.VerifyInviteCodeDto;
/** Run-time enums of {@link VerifyInviteCodeDto}'s properties, named as in the official SDK. */
export namespace VerifyInviteCodeDto {
  /** The values of `VerifyInviteCodeDto.receiverType`, by member name. */
  export const receiverType = {
    SMS_CODE: "smsCode",
    EMAIL_CODE: "emailCode",
  } as const;
  /** One of the values of `VerifyInviteCodeDto.receiverType`. */
  export type receiverType = (typeof receiverType)[keyof typeof receiverType];
}

/**
 * Completes registering a WebAuthn authenticator by submitting the credential it created.
 */
export type VerifyRegistrationDto = Schemas.VerifyRegistrationDto;
/** Run-time enums of {@link VerifyRegistrationDto}'s properties, named as in the official SDK. */
export namespace VerifyRegistrationDto {
  /** The values of `VerifyRegistrationDto.authenticatorCode`, by member name. */
  export const authenticatorCode = {
    FINGERPRINT: "fingerprint",
    FACE: "face",
    OTHER: "other",
  } as const;
  /** One of the values of `VerifyRegistrationDto.authenticatorCode`. */
  export type authenticatorCode = (typeof authenticatorCode)[keyof typeof authenticatorCode];
}

/**
 * Outcome of registering a WebAuthn authenticator.
 */
export type VerifyRegistrationResultDto = Schemas.VerifyRegistrationResultDto;

/**
 * Envelope answering `verifyRegister`.
 */
export type VerifyRegistrationResultRespDto = Schemas.VerifyRegistrationResultRespDto;

/**
 * Proves the user's identity to start a forgotten-password reset.
 */
export type VerifyResetPasswordRequestDto = Schemas.VerifyResetPasswordRequestDto;
/** Run-time enums of {@link VerifyResetPasswordRequestDto}'s properties, named as in the official SDK. */
export namespace VerifyResetPasswordRequestDto {
  /** The values of `VerifyResetPasswordRequestDto.verifyMethod`, by member name. */
  export const verifyMethod = {
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
    PHONE_PASSCODE: "PHONE_PASSCODE",
  } as const;
  /** One of the values of `VerifyResetPasswordRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof verifyMethod)[keyof typeof verifyMethod];
}

/**
 * A short-lived token that allows changing the email address.
 */
export type VerifyUpdateEmailRequestData = Schemas.VerifyUpdateEmailRequestData;

/**
 * Proves ownership of the addresses involved before changing the email.
 */
export type VerifyUpdateEmailRequestDto = Schemas.VerifyUpdateEmailRequestDto;
/** Run-time enums of {@link VerifyUpdateEmailRequestDto}'s properties, named as in the official SDK. */
export namespace VerifyUpdateEmailRequestDto {
  /** The values of `VerifyUpdateEmailRequestDto.verifyMethod`, by member name. */
  export const verifyMethod = {
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
  } as const;
  /** One of the values of `VerifyUpdateEmailRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof verifyMethod)[keyof typeof verifyMethod];
}

/**
 * Envelope answering `verifyUpdateEmailRequest`.
 */
export type VerifyUpdateEmailRequestRespDto = Schemas.VerifyUpdateEmailRequestRespDto;

/**
 * A short-lived token that allows changing the phone number.
 */
export type VerifyUpdatePhoneRequestData = Schemas.VerifyUpdatePhoneRequestData;

/**
 * Proves ownership of the numbers involved before changing the phone number.
 */
export type VerifyUpdatePhoneRequestDto = Schemas.VerifyUpdatePhoneRequestDto;
/** Run-time enums of {@link VerifyUpdatePhoneRequestDto}'s properties, named as in the official SDK. */
export namespace VerifyUpdatePhoneRequestDto {
  /** The values of `VerifyUpdatePhoneRequestDto.verifyMethod`, by member name. */
  export const verifyMethod = {
    PHONE_PASSCODE: "PHONE_PASSCODE",
  } as const;
  /** One of the values of `VerifyUpdatePhoneRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof verifyMethod)[keyof typeof verifyMethod];
}

/**
 * Envelope answering `verifyUpdatePhoneRequest`.
 */
export type VerifyUpdatePhoneRequestRespDto = Schemas.VerifyUpdatePhoneRequestRespDto;

/**
 * Envelope answering `checkValidCredentialsByCredIds`.
 */
export type WebAuthnCheckValidCredentialsByCredIdsRespDto = Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto;

/**
 * A request body with no documented fields; any properties given are sent as they are.
 */
export type WebAuthnRemoveCredentialDto = Schemas.WebAuthnRemoveCredentialDto;

/**
 * Tokens issued after a WeChat mobile sign-in step completes.
 */
export type WechatLoginTokenRespDto = Schemas.WechatLoginTokenRespDto;

/**
 * Signs in with the code WeChat returned to a mobile app.
 */
export type WechatMobileAuthByCodeIdentityInput = Schemas.WechatMobileAuthByCodeIdentityInput;
