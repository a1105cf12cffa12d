import { fail, ok } from "../envelope.js";
import { totpMatches } from "../totp.js";
import { withUser } from "./signed-in-user.js";

/**
 * `mfaOtpVerify`: whether `totp` is the current code (or that of the 30 s step before or after)
 * of the signed-in user's OTP factor. A user without an OTP factor gets 404, not `verified: false`,
 * so a test that forgot to enrol one says so.
 */
export const mfaOtpVerify = withUser(({ body, state }, { user }) => {
  const { totp } = body as { totp: string };
  if (!totp) return fail(400, "totp is required: the code the authenticator app shows", 6003);
  const factor = state.mfa.ofType(user.userId, "OTP");
  if (!factor?.secret) return fail(404, "the signed-in user has no OTP factor: enrol one with sendEnrollFactorRequest and enrollFactor");
  return ok({ verified: totpMatches(factor.secret, totp, state.clock()) });
});
