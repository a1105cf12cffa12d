// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import { readOperations } from "../operation-table.js";

/**
 * Every spec operation as one row (grammar in `src/operation-table.ts`): verb, path, and how the
 * method's arguments fill the request.
 * @internal
 */
export const operationRows: Readonly<Record<string, string>> = {
  authByCodeIdentity: "POST /api/v2/ecConn/wechatMobile/authByCodeIdentity body",
  batchCreateApproval: "POST /api/v3/approval-batch body",
  bindByAccount: "POST /api/v2/ecConn/wechatMobile/byAccount body",
  bindByAccountId: "POST /api/v2/ecConn/wechatMobile/byAccountId body",
  bindByEmailCode: "POST /api/v2/ecConn/wechatMobile/byEmailCode body",
  bindByPhoneCode: "POST /api/v2/ecConn/wechatMobile/byPhoneCode body",
  bindEmail: "POST /api/v3/bind-email body",
  bindPhone: "POST /api/v3/bind-phone body",
  changePushCodeStatus: "POST /api/v3/change-pushcode-status body",
  changeQrCodeStatus: "POST /api/v3/change-qrcode-status body",
  checkPermissionByArrayResource: "POST /api/v3/check-permission-array-resource body",
  checkPermissionByStringResource: "POST /api/v3/check-permission-string-resource body",
  checkPermissionByTreeResource: "POST /api/v3/check-permission-tree-resource body",
  checkPushCodeStatus: "GET /api/v3/check-pushcode-status !pushCodeId",
  checkQrCodeStatus: "GET /api/v3/check-qrcode-status !qrcodeId",
  checkValidCredentialsByCredIds: "POST /api/v3/webauthn/check-valid-credentials-by-credIds body",
  clearMyAllUniversalInvitationLinks: "POST /api/v3/clear-my-all-invitation-links",
  createApproval: "POST /api/v3/approval body",
  decryptDouyinMiniProgramData: "POST /api/v3/decrypt-douyin-miniprogram-data body",
  decryptWechatMiniProgramData: "POST /api/v3/decrypt-wechat-miniprogram-data body",
  deleteAccount: "POST /api/v3/delete-account body",
  deleteWebAuthnAdminCredential: "DELETE /api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}",
  deleteWebAuthnCredential: "DELETE /api/v3/webauthn/credentials/{credentialId}",
  enrollFactor: "POST /api/v3/enroll-factor body",
  exchangeTokenSetWithQrCodeTicket: "POST /api/v3/exchange-tokenset-with-qrcode-ticket body basic",
  geneCatchaCodeAndToken: "GET /api/v3/get-captcha-code",
  geneFastpassQrcodeInfo: "POST /api/v3/gene-fastpass-qrcode-info body",
  geneQrCode: "POST /api/v3/gene-qrcode body",
  generateInviteToken: "POST /api/v3/generate-policy-invitation-token body",
  generateLinkExtIdpUrl: "GET /api/v3/generate-link-extidp-url !ext_idp_conn_identifier:extIdpConnIdentifier&app_id:appId&id_token:idToken&need_url_redirect:needUrlRedirect&only_redirect_token:onlyRedirectToken&need_form_post:needFormPost&target_url:targetUrl",
  generateUniversalInvitationByMember: "POST /api/v3/generate-universal-invitation-link-by-member",
  getAccessibleApps: "GET /api/v3/get-my-accessible-apps",
  getAlipayAuthInfo: "GET /api/v3/get-alipay-authinfo !extIdpConnidentifier",
  getApplicationEnabledExtIdps: "GET /api/v3/get-application-enabled-extidps",
  getAppLoginQrCodeStatus: "GET /api/v3/get-app-login-qrcode-status !qrcodeId",
  getAuthorizedResources: "GET /api/v3/get-my-authorized-resources ?namespace&resourceType",
  getCountryList: "GET /api/v3/get-country-list",
  getDepartmentList: "GET /api/v3/get-my-department-list ?page=1&limit=10&withCustomData=false&sortBy=\"JoinDepartmentAt\"&orderBy=\"Desc\"",
  getDetail: "GET /api/v3/approval !number",
  getEnablePermissionApplyApplicationList: "GET /api/v3/applications-permission-applicable ?appName",
  getEnablePermissionApplyRoleList: "GET /api/v3/roles-permission-applicable !page=1&limit=10&keyword&appId",
  getFactor: "GET /api/v3/get-factor !factorId",
  getFastpassParams: "GET /api/v3/get-fastpass-client-apps !qrcodeId&appId",
  getGroupList: "GET /api/v3/get-my-group-list",
  getIdentities: "GET /api/v3/get-identities",
  getInviteCodeContext: "GET /api/v3/get-policy-invitation-context !token",
  getLoggedInApps: "GET /api/v3/get-my-logged-in-apps",
  getLoginHistory: "GET /api/v3/get-my-login-history ?appId&clientIp&success&start&end&page=1&limit=10",
  getProfile: "GET /api/v3/get-profile ?withCustomData=false&withIdentities=false&withDepartmentIds=false",
  getPushLoginRelationApps: "POST /api/v3/get-pushlogin-relation-apps body",
  getQrCodeStatus: "GET /api/v3/get-qrcode-status !qrcodeId",
  getRoleList: "GET /api/v3/get-my-role-list ?namespace",
  getSecurityLevel: "GET /api/v3/get-security-info",
  getSystemInfo: "GET /api/v3/system",
  getTenantList: "GET /api/v3/get-my-tenant-list",
  getUniversalInvitationPublicConfig: "GET /api/v3/get-universal-invitation-public-config !identifier",
  getUserAuthorizedResourcesList: "GET /api/v3/get-user-auth-resource-list",
  getUserAuthResourcePermissionList: "POST /api/v3/get-user-auth-resource-permission-list body",
  getUserAuthResourceStruct: "POST /api/v3/get-user-auth-resource-struct body",
  getWechatMpAccessToken: "POST /api/v3/get-wechat-access-token body",
  getWechatMpAccessTokenInfo: "POST /api/v3/get-wechat-access-token-info body",
  initAuthenticationOptions: "GET /api/v3/webauthn/authentication",
  initiatedList: "GET /api/v3/approval-initiated-list ?pageNo=1&pageSize=10&objectType&keyword",
  initRegisterOptions: "GET /api/v3/webauthn/registration",
  list: "GET /api/v3/mydevices/list ?page=1&limit=10",
  listCredentialsByPage: "POST /api/v3/webauthn/page-authenticator-device body",
  listEnrolledFactors: "GET /api/v3/list-enrolled-factors",
  listFactorsToEnroll: "GET /api/v3/list-factors-to-enroll",
  listPublicAccountsForSwitchLoggedIn: "GET /api/v3/get-user-select-login-public-accounts ?withOriginUser=false",
  listSubjectAuth: "POST /api/v2/applications/subject/person/list",
  listWebAuthnCredentials: "GET /api/v3/webauthn/credentials ?page=1&limit=10",
  listWebAuthnPersonCredentials: "GET /api/v3/webauthn/person/credentials !page=1&limit=10&userId&appId",
  mfaOtpVerify: "POST /api/v3/mfa-totp-verify body",
  preCheckCode: "POST /api/v3/pre-check-code body",
  pub: "POST /api/v3/pub-userEvent body manual",
  qrCodeAppLogin: "POST /api/v3/qrcode-app-login body",
  registerNewUser: "POST /api/v2/ecConn/wechatMobile/register body",
  removeAllCredentials: "POST /api/v3/webauthn/remove-credentials-by-authenticator-code body",
  removeCredential: "POST /api/v3/webauthn/remove-credential/{credentialID:credentialId} body",
  resetFactor: "POST /api/v3/reset-factor body",
  resetPassword: "POST /api/v3/reset-password body",
  revoke: "POST /api/v3/mydevices/revoke-session body",
  selectAccount: "POST /api/v2/ecConn/wechatMobile/select body",
  sendEmail: "POST /api/v3/send-email body",
  sendEnrollFactorRequest: "POST /api/v3/send-enroll-factor-request body",
  sendSms: "POST /api/v3/send-sms body",
  setPushCodeStatus: "POST /api/v3/set-pushcode-status body",
  setQrCodeStatus: "POST /api/v3/set-qrcode-status body",
  signInByCredentials: "POST /api/v3/signin body basic",
  signInByMobile: "POST /api/v3/signin-by-mobile body basic",
  signInByPush: "POST /api/v3/signin-by-push body",
  signUp: "POST /api/v3/signup body",
  signupByPolicy: "POST /api/v3/join-by-invitation body",
  signupByUniversal: "POST /api/v3/signup-by-invitation body",
  switchLoginByUser: "POST /api/v3/switch-login-by-user body",
  unbind: "POST /api/v3/mydevices/unbind body",
  unbindEmail: "POST /api/v3/unbind-email body",
  unbindPhone: "POST /api/v3/unbind-phone body",
  unlinkExtIdp: "POST /api/v3/unlink-extidp body",
  updateEmail: "POST /api/v3/update-email body",
  updatePassword: "POST /api/v3/update-password body",
  updatePhone: "POST /api/v3/update-phone body",
  updateProfile: "POST /api/v3/update-profile body",
  updateWebAuthnAdminCredential: "PUT /api/v3/webauthn/admin/credentials/{credentialId} body",
  updateWebAuthnCredential: "PUT /api/v3/webauthn/credentials/{credentialId} body",
  validatePassword: "POST /api/v3/validate-password body",
  verifyAuthentication: "POST /api/v3/webauthn/authentication body",
  verifyDeleteAccountRequest: "POST /api/v3/verify-delete-account-request body",
  verifyInviteCode: "POST /api/v3/verify-invite-code body",
  verifyMfaToken: "POST /mfa/token/introspection form",
  verifyRegister: "POST /api/v3/webauthn/registration body",
  verifyResetPasswordRequest: "POST /api/v3/verify-reset-password-request body",
  verifyUpdateEmailRequest: "POST /api/v3/verify-update-email-request body",
  verifyUpdatePhoneRequest: "POST /api/v3/verify-update-phone-request body",
  webAuthnAdminInitialize: "POST /api/v3/webauthn/admin/initialize",
  webAuthnAdminRegisterFinalize: "POST /api/v3/webauthn/admin/registration/finalize",
  webAuthnLoginFinalize: "POST /api/v3/webauthn/login/finalize body",
  webAuthnLoginInitalize: "POST /api/v3/webauthn/login/initialize",
  webAuthnMfaBindInitialize: "POST /api/v3/webauthn/mfa-bind/initialize",
  webAuthnMfaVerifyInitalize: "POST /api/v3/webauthn/mfa-verify/initialize",
  webAuthnRegisterFinalize: "POST /api/v3/webauthn/registration/finalize",
  webAuthnRegisterInitalize: "POST /api/v3/webauthn/registration/initialize",
};

