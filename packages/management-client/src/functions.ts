/**
 * `@genauth/management-client/functions`: every method of `ManagementClient` that calls one API
 * operation, as a standalone function taking the transport first — a bundler keeps only the
 * functions a program calls. Same names, arguments, results and errors as the methods.
 *
 * @example
 * ```ts
 * import { createCore, getUser } from "@genauth/management-client/functions";
 *
 * const core = createCore({ accessKeyId: "GEN_AUTH_USERPOOL_ID", accessKeySecret: "GEN_AUTH_USERPOOL_SECRET" });
 * const result = await getUser(core, { userId: "6319a1504f3xxxxf214dd5b7" });
 * ```
 *
 * @packageDocumentation
 */
export { createCore, type ManagementCore } from "./create-core.js";
export * from "./generated/functions.js";
/** The request and response types and their enums under the official SDK's namespace name (`Models.CreateUserReqDto`), as the main entry exports them. */
export * as Models from "./models.js";
export type { ManagementClientOptions } from "./options.js";
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
