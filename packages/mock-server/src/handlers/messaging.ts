import { badEmailFailure } from "../email-address.js";
import { ok } from "../envelope.js";
import type { Handler } from "../handler.js";

/**
 * `sendEmail`: puts a six-digit code in the outbox for the address (nothing is really sent). A
 * malformed address answers statusCode 400, as sign-up refuses it: a code sent there could never
 * be used to sign up.
 */
export const sendEmail: Handler = ({ body, state }) => {
  const { email, channel } = body as { email: string; channel: string };
  const badEmail = badEmailFailure("email", email);
  if (badEmail) return badEmail;
  state.outbox.send({ email }, channel);
  return ok();
};

/** `sendSms`: puts a six-digit code in the outbox for the phone number. */
export const sendSms: Handler = ({ body, state }) => {
  const { phoneNumber, phoneCountryCode, channel } = body as { phoneNumber: string; phoneCountryCode?: string; channel: string };
  state.outbox.send({ phone: phoneNumber, phoneCountryCode }, channel);
  return ok();
};
