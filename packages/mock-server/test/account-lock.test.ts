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
