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
export const AppQRCodeLoginDto = {
  /** The values of `AppQRCodeLoginDto.action`, by member name. */
  action: {
    APP_LOGIN: "APP_LOGIN",
  },
} as const;
/** The types of {@link AppQRCodeLoginDto}'s enum properties: one of each property's values. */
export namespace AppQRCodeLoginDto {
  /** One of the values of `AppQRCodeLoginDto.action`. */
  export type action = (typeof AppQRCodeLoginDto.action)[keyof typeof AppQRCodeLoginDto.action];
}

/**
 * A check that the value of an extended user field must pass.
 */
export type AppValidateRuleDto = Schemas.AppValidateRuleDto;
/** Run-time enums of {@link AppValidateRuleDto}'s properties, named as in the official SDK. */
export const AppValidateRuleDto = {
  /** The values of `AppValidateRuleDto.type`, by member name. */
  type: {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  },
  /** The values of `AppValidateRuleDto.content`, by member name. */
  content: {
    NONE: "None",
    REG_EXP: "regExp",
    PHONE: "phone",
    EMAIL: "email",
    IS_NUMBER: "isNumber",
  },
} as const;
/** The types of {@link AppValidateRuleDto}'s enum properties: one of each property's values. */
export namespace AppValidateRuleDto {
  /** One of the values of `AppValidateRuleDto.type`. */
  export type type = (typeof AppValidateRuleDto.type)[keyof typeof AppValidateRuleDto.type];
  /** One of the values of `AppValidateRuleDto.content`. */
  export type content = (typeof AppValidateRuleDto.content)[keyof typeof AppValidateRuleDto.content];
}

/**
 * One approval request and where it stands.
 */
export type ApprovalDetailDto = Schemas.ApprovalDetailDto;
/** Run-time enums of {@link ApprovalDetailDto}'s properties, named as in the official SDK. */
export const ApprovalDetailDto = {
  /** The values of `ApprovalDetailDto.status`, by member name. */
  status: {
    PENDING: "PENDING",
    AGREED: "AGREED",
    REFUSED: "REFUSED",
  },
  /** The values of `ApprovalDetailDto.objectType`, by member name. */
  objectType: {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  },
} as const;
/** The types of {@link ApprovalDetailDto}'s enum properties: one of each property's values. */
export namespace ApprovalDetailDto {
  /** One of the values of `ApprovalDetailDto.status`. */
  export type status = (typeof ApprovalDetailDto.status)[keyof typeof ApprovalDetailDto.status];
  /** One of the values of `ApprovalDetailDto.objectType`. */
  export type objectType = (typeof ApprovalDetailDto.objectType)[keyof typeof ApprovalDetailDto.objectType];
}

/**
 * A resource the signed-in user is granted, with the actions and the policy effect.
 */
export type AuthorizedResourceDto = Schemas.AuthorizedResourceDto;
/** Run-time enums of {@link AuthorizedResourceDto}'s properties, named as in the official SDK. */
export const AuthorizedResourceDto = {
  /** The values of `AuthorizedResourceDto.resourceType`, by member name. */
  resourceType: {
    DATA: "DATA",
    API: "API",
    MENU: "MENU",
    BUTTON: "BUTTON",
    UI: "UI",
  },
  /** The values of `AuthorizedResourceDto.effect`, by member name. */
  effect: {
    ALLOW: "ALLOW",
    DENY: "DENY",
  },
} as const;
/** The types of {@link AuthorizedResourceDto}'s enum properties: one of each property's values. */
export namespace AuthorizedResourceDto {
  /** One of the values of `AuthorizedResourceDto.resourceType`. */
  export type resourceType = (typeof AuthorizedResourceDto.resourceType)[keyof typeof AuthorizedResourceDto.resourceType];
  /** One of the values of `AuthorizedResourceDto.effect`. */
  export type effect = (typeof AuthorizedResourceDto.effect)[keyof typeof AuthorizedResourceDto.effect];
}

/**
 * Request body for submitting several access requests of the same kind at once.
 */
export type BatchCreateApprovalReq = Schemas.BatchCreateApprovalReq;
/** Run-time enums of {@link BatchCreateApprovalReq}'s properties, named as in the official SDK. */
export const BatchCreateApprovalReq = {
  /** The values of `BatchCreateApprovalReq.objectType`, by member name. */
  objectType: {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  },
} as const;
/** The types of {@link BatchCreateApprovalReq}'s enum properties: one of each property's values. */
export namespace BatchCreateApprovalReq {
  /** One of the values of `BatchCreateApprovalReq.objectType`. */
  export type objectType = (typeof BatchCreateApprovalReq.objectType)[keyof typeof BatchCreateApprovalReq.objectType];
}

/**
 * Request body for confirming or cancelling a push sign-in request.
 */
export type ChangePushCodeStatusDto = Schemas.ChangePushCodeStatusDto;
/** Run-time enums of {@link ChangePushCodeStatusDto}'s properties, named as in the official SDK. */
export const ChangePushCodeStatusDto = {
  /** The values of `ChangePushCodeStatusDto.action`, by member name. */
  action: {
    CONFIRM: "CONFIRM",
    CANCEL: "CANCEL",
  },
} as const;
/** The types of {@link ChangePushCodeStatusDto}'s enum properties: one of each property's values. */
export namespace ChangePushCodeStatusDto {
  /** One of the values of `ChangePushCodeStatusDto.action`. */
  export type action = (typeof ChangePushCodeStatusDto.action)[keyof typeof ChangePushCodeStatusDto.action];
}

/**
 * Request body for reporting what the app did with a sign-in QR code.
 */
