// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
/* eslint-disable */

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
export interface components {
    schemas: {
        AccessToken: {
            /** @description JWT ID (unique token ID) */
            jti: string;
            /** @description Subject: the user ID */
            sub: string;
            /** @description Issued-at time, Unix seconds */
            iat: number;
            /** @description Expiry time, Unix seconds */
            exp: number;
            /** @description Space-separated granted scopes */
            scope: string;
            /** @description Issuer URL */
            iss: string;
            /** @description Audience: the application (client) ID */
            aud: string;
        };
        AccessibleAppsDto: {
            /** @description Application ID */
            appId: string;
            /** @description Application name */
            appName: string;
            /** @description Application login URL */
            appLoginUrl: string;
            /** @description Application logo */
            appLogo: string;
            /** @description Whether currently logged in */
            active: boolean;
        };
        AlipayAuthInfoDataDto: {
            /** @description AuthInfo needed to launch Alipay */
            authInfo: string;
        };
        AppQRCodeLoginDto: {
            /**
             * @description APP QR-code login:
             * @enum {string}
             */
            action: "APP_LOGIN";
            /** @description Unique QR code ID */
            qrcodeId: string;
        };
        AppValidateRuleDto: {
            /**
             * @description Field type
             * @enum {string}
             */
            type: "None" | "regExp" | "phone" | "email" | "isNumber";
            /**
             * @description Regular expression
             * @enum {string}
             */
            content: "None" | "regExp" | "phone" | "email" | "isNumber";
            /** @description Error message */
            errorMessage?: string;
            /** @description Multilingual display */
            i18n?: components["schemas"]["ErrMsgI18nDto"];
        };
        ApplicationPermissionApplyApprovalObject: {
            /** @description Application ID */
            objectId: string;
            /** @description Application name */
            objectName: string;
            /** @description Application logo URL */
            logo: string;
        };
        ApprovalDetailDto: {
            /** @description Approval ID */
            approvalId: number;
            /** @description Approval number */
            number: string;
            /**
             * @description Approval status
             * @enum {string}
             */
            status: "PENDING" | "AGREED" | "REFUSED";
            /** @description Submission time */
            submitTime: string;
            /** @description Completion time */
            closedTime?: string;
            /**
             * @description Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY
             * @enum {string}
             */
            objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
            /** @description Approval object (the SDK comment says array, but the TS type is a single union object) */
            approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
            /** @description Extra parameters; currently only for ROLE_PERMISSION_APPLY */
            extraParams?: components["schemas"]["ExtraParams"];
        };
        ApprovalDetailRes: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["ApprovalDetailDto"];
        };
        ArrResourceAuthAction: {
            /** @description Values of the array data resource */
            values?: string[];
            /** @description Actions of the array data resource */
            actions?: string[];
        };
        ArrayAuthorize: {
            /** @description List of array resource values */
            values: string[];
            /** @description List of array resource actions */
            actions: string[];
        };
        AuthUrlResult: {
            /** @description The authorization (login) URL */
            url: string;
            /** @description State value put in the URL */
            state?: string;
            /** @description Nonce value put in the URL (OIDC only) */
            nonce?: string;
        };
        AuthenticationCredentialDto: {
            /** @description Base64URL-encoded credential ID */
            id: string;
            /** @description Raw credential ID */
            rawId: string;
            /** @description Fixed value 'public-key' */
            response: components["schemas"]["AuthenticatorAssertionResponseDto"];
            /** @description Fixed value 'public-key' */
            type: string;
        };
        AuthenticationOptionsDto: {
            /** @description Authenticator authentication parameters */
            authenticationOptions: components["schemas"]["PublicKeyCredentialRequestOptionsDto"];
            /** @description Ticket to send back when submitting the authenticator's assertion for verification */
            ticket: string;
        };
        AuthenticatorAssertionResponseDto: {
            /** @description Authenticator info, including authentication status and sign count */
            authenticatorData: string;
            /** @description Client data, including origin (request origin) and the challenge */
            clientDataJSON: string;
            /** @description Authenticator signature */
            signature: string;
            /** @description User ID used when creating the credential */
            userHandle: string;
        };
        AuthenticatorAttestationResponseDto: {
            /** @description CBOR-encoded authenticator data (credential public key, credential ID, signature, sign count, etc.) */
            attestationObject: string;
            /** @description Client data, including origin (request origin) and the challenge */
            clientDataJSON: string;
        };
        AuthorizedResourceDto: {
            /** @description Resource descriptor (code) */
            resourceCode: string;
            /** @description Resource description */
            description?: string;
            /** @description Policy condition */
            condition?: components["schemas"]["PolicyCondition"][];
            /**
             * @description Resource type
             * @enum {string}
             */
            resourceType: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
            /** @description API URL */
            apiIdentifier: string;
            /** @description List of authorized actions */
            actions: string[];
            /**
             * @description Allow or deny
             * @enum {string}
             */
            effect: "ALLOW" | "DENY";
        };
        AuthorizedResourcePaginatedRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["AuthorizedResourcePagingDto"];
        };
        AuthorizedResourcePagingDto: {
            /** @description Total number of records */
            totalCount: number;
            /** @description Response data */
            list: components["schemas"]["AuthorizedResourceDto"][];
        };
        BatchCreateApprovalReq: {
            /**
             * @description Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY
             * @enum {string}
             */
            objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
            /** @description List of approval object IDs; currently role IDs or application IDs */
            objectIds: string[];
            /** @description Extra parameters; currently only for ROLE_PERMISSION_APPLY */
            extraParams?: components["schemas"]["ExtraParams"];
        };
        BindByAccountIdInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
            /** @description Account ID */
            accountId: string;
        };
        BindByAccountInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
            /** @description Account password */
            password: string;
            /** @description Account (phone/email/username) */
            account: string;
        };
        BindByAccountsInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
            /** @description Account ID */
            account: string;
        };
        BindByEmailCodeInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
            /** @description Email verification code (4 or 6 digits) */
            code: string;
            /** @description Email */
            email: string;
        };
        BindByPhoneCodeInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
            /** @description SMS verification code (4 or 6 digits) */
            code: string;
            /** @description Phone number */
            phone: string;
            /** @description Country calling code (standard format +<digits>, e.g. +86; legacy forms like 86/086/0086 are tolerated) */
            phoneCountryCode?: string;
        };
        BindByRegiserInputApi: {
            /** @description Intermediate-state key */
            key: string;
            /** @description Action code */
            action: string;
        };
        BindEmailDto: {
            /** @description Email passcode, single use and time limited */
            passCode: string;
            /** @description Email, case-insensitive */
            email: string;
        };
        BindPhoneDto: {
            /** @description SMS passcode, single use and time limited */
            passCode: string;
            /** @description Phone number without country code (put the code in phoneCountryCode) */
            phoneNumber: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
        };
        Cas20ValidationFailureResult: {
            /** @description Failure details */
            authenticationFailure: {
                /** @description Failure code, e.g. INVALID_TICKET */
                code: string;
                /** @description Failure description */
                description: string;
            };
        };
        Cas20ValidationSuccessResult: {
            /** @description CAS service response */
            serviceResponse: {
                /** @description Successful validation result */
                authenticationSuccess: {
                    /** @description Authenticated user (login name) */
                    user: string;
                    /** @description User attributes (OIDC-style claims) */
                    attributes: {
                        /** @description Time the profile was last updated */
                        updated_at: string;
                        /** @description Address claims object */
                        address: {
                            /** @description Country */
                            country: string;
                            /** @description Postal code */
                            postal_code: string;
                            /** @description Region or province */
                            region: string;
                            /** @description Full formatted address */
                            formatted: string;
                        };
                        /** @description Whether the phone number is verified */
                        phone_number_verified: boolean;
                        /** @description Phone number */
                        phone_number: string;
                        /** @description Locale */
                        locale: string;
                        /** @description Time zone */
                        zoneinfo: string;
                        /** @description Birth date */
                        birthdate: string;
                        /** @description Gender (M, F or U) */
                        gender: string;
                        /** @description Whether the email is verified */
                        email_verified: boolean;
                        /** @description Email */
                        email: string;
                        /** @description Website URL */
                        website: string;
                        /** @description Avatar URL */
                        picture: string;
                        /** @description Profile page URL */
                        profile: string;
                        /** @description Preferred username */
                        preferred_username: string;
                        /** @description Nickname */
                        nickname: string;
                        /** @description Middle name */
                        middle_name: string;
                        /** @description Family name */
                        family_name: string;
                        /** @description Given name */
                        given_name: string;
                        /** @description Full name */
                        name: string;
                        /** @description Subject: the user ID */
                        sub: string;
                        /** @description External ID of the user */
                        external_id: string;
                        /** @description Union ID of the user (external identity) */
                        unionid: string;
                    };
                };
            };
        };
        CasParams: {
            /** @description The CAS service (callback) URL */
            service?: string;
        };
        ChangePushCodeStatusDto: {
            /** @description Push code (unique push login ID) */
            pushCodeId: string;
            /**
             * @description Action that changes the push code status
             * @enum {string}
             */
            action: "CONFIRM" | "CANCEL";
        };
        ChangeQRCodeStatusDto: {
            /** @description Unique QR code ID */
            qrcodeId: string;
            /**
             * @description Action that changes the QR code status
             * @enum {string}
             */
            action: "SCAN" | "CONFIRM" | "CANCEL";
        };
        CheckDeviceCredentialIdDto: {
            [key: string]: unknown;
        };
        CheckPermissionArrayResourceDto: {
            /** @description List of array data resource paths */
            resources: string[];
            /** @description Data resource action, e.g. read, get, write */
            action: string;
        };
        CheckPermissionStringResourceDto: {
            /** @description List of string data resource paths */
            resources: string[];
            /** @description Data resource action, e.g. read, get, write */
            action: string;
        };
        CheckPermissionTreeResourceDto: {
            /** @description List of tree data resource paths */
            resources: string[];
            /** @description Data resource action, e.g. read, get, write */
            action: string;
        };
        CheckPushCodeStatusDataDto: {
            /**
             * @description Push code status: PUSHED, AUTHORIZED, CANCELLED, EXPIRED or ERROR
             * @enum {string}
             */
            status: "PUSHED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
            /** @description Returned only when the push code status is authorized */
            tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
        };
        CheckPushCodeStatusRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["CheckPushCodeStatusDataDto"];
        };
        CheckQRCodeStatusDataDto: {
            /**
             * @description QR code status: PENDING, SCANNED, AUTHORIZED, CANCELLED, EXPIRED or ERROR
             * @enum {string}
             */
            status: "PENDING" | "SCANNED" | "AUTHORIZED" | "CANCELLED" | "EXPIRED" | "ERROR";
            /** @description Ticket returned when authorized (and full-user-info polling is off); exchange it for the token set */
            ticket?: string;
            /** @description Brief user info (display name and avatar) returned once scanned, authorized or cancelled */
            briefUserInfo?: components["schemas"]["QRCodeStatusBriefUserInfoDto"];
            /** @description Token set; returned only when authorized and "web polling returns full user info" is enabled (off by default) */
            tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
        };
        CheckQRCodeStatusRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["CheckQRCodeStatusDataDto"];
        };
        CheckResourcePermissionDataDto: {
            /** @description List of check results */
            checkResultList: components["schemas"]["CheckResourcePermissionRespDto"][];
        };
        CheckResourcePermissionRespDto: {
            /** @description Permission space code */
            namespaceCode: string;
            /** @description Data resource action */
            action: string;
            /** @description Resource path */
            resource: string;
            /** @description Whether the user may perform the action on the data resource in the permission space */
            enabled: boolean;
        };
        CheckResourcePermissionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["CheckResourcePermissionDataDto"];
        };
        CommonResponseDto: components["schemas"]["GenAuthEnvelope"];
        CountryDetailInfo: {
            /** @description ISO 3166 alpha-2 country code */
            alpha2: string;
            /** @description ISO 3166 alpha-3 country code */
            alpha3: string;
            /** @description Country calling code */
            phoneCountryCode: string;
            /** @description Flag icon */
            flag: string;
            /** @description Name, multilingual structure (currently Chinese and English) */
            name: components["schemas"]["LangObject"];
        };
        CreateApprovalDto: {
            /** @description Approval ID */
            approvalId: number;
            /** @description Approval number */
            number: string;
        };
        CreateApprovalReq: {
            /**
             * @description Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY
             * @enum {string}
             */
            objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
            /** @description ID of the approval object; currently a role ID or application ID */
            objectId: string;
            /** @description Extra parameters; currently only for ROLE_PERMISSION_APPLY */
            extraParams?: components["schemas"]["ExtraParams"];
        };
        CreateApprovalRes: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["CreateApprovalDto"];
        };
        CustomFieldI18n: {
            /** @description Field supporting multiple languages */
            label: components["schemas"]["LangObject"];
        };
        DecryptDouyinMiniProgramDataDto: {
            /** @description User code returned by the tt.login API (Douyin) */
            code: string;
            /** @description Initialization vector for symmetric decryption, returned by Douyin */
            iv: string;
            /** @description Encrypted data (encryptedData) returned by Douyin open data */
            encryptedData: string;
            /** @description Identifier of the Douyin mini program external identity source connection */
            extIdpConnidentifier: string;
        };
        DecryptDouyinMiniProgramDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: unknown;
        };
        DecryptWechatMiniProgramDataDto: {
            /** @description User code returned by the wx.login API (WeChat) */
            code: string;
            /** @description Initialization vector for symmetric decryption, returned by WeChat */
            iv: string;
            /** @description Encrypted data (encryptedData) returned by WeChat open data */
            encryptedData: string;
            /** @description Identifier of the WeChat mini program external identity source connection */
            extIdpConnidentifier: string;
        };
        DecryptWechatMiniProgramDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: unknown;
        };
        DeleteAccounDto: {
            /** @description Token for deleting the account */
            deleteAccountToken: string;
        };
        DeleteAccountByEmailPassCodeDto: {
            /** @description Email bound to this account, case-insensitive */
            email?: string;
            /** @description Email passcode, single use, valid 5 minutes by default; obtain via the send email endpoint */
            passCode: string;
        };
        DeleteAccountByPasswordDto: {
            /** @description User password */
            password: string;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
        };
        DeleteAccountByPhonePassCodeDto: {
            /** @description Phone number bound to this account, without country code (put it in phoneCountryCode) */
            phoneNumber: string;
            /** @description SMS passcode, single use, valid one minute; obtain via the send SMS endpoint */
            passCode: string;
            /** @description Phone country code */
            phoneCountryCode?: string;
        };
        DepartmentI18nDto: {
            /** @description Field supporting multiple languages */
            name: components["schemas"]["LangObject"];
        };
        DeviceInfo: {
            /** @description Unique device identifier */
            deviceId: string;
            /** @description Device name */
            name?: string;
            /** @description System version */
            version?: string;
            /**
             * @description Device type
             * @enum {string}
             */
            type: "Browser" | "Mobile" | "Desktop";
            /** @description Device model */
            mod?: string;
            /** @description Device operating system */
            os?: string;
            /**
             * @description Device status
             * @enum {string}
             */
            status?: "activated" | "suspended" | "deactivated";
            /** @description User agent */
            userAgent?: string;
        };
        EnablePermissionApplyApplication: {
            /** @description Application ID */
            appId: string;
            /** @description Application name */
            appName: string;
            /** @description Application logo URL */
            logo: string;
            /**
             * @description Application type
             * @enum {string}
             */
            appType: "web" | "spa" | "native" | "api" | "mfa" | "mini-program" | "gateway-app" | "gateway-agent";
            /** @description Template type of the integrated application */
            template?: string;
        };
        EnablePermissionApplyApplicationList: {
            /** @description Applications whose permissions can be requested */
            list: components["schemas"]["EnablePermissionApplyApplication"][];
        };
        EnablePermissionApplyApplicationListRes: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["EnablePermissionApplyApplicationList"];
        };
        EnablePermissionApplyRole: {
            /** @description Role ID */
            roleId: string;
            /** @description Unique role code within the application */
            code: string;
            /** @description Role name within the application */
            name: string;
            /** @description Role description */
            description?: string;
        };
        EnablePermissionApplyRoleListRes: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["EnablePermissionApplyRolePageList"];
        };
        EnablePermissionApplyRolePageList: {
            /** @description Roles whose permissions can be requested */
            list: components["schemas"]["EnablePermissionApplyRole"][];
            /** @description Total number of records */
            totalCount: number;
        };
        EnrollFactorDto: {
            /** @description Verification data required by the factor when enrolling the MFA factor */
            enrollmentData: components["schemas"]["EnrollFactorEnrollmentDataDto"];
            /** @description enrollmentToken returned by the send-enroll-factor-request endpoint; valid for one minute */
            enrollmentToken: string;
            /**
             * @description MFA factor type
             * @enum {string}
             */
            factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
        };
        EnrollFactorEnrollmentDataDto: {
            /** @description Required when binding SMS, email or OTP factors: the SMS/email/OTP code */
            passCode?: string;
            /** @description Required when binding a FACE factor: URL of the face image */
            photo?: string;
            /** @description Required when binding a FACE factor: whether the image is an external link */
            isExternalPhoto?: boolean;
        };
        EnrollFactorRespDto: components["schemas"]["GenAuthEnvelope"];
        ErrMsgI18nDto: {
            /** @description Multilingual error message */
            errorMessage?: components["schemas"]["LangUnit"];
        };
        ExchangeTokenSetWithQRcodeTicketDto: {
            /** @description Ticket returned when authorized (and full-user-info polling is off); exchange it for the token set */
            ticket: string;
            /** @description Application ID; required when the app's token endpoint auth method is client_secret_post */
            client_id?: string;
            /** @description Application secret; required when the app's token endpoint auth method is client_secret_post */
            client_secret?: string;
        };
        ExtIdpInfoDto: {
            /** @description Unique identifier of the identity source connection */
            identifier: string;
            /** @description Identity source ID */
            extIdpId: string;
            /**
             * @description Identity source type
             * @enum {string}
             */
            type: "oidc" | "oauth2" | "saml" | "ldap" | "ad" | "cas" | "azure-ad" | "wechat" | "google" | "qq" | "wechatwork" | "dingtalk" | "weibo" | "github" | "alipay" | "apple" | "baidu" | "lark" | "gitlab" | "twitter" | "facebook" | "slack" | "linkedin" | "yidun" | "qingcloud" | "gitee" | "instagram" | "welink" | "huawei" | "honor" | "xiaomi" | "oppo" | "aws" | "amazon" | "douyin" | "kuaishou" | "line" | "sdbz" | "zjzwfw" | "zzding" | "seeyona8v5";
            /**
             * @description Authentication type
             * @enum {string}
             */
            extIdpType: "social" | "enterprise";
            /** @description Authentication URL */
            bindUrl: string;
            /** @description Identity source display name */
            name: string;
            /** @description Identity source display name (English) */
            name_en?: string;
            /** @description Description */
            desc?: string;
            /** @description Description in English */
            desc_en?: string;
            /** @description Icon */
            logo?: string;
        };
        ExtendsFieldDto: {
            /**
             * @description Field type
             * @enum {string}
             */
            type: "user" | "internal";
            /** @description Field ID; required when the field type is user or metadata */
            id: string;
            /** @description Field name */
            name: string;
            /** @description Field display name */
            label: string;
            /** @description Whether shown */
            show: boolean;
            /** @description Whether the user may overwrite it */
            allowRewrite: boolean;
            /**
             * @description Field data type (see extended field configuration)
             * @enum {string}
             */
            inputType: "image" | "number" | "date" | "dateTime" | "datetime" | "select" | "dropdown" | "boolean" | "string" | "text" | "gender" | "country" | "username" | "phone" | "email";
            /** @description Whether required */
            required?: boolean;
            /** @description Validation rules */
            validateRules?: components["schemas"]["AppValidateRuleDto"];
            /**
             * @description Field source
             * @enum {string}
             */
            source: "preset" | "manual_add";
            /** @description Multilingual display name */
            i18n?: components["schemas"]["CustomFieldI18n"];
        };
        ExtraParams: {
            /** @description Time (ms) the subject's role membership expires; null means permanent */
            endTime?: number;
            /** @description Time (ms) the subject joins the role; null means immediately */
            enableTime?: number;
        };
        FactorDto: {
            /** @description MFA factor ID */
            factorId: string;
            /**
             * @description MFA factor type
             * @enum {string}
             */
            factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
            /** @description MFA factor information */
            profile: unknown;
        };
        FactorProfile: {
            /** @description Phone number to bind; required for the SMS factor (one request per number per minute) */
            phoneNumber?: string;
            /** @description Phone country code when binding an international number for SMS MFA; default +86 */
            phoneCountryCode?: string;
            /** @description Email to bind; required for the EMAIL factor (one request per email per minute) */
            email?: string;
        };
        FactorToEnrollDto: {
            /**
             * @description MFA factor type
             * @enum {string}
             */
            factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
        };
        FastpassQRCodeRelationAppDto: {
            /** @description Application ID */
            id: string;
            /** @description Application name */
            name: string;
            /** @description Application logo */
            logo?: string;
        };
        FastpassUserInfoDto: {
            /** @description User ID */
            id: string;
            /** @description User name */
            displayName: string;
            /** @description User avatar URL */
            photo: string;
        };
        FinalizeWebAuthnLoginDto: {
            /** @description Ticket obtained from the get-WebAuthn-authentication-options endpoint */
            ticket: string;
            /** @description Authenticator credential information */
            credential: components["schemas"]["AuthenticationCredentialDto"];
            /** @description Optional parameters */
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
        GeneFastpassQRCodeInfoDto: {
            /** @description QR code usage scenario */
            scene: string;
            /** @description Unique QR code ID; use it to query the QR code status */
            qrcodeId: string;
            /** @description Host address of the service API */
            apiHost: string;
            /** @description User information */
            user: components["schemas"]["FastpassUserInfoDto"];
            /** @description ID of the application the user was logged in to when generating the QR code */
            appId: string;
            /** @description User pool information */
            userpool: components["schemas"]["FastpassUserInfoDto"];
        };
        GeneFastpassQRCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data?: components["schemas"]["GeneFastpassQRCodeInfoDto"];
        };
        GenePushCodeDataDto: {
            /** @description Push code (unique push login ID); use it to query the push code status */
            pushCodeId: string;
            /** @description Push code expires after expireTime seconds (e.g. 120) */
            expireTime: number;
        };
        GenePushCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GenePushCodeDataDto"];
        };
        GeneQRCodeDataDto: {
            /** @description Unique QR code ID; use it to query the QR code status */
            qrcodeId: string;
            /** @description QR code URL; the front end can render the QR code from it */
            url: string;
            /** @description Custom logo returned for mini-program QR login when autoMergeQrCode is false; the front end may overlay it on the QR code */
            customLogoUrl?: string;
        };
        GeneQRCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GeneQRCodeDataDto"];
        };
        GenerateBindExtIdpLinkDataDto: {
            /** @description URL for the user to bind the external identity source */
            url: string;
        };
        GenerateBindExtIdpLinkRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GenerateBindExtIdpLinkDataDto"];
        };
        GenerateInvitationLinkDto: {
            /** @description Invitation link URL */
            link: string;
        };
        GenerateInvitationLinkRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GenerateInvitationLinkDto"];
        };
        GenerateInviteeTokenDto: {
            /** @description Token generated when the invitee opens the link; used to fetch invitee info and finish invited registration */
            token?: string;
            /** @description Invitation information */
            invitationContext?: components["schemas"]["InviteeContextDto"];
        };
        GenerateInviteeTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GenerateInviteeTokenDto"];
        };
        GenerateQrcodeDto: {
            /**
             * @description QR code type
             * @enum {string}
             */
            type: "MOBILE_APP" | "WECHAT_MINIPROGRAM" | "WECHAT_OFFICIAL_ACCOUNT";
            /** @description For WECHAT_MINIPROGRAM / WECHAT_OFFICIAL_ACCOUNT: identity source connection to use (default: first enabled one) */
            extIdpConnId?: string;
            /** @description For MOBILE_APP: custom data stored into the user's custom data once the scan is authorized */
            customData?: unknown;
            /** @description For WECHAT_OFFICIAL_ACCOUNT / WECHAT_MINIPROGRAM: custom pipeline context passed to the pipeline */
            context?: unknown;
            /** @description For WECHAT_MINIPROGRAM: merge the custom logo into the generated image (default false; merging on the server is slower) */
            autoMergeQrCode?: boolean;
        };
        GeoIp: {
            /** @description Geographic location */
            location: components["schemas"]["GeoIpLocation"];
            /** @description Country Name */
            country_name: string;
            /** @description Country Code 2 */
            country_code2: string;
            /** @description Country Code 3 */
            country_code3: string;
            /** @description Region Name */
            region_name: string;
            /** @description Region Code */
            region_code: string;
            /** @description City name */
            city_name: string;
            /** @description Continent Code */
            continent_code: string;
            /** @description Time zone */
            timezone: string;
        };
        GeoIpLocation: {
            /** @description Longitude */
            lon: number;
            /** @description Latitude */
            lat: number;
        };
        GetAccessibleAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["AccessibleAppsDto"][];
        };
        GetAlipayAuthInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["AlipayAuthInfoDataDto"];
        };
        GetAuthenticationOptionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["AuthenticationOptionsDto"];
        };
        GetCaptchaCodeDataDto: {
            /** @description Captcha image (SVG) */
            captchaCodeSvg: string;
            /** @description Token of the captcha; submit it with the user's captcha input at login */
            captchaToken: string;
        };
        GetCaptchaCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetCaptchaCodeDataDto"];
        };
        GetCountryListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["CountryDetailInfo"][];
        };
        GetExtIdpsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description List of external identity sources */
            data: components["schemas"]["ExtIdpInfoDto"][];
        };
        GetFactorRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description MFA factor details */
            data: components["schemas"]["FactorDto"];
        };
        GetFastpassQRCodeRelationAppsDto: {
            /** @description Associated client application information */
            relationApps?: components["schemas"]["FastpassQRCodeRelationAppDto"][];
        };
        GetFastpassQRCodeRelationAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetFastpassQRCodeRelationAppsDto"];
        };
        GetIdentitiesRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description User's identity source list */
            data: components["schemas"]["IdentityDto"][];
        };
        GetInviteeContextRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["InviteeContextDto"];
        };
        GetLoggedInAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["LoggedInAppsDto"][];
        };
        GetLoginHistoryRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["LoginHistoryPaginatedRespDto"];
        };
        GetPublicAccountDataRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetUserSelectLoginPublicAccountsDataDto"][];
        };
        GetPushCodeRelationAppsDataDto: {
            /** @description Client application data associated with the application that initiated the push login */
            appIds?: string[];
        };
        GetPushCodeRelationAppsDto: {
            /** @description ID of the application that initiated the push login */
            appId: string;
            /** @description Push code (unique push login ID) */
            pushCodeId: string;
        };
        GetPushCodeRelationAppsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetPushCodeRelationAppsDataDto"];
        };
        GetRegistrationOptionsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["RegistrationOptionsDto"];
        };
        GetSecurityInfoDto: {
            /** @description Password strength level */
            passwordSecurityLevel: number;
            /** @description Whether MFA is bound */
            mfaEnrolled: boolean;
            /** @description Whether a password is set */
            passwordSet: boolean;
            /** @description Whether an email is bound */
            emailBinded: boolean;
            /** @description Whether a phone number is bound */
            phoneBinded: boolean;
            /** @description Account security score */
            securityScore: number;
        };
        GetSecurityInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetSecurityInfoDto"];
        };
        GetTenantListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["UserTenantListDto"][];
        };
        GetUniversalInvitationJoinRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["UniversalInvitationJoinRespDto"];
        };
        GetUniversalInvitationPublicConfigRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["UniversalInvitationPublicConfigDto"];
        };
        GetUserAuthResourceListDataDto: {
            /** @description User permission list */
            userPermissionList: components["schemas"]["UserAuthResourceListDto"][];
        };
        GetUserAuthResourceListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetUserAuthResourceListDataDto"];
        };
        GetUserAuthResourcePermissionList: {
            /** @description Current application ID */
            namespaceCode: string;
            /** @description List of data resource actions */
            actions: string[];
            /** @description Data resource path */
            resource: string;
        };
        GetUserAuthResourcePermissionListDataDto: {
            /** @description Permission list */
            permissionList: components["schemas"]["GetUserAuthResourcePermissionList"][];
        };
        GetUserAuthResourcePermissionListDto: {
            /** @description List of data resource paths; tree resources must point to a concrete tree node */
            resources: string[];
        };
        GetUserAuthResourcePermissionListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetUserAuthResourcePermissionListDataDto"];
        };
        GetUserAuthResourceStructDataDto: {
            /** @description Permission space code */
            namespaceCode: string;
            /** @description Data resource code */
            resourceCode: string;
            /**
             * @description Data resource type: TREE, STRING or ARRAY (structure depends on type)
             * @enum {string}
             */
            resourceType: "TREE" | "STRING" | "ARRAY";
            /** @description String resource authorization */
            strResourceAuthAction?: components["schemas"]["StrResourceAuthAction"];
            /** @description Array resource authorization */
            arrResourceAuthAction?: components["schemas"]["ArrResourceAuthAction"];
            /** @description Tree resource authorization */
            treeResourceAuthAction?: components["schemas"]["TreeResourceAuthAction"];
        };
        GetUserAuthResourceStructDto: {
            /** @description Data resource code */
            resource: string;
        };
        GetUserAuthResourceStructRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetUserAuthResourceStructDataDto"];
        };
        GetUserSelectLoginPublicAccountsDataDto: {
            /** @description List of public accounts */
            publicAccounts: components["schemas"]["ListPublicAccountDataDto"][];
            /** @description Personal account information */
            originUser?: components["schemas"]["GetUserSelectLoginPublicAccountsOriginUserDto"];
        };
        GetUserSelectLoginPublicAccountsOriginUserDto: {
            /** @description Account ID */
            userId: string;
            /** @description Account avatar */
            avatar?: string;
            /** @description Display name */
            displayName?: string;
            /**
             * @description User type: 1 personal user, 2 public account
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
            /** @description Response data */
            data: components["schemas"]["GetWechatAccessTokenDataDto"];
        };
        /** @description Envelope answering `getWechatMpAccessToken`. */
        GetWechatAccessTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GetWechatAccessTokenDataDto"];
        };
        GroupDto: {
            /** @description Group ID */
            id: string;
            /** @description Group code */
            code: string;
            /** @description Group name */
            name: string;
            /** @description Group description */
            description: string;
            /** @description Group type */
            type: string;
            /** @description Group metadata */
            metadataSource: string[];
            /** @description Member list */
            members: components["schemas"]["UserDto"][];
        };
        GroupListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["GroupDto"][];
        };
        IDToken: {
            /** @description Subject: the user ID */
            sub: string;
            /** @description Audience: the application (client) ID */
            aud: string;
            /** @description Expiry time, Unix seconds */
            exp: number;
            /** @description Issued-at time, Unix seconds */
            iat: number;
            /** @description Issuer URL */
            iss: string;
            /** @description Nonce sent in the authorization request */
            nonce: string;
            /** @description Access token hash */
            at_hash: string;
            /** @description State hash */
            s_hash: string;
            /** @description Full name */
            name: string;
            /** @description Nickname */
            nickname: string;
            /** @description Given name */
            given_name: string;
            /** @description Family name */
            family_name: string;
            /** @description Birth date */
            birthdate: string;
            /**
             * @description Gender (M, F or U)
             * @enum {string}
             */
            gender: "M" | "F" | "U";
            /** @description Avatar URL */
            picture: string;
            /** @description Time the profile was last updated */
            updated_at: string;
            /** @description Time zone */
            zoneinfo: string;
            /** @description Preferred username */
            preferred_username: string;
            /** @description Locale */
            locale: string;
        } & {
            [key: string]: unknown;
        };
        IdentityDto: {
            /** @description Identity source ID */
            identityId: string;
            /** @description Identity source connection ID */
            extIdpId: string;
            /**
             * @description External identity source type
             * @enum {string}
             */
            provider: "oidc" | "oauth2" | "saml" | "ldap" | "ad" | "cas" | "azure-ad" | "wechat" | "google" | "qq" | "wechatwork" | "dingtalk" | "weibo" | "github" | "alipay" | "apple" | "baidu" | "lark" | "gitlab" | "twitter" | "facebook" | "slack" | "linkedin" | "yidun" | "qingcloud" | "gitee" | "instagram" | "welink" | "huawei" | "honor" | "xiaomi" | "oppo" | "aws" | "amazon" | "douyin" | "kuaishou" | "line" | "sdbz" | "zjzwfw" | "zzding" | "seeyona8v5";
            /** @description Identity type, e.g. unionid, openid, primary */
            type: string;
            /** @description ID in the external identity source */
            userIdInIdp: string;
            /** @description User's identity information in the IdP */
            userInfoInIdp: unknown;
            /** @description Access token in the external identity source (returned only when the user fetches it, not by management APIs) */
            accessToken?: string;
            /** @description Refresh token in the external identity source (returned only when the user fetches it, not by management APIs) */
            refreshToken?: string;
            /** @description IDs of the identity source connections the identity came from */
            originConnIds: string[];
        };
        InitiatedApproval: {
            /** @description Approval ID */
            approvalId: number;
            /** @description Approval number */
            number: string;
            /**
             * @description Approval status
             * @enum {string}
             */
            status: "PENDING" | "AGREED" | "REFUSED";
            /** @description Submission time */
            submitTime: string;
            /** @description Completion time */
            closedTime?: string;
            /**
             * @description Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY
             * @enum {string}
             */
            objectType: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
            /** @description Approval object (the SDK comment says array, but the TS type is a single union object) */
            approvalObjectList: components["schemas"]["RolePermissionApplyApprovalObject"] | components["schemas"]["ApplicationPermissionApplyApprovalObject"];
            /** @description Extra parameters; currently only for ROLE_PERMISSION_APPLY */
            extraParams?: components["schemas"]["ExtraParams"];
        };
        InitiatedApprovalListRes: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["InitiatedApprovalPageList"];
        };
        InitiatedApprovalPageList: {
            /** @description List of initiated approvals */
            list: components["schemas"]["InitiatedApproval"][];
            /** @description Total number of records */
            totalCount: number;
        };
        InvitationLinkDto: {
            /** @description Invitation link signature */
            signature: string;
            /** @description Unique identifier of the invitation link */
            identifier: string;
            /** @description Whether to return invitee information */
            withInviteeInfo?: boolean;
            /** @description Whether to return the public invitation information */
            withInvitationSettings?: boolean;
        };
        InviteeContextDto: {
            /** @description Whether the identity verification code is enabled */
            enabledIdentifierVerify: boolean;
            /**
             * @description How the identity verification code is sent
             * @enum {string}
             */
            sendVerifyCodeMethod: "prioritySMS" | "priorityEmail";
            /** @description Whether information completion is enabled */
            enabledInfoFill: boolean;
            /** @description Hint shown on the information-completion page */
            registerInfoFillMsg?: string;
            /** @description Configuration of registration information-completion fields */
            extendsFields: components["schemas"]["ExtendsFieldDto"][];
            /** @description i18n object of the information-completion field */
            extendsFieldsI18n: unknown;
            /** @description Extra information of the information-completion field */
            extendsFieldsOptions: unknown[];
            /** @description Invitee email */
            email: string;
            /** @description Invitee phone number */
            phone?: string;
            /** @description Phone country code */
            phoneCountryCode?: string;
            /** @description Invitee name */
            inviteeName?: string;
            /** @description Maximum number of wrong verification code attempts */
            verifyCodeMaxErrCount: number;
        };
        InviteeProfileDto: {
            /** @description Username */
            username?: string;
            /** @description Nickname */
            nickname?: string;
            /** @description Company */
            company?: string;
            /** @description Avatar */
            photo?: string;
            /** @description Device */
            device?: string;
            /** @description Browser */
            browser?: string;
            /** @description Name */
            name?: string;
            /** @description Given name */
            givenName?: string;
            /** @description Family name */
            familyName?: string;
            /** @description Middle name */
            middleName?: string;
            /** @description Profile */
            profile?: string;
            /** @description Preferred username */
            preferredUsername?: string;
            /** @description Website */
            website?: string;
            /**
             * @description Gender F: female; M: male
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** @description Birthday */
            birthdate?: string;
            /** @description Region */
            zoneinfo?: string;
            /** @description Locale */
            locale?: string;
            /** @description Address */
            address?: string;
            /** @description Format */
            formatted?: string;
            /** @description Street address */
            streetAddress?: string;
            /** @description Location */
            locality?: string;
            /** @description Region */
            region?: string;
            /** @description Postal code */
            postalCode?: string;
            /** @description Country */
            country?: string;
            /** @description Email */
            email?: string;
            /** @description Phone number */
            phone?: string;
            /** @description Phone country code */
            phoneCountryCode?: string;
            /** @description User-defined fields */
            customData?: unknown;
        };
        InviterDetailDto: {
            /** @description Inviter name */
            displayName: string;
        };
        IsSuccessDto: {
            /** @description Whether the operation succeeded */
            success: boolean;
        };
        IsSuccessRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Whether the operation succeeded */
            data: components["schemas"]["IsSuccessDto"];
        };
        JWKSObject: {
            /** @description JSON Web Keys of the application */
            keys: {
                [key: string]: unknown;
            }[];
        };
        LangObject: {
            /** @description Chinese content of the multilingual value */
            "zh-CN": components["schemas"]["LangUnit"];
            /** @description English content of the multilingual value */
            "en-US": components["schemas"]["LangUnit"];
            /** @description Traditional Chinese content of the multilingual value */
            "zh-TW": components["schemas"]["LangUnit"];
            /** @description Japanese content of the multilingual value */
            "ja-JP": components["schemas"]["LangUnit"];
        };
        LangUnit: {
            /** @description Whether enabled; shown when enabled and the language is selected in the console (off by default) */
            enabled: boolean;
            /** @description Multilingual content */
            value: string;
        };
        ListDeviceCredentialDto: {
            [key: string]: unknown;
        };
        ListEnrolledFactorsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description List of MFA factors */
            data: components["schemas"]["FactorDto"][];
        };
        ListFactorsToEnrollRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description List of MFA factors */
            data: components["schemas"]["FactorToEnrollDto"][];
        };
        ListPublicAccountDataDto: {
            /** @description Account ID */
            userId: string;
            /** @description Account avatar */
            avatar?: string;
            /** @description Display name */
            displayName?: string;
            /**
             * @description User type: 1 personal user, 2 public account
             * @enum {string}
             */
            usertype?: "1" | "2";
        };
        ListWebAuthnAuthenticatorDeviceDataDto: {
            /** @description Total count */
            totalCount: number;
            /** @description Number of records */
            list: unknown[];
        };
        LoggedInAppsDto: {
            /** @description Application ID */
            appId: string;
            /** @description Application name */
            appName: string;
            /** @description Application login URL */
            appLoginUrl: string;
            /** @description Application logo */
            appLogo: string;
            /** @description Whether currently logged in */
            active: boolean;
        };
        LoginHistoryDto: {
            /** @description User ID */
            userId: string;
            /** @description Application ID */
            appId: string;
            /** @description Application name */
            appName: string;
            /** @description Application login URL */
            appLoginUrl: string;
            /** @description Application logo */
            appLogo: string;
            /** @description Login time */
            loginAt: string;
            /** @description Client IP used at login */
            clientIp: string;
            /** @description Whether the login succeeded */
            success: boolean;
            /** @description Error message when the login failed */
            errorMessage?: string;
            /** @description User Agent */
            userAgent: string;
            /** @description Parsed user agent */
            parsedUserAgent: components["schemas"]["ParsedUserAgent"];
            /** @description Login method used */
            loginMethod: string;
            /** @description Geographic location */
            geoip: components["schemas"]["GeoIp"];
            /** @description Tenant ID */
            tenantId?: string;
        };
        LoginHistoryPaginatedRespDto: {
            /** @description Total number of records */
            totalCount: number;
            /** @description Record list */
            list: components["schemas"]["LoginHistoryDto"][];
        };
        LoginTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["LoginTokenResponseDataDto"];
        };
        LoginTokenResponseDataDto: {
            /** @description Scope of the access_token */
            scope?: string;
            /** @description Access token used to call resource APIs for a limited time */
            access_token?: string;
            /** @description User identity token; contains user info once decoded */
            id_token?: string;
            /** @description refresh_token, used to obtain a new access token */
            refresh_token?: string;
            /** @description Token type */
            token_type: string;
            /** @description Expiry time in seconds */
            expire_in: number;
        };
        LogoutParams: {
            /** @description Where to go after logout; overrides logoutRedirectUri from construction */
            redirectUri?: string;
            /** @description The ID token obtained at sign-in (id_token_hint), recommended */
            idToken?: string;
            /** @description Opaque value passed back to the redirect target */
            state?: string;
        };
        MfaOtpVerityDto: {
            /** @description OTP code */
            totp: string;
        };
        MfaOtpVerityRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["OtpVerityRespDto"];
        };
        MfaTokenIntrospectEndpointParams: {
            /** @description Value of the mfa_token */
            token: string;
        };
        MfaTokenIntrospectResponse: {
            /** @description Whether the token is valid */
            active: boolean;
            /** @description User pool ID that issued the token; returned when the token is valid */
            userPoolId?: string;
            /** @description User ID the token was issued to; returned when the token is valid */
            userId?: string;
            /** @description Token expiry time as a Unix timestamp in seconds; returned when the token is valid */
            exp?: number;
            /** @description Token issue time as a Unix timestamp in seconds; returned when the token is valid */
            iat?: number;
        };
        OIDCTokenResponse: {
            /** @description Access token (JWT) */
            access_token: string;
            /** @description ID token (JWT) */
            id_token: string;
            /** @description Access token lifetime in seconds */
            expires_in: number;
            /** @description Refresh token (only with the offline_access scope) */
            refresh_token: string;
            /** @description Token type (Bearer) */
            token_type: string;
        };
        OauthParams: {
            /** @description Callback URL; defaults to the redirectUri given at construction */
            redirectUri?: string;
            /**
             * @description Response type; default code
             * @enum {string}
             */
            responseType?: "code" | "token";
            /** @description Random string; generated when omitted */
            state?: string;
            /** @description Requested scopes; OAuth 2.0 default "user" */
            scope?: string;
        };
        OidcParams: {
            /** @description Callback URL; defaults to the redirectUri given at construction */
            redirectUri?: string;
            /**
             * @description Response type; default code (authorization code flow)
             * @enum {string}
             */
            responseType?: "code" | "code id_token token" | "code id_token" | "code token" | "id_token token" | "id_token" | "none";
            /**
             * @description How the response reaches the callback; default query
             * @enum {string}
             */
            responseMode?: "query" | "fragment" | "form_post";
            /** @description Random string; generated when omitted */
            state?: string;
            /** @description Random string; generated when omitted */
            nonce?: string;
            /** @description Requested scopes; OIDC default per docs "openid profile email phone address" (SDK 4.0.2 option default "openid profile") */
            scope?: string;
            /**
             * @description PKCE digest method: plain or S256
             * @enum {string}
             */
            codeChallengeMethod?: "plain" | "S256";
            /** @description PKCE code_challenge, at least 43 characters */
            codeChallenge?: string;
            /** @description GenAuth tenant ID */
            tenantId?: string;
            /** @description Force the user to sign in again (prompt=login) */
            forced?: boolean;
        };
        OpenResource: {
            /** @description Code of the data resource authorized by the data policy */
            resourceCode: string;
            /**
             * @description Type of the authorized data resource: TREE, STRING or ARRAY (structure depends on type)
             * @enum {string}
             */
            resourceType: "TREE" | "STRING" | "ARRAY";
            /** @description String resource of the data policy */
            strAuthorize?: components["schemas"]["StrAuthorize"];
            /** @description Array resource of the data policy */
            arrAuthorize?: components["schemas"]["ArrayAuthorize"];
            /** @description Tree resource of the data policy */
            treeAuthorize?: components["schemas"]["TreeAuthorize"];
        };
        OtpVerityRespDto: {
            /** @description Whether the user's OTP verification succeeded */
            verified: boolean;
        };
        ParsedUserAgent: {
            /** @description Device type used */
            device: string;
            /** @description Browser name */
            name: string;
            /** @description Operating system */
            os: string;
        };
        PasswordResetVerifyResp: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["ResetPasswordVerify"];
        };
        PolicyCondition: {
            /**
             * @description Condition Param
             * @enum {string}
             */
            param: "UserPoolId" | "AppId" | "RequestFrom" | "UserId" | "UserArn" | "CurrentTime" | "EpochTime" | "SourceIp" | "User" | "MultiFactorAuthPresent" | "MultiFactorAuthAge" | "UserAgent" | "Referer" | "Device" | "OS" | "Country" | "Province" | "City" | "DeviceChanged" | "DeviceUntrusted" | "ProxyUntrusted" | "LoggedInApps" | "Namespace";
            /**
             * @description Condition Operator
             * @enum {string}
             */
            operator: "Bool" | "DateEquals" | "DateNotEquals" | "DateLessThan" | "DateLessThanEquals" | "DateGreaterThan" | "DateGreaterThanEquals" | "IpAddress" | "NotIpAddress" | "NumericEquals" | "NumericNotEquals" | "NumericLessThan" | "NumericLessThanEquals" | "NumericGreaterThan" | "NumericGreaterThanEquals" | "StringEquals" | "StringNotEquals" | "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" | "StringLike" | "StringNotLike" | "ListContains";
            /** @description Condition Value */
            value: string;
        };
        PolicyInviteJoinedOptionsDto: {
            /** @description SMS passcode used to complete user info during registration */
            phonePassCodeForInformationCompletion?: string;
            /** @description Email passcode used to complete user info during registration */
            emailPassCodeForInformationCompletion?: string;
        };
        PolicyInviteeJoinedDto: {
            /** @description Invited-registration credential */
            token: string;
            /** @description Verification code */
            code?: string;
            /**
             * @description How the verification code is obtained
             * @enum {string}
             */
            receiverType?: "smsCode" | "emailCode";
            /** @description User profile */
            profile?: components["schemas"]["InviteeProfileDto"];
            /** @description Optional parameters */
            options?: components["schemas"]["PolicyInviteJoinedOptionsDto"];
        };
        PreCheckCodeDataDto: {
            /** @description Whether the verification code is correct and valid */
            isValid: boolean;
            /** @description Error details when the verification code is wrong or expired */
            message?: string;
        };
        PreCheckCodeDto: {
            /**
             * @description Verification code type
             * @enum {string}
             */
            codeType: "SMS" | "EMAIL";
            /** @description SMS passcode check parameters */
            smsCodePayload?: components["schemas"]["PreCheckSmsCodeDto"];
            /** @description Email passcode check parameters */
            emailCodePayload?: components["schemas"]["PreCheckEmailCodeDto"];
        };
        PreCheckCodeRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["PreCheckCodeDataDto"];
        };
        PreCheckEmailCodeDto: {
            /** @description Email, case-insensitive */
            email: string;
            /** @description Email verification code */
            passCode: string;
            /**
             * @description SMS channel (purpose), e.g. CHANNEL_LOGIN for login, CHANNEL_REGISTER for registration
             * @enum {string}
             */
            channel: "CHANNEL_LOGIN" | "CHANNEL_REGISTER" | "CHANNEL_RESET_PASSWORD" | "CHANNEL_VERIFY_EMAIL_LINK" | "CHANNEL_UPDATE_EMAIL" | "CHANNEL_BIND_EMAIL" | "CHANNEL_UNBIND_EMAIL" | "CHANNEL_VERIFY_MFA" | "CHANNEL_UNLOCK_ACCOUNT" | "CHANNEL_COMPLETE_EMAIL" | "CHANNEL_DELETE_ACCOUNT";
        };
        PreCheckSmsCodeDto: {
            /** @description Phone number without country code (put the code in phoneCountryCode) */
            phone: string;
            /** @description SMS verification code */
            passCode: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
            /**
             * @description SMS channel (purpose), e.g. CHANNEL_LOGIN for login, CHANNEL_REGISTER for registration
             * @enum {string}
             */
            channel: "CHANNEL_LOGIN" | "CHANNEL_REGISTER" | "CHANNEL_RESET_PASSWORD" | "CHANNEL_BIND_PHONE" | "CHANNEL_UNBIND_PHONE" | "CHANNEL_BIND_MFA" | "CHANNEL_VERIFY_MFA" | "CHANNEL_UNBIND_MFA" | "CHANNEL_COMPLETE_PHONE" | "CHANNEL_IDENTITY_VERIFICATION" | "CHANNEL_DELETE_ACCOUNT";
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
        PublicAccountSwitchLoginDto: {
            /** @description ID of the target user to switch login to */
            targetUserId: string;
            /** @description Optional parameters */
            options?: components["schemas"]["SignInBySwitchOptionsDto"];
        };
        PublicKeyCredentialCreationOptionsDto: {
            /** @description Challenge, base64url-encoded */
            challenge: string;
            /** @description Credentials to exclude, so one user cannot register the same authenticator twice */
            excludeCredentials: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
            /** @description Algorithm list: signature algorithms accepted by the relying party */
            pubKeyCredParams: components["schemas"]["PublicKeyCredentialParametersDto"][];
            /** @description Relying party information */
            rp: components["schemas"]["PublicKeyCredentialRpEntityDto"];
            /** @description Timeout (milliseconds) */
            timeout: number;
            /** @description User information */
            user: components["schemas"]["PublicKeyCredentialUserEntityDto"];
        };
        PublicKeyCredentialDescriptorDto: {
            /** @description Allowed credential ID */
            id: string;
            /** @description Transports between authenticator and user agent required by the credential */
            transports: string[];
            /** @description Fixed value public-key */
            type: string;
        };
        PublicKeyCredentialParametersDto: {
            /** @description A negative integer identifying the algorithm (COSE) */
            alg: number;
            /** @description Fixed value public-key */
            type: string;
        };
        PublicKeyCredentialRequestOptionsDto: {
            /** @description Challenge, base64url-encoded */
            challenge: string;
            /** @description Authenticator authentication parameters */
            allowCredentials?: components["schemas"]["PublicKeyCredentialDescriptorDto"][];
            /** @description Relying party ID, same as when the authenticator was registered */
            rpId: string;
            /** @description Timeout (milliseconds) */
            timeout: number;
        };
        PublicKeyCredentialRpEntityDto: {
            /** @description Relying party domain */
            id: string;
            /** @description Relying party name */
            name: string;
        };
        PublicKeyCredentialUserEntityDto: {
            /** @description User ID */
            id: string;
            /** @description Username */
            name: string;
            /** @description User name for display */
            displayName: string;
        };
        QRCodeStatusBriefUserInfoDto: {
            /** @description User display nickname */
            displayName: string;
            /** @description User avatar */
            photo: string;
        };
        RegistrationCredentialDto: {
            /** @description Base64URL-encoded credential ID */
            id: string;
            /** @description Raw credential ID */
            rawId: string;
            /** @description Object for the relying party to verify and register */
            response: components["schemas"]["AuthenticatorAttestationResponseDto"];
            /** @description Optional; transports between authenticator and user agent required by the credential */
            transports?: string[];
            /** @description Fixed value 'public-key' */
            type: string;
        };
        RegistrationOptionsDto: {
            /** @description Parameters for the authenticator to create the public key credential */
            registrationOptions: components["schemas"]["PublicKeyCredentialCreationOptionsDto"];
            /** @description Ticket to send back when submitting the credential created by the authenticator for verification */
            ticket: string;
        };
        RemoveDeviceCredentialDto: {
            [key: string]: unknown;
        };
        ResetFactorDto: {
            /** @description MFA factor ID */
            factorId: string;
        };
        ResetFactorRespDto: components["schemas"]["GenAuthEnvelope"];
        ResetPasswordByEmailPassCodeDto: {
            /** @description Email bound to this account, case-insensitive */
            email?: string;
            /** @description Email passcode, single use, valid 5 minutes by default; obtain via the send email endpoint */
            passCode: string;
        };
        ResetPasswordByPhonePassCodeDto: {
            /** @description Phone number bound to this account, without country code (put it in phoneCountryCode) */
            phoneNumber: string;
            /** @description SMS passcode, single use, valid one minute; obtain via the send SMS endpoint */
            passCode: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
        };
        ResetPasswordDto: {
            /** @description Password */
            password: string;
            /** @description Password reset token */
            passwordResetToken: string;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
        };
        ResetPasswordVerify: {
            /** @description Token for resetting the password */
            passwordResetToken: string;
            /** @description Expiry time in seconds */
            tokenExpiresIn: number;
        };
        RevokeDeviceSessionDto: {
            /** @description Unique device identifier */
            deviceId: string;
        };
        RoleDto: {
            /** @description Role ID */
            id: string;
            /** @description Unique role code within the permission space */
            code: string;
            /** @description Role name within the permission space */
            name: string;
            /** @description Role description */
            description: string;
            /** @description Code of the permission space (namespace); omit for the default one */
            namespace: string;
            /** @description Name of the permission space (namespace) */
            namespaceName: string;
            /** @description Role status: ENABLE normal, DISABLE disabled */
            status?: string;
            /** @description Time (ms) the role is automatically disabled; null means never */
            disableTime?: number;
            /** @description Whether permission requests are enabled (app also needs SSO and visibility to unauthorized users) */
            enablePermissionApply?: boolean;
        };
        RoleListRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["RoleDto"][];
        };
        RolePermissionApplyApprovalObject: {
            /** @description Role ID */
            objectId: string;
            /** @description Role name */
            objectName: string;
            /** @description Role code */
            roleCode: string;
            /** @description Permission space ID */
            namespaceId: number;
            /** @description Permission space code, i.e. the application ID */
            namespaceCode: string;
        };
        SendEmailDto: {
            /**
             * @description SMS channel, i.e. the purpose of the SMS
             * @enum {string}
             */
            channel: "CHANNEL_LOGIN" | "CHANNEL_REGISTER" | "CHANNEL_RESET_PASSWORD" | "CHANNEL_VERIFY_EMAIL_LINK" | "CHANNEL_UPDATE_EMAIL" | "CHANNEL_BIND_EMAIL" | "CHANNEL_UNBIND_EMAIL" | "CHANNEL_VERIFY_MFA" | "CHANNEL_UNLOCK_ACCOUNT" | "CHANNEL_COMPLETE_EMAIL" | "CHANNEL_DELETE_ACCOUNT";
            /** @description Email, case-insensitive */
            email: string;
        };
        SendEmailRespDto: components["schemas"]["GenAuthEnvelope"];
        SendEnrollFactorRequestDataDto: {
            /** @description Temporary enrollmentToken, valid one minute; pass it when enrolling the MFA factor */
            enrollmentToken: string;
            /** @description Returned when enrolling an OTP-type factor */
            otpData?: components["schemas"]["SendEnrollFactorRequestOtpDataDto"];
        };
        SendEnrollFactorRequestDto: {
            /** @description MFA factor details */
            profile: components["schemas"]["FactorProfile"];
            /**
             * @description MFA factor type
             * @enum {string}
             */
            factorType: "OTP" | "SMS" | "EMAIL" | "FACE";
        };
        SendEnrollFactorRequestOtpDataDto: {
            /** @description OTP Auth Uri */
            qrCodeUri: string;
            /** @description Base64-encoded OTP QR code for the front end to render */
            qrCodeDataUrl: string;
            /** @description OTP Recovery Code */
            recoveryCode: string;
        };
        SendEnrollFactorRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["SendEnrollFactorRequestDataDto"];
        };
        SendSMSDto: {
            /**
             * @description SMS channel, i.e. the purpose of the SMS
             * @enum {string}
             */
            channel: "CHANNEL_LOGIN" | "CHANNEL_REGISTER" | "CHANNEL_RESET_PASSWORD" | "CHANNEL_BIND_PHONE" | "CHANNEL_UNBIND_PHONE" | "CHANNEL_BIND_MFA" | "CHANNEL_VERIFY_MFA" | "CHANNEL_UNBIND_MFA" | "CHANNEL_COMPLETE_PHONE" | "CHANNEL_IDENTITY_VERIFICATION" | "CHANNEL_DELETE_ACCOUNT";
            /** @description Phone number without country code (put the code in phoneCountryCode) */
            phoneNumber: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
        };
        SendSMSRespDto: components["schemas"]["GenAuthEnvelope"];
        SignInByAdPayloadDto: {
            /** @description User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption */
            password: string;
            /** @description sAMAccountName of the account in the Windows AD user directory */
            sAMAccountName: string;
        };
        SignInByAlipayPayloadDto: {
            /** @description One-time code returned by Alipay mobile social login */
            code?: string;
        };
        SignInByAmazonPayloadDto: {
            /** @description access_token obtained from Amazon mobile social login */
            access_token: string;
        };
        SignInByApplePayloadDto: {
            /** @description One-time code returned by Apple mobile social login */
            code?: string;
        };
        SignInByBaiduPayloadDto: {
            /** @description Authorization code from Baidu mobile social login; alternative to access_token (code wins if both) */
            code?: string;
            /** @description access_token from Baidu mobile social login; alternative to code (code wins if both) */
            access_token?: string;
        };
        SignInByDingTalkPayloadDto: {
            /** @description Code obtained from DingTalk mobile social login */
            code: string;
            /** @description Set isSnsCode=true if the DingTalk code must be resolved via sns/getuserinfo_bycode; otherwise it is exchanged for an accessToken first */
            isSnsCode?: boolean;
        };
        SignInByDouyinMiniProgramCodeAndPhonePayloadDto: {
            /** @description Douyin mini program code login data, e.g. user data from tt.getUserProfile (required) */
            loginParams: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
            /** @description Douyin mini program phone authorization data (required); the phone is saved to new users or to users without a bound phone */
            phoneParams: components["schemas"]["SignInByDouyinMiniProgramPhoneInfoPayloadDto"];
        };
        SignInByDouyinMiniProgramCodePayloadDto: {
            /** @description Encrypted data (encryptedData) returned by Douyin open data */
            encryptedData?: string;
            /** @description Initialization vector for symmetric decryption, returned by Douyin; required with encryptedData */
            iv?: string;
            /** @description User code returned by the tt.login API (Douyin) */
            code: string;
        };
        SignInByDouyinMiniProgramPhoneInfoPayloadDto: {
            /** @description iv returned by the mini program's get-phone-number call; required with encryptedData */
            iv?: string;
            /** @description encryptedData (encrypted phone info) returned by the mini program's get-phone-number call */
            encryptedData?: string;
        };
        SignInByDouyinPayloadDto: {
            /** @description Authorization code obtained from Douyin mobile social login */
            code: string;
        };
        SignInByFacebookPayloadDto: {
            /** @description access_token obtained from Facebook mobile social login */
            access_token: string;
        };
        SignInByGiteePayloadDto: {
            /** @description Authorization code obtained from Gitee mobile social login */
            code: string;
        };
        SignInByGithubPayloadDto: {
            /** @description Authorization code obtained from GitHub mobile social login */
            code: string;
        };
        SignInByGitlabPayloadDto: {
            /** @description Authorization code obtained from GitLab mobile social login */
            code: string;
        };
        SignInByGooglePayloadDto: {
            /** @description Code obtained from Google mobile social login */
            code: string;
        };
        SignInByHuaweiPayloadDto: {
            /** @description Authorization code obtained from Huawei mobile social login */
            code: string;
        };
        SignInByKuaishouPayloadDto: {
            /** @description Authorization code obtained from Kuaishou mobile social login */
            code: string;
        };
        SignInByLarkBlockPayloadDto: {
            /** @description One-time code returned by Lark (Feishu) widget social login */
            code?: string;
        };
        SignInByLarkInternalPayloadDto: {
            /** @description One-time code returned by Lark (Feishu) self-built app mobile social login */
            code?: string;
        };
        SignInByLarkPublicPayloadDto: {
            /** @description One-time code returned by Lark (Feishu) app-store app mobile social login */
            code?: string;
        };
        SignInByLdapPayloadDto: {
            /** @description User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption */
            password: string;
            /** @description sAMAccountName of the account in the LDAP/AD user directory */
            sAMAccountName: string;
        };
        SignInByLinePayloadDto: {
            /** @description access_token obtained from LINE mobile social login */
            access_token: string;
            /** @description id_token obtained from LINE mobile social login (needs openid scope); user info is taken from it, else from access_token */
            id_token?: string;
        };
        SignInByLinkedInPayloadDto: {
            /** @description Code obtained from LinkedIn mobile social login */
            code: string;
        };
        SignInByMobileOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: unknown;
            /** @description Tenant ID */
            tenantId?: string;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
        };
        SignInByOPPOPayloadDto: {
            /** @description Authorization code obtained from OPPO mobile social login */
            code: string;
        };
        SignInByPassCodePayloadDto: {
            /** @description One-time passcode; obtain it first via the send SMS or send email endpoint */
            passCode: string;
            /** @description Email, case-insensitive */
            email?: string;
            /** @description Phone number */
            phone?: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
        };
        SignInByPasswordPayloadDto: {
            /** @description User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption */
            password: string;
            /** @description User account (username/phone/email) */
            account?: string;
            /** @description Email, case-insensitive */
            email?: string;
            /** @description Username */
            username?: string;
            /** @description Phone number */
            phone?: string;
        };
        SignInByPushDto: {
            /** @description User account (username/phone/email) */
            account: string;
            /** @description Optional parameters */
            options?: components["schemas"]["SignInByPushOptionsDto"];
        };
        SignInByPushOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: string;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
        };
        SignInByQQPayloadDto: {
            /** @description access_token obtained from QQ mobile social login */
            access_token: string;
        };
        SignInBySlackPayloadDto: {
            /** @description Authorization code obtained from Slack mobile social login */
            code: string;
        };
        SignInBySwitchOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: unknown;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
        };
        SignInByWebAuthnOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: unknown;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
        };
        SignInByWechatMiniProgramCodeAndPhonePayloadDto: {
            /** @description WeChat mini program code login data (required) */
            wxLoginInfo: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
            /** @description WeChat mini program phone authorization data (required); the phone is saved to new users or to users without a bound phone */
            wxPhoneInfo: components["schemas"]["SignInByWechatMiniProgramPhoneInfoPayloadDto"];
        };
        SignInByWechatMiniProgramCodePayloadDto: {
            /** @description Encrypted data (encryptedData) returned by WeChat open data */
            encryptedData?: string;
            /** @description Initialization vector for symmetric decryption, returned by WeChat */
            iv?: string;
            /** @description User code returned by the wx.login API (WeChat) */
            code: string;
        };
        SignInByWechatMiniProgramPhoneInfoPayloadDto: {
            /** @description Code returned by the mini program's get-phone-number call */
            code: string;
        };
        SignInByWechatMiniProgramPhonePayloadDto: {
            /** @description Encrypted data (encryptedData) returned by WeChat open data */
            encryptedData: string;
            /** @description Initialization vector for symmetric decryption, returned by WeChat */
            iv: string;
            /** @description User code returned by the wx.login API (WeChat) */
            code: string;
        };
        SignInByWechatPayloadDto: {
            /** @description One-time code returned by WeChat mobile social login */
            code?: string;
        };
        SignInByWechatworkAgencyPayloadDto: {
            /** @description One-time code returned by WeCom (agency mode) mobile social login */
            code?: string;
        };
        SignInByWechatworkDto: {
            /** @description One-time code returned by WeCom mobile social login */
            code?: string;
        };
        SignInByWeiboPayloadDto: {
            /** @description access_token obtained from Sina Weibo mobile social login */
            access_token: string;
        };
        SignInByXiaomiPayloadDto: {
            /** @description Authorization code obtained from Xiaomi mobile social login */
            code: string;
        };
        SignInByYidunPayloadDto: {
            /** @description NetEase Yidun token */
            token?: string;
            /** @description NetEase Yidun carrier authorization code */
            accessToken?: string;
        };
        SignInFastpassDto: {
            /** @description Optional parameters */
            options?: components["schemas"]["SignInFastpassOptionsDto"];
        };
        SignInFastpassOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: unknown;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
        };
        SignInOptionsDto: {
            /** @description Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token) */
            scope?: string;
            /** @description Real client IP; by default the request source IP is recorded as the login IP, so set it when calling from a backend */
            clientIp?: string;
            /** @description Extra request context passed to the Pipeline context before and after authentication */
            context?: unknown;
            /** @description Tenant ID */
            tenantId?: string;
            /** @description Extra user custom data; custom fields must first be configured in the console */
            customData?: unknown;
            /** @description Auto-register the user if not found (only for username/email/phone + password, not generic account) */
            autoRegister?: boolean;
            /** @description Captcha code, case-insensitive; required on the next login after the failed-login limit triggers when the security policy is captcha */
            captchaCode?: string;
            /** @description Token returned with the captcha by /api/v3/get-captcha-code; required when captchaCode is sent */
            captchaToken?: string;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
        };
        SignUpByPassCodeDto: {
            /** @description One-time passcode; obtain it first via the send SMS or send email endpoint */
            passCode: string;
            /** @description Email, case-insensitive */
            email?: string;
            /** @description Phone number */
            phone?: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
        };
        SignUpByPasswordDto: {
            /** @description User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption */
            password: string;
            /** @description Username */
            username?: string;
            /** @description Email, case-insensitive */
            email?: string;
        };
        SignUpDto: {
            /**
             * @description Registration method
             * @enum {string}
             */
            connection: "PASSWORD" | "PASSCODE";
            /** @description Required when the registration method is PASSWORD */
            passwordPayload?: components["schemas"]["SignUpByPasswordDto"];
            /** @description Required when the authentication method is PASSCODE */
            passCodePayload?: components["schemas"]["SignUpByPassCodeDto"];
            /** @description User profile */
            profile?: components["schemas"]["SignUpProfileDto"];
            /** @description Optional parameters */
            options?: components["schemas"]["SignUpOptionsDto"];
        };
        SignUpOptionsDto: {
            /** @description Client IP */
            clientIp?: string;
            /** @description SMS passcode used to complete user info during registration */
            phonePassCodeForInformationCompletion?: string;
            /** @description Email passcode used to verify the user's email during registration */
            emailPassCodeForInformationCompletion?: string;
            /** @description Password to set when registering by phone passcode */
            passwordForPhonePassCode?: string;
            /** @description Extra parameters passed at login/registration, stored in user-defined fields */
            context: unknown;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
        };
        SignUpProfileDto: {
            /** @description Nickname */
            nickname?: string;
            /** @description Company */
            company?: string;
            /** @description Avatar */
            photo?: string;
            /** @description Device */
            device?: string;
            /** @description Browser */
            browser?: string;
            /** @description Name */
            name?: string;
            /** @description Given name */
            givenName?: string;
            /** @description Family name */
            familyName?: string;
            /** @description Middle name */
            middleName?: string;
            /** @description Profile */
            profile?: string;
            /** @description Preferred username */
            preferredUsername?: string;
            /** @description Website */
            website?: string;
            /**
             * @description Gender W: female; M: male
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** @description Birthday */
            birthdate?: string;
            /** @description Region */
            zoneinfo?: string;
            /** @description Locale */
            locale?: string;
            /** @description Address */
            address?: string;
            /** @description Format */
            formatted?: string;
            /** @description Street address */
            streetAddress?: string;
            /** @description Location */
            locality?: string;
            /** @description Region */
            region?: string;
            /** @description Postal code */
            postalCode?: string;
            /** @description Country */
            country?: string;
            /** @description User email; to complete it, pass the email passcode in options.emailPassCodeForInformationCompletion (send via /api/v3/send-email) */
            email?: string;
            /** @description User phone; to complete it, pass the SMS passcode in options.phonePassCodeForInformationCompletion (send via /api/v3/send-sms) */
            phone?: string;
            /** @description User phone country code */
            phoneCountryCode?: string;
            /** @description User-defined fields */
            customData?: unknown;
        };
        SigninByCredentialsDto: {
            /**
             * @description Authentication method
             * @enum {string}
             */
            connection: "PASSWORD" | "PASSCODE" | "LDAP" | "AD";
            /** @description Required when the authentication method is PASSWORD */
            passwordPayload?: components["schemas"]["SignInByPasswordPayloadDto"];
            /** @description Required when the authentication method is PASSCODE */
            passCodePayload?: components["schemas"]["SignInByPassCodePayloadDto"];
            /** @description Required when the authentication method is AD */
            adPayload?: components["schemas"]["SignInByAdPayloadDto"];
            /** @description Required when the authentication method is LDAP */
            ldapPayload?: components["schemas"]["SignInByLdapPayloadDto"];
            /** @description Optional parameters */
            options?: components["schemas"]["SignInOptionsDto"];
            /** @description Application ID; required when the app's token endpoint auth method is client_secret_post */
            client_id?: string;
            /** @description Application secret; required when the app's token endpoint auth method is client_secret_post */
            client_secret?: string;
        };
        SigninByMobileDto: {
            /** @description Identifier of the external identity source connection */
            extIdpConnidentifier: string;
            /**
             * @description Mobile social login type
             * @enum {string}
             */
            connection: "apple" | "wechat" | "alipay" | "wechatwork" | "wechatwork_agency" | "lark_internal" | "lark_public" | "lark_block" | "yidun" | "wechat_mini_program_code" | "wechat_mini_program_phone" | "wechat_mini_program_code_and_phone" | "google" | "facebook" | "qq" | "weibo" | "baidu" | "linkedin" | "dingtalk" | "github" | "gitee" | "gitlab" | "douyin" | "kuaishou" | "xiaomi" | "line" | "slack" | "oppo" | "huawei" | "amazon" | "douyin_mini_program_code" | "douyin_mini_program_code_and_phone";
            /** @description WeChat mobile social login data; required when connection is wechat (SDK comment mislabels it as Apple) */
            wechatPayload?: components["schemas"]["SignInByWechatPayloadDto"];
            /** @description Apple mobile social login data; required when connection is apple (SDK comment mislabels it as WeChat) */
            applePayload?: components["schemas"]["SignInByApplePayloadDto"];
            /** @description Alipay mobile social login data; required when connection is alipay */
            alipayPayload?: components["schemas"]["SignInByAlipayPayloadDto"];
            /** @description WeCom (WeChat Work) mobile social login data; required when connection is wechatwork */
            wechatworkPayload?: components["schemas"]["SignInByWechatworkDto"];
            /** @description WeCom (agency development mode) mobile social login data; required when connection is wechatwork_agency */
            wechatworkAgencyPayload?: components["schemas"]["SignInByWechatworkAgencyPayloadDto"];
            /** @description Lark (Feishu) app-store app mobile social login data; required when connection is lark_public */
            larkPublicPayload?: components["schemas"]["SignInByLarkPublicPayloadDto"];
            /** @description Lark (Feishu) self-built app mobile social login data; required when connection is lark_internal */
            larkInternalPayload?: components["schemas"]["SignInByLarkInternalPayloadDto"];
            /** @description Lark (Feishu) widget mobile social login data; required when connection is lark_block */
            larkBlockPayload?: components["schemas"]["SignInByLarkBlockPayloadDto"];
            /** @description NetEase Yidun mobile social login data; required when connection is yidun */
            yidunPayload?: components["schemas"]["SignInByYidunPayloadDto"];
            /** @description WeChat mini program code login data; required when connection is wechat_mini_program_code */
            wechatMiniProgramCodePayload?: components["schemas"]["SignInByWechatMiniProgramCodePayloadDto"];
            /** @description WeChat mini program phone login data; required when connection is wechat_mini_program_phone */
            wechatMiniProgramPhonePayload?: components["schemas"]["SignInByWechatMiniProgramPhonePayloadDto"];
            /** @description WeChat mini program code+phone login data; required when connection is wechat_mini_program_code_and_phone */
            wechatMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByWechatMiniProgramCodeAndPhonePayloadDto"];
            /** @description Douyin mini program code login data; required when connection is douyin_mini_program_code */
            douyinMiniProgramCodePayload?: components["schemas"]["SignInByDouyinMiniProgramCodePayloadDto"];
            /** @description Douyin mini program code+phone login data; required when connection is douyin_mini_program_code_and_phone */
            douyinMiniProgramCodeAndPhonePayload?: components["schemas"]["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"];
            /** @description Google mobile social login data; required when connection is google */
            googlePayload?: components["schemas"]["SignInByGooglePayloadDto"];
            /** @description Facebook mobile social login data; required when connection is facebook */
            facebookPayload?: components["schemas"]["SignInByFacebookPayloadDto"];
            /** @description QQ mobile social login data; required when connection is qq */
            qqPayload?: components["schemas"]["SignInByQQPayloadDto"];
            /** @description Sina Weibo mobile social login data; required when connection is weibo */
            weiboPayload?: components["schemas"]["SignInByWeiboPayloadDto"];
            /** @description Baidu mobile social login data; required when connection is baidu; one of code or access_token is required (code preferred) */
            baiduPayload?: components["schemas"]["SignInByBaiduPayloadDto"];
            /** @description LinkedIn mobile social login data; required when connection is linkedin */
            linkedInPayload?: components["schemas"]["SignInByLinkedInPayloadDto"];
            /** @description DingTalk mobile social login data; required when connection is dingtalk */
            dingTalkPayload?: components["schemas"]["SignInByDingTalkPayloadDto"];
            /** @description GitHub mobile social login data; required when connection is github */
            githubPayload?: components["schemas"]["SignInByGithubPayloadDto"];
            /** @description Gitee mobile social login data; required when connection is gitee */
            giteePayload?: components["schemas"]["SignInByGiteePayloadDto"];
            /** @description GitLab mobile social login data; required when connection is gitlab */
            gitlabPayload?: components["schemas"]["SignInByGitlabPayloadDto"];
            /** @description Douyin mobile social login data; required when connection is douyin */
            douyinPayload?: components["schemas"]["SignInByDouyinPayloadDto"];
            /** @description Kuaishou mobile social login data; required when connection is kuaishou */
            kuaishouPayload?: components["schemas"]["SignInByKuaishouPayloadDto"];
            /** @description Xiaomi mobile social login data; required when connection is xiaomi */
            xiaomiPayload?: components["schemas"]["SignInByXiaomiPayloadDto"];
            /** @description LINE mobile social login data; required when connection is line */
            linePayload?: components["schemas"]["SignInByLinePayloadDto"];
            /** @description Slack mobile social login data; required when connection is slack */
            slackPayload?: components["schemas"]["SignInBySlackPayloadDto"];
            /** @description OPPO mobile social login data; required when connection is oppo */
            oppoPayload?: components["schemas"]["SignInByOPPOPayloadDto"];
            /** @description Huawei mobile social login data; required when connection is huawei */
            huaweiPayload?: components["schemas"]["SignInByHuaweiPayloadDto"];
            /** @description Amazon mobile social login data; required when connection is amazon */
            amazonPayload?: components["schemas"]["SignInByAmazonPayloadDto"];
            /** @description Optional parameters */
            options?: components["schemas"]["SignInByMobileOptionsDto"];
            /** @description Application ID; required when the app's token endpoint auth method is client_secret_post */
            client_id?: string;
            /** @description Application secret; required when the app's token endpoint auth method is client_secret_post */
            client_secret?: string;
        };
        StrAuthorize: {
            /** @description String resource value */
            value: string;
            /** @description List of string resource actions */
            actions: string[];
        };
        StrResourceAuthAction: {
            /** @description Value of the string data resource */
            value?: string;
            /** @description Actions of the string data resource */
            actions?: string[];
        };
        SystemInfoResp: {
            /** @description RSA256 encryption configuration */
            rsa: components["schemas"]["SystmeInfoRSAConfig"];
            /** @description SM2 encryption configuration */
            sm2: components["schemas"]["SystmeInfoSM2Config"];
            /** @description SM2 encryption configuration */
            version: components["schemas"]["SystmeInfoVersion"];
            /** @description List of public (egress) IPs of the Authing service */
            publicIps: string[];
        };
        SystmeInfoRSAConfig: {
            /** @description RSA256 public key */
            publicKey: string;
        };
        SystmeInfoSM2Config: {
            /** @description SM2 public key */
            publicKey: string;
        };
        SystmeInfoVersion: {
            /** @description Version of the Authing core service */
            server: string;
            /** @description Version of the Authing console */
            console: string;
            /** @description Version of the Authing hosted login page */
            login: string;
        };
        TerminalSessionDto: {
            /** @description Device information */
            device: components["schemas"]["DeviceInfo"];
            /** @description Latest login time */
            lastLoginTime: string;
            /** @description Latest login IP */
            lastIp?: string;
            /** @description Whether online */
            online: boolean;
        };
        TerminalSessionRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["TerminalSessionDto"][];
        };
        TreeAuthBo: {
            /** @description Tree resource node path */
            nodePath: string;
            /** @description Tree resource node name */
            nodeName: string;
            /** @description List of actions allowed on the tree resource node */
            nodeActions: string[];
            /** @description Tree resource node value */
            nodeValue?: string;
            /** @description Extended field value of the tree resource node */
            nodeExtendFieldValue?: unknown;
        };
        TreeAuthorize: {
            /** @description Tree resource authorization list */
            authList: components["schemas"]["TreeAuthBo"][];
        };
        TreeResourceAuthAction: {
            /** @description List of tree nodes */
            nodeAuthActionList?: components["schemas"]["TreeStructs"][];
        };
        TreeStructs: {
            /** @description Tree resource node code, unique within its level */
            code: string;
            /** @description Tree resource node name, unique within its level */
            name: string;
            /** @description Tree resource node value */
            value?: string;
            /** @description Actions of the tree data resource policy node */
            actions?: string[];
            /** @description Child nodes (at most five levels) */
            children?: components["schemas"]["TreeStructs"][];
        };
        UnbindDeviceDto: {
            /** @description Unique device identifier */
            deviceId: string;
        };
        UnbindEmailDto: {
            /** @description Email passcode; obtain it first via the send email endpoint */
            passCode: string;
        };
        UnbindPhoneDto: {
            /** @description SMS passcode; obtain it first via the send SMS endpoint */
            passCode: string;
        };
        UniversalInvitationJoinRespDto: {
            /**
             * @description Application result
             * @enum {string}
             */
            status: "PENDING" | "PASSED";
        };
        UniversalInvitationPublicConfigDto: {
            /** @description User pool information */
            userPool: components["schemas"]["UserPoolPublicConfigDto"];
            /** @description Inviter information */
            inviter?: components["schemas"]["InviterDetailDto"];
        };
        UniversalInvitationUserJoinDto: {
            /** @description Email verification code */
            emailCode: string;
            /** @description Unique identifier of the invitation link */
            identifier: string;
            /** @description User profile */
            profile?: components["schemas"]["UniversalInviteeProfileDto"];
        };
        UniversalInviteeProfileDto: {
            /** @description Applicant */
            name: string;
            /** @description Email */
            email: string;
        };
        UnlinkExtIdpDto: {
            /** @description External identity source ID */
            extIdpId: string;
        };
        UpdateEmailByEmailPassCodeDto: {
            /** @description New email */
            newEmail: string;
            /** @description Verification code sent to the new email */
            newEmailPassCode: string;
            /** @description Old email; required if the pool requires verifying the old email */
            oldEmail?: string;
            /** @description Passcode of the old email; required if the pool requires verifying the old email */
            oldEmailPassCode?: string;
        };
        UpdateEmailDto: {
            /** @description Temporary token for changing the email, from the verify-update-email-request endpoint */
            updateEmailToken: string;
        };
        UpdatePasskeyDto: {
            /** @description Display name */
            name: string;
        };
        UpdatePasswordDto: {
            /** @description New password */
            newPassword: string;
            /** @description Current password; required if the user already has a password */
            oldPassword?: string;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
            /** @description Password reset token, from /api/v3/verify-reset-password-request */
            passwordResetToken?: string;
        };
        UpdatePhoneByPhonePassCodeDto: {
            /** @description New phone number without country code (put the code in newPhoneCountryCode) */
            newPhoneNumber: string;
            /** @description Verification code */
            newPhonePassCode: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            newPhoneCountryCode?: string;
            /** @description Old phone number without country code; required if the pool requires verifying the old phone */
            oldPhoneNumber?: string;
            /** @description Passcode of the old phone; required if the pool requires verifying the old phone */
            oldPhonePassCode?: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            oldPhoneCountryCode?: string;
        };
        UpdatePhoneDto: {
            /** @description Temporary token for changing the phone, from the verify-update-phone-request endpoint */
            updatePhoneToken: string;
        };
        UpdateUserProfileDto: {
            /** @description User's real name, not unique */
            name?: string;
            /** @description Nickname */
            nickname?: string;
            /** @description Avatar URL */
            photo?: string;
            /** @description Third-party external ID */
            externalId?: string;
            /** @description Date of birth */
            birthdate?: string;
            /** @description Country */
            country?: string;
            /** @description Province */
            province?: string;
            /** @description City */
            city?: string;
            /** @description Address */
            address?: string;
            /** @description Street address */
            streetAddress?: string;
            /** @description Postal code */
            postalCode?: string;
            /**
             * @description Gender
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** @description Username, unique within the user pool */
            username?: string;
            /** @description Company */
            company?: string;
            /** @description Custom data; keys must first be defined as custom fields in the user pool */
            customData?: unknown;
            /** @description User ID card number */
            identityNumber?: string;
        };
        UserAuthResourceListDto: {
            /** @description User ID authorized by the data policy */
            userId: string;
            /** @description Permission space code authorized by the data policy */
            namespaceCode: string;
            /** @description All data-policy resources of the user within the permission space */
            resourceList?: components["schemas"]["OpenResource"][];
        };
        UserDepartmentPaginatedRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["UserDepartmentPagingDto"];
        };
        UserDepartmentPagingDto: {
            /** @description Total number of records */
            totalCount: number;
            /** @description Response data */
            list: components["schemas"]["UserDepartmentRespDto"][];
        };
        UserDepartmentRespDto: {
            /** @description Organization code */
            organizationCode: string;
            /** @description Department ID */
            departmentId: string;
            /** @description Whether it is the root department */
            isRoot: boolean;
            /** @description Department creation time */
            createdAt: string;
            /** @description Department name */
            name: string;
            /** @description Department description */
            description: string;
            /** @description Custom department ID */
            openDepartmentId?: string;
            /** @description Whether the user is a department leader */
            isLeader: boolean;
            /** @description Department identifier code */
            code: string;
            /** @description Whether it is the main department */
            isMainDepartment: boolean;
            /** @description Time the user joined the department */
            joinedAt: string;
            /** @description Whether it is a virtual department */
            isVirtualNode: boolean;
            /** @description Multilingual settings */
            i18n?: components["schemas"]["DepartmentI18nDto"];
            /** @description Department extended field data */
            customData?: unknown;
            /** @description Department ID path */
            departmentIdPath?: string[];
            /** @description Department code path */
            departmentCodePath?: string[];
            /** @description Department name path */
            departmentNamePath?: string[];
        };
        UserDto: {
            /** @description User's unique identifier (user ID, username, email, phone, externalId or external IdP ID; see userIdType); defaults to user ID */
            userId: string;
            /** @description Creation time */
            createdAt: string;
            /** @description Update time */
            updatedAt: string;
            /**
             * @description Current status of the account
             * @enum {string}
             */
            status: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
            /**
             * @description Current work status of the account
             * @enum {string}
             */
            workStatus: "Closed" | "Active";
            /** @description Third-party external ID */
            externalId?: string;
            /** @description Email, case-insensitive */
            email?: string;
            /** @description Phone number without country code (put the code in phoneCountryCode) */
            phone?: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
            /** @description Username, unique within the user pool */
            username?: string;
            /** @description User's real name, not unique */
            name?: string;
            /** @description Nickname */
            nickname?: string;
            /** @description Avatar URL */
            photo?: string;
            /** @description Total number of logins */
            loginsCount?: number;
            /** @description Last login time */
            lastLogin?: string;
            /** @description Last login IP */
            lastIp?: string;
            /**
             * @description Gender
             * @enum {string}
             */
            gender: "M" | "F" | "U";
            /** @description Whether the email is verified */
            emailVerified: boolean;
            /** @description Whether the phone number is verified */
            phoneVerified: boolean;
            /** @description Time of the user's last password change */
            passwordLastSetAt?: string;
            /** @description Date of birth */
            birthdate?: string;
            /** @description Country */
            country?: string;
            /** @description Province */
            province?: string;
            /** @description City */
            city?: string;
            /** @description Address */
            address?: string;
            /** @description Street address */
            streetAddress?: string;
            /** @description Postal code */
            postalCode?: string;
            /** @description Company */
            company?: string;
            /** @description Browser user agent of the latest login */
            browser?: string;
            /** @description Device of the latest login */
            device?: string;
            /** @description Given name */
            givenName?: string;
            /** @description Family name */
            familyName?: string;
            /** @description Middle name */
            middleName?: string;
            /** @description Preferred Username */
            profile?: string;
            /** @description Preferred Username */
            preferredUsername?: string;
            /** @description User's personal web page */
            website?: string;
            /** @description User time zone */
            zoneinfo?: string;
            /** @description Locale */
            locale?: string;
            /** @description Standard full formatted address */
            formatted?: string;
            /** @description User region */
            region?: string;
            /**
             * @description Source type
             * @enum {string}
             */
            userSourceType: "excel" | "register" | "adminCreated" | "sync";
            /** @description Application ID or sync task ID */
            userSourceId?: string;
            /** @description ID of the application the user last logged in to */
            lastLoginApp?: string;
            /** @description User's main department ID */
            mainDepartmentId?: string;
            /** @description Time of the user's last MFA authentication */
            lastMfaTime?: string;
            /** @description User password strength level */
            passwordSecurityLevel?: number;
            /** @description Password reset required at next login */
            resetPasswordOnNextLogin?: boolean;
            /** @description Registration method */
            registerSource?: string[];
            /** @description IDs of the user's departments */
            departmentIds?: string[];
            /** @description External identity source */
            identities?: components["schemas"]["IdentityDto"][];
            /** @description User ID card number */
            identityNumber?: string;
            /** @description User's extended field data */
            customData?: unknown;
            /** @description User's data-object extended field data */
            metadataSource?: unknown;
            /** @description IDs of the departments the user belongs to */
            postIdList?: string[];
            /** @description Time the user status last changed */
            statusChangedAt?: string;
            /** @description User's tenant ID */
            tenantId?: string;
            /** @description User registration time */
            signedUp?: string;
        };
        UserPoolPublicConfigDto: {
            /** @description User pool name */
            name?: string;
            /** @description logo */
            logo?: string;
            /** @description User pool description */
            description?: string;
        };
        UserSingleRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["UserDto"];
        };
        UserTenantListDto: {
            /** @description Tenant ID */
            tenantId: string;
            /** @description Tenant name */
            tenantName: string;
            /** @description Time the user joined the tenant */
            joinAt: string;
        };
        ValidatePasswordDto: {
            /** @description Phone number without country code (put the code in phoneCountryCode) */
            phone?: string;
            /** @description Email, case-insensitive */
            email?: string;
            /** @description Username, unique within the user pool */
            username?: string;
            /** @description Phone country code; optional for mainland China numbers; international SMS must be configured in the console */
            phoneCountryCode?: string;
            /** @description User password, plaintext by default (sent over HTTPS); RSA256 or SM2 encryption via passwordEncryptType */
            password?: string;
            /**
             * @description Password encryption type: none (default), rsa (RSA256) or sm2
             * @enum {string}
             */
            passwordEncryptType?: "sm2" | "rsa" | "none";
        };
        ValidatePasswordRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["ValidatePasswordResultDto"];
        };
        ValidatePasswordResultDto: {
            /** @description Whether the password is correct */
            valid: boolean;
        };
        VerifyAuthenticationDto: {
            /** @description Ticket obtained from the get-WebAuthn-authentication-options endpoint */
            ticket: string;
            /** @description Authenticator credential information */
            authenticationCredential: components["schemas"]["AuthenticationCredentialDto"];
            /** @description Optional parameters */
            options?: components["schemas"]["SignInByWebAuthnOptionsDto"];
        };
        VerifyAuthenticationResultDto: {
            /** @description Result of verifying the authenticator login assertion; true means verified */
            verified: boolean;
            /** @description Returned only when the authenticator login assertion is verified (verified = true) */
            tokenSet?: components["schemas"]["LoginTokenResponseDataDto"];
        };
        VerifyAuthenticationResultRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["VerifyAuthenticationResultDto"];
        };
        VerifyDeleteAccountRequestDataDto: {
            /** @description Temporary token for account deletion; pass it to the delete-account endpoint */
            deleteAccountToken: string;
            /** @description Token lifetime, 60 seconds by default */
            tokenExpiresIn: number;
        };
        VerifyDeleteAccountRequestDto: {
            /**
             * @description Verification method for account deletion
             * @enum {string}
             */
            verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";
            /** @description Data for verification by phone passcode */
            phonePassCodePayload?: components["schemas"]["DeleteAccountByPhonePassCodeDto"];
            /** @description Data for verification by email passcode */
            emailPassCodePayload?: components["schemas"]["DeleteAccountByEmailPassCodeDto"];
            /** @description Data for verification by password */
            passwordPayload?: components["schemas"]["DeleteAccountByPasswordDto"];
        };
        VerifyDeleteAccountRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["VerifyDeleteAccountRequestDataDto"];
        };
        VerifyInviteCodeDto: {
            /**
             * @description Verification code type
             * @enum {string}
             */
            receiverType: "smsCode" | "emailCode";
            /** @description Verification code */
            code: string;
            /** @description Invited-registration credential */
            token: string;
        };
        VerifyRegistrationDto: {
            /** @description Ticket from the get-credential-creation-options call */
            ticket: string;
            /** @description Credential data for binding the authenticator */
            registrationCredential: components["schemas"]["RegistrationCredentialDto"];
            /**
             * @description Credential information type
             * @enum {string}
             */
            authenticatorCode?: "fingerprint" | "face" | "other";
        };
        VerifyRegistrationResultDto: {
            /** @description Result of verifying the authenticator registration */
            verified: boolean;
        };
        VerifyRegistrationResultRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["VerifyRegistrationResultDto"];
        };
        VerifyResetPasswordRequestDto: {
            /**
             * @description Verification method for the forgot-password request
             * @enum {string}
             */
            verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE";
            /** @description Data for verification by phone passcode */
            phonePassCodePayload?: components["schemas"]["ResetPasswordByPhonePassCodeDto"];
            /** @description Data for verification by email passcode */
            emailPassCodePayload?: components["schemas"]["ResetPasswordByEmailPassCodeDto"];
        };
        VerifyUpdateEmailRequestData: {
            /** @description Token for changing the email; pass it to the update-email endpoint */
            updateEmailToken: string;
            /** @description Token lifetime, 60 seconds */
            tokenExpiresIn: number;
        };
        VerifyUpdateEmailRequestDto: {
            /** @description Data for verification by email passcode */
            emailPassCodePayload: components["schemas"]["UpdateEmailByEmailPassCodeDto"];
            /**
             * @description Verification method used to change the current email
             * @enum {string}
             */
            verifyMethod: "EMAIL_PASSCODE";
        };
        VerifyUpdateEmailRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["VerifyUpdateEmailRequestData"];
        };
        VerifyUpdatePhoneRequestData: {
            /** @description Token for changing the phone; pass it to the update-phone endpoint */
            updatePhoneToken: string;
            /** @description Expiry time in seconds */
            tokenExpiresIn: number;
        };
        VerifyUpdatePhoneRequestDto: {
            /** @description Data for verification by phone passcode */
            phonePassCodePayload: components["schemas"]["UpdatePhoneByPhonePassCodeDto"];
            /**
             * @description Verification method for changing the phone number
             * @enum {string}
             */
            verifyMethod: "PHONE_PASSCODE";
        };
        VerifyUpdatePhoneRequestRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: components["schemas"]["VerifyUpdatePhoneRequestData"];
        };
        WebAuthnCheckValidCredentialsByCredIdsRespDto: components["schemas"]["GenAuthEnvelope"] & {
            /** @description Response data */
            data: unknown[];
        };
        WebAuthnRemoveCredentialDto: {
            [key: string]: unknown;
        };
        WechatLoginTokenRespDto: {
            /** @description Scope in the login request */
            scope?: string;
            /** @description Access token used to call resource APIs for a limited time */
            access_token?: string;
            /** @description User identity token; contains user info once decoded */
            id_token?: string;
            /** @description refresh_token, used to obtain a new access token */
            refresh_token?: string;
            /** @description Token type */
            token_type: string;
            /** @description Expiry time in seconds */
            expire_in: number;
        };
        WechatMobileAuthByCodeIdentityInput: {
            /** @description Authorization code returned by WeChat after the client authorized successfully */
            code: string;
            /** @description Application ID */
            appId?: string;
            /** @description Identity source connection ID */
            connId?: string;
            /** @description Login parameters */
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
                /** @description Identifier of the external identity source connection */
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
                /** @description Unique identifier of the external identity source connection */
                ext_idp_conn_identifier: string;
                /** @description Authing application ID */
                app_id: string;
                /** @description User's id_token */
                id_token: string;
                /** @description Return the binding result by URL redirect */
                need_url_redirect?: string;
                /** @description With URL redirect, return only token info (some browsers limit URL length) */
                only_redirect_token?: string;
                /** @description Return the binding result by form post */
                need_form_post?: string;
                /** @description URL that receives the binding result when URL redirect or form post is used */
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
                /** @description Unique QR code ID */
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
                /** @description Unique QR code ID */
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
                /** @description Push code (unique push login ID) */
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
                qrcodeId: string;
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
                /** @description Unique QR code ID */
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
                /** @description Application ID filter for login history; omit to include all applications */
                appId?: string;
                /** @description Client IP filter for login history; omit to include all IPs */
                clientIp?: string;
                /** @description Filter by login success; omit to include both successful and failed logins */
                success?: boolean;
                /** @description Start time, Unix timestamp in milliseconds */
                start?: number;
                /** @description End time, Unix timestamp in milliseconds */
                end?: number;
                /** @description Current page number, starting from 1 */
                page?: number;
                /** @description Items per page, at most 50, default 10 */
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
                /** @description Current page number, starting from 1 */
                page?: number;
                /** @description Items per page, at most 50, default 10 */
                limit?: number;
                /** @description Whether to include the departments' custom data */
                withCustomData?: boolean;
                /** @description Sort key: department creation time, join time, department name or department code */
                sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
                /** @description Ascending or descending */
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
                /** @description Whether to include custom data */
                withCustomData?: boolean;
                /** @description Whether to include identities */
                withIdentities?: boolean;
                /** @description Whether to include the department ID list */
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
                /** @description Whether to include the current personal user's basic info */
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
                /** @description Code of the permission space (namespace); omit for the default one */
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
                /** @description Code of the permission space (namespace); omit for the default one */
                namespace?: string;
                /** @description Resource type, e.g. data, API, menu, button */
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
                /** @description Page number */
                page?: number;
                /** @description Items per page */
                limit?: number;
                /** @description User ID */
                userId: string;
                /** @description Application ID */
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
                /** @description Page number */
                page?: number;
                /** @description Items per page */
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
                /** @description Current page number, starting from 1 */
                page?: number;
                /** @description Items per page, at most 50, default 10 */
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
                /** @description Fuzzy search by application name */
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
                /** @description Current page number, starting from 1 */
                page?: number;
                /** @description Items per page, at most 50, default 10 */
                limit?: number;
                /** @description Optional fuzzy search by role code or name */
                keyword?: string;
                /** @description Authing application ID */
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
                /** @description Approval number */
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
                /** @description Current page number, starting from 1 */
                pageNo?: number;
                /** @description Items per page, at most 50, default 10 */
                pageSize?: number;
                /** @description Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY */
                objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
                /** @description Optional fuzzy search by approval number or initiator name */
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
                /** @description Unique identifier of the invitation link */
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
                /** @description Invitee registration credential */
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
                /** @description MFA Factor ID */
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
