import type { FetchLike } from "@genauth/core";

/**
 * Options of {@link ManagementClient}: the official `authing-node-sdk` options, so that existing
 * option objects work unchanged, plus this SDK's transport settings.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({
 *   accessKeyId: "GEN_AUTH_USERPOOL_ID",
 *   accessKeySecret: "GEN_AUTH_USERPOOL_SECRET",
 *   host: "https://api.genauth.ai",
 * });
 * ```
 */
export interface ManagementClientOptions {
  /** The user pool's access key ID (or user pool ID). Required. */
  accessKeyId: string;
  /** The access key secret (or user pool secret): it signs every request and is never sent. Required. */
  accessKeySecret: string;
  /**
   * A tenant ID, sent (and signed) on every request in `x-authing-app-id`, the header the
   * official SDK puts it in.
   */
  tenantId?: string | undefined;
  /** Milliseconds per attempt. Default 10000; `0` means no timeout, as in the official SDK. */
  timeout?: number | undefined;
  /**
   * The API host. Default `https://api.authing.cn`, the official SDK's; a bare host gets
   * `https://`, and plain `http://` is accepted for loopback hosts only unless `allowInsecureHttp`.
   */
  host?: string | undefined;
  /** Sent (and signed) as `x-authing-lang`: the language of the server's messages. Default `zh-CN`. */
  lang?: "zh-CN" | "en-US" | undefined;
  /**
   * `false` accepts TLS certificates that do not verify (private deployments). It takes effect on
   * the Node.js build, which then sends through a `nodeFetch` of its own; elsewhere pass a `fetch`
   * that accepts the certificate. Default `true`.
   */
  rejectUnauthorized?: boolean | undefined;
  /** The event WebSocket server of `sub`. Default `wss://openevent.authing.cn`. */
  socketUri?: string | undefined;
  /**
   * How many times `sub` reconnects a lost event socket, over the subscription's life (as the
   * official SDK counts them): `errCallback` then gets the error, and a long-lived subscription
   * calls `sub` again. Default 5; 0 never.
   */
  retryTimes?: number | undefined;
  /** Retries of a failed request (see the README's retry policy), 0 to 10. Default 2. */
  maxRetries?: number | undefined;
  /** `true`: a failed envelope (`statusCode` other than 200) rejects with `GenAuthApiError`. Default `false`. */
  throwOnError?: boolean | undefined;
  /** The `fetch` to send with. Default: `nodeFetch` on Node.js, the global `fetch` elsewhere. */
  fetch?: FetchLike | undefined;
  /** Extra headers sent on every request; `x-authing-*` ones are signed too. */
  headers?: Record<string, string> | undefined;
  /** Accept a plain `http://` `host` that is not loopback. Default `false`. */
  allowInsecureHttp?: boolean | undefined;
  /**
   * Allow construction in a browser (a page or its worker), where anyone could read the access key
   * secret and administer the user pool. Default `false`: construction there fails. A browser's
   * fetch does not send the signed `date` header, so a `fetch` that sends through a server setting
   * it is needed too.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * The `WebSocket` class `sub` uses; it must take headers as the `ws` package does
   * (`new WebSocket(url, { headers })`). Default: the runtime's global one (Node.js 22's takes headers).
   */
  WebSocket?: SignedWebSocketConstructor | undefined;
}

/** A `WebSocket` class that sends headers with its handshake: the `ws` package's, or Node.js 22's global one. */
export type SignedWebSocketConstructor = new (url: string, options: { headers: Record<string, string> }) => EventSocket;

/** The part of a `WebSocket` that `sub` uses. */
export interface EventSocket {
  /** Set by `sub`: called with each incoming message, its payload in `data` (a string, `ArrayBuffer` or byte view). */
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Set by `sub`: called when the connection fails; `sub` then reconnects, up to `retryTimes`. */
  onerror: ((event: unknown) => void) | null;
  /** Set by `sub`: called once the connection has closed; `sub` reconnects unless it was closed on purpose. */
  onclose: ((event: unknown) => void) | null;
  /**
   * Closes the connection; `sub` calls it when its subscription is closed.
   * @param code - WebSocket close code, e.g. 1000 (normal closure).
   */
  close(code?: number): void;
}
