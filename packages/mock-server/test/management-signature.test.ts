// The Management API's access-key signature checks, over HTTP: requests are signed here with the
// official algorithm (the facts' test vectors check it), and each way a signature can be wrong
// answers the 401 envelope with its apiCode.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_API_CODES, SIGNATURE_WINDOW_SECONDS, startMockServer, stringToSign, type MockServer } from "../src/index.js";
import { DEFAULT_ACCESS_KEY, hmacSha1, officialStringToSign, signedRequest } from "./helpers/signed-request.js";

interface TestVector {
  request: { method?: string; url?: string; params?: Record<string, unknown>; data?: Record<string, unknown> };
  headers: Record<string, string>;
  accessKeySecret: string;
  stringToSign: string;
  authorization: string;
}

const facts = JSON.parse(readFileSync(new URL("../../../specs/facts/genauth-management-api.json", import.meta.url), "utf8")) as {
  client: { auth: { testVectors: TestVector[] } };
};
const vectors = facts.client.auth.testVectors.filter((vector) => vector.request.url !== undefined);

const KEY = { accessKeyId: "test-ak", accessKeySecret: "test-sk-not-shown" };
let now = Date.parse("2026-03-01T08:00:00Z");
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [KEY, { accessKeyId: "other-ak", accessKeySecret: "other-sk" }] }, clock: () => now });
});
afterAll(() => server.close());

const get = (overrides: Partial<Parameters<typeof signedRequest>[1]> = {}) =>
  signedRequest(server.url, {
    method: "GET",
    path: "/api/v3/get-user",
    query: { userId: "mock-user-1" },
    ...KEY,
    date: new Date(now).toUTCString(),
    ...overrides,
  });

describe("the official signature algorithm", () => {
  it.each(vectors.map((vector) => [`${vector.request.method} ${vector.request.url}`, vector] as const))(
    "%s: the test vector's string to sign and signature",
    (_name, vector) => {
      const { method = "GET", url = "", params, data } = vector.request;
      const parameters = method === "GET" ? params : data;
      expect(stringToSign(method, vector.headers, url, parameters)).toBe(vector.stringToSign);
      expect(officialStringToSign(method, vector.headers, url, parameters)).toBe(vector.stringToSign);
      expect(`authing AK_EXAMPLE:${hmacSha1(vector.accessKeySecret, vector.stringToSign)}`).toBe(vector.authorization);
    },
  );
});

