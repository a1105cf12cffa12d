import { describe, describeKind, normalizeAppHost } from "./app-host.js";
import type { AuthStep } from "./auth-step.js";
import { GenAuthConfigError } from "./errors.js";

/** How the application proves itself to a token (or direct sign-in) endpoint. */
export type ClientAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

/** A `fetch`-compatible function: the global one, or one you pass in. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Options of the transport; the `AuthenticationClient` options extend these. */
export interface TransportOptions {
  /** Your GenAuth application ID; sent as `x-authing-app-id` on every request. */
  appId: string;
  /**
   * Your application's GenAuth domain, e.g. `https://my-app.genauth.ai`. A bare host gets
   * `https://`. Plain `http://` is accepted only for loopback hosts unless `allowInsecureHttp`.
   */
  appHost: string;
  /** Your application's secret; needed by `client_secret_post` / `client_secret_basic` endpoints. */
  appSecret?: string | undefined;
  /** A signed-in user's access token, sent in `authorization` as GenAuth expects. */
  accessToken?: string | undefined;
  /** How token and sign-in endpoints authenticate the application. Default `client_secret_post`. */
  tokenEndPointAuthMethod?: ClientAuthMethod | undefined;
  /** Milliseconds to wait for each attempt before giving up. Default 10000. */
  timeout?: number | undefined;
  /** How many times a failed request may be retried (see the README's retry policy). Default 2. */
  maxRetries?: number | undefined;
  /**
   * `false` (default): a failed envelope (`statusCode` other than 200) is returned as it came, as
   * the official SDK does. `true`: it is thrown as a `GenAuthApiError`.
   */
  throwOnError?: boolean | undefined;
  /** The `fetch` to send with. Default: `nodeFetch` on Node.js (the clients' Node build), the global `fetch` elsewhere. */
  fetch?: FetchLike | undefined;
  /** Extra headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** Accept a plain `http://` `appHost` that is not loopback. Default `false`. */
  allowInsecureHttp?: boolean | undefined;
  /**
   * `false` accepts any TLS certificate (a self-signed one on premises), as the official SDK's
   * option does. The clients' Node.js builds honour it with a `nodeFetch` of their own; elsewhere
   * pass a `fetch` that accepts the certificate. Default `true`.
   */
  rejectUnauthorized?: boolean | undefined;
}

/**
 * Options of a transport whose requests an {@link AuthStep} authenticates (the Management API's
 * `AccessKeySigner`): the connection settings of {@link TransportOptions}, without the
 * application's credentials.
 */
export interface SignedTransportOptions extends Omit<TransportOptions, "appId" | "appSecret" | "accessToken" | "tokenEndPointAuthMethod"> {
  /** What adds the credential headers of every attempt. */
  auth: AuthStep;
}

/** Per-call options; every SDK method takes them as its last, optional argument. */
export interface RequestOptions {
  /** Aborts the call; it then rejects with a `GenAuthAbortError`. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds per attempt for this call, instead of the client's `timeout`; `0` waits as long
   * as timers allow (no timeout), as axios' `0` does.
   */
  timeout?: number | undefined;
  /** Retries for this call, instead of the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Extra headers for this call; the client's credential headers are set over them. */
  headers?: Record<string, string> | undefined;
  /** For this call, instead of the client's `throwOnError`: whether a failed envelope is thrown. */
  throwOnError?: boolean | undefined;
}

/** Transport options after validation and defaults. Secrets are kept apart (see Transport). */
export interface ResolvedTransportOptions {
  /** The application ID sent as `x-authing-app-id`; empty when an `auth` step authenticates requests. */
  appId: string;
  /** Absolute base URL, without a trailing slash. */
  appHost: string;
  /** How sign-in endpoints receive the client credentials. */
  tokenEndPointAuthMethod: ClientAuthMethod;
  /** Milliseconds per attempt. */
  timeout: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Whether a failed envelope throws `GenAuthApiError` instead of resolving. */
  throwOnError: boolean;
  /** The `fetch` to send with; `undefined` means the global one. */
  fetch: FetchLike | undefined;
  /** Headers added to every request. */
  headers: Record<string, string>;
}

