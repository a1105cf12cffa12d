import type { UserRecord } from "../users.js";

/**
 * The OIDC standard claims of a mock user, as its ID token and userinfo carry them: `sub` is the
 * user ID; `email`, `phone_number` (with the country code), `name`, `nickname`,
 * `preferred_username` (the username) come from the user's record when it has them.
 */
export function userClaims(user: UserRecord): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: user.userId, updated_at: Math.floor(user.updatedAt / 1000) };
  const { name, nickname } = user.profile;
  if (typeof name === "string") claims.name = name;
  if (typeof nickname === "string") claims.nickname = nickname;
  if (user.username !== undefined) claims.preferred_username = user.username;
  if (user.email !== undefined) Object.assign(claims, { email: user.email, email_verified: user.emailVerified });
  if (user.phone !== undefined) {
    Object.assign(claims, { phone_number: `${user.phoneCountryCode ?? ""}${user.phone}`, phone_number_verified: user.phoneVerified });
  }
  return claims;
}

/** The login name CAS reports for a user: the username, else the email, phone or user ID. */
export function casUserName(user: UserRecord): string {
  return user.username ?? user.email ?? user.phone ?? user.userId;
}
