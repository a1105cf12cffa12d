import { checkAuthMethod, describeKind, GenAuthConfigError, resolveEventServer, type ClientAuthMethod, type Transport } from "@genauth/core";
import { DEFAULT_COOKIE_KEY, DEFAULT_SCOPE } from "../defaults.js";
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
const DEFAULT_CLOCK_TOLERANCE = 30;

/**
 * Checks the protocol options of the client and fills in defaults.
 * @throws GenAuthConfigError naming the bad option.
 */
export function resolveProtocolSettings(options: AuthenticationClientOptions, appHost: string): ProtocolSettings {
  const protocol = options.protocol ?? "oidc";
  if (!PROTOCOLS.includes(protocol)) {
    throw new GenAuthConfigError("protocol", `protocol must be one of ${PROTOCOLS.join(", ")}, got ${JSON.stringify(protocol)}`);
  }
  const scope = options.scope ?? DEFAULT_SCOPE;
  if (typeof scope !== "string" || (protocol === "oidc" && !scope.split(" ").includes("openid"))) {
    throw new GenAuthConfigError("scope", `scope must be a space-separated string containing "openid" for OIDC, got ${JSON.stringify(scope)}`);
  }
  for (const field of ["redirectUri", "logoutRedirectUri", "cookieKey", "socketUri", "issuer"] as const) {
    const value = options[field];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      // Only the kind of value: a misplaced key (a Buffer given as cookieKey) must not be printed.
      throw new GenAuthConfigError(field, `${field} must be a non-empty string, got ${describeKind(value)}`);
    }
  }
  // The server compares them with the application's registered callback URLs, absolute ones.
  for (const field of ["redirectUri", "logoutRedirectUri"] as const) {
    const value = options[field];
    if (value !== undefined && !URL.canParse(value)) {
      throw new GenAuthConfigError(
        field,
        `${field} must be an absolute URL such as "https://my.app/callback", as registered for the application, got ${JSON.stringify(value)}`,
      );
    }
  }
  const methods = {
    tokenEndPointAuthMethod: options.tokenEndPointAuthMethod ?? "client_secret_post",
    introspectionEndPointAuthMethod: options.introspectionEndPointAuthMethod ?? "client_secret_post",
    revocationEndPointAuthMethod: options.revocationEndPointAuthMethod ?? "client_secret_post",
  };
  for (const [field, value] of Object.entries(methods)) checkAuthMethod(field, value);
  const events = resolveEventServer(options, "the user's access token");
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
    ...events,
    issuer: options.issuer ?? `${appHost}/oidc`,
    clockTolerance,
    jwksCooldown,
  };
}

/** `/oidc` or `/oauth`: the path prefix of token endpoints; refuses SAML and CAS. */
export function tokenPathPrefix(settings: ProtocolSettings, method: string): "/oidc" | "/oauth" {
  if (settings.protocol === "oidc" || settings.protocol === "oauth") return `/${settings.protocol}`;
  throw new GenAuthConfigError("protocol", `${method} needs protocol "oidc" or "oauth", but the client was created with protocol "${settings.protocol}"`);
}
