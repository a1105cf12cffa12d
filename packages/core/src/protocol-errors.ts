import { GenAuthError } from "./errors.js";

// The errors of the authentication client's OIDC flows live here, beside the rest of the SDK's
// errors, so that each is one class in every build and entry: `instanceof` holds whichever
// specifier (main, `/node`, `/functions`) a program imported it from.

/**
 * The check of a token that failed: `format` (not a JWT), `header` (a critical header extension,
 * `crit`, that is not implemented), `typ` (the header or claims mark another kind of token: an
 * access token given to `parseIDToken`, an ID token given to `parseAccessToken`), `alg` (algorithm
 * not accepted), `kid` (no key in the JWKS), `jwks` (the key set could not be fetched or read),
 * `signature`, `iss`, `aud`, `azp` (several audiences without `azp`, or `azp` naming another
 * client), `exp`, `nbf`, `iat`, `auth_time` (missing or too old for `maxAge`), `nonce`, or another
 * required `claim`.
 */
export type TokenCheck =
  | "format"
  | "header"
  | "typ"
  | "alg"
  | "kid"
  | "jwks"
  | "signature"
  | "iss"
  | "aud"
  | "azp"
  | "exp"
  | "nbf"
  | "iat"
  | "auth_time"
  | "nonce"
  | "claim";

/**
 * A token failed verification in `parseIDToken` / `parseAccessToken`. `check` says which check
 * failed; the message never contains the token.
 */
export class GenAuthTokenVerificationError extends GenAuthError {
  override name = "GenAuthTokenVerificationError";
  /** The check that failed. */
  readonly check: TokenCheck;

  constructor(check: TokenCheck, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.check = check;
  }
}

/**
 * Why a redirect-login callback was refused: `error` (the provider answered with an error, and
 * the callback's state is the login's), `missing-code`, `missing-cookie` (no or unreadable login
 * cookie), `state` (state mismatch: a forged callback, whose error, if any, is ignored), `body` (a
 * `form_post` callback whose body is not a URL-encoded form, too large, or unreadable),
 * `response-mode` (the callback came by GET for a `form_post` login, or by POST for a `query` one),
 * `missing-id-token` (an `openid` login's token answer has no ID token, so its nonce cannot be checked).
 */
export type RedirectCallbackProblem = "error" | "missing-code" | "missing-cookie" | "state" | "body" | "response-mode" | "missing-id-token";

/** `handleRedirectCallback` refused the callback request; `problem` says why. */
export class GenAuthRedirectCallbackError extends GenAuthError {
  override name = "GenAuthRedirectCallbackError";
  /** Which check failed; see {@link RedirectCallbackProblem}. */
  readonly problem: RedirectCallbackProblem;
  /** The provider's `error` code (at most 64 characters), when `problem` is `error`. */
  readonly error: string | undefined;

  constructor(problem: RedirectCallbackProblem, message: string, error?: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.problem = problem;
    this.error = error;
  }
}
