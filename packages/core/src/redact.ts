/** What replaces a secret value wherever the SDK prints or keeps one. */
export const REDACTED = "[REDACTED]";

// Names whose values are credentials: app secrets, tokens, passwords, pass codes, OAuth codes,
// CAS tickets. Deliberately not every "*code" (statusCode, apiCode, countryCode are not secrets).
const SECRET_NAME =
  /secret|passw|token|ticket|authorization|cookie|assertion|pass_?code|verify_?code|recovery_?code|totp|^(code|otp|code_verifier)$/i;

/** Whether a field, header or query parameter of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * The URL with the values of secret-looking query parameters replaced by `[REDACTED]`, and any
 * user info (`user:pass@`) removed. A string that is not a URL is returned as it is.
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  const hasUserInfo = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url);
  if (queryStart === -1 && !hasUserInfo) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.username = "";
  parsed.password = "";
  for (const key of new Set(parsed.searchParams.keys())) {
    if (isSecretName(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/**
 * A deep copy of a JSON-like value in which every property whose name looks secret holds
 * `[REDACTED]` instead. Used for anything the SDK might print (debug output, mock server logs).
 */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = isSecretName(key) && inner !== undefined && inner !== null ? REDACTED : redactValue(inner);
  }
  return copy;
}
