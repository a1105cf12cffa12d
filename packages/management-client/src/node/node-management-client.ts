import { type HmacSha1, nodeHmacSha1, withNodeFetch } from "@genauth/core/node";
import { ManagementClient } from "../management-client.js";
import type { ManagementClientOptions } from "../options.js";

/**
 * `ManagementClient` on Node.js: it sends through `nodeFetch` (keep-alive `node:http`) unless a
 * `fetch` option is given, honours `rejectUnauthorized: false`, and signs with `node:crypto`. The main specifier resolves to
 * it under the `node` condition, where it is exported as `ManagementClient`.
 */
export class NodeManagementClient extends ManagementClient {
  /** Signs with `node:crypto`, synchronously. */
  protected static override readonly hmacSha1: HmacSha1 | undefined = nodeHmacSha1;

  /**
   * @param options - The access key (`accessKeyId`, `accessKeySecret`), `host`, `tenantId` and the
   *   transport's options (see `ManagementClientOptions`). The object is not modified.
   * @throws GenAuthConfigError when an option is missing or malformed.
   */
  constructor(options: ManagementClientOptions) {
    super(withNodeFetch(options));
  }
}
