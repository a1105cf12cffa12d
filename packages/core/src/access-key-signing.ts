import type { AuthRequest, AuthStep } from "./auth-step.js";
import { describe, describeKind } from "./app-host.js";
import { filledPath } from "./filled-path.js";
import { GenAuthConfigError } from "./errors.js";
import { bytesToBase64 } from "./base64.js";
import { checkBoolean, checkControlCharacters, checkHeaderValue } from "./options.js";

/** Options of {@link AccessKeySigner}. */
export interface AccessKeySignerOptions {
  /** The user pool's access key ID (or user pool ID): the first part of `authorization`. */
  accessKeyId: string;
  /** The access key secret (or user pool secret): the HMAC key. It is never sent. */
  accessKeySecret: string;
  /** Sent (and signed) as `x-authing-lang`. Default `zh-CN`. */
  lang?: string | undefined;
  /** Sent (and signed) as `x-authing-app-id` when given, as the official SDK sends a tenant ID. */
  tenantId?: string | undefined;
  /** Sent (and signed) as `x-authing-sdk-version`, naming the SDK that signs. */
  sdkVersion?: string | undefined;
  /**
   * Allow construction in a browser (a page or its worker), where the access key secret would be
   * visible to anyone who loads the code. Default `false`.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * Makes the signing function from the secret. Default {@link webCryptoHmacSha1}, which runs
   * everywhere; on Node.js, `nodeHmacSha1` from `@genauth/core/node` signs synchronously.
   */
  hmacSha1?: HmacSha1 | undefined;
}

/**
 * Makes, from a secret, the function that returns `base64(HMAC-SHA1(secret, UTF-8 of text))`.
 * The secret stays inside what it returns.
 */
export type HmacSha1 = (secret: string) => (text: string) => string | Promise<string>;

/** {@link HmacSha1} on Web Crypto: the key is imported once, non-extractable, on first use. */
export const webCryptoHmacSha1: HmacSha1 = (secret) => {
  let key: Promise<SigningKey> | undefined;
  return async (text) => {
    key ??= importSigningKey(secret);
    return signString(await key, text);
  };
};

/** The request a signature covers, as {@link buildStringToSign} takes it. */
export interface SignedRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The path as sent (placeholders filled), without the host or any base path. */
  path: string;
  /** Every header of the request; the `x-authing-*` ones and `date` are signed. */
  headers: Readonly<Record<string, string>>;
  /**
   * The signed parameters: the query as sent (without `null` and `undefined` values and the arrays
   * and objects they leave empty) for a `GET` or a request without a body, the top-level body
   * fields otherwise.
   */
  parameters: Readonly<Record<string, unknown>> | undefined;
}

const SIGNED_HEADER_PREFIX = "x-authing-";

/**
 * A Web Crypto HMAC key (`CryptoKey`), named through `crypto.subtle` so that projects without the
 * DOM library (Node.js with `@types/node` alone) can read the declaration.
 */
export type SigningKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/**
 * The string an access-key signature covers, as GenAuth's management API defines it:
 * `METHOD\n`, then every `x-authing-*` and `date` header sorted by name as `name:value\n` (tabs,
 * line breaks and form feeds in values become spaces; values are trimmed), then the path and,
 * when there are parameters, `?` and `key=value` pairs sorted by key and joined by `&` — objects
 * and arrays as JSON, `undefined` values left out, nothing URL-encoded.
 *
 * @param request - The request to sign.
 * @returns The string to sign.
 * @example
 * ```ts
 * buildStringToSign({ method: "GET", path: "/api/v3/get-user", headers: { date }, parameters: { userId: "u1" } });
 * // "GET\ndate:…\n/api/v3/get-user?userId=u1"
 * ```
 */
export function buildStringToSign(request: SignedRequest): string {
  const names = Object.keys(request.headers)
    .filter((name) => name.startsWith(SIGNED_HEADER_PREFIX) || name === "date")
    .sort();
  let headers = "";
  for (const name of names)
    headers += `${name}:${String(request.headers[name])
      .replace(/[\t\n\r\f]/g, " ")
      .trim()}\n`;
  return `${request.method}\n${headers}${canonicalResource(request.path, request.parameters ?? {})}`;
}

function canonicalResource(path: string, parameters: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(parameters).sort();
  if (keys.length === 0) return path;
  const pairs: string[] = [];
  for (const key of keys) {
    const value = parameters[key];
    if (value === undefined) continue;
    pairs.push(`${key}=${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`);
  }
  return `${path}?${pairs.join("&")}`;
}

