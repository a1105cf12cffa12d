// A user's MFA factors through AuthenticationClient against the mock server, as an app's "security
// settings" page drives them: enrol an authenticator app (OTP) with the code computed from its
// qrCodeUri, an SMS or email factor with the code from the outbox, a face; list, read and unbind
// them; check OTP codes. Time is the server's clock, which the tests move.
import { MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS, startMockServer, totp, type MockServer } from "@genauth/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationClient } from "../src/index.js";

const APP = { appId: "mfa-app", appSecret: "mfa-secret" };
const STEP_MS = 30_000;

let now = Date.now();
const clock = () => now;
let server: MockServer;
/** The fixture user `mock-user` (email mock-user@example.com, phone +86 13800000001), signed in. */
let ann: AuthenticationClient;

beforeEach(async () => {
  now = Date.now();
  server = await startMockServer({ fixtures: { apps: [APP] }, clock });
  ann = await signedIn("mock-user", "Mock-Passw0rd");
});
afterEach(() => server.close());

function newClient(accessToken?: string): AuthenticationClient {
  return new AuthenticationClient({ ...APP, appHost: server.url, maxRetries: 0, ...(accessToken ? { accessToken } : {}) });
}

async function signedIn(username: string, password: string): Promise<AuthenticationClient> {
  const signIn = await newClient().signInByUsernamePassword({ username, password });
  expect(signIn.statusCode, JSON.stringify(signIn)).toBe(200);
  return newClient(signIn.data.access_token);
}

/** Another user of the pool, signed up with a username alone (no email, no phone), and signed in. */
async function signedUpBob(): Promise<AuthenticationClient> {
  expect((await newClient().signUpByUsernamePassword({ username: "bob", password: "Bob-Passw0rd" })).statusCode).toBe(200);
  return signedIn("bob", "Bob-Passw0rd");
}

/** Starts an OTP enrolment: the enrolment token and the otpauth:// URI the authenticator app would scan. */
async function startOtp(client: AuthenticationClient): Promise<{ enrollmentToken: string; qrCodeUri: string }> {
  const started = await client.sendEnrollFactorRequest({ factorType: "OTP", profile: {} });
  expect(started.statusCode, JSON.stringify(started)).toBe(200);
  return { enrollmentToken: started.data.enrollmentToken, qrCodeUri: started.data.otpData!.qrCodeUri };
}

/** Enrols an OTP factor with the authenticator app's current code; answers its URI and factor ID. */
async function enrolOtp(client: AuthenticationClient): Promise<{ qrCodeUri: string; factorId: string }> {
  const { enrollmentToken, qrCodeUri } = await startOtp(client);
  const enrolled = await client.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: totp(qrCodeUri, clock) } });
  expect(enrolled.statusCode, JSON.stringify(enrolled)).toBe(200);
  const factor = (await client.listEnrolledFactors()).data.find((f) => f.factorType === "OTP");
  return { qrCodeUri, factorId: factor!.factorId };
}

/** A six-digit code that is none of the codes the authenticator app shows around now. */
function wrongCode(qrCodeUri: string): string {
  const valid = [-1, 0, 1].map((step) => totp(qrCodeUri, () => now + step * STEP_MS));
  for (let n = 0; ; n += 1) {
    const code = String(n).padStart(6, "0");
    if (!valid.includes(code)) return code;
  }
}

async function factorTypesToEnroll(client: AuthenticationClient): Promise<string[]> {
  const answer = await client.listFactorsToEnroll();
  expect(answer.statusCode).toBe(200);
  return answer.data.map((f) => f.factorType);
}

/** The codes the mock "sent" to a recipient, read over HTTP as a test outside the server's process would. */
async function outboxOverHttp(query: Record<string, string>): Promise<{ code: string; channel: string }[]> {
  const response = await fetch(`${server.url}/__mock/outbox?${new URLSearchParams(query)}`);
  return ((await response.json()) as { messages: { code: string; channel: string }[] }).messages;
}