export type ChangeQRCodeStatusDto = Schemas.ChangeQRCodeStatusDto;
/** Run-time enums of {@link ChangeQRCodeStatusDto}'s properties, named as in the official SDK. */
export const ChangeQRCodeStatusDto = {
  /** The values of `ChangeQRCodeStatusDto.action`, by member name. */
  action: {
    SCAN: "SCAN",
    CONFIRM: "CONFIRM",
    CANCEL: "CANCEL",
  },
} as const;
/** The types of {@link ChangeQRCodeStatusDto}'s enum properties: one of each property's values. */
export namespace ChangeQRCodeStatusDto {
  /** One of the values of `ChangeQRCodeStatusDto.action`. */
  export type action = (typeof ChangeQRCodeStatusDto.action)[keyof typeof ChangeQRCodeStatusDto.action];
}

/**
 * Where a push sign-in request stands, and the tokens once it is authorized.
 */
export type CheckPushCodeStatusDataDto = Schemas.CheckPushCodeStatusDataDto;
/** Run-time enums of {@link CheckPushCodeStatusDataDto}'s properties, named as in the official SDK. */
export const CheckPushCodeStatusDataDto = {
  /** The values of `CheckPushCodeStatusDataDto.status`, by member name. */
  status: {
    PUSHED: "PUSHED",
    AUTHORIZED: "AUTHORIZED",
    CANCELLED: "CANCELLED",
    EXPIRED: "EXPIRED",
    ERROR: "ERROR",
  },
} as const;
/** The types of {@link CheckPushCodeStatusDataDto}'s enum properties: one of each property's values. */
export namespace CheckPushCodeStatusDataDto {
  /** One of the values of `CheckPushCodeStatusDataDto.status`. */
  export type status = (typeof CheckPushCodeStatusDataDto.status)[keyof typeof CheckPushCodeStatusDataDto.status];
}

/**
 * Where a sign-in QR code stands, with what the web page needs at each step.
 */
export type CheckQRCodeStatusDataDto = Schemas.CheckQRCodeStatusDataDto;
/** Run-time enums of {@link CheckQRCodeStatusDataDto}'s properties, named as in the official SDK. */
export const CheckQRCodeStatusDataDto = {
  /** The values of `CheckQRCodeStatusDataDto.status`, by member name. */
  status: {
    PENDING: "PENDING",
    SCANNED: "SCANNED",
    AUTHORIZED: "AUTHORIZED",
    CANCELLED: "CANCELLED",
    EXPIRED: "EXPIRED",
    ERROR: "ERROR",
  },
} as const;
/** The types of {@link CheckQRCodeStatusDataDto}'s enum properties: one of each property's values. */
export namespace CheckQRCodeStatusDataDto {
  /** One of the values of `CheckQRCodeStatusDataDto.status`. */
  export type status = (typeof CheckQRCodeStatusDataDto.status)[keyof typeof CheckQRCodeStatusDataDto.status];
}

/**
 * Request body for submitting one access request.
 */
export type CreateApprovalReq = Schemas.CreateApprovalReq;
/** Run-time enums of {@link CreateApprovalReq}'s properties, named as in the official SDK. */
export const CreateApprovalReq = {
  /** The values of `CreateApprovalReq.objectType`, by member name. */
  objectType: {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  },
} as const;
/** The types of {@link CreateApprovalReq}'s enum properties: one of each property's values. */
export namespace CreateApprovalReq {
  /** One of the values of `CreateApprovalReq.objectType`. */
  export type objectType = (typeof CreateApprovalReq.objectType)[keyof typeof CreateApprovalReq.objectType];
}

/**
 * Proves the right to delete the account with the user's password.
 */
