import { afterEach, describe, expect, it } from "vitest";
import { SpecValidator, spec, startMockServer, WECHAT_TOKEN_LIFETIME_SECONDS, type MockServer, type SpecOperation } from "../src/index.js";

const APP = { appId: "app-1", appSecret: "app-secret" };
const WECHAT = { appId: "wx-1", appSecret: "wx-secret-value" };
const validator = new SpecValidator(spec);

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(clock?: () => number) {
  server = await startMockServer({ fixtures: { apps: [APP], wechatApps: [WECHAT] }, ...(clock ? { clock } : {}) });
  return server;
}

/** Posts like a client would, and checks the answer against the spec's response schema. */
async function post(path: string, body: unknown, headers: Record<string, string> = { "x-authing-app-id": APP.appId }) {
  const s = server as MockServer;
  const response = await fetch(`${s.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const json = await response.json();
  const operation = s.operations.find((o) => o.path === path) as SpecOperation;
  const validate = validator.for(operation).response;
  expect(validate?.(json), JSON.stringify(validate?.errors)).toBe(true);
  return json;
}

describe("WeChat access token endpoints", () => {
  it("mints a token for known credentials, with expiresAt in Unix seconds as a string", async () => {
    const now = Date.UTC(2026, 0, 1);
    await start(() => now);
    const result = await post("/api/v3/get-wechat-access-token-info", WECHAT);
    expect(result.statusCode).toBe(200);
    expect(result.data.accessToken).toMatch(/^mock_wx_/);
    expect(result.data.expiresAt).toBe(String(now / 1000 + WECHAT_TOKEN_LIFETIME_SECONDS));
  });

  it("serves the cached token from both endpoints until it expires, then mints a new one", async () => {
    let now = Date.UTC(2026, 0, 1);
    await start(() => now);
    const first = await post("/api/v3/get-wechat-access-token", WECHAT);
    const second = await post("/api/v3/get-wechat-access-token-info", WECHAT);
    expect(second.data).toEqual(first.data);
    now += (WECHAT_TOKEN_LIFETIME_SECONDS - 1) * 1000;
    expect((await post("/api/v3/get-wechat-access-token", WECHAT)).data).toEqual(first.data);
    now += 1000;
    const renewed = await post("/api/v3/get-wechat-access-token", WECHAT);
    expect(renewed.data.accessToken).not.toBe(first.data.accessToken);
    expect(Number(renewed.data.expiresAt)).toBe(now / 1000 + WECHAT_TOKEN_LIFETIME_SECONDS);
  });

  it("refuses a wrong secret without echoing it", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", { appId: WECHAT.appId, appSecret: "guessed-secret-123" });
    expect(result.statusCode).not.toBe(200);
    expect(result.data).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain("guessed-secret-123");
  });

  it("refuses an unknown WeChat appId", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", { appId: "wx-unknown", appSecret: "x" });
    expect(result.statusCode).not.toBe(200);
    expect(result.message).toContain("wx-unknown");
  });

  it("names a missing field with statusCode 400", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", { appId: WECHAT.appId });
    expect(result).toMatchObject({ statusCode: 400 });
    expect(result.message).toContain("appSecret is required");
  });

  it("answers 400 to a body that is not JSON", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", "{oops");
    expect(result.statusCode).toBe(400);
  });
});

describe("application check", () => {
  it("requires x-authing-app-id", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", WECHAT, {});
    expect(result.statusCode).toBe(400);
    expect(result.message).toContain("x-authing-app-id");
  });

  it("answers apiCode 2011 to an unknown application", async () => {
    await start();
    const result = await post("/api/v3/get-wechat-access-token-info", WECHAT, { "x-authing-app-id": "nope" });
    expect(result).toMatchObject({ statusCode: 404, apiCode: 2011 });
  });
});

describe("server", () => {
  it("listens on 127.0.0.1 on a free port by default", async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.port).toBeGreaterThan(0);
  });

  it("answers an unknown path with HTTP 404 and an envelope", async () => {
    const s = await start();
    const response = await fetch(`${s.url}/api/v3/nothing-here`, { headers: { "x-authing-app-id": APP.appId } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });
});
