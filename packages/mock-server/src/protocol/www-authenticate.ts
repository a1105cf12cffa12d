/**
 * A `WWW-Authenticate` challenge (RFC 9110 §11.6.1): the scheme, then each parameter as a quoted
 * string, e.g. `Basic realm="http://127.0.0.1:3000/oidc", error="invalid_client"`. Libraries such as
 * openid-client read the error from these parameters without reading the body, so they carry the
 * same `error` and `error_description` as the body.
 *
 * @param scheme - `Basic` for client authentication (RFC 6749 §5.2), `Bearer` for a resource (RFC 6750 §3).
 * @param parameters - the parameters in order; `realm` first, by convention.
 */
export function challenge(scheme: "Basic" | "Bearer", parameters: Record<string, string>): string {
  const quoted = Object.entries(parameters).map(([name, value]) => `${name}="${quotedText(value)}"`);
  return quoted.length === 0 ? scheme : `${scheme} ${quoted.join(", ")}`;
}

/**
 * `text` as the inside of a quoted string: `"` and `\` escaped (RFC 9110 §5.6.4), and anything
 * outside printable ASCII replaced, since RFC 6749 §5.2 keeps `error_description` to it and a
 * header carries no other character reliably.
 */
function quotedText(text: string): string {
  return text
    .replace(/§/g, "section ")
    .replace(/[^\x20-\x7e]/g, "?")
    .replace(/["\\]/g, "\\$&");
}
