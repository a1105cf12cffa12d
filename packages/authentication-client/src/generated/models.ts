// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type * as Schemas from "@genauth/types";

/**
 * The `AccessToken` model of the GenAuth API.
 */
export type AccessToken = Schemas.AccessToken;

/**
 * The `AccessibleAppsDto` model of the GenAuth API.
 */
export type AccessibleAppsDto = Schemas.AccessibleAppsDto;

/**
 * The `AlipayAuthInfoDataDto` model of the GenAuth API.
 */
export type AlipayAuthInfoDataDto = Schemas.AlipayAuthInfoDataDto;

/**
 * The `AppQRCodeLoginDto` model of the GenAuth API.
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
 * The `AppValidateRuleDto` model of the GenAuth API.
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
 * The `ApplicationPermissionApplyApprovalObject` model of the GenAuth API.
 */
export type ApplicationPermissionApplyApprovalObject = Schemas.ApplicationPermissionApplyApprovalObject;

/**
 * The `ApprovalDetailDto` model of the GenAuth API.
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
 * The `ApprovalDetailRes` model of the GenAuth API.
 */
export type ApprovalDetailRes = Schemas.ApprovalDetailRes;

/**
 * The `ArrResourceAuthAction` model of the GenAuth API.
 */
export type ArrResourceAuthAction = Schemas.ArrResourceAuthAction;

/**
 * The `ArrayAuthorize` model of the GenAuth API.
 */
export type ArrayAuthorize = Schemas.ArrayAuthorize;

/**
 * The `AuthUrlResult` model of the GenAuth API.
 */
export type AuthUrlResult = Schemas.AuthUrlResult;

/**
 * The `AuthenticationCredentialDto` model of the GenAuth API.
 */
export type AuthenticationCredentialDto = Schemas.AuthenticationCredentialDto;

/**
 * The `AuthenticationOptionsDto` model of the GenAuth API.
 */
export type AuthenticationOptionsDto = Schemas.AuthenticationOptionsDto;

/**
 * The `AuthenticatorAssertionResponseDto` model of the GenAuth API.
 */
export type AuthenticatorAssertionResponseDto = Schemas.AuthenticatorAssertionResponseDto;

/**
 * The `AuthenticatorAttestationResponseDto` model of the GenAuth API.
 */
export type AuthenticatorAttestationResponseDto = Schemas.AuthenticatorAttestationResponseDto;

/**
 * The `AuthorizedResourceDto` model of the GenAuth API.
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
 * The `AuthorizedResourcePaginatedRespDto` model of the GenAuth API.
 */
export type AuthorizedResourcePaginatedRespDto = Schemas.AuthorizedResourcePaginatedRespDto;

/**
 * The `AuthorizedResourcePagingDto` model of the GenAuth API.
 */
export type AuthorizedResourcePagingDto = Schemas.AuthorizedResourcePagingDto;

/**
 * The `BatchCreateApprovalReq` model of the GenAuth API.
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
 * The `BindByAccountIdInputApi` model of the GenAuth API.
 */
export type BindByAccountIdInputApi = Schemas.BindByAccountIdInputApi;

/**
 * The `BindByAccountInputApi` model of the GenAuth API.
 */
export type BindByAccountInputApi = Schemas.BindByAccountInputApi;

/**
 * The `BindByAccountsInputApi` model of the GenAuth API.
 */
export type BindByAccountsInputApi = Schemas.BindByAccountsInputApi;

/**
 * The `BindByEmailCodeInputApi` model of the GenAuth API.
 */
export type BindByEmailCodeInputApi = Schemas.BindByEmailCodeInputApi;

/**
 * The `BindByPhoneCodeInputApi` model of the GenAuth API.
 */
export type BindByPhoneCodeInputApi = Schemas.BindByPhoneCodeInputApi;

/**
 * The `BindByRegiserInputApi` model of the GenAuth API.
 */
export type BindByRegiserInputApi = Schemas.BindByRegiserInputApi;

/**
 * The `BindEmailDto` model of the GenAuth API.
 */
export type BindEmailDto = Schemas.BindEmailDto;

/**
 * The `BindPhoneDto` model of the GenAuth API.
 */
export type BindPhoneDto = Schemas.BindPhoneDto;

/**
 * The `Cas20ValidationFailureResult` model of the GenAuth API.
 */
export type Cas20ValidationFailureResult = Schemas.Cas20ValidationFailureResult;

/**
 * The `Cas20ValidationSuccessResult` model of the GenAuth API.
 */
export type Cas20ValidationSuccessResult = Schemas.Cas20ValidationSuccessResult;

/**
 * The `CasParams` model of the GenAuth API.
 */
export type CasParams = Schemas.CasParams;

/**
 * The `ChangePushCodeStatusDto` model of the GenAuth API.
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
 * The `ChangeQRCodeStatusDto` model of the GenAuth API.
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
 * The `CheckDeviceCredentialIdDto` model of the GenAuth API.
 */
export type CheckDeviceCredentialIdDto = Schemas.CheckDeviceCredentialIdDto;

/**
 * The `CheckPermissionArrayResourceDto` model of the GenAuth API.
 */
export type CheckPermissionArrayResourceDto = Schemas.CheckPermissionArrayResourceDto;

/**
 * The `CheckPermissionStringResourceDto` model of the GenAuth API.
 */
export type CheckPermissionStringResourceDto = Schemas.CheckPermissionStringResourceDto;

/**
 * The `CheckPermissionTreeResourceDto` model of the GenAuth API.
 */
export type CheckPermissionTreeResourceDto = Schemas.CheckPermissionTreeResourceDto;

/**
 * The `CheckPushCodeStatusDataDto` model of the GenAuth API.
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
 * The `CheckPushCodeStatusRespDto` model of the GenAuth API.
 */
export type CheckPushCodeStatusRespDto = Schemas.CheckPushCodeStatusRespDto;

/**
 * The `CheckQRCodeStatusDataDto` model of the GenAuth API.
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
 * The `CheckQRCodeStatusRespDto` model of the GenAuth API.
 */
export type CheckQRCodeStatusRespDto = Schemas.CheckQRCodeStatusRespDto;

/**
 * The `CheckResourcePermissionDataDto` model of the GenAuth API.
 */
export type CheckResourcePermissionDataDto = Schemas.CheckResourcePermissionDataDto;

