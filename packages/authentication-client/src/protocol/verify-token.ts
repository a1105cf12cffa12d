import type { errors as JoseErrors, JWTPayload, ProtectedHeaderParameters } from "jose";
import { describeKind, GenAuthConfigError, GenAuthError } from "@genauth/core";
import { GenAuthTokenVerificationError, type TokenCheck } from "@genauth/core";
import { loadJose } from "./load-jose.js";
import { checkMaxAge } from "./max-age.js";
import type { JwksCache } from "./jwks.js";
import type { ProtocolContext } from "./settings.js";
import type { AccessToken, IDToken, JWKSObject } from "./types.js";
import { optionsArgument } from "./options-argument.js";

/** Options of `parseIDToken` and `parseAccessToken`. */
export interface ParseTokenOptions {
  /** A key set to verify with instead of fetching the application's. */
  serverJWKS?: JWKSObject | undefined;
  /**
   * The `aud` the token must carry. Default: the client's `appId`. For ID tokens this is the
   * client ID that `azp` must name when the token has several audiences.
   */
  audience?: string | undefined;
  /** The `iss` the token must carry. Default: the client's `issuer` (`${appHost}/oidc`). */
  issuer?: string | undefined;
  /** Seconds of clock skew accepted; default the client's `clockTolerance` (30). */
  clockTolerance?: number | undefined;
  /** The time to check `exp`, `nbf`, `iat` and `auth_time` against. Default now. */
  currentDate?: Date | undefined;
}

/** Options of `parseIDToken`. */
export interface ParseIDTokenOptions extends ParseTokenOptions {
  /** The nonce of the authorize URL; the ID token must carry the same one. */
  nonce?: string | undefined;
  /**
   * The `max_age` of the authorize request: the most seconds since the user signed in. The ID
   * token must then carry `auth_time`, no older than `maxAge` plus the clock tolerance.
   */
  maxAge?: number | undefined;
}

/** Context plus the JWKS cache, which token verification needs. */
export interface VerifyContext extends ProtocolContext {
  readonly jwks: JwksCache;
}

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/** Claims that only ID tokens carry (OIDC Core 2, 3.3.2.11): an access token has none of them. */
const ID_TOKEN_CLAIMS = ["nonce", "at_hash", "c_hash", "s_hash"] as const;

/**
 * Verifies an ID token as OIDC Core 3.1.3.7 asks: signature (JWKS, or HS256 with the app secret),
 * `iss`, `aud`, `azp` (required with several audiences, and naming this client when present),
 * `exp`, `nbf`, `iat`, `auth_time` against `maxAge`, and `nonce` when one is expected. A token whose
 * header `typ` marks another kind of JWT (`at+jwt`, `logout+jwt`, any `…+jwt`) is refused.
 * @throws GenAuthTokenVerificationError naming the failed check; GenAuthConfigError when the token is not a string.
 */
export async function parseIDToken(context: VerifyContext, token: string, given?: ParseIDTokenOptions): Promise<IDToken> {
  const options = optionsArgument(given, "parseIDToken");
  const maxAge = checkMaxAge(options.maxAge);
  const { payload, now, tolerance } = await verify(context, token, options, "id", ["sub", "iat", "exp"]);
  checkAuthorizedParty(payload, options.audience ?? context.transport.appId);
  checkAuthTime(payload, maxAge, now, tolerance);
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
 * ID tokens are refused: a token typed `at+jwt` is an access token; otherwise one that carries an
 * ID token's claims (`nonce`, `at_hash`, `c_hash`, `s_hash`) or another `…+jwt` type is not.
 * @throws GenAuthTokenVerificationError naming the failed check; GenAuthConfigError when the token is not a string.
 */
export async function parseAccessToken(context: VerifyContext, token: string, given?: ParseTokenOptions): Promise<AccessToken> {
  const options = optionsArgument(given, "parseAccessToken");
  const { payload, header } = await verify(context, token, options, "access", ["exp"]);
  if (typeOf(header) !== "at+jwt" && ID_TOKEN_CLAIMS.some((claim) => payload[claim] !== undefined)) {
    throw new GenAuthTokenVerificationError(
      "typ",
      "the token carries ID-token claims (nonce, at_hash, c_hash or s_hash) and is not typed at+jwt: it is an ID token, which does not authorise API calls; verify it with parseIDToken",
    );
  }
  return payload as AccessToken;
}

interface Verified {
  payload: JWTPayload;
  header: ProtectedHeaderParameters;
  /** The verification time, in seconds since the epoch. */
  now: number;
  tolerance: number;
}

async function verify(context: VerifyContext, token: string, options: ParseTokenOptions, kind: "id" | "access", required: string[]): Promise<Verified> {
  if (typeof token !== "string") {
    const field = kind === "id" ? "idToken" : "accessToken";
    throw new GenAuthConfigError(field, `${field} must be the token as a string (a compact JWT), got ${describeKind(token)}`);
  }
  if (token.split(".").length !== 3) {
    throw new GenAuthTokenVerificationError("format", "the token is not a compact JWT (three base64url parts separated by dots)");
  }
  const { decodeProtectedHeader, errors, jwtVerify } = await loadJose();
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch (cause) {
    throw new GenAuthTokenVerificationError("format", "the token's header is not valid base64url JSON", { cause });
  }
  checkHeader(header, kind);
  const symmetric = header.alg === "HS256";
  if (symmetric && kind === "access") {
    throw new GenAuthTokenVerificationError("alg", "access tokens must be signed with an asymmetric key from the JWKS, not HS256");
  }
  if (symmetric && !context.transport.hasAppSecret) {
    throw new GenAuthTokenVerificationError(
      "alg",
      "an HS256 ID token is checked with the app secret, which this client does not have: an app whose tokens a browser checks signs them with RS256",
    );
  }
  const key = symmetric ? new TextEncoder().encode(context.transport.clientSecret()) : await context.jwks.keys(options.serverJWKS);
  const tolerance = options.clockTolerance ?? context.settings.clockTolerance;
  const currentDate = options.currentDate ?? new Date();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: symmetric ? ["HS256"] : ASYMMETRIC,
      issuer: options.issuer ?? context.settings.issuer,
      audience: options.audience ?? context.transport.appId,
      clockTolerance: tolerance,
      requiredClaims: required,
      currentDate,
    }));
  } catch (cause) {
    throw toVerificationError(cause, errors);
  }
  const now = Math.floor(currentDate.getTime() / 1000);
  checkIssuedAt(payload, now, tolerance);
  return { payload, header, now, tolerance };
}

