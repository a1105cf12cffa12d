import { badEmailFailure } from "../email-address.js";
import { fail, type Envelope } from "../envelope.js";
import { badPhoneFailure } from "../phone-number.js";
import { emptyFailure } from "../required-text.js";

/** The identifiers and password of a `createUser` or `updateUser` request (or an entry of their batches). */
export interface UserCredentialsInput {
  username?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  password?: string;
}

/**
 * Whether a user identifier (username, email, phone, external ID) names anyone: `""` and `null`
 * do not, so a user without one neither needs one nor takes the empty value from other users.
 */
export function isIdentifier(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/**
 * The 400 envelope of a user write with a malformed email (as sign-up and `sendEmail` refuse it), an
 * empty password (as sign-up and `updatePassword` refuse it), a phone that is no phone number or an
 * empty username (checks of the Management API's own: sign-up checks neither), or of a new user
 * (`creating`) with no username, email, phone or external ID to find them by; undefined otherwise.
 * `where` prefixes the field names, e.g. `list[2].`.
 */
export function badCredentials(input: UserCredentialsInput, where: string, creating: boolean): Envelope | undefined {
  const problem =
    (input.username === undefined ? undefined : emptyFailure(`${where}username`, input.username)) ??
    (input.email === undefined ? undefined : badEmailFailure(`${where}email`, input.email)) ??
    (input.phone === undefined ? undefined : badPhoneFailure(`${where}phone`, input.phone)) ??
    (input.password === undefined ? undefined : emptyFailure(`${where}password`, input.password));
  if (problem || !creating) return problem;
  if (![input.username, input.email, input.phone, input.externalId].some(isIdentifier)) {
    return fail(400, `${where || "the user "}needs a username, email, phone or externalId: a user without one can neither sign in nor be found`);
  }
  return undefined;
}
