/**
 * `@genauth/authentication-client/node`: everything of the main entry, plus the redirect-login
 * helpers that take Node.js `IncomingMessage` / `ServerResponse`.
 *
 * @packageDocumentation
 */
export * from "../index.js";
export { NodeAuthenticationClient, NodeAuthenticationClient as AuthenticationClient } from "./node-authentication-client.js";
export type { LoginWithRedirectOptions } from "./redirect-login.js";
export { REDIRECT_COOKIE_LIFETIME, type RedirectLoginState } from "./redirect-cookie.js";
