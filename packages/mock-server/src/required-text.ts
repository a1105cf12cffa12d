import { fail, type Envelope } from "./envelope.js";

/**
 * The 400 envelope of a request field (`field`, e.g. `passwordPayload.password`) that must not be
 * empty but is, or undefined: sign-up, sign-in, password changes and the Management API's user
 * writes refuse an empty password alike; the user writes refuse an empty username too.
 */
export function emptyFailure(field: string, value: string): Envelope | undefined {
  return value.length === 0 ? fail(400, `${field} must not be empty`) : undefined;
}
