// The mock is as strict as GenAuth where a lax provider would hide a bug in the app under test:
// registered callback URLs, client authentication by the app's configured method, the issuer.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FIXTURES, startMockServer, type MockApp, type MockServer } from "../src/index.js";

const CALLBACK = "https://app.example/callback";
const APP: MockApp = {
  appId: "app-1",
  appSecret: "secret-1",
  redirectUris: [CALLBACK],
  postLogoutRedirectUris: ["https://app.example/bye"],
  casServices: ["https://app.example/cas"],
};
/** An app left at the defaults: loopback callbacks, secret in the form or a Basic header. */
const DEFAULTS: MockApp = { appId: "app-defaults", appSecret: "secret-2" };
const PUBLIC: MockApp = { appId: "spa", appSecret: "unused", redirectUris: [CALLBACK], tokenEndpointAuthMethod: "none" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP, DEFAULTS, PUBLIC] } });
});
afterAll(() => server.close());

const authorize = (params: Record<string, string>) =>
  fetch(`${server.url}/oidc/auth?${new URLSearchParams({ client_id: APP.appId, response_type: "code", scope: "openid", state: "s", ...params })}`, {
    redirect: "manual",
  });

const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}, base = server.url) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields) });

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;

/** A code for `app`, by the query response. */
async function codeFor(app: MockApp, extra: Record<string, string> = {}): Promise<string> {
  const answer = await authorize({ client_id: app.appId, redirect_uri: app.redirectUris?.[0] ?? "http://localhost:3000/cb", ...extra });
  return new URL(answer.headers.get("location") as string).searchParams.get("code") as string;
}

describe("redirect_uri must be registered", () => {
  it.each([
    ["an unregistered https URL", "https://evil.example/cb"],
    ["a javascript: URL", "javascript:alert(document.domain)//"],
    ["a data: URL", "data:text/html,hi"],
    ["an unparsable URL", "http://[::1"],
    ["a registered URL with a fragment", `${CALLBACK}#x`],
  ])("%s gets a 400 OAuth error, neither a redirect nor a form", async (_, redirectUri) => {
    for (const responseMode of ["query", "form_post"]) {
      const answer = await authorize({ redirect_uri: redirectUri, response_mode: responseMode });
      expect(answer.status).toBe(400);
      expect(answer.headers.get("location")).toBeNull();
      const body = (await answer.json()) as { error: string; error_description: string };
      expect(body.error).toBe("invalid_request");
      expect(body.error_description).toContain("redirect_uri");
    }
  });

  it("the error names the fixture that registers callbacks", async () => {
    const body = await (await authorize({ redirect_uri: "https://evil.example/cb" })).json();
    expect(body.error_description).toContain("redirectUris");
  });

  it("an app without redirectUris accepts loopback callbacks only", async () => {
    for (const ok of ["http://localhost:3000/callback", "http://127.0.0.1:8080/cb?x=1", "http://[::1]:9/cb"]) {
      expect((await authorize({ client_id: DEFAULTS.appId, redirect_uri: ok })).status).toBe(302);
    }
    expect((await authorize({ client_id: DEFAULTS.appId, redirect_uri: "https://app.example/callback" })).status).toBe(400);
  });

  it("unsupported response_type goes back to the registered callback as an error", async () => {
    const answer = await authorize({ redirect_uri: CALLBACK, response_type: "token" });
    const back = new URL(answer.headers.get("location") as string);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get("error")).toBe("unsupported_response_type");
  });
});