describe("an authenticator app (OTP factor)", () => {
  it("enrols with the code computed from the qrCodeUri; the factor is listed, read, no longer offered, and counted", async () => {
    expect(await factorTypesToEnroll(ann)).toEqual(["OTP", "SMS", "EMAIL", "FACE"]);
    expect((await ann.listEnrolledFactors()).data).toEqual([]);
    expect((await ann.getSecurityLevel()).data.mfaEnrolled).toBe(false);

    const started = await ann.sendEnrollFactorRequest({ factorType: "OTP", profile: {} });
    expect(started.statusCode).toBe(200);
    const { qrCodeUri, qrCodeDataUrl, recoveryCode } = started.data.otpData!;
    const uri = new URL(qrCodeUri);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(uri.searchParams.get("secret")).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri.searchParams.get("issuer")).toEqual(expect.any(String));
    expect(qrCodeDataUrl).toMatch(/^data:image\/[a-z+]+;base64,[A-Za-z0-9+/]+=*$/);
    expect(recoveryCode).toEqual(expect.any(String));

    const enrolled = await ann.enrollFactor({
      factorType: "OTP",
      enrollmentToken: started.data.enrollmentToken,
      enrollmentData: { passCode: totp(qrCodeUri, clock) },
    });
    expect(enrolled.statusCode, JSON.stringify(enrolled)).toBe(200);

    const listed = await ann.listEnrolledFactors();
    expect(listed.data).toEqual([{ factorId: expect.any(String), factorType: "OTP", profile: {} }]);
    expect(JSON.stringify(listed)).not.toContain(uri.searchParams.get("secret"));
    const factorId = listed.data[0]!.factorId;
    expect((await ann.getFactor({ factorId })).data).toEqual({ factorId, factorType: "OTP", profile: {} });
    expect(await factorTypesToEnroll(ann)).toEqual(["SMS", "EMAIL", "FACE"]);
    expect((await ann.getSecurityLevel()).data.mfaEnrolled).toBe(true);
    // One authenticator app per user: a second enrolment is refused until the first is unbound.
    expect((await ann.sendEnrollFactorRequest({ factorType: "OTP", profile: {} })).statusCode).toBe(409);
  });

  it("refuses a wrong code with apiCode 6001, keeping the token for the right code; the token then works no more", async () => {
    const { enrollmentToken, qrCodeUri } = await startOtp(ann);
    const wrong = await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: wrongCode(qrCodeUri) } });
    expect(wrong).toMatchObject({ statusCode: 400, apiCode: 6001 });
    expect((await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: {} })).apiCode).toBe(6003);
    expect((await ann.listEnrolledFactors()).data).toEqual([]);

    const right = await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: totp(qrCodeUri, clock) } });
    expect(right.statusCode).toBe(200);
    const again = await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: totp(qrCodeUri, clock) } });
    expect(again.statusCode).toBe(400);
    expect(again.message).toContain("enrollmentToken");
  });

  it("accepts the code of the 30 s step before, as an authenticator app's clock drifts", async () => {
    const { enrollmentToken, qrCodeUri } = await startOtp(ann);
    const previous = totp(qrCodeUri, () => now - STEP_MS);
    expect((await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: previous } })).statusCode).toBe(200);
  });

  it("refuses the token once its lifetime has passed on the server's clock", async () => {
    const { enrollmentToken, qrCodeUri } = await startOtp(ann);
    now += (MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS + 1) * 1000;
    const late = await ann.enrollFactor({ factorType: "OTP", enrollmentToken, enrollmentData: { passCode: totp(qrCodeUri, clock) } });
    expect(late.statusCode).toBe(400);
    expect(late.message).toContain("expired");
    expect((await ann.getSecurityLevel()).data.mfaEnrolled).toBe(false);
  });

  it("mfaOtpVerify says verified for the current code of the user's factor only", async () => {
    // No factor yet: the mock says so rather than answering verified: false.
    expect((await ann.mfaOtpVerify({ totp: "123456" })).statusCode).toBe(404);
    const { qrCodeUri } = await enrolOtp(ann);
    expect(await ann.mfaOtpVerify({ totp: totp(qrCodeUri, clock) })).toMatchObject({ statusCode: 200, data: { verified: true } });
    expect(await ann.mfaOtpVerify({ totp: wrongCode(qrCodeUri) })).toMatchObject({ statusCode: 200, data: { verified: false } });
    expect((await ann.mfaOtpVerify({ totp: totp(qrCodeUri, () => now - STEP_MS) })).data.verified).toBe(true);

    const read = totp(qrCodeUri, clock);
    now += 10 * STEP_MS;
    expect((await ann.mfaOtpVerify({ totp: read })).data.verified).toBe(false);
    expect((await ann.mfaOtpVerify({ totp: totp(qrCodeUri, clock) })).data.verified).toBe(true);
  });

  it("mfaOtpVerify checks the signed-in user's factor, not another user's", async () => {
    const { qrCodeUri } = await enrolOtp(ann);
    const bob = await signedUpBob();
    expect((await bob.mfaOtpVerify({ totp: totp(qrCodeUri, clock) })).statusCode).toBe(404);
    const bobs = await enrolOtp(bob);
    expect(bobs.qrCodeUri).not.toBe(qrCodeUri);
    expect((await bob.mfaOtpVerify({ totp: wrongCode(bobs.qrCodeUri) })).data.verified).toBe(false);
  });
});