/**
 * `base64(HMAC-SHA1(secret, UTF-8 of text))`, with Web Crypto.
 * @param key - An HMAC-SHA1 key from {@link importSigningKey}.
 * @param text - The string to sign.
 */
export async function signString(key: SigningKey, text: string): Promise<string> {
  return bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text))));
}

/**
 * Imports an access key secret as a non-extractable HMAC-SHA1 key for {@link signString}.
 * @param secret - The access key secret.
 */
export function importSigningKey(secret: string): Promise<SigningKey> {
  return globalThis.crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
}

/**
 * Whether the code runs in a browser: a page (a `window` with a `document`, and a `navigator`: the
 * test openai-node uses), or a browser's worker (a `WorkerGlobalScope` with `importScripts`, loaded
 * from an `http(s)` or extension URL), whose code any visitor can read as well. Cloudflare Workers
 * (no `location`), Deno's workers (no `importScripts`), Bun and Node.js are neither.
 *
 * @internal
 */
export function isBrowser(): boolean {
  const scope = globalThis as {
    window?: { document?: unknown };
    navigator?: unknown;
    WorkerGlobalScope?: unknown;
    importScripts?: unknown;
    location?: { protocol?: unknown };
  };
  if (typeof scope.window !== "undefined" && typeof scope.window.document !== "undefined" && typeof scope.navigator !== "undefined") return true;
  const protocol = scope.location?.protocol;
  return (
    typeof scope.WorkerGlobalScope !== "undefined" &&
    typeof scope.importScripts === "function" &&
    typeof protocol === "string" &&
    /^(https?|[a-z-]+-extension):$/.test(protocol)
  );
}

/**
 * The Management API's request signature as an {@link AuthStep}: for every attempt, a fresh `date`
 * and `x-authing-signature-nonce`, the fixed `x-authing-*` headers, and
 * `authorization: authing <accessKeyId>:<signature>` computed by {@link buildStringToSign} and
 * {@link signString} over the attempt.
 *
 * The secret lives in a private field and in the signing function: `util.inspect`,
 * `JSON.stringify` and errors never show it.
 *
 * @example
 * ```ts
 * import { AccessKeySigner, Transport } from "@genauth/core";
 *
 * const transport = new Transport({
 *   appHost: "https://api.authing.cn",
 *   auth: new AccessKeySigner({ accessKeyId: "AK…", accessKeySecret: "SK…" }),
 * });
 * ```
 */
export class AccessKeySigner implements AuthStep {
  /** The access key ID, the public half of the key pair. */
  readonly accessKeyId: string;
  readonly #secret: string;
  readonly #sign: (text: string) => string | Promise<string>;
  /** The fixed signed headers of every request. */
  readonly #fixed: Readonly<Record<string, string>>;

  /**
   * @param options - The key pair and the fixed headers; the object is not modified.
   * @throws GenAuthConfigError when the key pair is missing or not strings; when the secret holds a
   *   line break or another control character; when `accessKeyId`,
   *   `lang`, `tenantId` or `sdkVersion` cannot be sent as a header (a line break, a character
   *   beyond Latin-1); when `dangerouslyAllowBrowser` is not a boolean; or in a browser (a page or its worker) without
   *   `dangerouslyAllowBrowser: true`.
   */
  constructor(options: AccessKeySignerOptions) {
    if (options === null || typeof options !== "object") {
      throw new GenAuthConfigError("options", `options must be an object such as { accessKeyId, accessKeySecret }, got ${describeKind(options)}`);
    }
    const { accessKeyId, accessKeySecret } = options;
    if (typeof accessKeyId !== "string" || accessKeyId.trim() === "") {
      throw new GenAuthConfigError(
        "accessKeyId",
        `accessKeyId is required: pass your user pool's access key ID (or user pool ID), got ${describe(accessKeyId)}`,
      );
    }
    if (typeof accessKeySecret !== "string" || accessKeySecret === "") {
      // The value may be a secret: name its type only.
      const got = accessKeySecret === "" ? "an empty string" : typeof accessKeySecret;
      throw new GenAuthConfigError("accessKeySecret", `accessKeySecret is required: pass your user pool's access key secret (or user pool secret), got ${got}`);
    }
    checkHeaderValue("accessKeyId", accessKeyId);
    checkControlCharacters("accessKeySecret", accessKeySecret);
    for (const field of ["lang", "tenantId", "sdkVersion"] as const) {
      const value = options[field];
      if (value !== undefined && typeof value !== "string") {
        throw new GenAuthConfigError(field, `${field} must be a string when given, got ${describe(value)}`);
      }
      if (value !== undefined) checkHeaderValue(field, value);
    }
    const allowBrowser = checkBoolean("dangerouslyAllowBrowser", options.dangerouslyAllowBrowser);
    if (isBrowser() && allowBrowser !== true) {
      throw new GenAuthConfigError(
        "dangerouslyAllowBrowser",
        "the access key secret signs every request, so anyone who can load this code in a browser could read it and administer the user pool: call the Management API from a server (a browser cannot send the signed date header either); dangerouslyAllowBrowser: true is for a trusted internal tool whose fetch sends through a server that sets it",
      );
    }
    this.accessKeyId = accessKeyId;
    this.#secret = accessKeySecret;
    this.#sign = (options.hmacSha1 ?? webCryptoHmacSha1)(accessKeySecret);
    const fixed: Record<string, string> = {
      accept: "application/json",
      "x-authing-signature-method": "HMAC-SHA1",
      "x-authing-signature-version": "1.0",
      "x-authing-lang": options.lang || "zh-CN",
    };
    if (options.sdkVersion) fixed["x-authing-sdk-version"] = options.sdkVersion;
    if (options.tenantId) fixed["x-authing-app-id"] = options.tenantId;
    this.#fixed = fixed;
  }

