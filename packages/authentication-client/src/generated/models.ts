// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type * as Schemas from "@genauth/types";

export type {
  AccessToken,
  AccessibleAppsDto,
  AlipayAuthInfoDataDto,
  ApplicationPermissionApplyApprovalObject,
  ApprovalDetailRes,
  ArrResourceAuthAction,
  ArrayAuthorize,
  AuthUrlResult,
  AuthenticationCredentialDto,
  AuthenticationOptionsDto,
  AuthenticatorAssertionResponseDto,
  AuthenticatorAttestationResponseDto,
  AuthorizedResourcePaginatedRespDto,
  AuthorizedResourcePagingDto,
  BindByAccountIdInputApi,
  BindByAccountInputApi,
  BindByAccountsInputApi,
  BindByEmailCodeInputApi,
  BindByPhoneCodeInputApi,
  BindByRegiserInputApi,
  BindEmailDto,
  BindPhoneDto,
  Cas20ValidationFailureResult,
  Cas20ValidationSuccessResult,
  CasParams,
  CheckDeviceCredentialIdDto,
  CheckPermissionArrayResourceDto,
  CheckPermissionStringResourceDto,
  CheckPermissionTreeResourceDto,
  CheckPushCodeStatusRespDto,
  CheckQRCodeStatusRespDto,
  CheckResourcePermissionDataDto,
  CheckResourcePermissionRespDto,
  CheckResourcePermissionsRespDto,
  CommonResponseDto,
  CountryDetailInfo,
  CreateApprovalDto,
  CreateApprovalRes,
  CustomFieldI18n,
  DecryptDouyinMiniProgramDataDto,
  DecryptDouyinMiniProgramDataRespDto,
  DecryptWechatMiniProgramDataDto,
  DecryptWechatMiniProgramDataRespDto,
  DeleteAccounDto,
  DeleteAccountByEmailPassCodeDto,
  DeleteAccountByPhonePassCodeDto,
  DepartmentI18nDto,
  EnablePermissionApplyApplicationList,
  EnablePermissionApplyApplicationListRes,
  EnablePermissionApplyRole,
  EnablePermissionApplyRoleListRes,
  EnablePermissionApplyRolePageList,
  EnrollFactorEnrollmentDataDto,
  EnrollFactorRespDto,
  ErrMsgI18nDto,
  ExchangeTokenSetWithQRcodeTicketDto,
  ExtraParams,
  FactorProfile,
  FastpassQRCodeRelationAppDto,
  FastpassUserInfoDto,
  FinalizeWebAuthnLoginDto,
  GenAuthDataEnvelope,
  GenAuthEnvelope,
  GenAuthErrorEnvelope,
  GeneFastpassQRCodeInfoDto,
  GeneFastpassQRCodeRespDto,
  GenePushCodeDataDto,
  GenePushCodeRespDto,
  GeneQRCodeDataDto,
  GeneQRCodeRespDto,
  GenerateBindExtIdpLinkDataDto,
  GenerateBindExtIdpLinkRespDto,
  GenerateInvitationLinkDto,
  GenerateInvitationLinkRespDto,
  GenerateInviteeTokenDto,
  GenerateInviteeTokenRespDto,
  GeoIp,
  GeoIpLocation,
  GetAccessibleAppsRespDto,
  GetAlipayAuthInfoRespDto,
  GetAuthenticationOptionsRespDto,
  GetCaptchaCodeDataDto,
  GetCaptchaCodeRespDto,
  GetCountryListRespDto,
  GetExtIdpsRespDto,
  GetFactorRespDto,
  GetFastpassQRCodeRelationAppsDto,
  GetFastpassQRCodeRelationAppsRespDto,
  GetIdentitiesRespDto,
  GetInviteeContextRespDto,
  GetLoggedInAppsRespDto,
  GetLoginHistoryRespDto,
  GetPublicAccountDataRespDto,
  GetPushCodeRelationAppsDataDto,
  GetPushCodeRelationAppsDto,
  GetPushCodeRelationAppsRespDto,
  GetRegistrationOptionsRespDto,
  GetSecurityInfoDto,
  GetSecurityInfoRespDto,
  GetTenantListRespDto,
  GetUniversalInvitationJoinRespDto,
  GetUniversalInvitationPublicConfigRespDto,
  GetUserAuthResourceListDataDto,
  GetUserAuthResourceListRespDto,
  GetUserAuthResourcePermissionList,
  GetUserAuthResourcePermissionListDataDto,
  GetUserAuthResourcePermissionListDto,
  GetUserAuthResourcePermissionListRespDto,
  GetUserAuthResourceStructDto,
  GetUserAuthResourceStructRespDto,
  GetUserSelectLoginPublicAccountsDataDto,
  GetWechatAccessTokenDataDto,
  GetWechatAccessTokenDto,
  GetWechatAccessTokenInfoRespDto,
  GetWechatAccessTokenRespDto,
  GroupDto,
  GroupListRespDto,
  IDToken,
  InitiatedApprovalListRes,
  InitiatedApprovalPageList,
  InvitationLinkDto,
  InviterDetailDto,
  IsSuccessDto,
  IsSuccessRespDto,
  JWKSObject,
  LangObject,
  LangUnit,
  ListDeviceCredentialDto,
  ListEnrolledFactorsRespDto,
  ListFactorsToEnrollRespDto,
  ListWebAuthnAuthenticatorDeviceDataDto,
  LoggedInAppsDto,
  LoginHistoryDto,
  LoginHistoryPaginatedRespDto,
  LoginTokenRespDto,
  LoginTokenResponseDataDto,
  LogoutParams,
  MfaOtpVerityDto,
  MfaOtpVerityRespDto,
  MfaTokenIntrospectEndpointParams,
  MfaTokenIntrospectResponse,
  OIDCTokenResponse,
  OauthParams,
  OidcParams,
  OtpVerityRespDto,
  ParsedUserAgent,
  PasswordResetVerifyResp,
  PolicyInviteJoinedOptionsDto,
  PreCheckCodeDataDto,
  PreCheckCodeRespDto,
  PubUserEventDto,
  PublicAccountSwitchLoginDto,
  PublicKeyCredentialCreationOptionsDto,
  PublicKeyCredentialDescriptorDto,
  PublicKeyCredentialParametersDto,
  PublicKeyCredentialRequestOptionsDto,
  PublicKeyCredentialRpEntityDto,
  PublicKeyCredentialUserEntityDto,
  QRCodeStatusBriefUserInfoDto,
  RegistrationCredentialDto,
  RegistrationOptionsDto,
  RemoveDeviceCredentialDto,
  ResetFactorDto,
  ResetFactorRespDto,
  ResetPasswordByEmailPassCodeDto,
  ResetPasswordByPhonePassCodeDto,
  ResetPasswordVerify,
  RevokeDeviceSessionDto,
  RoleDto,
  RoleListRespDto,
  RolePermissionApplyApprovalObject,
  SendEmailRespDto,
  SendEnrollFactorRequestDataDto,
  SendEnrollFactorRequestOtpDataDto,
  SendEnrollFactorRequestRespDto,
  SendSMSRespDto,
  SignInByAdPayloadDto,
  SignInByAlipayPayloadDto,
  SignInByAmazonPayloadDto,
  SignInByApplePayloadDto,
  SignInByBaiduPayloadDto,
  SignInByDingTalkPayloadDto,
  SignInByDouyinMiniProgramCodeAndPhonePayloadDto,
  SignInByDouyinMiniProgramCodePayloadDto,
  SignInByDouyinMiniProgramPhoneInfoPayloadDto,
  SignInByDouyinPayloadDto,
  SignInByFacebookPayloadDto,
  SignInByGiteePayloadDto,
  SignInByGithubPayloadDto,
  SignInByGitlabPayloadDto,
  SignInByGooglePayloadDto,
  SignInByHuaweiPayloadDto,
  SignInByKuaishouPayloadDto,
  SignInByLarkBlockPayloadDto,
  SignInByLarkInternalPayloadDto,
  SignInByLarkPublicPayloadDto,
  SignInByLdapPayloadDto,
  SignInByLinePayloadDto,
  SignInByLinkedInPayloadDto,
  SignInByMobileOptionsDto,
  SignInByOPPOPayloadDto,
  SignInByPassCodePayloadDto,
  SignInByPasswordPayloadDto,
  SignInByPushDto,
  SignInByPushOptionsDto,
  SignInByQQPayloadDto,
  SignInBySlackPayloadDto,
  SignInBySwitchOptionsDto,
  SignInByWebAuthnOptionsDto,
  SignInByWechatMiniProgramCodeAndPhonePayloadDto,
  SignInByWechatMiniProgramCodePayloadDto,
  SignInByWechatMiniProgramPhoneInfoPayloadDto,
  SignInByWechatMiniProgramPhonePayloadDto,
  SignInByWechatPayloadDto,
  SignInByWechatworkAgencyPayloadDto,
  SignInByWechatworkDto,
  SignInByWeiboPayloadDto,
  SignInByXiaomiPayloadDto,
  SignInByYidunPayloadDto,
  SignInFastpassDto,
  SignInFastpassOptionsDto,
  SignUpByPassCodeDto,
  SignUpByPasswordDto,
  StrAuthorize,
  StrResourceAuthAction,
  SystemInfoResp,
  SystmeInfoRSAConfig,
  SystmeInfoSM2Config,
  SystmeInfoVersion,
  TerminalSessionDto,
  TerminalSessionRespDto,
  TreeAuthBo,
  TreeAuthorize,
  TreeResourceAuthAction,
  TreeStructs,
  UnbindDeviceDto,
  UnbindEmailDto,
  UnbindPhoneDto,
  UniversalInvitationPublicConfigDto,
  UniversalInvitationUserJoinDto,
  UniversalInviteeProfileDto,
  UnlinkExtIdpDto,
  UpdateEmailByEmailPassCodeDto,
  UpdateEmailDto,
  UpdatePasskeyDto,
  UpdatePhoneByPhonePassCodeDto,
  UpdatePhoneDto,
  UserAuthResourceListDto,
  UserDepartmentPaginatedRespDto,
  UserDepartmentPagingDto,
  UserDepartmentRespDto,
  UserPoolPublicConfigDto,
  UserSingleRespDto,
  UserTenantListDto,
  ValidatePasswordRespDto,
  ValidatePasswordResultDto,
  VerifyAuthenticationDto,
  VerifyAuthenticationResultDto,
  VerifyAuthenticationResultRespDto,
  VerifyDeleteAccountRequestDataDto,
  VerifyDeleteAccountRequestRespDto,
  VerifyRegistrationResultDto,
  VerifyRegistrationResultRespDto,
  VerifyUpdateEmailRequestData,
  VerifyUpdateEmailRequestRespDto,
  VerifyUpdatePhoneRequestData,
  VerifyUpdatePhoneRequestRespDto,
  WebAuthnCheckValidCredentialsByCredIdsRespDto,
  WebAuthnRemoveCredentialDto,
  WechatLoginTokenRespDto,
  WechatMobileAuthByCodeIdentityInput,
} from "@genauth/types";

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
