import type { OauthParams as SpecOauthParams, CasParams as SpecCasParams, OidcParams as SpecOidcParams } from "@genauth/types";
import type { JWK } from "jose";

/**
 * Options of an OIDC authorize URL (`protocol: "oidc"`, the default): the official SDK's
 * `OidcParams`, plus `codeVerifier`.
 */
export interface OidcParams extends SpecOidcParams {
  /**
   * A PKCE code verifier (see `generateCodeChallenge`): the URL then carries its S256 challenge.
   * Keep the verifier and pass it to `getAccessTokenByCode`.
   */
  codeVerifier?: string;
}

/** Options of an OAuth 2.0 authorize URL (`protocol: "oauth"`). */
export type OauthParams = SpecOauthParams;

/** Options of a CAS login URL (`protocol: "cas"`). */
export type CasParams = SpecCasParams;

/** What `buildAuthorizeUrl` returns: the URL, and the state and nonce to check on return. */
export interface AuthUrlResult {
  url: string;
  state?: string;
  /** OIDC only. */
  nonce?: string;
}

/** Options of `buildLogoutUrl` and `logoutWithRedirect`. */
export interface LogoutParams {
  /** Where the browser goes after logout; defaults to the client's `logoutRedirectUri`. */
  redirectUri?: string;
  /** The ID token from sign-in, sent as `id_token_hint`. */
  idToken?: string;
  /** Opaque value handed back to `redirectUri`. */
  state?: string;
}

// The token and claim types below replace the official SDK's, which mark every field required
// (an ID token without `nonce`, a token answer without `refresh_token`): these say what servers send.

/** A token endpoint answer (code exchange, refresh, client credentials). */
export interface OIDCTokenResponse {
  access_token: string;
  /** Present when the scope had `openid`. */
  id_token?: string;
  /** Seconds the access token lives. */
  expires_in: number;
  /** Present with the `offline_access` scope. */
  refresh_token?: string;
  token_type: string;
  scope?: string;
}

/** OIDC standard claims, as the userinfo endpoint and ID tokens carry them. */
export interface UserInfo {
  sub: string;
  name?: string;
  nickname?: string;
  given_name?: string;
  family_name?: string;
  middle_name?: string;
  preferred_username?: string;
  profile?: string;
  picture?: string;
  website?: string;
  email?: string;
  email_verified?: boolean;
  gender?: string;
  birthdate?: string;
  zoneinfo?: string;
  locale?: string;
  phone_number?: string;
  phone_number_verified?: boolean;
  updated_at?: string | number;
  [claim: string]: unknown;
}

/** The verified claims of an ID token. */
export interface IDToken extends UserInfo {
  iss: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  at_hash?: string;
  s_hash?: string;
}

/** The verified claims of a JWT access token. */
export interface AccessToken {
  jti?: string;
  sub?: string;
  iat?: number;
  exp: number;
  scope?: string;
  iss: string;
  aud?: string | string[];
  [claim: string]: unknown;
}

/** A JSON Web Key Set. */
export interface JWKSObject {
  keys: JWK[];
}

/** An introspection answer (RFC 7662). */
export interface IntrospectionResult {
  active: boolean;
  scope?: string;
  client_id?: string;
  sub?: string;
  exp?: number;
  iat?: number;
  iss?: string;
  aud?: string | string[];
  token_type?: string;
  [field: string]: unknown;
}

/** A successful CAS 2.0 validation (JSON format). */
export interface Cas20ValidationSuccessResult {
  serviceResponse: {
    authenticationSuccess: {
      user: string;
      attributes: Record<string, unknown>;
    };
  };
}

/** A failed CAS 2.0 validation (JSON format). */
export interface Cas20ValidationFailureResult {
  serviceResponse?: { authenticationFailure: { code: string; description: string } };
  authenticationFailure?: { code: string; description: string };
}

/** CAS 1.0 validation result. */
export interface Cas10ValidationResult {
  valid: boolean;
  /** The user name when valid. */
  username?: string;
  /** Why the ticket was refused, when invalid. */
  message?: string;
}
