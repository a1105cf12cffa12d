import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError } from "../src/index.js";

// What the server reads from values the types do not expect but JavaScript callers pass (a Date
// for Unix milliseconds, a list, an object), and the text of the shortcuts' bodies: as the official
// SDK sends them through axios, whose query serializer the Management API shares.

let server: RecordingServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = new AuthenticationClient({ appId: "text-app", appSecret: "text-secret", appHost: server.url, accessToken: "token", maxRetries: 0 });
});
afterAll(() => server.close());

/** The query parameters the server read from `getLoginHistory(query)`, besides the paging defaults. */
async function loginHistoryQuery(query: Record<string, unknown>): Promise<[string, string][]> {
  await client.getLoginHistory(query as never);
  return [...server.last().query].filter(([name]) => name !== "page" && name !== "limit");
}

describe("query values as the official SDK sends them", () => {
  it("sends a Date as its ISO text", async () => {
    expect(await loginHistoryQuery({ start: new Date(0), end: new Date(1000) })).toEqual([
      ["start", "1970-01-01T00:00:00.000Z"],
      ["end", "1970-01-01T00:00:01.000Z"],
    ]);
  });

  it("sends a list as name[]=item, so that one item stays a list", async () => {
    expect(await loginHistoryQuery({ appId: ["a", "b"] })).toEqual([
      ["appId[]", "a"],
      ["appId[]", "b"],
    ]);
    expect(await loginHistoryQuery({ appId: ["x"] })).toEqual([["appId[]", "x"]]);
  });

  it("sends an object's members under their encoded names, nested ones too", async () => {
    expect(await loginHistoryQuery({ clientIp: { "a&b=c": "1", deep: { n: 2 } } })).toEqual([
      ["clientIp[a&b=c]", "1"],
      ["clientIp[deep][n]", "2"],
    ]);
  });
});

describe("query values with no query form", () => {
  it("refuses a Set, a Map, bytes, a function, a symbol or a class's instance by the parameter's name, sending nothing", async () => {
    const before = server.requests.length;
    for (const [query, named] of [
      [{ appId: new Set(["a"]) }, "appId is a Set"],
      [{ clientIp: { of: new Map() } }, "clientIp[of] is a Map"],
      [{ appId: new TextEncoder().encode("hi") }, "appId is a Uint8Array"],
      [{ appId: ["a", () => "b"] }, "appId is a function"],
      [{ appId: Symbol("x") }, "appId is a symbol"],
      [{ clientIp: new URL("https://example.com") }, "clientIp is a URL"],
    ] as const) {
      const error = await client.getLoginHistory(query as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthConfigError);
      expect(error).toMatchObject({ field: "query", message: expect.stringContaining(`query parameter ${named}, which has no query form`) });
    }
    expect(server.requests.length).toBe(before);
  });
});

describe("the shortcuts' bodies as the official SDK writes them", () => {
  it("orders each payload's fields as the official does", async () => {
    await client.signInByEmailPassword({ email: "ann@example.com", password: "pw" });
    expect(server.last().body).toContain('"passwordPayload":{"password":"pw","email":"ann@example.com"}');
    await client.signInByPhonePassCode({ phone: "13800000000", passCode: "1234", phoneCountryCode: "+86" });
    expect(server.last().body).toContain('"passCodePayload":{"phone":"13800000000","phoneCountryCode":"+86","passCode":"1234"}');
    await client.signUpByEmailCode({ email: "ann@example.com", passCode: "1234" });
    expect(server.last().body).toContain('"passCodePayload":{"passCode":"1234","email":"ann@example.com"}');
    await client.signInByLDAP({ sAMAccountName: "ann", password: "pw" });
    expect(server.last().body).toContain('"ldapPayload":{"password":"pw","sAMAccountName":"ann"}');
  });
});
