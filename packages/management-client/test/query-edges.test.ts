import { createRequire } from "node:module";
import { buildStringToSign, GenAuthConfigError, importSigningKey, signString } from "@genauth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManagementClient } from "../src/index.js";
import { startMockServer, startRecordingServer, type RecordedRequest, type RecordingServer } from "@genauth/mock-server";

// Query values the typical arguments of wire-parity.test.ts never hold — objects, nested arrays,
// names to encode, dates, nothing at all — sent by the official ManagementClient and ours to one
// recording server: the same parameters arrive, and ours is signed over what arrived.

const require = createRequire(import.meta.url);
const official = require("authing-node-sdk") as {
  ManagementClient: new (options: Record<string, unknown>) => Record<string, (...args: unknown[]) => Promise<unknown>>;
};
const KEY_ID = "edge-ak";
const SECRET = "edge-sk-secret";

let server: RecordingServer;
let theirs: Record<string, (...args: unknown[]) => Promise<unknown>>;
let ours: ManagementClient;
let key: CryptoKey;
beforeAll(async () => {
  server = await startRecordingServer();
  theirs = new official.ManagementClient({ accessKeyId: KEY_ID, accessKeySecret: SECRET, host: server.url });
  ours = new ManagementClient({ accessKeyId: KEY_ID, accessKeySecret: SECRET, host: server.url, maxRetries: 2 });
  key = await importSigningKey(SECRET);
});
afterAll(() => server.close());

/** The decoded query, in order. */
const pairs = (request: RecordedRequest) => [...request.query];

/** Asserts `request` is signed over `path` and `parameters`. */
async function expectSignedOver(request: RecordedRequest, path: string, parameters: Record<string, unknown> | undefined) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  const text = buildStringToSign({ method: request.method, path, headers, parameters });
  expect(request.headers.authorization).toBe(`authing ${KEY_ID}:${await signString(key, text)}`);
}

async function both(method: string, ...args: unknown[]): Promise<[RecordedRequest, RecordedRequest]> {
  await theirs[method]?.(...args);
  const official = server.last();
  await (ours as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]?.(...args);
  return [official, server.last()];
}

describe("query values beyond plain ones arrive as the official SDK sends them", () => {
  it("an object, nested objects and arrays, and names that need encoding", async () => {
    const source = { a: { b: 1 }, list: [1, 2], "a b&c": "v", items: [{ id: "x" }], skip: null };
    const [official, mine] = await both("listTenants", { source });
    expect(pairs(mine)).toEqual(pairs(official));
    expect(pairs(mine)).toEqual([
      ["source[a][b]", "1"],
      ["source[list][0]", "1"],
      ["source[list][1]", "2"],
      ["source[a b&c]", "v"],
      ["source[items][0][id]", "x"],
    ]);
    // Signed over what arrived: the null member is not there.
    const { skip: _skip, ...sent } = source;
    await expectSignedOver(mine, "/api/v3/list-tenants", { source: sent });
  });

  it("arrays of arrays or objects go by index", async () => {
    const [official, mine] = await both("getUserBatch", { userIds: [["a", "b"], "c"] });
    expect(pairs(mine)).toEqual(pairs(official));
    const [official2, mine2] = await both("getUserBatch", { userIds: [{ id: "a" }] });
    expect(pairs(mine2)).toEqual(pairs(official2));
  });

  it("a Date as its ISO text, signed as sent", async () => {
    const start = new Date(0);
    const [official, mine] = await both("getUserLoginHistory", { userId: "u", start });
    expect(mine.query.get("start")).toBe("1970-01-01T00:00:00.000Z");
    expect(pairs(mine)).toEqual(pairs(official));
    const signed = Object.fromEntries(mine.query);
    await expectSignedOver(mine, "/api/v3/get-user-login-history", { ...signed, start: "1970-01-01T00:00:00.000Z" });
  });

  it("a query of nothing sent is signed as the path alone, where the official SDK signs a bare ?", async () => {
    const [, mine] = await both("listTenants", { keywords: undefined, source: {} });
    expect(pairs(mine)).toEqual([]);
    await expectSignedOver(mine, "/api/v3/list-tenants", undefined);
  });
});

