import { EncryptJWT, jwtDecrypt } from "jose";
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
}

/** Seconds a pending login stays valid: long enough to sign in, short enough to limit replays. */
export const REDIRECT_COOKIE_LIFETIME = 600;

/**
 * Encrypts and authenticates the login state for the cookie: a compact JWE (`dir`, `A256GCM`)
 * whose key is SHA-256 of the cookie secret, expiring after {@link REDIRECT_COOKIE_LIFETIME}.
 */
export async function sealRedirectState(secret: string, value: RedirectLoginState): Promise<string> {
  return new EncryptJWT({ ...value })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${REDIRECT_COOKIE_LIFETIME}s`)
    .encrypt(await cookieKey(secret));
}

/** Decrypts a sealed login state; `undefined` when it is missing, forged, tampered with or expired. */
export async function openRedirectState(secret: string, sealed: string | undefined): Promise<RedirectLoginState | undefined> {
  if (!sealed) return undefined;
  try {
    const { payload } = await jwtDecrypt(sealed, await cookieKey(secret), { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
    const { state, nonce, codeVerifier, redirectUri, responseMode } = payload;
    if (typeof state !== "string" || typeof nonce !== "string" || typeof codeVerifier !== "string") return undefined;
    return {
      state,
      nonce,
      codeVerifier,
      ...(typeof redirectUri === "string" ? { redirectUri } : {}),
      ...(responseMode === "form_post" ? { responseMode } : {}),
    };
  } catch {
    return undefined;
  }
}

/** @throws GenAuthConfigError for a secret too short to key the cookie. */
export function checkCookieSecret(secret: string, field: string): void {
  if (typeof secret !== "string" || secret.length < 16) {
    throw new GenAuthConfigError(field, `${field} must be a string of at least 16 characters to key the login cookie (32 or more recommended)`);
  }
}

async function cookieKey(secret: string): Promise<Uint8Array> {
  const material = new TextEncoder().encode(`genauth-redirect-cookie\u0000${secret}`);
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", material));
}
