import { GenAuthConfigError } from "@genauth/core";

/**
 * A `maxAge` option (of `buildAuthorizeUrl` and `parseIDToken`): whole seconds since the user
 * last signed in, or left out.
 * @throws GenAuthConfigError naming `maxAge`.
 */
export function checkMaxAge(maxAge: unknown): number | undefined {
  if (maxAge === undefined) return undefined;
  // OIDC's max_age is whole seconds; the authorize URL sends it as it is given.
  if (typeof maxAge !== "number" || !Number.isInteger(maxAge) || maxAge < 0) {
    throw new GenAuthConfigError("maxAge", `maxAge must be a whole number of seconds >= 0, e.g. 3600, got ${JSON.stringify(maxAge)}`);
  }
  return maxAge;
}
