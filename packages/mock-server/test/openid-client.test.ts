// A standard relying party against the mock: openid-client 6 (OpenID Certified), configured only
// from the mock's discovery document, as a user's own app would be.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";

// The callback is never contacted: the test plays the browser and hands its URL to openid-client.
const CALLBACK = "http://127.0.0.1:9/callback";
const SIGNED_OUT = "http://127.0.0.1:9/signed-out";
const registered = { redirectUris: [CALLBACK], postLogoutRedirectUris: [SIGNED_OUT] };

/** Authenticates with Basic; its secret needs URL-encoding in the header. */
const BASIC_APP: MockApp = {
  appId: "rp-basic",
  appSecret: "s3cret:with%special+chars&=",
  ...registered,
  tokenEndpointAuthMethod: "client_secret_basic",
  introspectionEndpointAuthMethod: "client_secret_basic",
  revocationEndpointAuthMethod: "client_secret_basic",
};
/** Authenticates with the secret in the form. */
const POST_APP: MockApp = {
  appId: "rp-post",
  appSecret: "post-secret",
  ...registered,
  tokenEndpointAuthMethod: "client_secret_post",
  introspectionEndpointAuthMethod: "client_secret_post",
  revocationEndpointAuthMethod: "client_secret_post",
};

const CLIENTS = [
  { method: "client_secret_basic", app: BASIC_APP, auth: () => oidc.ClientSecretBasic(BASIC_APP.appSecret) },
  { method: "client_secret_post", app: POST_APP, auth: () => oidc.ClientSecretPost(POST_APP.appSecret) },
] as const;

let server: MockServer;
/** Paths the relying party fetched, in order. */
const fetched: string[] = [];

beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [BASIC_APP, POST_APP] } });
});
afterAll(() => server.close());

/** Discovers the mock as the relying party of `app` would: issuer URL, client ID, client authentication. */
function discover(app: MockApp, auth: oidc.ClientAuth): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(`${server.url}/oidc`), app.appId, undefined, auth, {
    execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
    [oidc.customFetch]: (url, options) => {
      fetched.push(new URL(url).pathname);
      return fetch(url, options as RequestInit);
    },
  });
}

interface Login {
  verifier: string;
  state: string;
  nonce: string;
  authorizationUrl: URL;
}

/** Builds the authorization URL as the app would: PKCE S256, state, nonce, refresh token asked for. */
async function startLogin(config: oidc.Configuration, extra: Record<string, string> = {}): Promise<Login> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: "openid profile email offline_access",
    prompt: "consent",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...extra,
  });
  return { verifier, state, nonce, authorizationUrl };
}

/** Plays the browser: the mock signs its first user in at once and redirects to the callback. */
async function callbackOf(login: Login): Promise<URL> {
  const answer = await fetch(login.authorizationUrl, { redirect: "manual" });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get("location") as string);
}

function exchange(config: oidc.Configuration, callback: URL | Request, login: Login, verifier = login.verifier) {
  return oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
}

describe("openid-client discovers the mock", () => {
  it("finds every endpoint, the JWKS and what the mock supports", async () => {
    const metadata = (await discover(POST_APP, oidc.ClientSecretPost(POST_APP.appSecret))).serverMetadata();
    expect(metadata).toMatchObject({
      issuer: `${server.url}/oidc`,
      authorization_endpoint: `${server.url}/oidc/auth`,
      token_endpoint: `${server.url}/oidc/token`,
      userinfo_endpoint: `${server.url}/oidc/me`,
      jwks_uri: `${server.url}/oidc/.well-known/jwks.json`,
      introspection_endpoint: `${server.url}/oidc/token/introspection`,
      revocation_endpoint: `${server.url}/oidc/token/revocation`,
      end_session_endpoint: `${server.url}/oidc/session/end`,
      response_modes_supported: ["query", "fragment", "form_post"],
      code_challenge_methods_supported: ["S256", "plain"],
    });
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(["client_secret_basic", "client_secret_post", "none"]));
  });
});

