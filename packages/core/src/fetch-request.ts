import type { FetchLike } from "./options.js";

/**
 * The request class openapi-fetch should build requests with for `fetch`: the one the fetch
 * carries as its `Request` property (as `nodeFetch` does), or the platform's.
 */
export function requestClassOf(fetch: FetchLike): typeof Request {
  const own = (fetch as { Request?: unknown }).Request;
  return typeof own === "function" ? (own as typeof Request) : globalThis.Request;
}
