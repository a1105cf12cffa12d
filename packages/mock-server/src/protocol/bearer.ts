/**
 * What an `Authorization` header says of a bearer token: none (no header), a token, or a header
 * that carries none usable (another scheme, or `Bearer` without a token), which RFC 6750 §3.1
 * answers with `invalid_request` where a request without a header gets no error code.
 */
export type BearerCredentials = { kind: "absent" } | { kind: "token"; token: string } | { kind: "malformed" };

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), or whether the header is
 * absent or malformed. The scheme name is case-insensitive (RFC 9110 §11.1), so `bearer` and
 * `BEARER` count too.
 */
export function bearerCredentials(authorization: string | undefined): BearerCredentials {
  if (authorization === undefined) return { kind: "absent" };
  const match = /^bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] === undefined ? { kind: "malformed" } : { kind: "token", token: match[1] };
}
