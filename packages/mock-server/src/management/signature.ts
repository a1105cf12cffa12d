import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { fail, type Envelope } from "../envelope.js";
import type { MockAccessKey } from "../fixtures.js";
import type { NonceCache } from "./nonce-cache.js";

/**
 * How far a management request's signed `date` may be from the server's clock, either way:
 * 15 minutes. Older (or later) requests answer `apiCode` 1305, and a nonce is remembered for as
 * long as its request could be replayed.
 */
export const SIGNATURE_WINDOW_SECONDS = 900;

/** The `statusCode` of every signature failure: the request is not authenticated. */
const UNAUTHORIZED = 401;

/** GenAuth's business codes for access-key signature failures. */
export const SIGNATURE_API_CODES = {
  /** The signature is missing, malformed, made with another secret, or names an unknown access key. */
  invalid: 1300,
  /** `x-authing-signature-method` is not `HMAC-SHA1`. */
  method: 1301,
  /** `x-authing-signature-version` is not `1.0`. */
  version: 1302,
  /** The `date` header is not a date. */
  dateMalformed: 1303,
  /** There is no `date` header. */
  dateMissing: 1304,
  /** The `date` header is further from the server's clock than {@link SIGNATURE_WINDOW_SECONDS}. */
  dateSkewed: 1305,
  /** The signature nonce was already used: a replay. */
  replayed: 1306,
} as const;

/** What a signature covers, as the server received it. */
export interface SignedRequestCandidates {
  /** The request method, upper case. */
  method: string;
  /** The request's headers (lower-case names, as `node:http` gives them). */
  headers: IncomingHttpHeaders;
  /**
   * The paths a client may have signed: the path as sent, and the operation's path template (the
   * official SDK signs the template of the three paths with a parameter).
   */
  paths: readonly string[];
  /**
   * The parameter sets a client may have signed: the query of a `GET`, the top-level body fields
   * otherwise — or, for a bodiless non-`GET`, the query (this SDK) or nothing (the official SDK).
   */
  parameterSets: readonly (Readonly<Record<string, unknown>> | undefined)[];
}

/** A signature that checked out. */
export interface SignatureAccepted {
  /** The access key that signed the request. */
  accessKey: MockAccessKey;
}

/** A signature that did not. */
export interface SignatureRefused {
  /** The envelope to answer: `statusCode` 401 with one of {@link SIGNATURE_API_CODES}. */
  failure: Envelope;
}

/** The outcome of a signature check: the access key that signed, or the envelope to answer. */
export type SignatureOutcome = SignatureAccepted | SignatureRefused;

/** The header prefixes of the two signing dialects: authing-node-sdk's and GenAuth's fork. */
const DIALECTS: Record<string, string> = { authing: "x-authing-", genauth: "x-genauth-" };

/**
 * Checks a Management API request's access-key signature as GenAuth does:
 * `authorization: authing <accessKeyId>:<base64 HMAC-SHA1(accessKeySecret, stringToSign)>`, where
 * the string to sign is the method, the sorted `x-authing-*` and `date` headers, the path and the
 * sorted signed parameters. The signed `date` must be within {@link SIGNATURE_WINDOW_SECONDS} of the
 * clock, and the `x-authing-signature-nonce` unused. The `GenAuth` scheme with `x-genauth-*` headers
 * (GenAuth's fork of the official SDK) is checked the same way.
 *
 * Failures answer `statusCode` 401 with {@link SIGNATURE_API_CODES}; messages name the header and
 * the fix, never the secret.
 */
