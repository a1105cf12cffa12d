import { fail, type Envelope } from "./envelope.js";

/**
 * Whether `value` has the shape of a phone number: digits only (3 to 20), a leading `+` allowed
 * for a number written in full. Whether it is a real line is not the mock's business; a shape
 * check catches the mix-ups tests make (an email or a name in the phone field).
 */
export function isPhoneNumber(value: string): boolean {
  return /^\+?\d{3,20}$/.test(value);
}

/** The 400 envelope of a request field (`field`, e.g. `phone`) whose `phone` is no phone number, or undefined when it is one. */
export function badPhoneFailure(field: string, phone: string): Envelope | undefined {
  if (isPhoneNumber(phone)) return undefined;
  return fail(400, `${field} ${JSON.stringify(phone)} is not a phone number: send its digits, such as 13800000000, and the country code in phoneCountryCode`);
}
