// A locked account (a status other than Activated, set through the Management API) loses the use
// of its tokens, as its sign-in is refused: the API answers 403 / apiCode 2005, refreshing and the
// OIDC endpoints refuse them, until the account is Activated again.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { DEFAULT_USER, authApi, profileOf, protocolPost, signInByPassword } from "./helpers/authentication-requests.js";
import { signedRequest } from "./helpers/signed-request.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setStatus(status: string) {
  const { body } = await signedRequest(server!.url, { method: "POST", path: "/api/v3/update-user", body: { userId: DEFAULT_USER.userId, status } });
  expect(body.statusCode).toBe(200);
}

describe("a locked account", () => {
  it("cannot use its access token: the API answers 403 / apiCode 2005, as the sign-in does", async () => {
    server = await startMockServer();
    const token = (await signInByPassword(server)).data!.access_token as string;
    await setStatus("Suspended");
    expect(await authApi(server, "POST", "/api/v3/update-profile", { nickname: "x" }, { authorization: token })).toMatchObject({
      statusCode: 403,
      apiCode: 2005,
    });
    expect(await profileOf(server, token)).toMatchObject({ statusCode: 403, apiCode: 2005 });
    expect(await signInByPassword(server)).toMatchObject({ statusCode: 403, apiCode: 2005 });
    // An example-data operation behind the user's token refuses it too.
    expect(await authApi(server, "GET", "/api/v3/list-enrolled-factors", undefined, { authorization: token })).toMatchObject({ apiCode: 2005 });
  });

  it("cannot refresh, and its tokens are inactive at userinfo and introspection", async () => {
    server = await startMockServer();
    const tokens = (await signInByPassword(server)).data as { access_token: string; refresh_token: string };
    await setStatus("Resigned");
    const refreshed = await protocolPost(server, "/oidc/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    expect(refreshed).toMatchObject({ status: 400, body: { error: "invalid_grant", error_description: expect.stringContaining("Resigned") } });
    const userinfo = await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.status).toBe(401);
    expect((await protocolPost(server, "/oidc/token/introspection", { token: tokens.access_token })).body).toEqual({ active: false });
  });

  it("gets its tokens back when Activated again; the refresh token was not used up", async () => {
    server = await startMockServer();
    const tokens = (await signInByPassword(server)).data as { access_token: string; refresh_token: string };
    await setStatus("Suspended");
    expect((await protocolPost(server, "/oidc/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token })).status).toBe(400);
    await setStatus("Activated");
    expect((await profileOf(server, tokens.access_token)).statusCode).toBe(200);
    expect((await protocolPost(server, "/oidc/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token })).status).toBe(200);
  });
});

describe("a locked or kicked user's pending CAS ticket and sessions", () => {
  const SERVICE = "http://127.0.0.1:9/cas";
  const APP = { appId: "cas-app", appSecret: "cas-secret", casServices: [SERVICE] };
  const casTicket = async () => {
    const login = await fetch(`${server!.url}/cas-idp/${APP.appId}?${new URLSearchParams({ service: SERVICE })}`, { redirect: "manual" });
    return new URL(login.headers.get("location") as string).searchParams.get("ticket") as string;
  };
  const casValidate = async (ticket: string) =>
    (await fetch(`${server!.url}/cas-idp/${APP.appId}/validate?${new URLSearchParams({ service: SERVICE, ticket })}`)).text();

  it("a ticket issued before the account was locked does not validate", async () => {
    server = await startMockServer({ fixtures: { apps: [APP] } });
    const ticket = await casTicket();
    await setStatus("Suspended");
    expect(await casValidate(ticket)).toBe("no\n\n");
  });

  it("kickUsers drops the user's tickets not yet validated for those apps", async () => {
    server = await startMockServer({ fixtures: { apps: [APP] } });
    const ticket = await casTicket();
    const { body } = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/kick-users",
      body: { userId: DEFAULT_USER.userId, appIds: [APP.appId] },
    });
    expect(body.statusCode).toBe(200);
    expect(await casValidate(ticket)).toBe("no\n\n");
    expect(await casValidate(await casTicket())).toBe(`yes\n${DEFAULT_USER.username}\n`);
  });

  it("no session of a locked account counts as live", async () => {
    server = await startMockServer();
    await signInByPassword(server);
    const sessionStatus = async () =>
      (
        await signedRequest(server!.url, {
          method: "POST",
          path: "/api/v3/check-session-status",
          body: { userId: DEFAULT_USER.userId, appId: "genauth-mock-app" },
        })
      ).body;
    const loggedInApps = async () =>
      (await signedRequest(server!.url, { method: "GET", path: "/api/v3/get-user-loggedin-apps", query: { userId: DEFAULT_USER.userId } })).body;
    expect(await sessionStatus()).toMatchObject({ data: { active: true } });
    expect((await loggedInApps()).data).toHaveLength(1);
    await setStatus("Suspended");
    expect(await sessionStatus()).toMatchObject({ data: { active: false } });
    expect((await loggedInApps()).data).toEqual([]);
  });
});
