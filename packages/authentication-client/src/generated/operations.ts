// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { Operation } from "@genauth/core";

/** `POST /api/v2/ecConn/wechatMobile/authByCodeIdentity` */
export const authByCodeIdentity = {
  method: "POST",
  path: "/api/v2/ecConn/wechatMobile/authByCodeIdentity",
  body: true,
  secretFields: ["captchaCode", "captchaToken", "code"],
} satisfies Operation;

/** `POST /api/v3/approval-batch` */
export const batchCreateApproval = { method: "POST", path: "/api/v3/approval-batch", body: true } satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/byAccount` */
export const bindByAccount = {
  method: "POST",
  path: "/api/v2/ecConn/wechatMobile/byAccount",
  body: true,
  secretFields: ["key", "password"],
} satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/byAccountId` */
export const bindByAccountId = { method: "POST", path: "/api/v2/ecConn/wechatMobile/byAccountId", body: true, secretFields: ["key"] } satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/byEmailCode` */
export const bindByEmailCode = {
  method: "POST",
  path: "/api/v2/ecConn/wechatMobile/byEmailCode",
  body: true,
  secretFields: ["code", "key"],
} satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/byPhoneCode` */
export const bindByPhoneCode = {
  method: "POST",
  path: "/api/v2/ecConn/wechatMobile/byPhoneCode",
  body: true,
  secretFields: ["code", "key"],
} satisfies Operation;

/** `POST /api/v3/bind-email` */
export const bindEmail = { method: "POST", path: "/api/v3/bind-email", body: true, secretFields: ["passCode"] } satisfies Operation;

/** `POST /api/v3/bind-phone` */
export const bindPhone = { method: "POST", path: "/api/v3/bind-phone", body: true, secretFields: ["passCode"] } satisfies Operation;

/** `POST /api/v3/change-pushcode-status` */
export const changePushCodeStatus = { method: "POST", path: "/api/v3/change-pushcode-status", body: true } satisfies Operation;

/** `POST /api/v3/change-qrcode-status` */
export const changeQrCodeStatus = { method: "POST", path: "/api/v3/change-qrcode-status", body: true } satisfies Operation;

/** `POST /api/v3/check-permission-array-resource` */
export const checkPermissionByArrayResource = { method: "POST", path: "/api/v3/check-permission-array-resource", body: true } satisfies Operation;

/** `POST /api/v3/check-permission-string-resource` */
export const checkPermissionByStringResource = { method: "POST", path: "/api/v3/check-permission-string-resource", body: true } satisfies Operation;

/** `POST /api/v3/check-permission-tree-resource` */
export const checkPermissionByTreeResource = { method: "POST", path: "/api/v3/check-permission-tree-resource", body: true } satisfies Operation;

/** `GET /api/v3/check-pushcode-status` */
export const checkPushCodeStatus = {
  method: "GET",
  path: "/api/v3/check-pushcode-status",
  query: { required: true, fields: [{ name: "pushCodeId" }] },
} satisfies Operation;

/** `GET /api/v3/check-qrcode-status` */
export const checkQrCodeStatus = {
  method: "GET",
  path: "/api/v3/check-qrcode-status",
  query: { required: true, fields: [{ name: "qrcodeId" }] },
} satisfies Operation;

/** `POST /api/v3/webauthn/check-valid-credentials-by-credIds` */
export const checkValidCredentialsByCredIds = { method: "POST", path: "/api/v3/webauthn/check-valid-credentials-by-credIds", body: true } satisfies Operation;

/** `POST /api/v3/clear-my-all-invitation-links` */
export const clearMyAllUniversalInvitationLinks = { method: "POST", path: "/api/v3/clear-my-all-invitation-links" } satisfies Operation;

/** `POST /api/v3/approval` */
export const createApproval = { method: "POST", path: "/api/v3/approval", body: true } satisfies Operation;