/**
 * The `CheckResourcePermissionRespDto` model of the GenAuth API.
 */
export type CheckResourcePermissionRespDto = Schemas.CheckResourcePermissionRespDto;

/**
 * The `CheckResourcePermissionsRespDto` model of the GenAuth API.
 */
export type CheckResourcePermissionsRespDto = Schemas.CheckResourcePermissionsRespDto;

/**
 * The `CommonResponseDto` model of the GenAuth API.
 */
export type CommonResponseDto = Schemas.CommonResponseDto;

/**
 * The `CountryDetailInfo` model of the GenAuth API.
 */
export type CountryDetailInfo = Schemas.CountryDetailInfo;

/**
 * The `CreateApprovalDto` model of the GenAuth API.
 */
export type CreateApprovalDto = Schemas.CreateApprovalDto;

/**
 * The `CreateApprovalReq` model of the GenAuth API.
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
 * The `CreateApprovalRes` model of the GenAuth API.
 */
export type CreateApprovalRes = Schemas.CreateApprovalRes;

/**
 * The `CustomFieldI18n` model of the GenAuth API.
 */
export type CustomFieldI18n = Schemas.CustomFieldI18n;

/**
 * The `DecryptDouyinMiniProgramDataDto` model of the GenAuth API.
 */
export type DecryptDouyinMiniProgramDataDto = Schemas.DecryptDouyinMiniProgramDataDto;

/**
 * The `DecryptDouyinMiniProgramDataRespDto` model of the GenAuth API.
 */
export type DecryptDouyinMiniProgramDataRespDto = Schemas.DecryptDouyinMiniProgramDataRespDto;

/**
 * The `DecryptWechatMiniProgramDataDto` model of the GenAuth API.
 */
export type DecryptWechatMiniProgramDataDto = Schemas.DecryptWechatMiniProgramDataDto;

/**
 * The `DecryptWechatMiniProgramDataRespDto` model of the GenAuth API.
 */
export type DecryptWechatMiniProgramDataRespDto = Schemas.DecryptWechatMiniProgramDataRespDto;

/**
 * The `DeleteAccounDto` model of the GenAuth API.
 */
export type DeleteAccounDto = Schemas.DeleteAccounDto;

/**
 * The `DeleteAccountByEmailPassCodeDto` model of the GenAuth API.
 */
export type DeleteAccountByEmailPassCodeDto = Schemas.DeleteAccountByEmailPassCodeDto;

/**
 * The `DeleteAccountByPasswordDto` model of the GenAuth API.
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
 * The `DeleteAccountByPhonePassCodeDto` model of the GenAuth API.
 */
export type DeleteAccountByPhonePassCodeDto = Schemas.DeleteAccountByPhonePassCodeDto;

/**
 * The `DepartmentI18nDto` model of the GenAuth API.
 */
export type DepartmentI18nDto = Schemas.DepartmentI18nDto;

/**
 * The `DeviceInfo` model of the GenAuth API.
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
 * The `EnablePermissionApplyApplication` model of the GenAuth API.
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
 * The `EnablePermissionApplyApplicationList` model of the GenAuth API.
 */
export type EnablePermissionApplyApplicationList = Schemas.EnablePermissionApplyApplicationList;

/**
 * The `EnablePermissionApplyApplicationListRes` model of the GenAuth API.
 */
export type EnablePermissionApplyApplicationListRes = Schemas.EnablePermissionApplyApplicationListRes;

/**
 * The `EnablePermissionApplyRole` model of the GenAuth API.
 */
export type EnablePermissionApplyRole = Schemas.EnablePermissionApplyRole;

/**
 * The `EnablePermissionApplyRoleListRes` model of the GenAuth API.
 */
export type EnablePermissionApplyRoleListRes = Schemas.EnablePermissionApplyRoleListRes;

/**
 * The `EnablePermissionApplyRolePageList` model of the GenAuth API.
 */
export type EnablePermissionApplyRolePageList = Schemas.EnablePermissionApplyRolePageList;

/**
 * The `EnrollFactorDto` model of the GenAuth API.
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
 * The `EnrollFactorEnrollmentDataDto` model of the GenAuth API.
 */
export type EnrollFactorEnrollmentDataDto = Schemas.EnrollFactorEnrollmentDataDto;

/**
 * The `EnrollFactorRespDto` model of the GenAuth API.
 */
export type EnrollFactorRespDto = Schemas.EnrollFactorRespDto;

/**
 * The `ErrMsgI18nDto` model of the GenAuth API.
 */
export type ErrMsgI18nDto = Schemas.ErrMsgI18nDto;

/**
 * The `ExchangeTokenSetWithQRcodeTicketDto` model of the GenAuth API.
 */
export type ExchangeTokenSetWithQRcodeTicketDto = Schemas.ExchangeTokenSetWithQRcodeTicketDto;

/**
 * The `ExtIdpInfoDto` model of the GenAuth API.
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
 * The `ExtendsFieldDto` model of the GenAuth API.
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
 * The `ExtraParams` model of the GenAuth API.
 */
export type ExtraParams = Schemas.ExtraParams;

/**
 * The `FactorDto` model of the GenAuth API.
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
 * The `FactorProfile` model of the GenAuth API.
 */
export type FactorProfile = Schemas.FactorProfile;

/**
 * The `FactorToEnrollDto` model of the GenAuth API.
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
 * The `FastpassQRCodeRelationAppDto` model of the GenAuth API.
 */
export type FastpassQRCodeRelationAppDto = Schemas.FastpassQRCodeRelationAppDto;

/**
 * The `FastpassUserInfoDto` model of the GenAuth API.
 */
export type FastpassUserInfoDto = Schemas.FastpassUserInfoDto;

/**
 * The `FinalizeWebAuthnLoginDto` model of the GenAuth API.
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
 * The `GeneFastpassQRCodeInfoDto` model of the GenAuth API.
 */
export type GeneFastpassQRCodeInfoDto = Schemas.GeneFastpassQRCodeInfoDto;

/**
 * The `GeneFastpassQRCodeRespDto` model of the GenAuth API.
 */
export type GeneFastpassQRCodeRespDto = Schemas.GeneFastpassQRCodeRespDto;

/**
 * The `GenePushCodeDataDto` model of the GenAuth API.
 */
export type GenePushCodeDataDto = Schemas.GenePushCodeDataDto;

/**
 * The `GenePushCodeRespDto` model of the GenAuth API.
 */
