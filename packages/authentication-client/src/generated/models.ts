// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type * as Schemas from "@genauth/types";

export type AccessToken = Schemas.AccessToken;

export type AccessibleAppsDto = Schemas.AccessibleAppsDto;

export type AlipayAuthInfoDataDto = Schemas.AlipayAuthInfoDataDto;

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

export type ApplicationPermissionApplyApprovalObject = Schemas.ApplicationPermissionApplyApprovalObject;

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

export type ApprovalDetailRes = Schemas.ApprovalDetailRes;

export type ArrResourceAuthAction = Schemas.ArrResourceAuthAction;

export type ArrayAuthorize = Schemas.ArrayAuthorize;

export type AuthUrlResult = Schemas.AuthUrlResult;

export type AuthenticationCredentialDto = Schemas.AuthenticationCredentialDto;

export type AuthenticationOptionsDto = Schemas.AuthenticationOptionsDto;

export type AuthenticatorAssertionResponseDto = Schemas.AuthenticatorAssertionResponseDto;

export type AuthenticatorAttestationResponseDto = Schemas.AuthenticatorAttestationResponseDto;

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

export type AuthorizedResourcePaginatedRespDto = Schemas.AuthorizedResourcePaginatedRespDto;

export type AuthorizedResourcePagingDto = Schemas.AuthorizedResourcePagingDto;

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

export type BindByAccountIdInputApi = Schemas.BindByAccountIdInputApi;

export type BindByAccountInputApi = Schemas.BindByAccountInputApi;

export type BindByAccountsInputApi = Schemas.BindByAccountsInputApi;

export type BindByEmailCodeInputApi = Schemas.BindByEmailCodeInputApi;

export type BindByPhoneCodeInputApi = Schemas.BindByPhoneCodeInputApi;

export type BindByRegiserInputApi = Schemas.BindByRegiserInputApi;

export type BindEmailDto = Schemas.BindEmailDto;

export type BindPhoneDto = Schemas.BindPhoneDto;

export type Cas20ValidationFailureResult = Schemas.Cas20ValidationFailureResult;

export type Cas20ValidationSuccessResult = Schemas.Cas20ValidationSuccessResult;

export type CasParams = Schemas.CasParams;

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

export type CheckDeviceCredentialIdDto = Schemas.CheckDeviceCredentialIdDto;

export type CheckPermissionArrayResourceDto = Schemas.CheckPermissionArrayResourceDto;

export type CheckPermissionStringResourceDto = Schemas.CheckPermissionStringResourceDto;

export type CheckPermissionTreeResourceDto = Schemas.CheckPermissionTreeResourceDto;

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

export type CheckPushCodeStatusRespDto = Schemas.CheckPushCodeStatusRespDto;

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

export type CheckQRCodeStatusRespDto = Schemas.CheckQRCodeStatusRespDto;

export type CheckResourcePermissionDataDto = Schemas.CheckResourcePermissionDataDto;

export type CheckResourcePermissionRespDto = Schemas.CheckResourcePermissionRespDto;

export type CheckResourcePermissionsRespDto = Schemas.CheckResourcePermissionsRespDto;

export type CommonResponseDto = Schemas.CommonResponseDto;

export type CountryDetailInfo = Schemas.CountryDetailInfo;

export type CreateApprovalDto = Schemas.CreateApprovalDto;

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

export type CreateApprovalRes = Schemas.CreateApprovalRes;

export type CustomFieldI18n = Schemas.CustomFieldI18n;

export type DecryptDouyinMiniProgramDataDto = Schemas.DecryptDouyinMiniProgramDataDto;

export type DecryptDouyinMiniProgramDataRespDto = Schemas.DecryptDouyinMiniProgramDataRespDto;

export type DecryptWechatMiniProgramDataDto = Schemas.DecryptWechatMiniProgramDataDto;

export type DecryptWechatMiniProgramDataRespDto = Schemas.DecryptWechatMiniProgramDataRespDto;

export type DeleteAccounDto = Schemas.DeleteAccounDto;

