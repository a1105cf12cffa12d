/** The country code of a phone number that comes without one, as GenAuth reads it: mainland China. */
export const DEFAULT_PHONE_COUNTRY_CODE = "+86";

/**
 * A country calling code in the form `+86`: the older forms `86`, `086` and `0086` (and `+86` sent
 * in a URL query unencoded, which arrives as ` 86`) read the same; absent or empty is
 * {@link DEFAULT_PHONE_COUNTRY_CODE}.
 */
export function normalizePhoneCountryCode(code: string | undefined): string {
  const digits = (code ?? "").trim().replace(/^\+/, "").replace(/^0+/, "");
  return digits === "" ? DEFAULT_PHONE_COUNTRY_CODE : `+${digits}`;
}