export type GenePushCodeRespDto = Schemas.GenePushCodeRespDto;

/**
 * The `GeneQRCodeDataDto` model of the GenAuth API.
 */
export type GeneQRCodeDataDto = Schemas.GeneQRCodeDataDto;

/**
 * The `GeneQRCodeRespDto` model of the GenAuth API.
 */
export type GeneQRCodeRespDto = Schemas.GeneQRCodeRespDto;

/**
 * The `GenerateBindExtIdpLinkDataDto` model of the GenAuth API.
 */
export type GenerateBindExtIdpLinkDataDto = Schemas.GenerateBindExtIdpLinkDataDto;

/**
 * The `GenerateBindExtIdpLinkRespDto` model of the GenAuth API.
 */
export type GenerateBindExtIdpLinkRespDto = Schemas.GenerateBindExtIdpLinkRespDto;

/**
 * The `GenerateInvitationLinkDto` model of the GenAuth API.
 */
export type GenerateInvitationLinkDto = Schemas.GenerateInvitationLinkDto;

/**
 * The `GenerateInvitationLinkRespDto` model of the GenAuth API.
 */
export type GenerateInvitationLinkRespDto = Schemas.GenerateInvitationLinkRespDto;

/**
 * The `GenerateInviteeTokenDto` model of the GenAuth API.
 */
export type GenerateInviteeTokenDto = Schemas.GenerateInviteeTokenDto;

/**
 * The `GenerateInviteeTokenRespDto` model of the GenAuth API.
 */
export type GenerateInviteeTokenRespDto = Schemas.GenerateInviteeTokenRespDto;

/**
 * The `GenerateQrcodeDto` model of the GenAuth API.
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
 * The `GeoIp` model of the GenAuth API.
 */
export type GeoIp = Schemas.GeoIp;

/**
 * The `GeoIpLocation` model of the GenAuth API.
 */
export type GeoIpLocation = Schemas.GeoIpLocation;

/**
 * The `GetAccessibleAppsRespDto` model of the GenAuth API.
 */
export type GetAccessibleAppsRespDto = Schemas.GetAccessibleAppsRespDto;

/**
 * The `GetAlipayAuthInfoRespDto` model of the GenAuth API.
 */
export type GetAlipayAuthInfoRespDto = Schemas.GetAlipayAuthInfoRespDto;

/**
 * The `GetAuthenticationOptionsRespDto` model of the GenAuth API.
 */
export type GetAuthenticationOptionsRespDto = Schemas.GetAuthenticationOptionsRespDto;

/**
 * The `GetCaptchaCodeDataDto` model of the GenAuth API.
 */
export type GetCaptchaCodeDataDto = Schemas.GetCaptchaCodeDataDto;

/**
 * The `GetCaptchaCodeRespDto` model of the GenAuth API.
 */
export type GetCaptchaCodeRespDto = Schemas.GetCaptchaCodeRespDto;

/**
 * The `GetCountryListRespDto` model of the GenAuth API.
 */
export type GetCountryListRespDto = Schemas.GetCountryListRespDto;

/**
 * The `GetExtIdpsRespDto` model of the GenAuth API.
 */
export type GetExtIdpsRespDto = Schemas.GetExtIdpsRespDto;

/**
 * The `GetFactorRespDto` model of the GenAuth API.
 */
export type GetFactorRespDto = Schemas.GetFactorRespDto;

/**
 * The `GetFastpassQRCodeRelationAppsDto` model of the GenAuth API.
 */
export type GetFastpassQRCodeRelationAppsDto = Schemas.GetFastpassQRCodeRelationAppsDto;

/**
 * The `GetFastpassQRCodeRelationAppsRespDto` model of the GenAuth API.
 */
export type GetFastpassQRCodeRelationAppsRespDto = Schemas.GetFastpassQRCodeRelationAppsRespDto;

/**
 * The `GetIdentitiesRespDto` model of the GenAuth API.
 */
export type GetIdentitiesRespDto = Schemas.GetIdentitiesRespDto;

/**
 * The `GetInviteeContextRespDto` model of the GenAuth API.
 */
export type GetInviteeContextRespDto = Schemas.GetInviteeContextRespDto;

/**
 * The `GetLoggedInAppsRespDto` model of the GenAuth API.
 */
export type GetLoggedInAppsRespDto = Schemas.GetLoggedInAppsRespDto;

/**
 * The `GetLoginHistoryRespDto` model of the GenAuth API.
 */
export type GetLoginHistoryRespDto = Schemas.GetLoginHistoryRespDto;

/**
 * The `GetPublicAccountDataRespDto` model of the GenAuth API.
 */
export type GetPublicAccountDataRespDto = Schemas.GetPublicAccountDataRespDto;

/**
 * The `GetPushCodeRelationAppsDataDto` model of the GenAuth API.
 */
export type GetPushCodeRelationAppsDataDto = Schemas.GetPushCodeRelationAppsDataDto;

/**
 * The `GetPushCodeRelationAppsDto` model of the GenAuth API.
 */
export type GetPushCodeRelationAppsDto = Schemas.GetPushCodeRelationAppsDto;

/**
 * The `GetPushCodeRelationAppsRespDto` model of the GenAuth API.
 */
export type GetPushCodeRelationAppsRespDto = Schemas.GetPushCodeRelationAppsRespDto;

/**
 * The `GetRegistrationOptionsRespDto` model of the GenAuth API.
 */
export type GetRegistrationOptionsRespDto = Schemas.GetRegistrationOptionsRespDto;

/**
 * The `GetSecurityInfoDto` model of the GenAuth API.
 */
export type GetSecurityInfoDto = Schemas.GetSecurityInfoDto;

/**
 * The `GetSecurityInfoRespDto` model of the GenAuth API.
 */
export type GetSecurityInfoRespDto = Schemas.GetSecurityInfoRespDto;

/**
 * The `GetTenantListRespDto` model of the GenAuth API.
 */
export type GetTenantListRespDto = Schemas.GetTenantListRespDto;

/**
 * The `GetUniversalInvitationJoinRespDto` model of the GenAuth API.
 */
export type GetUniversalInvitationJoinRespDto = Schemas.GetUniversalInvitationJoinRespDto;

/**
 * The `GetUniversalInvitationPublicConfigRespDto` model of the GenAuth API.
 */
