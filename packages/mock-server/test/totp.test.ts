// The TOTP the mock's OTP factors check and the exported `totp` helper computes, against RFC 6238's
// own test vectors (Appendix B, SHA-1): the mock and real authenticator apps agree on every code.
import { describe, expect, it } from "vitest";
import { TOTP_DIGITS, TOTP_STEP_SECONDS, totp } from "../src/index.js";
import { base32Decode, base32Encode, hotp, totpMatches, totpStep } from "../src/totp.js";

/** RFC 6238's SHA-1 seed, the ASCII of "12345678901234567890", in base32 as otpauth:// URIs carry it. */
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/** RFC 6238 Appendix B, SHA-1 rows: Unix time in seconds, the 8-digit TOTP. */
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238, HMAC-SHA1)", () => {
  it("carries RFC 6238's seed in base32 both ways", () => {
    expect(base32Encode(Buffer.from("12345678901234567890"))).toBe(RFC_SECRET);
    expect(base32Decode(RFC_SECRET)?.toString("ascii")).toBe("12345678901234567890");
    expect(base32Decode(RFC_SECRET.toLowerCase().replace(/(.{4})/g, "$1 "))?.toString("ascii")).toBe("12345678901234567890");
    expect(base32Decode("not base32!")).toBeUndefined();
  });

  it.each(RFC_VECTORS)("computes the RFC's 8-digit code at T = %i s", (seconds, expected) => {
    expect(hotp(Buffer.from("12345678901234567890"), totpStep(seconds * 1000), 8)).toBe(expected);
  });

  it.each(RFC_VECTORS)("totp() answers the RFC code's last 6 digits at T = %i s, from the secret or an otpauth:// URI", (seconds, expected) => {
    const clock = () => seconds * 1000;
    expect(totp(RFC_SECRET, clock)).toBe(expected.slice(-TOTP_DIGITS));
    expect(totp(`otpauth://totp/GenAuth:ann%40example.com?secret=${RFC_SECRET}&issuer=GenAuth`, clock)).toBe(expected.slice(-TOTP_DIGITS));
  });

  it("accepts the adjacent 30 s steps only, as authenticator apps drift", () => {
    const at = 1111111111 * 1000;
    const code = totp(RFC_SECRET, () => at);
    expect(totpMatches(RFC_SECRET, code, at)).toBe(true);
    expect(totpMatches(RFC_SECRET, code, at + TOTP_STEP_SECONDS * 1000)).toBe(true);
    expect(totpMatches(RFC_SECRET, code, at - TOTP_STEP_SECONDS * 1000)).toBe(true);
    expect(totpMatches(RFC_SECRET, code, at + 2 * TOTP_STEP_SECONDS * 1000)).toBe(false);
    expect(totpMatches(RFC_SECRET, code, at - 2 * TOTP_STEP_SECONDS * 1000)).toBe(false);
    expect(totpMatches(RFC_SECRET, "", at)).toBe(false);
  });

  it("refuses a secret that is not base32, and a URI without one", () => {
    expect(() => totp("not base32!")).toThrow(TypeError);
    expect(() => totp("otpauth://totp/GenAuth:ann?issuer=GenAuth")).toThrow(TypeError);
  });

  it("checks a code in the epoch's first step, which has no step before it", () => {
    expect(
      totpMatches(
        RFC_SECRET,
        totp(RFC_SECRET, () => 10_000),
        10_000,
      ),
    ).toBe(true);
  });
});
