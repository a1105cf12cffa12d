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

/** Adds a `Set-Cookie` to the response, keeping the ones already there. */
export function setCookie(res: ServerResponse, name: string, value: string, attributes: CookieAttributes): void {
  const cookie = [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    `Max-Age=${attributes.maxAge}`,
    "HttpOnly",
    `SameSite=${attributes.sameSite ?? "Lax"}`,
    ...(attributes.secure || attributes.sameSite === "None" ? ["Secure"] : []),
  ].join("; ");
  const existing = res.getHeader("set-cookie");
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader("set-cookie", [...list, cookie]);
}
