import { fail, ok } from "../envelope.js";
import { checkPassCode } from "./pass-code.js";
import { withUser } from "./signed-in-user.js";

/** How long a `deleteAccountToken` works. */
export const DELETE_ACCOUNT_TOKEN_LIFETIME_SECONDS = 600;

interface DeleteRequestBody {
  verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";
  phonePassCodePayload?: { phoneNumber: string; passCode: string };
  emailPassCodePayload?: { email?: string; passCode: string };
  passwordPayload?: { password: string };
}

/**
 * `verifyDeleteAccountRequest`: the signed-in user proves it is them — a
 * `CHANNEL_DELETE_ACCOUNT` code sent to their phone or email, or their password — and gets the
 * `deleteAccountToken` that `deleteAccount` takes.
 */
export const verifyDeleteAccountRequest = withUser(({ body, state }, { user }) => {
  const { verifyMethod, phonePassCodePayload, emailPassCodePayload, passwordPayload } = body as DeleteRequestBody;
  if (verifyMethod === "PASSWORD") {
    if (!passwordPayload) return fail(400, "passwordPayload is required when verifyMethod is PASSWORD");
    if (user.password === undefined || user.password !== passwordPayload.password) return fail(403, "the password is incorrect", 2006);
  } else if (verifyMethod === "PHONE_PASSCODE") {
    if (!phonePassCodePayload) return fail(400, "phonePassCodePayload is required when verifyMethod is PHONE_PASSCODE");
    if (phonePassCodePayload.phoneNumber !== user.phone) return fail(400, "phonePassCodePayload.phoneNumber must be the user's own phone");
    const problem = checkPassCode(state, { phone: user.phone, phoneCountryCode: user.phoneCountryCode }, phonePassCodePayload.passCode, [
      "CHANNEL_DELETE_ACCOUNT",
    ]);
    if (problem) return problem;
  } else {
    if (!emailPassCodePayload) return fail(400, "emailPassCodePayload is required when verifyMethod is EMAIL_PASSCODE");
    if (user.email === undefined) return fail(400, "the user has no email: verify with the phone or the password");
    const problem = checkPassCode(state, { email: user.email }, emailPassCodePayload.passCode, ["CHANNEL_DELETE_ACCOUNT"]);
    if (problem) return problem;
  }
  const deleteAccountToken = state.accountDeletions.issue(user.userId, DELETE_ACCOUNT_TOKEN_LIFETIME_SECONDS);
  return ok({ deleteAccountToken, tokenExpiresIn: DELETE_ACCOUNT_TOKEN_LIFETIME_SECONDS });
});

/** `deleteAccount`: removes the signed-in user, given a token `verifyDeleteAccountRequest` issued to them. */
export const deleteAccount = withUser(({ body, state }, { user }) => {
  const { deleteAccountToken } = body as { deleteAccountToken: string };
  if (state.accountDeletions.take(deleteAccountToken, (userId) => userId === user.userId) === undefined) {
    return fail(400, "deleteAccountToken is unknown, used or expired: call verifyDeleteAccountRequest again");
  }
  state.removeUser(user);
  return ok({ success: true });
});
