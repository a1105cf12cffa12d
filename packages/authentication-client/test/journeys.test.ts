// Users' journeys through AuthenticationClient against the stateful mock server: sign up, sign in,
// profile, codes from the outbox, contacts, password, login history.
import { DEFAULT_FIXTURES, startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient } from "../src/index.js";

const APP = { appId: "journey-app", appSecret: "journey-secret" };
/** The app's credentials, as GenAuth wants them in a sign-in body (client_secret_post); the signIn* shortcuts add them themselves. */
const CLIENT = { client_id: APP.appId, client_secret: APP.appSecret };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

/** A fresh client, as a new browser or process would have. */
function newClient(accessToken?: string): AuthenticationClient {
  return new AuthenticationClient({ ...APP, appHost: server.url, ...(accessToken ? { accessToken } : {}) });
}

async function signInWithPassword(client: AuthenticationClient, passwordPayload: { username?: string; email?: string; account?: string; password: string }) {
  return client.signInByCredentials({ connection: "PASSWORD", passwordPayload, ...CLIENT });
}

describe("journey: sign up, sign in, profile, bind an email, login history", () => {
  it("works end to end with the access token the sign-in returned", async () => {
    const client = newClient();
    const signUp = await client.signUpByUsernamePassword({ username: "ann", password: "Ann-Passw0rd" });
    expect(signUp.statusCode).toBe(200);
    expect(signUp.data).toMatchObject({ username: "ann", emailVerified: false, phoneVerified: false });
    expect(JSON.stringify(signUp)).not.toContain("Ann-Passw0rd");

    const signIn = await client.signInByUsernamePassword({ username: "ann", password: "Ann-Passw0rd" });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.data).toMatchObject({ token_type: "Bearer", expire_in: expect.any(Number), scope: expect.any(String) });
    expect(signIn.data.access_token).toEqual(expect.any(String));
    expect(signIn.data.id_token).toEqual(expect.any(String));
    expect(signIn.data.refresh_token).toEqual(expect.any(String));
    client.setAccessToken(signIn.data.access_token);

    const profile = await client.getProfile();
    expect(profile.statusCode).toBe(200);
    expect(profile.data).toMatchObject({ userId: signUp.data.userId, username: "ann", loginsCount: 1 });

    expect((await client.sendEmail({ email: "ann@example.com", channel: "CHANNEL_BIND_EMAIL" })).statusCode).toBe(200);
    const code = server.outbox.lastCode({ email: "ann@example.com" });
    expect(code).toMatch(/^\d{6}$/);
    const bind = await client.bindEmail({ email: "ann@example.com", passCode: code! });
    expect(bind.statusCode).toBe(200);
    expect((await client.getProfile()).data).toMatchObject({ email: "ann@example.com", emailVerified: true });

    const history = await client.getLoginHistory();
    expect(history.statusCode).toBe(200);
    expect(history.data.totalCount).toBe(1);
    expect(history.data.list[0]).toMatchObject({ userId: signUp.data.userId, appId: APP.appId, success: true, loginMethod: "PASSWORD" });

    const apps = await client.getLoggedInApps();
    expect(apps.data).toEqual([expect.objectContaining({ appId: APP.appId, active: true })]);
  });

  it("lets the user sign in with the email they bound, and refuses a code twice", async () => {
    const client = newClient();
    const signIn = await client.signInByEmailPassword({ email: "ann@example.com", password: "Ann-Passw0rd" });
    expect(signIn.statusCode).toBe(200);
    client.setAccessToken(signIn.data.access_token);
    await client.sendEmail({ email: "ann-other@example.com", channel: "CHANNEL_BIND_EMAIL" });
    const code = server.outbox.lastCode({ email: "ann-other@example.com" })!;
    // Ann has an email already: binding another one is refused, and the code stays unused.
    expect((await client.bindEmail({ email: "ann-other@example.com", passCode: code })).statusCode).toBe(409);
  });
});

