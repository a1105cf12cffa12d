/**
 * `@genauth/mock-server`: a local GenAuth-compatible server for offline development and tests,
 * driven by the same OpenAPI document as the SDK.
 *
 * @packageDocumentation
 */
export { systemClock, type Clock } from "./clock.js";
export { fail, ok, type Envelope } from "./envelope.js";
export { FaultInjector, type MockFault } from "./faults.js";
export { DEFAULT_FIXTURES, resolveFixtures, type MockApp, type MockFixtures, type MockWechatApp, type ResolvedFixtures } from "./fixtures.js";
export type { Handler, HandlerContext } from "./handler.js";
export { WECHAT_TOKEN_LIFETIME_SECONDS } from "./handlers/wechat.js";
export { startMockServer, type MockServer, type MockServerOptions } from "./server.js";
export { spec } from "./generated/spec.js";
export type { OpenApiDocument, SpecOperation } from "./spec-types.js";
export { MockState, type WechatTokenRecord } from "./state.js";
export { SpecValidator, describeErrors, describeProblem, type OperationValidators, type RequestProblem } from "./validation.js";
export { ProtocolRouter } from "./protocol/router.js";
export { MOCK_USER, type ClientAuthUsed, type CodeGrant, type TokenGrant } from "./protocol/grants.js";
