import type { UserRecord } from "../users.js";
import { normalizePhoneCountryCode } from "../phone-country-code.js";

/** The scopes that grant standard claims (OIDC Core §5.4), and the claims each grants. */
export const SCOPE_CLAIMS = {
  profile: ["name", "nickname", "preferred_username", "picture", "gender", "birthdate", "updated_at"],
  email: ["email", "email_verified"],
  phone: ["phone_number", "phone_number_verified"],
  address: ["address"],
} as const;

/** Every scope that grants claims: what CAS, which has no scopes, reports. */
const EVERY_CLAIM_SCOPE = Object.keys(SCOPE_CLAIMS).join(" ");

/**
 * The OIDC standard claims of a mock user that `scope` grants, as its ID token and userinfo carry
 * them (OIDC Core §5.4): always `sub` (the user ID); with `profile`, `name`, `nickname`,
 * `preferred_username` (the username), `picture` (the profile's `photo`), `gender`, `birthdate`
 * and `updated_at`; with `email`, `email` and `email_verified`; with `phone`, `phone_number` (with
 * the country code) and `phone_number_verified`; with `address`, `address` from the profile's
 * address fields. A claim the user's record lacks is left out.
 *
 * @param user - the user the claims describe.
 * @param scope - the space-separated scopes granted.
 */
export function userClaims(user: UserRecord, scope: string): Record<string, unknown> {
  const scopes = new Set(scope.split(" "));
  const claims: Record<string, unknown> = { sub: user.userId };
  if (scopes.has("profile")) Object.assign(claims, profileClaims(user));
  if (scopes.has("email") && user.email !== undefined) Object.assign(claims, { email: user.email, email_verified: user.emailVerified });
  if (scopes.has("phone") && user.phone !== undefined) {
    Object.assign(claims, { phone_number: `${normalizePhoneCountryCode(user.phoneCountryCode)}${user.phone}`, phone_number_verified: user.phoneVerified });
  }
  const address = addressClaim(user);
  if (scopes.has("address") && address !== undefined) claims.address = address;
  return claims;
}

/** Every standard claim of a user, whatever the scope: CAS attributes. */
export function allUserClaims(user: UserRecord): Record<string, unknown> {
  return userClaims(user, EVERY_CLAIM_SCOPE);
}

function profileClaims(user: UserRecord): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  const fields = { name: "name", nickname: "nickname", picture: "photo", gender: "gender", birthdate: "birthdate" } as const;
  for (const [claim, field] of Object.entries(fields)) {
    const value = user.profile[field];
    if (typeof value === "string" && value !== "") claims[claim] = value;
  }
  if (user.username !== undefined) claims.preferred_username = user.username;
  claims.updated_at = Math.floor(user.updatedAt / 1000);
  return claims;
}

/** The `address` claim (OIDC Core §5.1.1) of the profile's address fields, or undefined when it has none. */
function addressClaim(user: UserRecord): Record<string, string> | undefined {
  const fields = { formatted: "address", street_address: "streetAddress", locality: "city", region: "province", postal_code: "postalCode", country: "country" };
  const address: Record<string, string> = {};
  for (const [claim, field] of Object.entries(fields)) {
    const value = user.profile[field];
    if (typeof value === "string" && value !== "") address[claim] = value;
  }
  return Object.keys(address).length === 0 ? undefined : address;
}

/** The login name CAS reports for a user: the username, else the email, phone or user ID. */
export function casUserName(user: UserRecord): string {
  return user.username ?? user.email ?? user.phone ?? user.userId;
}
