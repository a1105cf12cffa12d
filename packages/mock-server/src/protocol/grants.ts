import { randomBytes } from "node:crypto";
import type { MockClientAuthMethod } from "./client-registration.js";

/** An authorization code, kept after its exchange to recognise a replay. */
export interface CodeGrant {
  /** The grant (authorization) the code and the tokens exchanged for it belong to. */
  grantId: string;
  /** Whether the code was exchanged; a second exchange revokes the grant's tokens (RFC 6749 §4.1.2). */
  consumed: boolean;
  /** The app (client ID) the code was issued to; only it may exchange the code. */
  clientId: string;
  /** The user ID of the user the authorize request signed in. */
  sub: string;
  /** The `redirect_uri` of the authorize request; the exchange must repeat it. */
  redirectUri: string | undefined;
  /** Space-separated scopes asked for. */
  scope: string;
  /** The authorize request's nonce, copied into the ID token. */
  nonce: string | undefined;
  /**
   * When the user signed in, Unix seconds, for the ID token's `auth_time`: set when the authorize
   * request sent `max_age` or the app requires `auth_time` (`requireAuthTime`).
   */
  authTime: number | undefined;
  /** The PKCE challenge of the authorize request, when it sent one. */
  codeChallenge: string | undefined;
  /** `S256` or `plain`, when a challenge was sent. */
  codeChallengeMethod: string | undefined;
  /** When the code stops being accepted, Unix seconds. */
  expiresAt: number;
}

/** An issued access or refresh token. */
export interface TokenGrant {
  /** Which kind of token this is. */
  kind: "access_token" | "refresh_token";
  /**
   * The grant the token belongs to: one authorization (a code and what it was exchanged for, a
   * sign-in, a client-credentials request) and every token refreshing issued from it.
   */
  grantId: string;
  /** The client the token was issued to: an app's ID, or the key of its programmatic access account. */
  clientId: string;
  /** The app the token is for (its `aud`): the client's own, or the app of its programmatic access account. */
  audience: string;
  /** The user the token stands for; undefined for client-credentials tokens. */
  sub: string | undefined;
  /** Space-separated scopes granted. */
  scope: string;
  /** The nonce of the authorize request the token came from; undefined for refreshed and client-credentials tokens. */
  nonce: string | undefined;
  /** When the user signed in, Unix seconds, for the `auth_time` of the ID tokens a refresh gives; undefined when they carry none. */
  authTime: number | undefined;
  /** Issued-at time, Unix seconds. */
  iat: number;
  /** Expiry time, Unix seconds. */
  exp: number;
  /** Whether the token was revoked; a revoked token introspects as inactive. */
  revoked: boolean;
  /**
   * Whether this refresh token was exchanged: refreshing rotates it, and presenting it again
   * revokes its grant (RFC 9700 §4.14.2). Always false for access tokens.
   */
  consumed: boolean;
}

/** How a client authenticated to a protocol endpoint. */
export type ClientAuthUsed = MockClientAuthMethod;

/** Codes, tokens and CAS tickets the mock has issued. */
export class ProtocolGrants {
  /** Authorization codes by code; an exchanged one stays, `consumed`, to recognise a replay. */
  readonly codes = new Map<string, CodeGrant>();
  /** Issued access and refresh tokens, by token string. */
  readonly tokens = new Map<string, TokenGrant>();
  /** The grant ID of each issued ID token, by token string. */
  readonly idTokens = new Map<string, string>();
  /**
   * The revoked grants. A token an exchange issues after its grant was revoked — the replay or the
   * revocation came while the exchange was signing — is recorded revoked.
   */
  readonly revokedGrants = new Set<string>();
  /** CAS service tickets waiting for validation, by ticket; a ticket is removed when validated. */
  readonly casTickets = new Map<
    string,
    {
      /** The service URL the ticket was issued for; validation must name the same one. */
      service: string;
      /** The app whose CAS login issued the ticket. */
      clientId: string;
      /** The user ID of the user the CAS login signed in. */
      sub: string;
    }
  >();
  /** How the last client authenticated, per endpoint path; tests read it. */
  readonly lastClientAuth = new Map<string, ClientAuthUsed>();

  /**
   * Revokes a grant: every access and refresh token of it stops working, and its code, if not
   * exchanged yet, can no longer be.
   */
  revokeGrant(grantId: string): void {
    this.revokedGrants.add(grantId);
    for (const token of this.tokens.values()) if (token.grantId === grantId) token.revoked = true;
    for (const code of this.codes.values()) if (code.grantId === grantId) code.consumed = true;
  }
}

/** An unguessable token-like string. */
export function randomId(prefix = ""): string {
  return `${prefix}${randomBytes(24).toString("base64url")}`;
}