/** Milliseconds each attempt may take when no `timeout` is given. */
const DEFAULT_TIMEOUT = 10_000;
/** Retries after the first attempt when no `maxRetries` is given. */
const DEFAULT_MAX_RETRIES = 2;
/**
 * Longest `timeout` timers can express (2^31 - 1 ms).
 *
 * @internal
 */
export const MAX_TIMEOUT = 2_147_483_647;
const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = ["client_secret_post", "client_secret_basic", "none"];

/**
 * Checks the options and fills in defaults, without touching the caller's object.
 * @throws GenAuthConfigError naming the first bad option and how to fix it.
 */
export function resolveTransportOptions(given: TransportOptions | SignedTransportOptions): ResolvedTransportOptions {
  if (given === null || typeof given !== "object") {
    throw new GenAuthConfigError("options", `options must be an object such as { appId, appHost }, got ${describeKind(given)}`);
  }
  // The clients build the auth step themselves; the type says what it must be.
  const signed = (given as Partial<SignedTransportOptions>).auth !== undefined;
  const options = (signed ? { ...given, appId: "" } : given) as TransportOptions;
  if (!signed && (typeof options.appId !== "string" || options.appId.trim() === "")) {
    throw new GenAuthConfigError("appId", `appId is required: pass your GenAuth application ID, e.g. appId: "6391f0e5..." (got ${describe(options.appId)})`);
  }
  checkHeaderValue("appId", options.appId);
  const appHost = normalizeAppHost(options.appHost, checkBoolean("allowInsecureHttp", options.allowInsecureHttp) === true);
  optionalString(options, "appSecret");
  if (typeof options.appSecret === "string") checkControlCharacters("appSecret", options.appSecret);
  optionalString(options, "accessToken");
  if (typeof options.accessToken === "string") checkHeaderValue("accessToken", options.accessToken);
  const tokenEndPointAuthMethod = options.tokenEndPointAuthMethod ?? "client_secret_post";
  checkAuthMethod("tokenEndPointAuthMethod", tokenEndPointAuthMethod);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new GenAuthConfigError("fetch", `fetch must be a function compatible with the global fetch, got ${describe(options.fetch)}`);
  }
  if (options.fetch === undefined && typeof globalThis.fetch !== "function") {
    throw new GenAuthConfigError("fetch", "this runtime has no global fetch: pass one in the fetch option");
  }
  // The platform's fetch checks every certificate; only a fetch given for the purpose skips it.
  if (checkBoolean("rejectUnauthorized", options.rejectUnauthorized) === false && options.fetch === undefined) {
    throw new GenAuthConfigError(
      "rejectUnauthorized",
      "rejectUnauthorized: false needs a fetch that accepts the certificate: use the Node.js build (the default import on Node.js), or pass a fetch option",
    );
  }
  return {
    appId: options.appId,
    appHost,
    tokenEndPointAuthMethod,
    timeout: checkTimeout("timeout", options.timeout) ?? DEFAULT_TIMEOUT,
    maxRetries: checkMaxRetries("maxRetries", options.maxRetries) ?? DEFAULT_MAX_RETRIES,
    throwOnError: checkBoolean("throwOnError", options.throwOnError) ?? false,
    fetch: options.fetch,
    headers: checkHeaders("headers", options.headers) ?? {},
  };
}

/**
 * Checks a method-level auth option such as `introspectionEndPointAuthMethod`.
 *
 * @internal
 */
export function checkAuthMethod(field: string, value: unknown): asserts value is ClientAuthMethod {
  if (!CLIENT_AUTH_METHODS.includes(value as ClientAuthMethod)) {
    throw new GenAuthConfigError(field, `${field} must be one of ${CLIENT_AUTH_METHODS.join(", ")}, got ${describe(value)}`);
  }
}

/** Validates a `timeout` option: a positive finite number of milliseconds, or undefined. */
export function checkTimeout(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new GenAuthConfigError(field, `${field} must be a positive number of milliseconds, e.g. 10000, got ${describe(value)}`);
  }
  // setTimeout fires at once for longer delays, which would turn a generous timeout into none.
  if (value > MAX_TIMEOUT) {
    throw new GenAuthConfigError(field, `${field} must be at most ${MAX_TIMEOUT} ms (about 24.8 days), got ${value}`);
  }
  return value;
}

