/** HTTP statuses worth another attempt: the server did not act, or may answer next time. */
const RETRYABLE_HTTP_STATUS = new Set([408, 429, 502, 503, 504]);
/** GenAuth reports throttling and maintenance inside HTTP 200 envelopes. */
const RETRYABLE_ENVELOPE_STATUS = new Set([429, 503]);

/** Longest `Retry-After` we wait for; a longer one is handed to the caller instead. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Whether an HTTP status (408, 429, 502, 503, 504) is worth another attempt. */
export function isRetryableHttpStatus(status: number): boolean {
  return RETRYABLE_HTTP_STATUS.has(status);
}

/** Whether an envelope `statusCode` (throttling, maintenance) is worth another attempt. */
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
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff from ~0.5 s to 8 s, with up to 25 % jitter so clients do not retry in step. */
export function backoffDelay(retryIndex: number, random = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** retryIndex, MAX_BACKOFF_MS);
  return Math.round(base * (1 - random() * 0.25));
}
