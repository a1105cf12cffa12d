import type { Agent as HttpAgent, ClientRequest, IncomingMessage, RequestOptions } from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import type { Readable } from "node:stream";
import { markOwnFetch } from "./fetch-setup.js";
import { LightRequest } from "./light-request.js";
import { LightSignal } from "./light-signal.js";
import { NodeResponse } from "./node-response.js";
import type { FetchLike } from "./options.js";

/** Options of {@link createNodeFetch}. */
export interface NodeFetchOptions {
  /** Agent for `http:` URLs. Default: a keep-alive agent of this fetch's own. */
  httpAgent?: HttpAgent | undefined;
  /** Agent for `https:` URLs (pass one to set CAs, client certificates or `rejectUnauthorized`). Default: a keep-alive agent of this fetch's own. */
  httpsAgent?: HttpsAgent | undefined;
  /** Most sockets per host of the default agents. Default: no limit, as `fetch`. */
  maxSockets?: number | undefined;
  /**
   * `false`: the default HTTPS agent accepts any certificate (the clients' `rejectUnauthorized`
   * option). Default `true`. An `httpsAgent` you pass keeps its own setting.
   */
  rejectUnauthorized?: boolean | undefined;
}

/**
 * A `fetch` on `node:http` / `node:https` with keep-alive agents, plus the light request class it
 * wants openapi-fetch to build its requests with (`Transport` passes it on).
 */
export interface NodeFetch extends FetchLike {
  (input: Request | LightRequest | string | URL, init?: RequestInit): Promise<Response>;
  /** The request class this fetch reads without copying; `Transport` hands it to openapi-fetch. */
  readonly Request: typeof LightRequest;
}

/** Where a URL sends a request, parsed once. */
interface Target {
  https: boolean;
  hostname: string;
  port: string;
  path: string;
  url: URL;
}

/** What every request of one fetch shares: its agents and its parsed URLs. */
interface Context {
  agentFor(https: boolean): HttpAgent;
  targetOf(url: string): Target | TypeError;
}

// Node's built-in modules are taken with `process.getBuiltinModule` when a request needs them,
// not imported: importing the SDK then loads no HTTP, TLS or stream code, and a program that only
// calls `http:` URLs never loads `node:https`.

