/**
 * `@genauth/authentication-client/node`: the Node.js transport, to pass as the `fetch` option.
 * The main entry stays runtime-neutral; this one imports `node:http` and `node:https`.
 *
 * @example
 * ```ts
 * import { AuthenticationClient } from "@genauth/authentication-client";
 * import { nodeFetch } from "@genauth/authentication-client/node";
 *
 * const client = new AuthenticationClient({ appId, appSecret, appHost, fetch: nodeFetch });
 * ```
 *
 * @packageDocumentation
 */
export { createNodeFetch, nodeFetch, type NodeFetch, type NodeFetchOptions } from "@genauth/core/node";
