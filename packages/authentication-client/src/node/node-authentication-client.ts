import type { IncomingMessage, ServerResponse } from "node:http";
import { AuthenticationClient } from "../authentication-client.js";
import type { AuthenticationClientOptions } from "../options.js";
import type { LogoutParams, OIDCTokenResponse } from "../protocol/types.js";
import { checkCookieSecret } from "./redirect-cookie.js";
import { withNodeFetch } from "@genauth/core/node";
import { handleRedirectCallback, loginWithRedirect, logoutWithRedirect, type LoginWithRedirectOptions, type RedirectLoginClient } from "./redirect-login.js";

/**
 * `AuthenticationClient` plus the official SDK's Node.js redirect helpers, which take Node's
 * `IncomingMessage` / `ServerResponse`; it sends through `nodeFetch` (keep-alive `node:http`)
 * unless a `fetch` option is given, and honours `rejectUnauthorized: false`. On Node.js the main
 * specifier resolves to it (the `node` export condition), exported as `AuthenticationClient`, as
 * does `@genauth/authentication-client/node`; elsewhere the main specifier gives the fetch build.
 *
 * @example
 * ```ts
 * import { AuthenticationClient } from "@genauth/authentication-client";
 * const client = new AuthenticationClient({ appId, appSecret, appHost, redirectUri: "https://my.app/callback" });
 * // GET /login:     await client.loginWithRedirect(res);
 * // GET /callback:  const tokens = await client.handleRedirectCallback(req, res);
 * ```
 */
export class NodeAuthenticationClient extends AuthenticationClient {
  readonly #flow: RedirectLoginClient;

  /**
   * @param options - The application (`appId`, `appHost`, `appSecret`…), its protocol settings and
   *   the transport's options (see `AuthenticationClientOptions`); `cookieSecret` (or else
   *   `appSecret`, at least 32 characters either) keys the redirect login's cookie.
   * @throws GenAuthConfigError when an option is missing or malformed, e.g. a `cookieSecret` shorter than 32 characters.
   */
  constructor(options: AuthenticationClientOptions) {
    super(withNodeFetch(options));
    const explicit = options.cookieSecret;
    if (explicit !== undefined) checkCookieSecret(explicit, "cookieSecret");
    const transport = this.transport;
    this.#flow = {
      client: this,
      protocol: this.protocolContext.settings.protocol,
      cookieKey: this.protocolContext.settings.cookieKey,
      cookieSecret: () => explicit ?? transport.clientSecret(),
    };
  }

  /**
   * Redirects the browser to the hosted login, keeping state, nonce and PKCE verifier in an encrypted cookie.
   * @param res - The response to the browser's request, answered with the redirect.
   * @param options - `{ scope, state, nonce, redirectUri, forced, … }` of the authorize URL; defaults
   *   from the client options.
   * @throws GenAuthConfigError when the client's protocol is not OIDC or a parameter is bad.
   */
  loginWithRedirect(res: ServerResponse, options?: LoginWithRedirectOptions): Promise<void> {
    return loginWithRedirect(this.#flow, res, options);
  }

  /**
   * Checks the callback against the login cookie, exchanges the code and verifies the ID token.
   * @param req - The callback request (its URL carries `code` and `state`, its cookie the login's).
   * @param res - Its response; the login cookie is cleared on it.
   * @returns The token response.
   * @throws GenAuthRedirectCallbackError when the callback does not match the login (method, cookie,
   *   state); the exchange's and the ID token check's own errors otherwise.
   */
  handleRedirectCallback(req: IncomingMessage, res: ServerResponse): Promise<OIDCTokenResponse> {
    return handleRedirectCallback(this.#flow, req, res);
  }

  /**
   * Redirects the browser to the logout URL.
   * @param res - The response to the browser's request, answered with the redirect.
   * @param options - `{ idToken, redirectUri, state }`, as `buildLogoutUrl` takes them.
   */
  logoutWithRedirect(res: ServerResponse, options?: LogoutParams): void {
    logoutWithRedirect(this.#flow, res, options);
  }
}
