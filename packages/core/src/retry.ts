/** HTTP statuses worth another attempt whatever the method: the server did not act on the request. */
const RETRYABLE_HTTP_STATUS = new Set([408, 429, 503]);
/** A gateway's failures: the server behind it may have acted, so only a GET is sent again. */
const GATEWAY_HTTP_STATUS = new Set([502, 504]);
/** GenAuth reports throttling and maintenance inside HTTP 200 envelopes. */
const RETRYABLE_ENVELOPE_STATUS = new Set([429, 503]);
/**
 * Error codes of a connection that was never made, so that nothing was sent: Node.js's and
 * undici's (`fetch`); Bun's `fetch` reports the same codes.
 */
const NOT_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** Longest wait a `Retry-After` can impose; a longer one is cut down to this. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Whether an HTTP status is worth another attempt: 408, 429 or 503, and 502 or 504 for a GET. */
export function isRetryableHttpStatus(status: number, method: string): boolean {
  return RETRYABLE_HTTP_STATUS.has(status) || (method === "GET" && GATEWAY_HTTP_STATUS.has(status));
}

/**
 * Whether a failed fetch never connected (refused, unknown host, unreachable network), read from
 * the `code` of the error or of its causes: the request was not sent, so any method may be sent
 * again. Node.js names the step that failed (`syscall`): the same codes on a `read` or `write`
 * come after the request went out.
 */
export function neverConnected(error: unknown): boolean {
  for (let cause = error, depth = 0; typeof cause === "object" && cause !== null && depth < 4; depth++) {
    const { code, syscall } = cause as { code?: unknown; syscall?: unknown };
    if (typeof code === "string" && NOT_CONNECTED.has(code)) return syscall === undefined || syscall === "connect" || syscall === "getaddrinfo";
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether an HTTP 200 envelope's `statusCode` is worth another attempt: 429 (throttled) or 503. */
export function isRetryableEnvelopeStatus(statusCode: number): boolean {
  return RETRYABLE_ENVELOPE_STATUS.has(statusCode);
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or undefined when
 * it is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Only an HTTP date, which opens with the day's name and holds a time in each of its three
  // forms (RFC 9110 §5.6.7): Date.parse alone reads "-3", "wait 3" or "Mon 3" as a year.
  if (!/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d\d:\d\d:\d\d/i.test(trimmed)) return undefined;
  // asctime names no zone, and HTTP dates are all GMT: Date.parse would read it as local time.
  const date = Date.parse(/gmt$/i.test(trimmed) ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retryIndex` (0 for the first retry): what `Retry-After`
 * asks for, at most {@link MAX_RETRY_AFTER_MS}, or else {@link backoffDelay}.
 */
export function retryDelay(retryAfter: string | null, retryIndex: number, random = Math.random, now = Date.now()): number {
  const asked = parseRetryAfter(retryAfter, now);
  return asked === undefined ? backoffDelay(retryIndex, random) : Math.min(asked, MAX_RETRY_AFTER_MS);
}

/** Exponential backoff from ~0.5 s to 8 s, with up to 25 % jitter so clients do not retry in step. */
export function backoffDelay(retryIndex: number, random = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** retryIndex, MAX_BACKOFF_MS);
  return Math.round(base * (1 - random() * 0.25));
}
