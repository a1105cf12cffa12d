import type { errors as JoseErrors, JWTPayload, JWTVerifyGetKey } from "jose";
import { GenAuthConfigError, GenAuthError } from "@genauth/core";
import { GenAuthTokenVerificationError, type TokenCheck } from "./errors.js";
import { loadJose } from "./jose.js";
import type { JwksCache } from "./jwks.js";
import type { ProtocolContext } from "./settings.js";
import type { AccessToken, IDToken, JWKSObject } from "./types.js";

/** Options of `parseIDToken` and `parseAccessToken`. */
export interface ParseTokenOptions {
  /** A key set to verify with instead of fetching the application's. */
  serverJWKS?: JWKSObject;
  /** The `aud` the token must carry. Default: the client's `appId`. */
  audience?: string;
  /** The `iss` the token must carry. Default: the client's `issuer` (`${appHost}/oidc`). */
  issuer?: string;
  /** Seconds of clock skew accepted; default the client's `clockTolerance` (30). */
  clockTolerance?: number;
  /** The time to check `exp` and `nbf` against. Default now. */
  currentDate?: Date;
}

/** Options of `parseIDToken`. */
export interface ParseIDTokenOptions extends ParseTokenOptions {
  /** The nonce of the authorize URL; the ID token must carry the same one. */
  nonce?: string;
  /** Maximum seconds since the user signed in (`auth_time`). */
  maxAge?: number;
}

/** Context plus the JWKS cache, which token verification needs. */
export interface VerifyContext extends ProtocolContext {
  readonly jwks: JwksCache;
}

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Verifies an ID token: signature (JWKS, or HS256 with the app secret), `iss`, `aud`, `exp`,
 * `nbf`, `iat`, and `nonce` when one is expected.
 * @throws GenAuthTokenVerificationError naming the failed check.
 */
export async function parseIDToken(context: VerifyContext, token: string, options: ParseIDTokenOptions = {}): Promise<IDToken> {
  const payload = await verify(context, token, options, true, ["sub", "iat", "exp"]);
  if (options.nonce !== undefined && payload.nonce !== options.nonce) {
    throw new GenAuthTokenVerificationError(
      "nonce",
      payload.nonce === undefined
        ? "the ID token has no nonce, but one was expected: it was not issued for this sign-in"
        : "the ID token's nonce differs from the one of the authorize URL: it was not issued for this sign-in",
    );
  }
  return payload as IDToken;
}

/**
 * Verifies a JWT access token: signature against the JWKS, `iss`, `aud`, `exp`, `nbf`, `iat`.
 * @throws GenAuthTokenVerificationError naming the failed check.
 */
export async function parseAccessToken(context: VerifyContext, token: string, options: ParseTokenOptions = {}): Promise<AccessToken> {
  return (await verify(context, token, options, false, ["exp"])) as AccessToken;
}

async function verify(
  context: VerifyContext,
  token: string,
  options: ParseIDTokenOptions,
  allowSecret: boolean,
  required: string[],
): Promise<JWTPayload> {
  if (typeof token !== "string" || token.split(".").length !== 3) {
    throw new GenAuthTokenVerificationError("format", "the token is not a compact JWT (three base64url parts separated by dots)");
  }
  const { decodeProtectedHeader, errors, jwtVerify } = await loadJose();
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch (cause) {
    throw new GenAuthTokenVerificationError("format", "the token's header is not valid base64url JSON", { cause });
  }
  const symmetric = alg === "HS256";
  if (symmetric && !allowSecret) {
    throw new GenAuthTokenVerificationError("alg", "access tokens must be signed with an asymmetric key from the JWKS, not HS256");
  }
  const key: JWTVerifyGetKey | Uint8Array = symmetric
    ? new TextEncoder().encode(context.transport.clientSecret())
    : await context.jwks.keys(options.serverJWKS);
  const tolerance = options.clockTolerance ?? context.settings.clockTolerance;
  try {
    const verifyOptions = {
      algorithms: symmetric ? ["HS256"] : ASYMMETRIC,
      issuer: options.issuer ?? context.settings.issuer,
      audience: options.audience ?? context.transport.appId,
      clockTolerance: tolerance,
      requiredClaims: required,
      ...(options.currentDate ? { currentDate: options.currentDate } : {}),
      ...(options.maxAge !== undefined ? { maxTokenAge: options.maxAge } : {}),
    };
    const { payload } =
      key instanceof Uint8Array ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
    checkIssuedAt(payload, options.currentDate, tolerance);
    return payload;
  } catch (cause) {
    throw toVerificationError(cause, errors);
  }
}

// jose checks iat only with maxTokenAge; a token issued in the future is as suspect as an expired one.
function checkIssuedAt(payload: JWTPayload, currentDate: Date | undefined, tolerance: number): void {
  const now = Math.floor((currentDate ?? new Date()).getTime() / 1000);
  if (typeof payload.iat === "number" && payload.iat > now + tolerance) {
    throw new GenAuthTokenVerificationError("iat", "the token's iat is in the future beyond the clock tolerance");
  }
}

function toVerificationError(cause: unknown, errors: typeof JoseErrors): GenAuthError {
  if (cause instanceof GenAuthError) return cause;
  // jose's claim errors carry the whole payload (user claims): keep them out of our error.
  const claimError = cause instanceof errors.JWTClaimValidationFailed || cause instanceof errors.JWTExpired;
  const fail = (check: TokenCheck, message: string) => new GenAuthTokenVerificationError(check, message, claimError ? {} : { cause });
  if (cause instanceof errors.JWTExpired) return fail("exp", "the token has expired (exp is past, beyond the clock tolerance)");
  if (cause instanceof errors.JWTClaimValidationFailed) {
    const claim = cause.claim;
    if (claim === "iss") return fail("iss", "the token's issuer (iss) is not the expected one");
    if (claim === "aud") return fail("aud", "the token's audience (aud) does not include this application");
    if (claim === "nbf") return fail("nbf", "the token is not valid yet (nbf is in the future)");
    if (claim === "iat" || claim === "auth_time") return fail("iat", `the token's ${claim} is too old or malformed`);
    return fail("claim", `the token's ${claim} claim is missing or invalid (${cause.reason})`);
  }
  if (cause instanceof errors.JWSSignatureVerificationFailed) return fail("signature", "the token's signature does not verify");
  if (cause instanceof errors.JOSEAlgNotAllowed) return fail("alg", "the token's signing algorithm is not accepted");
  if (cause instanceof errors.JWKSNoMatchingKey || cause instanceof errors.JWKSMultipleMatchingKeys) {
    return fail("kid", "no key of the application's JWKS matches the token's header (kid / alg)");
  }
  if (cause instanceof errors.JWKSTimeout || cause instanceof errors.JWKSInvalid || !(cause instanceof errors.JOSEError)) {
    return fail("jwks", "the application's JWKS could not be fetched or read");
  }
  if (cause instanceof errors.JWSInvalid || cause instanceof errors.JWTInvalid) return fail("format", "the token is not a valid JWT");
  if (cause instanceof GenAuthConfigError) return cause;
  return fail("signature", "the token could not be verified");
}