describe("logout and CAS go only to registered URLs", () => {
  it("post_logout_redirect_uri: registered goes, unregistered or unnamed app gets 400", async () => {
    const go = (params: Record<string, string>) => fetch(`${server.url}/oidc/session/end?${new URLSearchParams(params)}`, { redirect: "manual" });
    const ok = await go({ client_id: APP.appId, post_logout_redirect_uri: "https://app.example/bye", state: "x" });
    expect([ok.status, ok.headers.get("location")]).toEqual([302, "https://app.example/bye?state=x"]);
    const refusals: Record<string, string>[] = [
      { client_id: APP.appId, post_logout_redirect_uri: "https://evil.example/" },
      { client_id: APP.appId, post_logout_redirect_uri: "javascript:alert(1)" },
      { client_id: APP.appId, post_logout_redirect_uri: "not a url" },
      { post_logout_redirect_uri: "https://app.example/bye" },
      { id_token_hint: "forged.token.here", post_logout_redirect_uri: "https://app.example/bye" },
    ];
    for (const params of refusals) {
      const refused = await go(params);
      expect(refused.status).toBe(400);
      expect(refused.headers.get("location")).toBeNull();
      expect(await refused.json()).toHaveProperty("error");
    }
  });

  it("CAS login issues tickets for registered services only", async () => {
    const login = (service: string) => fetch(`${server.url}/cas-idp/${APP.appId}?${new URLSearchParams({ service })}`, { redirect: "manual" });
    const ok = await login("https://app.example/cas?return=/home");
    expect(ok.status).toBe(302);
    expect(new URL(ok.headers.get("location") as string).searchParams.get("ticket")).toMatch(/^ST-/);
    for (const service of ["https://evil.example/cas", "javascript:alert(1)", "%%"]) {
      const refused = await login(service);
      expect(refused.status).toBe(400);
      expect(refused.headers.get("location")).toBeNull();
    }
  });
});

