import type { IncomingMessage, ServerResponse } from "node:http";
import { GenAuthConfigError } from "@genauth/core";
import type { AuthenticationClient } from "../authentication-client.js";
import { GenAuthRedirectCallbackError } from "../protocol/errors.js";
import type { LogoutParams, OIDCTokenResponse } from "../protocol/types.js";
import { readCallbackParams } from "./callback-params.js";
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
  /**
   * How the provider sends the result back (`OidcParams.responseMode`; an addition to the official
   * options): `query` (default, a GET with the code in the URL) or `form_post` (a POST of a form,
   * which keeps the code out of URLs and logs). `fragment` is refused: it never reaches a server.
   */
  responseMode?: "query" | "form_post";
}

const RESPONSE_MODES = ["query", "form_post"];

/** What the redirect helpers need from the client: the protocol methods and the cookie settings. */
export interface RedirectLoginClient {
  readonly client: AuthenticationClient;
  readonly cookieKey: string;
  /** Resolves the secret that encrypts the login cookie. */
  cookieSecret(): string;
}

/**
 * Answers `res` with a 302 to the hosted login (OIDC with PKCE S256), keeping state, nonce and
 * code verifier in an encrypted, HttpOnly cookie: SameSite=Lax, or SameSite=None; Secure for
 * `responseMode: "form_post"`, whose callback is a cross-site POST that a Lax cookie would miss.
 * @throws GenAuthConfigError for a `responseMode` other than `query` or `form_post`.
 */
export async function loginWithRedirect(flow: RedirectLoginClient, res: ServerResponse, options: LoginWithRedirectOptions = {}): Promise<void> {
  const mode = options.responseMode;
  if (mode !== undefined && !RESPONSE_MODES.includes(mode)) {
    throw new GenAuthConfigError(
      "responseMode",
      `responseMode of loginWithRedirect must be "query" or "form_post", not ${JSON.stringify(mode)}: a fragment never reaches the server's callback`,
    );
  }
  const codeVerifier = flow.client.generateCodeChallenge();
  const { url, state, nonce } = flow.client.buildAuthorizeUrl({ ...options, codeVerifier });
  const sealed = await sealRedirectState(flow.cookieSecret(), {
    state: state as string,
    nonce: nonce as string,
    codeVerifier,
    ...(options.redirectUri === undefined ? {} : { redirectUri: options.redirectUri }),
    ...(mode === "form_post" ? { responseMode: mode } : {}),
  });
  setCookie(res, flow.cookieKey, sealed, {
    maxAge: REDIRECT_COOKIE_LIFETIME,
    secure: url.startsWith("https:"),
    sameSite: mode === "form_post" ? "None" : "Lax",
  });
  res.statusCode = 302;
  res.setHeader("location", url);
  res.end();
}

/**
 * Handles the callback request of a redirect login — a GET with the result in its query, or a
 * POST of a URL-encoded form (`response_mode=form_post`) —: checks `state` against the cookie
 * (and clears it), exchanges the code with the PKCE verifier, and verifies the ID token, its nonce
 * included.
 * @throws GenAuthRedirectCallbackError when the callback carries an error, no code, a state that
 *   is not the cookie's, an unusable POST body, or comes by another method than its login asked for; GenAuthTokenVerificationError when the ID token
 *   fails a check.
 */
export async function handleRedirectCallback(flow: RedirectLoginClient, req: IncomingMessage, res: ServerResponse): Promise<OIDCTokenResponse> {
  const saved = await openRedirectState(flow.cookieSecret(), readCookie(req, flow.cookieKey));
  setCookie(res, flow.cookieKey, "", { maxAge: 0, secure: false });
  const query = await readCallbackParams(req);
  const error = query.get("error");
  if (error !== null) {
    const description = query.get("error_description");
    throw new GenAuthRedirectCallbackError("error", `the sign-in failed: ${error}${description ? ` (${description})` : ""}`, error);
  }
  const code = query.get("code");
  if (!code) throw new GenAuthRedirectCallbackError("missing-code", "the callback has no code parameter");
  if (saved === undefined) {
    throw new GenAuthRedirectCallbackError(
      "missing-cookie",
      "the login cookie is missing, expired or not ours: start again with loginWithRedirect (and keep the same cookie secret)",
    );
  }
  // The provider answers the way the login asked: a form_post login must not be completed by a GET
  // (e.g. a link carrying a leaked code), nor a query login by a POST.
  const expectedMethod = saved.responseMode === "form_post" ? "POST" : "GET";
  if (req.method !== expectedMethod) {
    throw new GenAuthRedirectCallbackError(
      "response-mode",
      `this login asked for response_mode=${saved.responseMode ?? "query"}, so its callback must be a ${expectedMethod}, not a ${req.method}`,
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
