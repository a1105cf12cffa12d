/**
 * `@genauth/authentication-client`: the GenAuth Authentication API (V3) for Node.js, browsers and
 * edge runtimes — anywhere `fetch` runs.
 *
 * @packageDocumentation
 */
export { AuthenticationClient } from "./authentication-client.js";
export type { AuthenticationMethods } from "./generated/authentication-methods.js";
export type { AuthenticationClientOptions } from "./options.js";
export { DEFAULT_COOKIE_KEY, DEFAULT_SCOPE, DEFAULT_SOCKET_URI } from "./defaults.js";
export { WechatAccessTokenCache, type WechatAccessTokenCacheOptions, type WechatTokenSource } from "./wechat-access-token-cache.js";
export { MemoryTokenStore, type WechatTokenStore } from "./wechat-token-store.js";
/** The request and response types under the official SDK's namespace name, for `Models.GetWechatAccessTokenDto` and the like. */
export * as Models from "./models.js";
export type * from "@genauth/types";
export {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type ClientAuthMethod,
  type RequestOptions,
} from "@genauth/core";
export { GenAuthRedirectCallbackError, GenAuthTokenVerificationError, type RedirectCallbackProblem, type TokenCheck } from "@genauth/core";
// Named, so that they win over same-named schemas @genauth/types may carry.
export type {
  AccessToken,
  AuthUrlResult,
  Cas10ValidationResult,
  Cas20ValidationFailureResult,
  Cas20ValidationSuccessResult,
  CasParams,
  IDToken,
  IntrospectionResult,
  JWKSObject,
  LogoutParams,
  OauthParams,
  OidcParams,
  OIDCTokenResponse,
  UserInfo,
} from "./protocol/types.js";
export type { AccessTokenByCodeOptions, ClientCredentialsOptions } from "./protocol/tokens.js";
export type { CodeChallengeDigestOptions } from "./protocol/pkce.js";
export type { UserInfoOptions } from "./protocol/userinfo.js";
export type { ParseIDTokenOptions, ParseTokenOptions } from "./protocol/verify-token.js";
export type { SubscribeOptions, Subscription } from "./protocol/events.js";
export type { WebSocketConstructor, WebSocketLike } from "./options.js";
