import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthApiError, GenAuthTokenVerificationError, type AuthenticationClientOptions } from "../src/index.js";

const APP = { appId: "app-1", appSecret: "app-secret-value" };
const REDIRECT = "http://127.0.0.1:9/callback";

let server: MockServer;
const client = (extra: Partial<AuthenticationClientOptions> = {}) => new AuthenticationClient({ ...APP, appHost: server.url, redirectUri: REDIRECT, ...extra });

/** Every client authentication method, so the tests can try each against one app. */
const ANY_METHOD = ["client_secret_post", "client_secret_basic", "none"] as const;

beforeAll(async () => {
  const registered = {
    redirectUris: [REDIRECT],
    casServices: ["http://127.0.0.1:9/cas"],
    tokenEndpointAuthMethod: [...ANY_METHOD],
    introspectionEndpointAuthMethod: [...ANY_METHOD],
    revocationEndpointAuthMethod: [...ANY_METHOD],
  };
  server = await startMockServer({
    fixtures: {
      apps: [
        { ...APP, ...registered },
        { appId: "app-2", appSecret: "other-secret", ...registered },
      ],
    },
  });
});
afterAll(() => server.close());

/** Follows the mock's authorize redirect (it signs its user in at once) and returns the callback's query. */
async function authorize(url: string): Promise<URLSearchParams> {
  const response = await fetch(url, { redirect: "manual" });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") as string).searchParams;
}

async function signIn(c: AuthenticationClient, scope = "openid profile offline_access") {
  const codeVerifier = c.generateCodeChallenge();
  const { url, state, nonce } = c.buildAuthorizeUrl({ codeVerifier, scope });
  const callback = await authorize(url);
  expect(callback.get("state")).toBe(state);
  const tokens = await c.getAccessTokenByCode(callback.get("code") as string, { codeVerifier });
  return { tokens, nonce: nonce as string };
}

describe("authorization code + PKCE against the mock server", () => {
  it("exchanges the code, verifies the ID token with its nonce, reads userinfo", async () => {
    const c = client();
    const { tokens, nonce } = await signIn(c, "openid profile email offline_access");
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    const claims = await c.parseIDToken(tokens.id_token as string, { nonce });
    expect(claims).toMatchObject({ sub: "mock-user-1", aud: APP.appId, iss: `${server.url}/oidc`, nonce });
    expect((await c.parseAccessToken(tokens.access_token)).sub).toBe("mock-user-1");
    expect((await c.getUserInfoByAccessToken(tokens.access_token)).email).toBe("mock-user@example.com");
  });

  it("a public client (no app secret) signs in with every endpoint's method set to none, and is told so when it is not", async () => {
    const withoutSecret = { appId: APP.appId, appHost: server.url, redirectUri: REDIRECT };
    const confidential = new AuthenticationClient(withoutSecret);
    const missing = await confidential.getAccessTokenByCode("any-code", { codeVerifier: confidential.generateCodeChallenge() }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: "GenAuthConfigError", field: "appSecret" });
    expect((missing as Error).message).toContain('set tokenEndPointAuthMethod to "none"');
    const none = { tokenEndPointAuthMethod: "none", introspectionEndPointAuthMethod: "none", revocationEndPointAuthMethod: "none" } as const;
    const spa = new AuthenticationClient({ ...withoutSecret, ...none });
    const { tokens } = await signIn(spa);
    expect((await spa.introspectToken(tokens.access_token)).active).toBe(true);
    expect(await spa.revokeToken(tokens.access_token)).toBe(true);
  });

  it("a wrong PKCE verifier is refused with the server's error", async () => {
    const c = client();
    const { url } = c.buildAuthorizeUrl({ codeVerifier: c.generateCodeChallenge() });
    const code = (await authorize(url)).get("code") as string;
    const error = await c.getAccessTokenByCode(code, { codeVerifier: c.generateCodeChallenge() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as GenAuthApiError).message).toContain("invalid_grant");
    // The OAuth error code, to branch on.
    expect(error).toMatchObject({ status: 400, error: "invalid_grant" });
  });

  it("userinfo takes the token in the header (default), the query, or a POST body", async () => {
    const c = client();
    const { tokens } = await signIn(c);
    for (const options of [{}, { tokenPlace: "query" as const }, { method: "POST" as const, tokenPlace: "body" as const }]) {
      expect((await c.getUserInfoByAccessToken(tokens.access_token, options)).sub).toBe("mock-user-1");
    }
    await expect(c.getUserInfoByAccessToken(tokens.access_token, { tokenPlace: "body" })).rejects.toMatchObject({ field: "tokenPlace" });
  });

  it("userinfo's Bearer header wins over the client's own access token (official SDK overwrote it)", async () => {
    const c = client();
    const { tokens } = await signIn(c);
    c.setAccessToken("some-other-user-token");
    expect((await c.getUserInfoByAccessToken(tokens.access_token)).sub).toBe("mock-user-1");
  });

  it("refreshes, and the old refresh token stops working (rotation)", async () => {
    const c = client();
    const { tokens } = await signIn(c);
    const refreshed = await c.getNewAccessTokenByRefreshToken(tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    await expect(c.getNewAccessTokenByRefreshToken(tokens.refresh_token as string)).rejects.toBeInstanceOf(GenAuthApiError);
  });

  it("client credentials give an access token for the app", async () => {
    const tokens = await client().getAccessTokenByClientCredentials("api:read", { accessKey: APP.appId, accessSecret: APP.appSecret });
    expect(tokens.id_token).toBeUndefined();
    expect((await client().parseAccessToken(tokens.access_token)).scope).toBe("api:read");
    const bad = client().getAccessTokenByClientCredentials("api:read", { accessKey: APP.appId, accessSecret: "nope" });
    await expect(bad).rejects.toBeInstanceOf(GenAuthApiError);
  });
});

