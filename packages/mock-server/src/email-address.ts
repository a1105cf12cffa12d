/**
 * Whether `value` has the shape of an email address: a local part, `@`, and a domain of at least
 * two labels, without spaces. Deliverability is not the mock's business; a shape check catches the
 * mix-ups tests make (a username or a phone number in the email field).
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}
