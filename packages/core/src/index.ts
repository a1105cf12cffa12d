/**
 * `@genauth/core`: the runtime-neutral transport of the GenAuth SDK — base URL, credentials,
 * timeouts, retries, typed errors and redaction, on openapi-fetch. The client packages build on
 * it; applications use it through them.
 *
 * @packageDocumentation
 */
export { isLoopbackHost, normalizeAppHost } from "./app-host.js";
export { isFailedEnvelope, type GenAuthEnvelopeFields } from "./envelope.js";
export {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type GenAuthApiErrorFields,
  type GenAuthErrorOptions,
  type GenAuthRequestInfo,
} from "./errors.js";
export type { HttpMethod, OperationDescriptor, OperationInput, PathParamDescriptor } from "./operation.js";
export {
  checkAuthMethod,
  type ClientAuthMethod,
  type FetchLike,
  type RequestOptions,
  type ResolvedTransportOptions,
  type TransportOptions,
} from "./options.js";
export { safeCause, scrubSecrets } from "./redact.js";
export { Transport } from "./transport.js";
