/** What replaces a secret value wherever the SDK prints or keeps one. */
export const REDACTED = "[REDACTED]";

// Names whose values are credentials in every API: app secrets, tokens, passwords, pass codes,
// CAS tickets, PKCE verifiers. Deliberately not every "*code" (statusCode, apiCode, countryCode
// are not secrets), nor a bare `code`: the Authentication API's `code` is a credential (an
// authorization or verification code), the Management API's names a role or a resource, so each
// operation lists its own secret fields (`secretFields`, from the spec).
const SECRET_NAME = /secret|passw|token|ticket|authorization|cookie|assertion|pass_?code|verify_?code|recovery_?code|totp|^(otp|code_verifier)$/i;

// In a URL's query, `code` is OAuth's authorization code (a redirect callback's URL carries it).
const SECRET_URL_PARAM = /^code$/i;

/** Whether a field, header or query parameter of this name holds a secret in every API. */
function isSecretName(name: string): boolean {
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
    if (isSecretName(key) || SECRET_URL_PARAM.test(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/** `encodeURIComponent(text)`, or `undefined` for a text with a lone surrogate, which UTF-8 cannot carry. */
export function uriEncoded(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

// Shorter values are too likely to appear by chance ("1", "ok") to be worth scrubbing.
const MIN_SCRUBBED_LENGTH = 4;

// Names whose numbers are secrets too: a password or code given as a number is sent, and may be
// echoed, as its digits. Other secret-looking names hold settings when they hold numbers
// (`authingTokenExpiresIn`, `verifyCodeLength`).
const NUMERIC_SECRET_NAME = /passw(or)?d$|pass_?code|code$|otp$/i;

/**
 * The secret values a request carries: the given credentials plus every string held, anywhere in
 * `values` (body, query, headers), under a secret-looking name or one of `secretFields` (the
 * operation's, from the spec), and every number held under a password's or a code's name. Errors
 * about the request are scrubbed of them, in case a server or a `fetch` echoes one back.
 */
export function collectSecrets(credentials: readonly (string | undefined)[], secretFields: readonly string[], ...values: unknown[]): Set<string> {
  const secrets = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && value.length >= MIN_SCRUBBED_LENGTH) secrets.add(value);
  };
  credentials.forEach(add);
  const addField = (key: string, value: unknown) => {
    if (typeof value === "string") add(value);
    else if ((typeof value === "number" || typeof value === "bigint") && NUMERIC_SECRET_NAME.test(key)) add(String(value));
  };
  const walk = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== "object" || depth > 8) return;
    for (const [key, inner] of Object.entries(value)) {
      if (isSecretName(key) || secretFields.includes(key)) {
        if (Array.isArray(inner)) for (const item of inner) addField(key, item);
        else addField(key, inner);
      }
      walk(inner, depth + 1);
    }
  };
  for (const value of values) walk(value, 0);
  for (const secret of [...secrets]) {
    // `Basic base64(appId:secret)`, `Bearer token` and `authing accessKeyId:signature` travel too:
    // scrub the bare credential as well.
    const bare = secret.replace(/^(Basic|Bearer)\s+|^authing\s+[^:\s]*:/i, "");
    if (bare !== secret) add(bare);
  }
  // A server may echo a value as it arrived: URL- or form-encoded, or quoted in JSON text.
  for (const secret of [...secrets]) {
    add(uriEncoded(secret));
    add(new URLSearchParams({ s: secret }).toString().slice(2));
    jsonQuotings(secret).forEach(add);
  }
  return secrets;
}

/**
 * `text` as JSON writers quote it inside a string: JavaScript's escapes, and those of writers that
 * escape every non-ASCII character (`\u00fc` or `\u00FC`: Python's default, Jackson's option),
 * each also with `/` written `\/` (PHP's default).
 */
function jsonQuotings(text: string): string[] {
  const escaped = JSON.stringify(text).slice(1, -1);
  const ascii = escaped.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const forms = [escaped, ascii, ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`)];
  return [...forms, ...forms.map((form) => form.replaceAll("/", "\\/"))];
}

/**
 * `text` with every occurrence of each secret replaced by `[REDACTED]`.
 *
 * @internal
 */
export function scrubSecrets(text: string, secrets: ReadonlySet<string>): string {
  let scrubbed = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join(REDACTED);
  }
  return scrubbed;
}

const CAUSE_FIELDS = ["code", "errno", "syscall", "address", "port"] as const;
const MAX_CAUSE_DEPTH = 4;

/**
 * A safe stand-in for an error's `cause`: a plain `Error` with the original's name, scrubbed
 * message and stack, and a few diagnostic fields (`code`, `errno`, `syscall`…), and a cause of its
 * own made the same way. Anything else the original carried — a `Request` with its headers and
 * body, a socket, a response — is left behind, so printing the error cannot show it.
 *
 * @internal
 */
export function safeCause(cause: unknown, secrets: ReadonlySet<string>, depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  const source = cause as { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown };
  const isErrorLike = typeof cause === "object" && typeof source.message === "string";
  const message = scrubSecrets(isErrorLike ? (source.message as string) : describeNonError(cause), secrets);
  const inner = isErrorLike ? safeCause(source.cause, secrets, depth + 1) : undefined;
  const copy = new Error(message, inner === undefined ? undefined : { cause: inner });
  if (isErrorLike && typeof source.name === "string") copy.name = source.name;
  copy.stack = isErrorLike && typeof source.stack === "string" ? scrubSecrets(source.stack, secrets) : `${copy.name}: ${message}`;
  if (isErrorLike) {
    const fields = copy as unknown as Record<string, unknown>;
    for (const field of CAUSE_FIELDS) {
      const value = (cause as Record<string, unknown>)[field];
      if (typeof value === "string") fields[field] = scrubSecrets(value, secrets);
      else if (typeof value === "number") fields[field] = value;
    }
  }
  return copy;
}

function describeNonError(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return `a thrown ${typeof value === "object" ? "object" : typeof value}`;
}
