import type { Transport } from "@genauth/core";
import { createManagementTransport } from "./management-transport.js";
import type { ManagementClientOptions } from "./options.js";

declare const managementCore: unique symbol;

/**
 * What the standalone functions of `@genauth/management-client/functions` send through: a
 * `Transport` made by {@link createCore}, which signs every request with the access key. A core of
 * `@genauth/authentication-client` is not one: it sends an application's credentials instead.
 */
export type ManagementCore = Transport & {
  /** Marks a core of this package for the compiler; no such property exists at run time. */
  readonly [managementCore]: true;
};

/**
 * The transport the standalone functions of `@genauth/management-client/functions` send through:
 * base URL, request signing, timeouts, retries and errors, from the same options as
 * `ManagementClient`.
 *
 * @param options - The client options; the object is not modified.
 * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
 * @example
 * ```ts
 * import { createCore, getUser } from "@genauth/management-client/functions";
 *
 * const core = createCore({ accessKeyId: "GEN_AUTH_USERPOOL_ID", accessKeySecret: "GEN_AUTH_USERPOOL_SECRET" });
 * const result = await getUser(core, { userId: "6319a1504f3xxxxf214dd5b7" });
 * ```
 */
export function createCore(options: ManagementClientOptions): ManagementCore {
  return createManagementTransport(options).transport as ManagementCore;
}
