// A phone number is a number in a country: `+1 13800000001` and `+86 13800000001` are two users'
// numbers everywhere the mock reads one (sign-up, sign-in, binding, the Management API), a number
// without a country code is `+86`'s, and `86` or `0086` read and show as `+86`.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { DEFAULT_APP, DEFAULT_USER, authApi, profileOf } from "./helpers/authentication-requests.js";
import { signedRequest } from "./helpers/signed-request.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CLIENT = { client_id: DEFAULT_APP.appId, client_secret: DEFAULT_APP.appSecret };

async function smsCode(phone: string, phoneCountryCode: string | undefined, channel: string): Promise<string> {
  const sent = await authApi(server!, "POST", "/api/v3/send-sms", {
    phoneNumber: phone,
    channel,
    ...(phoneCountryCode === undefined ? {} : { phoneCountryCode }),
  });
  expect(sent.statusCode).toBe(200);
  return server!.outbox.lastCode({ phone, phoneCountryCode })!;
}

async function signUpByPhone(phone: string, phoneCountryCode?: string) {
  const passCode = await smsCode(phone, phoneCountryCode, "CHANNEL_REGISTER");
  const passCodePayload = { phone, passCode, ...(phoneCountryCode === undefined ? {} : { phoneCountryCode }) };
  return authApi(server!, "POST", "/api/v3/signup", { connection: "PASSCODE", passCodePayload });
}

describe("phone numbers", () => {
  it("the same number in another country is another user's: sign-up and createUser accept it", async () => {
    server = await startMockServer();
    // The default user has +86 13800000001.
    expect(await signUpByPhone(DEFAULT_USER.phone, "+1")).toMatchObject({ statusCode: 200, data: { phone: DEFAULT_USER.phone, phoneCountryCode: "+1" } });
    expect((await signUpByPhone(DEFAULT_USER.phone)).statusCode).toBe(409);
    const created = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/create-user",
      body: { phone: DEFAULT_USER.phone, phoneCountryCode: "+44" },
    });
    expect(created.body.statusCode).toBe(200);
    const twin = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/create-user",
      body: { phone: DEFAULT_USER.phone, phoneCountryCode: "0044" },
    });
    expect(twin.body.statusCode).toBe(409);
  });

  it("a number given without a country code is +86's, for a password sign-in as for a code", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-us", phone: "2025550100", phoneCountryCode: "+1", password: "Us-Passw0rd" }] } });
    const byPassword = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSWORD",
      passwordPayload: { phone: "2025550100", password: "Us-Passw0rd" },
      ...CLIENT,
    });
    expect(byPassword).toMatchObject({ statusCode: 403, apiCode: 2333 });
    const code = await smsCode("2025550100", "+1", "CHANNEL_LOGIN");
    const byCode = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSCODE",
      passCodePayload: { phone: "2025550100", phoneCountryCode: "+1", passCode: code },
      ...CLIENT,
    });
    expect(byCode.statusCode).toBe(200);
  });

  it("shows a country code as +86, however it came; the phone_number claim carries it", async () => {
    server = await startMockServer();
    const signedUp = await signUpByPhone("13311112222", "0086");
    expect(signedUp).toMatchObject({ statusCode: 200, data: { phoneCountryCode: "+86" } });
    const code = await smsCode("13311112222", "86", "CHANNEL_LOGIN");
    const tokens = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSCODE",
      passCodePayload: { phone: "13311112222", passCode: code },
      options: { scope: "openid phone" },
      ...CLIENT,
    });
    const idToken = (tokens.data as { id_token: string }).id_token;
    const claims = JSON.parse(Buffer.from(idToken.split(".")[1]!, "base64url").toString());
    expect(claims.phone_number).toBe("+8613311112222");
    expect((await profileOf(server, (tokens.data as { access_token: string }).access_token)).data).toMatchObject({ phoneCountryCode: "+86" });
  });

  it("a country code of 0 is no country code: a code sent to it does not sign in +86", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-cn", phone: "13311112222" }] } });
    const code = await smsCode("13311112222", "0", "CHANNEL_LOGIN");
    const signIn = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSCODE",
      passCodePayload: { phone: "13311112222", passCode: code },
      ...CLIENT,
    });
    expect(signIn.statusCode).not.toBe(200);
  });
});

