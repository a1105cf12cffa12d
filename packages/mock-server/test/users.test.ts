import { afterEach, describe, expect, it } from "vitest";
import { ACCESS_TOKEN_LIFETIME_SECONDS, PASS_CODE_LIFETIME_SECONDS, resolveFixtures, startMockServer, type MockServer } from "../src/index.js";

const APP = { appId: "app-1", appSecret: "app-secret" };
const USER = { userId: "u-1", email: "ann@example.com", password: "Ann-Passw0rd" };

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

let now = Date.UTC(2026, 0, 1);
async function start() {
  now = Date.UTC(2026, 0, 1);
  server = await startMockServer({ fixtures: { apps: [APP], users: [USER] }, clock: () => now });
  return server;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server!.url}${path}`, {
    method,
    headers: { "x-authing-app-id": APP.appId, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { statusCode: number; message: string; apiCode?: number; data?: Record<string, unknown> };
}

async function signIn(password = USER.password) {
  const client = { client_id: APP.appId, client_secret: APP.appSecret };
  return call("POST", "/api/v3/signin", { connection: "PASSWORD", passwordPayload: { email: USER.email, password }, ...client });
}

describe("user tokens", () => {
  it("accepts the raw token and Bearer <token>, and refuses Basic credentials and unknown tokens with 401", async () => {
    await start();
    const token = (await signIn()).data!.access_token as string;
    expect((await call("GET", "/api/v3/get-profile", undefined, { authorization: token })).data!.userId).toBe("u-1");
    expect((await call("GET", "/api/v3/get-profile", undefined, { authorization: `Bearer ${token}` })).statusCode).toBe(200);
    const basic = `Basic ${Buffer.from(`${APP.appId}:${APP.appSecret}`).toString("base64")}`;
    expect(await call("GET", "/api/v3/get-profile", undefined, { authorization: basic })).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await call("GET", "/api/v3/get-profile", undefined, { authorization: "mock_at_unknown" })).toMatchObject({ statusCode: 401 });
    expect(await call("GET", "/api/v3/get-profile")).toMatchObject({ statusCode: 401 });
  });

  it("expire after their lifetime on the server's clock", async () => {
    await start();
    const token = (await signIn()).data!.access_token as string;
    now += (ACCESS_TOKEN_LIFETIME_SECONDS - 1) * 1000;
    expect((await call("GET", "/api/v3/get-profile", undefined, { authorization: token })).statusCode).toBe(200);
    now += 2000;
    expect((await call("GET", "/api/v3/get-profile", undefined, { authorization: token })).statusCode).toBe(401);
  });

  it("never show the password: not in the profile, not in a failure", async () => {
    await start();
    const token = (await signIn()).data!.access_token as string;
    const profile = await call("GET", "/api/v3/get-profile?withCustomData=true&withIdentities=true", undefined, { authorization: token });
    expect(profile.data).toMatchObject({ customData: {}, identities: [] });
    expect(JSON.stringify(profile)).not.toContain(USER.password);
    const wrong = await signIn("Not-Her-Passw0rd");
    expect(wrong).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(JSON.stringify(wrong)).not.toContain("Not-Her-Passw0rd");
  });
});

describe("operations without hand-written behaviour", () => {
  it("answer 401 without a user token where the spec requires one, and their example with it", async () => {
    await start();
    expect(await call("GET", "/api/v3/list-enrolled-factors")).toMatchObject({ statusCode: 401, apiCode: 2020 });
    const token = (await signIn()).data!.access_token as string;
    expect((await call("GET", "/api/v3/list-enrolled-factors", undefined, { authorization: token })).statusCode).toBe(200);
    // No user needed: the example straight away.
    expect((await call("GET", "/api/v3/get-application-enabled-extidps")).statusCode).toBe(200);
  });
});

describe("outbox", () => {
  it("keeps every message and hands codes out once, until they expire", async () => {
    const s = await start();
    await call("POST", "/api/v3/send-email", { email: "Bob@Example.com", channel: "CHANNEL_REGISTER" });
    expect(s.outbox.messages).toEqual([expect.objectContaining({ email: "Bob@Example.com", channel: "CHANNEL_REGISTER", used: false })]);
    // Addresses compare without case, as GenAuth's do.
    const code = s.outbox.lastCode({ email: "bob@example.com" })!;
    now += (PASS_CODE_LIFETIME_SECONDS + 1) * 1000;
    const late = await call("POST", "/api/v3/signup", { connection: "PASSCODE", passCodePayload: { email: "bob@example.com", passCode: code } });
    expect(late.statusCode).toBe(400);
    expect(late.message).toContain("sendEmail");
    expect(late.message).not.toContain(code);
  });

  it("has no code for an address nothing was sent to", async () => {
    const s = await start();
    expect(s.outbox.lastCode({ phone: "13000000000" })).toBeUndefined();
  });
});

describe("fixtures.users", () => {
  it("refuses users without an identifier or with non-string fields, naming the entry", () => {
    expect(() => resolveFixtures({ users: [{ password: "x" }] })).toThrow(/fixtures\.users\[0\] needs a username, email or phone/);
    expect(() => resolveFixtures({ users: [{ email: "a@example.com", password: 1 as never }] })).toThrow(/fixtures\.users\[0\]\.password must be a string/);
    expect(() => resolveFixtures({ users: {} as never })).toThrow(/fixtures\.users must be an array/);
  });

  it("numbers users without a userId, and signed-up users after them", async () => {
    server = await startMockServer({ fixtures: { apps: [APP], users: [{ username: "one", password: "p" }] } });
    const signUp = await call("POST", "/api/v3/signup", { connection: "PASSWORD", passwordPayload: { username: "two", password: "p" } });
    expect(server.state.users.all.map((u) => u.userId)).toEqual(["mock-user-1", signUp.data!.userId]);
    expect(signUp.data!.userId).toBe("mock-user-2");
  });
});

describe("public information", () => {
  it("answers the system info without a user", async () => {
    await start();
    const info = (await call("GET", "/api/v3/system")) as unknown as { rsa: { publicKey: string }; publicIps: string[] };
    expect(info.rsa.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(info.publicIps.length).toBeGreaterThan(0);
  });
});
