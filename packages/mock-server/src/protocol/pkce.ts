import { createHash } from "node:crypto";
import type { CodeGrant } from "./grants.js";

/** A code verifier, and a code challenge: 43 to 128 unreserved characters (RFC 7636 §4.1, §4.2). */
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Whether `value` has the shape RFC 7636 gives code verifiers and challenges. */
export function isPkceValue(value: string): boolean {
  return PKCE_VALUE.test(value);
}

/** Whether a PKCE verifier matches the challenge of its code; a verifier without a challenge does not. */
export function pkceMatches(code: CodeGrant, verifier: string | undefined): boolean {
  if (code.codeChallenge === undefined) return verifier === undefined;
  if (verifier === undefined) return false;
  const computed = code.codeChallengeMethod === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  return computed === code.codeChallenge;
}
