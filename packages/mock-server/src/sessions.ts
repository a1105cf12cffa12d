import { randomBytes } from "node:crypto";

/** How long a mock access token works: 14 days, GenAuth's default. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 1_209_600;

/** A signed-in session: whose it is, in which app, until when. */
export interface Session {
  /** The signed-in user's ID. */
  userId: string;
  /** The app the user signed in to. */
  appId: string;
  /** The session's opaque access token (`mock_at_…`). */
  accessToken: string;
  /** Unix milliseconds. */
  issuedAt: number;
  /** When the access token stops working, Unix milliseconds. */
  expiresAt: number;
  /** Space-separated scopes granted to the session. */
  scope: string;
}

/** The token set a sign-in answers (`LoginTokenResponseDataDto`). */
export interface TokenSet {
  /** The session's access token, to send as `Authorization: Bearer …`. */
  access_token: string;
  /** A stand-in ID token: an opaque random string, not a signed JWT. */
  id_token: string;
  /** A stand-in refresh token: an opaque random string. */
  refresh_token: string;
  /** Always `Bearer`. */
  token_type: "Bearer";
  /** Seconds the access token lives (the API's own spelling, without the `s`). */
  expire_in: number;
  /** Space-separated scopes granted. */
  scope: string;
}

/** Sessions by access token. Tokens are opaque random strings, not JWTs. */
export class SessionStore {
  readonly #byToken = new Map<string, Session>();
  readonly #now: () => number;

  /** @param now - the clock, Unix milliseconds, that decides when tokens expire. */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** Opens a session for the user in the app and returns its token set. */
  issue(userId: string, appId: string, scope = "openid profile"): TokenSet {
    const issuedAt = this.#now();
    const accessToken = `mock_at_${randomBytes(24).toString("base64url")}`;
    this.#byToken.set(accessToken, { userId, appId, accessToken, issuedAt, expiresAt: issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS * 1000, scope });
    return {
      access_token: accessToken,
      id_token: `mock_idt_${randomBytes(24).toString("base64url")}`,
      refresh_token: `mock_rt_${randomBytes(24).toString("base64url")}`,
      token_type: "Bearer",
      expire_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      scope,
    };
  }

  /** The live session of an access token, or undefined when unknown or expired. */
  find(accessToken: string): Session | undefined {
    const session = this.#byToken.get(accessToken);
    return session && session.expiresAt > this.#now() ? session : undefined;
  }

  /** The user's live sessions. */
  ofUser(userId: string): Session[] {
    const now = this.#now();
    return [...this.#byToken.values()].filter((s) => s.userId === userId && s.expiresAt > now);
  }
}
