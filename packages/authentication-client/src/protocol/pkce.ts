import { GenAuthConfigError } from "@genauth/core";
// Synchronous SHA-256: buildAuthorizeUrl and getCodeChallengeDigest are synchronous in the
// official SDK, and Web Crypto's digest is not. sha256-uint8array does SHA-256 alone, so browser
// bundles carry no other hash.
import { createHash } from "sha256-uint8array";
import { base64url, randomAlphanumeric } from "./random.js";

/** Options of `getCodeChallengeDigest`. */
export interface CodeChallengeDigestOptions {
  /** The PKCE code verifier (the official SDK calls it `codeChallenge`). */
  codeChallenge: string;
  /** `S256` (recommended) or `plain`. */
  method: "S256" | "plain";
}

/** A PKCE code verifier: 43 random letters and digits (RFC 7636 allows 43 to 128). */
export function generateCodeChallenge(): string {
  return randomAlphanumeric(43);
}

/**
 * The `code_challenge` of a verifier: base64url(SHA-256(verifier)) for `S256`, the verifier itself
 * for `plain`.
 * @throws GenAuthConfigError for a verifier outside RFC 7636's 43–128 unreserved characters or an unknown method.
 */
export function getCodeChallengeDigest(options: CodeChallengeDigestOptions): string {
  const verifier = options?.codeChallenge;
  if (typeof verifier !== "string" || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new GenAuthConfigError(
      "codeChallenge",
      "codeChallenge must be a PKCE code verifier of 43 to 128 letters, digits or -._~: create one with generateCodeChallenge()",
    );
  }
  if (options.method === "plain") return verifier;
  if (options.method !== "S256") {
    throw new GenAuthConfigError("method", `method must be "S256" or "plain", got ${JSON.stringify(options.method)}`);
  }
  return base64url(createHash().update(new TextEncoder().encode(verifier)).digest());
}
