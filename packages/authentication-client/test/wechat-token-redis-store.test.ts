import { readFileSync } from "node:fs";
import { WECHAT_TOKEN_LIFETIME_SECONDS, type MockServer } from "@genauth/mock-server";
import type { RedisClientType } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, type WechatAccessTokenCache } from "../src/index.js";
import { APP, startWechatMock, WECHAT } from "./fixtures.js";
import { hasRedisServer, startRedisServer, type RedisServer } from "./redis-server.js";

// The README's Redis example, exactly as documented (it imports the built package by name).
const EXAMPLE = new URL("../examples/wechat-token-redis-store.mjs", import.meta.url);
const README = new URL("../../../README.md", import.meta.url);
interface RedisExample {
  createSharedWechatTokenCache(
    client: AuthenticationClient,
    options: { appId: string; appSecret: string; redisUrl: string },
  ): Promise<{ cache: WechatAccessTokenCache; redis: RedisClientType }>;
}
const { createSharedWechatTokenCache } = (await import(EXAMPLE.href)) as RedisExample;

// CI installs redis-server (.ci/run); a developer without it gets a skip, not a failure.
const available = hasRedisServer() || process.env.CI === "true";

it("the README shows the tested example word for word", () => {
  expect(readFileSync(README, "utf8")).toContain(readFileSync(EXAMPLE, "utf8"));
});

describe.runIf(available)("the README's Redis-backed token store, against a real redis-server", () => {
  let redisServer: RedisServer;
  let server: MockServer;
  beforeAll(async () => {
    [redisServer, server] = await Promise.all([startRedisServer(), startWechatMock()]);
  });
  afterAll(async () => {
    await Promise.all([redisServer?.stop(), server?.close()]);
  });

  it("lets two clients, each with its own cache and Redis connection, share one token", async () => {
    const options = { ...WECHAT, redisUrl: redisServer.url };
    const first = await createSharedWechatTokenCache(new AuthenticationClient({ ...APP, appHost: server.url }), options);
    const second = await createSharedWechatTokenCache(new AuthenticationClient({ ...APP, appHost: server.url }), options);
    try {
      const before = server.faults.received;
      const [a, b] = await Promise.all([first.cache.getToken(), first.cache.getToken()]);
      expect(server.faults.received - before).toBe(1);
      expect(await second.cache.getToken()).toBe(a);
      expect(b).toBe(a);
      expect(server.faults.received - before).toBe(1);

      const key = `genauth:wechat-access-token:${WECHAT.appId}`;
      const ttl = await second.redis.ttl(key);
      expect(ttl).toBeGreaterThan(WECHAT_TOKEN_LIFETIME_SECONDS - 60);
      expect(ttl).toBeLessThanOrEqual(WECHAT_TOKEN_LIFETIME_SECONDS);

      // One process invalidates; the other then fetches again instead of using the shared copy.
      await first.cache.invalidate();
      expect(await second.redis.exists(key)).toBe(0);
      await second.cache.getToken();
      expect(server.faults.received - before).toBe(2);
    } finally {
      await Promise.all([first.redis.quit(), second.redis.quit()]);
    }
  });
});
