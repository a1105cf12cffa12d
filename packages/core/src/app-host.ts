import { GenAuthConfigError } from "./errors.js";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a hostname is this machine (plain http is fine there). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || hostname.startsWith("127.") || hostname.endsWith(".localhost");
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
      `appHost ${JSON.stringify(appHost)} uses plain http to a host that is not this machine, which would send secrets unencrypted: use https, or set allowInsecureHttp: true if you really mean it`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

// A bare host gets https, as in the official SDK; a bare loopback host (localhost:3000) gets http,
// because nothing listens for TLS there in development.
function bareHostScheme(host: string): "http" | "https" {
  const hostname = host.replace(/[:/].*$/, "");
  return isLoopbackHost(hostname) ? "http" : "https";
}

function invalidAppHost(appHost: string): GenAuthConfigError {
  return new GenAuthConfigError(
    "appHost",
    `appHost must be an absolute http(s) URL such as "https://my-app.genauth.ai", got ${JSON.stringify(appHost)}`,
  );
}

/** A short, secret-free description of a bad option value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "an empty string" : JSON.stringify(value);
  return typeof value;
}
