// The Management API's "done when": an administrator creates a user, assigns a role, lists the
// user's roles and updates the user through ManagementClient; the user signs in through
// AuthenticationClient; the administrator deletes the user — all against one mock server.
import { AuthenticationClient } from "@genauth/authentication-client";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManagementClient } from "../src/index.js";

const ACCESS_KEY = { accessKeyId: "journey-ak", accessKeySecret: "journey-sk" };
const APP = { appId: "journey-app", appSecret: "journey-app-secret" };

let server: MockServer;
let management: ManagementClient;
let authentication: AuthenticationClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [ACCESS_KEY], apps: [APP] } });
  management = new ManagementClient({ ...ACCESS_KEY, host: server.url, maxRetries: 0 });
  authentication = new AuthenticationClient({ ...APP, appHost: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

describe("journey: a user administered through ManagementClient signs in through AuthenticationClient", () => {
  it("creates a user, assigns a role, lists their roles, updates them, signs them in and deletes them", async () => {
    const created = await management.createUser({ username: "ann", email: "ann@example.com", password: "Ann-Passw0rd", nickname: "Ann" });
    expect(created.statusCode).toBe(200);
    const { userId } = created.data;
    expect(created.data).toMatchObject({ username: "ann", email: "ann@example.com", nickname: "Ann", status: "Activated" });
    expect(created.data).not.toHaveProperty("password");

    const role = await management.createRole({ code: "editor", name: "Editor", description: "Edits articles" });
    expect(role).toMatchObject({ statusCode: 200, data: { code: "editor", namespace: "default" } });
    const assigned = await management.assignRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: userId }] });
    expect(assigned).toMatchObject({ statusCode: 200, data: { success: true } });

    const roles = await management.getUserRoles({ userId });
    expect(roles.statusCode).toBe(200);
    expect(roles.data.totalCount).toBe(1);
    expect(roles.data.list.map((each) => each.code)).toEqual(["editor"]);

    const updated = await management.updateUser({ userId, nickname: "Annie", password: "Ann-New-Passw0rd" });
    expect(updated).toMatchObject({ statusCode: 200, data: { userId, nickname: "Annie" } });
    expect((await management.getUser({ userId })).data).toMatchObject({ nickname: "Annie", username: "ann" });

    // The old password no longer works; the new one does, and the session is the created user's.
    expect(await authentication.signInByUsernamePassword({ username: "ann", password: "Ann-Passw0rd" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    const signIn = await authentication.signInByUsernamePassword({ username: "ann", password: "Ann-New-Passw0rd" });
    expect(signIn.statusCode).toBe(200);
    authentication.setAccessToken(signIn.data.access_token);
    const profile = await authentication.getProfile();
    expect(profile).toMatchObject({ statusCode: 200, data: { userId, nickname: "Annie" } });

    const deleted = await management.deleteUsersBatch({ userIds: [userId] });
    expect(deleted).toMatchObject({ statusCode: 200, data: { success: true } });
    expect(await management.getUser({ userId })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect((await management.listRoleMembers({ code: "editor" })).data.totalCount).toBe(0);
    expect(await authentication.signInByUsernamePassword({ username: "ann", password: "Ann-New-Passw0rd" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
  });

  it("lets a user who signed up through AuthenticationClient be found and changed through ManagementClient", async () => {
    const signedUp = await authentication.signUp({ connection: "PASSWORD", passwordPayload: { username: "bob", password: "Bob-Passw0rd" } });
    expect(signedUp.statusCode).toBe(200);
    const found = await management.getUser({ userId: "bob", userIdType: "username" });
    expect(found).toMatchObject({ statusCode: 200, data: { userId: signedUp.data.userId, username: "bob" } });
    const listed = await management.listUsers({ keywords: "bob" });
    expect(listed.data.list.map((user) => user.username)).toEqual(["bob"]);
    await management.updateUser({ userId: signedUp.data.userId, password: "Bob-Other-Passw0rd" });
    expect((await authentication.signInByUsernamePassword({ username: "bob", password: "Bob-Other-Passw0rd" })).statusCode).toBe(200);
  });
});
