import type { IncomingMessage, ServerResponse } from "node:http";
import { GenAuthConfigError } from "@genauth/core";
import type { AuthenticationClient } from "../authentication-client.js";
import { GenAuthRedirectCallbackError } from "@genauth/core";
import type { LogoutParams, OIDCTokenResponse } from "../protocol/types.js";
import { readCallbackParams } from "./callback-params.js";
import { addSetCookie, MAX_COOKIE_BYTES, readCookie, serializeCookie, setCookie } from "./cookies.js";
import { openRedirectState, REDIRECT_COOKIE_LIFETIME, sealRedirectState } from "./redirect-cookie.js";

/** Options of `loginWithRedirect`. */
export interface LoginWithRedirectOptions {
  /** Space-separated scopes to ask for; defaults to the client's `scope` setting. */
  scope?: string | undefined;
  /** The `state` value to send; a random one is made when absent. Checked on the callback. */
  state?: string | undefined;
  /** The OIDC `nonce` to send; a random one is made when absent. Checked in the ID token. */
  nonce?: string | undefined;
  /** Callback URL for this login; defaults to the client's `redirectUri`. Must be registered with the app. */
  redirectUri?: string | undefined;
  /** Make the user sign in again even with a live session. */
  forced?: boolean | undefined;
  /** Sent as `tenantId`: the tenant of the user pool to sign in to. */
  tenantId?: string | undefined;
  /**
   * How the provider sends the result back (`OidcParams.responseMode`; an addition to the official
   * options): `query` (default, a GET with the code in the URL) or `form_post` (a POST of a form,
   * which keeps the code out of URLs and logs). `fragment` is refused: it never reaches a server.
   */
  responseMode?: "query" | "form_post" | undefined;
}

const RESPONSE_MODES = ["query", "form_post"];

/** What the redirect helpers need from the client: the protocol methods and the cookie settings. */
export interface RedirectLoginClient {
  readonly client: AuthenticationClient;
  /** The client's `protocol`: the redirect login is OIDC's. */
  readonly protocol: string;
  readonly cookieKey: string;
  /** Resolves the secret that encrypts the login cookie. */
  cookieSecret(): string;
}

/**
 * Answers `res` with a 302 to the hosted login (OIDC with PKCE S256), keeping state, nonce and
 * code verifier in an encrypted, HttpOnly cookie: SameSite=Lax, or SameSite=None; Secure for
 * `responseMode: "form_post"`, whose callback is a cross-site POST that a Lax cookie would miss.
 * @throws GenAuthConfigError for a client whose `protocol` is not `oidc`, or a `responseMode`
 *   other than `query` or `form_post`.
 */
export async function loginWithRedirect(flow: RedirectLoginClient, res: ServerResponse, options: LoginWithRedirectOptions = {}): Promise<void> {
  const { protocol } = flow;
  if (protocol !== "oidc") {
    throw new GenAuthConfigError(
      "protocol",
      `loginWithRedirect runs the OIDC code flow with PKCE: construct the client with protocol "oidc" (the default), not ${JSON.stringify(protocol)}`,
    );
  }
  const mode = options.responseMode;
  if (mode !== undefined && !RESPONSE_MODES.includes(mode)) {
    throw new GenAuthConfigError(
      "responseMode",
      `responseMode of loginWithRedirect must be "query" or "form_post", not ${JSON.stringify(mode)}: a fragment never reaches the server's callback`,
    );
  }
  if (options.redirectUri !== undefined && !URL.canParse(options.redirectUri)) {
    throw new GenAuthConfigError(
      "redirectUri",
      `redirectUri of loginWithRedirect must be an absolute URL registered with the app, not ${JSON.stringify(options.redirectUri)}`,
    );
  }
  const codeVerifier = flow.client.generateCodeChallenge();
  const { url, state, nonce } = flow.client.buildAuthorizeUrl({ ...options, codeVerifier });
  const openid = (new URL(url).searchParams.get("scope") ?? "").split(" ").includes("openid");
  const sealed = await sealRedirectState(flow.cookieSecret(), {
    state: state as string,
    nonce: nonce as string,
    codeVerifier,
    ...(options.redirectUri === undefined ? {} : { redirectUri: options.redirectUri }),
    ...(mode === "form_post" ? { responseMode: mode } : {}),
    ...(openid ? {} : { openid: false as const }),
  });
  // The browser brings the cookie back to the callback: `Secure` when that is an https URL, so a
  // plain-http app (a LAN address, a container name) keeps it. Without a redirect_uri the provider
  // uses the app's registered one, which only the login URL's scheme hints at.
  const callback = new URL(new URL(url).searchParams.get("redirect_uri") ?? url);
  const cookie = serializeCookie(flow.cookieKey, sealed, {
    maxAge: REDIRECT_COOKIE_LIFETIME,
    secure: callback.protocol === "https:",
    sameSite: mode === "form_post" ? "None" : "Lax",
  });
  if (cookie.length > MAX_COOKIE_BYTES) {
    // What the caller gave, the longest first, is what made the cookie too long.
    const given = (["state", "nonce", "redirectUri"] as const).filter((field) => options[field] !== undefined);
    const field = given.sort((a, b) => (options[b] as string).length - (options[a] as string).length)[0] ?? "state";
    throw new GenAuthConfigError(
      field,
      `the login cookie would be ${cookie.length} bytes, over the ${MAX_COOKIE_BYTES} browsers keep, so the callback would find no login: shorten ${field}${field === "redirectUri" ? "" : " (keep what it stands for on the server, under a short key)"}`,
    );
  }
  addSetCookie(res, cookie);
  res.statusCode = 302;
  res.setHeader("location", url);
  res.end();
}

