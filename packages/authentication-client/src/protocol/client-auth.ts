import { GenAuthConfigError, type ClientAuthMethod, type Transport } from "@genauth/core";

/** The form fields and headers that authenticate the application to a protocol endpoint. */
export interface ClientCredentials {
  fields: Record<string, string>;
  headers: Record<string, string>;
}

/** The options that choose each endpoint's client authentication. */
type AuthMethodOption = "tokenEndPointAuthMethod" | "introspectionEndPointAuthMethod" | "revocationEndPointAuthMethod";

/**
 * Client authentication for one endpoint, following that endpoint's own method:
 * `client_secret_post` puts `client_id` and `client_secret` in the form, `client_secret_basic`
 * sends `authorization: Basic …` (which the transport keeps over the user token), `none` sends
 * `client_id` only.
 * @param option - the client option the method comes from, named when the app secret is missing.
 * @throws GenAuthConfigError when the method needs the app secret and the client has none.
 */
export function clientCredentials(transport: Transport, method: ClientAuthMethod, option: AuthMethodOption): ClientCredentials {
  if (method !== "none" && !transport.hasAppSecret) {
    throw new GenAuthConfigError(
      "appSecret",
      `appSecret is required for ${option} "${method}": pass appSecret in the client options, or, for a public client that cannot keep a secret (a browser app, with PKCE), set ${option} to "none"`,
    );
  }
  switch (method) {
    case "client_secret_basic":
      return { fields: {}, headers: { authorization: transport.basicAuthorization() } };
    case "none":
      return { fields: { client_id: transport.appId }, headers: {} };
    case "client_secret_post":
      return { fields: { client_id: transport.appId, client_secret: transport.clientSecret() }, headers: {} };
  }
}
