// Several processes, one WeChat access token: keep WechatAccessTokenCache's token in Redis.
import { createClient } from "redis";
import { WechatAccessTokenCache } from "@genauth/authentication-client";

/** Adapts a connected node-redis client to the WechatTokenStore interface. */
export function redisTokenStore(redis) {
  return {
    get: (key) => redis.get(key),
    set: async (key, value, ttlSeconds) => {
      await redis.set(key, value, { EX: ttlSeconds });
    },
    delete: async (key) => {
      await redis.del(key);
    },
  };
}

/** A cache whose token lives in the Redis at `redisUrl`. Call `redis.quit()` when you are done. */
export async function createSharedWechatTokenCache(client, { appId, appSecret, redisUrl }) {
  const redis = await createClient({ url: redisUrl }).connect();
  const cache = new WechatAccessTokenCache(client, { appId, appSecret, store: redisTokenStore(redis) });
  return { cache, redis };
}