describe("phone numbers without a country code field", () => {
  const US = { userId: "u-us", username: "us", phone: "2025550100", phoneCountryCode: "+1", password: "Us-Passw0rd" };

  it("find a user of another country when written in full", async () => {
    server = await startMockServer({ fixtures: { users: [US] } });
    const byPassword = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSWORD",
      passwordPayload: { phone: "+12025550100", password: US.password },
      ...CLIENT,
    });
    expect(byPassword.statusCode).toBe(200);
    const byAccount = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSWORD",
      passwordPayload: { account: "+12025550100", password: US.password },
      ...CLIENT,
    });
    expect(byAccount.statusCode).toBe(200);
    const user = await signedRequest(server.url, { method: "GET", path: "/api/v3/get-user", query: { userId: "+12025550100", userIdType: "phone" } });
    expect(user.body).toMatchObject({ statusCode: 200, data: { userId: US.userId } });
    const exists = await signedRequest(server.url, { method: "POST", path: "/api/v3/is-user-exists", body: { phone: "+12025550100" } });
    expect(exists.body).toMatchObject({ data: { exists: true } });
  });

  it("binding or changing a phone without a country code gives the user the +86 line the code proved", async () => {
    server = await startMockServer({ fixtures: { users: [US, { userId: "u-x", username: "x", phone: "13911112222", phoneCountryCode: "+1" }] } });
    const signedIn = await authApi(server, "POST", "/api/v3/signin", {
      connection: "PASSWORD",
      passwordPayload: { username: "us", password: US.password },
      ...CLIENT,
    });
    const token = (signedIn.data as { access_token: string }).access_token;
    const oldCode = await smsCode(US.phone, "+1", "CHANNEL_BIND_PHONE");
    const newCode = await smsCode("13911112222", undefined, "CHANNEL_BIND_PHONE");
    const verified = await authApi(
      server,
      "POST",
      "/api/v3/verify-update-phone-request",
      { verifyMethod: "PHONE_PASSCODE", phonePassCodePayload: { newPhoneNumber: "13911112222", newPhonePassCode: newCode, oldPhonePassCode: oldCode } },
      { authorization: token },
    );
    expect(verified.statusCode).toBe(200);
    const updated = await authApi(
      server,
      "POST",
      "/api/v3/update-phone",
      { updatePhoneToken: (verified.data as { updatePhoneToken: string }).updatePhoneToken },
      { authorization: token },
    );
    expect(updated.statusCode).toBe(200);
    expect((await profileOf(server, token)).data).toMatchObject({ phone: "13911112222", phoneCountryCode: "+86" });
  });

  it("updateUser: another country is another line, not verified yet; a country code that is none is refused", async () => {
    server = await startMockServer({ fixtures: { users: [US] } });
    const update = (body: Record<string, unknown>) =>
      signedRequest(server!.url, { method: "POST", path: "/api/v3/update-user", body: { userId: US.userId, ...body } });
    expect((await update({ phoneVerified: true })).body).toMatchObject({ data: { phoneVerified: true } });
    expect((await update({ phoneCountryCode: "001" })).body).toMatchObject({ data: { phoneCountryCode: "+1", phoneVerified: true } });
    expect((await update({ phoneCountryCode: "+44" })).body).toMatchObject({ data: { phoneCountryCode: "+44", phoneVerified: false } });
    expect((await update({ phoneCountryCode: "0" })).body).toMatchObject({ statusCode: 400, message: expect.stringContaining("phoneCountryCode") });
  });

  it("listUsers filters phoneCountryCode as it shows it", async () => {
    server = await startMockServer({ fixtures: { users: [{ userId: "u-cn", phone: "13311112222", phoneCountryCode: "86" }] } });
    const list = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/list-users",
      body: { advancedFilter: [{ field: "phoneCountryCode", operator: "EQUAL", value: "0086" }] },
    });
    expect((list.body.data as { list: { userId: string }[] }).list.map((user) => user.userId)).toEqual(["u-cn"]);
  });
});
