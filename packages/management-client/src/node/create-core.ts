import { nodeHmacSha1, withNodeFetch } from "@genauth/core/node";
import type { ManagementCore } from "../create-core.js";
import { createManagementTransport } from "../management-transport.js";
import type { ManagementClientOptions } from "../options.js";

/**
 * The transport the standalone functions send through, on Node.js: as everywhere else, but
 * sending through `nodeFetch` (keep-alive `node:http`) unless the options give a `fetch`, and
 * signing with `node:crypto`.
 *
 * @param options - The client options; the object is not modified.
 * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
 */
export function createCore(options: ManagementClientOptions): ManagementCore {
  return createManagementTransport(withNodeFetch(options), nodeHmacSha1).transport as ManagementCore;
}
