import { randomBytes, createHash } from "node:crypto";

/** The user every mock sign-in and CAS ticket belongs to. */
export const MOCK_USER = {
  sub: "mock-user-1",
  name: "Mock User",
  preferred_username: "mock-user",
  email: "mock-user@example.com",
  email_verified: true,
} as const;

/** An authorization code waiting for its exchange. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string | undefined;
  scope: string;
  nonce: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  expiresAt: number;
}

/** An issued access or refresh token. */
export interface TokenGrant {
  kind: "access_token" | "refresh_token";
  clientId: string;
  sub: string | undefined;
  scope: string;
  nonce: string | undefined;
  iat: number;
  exp: number;
  revoked: boolean;
}

/** How a client authenticated to a protocol endpoint. */
export type ClientAuthUsed = "client_secret_basic" | "client_secret_post" | "none";

/** Codes, tokens and CAS tickets the mock has issued. */
export class ProtocolGrants {
  readonly codes = new Map<string, CodeGrant>();
  readonly tokens = new Map<string, TokenGrant>();
  readonly casTickets = new Map<string, { service: string; clientId: string }>();
  /** How the last client authenticated, per endpoint path; tests read it. */
  readonly lastClientAuth = new Map<string, ClientAuthUsed>();
}

/** An unguessable token-like string. */
export function randomId(prefix = ""): string {
  return `${prefix}${randomBytes(24).toString("base64url")}`;
}

/** Whether a PKCE verifier matches the challenge of its code. */
export function pkceMatches(grant: CodeGrant, verifier: string | undefined): boolean {
  if (grant.codeChallenge === undefined) return verifier === undefined;
  if (verifier === undefined) return false;
  const computed = grant.codeChallengeMethod === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  return computed === grant.codeChallenge;
}
