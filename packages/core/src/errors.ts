import { redactUrl } from "./redact.js";

/** Where a failed request was going; kept on errors for debugging, with secrets removed. */
export interface GenAuthRequestInfo {
  /** HTTP method, upper case. */
  method: string;
  /**
   * The request's URL: the host and the path as sent, without the query (a URL given with one
   * keeps it with the values of secret-looking parameters replaced by `[REDACTED]`).
   */
  url: string;
}

/** Options shared by every GenAuth error constructor. */
export interface GenAuthErrorOptions {
  /** The request that failed, when there was one. Its URL is redacted on the way in. */
  request?: GenAuthRequestInfo;
  /** The underlying error (a network error, a parse error…). */
  cause?: unknown;
}

/**
 * Base class of every error the GenAuth SDK throws. Catch this one to handle them all.
 *
 * Errors never carry request bodies or headers, so printing, logging or serialising them cannot
 * leak an app secret, an access token, a password or a pass code.
 */
export class GenAuthError extends Error {
  /** Always `"GenAuthError"`, also after minification. */
  override name = "GenAuthError";
  /** HTTP method of the failed request, when there was one. */
  readonly method: string | undefined;
  /** Redacted URL of the failed request, when there was one. */
  readonly url: string | undefined;

  constructor(message: string, options: GenAuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.method = options.request?.method;
    this.url = options.request ? redactUrl(options.request.url) : undefined;
  }

  /** A plain, secret-free view of the error for structured logs. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined && key !== "cause") json[key] = value;
    }
    return json;
  }
}

/** Fields of a GenAuth response envelope that describe a failure. */
export interface GenAuthApiErrorFields {
  /** HTTP status of the response (GenAuth answers most failures with HTTP 200). */
  status: number;
  /** Business status code from the envelope, or the HTTP status when the body had none. */
  statusCode: number;
  /** Finer business error code, e.g. 2333 for a wrong username or password. */
  apiCode?: number | undefined;
  /** GenAuth's request ID, to quote to support. */
  requestId?: string | undefined;
  /** The OAuth 2.0 error code an OAuth or OIDC endpoint answered with (`invalid_grant`…). */
  error?: string | undefined;
}

/**
 * GenAuth answered, and the answer is a failure: an envelope whose `statusCode` is not 200 (with
 * `throwOnError: true`), an HTTP error status, or a body that is not the JSON GenAuth sends.
 */
export class GenAuthApiError extends GenAuthError {
  /** Always `"GenAuthApiError"`, also after minification. */
  override name = "GenAuthApiError";
  /** HTTP status of the response; GenAuth answers most failures with 200. */
  readonly status: number;
  /** Business status code from the envelope, or the HTTP status when the body had none. */
  readonly statusCode: number;
  /** Finer business error code, when GenAuth sent one. */
  readonly apiCode: number | undefined;
  /** GenAuth's request ID, to quote to support. */
  readonly requestId: string | undefined;
  /**
   * The OAuth 2.0 error code an OAuth or OIDC endpoint answered with (`invalid_grant`,
   * `invalid_client`…), to branch on: e.g. an expired or used code means signing in again.
   */
  readonly error: string | undefined;

  constructor(message: string, fields: GenAuthApiErrorFields, options: GenAuthErrorOptions = {}) {
    super(message, options);
    this.status = fields.status;
    this.statusCode = fields.statusCode;
    // An envelope's fields as the server wrote them; anything of another type is left out.
    this.apiCode = typeof fields.apiCode === "number" ? fields.apiCode : undefined;
    this.requestId = typeof fields.requestId === "string" ? fields.requestId : undefined;
    this.error = typeof fields.error === "string" ? fields.error : undefined;
  }
}

/**
 * The request got no answer (connection refused or reset, DNS failure, TLS error…), or its
 * answer broke off before its body was read. The message says which, and whether the request
 * was not sent again because the server may have acted on it.
 */
export class GenAuthConnectionError extends GenAuthError {
  /** Always `"GenAuthConnectionError"`, also after minification. */
  override name = "GenAuthConnectionError";
}

/** No complete answer came within the `timeout` (per attempt). */
export class GenAuthTimeoutError extends GenAuthError {
  /** Always `"GenAuthTimeoutError"`, also after minification. */
  override name = "GenAuthTimeoutError";
  /** The timeout that expired, in milliseconds. */
  readonly timeout: number;

  constructor(message: string, timeout: number, options: GenAuthErrorOptions = {}) {
    super(message, options);
    this.timeout = timeout;
  }
}

/** The caller's `AbortSignal` fired before the request finished. */
export class GenAuthAbortError extends GenAuthError {
  /** Always `"GenAuthAbortError"`, also after minification. */
  override name = "GenAuthAbortError";
}

/** A client option or a method argument is missing or malformed; the message names it and the fix. */
export class GenAuthConfigError extends GenAuthError {
  /** Always `"GenAuthConfigError"`, also after minification. */
  override name = "GenAuthConfigError";
  /** The option or argument at fault, e.g. `appHost`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}
