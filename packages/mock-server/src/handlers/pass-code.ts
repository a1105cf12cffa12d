import { fail, type Envelope } from "../envelope.js";
import type { Recipient } from "../outbox.js";
import type { MockState } from "../state.js";

/**
 * Checks a pass code sent to the recipient on one of `channels`; undefined when it is good,
 * else a failure envelope that says how to get a new one (never the code itself): with `resend`,
 * the operation that sent it, else `sendEmail` or `sendSms`.
 */
export function checkPassCode(state: MockState, recipient: Recipient, code: string, channels: readonly string[], resend?: string): Envelope | undefined {
  if (state.outbox.consume(recipient, code, channels)) return undefined;
  const how = resend ?? ("email" in recipient ? "sendEmail" : "sendSms");
  return fail(400, `the pass code is wrong, used or expired: request a new one with ${how} (channel ${channels.join(" or ")})`);
}
