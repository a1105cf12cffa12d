import type { MockApp } from "../fixtures.js";

/** How a client authenticates to the token, introspection or revocation endpoint. */
export type MockClientAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

/** The protocol endpoints that authenticate the client. */
export type ClientAuthEndpoint = "token" | "introspection" | "revocation";

/** The two paths the protocol endpoints are served under: OIDC, and its OAuth 2.0 alias. */
export type ProtocolPrefix = "/oidc" | "/oauth";

/** The URL lists of an app that a request's URL must match. */
export type RegisteredUrlList = "redirectUris" | "postLogoutRedirectUris" | "casServices";

/** Every client authentication method the mock knows, as its discovery document lists them. */
export const CLIENT_AUTH_METHODS: readonly MockClientAuthMethod[] = ["client_secret_post", "client_secret_basic", "none"];

/** The methods an app accepts when its fixture names none: its secret, in the form or a Basic header. */
const DEFAULT_CLIENT_AUTH_METHODS: readonly MockClientAuthMethod[] = ["client_secret_post", "client_secret_basic"];

const AUTH_METHOD_FIELDS = {
  token: "tokenEndpointAuthMethod",
  introspection: "introspectionEndpointAuthMethod",
  revocation: "revocationEndpointAuthMethod",
} as const satisfies Record<ClientAuthEndpoint, keyof MockApp>;

const URL_LISTS: readonly RegisteredUrlList[] = ["redirectUris", "postLogoutRedirectUris", "casServices"];

/** The fixture field that sets an endpoint's client authentication, e.g. `tokenEndpointAuthMethod`. */
export function authMethodField(endpoint: ClientAuthEndpoint): (typeof AUTH_METHOD_FIELDS)[ClientAuthEndpoint] {
  return AUTH_METHOD_FIELDS[endpoint];
}

/**
 * The client authentication methods an endpoint takes from any client: all of them, except at
 * GenAuth's OAuth 2.0 revocation endpoint, which takes no Basic credentials (the SDK's `revokeToken`
 * refuses `client_secret_basic` with `protocol: "oauth"` for that reason).
 */
export function endpointAuthMethods(endpoint: ClientAuthEndpoint, prefix: ProtocolPrefix): readonly MockClientAuthMethod[] {
  if (prefix === "/oauth" && endpoint === "revocation") return CLIENT_AUTH_METHODS.filter((method) => method !== "client_secret_basic");
  return CLIENT_AUTH_METHODS;
}

/** The client authentication methods `app` accepts at `endpoint`, as its fixture configures them. */
export function acceptedAuthMethods(app: MockApp, endpoint: ClientAuthEndpoint): readonly MockClientAuthMethod[] {
  const configured = app[AUTH_METHOD_FIELDS[endpoint]];
  if (configured === undefined) return DEFAULT_CLIENT_AUTH_METHODS;
  return typeof configured === "string" ? [configured] : configured;
}

/** Whether `url` is an http(s) URL on the machine itself: `localhost`, `127.0.0.1` or `[::1]`. */
function isLoopbackUrl(url: URL): boolean {
  return (url.protocol === "http:" || url.protocol === "https:") && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

/** `text` as an absolute http(s) URL, or why it is not one. */
export function parseHttpUrl(text: string): URL | { problem: string } {
  if (!URL.canParse(text)) return { problem: "is not an absolute URL" };
  const url = new URL(text);
  if (url.protocol !== "http:" && url.protocol !== "https:") return { problem: `must be an http or https URL, not ${url.protocol}` };
  return url;
}

/**
 * Whether `url` (already parsed as http(s)) is registered in the app's `list`: equal to an entry
 * once both are normalised as URLs (`casServices`: the same origin and path), or, when the app
 * registers no such list, on a loopback host.
 */
export function isRegisteredUrl(app: MockApp, list: RegisteredUrlList, url: URL): boolean {
  const registered = app[list];
  if (registered === undefined) return isLoopbackUrl(url);
  return registered.some((entry) => {
    const known = new URL(entry);
    if (list !== "casServices") return known.href === url.href;
    return known.origin === url.origin && known.pathname === url.pathname;
  });
}

/** Checks an app fixture's protocol settings, naming the field and the fix on failure. */
export function checkAppProtocolSettings(app: MockApp, where: string): void {
  for (const list of URL_LISTS) {
    const value: unknown = app[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw new TypeError(`${where}.${list} must be an array of absolute http(s) URLs, e.g. ["http://localhost:3000/callback"]`);
    value.forEach((entry: unknown, i) => {
      const url = typeof entry === "string" ? parseHttpUrl(entry) : { problem: "must be a string" };
      if ("problem" in url)
        throw new TypeError(
          `${where}.${list}[${i}] ${url.problem}: give an absolute http(s) URL such as "http://localhost:3000/callback", got ${JSON.stringify(entry)}`,
        );
      if (url.hash !== "" || (entry as string).includes("#"))
        throw new TypeError(`${where}.${list}[${i}] must not have a fragment (#…), got ${JSON.stringify(entry)}`);
    });
  }
  if (app.requireAuthTime !== undefined && typeof app.requireAuthTime !== "boolean")
    throw new TypeError(`${where}.requireAuthTime must be true or false, got ${JSON.stringify(app.requireAuthTime)}`);
  for (const field of Object.values(AUTH_METHOD_FIELDS)) {
    const value: unknown = app[field];
    if (value === undefined) continue;
    const methods = Array.isArray(value) ? value : [value];
    const known = methods.length > 0 && methods.every((method) => CLIENT_AUTH_METHODS.includes(method as MockClientAuthMethod));
    if (!known)
      throw new TypeError(`${where}.${field} must be one of ${CLIENT_AUTH_METHODS.join(", ")} (or a non-empty list of them), got ${JSON.stringify(value)}`);
  }
}
