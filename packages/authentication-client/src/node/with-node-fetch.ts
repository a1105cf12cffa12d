import { nodeFetch } from "@genauth/core/node";
import type { AuthenticationClientOptions } from "../options.js";

/**
 * The options with `nodeFetch` as the transport's fetch, unless the caller chose one. Anything but
 * an object is passed on as it is, for the transport to refuse by name.
 */
export function withNodeFetch(options: AuthenticationClientOptions): AuthenticationClientOptions {
  return typeof options === "object" && options !== null && options.fetch === undefined ? { ...options, fetch: nodeFetch } : options;
}