describe.each(CLIENTS)("openid-client with $method", ({ method, app, auth }) => {
  it("code + PKCE: the ID token checks out against the JWKS, userinfo names the same user", async () => {
    const config = await discover(app, auth());
    const login = await startLogin(config);
    fetched.length = 0;
    const tokens = await exchange(config, await callbackOf(login), login);
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token")).toBe(method);
    expect(fetched).toContain("/oidc/.well-known/jwks.json");
    const claims = tokens.claims();
    expect(claims).toMatchObject({ iss: `${server.url}/oidc`, aud: app.appId, sub: "mock-user-1", nonce: login.nonce, email: "mock-user@example.com" });
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims?.sub as string);
    expect(userinfo).toMatchObject({ sub: "mock-user-1", preferred_username: "mock-user" });
  });

  it("refreshes, then introspection, revocation and introspection again", async () => {
    const config = await discover(app, auth());
    const login = await startLogin(config);
    const tokens = await exchange(config, await callbackOf(login), login);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.claims()?.sub).toBe("mock-user-1");

    expect(await oidc.tokenIntrospection(config, refreshed.access_token)).toMatchObject({ active: true, sub: "mock-user-1", client_id: app.appId });
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token/introspection")).toBe(method);
    await oidc.tokenRevocation(config, refreshed.access_token);
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token/revocation")).toBe(method);
    expect(await oidc.tokenIntrospection(config, refreshed.access_token)).toEqual({ active: false });
  });

  it("client credentials", async () => {
    const config = await discover(app, auth());
    const tokens = await oidc.clientCredentialsGrant(config, { scope: "api:read" });
    expect(tokens).toMatchObject({ token_type: "bearer", scope: "api:read" });
    expect(tokens.id_token).toBeUndefined();
    expect(server.protocol.grants.lastClientAuth.get("/oidc/token")).toBe(method);
    expect(await oidc.tokenIntrospection(config, tokens.access_token)).toMatchObject({ active: true, sub: app.appId });
  });
});

describe("more of the provider through openid-client", () => {
  const [basic] = CLIENTS;

  it("response_mode=form_post: the page's form, posted to the app, completes the grant", async () => {
    const config = await discover(basic.app, basic.auth());
    const login = await startLogin(config, { response_mode: "form_post" });
    const page = await fetch(login.authorizationUrl, { redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    const decodeEntities = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    const action = decodeEntities(/<form method="post" action="([^"]*)">/.exec(html)?.[1] ?? "");
    const fields = [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [
      decodeEntities(m[1] as string),
      decodeEntities(m[2] as string),
    ]);
    expect(action).toBe(CALLBACK);
    // What the browser would send to the app, handed to openid-client as the incoming request.
    const posted = new Request(action, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });
    const tokens = await exchange(config, posted, login);
    expect(tokens.claims()?.sub).toBe("mock-user-1");
  });

  it("the end-session URL goes back to the registered logout URL with the state; another is refused", async () => {
    const config = await discover(basic.app, basic.auth());
    const login = await startLogin(config);
    const tokens = await exchange(config, await callbackOf(login), login);
    const logout = oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: SIGNED_OUT, id_token_hint: tokens.id_token as string, state: "bye" });
    const answer = await fetch(logout, { redirect: "manual" });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`${SIGNED_OUT}?state=bye`);

    const elsewhere = oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: "https://evil.example/", id_token_hint: tokens.id_token as string });
    const refused = await fetch(elsewhere, { redirect: "manual" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("location")).toBeNull();
  });

  it("a wrong PKCE verifier is refused, and so is a code used twice", async () => {
    const config = await discover(basic.app, basic.auth());
    const wrong = await startLogin(config);
    const refused = exchange(config, await callbackOf(wrong), wrong, oidc.randomPKCECodeVerifier());
    await expect(refused).rejects.toMatchObject({ error: "invalid_grant", status: 400 });

    const login = await startLogin(config);
    const callback = await callbackOf(login);
    await exchange(config, callback, login);
    await expect(exchange(config, callback, login)).rejects.toMatchObject({ error: "invalid_grant", status: 400 });
  });

  it("a client secret the app does not have is refused with invalid_client, in the Basic challenge", async () => {
    const config = await discover(basic.app, oidc.ClientSecretBasic("not-the-secret"));
    // A 401 to Basic credentials carries a WWW-Authenticate challenge (RFC 6749 §5.2), which openid-client
    // surfaces instead of the body: the error is in its parameters, as oidc-provider sends them.
    for (const call of [() => oidc.clientCredentialsGrant(config, { scope: "api:read" }), () => oidc.tokenIntrospection(config, "some-token")]) {
      const error = (await call().catch((e: unknown) => e)) as oidc.WWWAuthenticateChallengeError;
      expect(error).toBeInstanceOf(oidc.WWWAuthenticateChallengeError);
      expect(error.status).toBe(401);
      expect(error.cause).toEqual([
        {
          scheme: "basic",
          parameters: { realm: `${server.url}/oidc`, error: "invalid_client", error_description: expect.stringContaining("secret is wrong") },
        },
      ]);
      expect(error.response.bodyUsed).toBe(false);
    }
  });
});
