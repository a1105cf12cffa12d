import { fail, ok } from "../envelope.js";
import { normalizePhoneCountryCode } from "../phone-country-code.js";
import { checkPassCode } from "./pass-code.js";
import { withUser } from "./signed-in-user.js";

/** `bindEmail`: adds an email to a user who has none, proved with a `CHANNEL_BIND_EMAIL` code. */
export const bindEmail = withUser(({ body, state }, { user }) => {
  const { email, passCode } = body as { email: string; passCode: string };
  if (user.email !== undefined) return fail(409, "the user already has an email: change it with verifyUpdateEmailRequest and updateEmail");
  if (state.users.byEmail(email)) return fail(409, "this email belongs to another user");
  const problem = checkPassCode(state, { email }, passCode, ["CHANNEL_BIND_EMAIL"]);
  if (problem) return problem;
  user.email = email;
  user.emailVerified = true;
  state.users.touch(user);
  return ok();
});

/** `unbindEmail`: removes the user's email, proved with a `CHANNEL_UNBIND_EMAIL` code sent to it. */
export const unbindEmail = withUser(({ body, state }, { user }) => {
  const { passCode } = body as { passCode: string };
  if (user.email === undefined) return fail(400, "the user has no email to unbind");
  if (user.phone === undefined && user.username === undefined) return fail(422, "the email is the user's only way to sign in: bind a phone first");
  const problem = checkPassCode(state, { email: user.email }, passCode, ["CHANNEL_UNBIND_EMAIL"]);
  if (problem) return problem;
  delete user.email;
  user.emailVerified = false;
  state.users.touch(user);
  return ok();
});

/** `bindPhone`: adds a phone to a user who has none, proved with a `CHANNEL_BIND_PHONE` code. */
export const bindPhone = withUser(({ body, state }, { user }) => {
  const { phoneNumber, phoneCountryCode, passCode } = body as { phoneNumber: string; phoneCountryCode?: string; passCode: string };
  if (user.phone !== undefined) return fail(409, "the user already has a phone: change it with verifyUpdatePhoneRequest and updatePhone");
  if (state.users.byPhone(phoneNumber, phoneCountryCode)) return fail(409, "this phone number belongs to another user");
  const problem = checkPassCode(state, { phone: phoneNumber, phoneCountryCode }, passCode, ["CHANNEL_BIND_PHONE"]);
  if (problem) return problem;
  user.phone = phoneNumber;
  // The line the code proved: `+86` when no country code came with it, whatever the user had.
  user.phoneCountryCode = normalizePhoneCountryCode(phoneCountryCode);
  user.phoneVerified = true;
  state.users.touch(user);
  return ok();
});

/** `unbindPhone`: removes the user's phone, proved with a `CHANNEL_UNBIND_PHONE` code sent to it. */
export const unbindPhone = withUser(({ body, state }, { user }) => {
  const { passCode } = body as { passCode: string };
  if (user.phone === undefined) return fail(400, "the user has no phone to unbind");
  if (user.email === undefined && user.username === undefined) return fail(422, "the phone is the user's only way to sign in: bind an email first");
  const problem = checkPassCode(state, { phone: user.phone, phoneCountryCode: user.phoneCountryCode }, passCode, ["CHANNEL_UNBIND_PHONE"]);
  if (problem) return problem;
  delete user.phone;
  delete user.phoneCountryCode;
  user.phoneVerified = false;
  state.users.touch(user);
  return ok();
});
