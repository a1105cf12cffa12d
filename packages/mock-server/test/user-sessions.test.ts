// The Management API's view of users' sessions and sign-ins, shared with the Authentication API:
// kickUsers ends a user's sessions in the named apps, checkSessionStatus and getUserLoggedinApps
// read the live ones, getUserLoginHistory the recorded sign-ins.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { DEFAULT_APP, DEFAULT_USER, authApi, profileOf, protocolPost, signInByPassword } from "./helpers/authentication-requests.js";
import { signedRequest } from "./helpers/signed-request.js";

const OTHER_APP = { appId: "other-app", appSecret: "other-secret" };

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Answer = Awaited<ReturnType<typeof signedRequest>>["body"];
async function management(method: "GET" | "POST", name: string, input: Record<string, unknown>): Promise<Answer> {
  const path = `/api/v3/${name}`;
  const { body } = await signedRequest(server!.url, method === "GET" ? { method, path, query: input as never } : { method, path, body: input });
  expect(body.statusCode, JSON.stringify(body)).not.toBe(500);
  return body;
}

async function start() {
  server = await startMockServer({ fixtures: { apps: [DEFAULT_APP, OTHER_APP] } });
  return server;
}

describe("kickUsers", () => {
  it("ends the user's sessions in the named apps: their tokens answer as revoked ones, refresh tokens too; other apps' stay", async () => {
    await start();
    const here = (await signInByPassword(server!)).data as { access_token: string; refresh_token: string };
    const there = (await signInByPassword(server!, undefined, undefined, OTHER_APP)).data as { access_token: string };
    const kicked = await management("POST", "kick-users", { userId: DEFAULT_USER.userId, appIds: [DEFAULT_APP.appId] });
    expect(kicked).toMatchObject({ statusCode: 200, data: { success: true }, requestId: expect.any(String) });
    expect(kicked).not.toHaveProperty("apiCode");
    expect(await profileOf(server!, here.access_token)).toMatchObject({ statusCode: 401, apiCode: 2020 });
    const refreshed = await protocolPost(server!, "/oidc/token", { grant_type: "refresh_token", refresh_token: here.refresh_token });
    expect(refreshed).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect((await profileOf(server!, there.access_token, OTHER_APP.appId)).statusCode).toBe(200);
    // A new sign-in works: kicking ends sessions, it does not lock the account.
    expect((await signInByPassword(server!)).statusCode).toBe(200);
  });

  it("reads the user as options.userIdType says, and refuses an unknown user or app, ending nothing", async () => {
    await start();
    const token = (await signInByPassword(server!)).data!.access_token as string;
    expect(await management("POST", "kick-users", { userId: "nope", appIds: [DEFAULT_APP.appId] })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await management("POST", "kick-users", { userId: DEFAULT_USER.userId, appIds: ["no-such-app"] })).toMatchObject({ statusCode: 404, apiCode: 2011 });
    expect((await profileOf(server!, token)).statusCode).toBe(200);
    const byEmail = { userId: DEFAULT_USER.email, appIds: [DEFAULT_APP.appId], options: { userIdType: "email" } };
    expect((await management("POST", "kick-users", byEmail)).statusCode).toBe(200);
    expect((await profileOf(server!, token)).statusCode).toBe(401);
  });
});