export type DeleteAccountByEmailPassCodeDto = Schemas.DeleteAccountByEmailPassCodeDto;

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

export type DeleteAccountByPhonePassCodeDto = Schemas.DeleteAccountByPhonePassCodeDto;

export type DepartmentI18nDto = Schemas.DepartmentI18nDto;

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

export type EnablePermissionApplyApplicationList = Schemas.EnablePermissionApplyApplicationList;

export type EnablePermissionApplyApplicationListRes = Schemas.EnablePermissionApplyApplicationListRes;

export type EnablePermissionApplyRole = Schemas.EnablePermissionApplyRole;

export type EnablePermissionApplyRoleListRes = Schemas.EnablePermissionApplyRoleListRes;

export type EnablePermissionApplyRolePageList = Schemas.EnablePermissionApplyRolePageList;

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

export type EnrollFactorEnrollmentDataDto = Schemas.EnrollFactorEnrollmentDataDto;

export type EnrollFactorRespDto = Schemas.EnrollFactorRespDto;

export type ErrMsgI18nDto = Schemas.ErrMsgI18nDto;

export type ExchangeTokenSetWithQRcodeTicketDto = Schemas.ExchangeTokenSetWithQRcodeTicketDto;

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

export type ExtraParams = Schemas.ExtraParams;

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

export type FactorProfile = Schemas.FactorProfile;

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

export type FastpassQRCodeRelationAppDto = Schemas.FastpassQRCodeRelationAppDto;

export type FastpassUserInfoDto = Schemas.FastpassUserInfoDto;

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

export type GeneFastpassQRCodeInfoDto = Schemas.GeneFastpassQRCodeInfoDto;

export type GeneFastpassQRCodeRespDto = Schemas.GeneFastpassQRCodeRespDto;

export type GenePushCodeDataDto = Schemas.GenePushCodeDataDto;

export type GenePushCodeRespDto = Schemas.GenePushCodeRespDto;

export type GeneQRCodeDataDto = Schemas.GeneQRCodeDataDto;

export type GeneQRCodeRespDto = Schemas.GeneQRCodeRespDto;

export type GenerateBindExtIdpLinkDataDto = Schemas.GenerateBindExtIdpLinkDataDto;

export type GenerateBindExtIdpLinkRespDto = Schemas.GenerateBindExtIdpLinkRespDto;

export type GenerateInvitationLinkDto = Schemas.GenerateInvitationLinkDto;

export type GenerateInvitationLinkRespDto = Schemas.GenerateInvitationLinkRespDto;

export type GenerateInviteeTokenDto = Schemas.GenerateInviteeTokenDto;

export type GenerateInviteeTokenRespDto = Schemas.GenerateInviteeTokenRespDto;

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

export type GeoIp = Schemas.GeoIp;

export type GeoIpLocation = Schemas.GeoIpLocation;

export type GetAccessibleAppsRespDto = Schemas.GetAccessibleAppsRespDto;

export type GetAlipayAuthInfoRespDto = Schemas.GetAlipayAuthInfoRespDto;

export type GetAuthenticationOptionsRespDto = Schemas.GetAuthenticationOptionsRespDto;

export type GetCaptchaCodeDataDto = Schemas.GetCaptchaCodeDataDto;

export type GetCaptchaCodeRespDto = Schemas.GetCaptchaCodeRespDto;

export type GetCountryListRespDto = Schemas.GetCountryListRespDto;

export type GetExtIdpsRespDto = Schemas.GetExtIdpsRespDto;

export type GetFactorRespDto = Schemas.GetFactorRespDto;

export type GetFastpassQRCodeRelationAppsDto = Schemas.GetFastpassQRCodeRelationAppsDto;

export type GetFastpassQRCodeRelationAppsRespDto = Schemas.GetFastpassQRCodeRelationAppsRespDto;

export type GetIdentitiesRespDto = Schemas.GetIdentitiesRespDto;

export type GetInviteeContextRespDto = Schemas.GetInviteeContextRespDto;

export type GetLoggedInAppsRespDto = Schemas.GetLoggedInAppsRespDto;