describe("makeRequest", () => {
  it("joins a query written in the url to params, sent and signed as one (the official SDK signs the url as written)", async () => {
    await ours.makeRequest({ method: "GET", url: "/api/v3/get-user?userId=u&tag=a&tag=b#top", params: { x: "1" } });
    const mine = server.last();
    expect(mine.rawPath).toBe("/api/v3/get-user");
    expect(pairs(mine)).toEqual([
      ["userId", "u"],
      ["tag[]", "a"],
      ["tag[]", "b"],
      ["x", "1"],
    ]);
    await expectSignedOver(mine, "/api/v3/get-user", { userId: "u", tag: ["a", "b"], x: "1" });
  });
});

describe("makeRequest, names of Object.prototype in the url's query", () => {
  it("are plain parameters, sent and signed", async () => {
    await ours.makeRequest({ method: "GET", url: "/api/v3/get-user?constructor=a&__proto__=b&toString=c&toString=d" });
    const mine = server.last();
    expect(pairs(mine)).toEqual([
      ["constructor", "a"],
      ["__proto__", "b"],
      ["toString[]", "c"],
      ["toString[]", "d"],
    ]);
    await expectSignedOver(mine, "/api/v3/get-user", JSON.parse('{"constructor":"a","__proto__":"b","toString":["c","d"]}'));
  });
});

describe("a Date in the body", () => {
  it("arrives as its ISO text and is signed as it arrived, where the official SDK signs it in JSON quotes", async () => {
    const birthdate = new Date("1990-01-02T00:00:00Z");
    // Typed as text; an untyped caller passes the Date itself.
    const [official, mine] = await both("createUser", { username: "dated", birthdate });
    expect(mine.body).toBe(official.body);
    expect(JSON.parse(mine.body)).toEqual({ username: "dated", birthdate: "1990-01-02T00:00:00.000Z" });
    await expectSignedOver(mine, "/api/v3/create-user", { username: "dated", birthdate: "1990-01-02T00:00:00.000Z" });
  });
});

describe("arguments that cannot become a request", () => {
  it("fail at once with a GenAuthConfigError naming the part, nothing sent and nothing retried", async () => {
    const before = server.requests.length;
    const bigint = await ours.createRole({ code: "c", n: 1n } as never).catch((error: unknown) => error);
    expect(bigint).toBeInstanceOf(GenAuthConfigError);
    expect(bigint).toMatchObject({ field: "body", message: expect.stringContaining("POST /api/v3/create-role: the body cannot be encoded") });
    const cyclic: Record<string, unknown> = { code: "c" };
    cyclic.self = cyclic;
    await expect(ours.createRole(cyclic as never)).rejects.toMatchObject({ name: "GenAuthConfigError", field: "body" });
    expect(server.requests.length).toBe(before);
  });
});

describe("the mock server", () => {
  it("checks the signature of a nested query as the client signed it", async () => {
    const mock = await startMockServer({ fixtures: { accessKeys: [{ accessKeyId: KEY_ID, accessKeySecret: SECRET }] } });
    try {
      const client = new ManagementClient({ accessKeyId: KEY_ID, accessKeySecret: SECRET, host: mock.url, maxRetries: 0 });
      const answer = await client.listTenants({ source: { a: { b: "x" }, list: ["x", "y"], items: [{ id: "i" }] } });
      expect(answer).toMatchObject({ statusCode: 200 });
      const dated = await client.createUser({ username: "dated", birthdate: new Date("1990-01-02T00:00:00Z") as unknown as string });
      expect(dated).toMatchObject({ statusCode: 200, data: { birthdate: "1990-01-02T00:00:00.000Z" } });
    } finally {
      await mock.close();
    }
  });
});
