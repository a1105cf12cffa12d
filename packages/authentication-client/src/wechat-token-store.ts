/**
 * Where a {@link WechatAccessTokenCache} keeps its token. Give several processes the same store
 * (Redis, a database…) and they share one token instead of each fetching its own.
 *
 * Values are opaque strings; `set` says how many seconds the value may be kept.
 *
 * @example
 * A store on Redis with the `redis` package (the WeChat token cache guide has the whole example):
 * ```ts
 * const store: WechatTokenStore = {
 *   get: (key) => redis.get(key),
 *   set: async (key, value, ttlSeconds) => { await redis.set(key, value, { EX: ttlSeconds }); },
 *   delete: async (key) => { await redis.del(key); },
 * };
 * ```
 */
export interface WechatTokenStore {
  /** The value stored under `key`, or `null`/`undefined` when there is none (or it has expired). */
  get(key: string): Promise<string | null | undefined>;
  /** Stores `value` under `key` for `ttlSeconds` seconds (a whole number, at least 1). */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /**
   * Removes `key`; called by `invalidate()`. Optional: without it, `invalidate()` leaves the stored
   * token in the store, and that cache stops reading it until its own next fetch.
   */
  delete?(key: string): Promise<void>;
}

/** The default {@link WechatTokenStore}: a map in this process's memory, honouring TTLs. */
export class MemoryTokenStore implements WechatTokenStore {
  readonly #entries = new Map<string, { value: string; expiresAtMs: number }>();
  readonly #clock: () => number;

  /** @param clock - current time in Unix milliseconds; injectable for tests. Default `Date.now`. */
  constructor(clock: () => number = Date.now) {
    this.#clock = clock;
  }

  /** {@inheritDoc WechatTokenStore.get} */
  async get(key: string): Promise<string | undefined> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#clock() >= entry.expiresAtMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** {@inheritDoc WechatTokenStore.set} */
  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.#entries.set(key, { value, expiresAtMs: this.#clock() + ttlSeconds * 1000 });
  }

  /** {@inheritDoc WechatTokenStore.delete} */
  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
