/** The country code of a phone number that comes without one, as GenAuth reads it: mainland China. */
export const DEFAULT_PHONE_COUNTRY_CODE = "+86";

/**
 * A country calling code in the form `+86`: the older forms `86`, `086` and `0086` (and `+86` sent
 * in a URL query unencoded, which arrives as ` 86`) read the same; absent or empty is
 * {@link DEFAULT_PHONE_COUNTRY_CODE}. Anything else (`0`, `+ 86`, letters) is no country code and
 * stays as it came, so that it matches only itself.
 */
export function normalizePhoneCountryCode(code: string | undefined): string {
  const trimmed = (code ?? "").trim();
  if (trimmed === "") return DEFAULT_PHONE_COUNTRY_CODE;
  const digits = /^\+?0*([1-9][0-9]{0,3})$/.exec(trimmed)?.[1];
  return digits === undefined ? trimmed : `+${digits}`;
}

/** Whether `code` is a country calling code in a form {@link normalizePhoneCountryCode} reads (`+86`, `86`, `0086`). */
export function isPhoneCountryCode(code: string): boolean {
  return normalizePhoneCountryCode(code).startsWith("+");
}

/** A phone number and the country code it came with, if any. */
export interface PhoneLine {
  /** The number: without country code, or in full (`+12025550100`) when no country code is given. */
  phone: string;
  /** The country calling code, in any form {@link normalizePhoneCountryCode} reads. */
  phoneCountryCode?: string | undefined;
}

/**
 * The number in full, country code first (`+8613800000001`): a number given without a country
 * code is `+86`'s, unless it is written in full itself (`+12025550100`), as a lookup that has no
 * country code field (password sign-in, `userIdType` `phone`) may give it.
 */
export function fullPhoneNumber({ phone, phoneCountryCode }: PhoneLine): string {
  if (phoneCountryCode === undefined && phone.startsWith("+")) return phone;
  return `${normalizePhoneCountryCode(phoneCountryCode)}${phone}`;
}

/** Whether two phone numbers are the same line: the same number in the same country. */
export function samePhone(a: PhoneLine, b: PhoneLine): boolean {
  return fullPhoneNumber(a) === fullPhoneNumber(b);
}
