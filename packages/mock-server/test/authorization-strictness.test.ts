// The authorization endpoint refuses what the specs forbid instead of guessing: repeated parameters
// it reads (RFC 6749 §3.1; `resource` may repeat, RFC 8707 §2, and unknown ones are ignored), request objects it says it does not take (OIDC Core §6.1), unknown prompt values,
// and a request without client_id, which has no client to send an error back to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { CALLBACK, authorize, exchangeCode, redirectQuery, tokensOf } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

/** A GET of the authorization endpoint with the query exactly as given, repeats included. */
const rawAuthorize = (query: string) => fetch(`${server.url}/oidc/auth?${query}`, { redirect: "manual" });
const base = `client_id=${APP.appId}&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code&scope=openid`;

describe("repeated parameters", () => {
  it("a repeated parameter goes back to the callback as invalid_request, with no code", async () => {
    const back = redirectQuery(await rawAuthorize(`${base}&state=s&nonce=a&nonce=b`));
    expect([back.get("error"), back.get("code"), back.get("state")]).toEqual(["invalid_request", null, "s"]);
    expect(back.get("error_description")).toContain("nonce");
  });

  it("a repeated client_id, redirect_uri or response_mode gets HTTP 400, no redirect", async () => {
    for (const repeat of [`client_id=${APP.appId}`, `redirect_uri=${encodeURIComponent(CALLBACK)}`, "response_mode=query&response_mode=query"]) {
      const answer = await rawAuthorize(`${base}&${repeat}`);
      expect(answer.status).toBe(400);
      expect(answer.headers.get("location")).toBeNull();
      expect(await answer.json()).toMatchObject({ error: "invalid_request" });
    }
  });

  it("resource may be sent several times (RFC 8707 §2): a code", async () => {
    const back = redirectQuery(await rawAuthorize(`${base}&state=s&resource=https://a.example/&resource=https://b.example/`));
    expect([back.get("error"), back.get("state"), back.get("code")]).toEqual([null, "s", expect.any(String)]);
  });

  it("an unknown parameter sent twice is ignored (RFC 6749 §3.1): a code", async () => {
    const back = redirectQuery(await rawAuthorize(`${base}&state=s&x_extension=1&x_extension=2`));
    expect([back.get("error"), back.get("state"), back.get("code")]).toEqual([null, "s", expect.any(String)]);
  });

  it("a form POST repeating a parameter is refused too", async () => {
    const body = `${base}&state=s&state=t`;
    const answer = await fetch(`${server.url}/oidc/auth`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(redirectQuery(answer).get("error")).toBe("invalid_request");
  });
});

describe("request objects", () => {
  it("discovery says request and request_uri are not supported, and the endpoint answers so", async () => {
    const discovery = await (await fetch(`${server.url}/oidc/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({ request_parameter_supported: false, request_uri_parameter_supported: false });
    const request = redirectQuery(await authorize(server, APP, { request: "eyJhbGciOiJub25lIn0.e30.", state: "s" }));
    expect([request.get("error"), request.get("state"), request.get("code")]).toEqual(["request_not_supported", "s", null]);
    const requestUri = redirectQuery(await authorize(server, APP, { request_uri: "https://app.example/r/1" }));
    expect(requestUri.get("error")).toBe("request_uri_not_supported");
  });
});

describe("prompt", () => {
  it("discovery lists the prompt values the endpoint takes (prompt_values_supported)", async () => {
    const discovery = await (await fetch(`${server.url}/oidc/.well-known/openid-configuration`)).json();
    expect(discovery.prompt_values_supported).toEqual(["none", "login", "consent", "select_account"]);
    for (const prompt of discovery.prompt_values_supported as string[]) {
      expect(redirectQuery(await authorize(server, APP, { prompt })).get("code")).toEqual(expect.any(String));
    }
  });

  it("an unknown prompt value is invalid_request; the known ones sign in", async () => {
    const back = redirectQuery(await authorize(server, APP, { prompt: "login bogus" }));
    expect([back.get("error"), back.get("code")]).toEqual(["invalid_request", null]);
    expect(back.get("error_description")).toContain("bogus");
    for (const prompt of ["login", "consent", "select_account", "login consent select_account", "none"]) {
      expect(redirectQuery(await authorize(server, APP, { prompt })).get("code")).toEqual(expect.any(String));
    }
  });
});

describe("client_id and scope", () => {
  it("a request without client_id gets HTTP 400 invalid_request, no redirect", async () => {
    const answer = await rawAuthorize(`redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code&scope=openid`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("location")).toBeNull();
    expect(await answer.json()).toMatchObject({ error: "invalid_request", error_description: expect.stringContaining("client_id") });
  });

  it("a request without scope is granted openid profile, the SDK's default scope", async () => {
    const code = redirectQuery(await rawAuthorize(`client_id=${APP.appId}&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code`)).get("code");
    expect(tokensOf(await exchangeCode(server, APP, code as string)).scope).toBe("openid profile");
  });
});
