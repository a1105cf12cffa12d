import { createNodeFetch, nodeFetch, type NodeFetch } from "@genauth/core/node";
import type { ManagementClientOptions } from "../options.js";

let insecureFetch: NodeFetch | undefined;

/**
 * The options with `nodeFetch` as the transport's fetch, unless the caller chose one; with
 * `rejectUnauthorized: false`, a `nodeFetch` whose HTTPS agent accepts any certificate (shared
 * by the clients that ask for it). Anything but an object is passed on, for the transport to
 * refuse by name.
 */
export function withNodeFetch(options: ManagementClientOptions): ManagementClientOptions {
  if (typeof options !== "object" || options === null || options.fetch !== undefined) return options;
  if (options.rejectUnauthorized === false) {
    insecureFetch ??= createNodeFetch({ httpsAgent: new (process.getBuiltinModule("node:https").Agent)({ keepAlive: true, rejectUnauthorized: false }) });
    return { ...options, fetch: insecureFetch };
  }
  return { ...options, fetch: nodeFetch };
}
