/**
 * `@genauth/authentication-client/functions`: every method of `AuthenticationClient` that calls
 * one API operation, as a standalone function taking the transport first — for browser and edge
 * bundles, where a bundler keeps only the functions a program calls (a class keeps all its
 * methods). Same names, arguments, results and errors as the methods.
 *
 * @example
 * ```ts
 * import { createCore, getWechatMpAccessTokenInfo } from "@genauth/authentication-client/functions";
 *
 * const core = createCore({ appId: "GEN_AUTH_APP_ID", appSecret: "GEN_AUTH_APP_SECRET", appHost: "https://my-app.genauth.ai" });
 * const result = await getWechatMpAccessTokenInfo(core, { appId: "wx…", appSecret: "…" });
 * ```
 *
 * @packageDocumentation
 */
export { createCore, type AuthenticationCore } from "./create-core.js";
export * from "./generated/functions.js";
/** The request and response types and their enums under the official SDK's namespace name (`Models.GetWechatAccessTokenDto`), as the main entry exports them. */
export * as Models from "./models.js";
export * from "./sign-in.js";
export * from "./sign-up.js";
export type { AuthenticationClientOptions } from "./options.js";
export {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type RequestOptions,
  type Transport,
} from "@genauth/core";
