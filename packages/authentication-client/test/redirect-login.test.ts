import { hkdfSync } from "node:crypto";
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { jwtDecrypt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError, type GenAuthRedirectCallbackError, NodeAuthenticationClient } from "../src/node/index.js";

const APP = { appId: "app-1", appSecret: "app-secret-value-0123456789abcdef" };
let mock: MockServer;
let app: Server;
let appUrl: string;
let client: NodeAuthenticationClient;
const NO_ID_TOKEN_COOKIE = "no-id-token-login";
/** A client whose token answers lose their id_token on the way, as from a provider that leaves it out. */
let noIdTokenClient: NodeAuthenticationClient;

beforeAll(async () => {
  app = createServer((req, res) => {
    // The path as it came: the callback must cope with request targets a URL parser refuses ("//").
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/login") return void client.loginWithRedirect(res, { scope: "openid profile offline_access" });
    if (path === "/login-profile") return void client.loginWithRedirect(res, { scope: "profile" });
    if (path === "/login-form-post") return void client.loginWithRedirect(res, { responseMode: "form_post" });
    if (path === "/login-no-id-token") return void noIdTokenClient.loginWithRedirect(res);
    if (path === "/logout") return client.logoutWithRedirect(res, { redirectUri: `${appUrl}/bye` });
    const parsed = path === "/callback-parsed" ? parseBodyFirst(req) : Promise.resolve();
    // The same callback URL serves both clients: the login cookie's name says whose login it is.
    const handler = (req.headers.cookie ?? "").includes(`${NO_ID_TOKEN_COOKIE}=`) ? noIdTokenClient : client;
    parsed
      .then(() => handler.handleRedirectCallback(req, res))
      .then(
        (tokens) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(tokens)),
        (error: unknown) => {
          const fields = { name: (error as Error).name, problem: (error as GenAuthRedirectCallbackError).problem };
          // /callback-verbose also shows the message and the provider's error code.
          const verbose = path === "/callback-verbose" ? { message: (error as Error).message, error: (error as GenAuthRedirectCallbackError).error } : {};
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ ...fields, ...verbose }));
        },
      );
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  mock = await startMockServer({ fixtures: { apps: [{ ...APP, redirectUris: [`${appUrl}/callback`], postLogoutRedirectUris: [`${appUrl}/bye`] }] } });
  client = new NodeAuthenticationClient({ ...APP, appHost: mock.url, redirectUri: `${appUrl}/callback` });
  noIdTokenClient = new NodeAuthenticationClient({
    ...APP,
    appHost: mock.url,
    redirectUri: `${appUrl}/callback`,
    cookieKey: NO_ID_TOKEN_COOKIE,
    fetch: withoutIdToken,
  });
});

/** fetch that drops id_token from token answers. */
async function withoutIdToken(input: Request): Promise<Response> {
  const response = await fetch(input);
  if (!new URL(input.url).pathname.endsWith("/oidc/token") || response.status !== 200) return response;
  const { id_token: _dropped, ...rest } = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify(rest), { status: 200, headers: { "content-type": "application/json" } });
}
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

