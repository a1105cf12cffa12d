import { GenAuthConfigError, type RequestOptions } from "@genauth/core";
import { clientCredentials } from "./client-auth.js";
import { revocationEndpoint } from "./endpoints.js";
import { requireString } from "./require-string.js";
import { tokenPathPrefix, type ProtocolContext } from "./settings.js";

/**
 * Revokes an access or refresh token (RFC 7009), authenticating with `revocationEndPointAuthMethod`.
 * Resolves to `true` when the server accepted; a refusal rejects with `GenAuthApiError` carrying
 * the server's `error` (the official SDK resolved `true` whatever the server said).
 */
export async function revokeToken(context: ProtocolContext, token: string, requestOptions: RequestOptions = {}): Promise<true> {
  requireString("token", token, "the access or refresh token to revoke");
  const { transport, settings } = context;
  const prefix = tokenPathPrefix(settings, "revokeToken");
  if (prefix === "/oauth" && settings.revocationEndPointAuthMethod === "client_secret_basic") {
    throw new GenAuthConfigError(
      "revocationEndPointAuthMethod",
      'GenAuth\'s OAuth 2.0 revocation endpoint does not take client_secret_basic: use "client_secret_post" or "none"',
    );
  }
  const endpoint = revocationEndpoint(prefix);
  const auth = clientCredentials(transport, settings.revocationEndPointAuthMethod, "revocationEndPointAuthMethod");
  await transport.request<string>(endpoint, { body: { token, ...auth.fields }, headers: auth.headers }, requestOptions);
  return true;
}
