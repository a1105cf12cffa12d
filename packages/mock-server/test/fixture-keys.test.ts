// Fixtures are checked strictly at start-up: a key the mock does not know, at any level, stops it
// with an error naming the path and the known keys, since a misspelt field would otherwise leave
// its default in force without a word. Users take their identifiers and the profile fields of the
// spec's UserDto, with values UserDto's schema allows, and an email with an address's shape.
import { afterEach, describe, expect, it } from "vitest";
import { resolveFixtures, startMockServer, type MockFixtures, type MockServer, type MockUser } from "../src/index.js";
import { authApi, profileOf, signInByPassword } from "./helpers/authentication-requests.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const refused = (fixtures: unknown) => startMockServer({ fixtures: fixtures as MockFixtures });

describe("unknown keys", () => {
  it("refuses an unknown top-level key, naming the keys there are and the near miss", async () => {
    await expect(refused({ user: [{ username: "ann" }] })).rejects.toThrow(
      "fixtures.user is not a fixture field (did you mean users?): fixtures takes apps, wechatApps, users, accessKeys",
    );
  });

  it("refuses an unknown key of an app, a WeChat app, an access key and a programmatic access account", async () => {
    await expect(refused({ apps: [{ appId: "a", appSecret: "s", redirectUri: ["http://localhost/cb"] }] })).rejects.toThrow(
      /^fixtures\.apps\[0\]\.redirectUri is not a fixture field \(did you mean redirectUris\?\): fixtures\.apps\[0\] takes appId, appSecret, redirectUris, /,
    );
    await expect(refused({ apps: [{ appID: "a", appSecret: "s" }] })).rejects.toThrow("fixtures.apps[0].appID is not a fixture field (did you mean appId?)");
    await expect(refused({ wechatApps: [{ appId: "w", appSecret: "s", secret: "s" }] })).rejects.toThrow(
      "fixtures.wechatApps[0].secret is not a fixture field: fixtures.wechatApps[0] takes appId, appSecret",
    );
    await expect(refused({ accessKeys: [{ accessKeyId: "k", accessKeySecret: "s", userPool: "p" }] })).rejects.toThrow(
      "fixtures.accessKeys[0].userPool is not a fixture field (did you mean userPoolId?): fixtures.accessKeys[0] takes accessKeyId, accessKeySecret, userPoolId",
    );
    await expect(
      refused({ apps: [{ appId: "a", appSecret: "s", programmaticAccessAccounts: [{ accessKey: "k", accessSecret: "s", scope: "x" }] }] }),
    ).rejects.toThrow(
      "fixtures.apps[0].programmaticAccessAccounts[0].scope is not a fixture field: fixtures.apps[0].programmaticAccessAccounts[0] takes accessKey, accessSecret",
    );
  });

  it("refuses a user's unknown key, naming the identifiers and UserDto's profile fields", async () => {
    const error = await refused({ users: [{ username: "ann", pasword: "x" }] }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^fixtures\.users\[0\]\.pasword is not a fixture field \(did you mean password\?\): fixtures\.users\[0\] takes userId, username, email, phone, phoneCountryCode, password, and these fields of UserDto: .*\bphoto\b/,
    );
    await expect(refused({ users: [{ username: "ann", "first name": "Ann" }] })).rejects.toThrow('fixtures.users[0]["first name"] is not a fixture field');
  });

  it("refuses a UserDto field the mock computes, saying where its value comes from", async () => {
    await expect(refused({ users: [{ username: "ann", loginsCount: 3 }] })).rejects.toThrow(
      "fixtures.users[0].loginsCount is computed by the mock server (from the user's sign-ins): leave it out of the fixture",
    );
    await expect(refused({ users: [{ username: "ann", departmentIds: ["d1"] }] })).rejects.toThrow(/departmentIds is computed .*addDepartmentMembers/);
  });

  it("refuses fixtures that are not an object, such as a JSON array", async () => {
    await expect(refused([])).rejects.toThrow('fixtures must be an object such as { "apps": [...], "users": [...] }, got an array');
    expect(() => resolveFixtures("apps" as unknown as MockFixtures)).toThrow(/fixtures must be an object/);
  });
});

describe("user fields", () => {
  it("refuses an email that is no address, but takes a single-label domain, as test fixtures use", async () => {
    await expect(refused({ users: [{ username: "ann", email: "ann-at-example.com" }] })).rejects.toThrow(
      'fixtures.users[0].email "ann-at-example.com" is not an email address: give one such as ann@example.com',
    );
    const server = await startMockServer({ fixtures: { users: [{ username: "admin", email: "admin@localhost", password: "Admin-Passw0rd" }] } });
    await server.close();
  });

  it("refuses signedUp and passwordSecurityLevel, which the mock computes", async () => {
    await expect(refused({ users: [{ username: "ann", signedUp: "2020-01-01T00:00:00.000Z" }] })).rejects.toThrow("fixtures.users[0].signedUp is computed");
    await expect(refused({ users: [{ username: "ann", passwordSecurityLevel: 3 }] })).rejects.toThrow("fixtures.users[0].passwordSecurityLevel is computed");
  });

  it("refuses a profile value that breaks UserDto's schema, which every answer about the user is checked against", async () => {
    await expect(refused({ users: [{ username: "ann", gender: "female" }] })).rejects.toThrow(
      'fixtures.users[0].gender must be one of "M", "F", "U" (UserDto in the spec), got "female"',
    );
    await expect(refused({ users: [{ username: "ann", name: 7 }] })).rejects.toThrow("fixtures.users[0].name must be string");
  });

  it("takes UserDto's profile fields and shows them in the user's profile", async () => {
    // Typed as MockUser's TSDoc says to type a fixture with more profile fields.
    const ann: MockUser & Record<string, unknown> = {
      username: "ann",
      password: "Passw0rd!",
      photo: "https://example.com/ann.png",
      gender: "F",
      company: "Acme",
      customData: { team: "a" },
    };
    server = await startMockServer({ fixtures: { users: [ann] } });
    const signIn = await signInByPassword(server, "ann", "Passw0rd!");
    const profile = await profileOf(server, String(signIn.data?.access_token));
    expect(profile).toMatchObject({ statusCode: 200, data: { username: "ann", photo: "https://example.com/ann.png", gender: "F", company: "Acme" } });
  });

  it("keeps a fixture's email unverified when emailVerified is false (verified by default)", async () => {
    server = await startMockServer({
      fixtures: { users: [{ username: "ann", email: "ann@example.com", password: "Passw0rd!", emailVerified: false }, { email: "bob@example.com" }] },
    });
    const [ann, bob] = server.state.users.all;
    expect([ann?.emailVerified, bob?.emailVerified]).toEqual([false, true]);
    const signIn = await signInByPassword(server, "ann", "Passw0rd!");
    expect((await authApi(server, "GET", "/api/v3/get-profile", undefined, { authorization: String(signIn.data?.access_token) })).data).toMatchObject({
      emailVerified: false,
    });
  });
});
