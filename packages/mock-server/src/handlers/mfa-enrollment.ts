import { badEmailFailure } from "../email-address.js";
import { fail, ok, type Envelope } from "../envelope.js";
import { MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS, type MfaFactorType, type PendingEnrollment } from "../mfa-factors.js";
import { newOtpSetup } from "../otp-setup.js";
import { normalizePhoneCountryCode } from "../phone-country-code.js";
import type { MockState } from "../state.js";
import { totpMatches } from "../totp.js";
import type { UserRecord } from "../users.js";
import { checkPassCode } from "./pass-code.js";
import { withUser } from "./signed-in-user.js";

/** The SMS channel of an enrolment code: GenAuth's channel for binding an MFA phone. */
const MFA_SMS_CHANNEL = "CHANNEL_BIND_MFA";

/** The email channel of an enrolment code: GenAuth's only MFA channel for emails. */
const MFA_EMAIL_CHANNEL = "CHANNEL_VERIFY_MFA";

interface SendEnrollFactorRequestBody {
  factorType: MfaFactorType;
  profile: { phoneNumber?: string; phoneCountryCode?: string; email?: string };
}

interface EnrollFactorBody {
  enrollmentToken: string;
  factorType: MfaFactorType;
  enrollmentData: { passCode?: string; photo?: string; isExternalPhoto?: boolean };
}

/**
 * `sendEnrollFactorRequest`: starts enrolling a factor for the signed-in user and answers the
 * `enrollmentToken` `enrollFactor` takes (a minute, once). OTP: a fresh TOTP secret, answered in
 * `otpData` (`qrCodeUri`, an image, a recovery code). SMS and EMAIL: a code put in the outbox for
 * `profile.phoneNumber` (in `profile.phoneCountryCode`, `+86` by default) or `profile.email`. FACE:
 * the token alone. A kind of factor the user has already enrolled is refused with 409.
 */
export const sendEnrollFactorRequest = withUser(({ body, state }, { user }) => {
  const { factorType, profile } = body as SendEnrollFactorRequestBody;
  const problem = enrolmentProblem(state, user, factorType);
  if (problem) return problem;
  const pending: PendingEnrollment = { userId: user.userId, factorType, profile: {} };
  if (factorType === "OTP") {
    const { secret, qrCodeUri, qrCodeDataUrl, recoveryCode } = newOtpSetup(accountName(user));
    const enrollmentToken = state.mfa.enrollments.issue({ ...pending, secret, recoveryCode }, MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS);
    return ok({ enrollmentToken, otpData: { qrCodeUri, qrCodeDataUrl, recoveryCode } });
  }
  if (factorType === "SMS") {
    if (!profile.phoneNumber) return fail(400, "profile.phoneNumber is required for an SMS factor: the phone that receives its codes");
    pending.profile = { phoneNumber: profile.phoneNumber, phoneCountryCode: normalizePhoneCountryCode(profile.phoneCountryCode) };
    state.outbox.send({ phone: profile.phoneNumber, phoneCountryCode: profile.phoneCountryCode }, MFA_SMS_CHANNEL);
  } else if (factorType === "EMAIL") {
    if (!profile.email) return fail(400, "profile.email is required for an EMAIL factor: the address that receives its codes");
    const badEmail = badEmailFailure("profile.email", profile.email);
    if (badEmail) return badEmail;
    pending.profile = { email: profile.email };
    state.outbox.send({ email: profile.email }, MFA_EMAIL_CHANNEL);
  }
  return ok({ enrollmentToken: state.mfa.enrollments.issue(pending, MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS) });
});

/**
 * `enrollFactor`: finishes an enrolment the signed-in user started, with its `enrollmentToken`
 * (live, unused, theirs, for this `factorType`) and proof: `enrollmentData.passCode`, the
 * authenticator app's code for OTP or the code sent for SMS and EMAIL; `enrollmentData.photo` for
 * FACE, any photo, since the mock compares no faces. A wrong code leaves the token for another try.
 */
export const enrollFactor = withUser(({ body, state }, { user }) => {
  const { enrollmentToken, factorType, enrollmentData } = body as EnrollFactorBody;
  const pending = state.mfa.enrollments.peek(enrollmentToken);
  if (!pending || pending.userId !== user.userId) {
    return fail(
      400,
      `enrollmentToken is unknown, used or expired (it works once, for ${MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS} s, for the user who asked for it): call sendEnrollFactorRequest again`,
    );
  }
  if (pending.factorType !== factorType) {
    return fail(400, `this enrollmentToken is for a ${pending.factorType} factor, not ${factorType}: send factorType ${pending.factorType}, or start again`);
  }
  const problem = enrolmentProblem(state, user, factorType) ?? proofProblem(state, pending, enrollmentData);
  if (problem) return problem;
  state.mfa.enrollments.take(enrollmentToken);
  const profile = factorType === "FACE" ? { photo: enrollmentData.photo as string } : pending.profile;
  state.mfa.enroll({ ...pending, profile });
  return ok();
});

/** Why the user may not enrol a factor of this kind now, or undefined. */
function enrolmentProblem(state: MockState, user: UserRecord, factorType: MfaFactorType): Envelope | undefined {
  if (state.mfa.ofType(user.userId, factorType)) {
    const message = `the user already has an ${factorType} factor: unbind it with resetFactor first`;
    return factorType === "FACE" ? fail(409, message, 1706) : fail(409, message);
  }
  if (factorType === "FACE" && user.email === undefined && user.phone === undefined) {
    return fail(422, "a face cannot be bound to a user with neither an email nor a phone: bind one first", 1703);
  }
  return undefined;
}

/** Why the enrolment's proof does not hold, or undefined when it does (an SMS or email code is then used up). */
function proofProblem(state: MockState, pending: PendingEnrollment, { passCode, photo }: EnrollFactorBody["enrollmentData"]): Envelope | undefined {
  switch (pending.factorType) {
    case "OTP":
      if (!passCode) return fail(400, "enrollmentData.passCode is required: the code the authenticator app shows", 6003);
      return totpMatches(pending.secret as string, passCode, state.clock())
        ? undefined
        : fail(400, "enrollmentData.passCode is not the authenticator app's code for now (nor for the 30 s before or after)", 6001);
    case "SMS":
    case "EMAIL": {
      if (!passCode) return fail(400, `enrollmentData.passCode is required: the code sent by ${pending.factorType === "SMS" ? "SMS" : "email"}`);
      const { phoneNumber, phoneCountryCode, email } = pending.profile;
      const recipient = email !== undefined ? { email } : { phone: phoneNumber as string, phoneCountryCode };
      const channel = pending.factorType === "SMS" ? MFA_SMS_CHANNEL : MFA_EMAIL_CHANNEL;
      return checkPassCode(state, recipient, passCode, [channel], "sendEnrollFactorRequest");
    }
    case "FACE":
      return photo ? undefined : fail(400, "enrollmentData.photo is required for a FACE factor: the URL of the face photo", 1700);
  }
}

/** Who the authenticator app shows the factor for: the user's email, phone, username or ID. */
function accountName(user: UserRecord): string {
  return user.email ?? user.phone ?? user.username ?? user.userId;
}
