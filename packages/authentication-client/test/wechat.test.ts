import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthApiError, GenAuthConfigError } from "../src/index.js";

const APP = { appId: "app-1", appSecret: "app-secret" };
const WECHAT = { appId: "wx-1", appSecret: "wx-secret-value" };

let server: MockServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP], wechatApps: [WECHAT] } });
  client = new AuthenticationClient({ ...APP, appHost: server.url });
});
afterAll(() => server.close());

describe("getWechatMpAccessTokenInfo / getWechatMpAccessToken against the mock server", () => {
  it("returns the envelope with the token and its expiry", async () => {
    const result = await client.getWechatMpAccessTokenInfo(WECHAT);
    expect(result.statusCode).toBe(200);
    expect(result.data.accessToken).toEqual(expect.any(String));
    expect(Number(result.data.expiresAt)).toBeGreaterThan(Date.now() / 1000);
  });

  it("gets the same cached token from both endpoints, as GenAuth's server-side cache does", async () => {
    const info = await client.getWechatMpAccessTokenInfo(WECHAT);
    const legacy = await client.getWechatMpAccessToken(WECHAT);
    expect(legacy.data).toEqual(info.data);
  });

  it("returns a wrong secret's failure envelope by default, without the secret", async () => {
    const result = await client.getWechatMpAccessTokenInfo({ appId: WECHAT.appId, appSecret: "wrong-secret-42" });
    expect(result.statusCode).not.toBe(200);
    expect(JSON.stringify(result)).not.toContain("wrong-secret-42");
  });

  it("throws GenAuthApiError for it with throwOnError", async () => {
    const strict = new AuthenticationClient({ ...APP, appHost: server.url, throwOnError: true });
    const error = await strict.getWechatMpAccessTokenInfo({ appId: WECHAT.appId, appSecret: "wrong-secret-42" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as GenAuthApiError).statusCode).not.toBe(200);
    expect((error as GenAuthApiError).requestId).toEqual(expect.any(String));
  });

  it("gets apiCode 2011 for an application the server does not know", async () => {
    const stranger = new AuthenticationClient({ appId: "unknown-app", appHost: server.url });
    const result = await stranger.getWechatMpAccessTokenInfo(WECHAT);
    expect(result).toMatchObject({ statusCode: 404, apiCode: 2011 });
  });

  it("gets statusCode 400 naming a missing field", async () => {
    // A JavaScript caller can leave a required field out; the server names it.
    const result = await client.getWechatMpAccessTokenInfo({ appId: WECHAT.appId } as never);
    expect(result.statusCode).toBe(400);
    expect(result.message).toContain("appSecret");
  });

  it("refuses a malformed appHost at construction, naming it", () => {
    expect(() => new AuthenticationClient({ appId: "a", appHost: "https://" })).toThrow(GenAuthConfigError);
    expect(() => new AuthenticationClient({ appId: "a", appHost: "https://" })).toThrow(/appHost/);
  });
});
