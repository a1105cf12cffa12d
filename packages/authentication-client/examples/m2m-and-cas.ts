// Machine-to-machine tokens, local access-token checks, and CAS ticket validation.
import { AuthenticationClient } from "@genauth/authentication-client";

const client = new AuthenticationClient({
  appId: "GEN_AUTH_APP_ID",
  appSecret: "GEN_AUTH_APP_SECRET",
  appHost: "https://my-app.genauth.ai",
});

export async function callApi() {
  const { access_token } = await client.getAccessTokenByClientCredentials("order:read", {
    accessKey: "PROGRAMMATIC_ACCESS_KEY",
    accessSecret: "PROGRAMMATIC_ACCESS_SECRET",
  });
  // In the API: verify signature, iss, aud and expiry locally (the JWKS is fetched once and cached).
  const claims = await client.parseAccessToken(access_token);
  return claims.scope;
}

export async function casService(ticket: string) {
  const cas = new AuthenticationClient({ appId: "GEN_AUTH_APP_ID", appHost: "https://my-app.genauth.ai", protocol: "cas" });
  const loginUrl = cas.buildAuthorizeUrl({ service: "https://my.app/cas" }).url;
  const v1 = await cas.validateTicketV1(ticket, "https://my.app/cas"); // { valid, username? }
  const v2 = await cas.validateTicketV2(ticket, "https://my.app/cas", "JSON");
  return { loginUrl, v1, v2 };
}