describe("client authentication per endpoint", () => {
  const methods = ["client_secret_post", "client_secret_basic", "none"] as const;

  it.each(methods)("introspection and revocation honour %s on their own endpoint, even with a user token set", async (method) => {
    const c = client({ introspectionEndPointAuthMethod: method, revocationEndPointAuthMethod: method, accessToken: "user-token" });
    const { tokens } = await signIn(c);
    expect(await c.introspectToken(tokens.access_token)).toMatchObject({ active: true, sub: "mock-user-1", client_id: APP.appId });
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token/introspection")).toBe(method);
    expect(await c.revokeToken(tokens.access_token)).toBe(true);
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token/revocation")).toBe(method);
    expect((await c.introspectToken(tokens.access_token)).active).toBe(false);
  });

  it.each(methods)("the token endpoint honours tokenEndPointAuthMethod %s", async (method) => {
    const c = client({ tokenEndPointAuthMethod: method, accessToken: "user-token" });
    await signIn(c);
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token")).toBe(method);
  });

  it("revokeToken reports the server's refusal instead of resolving true", async () => {
    const wrong = client({ appSecret: "wrong-secret" });
    const error = await wrong.revokeToken("anything").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as GenAuthApiError).status).toBe(401);
    expect(JSON.stringify(error)).not.toContain("wrong-secret");
  });

  it("protocol oauth uses the /oauth prefix", async () => {
    const c = client({ protocol: "oauth" });
    const tokens = await c.getAccessTokenByClientCredentials("api:read");
    expect((await c.introspectToken(tokens.access_token)).active).toBe(true);
    expect(server.protocol.grants.lastClientAuth.get("/oauth/token/introspection")).toBe("client_secret_post");
  });
});

describe("token verification against the mock's JWKS", () => {
  it("fetches the JWKS again when a token names an unknown kid (key rotation)", async () => {
    const c = client({ jwksCooldown: 0 });
    const first = await signIn(c);
    await c.parseIDToken(first.tokens.id_token as string);
    await server.protocol.keys.rotate();
    const second = await signIn(c);
    expect((await c.parseIDToken(second.tokens.id_token as string)).sub).toBe("mock-user-1");
  });

  it("fetches the JWKS once through the client's fetch, then uses the cache", async () => {
    const seen: string[] = [];
    const c = client({
      fetch: (request: Request) => {
        seen.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const { tokens } = await signIn(c);
    await c.parseIDToken(tokens.id_token as string);
    await c.parseAccessToken(tokens.access_token);
    expect(seen.filter((path) => path.endsWith("/jwks.json"))).toEqual([`/${APP.appId}/oidc/.well-known/jwks.json`]);
  });

  it("a token of another app fails the audience check", async () => {
    const { tokens } = await signIn(client());
    const other = client({ appId: "app-2", appSecret: "other-secret" });
    const error = await other.parseIDToken(tokens.id_token as string).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthTokenVerificationError);
    expect((error as GenAuthTokenVerificationError).check).toBe("aud");
  });

  it("serverJWKS replaces the fetch", async () => {
    const { tokens } = await signIn(client());
    const serverJWKS = await (await fetch(`${server.url}/${APP.appId}/oidc/.well-known/jwks.json`)).json();
    expect((await client().parseIDToken(tokens.id_token as string, { serverJWKS })).sub).toBe("mock-user-1");
    const error = await client()
      .parseIDToken(tokens.id_token as string, { serverJWKS: { keys: [] } })
      .catch((e: unknown) => e);
    expect((error as GenAuthTokenVerificationError).check).toBe("kid");
  });
});

describe("CAS", () => {
  async function ticket(service: string): Promise<string> {
    const { url } = client({ protocol: "cas" }).buildAuthorizeUrl({ service });
    return (await authorize(url)).get("ticket") as string;
  }
  const service = "http://127.0.0.1:9/cas";

  it("validateTicketV1 accepts a fresh ticket once", async () => {
    const t = await ticket(service);
    expect(await client().validateTicketV1(t, service)).toEqual({ valid: true, username: "mock-user" });
    expect(await client().validateTicketV1(t, service)).toMatchObject({ valid: false, message: expect.any(String) });
  });

  it("validateTicketV2 answers JSON attributes, or XML text", async () => {
    const json = await client().validateTicketV2(await ticket(service), service);
    expect(json).toMatchObject({ serviceResponse: { authenticationSuccess: { user: "mock-user" } } });
    const xml = await client().validateTicketV2(await ticket(service), service, "XML");
    expect(xml).toContain("<cas:user>mock-user</cas:user>");
    const failed = await client().validateTicketV2("ST-bogus", service);
    expect(failed).toMatchObject({ serviceResponse: { authenticationFailure: { code: "INVALID_TICKET" } } });
    await expect(client().validateTicketV2("t", service, "YAML" as "XML")).rejects.toMatchObject({ field: "format" });
  });
});
