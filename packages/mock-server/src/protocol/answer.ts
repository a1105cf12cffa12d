import { errorDescription } from "./error-description.js";

/** An answer of a protocol endpoint: status, headers and a JSON or text body. */
export interface Answer {
  /** HTTP status. */
  status: number;
  /** Response headers; `cache-control: no-store` and `pragma: no-cache` are added to every answer. */
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
}

/** The body of an OAuth 2.0 error answer (RFC 6749 §5.2). */
export interface OAuthErrorBody {
  /** The error code, e.g. `invalid_client`. */
  error: string;
  /** What was wrong, in the characters RFC 6749 allows ({@link errorDescription}). */
  error_description: string;
}

/**
 * An OAuth 2.0 error answer (RFC 6749 §5.2): `{ error, error_description }` as JSON, the
 * description cleaned by {@link errorDescription}.
 */
export function oauthError(status: number, error: string, description: string, headers?: Record<string, string>): Answer {
  const body: OAuthErrorBody = { error, error_description: errorDescription(description) };
  return { status, ...(headers ? { headers } : {}), body };
}