  /** The signed headers of one attempt. */
  async headers(request: AuthRequest): Promise<Record<string, string>> {
    const { operation, input } = request;
    const own: Record<string, string> = { ...this.#fixed, "x-authing-signature-nonce": nonce(), date: new Date().toUTCString() };
    const all: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) all[name.toLowerCase()] = value;
    Object.assign(all, own);
    // The query of a GET; otherwise the body's fields, or the query when there is no body (the
    // official SDK signed an empty body there, leaving the query unsigned).
    const signsQuery = operation.method === "GET" || input.body === undefined;
    const parameters = signsQuery ? sentQuery(input.query) : sentBody(input.body);
    const text = buildStringToSign({ method: operation.method, path: filledPath(operation.path, input.path), headers: all, parameters });
    own.authorization = `authing ${this.accessKeyId}:${await this.#sign(text)}`;
    return own;
  }

  /**
   * The `authorization` of the event WebSocket: the signature of `websocket\n` alone (no date,
   * nonce or path), as GenAuth's event server checks it.
   */
  async websocketAuthorization(): Promise<string> {
    return `authing ${this.accessKeyId}:${await this.#sign("websocket\n")}`;
  }

  /** The access key secret, for the transport to scrub from errors. */
  secrets(): readonly string[] {
    return [this.#secret];
  }

  /** What `JSON.stringify` shows: the access key ID only. */
  toJSON(): {
    /** The access key ID. */
    accessKeyId: string;
  } {
    return { accessKeyId: this.accessKeyId };
  }
}

/**
 * The query as its URL carries it (`createGenAuthQuerySerializer`): without `null` and
 * `undefined` at any depth, and so without the arrays and objects they leave empty, and with a
 * `Date` as its ISO text; `undefined` when nothing is left. A server can only check a signature
 * against what it receives. (The official SDK signed a `null` as `"null"`, and a query of
 * `undefined` values as a bare `?`, where nothing was sent.)
 */
function sentQuery(query: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
  return query === undefined ? undefined : (sentValue(query) as Record<string, unknown> | undefined);
}

function sentValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object" || value === null) return value ?? undefined;
  const array = Array.isArray(value);
  const kept: unknown[] = [];
  // Without a prototype, so that a member named `__proto__` is signed like any other.
  const members: Record<string, unknown> = Object.create(null);
  for (const [key, member] of Object.entries(value)) {
    const sent = sentValue(member);
    if (sent === undefined) continue;
    if (array) kept.push(sent);
    else members[key] = sent;
  }
  if (array) return kept.length === 0 ? undefined : kept;
  return Object.keys(members).length === 0 ? undefined : members;
}

/**
 * The body's fields as the server reads them from the JSON sent: each value after its `toJSON()`
 * (a `Date` as its ISO text, not that text in JSON quotes), `NaN` and `Infinity` as `null`, without
 * what JSON leaves out (`undefined`, functions). A server can only check a signature against what
 * it receives. (The official SDK signed the values as given, which no server could match.)
 */
function sentBody(body: unknown): Record<string, unknown> | undefined {
  // `undefined` when nothing is sent (a body whose `toJSON()` gives `undefined`).
  const sent = body === undefined ? undefined : JSON.stringify(body);
  return sent === undefined ? undefined : JSON.parse(sent);
}

/** 32 random hex digits. */
function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
