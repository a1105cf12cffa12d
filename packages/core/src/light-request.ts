/**
 * What a fetch needs of a request, and no more: URL, method, headers, body, signal, redirect mode,
 * and the rest of the init as given. openapi-fetch builds one per call through its `Request`
 * option instead of the platform's `Request`, which is costly to construct on Node (undici) and
 * costly again for `fetch` to take apart; it keeps the body as given (string, bytes, stream…) so
 * that it reaches the socket without a copy.
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
  readonly body: NonNullable<RequestInit["body"]> | null;
  /** The signal that aborts the request, if any. */
  readonly signal: AbortSignal | null;
  /** Redirect mode; `follow` unless the init said otherwise. */
  readonly redirect: NonNullable<RequestInit["redirect"]>;
  /** The init it was made from, for the fields above it does not carry (credentials, cache…). */
  readonly init: RequestInit;
  /** The request's headers. */
  readonly headers: Headers;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = typeof input === "string" ? input : input.href;
    this.method = init.method === undefined ? "GET" : init.method.toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
    this.redirect = init.redirect ?? "follow";
    this.init = init;
  }
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
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      redirect: request.redirect,
      // Required by fetch for a streamed request body.
      ...(request.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
  return Object.assign(send, { Request: LightRequest });
}
