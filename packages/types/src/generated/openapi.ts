// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
/* eslint-disable */
import type * as Schemas from "./schemas.js";

/** Every path of the API, by URL template and HTTP method. */
export interface paths {
  "/api/v3/signin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with credentials: password, pass code, LDAP or AD
     * @description Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
     */
    post: operations["signInByCredentials"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/signin-by-mobile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in from a mobile app through a social or enterprise provider
     * @description Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
     */
    post: operations["signInByMobile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/switch-login-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Switch the signed-in session to a public account
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["switchLoginByUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-alipay-authinfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fetch the Alipay authInfo string a mobile app needs to start Alipay sign-in */
    get: operations["getAlipayAuthInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/validate-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check whether a password is right for an account, without signing in */
    post: operations["validatePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/signup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a user account from a password or a verification code */
    post: operations["signUp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/generate-link-extidp-url": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Build the URL that links an external identity provider to the signed-in user */
    get: operations["generateLinkExtIdpUrl"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unlink-extidp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Detach an external identity provider from the user */
    post: operations["unlinkExtIdp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-identities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the external identities linked to the user */
    get: operations["getIdentities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-application-enabled-extidps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the external identity providers this application accepts */
    get: operations["getApplicationEnabledExtIdps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/gene-qrcode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a sign-in QR code */
    post: operations["geneQrCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-qrcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the state of a sign-in QR code */
    get: operations["getQrCodeStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-qrcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the state of a sign-in QR code (deprecated)
     * @deprecated
     * @description Deprecated: call `getQrCodeStatus` instead.
     */
    get: operations["checkQrCodeStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/exchange-tokenset-with-qrcode-ticket": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trade an authorized QR code ticket for a token set
     * @description Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
     */
    post: operations["exchangeTokenSetWithQrCodeTicket"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/change-qrcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Scan, confirm or cancel a QR code from the signed-in app (deprecated)
     * @deprecated
     * @description Deprecated: call `setQrCodeStatus` instead.
     *
     *     Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["changeQrCodeStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-qrcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Scan, confirm or cancel a QR code from the signed-in app
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["setQrCodeStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/signin-by-push": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a push sign-in: send an approval request to the user's app */
    post: operations["signInByPush"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-pushcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the state of a push sign-in request */
    get: operations["checkPushCodeStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-pushcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or refuse a push sign-in request from the signed-in app
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["setPushCodeStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/change-pushcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or refuse a push sign-in request from the signed-in app (deprecated)
     * @deprecated
     * @description Deprecated: call `setPushCodeStatus` instead.
     *
     *     Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["changePushCodeStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-pushlogin-relation-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the client applications behind a push sign-in request */
    post: operations["getPushLoginRelationApps"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/gene-fastpass-qrcode-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create the data of a quick sign-in QR code for the signed-in user
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["geneFastpassQrcodeInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-fastpass-client-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the applications a quick sign-in QR code can open */
    get: operations["getFastpassParams"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-app-login-qrcode-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the state of a quick sign-in QR code */
    get: operations["getAppLoginQrCodeStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/qrcode-app-login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in by scanning a QR code from the signed-in app */
    post: operations["qrCodeAppLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-captcha-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Create an image captcha and the token that goes with it */
    get: operations["geneCatchaCodeAndToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Text a verification code to a phone number */
    post: operations["sendSms"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a verification code */
    post: operations["sendEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/pre-check-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a verification code without consuming it */
    post: operations["preCheckCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/decrypt-wechat-miniprogram-data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decrypt data a WeChat mini program received from WeChat */
    post: operations["decryptWechatMiniProgramData"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-wechat-access-token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get a WeChat mini program or official account access token (deprecated)
     * @deprecated
     * @description Returns the access token that GenAuth caches for a WeChat mini program or official
     *     account, identified by its WeChat `appId` and `appSecret`.
     *
     *     Deprecated: call `getWechatMpAccessTokenInfo` (`POST /api/v3/get-wechat-access-token-info`),
     *     which answers the same data.
     */
    post: operations["getWechatMpAccessToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-wechat-access-token-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get a WeChat mini program or official account access token
     * @description Returns the access token that GenAuth caches for a WeChat mini program or official
     *     account, identified by its WeChat `appId` and `appSecret`, with its expiry time.
     */
    post: operations["getWechatMpAccessTokenInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/decrypt-douyin-miniprogram-data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decrypt data a Douyin mini program received from Douyin */
    post: operations["decryptDouyinMiniProgramData"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/authByCodeIdentity": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in from a mobile app with a WeChat code
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["authByCodeIdentity"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: create a new user from the WeChat identity
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["registerNewUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/byEmailCode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: link the WeChat identity to a user proven by an email code
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["bindByEmailCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/byPhoneCode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: link the WeChat identity to a user proven by a phone code
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["bindByPhoneCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/byAccount": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: link the WeChat identity to a user proven by account and password
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["bindByAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/select": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: pick one of several matching users
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["selectAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/ecConn/wechatMobile/byAccountId": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat mobile sign-in: link the WeChat identity to a user chosen by ID
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["bindByAccountId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-login-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Page through the user's sign-in history
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getLoginHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-logged-in-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the applications the user is signed in to
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getLoggedInApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-accessible-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the applications the user may open
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getAccessibleApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-tenant-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tenants the user belongs to
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getTenantList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-group-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the user's groups
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getGroupList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-department-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Page through the user's departments
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getDepartmentList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-profile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the signed-in user's profile
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-profile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change fields of the signed-in user's profile
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["updateProfile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/bind-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach an email address to the account, proven by a code
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["bindEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unbind-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove the account's email address
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["unbindEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/bind-phone": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a phone number to the account, proven by a code
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["bindPhone"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unbind-phone": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove the account's phone number
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["unbindPhone"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-security-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rate the account's security and its password strength
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getSecurityLevel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the signed-in user's password
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["updatePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-update-email-request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Prove ownership before changing the email address; returns a change token
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["verifyUpdateEmailRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the email address with a token from verifyUpdateEmailRequest
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["updateEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-update-phone-request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Prove ownership before changing the phone number; returns a change token
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["verifyUpdatePhoneRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-phone": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the phone number with a token from verifyUpdatePhoneRequest
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["updatePhone"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-reset-password-request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prove identity for a forgotten password; returns a reset token */
    post: operations["verifyResetPasswordRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/reset-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a token from verifyResetPasswordRequest */
    post: operations["resetPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-delete-account-request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Prove identity before deleting the account; returns a deletion token
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["verifyDeleteAccountRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete the user's own account with a token from verifyDeleteAccountRequest
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["deleteAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-select-login-public-accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the public accounts the signed-in user may switch to */
    get: operations["listPublicAccountsForSwitchLoggedIn"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-role-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the user's roles
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getRoleList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-my-authorized-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the resources the user is granted
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getAuthorizedResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-permission-string-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the user's permissions on string resources
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["checkPermissionByStringResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-permission-array-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the user's permissions on array resources
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["checkPermissionByArrayResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-permission-tree-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the user's permissions on tree resources
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["checkPermissionByTreeResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-auth-resource-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the resources granted to the user in this application
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getUserAuthorizedResourcesList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-auth-resource-permission-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the user's permissions on the given resources */
    post: operations["getUserAuthResourcePermissionList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-auth-resource-struct": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Describe the structure of a resource granted to the user
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["getUserAuthResourceStruct"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/system": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the server's public settings: encryption keys, version, egress IPs
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    get: operations["getSystemInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-country-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List countries and their dialling codes */
    get: operations["getCountryList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/authentication": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the WebAuthn options that start a sign-in with an authenticator */
    get: operations["initAuthenticationOptions"];
    put?: never;
    /** Check a WebAuthn assertion and sign the user in */
    post: operations["verifyAuthentication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/registration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the WebAuthn options that start registering an authenticator
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["initRegisterOptions"];
    put?: never;
    /** Check a WebAuthn attestation and register the authenticator */
    post: operations["verifyRegister"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/page-authenticator-device": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Page through the user's WebAuthn authenticators
     * @description The answer is the bare payload, without GenAuth's envelope.
     */
    post: operations["listCredentialsByPage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/check-valid-credentials-by-credIds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tell which of the given WebAuthn credential IDs are still valid */
    post: operations["checkValidCredentialsByCredIds"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/remove-credentials-by-authenticator-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove every WebAuthn credential of one authenticator */
    post: operations["removeAllCredentials"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/remove-credential/{credentialID}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove one WebAuthn credential
     * @description The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     */
    post: operations["removeCredential"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/admin/initialize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start registering a passkey for a user, as an administrator
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnAdminInitialize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/admin/registration/finalize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish registering a passkey for a user, as an administrator
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnAdminRegisterFinalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/admin/credentials/{credentialId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Rename a user's passkey, as an administrator
     * @description The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     *
     *     GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    put: operations["updateWebAuthnAdminCredential"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a user's passkey in an application, as an administrator
     * @description The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     *
     *     GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    delete: operations["deleteWebAuthnAdminCredential"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/applications/subject/person/list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the applications' person-level authorizations */
    post: operations["listSubjectAuth"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/person/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Page through a given user's passkeys
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    get: operations["listWebAuthnPersonCredentials"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/login/initialize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a passkey sign-in
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnLoginInitalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/login/finalize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish a passkey sign-in
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnLoginFinalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/registration/initialize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start adding a passkey to the signed-in user
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnRegisterInitalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/mfa-bind/initialize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start adding a passkey as an MFA factor
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnMfaBindInitialize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/mfa-verify/initialize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start an MFA check with a passkey
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnMfaVerifyInitalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/registration/finalize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish adding a passkey to the signed-in user
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    post: operations["webAuthnRegisterFinalize"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Page through the signed-in user's passkeys
     * @description GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    get: operations["listWebAuthnCredentials"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/webauthn/credentials/{credentialId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Rename one of the signed-in user's passkeys
     * @description The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     */
    put: operations["updateWebAuthnCredential"];
    post?: never;
    /**
     * Delete one of the signed-in user's passkeys
     * @description The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     *
     *     GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
     */
    delete: operations["deleteWebAuthnCredential"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/mydevices/list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page through the user's devices */
    get: operations["list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/mydevices/unbind": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove one of the user's devices */
    post: operations["unbind"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/mydevices/revoke-session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign one of the user's devices out */
    post: operations["revoke"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/applications-permission-applicable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the applications the user may request access to */
    get: operations["getEnablePermissionApplyApplicationList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/roles-permission-applicable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page through the roles of an application the user may request */
    get: operations["getEnablePermissionApplyRoleList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read one approval request by its number */
    get: operations["getDetail"];
    put?: never;
    /** Submit one permission request for approval */
    post: operations["createApproval"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit several permission requests for approval */
    post: operations["batchCreateApproval"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-initiated-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page through the approval requests the user submitted */
    get: operations["initiatedList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-universal-invitation-public-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the public settings of a universal invitation link */
    get: operations["getUniversalInvitationPublicConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/signup-by-invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask to join through a universal invitation link */
    post: operations["signupByUniversal"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/generate-policy-invitation-token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the registration token of a policy invitation */
    post: operations["generateInviteToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-policy-invitation-context": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read what the invitee's sign-up page needs from an invitation token */
    get: operations["getInviteCodeContext"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-invite-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check the code an invitee received */
    post: operations["verifyInviteCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/join-by-invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join through a policy invitation */
    post: operations["signupByPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/generate-universal-invitation-link-by-member": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an invitation link owned by the signed-in member */
    post: operations["generateUniversalInvitationByMember"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/clear-my-all-invitation-links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke every invitation link the signed-in member created */
    post: operations["clearMyAllUniversalInvitationLinks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/token/introspection": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Introspect an MFA token
     * @description The answer is the bare payload, without GenAuth's envelope.
     *
     *     The form body is sent; the official SDK declared it but never sent it.
     */
    post: operations["verifyMfaToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-enroll-factor-request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start enrolling an MFA factor
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["sendEnrollFactorRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/enroll-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish enrolling an MFA factor
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    post: operations["enrollFactor"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/reset-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove an enrolled MFA factor */
    post: operations["resetFactor"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-enrolled-factors": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the user's enrolled MFA factors
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["listEnrolledFactors"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read one enrolled MFA factor
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["getFactor"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-factors-to-enroll": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the MFA factors the user may still enroll
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     */
    get: operations["listFactorsToEnroll"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/mfa-totp-verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a one-time password from the user's MFA authenticator app */
    post: operations["mfaOtpVerify"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/pub-userEvent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a custom user event
     * @description Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
     *
     *     Called by the hand-written `pub(eventName, data)`, which needs an access token.
     */
    post: operations["publishUserEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
/** Every schema of the API under `components["schemas"]`, each the named type of `@genauth/types` that declares it. */
export interface components {
  schemas: {
    /** @description Claims of a decoded GenAuth access token (a JWT). */
    AccessToken: Schemas.AccessToken;
    /** @description An application the signed-in user is allowed to open. */
    AccessibleAppsDto: Schemas.AccessibleAppsDto;
    /** @description What a mobile app needs to start Alipay sign-in. */
    AlipayAuthInfoDataDto: Schemas.AlipayAuthInfoDataDto;
    /** @description Request body for signing in with a quick sign-in QR code scanned in an app. */
    AppQRCodeLoginDto: Schemas.AppQRCodeLoginDto;
    /** @description A check that the value of an extended user field must pass. */
    AppValidateRuleDto: Schemas.AppValidateRuleDto;
    /** @description The application an access request is about. */
    ApplicationPermissionApplyApprovalObject: Schemas.ApplicationPermissionApplyApprovalObject;
    /** @description One approval request and where it stands. */
    ApprovalDetailDto: Schemas.ApprovalDetailDto;
    /** @description Answer of `getDetail`: one approval request. */
    ApprovalDetailRes: Schemas.ApprovalDetailRes;
    /** @description What the user is granted on an array data resource. */
    ArrResourceAuthAction: Schemas.ArrResourceAuthAction;
    /** @description The part of a data policy that covers an array data resource. */
    ArrayAuthorize: Schemas.ArrayAuthorize;
    /** @description A sign-in URL built by the SDK, with the values it put in it. */
    AuthUrlResult: Schemas.AuthUrlResult;
    /** @description A WebAuthn credential as returned by the browser after the authenticator signed the challenge. */
    AuthenticationCredentialDto: Schemas.AuthenticationCredentialDto;
    /** @description What the browser needs to ask an authenticator to sign in with WebAuthn. */
    AuthenticationOptionsDto: Schemas.AuthenticationOptionsDto;
    /** @description The part of a WebAuthn assertion produced by the authenticator and the browser. */
    AuthenticatorAssertionResponseDto: Schemas.AuthenticatorAssertionResponseDto;
    /** @description The part of a new WebAuthn credential produced by the authenticator and the browser. */
    AuthenticatorAttestationResponseDto: Schemas.AuthenticatorAttestationResponseDto;
    /** @description A resource the signed-in user is granted, with the actions and the policy effect. */
    AuthorizedResourceDto: Schemas.AuthorizedResourceDto;
    /** @description Answer of `getAuthorizedResources`: one page of the user's granted resources. */
    AuthorizedResourcePaginatedRespDto: Schemas.AuthorizedResourcePaginatedRespDto;
    /** @description One page of the resources granted to the user. */
    AuthorizedResourcePagingDto: Schemas.AuthorizedResourcePagingDto;
    /** @description Request body for submitting several access requests of the same kind at once. */
    BatchCreateApprovalReq: Schemas.BatchCreateApprovalReq;
    /** @description Request body for linking the WeChat identity to an existing account given by its ID. */
    BindByAccountIdInputApi: Schemas.BindByAccountIdInputApi;
    /** @description Request body for linking the WeChat identity to an account proven by its password. */
    BindByAccountInputApi: Schemas.BindByAccountInputApi;
    /** @description Request body for picking one of several accounts that match the WeChat identity. */
    BindByAccountsInputApi: Schemas.BindByAccountsInputApi;
    /** @description Request body for linking the WeChat identity to an account proven by an email code. */
    BindByEmailCodeInputApi: Schemas.BindByEmailCodeInputApi;
    /** @description Request body for linking the WeChat identity to an account proven by a text-message code. */
    BindByPhoneCodeInputApi: Schemas.BindByPhoneCodeInputApi;
    /** @description Request body for creating a new user from the WeChat identity. */
    BindByRegiserInputApi: Schemas.BindByRegiserInputApi;
    /** @description Request body for adding an email address to the signed-in user. */
    BindEmailDto: Schemas.BindEmailDto;
    /** @description Request body for adding a phone number to the signed-in user. */
    BindPhoneDto: Schemas.BindPhoneDto;
    /** @description A failed CAS 2.0 ticket validation (`serviceValidate`). */
    Cas20ValidationFailureResult: Schemas.Cas20ValidationFailureResult;
    /** @description A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes. */
    Cas20ValidationSuccessResult: Schemas.Cas20ValidationSuccessResult;
    /** @description Options for building a CAS sign-in URL. */
    CasParams: Schemas.CasParams;
    /** @description Request body for confirming or cancelling a push sign-in request. */
    ChangePushCodeStatusDto: Schemas.ChangePushCodeStatusDto;
    /** @description Request body for reporting what the app did with a sign-in QR code. */
    ChangeQRCodeStatusDto: Schemas.ChangeQRCodeStatusDto;
    /** @description Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields. */
    CheckDeviceCredentialIdDto: Schemas.CheckDeviceCredentialIdDto;
    /** @description Request body for checking the user's permission on array data resources. */
    CheckPermissionArrayResourceDto: Schemas.CheckPermissionArrayResourceDto;
    /** @description Request body for checking the user's permission on string data resources. */
    CheckPermissionStringResourceDto: Schemas.CheckPermissionStringResourceDto;
    /** @description Request body for checking the user's permission on tree data resources. */
    CheckPermissionTreeResourceDto: Schemas.CheckPermissionTreeResourceDto;
    /** @description Where a push sign-in request stands, and the tokens once it is authorized. */
    CheckPushCodeStatusDataDto: Schemas.CheckPushCodeStatusDataDto;
    /** @description Answer of `checkPushCodeStatus`: where the push sign-in request stands. */
    CheckPushCodeStatusRespDto: Schemas.CheckPushCodeStatusRespDto;
    /** @description Where a sign-in QR code stands, with what the web page needs at each step. */
    CheckQRCodeStatusDataDto: Schemas.CheckQRCodeStatusDataDto;
    /** @description Answer of the QR code state checks: where the sign-in QR code stands. */
    CheckQRCodeStatusRespDto: Schemas.CheckQRCodeStatusRespDto;
    /** @description Results of checking the user's permission on several data resources. */
    CheckResourcePermissionDataDto: Schemas.CheckResourcePermissionDataDto;
    /** @description Whether the user may perform an action on one data resource. */
    CheckResourcePermissionRespDto: Schemas.CheckResourcePermissionRespDto;
    /** @description Answer of the `checkPermissionBy*Resource` methods: one result per resource. */
    CheckResourcePermissionsRespDto: Schemas.CheckResourcePermissionsRespDto;
    /** @description GenAuth's envelope without `data`, for operations that only report success or failure. */
    CommonResponseDto: Schemas.CommonResponseDto;
    /** @description A country, with its codes, calling code, flag and names. */
    CountryDetailInfo: Schemas.CountryDetailInfo;
    /** @description The approval request that was just created. */
    CreateApprovalDto: Schemas.CreateApprovalDto;
    /** @description Request body for submitting one access request. */
    CreateApprovalReq: Schemas.CreateApprovalReq;
    /** @description Envelope answering `createApproval`. */
    CreateApprovalRes: Schemas.CreateApprovalRes;
    /** @description Translations of a custom field's display name. */
    CustomFieldI18n: Schemas.CustomFieldI18n;
    /** @description What a Douyin mini program sends to have its encrypted open data decrypted. */
    DecryptDouyinMiniProgramDataDto: Schemas.DecryptDouyinMiniProgramDataDto;
    /** @description Envelope answering `decryptDouyinMiniProgramData`. */
    DecryptDouyinMiniProgramDataRespDto: Schemas.DecryptDouyinMiniProgramDataRespDto;
    /** @description What a WeChat mini program sends to have its encrypted open data decrypted. */
    DecryptWechatMiniProgramDataDto: Schemas.DecryptWechatMiniProgramDataDto;
    /** @description Envelope answering `decryptWechatMiniProgramData`. */
    DecryptWechatMiniProgramDataRespDto: Schemas.DecryptWechatMiniProgramDataRespDto;
    /** @description The token that authorizes deleting the user's account. */
    DeleteAccounDto: Schemas.DeleteAccounDto;
    /** @description Proves the right to delete the account with a code sent by email. */
    DeleteAccountByEmailPassCodeDto: Schemas.DeleteAccountByEmailPassCodeDto;
    /** @description Proves the right to delete the account with the user's password. */
    DeleteAccountByPasswordDto: Schemas.DeleteAccountByPasswordDto;
    /** @description Proves the right to delete the account with a code sent by SMS. */
    DeleteAccountByPhonePassCodeDto: Schemas.DeleteAccountByPhonePassCodeDto;
    /** @description Translations of a department's name. */
    DepartmentI18nDto: Schemas.DepartmentI18nDto;
    /** @description A device as GenAuth records it. */
    DeviceInfo: Schemas.DeviceInfo;
    /** @description An application the user may request permissions in. */
    EnablePermissionApplyApplication: Schemas.EnablePermissionApplyApplication;
    /** @description The applications the user may request permissions in. */
    EnablePermissionApplyApplicationList: Schemas.EnablePermissionApplyApplicationList;
    /** @description Envelope answering `getEnablePermissionApplyApplicationList`. */
    EnablePermissionApplyApplicationListRes: Schemas.EnablePermissionApplyApplicationListRes;
    /** @description A role of an application that the user may request. */
    EnablePermissionApplyRole: Schemas.EnablePermissionApplyRole;
    /** @description Envelope answering `getEnablePermissionApplyRoleList`. */
    EnablePermissionApplyRoleListRes: Schemas.EnablePermissionApplyRoleListRes;
    /** @description One page of roles the user may request. */
    EnablePermissionApplyRolePageList: Schemas.EnablePermissionApplyRolePageList;
    /** @description The enrollment token and proof that finish binding an MFA factor. */
    EnrollFactorDto: Schemas.EnrollFactorDto;
    /** @description Proof supplied when binding an MFA factor; which field is needed depends on the factor. */
    EnrollFactorEnrollmentDataDto: Schemas.EnrollFactorEnrollmentDataDto;
    /** @description Envelope answering `enrollFactor`. */
    EnrollFactorRespDto: Schemas.EnrollFactorRespDto;
    /** @description Translations of an error message. */
    ErrMsgI18nDto: Schemas.ErrMsgI18nDto;
    /** @description A QR code sign-in ticket to trade for tokens, with the application's credentials when needed. */
    ExchangeTokenSetWithQRcodeTicketDto: Schemas.ExchangeTokenSetWithQRcodeTicketDto;
    /** @description A connection of an external identity source that the application offers for sign-in. */
    ExtIdpInfoDto: Schemas.ExtIdpInfoDto;
    /** @description An extended user field shown on the sign-up information-completion form. */
    ExtendsFieldDto: Schemas.ExtendsFieldDto;
    /** @description When a subject's role membership starts and ends. */
    ExtraParams: Schemas.ExtraParams;
    /** @description An MFA factor the user has bound. */
    FactorDto: Schemas.FactorDto;
    /** @description Where a new MFA factor sends its codes; which field is needed depends on the factor. */
    FactorProfile: Schemas.FactorProfile;
    /** @description An MFA factor kind the user can still bind. */
    FactorToEnrollDto: Schemas.FactorToEnrollDto;
    /** @description An application that a quick sign-in QR code can sign the user in to. */
    FastpassQRCodeRelationAppDto: Schemas.FastpassQRCodeRelationAppDto;
    /** @description Who a quick sign-in QR code belongs to, as shown to the scanner. */
    FastpassUserInfoDto: Schemas.FastpassUserInfoDto;
    /** @description The ticket and authenticator assertion that finish a WebAuthn sign-in. */
    FinalizeWebAuthnLoginDto: Schemas.FinalizeWebAuthnLoginDto;
    /** @description An envelope whose `data` GenAuth does not document; it may hold any JSON value. */
    GenAuthDataEnvelope: Schemas.GenAuthDataEnvelope;
    /** @description The outer shape shared by GenAuth V3 JSON responses. */
    GenAuthEnvelope: Schemas.GenAuthEnvelope;
    /**
     * @description The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
     *     and there is no `data`.
     */
    GenAuthErrorEnvelope: Schemas.GenAuthErrorEnvelope;
    /** @description Data to encode in a quick sign-in QR code. */
    GeneFastpassQRCodeInfoDto: Schemas.GeneFastpassQRCodeInfoDto;
    /** @description Envelope answering `geneFastpassQrcodeInfo`. */
    GeneFastpassQRCodeRespDto: Schemas.GeneFastpassQRCodeRespDto;
    /** @description A push sign-in request that was sent to the user's app. */
    GenePushCodeDataDto: Schemas.GenePushCodeDataDto;
    /** @description Envelope answering `signInByPush`. */
    GenePushCodeRespDto: Schemas.GenePushCodeRespDto;
    /** @description A new sign-in QR code. */
    GeneQRCodeDataDto: Schemas.GeneQRCodeDataDto;
    /** @description Envelope answering `geneQrCode`. */
    GeneQRCodeRespDto: Schemas.GeneQRCodeRespDto;
    /** @description A link that binds an external identity to the user. */
    GenerateBindExtIdpLinkDataDto: Schemas.GenerateBindExtIdpLinkDataDto;
    /** @description Envelope answering `generateLinkExtIdpUrl`. */
    GenerateBindExtIdpLinkRespDto: Schemas.GenerateBindExtIdpLinkRespDto;
    /** @description An invitation link a member created. */
    GenerateInvitationLinkDto: Schemas.GenerateInvitationLinkDto;
    /** @description Envelope answering `generateUniversalInvitationByMember`. */
    GenerateInvitationLinkRespDto: Schemas.GenerateInvitationLinkRespDto;
    /** @description A token for an invitee who opened an invitation link. */
    GenerateInviteeTokenDto: Schemas.GenerateInviteeTokenDto;
    /** @description Envelope answering `generateInviteToken`. */
    GenerateInviteeTokenRespDto: Schemas.GenerateInviteeTokenRespDto;
    /** @description What kind of sign-in QR code to create, and its options. */
    GenerateQrcodeDto: Schemas.GenerateQrcodeDto;
    /** @description Where an IP address is, as found by IP geolocation. */
    GeoIp: Schemas.GeoIp;
    /** @description A point given by longitude and latitude. */
    GeoIpLocation: Schemas.GeoIpLocation;
    /** @description Envelope answering `getAccessibleApps`. */
    GetAccessibleAppsRespDto: Schemas.GetAccessibleAppsRespDto;
    /** @description Envelope answering `getAlipayAuthInfo`. */
    GetAlipayAuthInfoRespDto: Schemas.GetAlipayAuthInfoRespDto;
    /** @description Envelope answering `initAuthenticationOptions`. */
    GetAuthenticationOptionsRespDto: Schemas.GetAuthenticationOptionsRespDto;
    /** @description An image captcha and its token. */
    GetCaptchaCodeDataDto: Schemas.GetCaptchaCodeDataDto;
    /** @description Envelope answering `geneCatchaCodeAndToken`. */
    GetCaptchaCodeRespDto: Schemas.GetCaptchaCodeRespDto;
    /** @description Envelope answering `getCountryList`. */
    GetCountryListRespDto: Schemas.GetCountryListRespDto;
    /** @description Envelope answering `getApplicationEnabledExtIdps`. */
    GetExtIdpsRespDto: Schemas.GetExtIdpsRespDto;
    /** @description Envelope answering `getFactor`. */
    GetFactorRespDto: Schemas.GetFactorRespDto;
    /** @description The client applications a quick sign-in QR code can sign the user in to. */
    GetFastpassQRCodeRelationAppsDto: Schemas.GetFastpassQRCodeRelationAppsDto;
    /** @description Envelope answering `getFastpassParams`. */
    GetFastpassQRCodeRelationAppsRespDto: Schemas.GetFastpassQRCodeRelationAppsRespDto;
    /** @description Envelope answering `getIdentities`. */
    GetIdentitiesRespDto: Schemas.GetIdentitiesRespDto;
    /** @description Envelope answering `getInviteCodeContext`. */
    GetInviteeContextRespDto: Schemas.GetInviteeContextRespDto;
    /** @description Envelope answering `getLoggedInApps`. */
    GetLoggedInAppsRespDto: Schemas.GetLoggedInAppsRespDto;
    /** @description Envelope answering `getLoginHistory`. */
    GetLoginHistoryRespDto: Schemas.GetLoginHistoryRespDto;
    /** @description Envelope answering `listPublicAccountsForSwitchLoggedIn`. */
    GetPublicAccountDataRespDto: Schemas.GetPublicAccountDataRespDto;
    /** @description The client applications behind a push sign-in request. */
    GetPushCodeRelationAppsDataDto: Schemas.GetPushCodeRelationAppsDataDto;
    /** @description The push sign-in request whose related client applications are wanted. */
    GetPushCodeRelationAppsDto: Schemas.GetPushCodeRelationAppsDto;
    /** @description Envelope answering `getPushLoginRelationApps`. */
    GetPushCodeRelationAppsRespDto: Schemas.GetPushCodeRelationAppsRespDto;
    /** @description Envelope answering `initRegisterOptions`. */
    GetRegistrationOptionsRespDto: Schemas.GetRegistrationOptionsRespDto;
    /** @description How secure the user's account is. */
    GetSecurityInfoDto: Schemas.GetSecurityInfoDto;
    /** @description Envelope answering `getSecurityLevel`. */
    GetSecurityInfoRespDto: Schemas.GetSecurityInfoRespDto;
    /** @description Envelope answering `getTenantList`. */
    GetTenantListRespDto: Schemas.GetTenantListRespDto;
    /** @description Envelope answering `signupByUniversal`. */
    GetUniversalInvitationJoinRespDto: Schemas.GetUniversalInvitationJoinRespDto;
    /** @description Envelope answering `getUniversalInvitationPublicConfig`. */
    GetUniversalInvitationPublicConfigRespDto: Schemas.GetUniversalInvitationPublicConfigRespDto;
    /** @description The resources granted to the user in the application. */
    GetUserAuthResourceListDataDto: Schemas.GetUserAuthResourceListDataDto;
    /** @description Envelope answering `getUserAuthorizedResourcesList`. */
    GetUserAuthResourceListRespDto: Schemas.GetUserAuthResourceListRespDto;
    /** @description The actions the user may perform on one resource. */
    GetUserAuthResourcePermissionList: Schemas.GetUserAuthResourcePermissionList;
    /** @description The user's permissions on the requested resources. */
    GetUserAuthResourcePermissionListDataDto: Schemas.GetUserAuthResourcePermissionListDataDto;
    /** @description The resources to look up the user's permissions on. */
    GetUserAuthResourcePermissionListDto: Schemas.GetUserAuthResourcePermissionListDto;
    /** @description Envelope answering `getUserAuthResourcePermissionList`. */
    GetUserAuthResourcePermissionListRespDto: Schemas.GetUserAuthResourcePermissionListRespDto;
    /** @description The structure of a resource and what the user may do with its parts. */
    GetUserAuthResourceStructDataDto: Schemas.GetUserAuthResourceStructDataDto;
    /** @description The resource whose structure is wanted. */
    GetUserAuthResourceStructDto: Schemas.GetUserAuthResourceStructDto;
    /** @description Envelope answering `getUserAuthResourceStruct`. */
    GetUserAuthResourceStructRespDto: Schemas.GetUserAuthResourceStructRespDto;
    /** @description Public accounts the user may switch to, and the user's own account. */
    GetUserSelectLoginPublicAccountsDataDto: Schemas.GetUserSelectLoginPublicAccountsDataDto;
    /** @description The personal account a user switches from and back to. */
    GetUserSelectLoginPublicAccountsOriginUserDto: Schemas.GetUserSelectLoginPublicAccountsOriginUserDto;
    /** @description A WeChat access token and when it expires. */
    GetWechatAccessTokenDataDto: Schemas.GetWechatAccessTokenDataDto;
    /** @description Identifies a WeChat mini program or official account. */
    GetWechatAccessTokenDto: Schemas.GetWechatAccessTokenDto;
    /** @description Envelope answering `getWechatMpAccessTokenInfo`. */
    GetWechatAccessTokenInfoRespDto: Schemas.GetWechatAccessTokenInfoRespDto;
    /** @description Envelope answering `getWechatMpAccessToken`. */
    GetWechatAccessTokenRespDto: Schemas.GetWechatAccessTokenRespDto;
    /** @description A user group. */
    GroupDto: Schemas.GroupDto;
    /** @description Envelope answering `getGroupList`. */
    GroupListRespDto: Schemas.GroupListRespDto;
    /** @description The claims of a decoded OIDC ID token. */
    IDToken: Schemas.IDToken;
    /** @description An external identity linked to the user. */
    IdentityDto: Schemas.IdentityDto;
    /** @description A permission request the user has submitted for approval. */
    InitiatedApproval: Schemas.InitiatedApproval;
    /** @description Envelope answering `initiatedList`. */
    InitiatedApprovalListRes: Schemas.InitiatedApprovalListRes;
    /** @description One page of approvals the user has submitted. */
    InitiatedApprovalPageList: Schemas.InitiatedApprovalPageList;
    /** @description The invitation link the invitee opened, and what to return with the token. */
    InvitationLinkDto: Schemas.InvitationLinkDto;
    /** @description What the invitee's sign-up page needs to know about an invitation. */
    InviteeContextDto: Schemas.InviteeContextDto;
    /** @description Profile details of an invitee. */
    InviteeProfileDto: Schemas.InviteeProfileDto;
    /** @description Who sent an invitation. */
    InviterDetailDto: Schemas.InviterDetailDto;
    /** @description Tells whether an operation succeeded. */
    IsSuccessDto: Schemas.IsSuccessDto;
    /** @description Envelope for operations that only report success or failure. */
    IsSuccessRespDto: Schemas.IsSuccessRespDto;
    /** @description A JSON Web Key Set (JWKS). */
    JWKSObject: Schemas.JWKSObject;
    /** @description A text in each of the four supported languages. */
    LangObject: Schemas.LangObject;
    /** @description The text for one language, and whether it is used. */
    LangUnit: Schemas.LangUnit;
    /** @description Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields. */
    ListDeviceCredentialDto: Schemas.ListDeviceCredentialDto;
    /** @description Envelope answering `listEnrolledFactors`. */
    ListEnrolledFactorsRespDto: Schemas.ListEnrolledFactorsRespDto;
    /** @description Envelope answering `listFactorsToEnroll`. */
    ListFactorsToEnrollRespDto: Schemas.ListFactorsToEnrollRespDto;
    /** @description A public account the user may switch to. */
    ListPublicAccountDataDto: Schemas.ListPublicAccountDataDto;
    /** @description One page of the user's WebAuthn authenticators. */
    ListWebAuthnAuthenticatorDeviceDataDto: Schemas.ListWebAuthnAuthenticatorDeviceDataDto;
    /** @description An application the user has signed in to. */
    LoggedInAppsDto: Schemas.LoggedInAppsDto;
    /** @description One sign-in attempt by the user. */
    LoginHistoryDto: Schemas.LoginHistoryDto;
    /** @description One page of sign-in history. */
    LoginHistoryPaginatedRespDto: Schemas.LoginHistoryPaginatedRespDto;
    /** @description Envelope answering a successful sign-in, carrying the issued tokens. */
    LoginTokenRespDto: Schemas.LoginTokenRespDto;
    /** @description Tokens issued when a user signs in. */
    LoginTokenResponseDataDto: Schemas.LoginTokenResponseDataDto;
    /** @description Options of `buildLogoutUrl` and `logoutWithRedirect`. */
    LogoutParams: Schemas.LogoutParams;
    /** @description A one-time password to check against the user's OTP factor. */
    MfaOtpVerityDto: Schemas.MfaOtpVerityDto;
    /** @description Envelope answering `mfaOtpVerify`. */
    MfaOtpVerityRespDto: Schemas.MfaOtpVerityRespDto;
    /** @description The MFA token to introspect. */
    MfaTokenIntrospectEndpointParams: Schemas.MfaTokenIntrospectEndpointParams;
    /** @description What introspecting an MFA token reveals. */
    MfaTokenIntrospectResponse: Schemas.MfaTokenIntrospectResponse;
    /** @description Tokens returned by the OIDC token endpoint. */
    OIDCTokenResponse: Schemas.OIDCTokenResponse;
    /** @description OAuth 2.0 options of `buildAuthorizeUrl`. */
    OauthParams: Schemas.OauthParams;
    /** @description OIDC options of `buildAuthorizeUrl`. */
    OidcParams: Schemas.OidcParams;
    /** @description A resource granted by a data policy, with what the grant allows. */
    OpenResource: Schemas.OpenResource;
    /** @description Outcome of checking a one-time password. */
    OtpVerityRespDto: Schemas.OtpVerityRespDto;
    /** @description A User-Agent string broken into parts. */
    ParsedUserAgent: Schemas.ParsedUserAgent;
    /** @description Envelope answering `verifyResetPasswordRequest`. */
    PasswordResetVerifyResp: Schemas.PasswordResetVerifyResp;
    /** @description One condition of a policy statement. */
    PolicyCondition: Schemas.PolicyCondition;
    /** @description Extra options when joining through a policy invitation. */
    PolicyInviteJoinedOptionsDto: Schemas.PolicyInviteJoinedOptionsDto;
    /** @description The invitee token, verification code and profile for joining through a policy invitation. */
    PolicyInviteeJoinedDto: Schemas.PolicyInviteeJoinedDto;
    /** @description Outcome of checking a verification code in advance. */
    PreCheckCodeDataDto: Schemas.PreCheckCodeDataDto;
    /** @description A verification code to check without using it up. */
    PreCheckCodeDto: Schemas.PreCheckCodeDto;
    /** @description Envelope answering `preCheckCode`. */
    PreCheckCodeRespDto: Schemas.PreCheckCodeRespDto;
    /** @description An email code to check in advance. */
    PreCheckEmailCodeDto: Schemas.PreCheckEmailCodeDto;
    /** @description An SMS code to check in advance. */
    PreCheckSmsCodeDto: Schemas.PreCheckSmsCodeDto;
    /** @description A custom user event, as `pub(eventName, data)` sends it. */
    PubUserEventDto: Schemas.PubUserEventDto;
    /** @description The account to switch the session to, and sign-in options. */
    PublicAccountSwitchLoginDto: Schemas.PublicAccountSwitchLoginDto;
    /** @description WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`). */
    PublicKeyCredentialCreationOptionsDto: Schemas.PublicKeyCredentialCreationOptionsDto;
    /** @description Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`). */
    PublicKeyCredentialDescriptorDto: Schemas.PublicKeyCredentialDescriptorDto;
    /** @description A credential type and signature algorithm the relying party accepts. */
    PublicKeyCredentialParametersDto: Schemas.PublicKeyCredentialParametersDto;
    /** @description WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`). */
    PublicKeyCredentialRequestOptionsDto: Schemas.PublicKeyCredentialRequestOptionsDto;
    /** @description The WebAuthn relying party. */
    PublicKeyCredentialRpEntityDto: Schemas.PublicKeyCredentialRpEntityDto;
    /** @description The user a WebAuthn credential belongs to. */
    PublicKeyCredentialUserEntityDto: Schemas.PublicKeyCredentialUserEntityDto;
    /** @description Short details of the user who scanned a QR code. */
    QRCodeStatusBriefUserInfoDto: Schemas.QRCodeStatusBriefUserInfoDto;
    /** @description The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation). */
    RegistrationCredentialDto: Schemas.RegistrationCredentialDto;
    /** @description WebAuthn options for registering an authenticator, with the ticket that goes with them. */
    RegistrationOptionsDto: Schemas.RegistrationOptionsDto;
    /** @description A request body with no documented fields; any properties given are sent as they are. */
    RemoveDeviceCredentialDto: Schemas.RemoveDeviceCredentialDto;
    /** @description Identifies the MFA factor to unbind from the current user. */
    ResetFactorDto: Schemas.ResetFactorDto;
    /** @description Envelope answering `resetFactor`; it carries no data of its own. */
    ResetFactorRespDto: Schemas.ResetFactorRespDto;
    /** @description Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password. */
    ResetPasswordByEmailPassCodeDto: Schemas.ResetPasswordByEmailPassCodeDto;
    /** @description Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password. */
    ResetPasswordByPhonePassCodeDto: Schemas.ResetPasswordByPhonePassCodeDto;
    /** @description Sets a new password using the token obtained from `verifyResetPasswordRequest`. */
    ResetPasswordDto: Schemas.ResetPasswordDto;
    /** @description A token that lets the holder set a new password, and how long it lasts. */
    ResetPasswordVerify: Schemas.ResetPasswordVerify;
    /** @description Identifies the device whose login session should be ended. */
    RevokeDeviceSessionDto: Schemas.RevokeDeviceSessionDto;
    /** @description A role held by the current user, within one permission space. */
    RoleDto: Schemas.RoleDto;
    /** @description Envelope answering `getRoleList`. */
    RoleListRespDto: Schemas.RoleListRespDto;
    /** @description A role that a permission request asks to be granted. */
    RolePermissionApplyApprovalObject: Schemas.RolePermissionApplyApprovalObject;
    /** @description Asks GenAuth to send an email (such as a one-time passcode) for a given purpose. */
    SendEmailDto: Schemas.SendEmailDto;
    /** @description Envelope answering `sendEmail`; it carries no data of its own. */
    SendEmailRespDto: Schemas.SendEmailRespDto;
    /** @description What GenAuth returns when an MFA factor enrollment is started. */
    SendEnrollFactorRequestDataDto: Schemas.SendEnrollFactorRequestDataDto;
    /** @description Starts enrolling a new MFA factor for the current user. */
    SendEnrollFactorRequestDto: Schemas.SendEnrollFactorRequestDto;
    /** @description What an authenticator app needs to set up an OTP factor. */
    SendEnrollFactorRequestOtpDataDto: Schemas.SendEnrollFactorRequestOtpDataDto;
    /** @description Envelope answering `sendEnrollFactorRequest`. */
    SendEnrollFactorRequestRespDto: Schemas.SendEnrollFactorRequestRespDto;
    /** @description Asks GenAuth to text a one-time passcode for a given purpose. */
    SendSMSDto: Schemas.SendSMSDto;
    /** @description Envelope answering `sendSms`; it carries no data of its own. */
    SendSMSRespDto: Schemas.SendSMSRespDto;
    /** @description Windows Active Directory credentials for signing in. */
    SignInByAdPayloadDto: Schemas.SignInByAdPayloadDto;
    /** @description What the Alipay mobile SDK returns, for signing in with Alipay. */
    SignInByAlipayPayloadDto: Schemas.SignInByAlipayPayloadDto;
    /** @description What the Amazon mobile SDK returns, for signing in with Amazon. */
    SignInByAmazonPayloadDto: Schemas.SignInByAmazonPayloadDto;
    /** @description What Sign in with Apple returns on mobile, for signing in with Apple. */
    SignInByApplePayloadDto: Schemas.SignInByApplePayloadDto;
    /** @description What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`. */
    SignInByBaiduPayloadDto: Schemas.SignInByBaiduPayloadDto;
    /** @description What the DingTalk mobile SDK returns, for signing in with DingTalk. */
    SignInByDingTalkPayloadDto: Schemas.SignInByDingTalkPayloadDto;
    /** @description Douyin mini program login data together with the user's authorized phone number. */
    SignInByDouyinMiniProgramCodeAndPhonePayloadDto: Schemas.SignInByDouyinMiniProgramCodeAndPhonePayloadDto;
    /** @description What a Douyin mini program sends to sign the user in. */
    SignInByDouyinMiniProgramCodePayloadDto: Schemas.SignInByDouyinMiniProgramCodePayloadDto;
    /** @description The encrypted phone number a Douyin mini program received from the user. */
    SignInByDouyinMiniProgramPhoneInfoPayloadDto: Schemas.SignInByDouyinMiniProgramPhoneInfoPayloadDto;
    /** @description What the Douyin mobile SDK returns, for signing in with Douyin. */
    SignInByDouyinPayloadDto: Schemas.SignInByDouyinPayloadDto;
    /** @description What the Facebook mobile SDK returns, for signing in with Facebook. */
    SignInByFacebookPayloadDto: Schemas.SignInByFacebookPayloadDto;
    /** @description What Gitee returns on mobile, for signing in with Gitee. */
    SignInByGiteePayloadDto: Schemas.SignInByGiteePayloadDto;
    /** @description What GitHub returns on mobile, for signing in with GitHub. */
    SignInByGithubPayloadDto: Schemas.SignInByGithubPayloadDto;
    /** @description What GitLab returns on mobile, for signing in with GitLab. */
    SignInByGitlabPayloadDto: Schemas.SignInByGitlabPayloadDto;
    /** @description What the Google mobile SDK returns, for signing in with Google. */
    SignInByGooglePayloadDto: Schemas.SignInByGooglePayloadDto;
    /** @description What the Huawei mobile SDK returns, for signing in with Huawei. */
    SignInByHuaweiPayloadDto: Schemas.SignInByHuaweiPayloadDto;
    /** @description What the Kuaishou mobile SDK returns, for signing in with Kuaishou. */
    SignInByKuaishouPayloadDto: Schemas.SignInByKuaishouPayloadDto;
    /** @description What a Lark (Feishu) widget returns, for signing in with Lark. */
    SignInByLarkBlockPayloadDto: Schemas.SignInByLarkBlockPayloadDto;
    /** @description What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark. */
    SignInByLarkInternalPayloadDto: Schemas.SignInByLarkInternalPayloadDto;
    /** @description What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark. */
    SignInByLarkPublicPayloadDto: Schemas.SignInByLarkPublicPayloadDto;
    /** @description LDAP directory credentials for signing in. */
    SignInByLdapPayloadDto: Schemas.SignInByLdapPayloadDto;
    /** @description What the LINE mobile SDK returns, for signing in with LINE. */
    SignInByLinePayloadDto: Schemas.SignInByLinePayloadDto;
    /** @description What LinkedIn returns on mobile, for signing in with LinkedIn. */
    SignInByLinkedInPayloadDto: Schemas.SignInByLinkedInPayloadDto;
    /** @description Optional settings for a mobile social sign-in. */
    SignInByMobileOptionsDto: Schemas.SignInByMobileOptionsDto;
    /** @description What the OPPO mobile SDK returns, for signing in with OPPO. */
    SignInByOPPOPayloadDto: Schemas.SignInByOPPOPayloadDto;
    /** @description A one-time passcode plus the email or phone it was sent to. */
    SignInByPassCodePayloadDto: Schemas.SignInByPassCodePayloadDto;
    /** @description A password plus one identifier (account, email, username or phone) of the user. */
    SignInByPasswordPayloadDto: Schemas.SignInByPasswordPayloadDto;
    /** @description Starts a push sign-in for an account, answered with a code that identifies the pending login. */
    SignInByPushDto: Schemas.SignInByPushDto;
    /** @description Optional settings for a push sign-in. */
    SignInByPushOptionsDto: Schemas.SignInByPushOptionsDto;
    /** @description What the QQ mobile SDK returns, for signing in with QQ. */
    SignInByQQPayloadDto: Schemas.SignInByQQPayloadDto;
    /** @description What Slack returns on mobile, for signing in with Slack. */
    SignInBySlackPayloadDto: Schemas.SignInBySlackPayloadDto;
    /** @description Optional settings for switching the signed-in account. */
    SignInBySwitchOptionsDto: Schemas.SignInBySwitchOptionsDto;
    /** @description Optional settings for a WebAuthn (passkey) sign-in. */
    SignInByWebAuthnOptionsDto: Schemas.SignInByWebAuthnOptionsDto;
    /** @description WeChat mini program login data together with the user's authorized phone number. */
    SignInByWechatMiniProgramCodeAndPhonePayloadDto: Schemas.SignInByWechatMiniProgramCodeAndPhonePayloadDto;
    /** @description What a WeChat mini program sends to sign the user in. */
    SignInByWechatMiniProgramCodePayloadDto: Schemas.SignInByWechatMiniProgramCodePayloadDto;
    /** @description The phone number a WeChat mini program received from the user, as a code. */
    SignInByWechatMiniProgramPhoneInfoPayloadDto: Schemas.SignInByWechatMiniProgramPhoneInfoPayloadDto;
    /** @description What a WeChat mini program sends to sign the user in by their phone number. */
    SignInByWechatMiniProgramPhonePayloadDto: Schemas.SignInByWechatMiniProgramPhonePayloadDto;
    /** @description What the WeChat mobile SDK returns, for signing in with WeChat. */
    SignInByWechatPayloadDto: Schemas.SignInByWechatPayloadDto;
    /** @description What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom. */
    SignInByWechatworkAgencyPayloadDto: Schemas.SignInByWechatworkAgencyPayloadDto;
    /** @description What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom. */
    SignInByWechatworkDto: Schemas.SignInByWechatworkDto;
    /** @description What the Sina Weibo mobile SDK returns, for signing in with Weibo. */
    SignInByWeiboPayloadDto: Schemas.SignInByWeiboPayloadDto;
    /** @description What the Xiaomi mobile SDK returns, for signing in with Xiaomi. */
    SignInByXiaomiPayloadDto: Schemas.SignInByXiaomiPayloadDto;
    /** @description What NetEase Yidun's one-tap mobile carrier login returns. */
    SignInByYidunPayloadDto: Schemas.SignInByYidunPayloadDto;
    /** @description Settings for creating a fast-pass sign-in QR code. */
    SignInFastpassDto: Schemas.SignInFastpassDto;
    /** @description Optional settings for a fast-pass (QR code) sign-in. */
    SignInFastpassOptionsDto: Schemas.SignInFastpassOptionsDto;
    /** @description Optional settings for a sign-in with credentials. */
    SignInOptionsDto: Schemas.SignInOptionsDto;
    /** @description A one-time passcode plus the email or phone it was sent to, for registering. */
    SignUpByPassCodeDto: Schemas.SignUpByPassCodeDto;
    /** @description A password plus a username or email, for registering. */
    SignUpByPasswordDto: Schemas.SignUpByPasswordDto;
    /** @description Registers a new user with a password or a one-time passcode. */
    SignUpDto: Schemas.SignUpDto;
    /** @description Optional settings for a registration. */
    SignUpOptionsDto: Schemas.SignUpOptionsDto;
    /** @description Profile fields that may be set on a user at registration. */
    SignUpProfileDto: Schemas.SignUpProfileDto;
    /** @description Signs a user in with a password, a one-time passcode, or LDAP/AD credentials. */
    SigninByCredentialsDto: Schemas.SigninByCredentialsDto;
    /** @description Signs a user in with what a social or mobile identity provider returned to the app. */
    SigninByMobileDto: Schemas.SigninByMobileDto;
    /** @description A string-type data resource and the actions the user may perform on it. */
    StrAuthorize: Schemas.StrAuthorize;
    /** @description A string-type data resource and its actions. */
    StrResourceAuthAction: Schemas.StrResourceAuthAction;
    /** @description Public server information: encryption keys, versions and egress IPs. */
    SystemInfoResp: Schemas.SystemInfoResp;
    /** @description The server's RSA256 public key. */
    SystmeInfoRSAConfig: Schemas.SystmeInfoRSAConfig;
    /** @description The server's SM2 public key. */
    SystmeInfoSM2Config: Schemas.SystmeInfoSM2Config;
    /** @description Versions of the GenAuth components. */
    SystmeInfoVersion: Schemas.SystmeInfoVersion;
    /** @description A device the current user has signed in from, with its last login. */
    TerminalSessionDto: Schemas.TerminalSessionDto;
    /** @description Envelope answering `list` (the current user's devices). */
    TerminalSessionRespDto: Schemas.TerminalSessionRespDto;
    /** @description A node of a tree-type data resource that the user is authorized on. */
    TreeAuthBo: Schemas.TreeAuthBo;
    /** @description The nodes of a tree-type data resource that the user is authorized on. */
    TreeAuthorize: Schemas.TreeAuthorize;
    /** @description The nodes of a tree-type data resource and their actions. */
    TreeResourceAuthAction: Schemas.TreeResourceAuthAction;
    /** @description A node of a tree-type data resource, with its children. */
    TreeStructs: Schemas.TreeStructs;
    /** @description Identifies the device to remove from the current user's devices. */
    UnbindDeviceDto: Schemas.UnbindDeviceDto;
    /** @description Confirms removing the email address bound to the current user. */
    UnbindEmailDto: Schemas.UnbindEmailDto;
    /** @description Confirms removing the phone number bound to the current user. */
    UnbindPhoneDto: Schemas.UnbindPhoneDto;
    /** @description Outcome of a request to join through a universal invitation link. */
    UniversalInvitationJoinRespDto: Schemas.UniversalInvitationJoinRespDto;
    /** @description Public information shown on a universal invitation page. */
    UniversalInvitationPublicConfigDto: Schemas.UniversalInvitationPublicConfigDto;
    /** @description Asks to join a user pool through a universal invitation link. */
    UniversalInvitationUserJoinDto: Schemas.UniversalInvitationUserJoinDto;
    /** @description Who is applying to join through an invitation. */
    UniversalInviteeProfileDto: Schemas.UniversalInviteeProfileDto;
    /** @description Identifies the external identity source to unlink from the current user. */
    UnlinkExtIdpDto: Schemas.UnlinkExtIdpDto;
    /** @description Proves ownership of a new email address (and, if required, of the old one) with passcodes. */
    UpdateEmailByEmailPassCodeDto: Schemas.UpdateEmailByEmailPassCodeDto;
    /** @description Applies an email change that has been verified. */
    UpdateEmailDto: Schemas.UpdateEmailDto;
    /** @description New settings for a passkey (WebAuthn credential). */
    UpdatePasskeyDto: Schemas.UpdatePasskeyDto;
    /** @description Changes the current user's password. */
    UpdatePasswordDto: Schemas.UpdatePasswordDto;
    /** @description Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes. */
    UpdatePhoneByPhonePassCodeDto: Schemas.UpdatePhoneByPhonePassCodeDto;
    /** @description Applies a phone number change that has been verified. */
    UpdatePhoneDto: Schemas.UpdatePhoneDto;
    /** @description Profile fields of the current user to change; fields left out keep their value. */
    UpdateUserProfileDto: Schemas.UpdateUserProfileDto;
    /** @description The data resources a data policy grants one user within one permission space. */
    UserAuthResourceListDto: Schemas.UserAuthResourceListDto;
    /** @description Envelope answering `getDepartmentList`. */
    UserDepartmentPaginatedRespDto: Schemas.UserDepartmentPaginatedRespDto;
    /** @description One page of departments plus the total number of matches. */
    UserDepartmentPagingDto: Schemas.UserDepartmentPagingDto;
    /** @description A department the current user belongs to, with the user's role in it. */
    UserDepartmentRespDto: Schemas.UserDepartmentRespDto;
    /** @description A user's account and profile as GenAuth stores it. */
    UserDto: Schemas.UserDto;
    /** @description Public details of a user pool. */
    UserPoolPublicConfigDto: Schemas.UserPoolPublicConfigDto;
    /** @description Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`. */
    UserSingleRespDto: Schemas.UserSingleRespDto;
    /** @description A tenant the user belongs to. */
    UserTenantListDto: Schemas.UserTenantListDto;
    /** @description A password to check against a user identified by phone, email or username. */
    ValidatePasswordDto: Schemas.ValidatePasswordDto;
    /** @description Envelope answering `validatePassword`. */
    ValidatePasswordRespDto: Schemas.ValidatePasswordRespDto;
    /** @description Outcome of a password check. */
    ValidatePasswordResultDto: Schemas.ValidatePasswordResultDto;
    /** @description Completes a WebAuthn sign-in by submitting the authenticator's assertion. */
    VerifyAuthenticationDto: Schemas.VerifyAuthenticationDto;
    /** @description Outcome of a WebAuthn sign-in, with tokens when it succeeded. */
    VerifyAuthenticationResultDto: Schemas.VerifyAuthenticationResultDto;
    /** @description Envelope answering `verifyAuthentication`. */
    VerifyAuthenticationResultRespDto: Schemas.VerifyAuthenticationResultRespDto;
    /** @description A short-lived token that allows deleting the account. */
    VerifyDeleteAccountRequestDataDto: Schemas.VerifyDeleteAccountRequestDataDto;
    /** @description Proves the user's identity before deleting their account. */
    VerifyDeleteAccountRequestDto: Schemas.VerifyDeleteAccountRequestDto;
    /** @description Envelope answering `verifyDeleteAccountRequest`. */
    VerifyDeleteAccountRequestRespDto: Schemas.VerifyDeleteAccountRequestRespDto;
    /** @description A code an invitee received, to be checked before they register. */
    VerifyInviteCodeDto: Schemas.VerifyInviteCodeDto;
    /** @description Completes registering a WebAuthn authenticator by submitting the credential it created. */
    VerifyRegistrationDto: Schemas.VerifyRegistrationDto;
    /** @description Outcome of registering a WebAuthn authenticator. */
    VerifyRegistrationResultDto: Schemas.VerifyRegistrationResultDto;
    /** @description Envelope answering `verifyRegister`. */
    VerifyRegistrationResultRespDto: Schemas.VerifyRegistrationResultRespDto;
    /** @description Proves the user's identity to start a forgotten-password reset. */
    VerifyResetPasswordRequestDto: Schemas.VerifyResetPasswordRequestDto;
    /** @description A short-lived token that allows changing the email address. */
    VerifyUpdateEmailRequestData: Schemas.VerifyUpdateEmailRequestData;
    /** @description Proves ownership of the addresses involved before changing the email. */
    VerifyUpdateEmailRequestDto: Schemas.VerifyUpdateEmailRequestDto;
    /** @description Envelope answering `verifyUpdateEmailRequest`. */
    VerifyUpdateEmailRequestRespDto: Schemas.VerifyUpdateEmailRequestRespDto;
    /** @description A short-lived token that allows changing the phone number. */
    VerifyUpdatePhoneRequestData: Schemas.VerifyUpdatePhoneRequestData;
    /** @description Proves ownership of the numbers involved before changing the phone number. */
    VerifyUpdatePhoneRequestDto: Schemas.VerifyUpdatePhoneRequestDto;
    /** @description Envelope answering `verifyUpdatePhoneRequest`. */
    VerifyUpdatePhoneRequestRespDto: Schemas.VerifyUpdatePhoneRequestRespDto;
    /** @description Envelope answering `checkValidCredentialsByCredIds`. */
    WebAuthnCheckValidCredentialsByCredIdsRespDto: Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto;
    /** @description A request body with no documented fields; any properties given are sent as they are. */
    WebAuthnRemoveCredentialDto: Schemas.WebAuthnRemoveCredentialDto;
    /** @description Tokens issued after a WeChat mobile sign-in step completes. */
    WechatLoginTokenRespDto: Schemas.WechatLoginTokenRespDto;
    /** @description Signs in with the code WeChat returned to a mobile app. */
    WechatMobileAuthByCodeIdentityInput: Schemas.WechatMobileAuthByCodeIdentityInput;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation by `operationId`: its parameters, request body and responses. */
export interface operations {
  signInByCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SigninByCredentialsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  signInByMobile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SigninByMobileDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  switchLoginByUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PublicAccountSwitchLoginDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAlipayAuthInfo: {
    parameters: {
      query: {
        /** @description Identifier of the Alipay identity source connection configured in the GenAuth console. */
        extIdpConnidentifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAlipayAuthInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  validatePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ValidatePasswordDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidatePasswordRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SignUpDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  generateLinkExtIdpUrl: {
    parameters: {
      query: {
        /** @description Identifier of the external identity source connection to link the user to. */
        ext_idp_conn_identifier: string;
        /** @description ID of the GenAuth application the link is made for. */
        app_id: string;
        /** @description The signed-in user's `id_token`, which identifies who the external identity is linked to. */
        id_token: string;
        /** @description Set to have the link result delivered by redirecting the browser to `target_url`. */
        need_url_redirect?: string;
        /** @description With the redirect delivery, send back only the token information, for browsers that cap URL length. */
        only_redirect_token?: string;
        /** @description Set to have the link result delivered as a form POST to `target_url`. */
        need_form_post?: string;
        /** @description Address that receives the link result when it is delivered by redirect or form POST. */
        target_url?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenerateBindExtIdpLinkRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unlinkExtIdp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnlinkExtIdpDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getIdentities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetIdentitiesRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getApplicationEnabledExtIdps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetExtIdpsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  geneQrCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GenerateQrcodeDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GeneQRCodeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getQrCodeStatus: {
    parameters: {
      query: {
        /** @description ID of the QR code whose state is read, as returned when the code was generated. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckQRCodeStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkQrCodeStatus: {
    parameters: {
      query: {
        /** @description ID of the QR code whose state is read, as returned when the code was generated. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckQRCodeStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  exchangeTokenSetWithQrCodeTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExchangeTokenSetWithQRcodeTicketDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changeQrCodeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangeQRCodeStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setQrCodeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangeQRCodeStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  signInByPush: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SignInByPushDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenePushCodeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPushCodeStatus: {
    parameters: {
      query: {
        /** @description ID of the push sign-in request, as returned when the push was sent. */
        pushCodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckPushCodeStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setPushCodeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangePushCodeStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changePushCodeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangePushCodeStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPushLoginRelationApps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetPushCodeRelationAppsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetPushCodeRelationAppsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  geneFastpassQrcodeInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SignInFastpassDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GeneFastpassQRCodeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getFastpassParams: {
    parameters: {
      query: {
        /** @description ID of the quick sign-in QR code. */
        qrcodeId: string;
        /** @description ID of the GenAuth application the request is made for. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetFastpassQRCodeRelationAppsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAppLoginQrCodeStatus: {
    parameters: {
      query: {
        /** @description ID of the quick sign-in QR code whose state is read. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckQRCodeStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  qrCodeAppLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AppQRCodeLoginDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  geneCatchaCodeAndToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetCaptchaCodeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendSms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendSMSDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendSMSRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendEmailRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  preCheckCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreCheckCodeDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreCheckCodeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  decryptWechatMiniProgramData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DecryptWechatMiniProgramDataDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DecryptWechatMiniProgramDataRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWechatMpAccessToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetWechatAccessTokenDto"];
      };
    };
    responses: {
      /** @description The envelope; `data` holds the token when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetWechatAccessTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWechatMpAccessTokenInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetWechatAccessTokenDto"];
      };
    };
    responses: {
      /** @description The envelope; `data` holds the token when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetWechatAccessTokenInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  decryptDouyinMiniProgramData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DecryptDouyinMiniProgramDataDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DecryptDouyinMiniProgramDataRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  authByCodeIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WechatMobileAuthByCodeIdentityInput"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginTokenResponseDataDto"];
        };
      };
    };
  };
  registerNewUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByRegiserInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  bindByEmailCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByEmailCodeInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  bindByPhoneCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByPhoneCodeInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  bindByAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByAccountInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  selectAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByAccountsInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  bindByAccountId: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindByAccountIdInputApi"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WechatLoginTokenRespDto"];
        };
      };
    };
  };
  getLoginHistory: {
    parameters: {
      query?: {
        /** @description Only return sign-ins to this application; leave out for every application. */
        appId?: string;
        /** @description Only return sign-ins made from this client IP address; leave out for every address. */
        clientIp?: string;
        /** @description `true` for successful sign-ins only, `false` for failed ones only; leave out for both. */
        success?: boolean;
        /** @description Earliest sign-in time to return, in Unix milliseconds. */
        start?: number;
        /** @description Latest sign-in time to return, in Unix milliseconds. */
        end?: number;
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of records per page; 50 at most. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetLoginHistoryRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getLoggedInApps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetLoggedInAppsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAccessibleApps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAccessibleAppsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetTenantListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getGroupList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDepartmentList: {
    parameters: {
      query?: {
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of departments per page; 50 at most. */
        limit?: number;
        /** @description Set to `true` to include each department's custom data. */
        withCustomData?: boolean;
        /** @description Field the departments are sorted by: creation time, when the user joined, name or code. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** @description Sort direction: `Asc` (ascending) or `Desc` (descending). */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserDepartmentPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getProfile: {
    parameters: {
      query?: {
        /** @description Set to `true` to include the user's custom data in the profile. */
        withCustomData?: boolean;
        /** @description Set to `true` to include the user's linked external identities. */
        withIdentities?: boolean;
        /** @description Set to `true` to include the IDs of the user's departments. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUserProfileDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  bindEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unbindEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnbindEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  bindPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BindPhoneDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unbindPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnbindPhoneDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getSecurityLevel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetSecurityInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePasswordDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyUpdateEmailRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyUpdateEmailRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyUpdateEmailRequestRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyUpdatePhoneRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyUpdatePhoneRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyUpdatePhoneRequestRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePhoneDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyResetPasswordRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyResetPasswordRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PasswordResetVerifyResp"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetPasswordDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyDeleteAccountRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyDeleteAccountRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyDeleteAccountRequestRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAccounDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPublicAccountsForSwitchLoggedIn: {
    parameters: {
      query?: {
        /** @description Set to `true` to also return the basic details of the user's own personal account. */
        withOriginUser?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetPublicAccountDataRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRoleList: {
    parameters: {
      query?: {
        /** @description Code of the permission space to read roles from; leave out for the default space. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAuthorizedResources: {
    parameters: {
      query?: {
        /** @description Code of the permission space to read resources from; leave out for the default space. */
        namespace?: string;
        /** @description Only return resources of this type (data, API, menu, button or UI); leave out for every type. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthorizedResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPermissionByStringResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPermissionStringResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckResourcePermissionsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPermissionByArrayResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPermissionArrayResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckResourcePermissionsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPermissionByTreeResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPermissionTreeResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckResourcePermissionsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAuthorizedResourcesList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserAuthResourceListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAuthResourcePermissionList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserAuthResourcePermissionListDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserAuthResourcePermissionListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAuthResourceStruct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserAuthResourceStructDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserAuthResourceStructRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getSystemInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SystemInfoResp"];
        };
      };
    };
  };
  getCountryList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetCountryListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  initAuthenticationOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAuthenticationOptionsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyAuthentication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyAuthenticationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyAuthenticationResultRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  initRegisterOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetRegistrationOptionsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyRegistrationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyRegistrationResultRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listCredentialsByPage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListDeviceCredentialDto"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListWebAuthnAuthenticatorDeviceDataDto"];
        };
      };
    };
  };
  checkValidCredentialsByCredIds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckDeviceCredentialIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebAuthnCheckValidCredentialsByCredIdsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeAllCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveDeviceCredentialDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the WebAuthn credential. */
        credentialID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebAuthnRemoveCredentialDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnAdminInitialize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnAdminRegisterFinalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateWebAuthnAdminCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePasskeyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteWebAuthnAdminCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the WebAuthn credential (passkey). */
        credentialId: string;
        /** @description ID of the user who owns the credential. */
        userId: string;
        /** @description ID of the application the credential belongs to. */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSubjectAuth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON answer whose shape GenAuth does not document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
    };
  };
  listWebAuthnPersonCredentials: {
    parameters: {
      query: {
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of credentials per page. */
        limit?: number;
        /** @description ID of the user whose passkeys are listed. */
        userId: string;
        /** @description Only return passkeys registered for this application. */
        appId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnLoginInitalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnLoginFinalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FinalizeWebAuthnLoginDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnRegisterInitalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnMfaBindInitialize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnMfaVerifyInitalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  webAuthnRegisterFinalize: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listWebAuthnCredentials: {
    parameters: {
      query?: {
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of credentials per page. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateWebAuthnCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePasskeyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteWebAuthnCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  list: {
    parameters: {
      query?: {
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of devices per page; 50 at most. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TerminalSessionRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unbind: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnbindDeviceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revoke: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevokeDeviceSessionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getEnablePermissionApplyApplicationList: {
    parameters: {
      query?: {
        /** @description Only return applications whose name contains this text. */
        appName?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnablePermissionApplyApplicationListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getEnablePermissionApplyRoleList: {
    parameters: {
      query: {
        /** @description Page to return, counting from 1. */
        page?: number;
        /** @description Number of roles per page; 50 at most. */
        limit?: number;
        /** @description Only return roles whose code or name contains this text. */
        keyword?: string;
        /** @description ID of the GenAuth application whose roles are listed. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnablePermissionApplyRoleListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDetail: {
    parameters: {
      query: {
        /** @description Number of the approval request, as returned when it was created. */
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalDetailRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createApproval: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateApprovalReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateApprovalRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchCreateApproval: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchCreateApprovalReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  initiatedList: {
    parameters: {
      query?: {
        /** @description Page to return, counting from 1. */
        pageNo?: number;
        /** @description Number of requests per page; 50 at most. */
        pageSize?: number;
        /** @description Only return requests of this kind: access to an application or membership of a role. */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** @description Only return requests whose number or submitter's name contains this text. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InitiatedApprovalListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUniversalInvitationPublicConfig: {
    parameters: {
      query: {
        /** @description Identifier of the universal invitation link, taken from the link itself. */
        identifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUniversalInvitationPublicConfigRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  signupByUniversal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UniversalInvitationUserJoinDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUniversalInvitationJoinRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  generateInviteToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InvitationLinkDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenerateInviteeTokenRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getInviteCodeContext: {
    parameters: {
      query: {
        /** @description Invitation token the invitee received, which lets them sign up. */
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInviteeContextRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyInviteCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VerifyInviteCodeDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  signupByPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PolicyInviteeJoinedDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  generateUniversalInvitationByMember: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenerateInvitationLinkRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  clearMyAllUniversalInvitationLinks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyMfaToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": components["schemas"]["MfaTokenIntrospectEndpointParams"];
      };
    };
    responses: {
      /** @description The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MfaTokenIntrospectResponse"];
        };
      };
    };
  };
  sendEnrollFactorRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendEnrollFactorRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendEnrollFactorRequestRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  enrollFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EnrollFactorDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnrollFactorRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resetFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetFactorDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResetFactorRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listEnrolledFactors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListEnrolledFactorsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getFactor: {
    parameters: {
      query: {
        /** @description ID of the enrolled MFA factor to read. */
        factorId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetFactorRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listFactorsToEnroll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListFactorsToEnrollRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  mfaOtpVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MfaOtpVerityDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MfaOtpVerityRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  publishUserEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PubUserEventDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenAuthDataEnvelope"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
}
