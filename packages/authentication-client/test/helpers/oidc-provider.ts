import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type ClientMetadata } from "oidc-provider";

/** A running oidc-provider with GenAuth's routes. */
export interface TestProvider {
  /** Pass as `appHost`. */
  url: string;
  /** The provider's issuer: `${url}/oidc`, as GenAuth's. */
  issuer: string;
  close(): Promise<void>;
}

/** The resource server of client-credentials tokens: JWT access tokens whose `aud` is the client, as GenAuth issues. */
const API_RESOURCE = "urn:genauth:api";

/**
 * Starts panva's oidc-provider on 127.0.0.1 with GenAuth's endpoint paths, its development
 * login and consent pages, introspection, revocation and client credentials.
 */
export async function startTestProvider(clients: ClientMetadata[], jwksAppId: string): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "provider-key-1", alg: "RS256", use: "sig" };
  const jwksRoute = `/${jwksAppId}/oidc/.well-known/jwks.json`;

  const provider = new Provider(`${url}/oidc`, {
    clients,
    jwks: { keys: [signingKey] },
    cookies: { keys: ["test-cookie-signing-key-0123456789"] },
    routes: {
      authorization: "/oidc/auth",
      token: "/oidc/token",
      userinfo: "/oidc/me",
      introspection: "/oidc/token/introspection",
      revocation: "/oidc/token/revocation",
      end_session: "/oidc/session/end",
      jwks: jwksRoute,
    },
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email", "email_verified"] },
    scopes: ["openid", "offline_access", "profile", "email", "api:read"],
    features: {
      devInteractions: { enabled: true },
      // Same policy as the provider's default: a public client may only introspect its own tokens.
      introspection: {
        enabled: true,
        allowedPolicy: (ctx, client, token) => client.clientAuthMethod !== "none" || token.clientId === ctx.oidc.client?.clientId,
      },
      revocation: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // undefined = no resource (a userinfo token), as the provider's own default returns; its types omit it.
        defaultResource: (ctx) => (ctx.oidc.params?.grant_type === "client_credentials" ? API_RESOURCE : (undefined as unknown as string)),
        getResourceServerInfo: (_ctx, _resource, client) => ({
          scope: "api:read",
          audience: client.clientId,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    enabledJWA: { idTokenSigningAlgValues: ["RS256", "HS256"] },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, ClientCredentials: 600, Grant: 3600, IdToken: 3600, Interaction: 600, RefreshToken: 86400, Session: 3600 },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, name: `User ${sub}`, preferred_username: sub, email: `${sub}@example.com`, email_verified: true }),
    }),
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    // GenAuth serves each application's JWKS under its appId; the provider has one key set for all.
    if (/^\/[^/]+\/oidc\/\.well-known\/jwks\.json$/.test(req.url ?? "")) req.url = jwksRoute;
    void callback(req, res);
  });
  return { url, issuer: `${url}/oidc`, close: () => close(server) };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * Plays the browser: follows the provider's redirects with a cookie jar, fills the development
 * login form with `login`, approves consent, and returns the query of the redirect to `redirectUri`.
 */
export async function signInAtProvider(authorizeUrl: string, redirectUri: string, login = "user-1"): Promise<URLSearchParams> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as object), cookie: cookieHeader(jar) } });
    storeCookies(jar, response);
    init = {};
    const location = response.headers.get("location");
    if (location !== null) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next.searchParams;
      url = next.href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`provider answered ${response.status} at ${url}: ${html.slice(0, 300)}`);
    const form = html.includes('name="prompt" value="login"')
      ? new URLSearchParams({ prompt: "login", login, password: "any" })
      : html.includes('name="prompt" value="consent"')
        ? new URLSearchParams({ prompt: "consent" })
        : undefined;
    if (form === undefined) throw new Error(`unexpected provider page at ${url}`);
    const action = /action="([^"]+)"/.exec(html)?.[1];
    url = new URL(action ?? url, url).href;
    init = { method: "POST", body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } };
  }
  throw new Error("too many redirects at the provider");
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function storeCookies(jar: Map<string, string>, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = "", ...attributes] = cookie.split(";");
    const index = pair.indexOf("=");
    const name = pair.slice(0, index).trim();
    const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split("=")[1] ?? "") < Date.now());
    if (expired) jar.delete(name);
    else jar.set(name, pair.slice(index + 1).trim());
  }
}