/** Validates a `maxRetries` option: a whole number from 0 to 10, or undefined. */
export function checkMaxRetries(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 10) {
    throw new GenAuthConfigError(field, `${field} must be a whole number from 0 to 10, got ${describe(value)}`);
  }
  return value;
}

/** `value` when it is a boolean or undefined; otherwise a `GenAuthConfigError` naming `field`. */
export function checkBoolean(field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw new GenAuthConfigError(field, `${field} must be true or false, got ${describe(value)}`);
}

/** Validates a headers option: an object of string values, or undefined. */
export function checkHeaders(field: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GenAuthConfigError(field, `${field} must be an object of header names to string values, got ${describe(value)}`);
  }
  for (const [name, headerValue] of Object.entries(value)) {
    if (typeof headerValue !== "string") {
      throw new GenAuthConfigError(field, `${field}["${name}"] must be a string, got ${describeKind(headerValue)}`);
    }
    checkHeaderValue(field, headerValue, `${field}["${name}"]`);
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new GenAuthConfigError(field, `${field} has an invalid header name ${JSON.stringify(name)}: use letters, digits and - only`);
    }
  }
  return { ...(value as Record<string, string>) };
}

/**
 * Checks that a credential holds no control character (tab aside): a line break left by a file or
 * an environment variable makes every request fail, as a header or as a key the server never
 * matches. The value is not quoted (it may be a secret).
 * @throws GenAuthConfigError naming `field`.
 */
export function checkControlCharacters(field: string, value: string, label = field): void {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) {
      throw new GenAuthConfigError(
        field,
        `${label} must not contain CR, LF or other control characters: remove them from the value (a value read from a file or an environment variable often ends with a line break)`,
      );
    }
  }
}

/**
 * Checks a string that is sent as a header value. A line break would end the header early (or
 * start another); other control characters (but tab) and characters beyond Latin-1 cannot be sent
 * at all: each is refused here rather than failing as a connection error after retries. The value
 * may be a secret, so it is not shown.
 * @param label - How the message names the value, when not as `field` (one header of `headers`).
 * @throws GenAuthConfigError naming `field`.
 *
 * @internal
 */
export function checkHeaderValue(field: string, value: string, label = field): void {
  checkControlCharacters(field, value, label);
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0xff) {
      throw new GenAuthConfigError(field, `${label} is sent as a header, whose value can hold Latin-1 characters only: remove the characters beyond them`);
    }
  }
}

/**
 * Checks that an argument or option a method reads fields from is an object (an array included).
 * @param expectation - What is expected, the start of the message, e.g. `requestBody must be an
 *   object such as { email, password }`.
 * @throws GenAuthConfigError naming `field`; the value is named by its type only (it may be a secret).
 *
 * @internal
 */
export function checkObject(field: string, value: unknown, expectation: string): asserts value is object {
  if (value === null || typeof value !== "object") {
    throw new GenAuthConfigError(field, `${expectation}, got ${describeKind(value)}`);
  }
}

/**
 * Checks a method's last argument, its per-call options: an object or nothing, whose `signal` is
 * an `AbortSignal` when given. Returns the options the transport reads (`{}` for none).
 * @throws GenAuthConfigError naming `options` or `signal`.
 */
export function checkRequestOptions(value: unknown): RequestOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object") {
    throw new GenAuthConfigError(
      "options",
      `a method's last argument is its request options, an object such as { timeout: 5000 }, got ${describeKind(value)}: check the arguments before it`,
    );
  }
  const { signal } = value as { signal?: unknown };
  const signalLike = signal as { aborted?: unknown; addEventListener?: unknown } | null;
  if (
    signal !== undefined &&
    (typeof signalLike !== "object" || signalLike === null || typeof signalLike.aborted !== "boolean" || typeof signalLike.addEventListener !== "function")
  ) {
    throw new GenAuthConfigError(
      "signal",
      `signal must be an AbortSignal, such as an AbortController's signal or AbortSignal.timeout(5000), got ${describeKind(signal)}`,
    );
  }
  return value as RequestOptions;
}

function optionalString(options: TransportOptions, field: "appSecret" | "accessToken"): void {
  const value = options[field];
  // `null` counts as not given, as the official SDK read it.
  if (value !== undefined && value !== null && typeof value !== "string") {
    // The value may be a secret: name its type only.
    throw new GenAuthConfigError(field, `${field} must be a string when given, got ${typeof value}`);
  }
}
