import { Transport } from "@genauth/core";
import type { AuthenticationClientOptions } from "./options.js";

declare const authenticationCore: unique symbol;

/**
 * What the standalone functions of `@genauth/authentication-client/functions` send through: a
 * `Transport` made by {@link createCore} from the application's options. A core of
 * `@genauth/management-client` is not one: its requests are signed for the Management API.
 */
export type AuthenticationCore = Transport & {
  /** Marks a core of this package for the compiler; no such property exists at run time. */
  readonly [authenticationCore]: true;
};

/**
 * The transport the standalone functions of `@genauth/authentication-client/functions` send
 * through: base URL, credentials, timeouts, retries and errors, from the same options as
 * `AuthenticationClient`. Sign a user in on it with `core.setAccessToken(token)`.
 *
 * @param options - The client options; the object is not modified.
 * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
 * @example
 * ```ts
 * import { createCore, getWechatMpAccessTokenInfo } from "@genauth/authentication-client/functions";
 *
 * const core = createCore({ appId: "GEN_AUTH_APP_ID", appSecret: "GEN_AUTH_APP_SECRET", appHost: "https://my-app.genauth.ai" });
 * const result = await getWechatMpAccessTokenInfo(core, { appId: "wx…", appSecret: "…" });
 * ```
 */
export function createCore(options: AuthenticationClientOptions): AuthenticationCore {
  return new Transport(options) as AuthenticationCore;
}