describe("SMS and email factors", () => {
  it("enrols an SMS factor with the code texted to the profile's phone, read in process and over HTTP", async () => {
    const phone = { phoneNumber: "13911112222", phoneCountryCode: "+1" };
    expect((await ann.sendEnrollFactorRequest({ factorType: "SMS", profile: {} })).statusCode).toBe(400);
    const started = await ann.sendEnrollFactorRequest({ factorType: "SMS", profile: phone });
    expect(started.statusCode).toBe(200);
    expect(started.data.otpData).toBeUndefined();
    const code = server.outbox.lastCode({ phone: phone.phoneNumber, phoneCountryCode: "+1" });
    expect(code).toMatch(/^\d{6}$/);
    expect((await outboxOverHttp({ phone: phone.phoneNumber, phoneCountryCode: "+1" })).at(-1)).toMatchObject({ code, channel: "CHANNEL_BIND_MFA" });
    // The code went to +1, not to the same number in +86.
    expect(server.outbox.lastCode({ phone: phone.phoneNumber })).toBeUndefined();

    const { enrollmentToken } = started.data;
    const wrong = code === "000000" ? "000001" : "000000";
    expect((await ann.enrollFactor({ factorType: "SMS", enrollmentToken, enrollmentData: { passCode: wrong } })).statusCode).toBe(400);
    expect((await ann.enrollFactor({ factorType: "SMS", enrollmentToken, enrollmentData: { passCode: code! } })).statusCode).toBe(200);

    expect((await ann.listEnrolledFactors()).data).toEqual([{ factorId: expect.any(String), factorType: "SMS", profile: phone }]);
    expect(await factorTypesToEnroll(ann)).toEqual(["OTP", "EMAIL", "FACE"]);
    expect((await ann.getSecurityLevel()).data.mfaEnrolled).toBe(true);
  });

  it("enrols an EMAIL factor with the code emailed to the profile's address", async () => {
    expect((await ann.sendEnrollFactorRequest({ factorType: "EMAIL", profile: { email: "not-an-address" } })).statusCode).toBe(400);
    const started = await ann.sendEnrollFactorRequest({ factorType: "EMAIL", profile: { email: "ann-mfa@example.com" } });
    expect(started.statusCode).toBe(200);
    const [message] = await outboxOverHttp({ email: "ann-mfa@example.com" });
    expect(message).toMatchObject({ code: expect.stringMatching(/^\d{6}$/), channel: "CHANNEL_VERIFY_MFA" });

    const enrolled = await ann.enrollFactor({
      factorType: "EMAIL",
      enrollmentToken: started.data.enrollmentToken,
      enrollmentData: { passCode: message!.code },
    });
    expect(enrolled.statusCode, JSON.stringify(enrolled)).toBe(200);
    expect((await ann.listEnrolledFactors()).data).toEqual([{ factorId: expect.any(String), factorType: "EMAIL", profile: { email: "ann-mfa@example.com" } }]);
    expect(await factorTypesToEnroll(ann)).toEqual(["OTP", "SMS", "FACE"]);
  });

  it("refuses a token for another factor type, or another user's token, leaving it to its own enrolment", async () => {
    const started = await ann.sendEnrollFactorRequest({ factorType: "EMAIL", profile: { email: "ann-mfa@example.com" } });
    const { enrollmentToken } = started.data;
    const passCode = server.outbox.lastCode({ email: "ann-mfa@example.com" })!;
    expect((await ann.enrollFactor({ factorType: "SMS", enrollmentToken, enrollmentData: { passCode } })).statusCode).toBe(400);
    const bob = await signedUpBob();
    expect((await bob.enrollFactor({ factorType: "EMAIL", enrollmentToken, enrollmentData: { passCode } })).statusCode).toBe(400);
    expect((await bob.listEnrolledFactors()).data).toEqual([]);
    expect((await ann.enrollFactor({ factorType: "EMAIL", enrollmentToken, enrollmentData: { passCode } })).statusCode).toBe(200);
  });
});

