import type { Clock } from "../clock.js";
import type { UserStore } from "../users.js";
import { userClaims } from "./claims.js";
import { ProtocolGrants, randomId, type TokenGrant } from "./grants.js";
import { MockSigningKeys } from "./keys.js";

/** Lifetime of the access and ID tokens of the token endpoint, in seconds. */
export const OIDC_ACCESS_TOKEN_TTL = 3600;
const REFRESH_TOKEN_TTL = 30 * 24 * 3600;

/** What one issue of tokens is for. */
export interface TokenRequest {
  /** The client the tokens are issued to: an app's ID, or the key of its programmatic access account. */
  clientId: string;
  /** The tokens' `aud`: the app they are for. Default `clientId`. */
  audience?: string | undefined;
  /** The user they stand for (the `sub`); undefined for client-credentials tokens. */
  sub: string | undefined;
  /**
   * Space-separated scopes granted; an ID token is issued when it holds `openid` and there is a user,
   * with the user's claims these scopes grant.
   */
  scope: string;
  /** The authorize request's nonce, copied into the ID token. */
  nonce?: string | undefined;
  /** Whether to issue a refresh token too. */
  refresh: boolean;
  /**
   * The scope of the refresh token, when it differs from `scope`: a refresh asking for less keeps
   * the refresh token's own (RFC 6749 §6). Default `scope`.
   */
  refreshScope?: string | undefined;
  /** The grant the tokens belong to (a code's, a refresh token's). Default: a new grant. */
  grantId?: string | undefined;
  /** When the user signed in, Unix seconds: the ID token's `auth_time` (and that of refreshed ones). */
  authTime?: number | undefined;
  /** Seconds the access and ID tokens live. Default {@link OIDC_ACCESS_TOKEN_TTL}. */
  lifetime?: number;
}

/** Issued tokens, as the token endpoint answers them. */
export interface IssuedTokens {
  /** The access token: an RS256 JWT the userinfo, introspection and revocation endpoints know. */
  access_token: string;
  /** Always `Bearer`. */
  token_type: "Bearer";
  /** Seconds the access token lives. */
  expires_in: number;
  /** Space-separated scopes granted. */
  scope: string;
  /** The ID token (an RS256 JWT verifiable through the JWKS), for a user with the `openid` scope. */
  id_token?: string;
  /** An opaque refresh token for the token endpoint's `refresh_token` grant, when asked for. */
  refresh_token?: string;
}

/**
 * The one place tokens are minted, signed and looked up: the OIDC token endpoint and the
 * Authentication API's sign-in endpoints issue through it, so every endpoint (userinfo,
 * introspection, revocation, refresh, the API operations that take the user's token) knows every
 * token, whichever endpoint issued it.
 */
export class TokenService {
  /** The key that signs ID and access tokens. */
  readonly keys = new MockSigningKeys();
  /** The codes, tokens and CAS tickets issued so far. */
  readonly grants = new ProtocolGrants();
  readonly #users: UserStore;
  readonly #clock: Clock;
  readonly #issuer: () => string;

  /**
   * @param users - the user pool, whose records the ID tokens' claims come from.
   * @param clock - the server's clock, Unix milliseconds.
   * @param issuer - the issuer of every token, `{baseUrl}/oidc`.
   */
  constructor(users: UserStore, clock: Clock, issuer: () => string) {
    this.#users = users;
    this.#clock = clock;
    this.#issuer = issuer;
  }

  /** The issuer (`iss`) of every token. */
  get issuer(): string {
    return this.#issuer();
  }

  /** Mints, signs and records an access token, and the ID and refresh tokens the request calls for. */
  async issue(request: TokenRequest): Promise<IssuedTokens> {
    const { clientId, sub, scope, nonce, authTime } = request;
    const audience = request.audience ?? clientId;
    const grantId = request.grantId ?? randomId("grant-");
    const lifetime = request.lifetime ?? OIDC_ACCESS_TOKEN_TTL;
    const iss = this.issuer;
    const iat = this.nowSeconds();
    const exp = iat + lifetime;
    const accessToken = await this.keys.sign({ iss, sub: sub ?? clientId, aud: audience, iat, exp, jti: randomId(), scope });
    const base = { grantId, clientId, audience, sub, scope, nonce, authTime, iat, revoked: this.grants.revokedGrants.has(grantId), consumed: false };
    this.grants.tokens.set(accessToken, { ...base, kind: "access_token", exp });
    const answer: IssuedTokens = { access_token: accessToken, token_type: "Bearer", expires_in: lifetime, scope };
    const user = sub === undefined ? undefined : this.#users.byId(sub);
    if (user && scope.split(" ").includes("openid")) {
      answer.id_token = await this.keys.sign({
        ...userClaims(user, scope),
        iss,
        aud: clientId,
        iat,
        exp,
        ...(authTime === undefined ? {} : { auth_time: authTime }),
        ...(nonce ? { nonce } : {}),
      });
      this.grants.idTokens.set(answer.id_token, grantId);
    }
    if (request.refresh) {
      const refreshToken = randomId("rt-");
      const revoked = this.grants.revokedGrants.has(grantId);
      this.grants.tokens.set(refreshToken, { ...base, revoked, scope: request.refreshScope ?? scope, kind: "refresh_token", exp: iat + REFRESH_TOKEN_TTL });
      answer.refresh_token = refreshToken;
    }
    return answer;
  }

  /** The live (not revoked, not exchanged, not expired) grant of a token. */
  live(token: string | undefined): TokenGrant | undefined {
    const grant = this.grants.tokens.get(token ?? "");
    const revoked = grant === undefined || grant.revoked || this.grants.revokedGrants.has(grant.grantId);
    return grant && !revoked && !grant.consumed && grant.exp >= this.nowSeconds() ? grant : undefined;
  }

  /** The server's time, Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.#clock() / 1000);
  }
}