const MAX_CACHED_TARGETS = 256;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Headers `fetch` drops when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * Creates a {@link NodeFetch}: keep-alive `node:http` / `node:https` under the `fetch` contract the
 * SDK relies on — method, headers and body (string, bytes, `URLSearchParams`, `Blob`, `FormData`
 * or a `ReadableStream`, streamed) out; status, headers and a streaming, decoded body back;
 * redirects followed; the signal aborting the request and the body read; network failures
 * rejected as `TypeError("fetch failed", { cause })`. Timeouts and retries stay the transport's.
 *
 * @example
 * ```ts
 * import { AuthenticationClient } from "@genauth/authentication-client";
 * import { createNodeFetch } from "@genauth/authentication-client/node";
 *
 * const client = new AuthenticationClient({ appId, appHost, fetch: createNodeFetch({ maxSockets: 32 }) });
 * ```
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  let httpAgent = options.httpAgent;
  let httpsAgent = options.httpsAgent;
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? Infinity };
  const targets = new Map<string, Target | TypeError>();
  const context: Context = {
    agentFor(https) {
      if (https) {
        httpsAgent ??= new (process.getBuiltinModule("node:https").Agent)({ ...agentOptions, rejectUnauthorized: options.rejectUnauthorized !== false });
        return httpsAgent;
      }
      httpAgent ??= new (process.getBuiltinModule("node:http").Agent)(agentOptions);
      return httpAgent;
    },
    // A client calls the same few URLs over and over: parse each once.
    targetOf(url) {
      let target = targets.get(url);
      if (target === undefined) {
        if (targets.size >= MAX_CACHED_TARGETS) targets.clear();
        target = parseTarget(url);
        targets.set(url, target);
      }
      return target;
    },
  };

  const nodeFetch = (input: Request | LightRequest | string | URL, init?: RequestInit): Promise<Response> => {
    let request: LightRequest;
    try {
      request = toLightRequest(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    return send(request, context, 0) as Promise<unknown> as Promise<Response>;
  };
  return markOwnFetch(Object.assign(nodeFetch, { Request: LightRequest }), makeLightSignal);
}

/**
 * The default {@link NodeFetch}, sharing one keep-alive agent per protocol in this process.
 *
 * @example
 * ```ts
 * import { nodeFetch } from "@genauth/authentication-client/node";
 *
 * const client = new AuthenticationClient({ appId, appSecret, appHost, fetch: nodeFetch });
 * ```
 */
export const nodeFetch: NodeFetch = /* @__PURE__ */ createNodeFetch();

function toLightRequest(input: Request | LightRequest | string | URL, init: RequestInit | undefined): LightRequest {
  if (input instanceof LightRequest && init === undefined) return input;
  if (typeof input === "string" || input instanceof URL) return new LightRequest(input, init);
  return new LightRequest(input.url, {
    method: input.method,
    headers: input.headers,
    body: input.body,
    signal: input.signal,
    redirect: input.redirect,
    ...init,
  });
}

/** A body ready for the socket: bytes or a string written at once, or a stream piped. */
interface PreparedBody {
  data: string | Uint8Array | Readable | undefined;
  contentType: string | undefined;
}

function prepareBody(body: BodyInit | null): PreparedBody {
  if (body === null || body === undefined) return { data: undefined, contentType: undefined };
  if (typeof body === "string") return { data: body, contentType: "text/plain;charset=UTF-8" };
  if (body instanceof Uint8Array) return { data: body, contentType: undefined };
  if (body instanceof ArrayBuffer) return { data: new Uint8Array(body), contentType: undefined };
  if (ArrayBuffer.isView(body)) return { data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType: undefined };
  if (body instanceof URLSearchParams) {
    return { data: body.toString(), contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  }
  const { Readable } = process.getBuiltinModule("node:stream");
  if (body instanceof ReadableStream) return { data: Readable.fromWeb(body as never), contentType: undefined };
  // Blob, FormData and the rest: let the platform encode them (a FormData gets its boundary).
  const encoded = new Response(body as BodyInit);
  return {
    data: encoded.body === null ? undefined : Readable.fromWeb(encoded.body as never),
    contentType: encoded.headers.get("content-type") ?? undefined,
  };
}

function parseTarget(href: string): Target | TypeError {
  let url: URL;
  try {
    url = new URL(href);
  } catch (cause) {
    return new TypeError(`Failed to parse URL from ${href}`, { cause });
  }
  const https = url.protocol === "https:";
  if (!https && url.protocol !== "http:") return new TypeError("fetch failed", { cause: new Error(`${url.protocol} URLs are not supported`) });
  if (url.username !== "" || url.password !== "") {
    return new TypeError(`Request cannot be constructed from a URL that includes credentials: ${url.origin}${url.pathname}`);
  }
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  return { https, hostname, port: url.port, path: `${url.pathname}${url.search}`, url };
}

function send(request: LightRequest, context: Context, redirects: number): Promise<NodeResponse> {
  const signal = request.signal;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const target = context.targetOf(request.url);
  if (target instanceof TypeError) return Promise.reject(target);
  const { https, url } = target;

  const headers: Record<string, string> = headerRecordOf(request.headers);
  const body = prepareBody(request.body);
  if (body.contentType !== undefined && headers["content-type"] === undefined) headers["content-type"] = body.contentType;
  if (typeof body.data === "string") headers["content-length"] = String(Buffer.byteLength(body.data));
  else if (body.data instanceof Uint8Array) headers["content-length"] = String(body.data.byteLength);
  else if (body.data === undefined && (request.method === "POST" || request.method === "PUT" || request.method === "PATCH")) headers["content-length"] = "0";
  headers.accept ??= "*/*";

  const options: RequestOptions = {
    agent: context.agentFor(https),
    hostname: target.hostname,
    port: target.port,
    path: target.path,
    method: request.method,
    headers,
  };

  return new Promise<NodeResponse>((resolve, reject) => {
    let response: NodeResponse | undefined;
    let settled = false;
    const onAbort = () => {
      const reason = abortReason(signal as AbortSignal);
      if (response === undefined) reject(reason);
      else response.abort(reason);
      req.destroy();
    };
    const stopListening = () => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
    };
    // No silent resend on a reset keep-alive socket: the server may have acted on the request, and
    // retrying is the transport's call (it knows the method and the caller's maxRetries).
    const req: ClientRequest = process.getBuiltinModule(https ? "node:https" : "node:http").request(options);
    req.once("error", (error) => {
      if (response !== undefined || signal?.aborted) return;
      stopListening();
      reject(new TypeError("fetch failed", { cause: error }));
    });
    req.once("response", (message: IncomingMessage) => {
      // `message.headers` builds an object of every header: only look at it for a redirect.
      const location = REDIRECT_STATUS.has(message.statusCode ?? 0) ? message.headers.location : undefined;
      if (location !== undefined && request.redirect !== "manual") {
        message.resume();
        stopListening();
        resolve(followRedirect(request, url, message.statusCode as number, location, context, redirects));
        return;
      }
      response = new NodeResponse(message, url.href, redirects > 0, request.method === "HEAD", stopListening);
      resolve(response);
    });
    if (isStream(body.data)) {
      body.data.once("error", (error) => req.destroy(error));
      body.data.pipe(req);
    } else {
      req.end(body.data);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function followRedirect(request: LightRequest, from: URL, status: number, location: string, context: Context, redirects: number): Promise<NodeResponse> {
  if (request.redirect === "error") return Promise.reject(new TypeError("fetch failed", { cause: new Error(`unexpected redirect (HTTP ${status})`) }));
  if (redirects >= MAX_REDIRECTS) return Promise.reject(new TypeError("fetch failed", { cause: new Error("redirect count exceeded") }));
  // URL.parse, not new URL: a Location that is not a URL rejects the call instead of throwing out
  // of the response handler, and the error names neither URL (either may carry a token).
  const to = URL.parse(location, from);
  if (to === null) return Promise.reject(new TypeError("fetch failed", { cause: new Error(`the redirect's Location is not a URL (HTTP ${status})`) }));
  const headers = new Headers(request.headers);
  let method = request.method;
  let body = request.body;
  if (status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST") {
    method = "GET";
    body = null;
    for (const name of ["content-type", "content-length", "content-encoding", "content-language", "content-location"]) headers.delete(name);
  } else if (body instanceof ReadableStream) {
    return Promise.reject(new TypeError("fetch failed", { cause: new Error("cannot follow a redirect with a streamed body") }));
  }
  if (to.origin !== from.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
  const next = new LightRequest(to, { method, headers, body, signal: request.signal, redirect: request.redirect });
  return send(next, context, redirects + 1);
}

function isStream(data: PreparedBody["data"]): data is Readable {
  return typeof data === "object" && !(data instanceof Uint8Array);
}

function makeLightSignal(): LightSignal {
  return new LightSignal();
}

function headerRecordOf(source: Headers): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of source) headers[name] = value;
  return headers;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

let insecureFetch: NodeFetch | undefined;

/**
 * The options with the `fetch` a client's Node.js build sends through — {@link nodeFetch}, or with
 * `rejectUnauthorized: false` a `nodeFetch` that accepts any certificate (one, shared by every
 * client that asks for it) — unless the options give a `fetch`. Anything but an object is passed
 * on as it is, for the client to refuse by name.
 *
 * @internal
 */
export function withNodeFetch<T extends object>(options: T): T {
  if (typeof options !== "object" || options === null) return options;
  const given = options as { fetch?: unknown; rejectUnauthorized?: unknown };
  if (given.fetch !== undefined) return options;
  if (given.rejectUnauthorized !== false) return { ...options, fetch: nodeFetch };
  insecureFetch ??= createNodeFetch({ rejectUnauthorized: false });
  return { ...options, fetch: insecureFetch };
}