export type GetUniversalInvitationPublicConfigRespDto = Schemas.GetUniversalInvitationPublicConfigRespDto;

/**
 * The `GetUserAuthResourceListDataDto` model of the GenAuth API.
 */
export type GetUserAuthResourceListDataDto = Schemas.GetUserAuthResourceListDataDto;

/**
 * The `GetUserAuthResourceListRespDto` model of the GenAuth API.
 */
export type GetUserAuthResourceListRespDto = Schemas.GetUserAuthResourceListRespDto;

/**
 * The `GetUserAuthResourcePermissionList` model of the GenAuth API.
 */
export type GetUserAuthResourcePermissionList = Schemas.GetUserAuthResourcePermissionList;

/**
 * The `GetUserAuthResourcePermissionListDataDto` model of the GenAuth API.
 */
export type GetUserAuthResourcePermissionListDataDto = Schemas.GetUserAuthResourcePermissionListDataDto;

/**
 * The `GetUserAuthResourcePermissionListDto` model of the GenAuth API.
 */
export type GetUserAuthResourcePermissionListDto = Schemas.GetUserAuthResourcePermissionListDto;

/**
 * The `GetUserAuthResourcePermissionListRespDto` model of the GenAuth API.
 */
export type GetUserAuthResourcePermissionListRespDto = Schemas.GetUserAuthResourcePermissionListRespDto;

/**
 * The `GetUserAuthResourceStructDataDto` model of the GenAuth API.
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
 * The `GetUserAuthResourceStructDto` model of the GenAuth API.
 */
export type GetUserAuthResourceStructDto = Schemas.GetUserAuthResourceStructDto;

/**
 * The `GetUserAuthResourceStructRespDto` model of the GenAuth API.
 */
export type GetUserAuthResourceStructRespDto = Schemas.GetUserAuthResourceStructRespDto;

/**
 * The `GetUserSelectLoginPublicAccountsDataDto` model of the GenAuth API.
 */
export type GetUserSelectLoginPublicAccountsDataDto = Schemas.GetUserSelectLoginPublicAccountsDataDto;

/**
 * The `GetUserSelectLoginPublicAccountsOriginUserDto` model of the GenAuth API.
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
 * The `GroupDto` model of the GenAuth API.
 */
export type GroupDto = Schemas.GroupDto;

/**
 * The `GroupListRespDto` model of the GenAuth API.
 */
export type GroupListRespDto = Schemas.GroupListRespDto;

/**
 * The `IDToken` model of the GenAuth API.
 */
export type IDToken = Schemas.IDToken;

/**
 * The `IdentityDto` model of the GenAuth API.
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
 * The `InitiatedApproval` model of the GenAuth API.
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
 * The `InitiatedApprovalListRes` model of the GenAuth API.
 */
export type InitiatedApprovalListRes = Schemas.InitiatedApprovalListRes;

/**
 * The `InitiatedApprovalPageList` model of the GenAuth API.
 */
export type InitiatedApprovalPageList = Schemas.InitiatedApprovalPageList;

/**
 * The `InvitationLinkDto` model of the GenAuth API.
 */
export type InvitationLinkDto = Schemas.InvitationLinkDto;

/**
 * The `InviteeContextDto` model of the GenAuth API.
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
 * The `InviteeProfileDto` model of the GenAuth API.
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
 * The `InviterDetailDto` model of the GenAuth API.
 */
export type InviterDetailDto = Schemas.InviterDetailDto;

/**
 * The `IsSuccessDto` model of the GenAuth API.
 */
export type IsSuccessDto = Schemas.IsSuccessDto;

/**
 * The `IsSuccessRespDto` model of the GenAuth API.
 */
export type IsSuccessRespDto = Schemas.IsSuccessRespDto;

/**
 * The `JWKSObject` model of the GenAuth API.
 */
export type JWKSObject = Schemas.JWKSObject;

/**
 * The `LangObject` model of the GenAuth API.
 */
export type LangObject = Schemas.LangObject;

/**
 * The `LangUnit` model of the GenAuth API.
 */
export type LangUnit = Schemas.LangUnit;

/**
 * The `ListDeviceCredentialDto` model of the GenAuth API.
 */
export type ListDeviceCredentialDto = Schemas.ListDeviceCredentialDto;

/**
 * The `ListEnrolledFactorsRespDto` model of the GenAuth API.
 */
export type ListEnrolledFactorsRespDto = Schemas.ListEnrolledFactorsRespDto;

/**
 * The `ListFactorsToEnrollRespDto` model of the GenAuth API.
 */
export type ListFactorsToEnrollRespDto = Schemas.ListFactorsToEnrollRespDto;

/**
 * The `ListPublicAccountDataDto` model of the GenAuth API.
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
 * The `ListWebAuthnAuthenticatorDeviceDataDto` model of the GenAuth API.
 */
export type ListWebAuthnAuthenticatorDeviceDataDto = Schemas.ListWebAuthnAuthenticatorDeviceDataDto;

/**
 * The `LoggedInAppsDto` model of the GenAuth API.
 */
export type LoggedInAppsDto = Schemas.LoggedInAppsDto;

/**
 * The `LoginHistoryDto` model of the GenAuth API.
 */
export type LoginHistoryDto = Schemas.LoginHistoryDto;

/**
 * The `LoginHistoryPaginatedRespDto` model of the GenAuth API.
 */
export type LoginHistoryPaginatedRespDto = Schemas.LoginHistoryPaginatedRespDto;

/**
 * The `LoginTokenRespDto` model of the GenAuth API.
 */
export type LoginTokenRespDto = Schemas.LoginTokenRespDto;

/**
 * The `LoginTokenResponseDataDto` model of the GenAuth API.
 */
export type LoginTokenResponseDataDto = Schemas.LoginTokenResponseDataDto;

/**
 * The `LogoutParams` model of the GenAuth API.
 */
export type LogoutParams = Schemas.LogoutParams;

/**
 * The `MfaOtpVerityDto` model of the GenAuth API.
 */
export type MfaOtpVerityDto = Schemas.MfaOtpVerityDto;

/**
 * The `MfaOtpVerityRespDto` model of the GenAuth API.
 */
export type MfaOtpVerityRespDto = Schemas.MfaOtpVerityRespDto;

/**
 * The `MfaTokenIntrospectEndpointParams` model of the GenAuth API.
 */
