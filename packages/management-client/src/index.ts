/**
 * `@genauth/management-client`: the GenAuth Management API (V3) for servers, on Node.js, Deno,
 * Bun and edge runtimes — anywhere `fetch` and Web Crypto run.
 *
 * @packageDocumentation
 */
export { ManagementClient } from "./management-client.js";
export { DEFAULT_OPTIONS } from "./defaults.js";
export type { ManagementRequest } from "./management-request.js";
export type { ManagementMethods } from "./generated/management-methods.js";
export type { EventSocket, ManagementClientOptions, SignedWebSocketConstructor } from "./options.js";
export type { SubscribeOptions, Subscription } from "./events.js";
/** The request and response types under the official SDK's namespace name, for `Models.CreateUserReqDto` and the like. */
export * as Models from "./models.js";
export type * from "@genauth/types/management";
export {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type RequestOptions,
} from "@genauth/core";
