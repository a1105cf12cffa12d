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

/** Whether two phone numbers are the same line: the same number in the same country (`+86` when a side has none). */
export function samePhone(a: { phone: string; phoneCountryCode?: string | undefined }, b: { phone: string; phoneCountryCode?: string | undefined }): boolean {
  return a.phone === b.phone && normalizePhoneCountryCode(a.phoneCountryCode) === normalizePhoneCountryCode(b.phoneCountryCode);
}
