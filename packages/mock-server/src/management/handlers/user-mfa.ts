import { fail, ok, type Envelope } from "../../envelope.js";
import type { MfaFactorType } from "../../mfa-factors.js";
import type { MockState } from "../../state.js";
import { base32Decode } from "../../totp.js";
import type { UserRecord } from "../../users.js";
import type { ManagementHandler } from "../handler.js";
import { findUser, userNotFound } from "../users-view.js";

/** An OTP secret given by an administrator (`importOtp`, `createUser`'s `otp`). */
export interface OtpInput {
  /** The base32 secret the user's authenticator app holds. */
  secret: string;
  /** The recovery code that goes with it. */
  recoveryCode?: string;
}

/**
 * `getUserMfaInfo`: which kinds of MFA factor the user has enrolled through the Authentication API
 * (or `importOtp`): `enabled` or `disabled` each.
 */
export const getUserMfaInfo: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const status = (factorType: MfaFactorType) => (state.mfa.ofType(user.userId, factorType) ? "enabled" : "disabled");
  return ok({ totpStatus: status("OTP"), faceMfaStatus: status("FACE"), smsMfaStatus: status("SMS"), emailMfaStatus: status("EMAIL") });
};

/** `getOtpSecretByUser`: the secret of the user's OTP factor; 404 when they have none. */
export const getOtpSecretByUser: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const secret = state.mfa.ofType(user.userId, "OTP")?.secret;
  return secret ? ok({ secret }) : fail(404, `user ${JSON.stringify(userId)} has no OTP factor: enrollFactor or importOtp gives them one`);
};

/**
 * `importOtp`: gives each user of `list` an OTP factor with the secret their authenticator app
 * already holds (replacing the secret of one they have), so they verify with it at once; none
 * when a user does not exist or a secret is not base32.
 */
export const importOtp: ManagementHandler = ({ body, state }) => {
  const { list } = body as { list: { userId: string; otp: OtpInput }[] };
  const users: UserRecord[] = [];
  for (const [i, { userId, otp }] of list.entries()) {
    const user = state.users.byId(userId);
    if (!user) return userNotFound(userId);
    const problem = otpSecretProblem(otp, `list[${i}].otp`);
    if (problem) return problem;
    users.push(user);
  }
  for (const [i, { otp }] of list.entries()) enrollOtp(state, users[i] as UserRecord, otp);
  return ok();
};

/** A 400 envelope when an administrator's OTP secret is not a base32 secret, naming where it is; else undefined. */
export function otpSecretProblem(otp: OtpInput, where: string): Envelope | undefined {
  const key = base32Decode(otp.secret);
  if (key !== undefined && key.length > 0) return undefined;
  return fail(400, `${where}.secret is not a base32 secret (letters A-Z and digits 2-7), as authenticator apps take it`);
}

/** Gives the user an OTP factor with this secret (checked with {@link otpSecretProblem} first). */
export function enrollOtp(state: MockState, user: UserRecord, otp: OtpInput): void {
  const secret = otp.secret.replace(/[\s=]/g, "").toUpperCase();
  state.mfa.enroll({ userId: user.userId, factorType: "OTP", profile: {}, secret, ...(otp.recoveryCode ? { recoveryCode: otp.recoveryCode } : {}) });
}
