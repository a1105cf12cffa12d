// A user's MFA factors seen and set by an administrator through ManagementClient, against one mock
// server with the user's own AuthenticationClient: the factor the user enrols is the one
// getUserMfaInfo and getOtpSecretByUser read, and an OTP secret importOtp or createUser gives is the
// one mfaOtpVerify checks.
import { startMockServer, totp, type MockServer } from "@genauth/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManagementClient } from "../src/index.js";
import { mockAdmin, signedIn } from "./helpers/mock-clients.js";

const USER_ID = "mock-user-1";
/** RFC 6238's SHA-1 seed in base32: a secret an authenticator app already holds. */
const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/** The server's clock: the real time at start (requests are signed with it). */
let now = Date.now();
const clock = () => now;
let server: MockServer;
let admin: ManagementClient;

beforeEach(async () => {
  now = Date.now();
  server = await startMockServer({ clock });
  admin = mockAdmin(server);
});
afterEach(() => server.close());

describe("getUserMfaInfo and getOtpSecretByUser", () => {
  it("read the factors the user enrolled through the Authentication API", async () => {
    expect((await admin.getUserMfaInfo({ userId: USER_ID })).data).toEqual({
      totpStatus: "disabled",
      faceMfaStatus: "disabled",
      smsMfaStatus: "disabled",
      emailMfaStatus: "disabled",
    });
    expect((await admin.getOtpSecretByUser({ userId: USER_ID })).statusCode).toBe(404);

    const me = await signedIn(server, "mock-user", "Mock-Passw0rd");
    const started = await me.sendEnrollFactorRequest({ factorType: "OTP", profile: {} });
    const qrCodeUri = started.data.otpData!.qrCodeUri;
    const passCode = totp(qrCodeUri, clock);
    expect((await me.enrollFactor({ factorType: "OTP", enrollmentToken: started.data.enrollmentToken, enrollmentData: { passCode } })).statusCode).toBe(200);
    const email = await me.sendEnrollFactorRequest({ factorType: "EMAIL", profile: { email: "mfa@example.com" } });
    const emailCode = server.outbox.lastCode({ email: "mfa@example.com" })!;
    await me.enrollFactor({ factorType: "EMAIL", enrollmentToken: email.data.enrollmentToken, enrollmentData: { passCode: emailCode } });

    expect((await admin.getUserMfaInfo({ userId: "mock-user", userIdType: "username" })).data).toEqual({
      totpStatus: "enabled",
      faceMfaStatus: "disabled",
      smsMfaStatus: "disabled",
      emailMfaStatus: "enabled",
    });
    expect((await admin.getOtpSecretByUser({ userId: USER_ID })).data).toEqual({ secret: new URL(qrCodeUri).searchParams.get("secret") });
  });

  it("refuse an unknown user with apiCode 2004", async () => {
    expect(await admin.getUserMfaInfo({ userId: "nobody" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await admin.getOtpSecretByUser({ userId: "nobody" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
  });
});

describe("OTP secrets an administrator gives", () => {
  it("importOtp binds the secret the user's authenticator app holds: mfaOtpVerify checks its codes", async () => {
    const imported = await admin.importOtp({ list: [{ userId: USER_ID, otp: { secret: SECRET, recoveryCode: "rc-1" } }] });
    expect(imported.statusCode, JSON.stringify(imported)).toBe(200);
    const me = await signedIn(server, "mock-user", "Mock-Passw0rd");
    expect((await me.listEnrolledFactors()).data).toEqual([{ factorId: expect.any(String), factorType: "OTP", profile: {} }]);
    expect((await me.mfaOtpVerify({ totp: totp(SECRET, clock) })).data.verified).toBe(true);
    expect((await me.getSecurityLevel()).data.mfaEnrolled).toBe(true);
    expect((await admin.getUserMfaInfo({ userId: USER_ID })).data.totpStatus).toBe("enabled");
  });

  it("importOtp changes nothing when a user is unknown or a secret is not base32", async () => {
    const list = [{ userId: USER_ID, otp: { secret: SECRET } }];
    expect(await admin.importOtp({ list: [...list, { userId: "nobody", otp: { secret: SECRET } }] })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    const bad = await admin.importOtp({ list: [...list, { userId: USER_ID, otp: { secret: "not base32!" } }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.message).toContain("list[1].otp.secret");
    expect((await admin.getUserMfaInfo({ userId: USER_ID })).data.totpStatus).toBe("disabled");
  });

  it("createUser with otp creates the user with that OTP factor; a bad secret creates no one", async () => {
    const refused = await admin.createUser({ username: "eve", password: "Eve-Passw0rd", otp: { secret: "1" } });
    expect(refused.statusCode).toBe(400);
    expect((await admin.isUserExists({ username: "eve" })).data.exists).toBe(false);

    const created = await admin.createUser({ username: "eve", password: "Eve-Passw0rd", otp: { secret: SECRET } });
    expect(created.statusCode, JSON.stringify(created)).toBe(200);
    const eve = await signedIn(server, "eve", "Eve-Passw0rd");
    expect((await eve.mfaOtpVerify({ totp: totp(SECRET, clock) })).data.verified).toBe(true);
  });
});
