import { randomInt } from "node:crypto";
import { normalizePhoneCountryCode } from "./phone-country-code.js";

/**
 * Where a message went: an email address, or a phone number and its country calling code. A phone
 * without a country code is a mainland China number (`+86`), as GenAuth reads one.
 */
export type Recipient =
  | {
      /** The email address the code went to. */
      email: string;
    }
  | {
      /** The phone number the code went to, without its country code. */
      phone: string;
      /** The country calling code, e.g. `+1`; `+86` when absent. `86`, `086` and `0086` read as `+86`. */
      phoneCountryCode?: string | undefined;
    };

/** A verification code the mock "sent" by email or SMS. */
export interface OutboxMessage {
  /** `CHANNEL_LOGIN`, `CHANNEL_BIND_EMAIL`… as the request named it. */
  channel: string;
  /** The address, for an email. */
  email?: string;
  /** The phone number without country code, for an SMS. */
  phone?: string;
  /** The phone's country calling code, e.g. `+86` (the default when the request gave none), for an SMS. */
  phoneCountryCode?: string;
  /** The six-digit verification code, e.g. `042917`. */
  code: string;
  /** Unix milliseconds. */
  sentAt: number;
  /** Whether a request has used the code; codes work once. */
  used: boolean;
}

/** How long a code stays valid, as GenAuth's codes do by default. */
export const PASS_CODE_LIFETIME_SECONDS = 300;

/**
 * Every email and SMS the mock server sent, so tests can read the codes a real user would
 * receive.
 *
 * @example
 * ```ts
 * await client.sendEmail({ email: "ann@example.com", channel: "CHANNEL_BIND_EMAIL" });
 * const code = server.outbox.lastCode({ email: "ann@example.com" });
 * ```
 */
export class Outbox {
  readonly #messages: OutboxMessage[] = [];
  readonly #now: () => number;

  /** @param now - the clock, Unix milliseconds, that stamps messages and expires codes. */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** Every message, oldest first. */
  get messages(): readonly OutboxMessage[] {
    return this.#messages;
  }

  /** Records a new six-digit code for the recipient and returns the message. */
  send(recipient: Recipient, channel: string): OutboxMessage {
    const message: OutboxMessage = { channel, code: String(randomInt(0, 1_000_000)).padStart(6, "0"), sentAt: this.#now(), used: false };
    if ("email" in recipient) message.email = recipient.email;
    else {
      message.phone = recipient.phone;
      message.phoneCountryCode = normalizePhoneCountryCode(recipient.phoneCountryCode);
    }
    this.#messages.push(message);
    return message;
  }

  /** The code of the latest message to the recipient, or undefined if none was sent. */
  lastCode(recipient: Recipient): string | undefined {
    return this.#latest(recipient)?.code;
  }

  /** The messages to the recipient, oldest first; every message without one. */
  to(recipient?: Recipient): OutboxMessage[] {
    return recipient === undefined ? [...this.#messages] : this.#messages.filter((m) => matches(m, recipient));
  }

  /** Forgets every message: their codes stop working. */
  clear(): void {
    this.#messages.length = 0;
  }

  /**
   * Uses a code: true when it is the code of an unused, unexpired message to the recipient on
   * one of `channels`.
   */
  consume(recipient: Recipient, code: string, channels: readonly string[]): boolean {
    const earliest = this.#now() - PASS_CODE_LIFETIME_SECONDS * 1000;
    const message = this.#messages.find((m) => matches(m, recipient) && !m.used && m.code === code && channels.includes(m.channel) && m.sentAt >= earliest);
    if (message) message.used = true;
    return message !== undefined;
  }

  #latest(recipient: Recipient): OutboxMessage | undefined {
    return this.#messages.findLast((m) => matches(m, recipient));
  }
}

/** Emails compare case-insensitively; phones by number and country code. */
function matches(message: OutboxMessage, recipient: Recipient): boolean {
  if ("email" in recipient) return message.email?.toLowerCase() === recipient.email.toLowerCase();
  return message.phone === recipient.phone && message.phoneCountryCode === normalizePhoneCountryCode(recipient.phoneCountryCode);
}
