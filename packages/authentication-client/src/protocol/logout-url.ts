import type { ProtocolContext } from "./settings.js";
import type { LogoutParams } from "./types.js";
import { optionsArgument } from "./options-argument.js";

/**
 * The front-channel logout URL: OIDC RP-initiated logout at `/oidc/session/end`, CAS logout, or
 * GenAuth's hosted logout page for the other protocols.
 */
export function buildLogoutUrl({ settings, transport }: ProtocolContext, given?: LogoutParams): string {
  const options = optionsArgument(given, "buildLogoutUrl");
  const redirectUri = options.redirectUri ?? settings.logoutRedirectUri;
  if (settings.protocol === "oidc") {
    const query = new URLSearchParams();
    if (options.idToken !== undefined) query.set("id_token_hint", options.idToken);
    else query.set("client_id", transport.appId);
    if (redirectUri !== undefined) {
      query.set("post_logout_redirect_uri", redirectUri);
      if (options.state !== undefined) query.set("state", options.state);
    }
    return `${transport.appHost}/oidc/session/end?${query}`;
  }
  if (settings.protocol === "cas") {
    return `${transport.appHost}/cas-idp/logout${redirectUri === undefined ? "" : `?${new URLSearchParams({ url: redirectUri })}`}`;
  }
  const query = redirectUri === undefined ? "" : `?${new URLSearchParams({ redirect_uri: redirectUri })}`;
  return `${transport.appHost}/login/profile/logout${query}`;
}