describe("journey: email and password", () => {
  it("signs up with an email and password and signs in with them", async () => {
    const client = newClient();
    const signUp = await client.signUpByEmailPassword({ email: "bob@example.com", password: "Bob-Passw0rd" });
    expect(signUp.statusCode).toBe(200);
    expect(signUp.data.email).toBe("bob@example.com");
    const signIn = await client.signInByAccountPassword({ account: "bob@example.com", password: "Bob-Passw0rd" });
    expect(signIn.statusCode).toBe(200);
  });

  it("keeps profile fields from the sign-up, but not an unproved email in them", async () => {
    const result = await newClient().signUpByUsernamePassword({
      username: "hank",
      password: "Hank-Passw0rd",
      profile: { nickname: "Hank", email: "not-proved@example.com" },
    });
    expect(result.data).toMatchObject({ username: "hank", nickname: "Hank" });
    expect(result.data.email).toBeUndefined();
  });

  it("refuses a second sign-up with the same email", async () => {
    const result = await newClient().signUp({ connection: "PASSWORD", passwordPayload: { email: "bob@example.com", password: "x-Passw0rd" } });
    expect(result.statusCode).toBe(409);
  });

  it("answers a wrong password with statusCode 403 and apiCode 2333, without echoing it", async () => {
    const result = await signInWithPassword(newClient(), { email: "bob@example.com", password: "Wrong-Secret-123" });
    expect(result).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(JSON.stringify(result)).not.toContain("Wrong-Secret-123");
    // An unknown account gets the same answer, so sign-in does not reveal who is registered.
    expect(await signInWithPassword(newClient(), { email: "nobody@example.com", password: "x" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
  });

  it("records the failed attempt in the user's login history", async () => {
    const client = newClient();
    const signIn = await signInWithPassword(client, { email: "bob@example.com", password: "Bob-Passw0rd" });
    client.setAccessToken(signIn.data.access_token);
    const failed = await client.getLoginHistory({ success: false });
    expect(failed.data.list).toEqual([expect.objectContaining({ success: false, loginMethod: "PASSWORD" })]);
    const all = await client.getLoginHistory({ limit: 1 });
    expect(all.data.totalCount).toBe(3);
    expect(all.data.list).toHaveLength(1);
  });
});

describe("journey: pass codes", () => {
  it("signs up and signs in by phone with SMS codes from the outbox", async () => {
    const client = newClient();
    await client.sendSms({ phoneNumber: "13900000001", phoneCountryCode: "+86", channel: "CHANNEL_REGISTER" });
    const signUp = await client.signUpByPhoneCode({
      phone: "13900000001",
      phoneCountryCode: "+86",
      passCode: server.outbox.lastCode({ phone: "13900000001" })!,
    });
    expect(signUp.statusCode).toBe(200);
    expect(signUp.data).toMatchObject({ phone: "13900000001", phoneCountryCode: "+86", phoneVerified: true });

    await client.sendSms({ phoneNumber: "13900000001", phoneCountryCode: "+86", channel: "CHANNEL_LOGIN" });
    const passCode = server.outbox.lastCode({ phone: "13900000001" })!;
    const signIn = await client.signInByPhonePassCode({ phone: "13900000001", phoneCountryCode: "+86", passCode });
    expect(signIn.statusCode).toBe(200);
    client.setAccessToken(signIn.data.access_token);
    expect((await client.getProfile()).data.userId).toBe(signUp.data.userId);

    // A code works once.
    const again = await client.signInByCredentials({ connection: "PASSCODE", passCodePayload: { phone: "13900000001", passCode }, ...CLIENT });
    expect(again.statusCode).toBe(400);
    expect(again.message).not.toContain(passCode);
  });

  it("signs up and signs in by email with codes, and refuses a code sent for another purpose", async () => {
    const client = newClient();
    await client.sendEmail({ email: "carol@example.com", channel: "CHANNEL_LOGIN" });
    const wrongChannel = await client.signUp({
      connection: "PASSCODE",
      passCodePayload: { email: "carol@example.com", passCode: server.outbox.lastCode({ email: "carol@example.com" })! },
    });
    expect(wrongChannel.statusCode).toBe(400);
    expect(wrongChannel.message).toContain("CHANNEL_REGISTER");

    await client.sendEmail({ email: "carol@example.com", channel: "CHANNEL_REGISTER" });
    const signUp = await client.signUpByEmailCode({ email: "carol@example.com", passCode: server.outbox.lastCode({ email: "carol@example.com" })! });
    expect(signUp.statusCode).toBe(200);
    await client.sendEmail({ email: "carol@example.com", channel: "CHANNEL_LOGIN" });
    const signIn = await client.signInByEmailPassCode({ email: "carol@example.com", passCode: server.outbox.lastCode({ email: "carol@example.com" })! });
    expect(signIn.statusCode).toBe(200);
  });

  it("refuses a wrong code", async () => {
    const client = newClient();
    await client.sendEmail({ email: "dave@example.com", channel: "CHANNEL_REGISTER" });
    const result = await client.signUp({ connection: "PASSCODE", passCodePayload: { email: "dave@example.com", passCode: "not-the-code" } });
    expect(result.statusCode).toBe(400);
    expect(result.message).not.toContain("not-the-code");
  });
});

describe("journey: password, email and phone changes", () => {
  let client: AuthenticationClient;
  beforeAll(async () => {
    client = newClient();
    await client.signUp({ connection: "PASSWORD", passwordPayload: { username: "erin", email: "erin@example.com", password: "Erin-Passw0rd" } });
    const signIn = await signInWithPassword(client, { username: "erin", password: "Erin-Passw0rd" });
    client.setAccessToken(signIn.data.access_token);
  });

  it("updates the password; the new one signs in and the old one no longer does", async () => {
    expect((await client.updatePassword({ oldPassword: "wrong", newPassword: "Erin-New-Passw0rd" })).statusCode).toBe(403);
    expect((await client.updatePassword({ oldPassword: "Erin-Passw0rd", newPassword: "Erin-New-Passw0rd" })).statusCode).toBe(200);
    expect((await signInWithPassword(newClient(), { username: "erin", password: "Erin-New-Passw0rd" })).statusCode).toBe(200);
    expect(await signInWithPassword(newClient(), { username: "erin", password: "Erin-Passw0rd" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
  });

  it("changes the email with codes sent to the old and the new address", async () => {
    await client.sendEmail({ email: "erin@example.com", channel: "CHANNEL_UPDATE_EMAIL" });
    await client.sendEmail({ email: "erin.new@example.com", channel: "CHANNEL_UPDATE_EMAIL" });
    const verify = await client.verifyUpdateEmailRequest({
      verifyMethod: "EMAIL_PASSCODE",
      emailPassCodePayload: {
        newEmail: "erin.new@example.com",
        newEmailPassCode: server.outbox.lastCode({ email: "erin.new@example.com" })!,
        oldEmail: "erin@example.com",
        oldEmailPassCode: server.outbox.lastCode({ email: "erin@example.com" })!,
      },
    });
    expect(verify.statusCode).toBe(200);
    const update = await client.updateEmail({ updateEmailToken: verify.data.updateEmailToken });
    expect(update).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await client.getProfile()).data.email).toBe("erin.new@example.com");
    // The token works once.
    expect((await client.updateEmail({ updateEmailToken: verify.data.updateEmailToken })).statusCode).toBe(400);
  });

  it("binds a phone, changes it, then unbinds it", async () => {
    await client.sendSms({ phoneNumber: "13700000001", channel: "CHANNEL_BIND_PHONE" });
    expect((await client.bindPhone({ phoneNumber: "13700000001", passCode: server.outbox.lastCode({ phone: "13700000001" })! })).statusCode).toBe(200);

    await client.sendSms({ phoneNumber: "13700000001", channel: "CHANNEL_UNBIND_PHONE" });
    await client.sendSms({ phoneNumber: "13700000002", phoneCountryCode: "+86", channel: "CHANNEL_BIND_PHONE" });
    const verify = await client.verifyUpdatePhoneRequest({
      verifyMethod: "PHONE_PASSCODE",
      phonePassCodePayload: {
        newPhoneNumber: "13700000002",
        newPhoneCountryCode: "+86",
        newPhonePassCode: server.outbox.lastCode({ phone: "13700000002" })!,
        oldPhoneNumber: "13700000001",
        oldPhonePassCode: server.outbox.lastCode({ phone: "13700000001" })!,
      },
    });
    expect(verify.statusCode).toBe(200);
    expect((await client.updatePhone({ updatePhoneToken: verify.data.updatePhoneToken })).statusCode).toBe(200);
    expect((await client.getProfile()).data).toMatchObject({ phone: "13700000002", phoneCountryCode: "+86", phoneVerified: true });

    await client.sendSms({ phoneNumber: "13700000002", channel: "CHANNEL_UNBIND_PHONE" });
    expect((await client.unbindPhone({ passCode: server.outbox.lastCode({ phone: "13700000002" })! })).statusCode).toBe(200);
    expect((await client.getProfile()).data.phone).toBeUndefined();
  });

  it("unbinds the email and updates the profile", async () => {
    await client.sendEmail({ email: "erin.new@example.com", channel: "CHANNEL_UNBIND_EMAIL" });
    expect((await client.unbindEmail({ passCode: server.outbox.lastCode({ email: "erin.new@example.com" })! })).statusCode).toBe(200);
    const updated = await client.updateProfile({ nickname: "Erin", company: "Example Ltd" });
    expect(updated.data).toMatchObject({ nickname: "Erin", company: "Example Ltd", username: "erin" });
    expect(updated.data.email).toBeUndefined();
  });
});

describe("journey: forgotten password", () => {
  it("resets the password with a code sent to the user's phone", async () => {
    const client = newClient();
    await client.signUp({ connection: "PASSWORD", passwordPayload: { username: "frank", password: "Frank-Passw0rd" } });
    const signIn = await signInWithPassword(client, { username: "frank", password: "Frank-Passw0rd" });
    client.setAccessToken(signIn.data.access_token);
    await client.sendSms({ phoneNumber: "13600000001", channel: "CHANNEL_BIND_PHONE" });
    await client.bindPhone({ phoneNumber: "13600000001", passCode: server.outbox.lastCode({ phone: "13600000001" })! });

    const forgetful = newClient();
    await forgetful.sendSms({ phoneNumber: "13600000001", channel: "CHANNEL_RESET_PASSWORD" });
    const verify = await forgetful.verifyResetPasswordRequest({
      verifyMethod: "PHONE_PASSCODE",
      phonePassCodePayload: { phoneNumber: "13600000001", passCode: server.outbox.lastCode({ phone: "13600000001" })! },
    });
    expect(verify.statusCode).toBe(200);
    const reset = await forgetful.resetPassword({ password: "Frank-New-Passw0rd", passwordResetToken: verify.data.passwordResetToken });
    expect(reset).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await signInWithPassword(newClient(), { username: "frank", password: "Frank-New-Passw0rd" })).statusCode).toBe(200);
    expect((await forgetful.resetPassword({ password: "again", passwordResetToken: verify.data.passwordResetToken })).statusCode).toBe(400);
  });
});

describe("journey: directory sign-in (LDAP, AD)", () => {
  it("signs in a mock user whose username is the sAMAccountName, and refuses a wrong password as PASSWORD does", async () => {
    const client = newClient();
    const signUp = await client.signUpByUsernamePassword({ username: "ldap-lee", password: "Lee-Passw0rd" });
    for (const signIn of [
      () => client.signInByLDAP({ sAMAccountName: "ldap-lee", password: "Lee-Passw0rd" }),
      () => client.signInByAD({ sAMAccountName: "ldap-lee", password: "Lee-Passw0rd" }),
    ]) {
      const answer = await signIn();
      expect(answer.statusCode).toBe(200);
      expect((await newClient(answer.data.access_token).getProfile()).data).toMatchObject({ userId: signUp.data.userId, username: "ldap-lee" });
    }
    expect(await client.signInByLDAP({ sAMAccountName: "ldap-lee", password: "wrong" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await client.signInByAD({ sAMAccountName: "nobody", password: "Lee-Passw0rd" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
    expect(await client.signInByCredentials({ connection: "LDAP", ...CLIENT })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("ldapPayload"),
    });
  });
});

describe("journey: social sign-in from a mobile app", () => {
  it("signs in the same user for a connection each time, with a token that works, and asks for the connection's payload", async () => {
    const client = newClient();
    const first = await client.signInByMobile({ extIdpConnidentifier: "wechat-mobile", connection: "wechat", wechatPayload: { code: "code-1" }, ...CLIENT });
    const again = await client.signInByMobile({ extIdpConnidentifier: "wechat-mobile", connection: "wechat", wechatPayload: { code: "code-2" }, ...CLIENT });
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    const [one, two] = await Promise.all([newClient(first.data.access_token).getProfile(), newClient(again.data.access_token).getProfile()]);
    expect(one.data).toMatchObject({ username: "wechat-wechat-mobile" });
    expect(two.data.userId).toBe(one.data.userId);
    const dingTalk = await client.signInByMobile({ extIdpConnidentifier: "dt", connection: "dingtalk", dingTalkPayload: { code: "c" }, ...CLIENT });
    expect((await newClient(dingTalk.data.access_token).getProfile()).data.userId).not.toBe(one.data.userId);
    expect(await client.signInByMobile({ extIdpConnidentifier: "apple", connection: "apple", ...CLIENT })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("applePayload"),
    });
  });
});

describe("journey: deleting the account", () => {
  it("deletes the signed-in user after they prove it with their password; the token then answers 401", async () => {
    const client = newClient();
    await client.signUpByUsernamePassword({ username: "gina", password: "Gina-Passw0rd" });
    const signIn = await client.signInByUsernamePassword({ username: "gina", password: "Gina-Passw0rd" });
    client.setAccessToken(signIn.data.access_token);
    expect((await client.verifyDeleteAccountRequest({ verifyMethod: "PASSWORD", passwordPayload: { password: "wrong" } })).statusCode).toBe(403);
    const verify = await client.verifyDeleteAccountRequest({ verifyMethod: "PASSWORD", passwordPayload: { password: "Gina-Passw0rd" } });
    expect(verify.statusCode).toBe(200);
    expect(await client.deleteAccount({ deleteAccountToken: verify.data.deleteAccountToken })).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await client.getProfile()).statusCode).toBe(401);
    expect(await client.signInByUsernamePassword({ username: "gina", password: "Gina-Passw0rd" })).toMatchObject({ statusCode: 403, apiCode: 2333 });
  });
});

describe("journey: who is signed in", () => {
  it("answers statusCode 401 without a token, with an unknown one, and accepts Bearer <token>", async () => {
    const anonymous = newClient();
    expect(await anonymous.getProfile()).toMatchObject({ statusCode: 401 });
    expect(await anonymous.getLoginHistory()).toMatchObject({ statusCode: 401 });
    expect(await newClient("not-a-real-token").getProfile()).toMatchObject({ statusCode: 401 });

    const signIn = await signInWithPassword(newClient(), { username: "ann", password: "Ann-Passw0rd" });
    const bearer = await newClient().getProfile({}, { headers: { authorization: `Bearer ${signIn.data.access_token}` } });
    expect(bearer).toMatchObject({ statusCode: 200, data: { username: "ann" } });
  });

  it("switches users with setAccessToken, and signs out with undefined", async () => {
    const client = newClient();
    const ann = await signInWithPassword(client, { username: "ann", password: "Ann-Passw0rd" });
    const bob = await signInWithPassword(client, { email: "bob@example.com", password: "Bob-Passw0rd" });
    client.setAccessToken(ann.data.access_token);
    expect((await client.getProfile()).data.username).toBe("ann");
    client.setAccessToken(bob.data.access_token);
    expect((await client.getProfile()).data.email).toBe("bob@example.com");
    client.setAccessToken(undefined);
    expect((await client.getProfile()).statusCode).toBe(401);
  });

  it("lets the default fixture user sign in with the documented password", async () => {
    const defaults = await startMockServer();
    try {
      const user = DEFAULT_FIXTURES.users[0]!;
      const app = DEFAULT_FIXTURES.apps[0]!;
      const client = new AuthenticationClient({ appId: app.appId, appHost: defaults.url });
      const signIn = await client.signInByCredentials({
        connection: "PASSWORD",
        passwordPayload: { account: user.username!, password: user.password! },
        client_id: app.appId,
        client_secret: app.appSecret,
      });
      expect(signIn.statusCode).toBe(200);
    } finally {
      await defaults.close();
    }
  });
});

describe("public information", () => {
  it("answers system info with a real RSA public key and versions", async () => {
    const info = (await newClient().getSystemInfo()) as unknown as { rsa: { publicKey: string }; version: { server: string } };
    expect(info.rsa.publicKey).toContain("BEGIN PUBLIC KEY");
    expect(info.version.server).toEqual(expect.any(String));
  });

  it("answers the country list with dialling codes and names", async () => {
    const countries = await newClient().getCountryList();
    expect(countries.statusCode).toBe(200);
    expect(countries.data).toContainEqual(expect.objectContaining({ alpha2: "CN", phoneCountryCode: "+86" }));
    expect(countries.data[0]?.name["en-US"].value).toEqual(expect.any(String));
  });
});
