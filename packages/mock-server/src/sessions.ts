import type { TokenService } from "./protocol/token-service.js";

/** How long a mock access token works: 14 days, GenAuth's default. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 1_209_600;

/** The scope a sign-in grants when it asks for none. */
const DEFAULT_SIGN_IN_SCOPE = "openid profile offline_access";

/** A signed-in session: whose it is, in which app, until when. */
export interface Session {
  /** The signed-in user's ID. */
  userId: string;
  /** The app the user signed in to. */
  appId: string;
  /** The session's access token: a JWT the OIDC endpoints know too. */
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
  /** The session's access token, to send in `authorization` (raw or as `Bearer …`); an RS256 JWT. */
  access_token: string;
  /** The ID token: an RS256 JWT signed with the key of the JWKS; with the `openid` scope. */
  id_token?: string;
  /** A refresh token for the token endpoint's `refresh_token` grant; with the `offline_access` scope. */
  refresh_token?: string;
  /** Always `Bearer`. */
  token_type: "Bearer";
  /** Seconds the access token lives (the API's own spelling, without the `s`). */
  expire_in: number;
  /** Space-separated scopes granted. */
  scope: string;
}

/**
 * The users' sessions, as the Authentication API sees them: each is a live access token that
 * stands for a user, minted by the OpenID Provider's {@link TokenService}. A token the sign-in
 * endpoints issued works at `/oidc/me`, introspection, revocation and (its refresh token) the
 * token endpoint, and a token the token endpoint issued works with the API; a revoked one with none.
 */
export class SessionStore {
  readonly #tokens: TokenService;

  /** @param tokens - where tokens are minted and looked up. */
  constructor(tokens: TokenService) {
    this.#tokens = tokens;
  }

  /**
   * Signs the user in to the app and resolves to its token set: an access token for 14 days, an ID token
   * (with `auth_time`, the sign-in) for the `openid` scope, a refresh token for `offline_access`.
   * The scope defaults to `openid profile offline_access`.
   */
  async issue(userId: string, appId: string, scope = DEFAULT_SIGN_IN_SCOPE): Promise<TokenSet> {
    const tokens = await this.#tokens.issue({
      clientId: appId,
      sub: userId,
      scope,
      refresh: scope.split(" ").includes("offline_access"),
      authTime: this.#tokens.nowSeconds(),
      lifetime: ACCESS_TOKEN_LIFETIME_SECONDS,
    });
    const { access_token, id_token, refresh_token } = tokens;
    return {
      access_token,
      ...(id_token === undefined ? {} : { id_token }),
      ...(refresh_token === undefined ? {} : { refresh_token }),
      token_type: "Bearer",
      expire_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      scope,
    };
  }

  /** The live session of an access token, or undefined when unknown, revoked or expired. */
  find(accessToken: string): Session | undefined {
    const grant = this.#tokens.live(accessToken);
    if (grant?.kind !== "access_token" || grant.sub === undefined) return undefined;
    return { userId: grant.sub, appId: grant.clientId, accessToken, issuedAt: grant.iat * 1000, expiresAt: grant.exp * 1000, scope: grant.scope };
  }

  /** The user's live sessions. */
  ofUser(userId: string): Session[] {
    return [...this.#tokens.grants.tokens.keys()].flatMap((token) => {
      const session = this.find(token);
      return session?.userId === userId ? [session] : [];
    });
  }

  /**
   * Signs the user out of the apps (`kickUsers`): revokes every grant holding a token of the user
   * for one of them, refresh tokens and codes not yet exchanged included, as a revocation does, and
   * drops their CAS tickets not yet validated.
   */
  end(userId: string, appIds: readonly string[]): void {
    const { grants } = this.#tokens;
    const ended = new Set<string>();
    for (const token of grants.tokens.values()) {
      if (token.sub === userId && appIds.includes(token.audience)) ended.add(token.grantId);
    }
    for (const code of grants.codes.values()) {
      if (code.sub === userId && appIds.includes(code.clientId)) ended.add(code.grantId);
    }
    for (const grantId of ended) grants.revokeGrant(grantId);
    for (const [ticket, { sub, clientId }] of grants.casTickets) {
      if (sub === userId && appIds.includes(clientId)) grants.casTickets.delete(ticket);
    }
  }
}
