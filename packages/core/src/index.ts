export { attemptSignal, raceAbort, sleep, type AttemptSignal } from "./abort.js";
export { isLoopbackHost, normalizeAppHost } from "./app-host.js";
export { isEnvelope, isFailedEnvelope, type GenAuthEnvelopeFields } from "./envelope.js";
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
  checkHeaders,
  checkMaxRetries,
  checkTimeout,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  MAX_TIMEOUT,
  resolveTransportOptions,
  type ClientAuthMethod,
  type FetchLike,
  type RequestOptions,
  type ResolvedTransportOptions,
  type TransportOptions,
} from "./options.js";
export { collectSecrets, isSecretName, REDACTED, redactUrl, redactValue, safeCause, scrubSecrets } from "./redact.js";
export { backoffDelay, isRetryableEnvelopeStatus, isRetryableHttpStatus, MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelay } from "./retry.js";
export { Transport } from "./transport.js";
