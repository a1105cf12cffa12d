import type { RequestOptions } from "@genauth/core";
import type { LoginTokenRespDto, SignInOptionsDto, SigninByCredentialsDto } from "@genauth/types";
import { GeneratedAuthenticationMethods } from "./generated/authentication-methods.js";

/**
 * The official SDK's sign-in shortcuts. Each builds a `signInByCredentials` body
 * (`POST /api/v3/signin`) for one kind of credential, and adds the application's credentials
 * the way its `tokenEndPointAuthMethod` asks:
 *
 * - `client_secret_post` (default): `client_id` and `client_secret` fields in the body;
 * - `client_secret_basic`: nothing in the body; the transport sends `authorization: Basic …`;
 * - `none`: nothing.
 *
 * Use them through {@link AuthenticationClient}.
 */
export abstract class SignInMethods extends GeneratedAuthenticationMethods {
  /**
   * Signs a user in with an email address and a password.
   *
   * @param requestBody - The email, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   * @example
   * ```ts
   * const result = await client.signInByEmailPassword({ email: "ada@example.com", password: "…" });
   * if (result.statusCode === 200) client.setAccessToken(result.data.access_token);
   * ```
   */
  signInByEmailPassword(
    requestBody: { email: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { email, password } = requestBody;
    return this.#signIn({ connection: "PASSWORD", passwordPayload: { email, password }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with a phone number and a password.
   *
   * @param requestBody - The phone number, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByPhonePassword(
    requestBody: { phone: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { phone, password } = requestBody;
    return this.#signIn({ connection: "PASSWORD", passwordPayload: { phone, password }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with a username and a password.
   *
   * @param requestBody - The username, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByUsernamePassword(
    requestBody: { username: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { username, password } = requestBody;
    return this.#signIn({ connection: "PASSWORD", passwordPayload: { username, password }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with any account identifier GenAuth knows (phone number, email or
   * username) and a password.
   *
   * @param requestBody - The account, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByAccountPassword(
    requestBody: { account: string; password: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { account, password } = requestBody;
    return this.#signIn({ connection: "PASSWORD", passwordPayload: { account, password }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with an email address and the code `sendEmail` sent to it.
   *
   * @param requestBody - The email, the code and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByEmailPassCode(
    requestBody: { email: string; passCode: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { email, passCode } = requestBody;
    return this.#signIn({ connection: "PASSCODE", passCodePayload: { email, passCode }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with a phone number and the code `sendSms` sent to it.
   *
   * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code and
   *   optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByPhonePassCode(
    requestBody: { phone: string; phoneCountryCode?: string; passCode: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { phone, phoneCountryCode, passCode } = requestBody;
    return this.#signIn(
      { connection: "PASSCODE", passCodePayload: { phone, phoneCountryCode, passCode }, options: requestBody.options },
      options,
    );
  }

  /**
   * Signs a user in with a Windows Active Directory account.
   *
   * @param requestBody - The AD `sAMAccountName`, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByAD(
    requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { sAMAccountName, password } = requestBody;
    return this.#signIn({ connection: "AD", adPayload: { sAMAccountName, password }, options: requestBody.options }, options);
  }

  /**
   * Signs a user in with an account of an LDAP directory.
   *
   * @param requestBody - The LDAP `sAMAccountName`, the password and optional sign-in options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token set when `statusCode` is 200.
   * @throws GenAuthConfigError with `client_secret_post` when the client has no `appSecret`.
   */
  signInByLDAP(
    requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto },
    options?: RequestOptions,
  ): Promise<LoginTokenRespDto> {
    const { sAMAccountName, password } = requestBody;
    return this.#signIn({ connection: "LDAP", ldapPayload: { sAMAccountName, password }, options: requestBody.options }, options);
  }

  /** Adds the client credentials `client_secret_post` asks for, then calls `signInByCredentials`. */
  async #signIn(dto: SigninByCredentialsDto, options: RequestOptions | undefined): Promise<LoginTokenRespDto> {
    if (this.transport.options.tokenEndPointAuthMethod === "client_secret_post") {
      dto.client_id = this.transport.appId;
      dto.client_secret = this.transport.clientSecret();
    }
    return this.signInByCredentials(dto, options);
  }
}
