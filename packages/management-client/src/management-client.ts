import { defineOperationMethods, resolveEventServer, type HmacSha1, type RequestOptions, type Transport } from "@genauth/core";
import { pub, sub, type EventsContext, type SubscribeOptions, type Subscription } from "./events.js";
import type { ManagementMethods } from "./generated/management-methods.js";
import { operations } from "./generated/operations.js";
import { managementRequest, type ManagementRequest } from "./management-request.js";
import { createManagementTransport } from "./management-transport.js";
import type { ManagementClientOptions } from "./options.js";
import type { PubEventRespDto } from "@genauth/types/management";

/**
 * The GenAuth Management API client: every operation of the official `authing-node-sdk`
 * `ManagementClient` as a method, with the same names, arguments and result types, each request
 * signed with the user pool's access key.
 *
 * Methods resolve to GenAuth's response envelope as it came (`statusCode`, `message`, `data`…);
 * check `statusCode === 200`, or set `throwOnError: true` to get a `GenAuthApiError` instead. Each
 * method also exists as a standalone function in `@genauth/management-client/functions`.
 *
 * Made for servers: in a web page construction fails unless `dangerouslyAllowBrowser: true`, since
 * the page would hand out the access key secret.
 *
 * @example
 * ```ts
 * import { ManagementClient } from "@genauth/management-client";
 *
 * const managementClient = new ManagementClient({
 *   accessKeyId: "GEN_AUTH_USERPOOL_ID",
 *   accessKeySecret: "GEN_AUTH_USERPOOL_SECRET",
 *   host: "https://api.genauth.ai",
 * });
 * const result = await managementClient.getUser({ userId: "6319a1504f3xxxxf214dd5b7" });
 * if (result.statusCode === 200) console.log(result.data.email);
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: its static block defines every method the merged interface below declares
export class ManagementClient {
  static {
    defineOperationMethods(ManagementClient.prototype, operations, (client) => client.transport);
  }

  /**
   * The HMAC the signature is computed with: Web Crypto's here; the Node.js build's class gives
   * `node:crypto`'s, which does not wait for a thread pool.
   */
  protected static readonly hmacSha1: HmacSha1 | undefined = undefined;

  /** What every call sends through: base URL, signature, timeouts, retries, errors. */
  protected readonly transport: Transport;
  readonly #events: EventsContext;

  /**
   * @param options - The access key pair and client settings. The object is not modified.
   * @throws GenAuthConfigError when an option is missing or malformed (the message names it), or
   *   in a web page without `dangerouslyAllowBrowser: true`.
   */
  constructor(options: ManagementClientOptions) {
    const { transport, signer } = createManagementTransport(options, (new.target as typeof ManagementClient).hmacSha1);
    this.transport = transport;
    this.#events = {
      transport,
      signer,
      ...resolveEventServer(options, "the access-key signature"),
      WebSocket: options.WebSocket,
    };
  }

  /**
   * Sends any request through the signed transport, for endpoints this client has no method for.
   * The request object is not modified; per-call options go in the second argument.
   * @param request - `{ method, url, params?, data? }`: the method in any case, the path relative to
   *   `host` (a query written in it joins `params`, whose value wins for a name both give), the
   *   query and the JSON body.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The parsed answer, whatever JSON it is (`undefined` for an empty one, such as a 204).
   * @throws GenAuthConfigError when `request` is not an object (field `request`) or is malformed:
   *   the message names its field (`method`, `url`, `params`, `data`) and the fix.
   */
  async makeRequest<T = unknown>(request: ManagementRequest, options?: RequestOptions): Promise<T> {
    const { operation, input } = managementRequest(request);
    return this.transport.request<T>(operation, input, options);
  }

  /**
   * Publishes a custom event (`POST /api/v3/pub-event`, as `verifyEvent` does).
   * @param eventName - The event code.
   * @param data - The event's payload, a string (JSON-encode objects).
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope.
   * @throws GenAuthConfigError when `eventName` is empty or `data` is not a string.
   */
  pub(eventName: string, data: string, options?: RequestOptions): Promise<PubEventRespDto> {
    return pub(this.#events, eventName, data, options);
  }

  /**
   * Subscribes to an event over a WebSocket signed with the access key; returns a handle whose
   * `close()` ends it. On Node.js 20 pass the `ws` package's `WebSocket` in the options.
   * @param eventName - The event code.
   * @param callback - Receives each message, as a string.
   * @param errCallback - Receives the error once reconnecting gives up.
   * @param options - `{ WebSocket, reconnectDelay }`: the WebSocket class (default the client's, then the
   *   global one) and the milliseconds between reconnect attempts.
   * @returns The subscription; `close()` ends it.
   */
  sub(eventName: string, callback: (message: string) => void, errCallback: (error: unknown) => void, options?: SubscribeOptions): Subscription {
    return sub(this.#events, eventName, callback, errCallback, options);
  }
}

// The spec's operations, one method each; defined from the operation table in the static block above.
export interface ManagementClient extends ManagementMethods {}
