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
  /** Each member's own type, as the official SDK's enum members are types (`AppQRCodeLoginDto.action.APP_LOGIN`). */
  export namespace action {
    /** The type of `action.APP_LOGIN`: "APP_LOGIN". */
    export type APP_LOGIN = typeof AppQRCodeLoginDto.action.APP_LOGIN;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AppValidateRuleDto.type.NONE`). */
  export namespace type {
    /** The type of `type.NONE`: "None". */
    export type NONE = typeof AppValidateRuleDto.type.NONE;
    /** The type of `type.REG_EXP`: "regExp". */
    export type REG_EXP = typeof AppValidateRuleDto.type.REG_EXP;
    /** The type of `type.PHONE`: "phone". */
    export type PHONE = typeof AppValidateRuleDto.type.PHONE;
    /** The type of `type.EMAIL`: "email". */
    export type EMAIL = typeof AppValidateRuleDto.type.EMAIL;
    /** The type of `type.IS_NUMBER`: "isNumber". */
    export type IS_NUMBER = typeof AppValidateRuleDto.type.IS_NUMBER;
  }
  /** One of the values of `AppValidateRuleDto.content`. */
  export type content = (typeof AppValidateRuleDto.content)[keyof typeof AppValidateRuleDto.content];
  /** Each member's own type, as the official SDK's enum members are types (`AppValidateRuleDto.content.NONE`). */
  export namespace content {
    /** The type of `content.NONE`: "None". */
    export type NONE = typeof AppValidateRuleDto.content.NONE;
    /** The type of `content.REG_EXP`: "regExp". */
    export type REG_EXP = typeof AppValidateRuleDto.content.REG_EXP;
    /** The type of `content.PHONE`: "phone". */
    export type PHONE = typeof AppValidateRuleDto.content.PHONE;
    /** The type of `content.EMAIL`: "email". */
    export type EMAIL = typeof AppValidateRuleDto.content.EMAIL;
    /** The type of `content.IS_NUMBER`: "isNumber". */
    export type IS_NUMBER = typeof AppValidateRuleDto.content.IS_NUMBER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ApprovalDetailDto.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof ApprovalDetailDto.status.PENDING;
    /** The type of `status.AGREED`: "AGREED". */
    export type AGREED = typeof ApprovalDetailDto.status.AGREED;
    /** The type of `status.REFUSED`: "REFUSED". */
    export type REFUSED = typeof ApprovalDetailDto.status.REFUSED;
  }
  /** One of the values of `ApprovalDetailDto.objectType`. */
  export type objectType = (typeof ApprovalDetailDto.objectType)[keyof typeof ApprovalDetailDto.objectType];
  /** Each member's own type, as the official SDK's enum members are types (`ApprovalDetailDto.objectType.APP_PERMISSION_APPLY`). */
  export namespace objectType {
    /** The type of `objectType.APP_PERMISSION_APPLY`: "APP_PERMISSION_APPLY". */
    export type APP_PERMISSION_APPLY = typeof ApprovalDetailDto.objectType.APP_PERMISSION_APPLY;
    /** The type of `objectType.ROLE_PERMISSION_APPLY`: "ROLE_PERMISSION_APPLY". */
    export type ROLE_PERMISSION_APPLY = typeof ApprovalDetailDto.objectType.ROLE_PERMISSION_APPLY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`AuthorizedResourceDto.resourceType.DATA`). */
  export namespace resourceType {
    /** The type of `resourceType.DATA`: "DATA". */
    export type DATA = typeof AuthorizedResourceDto.resourceType.DATA;
    /** The type of `resourceType.API`: "API". */
    export type API = typeof AuthorizedResourceDto.resourceType.API;
    /** The type of `resourceType.MENU`: "MENU". */
    export type MENU = typeof AuthorizedResourceDto.resourceType.MENU;
    /** The type of `resourceType.BUTTON`: "BUTTON". */
    export type BUTTON = typeof AuthorizedResourceDto.resourceType.BUTTON;
    /** The type of `resourceType.UI`: "UI". */
    export type UI = typeof AuthorizedResourceDto.resourceType.UI;
  }
  /** One of the values of `AuthorizedResourceDto.effect`. */
  export type effect = (typeof AuthorizedResourceDto.effect)[keyof typeof AuthorizedResourceDto.effect];
  /** Each member's own type, as the official SDK's enum members are types (`AuthorizedResourceDto.effect.ALLOW`). */
  export namespace effect {
    /** The type of `effect.ALLOW`: "ALLOW". */
    export type ALLOW = typeof AuthorizedResourceDto.effect.ALLOW;
    /** The type of `effect.DENY`: "DENY". */
    export type DENY = typeof AuthorizedResourceDto.effect.DENY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`BatchCreateApprovalReq.objectType.APP_PERMISSION_APPLY`). */
  export namespace objectType {
    /** The type of `objectType.APP_PERMISSION_APPLY`: "APP_PERMISSION_APPLY". */
    export type APP_PERMISSION_APPLY = typeof BatchCreateApprovalReq.objectType.APP_PERMISSION_APPLY;
    /** The type of `objectType.ROLE_PERMISSION_APPLY`: "ROLE_PERMISSION_APPLY". */
    export type ROLE_PERMISSION_APPLY = typeof BatchCreateApprovalReq.objectType.ROLE_PERMISSION_APPLY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ChangePushCodeStatusDto.action.CONFIRM`). */
  export namespace action {
    /** The type of `action.CONFIRM`: "CONFIRM". */
    export type CONFIRM = typeof ChangePushCodeStatusDto.action.CONFIRM;
    /** The type of `action.CANCEL`: "CANCEL". */
    export type CANCEL = typeof ChangePushCodeStatusDto.action.CANCEL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ChangeQRCodeStatusDto.action.SCAN`). */
  export namespace action {
    /** The type of `action.SCAN`: "SCAN". */
    export type SCAN = typeof ChangeQRCodeStatusDto.action.SCAN;
    /** The type of `action.CONFIRM`: "CONFIRM". */
    export type CONFIRM = typeof ChangeQRCodeStatusDto.action.CONFIRM;
    /** The type of `action.CANCEL`: "CANCEL". */
    export type CANCEL = typeof ChangeQRCodeStatusDto.action.CANCEL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CheckPushCodeStatusDataDto.status.PUSHED`). */
  export namespace status {
    /** The type of `status.PUSHED`: "PUSHED". */
    export type PUSHED = typeof CheckPushCodeStatusDataDto.status.PUSHED;
    /** The type of `status.AUTHORIZED`: "AUTHORIZED". */
    export type AUTHORIZED = typeof CheckPushCodeStatusDataDto.status.AUTHORIZED;
    /** The type of `status.CANCELLED`: "CANCELLED". */
    export type CANCELLED = typeof CheckPushCodeStatusDataDto.status.CANCELLED;
    /** The type of `status.EXPIRED`: "EXPIRED". */
    export type EXPIRED = typeof CheckPushCodeStatusDataDto.status.EXPIRED;
    /** The type of `status.ERROR`: "ERROR". */
    export type ERROR = typeof CheckPushCodeStatusDataDto.status.ERROR;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CheckQRCodeStatusDataDto.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof CheckQRCodeStatusDataDto.status.PENDING;
    /** The type of `status.SCANNED`: "SCANNED". */
    export type SCANNED = typeof CheckQRCodeStatusDataDto.status.SCANNED;
    /** The type of `status.AUTHORIZED`: "AUTHORIZED". */
    export type AUTHORIZED = typeof CheckQRCodeStatusDataDto.status.AUTHORIZED;
    /** The type of `status.CANCELLED`: "CANCELLED". */
    export type CANCELLED = typeof CheckQRCodeStatusDataDto.status.CANCELLED;
    /** The type of `status.EXPIRED`: "EXPIRED". */
    export type EXPIRED = typeof CheckQRCodeStatusDataDto.status.EXPIRED;
    /** The type of `status.ERROR`: "ERROR". */
    export type ERROR = typeof CheckQRCodeStatusDataDto.status.ERROR;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`CreateApprovalReq.objectType.APP_PERMISSION_APPLY`). */
  export namespace objectType {
    /** The type of `objectType.APP_PERMISSION_APPLY`: "APP_PERMISSION_APPLY". */
    export type APP_PERMISSION_APPLY = typeof CreateApprovalReq.objectType.APP_PERMISSION_APPLY;
    /** The type of `objectType.ROLE_PERMISSION_APPLY`: "ROLE_PERMISSION_APPLY". */
    export type ROLE_PERMISSION_APPLY = typeof CreateApprovalReq.objectType.ROLE_PERMISSION_APPLY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeleteAccountByPasswordDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof DeleteAccountByPasswordDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof DeleteAccountByPasswordDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof DeleteAccountByPasswordDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`DeviceInfo.type.BROWSER`). */
  export namespace type {
    /** The type of `type.BROWSER`: "Browser". */
    export type BROWSER = typeof DeviceInfo.type.BROWSER;
    /** The type of `type.MOBILE`: "Mobile". */
    export type MOBILE = typeof DeviceInfo.type.MOBILE;
    /** The type of `type.DESKTOP`: "Desktop". */
    export type DESKTOP = typeof DeviceInfo.type.DESKTOP;
  }
  /** One of the values of `DeviceInfo.status`. */
  export type status = (typeof DeviceInfo.status)[keyof typeof DeviceInfo.status];
  /** Each member's own type, as the official SDK's enum members are types (`DeviceInfo.status.ACTIVATED`). */
  export namespace status {
    /** The type of `status.ACTIVATED`: "activated". */
    export type ACTIVATED = typeof DeviceInfo.status.ACTIVATED;
    /** The type of `status.SUSPENDED`: "suspended". */
    export type SUSPENDED = typeof DeviceInfo.status.SUSPENDED;
    /** The type of `status.DEACTIVATED`: "deactivated". */
    export type DEACTIVATED = typeof DeviceInfo.status.DEACTIVATED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`EnablePermissionApplyApplication.appType.WEB`). */
  export namespace appType {
    /** The type of `appType.WEB`: "web". */
    export type WEB = typeof EnablePermissionApplyApplication.appType.WEB;
    /** The type of `appType.SPA`: "spa". */
    export type SPA = typeof EnablePermissionApplyApplication.appType.SPA;
    /** The type of `appType.NATIVE`: "native". */
    export type NATIVE = typeof EnablePermissionApplyApplication.appType.NATIVE;
    /** The type of `appType.API`: "api". */
    export type API = typeof EnablePermissionApplyApplication.appType.API;
    /** The type of `appType.MFA`: "mfa". */
    export type MFA = typeof EnablePermissionApplyApplication.appType.MFA;
    /** The type of `appType.MINI_PROGRAM`: "mini-program". */
    export type MINI_PROGRAM = typeof EnablePermissionApplyApplication.appType.MINI_PROGRAM;
    /** The type of `appType.GATEWAY_APP`: "gateway-app". */
    export type GATEWAY_APP = typeof EnablePermissionApplyApplication.appType.GATEWAY_APP;
    /** The type of `appType.GATEWAY_AGENT`: "gateway-agent". */
    export type GATEWAY_AGENT = typeof EnablePermissionApplyApplication.appType.GATEWAY_AGENT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`EnrollFactorDto.factorType.OTP`). */
  export namespace factorType {
    /** The type of `factorType.OTP`: "OTP". */
    export type OTP = typeof EnrollFactorDto.factorType.OTP;
    /** The type of `factorType.SMS`: "SMS". */
    export type SMS = typeof EnrollFactorDto.factorType.SMS;
    /** The type of `factorType.EMAIL`: "EMAIL". */
    export type EMAIL = typeof EnrollFactorDto.factorType.EMAIL;
    /** The type of `factorType.FACE`: "FACE". */
    export type FACE = typeof EnrollFactorDto.factorType.FACE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ExtIdpInfoDto.type.OIDC`). */
  export namespace type {
    /** The type of `type.OIDC`: "oidc". */
    export type OIDC = typeof ExtIdpInfoDto.type.OIDC;
    /** The type of `type.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof ExtIdpInfoDto.type.OAUTH2;
    /** The type of `type.SAML`: "saml". */
    export type SAML = typeof ExtIdpInfoDto.type.SAML;
    /** The type of `type.LDAP`: "ldap". */
    export type LDAP = typeof ExtIdpInfoDto.type.LDAP;
    /** The type of `type.AD`: "ad". */
    export type AD = typeof ExtIdpInfoDto.type.AD;
    /** The type of `type.CAS`: "cas". */
    export type CAS = typeof ExtIdpInfoDto.type.CAS;
    /** The type of `type.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof ExtIdpInfoDto.type.AZURE_AD;
    /** The type of `type.WECHAT`: "wechat". */
    export type WECHAT = typeof ExtIdpInfoDto.type.WECHAT;
    /** The type of `type.GOOGLE`: "google". */
    export type GOOGLE = typeof ExtIdpInfoDto.type.GOOGLE;
    /** The type of `type.QQ`: "qq". */
    export type QQ = typeof ExtIdpInfoDto.type.QQ;
    /** The type of `type.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof ExtIdpInfoDto.type.WECHATWORK;
    /** The type of `type.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof ExtIdpInfoDto.type.DINGTALK;
    /** The type of `type.WEIBO`: "weibo". */
    export type WEIBO = typeof ExtIdpInfoDto.type.WEIBO;
    /** The type of `type.GITHUB`: "github". */
    export type GITHUB = typeof ExtIdpInfoDto.type.GITHUB;
    /** The type of `type.ALIPAY`: "alipay". */
    export type ALIPAY = typeof ExtIdpInfoDto.type.ALIPAY;
    /** The type of `type.APPLE`: "apple". */
    export type APPLE = typeof ExtIdpInfoDto.type.APPLE;
    /** The type of `type.BAIDU`: "baidu". */
    export type BAIDU = typeof ExtIdpInfoDto.type.BAIDU;
    /** The type of `type.LARK`: "lark". */
    export type LARK = typeof ExtIdpInfoDto.type.LARK;
    /** The type of `type.GITLAB`: "gitlab". */
    export type GITLAB = typeof ExtIdpInfoDto.type.GITLAB;
    /** The type of `type.TWITTER`: "twitter". */
    export type TWITTER = typeof ExtIdpInfoDto.type.TWITTER;
    /** The type of `type.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof ExtIdpInfoDto.type.FACEBOOK;
    /** The type of `type.SLACK`: "slack". */
    export type SLACK = typeof ExtIdpInfoDto.type.SLACK;
    /** The type of `type.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof ExtIdpInfoDto.type.LINKEDIN;
    /** The type of `type.YIDUN`: "yidun". */
    export type YIDUN = typeof ExtIdpInfoDto.type.YIDUN;
    /** The type of `type.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof ExtIdpInfoDto.type.QINGCLOUD;
    /** The type of `type.GITEE`: "gitee". */
    export type GITEE = typeof ExtIdpInfoDto.type.GITEE;
    /** The type of `type.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof ExtIdpInfoDto.type.INSTAGRAM;
    /** The type of `type.WELINK`: "welink". */
    export type WELINK = typeof ExtIdpInfoDto.type.WELINK;
    /** The type of `type.HUAWEI`: "huawei". */
    export type HUAWEI = typeof ExtIdpInfoDto.type.HUAWEI;
    /** The type of `type.HONOR`: "honor". */
    export type HONOR = typeof ExtIdpInfoDto.type.HONOR;
    /** The type of `type.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof ExtIdpInfoDto.type.XIAOMI;
    /** The type of `type.OPPO`: "oppo". */
    export type OPPO = typeof ExtIdpInfoDto.type.OPPO;
    /** The type of `type.AWS`: "aws". */
    export type AWS = typeof ExtIdpInfoDto.type.AWS;
    /** The type of `type.AMAZON`: "amazon". */
    export type AMAZON = typeof ExtIdpInfoDto.type.AMAZON;
    /** The type of `type.DOUYIN`: "douyin". */
    export type DOUYIN = typeof ExtIdpInfoDto.type.DOUYIN;
    /** The type of `type.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof ExtIdpInfoDto.type.KUAISHOU;
    /** The type of `type.LINE`: "line". */
    export type LINE = typeof ExtIdpInfoDto.type.LINE;
    /** The type of `type.SDBZ`: "sdbz". */
    export type SDBZ = typeof ExtIdpInfoDto.type.SDBZ;
    /** The type of `type.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof ExtIdpInfoDto.type.ZJZWFW;
    /** The type of `type.ZZDING`: "zzding". */
    export type ZZDING = typeof ExtIdpInfoDto.type.ZZDING;
    /** The type of `type.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof ExtIdpInfoDto.type.SEEYONA8V5;
  }
  /** One of the values of `ExtIdpInfoDto.extIdpType`. */
  export type extIdpType = (typeof ExtIdpInfoDto.extIdpType)[keyof typeof ExtIdpInfoDto.extIdpType];
  /** Each member's own type, as the official SDK's enum members are types (`ExtIdpInfoDto.extIdpType.SOCIAL`). */
  export namespace extIdpType {
    /** The type of `extIdpType.SOCIAL`: "social". */
    export type SOCIAL = typeof ExtIdpInfoDto.extIdpType.SOCIAL;
    /** The type of `extIdpType.ENTERPRISE`: "enterprise". */
    export type ENTERPRISE = typeof ExtIdpInfoDto.extIdpType.ENTERPRISE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.type.USER`). */
  export namespace type {
    /** The type of `type.USER`: "user". */
    export type USER = typeof ExtendsFieldDto.type.USER;
    /** The type of `type.INTERNAL`: "internal". */
    export type INTERNAL = typeof ExtendsFieldDto.type.INTERNAL;
  }
  /** One of the values of `ExtendsFieldDto.inputType`. */
  export type inputType = (typeof ExtendsFieldDto.inputType)[keyof typeof ExtendsFieldDto.inputType];
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.inputType.IMAGE`). */
  export namespace inputType {
    /** The type of `inputType.IMAGE`: "image". */
    export type IMAGE = typeof ExtendsFieldDto.inputType.IMAGE;
    /** The type of `inputType.NUMBER`: "number". */
    export type NUMBER = typeof ExtendsFieldDto.inputType.NUMBER;
    /** The type of `inputType.DATE`: "date". */
    export type DATE = typeof ExtendsFieldDto.inputType.DATE;
    /** The type of `inputType.DATE_TIME`: "dateTime". */
    export type DATE_TIME = typeof ExtendsFieldDto.inputType.DATE_TIME;
    /** The type of `inputType.DATETIME`: "datetime". */
    export type DATETIME = typeof ExtendsFieldDto.inputType.DATETIME;
    /** The type of `inputType.SELECT`: "select". */
    export type SELECT = typeof ExtendsFieldDto.inputType.SELECT;
    /** The type of `inputType.DROPDOWN`: "dropdown". */
    export type DROPDOWN = typeof ExtendsFieldDto.inputType.DROPDOWN;
    /** The type of `inputType.BOOLEAN`: "boolean". */
    export type BOOLEAN = typeof ExtendsFieldDto.inputType.BOOLEAN;
    /** The type of `inputType.STRING`: "string". */
    export type STRING = typeof ExtendsFieldDto.inputType.STRING;
    /** The type of `inputType.TEXT`: "text". */
    export type TEXT = typeof ExtendsFieldDto.inputType.TEXT;
    /** The type of `inputType.GENDER`: "gender". */
    export type GENDER = typeof ExtendsFieldDto.inputType.GENDER;
    /** The type of `inputType.COUNTRY`: "country". */
    export type COUNTRY = typeof ExtendsFieldDto.inputType.COUNTRY;
    /** The type of `inputType.USERNAME`: "username". */
    export type USERNAME = typeof ExtendsFieldDto.inputType.USERNAME;
    /** The type of `inputType.PHONE`: "phone". */
    export type PHONE = typeof ExtendsFieldDto.inputType.PHONE;
    /** The type of `inputType.EMAIL`: "email". */
    export type EMAIL = typeof ExtendsFieldDto.inputType.EMAIL;
  }
  /** One of the values of `ExtendsFieldDto.source`. */
  export type source = (typeof ExtendsFieldDto.source)[keyof typeof ExtendsFieldDto.source];
  /** Each member's own type, as the official SDK's enum members are types (`ExtendsFieldDto.source.PRESET`). */
  export namespace source {
    /** The type of `source.PRESET`: "preset". */
    export type PRESET = typeof ExtendsFieldDto.source.PRESET;
    /** The type of `source.MANUAL_ADD`: "manual_add". */
    export type MANUAL_ADD = typeof ExtendsFieldDto.source.MANUAL_ADD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`FactorDto.factorType.OTP`). */
  export namespace factorType {
    /** The type of `factorType.OTP`: "OTP". */
    export type OTP = typeof FactorDto.factorType.OTP;
    /** The type of `factorType.SMS`: "SMS". */
    export type SMS = typeof FactorDto.factorType.SMS;
    /** The type of `factorType.EMAIL`: "EMAIL". */
    export type EMAIL = typeof FactorDto.factorType.EMAIL;
    /** The type of `factorType.FACE`: "FACE". */
    export type FACE = typeof FactorDto.factorType.FACE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`FactorToEnrollDto.factorType.OTP`). */
  export namespace factorType {
    /** The type of `factorType.OTP`: "OTP". */
    export type OTP = typeof FactorToEnrollDto.factorType.OTP;
    /** The type of `factorType.SMS`: "SMS". */
    export type SMS = typeof FactorToEnrollDto.factorType.SMS;
    /** The type of `factorType.EMAIL`: "EMAIL". */
    export type EMAIL = typeof FactorToEnrollDto.factorType.EMAIL;
    /** The type of `factorType.FACE`: "FACE". */
    export type FACE = typeof FactorToEnrollDto.factorType.FACE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GenerateQrcodeDto.type.MOBILE_APP`). */
  export namespace type {
    /** The type of `type.MOBILE_APP`: "MOBILE_APP". */
    export type MOBILE_APP = typeof GenerateQrcodeDto.type.MOBILE_APP;
    /** The type of `type.WECHAT_MINIPROGRAM`: "WECHAT_MINIPROGRAM". */
    export type WECHAT_MINIPROGRAM = typeof GenerateQrcodeDto.type.WECHAT_MINIPROGRAM;
    /** The type of `type.WECHAT_OFFICIAL_ACCOUNT`: "WECHAT_OFFICIAL_ACCOUNT". */
    export type WECHAT_OFFICIAL_ACCOUNT = typeof GenerateQrcodeDto.type.WECHAT_OFFICIAL_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetUserAuthResourceStructDataDto.resourceType.TREE`). */
  export namespace resourceType {
    /** The type of `resourceType.TREE`: "TREE". */
    export type TREE = typeof GetUserAuthResourceStructDataDto.resourceType.TREE;
    /** The type of `resourceType.STRING`: "STRING". */
    export type STRING = typeof GetUserAuthResourceStructDataDto.resourceType.STRING;
    /** The type of `resourceType.ARRAY`: "ARRAY". */
    export type ARRAY = typeof GetUserAuthResourceStructDataDto.resourceType.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`GetUserSelectLoginPublicAccountsOriginUserDto.usertype._1`). */
  export namespace usertype {
    /** The type of `usertype._1`: "1". */
    export type _1 = typeof GetUserSelectLoginPublicAccountsOriginUserDto.usertype._1;
    /** The type of `usertype._2`: "2". */
    export type _2 = typeof GetUserSelectLoginPublicAccountsOriginUserDto.usertype._2;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`IdentityDto.provider.OIDC`). */
  export namespace provider {
    /** The type of `provider.OIDC`: "oidc". */
    export type OIDC = typeof IdentityDto.provider.OIDC;
    /** The type of `provider.OAUTH2`: "oauth2". */
    export type OAUTH2 = typeof IdentityDto.provider.OAUTH2;
    /** The type of `provider.SAML`: "saml". */
    export type SAML = typeof IdentityDto.provider.SAML;
    /** The type of `provider.LDAP`: "ldap". */
    export type LDAP = typeof IdentityDto.provider.LDAP;
    /** The type of `provider.AD`: "ad". */
    export type AD = typeof IdentityDto.provider.AD;
    /** The type of `provider.CAS`: "cas". */
    export type CAS = typeof IdentityDto.provider.CAS;
    /** The type of `provider.AZURE_AD`: "azure-ad". */
    export type AZURE_AD = typeof IdentityDto.provider.AZURE_AD;
    /** The type of `provider.WECHAT`: "wechat". */
    export type WECHAT = typeof IdentityDto.provider.WECHAT;
    /** The type of `provider.GOOGLE`: "google". */
    export type GOOGLE = typeof IdentityDto.provider.GOOGLE;
    /** The type of `provider.QQ`: "qq". */
    export type QQ = typeof IdentityDto.provider.QQ;
    /** The type of `provider.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof IdentityDto.provider.WECHATWORK;
    /** The type of `provider.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof IdentityDto.provider.DINGTALK;
    /** The type of `provider.WEIBO`: "weibo". */
    export type WEIBO = typeof IdentityDto.provider.WEIBO;
    /** The type of `provider.GITHUB`: "github". */
    export type GITHUB = typeof IdentityDto.provider.GITHUB;
    /** The type of `provider.ALIPAY`: "alipay". */
    export type ALIPAY = typeof IdentityDto.provider.ALIPAY;
    /** The type of `provider.APPLE`: "apple". */
    export type APPLE = typeof IdentityDto.provider.APPLE;
    /** The type of `provider.BAIDU`: "baidu". */
    export type BAIDU = typeof IdentityDto.provider.BAIDU;
    /** The type of `provider.LARK`: "lark". */
    export type LARK = typeof IdentityDto.provider.LARK;
    /** The type of `provider.GITLAB`: "gitlab". */
    export type GITLAB = typeof IdentityDto.provider.GITLAB;
    /** The type of `provider.TWITTER`: "twitter". */
    export type TWITTER = typeof IdentityDto.provider.TWITTER;
    /** The type of `provider.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof IdentityDto.provider.FACEBOOK;
    /** The type of `provider.SLACK`: "slack". */
    export type SLACK = typeof IdentityDto.provider.SLACK;
    /** The type of `provider.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof IdentityDto.provider.LINKEDIN;
    /** The type of `provider.YIDUN`: "yidun". */
    export type YIDUN = typeof IdentityDto.provider.YIDUN;
    /** The type of `provider.QINGCLOUD`: "qingcloud". */
    export type QINGCLOUD = typeof IdentityDto.provider.QINGCLOUD;
    /** The type of `provider.GITEE`: "gitee". */
    export type GITEE = typeof IdentityDto.provider.GITEE;
    /** The type of `provider.INSTAGRAM`: "instagram". */
    export type INSTAGRAM = typeof IdentityDto.provider.INSTAGRAM;
    /** The type of `provider.WELINK`: "welink". */
    export type WELINK = typeof IdentityDto.provider.WELINK;
    /** The type of `provider.HUAWEI`: "huawei". */
    export type HUAWEI = typeof IdentityDto.provider.HUAWEI;
    /** The type of `provider.HONOR`: "honor". */
    export type HONOR = typeof IdentityDto.provider.HONOR;
    /** The type of `provider.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof IdentityDto.provider.XIAOMI;
    /** The type of `provider.OPPO`: "oppo". */
    export type OPPO = typeof IdentityDto.provider.OPPO;
    /** The type of `provider.AWS`: "aws". */
    export type AWS = typeof IdentityDto.provider.AWS;
    /** The type of `provider.AMAZON`: "amazon". */
    export type AMAZON = typeof IdentityDto.provider.AMAZON;
    /** The type of `provider.DOUYIN`: "douyin". */
    export type DOUYIN = typeof IdentityDto.provider.DOUYIN;
    /** The type of `provider.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof IdentityDto.provider.KUAISHOU;
    /** The type of `provider.LINE`: "line". */
    export type LINE = typeof IdentityDto.provider.LINE;
    /** The type of `provider.SDBZ`: "sdbz". */
    export type SDBZ = typeof IdentityDto.provider.SDBZ;
    /** The type of `provider.ZJZWFW`: "zjzwfw". */
    export type ZJZWFW = typeof IdentityDto.provider.ZJZWFW;
    /** The type of `provider.ZZDING`: "zzding". */
    export type ZZDING = typeof IdentityDto.provider.ZZDING;
    /** The type of `provider.SEEYONA8V5`: "seeyona8v5". */
    export type SEEYONA8V5 = typeof IdentityDto.provider.SEEYONA8V5;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InitiatedApproval.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof InitiatedApproval.status.PENDING;
    /** The type of `status.AGREED`: "AGREED". */
    export type AGREED = typeof InitiatedApproval.status.AGREED;
    /** The type of `status.REFUSED`: "REFUSED". */
    export type REFUSED = typeof InitiatedApproval.status.REFUSED;
  }
  /** One of the values of `InitiatedApproval.objectType`. */
  export type objectType = (typeof InitiatedApproval.objectType)[keyof typeof InitiatedApproval.objectType];
  /** Each member's own type, as the official SDK's enum members are types (`InitiatedApproval.objectType.APP_PERMISSION_APPLY`). */
  export namespace objectType {
    /** The type of `objectType.APP_PERMISSION_APPLY`: "APP_PERMISSION_APPLY". */
    export type APP_PERMISSION_APPLY = typeof InitiatedApproval.objectType.APP_PERMISSION_APPLY;
    /** The type of `objectType.ROLE_PERMISSION_APPLY`: "ROLE_PERMISSION_APPLY". */
    export type ROLE_PERMISSION_APPLY = typeof InitiatedApproval.objectType.ROLE_PERMISSION_APPLY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InviteeContextDto.sendVerifyCodeMethod.PRIORITY_SMS`). */
  export namespace sendVerifyCodeMethod {
    /** The type of `sendVerifyCodeMethod.PRIORITY_SMS`: "prioritySMS". */
    export type PRIORITY_SMS = typeof InviteeContextDto.sendVerifyCodeMethod.PRIORITY_SMS;
    /** The type of `sendVerifyCodeMethod.PRIORITY_EMAIL`: "priorityEmail". */
    export type PRIORITY_EMAIL = typeof InviteeContextDto.sendVerifyCodeMethod.PRIORITY_EMAIL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`InviteeProfileDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof InviteeProfileDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof InviteeProfileDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof InviteeProfileDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ListPublicAccountDataDto.usertype._1`). */
  export namespace usertype {
    /** The type of `usertype._1`: "1". */
    export type _1 = typeof ListPublicAccountDataDto.usertype._1;
    /** The type of `usertype._2`: "2". */
    export type _2 = typeof ListPublicAccountDataDto.usertype._2;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`OpenResource.resourceType.TREE`). */
  export namespace resourceType {
    /** The type of `resourceType.TREE`: "TREE". */
    export type TREE = typeof OpenResource.resourceType.TREE;
    /** The type of `resourceType.STRING`: "STRING". */
    export type STRING = typeof OpenResource.resourceType.STRING;
    /** The type of `resourceType.ARRAY`: "ARRAY". */
    export type ARRAY = typeof OpenResource.resourceType.ARRAY;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PolicyCondition.param.USER_POOL_ID`). */
  export namespace param {
    /** The type of `param.USER_POOL_ID`: "UserPoolId". */
    export type USER_POOL_ID = typeof PolicyCondition.param.USER_POOL_ID;
    /** The type of `param.APP_ID`: "AppId". */
    export type APP_ID = typeof PolicyCondition.param.APP_ID;
    /** The type of `param.REQUEST_FROM`: "RequestFrom". */
    export type REQUEST_FROM = typeof PolicyCondition.param.REQUEST_FROM;
    /** The type of `param.USER_ID`: "UserId". */
    export type USER_ID = typeof PolicyCondition.param.USER_ID;
    /** The type of `param.USER_ARN`: "UserArn". */
    export type USER_ARN = typeof PolicyCondition.param.USER_ARN;
    /** The type of `param.CURRENT_TIME`: "CurrentTime". */
    export type CURRENT_TIME = typeof PolicyCondition.param.CURRENT_TIME;
    /** The type of `param.EPOCH_TIME`: "EpochTime". */
    export type EPOCH_TIME = typeof PolicyCondition.param.EPOCH_TIME;
    /** The type of `param.SOURCE_IP`: "SourceIp". */
    export type SOURCE_IP = typeof PolicyCondition.param.SOURCE_IP;
    /** The type of `param.USER`: "User". */
    export type USER = typeof PolicyCondition.param.USER;
    /** The type of `param.MULTI_FACTOR_AUTH_PRESENT`: "MultiFactorAuthPresent". */
    export type MULTI_FACTOR_AUTH_PRESENT = typeof PolicyCondition.param.MULTI_FACTOR_AUTH_PRESENT;
    /** The type of `param.MULTI_FACTOR_AUTH_AGE`: "MultiFactorAuthAge". */
    export type MULTI_FACTOR_AUTH_AGE = typeof PolicyCondition.param.MULTI_FACTOR_AUTH_AGE;
    /** The type of `param.USER_AGENT`: "UserAgent". */
    export type USER_AGENT = typeof PolicyCondition.param.USER_AGENT;
    /** The type of `param.REFERER`: "Referer". */
    export type REFERER = typeof PolicyCondition.param.REFERER;
    /** The type of `param.DEVICE`: "Device". */
    export type DEVICE = typeof PolicyCondition.param.DEVICE;
    /** The type of `param.OS`: "OS". */
    export type OS = typeof PolicyCondition.param.OS;
    /** The type of `param.COUNTRY`: "Country". */
    export type COUNTRY = typeof PolicyCondition.param.COUNTRY;
    /** The type of `param.PROVINCE`: "Province". */
    export type PROVINCE = typeof PolicyCondition.param.PROVINCE;
    /** The type of `param.CITY`: "City". */
    export type CITY = typeof PolicyCondition.param.CITY;
    /** The type of `param.DEVICE_CHANGED`: "DeviceChanged". */
    export type DEVICE_CHANGED = typeof PolicyCondition.param.DEVICE_CHANGED;
    /** The type of `param.DEVICE_UNTRUSTED`: "DeviceUntrusted". */
    export type DEVICE_UNTRUSTED = typeof PolicyCondition.param.DEVICE_UNTRUSTED;
    /** The type of `param.PROXY_UNTRUSTED`: "ProxyUntrusted". */
    export type PROXY_UNTRUSTED = typeof PolicyCondition.param.PROXY_UNTRUSTED;
    /** The type of `param.LOGGED_IN_APPS`: "LoggedInApps". */
    export type LOGGED_IN_APPS = typeof PolicyCondition.param.LOGGED_IN_APPS;
    /** The type of `param.NAMESPACE`: "Namespace". */
    export type NAMESPACE = typeof PolicyCondition.param.NAMESPACE;
  }
  /** One of the values of `PolicyCondition.operator`. */
  export type operator = (typeof PolicyCondition.operator)[keyof typeof PolicyCondition.operator];
  /** Each member's own type, as the official SDK's enum members are types (`PolicyCondition.operator.BOOL`). */
  export namespace operator {
    /** The type of `operator.BOOL`: "Bool". */
    export type BOOL = typeof PolicyCondition.operator.BOOL;
    /** The type of `operator.DATE_EQUALS`: "DateEquals". */
    export type DATE_EQUALS = typeof PolicyCondition.operator.DATE_EQUALS;
    /** The type of `operator.DATE_NOT_EQUALS`: "DateNotEquals". */
    export type DATE_NOT_EQUALS = typeof PolicyCondition.operator.DATE_NOT_EQUALS;
    /** The type of `operator.DATE_LESS_THAN`: "DateLessThan". */
    export type DATE_LESS_THAN = typeof PolicyCondition.operator.DATE_LESS_THAN;
    /** The type of `operator.DATE_LESS_THAN_EQUALS`: "DateLessThanEquals". */
    export type DATE_LESS_THAN_EQUALS = typeof PolicyCondition.operator.DATE_LESS_THAN_EQUALS;
    /** The type of `operator.DATE_GREATER_THAN`: "DateGreaterThan". */
    export type DATE_GREATER_THAN = typeof PolicyCondition.operator.DATE_GREATER_THAN;
    /** The type of `operator.DATE_GREATER_THAN_EQUALS`: "DateGreaterThanEquals". */
    export type DATE_GREATER_THAN_EQUALS = typeof PolicyCondition.operator.DATE_GREATER_THAN_EQUALS;
    /** The type of `operator.IP_ADDRESS`: "IpAddress". */
    export type IP_ADDRESS = typeof PolicyCondition.operator.IP_ADDRESS;
    /** The type of `operator.NOT_IP_ADDRESS`: "NotIpAddress". */
    export type NOT_IP_ADDRESS = typeof PolicyCondition.operator.NOT_IP_ADDRESS;
    /** The type of `operator.NUMERIC_EQUALS`: "NumericEquals". */
    export type NUMERIC_EQUALS = typeof PolicyCondition.operator.NUMERIC_EQUALS;
    /** The type of `operator.NUMERIC_NOT_EQUALS`: "NumericNotEquals". */
    export type NUMERIC_NOT_EQUALS = typeof PolicyCondition.operator.NUMERIC_NOT_EQUALS;
    /** The type of `operator.NUMERIC_LESS_THAN`: "NumericLessThan". */
    export type NUMERIC_LESS_THAN = typeof PolicyCondition.operator.NUMERIC_LESS_THAN;
    /** The type of `operator.NUMERIC_LESS_THAN_EQUALS`: "NumericLessThanEquals". */
    export type NUMERIC_LESS_THAN_EQUALS = typeof PolicyCondition.operator.NUMERIC_LESS_THAN_EQUALS;
    /** The type of `operator.NUMERIC_GREATER_THAN`: "NumericGreaterThan". */
    export type NUMERIC_GREATER_THAN = typeof PolicyCondition.operator.NUMERIC_GREATER_THAN;
    /** The type of `operator.NUMERIC_GREATER_THAN_EQUALS`: "NumericGreaterThanEquals". */
    export type NUMERIC_GREATER_THAN_EQUALS = typeof PolicyCondition.operator.NUMERIC_GREATER_THAN_EQUALS;
    /** The type of `operator.STRING_EQUALS`: "StringEquals". */
    export type STRING_EQUALS = typeof PolicyCondition.operator.STRING_EQUALS;
    /** The type of `operator.STRING_NOT_EQUALS`: "StringNotEquals". */
    export type STRING_NOT_EQUALS = typeof PolicyCondition.operator.STRING_NOT_EQUALS;
    /** The type of `operator.STRING_EQUALS_IGNORE_CASE`: "StringEqualsIgnoreCase". */
    export type STRING_EQUALS_IGNORE_CASE = typeof PolicyCondition.operator.STRING_EQUALS_IGNORE_CASE;
    /** The type of `operator.STRING_NOT_EQUALS_IGNORE_CASE`: "StringNotEqualsIgnoreCase". */
    export type STRING_NOT_EQUALS_IGNORE_CASE = typeof PolicyCondition.operator.STRING_NOT_EQUALS_IGNORE_CASE;
    /** The type of `operator.STRING_LIKE`: "StringLike". */
    export type STRING_LIKE = typeof PolicyCondition.operator.STRING_LIKE;
    /** The type of `operator.STRING_NOT_LIKE`: "StringNotLike". */
    export type STRING_NOT_LIKE = typeof PolicyCondition.operator.STRING_NOT_LIKE;
    /** The type of `operator.LIST_CONTAINS`: "ListContains". */
    export type LIST_CONTAINS = typeof PolicyCondition.operator.LIST_CONTAINS;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PolicyInviteeJoinedDto.receiverType.SMS_CODE`). */
  export namespace receiverType {
    /** The type of `receiverType.SMS_CODE`: "smsCode". */
    export type SMS_CODE = typeof PolicyInviteeJoinedDto.receiverType.SMS_CODE;
    /** The type of `receiverType.EMAIL_CODE`: "emailCode". */
    export type EMAIL_CODE = typeof PolicyInviteeJoinedDto.receiverType.EMAIL_CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PreCheckCodeDto.codeType.SMS`). */
  export namespace codeType {
    /** The type of `codeType.SMS`: "SMS". */
    export type SMS = typeof PreCheckCodeDto.codeType.SMS;
    /** The type of `codeType.EMAIL`: "EMAIL". */
    export type EMAIL = typeof PreCheckCodeDto.codeType.EMAIL;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PreCheckEmailCodeDto.channel.CHANNEL_LOGIN`). */
  export namespace channel {
    /** The type of `channel.CHANNEL_LOGIN`: "CHANNEL_LOGIN". */
    export type CHANNEL_LOGIN = typeof PreCheckEmailCodeDto.channel.CHANNEL_LOGIN;
    /** The type of `channel.CHANNEL_REGISTER`: "CHANNEL_REGISTER". */
    export type CHANNEL_REGISTER = typeof PreCheckEmailCodeDto.channel.CHANNEL_REGISTER;
    /** The type of `channel.CHANNEL_RESET_PASSWORD`: "CHANNEL_RESET_PASSWORD". */
    export type CHANNEL_RESET_PASSWORD = typeof PreCheckEmailCodeDto.channel.CHANNEL_RESET_PASSWORD;
    /** The type of `channel.CHANNEL_VERIFY_EMAIL_LINK`: "CHANNEL_VERIFY_EMAIL_LINK". */
    export type CHANNEL_VERIFY_EMAIL_LINK = typeof PreCheckEmailCodeDto.channel.CHANNEL_VERIFY_EMAIL_LINK;
    /** The type of `channel.CHANNEL_UPDATE_EMAIL`: "CHANNEL_UPDATE_EMAIL". */
    export type CHANNEL_UPDATE_EMAIL = typeof PreCheckEmailCodeDto.channel.CHANNEL_UPDATE_EMAIL;
    /** The type of `channel.CHANNEL_BIND_EMAIL`: "CHANNEL_BIND_EMAIL". */
    export type CHANNEL_BIND_EMAIL = typeof PreCheckEmailCodeDto.channel.CHANNEL_BIND_EMAIL;
    /** The type of `channel.CHANNEL_UNBIND_EMAIL`: "CHANNEL_UNBIND_EMAIL". */
    export type CHANNEL_UNBIND_EMAIL = typeof PreCheckEmailCodeDto.channel.CHANNEL_UNBIND_EMAIL;
    /** The type of `channel.CHANNEL_VERIFY_MFA`: "CHANNEL_VERIFY_MFA". */
    export type CHANNEL_VERIFY_MFA = typeof PreCheckEmailCodeDto.channel.CHANNEL_VERIFY_MFA;
    /** The type of `channel.CHANNEL_UNLOCK_ACCOUNT`: "CHANNEL_UNLOCK_ACCOUNT". */
    export type CHANNEL_UNLOCK_ACCOUNT = typeof PreCheckEmailCodeDto.channel.CHANNEL_UNLOCK_ACCOUNT;
    /** The type of `channel.CHANNEL_COMPLETE_EMAIL`: "CHANNEL_COMPLETE_EMAIL". */
    export type CHANNEL_COMPLETE_EMAIL = typeof PreCheckEmailCodeDto.channel.CHANNEL_COMPLETE_EMAIL;
    /** The type of `channel.CHANNEL_DELETE_ACCOUNT`: "CHANNEL_DELETE_ACCOUNT". */
    export type CHANNEL_DELETE_ACCOUNT = typeof PreCheckEmailCodeDto.channel.CHANNEL_DELETE_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`PreCheckSmsCodeDto.channel.CHANNEL_LOGIN`). */
  export namespace channel {
    /** The type of `channel.CHANNEL_LOGIN`: "CHANNEL_LOGIN". */
    export type CHANNEL_LOGIN = typeof PreCheckSmsCodeDto.channel.CHANNEL_LOGIN;
    /** The type of `channel.CHANNEL_REGISTER`: "CHANNEL_REGISTER". */
    export type CHANNEL_REGISTER = typeof PreCheckSmsCodeDto.channel.CHANNEL_REGISTER;
    /** The type of `channel.CHANNEL_RESET_PASSWORD`: "CHANNEL_RESET_PASSWORD". */
    export type CHANNEL_RESET_PASSWORD = typeof PreCheckSmsCodeDto.channel.CHANNEL_RESET_PASSWORD;
    /** The type of `channel.CHANNEL_BIND_PHONE`: "CHANNEL_BIND_PHONE". */
    export type CHANNEL_BIND_PHONE = typeof PreCheckSmsCodeDto.channel.CHANNEL_BIND_PHONE;
    /** The type of `channel.CHANNEL_UNBIND_PHONE`: "CHANNEL_UNBIND_PHONE". */
    export type CHANNEL_UNBIND_PHONE = typeof PreCheckSmsCodeDto.channel.CHANNEL_UNBIND_PHONE;
    /** The type of `channel.CHANNEL_BIND_MFA`: "CHANNEL_BIND_MFA". */
    export type CHANNEL_BIND_MFA = typeof PreCheckSmsCodeDto.channel.CHANNEL_BIND_MFA;
    /** The type of `channel.CHANNEL_VERIFY_MFA`: "CHANNEL_VERIFY_MFA". */
    export type CHANNEL_VERIFY_MFA = typeof PreCheckSmsCodeDto.channel.CHANNEL_VERIFY_MFA;
    /** The type of `channel.CHANNEL_UNBIND_MFA`: "CHANNEL_UNBIND_MFA". */
    export type CHANNEL_UNBIND_MFA = typeof PreCheckSmsCodeDto.channel.CHANNEL_UNBIND_MFA;
    /** The type of `channel.CHANNEL_COMPLETE_PHONE`: "CHANNEL_COMPLETE_PHONE". */
    export type CHANNEL_COMPLETE_PHONE = typeof PreCheckSmsCodeDto.channel.CHANNEL_COMPLETE_PHONE;
    /** The type of `channel.CHANNEL_IDENTITY_VERIFICATION`: "CHANNEL_IDENTITY_VERIFICATION". */
    export type CHANNEL_IDENTITY_VERIFICATION = typeof PreCheckSmsCodeDto.channel.CHANNEL_IDENTITY_VERIFICATION;
    /** The type of `channel.CHANNEL_DELETE_ACCOUNT`: "CHANNEL_DELETE_ACCOUNT". */
    export type CHANNEL_DELETE_ACCOUNT = typeof PreCheckSmsCodeDto.channel.CHANNEL_DELETE_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ResetPasswordDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof ResetPasswordDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof ResetPasswordDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof ResetPasswordDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SendEmailDto.channel.CHANNEL_LOGIN`). */
  export namespace channel {
    /** The type of `channel.CHANNEL_LOGIN`: "CHANNEL_LOGIN". */
    export type CHANNEL_LOGIN = typeof SendEmailDto.channel.CHANNEL_LOGIN;
    /** The type of `channel.CHANNEL_REGISTER`: "CHANNEL_REGISTER". */
    export type CHANNEL_REGISTER = typeof SendEmailDto.channel.CHANNEL_REGISTER;
    /** The type of `channel.CHANNEL_RESET_PASSWORD`: "CHANNEL_RESET_PASSWORD". */
    export type CHANNEL_RESET_PASSWORD = typeof SendEmailDto.channel.CHANNEL_RESET_PASSWORD;
    /** The type of `channel.CHANNEL_VERIFY_EMAIL_LINK`: "CHANNEL_VERIFY_EMAIL_LINK". */
    export type CHANNEL_VERIFY_EMAIL_LINK = typeof SendEmailDto.channel.CHANNEL_VERIFY_EMAIL_LINK;
    /** The type of `channel.CHANNEL_UPDATE_EMAIL`: "CHANNEL_UPDATE_EMAIL". */
    export type CHANNEL_UPDATE_EMAIL = typeof SendEmailDto.channel.CHANNEL_UPDATE_EMAIL;
    /** The type of `channel.CHANNEL_BIND_EMAIL`: "CHANNEL_BIND_EMAIL". */
    export type CHANNEL_BIND_EMAIL = typeof SendEmailDto.channel.CHANNEL_BIND_EMAIL;
    /** The type of `channel.CHANNEL_UNBIND_EMAIL`: "CHANNEL_UNBIND_EMAIL". */
    export type CHANNEL_UNBIND_EMAIL = typeof SendEmailDto.channel.CHANNEL_UNBIND_EMAIL;
    /** The type of `channel.CHANNEL_VERIFY_MFA`: "CHANNEL_VERIFY_MFA". */
    export type CHANNEL_VERIFY_MFA = typeof SendEmailDto.channel.CHANNEL_VERIFY_MFA;
    /** The type of `channel.CHANNEL_UNLOCK_ACCOUNT`: "CHANNEL_UNLOCK_ACCOUNT". */
    export type CHANNEL_UNLOCK_ACCOUNT = typeof SendEmailDto.channel.CHANNEL_UNLOCK_ACCOUNT;
    /** The type of `channel.CHANNEL_COMPLETE_EMAIL`: "CHANNEL_COMPLETE_EMAIL". */
    export type CHANNEL_COMPLETE_EMAIL = typeof SendEmailDto.channel.CHANNEL_COMPLETE_EMAIL;
    /** The type of `channel.CHANNEL_DELETE_ACCOUNT`: "CHANNEL_DELETE_ACCOUNT". */
    export type CHANNEL_DELETE_ACCOUNT = typeof SendEmailDto.channel.CHANNEL_DELETE_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SendEnrollFactorRequestDto.factorType.OTP`). */
  export namespace factorType {
    /** The type of `factorType.OTP`: "OTP". */
    export type OTP = typeof SendEnrollFactorRequestDto.factorType.OTP;
    /** The type of `factorType.SMS`: "SMS". */
    export type SMS = typeof SendEnrollFactorRequestDto.factorType.SMS;
    /** The type of `factorType.EMAIL`: "EMAIL". */
    export type EMAIL = typeof SendEnrollFactorRequestDto.factorType.EMAIL;
    /** The type of `factorType.FACE`: "FACE". */
    export type FACE = typeof SendEnrollFactorRequestDto.factorType.FACE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SendSMSDto.channel.CHANNEL_LOGIN`). */
  export namespace channel {
    /** The type of `channel.CHANNEL_LOGIN`: "CHANNEL_LOGIN". */
    export type CHANNEL_LOGIN = typeof SendSMSDto.channel.CHANNEL_LOGIN;
    /** The type of `channel.CHANNEL_REGISTER`: "CHANNEL_REGISTER". */
    export type CHANNEL_REGISTER = typeof SendSMSDto.channel.CHANNEL_REGISTER;
    /** The type of `channel.CHANNEL_RESET_PASSWORD`: "CHANNEL_RESET_PASSWORD". */
    export type CHANNEL_RESET_PASSWORD = typeof SendSMSDto.channel.CHANNEL_RESET_PASSWORD;
    /** The type of `channel.CHANNEL_BIND_PHONE`: "CHANNEL_BIND_PHONE". */
    export type CHANNEL_BIND_PHONE = typeof SendSMSDto.channel.CHANNEL_BIND_PHONE;
    /** The type of `channel.CHANNEL_UNBIND_PHONE`: "CHANNEL_UNBIND_PHONE". */
    export type CHANNEL_UNBIND_PHONE = typeof SendSMSDto.channel.CHANNEL_UNBIND_PHONE;
    /** The type of `channel.CHANNEL_BIND_MFA`: "CHANNEL_BIND_MFA". */
    export type CHANNEL_BIND_MFA = typeof SendSMSDto.channel.CHANNEL_BIND_MFA;
    /** The type of `channel.CHANNEL_VERIFY_MFA`: "CHANNEL_VERIFY_MFA". */
    export type CHANNEL_VERIFY_MFA = typeof SendSMSDto.channel.CHANNEL_VERIFY_MFA;
    /** The type of `channel.CHANNEL_UNBIND_MFA`: "CHANNEL_UNBIND_MFA". */
    export type CHANNEL_UNBIND_MFA = typeof SendSMSDto.channel.CHANNEL_UNBIND_MFA;
    /** The type of `channel.CHANNEL_COMPLETE_PHONE`: "CHANNEL_COMPLETE_PHONE". */
    export type CHANNEL_COMPLETE_PHONE = typeof SendSMSDto.channel.CHANNEL_COMPLETE_PHONE;
    /** The type of `channel.CHANNEL_IDENTITY_VERIFICATION`: "CHANNEL_IDENTITY_VERIFICATION". */
    export type CHANNEL_IDENTITY_VERIFICATION = typeof SendSMSDto.channel.CHANNEL_IDENTITY_VERIFICATION;
    /** The type of `channel.CHANNEL_DELETE_ACCOUNT`: "CHANNEL_DELETE_ACCOUNT". */
    export type CHANNEL_DELETE_ACCOUNT = typeof SendSMSDto.channel.CHANNEL_DELETE_ACCOUNT;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SignInOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof SignInOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof SignInOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof SignInOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SignUpDto.connection.PASSWORD`). */
  export namespace connection {
    /** The type of `connection.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof SignUpDto.connection.PASSWORD;
    /** The type of `connection.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof SignUpDto.connection.PASSCODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SignUpOptionsDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof SignUpOptionsDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof SignUpOptionsDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof SignUpOptionsDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SignUpProfileDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof SignUpProfileDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof SignUpProfileDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof SignUpProfileDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SigninByCredentialsDto.connection.PASSWORD`). */
  export namespace connection {
    /** The type of `connection.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof SigninByCredentialsDto.connection.PASSWORD;
    /** The type of `connection.PASSCODE`: "PASSCODE". */
    export type PASSCODE = typeof SigninByCredentialsDto.connection.PASSCODE;
    /** The type of `connection.LDAP`: "LDAP". */
    export type LDAP = typeof SigninByCredentialsDto.connection.LDAP;
    /** The type of `connection.AD`: "AD". */
    export type AD = typeof SigninByCredentialsDto.connection.AD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`SigninByMobileDto.connection.APPLE`). */
  export namespace connection {
    /** The type of `connection.APPLE`: "apple". */
    export type APPLE = typeof SigninByMobileDto.connection.APPLE;
    /** The type of `connection.WECHAT`: "wechat". */
    export type WECHAT = typeof SigninByMobileDto.connection.WECHAT;
    /** The type of `connection.ALIPAY`: "alipay". */
    export type ALIPAY = typeof SigninByMobileDto.connection.ALIPAY;
    /** The type of `connection.WECHATWORK`: "wechatwork". */
    export type WECHATWORK = typeof SigninByMobileDto.connection.WECHATWORK;
    /** The type of `connection.WECHATWORK_AGENCY`: "wechatwork_agency". */
    export type WECHATWORK_AGENCY = typeof SigninByMobileDto.connection.WECHATWORK_AGENCY;
    /** The type of `connection.LARK_INTERNAL`: "lark_internal". */
    export type LARK_INTERNAL = typeof SigninByMobileDto.connection.LARK_INTERNAL;
    /** The type of `connection.LARK_PUBLIC`: "lark_public". */
    export type LARK_PUBLIC = typeof SigninByMobileDto.connection.LARK_PUBLIC;
    /** The type of `connection.LARK_BLOCK`: "lark_block". */
    export type LARK_BLOCK = typeof SigninByMobileDto.connection.LARK_BLOCK;
    /** The type of `connection.YIDUN`: "yidun". */
    export type YIDUN = typeof SigninByMobileDto.connection.YIDUN;
    /** The type of `connection.WECHAT_MINI_PROGRAM_CODE`: "wechat_mini_program_code". */
    export type WECHAT_MINI_PROGRAM_CODE = typeof SigninByMobileDto.connection.WECHAT_MINI_PROGRAM_CODE;
    /** The type of `connection.WECHAT_MINI_PROGRAM_PHONE`: "wechat_mini_program_phone". */
    export type WECHAT_MINI_PROGRAM_PHONE = typeof SigninByMobileDto.connection.WECHAT_MINI_PROGRAM_PHONE;
    /** The type of `connection.WECHAT_MINI_PROGRAM_CODE_AND_PHONE`: "wechat_mini_program_code_and_phone". */
    export type WECHAT_MINI_PROGRAM_CODE_AND_PHONE = typeof SigninByMobileDto.connection.WECHAT_MINI_PROGRAM_CODE_AND_PHONE;
    /** The type of `connection.GOOGLE`: "google". */
    export type GOOGLE = typeof SigninByMobileDto.connection.GOOGLE;
    /** The type of `connection.FACEBOOK`: "facebook". */
    export type FACEBOOK = typeof SigninByMobileDto.connection.FACEBOOK;
    /** The type of `connection.QQ`: "qq". */
    export type QQ = typeof SigninByMobileDto.connection.QQ;
    /** The type of `connection.WEIBO`: "weibo". */
    export type WEIBO = typeof SigninByMobileDto.connection.WEIBO;
    /** The type of `connection.BAIDU`: "baidu". */
    export type BAIDU = typeof SigninByMobileDto.connection.BAIDU;
    /** The type of `connection.LINKEDIN`: "linkedin". */
    export type LINKEDIN = typeof SigninByMobileDto.connection.LINKEDIN;
    /** The type of `connection.DINGTALK`: "dingtalk". */
    export type DINGTALK = typeof SigninByMobileDto.connection.DINGTALK;
    /** The type of `connection.GITHUB`: "github". */
    export type GITHUB = typeof SigninByMobileDto.connection.GITHUB;
    /** The type of `connection.GITEE`: "gitee". */
    export type GITEE = typeof SigninByMobileDto.connection.GITEE;
    /** The type of `connection.GITLAB`: "gitlab". */
    export type GITLAB = typeof SigninByMobileDto.connection.GITLAB;
    /** The type of `connection.DOUYIN`: "douyin". */
    export type DOUYIN = typeof SigninByMobileDto.connection.DOUYIN;
    /** The type of `connection.KUAISHOU`: "kuaishou". */
    export type KUAISHOU = typeof SigninByMobileDto.connection.KUAISHOU;
    /** The type of `connection.XIAOMI`: "xiaomi". */
    export type XIAOMI = typeof SigninByMobileDto.connection.XIAOMI;
    /** The type of `connection.LINE`: "line". */
    export type LINE = typeof SigninByMobileDto.connection.LINE;
    /** The type of `connection.SLACK`: "slack". */
    export type SLACK = typeof SigninByMobileDto.connection.SLACK;
    /** The type of `connection.OPPO`: "oppo". */
    export type OPPO = typeof SigninByMobileDto.connection.OPPO;
    /** The type of `connection.HUAWEI`: "huawei". */
    export type HUAWEI = typeof SigninByMobileDto.connection.HUAWEI;
    /** The type of `connection.AMAZON`: "amazon". */
    export type AMAZON = typeof SigninByMobileDto.connection.AMAZON;
    /** The type of `connection.DOUYIN_MINI_PROGRAM_CODE`: "douyin_mini_program_code". */
    export type DOUYIN_MINI_PROGRAM_CODE = typeof SigninByMobileDto.connection.DOUYIN_MINI_PROGRAM_CODE;
    /** The type of `connection.DOUYIN_MINI_PROGRAM_CODE_AND_PHONE`: "douyin_mini_program_code_and_phone". */
    export type DOUYIN_MINI_PROGRAM_CODE_AND_PHONE = typeof SigninByMobileDto.connection.DOUYIN_MINI_PROGRAM_CODE_AND_PHONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UniversalInvitationJoinRespDto.status.PENDING`). */
  export namespace status {
    /** The type of `status.PENDING`: "PENDING". */
    export type PENDING = typeof UniversalInvitationJoinRespDto.status.PENDING;
    /** The type of `status.PASSED`: "PASSED". */
    export type PASSED = typeof UniversalInvitationJoinRespDto.status.PASSED;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdatePasswordDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof UpdatePasswordDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof UpdatePasswordDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof UpdatePasswordDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UpdateUserProfileDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UpdateUserProfileDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UpdateUserProfileDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UpdateUserProfileDto.gender.U;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.status.SUSPENDED`). */
  export namespace status {
    /** The type of `status.SUSPENDED`: "Suspended". */
    export type SUSPENDED = typeof UserDto.status.SUSPENDED;
    /** The type of `status.RESIGNED`: "Resigned". */
    export type RESIGNED = typeof UserDto.status.RESIGNED;
    /** The type of `status.ACTIVATED`: "Activated". */
    export type ACTIVATED = typeof UserDto.status.ACTIVATED;
    /** The type of `status.ARCHIVED`: "Archived". */
    export type ARCHIVED = typeof UserDto.status.ARCHIVED;
    /** The type of `status.DEACTIVATED`: "Deactivated". */
    export type DEACTIVATED = typeof UserDto.status.DEACTIVATED;
  }
  /** One of the values of `UserDto.workStatus`. */
  export type workStatus = (typeof UserDto.workStatus)[keyof typeof UserDto.workStatus];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.workStatus.CLOSED`). */
  export namespace workStatus {
    /** The type of `workStatus.CLOSED`: "Closed". */
    export type CLOSED = typeof UserDto.workStatus.CLOSED;
    /** The type of `workStatus.ACTIVE`: "Active". */
    export type ACTIVE = typeof UserDto.workStatus.ACTIVE;
  }
  /** One of the values of `UserDto.gender`. */
  export type gender = (typeof UserDto.gender)[keyof typeof UserDto.gender];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.gender.M`). */
  export namespace gender {
    /** The type of `gender.M`: "M". */
    export type M = typeof UserDto.gender.M;
    /** The type of `gender.F`: "F". */
    export type F = typeof UserDto.gender.F;
    /** The type of `gender.U`: "U". */
    export type U = typeof UserDto.gender.U;
  }
  /** One of the values of `UserDto.userSourceType`. */
  export type userSourceType = (typeof UserDto.userSourceType)[keyof typeof UserDto.userSourceType];
  /** Each member's own type, as the official SDK's enum members are types (`UserDto.userSourceType.EXCEL`). */
  export namespace userSourceType {
    /** The type of `userSourceType.EXCEL`: "excel". */
    export type EXCEL = typeof UserDto.userSourceType.EXCEL;
    /** The type of `userSourceType.REGISTER`: "register". */
    export type REGISTER = typeof UserDto.userSourceType.REGISTER;
    /** The type of `userSourceType.ADMIN_CREATED`: "adminCreated". */
    export type ADMIN_CREATED = typeof UserDto.userSourceType.ADMIN_CREATED;
    /** The type of `userSourceType.SYNC`: "sync". */
    export type SYNC = typeof UserDto.userSourceType.SYNC;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`ValidatePasswordDto.passwordEncryptType.SM2`). */
  export namespace passwordEncryptType {
    /** The type of `passwordEncryptType.SM2`: "sm2". */
    export type SM2 = typeof ValidatePasswordDto.passwordEncryptType.SM2;
    /** The type of `passwordEncryptType.RSA`: "rsa". */
    export type RSA = typeof ValidatePasswordDto.passwordEncryptType.RSA;
    /** The type of `passwordEncryptType.NONE`: "none". */
    export type NONE = typeof ValidatePasswordDto.passwordEncryptType.NONE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyDeleteAccountRequestDto.verifyMethod.PHONE_PASSCODE`). */
  export namespace verifyMethod {
    /** The type of `verifyMethod.PHONE_PASSCODE`: "PHONE_PASSCODE". */
    export type PHONE_PASSCODE = typeof VerifyDeleteAccountRequestDto.verifyMethod.PHONE_PASSCODE;
    /** The type of `verifyMethod.EMAIL_PASSCODE`: "EMAIL_PASSCODE". */
    export type EMAIL_PASSCODE = typeof VerifyDeleteAccountRequestDto.verifyMethod.EMAIL_PASSCODE;
    /** The type of `verifyMethod.PASSWORD`: "PASSWORD". */
    export type PASSWORD = typeof VerifyDeleteAccountRequestDto.verifyMethod.PASSWORD;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyInviteCodeDto.receiverType.SMS_CODE`). */
  export namespace receiverType {
    /** The type of `receiverType.SMS_CODE`: "smsCode". */
    export type SMS_CODE = typeof VerifyInviteCodeDto.receiverType.SMS_CODE;
    /** The type of `receiverType.EMAIL_CODE`: "emailCode". */
    export type EMAIL_CODE = typeof VerifyInviteCodeDto.receiverType.EMAIL_CODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyRegistrationDto.authenticatorCode.FINGERPRINT`). */
  export namespace authenticatorCode {
    /** The type of `authenticatorCode.FINGERPRINT`: "fingerprint". */
    export type FINGERPRINT = typeof VerifyRegistrationDto.authenticatorCode.FINGERPRINT;
    /** The type of `authenticatorCode.FACE`: "face". */
    export type FACE = typeof VerifyRegistrationDto.authenticatorCode.FACE;
    /** The type of `authenticatorCode.OTHER`: "other". */
    export type OTHER = typeof VerifyRegistrationDto.authenticatorCode.OTHER;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyResetPasswordRequestDto.verifyMethod.EMAIL_PASSCODE`). */
  export namespace verifyMethod {
    /** The type of `verifyMethod.EMAIL_PASSCODE`: "EMAIL_PASSCODE". */
    export type EMAIL_PASSCODE = typeof VerifyResetPasswordRequestDto.verifyMethod.EMAIL_PASSCODE;
    /** The type of `verifyMethod.PHONE_PASSCODE`: "PHONE_PASSCODE". */
    export type PHONE_PASSCODE = typeof VerifyResetPasswordRequestDto.verifyMethod.PHONE_PASSCODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyUpdateEmailRequestDto.verifyMethod.EMAIL_PASSCODE`). */
  export namespace verifyMethod {
    /** The type of `verifyMethod.EMAIL_PASSCODE`: "EMAIL_PASSCODE". */
    export type EMAIL_PASSCODE = typeof VerifyUpdateEmailRequestDto.verifyMethod.EMAIL_PASSCODE;
  }
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
  /** Each member's own type, as the official SDK's enum members are types (`VerifyUpdatePhoneRequestDto.verifyMethod.PHONE_PASSCODE`). */
  export namespace verifyMethod {
    /** The type of `verifyMethod.PHONE_PASSCODE`: "PHONE_PASSCODE". */
    export type PHONE_PASSCODE = typeof VerifyUpdatePhoneRequestDto.verifyMethod.PHONE_PASSCODE;
  }
}
