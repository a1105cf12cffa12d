// Which request fields hold secrets, read from the spec at generate time: every field whose name
// says code, secret, token, password, passcode, ticket, key, otp, captcha, credential or signature
// and whose value can be text, except the names below (identifiers, settings or public values in
// every API) and those the API's configuration adds (`publicNames` in scripts/lib/clients.mjs: in
// the Management API, `code` names a role, a group or a resource). An object under such a name is
// not itself a secret: its own fields are looked at in turn. Each operation's entry in the table
// lists the secret fields its query and body can carry (at any depth), and the transport scrubs
// their values from every error the operation raises.
import { resolve } from "./spec.mjs";

/** Names that look secret. */
export const SECRET_LOOKING = /code|secret|token|passw|ticket|key|otp|captcha|credential|signature/i;

/** Secret-looking names that are not secrets, each for the reason given. */
export const NOT_SECRET = new Set([
  // Status codes of answers.
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
  // Settings.
  "codeType",
  "keyword",
  "only_redirect_token",
  "token_type",
  "passwordEncryptType",
  "passwordLastSetAt",
  "sendVerifyCodeMethod",
  // A public key, which servers publish.
  "publicKey",
]);

/**
 * Whether a value of this schema can be text: a string, an array of them, or a schema that does
 * not say. Only text is scrubbed from errors (an object under a secret-looking name is walked for
 * its own fields instead).
 */
function holdsText(spec, node) {
  const schema = resolve(spec, node);
  const types = [schema?.type].flat().filter((type) => type !== undefined && type !== "null");
  if (types.length === 0 || types.includes("string")) return true;
  return types.includes("array") && holdsText(spec, schema.items);
}

/**
 * Whether a field of this name and schema holds a secret, in an API whose own non-secret names
 * are `publicNames`.
 */
export function isSecretField(spec, name, schema, publicNames = []) {
  return SECRET_LOOKING.test(name) && !NOT_SECRET.has(name) && !publicNames.includes(name) && holdsText(spec, schema);
}

/** The secret fields an operation's query and body can carry, sorted; `publicNames` as for {@link isSecretField}. */
export function secretFieldsOf(spec, queryParams, body, publicNames = []) {
  const found = new Set(queryParams.filter((p) => isSecretField(spec, p.name, p.schema, publicNames)).map((p) => p.name));
  const seen = new Set();
  const walk = (node) => {
    const schema = resolve(spec, node);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (isSecretField(spec, name, property, publicNames)) found.add(name);
      walk(property);
    }
    for (const key of ["allOf", "anyOf", "oneOf"]) for (const inner of schema[key] ?? []) walk(inner);
    if (schema.items) walk(schema.items);
    if (typeof schema.additionalProperties === "object") walk(schema.additionalProperties);
  };
  if (body) walk(body.schema);
  return [...found].sort();
}