/** `POST /api/v3/decrypt-douyin-miniprogram-data` */
export const decryptDouyinMiniProgramData = {
  method: "POST",
  path: "/api/v3/decrypt-douyin-miniprogram-data",
  body: true,
  secretFields: ["code"],
} satisfies Operation;

/** `POST /api/v3/decrypt-wechat-miniprogram-data` */
export const decryptWechatMiniProgramData = {
  method: "POST",
  path: "/api/v3/decrypt-wechat-miniprogram-data",
  body: true,
  secretFields: ["code"],
} satisfies Operation;

/** `POST /api/v3/delete-account` */
export const deleteAccount = { method: "POST", path: "/api/v3/delete-account", body: true, secretFields: ["deleteAccountToken"] } satisfies Operation;

/** `DELETE /api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}` */
export const deleteWebAuthnAdminCredential = {
  method: "DELETE",
  path: "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}",
  pathParams: [
    { name: "credentialId", argument: "credentialId" },
    { name: "userId", argument: "userId" },
    { name: "appId", argument: "appId" },
  ],
} satisfies Operation;

/** `DELETE /api/v3/webauthn/credentials/{credentialId}` */
export const deleteWebAuthnCredential = {
  method: "DELETE",
  path: "/api/v3/webauthn/credentials/{credentialId}",
  pathParams: [{ name: "credentialId", argument: "credentialId" }],
} satisfies Operation;

/** `POST /api/v3/enroll-factor` */
export const enrollFactor = { method: "POST", path: "/api/v3/enroll-factor", body: true, secretFields: ["enrollmentToken", "passCode"] } satisfies Operation;

/** `POST /api/v3/exchange-tokenset-with-qrcode-ticket` */
export const exchangeTokenSetWithQrCodeTicket = {
  method: "POST",
  path: "/api/v3/exchange-tokenset-with-qrcode-ticket",
  clientBasic: true,
  body: true,
  secretFields: ["client_secret", "ticket"],
} satisfies Operation;

/** `GET /api/v3/get-captcha-code` */
export const geneCatchaCodeAndToken = { method: "GET", path: "/api/v3/get-captcha-code" } satisfies Operation;

/** `POST /api/v3/gene-fastpass-qrcode-info` */
export const geneFastpassQrcodeInfo = { method: "POST", path: "/api/v3/gene-fastpass-qrcode-info", body: true } satisfies Operation;

/** `POST /api/v3/gene-qrcode` */
export const geneQrCode = { method: "POST", path: "/api/v3/gene-qrcode", body: true } satisfies Operation;

/** `POST /api/v3/generate-policy-invitation-token` */
export const generateInviteToken = {
  method: "POST",
  path: "/api/v3/generate-policy-invitation-token",
  body: true,
  secretFields: ["signature"],
} satisfies Operation;

/** `GET /api/v3/generate-link-extidp-url` */
export const generateLinkExtIdpUrl = {
  method: "GET",
  path: "/api/v3/generate-link-extidp-url",
  query: {
    required: true,
    fields: [
      { name: "ext_idp_conn_identifier", argument: "extIdpConnIdentifier" },
      { name: "app_id", argument: "appId" },
      { name: "id_token", argument: "idToken" },
      { name: "need_url_redirect", argument: "needUrlRedirect" },
      { name: "only_redirect_token", argument: "onlyRedirectToken" },
      { name: "need_form_post", argument: "needFormPost" },
      { name: "target_url", argument: "targetUrl" },
    ],
  },
  secretFields: ["id_token"],
} satisfies Operation;

/** `POST /api/v3/generate-universal-invitation-link-by-member` */
export const generateUniversalInvitationByMember = { method: "POST", path: "/api/v3/generate-universal-invitation-link-by-member" } satisfies Operation;

/** `GET /api/v3/get-my-accessible-apps` */
export const getAccessibleApps = { method: "GET", path: "/api/v3/get-my-accessible-apps" } satisfies Operation;

