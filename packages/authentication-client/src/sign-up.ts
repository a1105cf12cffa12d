import type { RequestOptions } from "@genauth/core";
import type { SignUpOptionsDto, SignUpProfileDto, UserSingleRespDto } from "@genauth/types";
import { SignInMethods } from "./sign-in.js";

/**
 * The official SDK's sign-up shortcuts. Each builds a `signUp` body (`POST /api/v3/signup`)
 * for one kind of credential; sign-up sends no client credentials.
 *
 * Use them through {@link AuthenticationClient}.
 */
export abstract class SignUpMethods extends SignInMethods {
  /**
   * Creates an account from an email address and a password.
   *
   * @param requestBody - The email, the password, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   * @example
   * ```ts
   * const result = await client.signUpByEmailPassword({ email: "ada@example.com", password: "…" });
   * ```
   */
  signUpByEmailPassword(
    requestBody: { email: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    const { email, password, profile } = requestBody;
    return this.signUp({ connection: "PASSWORD", passwordPayload: { email, password }, profile, options: requestBody.options }, options);
  }

  /**
   * Creates an account from a username and a password.
   *
   * @param requestBody - The username, the password, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   */
  signUpByUsernamePassword(
    requestBody: { username: string; password: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    const { username, password, profile } = requestBody;
    return this.signUp(
      { connection: "PASSWORD", passwordPayload: { username, password }, profile, options: requestBody.options },
      options,
    );
  }

  /**
   * Creates an account from an email address proven by the code `sendEmail` sent to it.
   *
   * @param requestBody - The email, the code, and optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
   */
  signUpByEmailCode(
    requestBody: { email: string; passCode: string; profile?: SignUpProfileDto; options?: SignUpOptionsDto },
    options?: RequestOptions,
  ): Promise<UserSingleRespDto> {
    const { email, passCode, profile } = requestBody;
    return this.signUp({ connection: "PASSCODE", passCodePayload: { email, passCode }, profile, options: requestBody.options }, options);
  }

  /**
   * Creates an account from a phone number proven by the code `sendSms` sent to it.
   *
   * @param requestBody - The phone number, its optional country code (e.g. `+86`), the code, and
   *   optional profile fields and sign-up options.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the new user when `statusCode` is 200.
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
    const { phone, phoneCountryCode, passCode, profile } = requestBody;
    return this.signUp(
      { connection: "PASSCODE", passCodePayload: { phone, phoneCountryCode, passCode }, profile, options: requestBody.options },
      options,
    );
  }
}
