import type { Answer, OAuthErrorBody } from "./answer.js";

/**
 * A `WWW-Authenticate` challenge (RFC 9110 §11.6.1): the scheme, then each parameter as a quoted
 * string, e.g. `Basic realm="http://127.0.0.1:3000/oidc", error="invalid_client"`. The values are
 * the issuer, error codes and descriptions `oauthError` has already cleaned, which hold no
 * `"` or `\`, so quoting them changes nothing inside the quotes.
 *
 * @param scheme - `Basic` for client authentication (RFC 6749 §5.2), `Bearer` for a resource (RFC 6750 §3).
 * @param parameters - the parameters in order; `realm` first, by convention.
 */
export function challenge(scheme: "Basic" | "Bearer", parameters: Record<string, string>): string {
  const quoted = Object.entries(parameters).map(([name, value]) => `${name}="${value}"`);
  return quoted.length === 0 ? scheme : `${scheme} ${quoted.join(", ")}`;
}

/**
 * `answer`, an `oauthError` answer, with the challenge oidc-provider sends beside it: `realm`, then
 * the body's `error` and `error_description`. Libraries such as openid-client read the error from
 * the challenge without reading the body, so both say the same, character for character.
 *
 * @param answer - an OAuth error answer.
 * @param scheme - `Basic` for client authentication, `Bearer` for a resource.
 * @param realm - the issuer.
 */
export function withChallenge(answer: Answer, scheme: "Basic" | "Bearer", realm: string): Answer {
  const { error, error_description } = answer.body as OAuthErrorBody;
  const header = challenge(scheme, { realm, error, error_description });
  return { ...answer, headers: { ...answer.headers, "www-authenticate": header } };
}