/**
 * Handles the callback request of a redirect login — a GET with the result in its query, or a
 * POST of a URL-encoded form (`response_mode=form_post`) —: checks `state` against the cookie,
 * exchanges the code with the PKCE verifier, and verifies the ID token, its nonce included. The
 * login cookie is cleared only by a callback whose state is the cookie's: a forged callback (an
 * error or a code with another state) leaves the pending login as it was.
 * @throws GenAuthRedirectCallbackError when the callback carries no code, a state that is not the
 *   cookie's, a provider error (after its state matched), an unusable POST body, comes by another
 *   method than its login asked for, or an `openid` login's token answer has no ID token;
 *   GenAuthTokenVerificationError when the ID token fails a check.
 */
export async function handleRedirectCallback(flow: RedirectLoginClient, req: IncomingMessage, res: ServerResponse): Promise<OIDCTokenResponse> {
  const saved = await openRedirectState(flow.cookieSecret(), readCookie(req, flow.cookieKey));
  const params = await readCallbackParams(req);
  const error = params.get("error");
  const code = params.get("code");
  if (error === null && !code) throw new GenAuthRedirectCallbackError("missing-code", "the callback has no code parameter");
  // Nothing the callback says counts before its state is the pending login's: not even an error,
  // which anyone could otherwise send to cancel a login or put words in the application's logs.
  if (saved === undefined) {
    throw new GenAuthRedirectCallbackError(
      "missing-cookie",
      "the login cookie is missing, expired or not ours: start again with loginWithRedirect (and keep the same cookie secret)",
    );
  }
  if (params.get("state") !== saved.state) {
    throw new GenAuthRedirectCallbackError(
      "state",
      `the callback's state is not the one of this browser's pending login: another login started in this browser since (a browser has one pending login at a time), or the request is forged${error === null ? "" : ", so its error is ignored"}; the pending login is kept`,
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
  // This is the answer to the pending login: whatever follows, the login is over.
  setCookie(res, flow.cookieKey, "", { maxAge: 0, secure: false });
  if (error !== null) {
    const description = params.get("error_description");
    throw new GenAuthRedirectCallbackError(
      "error",
      `the provider refused the sign-in with error ${asData(error, MAX_ERROR_LENGTH)}${description ? ` and error_description ${asData(description, MAX_DESCRIPTION_LENGTH)}` : ""}`,
      error.slice(0, MAX_ERROR_LENGTH),
    );
  }
  const tokens = await flow.client.getAccessTokenByCode(code as string, {
    codeVerifier: saved.codeVerifier,
    ...(saved.redirectUri === undefined ? {} : { redirectUri: saved.redirectUri }),
  });
  if (tokens.id_token === undefined) {
    if (saved.openid !== false) {
      throw new GenAuthRedirectCallbackError(
        "missing-id-token",
        "the token answer of this openid login has no id_token, so the login's nonce cannot be checked: the tokens are refused",
      );
    }
  } else {
    await flow.client.parseIDToken(tokens.id_token, { nonce: saved.nonce });
  }
  return tokens;
}

/** Most characters of the provider's `error` and `error_description` quoted in a message. */
const MAX_ERROR_LENGTH = 64;
const MAX_DESCRIPTION_LENGTH = 200;

/**
 * Text from the provider as a JSON string literal, cut to `max` characters: quoted and escaped
 * (control, format and line-separator characters included), so it reads as data in a message or
 * a log line, never as words of the SDK or a new log entry.
 */
function asData(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, escapeChar);
}

function escapeChar(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  return point > 0xffff ? `\\u{${point.toString(16)}}` : `\\u${point.toString(16).padStart(4, "0")}`;
}

/** Answers `res` with a 302 to the logout URL (see `buildLogoutUrl`). */
export function logoutWithRedirect(flow: RedirectLoginClient, res: ServerResponse, options?: LogoutParams): void {
  res.statusCode = 302;
  res.setHeader("location", flow.client.buildLogoutUrl(options));
  res.end();
}
