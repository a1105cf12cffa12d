// Which request fields hold secrets, read from the spec at generate time: every field whose name
// says code, secret, token, password, passcode, ticket, key, otp, captcha, credential or signature,
// except the names below, which hold identifiers, settings or public values. Each operation's
// entry in the table lists the secret fields its query and body can carry (at any depth), and the
// transport scrubs their values from every error the operation raises.
import { resolve } from "./spec.mjs";

/** Names that look secret. */
export const SECRET_LOOKING = /code|secret|token|passw|ticket|key|otp|captcha|credential|signature/i;

/** Secret-looking names that are not secrets, each for the reason given. */
export const NOT_SECRET = new Set([
  // Status and error codes of answers.
  "apiCode",
  "statusCode",
  // Places and dialling codes.
  "phoneCountryCode",
  "newPhoneCountryCode",
  "oldPhoneCountryCode",
  "country_code2",
  "country_code3",
  "continent_code",
  "region_code",
  "postal_code",
  "postalCode",
  // Identifiers of things in the user pool.
  "organizationCode",
  "resourceCode",
  "roleCode",
  "namespaceCode",
  "departmentCodePath",
  "pushCodeId",
  "qrcodeId",
  "credentialID",
  "credentialId",
  // PKCE's challenge is public by design (the verifier is the secret).
  "codeChallenge",
  "codeChallengeMethod",
  // Settings and flags.
  "codeType",
  "autoMergeQrCode",
  "isSnsCode",
  "keyword",
  "only_redirect_token",
  "token_type",
  "tokenExpiresIn",
  "passwordEncryptType",
  "passwordSecurityLevel",
  "passwordSet",
  "passwordLastSetAt",
  "resetPasswordOnNextLogin",
  "sendVerifyCodeMethod",
  "verifyCodeMaxErrCount",
  // Public keys and WebAuthn options that servers publish.
  "publicKey",
  "keys",
  "pubKeyCredParams",
  "allowCredentials",
  "excludeCredentials",
]);

/** Whether a field of this name holds a secret. */
export function isSecretField(name) {
  return SECRET_LOOKING.test(name) && !NOT_SECRET.has(name);
}

/** The secret fields an operation's query and body can carry, sorted. */
export function secretFieldsOf(spec, queryParams, body) {
  const found = new Set(queryParams.map((p) => p.name).filter(isSecretField));
  const seen = new Set();
  const walk = (node) => {
    const schema = resolve(spec, node);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (isSecretField(name)) found.add(name);
      walk(property);
    }
    for (const key of ["allOf", "anyOf", "oneOf"]) for (const inner of schema[key] ?? []) walk(inner);
    if (schema.items) walk(schema.items);
    if (typeof schema.additionalProperties === "object") walk(schema.additionalProperties);
  };
  if (body) walk(body.schema);
  return [...found].sort();
}
