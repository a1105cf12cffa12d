/**
 * `@genauth/core/node`: everything of `@genauth/core`, plus {@link nodeFetch} — a keep-alive
 * `node:http` / `node:https` `fetch` to pass as the `fetch` option on Node.js, which cuts the
 * SDK's own cost per call to a few microseconds over a bare `node:http` request.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { createNodeFetch, nodeFetch, type NodeFetch, type NodeFetchOptions, withNodeFetch } from "./node-fetch.js";
export { LightRequest } from "./light-request.js";
export { nodeHmacSha1 } from "./node-hmac.js";
export { NodeResponse } from "./node-response.js";
