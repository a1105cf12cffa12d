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