export type MfaTokenIntrospectEndpointParams = Schemas.MfaTokenIntrospectEndpointParams;

/**
 * The `MfaTokenIntrospectResponse` model of the GenAuth API.
 */
export type MfaTokenIntrospectResponse = Schemas.MfaTokenIntrospectResponse;

/**
 * The `OIDCTokenResponse` model of the GenAuth API.
 */
export type OIDCTokenResponse = Schemas.OIDCTokenResponse;

/**
 * The `OauthParams` model of the GenAuth API.
 */
export type OauthParams = Schemas.OauthParams;

/**
 * The `OidcParams` model of the GenAuth API.
 */
export type OidcParams = Schemas.OidcParams;

/**
 * The `OpenResource` model of the GenAuth API.
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
 * The `OtpVerityRespDto` model of the GenAuth API.
 */
export type OtpVerityRespDto = Schemas.OtpVerityRespDto;

/**
 * The `ParsedUserAgent` model of the GenAuth API.
 */
export type ParsedUserAgent = Schemas.ParsedUserAgent;

/**
 * The `PasswordResetVerifyResp` model of the GenAuth API.
 */
export type PasswordResetVerifyResp = Schemas.PasswordResetVerifyResp;

/**
 * The `PolicyCondition` model of the GenAuth API.
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
 * The `PolicyInviteJoinedOptionsDto` model of the GenAuth API.
 */
export type PolicyInviteJoinedOptionsDto = Schemas.PolicyInviteJoinedOptionsDto;

/**
 * The `PolicyInviteeJoinedDto` model of the GenAuth API.
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
 * The `PreCheckCodeDataDto` model of the GenAuth API.
 */
export type PreCheckCodeDataDto = Schemas.PreCheckCodeDataDto;

/**
 * The `PreCheckCodeDto` model of the GenAuth API.
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
 * The `PreCheckCodeRespDto` model of the GenAuth API.
 */
export type PreCheckCodeRespDto = Schemas.PreCheckCodeRespDto;

/**
 * The `PreCheckEmailCodeDto` model of the GenAuth API.
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
 * The `PreCheckSmsCodeDto` model of the GenAuth API.
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
 * The `PublicAccountSwitchLoginDto` model of the GenAuth API.
 */
export type PublicAccountSwitchLoginDto = Schemas.PublicAccountSwitchLoginDto;

/**
 * The `PublicKeyCredentialCreationOptionsDto` model of the GenAuth API.
 */
export type PublicKeyCredentialCreationOptionsDto = Schemas.PublicKeyCredentialCreationOptionsDto;

/**
 * The `PublicKeyCredentialDescriptorDto` model of the GenAuth API.
 */
export type PublicKeyCredentialDescriptorDto = Schemas.PublicKeyCredentialDescriptorDto;

/**
 * The `PublicKeyCredentialParametersDto` model of the GenAuth API.
 */
export type PublicKeyCredentialParametersDto = Schemas.PublicKeyCredentialParametersDto;

/**
 * The `PublicKeyCredentialRequestOptionsDto` model of the GenAuth API.
 */
export type PublicKeyCredentialRequestOptionsDto = Schemas.PublicKeyCredentialRequestOptionsDto;

/**
 * The `PublicKeyCredentialRpEntityDto` model of the GenAuth API.
 */
export type PublicKeyCredentialRpEntityDto = Schemas.PublicKeyCredentialRpEntityDto;

/**
 * The `PublicKeyCredentialUserEntityDto` model of the GenAuth API.
 */
export type PublicKeyCredentialUserEntityDto = Schemas.PublicKeyCredentialUserEntityDto;

/**
 * The `QRCodeStatusBriefUserInfoDto` model of the GenAuth API.
 */
export type QRCodeStatusBriefUserInfoDto = Schemas.QRCodeStatusBriefUserInfoDto;

/**
 * The `RegistrationCredentialDto` model of the GenAuth API.
 */
export type RegistrationCredentialDto = Schemas.RegistrationCredentialDto;

/**
 * The `RegistrationOptionsDto` model of the GenAuth API.
 */
export type RegistrationOptionsDto = Schemas.RegistrationOptionsDto;

/**
 * The `RemoveDeviceCredentialDto` model of the GenAuth API.
 */
export type RemoveDeviceCredentialDto = Schemas.RemoveDeviceCredentialDto;

/**
 * The `ResetFactorDto` model of the GenAuth API.
 */
export type ResetFactorDto = Schemas.ResetFactorDto;

/**
 * The `ResetFactorRespDto` model of the GenAuth API.
 */
export type ResetFactorRespDto = Schemas.ResetFactorRespDto;

/**
 * The `ResetPasswordByEmailPassCodeDto` model of the GenAuth API.
 */
export type ResetPasswordByEmailPassCodeDto = Schemas.ResetPasswordByEmailPassCodeDto;

/**
 * The `ResetPasswordByPhonePassCodeDto` model of the GenAuth API.
 */
export type ResetPasswordByPhonePassCodeDto = Schemas.ResetPasswordByPhonePassCodeDto;

/**
 * The `ResetPasswordDto` model of the GenAuth API.
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
 * The `ResetPasswordVerify` model of the GenAuth API.
 */
export type ResetPasswordVerify = Schemas.ResetPasswordVerify;

/**
 * The `RevokeDeviceSessionDto` model of the GenAuth API.
 */
export type RevokeDeviceSessionDto = Schemas.RevokeDeviceSessionDto;

/**
 * The `RoleDto` model of the GenAuth API.
 */
export type RoleDto = Schemas.RoleDto;

/**
 * The `RoleListRespDto` model of the GenAuth API.
 */
export type RoleListRespDto = Schemas.RoleListRespDto;

/**
 * The `RolePermissionApplyApprovalObject` model of the GenAuth API.
 */
export type RolePermissionApplyApprovalObject = Schemas.RolePermissionApplyApprovalObject;

/**
 * The `SendEmailDto` model of the GenAuth API.
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
 * The `SendEmailRespDto` model of the GenAuth API.
 */
export type SendEmailRespDto = Schemas.SendEmailRespDto;

/**
 * The `SendEnrollFactorRequestDataDto` model of the GenAuth API.
 */
export type SendEnrollFactorRequestDataDto = Schemas.SendEnrollFactorRequestDataDto;

/**
 * The `SendEnrollFactorRequestDto` model of the GenAuth API.
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
 * The `SendEnrollFactorRequestOtpDataDto` model of the GenAuth API.
 */
