// The official SDK's redirect helpers on a plain Node.js server. State, nonce and PKCE verifier
// travel in an encrypted cookie; the callback checks them and verifies the ID token.
import { createServer } from "node:http";
import { AuthenticationClient } from "@genauth/authentication-client";

const client = new AuthenticationClient({
  appId: "GEN_AUTH_APP_ID",
  appSecret: "GEN_AUTH_APP_SECRET", // also keys the login cookie, unless you pass cookieSecret
  appHost: "https://my-app.genauth.ai",
  redirectUri: "http://localhost:3000/callback",
  logoutRedirectUri: "http://localhost:3000/",
});

export const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  // Every helper rejects with a typed error (a bad callback, a misconfigured client): answer it
  // rather than leave the rejection unhandled.
  try {
    if (pathname === "/login") return await client.loginWithRedirect(res);
    if (pathname === "/logout") return await client.logoutWithRedirect(res);
    if (pathname === "/callback") {
      const tokens = await client.handleRedirectCallback(req, res);
      res.end(`signed in; access token expires in ${tokens.expires_in} s`);
      return;
    }
    res.end('<a href="/login">sign in</a>');
  } catch (error) {
    res.statusCode = pathname === "/callback" ? 400 : 500;
    res.end(`${pathname === "/callback" ? "sign-in refused" : "failed"}: ${(error as Error).message}`);
  }
});
