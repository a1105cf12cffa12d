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
     * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
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
     * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Deprecated: call `getQrCodeStatus` instead.
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
     * Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).
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
     * Deprecated: call `setQrCodeStatus` instead.
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Deprecated: call `setPushCodeStatus` instead.
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Returns the access token that GenAuth caches for a WeChat mini program or official
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
     * Returns the access token that GenAuth caches for a WeChat mini program or official
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
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
     * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.
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
     * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
     */
    put: operations["updateWebAuthnCredential"];
    post?: never;
    /**
     * Delete one of the signed-in user's passkeys
     * The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.
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
     * The answer is the bare payload, without GenAuth's envelope.
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
     * Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).
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
    /** Claims of a decoded GenAuth access token (a JWT). */
    AccessToken: Schemas.AccessToken;
    /** An application the signed-in user is allowed to open. */
    AccessibleAppsDto: Schemas.AccessibleAppsDto;
    /** What a mobile app needs to start Alipay sign-in. */
    AlipayAuthInfoDataDto: Schemas.AlipayAuthInfoDataDto;
    /** Request body for signing in with a quick sign-in QR code scanned in an app. */
    AppQRCodeLoginDto: Schemas.AppQRCodeLoginDto;
    /** A check that the value of an extended user field must pass. */
    AppValidateRuleDto: Schemas.AppValidateRuleDto;
    /** The application an access request is about. */
    ApplicationPermissionApplyApprovalObject: Schemas.ApplicationPermissionApplyApprovalObject;
    /** One approval request and where it stands. */
    ApprovalDetailDto: Schemas.ApprovalDetailDto;
    /** Answer of `getDetail`: one approval request. */
    ApprovalDetailRes: Schemas.ApprovalDetailRes;
    /** What the user is granted on an array data resource. */
    ArrResourceAuthAction: Schemas.ArrResourceAuthAction;
    /** The part of a data policy that covers an array data resource. */
    ArrayAuthorize: Schemas.ArrayAuthorize;
    /** A sign-in URL built by the SDK, with the values it put in it. */
    AuthUrlResult: Schemas.AuthUrlResult;
    /** A WebAuthn credential as returned by the browser after the authenticator signed the challenge. */
    AuthenticationCredentialDto: Schemas.AuthenticationCredentialDto;
    /** What the browser needs to ask an authenticator to sign in with WebAuthn. */
    AuthenticationOptionsDto: Schemas.AuthenticationOptionsDto;
    /** The part of a WebAuthn assertion produced by the authenticator and the browser. */
    AuthenticatorAssertionResponseDto: Schemas.AuthenticatorAssertionResponseDto;
    /** The part of a new WebAuthn credential produced by the authenticator and the browser. */
    AuthenticatorAttestationResponseDto: Schemas.AuthenticatorAttestationResponseDto;
    /** A resource the signed-in user is granted, with the actions and the policy effect. */
    AuthorizedResourceDto: Schemas.AuthorizedResourceDto;
    /** Answer of `getAuthorizedResources`: one page of the user's granted resources. */
    AuthorizedResourcePaginatedRespDto: Schemas.AuthorizedResourcePaginatedRespDto;
    /** One page of the resources granted to the user. */
    AuthorizedResourcePagingDto: Schemas.AuthorizedResourcePagingDto;
    /** Request body for submitting several access requests of the same kind at once. */
    BatchCreateApprovalReq: Schemas.BatchCreateApprovalReq;
    /** Request body for linking the WeChat identity to an existing account given by its ID. */
    BindByAccountIdInputApi: Schemas.BindByAccountIdInputApi;
    /** Request body for linking the WeChat identity to an account proven by its password. */
    BindByAccountInputApi: Schemas.BindByAccountInputApi;
    /** Request body for picking one of several accounts that match the WeChat identity. */
    BindByAccountsInputApi: Schemas.BindByAccountsInputApi;
    /** Request body for linking the WeChat identity to an account proven by an email code. */
    BindByEmailCodeInputApi: Schemas.BindByEmailCodeInputApi;
    /** Request body for linking the WeChat identity to an account proven by a text-message code. */
    BindByPhoneCodeInputApi: Schemas.BindByPhoneCodeInputApi;
    /** Request body for creating a new user from the WeChat identity. */
    BindByRegiserInputApi: Schemas.BindByRegiserInputApi;
    /** Request body for adding an email address to the signed-in user. */
    BindEmailDto: Schemas.BindEmailDto;
    /** Request body for adding a phone number to the signed-in user. */
    BindPhoneDto: Schemas.BindPhoneDto;
    /** A failed CAS 2.0 ticket validation (`serviceValidate`). */
    Cas20ValidationFailureResult: Schemas.Cas20ValidationFailureResult;
    /** A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes. */
    Cas20ValidationSuccessResult: Schemas.Cas20ValidationSuccessResult;
    /** Options for building a CAS sign-in URL. */
    CasParams: Schemas.CasParams;
    /** Request body for confirming or cancelling a push sign-in request. */
    ChangePushCodeStatusDto: Schemas.ChangePushCodeStatusDto;
    /** Request body for reporting what the app did with a sign-in QR code. */
    ChangeQRCodeStatusDto: Schemas.ChangeQRCodeStatusDto;
    /** Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields. */
    CheckDeviceCredentialIdDto: Schemas.CheckDeviceCredentialIdDto;
    /** Request body for checking the user's permission on array data resources. */
    CheckPermissionArrayResourceDto: Schemas.CheckPermissionArrayResourceDto;
    /** Request body for checking the user's permission on string data resources. */
    CheckPermissionStringResourceDto: Schemas.CheckPermissionStringResourceDto;
    /** Request body for checking the user's permission on tree data resources. */
    CheckPermissionTreeResourceDto: Schemas.CheckPermissionTreeResourceDto;
    /** Where a push sign-in request stands, and the tokens once it is authorized. */
    CheckPushCodeStatusDataDto: Schemas.CheckPushCodeStatusDataDto;
    /** Answer of `checkPushCodeStatus`: where the push sign-in request stands. */
    CheckPushCodeStatusRespDto: Schemas.CheckPushCodeStatusRespDto;
    /** Where a sign-in QR code stands, with what the web page needs at each step. */
    CheckQRCodeStatusDataDto: Schemas.CheckQRCodeStatusDataDto;
    /** Answer of the QR code state checks: where the sign-in QR code stands. */
    CheckQRCodeStatusRespDto: Schemas.CheckQRCodeStatusRespDto;
    /** Results of checking the user's permission on several data resources. */
    CheckResourcePermissionDataDto: Schemas.CheckResourcePermissionDataDto;
    /** Whether the user may perform an action on one data resource. */
    CheckResourcePermissionRespDto: Schemas.CheckResourcePermissionRespDto;
    /** Answer of the `checkPermissionBy*Resource` methods: one result per resource. */
    CheckResourcePermissionsRespDto: Schemas.CheckResourcePermissionsRespDto;
    /** GenAuth's envelope without `data`, for operations that only report success or failure. */
    CommonResponseDto: Schemas.CommonResponseDto;
    /** A country, with its codes, calling code, flag and names. */
    CountryDetailInfo: Schemas.CountryDetailInfo;
    /** The approval request that was just created. */
    CreateApprovalDto: Schemas.CreateApprovalDto;
    /** Request body for submitting one access request. */
    CreateApprovalReq: Schemas.CreateApprovalReq;
    /** Envelope answering `createApproval`. */
    CreateApprovalRes: Schemas.CreateApprovalRes;
    /** Translations of a custom field's display name. */
    CustomFieldI18n: Schemas.CustomFieldI18n;
    /** What a Douyin mini program sends to have its encrypted open data decrypted. */
    DecryptDouyinMiniProgramDataDto: Schemas.DecryptDouyinMiniProgramDataDto;
    /** Envelope answering `decryptDouyinMiniProgramData`. */
    DecryptDouyinMiniProgramDataRespDto: Schemas.DecryptDouyinMiniProgramDataRespDto;
    /** What a WeChat mini program sends to have its encrypted open data decrypted. */
    DecryptWechatMiniProgramDataDto: Schemas.DecryptWechatMiniProgramDataDto;
    /** Envelope answering `decryptWechatMiniProgramData`. */
    DecryptWechatMiniProgramDataRespDto: Schemas.DecryptWechatMiniProgramDataRespDto;
    /** The token that authorizes deleting the user's account. */
    DeleteAccounDto: Schemas.DeleteAccounDto;
    /** Proves the right to delete the account with a code sent by email. */
    DeleteAccountByEmailPassCodeDto: Schemas.DeleteAccountByEmailPassCodeDto;
    /** Proves the right to delete the account with the user's password. */
    DeleteAccountByPasswordDto: Schemas.DeleteAccountByPasswordDto;
    /** Proves the right to delete the account with a code sent by SMS. */
    DeleteAccountByPhonePassCodeDto: Schemas.DeleteAccountByPhonePassCodeDto;
    /** Translations of a department's name. */
    DepartmentI18nDto: Schemas.DepartmentI18nDto;
    /** A device as GenAuth records it. */
    DeviceInfo: Schemas.DeviceInfo;
    /** An application the user may request permissions in. */
    EnablePermissionApplyApplication: Schemas.EnablePermissionApplyApplication;
    /** The applications the user may request permissions in. */
    EnablePermissionApplyApplicationList: Schemas.EnablePermissionApplyApplicationList;
    /** Envelope answering `getEnablePermissionApplyApplicationList`. */
    EnablePermissionApplyApplicationListRes: Schemas.EnablePermissionApplyApplicationListRes;
    /** A role of an application that the user may request. */
    EnablePermissionApplyRole: Schemas.EnablePermissionApplyRole;
    /** Envelope answering `getEnablePermissionApplyRoleList`. */
    EnablePermissionApplyRoleListRes: Schemas.EnablePermissionApplyRoleListRes;
    /** One page of roles the user may request. */
    EnablePermissionApplyRolePageList: Schemas.EnablePermissionApplyRolePageList;
    /** The enrollment token and proof that finish binding an MFA factor. */
    EnrollFactorDto: Schemas.EnrollFactorDto;
    /** Proof supplied when binding an MFA factor; which field is needed depends on the factor. */
    EnrollFactorEnrollmentDataDto: Schemas.EnrollFactorEnrollmentDataDto;
    /** Envelope answering `enrollFactor`. */
    EnrollFactorRespDto: Schemas.EnrollFactorRespDto;
    /** Translations of an error message. */
    ErrMsgI18nDto: Schemas.ErrMsgI18nDto;
    /** A QR code sign-in ticket to trade for tokens, with the application's credentials when needed. */
    ExchangeTokenSetWithQRcodeTicketDto: Schemas.ExchangeTokenSetWithQRcodeTicketDto;
    /** A connection of an external identity source that the application offers for sign-in. */
    ExtIdpInfoDto: Schemas.ExtIdpInfoDto;
    /** An extended user field shown on the sign-up information-completion form. */
    ExtendsFieldDto: Schemas.ExtendsFieldDto;
    /** When a subject's role membership starts and ends. */
    ExtraParams: Schemas.ExtraParams;
    /** An MFA factor the user has bound. */
    FactorDto: Schemas.FactorDto;
    /** Where a new MFA factor sends its codes; which field is needed depends on the factor. */
    FactorProfile: Schemas.FactorProfile;
    /** An MFA factor kind the user can still bind. */
    FactorToEnrollDto: Schemas.FactorToEnrollDto;
    /** An application that a quick sign-in QR code can sign the user in to. */
    FastpassQRCodeRelationAppDto: Schemas.FastpassQRCodeRelationAppDto;
    /** Who a quick sign-in QR code belongs to, as shown to the scanner. */
    FastpassUserInfoDto: Schemas.FastpassUserInfoDto;
    /** The ticket and authenticator assertion that finish a WebAuthn sign-in. */
    FinalizeWebAuthnLoginDto: Schemas.FinalizeWebAuthnLoginDto;
    /** An envelope whose `data` GenAuth does not document; it may hold any JSON value. */
    GenAuthDataEnvelope: Schemas.GenAuthDataEnvelope;
    /** The outer shape shared by GenAuth V3 JSON responses. */
    GenAuthEnvelope: Schemas.GenAuthEnvelope;
    /**
     * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
     *     and there is no `data`.
     */
    GenAuthErrorEnvelope: Schemas.GenAuthErrorEnvelope;
    /** Data to encode in a quick sign-in QR code. */
    GeneFastpassQRCodeInfoDto: Schemas.GeneFastpassQRCodeInfoDto;
    /** Envelope answering `geneFastpassQrcodeInfo`. */
    GeneFastpassQRCodeRespDto: Schemas.GeneFastpassQRCodeRespDto;
    /** A push sign-in request that was sent to the user's app. */
    GenePushCodeDataDto: Schemas.GenePushCodeDataDto;
    /** Envelope answering `signInByPush`. */
    GenePushCodeRespDto: Schemas.GenePushCodeRespDto;
    /** A new sign-in QR code. */
    GeneQRCodeDataDto: Schemas.GeneQRCodeDataDto;
    /** Envelope answering `geneQrCode`. */
    GeneQRCodeRespDto: Schemas.GeneQRCodeRespDto;
    /** A link that binds an external identity to the user. */
    GenerateBindExtIdpLinkDataDto: Schemas.GenerateBindExtIdpLinkDataDto;
    /** Envelope answering `generateLinkExtIdpUrl`. */
    GenerateBindExtIdpLinkRespDto: Schemas.GenerateBindExtIdpLinkRespDto;
    /** An invitation link a member created. */
    GenerateInvitationLinkDto: Schemas.GenerateInvitationLinkDto;
    /** Envelope answering `generateUniversalInvitationByMember`. */
    GenerateInvitationLinkRespDto: Schemas.GenerateInvitationLinkRespDto;
    /** A token for an invitee who opened an invitation link. */
    GenerateInviteeTokenDto: Schemas.GenerateInviteeTokenDto;
    /** Envelope answering `generateInviteToken`. */
    GenerateInviteeTokenRespDto: Schemas.GenerateInviteeTokenRespDto;
    /** What kind of sign-in QR code to create, and its options. */
    GenerateQrcodeDto: Schemas.GenerateQrcodeDto;
    /** Where an IP address is, as found by IP geolocation. */
    GeoIp: Schemas.GeoIp;
    /** A point given by longitude and latitude. */
    GeoIpLocation: Schemas.GeoIpLocation;
    /** Envelope answering `getAccessibleApps`. */
    GetAccessibleAppsRespDto: Schemas.GetAccessibleAppsRespDto;
    /** Envelope answering `getAlipayAuthInfo`. */
    GetAlipayAuthInfoRespDto: Schemas.GetAlipayAuthInfoRespDto;
    /** Envelope answering `initAuthenticationOptions`. */
    GetAuthenticationOptionsRespDto: Schemas.GetAuthenticationOptionsRespDto;
    /** An image captcha and its token. */
    GetCaptchaCodeDataDto: Schemas.GetCaptchaCodeDataDto;
    /** Envelope answering `geneCatchaCodeAndToken`. */
    GetCaptchaCodeRespDto: Schemas.GetCaptchaCodeRespDto;
    /** Envelope answering `getCountryList`. */
    GetCountryListRespDto: Schemas.GetCountryListRespDto;
    /** Envelope answering `getApplicationEnabledExtIdps`. */
    GetExtIdpsRespDto: Schemas.GetExtIdpsRespDto;
    /** Envelope answering `getFactor`. */
    GetFactorRespDto: Schemas.GetFactorRespDto;
    /** The client applications a quick sign-in QR code can sign the user in to. */
    GetFastpassQRCodeRelationAppsDto: Schemas.GetFastpassQRCodeRelationAppsDto;
    /** Envelope answering `getFastpassParams`. */
    GetFastpassQRCodeRelationAppsRespDto: Schemas.GetFastpassQRCodeRelationAppsRespDto;
    /** Envelope answering `getIdentities`. */
    GetIdentitiesRespDto: Schemas.GetIdentitiesRespDto;
    /** Envelope answering `getInviteCodeContext`. */
    GetInviteeContextRespDto: Schemas.GetInviteeContextRespDto;
    /** Envelope answering `getLoggedInApps`. */
    GetLoggedInAppsRespDto: Schemas.GetLoggedInAppsRespDto;
    /** Envelope answering `getLoginHistory`. */
    GetLoginHistoryRespDto: Schemas.GetLoginHistoryRespDto;
    /** Envelope answering `listPublicAccountsForSwitchLoggedIn`. */
    GetPublicAccountDataRespDto: Schemas.GetPublicAccountDataRespDto;
    /** The client applications behind a push sign-in request. */
    GetPushCodeRelationAppsDataDto: Schemas.GetPushCodeRelationAppsDataDto;
    /** The push sign-in request whose related client applications are wanted. */
    GetPushCodeRelationAppsDto: Schemas.GetPushCodeRelationAppsDto;
    /** Envelope answering `getPushLoginRelationApps`. */
    GetPushCodeRelationAppsRespDto: Schemas.GetPushCodeRelationAppsRespDto;
    /** Envelope answering `initRegisterOptions`. */
    GetRegistrationOptionsRespDto: Schemas.GetRegistrationOptionsRespDto;
    /** How secure the user's account is. */
    GetSecurityInfoDto: Schemas.GetSecurityInfoDto;
    /** Envelope answering `getSecurityLevel`. */
    GetSecurityInfoRespDto: Schemas.GetSecurityInfoRespDto;
    /** Envelope answering `getTenantList`. */
    GetTenantListRespDto: Schemas.GetTenantListRespDto;
    /** Envelope answering `signupByUniversal`. */
    GetUniversalInvitationJoinRespDto: Schemas.GetUniversalInvitationJoinRespDto;
    /** Envelope answering `getUniversalInvitationPublicConfig`. */
    GetUniversalInvitationPublicConfigRespDto: Schemas.GetUniversalInvitationPublicConfigRespDto;
    /** The resources granted to the user in the application. */
    GetUserAuthResourceListDataDto: Schemas.GetUserAuthResourceListDataDto;
    /** Envelope answering `getUserAuthorizedResourcesList`. */
    GetUserAuthResourceListRespDto: Schemas.GetUserAuthResourceListRespDto;
    /** The actions the user may perform on one resource. */
    GetUserAuthResourcePermissionList: Schemas.GetUserAuthResourcePermissionList;
    /** The user's permissions on the requested resources. */
    GetUserAuthResourcePermissionListDataDto: Schemas.GetUserAuthResourcePermissionListDataDto;
    /** The resources to look up the user's permissions on. */
    GetUserAuthResourcePermissionListDto: Schemas.GetUserAuthResourcePermissionListDto;
    /** Envelope answering `getUserAuthResourcePermissionList`. */
    GetUserAuthResourcePermissionListRespDto: Schemas.GetUserAuthResourcePermissionListRespDto;
    /** The structure of a resource and what the user may do with its parts. */
    GetUserAuthResourceStructDataDto: Schemas.GetUserAuthResourceStructDataDto;
    /** The resource whose structure is wanted. */
    GetUserAuthResourceStructDto: Schemas.GetUserAuthResourceStructDto;
    /** Envelope answering `getUserAuthResourceStruct`. */
    GetUserAuthResourceStructRespDto: Schemas.GetUserAuthResourceStructRespDto;
    /** Public accounts the user may switch to, and the user's own account. */
    GetUserSelectLoginPublicAccountsDataDto: Schemas.GetUserSelectLoginPublicAccountsDataDto;
    /** The personal account a user switches from and back to. */
    GetUserSelectLoginPublicAccountsOriginUserDto: Schemas.GetUserSelectLoginPublicAccountsOriginUserDto;
    /** A WeChat access token and when it expires. */
    GetWechatAccessTokenDataDto: Schemas.GetWechatAccessTokenDataDto;
    /** Identifies a WeChat mini program or official account. */
    GetWechatAccessTokenDto: Schemas.GetWechatAccessTokenDto;
    /** Envelope answering `getWechatMpAccessTokenInfo`. */
    GetWechatAccessTokenInfoRespDto: Schemas.GetWechatAccessTokenInfoRespDto;
    /** Envelope answering `getWechatMpAccessToken`. */
    GetWechatAccessTokenRespDto: Schemas.GetWechatAccessTokenRespDto;
    /** A user group. */
    GroupDto: Schemas.GroupDto;
    /** Envelope answering `getGroupList`. */
    GroupListRespDto: Schemas.GroupListRespDto;
    /** The claims of a decoded OIDC ID token. */
    IDToken: Schemas.IDToken;
    /** An external identity linked to the user. */
    IdentityDto: Schemas.IdentityDto;
    /** A permission request the user has submitted for approval. */
    InitiatedApproval: Schemas.InitiatedApproval;
    /** Envelope answering `initiatedList`. */
    InitiatedApprovalListRes: Schemas.InitiatedApprovalListRes;
    /** One page of approvals the user has submitted. */
    InitiatedApprovalPageList: Schemas.InitiatedApprovalPageList;
    /** The invitation link the invitee opened, and what to return with the token. */
    InvitationLinkDto: Schemas.InvitationLinkDto;
    /** What the invitee's sign-up page needs to know about an invitation. */
    InviteeContextDto: Schemas.InviteeContextDto;
    /** Profile details of an invitee. */
    InviteeProfileDto: Schemas.InviteeProfileDto;
    /** Who sent an invitation. */
    InviterDetailDto: Schemas.InviterDetailDto;
    /** Tells whether an operation succeeded. */
    IsSuccessDto: Schemas.IsSuccessDto;
    /** Envelope for operations that only report success or failure. */
    IsSuccessRespDto: Schemas.IsSuccessRespDto;
    /** A JSON Web Key Set (JWKS). */
    JWKSObject: Schemas.JWKSObject;
    /** A text in each of the four supported languages. */
    LangObject: Schemas.LangObject;
    /** The text for one language, and whether it is used. */
    LangUnit: Schemas.LangUnit;
    /** Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields. */
    ListDeviceCredentialDto: Schemas.ListDeviceCredentialDto;
    /** Envelope answering `listEnrolledFactors`. */
    ListEnrolledFactorsRespDto: Schemas.ListEnrolledFactorsRespDto;
    /** Envelope answering `listFactorsToEnroll`. */
    ListFactorsToEnrollRespDto: Schemas.ListFactorsToEnrollRespDto;
    /** A public account the user may switch to. */
    ListPublicAccountDataDto: Schemas.ListPublicAccountDataDto;
    /** One page of the user's WebAuthn authenticators. */
    ListWebAuthnAuthenticatorDeviceDataDto: Schemas.ListWebAuthnAuthenticatorDeviceDataDto;
    /** An application the user has signed in to. */
    LoggedInAppsDto: Schemas.LoggedInAppsDto;
    /** One sign-in attempt by the user. */
    LoginHistoryDto: Schemas.LoginHistoryDto;
    /** One page of sign-in history. */
    LoginHistoryPaginatedRespDto: Schemas.LoginHistoryPaginatedRespDto;
    /** Envelope answering a successful sign-in, carrying the issued tokens. */
    LoginTokenRespDto: Schemas.LoginTokenRespDto;
    /** Tokens issued when a user signs in. */
    LoginTokenResponseDataDto: Schemas.LoginTokenResponseDataDto;
    /** Options of `buildLogoutUrl` and `logoutWithRedirect`. */
    LogoutParams: Schemas.LogoutParams;
    /** A one-time password to check against the user's OTP factor. */
    MfaOtpVerityDto: Schemas.MfaOtpVerityDto;
    /** Envelope answering `mfaOtpVerify`. */
    MfaOtpVerityRespDto: Schemas.MfaOtpVerityRespDto;
    /** The MFA token to introspect. */
    MfaTokenIntrospectEndpointParams: Schemas.MfaTokenIntrospectEndpointParams;
    /** What introspecting an MFA token reveals. */
    MfaTokenIntrospectResponse: Schemas.MfaTokenIntrospectResponse;
    /** Tokens returned by the OIDC token endpoint. */
    OIDCTokenResponse: Schemas.OIDCTokenResponse;
    /** OAuth 2.0 options of `buildAuthorizeUrl`. */
    OauthParams: Schemas.OauthParams;
    /** OIDC options of `buildAuthorizeUrl`. */
    OidcParams: Schemas.OidcParams;
    /** A resource granted by a data policy, with what the grant allows. */
    OpenResource: Schemas.OpenResource;
    /** Outcome of checking a one-time password. */
    OtpVerityRespDto: Schemas.OtpVerityRespDto;
    /** A User-Agent string broken into parts. */
    ParsedUserAgent: Schemas.ParsedUserAgent;
    /** Envelope answering `verifyResetPasswordRequest`. */
    PasswordResetVerifyResp: Schemas.PasswordResetVerifyResp;
    /** One condition of a policy statement. */
    PolicyCondition: Schemas.PolicyCondition;
    /** Extra options when joining through a policy invitation. */
    PolicyInviteJoinedOptionsDto: Schemas.PolicyInviteJoinedOptionsDto;
    /** The invitee token, verification code and profile for joining through a policy invitation. */
    PolicyInviteeJoinedDto: Schemas.PolicyInviteeJoinedDto;
    /** Outcome of checking a verification code in advance. */
    PreCheckCodeDataDto: Schemas.PreCheckCodeDataDto;
    /** A verification code to check without using it up. */
    PreCheckCodeDto: Schemas.PreCheckCodeDto;
    /** Envelope answering `preCheckCode`. */
    PreCheckCodeRespDto: Schemas.PreCheckCodeRespDto;
    /** An email code to check in advance. */
    PreCheckEmailCodeDto: Schemas.PreCheckEmailCodeDto;
    /** An SMS code to check in advance. */
    PreCheckSmsCodeDto: Schemas.PreCheckSmsCodeDto;
    /** A custom user event, as `pub(eventName, data)` sends it. */
    PubUserEventDto: Schemas.PubUserEventDto;
    /** The account to switch the session to, and sign-in options. */
    PublicAccountSwitchLoginDto: Schemas.PublicAccountSwitchLoginDto;
    /** WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`). */
    PublicKeyCredentialCreationOptionsDto: Schemas.PublicKeyCredentialCreationOptionsDto;
    /** Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`). */
    PublicKeyCredentialDescriptorDto: Schemas.PublicKeyCredentialDescriptorDto;
    /** A credential type and signature algorithm the relying party accepts. */
    PublicKeyCredentialParametersDto: Schemas.PublicKeyCredentialParametersDto;
    /** WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`). */
    PublicKeyCredentialRequestOptionsDto: Schemas.PublicKeyCredentialRequestOptionsDto;
    /** The WebAuthn relying party. */
    PublicKeyCredentialRpEntityDto: Schemas.PublicKeyCredentialRpEntityDto;
    /** The user a WebAuthn credential belongs to. */
    PublicKeyCredentialUserEntityDto: Schemas.PublicKeyCredentialUserEntityDto;
    /** Short details of the user who scanned a QR code. */
    QRCodeStatusBriefUserInfoDto: Schemas.QRCodeStatusBriefUserInfoDto;
    /** The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation). */
    RegistrationCredentialDto: Schemas.RegistrationCredentialDto;
    /** WebAuthn options for registering an authenticator, with the ticket that goes with them. */
    RegistrationOptionsDto: Schemas.RegistrationOptionsDto;
    /** A request body with no documented fields; any properties given are sent as they are. */
    RemoveDeviceCredentialDto: Schemas.RemoveDeviceCredentialDto;
    /** Identifies the MFA factor to unbind from the current user. */
    ResetFactorDto: Schemas.ResetFactorDto;
    /** Envelope answering `resetFactor`; it carries no data of its own. */
    ResetFactorRespDto: Schemas.ResetFactorRespDto;
    /** Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password. */
    ResetPasswordByEmailPassCodeDto: Schemas.ResetPasswordByEmailPassCodeDto;
    /** Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password. */
    ResetPasswordByPhonePassCodeDto: Schemas.ResetPasswordByPhonePassCodeDto;
    /** Sets a new password using the token obtained from `verifyResetPasswordRequest`. */
    ResetPasswordDto: Schemas.ResetPasswordDto;
    /** A token that lets the holder set a new password, and how long it lasts. */
    ResetPasswordVerify: Schemas.ResetPasswordVerify;
    /** Identifies the device whose login session should be ended. */
    RevokeDeviceSessionDto: Schemas.RevokeDeviceSessionDto;
    /** A role held by the current user, within one permission space. */
    RoleDto: Schemas.RoleDto;
    /** Envelope answering `getRoleList`. */
    RoleListRespDto: Schemas.RoleListRespDto;
    /** A role that a permission request asks to be granted. */
    RolePermissionApplyApprovalObject: Schemas.RolePermissionApplyApprovalObject;
    /** Asks GenAuth to send an email (such as a one-time passcode) for a given purpose. */
    SendEmailDto: Schemas.SendEmailDto;
    /** Envelope answering `sendEmail`; it carries no data of its own. */
    SendEmailRespDto: Schemas.SendEmailRespDto;
    /** What GenAuth returns when an MFA factor enrollment is started. */
    SendEnrollFactorRequestDataDto: Schemas.SendEnrollFactorRequestDataDto;
    /** Starts enrolling a new MFA factor for the current user. */
    SendEnrollFactorRequestDto: Schemas.SendEnrollFactorRequestDto;
    /** What an authenticator app needs to set up an OTP factor. */
    SendEnrollFactorRequestOtpDataDto: Schemas.SendEnrollFactorRequestOtpDataDto;
    /** Envelope answering `sendEnrollFactorRequest`. */
    SendEnrollFactorRequestRespDto: Schemas.SendEnrollFactorRequestRespDto;
    /** Asks GenAuth to text a one-time passcode for a given purpose. */
    SendSMSDto: Schemas.SendSMSDto;
    /** Envelope answering `sendSms`; it carries no data of its own. */
    SendSMSRespDto: Schemas.SendSMSRespDto;
    /** Windows Active Directory credentials for signing in. */
    SignInByAdPayloadDto: Schemas.SignInByAdPayloadDto;
    /** What the Alipay mobile SDK returns, for signing in with Alipay. */
    SignInByAlipayPayloadDto: Schemas.SignInByAlipayPayloadDto;
    /** What the Amazon mobile SDK returns, for signing in with Amazon. */
    SignInByAmazonPayloadDto: Schemas.SignInByAmazonPayloadDto;
    /** What Sign in with Apple returns on mobile, for signing in with Apple. */
    SignInByApplePayloadDto: Schemas.SignInByApplePayloadDto;
    /** What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`. */
    SignInByBaiduPayloadDto: Schemas.SignInByBaiduPayloadDto;
    /** What the DingTalk mobile SDK returns, for signing in with DingTalk. */
    SignInByDingTalkPayloadDto: Schemas.SignInByDingTalkPayloadDto;
    /** Douyin mini program login data together with the user's authorized phone number. */
    SignInByDouyinMiniProgramCodeAndPhonePayloadDto: Schemas.SignInByDouyinMiniProgramCodeAndPhonePayloadDto;
    /** What a Douyin mini program sends to sign the user in. */
    SignInByDouyinMiniProgramCodePayloadDto: Schemas.SignInByDouyinMiniProgramCodePayloadDto;
    /** The encrypted phone number a Douyin mini program received from the user. */
    SignInByDouyinMiniProgramPhoneInfoPayloadDto: Schemas.SignInByDouyinMiniProgramPhoneInfoPayloadDto;
    /** What the Douyin mobile SDK returns, for signing in with Douyin. */
    SignInByDouyinPayloadDto: Schemas.SignInByDouyinPayloadDto;
    /** What the Facebook mobile SDK returns, for signing in with Facebook. */
    SignInByFacebookPayloadDto: Schemas.SignInByFacebookPayloadDto;
    /** What Gitee returns on mobile, for signing in with Gitee. */
    SignInByGiteePayloadDto: Schemas.SignInByGiteePayloadDto;
    /** What GitHub returns on mobile, for signing in with GitHub. */
    SignInByGithubPayloadDto: Schemas.SignInByGithubPayloadDto;
    /** What GitLab returns on mobile, for signing in with GitLab. */
    SignInByGitlabPayloadDto: Schemas.SignInByGitlabPayloadDto;
    /** What the Google mobile SDK returns, for signing in with Google. */
    SignInByGooglePayloadDto: Schemas.SignInByGooglePayloadDto;
    /** What the Huawei mobile SDK returns, for signing in with Huawei. */
    SignInByHuaweiPayloadDto: Schemas.SignInByHuaweiPayloadDto;
    /** What the Kuaishou mobile SDK returns, for signing in with Kuaishou. */
    SignInByKuaishouPayloadDto: Schemas.SignInByKuaishouPayloadDto;
    /** What a Lark (Feishu) widget returns, for signing in with Lark. */
    SignInByLarkBlockPayloadDto: Schemas.SignInByLarkBlockPayloadDto;
    /** What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark. */
    SignInByLarkInternalPayloadDto: Schemas.SignInByLarkInternalPayloadDto;
    /** What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark. */
    SignInByLarkPublicPayloadDto: Schemas.SignInByLarkPublicPayloadDto;
    /** LDAP directory credentials for signing in. */
    SignInByLdapPayloadDto: Schemas.SignInByLdapPayloadDto;
    /** What the LINE mobile SDK returns, for signing in with LINE. */
    SignInByLinePayloadDto: Schemas.SignInByLinePayloadDto;
    /** What LinkedIn returns on mobile, for signing in with LinkedIn. */
    SignInByLinkedInPayloadDto: Schemas.SignInByLinkedInPayloadDto;
    /** Optional settings for a mobile social sign-in. */
    SignInByMobileOptionsDto: Schemas.SignInByMobileOptionsDto;
    /** What the OPPO mobile SDK returns, for signing in with OPPO. */
    SignInByOPPOPayloadDto: Schemas.SignInByOPPOPayloadDto;
    /** A one-time passcode plus the email or phone it was sent to. */
    SignInByPassCodePayloadDto: Schemas.SignInByPassCodePayloadDto;
    /** A password plus one identifier (account, email, username or phone) of the user. */
    SignInByPasswordPayloadDto: Schemas.SignInByPasswordPayloadDto;
    /** Starts a push sign-in for an account, answered with a code that identifies the pending login. */
    SignInByPushDto: Schemas.SignInByPushDto;
    /** Optional settings for a push sign-in. */
    SignInByPushOptionsDto: Schemas.SignInByPushOptionsDto;
    /** What the QQ mobile SDK returns, for signing in with QQ. */
    SignInByQQPayloadDto: Schemas.SignInByQQPayloadDto;
    /** What Slack returns on mobile, for signing in with Slack. */
    SignInBySlackPayloadDto: Schemas.SignInBySlackPayloadDto;
    /** Optional settings for switching the signed-in account. */
    SignInBySwitchOptionsDto: Schemas.SignInBySwitchOptionsDto;
    /** Optional settings for a WebAuthn (passkey) sign-in. */
    SignInByWebAuthnOptionsDto: Schemas.SignInByWebAuthnOptionsDto;
    /** WeChat mini program login data together with the user's authorized phone number. */
    SignInByWechatMiniProgramCodeAndPhonePayloadDto: Schemas.SignInByWechatMiniProgramCodeAndPhonePayloadDto;
    /** What a WeChat mini program sends to sign the user in. */
    SignInByWechatMiniProgramCodePayloadDto: Schemas.SignInByWechatMiniProgramCodePayloadDto;
    /** The phone number a WeChat mini program received from the user, as a code. */
    SignInByWechatMiniProgramPhoneInfoPayloadDto: Schemas.SignInByWechatMiniProgramPhoneInfoPayloadDto;
    /** What a WeChat mini program sends to sign the user in by their phone number. */
    SignInByWechatMiniProgramPhonePayloadDto: Schemas.SignInByWechatMiniProgramPhonePayloadDto;
    /** What the WeChat mobile SDK returns, for signing in with WeChat. */
    SignInByWechatPayloadDto: Schemas.SignInByWechatPayloadDto;
    /** What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom. */
    SignInByWechatworkAgencyPayloadDto: Schemas.SignInByWechatworkAgencyPayloadDto;
    /** What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom. */
    SignInByWechatworkDto: Schemas.SignInByWechatworkDto;
    /** What the Sina Weibo mobile SDK returns, for signing in with Weibo. */
    SignInByWeiboPayloadDto: Schemas.SignInByWeiboPayloadDto;
    /** What the Xiaomi mobile SDK returns, for signing in with Xiaomi. */
    SignInByXiaomiPayloadDto: Schemas.SignInByXiaomiPayloadDto;
    /** What NetEase Yidun's one-tap mobile carrier login returns. */
    SignInByYidunPayloadDto: Schemas.SignInByYidunPayloadDto;
    /** Settings for creating a fast-pass sign-in QR code. */
    SignInFastpassDto: Schemas.SignInFastpassDto;
    /** Optional settings for a fast-pass (QR code) sign-in. */
    SignInFastpassOptionsDto: Schemas.SignInFastpassOptionsDto;
    /** Optional settings for a sign-in with credentials. */
    SignInOptionsDto: Schemas.SignInOptionsDto;
    /** A one-time passcode plus the email or phone it was sent to, for registering. */
    SignUpByPassCodeDto: Schemas.SignUpByPassCodeDto;
    /** A password plus a username or email, for registering. */
    SignUpByPasswordDto: Schemas.SignUpByPasswordDto;
    /** Registers a new user with a password or a one-time passcode. */
    SignUpDto: Schemas.SignUpDto;
    /** Optional settings for a registration. */
    SignUpOptionsDto: Schemas.SignUpOptionsDto;
    /** Profile fields that may be set on a user at registration. */
    SignUpProfileDto: Schemas.SignUpProfileDto;
    /** Signs a user in with a password, a one-time passcode, or LDAP/AD credentials. */
    SigninByCredentialsDto: Schemas.SigninByCredentialsDto;
    /** Signs a user in with what a social or mobile identity provider returned to the app. */
    SigninByMobileDto: Schemas.SigninByMobileDto;
    /** A string-type data resource and the actions the user may perform on it. */
    StrAuthorize: Schemas.StrAuthorize;
    /** A string-type data resource and its actions. */
    StrResourceAuthAction: Schemas.StrResourceAuthAction;
    /** Public server information: encryption keys, versions and egress IPs. */
    SystemInfoResp: Schemas.SystemInfoResp;
    /** The server's RSA256 public key. */
    SystmeInfoRSAConfig: Schemas.SystmeInfoRSAConfig;
    /** The server's SM2 public key. */
    SystmeInfoSM2Config: Schemas.SystmeInfoSM2Config;
    /** Versions of the GenAuth components. */
    SystmeInfoVersion: Schemas.SystmeInfoVersion;
    /** A device the current user has signed in from, with its last login. */
    TerminalSessionDto: Schemas.TerminalSessionDto;
    /** Envelope answering `list` (the current user's devices). */
    TerminalSessionRespDto: Schemas.TerminalSessionRespDto;
    /** A node of a tree-type data resource that the user is authorized on. */
    TreeAuthBo: Schemas.TreeAuthBo;
    /** The nodes of a tree-type data resource that the user is authorized on. */
    TreeAuthorize: Schemas.TreeAuthorize;
    /** The nodes of a tree-type data resource and their actions. */
    TreeResourceAuthAction: Schemas.TreeResourceAuthAction;
    /** A node of a tree-type data resource, with its children. */
    TreeStructs: Schemas.TreeStructs;
    /** Identifies the device to remove from the current user's devices. */
    UnbindDeviceDto: Schemas.UnbindDeviceDto;
    /** Confirms removing the email address bound to the current user. */
    UnbindEmailDto: Schemas.UnbindEmailDto;
    /** Confirms removing the phone number bound to the current user. */
    UnbindPhoneDto: Schemas.UnbindPhoneDto;
    /** Outcome of a request to join through a universal invitation link. */
    UniversalInvitationJoinRespDto: Schemas.UniversalInvitationJoinRespDto;
    /** Public information shown on a universal invitation page. */
    UniversalInvitationPublicConfigDto: Schemas.UniversalInvitationPublicConfigDto;
    /** Asks to join a user pool through a universal invitation link. */
    UniversalInvitationUserJoinDto: Schemas.UniversalInvitationUserJoinDto;
    /** Who is applying to join through an invitation. */
    UniversalInviteeProfileDto: Schemas.UniversalInviteeProfileDto;
    /** Identifies the external identity source to unlink from the current user. */
    UnlinkExtIdpDto: Schemas.UnlinkExtIdpDto;
    /** Proves ownership of a new email address (and, if required, of the old one) with passcodes. */
    UpdateEmailByEmailPassCodeDto: Schemas.UpdateEmailByEmailPassCodeDto;
    /** Applies an email change that has been verified. */
    UpdateEmailDto: Schemas.UpdateEmailDto;
    /** New settings for a passkey (WebAuthn credential). */
    UpdatePasskeyDto: Schemas.UpdatePasskeyDto;
    /** Changes the current user's password. */
    UpdatePasswordDto: Schemas.UpdatePasswordDto;
    /** Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes. */
    UpdatePhoneByPhonePassCodeDto: Schemas.UpdatePhoneByPhonePassCodeDto;
    /** Applies a phone number change that has been verified. */
    UpdatePhoneDto: Schemas.UpdatePhoneDto;
    /** Profile fields of the current user to change; fields left out keep their value. */
    UpdateUserProfileDto: Schemas.UpdateUserProfileDto;
    /** The data resources a data policy grants one user within one permission space. */
    UserAuthResourceListDto: Schemas.UserAuthResourceListDto;
    /** Envelope answering `getDepartmentList`. */
    UserDepartmentPaginatedRespDto: Schemas.UserDepartmentPaginatedRespDto;
    /** One page of departments plus the total number of matches. */
    UserDepartmentPagingDto: Schemas.UserDepartmentPagingDto;
    /** A department the current user belongs to, with the user's role in it. */
    UserDepartmentRespDto: Schemas.UserDepartmentRespDto;
    /** A user's account and profile as GenAuth stores it. */
    UserDto: Schemas.UserDto;
    /** Public details of a user pool. */
    UserPoolPublicConfigDto: Schemas.UserPoolPublicConfigDto;
    /** Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`. */
    UserSingleRespDto: Schemas.UserSingleRespDto;
    /** A tenant the user belongs to. */
    UserTenantListDto: Schemas.UserTenantListDto;
    /** A password to check against a user identified by phone, email or username. */
    ValidatePasswordDto: Schemas.ValidatePasswordDto;
    /** Envelope answering `validatePassword`. */
    ValidatePasswordRespDto: Schemas.ValidatePasswordRespDto;
    /** Outcome of a password check. */
    ValidatePasswordResultDto: Schemas.ValidatePasswordResultDto;
    /** Completes a WebAuthn sign-in by submitting the authenticator's assertion. */
    VerifyAuthenticationDto: Schemas.VerifyAuthenticationDto;
    /** Outcome of a WebAuthn sign-in, with tokens when it succeeded. */
    VerifyAuthenticationResultDto: Schemas.VerifyAuthenticationResultDto;
    /** Envelope answering `verifyAuthentication`. */
    VerifyAuthenticationResultRespDto: Schemas.VerifyAuthenticationResultRespDto;
    /** A short-lived token that allows deleting the account. */
    VerifyDeleteAccountRequestDataDto: Schemas.VerifyDeleteAccountRequestDataDto;
    /** Proves the user's identity before deleting their account. */
    VerifyDeleteAccountRequestDto: Schemas.VerifyDeleteAccountRequestDto;
    /** Envelope answering `verifyDeleteAccountRequest`. */
    VerifyDeleteAccountRequestRespDto: Schemas.VerifyDeleteAccountRequestRespDto;
    /** A code an invitee received, to be checked before they register. */
    VerifyInviteCodeDto: Schemas.VerifyInviteCodeDto;
    /** Completes registering a WebAuthn authenticator by submitting the credential it created. */
    VerifyRegistrationDto: Schemas.VerifyRegistrationDto;
    /** Outcome of registering a WebAuthn authenticator. */
    VerifyRegistrationResultDto: Schemas.VerifyRegistrationResultDto;
    /** Envelope answering `verifyRegister`. */
    VerifyRegistrationResultRespDto: Schemas.VerifyRegistrationResultRespDto;
    /** Proves the user's identity to start a forgotten-password reset. */
    VerifyResetPasswordRequestDto: Schemas.VerifyResetPasswordRequestDto;
    /** A short-lived token that allows changing the email address. */
    VerifyUpdateEmailRequestData: Schemas.VerifyUpdateEmailRequestData;
    /** Proves ownership of the addresses involved before changing the email. */
    VerifyUpdateEmailRequestDto: Schemas.VerifyUpdateEmailRequestDto;
    /** Envelope answering `verifyUpdateEmailRequest`. */
    VerifyUpdateEmailRequestRespDto: Schemas.VerifyUpdateEmailRequestRespDto;
    /** A short-lived token that allows changing the phone number. */
    VerifyUpdatePhoneRequestData: Schemas.VerifyUpdatePhoneRequestData;
    /** Proves ownership of the numbers involved before changing the phone number. */
    VerifyUpdatePhoneRequestDto: Schemas.VerifyUpdatePhoneRequestDto;
    /** Envelope answering `verifyUpdatePhoneRequest`. */
    VerifyUpdatePhoneRequestRespDto: Schemas.VerifyUpdatePhoneRequestRespDto;
    /** Envelope answering `checkValidCredentialsByCredIds`. */
    WebAuthnCheckValidCredentialsByCredIdsRespDto: Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto;
    /** A request body with no documented fields; any properties given are sent as they are. */
    WebAuthnRemoveCredentialDto: Schemas.WebAuthnRemoveCredentialDto;
    /** Tokens issued after a WeChat mobile sign-in step completes. */
    WechatLoginTokenRespDto: Schemas.WechatLoginTokenRespDto;
    /** Signs in with the code WeChat returned to a mobile app. */
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
        "application/json": Schemas.SigninByCredentialsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SigninByMobileDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PublicAccountSwitchLoginDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAlipayAuthInfo: {
    parameters: {
      query: {
        /** Identifier of the Alipay identity source connection configured in the GenAuth console. */
        extIdpConnidentifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAlipayAuthInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ValidatePasswordDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ValidatePasswordRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SignUpDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  generateLinkExtIdpUrl: {
    parameters: {
      query: {
        /** Identifier of the external identity source connection to link the user to. */
        ext_idp_conn_identifier: string;
        /** ID of the GenAuth application the link is made for. */
        app_id: string;
        /** The signed-in user's `id_token`, which identifies who the external identity is linked to. */
        id_token: string;
        /** Set to have the link result delivered by redirecting the browser to `target_url`. */
        need_url_redirect?: string;
        /** With the redirect delivery, send back only the token information, for browsers that cap URL length. */
        only_redirect_token?: string;
        /** Set to have the link result delivered as a form POST to `target_url`. */
        need_form_post?: string;
        /** Address that receives the link result when it is delivered by redirect or form POST. */
        target_url?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenerateBindExtIdpLinkRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnlinkExtIdpDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetIdentitiesRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetExtIdpsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GenerateQrcodeDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GeneQRCodeRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getQrCodeStatus: {
    parameters: {
      query: {
        /** ID of the QR code whose state is read, as returned when the code was generated. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckQRCodeStatusRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  checkQrCodeStatus: {
    parameters: {
      query: {
        /** ID of the QR code whose state is read, as returned when the code was generated. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckQRCodeStatusRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ExchangeTokenSetWithQRcodeTicketDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangeQRCodeStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangeQRCodeStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SignInByPushDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenePushCodeRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  checkPushCodeStatus: {
    parameters: {
      query: {
        /** ID of the push sign-in request, as returned when the push was sent. */
        pushCodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckPushCodeStatusRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangePushCodeStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangePushCodeStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetPushCodeRelationAppsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetPushCodeRelationAppsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SignInFastpassDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GeneFastpassQRCodeRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getFastpassParams: {
    parameters: {
      query: {
        /** ID of the quick sign-in QR code. */
        qrcodeId: string;
        /** ID of the GenAuth application the request is made for. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetFastpassQRCodeRelationAppsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAppLoginQrCodeStatus: {
    parameters: {
      query: {
        /** ID of the quick sign-in QR code whose state is read. */
        qrcodeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckQRCodeStatusRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AppQRCodeLoginDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetCaptchaCodeRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendSMSDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SendSMSRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SendEmailRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PreCheckCodeDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PreCheckCodeRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DecryptWechatMiniProgramDataDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DecryptWechatMiniProgramDataRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetWechatAccessTokenDto;
      };
    };
    responses: {
      /** The envelope; `data` holds the token when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetWechatAccessTokenRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetWechatAccessTokenDto;
      };
    };
    responses: {
      /** The envelope; `data` holds the token when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetWechatAccessTokenInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DecryptDouyinMiniProgramDataDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DecryptDouyinMiniProgramDataRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.WechatMobileAuthByCodeIdentityInput;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LoginTokenResponseDataDto;
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
        "application/json": Schemas.BindByRegiserInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
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
        "application/json": Schemas.BindByEmailCodeInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
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
        "application/json": Schemas.BindByPhoneCodeInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
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
        "application/json": Schemas.BindByAccountInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
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
        "application/json": Schemas.BindByAccountsInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
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
        "application/json": Schemas.BindByAccountIdInputApi;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WechatLoginTokenRespDto;
        };
      };
    };
  };
  getLoginHistory: {
    parameters: {
      query?: {
        /** Only return sign-ins to this application; leave out for every application. */
        appId?: string;
        /** Only return sign-ins made from this client IP address; leave out for every address. */
        clientIp?: string;
        /** `true` for successful sign-ins only, `false` for failed ones only; leave out for both. */
        success?: boolean;
        /** Earliest sign-in time to return, in Unix milliseconds. */
        start?: number;
        /** Latest sign-in time to return, in Unix milliseconds. */
        end?: number;
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of records per page; 50 at most. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetLoginHistoryRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetLoggedInAppsRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAccessibleAppsRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetTenantListRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDepartmentList: {
    parameters: {
      query?: {
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of departments per page; 50 at most. */
        limit?: number;
        /** Set to `true` to include each department's custom data. */
        withCustomData?: boolean;
        /** Field the departments are sorted by: creation time, when the user joined, name or code. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** Sort direction: `Asc` (ascending) or `Desc` (descending). */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserDepartmentPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getProfile: {
    parameters: {
      query?: {
        /** Set to `true` to include the user's custom data in the profile. */
        withCustomData?: boolean;
        /** Set to `true` to include the user's linked external identities. */
        withIdentities?: boolean;
        /** Set to `true` to include the IDs of the user's departments. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateUserProfileDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BindEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnbindEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BindPhoneDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnbindPhoneDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetSecurityInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePasswordDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyUpdateEmailRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.VerifyUpdateEmailRequestRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyUpdatePhoneRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.VerifyUpdatePhoneRequestRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePhoneDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyResetPasswordRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PasswordResetVerifyResp | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResetPasswordDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyDeleteAccountRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.VerifyDeleteAccountRequestRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAccounDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listPublicAccountsForSwitchLoggedIn: {
    parameters: {
      query?: {
        /** Set to `true` to also return the basic details of the user's own personal account. */
        withOriginUser?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetPublicAccountDataRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRoleList: {
    parameters: {
      query?: {
        /** Code of the permission space to read roles from; leave out for the default space. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAuthorizedResources: {
    parameters: {
      query?: {
        /** Code of the permission space to read resources from; leave out for the default space. */
        namespace?: string;
        /** Only return resources of this type (data, API, menu, button or UI); leave out for every type. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AuthorizedResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckPermissionStringResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckResourcePermissionsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckPermissionArrayResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckResourcePermissionsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckPermissionTreeResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckResourcePermissionsRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserAuthResourceListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserAuthResourcePermissionListDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserAuthResourcePermissionListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserAuthResourceStructDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserAuthResourceStructRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SystemInfoResp;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetCountryListRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAuthenticationOptionsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyAuthenticationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.VerifyAuthenticationResultRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetRegistrationOptionsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyRegistrationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.VerifyRegistrationResultRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListDeviceCredentialDto;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListWebAuthnAuthenticatorDeviceDataDto;
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
        "application/json": Schemas.CheckDeviceCredentialIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WebAuthnCheckValidCredentialsByCredIdsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveDeviceCredentialDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  removeCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the WebAuthn credential. */
        credentialID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": Schemas.WebAuthnRemoveCredentialDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  updateWebAuthnAdminCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": Schemas.UpdatePasskeyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteWebAuthnAdminCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the WebAuthn credential (passkey). */
        credentialId: string;
        /** ID of the user who owns the credential. */
        userId: string;
        /** ID of the application the credential belongs to. */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** A JSON answer whose shape GenAuth does not document. */
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
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of credentials per page. */
        limit?: number;
        /** ID of the user whose passkeys are listed. */
        userId: string;
        /** Only return passkeys registered for this application. */
        appId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FinalizeWebAuthnLoginDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listWebAuthnCredentials: {
    parameters: {
      query?: {
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of credentials per page. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  updateWebAuthnCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": Schemas.UpdatePasskeyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteWebAuthnCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the WebAuthn credential (passkey). */
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  list: {
    parameters: {
      query?: {
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of devices per page; 50 at most. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TerminalSessionRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnbindDeviceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevokeDeviceSessionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getEnablePermissionApplyApplicationList: {
    parameters: {
      query?: {
        /** Only return applications whose name contains this text. */
        appName?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EnablePermissionApplyApplicationListRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getEnablePermissionApplyRoleList: {
    parameters: {
      query: {
        /** Page to return, counting from 1. */
        page?: number;
        /** Number of roles per page; 50 at most. */
        limit?: number;
        /** Only return roles whose code or name contains this text. */
        keyword?: string;
        /** ID of the GenAuth application whose roles are listed. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EnablePermissionApplyRoleListRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDetail: {
    parameters: {
      query: {
        /** Number of the approval request, as returned when it was created. */
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApprovalDetailRes | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateApprovalReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateApprovalRes | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BatchCreateApprovalReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  initiatedList: {
    parameters: {
      query?: {
        /** Page to return, counting from 1. */
        pageNo?: number;
        /** Number of requests per page; 50 at most. */
        pageSize?: number;
        /** Only return requests of this kind: access to an application or membership of a role. */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** Only return requests whose number or submitter's name contains this text. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InitiatedApprovalListRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUniversalInvitationPublicConfig: {
    parameters: {
      query: {
        /** Identifier of the universal invitation link, taken from the link itself. */
        identifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUniversalInvitationPublicConfigRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UniversalInvitationUserJoinDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUniversalInvitationJoinRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.InvitationLinkDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenerateInviteeTokenRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getInviteCodeContext: {
    parameters: {
      query: {
        /** Invitation token the invitee received, which lets them sign up. */
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetInviteeContextRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.VerifyInviteCodeDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PolicyInviteeJoinedDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenerateInvitationLinkRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/x-www-form-urlencoded": Schemas.MfaTokenIntrospectEndpointParams;
      };
    };
    responses: {
      /** The payload itself, not wrapped in an envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MfaTokenIntrospectResponse;
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
        "application/json": Schemas.SendEnrollFactorRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SendEnrollFactorRequestRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.EnrollFactorDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EnrollFactorRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResetFactorDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResetFactorRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListEnrolledFactorsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getFactor: {
    parameters: {
      query: {
        /** ID of the enrolled MFA factor to read. */
        factorId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetFactorRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListFactorsToEnrollRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.MfaOtpVerityDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MfaOtpVerityRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PubUserEventDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `statusCode` 200 means success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenAuthDataEnvelope | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
}
