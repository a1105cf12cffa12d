import { fail, ok } from "../envelope.js";
import type { Handler } from "../handler.js";
import type { Recipient } from "../outbox.js";
import { emptyFailure } from "../required-text.js";
import { checkPassCode } from "./pass-code.js";
import { withUser } from "./signed-in-user.js";

/** How long a `passwordResetToken` works. */
export const PASSWORD_RESET_TOKEN_LIFETIME_SECONDS = 600;

/**
 * `updatePassword`: sets a new password; `oldPassword` must match when the user has one.
 * Passwords are compared as sent (`passwordEncryptType` is not decrypted by the mock).
 */
export const updatePassword = withUser(({ body, state }, { user }) => {
  const { newPassword, oldPassword } = body as { newPassword: string; oldPassword?: string };
  if (user.password !== undefined && oldPassword !== user.password) {
    return fail(403, oldPassword === undefined ? "oldPassword is required: the user has a password" : "oldPassword is incorrect", 2006);
  }
  const empty = emptyFailure("newPassword", newPassword);
  if (empty) return empty;
  state.users.setPassword(user, newPassword);
  return ok();
});

interface ResetRequestBody {
  verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE";
  emailPassCodePayload?: { email?: string; passCode: string };
  phonePassCodePayload?: { phoneNumber: string; passCode: string; phoneCountryCode?: string };
}

/**
 * `verifyResetPasswordRequest` (forgot password, no sign-in): checks a `CHANNEL_RESET_PASSWORD`
 * code sent to the user's email or phone and answers the `passwordResetToken` `resetPassword` takes.
 */
export const verifyResetPasswordRequest: Handler = ({ body, state }) => {
  const { verifyMethod, emailPassCodePayload, phonePassCodePayload } = body as ResetRequestBody;
  const payload = verifyMethod === "EMAIL_PASSCODE" ? emailPassCodePayload : phonePassCodePayload;
  if (!payload)
    return fail(400, `${verifyMethod === "EMAIL_PASSCODE" ? "emailPassCodePayload" : "phonePassCodePayload"} is required when verifyMethod is ${verifyMethod}`);
  const recipient: Recipient | undefined =
    "phoneNumber" in payload
      ? { phone: payload.phoneNumber, phoneCountryCode: payload.phoneCountryCode }
      : payload.email !== undefined
        ? { email: payload.email }
        : undefined;
  if (!recipient) return fail(400, "emailPassCodePayload.email is required");
  const problem = checkPassCode(state, recipient, payload.passCode, ["CHANNEL_RESET_PASSWORD"]);
  if (problem) return problem;
  const user = "email" in recipient ? state.users.byEmail(recipient.email) : state.users.byPhone(recipient.phone, recipient.phoneCountryCode);
  if (!user) return fail(404, "no user has this email or phone", 2004);
  const passwordResetToken = state.passwordResets.issue(user.userId, PASSWORD_RESET_TOKEN_LIFETIME_SECONDS);
  return ok({ passwordResetToken, tokenExpiresIn: PASSWORD_RESET_TOKEN_LIFETIME_SECONDS });
};

/** `resetPassword`: sets the password of the user a `passwordResetToken` was issued for; once. */
export const resetPassword: Handler = ({ body, state }) => {
  const { password, passwordResetToken } = body as { password: string; passwordResetToken: string };
  const userId = state.passwordResets.take(passwordResetToken);
  const user = userId === undefined ? undefined : state.users.byId(userId);
  if (!user) return fail(400, "passwordResetToken is unknown, used or expired: call verifyResetPasswordRequest again");
  state.users.setPassword(user, password);
  return ok({ success: true });
};