export function verifySignature(request: SignedRequestCandidates, accessKeys: readonly MockAccessKey[], nonces: NonceCache, now: number): SignatureOutcome {
  const authorization = request.headers.authorization;
  const parsed = typeof authorization === "string" ? /^(authing|genauth) (.+):([^:]*)$/i.exec(authorization.trim()) : null;
  if (!parsed) {
    return failure(
      SIGNATURE_API_CODES.invalid,
      "the authorization header must be `authing <accessKeyId>:<signature>`: sign every Management API request with your access key (ManagementClient does)",
    );
  }
  const [, scheme = "", accessKeyId = "", signature = ""] = parsed;
  const prefix = DIALECTS[scheme.toLowerCase()] ?? "x-authing-";
  const accessKey = accessKeys.find((key) => key.accessKeyId === accessKeyId);
  if (!accessKey) {
    return failure(
      SIGNATURE_API_CODES.invalid,
      `access key ${JSON.stringify(accessKeyId)} is unknown: sign with an access key of the user pool (the mock's fixtures.accessKeys)`,
    );
  }
  const method = header(request.headers, `${prefix}signature-method`);
  if (method !== "HMAC-SHA1") {
    return failure(SIGNATURE_API_CODES.method, `${prefix}signature-method must be HMAC-SHA1, got ${describe(method)}`);
  }
  const version = header(request.headers, `${prefix}signature-version`);
  if (version !== "1.0") {
    return failure(SIGNATURE_API_CODES.version, `${prefix}signature-version must be 1.0, got ${describe(version)}`);
  }
  const date = header(request.headers, "date");
  if (date === undefined)
    return failure(SIGNATURE_API_CODES.dateMissing, "the date header is required and signed: send the time of signing, e.g. new Date().toUTCString()");
  const signedAt = /^\d+$/.test(date) ? Number(date) : Date.parse(date);
  if (!Number.isFinite(signedAt)) {
    return failure(
      SIGNATURE_API_CODES.dateMalformed,
      `the date header must be an HTTP date (new Date().toUTCString()) or Unix milliseconds, got ${JSON.stringify(date)}`,
    );
  }
  if (Math.abs(now - signedAt) > SIGNATURE_WINDOW_SECONDS * 1000) {
    return failure(
      SIGNATURE_API_CODES.dateSkewed,
      `the date header ${JSON.stringify(date)} is more than ${SIGNATURE_WINDOW_SECONDS} seconds from the server's time ${new Date(now).toUTCString()}: sign each attempt when it is sent, on a synchronised clock`,
    );
  }
  const nonce = header(request.headers, `${prefix}signature-nonce`);
  if (nonce === undefined || nonce === "") {
    return failure(SIGNATURE_API_CODES.invalid, `the ${prefix}signature-nonce header is required and signed: send a fresh random value with every attempt`);
  }
  if (!matchesAny(request, prefix, accessKey.accessKeySecret, signature)) {
    return failure(
      SIGNATURE_API_CODES.invalid,
      `the signature does not match the request: sign with the secret of access key ${JSON.stringify(accessKeyId)} over the method, the ${prefix}* and date headers, the path and the signed parameters`,
    );
  }
  if (!nonces.use(accessKeyId, nonce, signedAt)) {
    return failure(SIGNATURE_API_CODES.replayed, `the ${prefix}signature-nonce ${JSON.stringify(nonce)} was already used: sign every attempt with a new nonce`);
  }
  return { accessKey };
}

/**
 * The string an access-key signature covers: `METHOD\n`, the signed headers sorted by name as
 * `name:value\n` (tabs and line breaks as spaces, trimmed), the path, and `?key=value&…` of the
 * signed parameters sorted by key (objects and arrays as JSON, `undefined` left out, nothing
 * URL-encoded).
 *
 * @param method - The HTTP method, upper case.
 * @param headers - The request's headers, lower-case names.
 * @param path - The signed path.
 * @param parameters - The signed parameters.
 * @param prefix - The signed header prefix: `x-authing-` (or `x-genauth-`).
 */
export function stringToSign(
  method: string,
  headers: IncomingHttpHeaders,
  path: string,
  parameters: Readonly<Record<string, unknown>> | undefined,
  prefix = "x-authing-",
): string {
  let canonicalHeaders = "";
  for (const name of Object.keys(headers)
    .filter((name) => name.startsWith(prefix) || name === "date")
    .sort()) {
    canonicalHeaders += `${name}:${String(headers[name])
      .replace(/[\t\n\r\f]/g, " ")
      .trim()}\n`;
  }
  const keys = Object.keys(parameters ?? {}).sort();
  if (!parameters || keys.length === 0) return `${method}\n${canonicalHeaders}${path}`;
  const pairs: string[] = [];
  for (const key of keys) {
    const value = parameters[key];
    if (value === undefined) continue;
    pairs.push(`${key}=${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`);
  }
  return `${method}\n${canonicalHeaders}${path}?${pairs.join("&")}`;
}

/** Whether the signature is the HMAC of one of the ways a client may have signed the request. */
function matchesAny(request: SignedRequestCandidates, prefix: string, secret: string, signature: string): boolean {
  const given = Buffer.from(signature, "utf8");
  let matched = false;
  for (const path of new Set(request.paths)) {
    for (const parameters of request.parameterSets) {
      const expected = Buffer.from(
        createHmac("sha1", secret)
          .update(stringToSign(request.method, request.headers, path, parameters, prefix), "utf8")
          .digest("base64"),
        "utf8",
      );
      if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
    }
  }
  return matched;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function describe(value: string | undefined): string {
  return value === undefined ? "no header" : JSON.stringify(value);
}

function failure(apiCode: number, message: string): SignatureRefused {
  return { failure: fail(UNAUTHORIZED, message, apiCode) };
}
