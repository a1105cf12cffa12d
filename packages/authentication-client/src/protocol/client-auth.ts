import type { ClientAuthMethod, Transport } from "@genauth/core";

/** The form fields and headers that authenticate the application to a protocol endpoint. */
export interface ClientCredentials {
  fields: Record<string, string>;
  headers: Record<string, string>;
}

/**
 * Client authentication for one endpoint, following that endpoint's own method:
 * `client_secret_post` puts `client_id` and `client_secret` in the form, `client_secret_basic`
 * sends `authorization: Basic …` (which the transport keeps over the user token), `none` sends
 * `client_id` only.
 * @throws GenAuthConfigError when the method needs the app secret and the client has none.
 */
export function clientCredentials(transport: Transport, method: ClientAuthMethod): ClientCredentials {
  switch (method) {
    case "client_secret_basic":
      return { fields: {}, headers: { authorization: transport.basicAuthorization() } };
    case "none":
      return { fields: { client_id: transport.appId }, headers: {} };
    case "client_secret_post":
      return { fields: { client_id: transport.appId, client_secret: transport.clientSecret() }, headers: {} };
  }
}
