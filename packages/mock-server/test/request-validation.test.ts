// Malformed authorization and token requests are refused with the error the specs name:
// invalid_request for a missing or malformed parameter, invalid_scope for a scope beyond the grant.
import { createHash } from "node:crypto";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { authorize, codeFor, exchangeCode, postCredentials, postForm, redirectQuery, refresh, signIn, tokensOf } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
const VERIFIER = "v".repeat(43);
const S256 = createHash("sha256").update(VERIFIER).digest("base64url");

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

describe("the authorization endpoint", () => {
  it("sends a request without response_type back as invalid_request, with its state", async () => {
    const query = new URLSearchParams({ client_id: APP.appId, redirect_uri: "http://127.0.0.1:9/callback", scope: "openid", state: "s-1" });
    const back = redirectQuery(await fetch(`${server.url}/oidc/auth?${query}`, { redirect: "manual" }));
    expect(back.get("error")).toBe("invalid_request");
    expect(back.get("error_description")).toContain("response_type");
    expect(back.get("state")).toBe("s-1");
    expect(back.get("code")).toBeNull();
  });

  it("refuses prompt=none combined with another prompt, and takes it alone", async () => {
    for (const prompt of ["none login", "consent none"]) {
      const back = redirectQuery(await authorize(server, APP, { prompt, state: "s-2" }));
      expect([back.get("error"), back.get("state"), back.get("code")]).toEqual(["invalid_request", "s-2", null]);
    }
    expect(redirectQuery(await authorize(server, APP, { prompt: "none" })).get("code")).toEqual(expect.any(String));
  });

  it.each([
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["with a character outside -._~ and alphanumerics", `${"a".repeat(42)}+`],
  ])("refuses a code_challenge %s with invalid_request", async (_, challenge) => {
    const back = redirectQuery(await authorize(server, APP, { code_challenge: challenge, code_challenge_method: "plain" }));
    expect(back.get("error")).toBe("invalid_request");
    expect(back.get("error_description")).toContain("code_challenge");
  });
});

describe("the token endpoint", () => {
  it("answers a code grant without code, and a refresh without refresh_token, with invalid_request", async () => {
    const noCode = await postForm(`${server.url}/oidc/token`, {
      grant_type: "authorization_code",
      redirect_uri: "http://127.0.0.1:9/callback",
      ...postCredentials(APP),
    });
    expect([noCode.status, noCode.body.error]).toEqual([400, "invalid_request"]);
    const noToken = await postForm(`${server.url}/oidc/token`, { grant_type: "refresh_token", ...postCredentials(APP) });
    expect([noToken.status, noToken.body.error]).toEqual([400, "invalid_request"]);
  });

  it.each([
    ["too short", "short"],
    ["too long", "v".repeat(129)],
    ["with a character outside -._~ and alphanumerics", `${"v".repeat(42)}/`],
  ])("refuses a code_verifier %s with invalid_request, and the code stays usable", async (_, verifier) => {
    const code = await codeFor(server, APP, { code_challenge: S256, code_challenge_method: "S256" });
    const refused = await exchangeCode(server, APP, code, { code_verifier: verifier });
    expect([refused.status, refused.body.error]).toEqual([400, "invalid_request"]);
    expect(refused.body.error_description).toContain("code_verifier");
    expect((await exchangeCode(server, APP, code, { code_verifier: VERIFIER })).status).toBe(200);
  });

  it("refuses a refresh asking for a scope beyond the grant with invalid_scope, and the refresh token stays usable", async () => {
    const tokens = await signIn(server, APP, { scope: "openid offline_access", prompt: "consent" });
    const broader = await refresh(server, APP, tokens.refresh_token as string, { scope: "openid email offline_access" });
    expect([broader.status, broader.body.error]).toEqual([400, "invalid_scope"]);
    expect(broader.body.error_description).toContain("email");
    expect((await refresh(server, APP, tokens.refresh_token as string)).status).toBe(200);
  });

  it("honours a refresh asking for less: the new tokens carry less, the new refresh token keeps the grant's scope", async () => {
    const tokens = await signIn(server, APP, { scope: "openid email offline_access", prompt: "consent" });
    const narrower = tokensOf(await refresh(server, APP, tokens.refresh_token as string, { scope: "openid" }));
    expect(narrower.scope).toBe("openid");
    expect(decodeJwt(narrower.access_token).scope).toBe("openid");
    expect(decodeJwt(narrower.id_token as string)).not.toHaveProperty("email");
    const userinfo = await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${narrower.access_token}` } });
    expect(await userinfo.json()).toEqual({ sub: "mock-user-1" });
    const again = tokensOf(await refresh(server, APP, narrower.refresh_token as string));
    expect(again.scope).toBe("openid email offline_access");
    expect(decodeJwt(again.id_token as string)).toHaveProperty("email");
  });
});
