// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
/* eslint-disable */

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
/** Every schema of the API under `components["schemas"]`; the named aliases of `@genauth/types` are shortcuts to them. */
export interface components {
  schemas: {
    /** @description Claims of a decoded GenAuth access token (a JWT). */
    AccessToken: {
      /** @description Unique ID of the token (its `jti` claim). */
      jti: string;
      /** @description ID of the user the token was issued to. */
      sub: string;
      /** @description When the token was issued, in Unix seconds. */
      iat: number;
      /** @description When the token stops being valid, in Unix seconds. */
      exp: number;
      /** @description Scopes granted to the token, separated by spaces. */
      scope: string;
      /** @description URL of the issuer that signed the token. */
      iss: string;
      /** @description ID of the application (client) the token was issued for. */
      aud: string;
    };
    /** @description An application the signed-in user is allowed to open. */
    AccessibleAppsDto: {
      /** @description ID of the application. */
      appId: string;
      /** @description Name of the application. */
      appName: string;
      /** @description Address of the application's sign-in page. */
      appLoginUrl: string;
      /** @description Logo of the application. */
      appLogo: string;
      /** @description Whether the user currently has a signed-in session in the application. */
      active: boolean;
    };
    /** @description What a mobile app needs to start Alipay sign-in. */
    AlipayAuthInfoDataDto: {
      /** @description The `authInfo` string to hand to the Alipay SDK to start sign-in. */
      authInfo: string;
    };
    /** @description Request body for signing in with a quick sign-in QR code scanned in an app. */
    AppQRCodeLoginDto: {
      /**
       * @description Always `APP_LOGIN`: the sign-in is made by scanning the code in an app.
       * @enum {string}
       */
      action: "APP_LOGIN";
      /** @description ID of the QR code that was scanned. */
      qrcodeId: string;
    };
    /** @description A check that the value of an extended user field must pass. */
    AppValidateRuleDto: {
      /**
       * @description Kind of check: none, a regular expression, a phone number, an email address or a number.
       * @enum {string}
       */
      type: "None" | "regExp" | "phone" | "email" | "isNumber";
      /**
       * @description What the check uses, such as the pattern of a `regExp` rule.
       * @enum {string}
       */
      content: "None" | "regExp" | "phone" | "email" | "isNumber";
      /** @description Message shown when the value fails the check. */
      errorMessage?: string;
      /** @description The error message in other languages. */
      i18n?: components["schemas"]["ErrMsgI18nDto"];
    };
    /** @description The application an access request is about. */
    ApplicationPermissionApplyApprovalObject: {
      /** @description ID of the requested application. */
      objectId: string;
      /** @description Name of the requested application. */
      objectName: string;
      /** @description Address of the requested application's logo. */
      logo: string;
    };
    /** @description One approval request and where it stands. */
    ApprovalDetailDto: {
      /** @description ID of the approval request. */
      approvalId: number;
      /** @description Number of the approval request, as shown to users. */
      number: string;
      /**
       * @description Where the request stands: waiting (`PENDING`), approved (`AGREED`) or refused (`REFUSED`).
       * @enum {string}
       */
      status: "PENDING" | "AGREED" | "REFUSED";
      /** @description When the request was submitted. */
      submitTime: string;
      /** @description When the request was approved or refused. */
      closedTime?: string;
      /**
       * @description What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
       * @enum {string}
       */
      objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
      /** @description The requested role or application; a single object despite the name. */
      approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
      /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
      extraParams?: components["schemas"]["ExtraParams"];
    };
    /** @description Answer of `getDetail`: one approval request. */
    ApprovalDetailRes: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The approval request. */
      data: components["schemas"]["ApprovalDetailDto"];
    };
    /** @description What the user is granted on an array data resource. */
    ArrResourceAuthAction: {
      /** @description Values of the array resource the user is granted. */
      values?: string[];
      /** @description Actions the user may perform on those values. */
      actions?: string[];
    };
    /** @description The part of a data policy that covers an array data resource. */
    ArrayAuthorize: {
      /** @description Values of the array resource the policy covers. */
      values: string[];
      /** @description Actions the policy grants on those values. */
      actions: string[];
    };
    /** @description A sign-in URL built by the SDK, with the values it put in it. */
    AuthUrlResult: {
      /** @description Authorization URL to send the browser to for sign-in. */
      url: string;
      /** @description The `state` value carried by the URL; compare it with the one the callback returns. */
      state?: string;
      /** @description The `nonce` value carried by the URL; only set for OIDC. */
      nonce?: string;
    };
    /** @description A WebAuthn credential as returned by the browser after the authenticator signed the challenge. */
    AuthenticationCredentialDto: {
      /** @description ID of the credential, Base64URL-encoded. */
      id: string;
      /** @description ID of the credential as the browser reports it in `rawId`. */
      rawId: string;
      /** @description The authenticator's assertion: its data, the client data and the signature. */
      response: components["schemas"]["AuthenticatorAssertionResponseDto"];
      /** @description Type of the credential; always `public-key`. */
      type: string;
    };
    /** @description What the browser needs to ask an authenticator to sign in with WebAuthn. */
    AuthenticationOptionsDto: {
      /** @description Options to pass to the browser's WebAuthn API for the authenticator to sign. */
      authenticationOptions: components["schemas"]["PublicKeyCredentialRequestOptionsDto"];
      /** @description Ticket to send back together with the authenticator's signed answer when it is checked. */
      ticket: string;
    };
    /** @description The part of a WebAuthn assertion produced by the authenticator and the browser. */
    AuthenticatorAssertionResponseDto: {
      /** @description Data from the authenticator, such as whether the user was verified and the signature counter. */
      authenticatorData: string;
      /** @description JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
      clientDataJSON: string;
      /** @description Signature the authenticator made over its data and the client data. */
      signature: string;
      /** @description User handle: the user ID given to the authenticator when the credential was registered. */
      userHandle: string;
    };
    /** @description The part of a new WebAuthn credential produced by the authenticator and the browser. */
    AuthenticatorAttestationResponseDto: {
      /**
       * @description CBOR-encoded attestation: the new credential's public key and ID, a signature, the signature counter
       *     and more.
       */
      attestationObject: string;
      /** @description JSON the browser collected for the ceremony, with the origin of the request and the challenge. */
      clientDataJSON: string;
    };
    /** @description A resource the signed-in user is granted, with the actions and the policy effect. */
    AuthorizedResourceDto: {
      /** @description Code that identifies the resource. */
      resourceCode: string;
      /** @description Description of the resource. */
      description?: string;
      /** @description Conditions of the policy under which the grant applies. */
      condition?: components["schemas"]["PolicyCondition"][];
      /**
       * @description Kind of resource: data, API, menu, button or UI.
       * @enum {string}
       */
      resourceType: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      /** @description Address of the API the resource stands for. */
      apiIdentifier: string;
      /** @description Actions the user is granted on the resource. */
      actions: string[];
      /**
       * @description Whether the policy allows (`ALLOW`) or denies (`DENY`) the actions.
       * @enum {string}
       */
      effect: "ALLOW" | "DENY";
    };
    /** @description Answer of `getAuthorizedResources`: one page of the user's granted resources. */
    AuthorizedResourcePaginatedRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The page of granted resources and the total count. */
      data: components["schemas"]["AuthorizedResourcePagingDto"];
    };
    /** @description One page of the resources granted to the user. */
    AuthorizedResourcePagingDto: {
      /** @description Number of granted resources across all pages. */
      totalCount: number;
      /** @description The granted resources on this page. */
      list: components["schemas"]["AuthorizedResourceDto"][];
    };
    /** @description Request body for submitting several access requests of the same kind at once. */
    BatchCreateApprovalReq: {
      /**
       * @description What is requested: access to applications (`APP_PERMISSION_APPLY`) or roles (`ROLE_PERMISSION_APPLY`).
       * @enum {string}
       */
      objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
      /** @description IDs of the requested roles or applications, according to `objectType`. */
      objectIds: string[];
      /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
      extraParams?: components["schemas"]["ExtraParams"];
    };
    /** @description Request body for linking the WeChat identity to an existing account given by its ID. */
    BindByAccountIdInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
      /** @description ID of the account to link the WeChat identity to. */
      accountId: string;
    };
    /** @description Request body for linking the WeChat identity to an account proven by its password. */
    BindByAccountInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
      /** @description Password of the account. */
      password: string;
      /** @description The account to link to: its phone number, email address or username. */
      account: string;
    };
    /** @description Request body for picking one of several accounts that match the WeChat identity. */
    BindByAccountsInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
      /** @description ID of the picked account. */
      account: string;
    };
    /** @description Request body for linking the WeChat identity to an account proven by an email code. */
    BindByEmailCodeInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
      /** @description The 4- or 6-digit code sent to the email address. */
      code: string;
      /** @description Email address the code was sent to. */
      email: string;
    };
    /** @description Request body for linking the WeChat identity to an account proven by a text-message code. */
    BindByPhoneCodeInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
      /** @description The 4- or 6-digit code sent to the phone. */
      code: string;
      /** @description Phone number the code was sent to. */
      phone: string;
      /** @description Country calling code in the form `+86`; older forms such as `86`, `086` or `0086` are still accepted. */
      phoneCountryCode?: string;
    };
    /** @description Request body for creating a new user from the WeChat identity. */
    BindByRegiserInputApi: {
      /** @description Key of the WeChat mobile sign-in in progress, which this step continues. */
      key: string;
      /** @description Code of the action this step performs. */
      action: string;
    };
    /** @description Request body for adding an email address to the signed-in user. */
    BindEmailDto: {
      /** @description Code sent to the email address; it works once and expires. */
      passCode: string;
      /** @description Email address to add; letter case does not matter. */
      email: string;
    };
    /** @description Request body for adding a phone number to the signed-in user. */
    BindPhoneDto: {
      /** @description Code sent by text message to the number; it works once and expires. */
      passCode: string;
      /** @description Phone number without its country calling code, which goes in `phoneCountryCode`. */
      phoneNumber: string;
      /**
       * @description Country calling code of the number; may be left out for mainland China. Other countries need
       *     international text messages set up in the console.
       */
      phoneCountryCode?: string;
    };
    /** @description A failed CAS 2.0 ticket validation (`serviceValidate`). */
    Cas20ValidationFailureResult: {
      /** @description Why the ticket validation failed. */
      authenticationFailure: {
        /** @description Machine-readable reason the ticket was rejected, such as `INVALID_TICKET`. */
        code: string;
        /** @description Human-readable explanation of the failure. */
        description: string;
      };
    };
    /** @description A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes. */
    Cas20ValidationSuccessResult: {
      /** @description Body of the CAS validation answer. */
      serviceResponse: {
        /** @description Present when the ticket is valid: the user and their attributes. */
        authenticationSuccess: {
          /** @description Login name of the user the ticket was issued for. */
          user: string;
          /** @description The user's profile, as claims named like the OIDC standard ones. */
          attributes: {
            /** @description When the user's profile was last updated. */
            updated_at: string;
            /** @description The user's postal address. */
            address: {
              /** @description Country. */
              country: string;
              /** @description Postal code. */
              postal_code: string;
              /** @description Region or province. */
              region: string;
              /** @description The whole address, formatted for display. */
              formatted: string;
            };
            /** @description Whether the phone number has been verified. */
            phone_number_verified: boolean;
            /** @description Phone number of the user. */
            phone_number: string;
            /** @description The user's locale. */
            locale: string;
            /** @description The user's time zone. */
            zoneinfo: string;
            /** @description Date of birth. */
            birthdate: string;
            /** @description Gender: `M`, `F` or `U` (unknown). */
            gender: string;
            /** @description Whether the email address has been verified. */
            email_verified: boolean;
            /** @description Email address of the user. */
            email: string;
            /** @description Address of the user's website. */
            website: string;
            /** @description Address of the user's avatar image. */
            picture: string;
            /** @description Address of the user's profile page. */
            profile: string;
            /** @description Name the user prefers to be called by. */
            preferred_username: string;
            /** @description Nickname of the user. */
            nickname: string;
            /** @description Middle name. */
            middle_name: string;
            /** @description Family name (surname). */
            family_name: string;
            /** @description Given name (first name). */
            given_name: string;
            /** @description Full name of the user. */
            name: string;
            /** @description ID of the user. */
            sub: string;
            /** @description ID of the user in an external system. */
            external_id: string;
            /** @description Union ID of the user's external (for example WeChat) identity. */
            unionid: string;
          };
        };
      };
    };
    /** @description Options for building a CAS sign-in URL. */
    CasParams: {
      /** @description URL of the CAS service (the callback) the ticket is issued for. */
      service?: string;
    };
    /** @description Request body for confirming or cancelling a push sign-in request. */
    ChangePushCodeStatusDto: {
      /** @description ID of the push sign-in request. */
      pushCodeId: string;
      /**
       * @description What to do with the request: confirm the sign-in (`CONFIRM`) or cancel it (`CANCEL`).
       * @enum {string}
       */
      action: "CONFIRM" | "CANCEL";
    };
    /** @description Request body for reporting what the app did with a sign-in QR code. */
    ChangeQRCodeStatusDto: {
      /** @description ID of the QR code. */
      qrcodeId: string;
      /**
       * @description What happened: the code was scanned (`SCAN`), the sign-in confirmed (`CONFIRM`) or cancelled (`CANCEL`).
       * @enum {string}
       */
      action: "SCAN" | "CONFIRM" | "CANCEL";
    };
    /** @description Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields. */
    CheckDeviceCredentialIdDto: {
      [key: string]: unknown;
    };
    /** @description Request body for checking the user's permission on array data resources. */
    CheckPermissionArrayResourceDto: {
      /** @description Paths of the array resources to check. */
      resources: string[];
      /** @description Action to check, such as `read`, `get` or `write`. */
      action: string;
    };
    /** @description Request body for checking the user's permission on string data resources. */
    CheckPermissionStringResourceDto: {
      /** @description Paths of the string resources to check. */
      resources: string[];
      /** @description Action to check, such as `read`, `get` or `write`. */
      action: string;
    };
    /** @description Request body for checking the user's permission on tree data resources. */
    CheckPermissionTreeResourceDto: {
      /** @description Paths of the tree resources to check. */
      resources: string[];
      /** @description Action to check, such as `read`, `get` or `write`. */
      action: string;
    };
    /** @description Where a push sign-in request stands, and the tokens once it is authorized. */
    CheckPushCodeStatusDataDto: {
      /**
       * @description State of the request: pushed, authorized, cancelled, expired or failed (`ERROR`).
       * @enum {string}
       */
      status: "PUSHED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
      /** @description Tokens of the signed-in user; only present when `status` is `AUTHORIZED`. */
      tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
    };
    /** @description Answer of `checkPushCodeStatus`: where the push sign-in request stands. */
    CheckPushCodeStatusRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description State of the push request. */
      data: components["schemas"]["CheckPushCodeStatusDataDto"];
    };
    /** @description Where a sign-in QR code stands, with what the web page needs at each step. */
    CheckQRCodeStatusDataDto: {
      /**
       * @description State of the code: waiting to be scanned (`PENDING`), scanned, authorized, cancelled, expired or
       *     failed (`ERROR`).
       * @enum {string}
       */
      status: "PENDING" | "SCANNED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
      /** @description Present once `AUTHORIZED` unless web polling returns full user information; exchange it for the tokens. */
      ticket?: string;
      /** @description Display name and avatar of the user who scanned; present once scanned, authorized or cancelled. */
      briefUserInfo?: components["schemas"]["QRCodeStatusBriefUserInfoDto"];
      /**
       * @description Tokens of the signed-in user; only when `AUTHORIZED` and web polling returns full user information
       *     (off by default).
       */
      tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
    };
    /** @description Answer of the QR code state checks: where the sign-in QR code stands. */
    CheckQRCodeStatusRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description State of the QR code. */
      data: components["schemas"]["CheckQRCodeStatusDataDto"];
    };
    /** @description Results of checking the user's permission on several data resources. */
    CheckResourcePermissionDataDto: {
      /** @description One result per resource checked. */
      checkResultList: components["schemas"]["CheckResourcePermissionRespDto"][];
    };
    /** @description Whether the user may perform an action on one data resource. */
    CheckResourcePermissionRespDto: {
      /** @description Code of the permission space the check ran in. */
      namespaceCode: string;
      /** @description Action that was checked. */
      action: string;
      /** @description Path of the resource that was checked. */
      resource: string;
      /** @description `true` when the user may perform the action on the resource in that permission space. */
      enabled: boolean;
    };
    /** @description Answer of the `checkPermissionBy*Resource` methods: one result per resource. */
    CheckResourcePermissionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The check results. */
      data: components["schemas"]["CheckResourcePermissionDataDto"];
    };
    /** @description GenAuth's envelope without `data`, for operations that only report success or failure. */
    CommonResponseDto: components["schemas"]["GenAuthEnvelope"];
    /** @description A country, with its codes, calling code, flag and names. */
    CountryDetailInfo: {
      /** @description Two-letter ISO 3166 code of the country. */
      alpha2: string;
      /** @description Three-letter ISO 3166 code of the country. */
      alpha3: string;
      /** @description International dialling prefix of the country. */
      phoneCountryCode: string;
      /** @description Flag icon of the country. */
      flag: string;
      /** @description Name of the country in several languages (currently Chinese and English). */
      name: components["schemas"]["LangObject"];
    };
    /** @description The approval request that was just created. */
    CreateApprovalDto: {
      /** @description ID of the new approval request. */
      approvalId: number;
      /** @description Number of the new approval request; `getDetail` reads it back by this number. */
      number: string;
    };
    /** @description Request body for submitting one access request. */
    CreateApprovalReq: {
      /**
       * @description What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).
       * @enum {string}
       */
      objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
      /** @description ID of the requested role or application, according to `objectType`. */
      objectId: string;
      /** @description When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests. */
      extraParams?: components["schemas"]["ExtraParams"];
    };
    /** @description Envelope answering `createApproval`. */
    CreateApprovalRes: components["schemas"]["GenAuthEnvelope"] & {
      /** @description ID and number of the approval that was created. */
      data: components["schemas"]["CreateApprovalDto"];
    };
    /** @description Translations of a custom field's display name. */
    CustomFieldI18n: {
      /** @description The display name in each supported language. */
      label: components["schemas"]["LangObject"];
    };
    /** @description What a Douyin mini program sends to have its encrypted open data decrypted. */
    DecryptDouyinMiniProgramDataDto: {
      /** @description Login code the mini program got from Douyin's `tt.login`. */
      code: string;
      /** @description Decryption IV that Douyin returned along with the encrypted data. */
      iv: string;
      /** @description The `encryptedData` string from Douyin's open data API. */
      encryptedData: string;
      /** @description Identifier of the Douyin mini program connection (external identity source) to use. */
      extIdpConnidentifier: string;
    };
    /** @description Envelope answering `decryptDouyinMiniProgramData`. */
    DecryptDouyinMiniProgramDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The decrypted open data. */
      data: unknown;
    };
    /** @description What a WeChat mini program sends to have its encrypted open data decrypted. */
    DecryptWechatMiniProgramDataDto: {
      /** @description Login code the mini program got from WeChat's `wx.login`. */
      code: string;
      /** @description Decryption IV that WeChat returned along with the encrypted data. */
      iv: string;
      /** @description The `encryptedData` string from WeChat's open data API. */
      encryptedData: string;
      /** @description Identifier of the WeChat mini program connection (external identity source) to use. */
      extIdpConnidentifier: string;
    };
    /** @description Envelope answering `decryptWechatMiniProgramData`. */
    DecryptWechatMiniProgramDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The decrypted open data. */
      data: unknown;
    };
    /** @description The token that authorizes deleting the user's account. */
    DeleteAccounDto: {
      /** @description Account-deletion token returned by `verifyDeleteAccountRequest`. */
      deleteAccountToken: string;
    };
    /** @description Proves the right to delete the account with a code sent by email. */
    DeleteAccountByEmailPassCodeDto: {
      /** @description The account's email address; letter case does not matter. */
      email?: string;
      /** @description One-time code sent to that email (send it first with `sendEmail`); by default it expires after 5 minutes. */
      passCode: string;
    };
    /** @description Proves the right to delete the account with the user's password. */
    DeleteAccountByPasswordDto: {
      /** @description The user's current password. */
      password: string;
      /**
       * @description "How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`."
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
    };
    /** @description Proves the right to delete the account with a code sent by SMS. */
    DeleteAccountByPhonePassCodeDto: {
      /** @description The account's phone number without the country code (send that in `phoneCountryCode`). */
      phoneNumber: string;
      /** @description One-time SMS code (send it first with `sendSms`); it expires after one minute. */
      passCode: string;
      /** @description Country calling code of `phoneNumber`, e.g. `+86`. */
      phoneCountryCode?: string;
    };
    /** @description Translations of a department's name. */
    DepartmentI18nDto: {
      /** @description The department name in each supported language. */
      name: components["schemas"]["LangObject"];
    };
    /** @description A device as GenAuth records it. */
    DeviceInfo: {
      /** @description ID that uniquely identifies the device. */
      deviceId: string;
      /** @description Name of the device. */
      name?: string;
      /** @description Version of the device's operating system. */
      version?: string;
      /**
       * @description Kind of device.
       * @enum {string}
       */
      type: "Browser" | "Mobile" | "Desktop";
      /** @description Model of the device. */
      mod?: string;
      /** @description Operating system the device runs. */
      os?: string;
      /**
       * @description State of the device.
       * @enum {string}
       */
      status?: "activated" | "suspended" | "deactivated";
      /** @description User-Agent string the device sent. */
      userAgent?: string;
    };
    /** @description An application the user may request permissions in. */
    EnablePermissionApplyApplication: {
      /** @description ID of the application. */
      appId: string;
      /** @description Name of the application. */
      appName: string;
      /** @description URL of the application's logo. */
      logo: string;
      /**
       * @description Kind of application.
       * @enum {string}
       */
      appType: "web" | "spa" | "native" | "api" | "mfa" | "mini-program" | "gateway-app" | "gateway-agent";
      /** @description Template the integrated application was created from, if any. */
      template?: string;
    };
    /** @description The applications the user may request permissions in. */
    EnablePermissionApplyApplicationList: {
      /** @description One entry per application. */
      list: components["schemas"]["EnablePermissionApplyApplication"][];
    };
    /** @description Envelope answering `getEnablePermissionApplyApplicationList`. */
    EnablePermissionApplyApplicationListRes: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The applications that accept permission requests. */
      data: components["schemas"]["EnablePermissionApplyApplicationList"];
    };
    /** @description A role of an application that the user may request. */
    EnablePermissionApplyRole: {
      /** @description ID of the role. */
      roleId: string;
      /** @description Code of the role, unique within its application. */
      code: string;
      /** @description Name of the role in the application. */
      name: string;
      /** @description Free-text description of the role. */
      description?: string;
    };
    /** @description Envelope answering `getEnablePermissionApplyRoleList`. */
    EnablePermissionApplyRoleListRes: components["schemas"]["GenAuthEnvelope"] & {
      /** @description One page of requestable roles. */
      data: components["schemas"]["EnablePermissionApplyRolePageList"];
    };
    /** @description One page of roles the user may request. */
    EnablePermissionApplyRolePageList: {
      /** @description The roles on this page. */
      list: components["schemas"]["EnablePermissionApplyRole"][];
      /** @description How many roles match in all, across every page. */
      totalCount: number;
    };
    /** @description The enrollment token and proof that finish binding an MFA factor. */
    EnrollFactorDto: {
      /** @description The proof the chosen factor needs to finish binding. */
      enrollmentData: components["schemas"]["EnrollFactorEnrollmentDataDto"];
      /** @description The `enrollmentToken` from `sendEnrollFactorRequest`; it is valid for one minute. */
      enrollmentToken: string;
      /**
       * @description Kind of MFA factor being bound.
       * @enum {string}
       */
      factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
    };
    /** @description Proof supplied when binding an MFA factor; which field is needed depends on the factor. */
    EnrollFactorEnrollmentDataDto: {
      /** @description The code received by SMS or email, or shown by the OTP app; needed for SMS, EMAIL and OTP factors. */
      passCode?: string;
      /** @description URL of the face photo; needed for a FACE factor. */
      photo?: string;
      /** @description Whether `photo` points outside GenAuth; needed for a FACE factor. */
      isExternalPhoto?: boolean;
    };
    /** @description Envelope answering `enrollFactor`. */
    EnrollFactorRespDto: components["schemas"]["GenAuthEnvelope"];
    /** @description Translations of an error message. */
    ErrMsgI18nDto: {
      /** @description The error message in each supported language. */
      errorMessage?: components["schemas"]["LangUnit"];
    };
    /** @description A QR code sign-in ticket to trade for tokens, with the application's credentials when needed. */
    ExchangeTokenSetWithQRcodeTicketDto: {
      /** @description Ticket reported by the QR code status check once the scan is authorized (when the full user info is not returned there); trade it here for tokens. */
      ticket: string;
      /** @description The application's ID; send it when the application authenticates at the token endpoint with `client_secret_post`. */
      client_id?: string;
      /** @description The application's secret; send it when the application authenticates at the token endpoint with `client_secret_post`. */
      client_secret?: string;
    };
    /** @description A connection of an external identity source that the application offers for sign-in. */
    ExtIdpInfoDto: {
      /** @description Identifier of the connection, unique across connections. */
      identifier: string;
      /** @description ID of the identity source the connection belongs to. */
      extIdpId: string;
      /**
       * @description Provider or protocol of the identity source.
       * @enum {string}
       */
      type:
        | "oidc"
        | "oauth2"
        | "saml"
        | "ldap"
        | "ad"
        | "cas"
        | "azure-ad"
        | "wechat"
        | "google"
        | "qq"
        | "wechatwork"
        | "dingtalk"
        | "weibo"
        | "github"
        | "alipay"
        | "apple"
        | "baidu"
        | "lark"
        | "gitlab"
        | "twitter"
        | "facebook"
        | "slack"
        | "linkedin"
        | "yidun"
        | "qingcloud"
        | "gitee"
        | "instagram"
        | "welink"
        | "huawei"
        | "honor"
        | "xiaomi"
        | "oppo"
        | "aws"
        | "amazon"
        | "douyin"
        | "kuaishou"
        | "line"
        | "sdbz"
        | "zjzwfw"
        | "zzding"
        | "seeyona8v5";
      /**
       * @description Whether it is a social or an enterprise identity source.
       * @enum {string}
       */
      extIdpType: "social" | "enterprise";
      /** @description URL that starts authentication with this connection. */
      bindUrl: string;
      /** @description Name of the identity source as shown to users. */
      name: string;
      /** @description English name of the identity source as shown to users. */
      name_en?: string;
      /** @description Free-text description. */
      desc?: string;
      /** @description Free-text description in English. */
      desc_en?: string;
      /** @description URL of the identity source's icon. */
      logo?: string;
    };
    /** @description An extended user field shown on the sign-up information-completion form. */
    ExtendsFieldDto: {
      /**
       * @description Whether the field is a user-defined field or a built-in one.
       * @enum {string}
       */
      type: "user" | "internal";
      /** @description ID of the field; set for user and metadata fields. */
      id: string;
      /** @description Key of the field. */
      name: string;
      /** @description Label shown for the field. */
      label: string;
      /** @description Whether the field is displayed. */
      show: boolean;
      /** @description Whether the user may change the value. */
      allowRewrite: boolean;
      /**
       * @description Data type of the field, as set in the extended field configuration.
       * @enum {string}
       */
      inputType:
        | "image"
        | "number"
        | "date"
        | "dateTime"
        | "datetime"
        | "select"
        | "dropdown"
        | "boolean"
        | "string"
        | "text"
        | "gender"
        | "country"
        | "username"
        | "phone"
        | "email";
      /** @description Whether a value must be given. */
      required?: boolean;
      /** @description Rules a value must pass. */
      validateRules?: components["schemas"]["AppValidateRuleDto"];
      /**
       * @description Whether the field is preset or was added by hand.
       * @enum {string}
       */
      source: "preset" | "manual_add";
      /** @description The label in each supported language. */
      i18n?: components["schemas"]["CustomFieldI18n"];
    };
    /** @description When a subject's role membership starts and ends. */
    ExtraParams: {
      /** @description When the membership ends, in milliseconds since the Unix epoch; `null` means it never expires. */
      endTime?: number;
      /** @description When the membership starts, in milliseconds since the Unix epoch; `null` means at once. */
      enableTime?: number;
    };
    /** @description An MFA factor the user has bound. */
    FactorDto: {
      /** @description ID of the bound factor. */
      factorId: string;
      /**
       * @description Kind of MFA factor.
       * @enum {string}
       */
      factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
      /** @description Details of the factor, such as the phone number or email it uses. */
      profile: unknown;
    };
    /** @description Where a new MFA factor sends its codes; which field is needed depends on the factor. */
    FactorProfile: {
      /** @description Phone number for an SMS factor (required for SMS); one request per number per minute. */
      phoneNumber?: string;
      /** @description Country calling code for a phone number outside mainland China, for the SMS factor; `+86` when omitted. */
      phoneCountryCode?: string;
      /** @description Email address for an EMAIL factor (required for EMAIL); one request per address per minute. */
      email?: string;
    };
    /** @description An MFA factor kind the user can still bind. */
    FactorToEnrollDto: {
      /**
       * @description Kind of MFA factor.
       * @enum {string}
       */
      factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
    };
    /** @description An application that a quick sign-in QR code can sign the user in to. */
    FastpassQRCodeRelationAppDto: {
      /** @description ID of the application. */
      id: string;
      /** @description Name of the application. */
      name: string;
      /** @description URL of the application's logo. */
      logo?: string;
    };
    /** @description Who a quick sign-in QR code belongs to, as shown to the scanner. */
    FastpassUserInfoDto: {
      /** @description ID of the user. */
      id: string;
      /** @description Name shown for the user. */
      displayName: string;
      /** @description URL of the user's avatar. */
      photo: string;
    };
    /** @description The ticket and authenticator assertion that finish a WebAuthn sign-in. */
    FinalizeWebAuthnLoginDto: {
      /** @description Ticket that came back with the WebAuthn authentication options. */
      ticket: string;
      /** @description The assertion the authenticator produced. */
      credential: components["schemas"]["AuthenticationCredentialDto"];
      /** @description Extra sign-in options. */
      options?: components["schemas"]["SignInByWebAuthnOptionsDto"];
    };
    /** @description An envelope whose `data` GenAuth does not document; it may hold any JSON value. */
    GenAuthDataEnvelope: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The result, when the call succeeded. */
      data?: unknown;
    };
    /** @description The outer shape shared by GenAuth V3 JSON responses. */
    GenAuthEnvelope: {
      /** @description Business status code. 200 is success; anything else is a failure or a further step. */
      statusCode: number;
      /** @description Human-readable outcome. */
      message: string;
      /** @description Finer business error code; present only on failures that have one. */
      apiCode?: number;
      /** @description Identifier of the request, for support; always present on failures. */
      requestId?: string;
    };
    /**
     * @description The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
     *     and there is no `data`.
     */
    GenAuthErrorEnvelope: components["schemas"]["GenAuthEnvelope"] & {
      statusCode?: unknown;
    };
    /** @description Data to encode in a quick sign-in QR code. */
    GeneFastpassQRCodeInfoDto: {
      /** @description What the QR code is for. */
      scene: string;
      /** @description ID of the QR code; pass it when asking for the QR code's status. */
      qrcodeId: string;
      /** @description Base URL of the API the scanning app should call. */
      apiHost: string;
      /** @description The signed-in user who created the QR code. */
      user: components["schemas"]["FastpassUserInfoDto"];
      /** @description ID of the application the user was signed in to when creating the QR code. */
      appId: string;
      /** @description The user pool the QR code belongs to. */
      userpool: components["schemas"]["FastpassUserInfoDto"];
    };
    /** @description Envelope answering `geneFastpassQrcodeInfo`. */
    GeneFastpassQRCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description What to put in the quick sign-in QR code. */
      data?: components["schemas"]["GeneFastpassQRCodeInfoDto"];
    };
    /** @description A push sign-in request that was sent to the user's app. */
    GenePushCodeDataDto: {
      /** @description ID of the push sign-in request; pass it when asking for its status. */
      pushCodeId: string;
      /** @description Seconds until the push request expires, e.g. 120. */
      expireTime: number;
    };
    /** @description Envelope answering `signInByPush`. */
    GenePushCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The push sign-in request that was sent. */
      data: components["schemas"]["GenePushCodeDataDto"];
    };
    /** @description A new sign-in QR code. */
    GeneQRCodeDataDto: {
      /** @description ID of the QR code; pass it when asking for the QR code's status. */
      qrcodeId: string;
      /** @description URL of the QR code image, for the front end to display. */
      url: string;
      /** @description For mini program QR codes made with `autoMergeQrCode` false, the custom logo, which the front end may draw over the QR code. */
      customLogoUrl?: string;
    };
    /** @description Envelope answering `geneQrCode`. */
    GeneQRCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The QR code that was created. */
      data: components["schemas"]["GeneQRCodeDataDto"];
    };
    /** @description A link that binds an external identity to the user. */
    GenerateBindExtIdpLinkDataDto: {
      /** @description URL the user opens to bind the external identity source. */
      url: string;
    };
    /** @description Envelope answering `generateLinkExtIdpUrl`. */
    GenerateBindExtIdpLinkRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The binding link. */
      data: components["schemas"]["GenerateBindExtIdpLinkDataDto"];
    };
    /** @description An invitation link a member created. */
    GenerateInvitationLinkDto: {
      /** @description URL of the invitation. */
      link: string;
    };
    /** @description Envelope answering `generateUniversalInvitationByMember`. */
    GenerateInvitationLinkRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The invitation link. */
      data: components["schemas"]["GenerateInvitationLinkDto"];
    };
    /** @description A token for an invitee who opened an invitation link. */
    GenerateInviteeTokenDto: {
      /** @description Token issued when the invitee opens the link; use it to read the invitee's details and to finish the invited sign-up. */
      token?: string;
      /** @description The invitation the token belongs to. */
      invitationContext?: components["schemas"]["InviteeContextDto"];
    };
    /** @description Envelope answering `generateInviteToken`. */
    GenerateInviteeTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The invitee token and its invitation. */
      data: components["schemas"]["GenerateInviteeTokenDto"];
    };
    /** @description What kind of sign-in QR code to create, and its options. */
    GenerateQrcodeDto: {
      /**
       * @description Which app scans the QR code.
       * @enum {string}
       */
      type: "MOBILE_APP" | "WECHAT_MINIPROGRAM" | "WECHAT_OFFICIAL_ACCOUNT";
      /** @description For `WECHAT_MINIPROGRAM` and `WECHAT_OFFICIAL_ACCOUNT`, the identity source connection to use; the first enabled one when omitted. */
      extIdpConnId?: string;
      /** @description For `MOBILE_APP`, custom data written into the user's custom data once the scan is authorized. */
      customData?: unknown;
      /** @description For `WECHAT_OFFICIAL_ACCOUNT` and `WECHAT_MINIPROGRAM`, custom context handed to the pipeline. */
      context?: unknown;
      /** @description For `WECHAT_MINIPROGRAM`, whether the server draws the custom logo into the QR image; `false` by default, since merging is slower. */
      autoMergeQrCode?: boolean;
    };
    /** @description Where an IP address is, as found by IP geolocation. */
    GeoIp: {
      /** @description Coordinates of the address. */
      location: components["schemas"]["GeoIpLocation"];
      /** @description Name of the country. */
      country_name: string;
      /** @description Two-letter country code. */
      country_code2: string;
      /** @description Three-letter country code. */
      country_code3: string;
      /** @description Name of the region or province. */
      region_name: string;
      /** @description Code of the region or province. */
      region_code: string;
      /** @description Name of the city. */
      city_name: string;
      /** @description Code of the continent. */
      continent_code: string;
      /** @description Time zone of the location. */
      timezone: string;
    };
    /** @description A point given by longitude and latitude. */
    GeoIpLocation: {
      /** @description Longitude in degrees. */
      lon: number;
      /** @description Latitude in degrees. */
      lat: number;
    };
    /** @description Envelope answering `getAccessibleApps`. */
    GetAccessibleAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The applications the user may open. */
      data: components["schemas"]["AccessibleAppsDto"][];
    };
    /** @description Envelope answering `getAlipayAuthInfo`. */
    GetAlipayAuthInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The Alipay `authInfo` the app needs to start Alipay sign-in. */
      data: components["schemas"]["AlipayAuthInfoDataDto"];
    };
    /** @description Envelope answering `initAuthenticationOptions`. */
    GetAuthenticationOptionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The WebAuthn options for the authenticator, and the ticket that goes with them. */
      data: components["schemas"]["AuthenticationOptionsDto"];
    };
    /** @description An image captcha and its token. */
    GetCaptchaCodeDataDto: {
      /** @description The captcha picture, as SVG markup. */
      captchaCodeSvg: string;
      /** @description Token of this captcha; send it along with what the user typed when signing in. */
      captchaToken: string;
    };
    /** @description Envelope answering `geneCatchaCodeAndToken`. */
    GetCaptchaCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The captcha image and its token. */
      data: components["schemas"]["GetCaptchaCodeDataDto"];
    };
    /** @description Envelope answering `getCountryList`. */
    GetCountryListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Countries with their dialling codes. */
      data: components["schemas"]["CountryDetailInfo"][];
    };
    /** @description Envelope answering `getApplicationEnabledExtIdps`. */
    GetExtIdpsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The external identity source connections enabled for the application. */
      data: components["schemas"]["ExtIdpInfoDto"][];
    };
    /** @description Envelope answering `getFactor`. */
    GetFactorRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The MFA factor that was asked for. */
      data: components["schemas"]["FactorDto"];
    };
    /** @description The client applications a quick sign-in QR code can sign the user in to. */
    GetFastpassQRCodeRelationAppsDto: {
      /** @description One entry per related client application. */
      relationApps?: components["schemas"]["FastpassQRCodeRelationAppDto"][];
    };
    /** @description Envelope answering `getFastpassParams`. */
    GetFastpassQRCodeRelationAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The related client applications. */
      data: components["schemas"]["GetFastpassQRCodeRelationAppsDto"];
    };
    /** @description Envelope answering `getIdentities`. */
    GetIdentitiesRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The external identities linked to the user. */
      data: components["schemas"]["IdentityDto"][];
    };
    /** @description Envelope answering `getInviteCodeContext`. */
    GetInviteeContextRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description What the invitee's sign-up page needs to know about the invitation. */
      data: components["schemas"]["InviteeContextDto"];
    };
    /** @description Envelope answering `getLoggedInApps`. */
    GetLoggedInAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The applications the user is signed in to. */
      data: components["schemas"]["LoggedInAppsDto"][];
    };
    /** @description Envelope answering `getLoginHistory`. */
    GetLoginHistoryRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description One page of the user's sign-in history. */
      data: components["schemas"]["LoginHistoryPaginatedRespDto"];
    };
    /** @description Envelope answering `listPublicAccountsForSwitchLoggedIn`. */
    GetPublicAccountDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The public accounts the user may switch to, with the user's own account. */
      data: components["schemas"]["GetUserSelectLoginPublicAccountsDataDto"][];
    };
    /** @description The client applications behind a push sign-in request. */
    GetPushCodeRelationAppsDataDto: {
      /** @description IDs of the client applications related to the application that sent the push sign-in. */
      appIds?: string[];
    };
    /** @description The push sign-in request whose related client applications are wanted. */
    GetPushCodeRelationAppsDto: {
      /** @description ID of the application that sent the push sign-in. */
      appId: string;
      /** @description ID of the push sign-in request. */
      pushCodeId: string;
    };
    /** @description Envelope answering `getPushLoginRelationApps`. */
    GetPushCodeRelationAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The related client applications. */
      data: components["schemas"]["GetPushCodeRelationAppsDataDto"];
    };
    /** @description Envelope answering `initRegisterOptions`. */
    GetRegistrationOptionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The WebAuthn options for registering an authenticator, and the ticket that goes with them. */
      data: components["schemas"]["RegistrationOptionsDto"];
    };
    /** @description How secure the user's account is. */
    GetSecurityInfoDto: {
      /** @description Strength level of the user's password. */
      passwordSecurityLevel: number;
      /** @description Whether the user has bound an MFA factor. */
      mfaEnrolled: boolean;
      /** @description Whether the user has a password. */
      passwordSet: boolean;
      /** @description Whether the user has bound an email address. */
      emailBinded: boolean;
      /** @description Whether the user has bound a phone number. */
      phoneBinded: boolean;
      /** @description Overall security score of the account. */
      securityScore: number;
    };
    /** @description Envelope answering `getSecurityLevel`. */
    GetSecurityInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The account's security rating. */
      data: components["schemas"]["GetSecurityInfoDto"];
    };
    /** @description Envelope answering `getTenantList`. */
    GetTenantListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The tenants the user belongs to. */
      data: components["schemas"]["UserTenantListDto"][];
    };
    /** @description Envelope answering `signupByUniversal`. */
    GetUniversalInvitationJoinRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The outcome of the request to join. */
      data: components["schemas"]["UniversalInvitationJoinRespDto"];
    };
    /** @description Envelope answering `getUniversalInvitationPublicConfig`. */
    GetUniversalInvitationPublicConfigRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The public settings of the universal invitation link. */
      data: components["schemas"]["UniversalInvitationPublicConfigDto"];
    };
    /** @description The resources granted to the user in the application. */
    GetUserAuthResourceListDataDto: {
      /** @description One entry per granted resource. */
      userPermissionList: components["schemas"]["UserAuthResourceListDto"][];
    };
    /** @description Envelope answering `getUserAuthorizedResourcesList`. */
    GetUserAuthResourceListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The user's granted resources. */
      data: components["schemas"]["GetUserAuthResourceListDataDto"];
    };
    /** @description The actions the user may perform on one resource. */
    GetUserAuthResourcePermissionList: {
      /** @description ID of the current application (its permission space). */
      namespaceCode: string;
      /** @description Actions the user is allowed on the resource. */
      actions: string[];
      /** @description Path of the resource. */
      resource: string;
    };
    /** @description The user's permissions on the requested resources. */
    GetUserAuthResourcePermissionListDataDto: {
      /** @description One entry per requested resource. */
      permissionList: components["schemas"]["GetUserAuthResourcePermissionList"][];
    };
    /** @description The resources to look up the user's permissions on. */
    GetUserAuthResourcePermissionListDto: {
      /** @description Paths of the resources to check; a path into a tree resource must end at a concrete node. */
      resources: string[];
    };
    /** @description Envelope answering `getUserAuthResourcePermissionList`. */
    GetUserAuthResourcePermissionListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The user's permissions, per resource. */
      data: components["schemas"]["GetUserAuthResourcePermissionListDataDto"];
    };
    /** @description The structure of a resource and what the user may do with its parts. */
    GetUserAuthResourceStructDataDto: {
      /** @description Code of the permission space the resource belongs to. */
      namespaceCode: string;
      /** @description Code of the resource. */
      resourceCode: string;
      /**
       * @description Shape of the resource; it decides which of the three `*ResourceAuthAction` fields is filled in.
       * @enum {string}
       */
      resourceType: "TREE" | "STRING" | "ARRAY";
      /** @description Granted actions, for a `STRING` resource. */
      strResourceAuthAction?: components["schemas"]["StrResourceAuthAction"];
      /** @description Granted actions, for an `ARRAY` resource. */
      arrResourceAuthAction?: components["schemas"]["ArrResourceAuthAction"];
      /** @description Granted actions, for a `TREE` resource. */
      treeResourceAuthAction?: components["schemas"]["TreeResourceAuthAction"];
    };
    /** @description The resource whose structure is wanted. */
    GetUserAuthResourceStructDto: {
      /** @description Code of the resource to describe. */
      resource: string;
    };
    /** @description Envelope answering `getUserAuthResourceStruct`. */
    GetUserAuthResourceStructRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The resource's structure with the user's granted actions. */
      data: components["schemas"]["GetUserAuthResourceStructDataDto"];
    };
    /** @description Public accounts the user may switch to, and the user's own account. */
    GetUserSelectLoginPublicAccountsDataDto: {
      /** @description The public accounts available for switching. */
      publicAccounts: components["schemas"]["ListPublicAccountDataDto"][];
      /** @description The user's own (personal) account. */
      originUser?: components["schemas"]["GetUserSelectLoginPublicAccountsOriginUserDto"];
    };
    /** @description The personal account a user switches from and back to. */
    GetUserSelectLoginPublicAccountsOriginUserDto: {
      /** @description ID of the account. */
      userId: string;
      /** @description URL of the account's avatar. */
      avatar?: string;
      /** @description Name shown for the account. */
      displayName?: string;
      /**
       * @description "Kind of account: `1` is a personal user, `2` a public account."
       * @enum {string}
       */
      usertype?: "1" | "2";
    };
    /** @description A WeChat access token and when it expires. */
    GetWechatAccessTokenDataDto: {
      /** @description The WeChat access token that GenAuth holds for this WeChat app. */
      accessToken: string;
      /** @description When the token stops working, as Unix time in seconds (a string). */
      expiresAt: string;
    };
    /** @description Identifies a WeChat mini program or official account. */
    GetWechatAccessTokenDto: {
      /** @description The WeChat AppID of the mini program or official account. */
      appId: string;
      /** @description The WeChat AppSecret of the mini program or official account. */
      appSecret: string;
    };
    /** @description Envelope answering `getWechatMpAccessTokenInfo`. */
    GetWechatAccessTokenInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The cached WeChat access token and its expiry. */
      data: components["schemas"]["GetWechatAccessTokenDataDto"];
    };
    /** @description Envelope answering `getWechatMpAccessToken`. */
    GetWechatAccessTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The WeChat access token and its expiry. */
      data: components["schemas"]["GetWechatAccessTokenDataDto"];
    };
    /** @description A user group. */
    GroupDto: {
      /** @description ID of the group. */
      id: string;
      /** @description Code of the group. */
      code: string;
      /** @description Name of the group. */
      name: string;
      /** @description Free-text description of the group. */
      description: string;
      /** @description Kind of group. */
      type: string;
      /** @description Metadata of the group. */
      metadataSource: string[];
      /** @description Users in the group. */
      members: components["schemas"]["UserDto"][];
    };
    /** @description Envelope answering `getGroupList`. */
    GroupListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The groups the user belongs to. */
      data: components["schemas"]["GroupDto"][];
    };
    /** @description The claims of a decoded OIDC ID token. */
    IDToken: {
      /** @description "`sub` claim: ID of the user." */
      sub: string;
      /** @description "`aud` claim: ID of the application (client) the token was issued to." */
      aud: string;
      /** @description "`exp` claim: when the token expires, in Unix seconds." */
      exp: number;
      /** @description "`iat` claim: when the token was issued, in Unix seconds." */
      iat: number;
      /** @description "`iss` claim: URL of the issuer." */
      iss: string;
      /** @description The `nonce` that was sent with the authorization request. */
      nonce: string;
      /** @description Hash of the access token issued alongside. */
      at_hash: string;
      /** @description Hash of the `state` value. */
      s_hash: string;
      /** @description The user's full name. */
      name: string;
      /** @description The user's nickname. */
      nickname: string;
      /** @description The user's given (first) name. */
      given_name: string;
      /** @description The user's family (last) name. */
      family_name: string;
      /** @description The user's date of birth. */
      birthdate: string;
      /**
       * @description "The user's gender: `M`, `F` or `U` (unknown)."
       * @enum {string}
       */
      gender: "M" | "F" | "U";
      /** @description URL of the user's avatar. */
      picture: string;
      /** @description When the user's profile last changed. */
      updated_at: string;
      /** @description The user's time zone. */
      zoneinfo: string;
      /** @description Username the user prefers to be called by. */
      preferred_username: string;
      /** @description The user's locale. */
      locale: string;
    } & {
      [key: string]: unknown;
    };
    /** @description An external identity linked to the user. */
    IdentityDto: {
      /** @description ID of the linked identity. */
      identityId: string;
      /** @description ID of the identity source connection. */
      extIdpId: string;
      /**
       * @description Provider or protocol of the external identity source.
       * @enum {string}
       */
      provider:
        | "oidc"
        | "oauth2"
        | "saml"
        | "ldap"
        | "ad"
        | "cas"
        | "azure-ad"
        | "wechat"
        | "google"
        | "qq"
        | "wechatwork"
        | "dingtalk"
        | "weibo"
        | "github"
        | "alipay"
        | "apple"
        | "baidu"
        | "lark"
        | "gitlab"
        | "twitter"
        | "facebook"
        | "slack"
        | "linkedin"
        | "yidun"
        | "qingcloud"
        | "gitee"
        | "instagram"
        | "welink"
        | "huawei"
        | "honor"
        | "xiaomi"
        | "oppo"
        | "aws"
        | "amazon"
        | "douyin"
        | "kuaishou"
        | "line"
        | "sdbz"
        | "zjzwfw"
        | "zzding"
        | "seeyona8v5";
      /** @description "Kind of identity, such as `unionid`, `openid` or `primary`." */
      type: string;
      /** @description The user's ID at the external identity source. */
      userIdInIdp: string;
      /** @description The user's profile as the external identity source reports it. */
      userInfoInIdp: unknown;
      /** @description Access token from the external identity source; included only when users read their own identities, never through management APIs. */
      accessToken?: string;
      /** @description Refresh token from the external identity source; included only when users read their own identities, never through management APIs. */
      refreshToken?: string;
      /** @description IDs of the identity source connections this identity was obtained through. */
      originConnIds: string[];
    };
    /** @description A permission request the user has submitted for approval. */
    InitiatedApproval: {
      /** @description ID of the approval. */
      approvalId: number;
      /** @description Number of the approval. */
      number: string;
      /**
       * @description Where the approval stands.
       * @enum {string}
       */
      status: "PENDING" | "AGREED" | "REFUSED";
      /** @description When the request was submitted. */
      submitTime: string;
      /** @description When the approval was completed; absent while it is pending. */
      closedTime?: string;
      /**
       * @description "What is requested: `APP_PERMISSION_APPLY` (access to an application) or `ROLE_PERMISSION_APPLY` (a role)."
       * @enum {string}
       */
      objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
      /**
       * @description The application or role that was requested.
       *     The official SDK's comment calls this an array, but its TypeScript type is a single object of either kind.
       */
      approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
      /** @description Extra settings of the request; only used with `ROLE_PERMISSION_APPLY`. */
      extraParams?: components["schemas"]["ExtraParams"];
    };
    /** @description Envelope answering `initiatedList`. */
    InitiatedApprovalListRes: components["schemas"]["GenAuthEnvelope"] & {
      /** @description One page of the user's submitted approvals. */
      data: components["schemas"]["InitiatedApprovalPageList"];
    };
    /** @description One page of approvals the user has submitted. */
    InitiatedApprovalPageList: {
      /** @description The approvals on this page. */
      list: components["schemas"]["InitiatedApproval"][];
      /** @description How many approvals match in all, across every page. */
      totalCount: number;
    };
    /** @description The invitation link the invitee opened, and what to return with the token. */
    InvitationLinkDto: {
      /** @description Signature carried by the invitation link. */
      signature: string;
      /** @description Identifier of the invitation link, unique across links. */
      identifier: string;
      /** @description Set to also get back the invitee's details. */
      withInviteeInfo?: boolean;
      /** @description Set to also get back the invitation's public settings. */
      withInvitationSettings?: boolean;
    };
    /** @description What the invitee's sign-up page needs to know about an invitation. */
    InviteeContextDto: {
      /** @description Whether the invitee must confirm their identity with a verification code. */
      enabledIdentifierVerify: boolean;
      /**
       * @description Whether the verification code goes preferably by SMS or by email.
       * @enum {string}
       */
      sendVerifyCodeMethod: "prioritySMS" | "priorityEmail";
      /** @description Whether the invitee is asked to complete extra profile information. */
      enabledInfoFill: boolean;
      /** @description Hint text shown on the profile-completion page. */
      registerInfoFillMsg?: string;
      /** @description Fields the profile-completion page asks for. */
      extendsFields: components["schemas"]["ExtendsFieldDto"][];
      /** @description Translations for the profile-completion fields. */
      extendsFieldsI18n: unknown;
      /** @description Additional settings of the profile-completion fields. */
      extendsFieldsOptions: unknown[];
      /** @description The invitee's email address. */
      email: string;
      /** @description The invitee's phone number. */
      phone?: string;
      /** @description Country calling code of `phone`, e.g. `+86`. */
      phoneCountryCode?: string;
      /** @description The invitee's name. */
      inviteeName?: string;
      /** @description How many wrong verification codes are allowed. */
      verifyCodeMaxErrCount: number;
    };
    /** @description Profile details of an invitee. */
    InviteeProfileDto: {
      /** @description The invitee's username. */
      username?: string;
      /** @description The invitee's nickname. */
      nickname?: string;
      /** @description Company the invitee works for. */
      company?: string;
      /** @description URL of the invitee's avatar. */
      photo?: string;
      /** @description Device the invitee uses. */
      device?: string;
      /** @description Browser the invitee uses. */
      browser?: string;
      /** @description The invitee's full name. */
      name?: string;
      /** @description The invitee's given (first) name. */
      givenName?: string;
      /** @description The invitee's family (last) name. */
      familyName?: string;
      /** @description The invitee's middle name. */
      middleName?: string;
      /** @description The invitee's profile. */
      profile?: string;
      /** @description Username the invitee prefers to be called by. */
      preferredUsername?: string;
      /** @description The invitee's personal website. */
      website?: string;
      /**
       * @description "Gender: `M` male, `F` female, `U` unknown."
       * @enum {string}
       */
      gender?: "M" | "F" | "U";
      /** @description The invitee's date of birth. */
      birthdate?: string;
      /** @description The invitee's time zone. */
      zoneinfo?: string;
      /** @description The invitee's locale. */
      locale?: string;
      /** @description The invitee's postal address. */
      address?: string;
      /** @description Full address, formatted for display. */
      formatted?: string;
      /** @description Street part of the address. */
      streetAddress?: string;
      /** @description City or town. */
      locality?: string;
      /** @description Region, state or province. */
      region?: string;
      /** @description Postal code of the address. */
      postalCode?: string;
      /** @description Country of the address. */
      country?: string;
      /** @description The invitee's email address. */
      email?: string;
      /** @description The invitee's phone number. */
      phone?: string;
      /** @description Country calling code of `phone`, e.g. `+86`. */
      phoneCountryCode?: string;
      /** @description Values of user-defined (custom) fields. */
      customData?: unknown;
    };
    /** @description Who sent an invitation. */
    InviterDetailDto: {
      /** @description Name of the inviter. */
      displayName: string;
    };
    /** @description Tells whether an operation succeeded. */
    IsSuccessDto: {
      /** @description `true` when the operation succeeded. */
      success: boolean;
    };
    /** @description Envelope for operations that only report success or failure. */
    IsSuccessRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Reports whether the operation succeeded. */
      data: components["schemas"]["IsSuccessDto"];
    };
    /** @description A JSON Web Key Set (JWKS). */
    JWKSObject: {
      /** @description The application's public signing keys, as JSON Web Keys. */
      keys: {
        [key: string]: unknown;
      }[];
    };
    /** @description A text in each of the four supported languages. */
    LangObject: {
      /** @description The text in Simplified Chinese. */
      "zh-CN": components["schemas"]["LangUnit"];
      /** @description The text in English. */
      "en-US": components["schemas"]["LangUnit"];
      /** @description The text in Traditional Chinese. */
      "zh-TW": components["schemas"]["LangUnit"];
      /** @description The text in Japanese. */
      "ja-JP": components["schemas"]["LangUnit"];
    };
    /** @description The text for one language, and whether it is used. */
    LangUnit: {
      /** @description Whether this translation is used; it is shown when enabled and the language is chosen in the console. Off by default. */
      enabled: boolean;
      /** @description The translated text. */
      value: string;
    };
    /** @description Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields. */
    ListDeviceCredentialDto: {
      [key: string]: unknown;
    };
    /** @description Envelope answering `listEnrolledFactors`. */
    ListEnrolledFactorsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The MFA factors the user has bound. */
      data: components["schemas"]["FactorDto"][];
    };
    /** @description Envelope answering `listFactorsToEnroll`. */
    ListFactorsToEnrollRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The MFA factor kinds the user can still bind. */
      data: components["schemas"]["FactorToEnrollDto"][];
    };
    /** @description A public account the user may switch to. */
    ListPublicAccountDataDto: {
      /** @description ID of the account. */
      userId: string;
      /** @description URL of the account's avatar. */
      avatar?: string;
      /** @description Name shown for the account. */
      displayName?: string;
      /**
       * @description "Kind of account: `1` is a personal user, `2` a public account."
       * @enum {string}
       */
      usertype?: "1" | "2";
    };
    /** @description One page of the user's WebAuthn authenticators. */
    ListWebAuthnAuthenticatorDeviceDataDto: {
      /** @description How many authenticators there are in all, across every page. */
      totalCount: number;
      /** @description The authenticators on this page. */
      list: unknown[];
    };
    /** @description An application the user has signed in to. */
    LoggedInAppsDto: {
      /** @description ID of the application. */
      appId: string;
      /** @description Name of the application. */
      appName: string;
      /** @description URL of the application's sign-in page. */
      appLoginUrl: string;
      /** @description URL of the application's logo. */
      appLogo: string;
      /** @description Whether the user is signed in to it right now. */
      active: boolean;
    };
    /** @description One sign-in attempt by the user. */
    LoginHistoryDto: {
      /** @description ID of the user. */
      userId: string;
      /** @description ID of the application signed in to. */
      appId: string;
      /** @description Name of the application. */
      appName: string;
      /** @description URL of the application's sign-in page. */
      appLoginUrl: string;
      /** @description URL of the application's logo. */
      appLogo: string;
      /** @description When the sign-in happened. */
      loginAt: string;
      /** @description IP address the client signed in from. */
      clientIp: string;
      /** @description Whether the sign-in succeeded. */
      success: boolean;
      /** @description Why the sign-in failed; present only for failures. */
      errorMessage?: string;
      /** @description User-Agent string of the client. */
      userAgent: string;
      /** @description The User-Agent broken down into device, browser and OS. */
      parsedUserAgent: components["schemas"]["ParsedUserAgent"];
      /** @description How the user signed in. */
      loginMethod: string;
      /** @description Where the client IP is located. */
      geoip: components["schemas"]["GeoIp"];
      /** @description ID of the tenant signed in to, if any. */
      tenantId?: string;
    };
    /** @description One page of sign-in history. */
    LoginHistoryPaginatedRespDto: {
      /** @description How many records there are in all, across every page. */
      totalCount: number;
      /** @description The records on this page. */
      list: components["schemas"]["LoginHistoryDto"][];
    };
    /** @description Envelope answering a successful sign-in, carrying the issued tokens. */
    LoginTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The tokens issued for the user. */
      data: components["schemas"]["LoginTokenResponseDataDto"];
    };
    /** @description Tokens issued when a user signs in. */
    LoginTokenResponseDataDto: {
      /** @description Scopes the access token grants. */
      scope?: string;
      /** @description Access token for calling protected APIs until it expires. */
      access_token?: string;
      /** @description ID token; decode it to read the user's identity claims. */
      id_token?: string;
      /** @description Token for getting a new access token when the current one expires. */
      refresh_token?: string;
      /** @description Type of the access token. */
      token_type: string;
      /** @description Lifetime of the access token, in seconds. */
      expire_in: number;
    };
    /** @description Options of `buildLogoutUrl` and `logoutWithRedirect`. */
    LogoutParams: {
      /** @description Where to send the browser after sign-out; replaces the `logoutRedirectUri` given to the client. */
      redirectUri?: string;
      /** @description ID token from the sign-in, sent as `id_token_hint`; recommended. */
      idToken?: string;
      /** @description Value handed back unchanged to the redirect target. */
      state?: string;
    };
    /** @description A one-time password to check against the user's OTP factor. */
    MfaOtpVerityDto: {
      /** @description One-time password from the user's authenticator app. */
      totp: string;
    };
    /** @description Envelope answering `mfaOtpVerify`. */
    MfaOtpVerityRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Whether the one-time password was accepted. */
      data: components["schemas"]["OtpVerityRespDto"];
    };
    /** @description The MFA token to introspect. */
    MfaTokenIntrospectEndpointParams: {
      /** @description The `mfa_token` to inspect. */
      token: string;
    };
    /** @description What introspecting an MFA token reveals. */
    MfaTokenIntrospectResponse: {
      /** @description Whether the token is valid; the other fields are only present when it is. */
      active: boolean;
      /** @description ID of the user pool that issued the token. */
      userPoolId?: string;
      /** @description ID of the user the token was issued to. */
      userId?: string;
      /** @description When the token expires, in Unix seconds. */
      exp?: number;
      /** @description When the token was issued, in Unix seconds. */
      iat?: number;
    };
    /** @description Tokens returned by the OIDC token endpoint. */
    OIDCTokenResponse: {
      /** @description The access token, a JWT. */
      access_token: string;
      /** @description The ID token, a JWT. */
      id_token: string;
      /** @description Lifetime of the access token, in seconds. */
      expires_in: number;
      /** @description Refresh token; issued only when the `offline_access` scope was requested. */
      refresh_token: string;
      /** @description "Type of the access token: `Bearer`." */
      token_type: string;
    };
    /** @description OAuth 2.0 options of `buildAuthorizeUrl`. */
    OauthParams: {
      /** @description Callback URL; the `redirectUri` given to the client when omitted. */
      redirectUri?: string;
      /**
       * @description OAuth 2.0 response type; `code` when omitted.
       * @enum {string}
       */
      responseType?: "code" | "token";
      /** @description Opaque value for the callback; a random string is generated when omitted. */
      state?: string;
      /** @description Scopes to request; `user` when omitted. */
      scope?: string;
    };
    /** @description OIDC options of `buildAuthorizeUrl`. */
    OidcParams: {
      /** @description Callback URL; the `redirectUri` given to the client when omitted. */
      redirectUri?: string;
      /**
       * @description OIDC response type; `code` (authorization code flow) when omitted.
       * @enum {string}
       */
      responseType?: "code" | "code id_token token" | "code id_token" | "code token" | "id_token token" | "id_token" | "none";
      /**
       * @description How the result is delivered to the callback; `query` when omitted.
       * @enum {string}
       */
      responseMode?: "query" | "fragment" | "form_post";
      /** @description Opaque value for the callback; a random string is generated when omitted. */
      state?: string;
      /** @description Value bound into the ID token; a random string is generated when omitted. */
      nonce?: string;
      /**
       * @description Scopes to request, separated by spaces.
       *     When omitted, the docs give `openid profile email phone address`, while the official SDK 4.0.2 uses `openid profile`.
       */
      scope?: string;
      /**
       * @description "How `codeChallenge` was derived for PKCE: `plain` or `S256`."
       * @enum {string}
       */
      codeChallengeMethod?: "plain" | "S256";
      /** @description PKCE `code_challenge`, at least 43 characters long. */
      codeChallenge?: string;
      /** @description ID of the GenAuth tenant to sign in to. */
      tenantId?: string;
      /** @description Make the user sign in again even with a live session (sends `prompt=login`). */
      forced?: boolean;
    };
    /** @description A resource granted by a data policy, with what the grant allows. */
    OpenResource: {
      /** @description Code of the resource the data policy grants. */
      resourceCode: string;
      /**
       * @description Shape of the granted resource; it decides which of the three `*Authorize` fields is filled in.
       * @enum {string}
       */
      resourceType: "TREE" | "STRING" | "ARRAY";
      /** @description The grant, for a `STRING` resource. */
      strAuthorize?: components["schemas"]["StrAuthorize"];
      /** @description The grant, for an `ARRAY` resource. */
      arrAuthorize?: components["schemas"]["ArrayAuthorize"];
      /** @description The grant, for a `TREE` resource. */
      treeAuthorize?: components["schemas"]["TreeAuthorize"];
    };
    /** @description Outcome of checking a one-time password. */
    OtpVerityRespDto: {
      /** @description Whether the one-time password was accepted. */
      verified: boolean;
    };
    /** @description A User-Agent string broken into parts. */
    ParsedUserAgent: {
      /** @description Kind of device the client ran on. */
      device: string;
      /** @description Name of the browser. */
      name: string;
      /** @description Operating system of the client. */
      os: string;
    };
    /** @description Envelope answering `verifyResetPasswordRequest`. */
    PasswordResetVerifyResp: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The password reset token and when it expires. */
      data: components["schemas"]["ResetPasswordVerify"];
    };
    /** @description One condition of a policy statement. */
    PolicyCondition: {
      /**
       * @description What the condition tests, such as the source IP or the current time.
       * @enum {string}
       */
      param:
        | "UserPoolId"
        | "AppId"
        | "RequestFrom"
        | "UserId"
        | "UserArn"
        | "CurrentTime"
        | "EpochTime"
        | "SourceIp"
        | "User"
        | "MultiFactorAuthPresent"
        | "MultiFactorAuthAge"
        | "UserAgent"
        | "Referer"
        | "Device"
        | "OS"
        | "Country"
        | "Province"
        | "City"
        | "DeviceChanged"
        | "DeviceUntrusted"
        | "ProxyUntrusted"
        | "LoggedInApps"
        | "Namespace";
      /**
       * @description How the tested value is compared with `value`.
       * @enum {string}
       */
      operator:
        | "Bool"
        | "DateEquals"
        | "DateNotEquals"
        | "DateLessThan"
        | "DateLessThanEquals"
        | "DateGreaterThan"
        | "DateGreaterThanEquals"
        | "IpAddress"
        | "NotIpAddress"
        | "NumericEquals"
        | "NumericNotEquals"
        | "NumericLessThan"
        | "NumericLessThanEquals"
        | "NumericGreaterThan"
        | "NumericGreaterThanEquals"
        | "StringEquals"
        | "StringNotEquals"
        | "StringEqualsIgnoreCase"
        | "StringNotEqualsIgnoreCase"
        | "StringLike"
        | "StringNotLike"
        | "ListContains";
      /** @description Value the tested attribute is compared with. */
      value: string;
    };
    /** @description Extra options when joining through a policy invitation. */
    PolicyInviteJoinedOptionsDto: {
      /** @description SMS code for the phone number entered while completing the profile at sign-up. */
      phonePassCodeForInformationCompletion?: string;
      /** @description Email code for the email address entered while completing the profile at sign-up. */
      emailPassCodeForInformationCompletion?: string;
    };
    /** @description The invitee token, verification code and profile for joining through a policy invitation. */
    PolicyInviteeJoinedDto: {
      /** @description The invitee token from `generateInviteToken`, which allows the invited sign-up. */
      token: string;
      /** @description Verification code the invitee received. */
      code?: string;
      /**
       * @description Whether the code was sent by SMS or by email.
       * @enum {string}
       */
      receiverType?: "smsCode" | "emailCode";
      /** @description Profile details of the new user. */
      profile?: components["schemas"]["InviteeProfileDto"];
      /** @description Extra options. */
      options?: components["schemas"]["PolicyInviteJoinedOptionsDto"];
    };
    /** @description Outcome of checking a verification code in advance. */
    PreCheckCodeDataDto: {
      /** @description Whether the code is right and has not expired. */
      isValid: boolean;
      /** @description Why the code was rejected (wrong or expired); present when `isValid` is false. */
      message?: string;
    };
    /** @description A verification code to check without using it up. */
    PreCheckCodeDto: {
      /**
       * @description Whether an SMS or an email code is checked.
       * @enum {string}
       */
      codeType: "SMS" | "EMAIL";
      /** @description What to check, for an SMS code. */
      smsCodePayload?: components["schemas"]["PreCheckSmsCodeDto"];
      /** @description What to check, for an email code. */
      emailCodePayload?: components["schemas"]["PreCheckEmailCodeDto"];
    };
    /** @description Envelope answering `preCheckCode`. */
    PreCheckCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Whether the code is valid. */
      data: components["schemas"]["PreCheckCodeDataDto"];
    };
    /** @description An email code to check in advance. */
    PreCheckEmailCodeDto: {
      /** @description Email address the code was sent to; letter case does not matter. */
      email: string;
      /** @description The code from the email. */
      passCode: string;
      /**
       * @description "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
       * @enum {string}
       */
      channel:
        | "CHANNEL_LOGIN"
        | "CHANNEL_REGISTER"
        | "CHANNEL_RESET_PASSWORD"
        | "CHANNEL_VERIFY_EMAIL_LINK"
        | "CHANNEL_UPDATE_EMAIL"
        | "CHANNEL_BIND_EMAIL"
        | "CHANNEL_UNBIND_EMAIL"
        | "CHANNEL_VERIFY_MFA"
        | "CHANNEL_UNLOCK_ACCOUNT"
        | "CHANNEL_COMPLETE_EMAIL"
        | "CHANNEL_DELETE_ACCOUNT";
    };
    /** @description An SMS code to check in advance. */
    PreCheckSmsCodeDto: {
      /** @description Phone number the code was sent to, without the country code (send that in `phoneCountryCode`). */
      phone: string;
      /** @description The code from the SMS. */
      passCode: string;
      /** @description Country calling code of `phone`; may be left out for mainland China numbers. SMS abroad must be enabled in the console. */
      phoneCountryCode?: string;
      /**
       * @description "Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."
       * @enum {string}
       */
      channel:
        | "CHANNEL_LOGIN"
        | "CHANNEL_REGISTER"
        | "CHANNEL_RESET_PASSWORD"
        | "CHANNEL_BIND_PHONE"
        | "CHANNEL_UNBIND_PHONE"
        | "CHANNEL_BIND_MFA"
        | "CHANNEL_VERIFY_MFA"
        | "CHANNEL_UNBIND_MFA"
        | "CHANNEL_COMPLETE_PHONE"
        | "CHANNEL_IDENTITY_VERIFICATION"
        | "CHANNEL_DELETE_ACCOUNT";
    };
    /** @description A custom user event, as `pub(eventName, data)` sends it. */
    PubUserEventDto: {
      /** @description Name of the event. */
      eventType: string;
      /** @description Who sent it; the official SDK sends `authing-node-sdk: <version>`. */
      source: string;
      /** @description The event's payload, as a string. */
      eventData: string;
    };
    /** @description The account to switch the session to, and sign-in options. */
    PublicAccountSwitchLoginDto: {
      /** @description ID of the account to switch the session to. */
      targetUserId: string;
      /** @description Extra sign-in options. */
      options?: components["schemas"]["SignInBySwitchOptionsDto"];
    };
    /** @description WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`). */
    PublicKeyCredentialCreationOptionsDto: {
      /** @description Challenge to sign, base64url-encoded. */
      challenge: string;
      /** @description Credentials the user already has, so the same authenticator is not registered twice. */
      excludeCredentials: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
      /** @description Signature algorithms the relying party accepts. */
      pubKeyCredParams: components["schemas"]["PublicKeyCredentialParametersDto"][];
      /** @description The relying party. */
      rp: components["schemas"]["PublicKeyCredentialRpEntityDto"];
      /** @description How long the ceremony may take, in milliseconds. */
      timeout: number;
      /** @description The user the credential is created for. */
      user: components["schemas"]["PublicKeyCredentialUserEntityDto"];
    };
    /** @description Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`). */
    PublicKeyCredentialDescriptorDto: {
      /** @description ID of the credential. */
      id: string;
      /** @description How the client may reach the authenticator holding the credential. */
      transports: string[];
      /** @description Always `public-key`. */
      type: string;
    };
    /** @description A credential type and signature algorithm the relying party accepts. */
    PublicKeyCredentialParametersDto: {
      /** @description COSE algorithm identifier, a negative integer. */
      alg: number;
      /** @description Always `public-key`. */
      type: string;
    };
    /** @description WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`). */
    PublicKeyCredentialRequestOptionsDto: {
      /** @description Challenge to sign, base64url-encoded. */
      challenge: string;
      /** @description Credentials the authenticator may use for this sign-in. */
      allowCredentials?: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
      /** @description ID of the relying party; the same as when the authenticator was registered. */
      rpId: string;
      /** @description How long the ceremony may take, in milliseconds. */
      timeout: number;
    };
    /** @description The WebAuthn relying party. */
    PublicKeyCredentialRpEntityDto: {
      /** @description Domain of the relying party. */
      id: string;
      /** @description Name of the relying party. */
      name: string;
    };
    /** @description The user a WebAuthn credential belongs to. */
    PublicKeyCredentialUserEntityDto: {
      /** @description ID of the user. */
      id: string;
      /** @description Username of the user. */
      name: string;
      /** @description Name shown for the user. */
      displayName: string;
    };
    /** @description Short details of the user who scanned a QR code. */
    QRCodeStatusBriefUserInfoDto: {
      /** @description Name shown for the user. */
      displayName: string;
      /** @description URL of the user's avatar. */
      photo: string;
    };
    /** @description The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation). */
    RegistrationCredentialDto: {
      /** @description ID of the credential, base64url-encoded. */
      id: string;
      /** @description ID of the credential as raw bytes. */
      rawId: string;
      /** @description The attestation the relying party checks before registering the credential. */
      response: components["schemas"]["AuthenticatorAttestationResponseDto"];
      /** @description How the client may reach the authenticator; optional. */
      transports?: string[];
      /** @description Always `public-key`. */
      type: string;
    };
    /** @description WebAuthn options for registering an authenticator, with the ticket that goes with them. */
    RegistrationOptionsDto: {
      /** @description What the authenticator needs to create the credential. */
      registrationOptions: components["schemas"]["PublicKeyCredentialCreationOptionsDto"];
      /** @description Ticket to send back together with the created credential when it is verified. */
      ticket: string;
    };
    /** @description A request body with no documented fields; any properties given are sent as they are. */
    RemoveDeviceCredentialDto: {
      [key: string]: unknown;
    };
    /** @description Identifies the MFA factor to unbind from the current user. */
    ResetFactorDto: {
      /** @description ID of the bound MFA factor to remove. */
      factorId: string;
    };
    /** @description Envelope answering `resetFactor`; it carries no data of its own. */
    ResetFactorRespDto: components["schemas"]["GenAuthEnvelope"];
    /** @description Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password. */
    ResetPasswordByEmailPassCodeDto: {
      /** @description The email address the account is bound to; letter case does not matter. */
      email?: string;
      /** @description The one-time code mailed by `sendEmail`; it can be used once and by default expires after 5 minutes. */
      passCode: string;
    };
    /** @description Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password. */
    ResetPasswordByPhonePassCodeDto: {
      /** @description The phone number the account is bound to, without the country calling code (that goes in `phoneCountryCode`). */
      phoneNumber: string;
      /** @description The one-time code texted by `sendSms`; it can be used once and expires after one minute. */
      passCode: string;
      /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      phoneCountryCode?: string;
    };
    /** @description Sets a new password using the token obtained from `verifyResetPasswordRequest`. */
    ResetPasswordDto: {
      /** @description The new password, encrypted as given by `passwordEncryptType` (plain text when `none`). */
      password: string;
      /** @description The reset token returned by `verifyResetPasswordRequest`. */
      passwordResetToken: string;
      /**
       * @description How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
    };
    /** @description A token that lets the holder set a new password, and how long it lasts. */
    ResetPasswordVerify: {
      /** @description Token to pass as `passwordResetToken` to `resetPassword`. */
      passwordResetToken: string;
      /** @description How long the token stays valid, in seconds. */
      tokenExpiresIn: number;
    };
    /** @description Identifies the device whose login session should be ended. */
    RevokeDeviceSessionDto: {
      /** @description The device's unique identifier, as listed by the device list. */
      deviceId: string;
    };
    /** @description A role held by the current user, within one permission space. */
    RoleDto: {
      /** @description The role's ID. */
      id: string;
      /** @description The role's code; no two roles in the same permission space share one. */
      code: string;
      /** @description The role's display name within its permission space. */
      name: string;
      /** @description Free-text description of the role. */
      description: string;
      /** @description Code of the permission space (namespace) the role belongs to; absent means the default permission space. */
      namespace: string;
      /** @description Display name of the permission space (namespace) the role belongs to. */
      namespaceName: string;
      /** @description Whether the role is active: `ENABLE` (in use) or `DISABLE` (disabled). */
      status?: string;
      /** @description When the role will be disabled automatically, as a millisecond timestamp; null if it never expires. */
      disableTime?: number;
      /** @description True if users may request this role's permissions; the application must also have SSO enabled and be visible to users without access. */
      enablePermissionApply?: boolean;
    };
    /** @description Envelope answering `getRoleList`. */
    RoleListRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The roles the current user holds. */
      data: components["schemas"]["RoleDto"][];
    };
    /** @description A role that a permission request asks to be granted. */
    RolePermissionApplyApprovalObject: {
      /** @description ID of the requested role. */
      objectId: string;
      /** @description Display name of the requested role. */
      objectName: string;
      /** @description Code of the requested role. */
      roleCode: string;
      /** @description Numeric ID of the role's permission space. */
      namespaceId: number;
      /** @description Code of the role's permission space, which is the application ID. */
      namespaceCode: string;
    };
    /** @description Asks GenAuth to send an email (such as a one-time passcode) for a given purpose. */
    SendEmailDto: {
      /**
       * @description What the email is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
       * @enum {string}
       */
      channel:
        | "CHANNEL_LOGIN"
        | "CHANNEL_REGISTER"
        | "CHANNEL_RESET_PASSWORD"
        | "CHANNEL_VERIFY_EMAIL_LINK"
        | "CHANNEL_UPDATE_EMAIL"
        | "CHANNEL_BIND_EMAIL"
        | "CHANNEL_UNBIND_EMAIL"
        | "CHANNEL_VERIFY_MFA"
        | "CHANNEL_UNLOCK_ACCOUNT"
        | "CHANNEL_COMPLETE_EMAIL"
        | "CHANNEL_DELETE_ACCOUNT";
      /** @description Address to send to; letter case does not matter. */
      email: string;
    };
    /** @description Envelope answering `sendEmail`; it carries no data of its own. */
    SendEmailRespDto: components["schemas"]["GenAuthEnvelope"];
    /** @description What GenAuth returns when an MFA factor enrollment is started. */
    SendEnrollFactorRequestDataDto: {
      /** @description Short-lived token (valid for one minute) to pass back when completing the factor enrollment. */
      enrollmentToken: string;
      /** @description OTP setup data; present only when the factor being enrolled is of type `OTP`. */
      otpData?: components["schemas"]["SendEnrollFactorRequestOtpDataDto"];
    };
    /** @description Starts enrolling a new MFA factor for the current user. */
    SendEnrollFactorRequestDto: {
      /** @description Details of the factor to enroll, such as the phone number or email that will receive codes. */
      profile: components["schemas"]["FactorProfile"];
      /**
       * @description Kind of factor to enroll: `OTP`, `SMS`, `EMAIL` or `FACE`.
       * @enum {string}
       */
      factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
    };
    /** @description What an authenticator app needs to set up an OTP factor. */
    SendEnrollFactorRequestOtpDataDto: {
      /** @description The `otpauth://` URI describing the OTP secret, for authenticator apps. */
      qrCodeUri: string;
      /** @description The same URI as a QR code image, Base64-encoded, ready for a front end to display. */
      qrCodeDataUrl: string;
      /** @description Recovery code for regaining access if the OTP device is lost. */
      recoveryCode: string;
    };
    /** @description Envelope answering `sendEnrollFactorRequest`. */
    SendEnrollFactorRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The enrollment token and, for OTP factors, the setup data. */
      data: components["schemas"]["SendEnrollFactorRequestDataDto"];
    };
    /** @description Asks GenAuth to text a one-time passcode for a given purpose. */
    SendSMSDto: {
      /**
       * @description What the SMS is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.
       * @enum {string}
       */
      channel:
        | "CHANNEL_LOGIN"
        | "CHANNEL_REGISTER"
        | "CHANNEL_RESET_PASSWORD"
        | "CHANNEL_BIND_PHONE"
        | "CHANNEL_UNBIND_PHONE"
        | "CHANNEL_BIND_MFA"
        | "CHANNEL_VERIFY_MFA"
        | "CHANNEL_UNBIND_MFA"
        | "CHANNEL_COMPLETE_PHONE"
        | "CHANNEL_IDENTITY_VERIFICATION"
        | "CHANNEL_DELETE_ACCOUNT";
      /** @description Number to send to, without the country calling code (that goes in `phoneCountryCode`). */
      phoneNumber: string;
      /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      phoneCountryCode?: string;
    };
    /** @description Envelope answering `sendSms`; it carries no data of its own. */
    SendSMSRespDto: components["schemas"]["GenAuthEnvelope"];
    /** @description Windows Active Directory credentials for signing in. */
    SignInByAdPayloadDto: {
      /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
      password: string;
      /** @description The account's sAMAccountName (logon name) in the Windows AD directory. */
      sAMAccountName: string;
    };
    /** @description What the Alipay mobile SDK returns, for signing in with Alipay. */
    SignInByAlipayPayloadDto: {
      /** @description Single-use code handed back by Alipay after the user authorized the app. */
      code?: string;
    };
    /** @description What the Amazon mobile SDK returns, for signing in with Amazon. */
    SignInByAmazonPayloadDto: {
      /** @description Access token issued by Amazon after the user authorized the app. */
      access_token: string;
    };
    /** @description What Sign in with Apple returns on mobile, for signing in with Apple. */
    SignInByApplePayloadDto: {
      /** @description Single-use code handed back by Apple after the user authorized the app. */
      code?: string;
    };
    /** @description What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`. */
    SignInByBaiduPayloadDto: {
      /** @description Authorization code from Baidu; if `access_token` is sent as well, this one is used. */
      code?: string;
      /** @description Access token from Baidu; ignored when `code` is also sent. */
      access_token?: string;
    };
    /** @description What the DingTalk mobile SDK returns, for signing in with DingTalk. */
    SignInByDingTalkPayloadDto: {
      /** @description Code handed back by DingTalk after the user authorized the app. */
      code: string;
      /** @description Set to true when `code` is an SNS code that GenAuth must resolve through DingTalk's `sns/getuserinfo_bycode`; otherwise the code is first exchanged for an access token. */
      isSnsCode?: boolean;
    };
    /** @description Douyin mini program login data together with the user's authorized phone number. */
    SignInByDouyinMiniProgramCodeAndPhonePayloadDto: {
      /** @description The login code and, optionally, the user profile from `tt.getUserProfile`. */
      loginParams: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
      /** @description The encrypted phone number the user agreed to share; it is stored on a new user, or on an existing user who has no phone yet. */
      phoneParams: components["schemas"]["SignInByDouyinMiniProgramPhoneInfoPayloadDto"];
    };
    /** @description What a Douyin mini program sends to sign the user in. */
    SignInByDouyinMiniProgramCodePayloadDto: {
      /** @description Encrypted user data returned by Douyin's open-data API. */
      encryptedData?: string;
      /** @description Initialization vector Douyin returns for decrypting `encryptedData`; needed whenever `encryptedData` is sent. */
      iv?: string;
      /** @description Login code returned by Douyin's `tt.login`. */
      code: string;
    };
    /** @description The encrypted phone number a Douyin mini program received from the user. */
    SignInByDouyinMiniProgramPhoneInfoPayloadDto: {
      /** @description Initialization vector from the mini program's get-phone-number call; needed whenever `encryptedData` is sent. */
      iv?: string;
      /** @description The encrypted phone number from the mini program's get-phone-number call. */
      encryptedData?: string;
    };
    /** @description What the Douyin mobile SDK returns, for signing in with Douyin. */
    SignInByDouyinPayloadDto: {
      /** @description Authorization code handed back by Douyin after the user authorized the app. */
      code: string;
    };
    /** @description What the Facebook mobile SDK returns, for signing in with Facebook. */
    SignInByFacebookPayloadDto: {
      /** @description Access token issued by Facebook after the user authorized the app. */
      access_token: string;
    };
    /** @description What Gitee returns on mobile, for signing in with Gitee. */
    SignInByGiteePayloadDto: {
      /** @description Authorization code handed back by Gitee after the user authorized the app. */
      code: string;
    };
    /** @description What GitHub returns on mobile, for signing in with GitHub. */
    SignInByGithubPayloadDto: {
      /** @description Authorization code handed back by GitHub after the user authorized the app. */
      code: string;
    };
    /** @description What GitLab returns on mobile, for signing in with GitLab. */
    SignInByGitlabPayloadDto: {
      /** @description Authorization code handed back by GitLab after the user authorized the app. */
      code: string;
    };
    /** @description What the Google mobile SDK returns, for signing in with Google. */
    SignInByGooglePayloadDto: {
      /** @description Code handed back by Google after the user authorized the app. */
      code: string;
    };
    /** @description What the Huawei mobile SDK returns, for signing in with Huawei. */
    SignInByHuaweiPayloadDto: {
      /** @description Authorization code handed back by Huawei after the user authorized the app. */
      code: string;
    };
    /** @description What the Kuaishou mobile SDK returns, for signing in with Kuaishou. */
    SignInByKuaishouPayloadDto: {
      /** @description Authorization code handed back by Kuaishou after the user authorized the app. */
      code: string;
    };
    /** @description What a Lark (Feishu) widget returns, for signing in with Lark. */
    SignInByLarkBlockPayloadDto: {
      /** @description Single-use code handed back by the Lark (Feishu) widget login. */
      code?: string;
    };
    /** @description What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark. */
    SignInByLarkInternalPayloadDto: {
      /** @description Single-use code handed back by the Lark (Feishu) self-built app login. */
      code?: string;
    };
    /** @description What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark. */
    SignInByLarkPublicPayloadDto: {
      /** @description Single-use code handed back by the Lark (Feishu) app-store app login. */
      code?: string;
    };
    /** @description LDAP directory credentials for signing in. */
    SignInByLdapPayloadDto: {
      /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
      password: string;
      /** @description The account's sAMAccountName (logon name) in the LDAP or AD directory. */
      sAMAccountName: string;
    };
    /** @description What the LINE mobile SDK returns, for signing in with LINE. */
    SignInByLinePayloadDto: {
      /** @description Access token issued by LINE after the user authorized the app. */
      access_token: string;
      /** @description ID token issued by LINE (only with the `openid` scope); when present the user's details are read from it instead of via `access_token`. */
      id_token?: string;
    };
    /** @description What LinkedIn returns on mobile, for signing in with LinkedIn. */
    SignInByLinkedInPayloadDto: {
      /** @description Code handed back by LinkedIn after the user authorized the app. */
      code: string;
    };
    /** @description Optional settings for a mobile social sign-in. */
    SignInByMobileOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: unknown;
      /** @description ID of the tenant to sign in to. */
      tenantId?: string;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
    };
    /** @description What the OPPO mobile SDK returns, for signing in with OPPO. */
    SignInByOPPOPayloadDto: {
      /** @description Authorization code handed back by OPPO after the user authorized the app. */
      code: string;
    };
    /** @description A one-time passcode plus the email or phone it was sent to. */
    SignInByPassCodePayloadDto: {
      /** @description The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
      passCode: string;
      /** @description Email address the code was sent to; letter case does not matter. */
      email?: string;
      /** @description Phone number the code was sent to. */
      phone?: string;
      /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      phoneCountryCode?: string;
    };
    /** @description A password plus one identifier (account, email, username or phone) of the user. */
    SignInByPasswordPayloadDto: {
      /** @description The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
      password: string;
      /** @description Any of the user's identifiers: username, phone number or email. */
      account?: string;
      /** @description The user's email address; letter case does not matter. */
      email?: string;
      /** @description The user's username. */
      username?: string;
      /** @description The user's phone number. */
      phone?: string;
    };
    /** @description Starts a push sign-in for an account, answered with a code that identifies the pending login. */
    SignInByPushDto: {
      /** @description Any of the user's identifiers: username, phone number or email. */
      account: string;
      /** @description Optional settings for the sign-in. */
      options?: components["schemas"]["SignInByPushOptionsDto"];
    };
    /** @description Optional settings for a push sign-in. */
    SignInByPushOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: string;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
    };
    /** @description What the QQ mobile SDK returns, for signing in with QQ. */
    SignInByQQPayloadDto: {
      /** @description Access token issued by QQ after the user authorized the app. */
      access_token: string;
    };
    /** @description What Slack returns on mobile, for signing in with Slack. */
    SignInBySlackPayloadDto: {
      /** @description Authorization code handed back by Slack after the user authorized the app. */
      code: string;
    };
    /** @description Optional settings for switching the signed-in account. */
    SignInBySwitchOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: unknown;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
    };
    /** @description Optional settings for a WebAuthn (passkey) sign-in. */
    SignInByWebAuthnOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: unknown;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
    };
    /** @description WeChat mini program login data together with the user's authorized phone number. */
    SignInByWechatMiniProgramCodeAndPhonePayloadDto: {
      /** @description The `wx.login` code and, optionally, the encrypted user data. */
      wxLoginInfo: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
      /** @description The code for the phone number the user agreed to share; the number is stored on a new user, or on an existing user who has no phone yet. */
      wxPhoneInfo: components["schemas"]["SignInByWechatMiniProgramPhoneInfoPayloadDto"];
    };
    /** @description What a WeChat mini program sends to sign the user in. */
    SignInByWechatMiniProgramCodePayloadDto: {
      /** @description Encrypted user data returned by WeChat's open-data API. */
      encryptedData?: string;
      /** @description Initialization vector WeChat returns for decrypting `encryptedData`. */
      iv?: string;
      /** @description Login code returned by WeChat's `wx.login`. */
      code: string;
    };
    /** @description The phone number a WeChat mini program received from the user, as a code. */
    SignInByWechatMiniProgramPhoneInfoPayloadDto: {
      /** @description Code from the mini program's get-phone-number call, which GenAuth exchanges for the number. */
      code: string;
    };
    /** @description What a WeChat mini program sends to sign the user in by their phone number. */
    SignInByWechatMiniProgramPhonePayloadDto: {
      /** @description Encrypted data returned by WeChat's open-data API. */
      encryptedData: string;
      /** @description Initialization vector WeChat returns for decrypting `encryptedData`. */
      iv: string;
      /** @description Login code returned by WeChat's `wx.login`. */
      code: string;
    };
    /** @description What the WeChat mobile SDK returns, for signing in with WeChat. */
    SignInByWechatPayloadDto: {
      /** @description Single-use code handed back by WeChat after the user authorized the app. */
      code?: string;
    };
    /** @description What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom. */
    SignInByWechatworkAgencyPayloadDto: {
      /** @description Single-use code handed back by WeCom (agency mode) after the user authorized the app. */
      code?: string;
    };
    /** @description What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom. */
    SignInByWechatworkDto: {
      /** @description Single-use code handed back by WeCom after the user authorized the app. */
      code?: string;
    };
    /** @description What the Sina Weibo mobile SDK returns, for signing in with Weibo. */
    SignInByWeiboPayloadDto: {
      /** @description Access token issued by Sina Weibo after the user authorized the app. */
      access_token: string;
    };
    /** @description What the Xiaomi mobile SDK returns, for signing in with Xiaomi. */
    SignInByXiaomiPayloadDto: {
      /** @description Authorization code handed back by Xiaomi after the user authorized the app. */
      code: string;
    };
    /** @description What NetEase Yidun's one-tap mobile carrier login returns. */
    SignInByYidunPayloadDto: {
      /** @description Token issued by NetEase Yidun. */
      token?: string;
      /** @description The mobile carrier's authorization code, as returned through NetEase Yidun. */
      accessToken?: string;
    };
    /** @description Settings for creating a fast-pass sign-in QR code. */
    SignInFastpassDto: {
      /** @description Optional settings for the fast-pass sign-in. */
      options?: components["schemas"]["SignInFastpassOptionsDto"];
    };
    /** @description Optional settings for a fast-pass (QR code) sign-in. */
    SignInFastpassOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: unknown;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
    };
    /** @description Optional settings for a sign-in with credentials. */
    SignInOptionsDto: {
      /** @description Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token. */
      scope?: string;
      /** @description The end user's real IP address; GenAuth otherwise logs the IP the request came from, so set this when calling from a server. */
      clientIp?: string;
      /** @description Extra context for this request, made available to Pipeline functions run before and after authentication. */
      context?: unknown;
      /** @description ID of the tenant to sign in to. */
      tenantId?: string;
      /** @description Custom user data to store; each custom field must be defined in the console first. */
      customData?: unknown;
      /** @description When true, a user that does not exist yet is created; works only with a username, email or phone plus password, not with the generic `account` field. */
      autoRegister?: boolean;
      /** @description The text of the image captcha (letter case does not matter); needed once too many failed logins have triggered a captcha security policy. */
      captchaCode?: string;
      /** @description The token returned alongside the captcha by `geneCatchaCodeAndToken`; send it together with `captchaCode`. */
      captchaToken?: string;
      /**
       * @description How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
    };
    /** @description A one-time passcode plus the email or phone it was sent to, for registering. */
    SignUpByPassCodeDto: {
      /** @description The one-time code, sent beforehand with `sendSms` or `sendEmail`. */
      passCode: string;
      /** @description Email address the code was sent to; letter case does not matter. */
      email?: string;
      /** @description Phone number the code was sent to. */
      phone?: string;
      /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      phoneCountryCode?: string;
    };
    /** @description A password plus a username or email, for registering. */
    SignUpByPasswordDto: {
      /** @description The new user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption. */
      password: string;
      /** @description Username for the new account. */
      username?: string;
      /** @description Email address for the new account; letter case does not matter. */
      email?: string;
    };
    /** @description Registers a new user with a password or a one-time passcode. */
    SignUpDto: {
      /**
       * @description How the user registers: `PASSWORD` (fill `passwordPayload`) or `PASSCODE` (fill `passCodePayload`).
       * @enum {string}
       */
      connection: "PASSWORD" | "PASSCODE";
      /** @description Password registration data; required when `connection` is `PASSWORD`. */
      passwordPayload?: components["schemas"]["SignUpByPasswordDto"];
      /** @description Passcode registration data; required when `connection` is `PASSCODE`. */
      passCodePayload?: components["schemas"]["SignUpByPassCodeDto"];
      /** @description Profile fields to store on the new user. */
      profile?: components["schemas"]["SignUpProfileDto"];
      /** @description Optional registration settings. */
      options?: components["schemas"]["SignUpOptionsDto"];
    };
    /** @description Optional settings for a registration. */
    SignUpOptionsDto: {
      /** @description The end user's IP address. */
      clientIp?: string;
      /** @description SMS passcode proving the phone number given in the profile, when registration asks the user to complete that information. */
      phonePassCodeForInformationCompletion?: string;
      /** @description Email passcode proving the email address given in the profile, when registration asks the user to verify it. */
      emailPassCodeForInformationCompletion?: string;
      /** @description A password to give the account when it is registered with a phone passcode. */
      passwordForPhonePassCode?: string;
      /** @description Extra values sent with the registration, saved into the user's custom fields. */
      context: unknown;
      /**
       * @description How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
    };
    /** @description Profile fields that may be set on a user at registration. */
    SignUpProfileDto: {
      /** @description The user's nickname. */
      nickname?: string;
      /** @description Company the user works for. */
      company?: string;
      /** @description The user's avatar image. */
      photo?: string;
      /** @description Device the user registered from. */
      device?: string;
      /** @description Browser the user registered from. */
      browser?: string;
      /** @description The user's name. */
      name?: string;
      /** @description The user's given (first) name. */
      givenName?: string;
      /** @description The user's family (last) name. */
      familyName?: string;
      /** @description The user's middle name. */
      middleName?: string;
      /** @description The user's profile (for example a profile page address). */
      profile?: string;
      /** @description The name the user prefers to be called by. */
      preferredUsername?: string;
      /** @description The user's website. */
      website?: string;
      /**
       * @description The user's gender: `M` male, `F` female, `U` unknown.
       * @enum {string}
       */
      gender?: "M" | "F" | "U";
      /** @description The user's date of birth. */
      birthdate?: string;
      /** @description The user's time zone or region. */
      zoneinfo?: string;
      /** @description The user's locale (language and region). */
      locale?: string;
      /** @description The user's address. */
      address?: string;
      /** @description The full address, formatted for display. */
      formatted?: string;
      /** @description Street part of the user's address. */
      streetAddress?: string;
      /** @description City or locality of the user's address. */
      locality?: string;
      /** @description Region, such as a province or state, of the user's address. */
      region?: string;
      /** @description Postal code of the user's address. */
      postalCode?: string;
      /** @description Country of the user's address. */
      country?: string;
      /** @description The user's email; to have it verified at registration, also send the code mailed by `sendEmail` as `options.emailPassCodeForInformationCompletion`. */
      email?: string;
      /** @description The user's phone number; to have it verified at registration, also send the code texted by `sendSms` as `options.phonePassCodeForInformationCompletion`. */
      phone?: string;
      /** @description Country calling code of `phone`. */
      phoneCountryCode?: string;
      /** @description Values for the user pool's custom user fields. */
      customData?: unknown;
    };
    /** @description Signs a user in with a password, a one-time passcode, or LDAP/AD credentials. */
    SigninByCredentialsDto: {
      /**
       * @description Which kind of credentials are sent: `PASSWORD`, `PASSCODE`, `LDAP` or `AD`; fill the matching payload.
       * @enum {string}
       */
      connection: "PASSWORD" | "PASSCODE" | "LDAP" | "AD";
      /** @description Password credentials; required when `connection` is `PASSWORD`. */
      passwordPayload?: components["schemas"]["SignInByPasswordPayloadDto"];
      /** @description Passcode credentials; required when `connection` is `PASSCODE`. */
      passCodePayload?: components["schemas"]["SignInByPassCodePayloadDto"];
      /** @description Windows AD credentials; required when `connection` is `AD`. */
      adPayload?: components["schemas"]["SignInByAdPayloadDto"];
      /** @description LDAP credentials; required when `connection` is `LDAP`. */
      ldapPayload?: components["schemas"]["SignInByLdapPayloadDto"];
      /** @description Optional sign-in settings. */
      options?: components["schemas"]["SignInOptionsDto"];
      /** @description The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
      client_id?: string;
      /** @description The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
      client_secret?: string;
    };
    /** @description Signs a user in with what a social or mobile identity provider returned to the app. */
    SigninByMobileDto: {
      /** @description Identifier of the external identity source connection configured in the console. */
      extIdpConnidentifier: string;
      /**
       * @description Which provider the credentials come from; fill the payload field that matches it.
       * @enum {string}
       */
      connection:
        | "apple"
        | "wechat"
        | "alipay"
        | "wechatwork"
        | "wechatwork_agency"
        | "lark_internal"
        | "lark_public"
        | "lark_block"
        | "yidun"
        | "wechat_mini_program_code"
        | "wechat_mini_program_phone"
        | "wechat_mini_program_code_and_phone"
        | "google"
        | "facebook"
        | "qq"
        | "weibo"
        | "baidu"
        | "linkedin"
        | "dingtalk"
        | "github"
        | "gitee"
        | "gitlab"
        | "douyin"
        | "kuaishou"
        | "xiaomi"
        | "line"
        | "slack"
        | "oppo"
        | "huawei"
        | "amazon"
        | "douyin_mini_program_code"
        | "douyin_mini_program_code_and_phone";
      /** @description WeChat sign-in data; required when `connection` is `wechat`. (The official SDK's comment calls it the Apple payload by mistake.) */
      wechatPayload?: components["schemas"]["SignInByWechatPayloadDto"];
      /** @description Apple sign-in data; required when `connection` is `apple`. (The official SDK's comment calls it the WeChat payload by mistake.) */
      applePayload?: components["schemas"]["SignInByApplePayloadDto"];
      /** @description Alipay sign-in data; required when `connection` is `alipay`. */
      alipayPayload?: components["schemas"]["SignInByAlipayPayloadDto"];
      /** @description WeCom (WeChat Work) sign-in data; required when `connection` is `wechatwork`. */
      wechatworkPayload?: components["schemas"]["SignInByWechatworkDto"];
      /** @description WeCom agency-mode sign-in data; required when `connection` is `wechatwork_agency`. */
      wechatworkAgencyPayload?: components["schemas"]["SignInByWechatworkAgencyPayloadDto"];
      /** @description Lark (Feishu) app-store app sign-in data; required when `connection` is `lark_public`. */
      larkPublicPayload?: components["schemas"]["SignInByLarkPublicPayloadDto"];
      /** @description Lark (Feishu) self-built app sign-in data; required when `connection` is `lark_internal`. */
      larkInternalPayload?: components["schemas"]["SignInByLarkInternalPayloadDto"];
      /** @description Lark (Feishu) widget sign-in data; required when `connection` is `lark_block`. */
      larkBlockPayload?: components["schemas"]["SignInByLarkBlockPayloadDto"];
      /** @description NetEase Yidun sign-in data; required when `connection` is `yidun`. */
      yidunPayload?: components["schemas"]["SignInByYidunPayloadDto"];
      /** @description WeChat mini program code sign-in data; required when `connection` is `wechat_mini_program_code`. */
      wechatMiniProgramCodePayload?: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
      /** @description WeChat mini program phone sign-in data; required when `connection` is `wechat_mini_program_phone`. */
      wechatMiniProgramPhonePayload?: components["schemas"]["SignInByWechatMiniProgramPhonePayloadDto"];
      /** @description WeChat mini program code-and-phone sign-in data; required when `connection` is `wechat_mini_program_code_and_phone`. */
      wechatMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByWechatMiniProgramCodeAndPhonePayloadDto"];
      /** @description Douyin mini program code sign-in data; required when `connection` is `douyin_mini_program_code`. */
      douyinMiniProgramCodePayload?: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
      /** @description Douyin mini program code-and-phone sign-in data; required when `connection` is `douyin_mini_program_code_and_phone`. */
      douyinMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"];
      /** @description Google sign-in data; required when `connection` is `google`. */
      googlePayload?: components["schemas"]["SignInByGooglePayloadDto"];
      /** @description Facebook sign-in data; required when `connection` is `facebook`. */
      facebookPayload?: components["schemas"]["SignInByFacebookPayloadDto"];
      /** @description QQ sign-in data; required when `connection` is `qq`. */
      qqPayload?: components["schemas"]["SignInByQQPayloadDto"];
      /** @description Sina Weibo sign-in data; required when `connection` is `weibo`. */
      weiboPayload?: components["schemas"]["SignInByWeiboPayloadDto"];
      /** @description Baidu sign-in data; required when `connection` is `baidu`. Send `code` or `access_token`; `code` wins if both are given. */
      baiduPayload?: components["schemas"]["SignInByBaiduPayloadDto"];
      /** @description LinkedIn sign-in data; required when `connection` is `linkedin`. */
      linkedInPayload?: components["schemas"]["SignInByLinkedInPayloadDto"];
      /** @description DingTalk sign-in data; required when `connection` is `dingtalk`. */
      dingTalkPayload?: components["schemas"]["SignInByDingTalkPayloadDto"];
      /** @description GitHub sign-in data; required when `connection` is `github`. */
      githubPayload?: components["schemas"]["SignInByGithubPayloadDto"];
      /** @description Gitee sign-in data; required when `connection` is `gitee`. */
      giteePayload?: components["schemas"]["SignInByGiteePayloadDto"];
      /** @description GitLab sign-in data; required when `connection` is `gitlab`. */
      gitlabPayload?: components["schemas"]["SignInByGitlabPayloadDto"];
      /** @description Douyin sign-in data; required when `connection` is `douyin`. */
      douyinPayload?: components["schemas"]["SignInByDouyinPayloadDto"];
      /** @description Kuaishou sign-in data; required when `connection` is `kuaishou`. */
      kuaishouPayload?: components["schemas"]["SignInByKuaishouPayloadDto"];
      /** @description Xiaomi sign-in data; required when `connection` is `xiaomi`. */
      xiaomiPayload?: components["schemas"]["SignInByXiaomiPayloadDto"];
      /** @description LINE sign-in data; required when `connection` is `line`. */
      linePayload?: components["schemas"]["SignInByLinePayloadDto"];
      /** @description Slack sign-in data; required when `connection` is `slack`. */
      slackPayload?: components["schemas"]["SignInBySlackPayloadDto"];
      /** @description OPPO sign-in data; required when `connection` is `oppo`. */
      oppoPayload?: components["schemas"]["SignInByOPPOPayloadDto"];
      /** @description Huawei sign-in data; required when `connection` is `huawei`. */
      huaweiPayload?: components["schemas"]["SignInByHuaweiPayloadDto"];
      /** @description Amazon sign-in data; required when `connection` is `amazon`. */
      amazonPayload?: components["schemas"]["SignInByAmazonPayloadDto"];
      /** @description Optional sign-in settings. */
      options?: components["schemas"]["SignInByMobileOptionsDto"];
      /** @description The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`. */
      client_id?: string;
      /** @description The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`. */
      client_secret?: string;
    };
    /** @description A string-type data resource and the actions the user may perform on it. */
    StrAuthorize: {
      /** @description The string resource's value. */
      value: string;
      /** @description Actions the user may perform on the string resource. */
      actions: string[];
    };
    /** @description A string-type data resource and its actions. */
    StrResourceAuthAction: {
      /** @description The string resource's value. */
      value?: string;
      /** @description Actions defined for the string resource. */
      actions?: string[];
    };
    /** @description Public server information: encryption keys, versions and egress IPs. */
    SystemInfoResp: {
      /** @description RSA256 settings, used to encrypt passwords with `passwordEncryptType` `rsa`. */
      rsa: components["schemas"]["SystmeInfoRSAConfig"];
      /** @description SM2 settings, used to encrypt passwords with `passwordEncryptType` `sm2`. */
      sm2: components["schemas"]["SystmeInfoSM2Config"];
      /** @description Versions of the GenAuth server, console and hosted login page. */
      version: components["schemas"]["SystmeInfoVersion"];
      /** @description Public IP addresses that GenAuth's outgoing requests come from. */
      publicIps: string[];
    };
    /** @description The server's RSA256 public key. */
    SystmeInfoRSAConfig: {
      /** @description Public key for RSA256 encryption of passwords. */
      publicKey: string;
    };
    /** @description The server's SM2 public key. */
    SystmeInfoSM2Config: {
      /** @description Public key for SM2 encryption of passwords. */
      publicKey: string;
    };
    /** @description Versions of the GenAuth components. */
    SystmeInfoVersion: {
      /** @description Version of the core GenAuth service. */
      server: string;
      /** @description Version of the GenAuth console. */
      console: string;
      /** @description Version of the hosted login page. */
      login: string;
    };
    /** @description A device the current user has signed in from, with its last login. */
    TerminalSessionDto: {
      /** @description Details of the device. */
      device: components["schemas"]["DeviceInfo"];
      /** @description When the user last signed in on this device. */
      lastLoginTime: string;
      /** @description IP address of the last sign-in on this device. */
      lastIp?: string;
      /** @description True if the device currently has an active session. */
      online: boolean;
    };
    /** @description Envelope answering `list` (the current user's devices). */
    TerminalSessionRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The devices the current user has signed in from. */
      data: components["schemas"]["TerminalSessionDto"][];
    };
    /** @description A node of a tree-type data resource that the user is authorized on. */
    TreeAuthBo: {
      /** @description Path of the node within the tree. */
      nodePath: string;
      /** @description Name of the node. */
      nodeName: string;
      /** @description Actions the user may perform on the node. */
      nodeActions: string[];
      /** @description Value of the node. */
      nodeValue?: string;
      /** @description Values of the node's extended fields. */
      nodeExtendFieldValue?: unknown;
    };
    /** @description The nodes of a tree-type data resource that the user is authorized on. */
    TreeAuthorize: {
      /** @description One entry per authorized node. */
      authList: components["schemas"]["TreeAuthBo"][];
    };
    /** @description The nodes of a tree-type data resource and their actions. */
    TreeResourceAuthAction: {
      /** @description The tree's nodes. */
      nodeAuthActionList?: components["schemas"]["TreeStructs"][];
    };
    /** @description A node of a tree-type data resource, with its children. */
    TreeStructs: {
      /** @description The node's code; unique among nodes at the same level. */
      code: string;
      /** @description The node's name; unique among nodes at the same level. */
      name: string;
      /** @description The node's value. */
      value?: string;
      /** @description Actions defined on this node of the data policy. */
      actions?: string[];
      /** @description The node's child nodes; a tree has at most five levels. */
      children?: components["schemas"]["TreeStructs"][];
    };
    /** @description Identifies the device to remove from the current user's devices. */
    UnbindDeviceDto: {
      /** @description The device's unique identifier, as listed by the device list. */
      deviceId: string;
    };
    /** @description Confirms removing the email address bound to the current user. */
    UnbindEmailDto: {
      /** @description Passcode mailed by `sendEmail` to the bound address. */
      passCode: string;
    };
    /** @description Confirms removing the phone number bound to the current user. */
    UnbindPhoneDto: {
      /** @description Passcode texted by `sendSms` to the bound number. */
      passCode: string;
    };
    /** @description Outcome of a request to join through a universal invitation link. */
    UniversalInvitationJoinRespDto: {
      /**
       * @description State of the request: `PENDING` (awaiting approval) or `PASSED` (accepted).
       * @enum {string}
       */
      status: "PENDING" | "PASSED";
    };
    /** @description Public information shown on a universal invitation page. */
    UniversalInvitationPublicConfigDto: {
      /** @description The user pool being joined. */
      userPool: components["schemas"]["UserPoolPublicConfigDto"];
      /** @description The person who sent the invitation. */
      inviter?: components["schemas"]["InviterDetailDto"];
    };
    /** @description Asks to join a user pool through a universal invitation link. */
    UniversalInvitationUserJoinDto: {
      /** @description Verification code sent to the applicant's email. */
      emailCode: string;
      /** @description Identifier of the invitation link the applicant followed. */
      identifier: string;
      /** @description Who is applying. */
      profile?: components["schemas"]["UniversalInviteeProfileDto"];
    };
    /** @description Who is applying to join through an invitation. */
    UniversalInviteeProfileDto: {
      /** @description The applicant's name. */
      name: string;
      /** @description The applicant's email address. */
      email: string;
    };
    /** @description Identifies the external identity source to unlink from the current user. */
    UnlinkExtIdpDto: {
      /** @description ID of the external identity source. */
      extIdpId: string;
    };
    /** @description Proves ownership of a new email address (and, if required, of the old one) with passcodes. */
    UpdateEmailByEmailPassCodeDto: {
      /** @description The email address to switch to. */
      newEmail: string;
      /** @description Passcode mailed to the new address. */
      newEmailPassCode: string;
      /** @description The current email address; needed when the user pool requires verifying it before a change. */
      oldEmail?: string;
      /** @description Passcode mailed to the current address; needed when the user pool requires verifying it before a change. */
      oldEmailPassCode?: string;
    };
    /** @description Applies an email change that has been verified. */
    UpdateEmailDto: {
      /** @description Short-lived token returned by `verifyUpdateEmailRequest`. */
      updateEmailToken: string;
    };
    /** @description New settings for a passkey (WebAuthn credential). */
    UpdatePasskeyDto: {
      /** @description Name to show for the passkey. */
      name: string;
    };
    /** @description Changes the current user's password. */
    UpdatePasswordDto: {
      /** @description The password to set. */
      newPassword: string;
      /** @description The user's current password; required if the user already has one. */
      oldPassword?: string;
      /**
       * @description How the passwords are encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
      /** @description Reset token returned by `verifyResetPasswordRequest`. */
      passwordResetToken?: string;
    };
    /** @description Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes. */
    UpdatePhoneByPhonePassCodeDto: {
      /** @description The phone number to switch to, without the country calling code (that goes in `newPhoneCountryCode`). */
      newPhoneNumber: string;
      /** @description Passcode texted to the new number. */
      newPhonePassCode: string;
      /** @description Country calling code of the new number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      newPhoneCountryCode?: string;
      /** @description The current phone number, without the country calling code; needed when the user pool requires verifying it before a change. */
      oldPhoneNumber?: string;
      /** @description Passcode texted to the current number; needed when the user pool requires verifying it before a change. */
      oldPhonePassCode?: string;
      /** @description Country calling code of the current number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      oldPhoneCountryCode?: string;
    };
    /** @description Applies a phone number change that has been verified. */
    UpdatePhoneDto: {
      /** @description Short-lived token returned by `verifyUpdatePhoneRequest`. */
      updatePhoneToken: string;
    };
    /** @description Profile fields of the current user to change; fields left out keep their value. */
    UpdateUserProfileDto: {
      /** @description The user's real name; other users may have the same one. */
      name?: string;
      /** @description The user's nickname. */
      nickname?: string;
      /** @description Address (URL) of the user's avatar image. */
      photo?: string;
      /** @description The user's ID in an external (third-party) system. */
      externalId?: string;
      /** @description The user's date of birth. */
      birthdate?: string;
      /** @description Country the user lives in. */
      country?: string;
      /** @description Province or state the user lives in. */
      province?: string;
      /** @description City the user lives in. */
      city?: string;
      /** @description The user's address. */
      address?: string;
      /** @description Street part of the user's address. */
      streetAddress?: string;
      /** @description Postal code of the user's address. */
      postalCode?: string;
      /**
       * @description The user's gender: `M` male, `F` female, `U` unknown.
       * @enum {string}
       */
      gender?: "M" | "F" | "U";
      /** @description The user's username; no two users in a user pool may share one. */
      username?: string;
      /** @description Company the user works for. */
      company?: string;
      /** @description Values for custom user fields; every key must already be defined as a custom field of the user pool. */
      customData?: unknown;
      /** @description The user's national ID card number. */
      identityNumber?: string;
    };
    /** @description The data resources a data policy grants one user within one permission space. */
    UserAuthResourceListDto: {
      /** @description ID of the user the data policy grants access to. */
      userId: string;
      /** @description Code of the permission space the data policy applies in. */
      namespaceCode: string;
      /** @description Every data-policy resource the user has in that permission space. */
      resourceList?: components["schemas"]["OpenResource"][];
    };
    /** @description Envelope answering `getDepartmentList`. */
    UserDepartmentPaginatedRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description One page of the current user's departments, with the total count. */
      data: components["schemas"]["UserDepartmentPagingDto"];
    };
    /** @description One page of departments plus the total number of matches. */
    UserDepartmentPagingDto: {
      /** @description How many departments match in all, across every page. */
      totalCount: number;
      /** @description The departments on this page. */
      list: components["schemas"]["UserDepartmentRespDto"][];
    };
    /** @description A department the current user belongs to, with the user's role in it. */
    UserDepartmentRespDto: {
      /** @description Code of the organization the department is part of. */
      organizationCode: string;
      /** @description The department's ID. */
      departmentId: string;
      /** @description True if this is the organization's root department. */
      isRoot: boolean;
      /** @description When the department was created. */
      createdAt: string;
      /** @description The department's name. */
      name: string;
      /** @description Free-text description of the department. */
      description: string;
      /** @description A custom ID given to the department. */
      openDepartmentId?: string;
      /** @description True if the user leads this department. */
      isLeader: boolean;
      /** @description The department's identifying code. */
      code: string;
      /** @description True if this is the user's main department. */
      isMainDepartment: boolean;
      /** @description When the user joined the department. */
      joinedAt: string;
      /** @description True if the department is a virtual one. */
      isVirtualNode: boolean;
      /** @description Names of the department in other languages. */
      i18n?: components["schemas"]["DepartmentI18nDto"];
      /** @description Values of the department's extended (custom) fields. */
      customData?: unknown;
      /** @description IDs of the departments from the top of the tree down to this one. */
      departmentIdPath?: string[];
      /** @description Codes of the departments from the top of the tree down to this one. */
      departmentCodePath?: string[];
      /** @description Names of the departments from the top of the tree down to this one. */
      departmentNamePath?: string[];
    };
    /** @description A user's account and profile as GenAuth stores it. */
    UserDto: {
      /** @description The user's unique identifier (by default, the user ID). */
      userId: string;
      /** @description When the account was created. */
      createdAt: string;
      /** @description When the account was last changed. */
      updatedAt: string;
      /**
       * @description State of the account: `Suspended`, `Resigned`, `Activated`, `Archived` or `Deactivated`.
       * @enum {string}
       */
      status: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
      /**
       * @description Employment state of the account: `Active` or `Closed`.
       * @enum {string}
       */
      workStatus: "Closed" | "Active";
      /** @description The user's ID in an external (third-party) system. */
      externalId?: string;
      /** @description The user's email address; letter case does not matter. */
      email?: string;
      /** @description The user's phone number, without the country calling code (that is in `phoneCountryCode`). */
      phone?: string;
      /** @description Country calling code of `phone`, such as `+86`; may be absent for mainland China numbers. */
      phoneCountryCode?: string;
      /** @description The user's username; no two users in a user pool share one. */
      username?: string;
      /** @description The user's real name; other users may have the same one. */
      name?: string;
      /** @description The user's nickname. */
      nickname?: string;
      /** @description Address (URL) of the user's avatar image. */
      photo?: string;
      /** @description How many times the user has signed in, in total. */
      loginsCount?: number;
      /** @description When the user last signed in. */
      lastLogin?: string;
      /** @description IP address of the user's last sign-in. */
      lastIp?: string;
      /**
       * @description The user's gender: `M` male, `F` female, `U` unknown.
       * @enum {string}
       */
      gender: "M" | "F" | "U";
      /** @description True once the email address has been verified. */
      emailVerified: boolean;
      /** @description True once the phone number has been verified. */
      phoneVerified: boolean;
      /** @description When the user's password was last changed. */
      passwordLastSetAt?: string;
      /** @description The user's date of birth. */
      birthdate?: string;
      /** @description Country the user lives in. */
      country?: string;
      /** @description Province or state the user lives in. */
      province?: string;
      /** @description City the user lives in. */
      city?: string;
      /** @description The user's address. */
      address?: string;
      /** @description Street part of the user's address. */
      streetAddress?: string;
      /** @description Postal code of the user's address. */
      postalCode?: string;
      /** @description Company the user works for. */
      company?: string;
      /** @description User agent of the browser used for the last sign-in. */
      browser?: string;
      /** @description Device used for the last sign-in. */
      device?: string;
      /** @description The user's given (first) name. */
      givenName?: string;
      /** @description The user's family (last) name. */
      familyName?: string;
      /** @description The user's middle name. */
      middleName?: string;
      /** @description The user's profile (the OIDC `profile` claim). */
      profile?: string;
      /** @description The name the user prefers to be called by. */
      preferredUsername?: string;
      /** @description Address of the user's personal web page. */
      website?: string;
      /** @description The user's time zone. */
      zoneinfo?: string;
      /** @description The user's locale (language and region). */
      locale?: string;
      /** @description The user's full address, formatted for display. */
      formatted?: string;
      /** @description The user's region. */
      region?: string;
      /**
       * @description How the account came to exist: `excel` (imported from a spreadsheet), `register` (signed up), `adminCreated` (created by an administrator) or `sync` (synchronized from elsewhere).
       * @enum {string}
       */
      userSourceType: "excel" | "register" | "adminCreated" | "sync";
      /** @description ID of the application (for sign-ups) or of the synchronization task (for synced users) the account came from. */
      userSourceId?: string;
      /** @description ID of the application the user last signed in to. */
      lastLoginApp?: string;
      /** @description ID of the user's main department. */
      mainDepartmentId?: string;
      /** @description When the user last passed multi-factor authentication. */
      lastMfaTime?: string;
      /** @description Strength level of the user's password. */
      passwordSecurityLevel?: number;
      /** @description True if the user must change their password at the next sign-in. */
      resetPasswordOnNextLogin?: boolean;
      /** @description How the user registered. */
      registerSource?: string[];
      /** @description IDs of the departments the user belongs to. */
      departmentIds?: string[];
      /** @description The external identity sources linked to the user. */
      identities?: components["schemas"]["IdentityDto"][];
      /** @description The user's national ID card number. */
      identityNumber?: string;
      /** @description Values of the user's extended (custom) fields. */
      customData?: unknown;
      /** @description Values of the user's extended fields defined on data objects. */
      metadataSource?: unknown;
      /** @description IDs linked to the user, documented as department IDs (the field name suggests positions, or "posts"). */
      postIdList?: string[];
      /** @description When the account's `status` last changed. */
      statusChangedAt?: string;
      /** @description ID of the user's tenant. */
      tenantId?: string;
      /** @description When the user registered. */
      signedUp?: string;
    };
    /** @description Public details of a user pool. */
    UserPoolPublicConfigDto: {
      /** @description The user pool's name. */
      name?: string;
      /** @description The user pool's logo image. */
      logo?: string;
      /** @description Free-text description of the user pool. */
      description?: string;
    };
    /** @description Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`. */
    UserSingleRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The user's account and profile. */
      data: components["schemas"]["UserDto"];
    };
    /** @description A tenant the user belongs to. */
    UserTenantListDto: {
      /** @description The tenant's ID. */
      tenantId: string;
      /** @description The tenant's name. */
      tenantName: string;
      /** @description When the user joined the tenant. */
      joinAt: string;
    };
    /** @description A password to check against a user identified by phone, email or username. */
    ValidatePasswordDto: {
      /** @description The user's phone number, without the country calling code (that goes in `phoneCountryCode`). */
      phone?: string;
      /** @description The user's email address; letter case does not matter. */
      email?: string;
      /** @description The user's username; unique within the user pool. */
      username?: string;
      /** @description Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console. */
      phoneCountryCode?: string;
      /** @description The password to check; sent as plain text over HTTPS unless `passwordEncryptType` selects RSA256 or SM2 encryption. */
      password?: string;
      /**
       * @description How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.
       * @enum {string}
       */
      passwordEncryptType?: "sm2" | "rsa" | "none";
    };
    /** @description Envelope answering `validatePassword`. */
    ValidatePasswordRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Whether the password matched. */
      data: components["schemas"]["ValidatePasswordResultDto"];
    };
    /** @description Outcome of a password check. */
    ValidatePasswordResultDto: {
      /** @description True if the password is the user's password. */
      valid: boolean;
    };
    /** @description Completes a WebAuthn sign-in by submitting the authenticator's assertion. */
    VerifyAuthenticationDto: {
      /** @description The ticket returned by `initAuthenticationOptions`. */
      ticket: string;
      /** @description The assertion the authenticator produced. */
      authenticationCredential: components["schemas"]["AuthenticationCredentialDto"];
      /** @description Optional sign-in settings. */
      options?: components["schemas"]["SignInByWebAuthnOptionsDto"];
    };
    /** @description Outcome of a WebAuthn sign-in, with tokens when it succeeded. */
    VerifyAuthenticationResultDto: {
      /** @description True if GenAuth accepted the authenticator's assertion. */
      verified: boolean;
      /** @description The issued tokens; present only when `verified` is true. */
      tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
    };
    /** @description Envelope answering `verifyAuthentication`. */
    VerifyAuthenticationResultRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Whether the assertion was accepted and, if so, the tokens. */
      data: components["schemas"]["VerifyAuthenticationResultDto"];
    };
    /** @description A short-lived token that allows deleting the account. */
    VerifyDeleteAccountRequestDataDto: {
      /** @description Token to pass to `deleteAccount`. */
      deleteAccountToken: string;
      /** @description How long the token stays valid, in seconds (60 by default). */
      tokenExpiresIn: number;
    };
    /** @description Proves the user's identity before deleting their account. */
    VerifyDeleteAccountRequestDto: {
      /**
       * @description How the user proves their identity: `PHONE_PASSCODE`, `EMAIL_PASSCODE` or `PASSWORD`; fill the matching payload.
       * @enum {string}
       */
      verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";
      /** @description Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
      phonePassCodePayload?: components["schemas"]["DeleteAccountByPhonePassCodeDto"];
      /** @description Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
      emailPassCodePayload?: components["schemas"]["DeleteAccountByEmailPassCodeDto"];
      /** @description The user's password; used when `verifyMethod` is `PASSWORD`. */
      passwordPayload?: components["schemas"]["DeleteAccountByPasswordDto"];
    };
    /** @description Envelope answering `verifyDeleteAccountRequest`. */
    VerifyDeleteAccountRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The account deletion token and its lifetime. */
      data: components["schemas"]["VerifyDeleteAccountRequestDataDto"];
    };
    /** @description A code an invitee received, to be checked before they register. */
    VerifyInviteCodeDto: {
      /**
       * @description Where the code was sent: `smsCode` (by SMS) or `emailCode` (by email).
       * @enum {string}
       */
      receiverType: "smsCode" | "emailCode";
      /** @description The code the invitee received. */
      code: string;
      /** @description The token identifying the invitation to register. */
      token: string;
    };
    /** @description Completes registering a WebAuthn authenticator by submitting the credential it created. */
    VerifyRegistrationDto: {
      /** @description The ticket returned by `initRegisterOptions`. */
      ticket: string;
      /** @description The credential the authenticator created, to bind to the user. */
      registrationCredential: components["schemas"]["RegistrationCredentialDto"];
      /**
       * @description Kind of authenticator: `fingerprint`, `face` or `other`.
       * @enum {string}
       */
      authenticatorCode?: "fingerprint" | "face" | "other";
    };
    /** @description Outcome of registering a WebAuthn authenticator. */
    VerifyRegistrationResultDto: {
      /** @description True if GenAuth accepted the authenticator's registration. */
      verified: boolean;
    };
    /** @description Envelope answering `verifyRegister`. */
    VerifyRegistrationResultRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description Whether the registration was accepted. */
      data: components["schemas"]["VerifyRegistrationResultDto"];
    };
    /** @description Proves the user's identity to start a forgotten-password reset. */
    VerifyResetPasswordRequestDto: {
      /**
       * @description How the user proves their identity: `EMAIL_PASSCODE` or `PHONE_PASSCODE`; fill the matching payload.
       * @enum {string}
       */
      verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE";
      /** @description Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`. */
      phonePassCodePayload?: components["schemas"]["ResetPasswordByPhonePassCodeDto"];
      /** @description Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`. */
      emailPassCodePayload?: components["schemas"]["ResetPasswordByEmailPassCodeDto"];
    };
    /** @description A short-lived token that allows changing the email address. */
    VerifyUpdateEmailRequestData: {
      /** @description Token to pass to `updateEmail`. */
      updateEmailToken: string;
      /** @description How long the token stays valid, in seconds (60). */
      tokenExpiresIn: number;
    };
    /** @description Proves ownership of the addresses involved before changing the email. */
    VerifyUpdateEmailRequestDto: {
      /** @description The new address and its passcode, plus the old ones when the user pool requires them. */
      emailPassCodePayload: components["schemas"]["UpdateEmailByEmailPassCodeDto"];
      /**
       * @description How ownership is proved; only `EMAIL_PASSCODE` is supported.
       * @enum {string}
       */
      verifyMethod: "EMAIL_PASSCODE";
    };
    /** @description Envelope answering `verifyUpdateEmailRequest`. */
    VerifyUpdateEmailRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The email change token and its lifetime. */
      data: components["schemas"]["VerifyUpdateEmailRequestData"];
    };
    /** @description A short-lived token that allows changing the phone number. */
    VerifyUpdatePhoneRequestData: {
      /** @description Token to pass to `updatePhone`. */
      updatePhoneToken: string;
      /** @description How long the token stays valid, in seconds. */
      tokenExpiresIn: number;
    };
    /** @description Proves ownership of the numbers involved before changing the phone number. */
    VerifyUpdatePhoneRequestDto: {
      /** @description The new number and its passcode, plus the old ones when the user pool requires them. */
      phonePassCodePayload: components["schemas"]["UpdatePhoneByPhonePassCodeDto"];
      /**
       * @description How ownership is proved; only `PHONE_PASSCODE` is supported.
       * @enum {string}
       */
      verifyMethod: "PHONE_PASSCODE";
    };
    /** @description Envelope answering `verifyUpdatePhoneRequest`. */
    VerifyUpdatePhoneRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The phone change token and its lifetime. */
      data: components["schemas"]["VerifyUpdatePhoneRequestData"];
    };
    /** @description Envelope answering `checkValidCredentialsByCredIds`. */
    WebAuthnCheckValidCredentialsByCredIdsRespDto: components["schemas"]["GenAuthEnvelope"] & {
      /** @description The credentials among those asked about that are still valid; GenAuth does not document the item shape. */
      data: unknown[];
    };
    /** @description A request body with no documented fields; any properties given are sent as they are. */
    WebAuthnRemoveCredentialDto: {
      [key: string]: unknown;
    };
    /** @description Tokens issued after a WeChat mobile sign-in step completes. */
    WechatLoginTokenRespDto: {
      /** @description The scopes that were requested at sign-in. */
      scope?: string;
      /** @description Short-lived token for calling protected APIs. */
      access_token?: string;
      /** @description Token asserting who the user is; decoding it yields the user's details. */
      id_token?: string;
      /** @description Token for getting a new access token when the current one expires. */
      refresh_token?: string;
      /** @description Kind of token issued (for example `Bearer`). */
      token_type: string;
      /** @description How long the access token stays valid, in seconds. */
      expire_in: number;
    };
    /** @description Signs in with the code WeChat returned to a mobile app. */
    WechatMobileAuthByCodeIdentityInput: {
      /** @description Authorization code WeChat returned once the user authorized the app. */
      code: string;
      /** @description ID of the GenAuth application. */
      appId?: string;
      /** @description ID of the identity source connection. */
      connId?: string;
      /** @description Optional sign-in settings. */
      options?: components["schemas"]["SignInOptionsDto"];
    };
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