describe("Management API signatures", () => {
  it("accepts a request signed with a known access key", async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, data: { userId: "mock-user-1", username: "mock-user" } });
  });

  it("accepts the default access key when no fixtures name one", async () => {
    const plain = await startMockServer();
    try {
      const { body } = await signedRequest(plain.url, { method: "GET", path: "/api/v3/get-user", query: { userId: "mock-user-1" }, ...DEFAULT_ACCESS_KEY });
      expect(body.statusCode).toBe(200);
    } finally {
      await plain.close();
    }
  });

  it("signs the body's top-level fields of a POST, and array query parameters as JSON", async () => {
    const created = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/create-user",
      ...KEY,
      date: new Date(now).toUTCString(),
      body: { username: "signed-body", password: "Passw0rd!", profile: "p" },
    });
    expect(created.body).toMatchObject({ statusCode: 200, data: { username: "signed-body" } });
    const createdId = (created.body.data as { userId: string }).userId;
    const batch = await get({ path: "/api/v3/get-user-batch", query: { userIds: ["mock-user-1", createdId] } });
    expect(batch.body.statusCode).toBe(200);
    expect((batch.body.data as { userId: string }[]).map((user) => user.userId)).toEqual(["mock-user-1", createdId]);
  });

  it("refuses a request signed with the wrong secret: 401, apiCode 1300, the secret in no message", async () => {
    const { status, body } = await get({ accessKeySecret: "wrong-secret" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.invalid });
    expect(body.message).toContain('"test-ak"');
    expect(JSON.stringify(body)).not.toContain(KEY.accessKeySecret);
    expect(JSON.stringify(body)).not.toContain("wrong-secret");
  });

  it("refuses a signature of another key pair's secret, and a request whose signed parts changed", async () => {
    expect((await get({ accessKeySecret: "other-sk" })).body.apiCode).toBe(1300);
    // Signed for one user, sent for another: the query is part of the signature.
    const signed = await get({ headers: { "x-authing-lang": "en-US" } });
    expect(signed.body.statusCode).toBe(200);
    const tampered = await get({ authorization: `authing ${KEY.accessKeyId}:${hmacSha1(KEY.accessKeySecret, "GET\n/api/v3/get-user?userId=someone-else")}` });
    expect(tampered.body).toMatchObject({ statusCode: 401, apiCode: 1300 });
  });

  it("refuses an unknown access key, naming it and the fixture that lists keys", async () => {
    const { body } = await get({ accessKeyId: "nobody-ak" });
    expect(body).toMatchObject({ statusCode: 401, apiCode: 1300 });
    expect(body.message).toMatch(/"nobody-ak" is unknown.*fixtures\.accessKeys/);
  });

  it("refuses a missing or malformed authorization header", async () => {
    const unsigned = await fetch(`${server.url}/api/v3/create-user`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await unsigned.json()).toMatchObject({
      statusCode: 401,
      apiCode: 1300,
      message: expect.stringContaining("authorization header must be `authing <accessKeyId>:<signature>`"),
    });
    expect((await get({ authorization: "authing no-colon-here" })).body).toMatchObject({ statusCode: 401, apiCode: 1300 });
    expect((await get({ authorization: "Bearer some-token" })).body).toMatchObject({ statusCode: 401, apiCode: 1300 });
  });

  it("refuses another signature method or version", async () => {
    expect((await get({ headers: { "x-authing-signature-method": "HMAC-SHA256" } })).body).toMatchObject({
      statusCode: 401,
      apiCode: SIGNATURE_API_CODES.method,
    });
    expect((await get({ headers: { "x-authing-signature-version": "2.0" } })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.version });
  });

  it("refuses a request without a date, with an unreadable one, or one outside the window", async () => {
    expect((await get({ omit: ["date"] })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.dateMissing });
    expect((await get({ date: "yesterday-ish" })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.dateMalformed });
    const stale = new Date(now - (SIGNATURE_WINDOW_SECONDS + 1) * 1000).toUTCString();
    const early = new Date(now + (SIGNATURE_WINDOW_SECONDS + 1) * 1000).toUTCString();
    expect((await get({ date: stale })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.dateSkewed });
    expect((await get({ date: early })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.dateSkewed });
    // Inside the window either way, and Unix milliseconds too.
    expect((await get({ date: new Date(now - (SIGNATURE_WINDOW_SECONDS - 60) * 1000).toUTCString() })).body.statusCode).toBe(200);
    expect((await get({ date: String(now) })).body.statusCode).toBe(200);
  });

  it("refuses a replayed nonce within the window, and forgets it once the window has passed", async () => {
    const nonce = "replayed-nonce-0123456789abcdef";
    expect((await get({ nonce })).body.statusCode).toBe(200);
    const replay = await get({ nonce });
    expect(replay.body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.replayed });
    expect(replay.body.message).toContain("x-authing-signature-nonce");
    // The same nonce under another key is another request.
    expect((await get({ nonce, accessKeyId: "other-ak", accessKeySecret: "other-sk" })).body.statusCode).toBe(200);
    now += (SIGNATURE_WINDOW_SECONDS + 1) * 1000;
    expect((await get({ nonce })).body.statusCode).toBe(200);
  });

  it("refuses a replay sent at the last instant its date is still inside the window", async () => {
    const nonce = "edge-of-window-nonce-0123456789ab";
    const date = new Date(now).toUTCString();
    expect((await get({ nonce, date })).body.statusCode).toBe(200);
    now += SIGNATURE_WINDOW_SECONDS * 1000;
    expect((await get({ nonce, date })).body).toMatchObject({ statusCode: 401, apiCode: SIGNATURE_API_CODES.replayed });
  });

  it("answers a wrong method on a Management-API-only path 405", async () => {
    const wrongMethod = await fetch(`${server.url}/api/v3/get-user`, { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject({ statusCode: 405 });
  });

  it("refuses a request without a nonce", async () => {
    const { body } = await get({ omit: ["x-authing-signature-nonce"] });
    expect(body).toMatchObject({ statusCode: 401, apiCode: 1300, message: expect.stringContaining("x-authing-signature-nonce header is required") });
  });

  it("checks the signature before the request's schema, and the schema after", async () => {
    const forged = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/create-role",
      ...KEY,
      accessKeySecret: "nope",
      date: new Date(now).toUTCString(),
      body: {},
    });
    expect(forged.body.statusCode).toBe(401);
    const invalid = await signedRequest(server.url, {
      method: "POST",
      path: "/api/v3/create-role",
      ...KEY,
      date: new Date(now).toUTCString(),
      body: { name: "no code" },
    });
    expect(invalid.body).toMatchObject({ statusCode: 400, message: "invalid request body: code is required" });
  });

  it("routes the paths both APIs have by the signature: signed to the Management API, unsigned to the Authentication API", async () => {
    const unsigned = await fetch(`${server.url}/api/v3/approval`, { headers: { "x-authing-app-id": "genauth-mock-app" } });
    // The Authentication API's checks answer (its spec wants query parameters), not the signature's.
    expect(await unsigned.json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(/^invalid query parameter/) });
    const signed = await get({ path: "/api/v3/approval", query: { number: 7 } });
    expect(signed.body.statusCode).toBe(200);
    const forged = await get({ path: "/api/v3/approval", query: { number: 7 }, accessKeySecret: "nope" });
    expect(forged.body.statusCode).toBe(401);
  });

  it("accepts GenAuth's fork: the GenAuth scheme with x-genauth-* headers", async () => {
    const date = new Date(now).toUTCString();
    const headers: Record<string, string> = {
      "x-genauth-signature-method": "HMAC-SHA1",
      "x-genauth-signature-version": "1.0",
      "x-genauth-signature-nonce": "fork-nonce-1",
      "x-genauth-lang": "en-US",
      date,
    };
    const text = stringToSign("GET", headers, "/api/v3/get-user", { userId: "mock-user-1" }, "x-genauth-");
    const response = await fetch(`${server.url}/api/v3/get-user?userId=mock-user-1`, {
      headers: { ...headers, authorization: `GenAuth ${KEY.accessKeyId}:${hmacSha1(KEY.accessKeySecret, text)}` },
    });
    expect(((await response.json()) as { statusCode: number }).statusCode).toBe(200);
  });
});
