import { handlers } from "./handlers/index.js";
import { managementHandlers } from "./management/handlers/index.js";

/** The operations of each API that have hand-written behaviour, by the SDK method name the spec gives them (`x-sdk-method`). */
export interface HandWrittenOperations {
  /** Authentication API operations, e.g. `signUp`, `signInByCredentials` (what the `signInBy*` shortcuts call), `getProfile`. */
  readonly authentication: readonly string[];
  /** Management API operations, e.g. `createUser`, `kickUsers`, `assignRole`. */
  readonly management: readonly string[];
}

/**
 * The operations the mock answers with hand-written behaviour — state kept across requests (users,
 * sessions, codes, roles…) or an answer computed from the request — read from the server's own
 * handler tables, sorted. Every other operation answers the example of its response schema, the
 * same whatever the request holds: its success means nothing was checked or changed.
 *
 * @example
 * ```ts
 * import { HAND_WRITTEN_OPERATIONS } from "@genauth/mock-server";
 * HAND_WRITTEN_OPERATIONS.management.includes("kickUsers"); // true
 * HAND_WRITTEN_OPERATIONS.authentication.includes("enrollFactor"); // true: MFA factors keep state
 * HAND_WRITTEN_OPERATIONS.authentication.includes("webAuthnRegisterFinalize"); // false: WebAuthn answers example data
 * ```
 */
export const HAND_WRITTEN_OPERATIONS: HandWrittenOperations = Object.freeze({
  authentication: Object.freeze(Object.keys(handlers).sort()),
  management: Object.freeze(Object.keys(managementHandlers).sort()),
});