export type GetLoginHistoryRespDto = Schemas.GetLoginHistoryRespDto;

export type GetPublicAccountDataRespDto = Schemas.GetPublicAccountDataRespDto;

export type GetPushCodeRelationAppsDataDto = Schemas.GetPushCodeRelationAppsDataDto;

export type GetPushCodeRelationAppsDto = Schemas.GetPushCodeRelationAppsDto;

export type GetPushCodeRelationAppsRespDto = Schemas.GetPushCodeRelationAppsRespDto;

export type GetRegistrationOptionsRespDto = Schemas.GetRegistrationOptionsRespDto;

export type GetSecurityInfoDto = Schemas.GetSecurityInfoDto;

export type GetSecurityInfoRespDto = Schemas.GetSecurityInfoRespDto;

export type GetTenantListRespDto = Schemas.GetTenantListRespDto;

export type GetUniversalInvitationJoinRespDto = Schemas.GetUniversalInvitationJoinRespDto;

export type GetUniversalInvitationPublicConfigRespDto = Schemas.GetUniversalInvitationPublicConfigRespDto;

export type GetUserAuthResourceListDataDto = Schemas.GetUserAuthResourceListDataDto;

export type GetUserAuthResourceListRespDto = Schemas.GetUserAuthResourceListRespDto;

export type GetUserAuthResourcePermissionList = Schemas.GetUserAuthResourcePermissionList;

export type GetUserAuthResourcePermissionListDataDto = Schemas.GetUserAuthResourcePermissionListDataDto;

export type GetUserAuthResourcePermissionListDto = Schemas.GetUserAuthResourcePermissionListDto;

export type GetUserAuthResourcePermissionListRespDto = Schemas.GetUserAuthResourcePermissionListRespDto;

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

export type GetUserAuthResourceStructDto = Schemas.GetUserAuthResourceStructDto;

export type GetUserAuthResourceStructRespDto = Schemas.GetUserAuthResourceStructRespDto;

export type GetUserSelectLoginPublicAccountsDataDto = Schemas.GetUserSelectLoginPublicAccountsDataDto;

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

export type GroupDto = Schemas.GroupDto;

export type GroupListRespDto = Schemas.GroupListRespDto;

export type IDToken = Schemas.IDToken;

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

export type InitiatedApprovalListRes = Schemas.InitiatedApprovalListRes;

export type InitiatedApprovalPageList = Schemas.InitiatedApprovalPageList;

export type InvitationLinkDto = Schemas.InvitationLinkDto;

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

export type InviterDetailDto = Schemas.InviterDetailDto;

export type IsSuccessDto = Schemas.IsSuccessDto;

export type IsSuccessRespDto = Schemas.IsSuccessRespDto;

export type JWKSObject = Schemas.JWKSObject;

export type LangObject = Schemas.LangObject;

export type LangUnit = Schemas.LangUnit;

export type ListDeviceCredentialDto = Schemas.ListDeviceCredentialDto;

export type ListEnrolledFactorsRespDto = Schemas.ListEnrolledFactorsRespDto;

export type ListFactorsToEnrollRespDto = Schemas.ListFactorsToEnrollRespDto;

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

export type ListWebAuthnAuthenticatorDeviceDataDto = Schemas.ListWebAuthnAuthenticatorDeviceDataDto;

export type LoggedInAppsDto = Schemas.LoggedInAppsDto;

export type LoginHistoryDto = Schemas.LoginHistoryDto;

export type LoginHistoryPaginatedRespDto = Schemas.LoginHistoryPaginatedRespDto;

export type LoginTokenRespDto = Schemas.LoginTokenRespDto;

export type LoginTokenResponseDataDto = Schemas.LoginTokenResponseDataDto;

export type LogoutParams = Schemas.LogoutParams;

export type MfaOtpVerityDto = Schemas.MfaOtpVerityDto;

export type MfaOtpVerityRespDto = Schemas.MfaOtpVerityRespDto;

export type MfaTokenIntrospectEndpointParams = Schemas.MfaTokenIntrospectEndpointParams;

