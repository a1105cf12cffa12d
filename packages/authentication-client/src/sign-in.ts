import { callOperation, type RequestOptions } from "@genauth/core";
import type { AuthenticationCore } from "./create-core.js";
import { shortcutBody } from "./shortcut-body.js";
import type { LoginTokenRespDto, SignInOptionsDto, SigninByCredentialsDto } from "@genauth/types";
import { signInByCredentials } from "./generated/operations.js";

// The official SDK's sign-in shortcuts. Each builds a `signInByCredentials` body
// (`POST /api/v3/signin`) for one kind of credential, and adds the application's credentials the
// way its `tokenEndPointAuthMethod` asks: `client_secret_post` (default) puts `client_id` and
// `client_secret` in the body; `client_secret_basic` puts nothing there (the transport sends
// `authorization: Basic …`); `none`, nothing. `AuthenticationClient` has them as methods, and
// `@genauth/authentication-client/functions` exports them.

/**
 * Signs a user in with an email address and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The email, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 * @example
 * ```ts
 * const result = await signInByEmailPassword(core, { email: "ada@example.com", password: "…" });
 * if (result.statusCode === 200) core.setAccessToken(result.data.access_token);
 * ```
 */
export async function signInByEmailPassword(
  core: AuthenticationCore,
  requestBody: { email: string; password: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { email, password } = shortcutBody(requestBody, "email, password");
  return signIn(core, { connection: "PASSWORD", passwordPayload: { password, email }, options: requestBody.options }, options);
}

/**
 * Signs a user in with a phone number and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The phone number, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByPhonePassword(
  core: AuthenticationCore,
  requestBody: { phone: string; password: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { phone, password } = shortcutBody(requestBody, "phone, password");
  return signIn(core, { connection: "PASSWORD", passwordPayload: { password, phone }, options: requestBody.options }, options);
}

/**
 * Signs a user in with a username and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The username, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByUsernamePassword(
  core: AuthenticationCore,
  requestBody: { username: string; password: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { username, password } = shortcutBody(requestBody, "username, password");
  return signIn(core, { connection: "PASSWORD", passwordPayload: { password, username }, options: requestBody.options }, options);
}

/**
 * Signs a user in with any account identifier GenAuth knows (phone number, email or
 * username) and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The account, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByAccountPassword(
  core: AuthenticationCore,
  requestBody: { account: string; password: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { account, password } = shortcutBody(requestBody, "account, password");
  return signIn(core, { connection: "PASSWORD", passwordPayload: { password, account }, options: requestBody.options }, options);
}

/**
 * Signs a user in with an email address and the code `sendEmail` sent to it.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The email, the code and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByEmailPassCode(
  core: AuthenticationCore,
  requestBody: { email: string; passCode: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { email, passCode } = shortcutBody(requestBody, "email, passCode");
  return signIn(core, { connection: "PASSCODE", passCodePayload: { email, passCode }, options: requestBody.options }, options);
}

/**
 * Signs a user in with a phone number and the code `sendSms` sent to it.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code and
 *   optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByPhonePassCode(
  core: AuthenticationCore,
  requestBody: { phone: string; phoneCountryCode?: string; passCode: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { phone, phoneCountryCode, passCode } = shortcutBody(requestBody, "phone, phoneCountryCode, passCode");
  return signIn(core, { connection: "PASSCODE", passCodePayload: { phone, phoneCountryCode, passCode }, options: requestBody.options }, options);
}

/**
 * Signs a user in with a Windows Active Directory account.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The AD `sAMAccountName`, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByAD(
  core: AuthenticationCore,
  requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { sAMAccountName, password } = shortcutBody(requestBody, "sAMAccountName, password");
  return signIn(core, { connection: "AD", adPayload: { sAMAccountName, password }, options: requestBody.options }, options);
}

/**
 * Signs a user in with an account of an LDAP directory.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The LDAP `sAMAccountName`, the password and optional sign-in options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the token set when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object, or with `client_secret_post` when the client has no `appSecret`.
 */
export async function signInByLDAP(
  core: AuthenticationCore,
  requestBody: { password: string; sAMAccountName: string; options?: SignInOptionsDto },
  options?: RequestOptions,
): Promise<LoginTokenRespDto> {
  const { sAMAccountName, password } = shortcutBody(requestBody, "sAMAccountName, password");
  return signIn(core, { connection: "LDAP", ldapPayload: { password, sAMAccountName }, options: requestBody.options }, options);
}

/** Adds the client credentials `client_secret_post` asks for, then calls `signInByCredentials`. */
async function signIn(core: AuthenticationCore, dto: SigninByCredentialsDto, options: RequestOptions | undefined): Promise<LoginTokenRespDto> {
  // A `core` that is not one is reported by callOperation, by name.
  if (core?.options?.tokenEndPointAuthMethod === "client_secret_post") {
    dto.client_id = core.appId;
    dto.client_secret = core.clientSecret();
  }
  return callOperation(core, signInByCredentials, [dto, options]);
}
