// Per-call cost inside one runtime, in plain JavaScript that Node, Bun, Deno, workerd and a browser
// page all run: bare `fetch` beside our client's builds, sequential calls to the bench's server.
// Calls are timed in batches (ten by default) and each batch's mean is a sample: browsers coarsen
// `performance.now()` and workerd advances it only across I/O, so single calls cannot be timed
// everywhere, while a median over many short batches still leaves out a busy neighbour's spikes.

/** The seed's application, WeChat app and endpoint, as every contender sends them. */
export const APP = { appId: "bench-app", appSecret: "bench-app-secret" };
export const WECHAT = { appId: "wx-bench", appSecret: "wx-bench-secret" };
export const SEED_PATH = "/api/v3/get-wechat-access-token";

/** The runtime's own `fetch`, called by hand (also the Node contender `fetch` in contenders.mjs). */
export function bareFetch(url) {
  const target = `${url}${SEED_PATH}`;
  return async () => {
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": APP.appId },
      body: JSON.stringify(WECHAT),
    });
    return response.json();
  };
}

/** Ours as a user writes it, with the `AuthenticationClient` of one build (and `extra` options). */
export function ours(Client, extra = {}) {
  return (url) => {
    const client = new Client({ ...APP, appHost: url, ...extra });
    return () => client.getWechatMpAccessToken(WECHAT);
  };
}

/**
 * Interleaved rounds of `warmup` + `calls` sequential calls per contender (`{ id: make(url) }`),
 * timed `batch` calls at a time; resolves to `{ id: { usPerCall, batches } }`, the median of the
 * batches' means, in µs.
 */
export async function measureCalls(makers, url, { rounds, warmup, calls, batch: size = 10 }) {
  const entries = Object.entries(makers).map(([id, make]) => [id, make(url)]);
  for (const [id, call] of entries) {
    const result = await call();
    if (result?.statusCode !== 200) throw new Error(`${id} did not get the seed envelope: ${JSON.stringify(result)}`);
  }
  const means = Object.fromEntries(entries.map(([id]) => [id, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [id, call] of entries) {
      for (let i = 0; i < warmup; i++) await call();
      for (let batch = 0; batch < Math.max(1, calls / size); batch++) {
        const start = performance.now();
        for (let i = 0; i < size; i++) await call();
        means[id].push(((performance.now() - start) * 1000) / size);
      }
    }
  }
  return Object.fromEntries(Object.entries(means).map(([id, xs]) => [id, { usPerCall: Math.round(median(xs) * 10) / 10, batches: xs.length }]));
}

/** The middle value (the upper one of an even count). */
export function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