export type MfaTokenIntrospectResponse = Schemas.MfaTokenIntrospectResponse;

export type OIDCTokenResponse = Schemas.OIDCTokenResponse;

export type OauthParams = Schemas.OauthParams;

export type OidcParams = Schemas.OidcParams;

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

export type OtpVerityRespDto = Schemas.OtpVerityRespDto;

export type ParsedUserAgent = Schemas.ParsedUserAgent;

export type PasswordResetVerifyResp = Schemas.PasswordResetVerifyResp;

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

export type PolicyInviteJoinedOptionsDto = Schemas.PolicyInviteJoinedOptionsDto;

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

export type PreCheckCodeDataDto = Schemas.PreCheckCodeDataDto;

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

export type PreCheckCodeRespDto = Schemas.PreCheckCodeRespDto;

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

export type PublicAccountSwitchLoginDto = Schemas.PublicAccountSwitchLoginDto;

export type PublicKeyCredentialCreationOptionsDto = Schemas.PublicKeyCredentialCreationOptionsDto;

export type PublicKeyCredentialDescriptorDto = Schemas.PublicKeyCredentialDescriptorDto;

export type PublicKeyCredentialParametersDto = Schemas.PublicKeyCredentialParametersDto;

export type PublicKeyCredentialRequestOptionsDto = Schemas.PublicKeyCredentialRequestOptionsDto;

export type PublicKeyCredentialRpEntityDto = Schemas.PublicKeyCredentialRpEntityDto;

export type PublicKeyCredentialUserEntityDto = Schemas.PublicKeyCredentialUserEntityDto;

export type QRCodeStatusBriefUserInfoDto = Schemas.QRCodeStatusBriefUserInfoDto;

export type RegistrationCredentialDto = Schemas.RegistrationCredentialDto;

export type RegistrationOptionsDto = Schemas.RegistrationOptionsDto;

export type RemoveDeviceCredentialDto = Schemas.RemoveDeviceCredentialDto;

export type ResetFactorDto = Schemas.ResetFactorDto;

export type ResetFactorRespDto = Schemas.ResetFactorRespDto;

export type ResetPasswordByEmailPassCodeDto = Schemas.ResetPasswordByEmailPassCodeDto;

export type ResetPasswordByPhonePassCodeDto = Schemas.ResetPasswordByPhonePassCodeDto;

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

export type ResetPasswordVerify = Schemas.ResetPasswordVerify;

export type RevokeDeviceSessionDto = Schemas.RevokeDeviceSessionDto;

export type RoleDto = Schemas.RoleDto;

export type RoleListRespDto = Schemas.RoleListRespDto;

export type RolePermissionApplyApprovalObject = Schemas.RolePermissionApplyApprovalObject;

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

export type SendEmailRespDto = Schemas.SendEmailRespDto;

export type SendEnrollFactorRequestDataDto = Schemas.SendEnrollFactorRequestDataDto;

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

export type SendEnrollFactorRequestOtpDataDto = Schemas.SendEnrollFactorRequestOtpDataDto;

export type SendEnrollFactorRequestRespDto = Schemas.SendEnrollFactorRequestRespDto;

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

export type SendSMSRespDto = Schemas.SendSMSRespDto;

export type SignInByAdPayloadDto = Schemas.SignInByAdPayloadDto;

export type SignInByAlipayPayloadDto = Schemas.SignInByAlipayPayloadDto;

export type SignInByAmazonPayloadDto = Schemas.SignInByAmazonPayloadDto;

export type SignInByApplePayloadDto = Schemas.SignInByApplePayloadDto;

export type SignInByBaiduPayloadDto = Schemas.SignInByBaiduPayloadDto;

export type SignInByDingTalkPayloadDto = Schemas.SignInByDingTalkPayloadDto;

export type SignInByDouyinMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByDouyinMiniProgramCodeAndPhonePayloadDto;

export type SignInByDouyinMiniProgramCodePayloadDto = Schemas.SignInByDouyinMiniProgramCodePayloadDto;

export type SignInByDouyinMiniProgramPhoneInfoPayloadDto = Schemas.SignInByDouyinMiniProgramPhoneInfoPayloadDto;

