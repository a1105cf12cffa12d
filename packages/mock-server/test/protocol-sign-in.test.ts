import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const CALLBACK = "http://127.0.0.1:9/callback";
const APP = { appId: "app-1", appSecret: "secret-1", redirectUris: [CALLBACK], casServices: ["http://127.0.0.1:9/cas"] };
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    fixtures: {
      apps: [APP],
      users: [
        { userId: "u-alice", username: "alice", email: "alice@example.com", name: "Alice Liddell", nickname: "Al" },
        { userId: "u-bob", phone: "13900000002", phoneCountryCode: "+86" },
      ],
    },
  });
});
afterAll(() => server.close());

function authorizeUrl(extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    client_id: APP.appId,
    redirect_uri: CALLBACK,
    response_type: "code",
    scope: "openid profile email phone",
    state: "st-1",
    nonce: "n-1",
    ...extra,
  });
  return `${server.url}/oidc/auth?${query}`;
}

/** Authorizes (query mode), exchanges the code; returns the ID token's claims and the userinfo. */
async function signIn(extra: Record<string, string> = {}): Promise<{ idToken: Record<string, unknown>; userinfo: Record<string, unknown> }> {
  const redirect = await fetch(authorizeUrl(extra), { redirect: "manual" });
  expect(redirect.status).toBe(302);
  const code = new URL(redirect.headers.get("location") as string).searchParams.get("code") as string;
  const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: APP.appId, client_secret: APP.appSecret });
  const tokens = (await (await fetch(`${server.url}/oidc/token`, { method: "POST", body })).json()) as { id_token: string; access_token: string };
  const userinfo = (await (await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json()) as Record<
    string,
    unknown
  >;
  return { idToken: decodeJwt(tokens.id_token), userinfo };
}

describe("mock /oidc/auth signs in a user of fixtures.users", () => {
  it("signs in the first user by default; ID token and userinfo carry that user's record", async () => {
    const { idToken, userinfo } = await signIn();
    const alice = { sub: "u-alice", preferred_username: "alice", email: "alice@example.com", email_verified: true, name: "Alice Liddell", nickname: "Al" };
    expect(idToken).toMatchObject({ ...alice, nonce: "n-1", aud: APP.appId });
    expect(userinfo).toMatchObject(alice);
    expect(userinfo).not.toHaveProperty("phone_number");
  });

  it("signs in the user login_hint names, by username, email or phone", async () => {
    expect((await signIn({ login_hint: "alice" })).idToken.sub).toBe("u-alice");
    expect((await signIn({ login_hint: "ALICE@example.com" })).idToken.sub).toBe("u-alice");
    const bob = await signIn({ login_hint: "13900000002" });
    expect(bob.idToken).toMatchObject({ sub: "u-bob", phone_number: "+8613900000002", phone_number_verified: true });
    expect(bob.userinfo).toMatchObject({ sub: "u-bob", phone_number: "+8613900000002" });
    expect(bob.userinfo).not.toHaveProperty("email");
  });

  it("sends access_denied back to the client for a login_hint that names nobody", async () => {
    const redirect = await fetch(authorizeUrl({ login_hint: "nobody" }), { redirect: "manual" });
    const back = new URL(redirect.headers.get("location") as string).searchParams;
    expect(back.get("error")).toBe("access_denied");
    expect(back.get("state")).toBe("st-1");
    expect(back.get("code")).toBeNull();
  });

  it("refuses the code exchange and userinfo once the signed-in user is removed", async () => {
    const pool = await startMockServer({ fixtures: { apps: [APP], users: [{ userId: "u-gone", username: "gone" }] } });
    try {
      const redirect = await fetch(`${pool.url}/oidc/auth?${new URLSearchParams({ client_id: APP.appId, redirect_uri: CALLBACK, response_type: "code" })}`, {
        redirect: "manual",
      });
      const code = new URL(redirect.headers.get("location") as string).searchParams.get("code") as string;
      pool.state.users.remove(pool.state.users.byId("u-gone")!);
      const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: APP.appId, client_secret: APP.appSecret });
      const answer = await fetch(`${pool.url}/oidc/token`, { method: "POST", body });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ error: "invalid_grant" });
    } finally {
      await pool.close();
    }
  });

  it("CAS tickets name the signed-in user", async () => {
    const service = "http://127.0.0.1:9/cas";
    const login = await fetch(`${server.url}/cas-idp/${APP.appId}?${new URLSearchParams({ service, login_hint: "13900000002" })}`, { redirect: "manual" });
    const ticket = new URL(login.headers.get("location") as string).searchParams.get("ticket") as string;
    const answer = await fetch(`${server.url}/cas-idp/${APP.appId}/validate?${new URLSearchParams({ service, ticket })}`);
    expect(await answer.text()).toBe("yes\n13900000002\n");
  });
});

describe("mock /oidc/auth with response_mode=form_post", () => {
  it("answers an auto-submitting HTML form that posts code and state to redirect_uri, escaped", async () => {
    const answer = await fetch(authorizeUrl({ response_mode: "form_post", state: `a"<b>&c` }), { redirect: "manual" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await answer.text();
    expect(html).toContain(`<form method="post" action="${CALLBACK}">`);
    expect(html).toContain(`onload="document.forms[0].submit()"`);
    expect(html).toMatch(/<input type="hidden" name="code" value="code-[A-Za-z0-9_-]+">/);
    expect(html).toContain(`<input type="hidden" name="state" value="a&#34;&#60;b&#62;&#38;c">`);
  });

  it("posts errors the same way, and refuses response modes it does not serve", async () => {
    const html = await (await fetch(authorizeUrl({ response_mode: "form_post", login_hint: "nobody" }))).text();
    expect(html).toContain(`name="error" value="access_denied"`);
    const jarm = await fetch(authorizeUrl({ response_mode: "jwt" }), { redirect: "manual" });
    expect(jarm.status).toBe(400);
    expect(await jarm.json()).toMatchObject({ error: "invalid_request" });
  });
});

describe("mock /oidc/auth with response_mode=fragment", () => {
  it("redirects with code and state in the fragment, which a single-page app reads; the code exchanges as any other", async () => {
    const answer = await fetch(authorizeUrl({ response_mode: "fragment" }), { redirect: "manual" });
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get("location") as string);
    expect(`${location.origin}${location.pathname}${location.search}`).toBe(CALLBACK);
    const fields = new URLSearchParams(location.hash.slice(1));
    expect(fields.get("state")).toBe("st-1");
    const body = new URLSearchParams({
      grant_type: "authorization_code",
      code: fields.get("code") as string,
      redirect_uri: CALLBACK,
      client_id: APP.appId,
      client_secret: APP.appSecret,
    });
    expect((await fetch(`${server.url}/oidc/token`, { method: "POST", body })).status).toBe(200);
    const refused = await fetch(authorizeUrl({ response_mode: "fragment", login_hint: "nobody" }), { redirect: "manual" });
    expect(new URLSearchParams(new URL(refused.headers.get("location") as string).hash.slice(1)).get("error")).toBe("access_denied");
  });
});
