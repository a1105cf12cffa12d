import { createHmac } from "node:crypto";
import { systemClock, type Clock } from "./clock.js";

/** The time step of an OTP factor's codes, in seconds: authenticator apps' default (RFC 6238's X). */
export const TOTP_STEP_SECONDS = 30;

/** How many digits an OTP factor's code has. */
export const TOTP_DIGITS = 6;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32, upper case, without padding: how `otpauth://` URIs carry a secret. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return text;
}

/**
 * The bytes of a base32 secret, or undefined when it is not base32. Letter case, spaces and `=`
 * padding are ignored, as authenticator apps ignore them in a typed-in secret.
 */
export function base32Decode(text: string): Buffer | undefined {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/**
 * The HOTP code (RFC 4226) of `key` for `counter`: HMAC-SHA1, dynamic truncation, `digits` digits
 * with leading zeros. TOTP is HOTP with the time step as the counter.
 */
export function hotp(key: Uint8Array, counter: number, digits: number = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The RFC 6238 time step (`T`) a moment falls in: 30 s steps counted from the Unix epoch. */
export function totpStep(unixMilliseconds: number): number {
  return Math.floor(unixMilliseconds / 1000 / TOTP_STEP_SECONDS);
}

/**
 * The base32 secret itself, whether `secretOrUri` is one or the `otpauth://` URI
 * (`sendEnrollFactorRequest`'s `otpData.qrCodeUri`) that carries one.
 */
export function totpSecretOf(secretOrUri: string): string {
  if (!/^otpauth:/i.test(secretOrUri)) return secretOrUri;
  const secret = new URL(secretOrUri).searchParams.get("secret");
  if (secret === null) throw new TypeError("this otpauth:// URI has no secret parameter");
  return secret;
}

/**
 * The current code of an authenticator app for an OTP factor, as RFC 6238 computes it (HMAC-SHA1,
 * 30 s steps, 6 digits): what a test types where a user would read their phone. Pass the mock
 * server's clock when the test moves time, so both sides agree on "now".
 *
 * @param secretOrUri - The factor's base32 secret, or the `otpauth://` URI `sendEnrollFactorRequest`
 *   answers as `otpData.qrCodeUri`.
 * @param clock - The time, Unix milliseconds; default the real time.
 * @returns Six digits, e.g. `"042917"`.
 * @throws TypeError when the secret is not base32, or the URI carries none.
 *
 * @example
 * ```ts
 * import { startMockServer, totp } from "@genauth/mock-server";
 *
 * let now = Date.now();
 * const server = await startMockServer({ clock: () => now });
 * // …sendEnrollFactorRequest({ factorType: "OTP", profile: {} }) answered otpData.qrCodeUri:
 * const qrCodeUri = "otpauth://totp/GenAuth:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GenAuth";
 * const passCode = totp(qrCodeUri, () => now);
 * await server.close();
 * ```
 */
export function totp(secretOrUri: string, clock: Clock = systemClock): string {
  return hotp(secretKey(totpSecretOf(secretOrUri)), totpStep(clock()));
}

/**
 * Whether `code` is the code of `secret` at `unixMilliseconds`, or of the step just before or
 * after it: an authenticator app's clock drifts, and a user types the code they read a moment ago,
 * so verifiers accept one step either way (RFC 6238 §5.2).
 */
export function totpMatches(secret: string, code: string, unixMilliseconds: number): boolean {
  const key = base32Decode(secret);
  if (key === undefined || !/^\d+$/.test(code)) return false;
  const step = totpStep(unixMilliseconds);
  // No step before the first (a clock in the epoch's first 30 s).
  return [step - 1, step, step + 1].some((counter) => counter >= 0 && hotp(key, counter) === code);
}

/** The key bytes of a base32 secret, refusing what is not one rather than computing codes for nothing. */
function secretKey(secret: string): Buffer {
  const key = base32Decode(secret);
  if (key === undefined || key.length === 0) throw new TypeError("the OTP secret is not base32 (letters A–Z and digits 2–7)");
  return key;
}
