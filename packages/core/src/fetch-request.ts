import { lightFetch } from "./light-request.js";
import type { FetchLike } from "./options.js";

/**
 * The fetch and request class the transport gives openapi-fetch: a fetch that brings its own
 * request class (as `nodeFetch` does) with that class; the platform's fetch (no `fetch` option)
 * wrapped to take light requests; any other fetch as it is, with the platform's `Request`, since
 * it may read the request as one.
 */
export function fetchAndRequestClass(fetch: FetchLike | undefined): { fetch: FetchLike; Request: typeof Request } {
  const chosen = fetch ?? (lightFetch(globalThis.fetch) as unknown as FetchLike);
  const own = (chosen as { Request?: unknown }).Request;
  return { fetch: chosen, Request: typeof own === "function" ? (own as typeof Request) : globalThis.Request };
}
