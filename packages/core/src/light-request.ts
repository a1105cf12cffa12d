/**
 * What a fetch needs of a request, and no more: URL, method, headers, body, signal, redirect mode,
 * and the rest of the init as given. openapi-fetch builds one per call through its `Request`
 * option. The platform's `Request` costs ~30 µs to construct on Node (undici), and as much again
 * for `fetch` to take it apart; this one costs a few hundred nanoseconds, and keeps the body as
 * given (string, bytes, stream…) so that it reaches the socket without a copy.
 *
 * It is not a `Request`: only a fetch that declares it (as its `Request` property, like
 * `nodeFetch`) or the transport's wrapper of the platform's fetch reads it.
 */
export class LightRequest {
  /** Absolute URL of the request. */
  readonly url: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The body as given (string, bytes, stream…), or null. */
  readonly body: BodyInit | null;
  /** The signal that aborts the request, if any. */
  readonly signal: AbortSignal | null;
  /** Redirect mode; `follow` unless the init said otherwise. */
  readonly redirect: RequestRedirect;
  /** The init it was made from, for the fields above it does not carry (credentials, cache…). */
  readonly init: RequestInit;
  /**
   * Every header of the request as a record with lower-case names, when the sender prepared them
   * so (the transport does: its header records are built once per client). When set, it is the
   * whole truth and `init.headers` is ignored; a fetch can hand it to the socket as it is.
   */
  readonly headerRecord: Readonly<Record<string, string>> | undefined;
  #headers: Headers | undefined;

  constructor(input: string | URL, init: LightRequestInit = {}) {
    this.url = typeof input === "string" ? input : input.href;
    this.method = init.method === undefined ? "GET" : init.method.toUpperCase();
    this.headerRecord = init.headerRecord;
    if (init.headerRecord === undefined) this.#headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
    this.redirect = init.redirect ?? "follow";
    this.init = init;
  }

  /** The headers; built from {@link LightRequest.headerRecord} on first use when one was given. */
  get headers(): Headers {
    this.#headers ??= new Headers(this.headerRecord);
    return this.#headers;
  }
}

/** A `RequestInit` that may carry the headers as a prepared record (see {@link LightRequest.headerRecord}). */
export interface LightRequestInit extends RequestInit {
  /** Every header, lower-case names; replaces `headers` when set. */
  headerRecord?: Readonly<Record<string, string>>;
}

/** A fetch that reads {@link LightRequest}s, carrying the class for openapi-fetch to build them with. */
export type LightFetch = ((input: LightRequest) => Promise<Response>) & { readonly Request: typeof LightRequest };

/**
 * Wraps a platform `fetch` so that it takes {@link LightRequest}s: it is called as
 * `fetch(url, init)`, which is what `fetch(new Request(url, init))` does, minus building the
 * `Request` twice (openapi-fetch's, then fetch's own copy of it).
 */
export function lightFetch(fetch: typeof globalThis.fetch): LightFetch {
  const send = (request: LightRequest) =>
    fetch(request.url, {
      ...request.init,
      method: request.method,
      headers: request.headerRecord ?? request.headers,
      body: request.body,
      signal: request.signal,
      redirect: request.redirect,
      // Required by fetch for a streamed request body.
      ...(request.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
  return Object.assign(send, { Request: LightRequest });
}
