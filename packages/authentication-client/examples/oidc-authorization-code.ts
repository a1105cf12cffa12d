// Authorization code flow with PKCE, by hand: build the URL, keep the verifier, state and nonce
// (in your session store), exchange the code on return, verify the ID token.
import { AuthenticationClient, GenAuthTokenVerificationError } from "@genauth/authentication-client";

const client = new AuthenticationClient({
  appId: "GEN_AUTH_APP_ID",
  appSecret: "GEN_AUTH_APP_SECRET",
  appHost: "https://my-app.genauth.ai",
  redirectUri: "https://my.app/callback",
});

// 1. Send the browser to the hosted login.
export function startLogin(): { url: string; pending: { codeVerifier: string; state: string; nonce: string } } {
  const codeVerifier = client.generateCodeChallenge();
  const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope: "openid profile email offline_access" });
  return { url, pending: { codeVerifier, state: state as string, nonce: nonce as string } };
}

// 2. On GET /callback?code=…&state=…: check the state, exchange the code, verify the ID token.
export async function finishLogin(callbackUrl: string, pending: { codeVerifier: string; state: string; nonce: string }) {
  const query = new URL(callbackUrl).searchParams;
  if (query.get("state") !== pending.state) throw new Error("state mismatch");
  // The user cancelled or was refused: the provider sends an error instead of a code.
  const error = query.get("error");
  if (error !== null) throw new Error(`sign-in did not complete: ${error}`);
  const tokens = await client.getAccessTokenByCode(query.get("code") ?? "", { codeVerifier: pending.codeVerifier });
  try {
    const claims = await client.parseIDToken(tokens.id_token ?? "", { nonce: pending.nonce });
    return { tokens, user: claims.sub };
  } catch (error) {
    if (error instanceof GenAuthTokenVerificationError) console.error(`ID token refused: ${error.check} check failed`);
    throw error;
  }
}

// 3. Later: refresh, read the profile, check or revoke tokens, log out.
export async function later(refreshToken: string, idToken: string) {
  const tokens = await client.getNewAccessTokenByRefreshToken(refreshToken);
  const profile = await client.getUserInfoByAccessToken(tokens.access_token); // Authorization: Bearer
  const { active } = await client.introspectToken(tokens.access_token);
  await client.revokeToken(tokens.access_token); // rejects with GenAuthApiError if the server refuses
  const logoutUrl = client.buildLogoutUrl({ idToken, redirectUri: "https://my.app/" });
  return { profile, active, logoutUrl };
}
