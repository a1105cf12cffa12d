// The Bearer scheme is read whatever its case (RFC 6750 §2.1), a token is sent one way only (§2),
// and token answers are never cached (RFC 6749 §5.1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { codeFor, exchangeCode, postCredentials, postForm, signIn } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

describe("the Bearer scheme is case-insensitive", () => {
  it.each(["bearer", "BEARER", "BeArEr"])("userinfo takes `%s <token>`", async (scheme) => {
    const { access_token } = await signIn(server, APP);
    const answer = await fetch(`${server.url}/oidc/me`, { headers: { authorization: `${scheme} ${access_token}` } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ sub: "mock-user-1" });
  });
});

describe("one way of sending the token", () => {
  it("userinfo refuses a token sent both in the header and in the query (RFC 6750 §2), and takes either alone", async () => {
    const { access_token } = await signIn(server, APP);
    const both = await fetch(`${server.url}/oidc/me?access_token=${access_token}`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ error: "invalid_request" });
    expect(both.headers.get("www-authenticate")).toContain('error="invalid_request"');
    expect((await fetch(`${server.url}/oidc/me?access_token=${access_token}`)).status).toBe(200);
  });
});

describe("token answers are not cached", () => {
  it("a successful token answer has Cache-Control: no-store and Pragma: no-cache", async () => {
    const answer = await exchangeCode(server, APP, await codeFor(server, APP));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("pragma")).toBe("no-cache");
  });

  it("so is an error answer of the token endpoint", async () => {
    const answer = await postForm(`${server.url}/oidc/token`, { grant_type: "authorization_code", code: "unknown", ...postCredentials(APP) });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("pragma")).toBe("no-cache");
  });
});
