/**
 * What `nodeFetch` needs of a request, and no more: URL, method, headers, body, signal, redirect
 * mode. openapi-fetch builds one per call through its `Request` option; the platform's `Request`
 * (undici's, on Node) costs ~30 µs to construct and as much again to read its body back, which is
 * a quarter of a loopback round trip. The body is kept as given (string, bytes, stream…), so
 * `nodeFetch` writes it to the socket without a copy.
 *
 * It is not a `Request` and only `nodeFetch` understands it: the `fetch` and its request class
 * travel together (see {@link NodeFetch}).
 */
export class NodeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = typeof input === "string" ? input : input.href;
    this.method = init.method === undefined ? "GET" : init.method.toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
    this.redirect = init.redirect ?? "follow";
  }
}
