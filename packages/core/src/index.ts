/**
 * `@genauth/core`: the runtime-neutral transport of the GenAuth SDK — base URL, credentials
 * (application headers, access-key signing), timeouts, retries, typed errors and redaction, on
 * openapi-fetch, and the operation table both clients are generated into. The client packages build on
 * it; applications use it through them.
 *
 * Exports marked `@internal` are the client packages' building blocks, not API: they change with
 * the clients in any release.
 *
 * @packageDocumentation
 */
export {
  AccessKeySigner,
  buildStringToSign,
  importSigningKey,
  isBrowser,
  type SigningKey,
  signString,
  type AccessKeySignerOptions,
  type SignedRequest,
  type HmacSha1,
  webCryptoHmacSha1,
} from "./access-key-signing.js";
export type { AuthRequest, AuthStep } from "./auth-step.js";
export { envelopeMessage, isFailedEnvelope, type GenAuthEnvelopeFields } from "./envelope.js";
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
export { GenAuthRedirectCallbackError, GenAuthTokenVerificationError, type RedirectCallbackProblem, type TokenCheck } from "./protocol-errors.js";
export type { HttpMethod, OperationDescriptor, OperationFailure, OperationInput, PathParamDescriptor } from "./operation.js";
export { callOperation, defineOperationMethods, type Operation, type QueryArguments, type QueryField } from "./operation-table.js";
export {
  checkAuthMethod,
  checkHeaderValue,
  checkObject,
  MAX_TIMEOUT,
  type ClientAuthMethod,
  type FetchLike,
  type RequestOptions,
  type ResolvedTransportOptions,
  type SignedTransportOptions,
  type TransportOptions,
} from "./options.js";
export { describeKind } from "./app-host.js";
export { safeCause, scrubSecrets } from "./redact.js";
export { createGenAuthQuerySerializer } from "./query-serializer.js";
export { Transport } from "./transport.js";
export {
  checkPublishArguments,
  checkSubscribeArguments,
  DEFAULT_SOCKET_URI,
  resolveEventServer,
  subscribeToEvents,
  type EventServerSettings,
  type EventSocketLike,
  type EventSubscriptionSettings,
  type Subscription,
} from "./event-subscription.js";
