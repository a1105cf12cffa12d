import { callOperation, type RequestOptions } from "@genauth/core";
import type { AuthenticationCore } from "./create-core.js";
import { shortcutBody } from "./shortcut-body.js";
import type { SignUpDto, SignUpOptionsDto, SignUpProfileDto, UserSingleRespDto } from "@genauth/types";
import { signUp as signUpOperation } from "./generated/operations.js";

// The official SDK's sign-up shortcuts. Each builds a `signUp` body (`POST /api/v3/signup`) for
// one kind of credential; sign-up sends no client credentials. `AuthenticationClient` has them as
// methods, and `@genauth/authentication-client/functions` exports them.

/**
 * Creates an account from an email address and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The email, the password, and optional profile fields and sign-up options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the new user when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object.
 * @example
 * ```ts
 * const result = await signUpByEmailPassword(core, { email: "ada@example.com", password: "…" });
 * ```
 */
export async function signUpByEmailPassword(
  core: AuthenticationCore,
  requestBody: { email: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  const { email, password, profile } = shortcutBody(requestBody, "email, password");
  return signUp(core, { connection: "PASSWORD", passwordPayload: { password, email }, profile, options: requestBody.options }, options);
}

/**
 * Creates an account from a username and a password.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The username, the password, and optional profile fields and sign-up options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the new user when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object.
 */
export async function signUpByUsernamePassword(
  core: AuthenticationCore,
  requestBody: { username: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  const { username, password, profile } = shortcutBody(requestBody, "username, password");
  return signUp(core, { connection: "PASSWORD", passwordPayload: { password, username }, profile, options: requestBody.options }, options);
}

/**
 * Creates an account from an email address proven by the code `sendEmail` sent to it.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The email, the code, and optional profile fields and sign-up options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the new user when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object.
 */
export async function signUpByEmailCode(
  core: AuthenticationCore,
  requestBody: { email: string; passCode: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  const { email, passCode, profile } = shortcutBody(requestBody, "email, passCode");
  return signUp(core, { connection: "PASSCODE", passCodePayload: { passCode, email }, profile, options: requestBody.options }, options);
}

/**
 * Creates an account from a phone number proven by the code `sendSms` sent to it.
 *
 * @param core - What the call sends through: the result of `createCore(options)`.
 * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code, and
 *   optional profile fields and sign-up options.
 * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.
 * @returns The envelope; `data` holds the new user when `statusCode` is 200.
 * @throws GenAuthConfigError when `requestBody` is not an object.
 */
export async function signUpByPhoneCode(
  core: AuthenticationCore,
  requestBody: {
    phone: string;
    phoneCountryCode?: string;
    passCode: string;
    profile?: SignUpProfileDto;
    options?: SignUpOptionsDto;
  },
  options?: RequestOptions,
): Promise<UserSingleRespDto> {
  const { phone, phoneCountryCode, passCode, profile } = shortcutBody(requestBody, "phone, phoneCountryCode, passCode");
  return signUp(core, { connection: "PASSCODE", passCodePayload: { phone, phoneCountryCode, passCode }, profile, options: requestBody.options }, options);
}

/** Calls `signUp` (the operation) with the body a shortcut built. */
function signUp(core: AuthenticationCore, dto: SignUpDto, options: RequestOptions | undefined): Promise<UserSingleRespDto> {
  return callOperation(core, signUpOperation, [dto, options]);
}
