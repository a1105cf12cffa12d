// The outbox over HTTP, for tests that run the mock out of process (the CLI): GET /__mock/outbox
// lists the codes sendEmail and sendSms sent, DELETE forgets them. And codes sent by SMS are kept
// per country code and number.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer, type OutboxMessage } from "../src/index.js";
import { DEFAULT_APP, authApi } from "./helpers/authentication-requests.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CLIENT = { client_id: DEFAULT_APP.appId, client_secret: DEFAULT_APP.appSecret };
const sendSms = (phoneNumber: string, phoneCountryCode?: string, channel = "CHANNEL_LOGIN") =>
  authApi(server!, "POST", "/api/v3/send-sms", { phoneNumber, channel, ...(phoneCountryCode === undefined ? {} : { phoneCountryCode }) });
const sendEmail = (email: string, channel = "CHANNEL_LOGIN") => authApi(server!, "POST", "/api/v3/send-email", { email, channel });

async function outbox(query = ""): Promise<{ status: number; body: { messages?: OutboxMessage[]; error?: string } }> {
  const response = await fetch(`${server!.url}/__mock/outbox${query}`);
  return { status: response.status, body: (await response.json()) as { messages?: OutboxMessage[]; error?: string } };
}

describe("GET /__mock/outbox", () => {
  it("lists the messages sent, for an address or a phone, as server.outbox holds them", async () => {
    server = await startMockServer();
    await sendEmail("Ann@Example.com");
    await sendSms("13311112222", "+1");
    await sendSms("13311112222");
    const all = await outbox();
    expect(all.status).toBe(200);
    expect(all.body.messages).toEqual(JSON.parse(JSON.stringify(server.outbox.messages)));
    expect(all.body.messages).toHaveLength(3);
    const email = await outbox("?email=ann@example.com");
    expect(email.body.messages).toEqual([
      expect.objectContaining({ email: "Ann@Example.com", channel: "CHANNEL_LOGIN", code: expect.stringMatching(/^\d{6}$/), used: false }),
    ]);
    const us = (await outbox("?phone=13311112222&phoneCountryCode=%2B1")).body.messages!;
    expect(us).toEqual([expect.objectContaining({ phone: "13311112222", phoneCountryCode: "+1" })]);
    // An unencoded + arrives as a space; it reads the same.
    expect((await outbox("?phone=13311112222&phoneCountryCode=+1")).body.messages).toEqual(us);
    // No country code is +86, as the mock reads a phone without one everywhere.
    expect((await outbox("?phone=13311112222")).body.messages).toEqual([expect.objectContaining({ phoneCountryCode: "+86" })]);
    expect((await outbox("?email=nobody@example.com")).body.messages).toEqual([]);
  });

  it("shows a code as used once a request took it", async () => {
    server = await startMockServer();
    await sendSms("13800000001");
    const [sent] = (await outbox("?phone=13800000001")).body.messages!;
    const signIn = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSCODE",
      passCodePayload: { phone: "13800000001", passCode: sent!.code },
      ...CLIENT,
    });
    expect(signIn.statusCode).toBe(200);
    expect((await outbox("?phone=13800000001")).body.messages).toEqual([expect.objectContaining({ code: sent!.code, used: true })]);
  });

  it("DELETE forgets every message, whose codes then stop working", async () => {
    server = await startMockServer();
    await sendSms("13800000001");
    const code = server.outbox.lastCode({ phone: "13800000001" })!;
    const cleared = await fetch(`${server.url}/__mock/outbox`, { method: "DELETE" });
    expect(cleared.status).toBe(204);
    expect((await outbox()).body.messages).toEqual([]);
    const signIn = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSCODE",
      passCodePayload: { phone: "13800000001", passCode: code },
      ...CLIENT,
    });
    expect(signIn.statusCode).toBe(400);
  });

  it("answers a wrong query, another method or another path with an error naming the fix", async () => {
    server = await startMockServer();
    expect(await outbox("?email=a@example.com&phone=1")).toMatchObject({ status: 400, body: { error: expect.stringContaining("not both") } });
    expect(await outbox("?phoneCountryCode=%2B1")).toMatchObject({ status: 400 });
    const post = await fetch(`${server.url}/__mock/outbox`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, DELETE");
    const other = await fetch(`${server.url}/__mock/inbox`);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: string }).error).toContain("/__mock/outbox");
  });

  it("needs no app ID, takes no scripted fault and is not counted as a request", async () => {
    server = await startMockServer();
    server.faults.next({ kind: "status", status: 503 });
    const before = server.faults.received;
    expect((await outbox()).status).toBe(200);
    expect(server.faults.received).toBe(before);
    expect(server.faults.pending).toBe(1);
  });
});

describe("codes sent by SMS", () => {
  it("are kept per country code: a code sent to +1 does not sign in +86 with the same number", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-cn", phone: "13311112222", phoneCountryCode: "+86" }] } });
    await sendSms("13311112222", "+1");
    const code = server.outbox.lastCode({ phone: "13311112222", phoneCountryCode: "+1" })!;
    expect(server.outbox.lastCode({ phone: "13311112222" })).toBeUndefined();
    const asChina = { connection: "PASSCODE", passCodePayload: { phone: "13311112222", phoneCountryCode: "+86", passCode: code }, ...CLIENT };
    expect((await authApi(server, "POST", "/api/v3/signin", asChina)).statusCode).toBe(400);
    const withoutCountry = { connection: "PASSCODE", passCodePayload: { phone: "13311112222", passCode: code }, ...CLIENT };
    expect((await authApi(server, "POST", "/api/v3/signin", withoutCountry)).statusCode).toBe(400);
    // The code is for +1 13311112222, who is not the +86 user: no user signs in with it.
    const asUs = { connection: "PASSCODE", passCodePayload: { phone: "13311112222", phoneCountryCode: "+1", passCode: code }, ...CLIENT };
    expect(await authApi(server, "POST", "/api/v3/signin", asUs)).toMatchObject({ statusCode: 404, apiCode: 2004 });
  });

  it("sent without a country code are +86 codes, in whichever form the country code comes", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-cn", phone: "13311112222", phoneCountryCode: "+86" }] } });
    for (const phoneCountryCode of [undefined, "+86", "86", "0086"]) {
      await sendSms("13311112222");
      const code = server.outbox.lastCode({ phone: "13311112222", phoneCountryCode: "+86" })!;
      const payload = { phone: "13311112222", passCode: code, ...(phoneCountryCode === undefined ? {} : { phoneCountryCode }) };
      const signIn = await authApi(server, "POST", "/api/v3/signin", { connection: "PASSCODE", passCodePayload: payload, ...CLIENT });
      expect(signIn.statusCode, String(phoneCountryCode)).toBe(200);
    }
  });
});
