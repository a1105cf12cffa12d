import { createServer, request, type IncomingMessage, type Server } from "node:http";
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
  app = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/login") return void client.loginWithRedirect(res, { scope: "openid profile offline_access" });
    if (path === "/login-form-post") return void client.loginWithRedirect(res, { responseMode: "form_post" });
    if (path === "/logout") return client.logoutWithRedirect(res, { redirectUri: `${appUrl}/bye` });
    const parsed = path === "/callback-parsed" ? parseBodyFirst(req) : Promise.resolve();
    parsed.then(() => client.handleRedirectCallback(req, res)).then(
      (tokens) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(tokens)),
      (error: unknown) =>
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ name: (error as Error).name, problem: (error as GenAuthRedirectCallbackError).problem })),
    );
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  mock = await startMockServer({ fixtures: { apps: [{ ...APP, redirectUris: [`${appUrl}/callback`], postLogoutRedirectUris: [`${appUrl}/bye`] }] } });
  client = new NodeAuthenticationClient({ ...APP, appHost: mock.url, redirectUri: `${appUrl}/callback` });
});
afterAll(async () => {
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await mock.close();
});

/** What a body parser such as `express.urlencoded()` does: reads the form and sets `req.body`. */
async function parseBodyFirst(req: IncomingMessage): Promise<void> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  (req as IncomingMessage & { body?: unknown }).body = Object.fromEntries(new URLSearchParams(text));
}

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

/** GET /login-form-post, then the provider's page: returns the cookie, the form's action and fields, and the nonce sent. */
async function startFormPostLogin(): Promise<{ cookie: string; setCookie: string; action: string; fields: Record<string, string>; nonce: string }> {
  const login = await fetch(`${appUrl}/login-form-post`, { redirect: "manual" });
  const setCookie = login.headers.getSetCookie()[0] as string;
  const authorizeUrl = new URL(login.headers.get("location") as string);
  expect(authorizeUrl.searchParams.get("response_mode")).toBe("form_post");
  const page = await fetch(authorizeUrl, { redirect: "manual" });
  expect(page.status).toBe(200);
  const html = await page.text();
  const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  const action = unescape(/<form method="post" action="([^"]*)">/.exec(html)?.[1] ?? "");
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [unescape(m[1] as string), unescape(m[2] as string)]));
  return { cookie: setCookie.split(";")[0] as string, setCookie, action, fields, nonce: authorizeUrl.searchParams.get("nonce") as string };
}

/** POSTs a form to the app as a browser submitting the provider's page does. */
function postForm(url: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (cookie !== undefined) headers.cookie = cookie;
  return fetch(url, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

describe("handleRedirectCallback with response_mode=form_post", () => {
  it("round trip: the provider's page posts code and state, the callback reads them from the body and checks PKCE and nonce", async () => {
    const { cookie, setCookie, action, fields, nonce } = await startFormPostLogin();
    // The callback is a cross-site POST: a SameSite=Lax cookie would not come back with it.
    expect(setCookie).toMatch(/; HttpOnly; SameSite=None; Secure$/);
    expect(action).toBe(`${appUrl}/callback`);
    expect(Object.keys(fields).sort()).toEqual(["code", "state"]);
    const answer = await postForm(action, fields, cookie);
    expect(answer.status).toBe(200);
    const tokens = (await answer.json()) as { id_token: string };
    expect((await client.parseIDToken(tokens.id_token, { nonce })).sub).toBe("mock-user-1");
    expect(answer.headers.getSetCookie()[0]).toContain("Max-Age=0");
  });

  it("keeps the state and cookie checks: a forged state in the body, or no cookie, is refused", async () => {
    const { cookie, action, fields } = await startFormPostLogin();
    expect(await (await postForm(action, { ...fields, state: "attacker-state" }, cookie)).json()).toEqual({ name: "GenAuthRedirectCallbackError", problem: "state" });
    const second = await startFormPostLogin();
    expect(await (await postForm(second.action, second.fields)).json()).toMatchObject({ problem: "missing-cookie" });
  });

  it("ignores the query of a POST callback: code and state count only from its body", async () => {
    const { cookie, fields } = await startFormPostLogin();
    const url = `${appUrl}/callback?${new URLSearchParams(fields)}`;
    expect(await (await postForm(url, {}, cookie)).json()).toMatchObject({ problem: "missing-code" });
  });

  it("refuses a GET callback for a form_post login, and a POST callback for a query login", async () => {
    const formPost = await startFormPostLogin();
    const asGet = await fetch(`${appUrl}/callback?${new URLSearchParams(formPost.fields)}`, { headers: { cookie: formPost.cookie } });
    expect(await asGet.json()).toEqual({ name: "GenAuthRedirectCallbackError", problem: "response-mode" });
    const query = await startLogin();
    const fields = Object.fromEntries(new URL(query.callback).searchParams);
    expect(await (await postForm(`${appUrl}/callback`, fields, query.cookie)).json()).toMatchObject({ problem: "response-mode" });
  });

  it("reports the provider's error posted in the body", async () => {
    const { cookie } = await startFormPostLogin();
    const answer = await postForm(`${appUrl}/callback`, { error: "access_denied", error_description: "the user said no", state: "x" }, cookie);
    expect(await answer.json()).toMatchObject({ problem: "error" });
  });

  it("uses a body a framework already parsed into req.body", async () => {
    const { cookie, fields } = await startFormPostLogin();
    const answer = await postForm(`${appUrl}/callback-parsed`, fields, cookie);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toHaveProperty("id_token");
  });

  it("refuses a bad body with problem body: not a URL-encoded form, declared too large, streamed too large", async () => {
    const { cookie, fields } = await startFormPostLogin();
    const json = await fetch(`${appUrl}/callback`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(fields) });
    expect(await json.json()).toMatchObject({ problem: "body" });
    const declared = await postForm(`${appUrl}/callback`, { ...fields, padding: "x".repeat(70_000) }, cookie);
    expect(await declared.json()).toMatchObject({ problem: "body" });
    expect(await streamedTooLarge(cookie)).toMatchObject({ problem: "body" });
  });

  it("loginWithRedirect refuses responseMode fragment, which never reaches a server", async () => {
    const res = { setHeader() {}, getHeader() {}, end() {} };
    const refused = client.loginWithRedirect(res as never, { responseMode: "fragment" as never });
    await expect(refused).rejects.toThrow(GenAuthConfigError);
    await expect(refused).rejects.toMatchObject({ field: "responseMode" });
  });
});

/** A chunked POST with no content-length whose body grows past the limit. */
function streamedTooLarge(cookie: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const post = request(`${appUrl}/callback`, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" } }, (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve(JSON.parse(text)));
    });
    post.on("error", reject);
    for (let i = 0; i < 10; i += 1) post.write(`p${i}=${"y".repeat(8_000)}&`);
    post.end("code=x&state=y");
  });
}
