import { defineOperationMethods, type RequestOptions } from "@genauth/core";
import { type AuthenticationCore, createCore } from "./create-core.js";
import type { LoginTokenRespDto, SignInOptionsDto, SignUpOptionsDto, SignUpProfileDto, UserSingleRespDto } from "@genauth/types";
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
 * the generated operation table by the static block at the top of the class, their signatures
 * merged below it), the official SDK's sign-in and sign-up
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
   *
   * @param accessToken - The token (e.g. a sign-in's `data.access_token`), or `undefined` (or
   *   `null`) to sign the client out.
   * @throws GenAuthConfigError when the token is not a string or cannot be sent as a header.
   */
  setAccessToken(accessToken: string | null | undefined): void {
    this.transport.setAccessToken(accessToken);
  }

  /**
   * Signs a user in with an email address and a password.
   *
   * @param requestBody - The email, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByEmailPassword(requestBody: { email: string; password: string; options?: SignInOptionsDto }, options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByEmailPassword(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with a phone number and a password.
   *
   * @param requestBody - The phone number, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByPhonePassword(requestBody: { phone: string; password: string; options?: SignInOptionsDto }, options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByPhonePassword(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with a username and a password.
   *
   * @param requestBody - The username, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByUsernamePassword(
    requestBody: { username: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    return signIn.signInByUsernamePassword(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with any account identifier GenAuth knows (phone number, email or username) and a password.
   *
   * @param requestBody - The account, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByAccountPassword(
    requestBody: { account: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    return signIn.signInByAccountPassword(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with an email address and the code `sendEmail` sent to it.
   *
   * @param requestBody - The email, the code and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByEmailPassCode(requestBody: { email: string; passCode: string; options?: SignInOptionsDto }, options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByEmailPassCode(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with a phone number and the code `sendSms` sent to it.
   *
   * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code and
   *   optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByPhonePassCode(
    requestBody: { phone: string; phoneCountryCode?: string; passCode: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    return signIn.signInByPhonePassCode(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with a Windows Active Directory account.
   *
   * @param requestBody - The AD `sAMAccountName`, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByAD(requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto }, options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByAD(this.transport, requestBody, options);
  }

  /**
   * Signs a user in with an account of an LDAP directory.
   *
   * @param requestBody - The LDAP `sAMAccountName`, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
   */
  signInByLDAP(requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto }, options?: RequestOptions): Promise<LoginTokenRespDto> {
    return signIn.signInByLDAP(this.transport, requestBody, options);
  }

  /**
   * Creates an account from an email address and a password.
   *
   * @param requestBody - The email, the password, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object.
   */
  signUpByEmailPassword(
    requestBody: { email: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    return signUp.signUpByEmailPassword(this.transport, requestBody, options);
  }

  /**
   * Creates an account from a username and a password.
   *
   * @param requestBody - The username, the password, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object.
   */
  signUpByUsernamePassword(
    requestBody: { username: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    return signUp.signUpByUsernamePassword(this.transport, requestBody, options);
  }

  /**
   * Creates an account from an email address proven by the code `sendEmail` sent to it.
   *
   * @param requestBody - The email, the code, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object.
   */
  signUpByEmailCode(
    requestBody: { email: string; passCode: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    return signUp.signUpByEmailCode(this.transport, requestBody, options);
  }

  /**
   * Creates an account from a phone number proven by the code `sendSms` sent to it.
   *
   * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code, and
   *   optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   * @throws GenAuthConfigError when `requestBody` is not an object.
   */
  signUpByPhoneCode(
    requestBody: {
      phone: string;
      phoneCountryCode?: string;
      passCode: string;
      profile?: SignUpProfileDto;
      options?: SignUpOptionsDto;
    },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    return signUp.signUpByPhoneCode(this.transport, requestBody, options);
  }

  /**
   * The hosted login URL of the client's `protocol`, with the state and nonce to check on return.
   * For OIDC, pass `codeVerifier` (from `generateCodeChallenge`) or `codeChallenge` to use PKCE.
   * @param options - The protocol's parameters (`redirectUri`, `scope`, `state`, `nonce`, PKCE,
   *   `maxAge`…); defaults from the client options.
   * @returns `{ url, state, nonce }`: send the user to `url`, keep `state` and `nonce` to check the return.
   * @throws GenAuthConfigError naming a bad parameter.
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

  /**
   * The PKCE `code_challenge` of a verifier (`S256`: base64url of its SHA-256).
   * @param options - `{ codeChallenge, method }`: the verifier (named as in the official SDK) and
   *   `S256` or `plain`.
   * @returns The challenge to send.
   */
  getCodeChallengeDigest(options: P.CodeChallengeDigestOptions): string {
    return getCodeChallengeDigest(options);
  }

  /**
   * Exchanges the authorization code of the callback (and its PKCE verifier) for tokens.
   * @param code - The `code` of the callback.
   * @param options - `{ codeVerifier, redirectUri }`, when the authorize request had them.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The token response; `id_token` comes with the `openid` scope, `refresh_token` with `offline_access`.
   * @throws GenAuthApiError with the OAuth `error` (`invalid_grant` for a used or expired code) when the server refuses.
   * @throws GenAuthConfigError when the endpoint's auth method (`tokenEndPointAuthMethod`) needs the `appSecret` the
   *   client lacks; a public client sets it to `"none"`.
   */
  async getAccessTokenByCode(code: string, options?: P.AccessTokenByCodeOptions, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getAccessTokenByCode(this.protocolContext, code, options, requestOptions);
  }

  /**
   * Uses a refresh token (scope `offline_access`) to get new tokens.
   * @param refreshToken - The refresh token of an earlier token response.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The new token response.
   * @throws GenAuthApiError with the OAuth `error` when the server refuses.
   * @throws GenAuthConfigError when the endpoint's auth method (`tokenEndPointAuthMethod`) needs the `appSecret` the
   *   client lacks; a public client sets it to `"none"`.
   */
  async getNewAccessTokenByRefreshToken(refreshToken: string, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getNewAccessTokenByRefreshToken(this.protocolContext, refreshToken, requestOptions);
  }

  /**
   * Client credentials grant for a programmatic access account (machine-to-machine).
   * @param scope - The scope to ask for.
   * @param options - `{ accessKey, accessSecret }` of the account; default the client's `appId` and `appSecret`.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The token response (an access token, no user).
   */
  async getAccessTokenByClientCredentials(scope: string, options?: P.ClientCredentialsOptions, requestOptions?: RequestOptions): Promise<P.OIDCTokenResponse> {
    return (await flows()).getAccessTokenByClientCredentials(this.protocolContext, scope, options, requestOptions);
  }

  /**
   * The user's OIDC claims; the token goes in `authorization: Bearer` unless `tokenPlace` says otherwise.
   * @param accessToken - The user's access token.
   * @param options - `{ method, tokenPlace }`: `GET` (default) or `POST`, and where the token goes:
   *   `header` (default), `query` or `body`.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The claims the token's scope grants.
   */
  async getUserInfoByAccessToken(accessToken: string, options?: P.UserInfoOptions, requestOptions?: RequestOptions): Promise<P.UserInfo> {
    return (await flows()).getUserInfoByAccessToken(this.protocolContext, accessToken, options, requestOptions);
  }

  /**
   * Asks the server whether a token is active (online check).
   * @param token - An access or refresh token.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns `{ active, … }`: the token's claims when it is active.
   * @throws GenAuthConfigError when the endpoint's auth method (`introspectionEndPointAuthMethod`) needs the `appSecret` the
   *   client lacks; a public client sets it to `"none"`.
   */
  async introspectToken(token: string, requestOptions?: RequestOptions): Promise<P.IntrospectionResult> {
    return (await flows()).introspectToken(this.protocolContext, token, requestOptions);
  }

  /**
   * Revokes an access or refresh token.
   * @param token - The token to revoke.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns `true` once the server has revoked it.
   * @throws GenAuthApiError when the server refuses.
   * @throws GenAuthConfigError when the endpoint's auth method (`revocationEndPointAuthMethod`) needs the `appSecret` the
   *   client lacks; a public client sets it to `"none"`.
   */
  async revokeToken(token: string, requestOptions?: RequestOptions): Promise<true> {
    return (await flows()).revokeToken(this.protocolContext, token, requestOptions);
  }

  /**
   * The front-channel logout URL of the client's `protocol`.
   * @param options - `{ idToken, redirectUri, state }` as the protocol takes them; all optional.
   * @returns The URL to send the user to.
   */
  buildLogoutUrl(options?: P.LogoutParams): string {
    return buildLogoutUrl(this.protocolContext, options);
  }

  /**
   * Verifies an ID token (signature, `iss`, `aud`, `azp`, `exp`, `nbf`, `iat`, `auth_time` against
   * `maxAge`, `nonce` when one is expected; a `typ` of another kind of JWT is refused) and returns
   * its claims.
   * @param token - The ID token.
   * @param options - `{ nonce, maxAge }` to check when the authorize request set them, and
   *   `audience`, `issuer`, `clockTolerance`, `currentDate`, `serverJWKS` to override the defaults.
   * @returns The token's claims.
   * @throws GenAuthTokenVerificationError naming the failed check; GenAuthConfigError when the token is not a string.
   */
  async parseIDToken(token: string, options?: P.ParseIDTokenOptions): Promise<P.IDToken> {
    return (await flows()).parseIDToken(this.protocolContext, token, options);
  }

  /**
   * Verifies a JWT access token locally (signature, `iss`, `aud`, `exp`, `nbf`, `iat`); an ID
   * token given in its place is refused.
   * @param token - The access token.
   * @param options - `audience`, `issuer`, `clockTolerance`, `currentDate`, `serverJWKS` to override
   *   the defaults.
   * @returns The token's claims.
   * @throws GenAuthTokenVerificationError naming the failed check; GenAuthConfigError when the token is not a string.
   */
  async parseAccessToken(token: string, options?: P.ParseTokenOptions): Promise<P.AccessToken> {
    return (await flows()).parseAccessToken(this.protocolContext, token, options);
  }

  /**
   * Validates a CAS 1.0 service ticket.
   * @param ticket - The `ticket` of the CAS callback.
   * @param service - The service URL the ticket was issued for.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns Whether the ticket is valid, and the user's name when it is.
   */
  async validateTicketV1(ticket: string, service: string, requestOptions?: RequestOptions): Promise<P.Cas10ValidationResult> {
    return (await flows()).validateTicketV1(this.protocolContext, ticket, service, requestOptions);
  }

  /**
   * Validates a CAS 2.0 service ticket.
   * @param ticket - The `ticket` of the CAS callback.
   * @param service - The service URL the ticket was issued for.
   * @param format - `JSON` (default) for a parsed result, `XML` for the server's text.
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns The user and attributes, or the failure (JSON), or the XML text.
   */
  async validateTicketV2(
    ticket: string,
    service: string,
    format: "XML" | "JSON" = "JSON",
    requestOptions?: RequestOptions,
  ): Promise<P.Cas20ValidationSuccessResult | P.Cas20ValidationFailureResult | string> {
    return (await flows()).validateTicketV2(this.protocolContext, ticket, service, format, requestOptions);
  }

  /**
   * Publishes a custom user event; needs the user's access token.
   * @param eventName - The event code.
   * @param data - The event's payload, a string (JSON-encode objects).
   * @param requestOptions - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
   * @returns GenAuth's envelope.
   */
  async pub(eventName: string, data: string, requestOptions?: RequestOptions): Promise<unknown> {
    return (await flows()).pub(this.protocolContext, eventName, data, requestOptions);
  }

  /**
   * Subscribes to an event over WebSocket; returns a handle whose `close()` ends it.
   * @param eventName - The event code.
   * @param callback - Receives each message, as a string.
   * @param errCallback - Receives the error once reconnecting gives up.
   * @param options - `{ WebSocket, reconnectDelay }`: the WebSocket class (default the client's, then
   *   the global one) and the milliseconds between reconnect attempts.
   * @returns The subscription; `close()` ends it.
   */
  sub(eventName: string, callback: (message: string) => void, errCallback: (error: unknown) => void, options?: P.SubscribeOptions): P.Subscription {
    return sub(this.protocolContext, eventName, callback, errCallback, options);
  }
}

// The spec's operations, one method each; defined from the operation table in the static block above.
export interface AuthenticationClient extends AuthenticationMethods {}