describe("a face (FACE factor)", () => {
  it("enrols with any photo (the mock compares no faces), and asks for one", async () => {
    const started = await ann.sendEnrollFactorRequest({ factorType: "FACE", profile: {} });
    expect(started.statusCode).toBe(200);
    const { enrollmentToken } = started.data;
    expect(await ann.enrollFactor({ factorType: "FACE", enrollmentToken, enrollmentData: {} })).toMatchObject({ statusCode: 400, apiCode: 1700 });
    const photo = "https://example.com/ann.jpg";
    expect((await ann.enrollFactor({ factorType: "FACE", enrollmentToken, enrollmentData: { photo, isExternalPhoto: true } })).statusCode).toBe(200);
    expect((await ann.listEnrolledFactors()).data).toEqual([{ factorId: expect.any(String), factorType: "FACE", profile: { photo } }]);
    expect(await ann.sendEnrollFactorRequest({ factorType: "FACE", profile: {} })).toMatchObject({ statusCode: 409, apiCode: 1706 });
  });

  it("is refused to a user with neither an email nor a phone (apiCode 1703)", async () => {
    const bob = await signedUpBob();
    expect(await bob.sendEnrollFactorRequest({ factorType: "FACE", profile: {} })).toMatchObject({ statusCode: 422, apiCode: 1703 });
  });
});

describe("unbinding a factor", () => {
  it("resetFactor unbinds it: listed no more, offered again, OTP codes checked no more", async () => {
    const { qrCodeUri, factorId } = await enrolOtp(ann);
    expect((await ann.resetFactor({ factorId })).statusCode).toBe(200);
    expect((await ann.listEnrolledFactors()).data).toEqual([]);
    expect((await ann.getFactor({ factorId })).statusCode).toBe(404);
    expect(await factorTypesToEnroll(ann)).toEqual(["OTP", "SMS", "EMAIL", "FACE"]);
    expect((await ann.getSecurityLevel()).data.mfaEnrolled).toBe(false);
    expect((await ann.mfaOtpVerify({ totp: totp(qrCodeUri, clock) })).statusCode).toBe(404);
    expect((await ann.resetFactor({ factorId })).statusCode).toBe(404);
  });

  it("refuses another user's factor ID, as an unknown one, leaving the factor bound", async () => {
    const { factorId } = await enrolOtp(ann);
    const bob = await signedUpBob();
    expect((await bob.getFactor({ factorId })).statusCode).toBe(404);
    expect((await bob.resetFactor({ factorId })).statusCode).toBe(404);
    expect((await ann.getFactor({ factorId })).statusCode).toBe(200);
    expect((await ann.listEnrolledFactors()).data).toHaveLength(1);
  });

  it("needs the signed-in user's token", async () => {
    const anonymous = newClient();
    expect(await anonymous.listEnrolledFactors()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await anonymous.resetFactor({ factorId: "mock-factor-1" })).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await anonymous.mfaOtpVerify({ totp: "123456" })).toMatchObject({ statusCode: 401, apiCode: 2020 });
  });
});