/** Every spec operation, by SDK method name: how the transport calls it. */
export const operations: {
  readonly authByCodeIdentity: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/authByCodeIdentity" };
  readonly batchCreateApproval: { readonly method: "POST"; readonly path: "/api/v3/approval-batch" };
  readonly bindByAccount: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/byAccount" };
  readonly bindByAccountId: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/byAccountId" };
  readonly bindByEmailCode: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/byEmailCode" };
  readonly bindByPhoneCode: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/byPhoneCode" };
  readonly bindEmail: { readonly method: "POST"; readonly path: "/api/v3/bind-email" };
  readonly bindPhone: { readonly method: "POST"; readonly path: "/api/v3/bind-phone" };
  readonly changePushCodeStatus: { readonly method: "POST"; readonly path: "/api/v3/change-pushcode-status" };
  readonly changeQrCodeStatus: { readonly method: "POST"; readonly path: "/api/v3/change-qrcode-status" };
  readonly checkPermissionByArrayResource: { readonly method: "POST"; readonly path: "/api/v3/check-permission-array-resource" };
  readonly checkPermissionByStringResource: { readonly method: "POST"; readonly path: "/api/v3/check-permission-string-resource" };
  readonly checkPermissionByTreeResource: { readonly method: "POST"; readonly path: "/api/v3/check-permission-tree-resource" };
  readonly checkPushCodeStatus: { readonly method: "GET"; readonly path: "/api/v3/check-pushcode-status" };
  readonly checkQrCodeStatus: { readonly method: "GET"; readonly path: "/api/v3/check-qrcode-status" };
  readonly checkValidCredentialsByCredIds: { readonly method: "POST"; readonly path: "/api/v3/webauthn/check-valid-credentials-by-credIds" };
  readonly clearMyAllUniversalInvitationLinks: { readonly method: "POST"; readonly path: "/api/v3/clear-my-all-invitation-links" };
  readonly createApproval: { readonly method: "POST"; readonly path: "/api/v3/approval" };
  readonly decryptDouyinMiniProgramData: { readonly method: "POST"; readonly path: "/api/v3/decrypt-douyin-miniprogram-data" };
  readonly decryptWechatMiniProgramData: { readonly method: "POST"; readonly path: "/api/v3/decrypt-wechat-miniprogram-data" };
  readonly deleteAccount: { readonly method: "POST"; readonly path: "/api/v3/delete-account" };
  readonly deleteWebAuthnAdminCredential: { readonly method: "DELETE"; readonly path: "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}"; readonly pathParams: readonly [{ readonly name: "credentialId"; readonly argument: "credentialId" }, { readonly name: "userId"; readonly argument: "userId" }, { readonly name: "appId"; readonly argument: "appId" }] };
  readonly deleteWebAuthnCredential: { readonly method: "DELETE"; readonly path: "/api/v3/webauthn/credentials/{credentialId}"; readonly pathParams: readonly [{ readonly name: "credentialId"; readonly argument: "credentialId" }] };
  readonly enrollFactor: { readonly method: "POST"; readonly path: "/api/v3/enroll-factor" };
  readonly exchangeTokenSetWithQrCodeTicket: { readonly method: "POST"; readonly path: "/api/v3/exchange-tokenset-with-qrcode-ticket"; readonly clientBasic: true };
  readonly geneCatchaCodeAndToken: { readonly method: "GET"; readonly path: "/api/v3/get-captcha-code" };
  readonly geneFastpassQrcodeInfo: { readonly method: "POST"; readonly path: "/api/v3/gene-fastpass-qrcode-info" };
  readonly geneQrCode: { readonly method: "POST"; readonly path: "/api/v3/gene-qrcode" };
  readonly generateInviteToken: { readonly method: "POST"; readonly path: "/api/v3/generate-policy-invitation-token" };
  readonly generateLinkExtIdpUrl: { readonly method: "GET"; readonly path: "/api/v3/generate-link-extidp-url" };
  readonly generateUniversalInvitationByMember: { readonly method: "POST"; readonly path: "/api/v3/generate-universal-invitation-link-by-member" };
  readonly getAccessibleApps: { readonly method: "GET"; readonly path: "/api/v3/get-my-accessible-apps" };
  readonly getAlipayAuthInfo: { readonly method: "GET"; readonly path: "/api/v3/get-alipay-authinfo" };
  readonly getApplicationEnabledExtIdps: { readonly method: "GET"; readonly path: "/api/v3/get-application-enabled-extidps" };
  readonly getAppLoginQrCodeStatus: { readonly method: "GET"; readonly path: "/api/v3/get-app-login-qrcode-status" };
  readonly getAuthorizedResources: { readonly method: "GET"; readonly path: "/api/v3/get-my-authorized-resources" };
  readonly getCountryList: { readonly method: "GET"; readonly path: "/api/v3/get-country-list" };
  readonly getDepartmentList: { readonly method: "GET"; readonly path: "/api/v3/get-my-department-list" };
  readonly getDetail: { readonly method: "GET"; readonly path: "/api/v3/approval" };
  readonly getEnablePermissionApplyApplicationList: { readonly method: "GET"; readonly path: "/api/v3/applications-permission-applicable" };
  readonly getEnablePermissionApplyRoleList: { readonly method: "GET"; readonly path: "/api/v3/roles-permission-applicable" };
  readonly getFactor: { readonly method: "GET"; readonly path: "/api/v3/get-factor" };
  readonly getFastpassParams: { readonly method: "GET"; readonly path: "/api/v3/get-fastpass-client-apps" };
  readonly getGroupList: { readonly method: "GET"; readonly path: "/api/v3/get-my-group-list" };
  readonly getIdentities: { readonly method: "GET"; readonly path: "/api/v3/get-identities" };
  readonly getInviteCodeContext: { readonly method: "GET"; readonly path: "/api/v3/get-policy-invitation-context" };
  readonly getLoggedInApps: { readonly method: "GET"; readonly path: "/api/v3/get-my-logged-in-apps" };
  readonly getLoginHistory: { readonly method: "GET"; readonly path: "/api/v3/get-my-login-history" };
  readonly getProfile: { readonly method: "GET"; readonly path: "/api/v3/get-profile" };
  readonly getPushLoginRelationApps: { readonly method: "POST"; readonly path: "/api/v3/get-pushlogin-relation-apps" };
  readonly getQrCodeStatus: { readonly method: "GET"; readonly path: "/api/v3/get-qrcode-status" };
  readonly getRoleList: { readonly method: "GET"; readonly path: "/api/v3/get-my-role-list" };
  readonly getSecurityLevel: { readonly method: "GET"; readonly path: "/api/v3/get-security-info" };
  readonly getSystemInfo: { readonly method: "GET"; readonly path: "/api/v3/system" };
  readonly getTenantList: { readonly method: "GET"; readonly path: "/api/v3/get-my-tenant-list" };
  readonly getUniversalInvitationPublicConfig: { readonly method: "GET"; readonly path: "/api/v3/get-universal-invitation-public-config" };
  readonly getUserAuthorizedResourcesList: { readonly method: "GET"; readonly path: "/api/v3/get-user-auth-resource-list" };
  readonly getUserAuthResourcePermissionList: { readonly method: "POST"; readonly path: "/api/v3/get-user-auth-resource-permission-list" };
  readonly getUserAuthResourceStruct: { readonly method: "POST"; readonly path: "/api/v3/get-user-auth-resource-struct" };
  readonly getWechatMpAccessToken: { readonly method: "POST"; readonly path: "/api/v3/get-wechat-access-token" };
  readonly getWechatMpAccessTokenInfo: { readonly method: "POST"; readonly path: "/api/v3/get-wechat-access-token-info" };
  readonly initAuthenticationOptions: { readonly method: "GET"; readonly path: "/api/v3/webauthn/authentication" };
  readonly initiatedList: { readonly method: "GET"; readonly path: "/api/v3/approval-initiated-list" };
  readonly initRegisterOptions: { readonly method: "GET"; readonly path: "/api/v3/webauthn/registration" };
  readonly list: { readonly method: "GET"; readonly path: "/api/v3/mydevices/list" };
  readonly listCredentialsByPage: { readonly method: "POST"; readonly path: "/api/v3/webauthn/page-authenticator-device" };
  readonly listEnrolledFactors: { readonly method: "GET"; readonly path: "/api/v3/list-enrolled-factors" };
  readonly listFactorsToEnroll: { readonly method: "GET"; readonly path: "/api/v3/list-factors-to-enroll" };
  readonly listPublicAccountsForSwitchLoggedIn: { readonly method: "GET"; readonly path: "/api/v3/get-user-select-login-public-accounts" };
  readonly listSubjectAuth: { readonly method: "POST"; readonly path: "/api/v2/applications/subject/person/list" };
  readonly listWebAuthnCredentials: { readonly method: "GET"; readonly path: "/api/v3/webauthn/credentials" };
  readonly listWebAuthnPersonCredentials: { readonly method: "GET"; readonly path: "/api/v3/webauthn/person/credentials" };
  readonly mfaOtpVerify: { readonly method: "POST"; readonly path: "/api/v3/mfa-totp-verify" };
  readonly preCheckCode: { readonly method: "POST"; readonly path: "/api/v3/pre-check-code" };
  readonly pub: { readonly method: "POST"; readonly path: "/api/v3/pub-userEvent" };
  readonly qrCodeAppLogin: { readonly method: "POST"; readonly path: "/api/v3/qrcode-app-login" };
  readonly registerNewUser: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/register" };
  readonly removeAllCredentials: { readonly method: "POST"; readonly path: "/api/v3/webauthn/remove-credentials-by-authenticator-code" };
  readonly removeCredential: { readonly method: "POST"; readonly path: "/api/v3/webauthn/remove-credential/{credentialID}"; readonly pathParams: readonly [{ readonly name: "credentialID"; readonly argument: "credentialId" }] };
  readonly resetFactor: { readonly method: "POST"; readonly path: "/api/v3/reset-factor" };
  readonly resetPassword: { readonly method: "POST"; readonly path: "/api/v3/reset-password" };
  readonly revoke: { readonly method: "POST"; readonly path: "/api/v3/mydevices/revoke-session" };
  readonly selectAccount: { readonly method: "POST"; readonly path: "/api/v2/ecConn/wechatMobile/select" };
  readonly sendEmail: { readonly method: "POST"; readonly path: "/api/v3/send-email" };
  readonly sendEnrollFactorRequest: { readonly method: "POST"; readonly path: "/api/v3/send-enroll-factor-request" };
  readonly sendSms: { readonly method: "POST"; readonly path: "/api/v3/send-sms" };
  readonly setPushCodeStatus: { readonly method: "POST"; readonly path: "/api/v3/set-pushcode-status" };
  readonly setQrCodeStatus: { readonly method: "POST"; readonly path: "/api/v3/set-qrcode-status" };
  readonly signInByCredentials: { readonly method: "POST"; readonly path: "/api/v3/signin"; readonly clientBasic: true };
  readonly signInByMobile: { readonly method: "POST"; readonly path: "/api/v3/signin-by-mobile"; readonly clientBasic: true };
  readonly signInByPush: { readonly method: "POST"; readonly path: "/api/v3/signin-by-push" };
  readonly signUp: { readonly method: "POST"; readonly path: "/api/v3/signup" };
  readonly signupByPolicy: { readonly method: "POST"; readonly path: "/api/v3/join-by-invitation" };
  readonly signupByUniversal: { readonly method: "POST"; readonly path: "/api/v3/signup-by-invitation" };
  readonly switchLoginByUser: { readonly method: "POST"; readonly path: "/api/v3/switch-login-by-user" };
  readonly unbind: { readonly method: "POST"; readonly path: "/api/v3/mydevices/unbind" };
  readonly unbindEmail: { readonly method: "POST"; readonly path: "/api/v3/unbind-email" };
  readonly unbindPhone: { readonly method: "POST"; readonly path: "/api/v3/unbind-phone" };
  readonly unlinkExtIdp: { readonly method: "POST"; readonly path: "/api/v3/unlink-extidp" };
  readonly updateEmail: { readonly method: "POST"; readonly path: "/api/v3/update-email" };
  readonly updatePassword: { readonly method: "POST"; readonly path: "/api/v3/update-password" };
  readonly updatePhone: { readonly method: "POST"; readonly path: "/api/v3/update-phone" };
  readonly updateProfile: { readonly method: "POST"; readonly path: "/api/v3/update-profile" };
  readonly updateWebAuthnAdminCredential: { readonly method: "PUT"; readonly path: "/api/v3/webauthn/admin/credentials/{credentialId}"; readonly pathParams: readonly [{ readonly name: "credentialId"; readonly argument: "credentialId" }] };
  readonly updateWebAuthnCredential: { readonly method: "PUT"; readonly path: "/api/v3/webauthn/credentials/{credentialId}"; readonly pathParams: readonly [{ readonly name: "credentialId"; readonly argument: "credentialId" }] };
  readonly validatePassword: { readonly method: "POST"; readonly path: "/api/v3/validate-password" };
  readonly verifyAuthentication: { readonly method: "POST"; readonly path: "/api/v3/webauthn/authentication" };
  readonly verifyDeleteAccountRequest: { readonly method: "POST"; readonly path: "/api/v3/verify-delete-account-request" };
  readonly verifyInviteCode: { readonly method: "POST"; readonly path: "/api/v3/verify-invite-code" };
  readonly verifyMfaToken: { readonly method: "POST"; readonly path: "/mfa/token/introspection"; readonly bodyType: "form" };
  readonly verifyRegister: { readonly method: "POST"; readonly path: "/api/v3/webauthn/registration" };
  readonly verifyResetPasswordRequest: { readonly method: "POST"; readonly path: "/api/v3/verify-reset-password-request" };
  readonly verifyUpdateEmailRequest: { readonly method: "POST"; readonly path: "/api/v3/verify-update-email-request" };
  readonly verifyUpdatePhoneRequest: { readonly method: "POST"; readonly path: "/api/v3/verify-update-phone-request" };
  readonly webAuthnAdminInitialize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/admin/initialize" };
  readonly webAuthnAdminRegisterFinalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/admin/registration/finalize" };
  readonly webAuthnLoginFinalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/login/finalize" };
  readonly webAuthnLoginInitalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/login/initialize" };
  readonly webAuthnMfaBindInitialize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/mfa-bind/initialize" };
  readonly webAuthnMfaVerifyInitalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/mfa-verify/initialize" };
  readonly webAuthnRegisterFinalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/registration/finalize" };
  readonly webAuthnRegisterInitalize: { readonly method: "POST"; readonly path: "/api/v3/webauthn/registration/initialize" };
} = readOperations(operationRows);

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
