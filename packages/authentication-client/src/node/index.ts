/**
 * `@genauth/authentication-client/node`: everything of the main entry, plus the redirect-login
 * helpers that take Node.js `IncomingMessage` / `ServerResponse`, and `nodeFetch`, the keep-alive
 * `node:http` transport this entry's `AuthenticationClient` sends through by default.
 *
 * @packageDocumentation
 */
export * from "../index.js";
export { NodeAuthenticationClient, NodeAuthenticationClient as AuthenticationClient } from "./node-authentication-client.js";
export type { LoginWithRedirectOptions } from "./redirect-login.js";
export { REDIRECT_COOKIE_LIFETIME, type RedirectLoginState } from "./redirect-cookie.js";
export { createNodeFetch, nodeFetch, type NodeFetch, type NodeFetchOptions } from "@genauth/core/node";
