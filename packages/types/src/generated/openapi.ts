// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
/* eslint-disable */

/** Every path of the API, by URL template and HTTP method. */
export interface paths {
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
}
export type webhooks = Record<string, never>;
/** Every schema of the API under `components["schemas"]`; the named aliases of `@genauth/types` are shortcuts to them. */
export interface components {
    schemas: {
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
        /** @description Identifies a WeChat mini program or official account. */
        GetWechatAccessTokenDto: {
            /** @description The WeChat AppID of the mini program or official account. */
            appId: string;
            /** @description The WeChat AppSecret of the mini program or official account. */
            appSecret: string;
        };
        /** @description A WeChat access token and when it expires. */
        GetWechatAccessTokenDataDto: {
            /** @description The WeChat access token that GenAuth holds for this WeChat app. */
            accessToken: string;
            /** @description When the token stops working, as Unix time in seconds (a string). */
            expiresAt: string;
        };
        /** @description Envelope answering `getWechatMpAccessToken`. */
        GetWechatAccessTokenRespDto: components["schemas"]["GenAuthEnvelope"] & {
            data: components["schemas"]["GetWechatAccessTokenDataDto"];
        };
        /** @description Envelope answering `getWechatMpAccessTokenInfo`. */
        GetWechatAccessTokenInfoRespDto: components["schemas"]["GenAuthEnvelope"] & {
            data: components["schemas"]["GetWechatAccessTokenDataDto"];
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
}
