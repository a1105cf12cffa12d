import { type AuthenticationCore, createCore as createFetchCore } from "../create-core.js";
import type { AuthenticationClientOptions } from "../options.js";
import { withNodeFetch } from "@genauth/core/node";

/**
 * The transport the standalone functions send through, on Node.js: as everywhere else, but
 * sending through `nodeFetch` (keep-alive `node:http`) unless the options give a `fetch`.
 *
 * @param options - The client options; the object is not modified.
 * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
 */
export function createCore(options: AuthenticationClientOptions): AuthenticationCore {
  return createFetchCore(withNodeFetch(options));
}