describe("clients authenticate by their configured method", () => {
  it("a confidential client cannot refresh, introspect or revoke with client_id alone", async () => {
    const code = await codeFor(APP, { scope: "openid offline_access", prompt: "consent" });
    const tokens = await (
      await post("/oidc/token", { grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: APP.appId, client_secret: APP.appSecret })
    ).json();
    for (const [path, fields] of [
      ["/oidc/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token }],
      ["/oidc/token/introspection", { token: tokens.access_token }],
      ["/oidc/token/revocation", { token: tokens.access_token }],
    ] as const) {
      const answer = await post(path, { ...fields, client_id: APP.appId });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toMatchObject({ error: "invalid_client" });
    }
  });

  it("client_credentials takes Basic credentials, URL-decoded, and refuses a wrong Basic secret", async () => {
    const app: MockApp = { appId: "svc:1", appSecret: "p@ss w%rd+:x" };
    const own = await startMockServer({ fixtures: { apps: [app] } });
    try {
      const ok = await fetch(`${own.url}/oidc/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic(app.appId, app.appSecret) },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read" }),
      });
      expect(ok.status).toBe(200);
      expect(own.protocol.grants.lastClientAuth.get("/oidc/token")).toBe("client_secret_basic");
      const wrong = await post("/oidc/token", { grant_type: "client_credentials", scope: "api:read" }, { authorization: basic(app.appId, "nope") }, own.url);
      expect(wrong.status).toBe(401);
      const malformed = await fetch(`${own.url}/oidc/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("svc%3:%zz").toString("base64")}` },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read" }),
      });
      expect(malformed.status).toBe(401);
    } finally {
      await own.close();
    }
  });

  it("a method the app does not configure is refused, naming the fixture field", async () => {
    const code = await codeFor(PUBLIC, { code_challenge: "x".repeat(43), code_challenge_method: "plain" });
    const answer = await post("/oidc/token", {
      grant_type: "authorization_code",
      code,
      redirect_uri: CALLBACK,
      code_verifier: "x".repeat(43),
      client_id: PUBLIC.appId,
      client_secret: PUBLIC.appSecret,
    });
    expect(answer.status).toBe(401);
    expect((await answer.json()).error_description).toContain("tokenEndpointAuthMethod");
    const publicClient = await codeFor(PUBLIC, { code_challenge: "y".repeat(43), code_challenge_method: "plain" });
    const ok = await post("/oidc/token", {
      grant_type: "authorization_code",
      code: publicClient,
      redirect_uri: CALLBACK,
      code_verifier: "y".repeat(43),
      client_id: PUBLIC.appId,
    });
    expect(ok.status).toBe(200);
  });
});

describe("the code exchange checks its request before its code", () => {
  it("a missing redirect_uri is a malformed request, and leaves the code to the right request", async () => {
    // DEFAULTS registers no redirect URI (it takes loopback ones): nothing stands in for a missing one.
    const fields = { grant_type: "authorization_code", code: await codeFor(DEFAULTS), client_id: DEFAULTS.appId, client_secret: DEFAULTS.appSecret };
    const missing = await post("/oidc/token", fields);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "invalid_request", error_description: expect.stringContaining("redirect_uri") });
    const wrong = await post("/oidc/token", { ...fields, redirect_uri: "http://localhost:3000/other" });
    expect(await wrong.json()).toMatchObject({ error: "invalid_grant" });
    const ok = await post("/oidc/token", { ...fields, redirect_uri: "http://localhost:3000/cb" });
    expect(ok.status).toBe(200);
  });

  it("an app with one registered redirect URI may leave it out, as oidc-provider allows", async () => {
    const code = await codeFor(APP);
    const ok = await post("/oidc/token", { grant_type: "authorization_code", code, client_id: APP.appId, client_secret: APP.appSecret });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty("access_token");
  });
});

describe("tokens as GenAuth issues them", () => {
  it("a refresh token comes with offline_access and prompt=consent only", async () => {
    const exchange = async (extra: Record<string, string>) => {
      const code = await codeFor(APP, extra);
      return (
        await post("/oidc/token", { grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: APP.appId, client_secret: APP.appSecret })
      ).json();
    };
    const without = await exchange({ scope: "openid offline_access" });
    expect(without.refresh_token).toBeUndefined();
    expect(without.scope).toBe("openid");
    expect((await exchange({ scope: "openid offline_access", prompt: "consent" })).refresh_token).toEqual(expect.any(String));
  });

  it("the issuer is the server's URL, whatever Host the request names", async () => {
    const document = await new Promise<Record<string, string>>((resolve, reject) => {
      const req = request(`${server.url}/oidc/.well-known/openid-configuration`, { headers: { host: "evil.example" } }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk));
        res.on("end", () => resolve(JSON.parse(text)));
      });
      req.on("error", reject);
      req.end();
    });
    expect(document.issuer).toBe(`${server.url}/oidc`);
    expect(document.token_endpoint).toBe(`${server.url}/oidc/token`);
  });

  it("publicUrl sets the issuer and the URLs of the discovery document", async () => {
    const behindProxy = await startMockServer({ publicUrl: "https://mock.example:8443/" });
    try {
      expect(behindProxy.url).toBe("https://mock.example:8443");
      expect(behindProxy.protocol.issuer).toBe("https://mock.example:8443/oidc");
    } finally {
      await behindProxy.close();
    }
    await expect(startMockServer({ publicUrl: "mock.example" })).rejects.toThrow(/publicUrl/);
  });
});

describe("discovery and JWKS paths", () => {
  it("serves the JWKS at /oidc/.well-known/jwks.json and at /{appId}/oidc/.well-known/jwks.json", async () => {
    const shared = await (await fetch(`${server.url}/oidc/.well-known/jwks.json`)).json();
    const perApp = await (await fetch(`${server.url}/${APP.appId}/oidc/.well-known/jwks.json`)).json();
    expect(shared).toEqual(perApp);
    expect(shared.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
  });

  it("the /oauth alias lists the /oauth endpoints under the same issuer", async () => {
    const document = await (await fetch(`${server.url}/oauth/.well-known/openid-configuration`)).json();
    expect(document).toMatchObject({
      issuer: `${server.url}/oidc`,
      token_endpoint: `${server.url}/oauth/token`,
      jwks_uri: `${server.url}/oidc/.well-known/jwks.json`,
    });
  });
});

describe("app fixtures are checked at start-up", () => {
  it.each([
    [{ redirectUris: "http://localhost/cb" }, /fixtures\.apps\[0\]\.redirectUris must be an array/],
    [{ redirectUris: ["/callback"] }, /fixtures\.apps\[0\]\.redirectUris\[0\] is not an absolute URL/],
    [{ postLogoutRedirectUris: ["javascript:alert(1)"] }, /postLogoutRedirectUris\[0\] must be an http or https URL/],
    [{ casServices: ["https://a.example/#x"] }, /casServices\[0\] must not have a fragment/],
    [{ tokenEndpointAuthMethod: "private_key_jwt" }, /tokenEndpointAuthMethod must be one of client_secret_post, client_secret_basic, none/],
  ])("%j is refused", async (settings, message) => {
    const app = { ...DEFAULT_FIXTURES.apps[0], ...settings } as MockApp;
    await expect(startMockServer({ fixtures: { apps: [app] } })).rejects.toThrow(message);
  });
});
