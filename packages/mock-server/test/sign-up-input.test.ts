// Sign-up and sign-in refuse malformed input as other operations do (statusCode 400, the field
// named): an email that is not one, an empty password.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { DEFAULT_APP, DEFAULT_USER, authApi } from "./helpers/authentication-requests.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CLIENT = { client_id: DEFAULT_APP.appId, client_secret: DEFAULT_APP.appSecret };
const signUp = (passwordPayload: Record<string, string>) => authApi(server!, "POST", "/api/v3/signup", { connection: "PASSWORD", passwordPayload });
const signIn = (passwordPayload: Record<string, string>) => authApi(server!, "POST", "/api/v3/signin", { connection: "PASSWORD", passwordPayload, ...CLIENT });

describe("sign-up", () => {
  it("refuses an email that is not an email address, creating no user", async () => {
    server = await startMockServer();
    for (const email of ["not-an-email", "ann@", "@example.com", "ann@example", "ann smith@example.com"]) {
      expect(await signUp({ email, password: "Passw0rd!" }), email).toMatchObject({
        statusCode: 400,
        message: expect.stringContaining("passwordPayload.email"),
      });
    }
    expect(await authApi(server, "POST", "/api/v3/signup", { connection: "PASSCODE", passCodePayload: { email: "nope", passCode: "123456" } })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("passCodePayload.email"),
    });
    expect(server.state.users.all).toHaveLength(1);
    expect((await signUp({ email: "Ann.Smith+tag@mail.example.com", password: "Passw0rd!" })).statusCode).toBe(200);
  });

  it("sendEmail refuses the addresses sign-up refuses, putting no code in the outbox", async () => {
    server = await startMockServer();
    for (const email of ["not-an-email", "ann@example", "13800000001"]) {
      expect(await authApi(server, "POST", "/api/v3/send-email", { email, channel: "CHANNEL_REGISTER" }), email).toMatchObject({
        statusCode: 400,
        message: `email ${JSON.stringify(email)} is not an email address: send one such as ann@example.com`,
      });
    }
    expect(server.outbox.messages).toEqual([]);
    expect((await authApi(server, "POST", "/api/v3/send-email", { email: "ann@example.com", channel: "CHANNEL_REGISTER" })).statusCode).toBe(200);
  });

  it("refuses an empty password, as updatePassword does", async () => {
    server = await startMockServer();
    const refused = await signUp({ email: "ann@example.com", password: "" });
    expect(refused).toMatchObject({ statusCode: 400, message: "passwordPayload.password must not be empty", requestId: expect.any(String) });
    expect(refused).not.toHaveProperty("apiCode");
    expect((await signUp({ username: "ann", password: "" })).statusCode).toBe(400);
    expect(server.state.users.all).toHaveLength(1);
  });
});

describe("sign-in", () => {
  const signInWith = (passwordPayload: Record<string, string>, options: Record<string, unknown>) =>
    authApi(server!, "POST", "/api/v3/signin", { connection: "PASSWORD", passwordPayload, options, ...CLIENT });

  it("with options.autoRegister, signs up a username or email no user has, then signs in; never an account", async () => {
    server = await startMockServer();
    expect(await signInWith({ username: "auto-ann", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 200 });
    expect(await signIn({ username: "auto-ann", password: "a long passphrase" })).toMatchObject({ statusCode: 200 });
    expect(await signIn({ username: "auto-ann", password: "another one" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await signInWith({ email: "auto-bob@example.com", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 200 });
    expect(await signInWith({ email: "auto-bob", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 400 });
    expect(await signInWith({ account: "auto-cat", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await signInWith({ username: "auto-dan", password: "a long passphrase" }, {})).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await signInWith({ username: "", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await signInWith({ phone: "13900000077", password: "a long passphrase" }, { autoRegister: true })).toMatchObject({ statusCode: 200 });
    expect(server.state.users.all.map((user) => user.username ?? user.email ?? user.phone)).toEqual([
      "mock-user",
      "auto-ann",
      "auto-bob@example.com",
      "13900000077",
    ]);
  });

  it("refuses an empty password with 400, even for a user who has none", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-none", username: "nopass" }] } });
    expect(await signIn({ username: "nopass", password: "" })).toMatchObject({ statusCode: 400, message: "passwordPayload.password must not be empty" });
    expect(
      await authApi(server, "POST", "/api/v3/signin", { connection: "LDAP", ldapPayload: { sAMAccountName: "nopass", password: "" }, ...CLIENT }),
    ).toMatchObject({ statusCode: 400, message: "ldapPayload.password must not be empty" });
  });

  it("still answers a wrong password 403 / apiCode 2333", async () => {
    server = await startMockServer();
    expect(await signIn({ username: DEFAULT_USER.username, password: "wrong" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
  });
});
