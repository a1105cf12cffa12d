import { AuthenticationClient } from "@genauth/authentication-client";

/** An ID token of the mock's OIDC code flow and the nonce it carries. */
export interface IdTokenGrant {
  idToken: string;
  nonce: string;
}

/**
 * Signs the mock's first user in through `/oidc/auth` (it answers at once with a redirect carrying
 * the code) and exchanges the code with PKCE at `/oidc/token`, here in Node, so that each runtime
 * only has to verify the token: signature against the JWKS, `iss`, `aud`, `exp`, nonce.
 */
export async function idTokenFromMock(appHost: string, app: { appId: string; appSecret: string }): Promise<IdTokenGrant> {
  const client = new AuthenticationClient({ ...app, appHost, redirectUri: "http://127.0.0.1:9/callback" });
  const codeVerifier = client.generateCodeChallenge();
  const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope: "openid profile" });
  const response = await fetch(url, { redirect: "manual" });
  const callback = new URL(response.headers.get("location") ?? "http://invalid/").searchParams;
  if (response.status !== 302 || callback.get("state") !== state) throw new Error(`/oidc/auth answered ${response.status} ${response.headers.get("location")}`);
  const tokens = await client.getAccessTokenByCode(callback.get("code") ?? "", { codeVerifier });
  if (!tokens.id_token || !nonce) throw new Error("the code flow gave no ID token");
  return { idToken: tokens.id_token, nonce };
}
