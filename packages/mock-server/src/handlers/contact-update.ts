import { fail, ok } from "../envelope.js";
import { normalizePhoneCountryCode } from "../phone-country-code.js";
import type { PendingContactChange } from "../state.js";
import { checkPassCode } from "./pass-code.js";
import { withUser } from "./signed-in-user.js";

/** How long an `updateEmailToken`/`updatePhoneToken` works. */
export const CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS = 600;

const EMAIL_CHANNELS = ["CHANNEL_UPDATE_EMAIL", "CHANNEL_BIND_EMAIL"];
const PHONE_CHANNELS = ["CHANNEL_BIND_PHONE", "CHANNEL_UNBIND_PHONE"];

interface EmailChangeBody {
  emailPassCodePayload: { newEmail: string; newEmailPassCode: string; oldEmail?: string; oldEmailPassCode?: string };
}

interface PhoneChangeBody {
  phonePassCodePayload: {
    newPhoneNumber: string;
    newPhonePassCode: string;
    newPhoneCountryCode?: string;
    oldPhoneNumber?: string;
    oldPhonePassCode?: string;
  };
}

/**
 * `verifyUpdateEmailRequest`: checks the code sent to the new email (channel
 * `CHANNEL_UPDATE_EMAIL`) and, when the user has an email, the code sent to the old one; answers
 * the `updateEmailToken` that `updateEmail` takes.
 */
export const verifyUpdateEmailRequest = withUser(({ body, state }, { user }) => {
  const { newEmail, newEmailPassCode, oldEmailPassCode } = (body as EmailChangeBody).emailPassCodePayload;
  const owner = state.users.byEmail(newEmail);
  if (owner && owner !== user) return fail(409, "this email belongs to another user");
  if (user.email !== undefined) {
    if (oldEmailPassCode === undefined) return fail(400, "emailPassCodePayload.oldEmailPassCode is required: the user has an email; send a code to it first");
    const problem = checkPassCode(state, { email: user.email }, oldEmailPassCode, EMAIL_CHANNELS);
    if (problem) return problem;
  }
  const problem = checkPassCode(state, { email: newEmail }, newEmailPassCode, EMAIL_CHANNELS);
  if (problem) return problem;
  const updateEmailToken = state.contactChanges.issue({ userId: user.userId, kind: "email", value: newEmail }, CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS);
  return ok({ updateEmailToken, tokenExpiresIn: CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS });
});

/** `updateEmail`: applies the change a `verifyUpdateEmailRequest` token stands for. */
export const updateEmail = withUser(({ body, state }, { user }) => {
  const change = state.contactChanges.take((body as { updateEmailToken: string }).updateEmailToken, isChange(user.userId, "email"));
  if (!change) return fail(400, "updateEmailToken is unknown, used or expired: call verifyUpdateEmailRequest again");
  user.email = change.value;
  user.emailVerified = true;
  state.users.touch(user);
  return ok({ success: true });
});

/**
 * `verifyUpdatePhoneRequest`: checks the code sent to the new phone (channel
 * `CHANNEL_BIND_PHONE`) and, when the user has a phone, the code sent to the old one; answers the
 * `updatePhoneToken` that `updatePhone` takes.
 */
export const verifyUpdatePhoneRequest = withUser(({ body, state }, { user }) => {
  const { newPhoneNumber, newPhonePassCode, newPhoneCountryCode, oldPhonePassCode } = (body as PhoneChangeBody).phonePassCodePayload;
  const owner = state.users.byPhone(newPhoneNumber, newPhoneCountryCode);
  if (owner && owner !== user) return fail(409, "this phone number belongs to another user");
  if (user.phone !== undefined) {
    if (oldPhonePassCode === undefined) return fail(400, "phonePassCodePayload.oldPhonePassCode is required: the user has a phone; send a code to it first");
    const problem = checkPassCode(state, { phone: user.phone, phoneCountryCode: user.phoneCountryCode }, oldPhonePassCode, PHONE_CHANNELS);
    if (problem) return problem;
  }
  const problem = checkPassCode(state, { phone: newPhoneNumber, phoneCountryCode: newPhoneCountryCode }, newPhonePassCode, PHONE_CHANNELS);
  if (problem) return problem;
  const change: PendingContactChange = { userId: user.userId, kind: "phone", value: newPhoneNumber };
  // The line the code proved: `+86` when no country code came with it, whatever the user had.
  change.phoneCountryCode = normalizePhoneCountryCode(newPhoneCountryCode);
  const updatePhoneToken = state.contactChanges.issue(change, CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS);
  return ok({ updatePhoneToken, tokenExpiresIn: CONTACT_CHANGE_TOKEN_LIFETIME_SECONDS });
});

/** `updatePhone`: applies the change a `verifyUpdatePhoneRequest` token stands for. */
export const updatePhone = withUser(({ body, state }, { user }) => {
  const change = state.contactChanges.take((body as { updatePhoneToken: string }).updatePhoneToken, isChange(user.userId, "phone"));
  if (!change) return fail(400, "updatePhoneToken is unknown, used or expired: call verifyUpdatePhoneRequest again");
  user.phone = change.value;
  if (change.phoneCountryCode !== undefined) user.phoneCountryCode = change.phoneCountryCode;
  user.phoneVerified = true;
  state.users.touch(user);
  return ok({ success: true });
});

/** Accepts a pending change only for the user who asked for it, and of the kind being applied. */
function isChange(userId: string, kind: PendingContactChange["kind"]) {
  return (change: PendingContactChange) => change.userId === userId && change.kind === kind;
}
