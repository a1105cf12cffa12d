import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { WECHAT_TOKEN_LIFETIME_SECONDS, type MockServer } from "@genauth/mock-server";
import { APP, startWechatMock, WECHAT } from "./fixtures.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationClient,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  MemoryTokenStore,
  WechatAccessTokenCache,
  type WechatTokenStore,
} from "../src/index.js";

// One clock drives both the mock server (token expiry) and the cache (refresh decisions).
let now = Date.UTC(2026, 0, 1, 0, 0, 0);
const clock = () => now;
let server: MockServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startWechatMock({ clock });
  client = new AuthenticationClient({ ...APP, appHost: server.url });
});
beforeEach(() => {
  // A fresh WeChat token on the server for every test, and time moved past any earlier one.
  now += 10 * WECHAT_TOKEN_LIFETIME_SECONDS * 1000;
  server.state.wechatTokens.clear();
});
afterEach(() => server.faults.clear());
afterAll(() => server.close());

function newCache(extra: Partial<ConstructorParameters<typeof WechatAccessTokenCache>[1]> = {}, source = client) {
  return new WechatAccessTokenCache(source, { ...WECHAT, clock, ...extra });
}

/** Requests the mock server receives while `run` runs, and what `run` gave. */
async function counted<T>(run: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const before = server.faults.received;
  const value = await run();
  return { value, requests: server.faults.received - before };
}

