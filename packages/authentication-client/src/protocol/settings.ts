import { checkAuthMethod, GenAuthConfigError, isLoopbackHost, type ClientAuthMethod, type Transport } from "@genauth/core";
import type { AuthenticationClientOptions } from "../options.js";

/** The protocol options of a client, checked and with their defaults. Holds no secret. */
export interface ProtocolSettings {
  protocol: "oidc" | "oauth" | "saml" | "cas";
  scope: string;
  redirectUri: string | undefined;
  logoutRedirectUri: string | undefined;
  cookieKey: string;
  tokenEndPointAuthMethod: ClientAuthMethod;
  introspectionEndPointAuthMethod: ClientAuthMethod;
  revocationEndPointAuthMethod: ClientAuthMethod;
  socketUri: string;
  retryTimes: number;
  /** Expected `iss` of ID and access tokens. */
  issuer: string;
  /** Seconds of clock skew accepted on `exp`, `nbf` and `iat`. */
  clockTolerance: number;
  /** Minimum milliseconds between JWKS refetches. */
  jwksCooldown: number;
}

/** What every protocol function works with: the transport and the settings. */
export interface ProtocolContext {
  readonly transport: Transport;
  readonly settings: ProtocolSettings;
}

const PROTOCOLS = ["oidc", "oauth", "saml", "cas"] as const;
/** Official SDK default, kept so existing state cookies keep their name. */
export const DEFAULT_COOKIE_KEY = "X-Authing-Node-OIDC-State";
export const DEFAULT_SOCKET_URI = "wss://openevent.authing.cn";
export const DEFAULT_CLOCK_TOLERANCE = 30;

/**
 * Checks the protocol options of the client and fills in defaults.
 * @throws GenAuthConfigError naming the bad option.
 */
export function resolveProtocolSettings(options: AuthenticationClientOptions, appHost: string): ProtocolSettings {
  const protocol = options.protocol ?? "oidc";
  if (!PROTOCOLS.includes(protocol)) {
    throw new GenAuthConfigError("protocol", `protocol must be one of ${PROTOCOLS.join(", ")}, got ${JSON.stringify(protocol)}`);
  }
  const scope = options.scope ?? "openid profile";
  if (typeof scope !== "string" || (protocol === "oidc" && !scope.split(" ").includes("openid"))) {
    throw new GenAuthConfigError("scope", `scope must be a space-separated string containing "openid" for OIDC, got ${JSON.stringify(scope)}`);
  }
  for (const field of ["redirectUri", "logoutRedirectUri", "cookieKey", "socketUri", "issuer"] as const) {
    const value = options[field];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new GenAuthConfigError(field, `${field} must be a non-empty string, got ${JSON.stringify(value)}`);
    }
  }
  const methods = {
    tokenEndPointAuthMethod: options.tokenEndPointAuthMethod ?? "client_secret_post",
    introspectionEndPointAuthMethod: options.introspectionEndPointAuthMethod ?? "client_secret_post",
    revocationEndPointAuthMethod: options.revocationEndPointAuthMethod ?? "client_secret_post",
  };
  for (const [field, value] of Object.entries(methods)) checkAuthMethod(field, value);
  const retryTimes = options.retryTimes ?? 5;
  if (!Number.isInteger(retryTimes) || retryTimes < 0) {
    throw new GenAuthConfigError("retryTimes", `retryTimes must be a whole number of reconnect attempts, e.g. 5, got ${JSON.stringify(retryTimes)}`);
  }
  const clockTolerance = options.clockTolerance ?? DEFAULT_CLOCK_TOLERANCE;
  if (typeof clockTolerance !== "number" || !Number.isFinite(clockTolerance) || clockTolerance < 0) {
    throw new GenAuthConfigError("clockTolerance", `clockTolerance must be a number of seconds >= 0, e.g. 30, got ${JSON.stringify(clockTolerance)}`);
  }
  const jwksCooldown = options.jwksCooldown ?? 30_000;
  if (typeof jwksCooldown !== "number" || !Number.isFinite(jwksCooldown) || jwksCooldown < 0) {
    throw new GenAuthConfigError("jwksCooldown", `jwksCooldown must be a number of milliseconds >= 0, e.g. 30000, got ${JSON.stringify(jwksCooldown)}`);
  }
  return {
    protocol,
    scope,
    redirectUri: options.redirectUri,
    logoutRedirectUri: options.logoutRedirectUri,
    cookieKey: options.cookieKey ?? DEFAULT_COOKIE_KEY,
    ...methods,
    socketUri: checkSocketUri(options.socketUri ?? DEFAULT_SOCKET_URI, options.allowInsecureHttp === true),
    retryTimes,
    issuer: options.issuer ?? `${appHost}/oidc`,
    clockTolerance,
    jwksCooldown,
  };
}

/**
 * `socketUri` without its trailing slashes. The socket URL carries the user's access token, so a
 * plain `ws://` (or `http://`) socket is refused unless its host is this machine, by the rule that
 * refuses a plain http `appHost`; `allowInsecureHttp` lifts both.
 * @throws GenAuthConfigError (field `socketUri`) for a URL that does not parse or would send the token in clear.
 */
function checkSocketUri(socketUri: string, allowInsecureHttp: boolean): string {
  let url: URL;
  try {
    url = new URL(socketUri);
  } catch {
    throw new GenAuthConfigError("socketUri", `socketUri must be an absolute WebSocket URL such as "${DEFAULT_SOCKET_URI}", got ${JSON.stringify(socketUri)}`);
  }
  if ((url.protocol === "ws:" || url.protocol === "http:") && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw new GenAuthConfigError(
      "socketUri",
      `socketUri ${JSON.stringify(socketUri)} uses plain ${url.protocol.slice(0, -1)} to a host that is not this machine, which would send the user's access token unencrypted: use wss://, or set allowInsecureHttp: true if you really mean it`,
    );
  }
  return socketUri.replace(/\/+$/, "");
}

/** `/oidc` or `/oauth`: the path prefix of token endpoints; refuses SAML and CAS. */
export function tokenPathPrefix(settings: ProtocolSettings, method: string): "/oidc" | "/oauth" {
  if (settings.protocol === "oidc" || settings.protocol === "oauth") return `/${settings.protocol}`;
  throw new GenAuthConfigError("protocol", `${method} needs protocol "oidc" or "oauth", but the client was created with protocol "${settings.protocol}"`);
}
