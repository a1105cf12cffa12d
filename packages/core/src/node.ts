/**
 * `@genauth/core/node`: everything of `@genauth/core`, plus {@link nodeFetch} — a keep-alive
 * `node:http` / `node:https` `fetch` to pass as the `fetch` option on Node.js, which costs far
 * less per call than the platform's `fetch` (the repository's `bench/README.md` has the numbers) —
 * and `withNodeFetch` and `nodeHmacSha1`, which the clients' Node.js builds are made of.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { createNodeFetch, nodeFetch, type NodeFetch, type NodeFetchOptions, withNodeFetch } from "./node-fetch.js";
// The class of `nodeFetch.Request`: part of the `NodeFetch` type.
export { LightRequest } from "./light-request.js";
export { nodeHmacSha1 } from "./node-hmac.js";
