/** An answer of a protocol endpoint: status, headers and a JSON or text body. */
export interface Answer {
  /** HTTP status. */
  status: number;
  /** Response headers; `cache-control: no-store` and `pragma: no-cache` are added to every answer. */
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
}

/** An OAuth 2.0 error answer (RFC 6749 §5.2): `{ error, error_description }` as JSON. */
export function oauthError(status: number, error: string, description: string, headers?: Record<string, string>): Answer {
  return { status, ...(headers ? { headers } : {}), body: { error, error_description: description } };
}
