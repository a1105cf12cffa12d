import type { IncomingMessage, ServerResponse } from "node:http";

/** Attributes of the login cookie. */
export interface CookieAttributes {
  maxAge: number;
  secure: boolean;
  /** `Lax` unless the cookie must come back on a cross-site POST (`None` then implies `Secure`). */
  sameSite?: "Lax" | "None";
}

/**
 * The value of one cookie of a request, or `undefined` when it is absent or its percent-encoding
 * is malformed (a browser never sends that for a cookie set here, so it counts as no cookie).
 */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeCookieValue(part.slice(index + 1).trim());
  }
  return undefined;
}

function decodeCookieValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The longest cookie, name, value and attributes together, that browsers must keep (RFC 6265
 * §6.1); they drop a longer one without a word.
 */
export const MAX_COOKIE_BYTES = 4096;

/** The `Set-Cookie` value of a cookie: HttpOnly, for the whole site. */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    `Max-Age=${attributes.maxAge}`,
    "HttpOnly",
    `SameSite=${attributes.sameSite ?? "Lax"}`,
    ...(attributes.secure || attributes.sameSite === "None" ? ["Secure"] : []),
  ].join("; ");
}

/** Adds a `Set-Cookie` to the response, keeping the ones already there. */
export function addSetCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader("set-cookie");
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader("set-cookie", [...list, cookie]);
}

/** Adds a cookie to the response, keeping the ones already there. */
export function setCookie(res: ServerResponse, name: string, value: string, attributes: CookieAttributes): void {
  addSetCookie(res, serializeCookie(name, value, attributes));
}