describe("sessions and sign-ins seen from the Management API", () => {
  it("checkSessionStatus and getUserLoggedinApps answer the user's live sessions", async () => {
    await start();
    const active = async (appId: string) => (await management("POST", "check-session-status", { userId: DEFAULT_USER.userId, appId })).data;
    const loggedIn = async () =>
      ((await management("GET", "get-user-loggedin-apps", { userId: DEFAULT_USER.userId })).data as { appId: string }[]).map((app) => app.appId);
    expect(await active(DEFAULT_APP.appId)).toEqual({ active: false });
    expect(await loggedIn()).toEqual([]);
    await signInByPassword(server!);
    await signInByPassword(server!, undefined, undefined, OTHER_APP);
    expect(await active(DEFAULT_APP.appId)).toEqual({ active: true });
    expect((await loggedIn()).sort()).toEqual([DEFAULT_APP.appId, OTHER_APP.appId].sort());
    await management("POST", "kick-users", { userId: DEFAULT_USER.userId, appIds: [OTHER_APP.appId] });
    expect(await active(OTHER_APP.appId)).toEqual({ active: false });
    expect(await loggedIn()).toEqual([DEFAULT_APP.appId]);
    const byUsername = await management("GET", "get-user-loggedin-apps", { userId: DEFAULT_USER.username, userIdType: "username" });
    expect(byUsername.data).toEqual([expect.objectContaining({ appId: DEFAULT_APP.appId, appName: expect.any(String), appLoginUrl: expect.any(String) })]);
  });

  it("getUserLoginHistory answers the sign-ins the Authentication API recorded, newest first, filtered and paged", async () => {
    await start();
    await signInByPassword(server!);
    await signInByPassword(server!, DEFAULT_USER.username, "wrong password");
    await authApi(
      server!,
      "POST",
      "/api/v3/signin",
      {
        connection: "PASSWORD",
        passwordPayload: { username: DEFAULT_USER.username, password: DEFAULT_USER.password },
        client_id: OTHER_APP.appId,
        client_secret: OTHER_APP.appSecret,
      },
      { "x-forwarded-for": "203.0.113.9" },
      OTHER_APP.appId,
    );
    const history = (query: Record<string, unknown>) => management("GET", "get-user-login-history", { userId: DEFAULT_USER.userId, ...query });
    const all = (await history({})).data as { totalCount: number; list: { appId: string; clientIp: string; time: string }[] };
    // The failed attempt is not listed: the answer has no field to tell it from a sign-in.
    expect(all.totalCount).toBe(2);
    expect(all.list.map((entry) => entry.appId)).toEqual([OTHER_APP.appId, DEFAULT_APP.appId]);
    expect(all.list[0]).toMatchObject({ clientIp: "203.0.113.9", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect((await history({ appId: DEFAULT_APP.appId })).data).toMatchObject({ totalCount: 1, list: [{ appId: DEFAULT_APP.appId }] });
    expect((await history({ page: 2, limit: 1 })).data).toMatchObject({ totalCount: 2, list: [{ appId: DEFAULT_APP.appId }] });
    const fresh = await management("POST", "create-user", { username: "fresh" });
    expect((await history({ userId: (fresh.data as { userId: string }).userId })).data).toEqual({ totalCount: 0, list: [] });
  });
});

describe("an unknown user", () => {
  it("answers 404 / apiCode 2004 wherever the Management API names one in a stateful operation", async () => {
    await start();
    expect((await management("POST", "create-group", { code: "g", name: "g", description: "", type: "static" })).statusCode).toBe(200);
    const unknown = { statusCode: 404, apiCode: 2004 };
    expect(await management("GET", "get-user-login-history", { userId: "nope" })).toMatchObject(unknown);
    expect(await management("GET", "get-user-loggedin-apps", { userId: "nope" })).toMatchObject(unknown);
    expect(await management("POST", "check-session-status", { userId: "nope", appId: DEFAULT_APP.appId })).toMatchObject(unknown);
    expect(await management("GET", "get-user-batch", { userIds: [DEFAULT_USER.userId, "nope"] })).toMatchObject(unknown);
    expect(await management("POST", "remove-group-members", { code: "g", userIds: ["nope"] })).toMatchObject(unknown);
  });

  it("makes deleteUsersBatch delete nobody", async () => {
    await start();
    const fresh = ((await management("POST", "create-user", { username: "fresh" })).data as { userId: string }).userId;
    expect(await management("POST", "delete-users-batch", { userIds: [fresh, "nope"] })).toMatchObject({
      statusCode: 404,
      apiCode: 2004,
      message: expect.stringContaining('"nope"'),
    });
    expect((await management("GET", "get-user", { userId: fresh })).statusCode).toBe(200);
    expect((await management("POST", "delete-users-batch", { userIds: [fresh] })).statusCode).toBe(200);
    expect(await management("GET", "get-user", { userId: fresh })).toMatchObject({ statusCode: 404, apiCode: 2004 });
  });
});