/** `GET /api/v3/get-alipay-authinfo` */
export const getAlipayAuthInfo = {
  method: "GET",
  path: "/api/v3/get-alipay-authinfo",
  query: { required: true, fields: [{ name: "extIdpConnidentifier" }] },
} satisfies Operation;

/** `GET /api/v3/get-application-enabled-extidps` */
export const getApplicationEnabledExtIdps = { method: "GET", path: "/api/v3/get-application-enabled-extidps" } satisfies Operation;

/** `GET /api/v3/get-app-login-qrcode-status` */
export const getAppLoginQrCodeStatus = {
  method: "GET",
  path: "/api/v3/get-app-login-qrcode-status",
  query: { required: true, fields: [{ name: "qrcodeId" }] },
} satisfies Operation;

/** `GET /api/v3/get-my-authorized-resources` */
export const getAuthorizedResources = {
  method: "GET",
  path: "/api/v3/get-my-authorized-resources",
  query: { required: false, fields: [{ name: "namespace" }, { name: "resourceType" }] },
} satisfies Operation;

/** `GET /api/v3/get-country-list` */
export const getCountryList = { method: "GET", path: "/api/v3/get-country-list" } satisfies Operation;

/** `GET /api/v3/get-my-department-list` */
export const getDepartmentList = {
  method: "GET",
  path: "/api/v3/get-my-department-list",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
      { name: "withCustomData", default: false },
      { name: "sortBy", default: "JoinDepartmentAt" },
      { name: "orderBy", default: "Desc" },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/approval` */
export const getDetail = { method: "GET", path: "/api/v3/approval", query: { required: true, fields: [{ name: "number" }] } } satisfies Operation;

/** `GET /api/v3/applications-permission-applicable` */
export const getEnablePermissionApplyApplicationList = {
  method: "GET",
  path: "/api/v3/applications-permission-applicable",
  query: { required: false, fields: [{ name: "appName" }] },
} satisfies Operation;

/** `GET /api/v3/roles-permission-applicable` */
export const getEnablePermissionApplyRoleList = {
  method: "GET",
  path: "/api/v3/roles-permission-applicable",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "keyword" }, { name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/get-factor` */
export const getFactor = { method: "GET", path: "/api/v3/get-factor", query: { required: true, fields: [{ name: "factorId" }] } } satisfies Operation;

/** `GET /api/v3/get-fastpass-client-apps` */
export const getFastpassParams = {
  method: "GET",
  path: "/api/v3/get-fastpass-client-apps",
  query: { required: true, fields: [{ name: "qrcodeId" }, { name: "appId" }] },
} satisfies Operation;

/** `GET /api/v3/get-my-group-list` */
export const getGroupList = { method: "GET", path: "/api/v3/get-my-group-list" } satisfies Operation;

/** `GET /api/v3/get-identities` */
export const getIdentities = { method: "GET", path: "/api/v3/get-identities" } satisfies Operation;

/** `GET /api/v3/get-policy-invitation-context` */
export const getInviteCodeContext = {
  method: "GET",
  path: "/api/v3/get-policy-invitation-context",
  query: { required: true, fields: [{ name: "token" }] },
  secretFields: ["token"],
} satisfies Operation;

/** `GET /api/v3/get-my-logged-in-apps` */
export const getLoggedInApps = { method: "GET", path: "/api/v3/get-my-logged-in-apps" } satisfies Operation;

/** `GET /api/v3/get-my-login-history` */
export const getLoginHistory = {
  method: "GET",
  path: "/api/v3/get-my-login-history",
  query: {
    required: false,
    fields: [
      { name: "appId" },
      { name: "clientIp" },
      { name: "success" },
      { name: "start" },
      { name: "end" },
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/get-profile` */
export const getProfile = {
  method: "GET",
  path: "/api/v3/get-profile",
  query: {
    required: false,
    fields: [
      { name: "withCustomData", default: false },
      { name: "withIdentities", default: false },
      { name: "withDepartmentIds", default: false },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/get-pushlogin-relation-apps` */
export const getPushLoginRelationApps = { method: "POST", path: "/api/v3/get-pushlogin-relation-apps", body: true } satisfies Operation;

/** `GET /api/v3/get-qrcode-status` */
export const getQrCodeStatus = {
  method: "GET",
  path: "/api/v3/get-qrcode-status",
  query: { required: true, fields: [{ name: "qrcodeId" }] },
} satisfies Operation;

/** `GET /api/v3/get-my-role-list` */
export const getRoleList = { method: "GET", path: "/api/v3/get-my-role-list", query: { required: false, fields: [{ name: "namespace" }] } } satisfies Operation;

/** `GET /api/v3/get-security-info` */
export const getSecurityLevel = { method: "GET", path: "/api/v3/get-security-info" } satisfies Operation;

/** `GET /api/v3/system` */
export const getSystemInfo = { method: "GET", path: "/api/v3/system" } satisfies Operation;

/** `GET /api/v3/get-my-tenant-list` */
export const getTenantList = { method: "GET", path: "/api/v3/get-my-tenant-list" } satisfies Operation;

/** `GET /api/v3/get-universal-invitation-public-config` */
export const getUniversalInvitationPublicConfig = {
  method: "GET",
  path: "/api/v3/get-universal-invitation-public-config",
  query: { required: true, fields: [{ name: "identifier" }] },
} satisfies Operation;

/** `GET /api/v3/get-user-auth-resource-list` */
export const getUserAuthorizedResourcesList = { method: "GET", path: "/api/v3/get-user-auth-resource-list" } satisfies Operation;

/** `POST /api/v3/get-user-auth-resource-permission-list` */
export const getUserAuthResourcePermissionList = { method: "POST", path: "/api/v3/get-user-auth-resource-permission-list", body: true } satisfies Operation;

/** `POST /api/v3/get-user-auth-resource-struct` */
export const getUserAuthResourceStruct = { method: "POST", path: "/api/v3/get-user-auth-resource-struct", body: true } satisfies Operation;

/** `POST /api/v3/get-wechat-access-token` */
export const getWechatMpAccessToken = { method: "POST", path: "/api/v3/get-wechat-access-token", body: true, secretFields: ["appSecret"] } satisfies Operation;

/** `POST /api/v3/get-wechat-access-token-info` */
export const getWechatMpAccessTokenInfo = {
  method: "POST",
  path: "/api/v3/get-wechat-access-token-info",
  body: true,
  secretFields: ["appSecret"],
} satisfies Operation;

/** `GET /api/v3/webauthn/authentication` */
export const initAuthenticationOptions = { method: "GET", path: "/api/v3/webauthn/authentication" } satisfies Operation;

/** `GET /api/v3/approval-initiated-list` */
export const initiatedList = {
  method: "GET",
  path: "/api/v3/approval-initiated-list",
  query: { required: false, fields: [{ name: "pageNo", default: 1 }, { name: "pageSize", default: 10 }, { name: "objectType" }, { name: "keyword" }] },
} satisfies Operation;

/** `GET /api/v3/webauthn/registration` */
export const initRegisterOptions = { method: "GET", path: "/api/v3/webauthn/registration" } satisfies Operation;

/** `GET /api/v3/mydevices/list` */
export const list = {
  method: "GET",
  path: "/api/v3/mydevices/list",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `POST /api/v3/webauthn/page-authenticator-device` */
export const listCredentialsByPage = { method: "POST", path: "/api/v3/webauthn/page-authenticator-device", body: true } satisfies Operation;

/** `GET /api/v3/list-enrolled-factors` */
export const listEnrolledFactors = { method: "GET", path: "/api/v3/list-enrolled-factors" } satisfies Operation;

/** `GET /api/v3/list-factors-to-enroll` */
export const listFactorsToEnroll = { method: "GET", path: "/api/v3/list-factors-to-enroll" } satisfies Operation;

/** `GET /api/v3/get-user-select-login-public-accounts` */
export const listPublicAccountsForSwitchLoggedIn = {
  method: "GET",
  path: "/api/v3/get-user-select-login-public-accounts",
  query: { required: false, fields: [{ name: "withOriginUser", default: false }] },
} satisfies Operation;

/** `POST /api/v2/applications/subject/person/list` */
export const listSubjectAuth = { method: "POST", path: "/api/v2/applications/subject/person/list" } satisfies Operation;

/** `GET /api/v3/webauthn/credentials` */
export const listWebAuthnCredentials = {
  method: "GET",
  path: "/api/v3/webauthn/credentials",
  query: {
    required: false,
    fields: [
      { name: "page", default: 1 },
      { name: "limit", default: 10 },
    ],
  },
} satisfies Operation;

/** `GET /api/v3/webauthn/person/credentials` */
export const listWebAuthnPersonCredentials = {
  method: "GET",
  path: "/api/v3/webauthn/person/credentials",
  query: { required: true, fields: [{ name: "page", default: 1 }, { name: "limit", default: 10 }, { name: "userId" }, { name: "appId" }] },
} satisfies Operation;

/** `POST /api/v3/mfa-totp-verify` */
export const mfaOtpVerify = { method: "POST", path: "/api/v3/mfa-totp-verify", body: true, secretFields: ["totp"] } satisfies Operation;

/** `POST /api/v3/pre-check-code` */
export const preCheckCode = { method: "POST", path: "/api/v3/pre-check-code", body: true, secretFields: ["passCode"] } satisfies Operation;

/** `POST /api/v3/pub-userEvent` */
export const pub = { method: "POST", path: "/api/v3/pub-userEvent", body: true, handwritten: true } satisfies Operation;

/** `POST /api/v3/qrcode-app-login` */
export const qrCodeAppLogin = { method: "POST", path: "/api/v3/qrcode-app-login", body: true } satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/register` */
export const registerNewUser = { method: "POST", path: "/api/v2/ecConn/wechatMobile/register", body: true, secretFields: ["key"] } satisfies Operation;

/** `POST /api/v3/webauthn/remove-credentials-by-authenticator-code` */
export const removeAllCredentials = { method: "POST", path: "/api/v3/webauthn/remove-credentials-by-authenticator-code", body: true } satisfies Operation;

/** `POST /api/v3/webauthn/remove-credential/{credentialID}` */
export const removeCredential = {
  method: "POST",
  path: "/api/v3/webauthn/remove-credential/{credentialID}",
  pathParams: [{ name: "credentialID", argument: "credentialId" }],
  body: true,
} satisfies Operation;

/** `POST /api/v3/reset-factor` */
export const resetFactor = { method: "POST", path: "/api/v3/reset-factor", body: true } satisfies Operation;

/** `POST /api/v3/reset-password` */
export const resetPassword = {
  method: "POST",
  path: "/api/v3/reset-password",
  body: true,
  secretFields: ["password", "passwordResetToken"],
} satisfies Operation;

/** `POST /api/v3/mydevices/revoke-session` */
export const revoke = { method: "POST", path: "/api/v3/mydevices/revoke-session", body: true } satisfies Operation;

/** `POST /api/v2/ecConn/wechatMobile/select` */
export const selectAccount = { method: "POST", path: "/api/v2/ecConn/wechatMobile/select", body: true, secretFields: ["key"] } satisfies Operation;

/** `POST /api/v3/send-email` */
export const sendEmail = { method: "POST", path: "/api/v3/send-email", body: true } satisfies Operation;

/** `POST /api/v3/send-enroll-factor-request` */
export const sendEnrollFactorRequest = { method: "POST", path: "/api/v3/send-enroll-factor-request", body: true } satisfies Operation;

/** `POST /api/v3/send-sms` */
export const sendSms = { method: "POST", path: "/api/v3/send-sms", body: true } satisfies Operation;

/** `POST /api/v3/set-pushcode-status` */
export const setPushCodeStatus = { method: "POST", path: "/api/v3/set-pushcode-status", body: true } satisfies Operation;

/** `POST /api/v3/set-qrcode-status` */
export const setQrCodeStatus = { method: "POST", path: "/api/v3/set-qrcode-status", body: true } satisfies Operation;

/** `POST /api/v3/signin` */
export const signInByCredentials = {
  method: "POST",
  path: "/api/v3/signin",
  clientBasic: true,
  body: true,
  secretFields: ["captchaCode", "captchaToken", "client_secret", "passCode", "password"],
} satisfies Operation;

/** `POST /api/v3/signin-by-mobile` */
export const signInByMobile = {
  method: "POST",
  path: "/api/v3/signin-by-mobile",
  clientBasic: true,
  body: true,
  secretFields: ["accessToken", "access_token", "client_secret", "code", "id_token", "token"],
} satisfies Operation;

/** `POST /api/v3/signin-by-push` */
export const signInByPush = { method: "POST", path: "/api/v3/signin-by-push", body: true } satisfies Operation;

/** `POST /api/v3/signup` */
export const signUp = {
  method: "POST",
  path: "/api/v3/signup",
  body: true,
  secretFields: ["emailPassCodeForInformationCompletion", "passCode", "password", "passwordForPhonePassCode", "phonePassCodeForInformationCompletion"],
} satisfies Operation;

/** `POST /api/v3/join-by-invitation` */
export const signupByPolicy = {
  method: "POST",
  path: "/api/v3/join-by-invitation",
  body: true,
  secretFields: ["code", "emailPassCodeForInformationCompletion", "phonePassCodeForInformationCompletion", "token"],
} satisfies Operation;

/** `POST /api/v3/signup-by-invitation` */
export const signupByUniversal = { method: "POST", path: "/api/v3/signup-by-invitation", body: true, secretFields: ["emailCode"] } satisfies Operation;

/** `POST /api/v3/switch-login-by-user` */
export const switchLoginByUser = { method: "POST", path: "/api/v3/switch-login-by-user", body: true } satisfies Operation;

/** `POST /api/v3/mydevices/unbind` */
export const unbind = { method: "POST", path: "/api/v3/mydevices/unbind", body: true } satisfies Operation;

/** `POST /api/v3/unbind-email` */
export const unbindEmail = { method: "POST", path: "/api/v3/unbind-email", body: true, secretFields: ["passCode"] } satisfies Operation;

/** `POST /api/v3/unbind-phone` */
export const unbindPhone = { method: "POST", path: "/api/v3/unbind-phone", body: true, secretFields: ["passCode"] } satisfies Operation;

/** `POST /api/v3/unlink-extidp` */
export const unlinkExtIdp = { method: "POST", path: "/api/v3/unlink-extidp", body: true } satisfies Operation;

/** `POST /api/v3/update-email` */
export const updateEmail = { method: "POST", path: "/api/v3/update-email", body: true, secretFields: ["updateEmailToken"] } satisfies Operation;

/** `POST /api/v3/update-password` */
export const updatePassword = {
  method: "POST",
  path: "/api/v3/update-password",
  body: true,
  secretFields: ["newPassword", "oldPassword", "passwordResetToken"],
} satisfies Operation;

/** `POST /api/v3/update-phone` */
export const updatePhone = { method: "POST", path: "/api/v3/update-phone", body: true, secretFields: ["updatePhoneToken"] } satisfies Operation;

/** `POST /api/v3/update-profile` */
export const updateProfile = { method: "POST", path: "/api/v3/update-profile", body: true } satisfies Operation;

/** `PUT /api/v3/webauthn/admin/credentials/{credentialId}` */
export const updateWebAuthnAdminCredential = {
  method: "PUT",
  path: "/api/v3/webauthn/admin/credentials/{credentialId}",
  pathParams: [{ name: "credentialId", argument: "credentialId" }],
  body: true,
} satisfies Operation;

/** `PUT /api/v3/webauthn/credentials/{credentialId}` */
export const updateWebAuthnCredential = {
  method: "PUT",
  path: "/api/v3/webauthn/credentials/{credentialId}",
  pathParams: [{ name: "credentialId", argument: "credentialId" }],
  body: true,
} satisfies Operation;

/** `POST /api/v3/validate-password` */
export const validatePassword = { method: "POST", path: "/api/v3/validate-password", body: true, secretFields: ["password"] } satisfies Operation;

/** `POST /api/v3/webauthn/authentication` */
export const verifyAuthentication = {
  method: "POST",
  path: "/api/v3/webauthn/authentication",
  body: true,
  secretFields: ["signature", "ticket"],
} satisfies Operation;

/** `POST /api/v3/verify-delete-account-request` */
export const verifyDeleteAccountRequest = {
  method: "POST",
  path: "/api/v3/verify-delete-account-request",
  body: true,
  secretFields: ["passCode", "password"],
} satisfies Operation;

/** `POST /api/v3/verify-invite-code` */
export const verifyInviteCode = { method: "POST", path: "/api/v3/verify-invite-code", body: true, secretFields: ["code", "token"] } satisfies Operation;

/** `POST /mfa/token/introspection` */
export const verifyMfaToken = { method: "POST", path: "/mfa/token/introspection", bodyType: "form", body: true, secretFields: ["token"] } satisfies Operation;

/** `POST /api/v3/webauthn/registration` */
export const verifyRegister = {
  method: "POST",
  path: "/api/v3/webauthn/registration",
  body: true,
  secretFields: ["authenticatorCode", "ticket"],
} satisfies Operation;

/** `POST /api/v3/verify-reset-password-request` */
export const verifyResetPasswordRequest = {
  method: "POST",
  path: "/api/v3/verify-reset-password-request",
  body: true,
  secretFields: ["passCode"],
} satisfies Operation;

/** `POST /api/v3/verify-update-email-request` */
export const verifyUpdateEmailRequest = {
  method: "POST",
  path: "/api/v3/verify-update-email-request",
  body: true,
  secretFields: ["newEmailPassCode", "oldEmailPassCode"],
} satisfies Operation;

/** `POST /api/v3/verify-update-phone-request` */
export const verifyUpdatePhoneRequest = {
  method: "POST",
  path: "/api/v3/verify-update-phone-request",
  body: true,
  secretFields: ["newPhonePassCode", "oldPhonePassCode"],
} satisfies Operation;

/** `POST /api/v3/webauthn/admin/initialize` */
export const webAuthnAdminInitialize = { method: "POST", path: "/api/v3/webauthn/admin/initialize" } satisfies Operation;

/** `POST /api/v3/webauthn/admin/registration/finalize` */
export const webAuthnAdminRegisterFinalize = { method: "POST", path: "/api/v3/webauthn/admin/registration/finalize" } satisfies Operation;

/** `POST /api/v3/webauthn/login/finalize` */
export const webAuthnLoginFinalize = {
  method: "POST",
  path: "/api/v3/webauthn/login/finalize",
  body: true,
  secretFields: ["signature", "ticket"],
} satisfies Operation;

/** `POST /api/v3/webauthn/login/initialize` */
export const webAuthnLoginInitalize = { method: "POST", path: "/api/v3/webauthn/login/initialize" } satisfies Operation;

/** `POST /api/v3/webauthn/mfa-bind/initialize` */
export const webAuthnMfaBindInitialize = { method: "POST", path: "/api/v3/webauthn/mfa-bind/initialize" } satisfies Operation;

/** `POST /api/v3/webauthn/mfa-verify/initialize` */
export const webAuthnMfaVerifyInitalize = { method: "POST", path: "/api/v3/webauthn/mfa-verify/initialize" } satisfies Operation;

/** `POST /api/v3/webauthn/registration/finalize` */
export const webAuthnRegisterFinalize = { method: "POST", path: "/api/v3/webauthn/registration/finalize" } satisfies Operation;

/** `POST /api/v3/webauthn/registration/initialize` */
export const webAuthnRegisterInitalize = { method: "POST", path: "/api/v3/webauthn/registration/initialize" } satisfies Operation;

/** Every spec operation, by SDK method name. */
export const operations = {
  authByCodeIdentity,
  batchCreateApproval,
  bindByAccount,
  bindByAccountId,
  bindByEmailCode,
  bindByPhoneCode,
  bindEmail,
  bindPhone,
  changePushCodeStatus,
  changeQrCodeStatus,
  checkPermissionByArrayResource,
  checkPermissionByStringResource,
  checkPermissionByTreeResource,
  checkPushCodeStatus,
  checkQrCodeStatus,
  checkValidCredentialsByCredIds,
  clearMyAllUniversalInvitationLinks,
  createApproval,
  decryptDouyinMiniProgramData,
  decryptWechatMiniProgramData,
  deleteAccount,
  deleteWebAuthnAdminCredential,
  deleteWebAuthnCredential,
  enrollFactor,
  exchangeTokenSetWithQrCodeTicket,
  geneCatchaCodeAndToken,
  geneFastpassQrcodeInfo,
  geneQrCode,
  generateInviteToken,
  generateLinkExtIdpUrl,
  generateUniversalInvitationByMember,
  getAccessibleApps,
  getAlipayAuthInfo,
  getApplicationEnabledExtIdps,
  getAppLoginQrCodeStatus,
  getAuthorizedResources,
  getCountryList,
  getDepartmentList,
  getDetail,
  getEnablePermissionApplyApplicationList,
  getEnablePermissionApplyRoleList,
  getFactor,
  getFastpassParams,
  getGroupList,
  getIdentities,
  getInviteCodeContext,
  getLoggedInApps,
  getLoginHistory,
  getProfile,
  getPushLoginRelationApps,
  getQrCodeStatus,
  getRoleList,
  getSecurityLevel,
  getSystemInfo,
  getTenantList,
  getUniversalInvitationPublicConfig,
  getUserAuthorizedResourcesList,
  getUserAuthResourcePermissionList,
  getUserAuthResourceStruct,
  getWechatMpAccessToken,
  getWechatMpAccessTokenInfo,
  initAuthenticationOptions,
  initiatedList,
  initRegisterOptions,
  list,
  listCredentialsByPage,
  listEnrolledFactors,
  listFactorsToEnroll,
  listPublicAccountsForSwitchLoggedIn,
  listSubjectAuth,
  listWebAuthnCredentials,
  listWebAuthnPersonCredentials,
  mfaOtpVerify,
  preCheckCode,
  pub,
  qrCodeAppLogin,
  registerNewUser,
  removeAllCredentials,
  removeCredential,
  resetFactor,
  resetPassword,
  revoke,
  selectAccount,
  sendEmail,
  sendEnrollFactorRequest,
  sendSms,
  setPushCodeStatus,
  setQrCodeStatus,
  signInByCredentials,
  signInByMobile,
  signInByPush,
  signUp,
  signupByPolicy,
  signupByUniversal,
  switchLoginByUser,
  unbind,
  unbindEmail,
  unbindPhone,
  unlinkExtIdp,
  updateEmail,
  updatePassword,
  updatePhone,
  updateProfile,
  updateWebAuthnAdminCredential,
  updateWebAuthnCredential,
  validatePassword,
  verifyAuthentication,
  verifyDeleteAccountRequest,
  verifyInviteCode,
  verifyMfaToken,
  verifyRegister,
  verifyResetPasswordRequest,
  verifyUpdateEmailRequest,
  verifyUpdatePhoneRequest,
  webAuthnAdminInitialize,
  webAuthnAdminRegisterFinalize,
  webAuthnLoginFinalize,
  webAuthnLoginInitalize,
  webAuthnMfaBindInitialize,
  webAuthnMfaVerifyInitalize,
  webAuthnRegisterFinalize,
  webAuthnRegisterInitalize,
};

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