export type SendEnrollFactorRequestOtpDataDto = Schemas.SendEnrollFactorRequestOtpDataDto;

/**
 * The `SendEnrollFactorRequestRespDto` model of the GenAuth API.
 */
export type SendEnrollFactorRequestRespDto = Schemas.SendEnrollFactorRequestRespDto;

/**
 * The `SendSMSDto` model of the GenAuth API.
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
 * The `SendSMSRespDto` model of the GenAuth API.
 */
export type SendSMSRespDto = Schemas.SendSMSRespDto;

/**
 * The `SignInByAdPayloadDto` model of the GenAuth API.
 */
export type SignInByAdPayloadDto = Schemas.SignInByAdPayloadDto;

/**
 * The `SignInByAlipayPayloadDto` model of the GenAuth API.
 */
export type SignInByAlipayPayloadDto = Schemas.SignInByAlipayPayloadDto;

/**
 * The `SignInByAmazonPayloadDto` model of the GenAuth API.
 */
export type SignInByAmazonPayloadDto = Schemas.SignInByAmazonPayloadDto;

/**
 * The `SignInByApplePayloadDto` model of the GenAuth API.
 */
export type SignInByApplePayloadDto = Schemas.SignInByApplePayloadDto;

/**
 * The `SignInByBaiduPayloadDto` model of the GenAuth API.
 */
export type SignInByBaiduPayloadDto = Schemas.SignInByBaiduPayloadDto;

/**
 * The `SignInByDingTalkPayloadDto` model of the GenAuth API.
 */
export type SignInByDingTalkPayloadDto = Schemas.SignInByDingTalkPayloadDto;

/**
 * The `SignInByDouyinMiniProgramCodeAndPhonePayloadDto` model of the GenAuth API.
 */
export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByDouyinMiniProgramCodeAndPhonePayloadDto;

/**
 * The `SignInByDouyinMiniProgramCodePayloadDto` model of the GenAuth API.
 */
export type SignInByDouyinMiniProgramCodePayloadDto = Schemas.SignInByDouyinMiniProgramCodePayloadDto;

/**
 * The `SignInByDouyinMiniProgramPhoneInfoPayloadDto` model of the GenAuth API.
 */
export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = Schemas.SignInByDouyinMiniProgramPhoneInfoPayloadDto;

/**
 * The `SignInByDouyinPayloadDto` model of the GenAuth API.
 */
export type SignInByDouyinPayloadDto = Schemas.SignInByDouyinPayloadDto;

/**
 * The `SignInByFacebookPayloadDto` model of the GenAuth API.
 */
export type SignInByFacebookPayloadDto = Schemas.SignInByFacebookPayloadDto;

/**
 * The `SignInByGiteePayloadDto` model of the GenAuth API.
 */
export type SignInByGiteePayloadDto = Schemas.SignInByGiteePayloadDto;

/**
 * The `SignInByGithubPayloadDto` model of the GenAuth API.
 */
export type SignInByGithubPayloadDto = Schemas.SignInByGithubPayloadDto;

/**
 * The `SignInByGitlabPayloadDto` model of the GenAuth API.
 */
export type SignInByGitlabPayloadDto = Schemas.SignInByGitlabPayloadDto;

/**
 * The `SignInByGooglePayloadDto` model of the GenAuth API.
 */
export type SignInByGooglePayloadDto = Schemas.SignInByGooglePayloadDto;

/**
 * The `SignInByHuaweiPayloadDto` model of the GenAuth API.
 */
export type SignInByHuaweiPayloadDto = Schemas.SignInByHuaweiPayloadDto;

/**
 * The `SignInByKuaishouPayloadDto` model of the GenAuth API.
 */
export type SignInByKuaishouPayloadDto = Schemas.SignInByKuaishouPayloadDto;

/**
 * The `SignInByLarkBlockPayloadDto` model of the GenAuth API.
 */
export type SignInByLarkBlockPayloadDto = Schemas.SignInByLarkBlockPayloadDto;

/**
 * The `SignInByLarkInternalPayloadDto` model of the GenAuth API.
 */
export type SignInByLarkInternalPayloadDto = Schemas.SignInByLarkInternalPayloadDto;

/**
 * The `SignInByLarkPublicPayloadDto` model of the GenAuth API.
 */
export type SignInByLarkPublicPayloadDto = Schemas.SignInByLarkPublicPayloadDto;

/**
 * The `SignInByLdapPayloadDto` model of the GenAuth API.
 */
export type SignInByLdapPayloadDto = Schemas.SignInByLdapPayloadDto;

/**
 * The `SignInByLinePayloadDto` model of the GenAuth API.
 */
export type SignInByLinePayloadDto = Schemas.SignInByLinePayloadDto;

/**
 * The `SignInByLinkedInPayloadDto` model of the GenAuth API.
 */
export type SignInByLinkedInPayloadDto = Schemas.SignInByLinkedInPayloadDto;

/**
 * The `SignInByMobileOptionsDto` model of the GenAuth API.
 */
export type SignInByMobileOptionsDto = Schemas.SignInByMobileOptionsDto;

/**
 * The `SignInByOPPOPayloadDto` model of the GenAuth API.
 */
export type SignInByOPPOPayloadDto = Schemas.SignInByOPPOPayloadDto;

/**
 * The `SignInByPassCodePayloadDto` model of the GenAuth API.
 */
export type SignInByPassCodePayloadDto = Schemas.SignInByPassCodePayloadDto;

/**
 * The `SignInByPasswordPayloadDto` model of the GenAuth API.
 */
export type SignInByPasswordPayloadDto = Schemas.SignInByPasswordPayloadDto;

/**
 * The `SignInByPushDto` model of the GenAuth API.
 */
export type SignInByPushDto = Schemas.SignInByPushDto;

/**
 * The `SignInByPushOptionsDto` model of the GenAuth API.
 */
export type SignInByPushOptionsDto = Schemas.SignInByPushOptionsDto;

/**
 * The `SignInByQQPayloadDto` model of the GenAuth API.
 */
export type SignInByQQPayloadDto = Schemas.SignInByQQPayloadDto;

/**
 * The `SignInBySlackPayloadDto` model of the GenAuth API.
 */
export type SignInBySlackPayloadDto = Schemas.SignInBySlackPayloadDto;