/** `typ` without its optional `application/` prefix, lower case (RFC 7515 4.1.9); `undefined` when absent. */
function typeOf(header: ProtectedHeaderParameters): string | undefined {
  return typeof header.typ === "string" ? header.typ.toLowerCase().replace(/^application\//, "") : undefined;
}

// The header is checked before any key is fetched: no JWKS request for a token refused anyway.
function checkHeader(header: ProtectedHeaderParameters, kind: "id" | "access"): void {
  // No JWS extension is implemented here, so any critical one means the token cannot be understood (RFC 7515 4.1.11).
  if (header.crit !== undefined) {
    throw new GenAuthTokenVerificationError(
      "header",
      "the token's header lists critical extensions (crit) that this client does not implement, so the token is refused",
    );
  }
  if (header.typ !== undefined && typeof header.typ !== "string") {
    throw new GenAuthTokenVerificationError("typ", "the token's header typ is not a string");
  }
  const typ = typeOf(header);
  if (kind === "id" && typ !== undefined && typ.endsWith("+jwt")) {
    throw new GenAuthTokenVerificationError(
      "typ",
      `the token's header typ ${JSON.stringify(typ.slice(0, 40))} marks ${typ === "at+jwt" ? "an access token" : "another kind of JWT"}, not an ID token${typ === "at+jwt" ? ": verify it with parseAccessToken" : ""}`,
    );
  }
  if (kind === "access" && typ !== undefined && typ !== "at+jwt" && typ.endsWith("+jwt")) {
    throw new GenAuthTokenVerificationError("typ", `the token's header typ ${JSON.stringify(typ.slice(0, 40))} marks another kind of JWT, not an access token`);
  }
}

// jose checks iat only with maxTokenAge; a token issued in the future is as suspect as an expired one.
function checkIssuedAt(payload: JWTPayload, now: number, tolerance: number): void {
  if (typeof payload.iat === "number" && payload.iat > now + tolerance) {
    throw new GenAuthTokenVerificationError("iat", "the token's iat is in the future beyond the clock tolerance");
  }
}

// OIDC Core 3.1.3.7 steps 4 and 5: the authorised party is this client.
function checkAuthorizedParty(payload: JWTPayload, clientId: string): void {
  const { azp, aud } = payload;
  if (azp === undefined) {
    if (Array.isArray(aud) && aud.length > 1) {
      throw new GenAuthTokenVerificationError("azp", "the ID token has several audiences but no azp naming the client it was issued to");
    }
    return;
  }
  if (azp !== clientId) {
    throw new GenAuthTokenVerificationError("azp", "the ID token's authorised party (azp) is another client: it was not issued to this application");
  }
}

// OIDC Core 3.1.3.7 step 11: with max_age, auth_time says whether the sign-in is recent enough.
function checkAuthTime(payload: JWTPayload, maxAge: number | undefined, now: number, tolerance: number): void {
  const authTime = payload.auth_time;
  if (authTime === undefined) {
    if (maxAge !== undefined) {
      throw new GenAuthTokenVerificationError(
        "auth_time",
        "the ID token has no auth_time, so maxAge cannot be checked: ask for it with the same maxAge in buildAuthorizeUrl (max_age in the authorize request)",
      );
    }
    return;
  }
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) {
    throw new GenAuthTokenVerificationError("auth_time", "the ID token's auth_time is not a number of seconds");
  }
  if (authTime > now + tolerance) {
    throw new GenAuthTokenVerificationError("auth_time", "the ID token's auth_time is in the future beyond the clock tolerance");
  }
  if (maxAge !== undefined && now - authTime > maxAge + tolerance) {
    throw new GenAuthTokenVerificationError("auth_time", "the user signed in longer ago than maxAge allows (auth_time): sign the user in again");
  }
}

function toVerificationError(cause: unknown, errors: typeof JoseErrors): GenAuthError {
  // Key-set failures arrive already named (see JwksCache.keys).
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
    if (claim === "iat") return fail("iat", "the token's iat is missing or not a number");
    return fail("claim", `the token's ${claim} claim is missing or invalid (${cause.reason})`);
  }
  if (cause instanceof errors.JWSSignatureVerificationFailed) return fail("signature", "the token's signature does not verify");
  if (cause instanceof errors.JOSEAlgNotAllowed) return fail("alg", "the token's signing algorithm is not accepted");
  if (cause instanceof errors.JWSInvalid || cause instanceof errors.JWTInvalid) return fail("format", "the token is not a valid JWT");
  return fail("signature", "the token could not be verified");
}
