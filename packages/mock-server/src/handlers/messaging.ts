import { ok } from "../envelope.js";
import type { Handler } from "../handler.js";

/** `sendEmail`: puts a six-digit code in the outbox for the address (nothing is really sent). */
export const sendEmail: Handler = ({ body, state }) => {
  const { email, channel } = body as { email: string; channel: string };
  state.outbox.send({ email }, channel);
  return ok();
};

/** `sendSms`: puts a six-digit code in the outbox for the phone number. */
export const sendSms: Handler = ({ body, state }) => {
  const { phoneNumber, phoneCountryCode, channel } = body as { phoneNumber: string; phoneCountryCode?: string; channel: string };
  state.outbox.send({ phone: phoneNumber, phoneCountryCode }, channel);
  return ok();
};
