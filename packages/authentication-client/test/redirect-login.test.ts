import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError, GenAuthRedirectCallbackError, NodeAuthenticationClient } from "../src/node/index.js";

const APP = { appId: "app-1", appSecret: "app-secret-value-123" };
let mock: MockServer;
let app: Server;
let appUrl: string;
let client: NodeAuthenticationClient;

beforeAll(async () => {
  mock = await startMockServer({ fixtures: { apps: [APP] } });
  app = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/login") return void client.loginWithRedirect(res, { scope: "openid profile offline_access" });
    if (path === "/logout") return client.logoutWithRedirect(res, { redirectUri: `${appUrl}/bye` });
    client.handleRedirectCallback(req, res).then(
      (tokens) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(tokens)),
      (error: unknown) =>
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ name: (error as Error).name, problem: (error as GenAuthRedirectCallbackError).problem })),
    );
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  client = new NodeAuthenticationClient({ ...APP, appHost: mock.url, redirectUri: `${appUrl}/callback` });
});
afterAll(async () => {
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await mock.close();
});

/** GET /login, then the provider: returns the login cookie and the callback URL. */
async function startLogin(): Promise<{ cookie: string; setCookie: string; authorizeUrl: string; callback: string }> {
  const login = await fetch(`${appUrl}/login`, { redirect: "manual" });
  expect(login.status).toBe(302);
  const setCookie = login.headers.getSetCookie()[0] as string;
  const authorizeUrl = login.headers.get("location") as string;
  const provider = await fetch(authorizeUrl, { redirect: "manual" });
  return { cookie: setCookie.split(";")[0] as string, setCookie, authorizeUrl, callback: provider.headers.get("location") as string };
}

describe("loginWithRedirect / handleRedirectCallback (Node subpath)", () => {
  it("is also exported as AuthenticationClient, for a one-line import change", () => {
    expect(AuthenticationClient).toBe(NodeAuthenticationClient);
  });

  it("round trip: PKCE in the URL, an encrypted HttpOnly cookie, tokens after the callback, cookie cleared", async () => {
    const { cookie, setCookie, authorizeUrl, callback } = await startLogin();
    const q = new URL(authorizeUrl).searchParams;
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(setCookie).toMatch(/^X-Authing-Node-OIDC-State=[^;]+; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax$/);
    // The state, nonce and verifier are encrypted, not readable in the cookie.
    expect(decodeURIComponent(cookie)).not.toContain(q.get("state") as string);
    expect(decodeURIComponent(cookie).split(".")).toHaveLength(5);

    const answer = await fetch(callback, { headers: { cookie } });
    expect(answer.status).toBe(200);
    const tokens = (await answer.json()) as { id_token: string; refresh_token: string };
    expect(tokens.refresh_token).toEqual(expect.any(String));
    expect((await client.parseIDToken(tokens.id_token, { nonce: q.get("nonce") as string })).sub).toBe("mock-user-1");
    expect(answer.headers.getSetCookie()[0]).toContain("Max-Age=0");
  });

  it("refuses a callback whose state is not the cookie's", async () => {
    const { cookie, callback } = await startLogin();
    const forged = new URL(callback);
    forged.searchParams.set("state", "attacker-state");
    const answer = await fetch(forged, { headers: { cookie } });
    expect(await answer.json()).toEqual({ name: "GenAuthRedirectCallbackError", problem: "state" });
  });

  it("refuses a callback without the cookie, or with a cookie sealed under another secret", async () => {
    const { callback } = await startLogin();
    expect(await (await fetch(callback)).json()).toMatchObject({ problem: "missing-cookie" });

    const other = new NodeAuthenticationClient({ ...APP, appHost: mock.url, redirectUri: `${appUrl}/callback`, cookieSecret: "another-cookie-secret-0123456789" });
    const res = { statusCode: 0, headers: {} as Record<string, unknown>, setHeader(n: string, v: unknown) { this.headers[n] = v; }, getHeader(n: string) { return this.headers[n]; }, end() {} };
    await other.loginWithRedirect(res as never);
    const foreignCookie = String((res.headers["set-cookie"] as string[])[0]).split(";")[0] as string;
    const second = await startLogin();
    expect(await (await fetch(second.callback, { headers: { cookie: foreignCookie } })).json()).toMatchObject({ problem: "missing-cookie" });
  });

  it("reports the provider's error and a missing code", async () => {
    const { cookie } = await startLogin();
    expect(await (await fetch(`${appUrl}/callback?error=access_denied&state=x`, { headers: { cookie } })).json()).toMatchObject({ problem: "error" });
    expect(await (await fetch(`${appUrl}/callback?state=x`, { headers: { cookie } })).json()).toMatchObject({ problem: "missing-code" });
  });

  it("logoutWithRedirect answers 302 to the logout URL", async () => {
    const answer = await fetch(`${appUrl}/logout`, { redirect: "manual" });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`${mock.url}/oidc/session/end?client_id=app-1&post_logout_redirect_uri=${encodeURIComponent(`${appUrl}/bye`)}`);
  });

  it("util.inspect shows neither the app secret nor the cookie secret", async () => {
    const { inspect } = await import("node:util");
    const secretive = new NodeAuthenticationClient({ ...APP, appHost: mock.url, cookieSecret: "cookie-secret-do-not-print-0123" });
    const shown = inspect(secretive, { depth: 10, showHidden: true });
    expect(shown).not.toContain(APP.appSecret);
    expect(shown).not.toContain("cookie-secret-do-not-print");
  });

  it("a short cookieSecret is refused at construction", () => {
    expect(() => new NodeAuthenticationClient({ ...APP, appHost: mock.url, cookieSecret: "short" })).toThrow(GenAuthConfigError);
  });
});
