import type { OauthParams as SpecOauthParams, CasParams as SpecCasParams, OidcParams as SpecOidcParams } from "@genauth/types";
import type { JWK } from "jose";

/**
 * Options of an OIDC authorize URL (`protocol: "oidc"`, the default): the official SDK's
 * `OidcParams`, plus `codeVerifier` and `maxAge`.
 */
export interface OidcParams extends SpecOidcParams {
  /**
   * A PKCE code verifier (see `generateCodeChallenge`): the URL then carries its S256 challenge.
   * Keep the verifier and pass it to `getAccessTokenByCode`.
   */
  codeVerifier?: string | undefined;
  /**
   * Sent as `max_age`: the most seconds since the user last signed in, or the server asks again.
   * The ID token then carries `auth_time`; pass the same `maxAge` to `parseIDToken` to check it.
   */
  maxAge?: number | undefined;
}

/** Options of an OAuth 2.0 authorize URL (`protocol: "oauth"`). */
export type OauthParams = SpecOauthParams;

/** Options of a CAS login URL (`protocol: "cas"`). */
export type CasParams = SpecCasParams;

/** What `buildAuthorizeUrl` returns: the URL, and the state and nonce to check on return. */
export interface AuthUrlResult {
  /** The full authorize (or CAS login) URL to send the browser to. */
  url: string;
  /** The `state` value the URL carries; compare it with the one that comes back on the redirect. */
  state?: string;
  /** OIDC only. */
  nonce?: string;
}

/** Options of `buildLogoutUrl` and `logoutWithRedirect`. */
export interface LogoutParams {
  /** Where the browser goes after logout; defaults to the client's `logoutRedirectUri`. */
  redirectUri?: string | undefined;
  /** The ID token from sign-in, sent as `id_token_hint`. */
  idToken?: string | undefined;
  /** Opaque value handed back to `redirectUri`. */
  state?: string | undefined;
}

// The token and claim types below replace the official SDK's, which mark every field required
// (an ID token without `nonce`, a token answer without `refresh_token`): these say what servers send.

/** A token endpoint answer (code exchange, refresh, client credentials). */
export interface OIDCTokenResponse {
  /** The access token to send as a Bearer credential. */
  access_token: string;
  /** Present when the scope had `openid`. */
  id_token?: string;
  /** Seconds the access token lives. */
  expires_in: number;
  /** Present with the `offline_access` scope. */
  refresh_token?: string;
  /** How to present the access token; `Bearer` in practice. */
  token_type: string;
  /** Space-separated scopes granted, when the server says (they may be fewer than asked). */
  scope?: string;
}

/** OIDC standard claims, as the userinfo endpoint and ID tokens carry them. */
export interface UserInfo {
  /** Subject: the user's stable, unique ID at the issuer. */
  sub: string;
  /** The user's full name, ready to display. */
  name?: string;
  /** A casual name the user goes by. */
  nickname?: string;
  /** Given (first) name. */
  given_name?: string;
  /** Family name (surname). */
  family_name?: string;
  /** Middle name(s). */
  middle_name?: string;
  /** The name the user prefers to be shown as, e.g. a login name; not guaranteed unique. */
  preferred_username?: string;
  /** URL of the user's profile page. */
  profile?: string;
  /** URL of the user's profile picture. */
  picture?: string;
  /** URL of the user's web site or blog. */
  website?: string;
  /** The user's email address. */
  email?: string;
  /** Whether the issuer has checked that the user controls `email`. */
  email_verified?: boolean;
  /** The user's gender, as a free string (the issuer's own codes, e.g. `M`, `F`, `U`). */
  gender?: string;
  /** Birthday, `YYYY-MM-DD` (or `YYYY` alone when only the year is known). */
  birthdate?: string;
  /** Time zone, an IANA tz database name such as `Asia/Shanghai`. */
  zoneinfo?: string;
  /** Locale, a BCP 47 language tag such as `zh-CN`. */
  locale?: string;
  /** The user's phone number, E.164 when the issuer formats it (`+8613800000000`). */
  phone_number?: string;
  /** Whether the issuer has checked that the user controls `phone_number`. */
  phone_number_verified?: boolean;
  /**
   * When the profile last changed: Unix seconds per the OIDC spec, though some servers send an
   * ISO 8601 date string instead.
   */
  updated_at?: string | number;
  /** Any further claim the server sends (custom or extended claims). */
  [claim: string]: unknown;
}

