import { randomBytes } from "node:crypto";
import { TOTP_DIGITS, TOTP_STEP_SECONDS, base32Encode } from "./totp.js";

/** The issuer authenticator apps show beside an OTP factor of the mock. */
export const OTP_ISSUER = "GenAuth";

/** What an authenticator app needs to set up an OTP factor, as `otpData` carries it, and the secret. */
export interface OtpSetup {
  /** A fresh base32 secret: 20 random bytes, the length RFC 4226 recommends for HMAC-SHA1. */
  secret: string;
  /** `otpauth://totp/GenAuth:<account>?secret=…&issuer=GenAuth&algorithm=SHA1&digits=6&period=30`. */
  qrCodeUri: string;
  /** A `data:image/svg+xml;base64,…` image naming the URI, for a page to show where the QR code goes. */
  qrCodeDataUrl: string;
  /** A recovery code, e.g. `3f9a-0c12-…`. */
  recoveryCode: string;
}

/**
 * A new OTP secret for `account` (the user's email, phone, username or ID), with the URI an
 * authenticator app scans and a recovery code.
 */
export function newOtpSetup(account: string): OtpSetup {
  const secret = base32Encode(randomBytes(20));
  const label = `${encodeURIComponent(OTP_ISSUER)}:${encodeURIComponent(account)}`;
  const parameters = new URLSearchParams({
    secret,
    issuer: OTP_ISSUER,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  const qrCodeUri = `otpauth://totp/${label}?${parameters}`;
  const recoveryCode = (randomBytes(10).toString("hex").match(/.{4}/g) as string[]).join("-");
  return { secret, qrCodeUri, qrCodeDataUrl: placeholderImage(qrCodeUri), recoveryCode };
}

/**
 * An image to show where the QR code goes. The mock draws no QR code — a test reads the secret from
 * `qrCodeUri`, and the schema asks for a string only — but a page that puts the data URL in an
 * `<img>` still gets a valid image, which names the URI.
 */
function placeholderImage(uri: string): string {
  const escaped = uri.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">' +
    `<title>${escaped}</title>` +
    '<rect width="200" height="200" fill="#fff" stroke="#000"/>' +
    '<text x="100" y="104" font-family="sans-serif" font-size="14" text-anchor="middle">mock QR code</text>' +
    "</svg>";
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