/** GET /login (or another login path), then the provider: returns the login cookie and the callback URL. */
async function startLogin(loginPath = "/login"): Promise<{ cookie: string; setCookie: string; authorizeUrl: string; callback: string }> {
  const login = await fetch(`${appUrl}${loginPath}`, { redirect: "manual" });
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

    const other = new NodeAuthenticationClient({
      ...APP,
      appHost: mock.url,
      redirectUri: `${appUrl}/callback`,
      cookieSecret: "another-cookie-secret-0123456789",
    });
    const res = fakeResponse();
    await other.loginWithRedirect(res as never);
    const foreignCookie = String((res.headers["set-cookie"] as string[])[0]).split(";")[0] as string;
    const second = await startLogin();
    expect(await (await fetch(second.callback, { headers: { cookie: foreignCookie } })).json()).toMatchObject({ problem: "missing-cookie" });
  });

  it("reports the provider's error when its state is the login's, and a missing code", async () => {
    const { cookie, callback } = await startLogin();
    const state = new URL(callback).searchParams.get("state") as string;
    const answer = await fetch(`${appUrl}/callback-verbose?${new URLSearchParams({ error: "access_denied", state })}`, { headers: { cookie } });
    expect(await answer.json()).toMatchObject({
      problem: "error",
      error: "access_denied",
      message: 'the provider refused the sign-in with error "access_denied"',
    });
    expect(answer.headers.getSetCookie()[0]).toContain("Max-Age=0");
    expect(await (await fetch(`${appUrl}/callback?state=x`, { headers: { cookie } })).json()).toMatchObject({ problem: "missing-code" });
  });

  it("an error callback with another state neither ends the pending login nor carries the provider's text", async () => {
    const { cookie, callback } = await startLogin();
    const forged = new URLSearchParams({ error: "access_denied", error_description: "ATTACKER TEXT visit evil.example", state: "attacker-state" });
    const answer = await fetch(`${appUrl}/callback-verbose?${forged}`, { headers: { cookie } });
    const body = (await answer.json()) as { problem: string; message: string; error?: string };
    expect(body.problem).toBe("state");
    expect(body.error).toBeUndefined();
    expect(body.message).not.toMatch(/ATTACKER|access_denied/);
    expect(answer.headers.getSetCookie()).toEqual([]);
    // The real callback still completes the login.
    expect((await fetch(callback, { headers: { cookie } })).status).toBe(200);
  });

  it("quotes the provider's text as data, cut to a bounded length", async () => {
    const { cookie, callback } = await startLogin();
    const state = new URL(callback).searchParams.get("state") as string;
    const description = `line one\n2026-01-01 INFO forged log line\u202e${"x".repeat(5000)}`;
    const query = new URLSearchParams({ error: `bad"code${"e".repeat(500)}`, error_description: description, state });
    const { message, error } = (await (await fetch(`${appUrl}/callback-verbose?${query}`, { headers: { cookie } })).json()) as {
      message: string;
      error: string;
    };
    expect(message).not.toContain("\n");
    expect(message).not.toContain("\u202e");
    expect(message).toContain('error_description "line one\\n2026-01-01 INFO forged log line\\u202e');
    expect(message).toContain('with error "bad\\"code');
    expect(message.length).toBeLessThan(400);
    expect(error.length).toBeLessThanOrEqual(64);
  });

  it("a malformed cookie encoding or a request target of // is a GenAuthRedirectCallbackError, not a URIError or TypeError", async () => {
    const { callback } = await startLogin();
    const malformed = await fetch(callback, { headers: { cookie: "X-Authing-Node-OIDC-State=%E0%A4%A" } });
    expect(await malformed.json()).toEqual({ name: "GenAuthRedirectCallbackError", problem: "missing-cookie" });
    const { cookie } = await startLogin();
    expect(await rawGet("//", cookie)).toEqual({ name: "GenAuthRedirectCallbackError", problem: "missing-code" });
    expect(await rawGet("//?code=c&state=s", cookie)).toEqual({ name: "GenAuthRedirectCallbackError", problem: "state" });
    expect(await rawGet("/callback?code=%E0%A4%A&state=%", cookie)).toEqual({ name: "GenAuthRedirectCallbackError", problem: "state" });
  });

  it("refuses an openid login whose token answer has no id_token: the nonce must be checked", async () => {
    const { cookie, callback } = await startLogin("/login-no-id-token");
    expect(cookie.startsWith(`${NO_ID_TOKEN_COOKIE}=`)).toBe(true);
    expect(await (await fetch(callback, { headers: { cookie } })).json()).toEqual({ name: "GenAuthRedirectCallbackError", problem: "missing-id-token" });
  });

  it("completes a login without openid, which has no ID token to check", async () => {
    const { cookie, authorizeUrl, callback } = await startLogin("/login-profile");
    expect(new URL(authorizeUrl).searchParams.get("scope")).toBe("profile");
    const answer = await fetch(callback, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).not.toHaveProperty("id_token");
  });

  it("marks the login cookie Secure when the callback is https, whatever the provider's URL", async () => {
    const cookieFor = async (redirectUri: string) => {
      const res = fakeResponse();
      await new NodeAuthenticationClient({ ...APP, appHost: "https://idp.example.com", redirectUri }).loginWithRedirect(res as never);
      return String((res.headers["set-cookie"] as string[])[0]);
    };
    expect(await cookieFor("http://app.internal:3000/callback")).not.toContain("Secure");
    expect(await cookieFor("https://app.example.com/callback")).toMatch(/; Secure$/);
    expect(await cookieFor("HTTPS://app.example.com/callback")).toMatch(/; Secure$/);
    // No callback named: the provider uses the app's registered one; the https login URL hints at it.
    const res = fakeResponse();
    await new NodeAuthenticationClient({ ...APP, appHost: "https://idp.example.com" }).loginWithRedirect(res as never);
    expect(String((res.headers["set-cookie"] as string[])[0])).toMatch(/; Secure$/);
  });

  it("refuses a per-call redirectUri that is not an absolute URL", async () => {
    const error = await client.loginWithRedirect(fakeResponse() as never, { redirectUri: "/callback" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "redirectUri" });
  });

  it("refuses a state that would make the login cookie too long for browsers to keep", async () => {
    const res = fakeResponse();
    const error = await client.loginWithRedirect(res as never, { state: "s".repeat(3000) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "state", message: expect.stringContaining("4096") });
    expect(res.headers["set-cookie"]).toBeUndefined();
    await client.loginWithRedirect(fakeResponse() as never, { state: "s".repeat(1000) });
    // The option that made it too long is the one named.
    const byNonce = await client.loginWithRedirect(fakeResponse() as never, { nonce: "n".repeat(3000) }).catch((caught: unknown) => caught);
    expect(byNonce).toMatchObject({ field: "nonce", message: expect.stringContaining("shorten nonce") });
  });

  it("sends tenantId, as the official loginWithRedirect does", async () => {
    const res = fakeResponse();
    await client.loginWithRedirect(res as never, { tenantId: "tenant-1" });
    expect(new URL(res.headers.location as string).searchParams.get("tenantId")).toBe("tenant-1");
  });

  it("logoutWithRedirect answers 302 to the logout URL", async () => {
    const answer = await fetch(`${appUrl}/logout`, { redirect: "manual" });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`${mock.url}/oidc/session/end?client_id=app-1&post_logout_redirect_uri=${encodeURIComponent(`${appUrl}/bye`)}`);
  });

  it("util.inspect shows neither the app secret nor the cookie secret", async () => {
    const { inspect } = await import("node:util");
    const secretive = new NodeAuthenticationClient({ ...APP, appHost: mock.url, cookieSecret: "cookie-secret-do-not-print-0123456789" });
    const shown = inspect(secretive, { depth: 10, showHidden: true });
    expect(shown).not.toContain(APP.appSecret);
    expect(shown).not.toContain("cookie-secret-do-not-print");
  });

  it("a cookieSecret shorter than 32 characters is refused at construction", () => {
    for (const cookieSecret of ["short", "sixteen-chars-ok", "x".repeat(31)]) {
      expect(() => new NodeAuthenticationClient({ ...APP, appHost: mock.url, cookieSecret })).toThrow(
        expect.objectContaining({ field: "cookieSecret" }) as unknown as Error,
      );
    }
    expect(() => new NodeAuthenticationClient({ ...APP, appHost: mock.url, cookieSecret: "x".repeat(32) })).not.toThrow();
  });

  it("an app secret shorter than 32 characters is refused as the cookie key, with the fix in the message", async () => {
    const short = new NodeAuthenticationClient({ appId: "app-1", appSecret: "short-app-secret", appHost: mock.url, redirectUri: `${appUrl}/callback` });
    const refused = short.loginWithRedirect(fakeResponse() as never);
    await expect(refused).rejects.toThrow(GenAuthConfigError);
    await expect(refused).rejects.toMatchObject({ field: "cookieSecret", message: expect.stringContaining("pass cookieSecret") });
    await expect(refused).rejects.not.toMatchObject({ message: expect.stringContaining("short-app-secret") });
    const withCookieSecret = new NodeAuthenticationClient({ appId: "app-1", appSecret: "short-app-secret", appHost: mock.url, cookieSecret: "c".repeat(32) });
    await expect(withCookieSecret.loginWithRedirect(fakeResponse() as never)).resolves.toBeUndefined();
  });

  it("keys the cookie with HKDF-SHA-256 of the secret, not with the secret itself", async () => {
    const { cookie } = await startLogin();
    const sealed = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
    const key = new Uint8Array(hkdfSync("sha256", APP.appSecret, "genauth-redirect-cookie", "GenAuth redirect-login cookie, JWE dir A256GCM", 32));
    const { payload } = await jwtDecrypt(sealed, key);
    expect(payload).toMatchObject({ state: expect.any(String), nonce: expect.any(String), codeVerifier: expect.any(String) });
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
  const decodeEntities = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  const action = decodeEntities(/<form method="post" action="([^"]*)">/.exec(html)?.[1] ?? "");
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [decodeEntities(m[1] as string), decodeEntities(m[2] as string)]),
  );
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
    expect(await (await postForm(action, { ...fields, state: "attacker-state" }, cookie)).json()).toEqual({
      name: "GenAuthRedirectCallbackError",
      problem: "state",
    });
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

  it("reports the provider's error posted in the body, when its state is the login's", async () => {
    const { cookie, fields } = await startFormPostLogin();
    const answer = await postForm(
      `${appUrl}/callback`,
      { error: "access_denied", error_description: "the user said no", state: fields.state as string },
      cookie,
    );
    expect(await answer.json()).toMatchObject({ problem: "error" });
    const forged = await startFormPostLogin();
    const ignored = await postForm(`${appUrl}/callback`, { error: "access_denied", state: "x" }, forged.cookie);
    expect(await ignored.json()).toMatchObject({ problem: "state" });
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

/** A ServerResponse stand-in that records headers. */
function fakeResponse() {
  return {
    statusCode: 0,
    headers: {} as Record<string, unknown>,
    setHeader(n: string, v: unknown) {
      this.headers[n] = v;
    },
    getHeader(n: string) {
      return this.headers[n];
    },
    end() {},
  };
}

/** A GET with a request target that fetch would normalise (e.g. "//"), sent as it is. */
function rawGet(target: string, cookie: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const get = request(`${appUrl}/`, { path: target, headers: { cookie } }, (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve(JSON.parse(text)));
    });
    get.on("error", reject);
    get.end();
  });
}

/** A chunked POST with no content-length whose body grows past the limit. */
function streamedTooLarge(cookie: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const post = request(
      `${appUrl}/callback`,
      { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" } },
      (answer) => {
        let text = "";
        answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
        answer.on("end", () => resolve(JSON.parse(text)));
      },
    );
    post.on("error", reject);
    for (let i = 0; i < 10; i += 1) post.write(`p${i}=${"y".repeat(8_000)}&`);
    post.end("code=x&state=y");
  });
}
