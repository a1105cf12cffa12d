// A single-page app signing in with the authorization code flow and PKCE, as a public client: the
// browser holds no app secret, so every protocol endpoint is called with `client_id` alone
// ("none"). The app in GenAuth must allow it: token endpoint authentication "none", the page's
// origin among its CORS origins, the callback among its redirect URIs.
import { AuthenticationClient, GenAuthApiError } from "@genauth/authentication-client";

const client = new AuthenticationClient({
  appId: "GEN_AUTH_APP_ID",
  appHost: "https://my-app.genauth.ai",
  redirectUri: `${location.origin}/callback`,
  tokenEndPointAuthMethod: "none",
  introspectionEndPointAuthMethod: "none",
  revocationEndPointAuthMethod: "none",
});

const PENDING = "genauth-login";
const RESTARTED = "genauth-login-restarted";

// 1. Keep the verifier, state and nonce for the page the user comes back to, then leave.
export function startLogin(): void {
  const codeVerifier = client.generateCodeChallenge();
  const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope: "openid profile offline_access" });
  sessionStorage.setItem(PENDING, JSON.stringify({ codeVerifier, state, nonce }));
  location.assign(url);
}

// 2. On /callback: the state first, then the provider's error (the user cancelled or was
//    refused), and only then the code.
export async function finishLogin(): Promise<{ accessToken: string; refreshToken?: string; idToken: string; user: string } | undefined> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null") as { codeVerifier: string; state: string; nonce: string } | null;
  sessionStorage.removeItem(PENDING);
  const query = new URLSearchParams(location.search);
  if (pending === null || query.get("state") !== pending.state) throw new Error("no sign-in of this page is pending");
  const error = query.get("error");
  if (error !== null) throw new Error(`sign-in did not complete: ${error}`);
  try {
    const tokens = await client.getAccessTokenByCode(query.get("code") ?? "", { codeVerifier: pending.codeVerifier });
    const idToken = tokens.id_token ?? "";
    const claims = await client.parseIDToken(idToken, { nonce: pending.nonce });
    sessionStorage.removeItem(RESTARTED);
    return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, idToken, user: claims.sub };
  } catch (failure) {
    // A used or expired code (a reload of the callback page): start again, once.
    if (failure instanceof GenAuthApiError && failure.error === "invalid_grant" && sessionStorage.getItem(RESTARTED) === null) {
      sessionStorage.setItem(RESTARTED, "1");
      startLogin();
      return undefined;
    }
    throw failure;
  }
}

// 3. Later: new tokens from the refresh token, and signing out, still without a secret.
export async function refresh(refreshToken: string): Promise<string> {
  return (await client.getNewAccessTokenByRefreshToken(refreshToken)).access_token;
}

export async function signOut(refreshToken: string, idToken: string): Promise<void> {
  await client.revokeToken(refreshToken);
  location.assign(client.buildLogoutUrl({ idToken, redirectUri: `${location.origin}/` }));
}
