import type { IncomingMessage, ServerResponse } from "node:http";
import type { AuthenticationClient } from "../authentication-client.js";
import { GenAuthRedirectCallbackError } from "../protocol/errors.js";
import type { LogoutParams, OIDCTokenResponse } from "../protocol/types.js";
import { readCookie, setCookie } from "./cookies.js";
import { openRedirectState, REDIRECT_COOKIE_LIFETIME, sealRedirectState } from "./redirect-cookie.js";

/** Options of `loginWithRedirect`. */
export interface LoginWithRedirectOptions {
  /** Space-separated scopes to ask for; defaults to the client's `scope` setting. */
  scope?: string;
  /** The `state` value to send; a random one is made when absent. Checked on the callback. */
  state?: string;
  /** The OIDC `nonce` to send; a random one is made when absent. Checked in the ID token. */
  nonce?: string;
  /** Callback URL for this login; defaults to the client's `redirectUri`. Must be registered with the app. */
  redirectUri?: string;
  /** Make the user sign in again even with a live session. */
  forced?: boolean;
}

/** What the redirect helpers need from the client: the protocol methods and the cookie settings. */
export interface RedirectLoginClient {
  readonly client: AuthenticationClient;
  readonly cookieKey: string;
  /** Resolves the secret that encrypts the login cookie. */
  cookieSecret(): string;
}

/**
 * Answers `res` with a 302 to the hosted login (OIDC with PKCE S256), keeping state, nonce and
 * code verifier in an encrypted, HttpOnly, SameSite=Lax cookie.
 */
export async function loginWithRedirect(flow: RedirectLoginClient, res: ServerResponse, options: LoginWithRedirectOptions = {}): Promise<void> {
  const codeVerifier = flow.client.generateCodeChallenge();
  const { url, state, nonce } = flow.client.buildAuthorizeUrl({ ...options, codeVerifier });
  const sealed = await sealRedirectState(flow.cookieSecret(), {
    state: state as string,
    nonce: nonce as string,
    codeVerifier,
    ...(options.redirectUri === undefined ? {} : { redirectUri: options.redirectUri }),
  });
  setCookie(res, flow.cookieKey, sealed, { maxAge: REDIRECT_COOKIE_LIFETIME, secure: url.startsWith("https:") });
  res.statusCode = 302;
  res.setHeader("location", url);
  res.end();
}

/**
 * Handles the callback request of a redirect login: checks `state` against the cookie (and
 * clears it), exchanges the code with the PKCE verifier, and verifies the ID token, its nonce
 * included.
 * @throws GenAuthRedirectCallbackError when the callback carries an error, no code, or a state
 *   that is not the cookie's; GenAuthTokenVerificationError when the ID token fails a check.
 */
export async function handleRedirectCallback(flow: RedirectLoginClient, req: IncomingMessage, res: ServerResponse): Promise<OIDCTokenResponse> {
  const query = new URL(req.url ?? "/", "http://callback.invalid").searchParams;
  const saved = await openRedirectState(flow.cookieSecret(), readCookie(req, flow.cookieKey));
  setCookie(res, flow.cookieKey, "", { maxAge: 0, secure: false });
  const error = query.get("error");
  if (error !== null) {
    const description = query.get("error_description");
    throw new GenAuthRedirectCallbackError("error", `the sign-in failed: ${error}${description ? ` (${description})` : ""}`, error);
  }
  const code = query.get("code");
  if (!code) throw new GenAuthRedirectCallbackError("missing-code", "the callback URL has no code query parameter");
  if (saved === undefined) {
    throw new GenAuthRedirectCallbackError(
      "missing-cookie",
      "the login cookie is missing, expired or not ours: start again with loginWithRedirect (and keep the same cookie secret)",
    );
  }
  if (query.get("state") !== saved.state) {
    throw new GenAuthRedirectCallbackError("state", "the callback's state is not the one of this browser's login: the request may be forged");
  }
  const tokens = await flow.client.getAccessTokenByCode(code, {
    codeVerifier: saved.codeVerifier,
    ...(saved.redirectUri === undefined ? {} : { redirectUri: saved.redirectUri }),
  });
  if (tokens.id_token !== undefined) await flow.client.parseIDToken(tokens.id_token, { nonce: saved.nonce });
  return tokens;
}

/** Answers `res` with a 302 to the logout URL (see `buildLogoutUrl`). */
export function logoutWithRedirect(flow: RedirectLoginClient, res: ServerResponse, options?: LogoutParams): void {
  res.statusCode = 302;
  res.setHeader("location", flow.client.buildLogoutUrl(options));
  res.end();
}
