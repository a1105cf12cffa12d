/**
 * `@genauth/authentication-client`: the GenAuth Authentication API (V3) for Node.js, browsers and
 * edge runtimes — anywhere `fetch` runs.
 *
 * @packageDocumentation
 */
export { AuthenticationClient } from "./authentication-client.js";
export { GeneratedAuthenticationMethods } from "./generated/authentication-methods.js";
export { operations, type OperationName } from "./generated/operations.js";
export type { AuthenticationClientOptions } from "./options.js";
export { WechatAccessTokenCache, type WechatAccessTokenCacheOptions, type WechatTokenSource } from "./wechat-access-token-cache.js";
export { MemoryTokenStore, type WechatTokenStore } from "./wechat-token-store.js";
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