/**
 * The `SignInBySwitchOptionsDto` model of the GenAuth API.
 */
export type SignInBySwitchOptionsDto = Schemas.SignInBySwitchOptionsDto;

/**
 * The `SignInByWebAuthnOptionsDto` model of the GenAuth API.
 */
export type SignInByWebAuthnOptionsDto = Schemas.SignInByWebAuthnOptionsDto;

/**
 * The `SignInByWechatMiniProgramCodeAndPhonePayloadDto` model of the GenAuth API.
 */
export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByWechatMiniProgramCodeAndPhonePayloadDto;

/**
 * The `SignInByWechatMiniProgramCodePayloadDto` model of the GenAuth API.
 */
export type SignInByWechatMiniProgramCodePayloadDto = Schemas.SignInByWechatMiniProgramCodePayloadDto;

/**
 * The `SignInByWechatMiniProgramPhoneInfoPayloadDto` model of the GenAuth API.
 */
export type SignInByWechatMiniProgramPhoneInfoPayloadDto = Schemas.SignInByWechatMiniProgramPhoneInfoPayloadDto;

/**
 * The `SignInByWechatMiniProgramPhonePayloadDto` model of the GenAuth API.
 */
export type SignInByWechatMiniProgramPhonePayloadDto = Schemas.SignInByWechatMiniProgramPhonePayloadDto;

/**
 * The `SignInByWechatPayloadDto` model of the GenAuth API.
 */
export type SignInByWechatPayloadDto = Schemas.SignInByWechatPayloadDto;

/**
 * The `SignInByWechatworkAgencyPayloadDto` model of the GenAuth API.
 */
export type SignInByWechatworkAgencyPayloadDto = Schemas.SignInByWechatworkAgencyPayloadDto;

/**
 * The `SignInByWechatworkDto` model of the GenAuth API.
 */
export type SignInByWechatworkDto = Schemas.SignInByWechatworkDto;

/**
 * The `SignInByWeiboPayloadDto` model of the GenAuth API.
 */
export type SignInByWeiboPayloadDto = Schemas.SignInByWeiboPayloadDto;

/**
 * The `SignInByXiaomiPayloadDto` model of the GenAuth API.
 */
export type SignInByXiaomiPayloadDto = Schemas.SignInByXiaomiPayloadDto;

/**
 * The `SignInByYidunPayloadDto` model of the GenAuth API.
 */
export type SignInByYidunPayloadDto = Schemas.SignInByYidunPayloadDto;

/**
 * The `SignInFastpassDto` model of the GenAuth API.
 */
export type SignInFastpassDto = Schemas.SignInFastpassDto;

/**
 * The `SignInFastpassOptionsDto` model of the GenAuth API.
 */
export type SignInFastpassOptionsDto = Schemas.SignInFastpassOptionsDto;

/**
 * The `SignInOptionsDto` model of the GenAuth API.
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
 * The `SignUpByPassCodeDto` model of the GenAuth API.
 */
export type SignUpByPassCodeDto = Schemas.SignUpByPassCodeDto;

/**
 * The `SignUpByPasswordDto` model of the GenAuth API.
 */
export type SignUpByPasswordDto = Schemas.SignUpByPasswordDto;

/**
 * The `SignUpDto` model of the GenAuth API.
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
 * The `SignUpOptionsDto` model of the GenAuth API.
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
 * The `SignUpProfileDto` model of the GenAuth API.
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
 * The `SigninByCredentialsDto` model of the GenAuth API.
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
 * The `SigninByMobileDto` model of the GenAuth API.
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
 * The `StrAuthorize` model of the GenAuth API.
 */
export type StrAuthorize = Schemas.StrAuthorize;

/**
 * The `StrResourceAuthAction` model of the GenAuth API.
 */
export type StrResourceAuthAction = Schemas.StrResourceAuthAction;

/**
 * The `SystemInfoResp` model of the GenAuth API.
 */
export type SystemInfoResp = Schemas.SystemInfoResp;

/**
 * The `SystmeInfoRSAConfig` model of the GenAuth API.
 */
export type SystmeInfoRSAConfig = Schemas.SystmeInfoRSAConfig;

/**
 * The `SystmeInfoSM2Config` model of the GenAuth API.
 */
export type SystmeInfoSM2Config = Schemas.SystmeInfoSM2Config;

/**
 * The `SystmeInfoVersion` model of the GenAuth API.
 */
export type SystmeInfoVersion = Schemas.SystmeInfoVersion;

/**
 * The `TerminalSessionDto` model of the GenAuth API.
 */
export type TerminalSessionDto = Schemas.TerminalSessionDto;

/**
 * The `TerminalSessionRespDto` model of the GenAuth API.
 */
export type TerminalSessionRespDto = Schemas.TerminalSessionRespDto;

/**
 * The `TreeAuthBo` model of the GenAuth API.
 */
export type TreeAuthBo = Schemas.TreeAuthBo;

/**
 * The `TreeAuthorize` model of the GenAuth API.
 */
export type TreeAuthorize = Schemas.TreeAuthorize;

/**
 * The `TreeResourceAuthAction` model of the GenAuth API.
 */
export type TreeResourceAuthAction = Schemas.TreeResourceAuthAction;

/**
 * The `TreeStructs` model of the GenAuth API.
 */
export type TreeStructs = Schemas.TreeStructs;

/**
 * The `UnbindDeviceDto` model of the GenAuth API.
 */
export type UnbindDeviceDto = Schemas.UnbindDeviceDto;

/**
 * The `UnbindEmailDto` model of the GenAuth API.
 */
export type UnbindEmailDto = Schemas.UnbindEmailDto;

/**
 * The `UnbindPhoneDto` model of the GenAuth API.
 */
export type UnbindPhoneDto = Schemas.UnbindPhoneDto;

/**
 * The `UniversalInvitationJoinRespDto` model of the GenAuth API.
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
 * The `UniversalInvitationPublicConfigDto` model of the GenAuth API.
 */
export type UniversalInvitationPublicConfigDto = Schemas.UniversalInvitationPublicConfigDto;

/**
 * The `UniversalInvitationUserJoinDto` model of the GenAuth API.
 */
export type UniversalInvitationUserJoinDto = Schemas.UniversalInvitationUserJoinDto;

/**
 * The `UniversalInviteeProfileDto` model of the GenAuth API.
 */
