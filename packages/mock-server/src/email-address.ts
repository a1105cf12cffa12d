import { fail, type Envelope } from "./envelope.js";

/**
 * Whether `value` has the shape of an email address: a local part, `@`, and a domain of at least
 * two labels, without spaces. Deliverability is not the mock's business; a shape check catches the
 * mix-ups tests make (a username or a phone number in the email field).
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/**
 * The 400 envelope of a request field (`field`, e.g. `passCodePayload.email`) whose `email` is not
 * an email address, or undefined when it is one: sign-up and `sendEmail` refuse the same addresses.
 */
export function badEmailFailure(field: string, email: string): Envelope | undefined {
  if (isEmailAddress(email)) return undefined;
  return fail(400, `${field} ${JSON.stringify(email)} is not an email address: send one such as ann@example.com`);
}