export type SignInByDouyinPayloadDto = Schemas.SignInByDouyinPayloadDto;

export type SignInByFacebookPayloadDto = Schemas.SignInByFacebookPayloadDto;

export type SignInByGiteePayloadDto = Schemas.SignInByGiteePayloadDto;

export type SignInByGithubPayloadDto = Schemas.SignInByGithubPayloadDto;

export type SignInByGitlabPayloadDto = Schemas.SignInByGitlabPayloadDto;

export type SignInByGooglePayloadDto = Schemas.SignInByGooglePayloadDto;

export type SignInByHuaweiPayloadDto = Schemas.SignInByHuaweiPayloadDto;

export type SignInByKuaishouPayloadDto = Schemas.SignInByKuaishouPayloadDto;

export type SignInByLarkBlockPayloadDto = Schemas.SignInByLarkBlockPayloadDto;

export type SignInByLarkInternalPayloadDto = Schemas.SignInByLarkInternalPayloadDto;

export type SignInByLarkPublicPayloadDto = Schemas.SignInByLarkPublicPayloadDto;

export type SignInByLdapPayloadDto = Schemas.SignInByLdapPayloadDto;

export type SignInByLinePayloadDto = Schemas.SignInByLinePayloadDto;

export type SignInByLinkedInPayloadDto = Schemas.SignInByLinkedInPayloadDto;

export type SignInByMobileOptionsDto = Schemas.SignInByMobileOptionsDto;

export type SignInByOPPOPayloadDto = Schemas.SignInByOPPOPayloadDto;

export type SignInByPassCodePayloadDto = Schemas.SignInByPassCodePayloadDto;

export type SignInByPasswordPayloadDto = Schemas.SignInByPasswordPayloadDto;

export type SignInByPushDto = Schemas.SignInByPushDto;

export type SignInByPushOptionsDto = Schemas.SignInByPushOptionsDto;

export type SignInByQQPayloadDto = Schemas.SignInByQQPayloadDto;

export type SignInBySlackPayloadDto = Schemas.SignInBySlackPayloadDto;

export type SignInBySwitchOptionsDto = Schemas.SignInBySwitchOptionsDto;

export type SignInByWebAuthnOptionsDto = Schemas.SignInByWebAuthnOptionsDto;

export type SignInByWechatMiniProgramCodeAndPhonePayloadDto = Schemas.SignInByWechatMiniProgramCodeAndPhonePayloadDto;

export type SignInByWechatMiniProgramCodePayloadDto = Schemas.SignInByWechatMiniProgramCodePayloadDto;

export type SignInByWechatMiniProgramPhoneInfoPayloadDto = Schemas.SignInByWechatMiniProgramPhoneInfoPayloadDto;

export type SignInByWechatMiniProgramPhonePayloadDto = Schemas.SignInByWechatMiniProgramPhonePayloadDto;

export type SignInByWechatPayloadDto = Schemas.SignInByWechatPayloadDto;

export type SignInByWechatworkAgencyPayloadDto = Schemas.SignInByWechatworkAgencyPayloadDto;

export type SignInByWechatworkDto = Schemas.SignInByWechatworkDto;

export type SignInByWeiboPayloadDto = Schemas.SignInByWeiboPayloadDto;

export type SignInByXiaomiPayloadDto = Schemas.SignInByXiaomiPayloadDto;

export type SignInByYidunPayloadDto = Schemas.SignInByYidunPayloadDto;

export type SignInFastpassDto = Schemas.SignInFastpassDto;

export type SignInFastpassOptionsDto = Schemas.SignInFastpassOptionsDto;

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

export type SignUpByPassCodeDto = Schemas.SignUpByPassCodeDto;

export type SignUpByPasswordDto = Schemas.SignUpByPasswordDto;

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

export type StrAuthorize = Schemas.StrAuthorize;

export type StrResourceAuthAction = Schemas.StrResourceAuthAction;

export type SystemInfoResp = Schemas.SystemInfoResp;