export type UniversalInviteeProfileDto = Schemas.UniversalInviteeProfileDto;

/**
 * The `UnlinkExtIdpDto` model of the GenAuth API.
 */
export type UnlinkExtIdpDto = Schemas.UnlinkExtIdpDto;

/**
 * The `UpdateEmailByEmailPassCodeDto` model of the GenAuth API.
 */
export type UpdateEmailByEmailPassCodeDto = Schemas.UpdateEmailByEmailPassCodeDto;

/**
 * The `UpdateEmailDto` model of the GenAuth API.
 */
export type UpdateEmailDto = Schemas.UpdateEmailDto;

/**
 * The `UpdatePasskeyDto` model of the GenAuth API.
 */
export type UpdatePasskeyDto = Schemas.UpdatePasskeyDto;

/**
 * The `UpdatePasswordDto` model of the GenAuth API.
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
 * The `UpdatePhoneByPhonePassCodeDto` model of the GenAuth API.
 */
export type UpdatePhoneByPhonePassCodeDto = Schemas.UpdatePhoneByPhonePassCodeDto;

/**
 * The `UpdatePhoneDto` model of the GenAuth API.
 */
export type UpdatePhoneDto = Schemas.UpdatePhoneDto;

/**
 * The `UpdateUserProfileDto` model of the GenAuth API.
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
 * The `UserAuthResourceListDto` model of the GenAuth API.
 */
export type UserAuthResourceListDto = Schemas.UserAuthResourceListDto;

/**
 * The `UserDepartmentPaginatedRespDto` model of the GenAuth API.
 */
export type UserDepartmentPaginatedRespDto = Schemas.UserDepartmentPaginatedRespDto;

/**
 * The `UserDepartmentPagingDto` model of the GenAuth API.
 */
export type UserDepartmentPagingDto = Schemas.UserDepartmentPagingDto;

/**
 * The `UserDepartmentRespDto` model of the GenAuth API.
 */
export type UserDepartmentRespDto = Schemas.UserDepartmentRespDto;

/**
 * The `UserDto` model of the GenAuth API.
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
 * The `UserPoolPublicConfigDto` model of the GenAuth API.
 */
export type UserPoolPublicConfigDto = Schemas.UserPoolPublicConfigDto;

/**
 * The `UserSingleRespDto` model of the GenAuth API.
 */
export type UserSingleRespDto = Schemas.UserSingleRespDto;

/**
 * The `UserTenantListDto` model of the GenAuth API.
 */
export type UserTenantListDto = Schemas.UserTenantListDto;

/**
 * The `ValidatePasswordDto` model of the GenAuth API.
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
 * The `ValidatePasswordRespDto` model of the GenAuth API.
 */
export type ValidatePasswordRespDto = Schemas.ValidatePasswordRespDto;

/**
 * The `ValidatePasswordResultDto` model of the GenAuth API.
 */
export type ValidatePasswordResultDto = Schemas.ValidatePasswordResultDto;

/**
 * The `VerifyAuthenticationDto` model of the GenAuth API.
 */
export type VerifyAuthenticationDto = Schemas.VerifyAuthenticationDto;

/**
 * The `VerifyAuthenticationResultDto` model of the GenAuth API.
 */
export type VerifyAuthenticationResultDto = Schemas.VerifyAuthenticationResultDto;

/**
 * The `VerifyAuthenticationResultRespDto` model of the GenAuth API.
 */
export type VerifyAuthenticationResultRespDto = Schemas.VerifyAuthenticationResultRespDto;

/**
 * The `VerifyDeleteAccountRequestDataDto` model of the GenAuth API.
 */
export type VerifyDeleteAccountRequestDataDto = Schemas.VerifyDeleteAccountRequestDataDto;

/**
 * The `VerifyDeleteAccountRequestDto` model of the GenAuth API.
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
 * The `VerifyDeleteAccountRequestRespDto` model of the GenAuth API.
 */
export type VerifyDeleteAccountRequestRespDto = Schemas.VerifyDeleteAccountRequestRespDto;

/**
 * The `VerifyInviteCodeDto` model of the GenAuth API.
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
 * The `VerifyRegistrationDto` model of the GenAuth API.
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
 * The `VerifyRegistrationResultDto` model of the GenAuth API.
 */
export type VerifyRegistrationResultDto = Schemas.VerifyRegistrationResultDto;

/**
 * The `VerifyRegistrationResultRespDto` model of the GenAuth API.
 */
export type VerifyRegistrationResultRespDto = Schemas.VerifyRegistrationResultRespDto;

/**
 * The `VerifyResetPasswordRequestDto` model of the GenAuth API.
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
 * The `VerifyUpdateEmailRequestData` model of the GenAuth API.
 */
export type VerifyUpdateEmailRequestData = Schemas.VerifyUpdateEmailRequestData;

/**
 * The `VerifyUpdateEmailRequestDto` model of the GenAuth API.
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
 * The `VerifyUpdateEmailRequestRespDto` model of the GenAuth API.
 */
export type VerifyUpdateEmailRequestRespDto = Schemas.VerifyUpdateEmailRequestRespDto;

/**
 * The `VerifyUpdatePhoneRequestData` model of the GenAuth API.
 */
export type VerifyUpdatePhoneRequestData = Schemas.VerifyUpdatePhoneRequestData;

/**
 * The `VerifyUpdatePhoneRequestDto` model of the GenAuth API.
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
 * The `VerifyUpdatePhoneRequestRespDto` model of the GenAuth API.
 */
export type VerifyUpdatePhoneRequestRespDto = Schemas.VerifyUpdatePhoneRequestRespDto;

/**
 * The `WebAuthnCheckValidCredentialsByCredIdsRespDto` model of the GenAuth API.
 */
export type WebAuthnCheckValidCredentialsByCredIdsRespDto = Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto;

/**
 * The `WebAuthnRemoveCredentialDto` model of the GenAuth API.
 */
export type WebAuthnRemoveCredentialDto = Schemas.WebAuthnRemoveCredentialDto;

/**
 * The `WechatLoginTokenRespDto` model of the GenAuth API.
 */
export type WechatLoginTokenRespDto = Schemas.WechatLoginTokenRespDto;

/**
 * The `WechatMobileAuthByCodeIdentityInput` model of the GenAuth API.
 */
export type WechatMobileAuthByCodeIdentityInput = Schemas.WechatMobileAuthByCodeIdentityInput;
