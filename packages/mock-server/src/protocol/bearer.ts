/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), or undefined when the
 * header is absent or uses another scheme. The scheme name is case-insensitive (RFC 9110 §11.1),
 * so `bearer` and `BEARER` count too.
 */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  return match?.[1];
}