export type SystmeInfoRSAConfig = Schemas.SystmeInfoRSAConfig;

export type SystmeInfoSM2Config = Schemas.SystmeInfoSM2Config;

export type SystmeInfoVersion = Schemas.SystmeInfoVersion;

export type TerminalSessionDto = Schemas.TerminalSessionDto;

export type TerminalSessionRespDto = Schemas.TerminalSessionRespDto;

export type TreeAuthBo = Schemas.TreeAuthBo;

export type TreeAuthorize = Schemas.TreeAuthorize;

export type TreeResourceAuthAction = Schemas.TreeResourceAuthAction;

export type TreeStructs = Schemas.TreeStructs;

export type UnbindDeviceDto = Schemas.UnbindDeviceDto;

export type UnbindEmailDto = Schemas.UnbindEmailDto;

export type UnbindPhoneDto = Schemas.UnbindPhoneDto;

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

export type UniversalInvitationPublicConfigDto = Schemas.UniversalInvitationPublicConfigDto;

export type UniversalInvitationUserJoinDto = Schemas.UniversalInvitationUserJoinDto;

export type UniversalInviteeProfileDto = Schemas.UniversalInviteeProfileDto;

export type UnlinkExtIdpDto = Schemas.UnlinkExtIdpDto;

export type UpdateEmailByEmailPassCodeDto = Schemas.UpdateEmailByEmailPassCodeDto;

export type UpdateEmailDto = Schemas.UpdateEmailDto;

export type UpdatePasskeyDto = Schemas.UpdatePasskeyDto;

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

export type UpdatePhoneByPhonePassCodeDto = Schemas.UpdatePhoneByPhonePassCodeDto;

export type UpdatePhoneDto = Schemas.UpdatePhoneDto;

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

export type UserAuthResourceListDto = Schemas.UserAuthResourceListDto;

export type UserDepartmentPaginatedRespDto = Schemas.UserDepartmentPaginatedRespDto;

export type UserDepartmentPagingDto = Schemas.UserDepartmentPagingDto;

export type UserDepartmentRespDto = Schemas.UserDepartmentRespDto;

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

export type UserPoolPublicConfigDto = Schemas.UserPoolPublicConfigDto;

export type UserSingleRespDto = Schemas.UserSingleRespDto;

export type UserTenantListDto = Schemas.UserTenantListDto;

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

export type ValidatePasswordRespDto = Schemas.ValidatePasswordRespDto;

export type ValidatePasswordResultDto = Schemas.ValidatePasswordResultDto;

export type VerifyAuthenticationDto = Schemas.VerifyAuthenticationDto;

export type VerifyAuthenticationResultDto = Schemas.VerifyAuthenticationResultDto;

export type VerifyAuthenticationResultRespDto = Schemas.VerifyAuthenticationResultRespDto;

export type VerifyDeleteAccountRequestDataDto = Schemas.VerifyDeleteAccountRequestDataDto;

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

export type VerifyDeleteAccountRequestRespDto = Schemas.VerifyDeleteAccountRequestRespDto;

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

export type VerifyRegistrationResultDto = Schemas.VerifyRegistrationResultDto;

export type VerifyRegistrationResultRespDto = Schemas.VerifyRegistrationResultRespDto;

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

export type VerifyUpdateEmailRequestData = Schemas.VerifyUpdateEmailRequestData;

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

export type VerifyUpdateEmailRequestRespDto = Schemas.VerifyUpdateEmailRequestRespDto;

export type VerifyUpdatePhoneRequestData = Schemas.VerifyUpdatePhoneRequestData;

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

export type VerifyUpdatePhoneRequestRespDto = Schemas.VerifyUpdatePhoneRequestRespDto;

export type WebAuthnCheckValidCredentialsByCredIdsRespDto = Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto;

export type WebAuthnRemoveCredentialDto = Schemas.WebAuthnRemoveCredentialDto;

export type WechatLoginTokenRespDto = Schemas.WechatLoginTokenRespDto;

export type WechatMobileAuthByCodeIdentityInput = Schemas.WechatMobileAuthByCodeIdentityInput;
