import { GenAuthConfigError } from "./errors.js";

/**
 * Whether a host is this machine, where plain http is fine: `localhost`, an IPv4 address in
 * 127.0.0.0/8, `::1`, or an IPv4-mapped 127.x address. The host is parsed as a WHATWG URL does
 * first, so every spelling of an address counts (`2130706433`, `0x7f.1`, `127.1`, `[0:0::1]`),
 * and a name that only starts like one (`127.0.0.1.example.com`) does not.
 *
 * @param host - a hostname as `URL.hostname` gives it, or a bare host (`127.1`, `::1`, `[::1]`).
 */
export function isLoopbackHost(host: string): boolean {
  const hostname = parseHostname(host);
  if (hostname === undefined) return false;
  return hostname === "localhost" || IPV4_LOOPBACK.test(hostname) || hostname === "[::1]" || IPV4_MAPPED_LOOPBACK.test(hostname);
}

// The forms the URL parser gives addresses: dotted decimal, and compressed lower-case IPv6 in brackets.
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const IPV4_MAPPED_LOOPBACK = /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/;

function parseHostname(host: string): string | undefined {
  // One host, without port, user or path: a bracketed IPv6 address ends with its bracket.
  if (typeof host !== "string" || host === "" || /[/?#@\\]/.test(host) || (host.startsWith("[") && !host.endsWith("]"))) return undefined;
  // A bare IPv6 address has colons and no brackets; anything else is a name or an IPv4 address.
  const authority = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  try {
    return new URL(`http://${authority}/`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Normalises `appHost` the way the official SDK does — a bare host gets `https://`, trailing
 * slashes go — and refuses anything that is not an absolute http(s) URL.
 *
 * @param allowInsecureHttp - accept `http://` for hosts other than loopback.
 * @returns the origin plus any base path, without a trailing slash.
 */
export function normalizeAppHost(appHost: unknown, allowInsecureHttp = false): string {
  if (typeof appHost !== "string" || appHost.trim() === "") {
    throw new GenAuthConfigError(
      "appHost",
      `appHost is required: pass your application's GenAuth domain, e.g. appHost: "https://my-app.genauth.ai" (got ${describe(appHost)})`,
    );
  }
  const trimmed = appHost.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `${bareHostScheme(trimmed)}://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalidAppHost(appHost);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "" || url.search || url.hash) {
    throw invalidAppHost(appHost);
  }
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw new GenAuthConfigError(
      "appHost",
      `appHost ${shownHost(appHost)} uses plain http to a host that is not this machine, which would send secrets unencrypted: use https, or set allowInsecureHttp: true if you really mean it`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

// A bare host gets https, as in the official SDK; a bare loopback host (localhost:3000) gets http,
// because nothing listens for TLS there in development. The host is judged as the URL parser reads it.
function bareHostScheme(host: string): "http" | "https" {
  try {
    return isLoopbackHost(new URL(`http://${host}`).hostname) ? "http" : "https";
  } catch {
    return "https";
  }
}

function invalidAppHost(appHost: string): GenAuthConfigError {
  return new GenAuthConfigError("appHost", `appHost must be an absolute http(s) URL such as "https://my-app.genauth.ai", got ${shownHost(appHost)}`);
}

/**
 * A URL (`appHost`, `socketUri`) quoted for an error message, without the user info
 * (`user:password@`), query or fragment it may carry (a token). A URL that parses is shown from
 * its scheme, host and path. Of one that does not (an unencoded password may hold `/`, `#` or
 * `@`), everything up to its last `@` goes, then everything from a `?`, `#`, `&`, `=` or `;` (the
 * last `@` may be an email address's, in a query).
 */
export function shownHost(appHost: string): string {
  const trimmed = appHost.trim();
  // A URL that parses is shown from its parts: a query may hold an `@` (an email address) too.
  const url = URL.parse(trimmed);
  if (url && /^(https?|wss?):$/.test(url.protocol) && !url.pathname.includes("@")) {
    // The root's `/` is shown before a query or fragment only, where a URL writes it.
    const path = url.pathname === "/" && !url.search && !url.hash ? "" : url.pathname;
    return JSON.stringify(`${url.protocol}//${url.host}${path}${url.search ? "?…" : ""}${url.hash ? "#…" : ""}`);
  }
  return JSON.stringify(trimmed.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, "$1").replace(/([?#&=;]).*$/s, "$1…"));
}

/** A short, secret-free description of a bad option value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string" && value !== "") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return describeKind(value);
}

/**
 * {@link describe} without a string's text: for values that may be a misplaced secret.
 *
 * @internal
 */
export function describeKind(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  return typeof value;
}