/** The verified claims of an ID token. */
export interface IDToken extends UserInfo {
  /** Issuer: the URL of the server that signed the token. */
  iss: string;
  /** Audience: the app ID(s) (client IDs) the token was issued to. */
  aud: string | string[];
  /** Expiry time, Unix seconds; the token must not be accepted after it. */
  exp: number;
  /** Issued-at time, Unix seconds. */
  iat: number;
  /** The nonce from the authorize request, echoed back; it must match the one you sent. */
  nonce?: string;
  /** Access-token hash: left half of the SHA-256 of the access token, base64url; binds the two tokens. */
  at_hash?: string;
  /** State hash: left half of the SHA-256 of the `state` value, base64url. */
  s_hash?: string;
}

/** The verified claims of a JWT access token. */
export interface AccessToken {
  /** JWT ID: a unique identifier of this token. */
  jti?: string;
  /** Subject: the user's ID; absent for client-credentials tokens, which stand for no user. */
  sub?: string;
  /** Issued-at time, Unix seconds. */
  iat?: number;
  /** Expiry time, Unix seconds. */
  exp: number;
  /** Space-separated scopes the token grants. */
  scope?: string;
  /** Issuer: the URL of the server that signed the token. */
  iss: string;
  /** Audience: the resource(s) or app ID(s) the token is meant for. */
  aud?: string | string[];
  /** Any further claim the server puts in the token. */
  [claim: string]: unknown;
}

/** A JSON Web Key Set. */
export interface JWKSObject {
  /** The public keys, each with its `kid`, used to check token signatures. */
  keys: JWK[];
}

/** An introspection answer (RFC 7662). */
export interface IntrospectionResult {
  /** Whether the token is currently valid (known, unexpired, unrevoked); when false, other fields are usually absent. */
  active: boolean;
  /** Space-separated scopes the token grants. */
  scope?: string;
  /** The app ID (client ID) the token was issued to. */
  client_id?: string;
  /** Subject: the ID of the user the token stands for. */
  sub?: string;
  /** Expiry time, Unix seconds. */
  exp?: number;
  /** Issued-at time, Unix seconds. */
  iat?: number;
  /** Issuer: the URL of the server that issued the token. */
  iss?: string;
  /** Audience: who the token is meant for. */
  aud?: string | string[];
  /** The type of the token as the server names it, e.g. `Bearer` for an access token. */
  token_type?: string;
  /** Any further field the server returns. */
  [field: string]: unknown;
}

/** A successful CAS 2.0 validation (JSON format). */
export interface Cas20ValidationSuccessResult {
  /** The CAS response envelope. */
  serviceResponse: {
    /** Present because the ticket was accepted. */
    authenticationSuccess: {
      /** The signed-in user's name. */
      user: string;
      /** Extra user attributes the server released to this service, by name. */
      attributes: Record<string, unknown>;
    };
  };
}

/** A failed CAS 2.0 validation (JSON format). */
export interface Cas20ValidationFailureResult {
  /** The CAS response envelope, when the server wraps the failure in one. */
  serviceResponse?: {
    /** Why the ticket was refused. */
    authenticationFailure: {
      /** CAS error code, e.g. `INVALID_TICKET` or `INVALID_SERVICE`. */
      code: string;
      /** Human-readable reason from the server. */
      description: string;
    };
  };
  /** Why the ticket was refused, when the server sends the failure without the envelope. */
  authenticationFailure?: {
    /** CAS error code, e.g. `INVALID_TICKET` or `INVALID_SERVICE`. */
    code: string;
    /** Human-readable reason from the server. */
    description: string;
  };
}

/** CAS 1.0 validation result. */
export interface Cas10ValidationResult {
  /** Whether the server accepted the ticket (CAS 1.0 answers `yes` or `no`). */
  valid: boolean;
  /** The user name when valid. */
  username?: string;
  /** Why the ticket was refused, when invalid. */
  message?: string;
}
