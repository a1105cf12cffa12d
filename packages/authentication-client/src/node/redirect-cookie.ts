import { GenAuthConfigError } from "@genauth/core";

/** What a redirect login keeps between the authorize redirect and the callback. */
export interface RedirectLoginState {
  /** The `state` sent on the authorize URL; the callback's must equal it. */
  state: string;
  /** The OIDC nonce sent on the authorize URL; the ID token's `nonce` claim must equal it. */
  nonce: string;
  /** The PKCE code verifier, sent with the code exchange. */
  codeVerifier: string;
  /** The callback URL given to `loginWithRedirect`, if any; the code exchange sends it again. */
  redirectUri?: string;
  /** `form_post` when the result must come back as a POST; absent for `query` (a GET). */
  responseMode?: "form_post";
  /**
   * `false` when the login's scope had no `openid`; absent otherwise, and the callback then
   * requires an ID token, whose nonce it checks.
   */
  openid?: false;
}

/** Seconds a pending login stays valid: long enough to sign in, short enough to limit replays. */
export const REDIRECT_COOKIE_LIFETIME = 600;

/** Fewest characters of the secret that keys the login cookie (`cookieSecret`, or else the app secret). */
const MIN_COOKIE_SECRET_LENGTH = 32;

/**
 * Encrypts and authenticates the login state for the cookie: a compact JWE (`dir`, `A256GCM`)
 * whose key is derived from the cookie secret with HKDF-SHA-256, expiring after
 * {@link REDIRECT_COOKIE_LIFETIME}.
 * @param secret - `cookieSecret` (checked at construction), or else the app secret.
 * @throws GenAuthConfigError (field `cookieSecret`) when the secret is shorter than
 *   {@link MIN_COOKIE_SECRET_LENGTH}: without `cookieSecret`, a short app secret cannot be the key.
 */
export async function sealRedirectState(secret: string, value: RedirectLoginState): Promise<string> {
  const key = await cookieKey(secret);
  const { EncryptJWT } = await import("./cookie-jose.js");
  return new EncryptJWT({ ...value })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${REDIRECT_COOKIE_LIFETIME}s`)
    .encrypt(key);
}

/**
 * Decrypts a sealed login state; `undefined` when it is missing, forged, tampered with or expired.
 * @throws GenAuthConfigError when the secret is too short to be the key (see {@link sealRedirectState}).
 */
export async function openRedirectState(secret: string, sealed: string | undefined): Promise<RedirectLoginState | undefined> {
  const key = await cookieKey(secret);
  if (!sealed) return undefined;
  const { jwtDecrypt } = await import("./cookie-jose.js");
  try {
    const { payload } = await jwtDecrypt(sealed, key, { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
    const { state, nonce, codeVerifier, redirectUri, responseMode, openid } = payload;
    if (typeof state !== "string" || typeof nonce !== "string" || typeof codeVerifier !== "string") return undefined;
    return {
      state,
      nonce,
      codeVerifier,
      ...(typeof redirectUri === "string" ? { redirectUri } : {}),
      ...(responseMode === "form_post" ? { responseMode } : {}),
      ...(openid === false ? { openid } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * @throws GenAuthConfigError (naming `field`) for a secret shorter than
 *   {@link MIN_COOKIE_SECRET_LENGTH} characters, too weak to key the login cookie.
 */
export function checkCookieSecret(secret: unknown, field: string): void {
  if (typeof secret !== "string" || secret.length < MIN_COOKIE_SECRET_LENGTH) {
    throw new GenAuthConfigError(
      field,
      `${field} must be a string of at least ${MIN_COOKIE_SECRET_LENGTH} characters to key the login cookie: use a random one, e.g. crypto.randomBytes(32).toString("base64url")`,
    );
  }
}

// The cookie key is HKDF-SHA-256 of the secret, bound to this use by its info, so that the app
// secret (when it is the secret) is never used as a key as it is.
const HKDF_SALT = "genauth-redirect-cookie";
const HKDF_INFO = "GenAuth redirect-login cookie, JWE dir A256GCM";

function cookieKey(secret: string): Promise<Uint8Array> {
  // Only the app secret can be short here: a short cookieSecret is refused at construction.
  if (typeof secret !== "string" || secret.length < MIN_COOKIE_SECRET_LENGTH) {
    return Promise.reject(
      new GenAuthConfigError(
        "cookieSecret",
        `the appSecret is shorter than ${MIN_COOKIE_SECRET_LENGTH} characters, too short to key the login cookie: pass cookieSecret (at least ${MIN_COOKIE_SECRET_LENGTH} random characters)`,
      ),
    );
  }
  // `node:crypto` is taken when a login needs its key, not imported with the SDK.
  return new Promise((resolve, reject) => {
    process
      .getBuiltinModule("node:crypto")
      .hkdf("sha256", secret, HKDF_SALT, HKDF_INFO, 32, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key))));
  });
}