/** Waits until the mock server has received `count` requests since `before` (a background refresh's). */
async function requestsSince(before: number, count: number): Promise<void> {
  for (let waited = 0; server.faults.received - before < count; waited += 5) {
    if (waited > 5000) throw new Error(`expected ${count} request(s), got ${server.faults.received - before}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function serverToken(): { accessToken: string; expiresAt: number } {
  const token = server.state.wechatTokens.get(WECHAT.appId);
  if (!token) throw new Error("the mock server minted no token");
  return token;
}

describe("WechatAccessTokenCache", () => {
  it("answers 200 concurrent getToken() calls with one request", async () => {
    const cache = newCache();
    const { value: tokens, requests } = await counted(() => Promise.all(Array.from({ length: 200 }, () => cache.getToken())));
    expect(requests).toBe(1);
    expect(new Set(tokens)).toEqual(new Set([serverToken().accessToken]));
  });

  it("hands a background refresh to waitUntil, which a Worker keeps running after its response", async () => {
    const kept: Promise<unknown>[] = [];
    const cache = newCache({ waitUntil: (promise) => kept.push(promise) });
    const first = await cache.getToken();
    expect(kept).toEqual([]);
    now = (serverToken().expiresAt - 100) * 1000;
    const { value, requests } = await counted(async () => {
      const token = await cache.getToken();
      expect(kept).toHaveLength(1);
      await kept[0];
      return token;
    });
    expect(value).toBe(first);
    expect(requests).toBe(1);
    expect(() => newCache({ waitUntil: "yes" as never })).toThrow("waitUntil must be a function");
  });

  it("serves the cached token without a request until the refresh window", async () => {
    const cache = newCache();
    await cache.getToken();
    now += (WECHAT_TOKEN_LIFETIME_SECONDS - 301) * 1000;
    const { requests } = await counted(() => cache.getToken());
    expect(requests).toBe(0);
  });

  it("refreshes in the background from refreshBeforeSeconds before expiresAt, and fetches a new token once the old one expired", async () => {
    const cache = newCache({ refreshBeforeSeconds: 300 });
    const first = await cache.getToken();
    const { expiresAt } = serverToken();
    now = (expiresAt - 299) * 1000;
    const before = server.faults.received;
    // The still-valid token at once; one refresh starts meanwhile.
    expect(await Promise.all([cache.getToken(), cache.getToken()])).toEqual([first, first]);
    await requestsSince(before, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.faults.received - before).toBe(1);
    // GenAuth's own cache answers with the same, still valid token; the cache does not ask on every call.
    expect((await counted(() => cache.getToken())).requests).toBe(0);
    now = (expiresAt + 1) * 1000;
    const late = await counted(() => cache.getToken());
    expect(late.requests).toBe(1);
    expect(late.value).not.toBe(first);
    expect(late.value).toBe(serverToken().accessToken);
  });

  it("rejects every waiter with a GenAuthApiError on a failure, caches nothing, and succeeds on the next call", async () => {
    const cache = newCache();
    server.faults.next({ kind: "status", status: 500 });
    const { value: outcomes, requests } = await counted(() => Promise.allSettled(Array.from({ length: 50 }, () => cache.getToken())));
    expect(requests).toBe(1);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(GenAuthApiError);
    }
    const retry = await counted(() => cache.getToken());
    expect(retry.requests).toBe(1);
    expect(retry.value).toBe(serverToken().accessToken);
  });

  it.each([false, true])("turns a failed envelope into GenAuthApiError whatever throwOnError is (%s)", async (throwOnError) => {
    const strictness = new AuthenticationClient({ ...APP, appHost: server.url, throwOnError });
    const cache = newCache({ appSecret: "wrong-secret-0001" }, strictness);
    const errors = await Promise.all([cache.getToken(), cache.getToken()].map((p) => p.catch((e: unknown) => e)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(GenAuthApiError);
      expect(error).toMatchObject({ statusCode: 602, requestId: expect.any(String) });
      expect(inspect(error, { depth: Infinity })).not.toContain("wrong-secret-0001");
    }
  });

  it("rejects with GenAuthConnectionError when the connection to GenAuth fails", async () => {
    const cache = newCache();
    // The token is fetched with a POST, which is not sent again once the server may have read it.
    server.faults.next({ kind: "reset" });
    const error = await cache.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect(await cache.getToken()).toBe(serverToken().accessToken);
  });

  it("keeps serving a still-valid token when a refresh fails, and does not wait for a hung one", async () => {
    const cache = newCache({ refreshBeforeSeconds: 300 });
    const first = await cache.getToken();
    now = (serverToken().expiresAt - 100) * 1000;
    server.faults.next({ kind: "status", status: 500 });
    const before = server.faults.received;
    expect(await cache.getToken()).toBe(first);
    await requestsSince(before, 1);
    // A refresh that never answers: every call still gets the valid token at once.
    server.faults.next({ kind: "hang" });
    expect(await cache.getToken()).toBe(first);
    expect(await cache.getToken()).toBe(first);
  });

  it("refuses an expiresAt that is not Unix seconds within the next day, and a store that does not answer", async () => {
    for (const expiresAt of [null, "", false, "0x10", String(Date.now() + 7_200_000), 1]) {
      const source = {
        getWechatMpAccessTokenInfo: async () => ({ statusCode: 200, message: "ok", data: { accessToken: "wx-token-1", expiresAt } }),
      } as never;
      const error = await newCache({}, source)
        .getToken()
        .catch((e: unknown) => e);
      expect(error, String(expiresAt)).toBeInstanceOf(GenAuthApiError);
      expect((error as Error).message).toContain("expiresAt in Unix seconds within the next day");
    }
    const hung: WechatTokenStore = { get: () => new Promise(() => undefined), set: () => Promise.resolve() };
    const cache = newCache({ store: hung, storeTimeout: 50 });
    for (let i = 0; i < 2; i++) {
      const error = await cache.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthError);
      expect((error as Error).message).toBe("the WeChat token store failed: no answer within 50 ms");
    }
  });

  it("makes one request at a time: a caller whose token expired waits for the refresh in flight, and invalidate() drops what a fetch in flight brings back", async () => {
    let calls = 0;
    const pending: ((token: string) => void)[] = [];
    const source = {
      getWechatMpAccessTokenInfo: () => {
        calls++;
        return new Promise((resolve) => {
          pending.push((accessToken) => resolve({ statusCode: 200, message: "ok", data: { accessToken, expiresAt: String(now / 1000 + 7200) } }));
        });
      },
    } as never;
    /** Answers the oldest request GenAuth has not answered yet, once it has been made. */
    const answer = async (token: string) => {
      for (let waited = 0; pending.length === 0; waited++) {
        if (waited > 1000) throw new Error("no request to answer");
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      pending.shift()?.(token);
    };
    const cache = newCache({ refreshBeforeSeconds: 300 }, source);
    const first = cache.getToken();
    await answer("T1");
    expect(await first).toBe("T1");
    const start = now;
    now = start + (7200 - 30) * 1000;
    expect(await cache.getToken()).toBe("T1"); // a refresh starts, and is not answered yet
    now = start + 7220 * 1000;
    const expired = cache.getToken(); // expired: waits for the refresh in flight, begun 50 s ago
    await answer("T2");
    expect(await expired).toBe("T2");
    expect(calls).toBe(2);
    // A fetch that began before invalidate() does not store its token.
    now += 7000 * 1000;
    expect(await cache.getToken()).toBe("T2"); // a refresh starts
    await cache.invalidate();
    await answer("T2-again");
    const next = cache.getToken();
    await answer("T3");
    expect(await next).toBe("T3");
    expect(await cache.getToken()).toBe("T3");
    expect(calls).toBe(4);
  });

  it("does not join a request in flight for over three minutes: one cut off or hung would hold every later caller", async () => {
    let calls = 0;
    const source = {
      getWechatMpAccessTokenInfo: () => {
        calls++;
        // The first answers; the second (the background refresh) never settles, as one a Worker cut off.
        if (calls === 2) return new Promise(() => undefined);
        return Promise.resolve({ statusCode: 200, message: "ok", data: { accessToken: `T${calls}`, expiresAt: String(now / 1000 + 7200) } });
      },
    } as never;
    const cache = newCache({ refreshBeforeSeconds: 300 }, source);
    expect(await cache.getToken()).toBe("T1");
    const start = now;
    now = start + (7200 - 290) * 1000;
    expect(await cache.getToken()).toBe("T1"); // the refresh that never settles starts
    now = start + (7200 - 111) * 1000;
    expect(await cache.getToken()).toBe("T1"); // still valid, and within three minutes: no other request
    expect(calls).toBe(2);
    now = start + 7201 * 1000;
    expect(await cache.getToken()).toBe("T3");
    expect(calls).toBe(3);
  });

  it("gives up on a first lookup that hangs after three minutes, and what it brings back late is not stored", async () => {
    let calls = 0;
    let answerFirst: ((token: string) => void) | undefined;
    const source = {
      getWechatMpAccessTokenInfo: () => {
        calls++;
        const envelope = (accessToken: string) => ({ statusCode: 200, message: "ok", data: { accessToken, expiresAt: String(now / 1000 + 7200) } });
        if (calls === 1) return new Promise((resolve) => (answerFirst = (token) => resolve(envelope(token))));
        return Promise.resolve(envelope(`T${calls}`));
      },
    } as never;
    const cache = newCache({}, source);
    const first = cache.getToken(); // no token yet: this caller waits for a request that hangs
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
    const start = now;
    now = start + 60_000;
    const joined = cache.getToken(); // within three minutes: joins it
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
    now = start + 181_000;
    expect(await cache.getToken()).toBe("T2");
    expect(calls).toBe(2);
    answerFirst?.("LATE");
    // Its own callers get what it brought back; the cache keeps the newer token.
    expect(await Promise.all([first, joined])).toEqual(["LATE", "LATE"]);
    expect(await cache.getToken()).toBe("T2");
    expect(calls).toBe(2);
  });

  it("stops serving the stored token after invalidate() on a store without delete", async () => {
    const memory = new MemoryTokenStore(clock);
    const cache = newCache({ store: { get: (key) => memory.get(key), set: (key, value, ttl) => memory.set(key, value, ttl) } });
    await cache.getToken();
    await cache.invalidate();
    expect((await counted(() => cache.getToken())).requests).toBe(1);
    expect((await counted(() => cache.getToken())).requests).toBe(0);
  });

  it("fetches again after invalidate()", async () => {
    const cache = newCache();
    await cache.getToken();
    await cache.invalidate();
    expect((await counted(() => cache.getToken())).requests).toBe(1);
  });

  it("shares one token between caches that share a store, and gives the store the token's lifetime as TTL", async () => {
    const sets: number[] = [];
    const memory = new MemoryTokenStore(clock);
    const store: WechatTokenStore = {
      get: (key) => memory.get(key),
      set: async (key, value, ttlSeconds) => {
        sets.push(ttlSeconds);
        await memory.set(key, value, ttlSeconds);
      },
    };
    const a = newCache({ store });
    const b = newCache({ store });
    const { value, requests } = await counted(async () => [await a.getToken(), await b.getToken()]);
    expect(requests).toBe(1);
    expect(value[0]).toBe(value[1]);
    expect(sets).toEqual([WECHAT_TOKEN_LIFETIME_SECONDS]);
  });

  it("scrubs the token from a store failure that quotes what it was given", async () => {
    let stored = "";
    const echoing: WechatTokenStore = {
      get: () => Promise.resolve(undefined),
      set: (key, value) => {
        stored = value;
        return Promise.reject(new Error(`ERR command SET ${key} ${value}`));
      },
    };
    const error = await newCache({ store: echoing })
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthError);
    const { accessToken } = JSON.parse(stored) as { accessToken: string };
    expect(accessToken.length).toBeGreaterThan(8);
    expect(JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true })).not.toContain(accessToken);
  });

  it("scrubs the WeChat appSecret from a refusal whose message is a list", async () => {
    const source = {
      getWechatMpAccessTokenInfo: async () => ({ statusCode: 400, message: [`invalid appsecret: ${WECHAT.appSecret}`, "see the docs"] }),
    } as never;
    const error = await newCache({}, source)
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as Error).message).toBe("invalid appsecret: [REDACTED]; see the docs");
    expect(JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true })).not.toContain(WECHAT.appSecret);
  });

  it("keeps a process waiting on a store that never answers alive until storeTimeout, then fails the call", () => {
    // A store holding nothing open: with nothing else to wait for, Node.js would end the process
    // with getToken() unsettled, unless the timeout's timer holds it.
    const program = `import { WechatAccessTokenCache } from "@genauth/authentication-client";
const source = { getWechatMpAccessTokenInfo: async () => ({ statusCode: 200, data: { accessToken: "t", expiresAt: Date.now() / 1000 + 7200 } }) };
const store = { get: () => new Promise(() => {}), set: async () => {} };
const cache = new WechatAccessTokenCache(source, { appId: "wx", appSecret: "wx-secret-1234", store, storeTimeout: 50 });
await cache.getToken().then(() => console.log("token"), (error) => console.log(error.message));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", program], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      encoding: "utf8",
    });
    expect(output.trim()).toBe("the WeChat token store failed: no answer within 50 ms");
  });

  it("reports a failing store as a GenAuthError", async () => {
    const broken: WechatTokenStore = {
      get: () => Promise.reject(new Error("ECONNREFUSED 127.0.0.1:6379")),
      set: () => Promise.resolve(),
    };
    const error = await newCache({ store: broken })
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthError);
    expect((error as Error).message).toContain("token store failed");
  });

  it("never shows the WeChat appSecret when printed", () => {
    const cache = newCache();
    expect(inspect(cache, { depth: Infinity, showHidden: true })).not.toContain(WECHAT.appSecret);
    expect(JSON.stringify(cache)).not.toContain(WECHAT.appSecret);
  });

  it.each([
    ["appId", { appId: "" }],
    ["appSecret", { appSecret: undefined }],
    ["refreshBeforeSeconds", { refreshBeforeSeconds: -1 }],
    ["store", { store: {} }],
    ["store", { store: { get: async () => null, set: async () => undefined, delete: 3 } }],
    ["key", { key: "" }],
    ["clock", { clock: 123 }],
    ["storeTimeout", { storeTimeout: 0 }],
    ["storeTimeout", { storeTimeout: 2 ** 31 }],
  ])("refuses a bad %s at construction", (field, extra) => {
    expect(() => newCache(extra as never)).toThrow(GenAuthConfigError);
    try {
      newCache(extra as never);
    } catch (error) {
      expect((error as GenAuthConfigError).field).toBe(field);
    }
  });
});
