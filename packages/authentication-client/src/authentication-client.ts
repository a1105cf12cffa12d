import { defineOperationMethods, type RequestOptions } from "@genauth/core";
import { type AuthenticationCore, createCore } from "./create-core.js";
import type { LoginTokenRespDto, UserSingleRespDto } from "@genauth/types";
import type { AuthenticationMethods } from "./generated/authentication-methods.js";
import { operations } from "./generated/operations.js";
import type { AuthenticationClientOptions } from "./options.js";
import { buildAuthorizeUrl } from "./protocol/authorize-url.js";
import { sub } from "./protocol/events.js";
import type * as P from "./protocol/index.js";
import { JwksCache } from "./protocol/jwks.js";
import { buildLogoutUrl } from "./protocol/logout-url.js";
import { generateCodeChallenge, getCodeChallengeDigest } from "./protocol/pkce.js";
import { resolveProtocolSettings } from "./protocol/settings.js";
import * as signIn from "./sign-in.js";
import * as signUp from "./sign-up.js";

/** The flows of the async methods, imported on first use (see `protocol/flows.ts`). */
const flows = () => import("./protocol/flows.js");

/**
 * The GenAuth Authentication API client: every operation of the V3 API as a method, with the
 * official `authing-node-sdk` names and arguments.
 *
 * Methods resolve to GenAuth's response envelope as it came (`statusCode`, `message`, `data`…);
 * check `statusCode === 200`, or set `throwOnError: true` to get a `GenAuthApiError` instead.
 *
 * The class is made of three parts: the spec's operations (`AuthenticationMethods`, defined from
 * the generated operation table below the class), the official SDK's sign-in and sign-up
 * shortcuts, and the OIDC / OAuth / CAS flows. Each method also exists as a standalone function
 * in `@genauth/authentication-client/functions`, for bundles that keep only what they call.
 *
 * @example
 * ```ts
 * import { AuthenticationClient } from "@genauth/authentication-client";
 *
 * const authenticationClient = new AuthenticationClient({
 *   appId: "GEN_AUTH_APP_ID",
 *   appSecret: "GEN_AUTH_APP_SECRET",
 *   appHost: "https://my-app.genauth.ai",
 * });
 * const result = await authenticationClient.getWechatMpAccessTokenInfo({ appId: "wx…", appSecret: "…" });
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: its static block defines every method the merged interface below declares
export class AuthenticationClient {
  static {
    defineOperationMethods(AuthenticationClient.prototype, operations, (client) => client.transport);
  }

  /** What every call sends through: base URL, credentials, timeouts, retries, errors. */
  protected readonly transport: AuthenticationCore;
  /**
   * What the protocol flows work with (`src/protocol/`); holds no secret itself.
   * @internal
   */
  protected readonly protocolContext: P.VerifyContext & P.EventsContext;

  /**
   * @param options - Application credentials and client settings. The object is not modified.
   * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
   */
  constructor(options: AuthenticationClientOptions) {
    this.transport = createCore(options);
    const settings = resolveProtocolSettings(options, this.transport.appHost);
    const jwks = new JwksCache(this.transport, settings.jwksCooldown);
    this.protocolContext = { transport: this.transport, settings, jwks, WebSocket: options.WebSocket };
  }

  /**
   * Sets the signed-in user's access token; later calls send it in `authorization`.
   * Pass `undefined` to sign the client out.
   */
  setAccessToken(accessToken: string | undefined): void {
    this.transport.setAccessToken(accessToken);
  }

  /** Signs a user in with an email address and a password. */
  signInByEmailPassword(requestBody: Parameters<typeof signIn.signInByEmailPassword>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByEmailPassword(this.transport, requestBody, options);
  }

  /** Signs a user in with a phone number and a password. */
  signInByPhonePassword(requestBody: Parameters<typeof signIn.signInByPhonePassword>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByPhonePassword(this.transport, requestBody, options);
  }

  /** Signs a user in with a username and a password. */
  signInByUsernamePassword(requestBody: Parameters<typeof signIn.signInByUsernamePassword>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByUsernamePassword(this.transport, requestBody, options);
  }

  /** Signs a user in with any account identifier GenAuth knows (phone number, email or username) and a password. */
  signInByAccountPassword(requestBody: Parameters<typeof signIn.signInByAccountPassword>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByAccountPassword(this.transport, requestBody, options);
  }

  /** Signs a user in with an email address and the code `sendEmail` sent to it. */
  signInByEmailPassCode(requestBody: Parameters<typeof signIn.signInByEmailPassCode>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByEmailPassCode(this.transport, requestBody, options);
  }

  /** Signs a user in with a phone number and the code `sendSms` sent to it. */
  signInByPhonePassCode(requestBody: Parameters<typeof signIn.signInByPhonePassCode>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByPhonePassCode(this.transport, requestBody, options);
  }

  /** Signs a user in with a Windows Active Directory account. */
  signInByAD(requestBody: Parameters<typeof signIn.signInByAD>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByAD(this.transport, requestBody, options);
  }

  /** Signs a user in with an account of an LDAP directory. */
  signInByLDAP(requestBody: Parameters<typeof signIn.signInByLDAP>[1], options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByLDAP(this.transport, requestBody, options);
  }

  /** Creates an account from an email address and a password. See {@link signUp.signUpByEmailPassword}. */
  signUpByEmailPassword(requestBody: Parameters<typeof signUp.signUpByEmailPassword>[1], options?: RequestOptions): Promise<UserSingleRespDto> {
    return signUp.signUpByEmailPassword(this.transport, requestBody, options);
  }

  /** Creates an account from a username and a password. See {@link signUp.signUpByUsernamePassword}. */
  signUpByUsernamePassword(requestBody: Parameters<typeof signUp.signUpByUsernamePassword>[1], options?: RequestOptions): Promise<UserSingleRespDto> {
    return signUp.signUpByUsernamePassword(this.transport, requestBody, options);
  }

  /** Creates an account from an email address proven by the code `sendEmail` sent to it. See {@link signUp.signUpByEmailCode}. */
  signUpByEmailCode(requestBody: Parameters<typeof signUp.signUpByEmailCode>[1], options?: RequestOptions): Promise<UserSingleRespDto> {
    return signUp.signUpByEmailCode(this.transport, requestBody, options);
  }

  /** Creates an account from a phone number proven by the code `sendSms` sent to it. See {@link signUp.signUpByPhoneCode}. */
  signUpByPhoneCode(requestBody: Parameters<typeof signUp.signUpByPhoneCode>[1], options?: RequestOptions): Promise<UserSingleRespDto> {
    return signUp.signUpByPhoneCode(this.transport, requestBody, options);
  }

  /**
   * The hosted login URL of the client's `protocol`, with the state and nonce to check on return.
   * For OIDC, pass `codeVerifier` (from `generateCodeChallenge`) or `codeChallenge` to use PKCE.
   * @example
   * ```ts
   * const codeVerifier = client.generateCodeChallenge();
   * const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope: "openid profile offline_access" });
   * ```
   */
  buildAuthorizeUrl(options?: P.OidcParams | P.OauthParams | P.CasParams): P.AuthUrlResult {
    return buildAuthorizeUrl(this.protocolContext, options);
  }

  /** A new PKCE code verifier: 43 random letters and digits. */
  generateCodeChallenge(): string {
    return generateCodeChallenge();
  }

  /** The PKCE `code_challenge` of a verifier (`S256`: base64url of its SHA-256). */
  getCodeChallengeDigest(options: P.CodeChallengeDigestOptions): string {
    return getCodeChallengeDigest(options);
  }

  /** Exchanges the authorization code of the callback (and its PKCE verifier) for tokens. */
  async getAccessTokenByCode(code: string, options?: P.AccessTokenByCodeOptions, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getAccessTokenByCode(this.protocolContext, code, options, requestOptions);
  }

  /** Uses a refresh token (scope `offline_access`) to get new tokens. */
  async getNewAccessTokenByRefreshToken(refreshToken: string, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getNewAccessTokenByRefreshToken(this.protocolContext, refreshToken, requestOptions);
  }

  /** Client credentials grant for a programmatic access account (machine-to-machine). */
  async getAccessTokenByClientCredentials(scope: string, options?: P.ClientCredentialsOptions, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getAccessTokenByClientCredentials(this.protocolContext, scope, options, requestOptions);
  }

  /** The user's OIDC claims; the token goes in `authorization: Bearer` unless `tokenPlace` says otherwise. */
  async getUserInfoByAccessToken(accessToken: string, options?: P.UserInfoOptions, requestOptions?: RequestOptions): Promise<P.UserInfo> {
    return (await flows()).getUserInfoByAccessToken(this.protocolContext, accessToken, options, requestOptions);
  }

  /** Asks the server whether a token is active (online check). */
  async introspectToken(token: string, requestOptions?: RequestOptions): Promise<P.IntrospectionResult> {
    return (await flows()).introspectToken(this.protocolContext, token, requestOptions);
  }

  /** Revokes an access or refresh token; rejects with `GenAuthApiError` when the server refuses. */
  async revokeToken(token: string, requestOptions?: RequestOptions): Promise<true> {
    return (await flows()).revokeToken(this.protocolContext, token, requestOptions);
  }

  /** The front-channel logout URL of the client's `protocol`. */
  buildLogoutUrl(options?: P.LogoutParams): string {
    return buildLogoutUrl(this.protocolContext, options);
  }

  /**
   * Verifies an ID token (signature, `iss`, `aud`, `azp`, `exp`, `nbf`, `iat`, `auth_time` against
   * `maxAge`, `nonce` when one is expected; a `typ` of another kind of JWT is refused) and returns
   * its claims.
   * @throws GenAuthTokenVerificationError naming the failed check.
   */
  async parseIDToken(token: string, options?: P.ParseIDTokenOptions): Promise<P.IDToken> {
    return (await flows()).parseIDToken(this.protocolContext, token, options);
  }

  /**
   * Verifies a JWT access token locally (signature, `iss`, `aud`, `exp`, `nbf`, `iat`); an ID
   * token given in its place is refused.
   * @throws GenAuthTokenVerificationError naming the failed check.
   */
  async parseAccessToken(token: string, options?: P.ParseTokenOptions): Promise<P.AccessToken> {
    return (await flows()).parseAccessToken(this.protocolContext, token, options);
  }

  /** Validates a CAS 1.0 service ticket. */
  async validateTicketV1(ticket: string, service: string, requestOptions?: RequestOptions): Promise<P.Cas10ValidationResult> {
    return (await flows()).validateTicketV1(this.protocolContext, ticket, service, requestOptions);
  }

  /** Validates a CAS 2.0 service ticket and returns the user's attributes (JSON) or the XML text. */
  async validateTicketV2(
    ticket: string,
    service: string,
    format: "XML" | "JSON" = "JSON",
    requestOptions?: RequestOptions,
  ): Promise<P.Cas20ValidationSuccessResult | P.Cas20ValidationFailureResult | string> {
    return (await flows()).validateTicketV2(this.protocolContext, ticket, service, format, requestOptions);
  }

  /** Publishes a custom user event; needs the user's access token. */
  async pub(eventName: string, data: string, requestOptions?: RequestOptions): Promise<unknown> {
    return (await flows()).pub(this.protocolContext, eventName, data, requestOptions);
  }

  /** Subscribes to an event over WebSocket; returns a handle whose `close()` ends it. */
  sub(eventName: string, callback: (message: string) => void, errCallback: (error: unknown) => void, options?: P.SubscribeOptions): P.Subscription {
    return sub(this.protocolContext, eventName, callback, errCallback, options);
  }
}

// The spec's operations, one method each; defined from the operation table in the static block above.
export interface AuthenticationClient extends AuthenticationMethods {}
