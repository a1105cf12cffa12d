/**
 * `@genauth/mock-server`: a local GenAuth-compatible server for offline development and tests,
 * driven by the same OpenAPI document as the SDK.
 *
 * @packageDocumentation
 */
export { systemClock, type Clock } from "./clock.js";
export { fail, ok, type Envelope } from "./envelope.js";
export { FaultInjector, type MockFault } from "./faults.js";
export { exampleFromSchema, type ExampleOptions, type SchemaNode } from "./example.js";
export {
  DEFAULT_FIXTURES,
  resolveFixtures,
  type MockAccessKey,
  type MockApp,
  type MockFixtures,
  type MockProgrammaticAccessAccount,
  type MockUser,
  type MockWechatApp,
  type ResolvedFixtures,
} from "./fixtures.js";
export type { Handler, HandlerContext, RequestParts } from "./handler.js";
export { HAND_WRITTEN_OPERATIONS, type HandWrittenOperations } from "./hand-written-operations.js";
export { handlers } from "./handlers/index.js";
export { CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS } from "./handlers/contact-update.js";
export { DELETE_ACCOUNT_TOKEN_LIFETIME_SECONDS } from "./handlers/delete-account.js";
export { PASSWORD_RESET_TOKEN_LIFETIME_SECONDS } from "./handlers/password.js";
export { WECHAT_TOKEN_LIFETIME_SECONDS } from "./handlers/wechat.js";
export {
  MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS,
  MFA_FACTOR_TYPES,
  MfaFactorStore,
  type MfaFactorProfile,
  type MfaFactorRecord,
  type MfaFactorType,
  type PendingEnrollment,
} from "./mfa-factors.js";
export { OneTimeTokens } from "./one-time-tokens.js";
export { Outbox, PASS_CODE_LIFETIME_SECONDS, type OutboxMessage, type Recipient } from "./outbox.js";
export { startMockServer, type MockServer, type MockServerCloseOptions, type MockServerOptions } from "./server.js";
export { startRecordingServer, type RecordedRequest, type RecordingServer } from "./recording-server.js";
export { spec } from "./generated/spec.js";
export type { OpenApiDocument, SpecOperation } from "./spec-types.js";
export { TOTP_DIGITS, TOTP_STEP_SECONDS, totp } from "./totp.js";
export { ACCESS_TOKEN_LIFETIME_SECONDS, SessionStore, type Session, type TokenSet } from "./sessions.js";
export { MockState, type PendingContactChange, type WechatTokenRecord } from "./state.js";
export { UserStore, userView, type LoginRecord, type UserRecord } from "./users.js";
export { SpecValidator, describeErrors, describeProblem, type OperationValidators, type RequestProblem } from "./validation.js";
export { ProtocolRouter } from "./protocol/router.js";
export { managementSpec } from "./generated/management-spec.js";
export type { ManagementHandler, ManagementHandlerContext } from "./management/handler.js";
export { managementHandlers } from "./management/handlers/index.js";
export {
  DEFAULT_NAMESPACE,
  ManagementState,
  type ApplicationDetails,
  type AuthorizationRecord,
  type DepartmentRecord,
  type GroupRecord,
  type OrganizationRecord,
  type ResourceAction,
  type ResourceRecord,
  type RoleRecord,
} from "./management/management-state.js";
export type { AssignmentWindow } from "./management/role-assignments.js";
export { NonceCache } from "./management/nonce-cache.js";
export {
  SIGNATURE_API_CODES,
  SIGNATURE_WINDOW_SECONDS,
  stringToSign,
  verifySignature,
  type SignatureAccepted,
  type SignatureOutcome,
  type SignatureRefused,
  type SignedRequestCandidates,
} from "./management/signature.js";
export { ProtocolGrants, type ClientAuthUsed, type CodeGrant, type TokenGrant } from "./protocol/grants.js";
export { MockSigningKeys, type RotateOptions } from "./protocol/keys.js";
export { OIDC_ACCESS_TOKEN_TTL, TokenService, type IssuedTokens, type TokenRequest } from "./protocol/token-service.js";
export type { MockClientAuthMethod } from "./protocol/client-registration.js";