export type DeleteAccountByPasswordDto = Schemas.DeleteAccountByPasswordDto;
/** Run-time enums of {@link DeleteAccountByPasswordDto}'s properties, named as in the official SDK. */
export const DeleteAccountByPasswordDto = {
  /** The values of `DeleteAccountByPasswordDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link DeleteAccountByPasswordDto}'s enum properties: one of each property's values. */
export namespace DeleteAccountByPasswordDto {
  /** One of the values of `DeleteAccountByPasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof DeleteAccountByPasswordDto.passwordEncryptType)[keyof typeof DeleteAccountByPasswordDto.passwordEncryptType];
}

/**
 * A device as GenAuth records it.
 */
export type DeviceInfo = Schemas.DeviceInfo;
/** Run-time enums of {@link DeviceInfo}'s properties, named as in the official SDK. */
export const DeviceInfo = {
  /** The values of `DeviceInfo.type`, by member name. */
  type: {
    BROWSER: "Browser",
    MOBILE: "Mobile",
    DESKTOP: "Desktop",
  },
  /** The values of `DeviceInfo.status`, by member name. */
  status: {
    ACTIVATED: "activated",
    SUSPENDED: "suspended",
    DEACTIVATED: "deactivated",
  },
} as const;
/** The types of {@link DeviceInfo}'s enum properties: one of each property's values. */
export namespace DeviceInfo {
  /** One of the values of `DeviceInfo.type`. */
  export type type = (typeof DeviceInfo.type)[keyof typeof DeviceInfo.type];
  /** One of the values of `DeviceInfo.status`. */
  export type status = (typeof DeviceInfo.status)[keyof typeof DeviceInfo.status];
}

/**
 * An application the user may request permissions in.
 */
export type EnablePermissionApplyApplication = Schemas.EnablePermissionApplyApplication;
/** Run-time enums of {@link EnablePermissionApplyApplication}'s properties, named as in the official SDK. */
export const EnablePermissionApplyApplication = {
  /** The values of `EnablePermissionApplyApplication.appType`, by member name. */
  appType: {
    WEB: "web",
    SPA: "spa",
    NATIVE: "native",
    API: "api",
    MFA: "mfa",
    MINI_PROGRAM: "mini-program",
    GATEWAY_APP: "gateway-app",
    GATEWAY_AGENT: "gateway-agent",
  },
} as const;
/** The types of {@link EnablePermissionApplyApplication}'s enum properties: one of each property's values. */
export namespace EnablePermissionApplyApplication {
  /** One of the values of `EnablePermissionApplyApplication.appType`. */
  export type appType = (typeof EnablePermissionApplyApplication.appType)[keyof typeof EnablePermissionApplyApplication.appType];
}

/**
 * The enrollment token and proof that finish binding an MFA factor.
 */
export type EnrollFactorDto = Schemas.EnrollFactorDto;
/** Run-time enums of {@link EnrollFactorDto}'s properties, named as in the official SDK. */
export const EnrollFactorDto = {
  /** The values of `EnrollFactorDto.factorType`, by member name. */
  factorType: {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  },
} as const;
/** The types of {@link EnrollFactorDto}'s enum properties: one of each property's values. */
export namespace EnrollFactorDto {
  /** One of the values of `EnrollFactorDto.factorType`. */
  export type factorType = (typeof EnrollFactorDto.factorType)[keyof typeof EnrollFactorDto.factorType];
}

/**
 * A connection of an external identity source that the application offers for sign-in.
 */
export type ExtIdpInfoDto = Schemas.ExtIdpInfoDto;
/** Run-time enums of {@link ExtIdpInfoDto}'s properties, named as in the official SDK. */
export const ExtIdpInfoDto = {
  /** The values of `ExtIdpInfoDto.type`, by member name. */
  type: {
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
  },
  /** The values of `ExtIdpInfoDto.extIdpType`, by member name. */
  extIdpType: {
    SOCIAL: "social",
    ENTERPRISE: "enterprise",
  },
} as const;
/** The types of {@link ExtIdpInfoDto}'s enum properties: one of each property's values. */
export namespace ExtIdpInfoDto {
  /** One of the values of `ExtIdpInfoDto.type`. */
  export type type = (typeof ExtIdpInfoDto.type)[keyof typeof ExtIdpInfoDto.type];
  /** One of the values of `ExtIdpInfoDto.extIdpType`. */
  export type extIdpType = (typeof ExtIdpInfoDto.extIdpType)[keyof typeof ExtIdpInfoDto.extIdpType];
}

/**
 * An extended user field shown on the sign-up information-completion form.
 */
export type ExtendsFieldDto = Schemas.ExtendsFieldDto;
/** Run-time enums of {@link ExtendsFieldDto}'s properties, named as in the official SDK. */
export const ExtendsFieldDto = {
  /** The values of `ExtendsFieldDto.type`, by member name. */
  type: {
    USER: "user",
    INTERNAL: "internal",
  },
  /** The values of `ExtendsFieldDto.inputType`, by member name. */
  inputType: {
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
  },
  /** The values of `ExtendsFieldDto.source`, by member name. */
  source: {
    PRESET: "preset",
    MANUAL_ADD: "manual_add",
  },
} as const;
/** The types of {@link ExtendsFieldDto}'s enum properties: one of each property's values. */
export namespace ExtendsFieldDto {
  /** One of the values of `ExtendsFieldDto.type`. */
  export type type = (typeof ExtendsFieldDto.type)[keyof typeof ExtendsFieldDto.type];
  /** One of the values of `ExtendsFieldDto.inputType`. */
  export type inputType = (typeof ExtendsFieldDto.inputType)[keyof typeof ExtendsFieldDto.inputType];
  /** One of the values of `ExtendsFieldDto.source`. */
  export type source = (typeof ExtendsFieldDto.source)[keyof typeof ExtendsFieldDto.source];
}

/**
 * An MFA factor the user has bound.
 */
export type FactorDto = Schemas.FactorDto;
/** Run-time enums of {@link FactorDto}'s properties, named as in the official SDK. */
export const FactorDto = {
  /** The values of `FactorDto.factorType`, by member name. */
  factorType: {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  },
} as const;
/** The types of {@link FactorDto}'s enum properties: one of each property's values. */
export namespace FactorDto {
  /** One of the values of `FactorDto.factorType`. */
  export type factorType = (typeof FactorDto.factorType)[keyof typeof FactorDto.factorType];
}

/**
 * An MFA factor kind the user can still bind.
 */
export type FactorToEnrollDto = Schemas.FactorToEnrollDto;
/** Run-time enums of {@link FactorToEnrollDto}'s properties, named as in the official SDK. */
export const FactorToEnrollDto = {
  /** The values of `FactorToEnrollDto.factorType`, by member name. */
  factorType: {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  },
} as const;
/** The types of {@link FactorToEnrollDto}'s enum properties: one of each property's values. */
export namespace FactorToEnrollDto {
  /** One of the values of `FactorToEnrollDto.factorType`. */
  export type factorType = (typeof FactorToEnrollDto.factorType)[keyof typeof FactorToEnrollDto.factorType];
}

/**
 * What kind of sign-in QR code to create, and its options.
 */
export type GenerateQrcodeDto = Schemas.GenerateQrcodeDto;
/** Run-time enums of {@link GenerateQrcodeDto}'s properties, named as in the official SDK. */
export const GenerateQrcodeDto = {
  /** The values of `GenerateQrcodeDto.type`, by member name. */
  type: {
    MOBILE_APP: "MOBILE_APP",
    WECHAT_MINIPROGRAM: "WECHAT_MINIPROGRAM",
    WECHAT_OFFICIAL_ACCOUNT: "WECHAT_OFFICIAL_ACCOUNT",
  },
} as const;
/** The types of {@link GenerateQrcodeDto}'s enum properties: one of each property's values. */
export namespace GenerateQrcodeDto {
  /** One of the values of `GenerateQrcodeDto.type`. */
  export type type = (typeof GenerateQrcodeDto.type)[keyof typeof GenerateQrcodeDto.type];
}

/**
 * The structure of a resource and what the user may do with its parts.
 */
export type GetUserAuthResourceStructDataDto = Schemas.GetUserAuthResourceStructDataDto;
/** Run-time enums of {@link GetUserAuthResourceStructDataDto}'s properties, named as in the official SDK. */
export const GetUserAuthResourceStructDataDto = {
  /** The values of `GetUserAuthResourceStructDataDto.resourceType`, by member name. */
  resourceType: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link GetUserAuthResourceStructDataDto}'s enum properties: one of each property's values. */
export namespace GetUserAuthResourceStructDataDto {
  /** One of the values of `GetUserAuthResourceStructDataDto.resourceType`. */
  export type resourceType = (typeof GetUserAuthResourceStructDataDto.resourceType)[keyof typeof GetUserAuthResourceStructDataDto.resourceType];
}

/**
 * The personal account a user switches from and back to.
 */
export type GetUserSelectLoginPublicAccountsOriginUserDto = Schemas.GetUserSelectLoginPublicAccountsOriginUserDto;
/** Run-time enums of {@link GetUserSelectLoginPublicAccountsOriginUserDto}'s properties, named as in the official SDK. */
export const GetUserSelectLoginPublicAccountsOriginUserDto = {
  /** The values of `GetUserSelectLoginPublicAccountsOriginUserDto.usertype`, by member name. */
  usertype: {
    _1: "1",
    _2: "2",
  },
} as const;
/** The types of {@link GetUserSelectLoginPublicAccountsOriginUserDto}'s enum properties: one of each property's values. */
export namespace GetUserSelectLoginPublicAccountsOriginUserDto {
  /** One of the values of `GetUserSelectLoginPublicAccountsOriginUserDto.usertype`. */
  export type usertype = (typeof GetUserSelectLoginPublicAccountsOriginUserDto.usertype)[keyof typeof GetUserSelectLoginPublicAccountsOriginUserDto.usertype];
}

/**
 * An external identity linked to the user.
 */
export type IdentityDto = Schemas.IdentityDto;
/** Run-time enums of {@link IdentityDto}'s properties, named as in the official SDK. */
export const IdentityDto = {
  /** The values of `IdentityDto.provider`, by member name. */
  provider: {
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
  },
} as const;
/** The types of {@link IdentityDto}'s enum properties: one of each property's values. */
export namespace IdentityDto {
  /** One of the values of `IdentityDto.provider`. */
  export type provider = (typeof IdentityDto.provider)[keyof typeof IdentityDto.provider];
}

/**
 * A permission request the user has submitted for approval.
 */
export type InitiatedApproval = Schemas.InitiatedApproval;
/** Run-time enums of {@link InitiatedApproval}'s properties, named as in the official SDK. */
export const InitiatedApproval = {
  /** The values of `InitiatedApproval.status`, by member name. */
  status: {
    PENDING: "PENDING",
    AGREED: "AGREED",
    REFUSED: "REFUSED",
  },
  /** The values of `InitiatedApproval.objectType`, by member name. */
  objectType: {
    APP_PERMISSION_APPLY: "APP_PERMISSION_APPLY",
    ROLE_PERMISSION_APPLY: "ROLE_PERMISSION_APPLY",
  },
} as const;
/** The types of {@link InitiatedApproval}'s enum properties: one of each property's values. */
export namespace InitiatedApproval {
  /** One of the values of `InitiatedApproval.status`. */
  export type status = (typeof InitiatedApproval.status)[keyof typeof InitiatedApproval.status];
  /** One of the values of `InitiatedApproval.objectType`. */
  export type objectType = (typeof InitiatedApproval.objectType)[keyof typeof InitiatedApproval.objectType];
}

/**
 * What the invitee's sign-up page needs to know about an invitation.
 */
export type InviteeContextDto = Schemas.InviteeContextDto;
/** Run-time enums of {@link InviteeContextDto}'s properties, named as in the official SDK. */
export const InviteeContextDto = {
  /** The values of `InviteeContextDto.sendVerifyCodeMethod`, by member name. */
  sendVerifyCodeMethod: {
    PRIORITY_SMS: "prioritySMS",
    PRIORITY_EMAIL: "priorityEmail",
  },
} as const;
/** The types of {@link InviteeContextDto}'s enum properties: one of each property's values. */
export namespace InviteeContextDto {
  /** One of the values of `InviteeContextDto.sendVerifyCodeMethod`. */
  export type sendVerifyCodeMethod = (typeof InviteeContextDto.sendVerifyCodeMethod)[keyof typeof InviteeContextDto.sendVerifyCodeMethod];
}

/**
 * Profile details of an invitee.
 */
export type InviteeProfileDto = Schemas.InviteeProfileDto;
/** Run-time enums of {@link InviteeProfileDto}'s properties, named as in the official SDK. */
export const InviteeProfileDto = {
  /** The values of `InviteeProfileDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link InviteeProfileDto}'s enum properties: one of each property's values. */
export namespace InviteeProfileDto {
  /** One of the values of `InviteeProfileDto.gender`. */
  export type gender = (typeof InviteeProfileDto.gender)[keyof typeof InviteeProfileDto.gender];
}

/**
 * A public account the user may switch to.
 */
export type ListPublicAccountDataDto = Schemas.ListPublicAccountDataDto;
/** Run-time enums of {@link ListPublicAccountDataDto}'s properties, named as in the official SDK. */
export const ListPublicAccountDataDto = {
  /** The values of `ListPublicAccountDataDto.usertype`, by member name. */
  usertype: {
    _1: "1",
    _2: "2",
  },
} as const;
/** The types of {@link ListPublicAccountDataDto}'s enum properties: one of each property's values. */
export namespace ListPublicAccountDataDto {
  /** One of the values of `ListPublicAccountDataDto.usertype`. */
  export type usertype = (typeof ListPublicAccountDataDto.usertype)[keyof typeof ListPublicAccountDataDto.usertype];
}

/**
 * A resource granted by a data policy, with what the grant allows.
 */
export type OpenResource = Schemas.OpenResource;
/** Run-time enums of {@link OpenResource}'s properties, named as in the official SDK. */
export const OpenResource = {
  /** The values of `OpenResource.resourceType`, by member name. */
  resourceType: {
    TREE: "TREE",
    STRING: "STRING",
    ARRAY: "ARRAY",
  },
} as const;
/** The types of {@link OpenResource}'s enum properties: one of each property's values. */
export namespace OpenResource {
  /** One of the values of `OpenResource.resourceType`. */
  export type resourceType = (typeof OpenResource.resourceType)[keyof typeof OpenResource.resourceType];
}

/**
 * One condition of a policy statement.
 */
export type PolicyCondition = Schemas.PolicyCondition;
/** Run-time enums of {@link PolicyCondition}'s properties, named as in the official SDK. */
export const PolicyCondition = {
  /** The values of `PolicyCondition.param`, by member name. */
  param: {
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
  },
  /** The values of `PolicyCondition.operator`, by member name. */
  operator: {
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
  },
} as const;
/** The types of {@link PolicyCondition}'s enum properties: one of each property's values. */
export namespace PolicyCondition {
  /** One of the values of `PolicyCondition.param`. */
  export type param = (typeof PolicyCondition.param)[keyof typeof PolicyCondition.param];
  /** One of the values of `PolicyCondition.operator`. */
  export type operator = (typeof PolicyCondition.operator)[keyof typeof PolicyCondition.operator];
}

/**
 * The invitee token, verification code and profile for joining through a policy invitation.
 */
export type PolicyInviteeJoinedDto = Schemas.PolicyInviteeJoinedDto;
/** Run-time enums of {@link PolicyInviteeJoinedDto}'s properties, named as in the official SDK. */
export const PolicyInviteeJoinedDto = {
  /** The values of `PolicyInviteeJoinedDto.receiverType`, by member name. */
  receiverType: {
    SMS_CODE: "smsCode",
    EMAIL_CODE: "emailCode",
  },
} as const;
/** The types of {@link PolicyInviteeJoinedDto}'s enum properties: one of each property's values. */
export namespace PolicyInviteeJoinedDto {
  /** One of the values of `PolicyInviteeJoinedDto.receiverType`. */
  export type receiverType = (typeof PolicyInviteeJoinedDto.receiverType)[keyof typeof PolicyInviteeJoinedDto.receiverType];
}

/**
 * A verification code to check without using it up.
 */
export type PreCheckCodeDto = Schemas.PreCheckCodeDto;
/** Run-time enums of {@link PreCheckCodeDto}'s properties, named as in the official SDK. */
export const PreCheckCodeDto = {
  /** The values of `PreCheckCodeDto.codeType`, by member name. */
  codeType: {
    SMS: "SMS",
    EMAIL: "EMAIL",
  },
} as const;
/** The types of {@link PreCheckCodeDto}'s enum properties: one of each property's values. */
export namespace PreCheckCodeDto {
  /** One of the values of `PreCheckCodeDto.codeType`. */
  export type codeType = (typeof PreCheckCodeDto.codeType)[keyof typeof PreCheckCodeDto.codeType];
}

/**
 * An email code to check in advance.
 */
export type PreCheckEmailCodeDto = Schemas.PreCheckEmailCodeDto;
/** Run-time enums of {@link PreCheckEmailCodeDto}'s properties, named as in the official SDK. */
export const PreCheckEmailCodeDto = {
  /** The values of `PreCheckEmailCodeDto.channel`, by member name. */
  channel: {
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
  },
} as const;
/** The types of {@link PreCheckEmailCodeDto}'s enum properties: one of each property's values. */
export namespace PreCheckEmailCodeDto {
  /** One of the values of `PreCheckEmailCodeDto.channel`. */
  export type channel = (typeof PreCheckEmailCodeDto.channel)[keyof typeof PreCheckEmailCodeDto.channel];
}

/**
 * An SMS code to check in advance.
 */
export type PreCheckSmsCodeDto = Schemas.PreCheckSmsCodeDto;
/** Run-time enums of {@link PreCheckSmsCodeDto}'s properties, named as in the official SDK. */
export const PreCheckSmsCodeDto = {
  /** The values of `PreCheckSmsCodeDto.channel`, by member name. */
  channel: {
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
  },
} as const;
/** The types of {@link PreCheckSmsCodeDto}'s enum properties: one of each property's values. */
export namespace PreCheckSmsCodeDto {
  /** One of the values of `PreCheckSmsCodeDto.channel`. */
  export type channel = (typeof PreCheckSmsCodeDto.channel)[keyof typeof PreCheckSmsCodeDto.channel];
}

/**
 * Sets a new password using the token obtained from `verifyResetPasswordRequest`.
 */
export type ResetPasswordDto = Schemas.ResetPasswordDto;
/** Run-time enums of {@link ResetPasswordDto}'s properties, named as in the official SDK. */
export const ResetPasswordDto = {
  /** The values of `ResetPasswordDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link ResetPasswordDto}'s enum properties: one of each property's values. */
export namespace ResetPasswordDto {
  /** One of the values of `ResetPasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof ResetPasswordDto.passwordEncryptType)[keyof typeof ResetPasswordDto.passwordEncryptType];
}

/**
 * Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.
 */
export type SendEmailDto = Schemas.SendEmailDto;
/** Run-time enums of {@link SendEmailDto}'s properties, named as in the official SDK. */
export const SendEmailDto = {
  /** The values of `SendEmailDto.channel`, by member name. */
  channel: {
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
  },
} as const;
/** The types of {@link SendEmailDto}'s enum properties: one of each property's values. */
export namespace SendEmailDto {
  /** One of the values of `SendEmailDto.channel`. */
  export type channel = (typeof SendEmailDto.channel)[keyof typeof SendEmailDto.channel];
}

/**
 * Starts enrolling a new MFA factor for the current user.
 */
export type SendEnrollFactorRequestDto = Schemas.SendEnrollFactorRequestDto;
/** Run-time enums of {@link SendEnrollFactorRequestDto}'s properties, named as in the official SDK. */
export const SendEnrollFactorRequestDto = {
  /** The values of `SendEnrollFactorRequestDto.factorType`, by member name. */
  factorType: {
    OTP: "OTP",
    SMS: "SMS",
    EMAIL: "EMAIL",
    FACE: "FACE",
  },
} as const;
/** The types of {@link SendEnrollFactorRequestDto}'s enum properties: one of each property's values. */
export namespace SendEnrollFactorRequestDto {
  /** One of the values of `SendEnrollFactorRequestDto.factorType`. */
  export type factorType = (typeof SendEnrollFactorRequestDto.factorType)[keyof typeof SendEnrollFactorRequestDto.factorType];
}

/**
 * Asks GenAuth to text a one-time passcode for a given purpose.
 */
export type SendSMSDto = Schemas.SendSMSDto;
/** Run-time enums of {@link SendSMSDto}'s properties, named as in the official SDK. */
export const SendSMSDto = {
  /** The values of `SendSMSDto.channel`, by member name. */
  channel: {
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
  },
} as const;
/** The types of {@link SendSMSDto}'s enum properties: one of each property's values. */
export namespace SendSMSDto {
  /** One of the values of `SendSMSDto.channel`. */
  export type channel = (typeof SendSMSDto.channel)[keyof typeof SendSMSDto.channel];
}

/**
 * Optional settings for a sign-in with credentials.
 */
export type SignInOptionsDto = Schemas.SignInOptionsDto;
/** Run-time enums of {@link SignInOptionsDto}'s properties, named as in the official SDK. */
export const SignInOptionsDto = {
  /** The values of `SignInOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link SignInOptionsDto}'s enum properties: one of each property's values. */
export namespace SignInOptionsDto {
  /** One of the values of `SignInOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof SignInOptionsDto.passwordEncryptType)[keyof typeof SignInOptionsDto.passwordEncryptType];
}

/**
 * Registers a new user with a password or a one-time passcode.
 */
export type SignUpDto = Schemas.SignUpDto;
/** Run-time enums of {@link SignUpDto}'s properties, named as in the official SDK. */
export const SignUpDto = {
  /** The values of `SignUpDto.connection`, by member name. */
  connection: {
    PASSWORD: "PASSWORD",
    PASSCODE: "PASSCODE",
  },
} as const;
/** The types of {@link SignUpDto}'s enum properties: one of each property's values. */
export namespace SignUpDto {
  /** One of the values of `SignUpDto.connection`. */
  export type connection = (typeof SignUpDto.connection)[keyof typeof SignUpDto.connection];
}

/**
 * Optional settings for a registration.
 */
export type SignUpOptionsDto = Schemas.SignUpOptionsDto;
/** Run-time enums of {@link SignUpOptionsDto}'s properties, named as in the official SDK. */
export const SignUpOptionsDto = {
  /** The values of `SignUpOptionsDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link SignUpOptionsDto}'s enum properties: one of each property's values. */
export namespace SignUpOptionsDto {
  /** One of the values of `SignUpOptionsDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof SignUpOptionsDto.passwordEncryptType)[keyof typeof SignUpOptionsDto.passwordEncryptType];
}

/**
 * Profile fields that may be set on a user at registration.
 */
export type SignUpProfileDto = Schemas.SignUpProfileDto;
/** Run-time enums of {@link SignUpProfileDto}'s properties, named as in the official SDK. */
export const SignUpProfileDto = {
  /** The values of `SignUpProfileDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link SignUpProfileDto}'s enum properties: one of each property's values. */
export namespace SignUpProfileDto {
  /** One of the values of `SignUpProfileDto.gender`. */
  export type gender = (typeof SignUpProfileDto.gender)[keyof typeof SignUpProfileDto.gender];
}

/**
 * Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.
 */
export type SigninByCredentialsDto = Schemas.SigninByCredentialsDto;
/** Run-time enums of {@link SigninByCredentialsDto}'s properties, named as in the official SDK. */
export const SigninByCredentialsDto = {
  /** The values of `SigninByCredentialsDto.connection`, by member name. */
  connection: {
    PASSWORD: "PASSWORD",
    PASSCODE: "PASSCODE",
    LDAP: "LDAP",
    AD: "AD",
  },
} as const;
/** The types of {@link SigninByCredentialsDto}'s enum properties: one of each property's values. */
export namespace SigninByCredentialsDto {
  /** One of the values of `SigninByCredentialsDto.connection`. */
  export type connection = (typeof SigninByCredentialsDto.connection)[keyof typeof SigninByCredentialsDto.connection];
}

/**
 * Signs a user in with what a social or mobile identity provider returned to the app.
 */
export type SigninByMobileDto = Schemas.SigninByMobileDto;
/** Run-time enums of {@link SigninByMobileDto}'s properties, named as in the official SDK. */
export const SigninByMobileDto = {
  /** The values of `SigninByMobileDto.connection`, by member name. */
  connection: {
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
  },
} as const;
/** The types of {@link SigninByMobileDto}'s enum properties: one of each property's values. */
export namespace SigninByMobileDto {
  /** One of the values of `SigninByMobileDto.connection`. */
  export type connection = (typeof SigninByMobileDto.connection)[keyof typeof SigninByMobileDto.connection];
}

/**
 * Outcome of a request to join through a universal invitation link.
 */
export type UniversalInvitationJoinRespDto = Schemas.UniversalInvitationJoinRespDto;
/** Run-time enums of {@link UniversalInvitationJoinRespDto}'s properties, named as in the official SDK. */
export const UniversalInvitationJoinRespDto = {
  /** The values of `UniversalInvitationJoinRespDto.status`, by member name. */
  status: {
    PENDING: "PENDING",
    PASSED: "PASSED",
  },
} as const;
/** The types of {@link UniversalInvitationJoinRespDto}'s enum properties: one of each property's values. */
export namespace UniversalInvitationJoinRespDto {
  /** One of the values of `UniversalInvitationJoinRespDto.status`. */
  export type status = (typeof UniversalInvitationJoinRespDto.status)[keyof typeof UniversalInvitationJoinRespDto.status];
}

/**
 * Changes the current user's password.
 */
export type UpdatePasswordDto = Schemas.UpdatePasswordDto;
/** Run-time enums of {@link UpdatePasswordDto}'s properties, named as in the official SDK. */
export const UpdatePasswordDto = {
  /** The values of `UpdatePasswordDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link UpdatePasswordDto}'s enum properties: one of each property's values. */
export namespace UpdatePasswordDto {
  /** One of the values of `UpdatePasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof UpdatePasswordDto.passwordEncryptType)[keyof typeof UpdatePasswordDto.passwordEncryptType];
}

/**
 * Profile fields of the current user to change; fields left out keep their value.
 */
export type UpdateUserProfileDto = Schemas.UpdateUserProfileDto;
/** Run-time enums of {@link UpdateUserProfileDto}'s properties, named as in the official SDK. */
export const UpdateUserProfileDto = {
  /** The values of `UpdateUserProfileDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
} as const;
/** The types of {@link UpdateUserProfileDto}'s enum properties: one of each property's values. */
export namespace UpdateUserProfileDto {
  /** One of the values of `UpdateUserProfileDto.gender`. */
  export type gender = (typeof UpdateUserProfileDto.gender)[keyof typeof UpdateUserProfileDto.gender];
}

/**
 * A user's account and profile as GenAuth stores it.
 */
export type UserDto = Schemas.UserDto;
/** Run-time enums of {@link UserDto}'s properties, named as in the official SDK. */
export const UserDto = {
  /** The values of `UserDto.status`, by member name. */
  status: {
    SUSPENDED: "Suspended",
    RESIGNED: "Resigned",
    ACTIVATED: "Activated",
    ARCHIVED: "Archived",
    DEACTIVATED: "Deactivated",
  },
  /** The values of `UserDto.workStatus`, by member name. */
  workStatus: {
    CLOSED: "Closed",
    ACTIVE: "Active",
  },
  /** The values of `UserDto.gender`, by member name. */
  gender: {
    M: "M",
    F: "F",
    U: "U",
  },
  /** The values of `UserDto.userSourceType`, by member name. */
  userSourceType: {
    EXCEL: "excel",
    REGISTER: "register",
    ADMIN_CREATED: "adminCreated",
    SYNC: "sync",
  },
} as const;
/** The types of {@link UserDto}'s enum properties: one of each property's values. */
export namespace UserDto {
  /** One of the values of `UserDto.status`. */
  export type status = (typeof UserDto.status)[keyof typeof UserDto.status];
  /** One of the values of `UserDto.workStatus`. */
  export type workStatus = (typeof UserDto.workStatus)[keyof typeof UserDto.workStatus];
  /** One of the values of `UserDto.gender`. */
  export type gender = (typeof UserDto.gender)[keyof typeof UserDto.gender];
  /** One of the values of `UserDto.userSourceType`. */
  export type userSourceType = (typeof UserDto.userSourceType)[keyof typeof UserDto.userSourceType];
}

/**
 * A password to check against a user identified by phone, email or username.
 */
export type ValidatePasswordDto = Schemas.ValidatePasswordDto;
/** Run-time enums of {@link ValidatePasswordDto}'s properties, named as in the official SDK. */
export const ValidatePasswordDto = {
  /** The values of `ValidatePasswordDto.passwordEncryptType`, by member name. */
  passwordEncryptType: {
    SM2: "sm2",
    RSA: "rsa",
    NONE: "none",
  },
} as const;
/** The types of {@link ValidatePasswordDto}'s enum properties: one of each property's values. */
export namespace ValidatePasswordDto {
  /** One of the values of `ValidatePasswordDto.passwordEncryptType`. */
  export type passwordEncryptType = (typeof ValidatePasswordDto.passwordEncryptType)[keyof typeof ValidatePasswordDto.passwordEncryptType];
}

/**
 * Proves the user's identity before deleting their account.
 */
export type VerifyDeleteAccountRequestDto = Schemas.VerifyDeleteAccountRequestDto;
/** Run-time enums of {@link VerifyDeleteAccountRequestDto}'s properties, named as in the official SDK. */
export const VerifyDeleteAccountRequestDto = {
  /** The values of `VerifyDeleteAccountRequestDto.verifyMethod`, by member name. */
  verifyMethod: {
    PHONE_PASSCODE: "PHONE_PASSCODE",
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
    PASSWORD: "PASSWORD",
  },
} as const;
/** The types of {@link VerifyDeleteAccountRequestDto}'s enum properties: one of each property's values. */
export namespace VerifyDeleteAccountRequestDto {
  /** One of the values of `VerifyDeleteAccountRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof VerifyDeleteAccountRequestDto.verifyMethod)[keyof typeof VerifyDeleteAccountRequestDto.verifyMethod];
}

/**
 * A code an invitee received, to be checked before they register.
 */
export type VerifyInviteCodeDto = Schemas.VerifyInviteCodeDto;
/** Run-time enums of {@link VerifyInviteCodeDto}'s properties, named as in the official SDK. */
export const VerifyInviteCodeDto = {
  /** The values of `VerifyInviteCodeDto.receiverType`, by member name. */
  receiverType: {
    SMS_CODE: "smsCode",
    EMAIL_CODE: "emailCode",
  },
} as const;
/** The types of {@link VerifyInviteCodeDto}'s enum properties: one of each property's values. */
export namespace VerifyInviteCodeDto {
  /** One of the values of `VerifyInviteCodeDto.receiverType`. */
  export type receiverType = (typeof VerifyInviteCodeDto.receiverType)[keyof typeof VerifyInviteCodeDto.receiverType];
}

/**
 * Completes registering a WebAuthn authenticator by submitting the credential it created.
 */
export type VerifyRegistrationDto = Schemas.VerifyRegistrationDto;
/** Run-time enums of {@link VerifyRegistrationDto}'s properties, named as in the official SDK. */
export const VerifyRegistrationDto = {
  /** The values of `VerifyRegistrationDto.authenticatorCode`, by member name. */
  authenticatorCode: {
    FINGERPRINT: "fingerprint",
    FACE: "face",
    OTHER: "other",
  },
} as const;
/** The types of {@link VerifyRegistrationDto}'s enum properties: one of each property's values. */
export namespace VerifyRegistrationDto {
  /** One of the values of `VerifyRegistrationDto.authenticatorCode`. */
  export type authenticatorCode = (typeof VerifyRegistrationDto.authenticatorCode)[keyof typeof VerifyRegistrationDto.authenticatorCode];
}

/**
 * Proves the user's identity to start a forgotten-password reset.
 */
export type VerifyResetPasswordRequestDto = Schemas.VerifyResetPasswordRequestDto;
/** Run-time enums of {@link VerifyResetPasswordRequestDto}'s properties, named as in the official SDK. */
export const VerifyResetPasswordRequestDto = {
  /** The values of `VerifyResetPasswordRequestDto.verifyMethod`, by member name. */
  verifyMethod: {
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
    PHONE_PASSCODE: "PHONE_PASSCODE",
  },
} as const;
/** The types of {@link VerifyResetPasswordRequestDto}'s enum properties: one of each property's values. */
export namespace VerifyResetPasswordRequestDto {
  /** One of the values of `VerifyResetPasswordRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof VerifyResetPasswordRequestDto.verifyMethod)[keyof typeof VerifyResetPasswordRequestDto.verifyMethod];
}

/**
 * Proves ownership of the addresses involved before changing the email.
 */
export type VerifyUpdateEmailRequestDto = Schemas.VerifyUpdateEmailRequestDto;
/** Run-time enums of {@link VerifyUpdateEmailRequestDto}'s properties, named as in the official SDK. */
export const VerifyUpdateEmailRequestDto = {
  /** The values of `VerifyUpdateEmailRequestDto.verifyMethod`, by member name. */
  verifyMethod: {
    EMAIL_PASSCODE: "EMAIL_PASSCODE",
  },
} as const;
/** The types of {@link VerifyUpdateEmailRequestDto}'s enum properties: one of each property's values. */
export namespace VerifyUpdateEmailRequestDto {
  /** One of the values of `VerifyUpdateEmailRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof VerifyUpdateEmailRequestDto.verifyMethod)[keyof typeof VerifyUpdateEmailRequestDto.verifyMethod];
}

/**
 * Proves ownership of the numbers involved before changing the phone number.
 */
export type VerifyUpdatePhoneRequestDto = Schemas.VerifyUpdatePhoneRequestDto;
/** Run-time enums of {@link VerifyUpdatePhoneRequestDto}'s properties, named as in the official SDK. */
export const VerifyUpdatePhoneRequestDto = {
  /** The values of `VerifyUpdatePhoneRequestDto.verifyMethod`, by member name. */
  verifyMethod: {
    PHONE_PASSCODE: "PHONE_PASSCODE",
  },
} as const;
/** The types of {@link VerifyUpdatePhoneRequestDto}'s enum properties: one of each property's values. */
export namespace VerifyUpdatePhoneRequestDto {
  /** One of the values of `VerifyUpdatePhoneRequestDto.verifyMethod`. */
  export type verifyMethod = (typeof VerifyUpdatePhoneRequestDto.verifyMethod)[keyof typeof VerifyUpdatePhoneRequestDto.verifyMethod];
}
