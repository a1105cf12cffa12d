import type { GenAuthEnvelopeFields } from "./envelope.js";

/** HTTP methods the GenAuth API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A path placeholder and the SDK argument that fills it. */
export interface PathParamDescriptor {
  /** The placeholder's name in the path, e.g. `credentialID`. */
  readonly name: string;
  /** The SDK method's argument, e.g. `credentialId`, named in errors when it is missing. */
  readonly argument: string;
}

/** A failure an operation's answer reports in its body, as {@link OperationDescriptor.failure} reads it. */
export interface OperationFailure extends GenAuthEnvelopeFields {
  /** The OAuth error code (`invalid_grant`…), when the failure is an OAuth error. */
  error?: string;
}

/**
 * What the transport needs to know about an operation. The generated operation table holds one
 * per spec operation; hand-written flows (OIDC, CAS) declare their own.
 */
export interface OperationDescriptor {
  /** HTTP method of the operation. */
  readonly method: HttpMethod;
  /** Path template relative to `appHost`, e.g. `/api/v3/webauthn/credentials/{credentialId}`. */
  readonly path: string;
  /** Path placeholders and the arguments that fill them. */
  readonly pathParams?: readonly PathParamDescriptor[];
  /** The endpoint takes `Basic` client credentials when `tokenEndPointAuthMethod` is `client_secret_basic`. */
  readonly clientBasic?: boolean;
  /** How the body is sent: JSON (default) or `application/x-www-form-urlencoded`. */
  readonly bodyType?: "json" | "form";
  /**
   * How the answer is read: JSON (default: a 2xx answer must be a JSON object, as every API
   * answer is), any JSON value or none (`"any"`, for requests the spec does not describe), or
   * plain text.
   */
  readonly responseType?: "json" | "any" | "text";
  /**
   * Reads a failure that a 2xx answer reports in its body (protocol endpoints answer OAuth errors
   * with HTTP 200): the failure's fields, or `undefined` for a success. The transport throws it as
   * a `GenAuthApiError`, scrubbed like every other, whatever `throwOnError` says; `error` is the
   * OAuth error code, which the error carries.
   */
  readonly failure?: (body: unknown, status: number) => OperationFailure | undefined;
  /**
   * Names of the request's fields (query or body, at any depth) that hold secrets, read from the
   * spec: their values are scrubbed from every error, besides those of fields whose name alone
   * says secret (`secret`, `password`, `token`…).
   */
  readonly secretFields?: readonly string[];
  /**
   * Never send the client's user access token: protocol endpoints (token, introspection, CAS…)
   * authenticate the application, or take the token as an argument.
   */
  readonly omitAccessToken?: boolean;
}

/** The values of one call: path placeholders, query parameters, body and extra headers. */
export interface OperationInput {
  /** Values of the path placeholders, by argument name. */
  path?: Record<string, string | number>;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, unknown>;
  /** Request body, sent as JSON or as a form as the descriptor says. */
  body?: unknown;
  /** Headers this call sets itself (e.g. a Bearer token); per-request options may add more. */
  headers?: Record<string, string>;
}
