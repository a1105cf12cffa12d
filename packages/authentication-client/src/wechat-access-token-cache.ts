import { envelopeMessage, GenAuthApiError, GenAuthConfigError, GenAuthError, safeCause, scrubSecrets, type RequestOptions } from "@genauth/core";
import type { GetWechatAccessTokenDto, GetWechatAccessTokenInfoRespDto } from "@genauth/types";
import { MemoryTokenStore, type WechatTokenStore } from "./wechat-token-store.js";

/** What the cache needs from a client: the (non-deprecated) WeChat token method. */
export interface WechatTokenSource {
  /**
   * Fetches a fresh WeChat access token and its expiry from GenAuth (as
   * `AuthenticationClient.getWechatMpAccessTokenInfo` does).
   */
  getWechatMpAccessTokenInfo(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenInfoRespDto>;
}

/** Options of {@link WechatAccessTokenCache}. */
export interface WechatAccessTokenCacheOptions {
  /** The WeChat mini program's or official account's AppID. */
  appId: string;
  /** Its AppSecret. Kept in a private field: printing the cache does not show it. */
  appSecret: string;
  /** Seconds before `expiresAt` at which the token is fetched again. Default 300. */
  refreshBeforeSeconds?: number | undefined;
  /** Where the token is kept; share one between processes to share the token. Default: in memory. */
  store?: WechatTokenStore | undefined;
  /** Store key. Default `genauth:wechat-access-token:<appId>`. */
  key?: string | undefined;
  /** Current time in Unix milliseconds; injectable for tests. Default `Date.now`. */
  clock?: (() => number) | undefined;
  /** Milliseconds a store call may take before it fails, so a hung store cannot stall every caller. Default 10000. */
  storeTimeout?: number | undefined;
  /**
   * Keeps a background refresh running after the call that started it is answered, on runtimes
   * that end a request's unfinished work with it. On Cloudflare Workers pass `waitUntil` from
   * `cloudflare:workers`: without it a refresh started by one request is cut off when that request
   * ends: a call whose token has expired within three minutes of the refresh's start would wait
   * for it and never settle (later calls start a request of their own).
   */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}

/** What the store holds, as JSON. Times in Unix seconds. */
interface StoredToken {
  accessToken: string;
  expiresAt: number;
  refreshAt: number;
}

const DEFAULT_REFRESH_BEFORE_SECONDS = 300;
const DEFAULT_STORE_TIMEOUT_MS = 10_000;
/** The longest delay a timer takes (2³¹ − 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * The furthest expiry a token may have: WeChat's last 7200 s, so one beyond a day is another unit
 * (milliseconds) or a mistake, and would be kept for ever.
 */
const MAX_LIFETIME_SECONDS = 86_400;
/**
 * How long a lookup or a request to GenAuth in flight is joined by new callers: longer than a call
 * with the client's default timeout and retries can take (3 × 10 s, and twice a `Retry-After` of
 * at most 60 s). One still unsettled after it hangs (a custom source) or was cut off by its runtime
 * (a Worker's background refresh without `waitUntil`), and joining it would hold every later caller
 * for ever.
 */
const JOIN_WITHIN_SECONDS = 180;

/**
 * Keeps a WeChat mini program or official account access token, fetched with
 * `getWechatMpAccessTokenInfo`, and hands it out until shortly before it expires.
 *
 * - **Single flight**: concurrent `getToken()` calls share one lookup and at most one request. One
 *   still unanswered after three minutes is not waited for: a later call starts another (a runtime
 *   may have cut the first off, e.g. a Worker's background refresh without `waitUntil`).
 * - **Refresh ahead**: from `refreshBeforeSeconds` before `expiresAt`, a call gets the still-valid
 *   token at once and starts one refresh in the background. GenAuth itself caches the token, so it
 *   may hand back the same one; the cache then asks again halfway to expiry.
 * - **Failures are not cached**: a failed fetch rejects every waiting call with a `GenAuthError`
 *   (a failed envelope becomes a `GenAuthApiError`, whatever the client's `throwOnError`), and the
 *   next call tries again. A failed background refresh leaves the still-valid token in service.
 * - **Shared**: tokens live in a {@link WechatTokenStore}; give several processes one store (e.g.
 *   Redis) and they share one token. In memory by default.
 *
 * @example
 * ```ts
 * import { AuthenticationClient, WechatAccessTokenCache } from "@genauth/authentication-client";
 *
 * const client = new AuthenticationClient({ appId: "GEN_AUTH_APP_ID", appSecret: "GEN_AUTH_APP_SECRET", appHost: "https://my-app.genauth.ai" });
 * const wechatToken = new WechatAccessTokenCache(client, { appId: "wx…", appSecret: "…" });
 * const accessToken = await wechatToken.getToken();
 * ```
 */
export class WechatAccessTokenCache {
  readonly #client: WechatTokenSource;
  readonly #appId: string;
  readonly #appSecret: string;
  readonly #refreshBeforeSeconds: number;
  readonly #store: WechatTokenStore;
  readonly #key: string;
  readonly #clock: () => number;
  readonly #storeTimeout: number;
  readonly #waitUntil: ((promise: Promise<unknown>) => void) | undefined;
  #inflight: Promise<string> | undefined;
  /** When `#inflight` started, in the clock's seconds. */
  #inflightSince = 0;
  /** The request to GenAuth in flight, shared by a background refresh and any caller. */
  #fetching: Promise<string> | undefined;
  /** When `#fetching` started, in the clock's seconds. */
  #fetchingSince = 0;
  /** Counts `invalidate()` calls and fetches given up on: a fetch that began before either does not store its token. */
  #generation = 0;
  /** Set by `invalidate()` on a store without `delete`: the stored token is not to be served again. */
  #storedIsStale = false;

  /**
   * @param client - an `AuthenticationClient` (anything with `getWechatMpAccessTokenInfo`).
   * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
   */
  constructor(client: WechatTokenSource, options: WechatAccessTokenCacheOptions) {
    if (typeof client?.getWechatMpAccessTokenInfo !== "function") {
      throw new GenAuthConfigError("client", "client must be an AuthenticationClient (it needs getWechatMpAccessTokenInfo)");
    }
    if (options === null || typeof options !== "object") {
      throw new GenAuthConfigError("options", "options must be an object such as { appId, appSecret }");
    }
    const {
      appId,
      appSecret,
      refreshBeforeSeconds = DEFAULT_REFRESH_BEFORE_SECONDS,
      store,
      key,
      clock,
      storeTimeout = DEFAULT_STORE_TIMEOUT_MS,
      waitUntil,
    } = options;
    if (typeof appId !== "string" || appId === "") {
      throw new GenAuthConfigError("appId", "appId is required: pass the WeChat mini program's or official account's AppID");
    }
    if (typeof appSecret !== "string" || appSecret === "") {
      throw new GenAuthConfigError("appSecret", "appSecret is required: pass the WeChat mini program's or official account's AppSecret");
    }
    if (typeof refreshBeforeSeconds !== "number" || !Number.isFinite(refreshBeforeSeconds) || refreshBeforeSeconds < 0) {
      throw new GenAuthConfigError(
        "refreshBeforeSeconds",
        `refreshBeforeSeconds must be a number of seconds >= 0, e.g. 300, got ${String(refreshBeforeSeconds)}`,
      );
    }
    if (
      store !== undefined &&
      (typeof store?.get !== "function" || typeof store.set !== "function" || (store.delete !== undefined && typeof store.delete !== "function"))
    ) {
      throw new GenAuthConfigError("store", "store must have async get(key) and set(key, value, ttlSeconds) methods, and may have delete(key)");
    }
    if (key !== undefined && (typeof key !== "string" || key === "")) {
      throw new GenAuthConfigError("key", `key must be a non-empty string, got ${typeof key === "string" ? "an empty one" : typeof key}`);
    }
    if (clock !== undefined && typeof clock !== "function") {
      throw new GenAuthConfigError("clock", `clock must be a function returning Unix milliseconds, such as Date.now, got ${typeof clock}`);
    }
    if (typeof storeTimeout !== "number" || !(storeTimeout > 0 && storeTimeout <= MAX_TIMER_MS)) {
      throw new GenAuthConfigError(
        "storeTimeout",
        `storeTimeout must be a number of milliseconds from 1 to ${MAX_TIMER_MS}, e.g. 10000, got ${String(storeTimeout)}`,
      );
    }
    if (waitUntil !== undefined && typeof waitUntil !== "function") {
      throw new GenAuthConfigError(
        "waitUntil",
        `waitUntil must be a function taking a promise, such as waitUntil from cloudflare:workers, got ${typeof waitUntil}`,
      );
    }
    this.#client = client;
    this.#appId = appId;
    this.#appSecret = appSecret;
    this.#refreshBeforeSeconds = refreshBeforeSeconds;
    this.#clock = clock ?? Date.now;
    this.#store = store ?? new MemoryTokenStore(this.#clock);
    this.#key = key ?? `genauth:wechat-access-token:${appId}`;
    this.#storeTimeout = storeTimeout;
    this.#waitUntil = waitUntil;
  }

  /**
   * The current access token, fetched first if there is none or it is due for refresh.
   *
   * @throws GenAuthApiError when GenAuth refuses (wrong appSecret…); GenAuthConnectionError,
   *   GenAuthTimeoutError when it cannot be reached; GenAuthError when the store fails.
   */
  getToken(): Promise<string> {
    const now = this.#nowSeconds();
    if (this.#inflight !== undefined && joinable(this.#inflightSince, now)) return this.#inflight;
    const lookup = this.#lookup().finally(() => {
      // A lookup given up on may settle after a newer one took its place.
      if (this.#inflight === lookup) this.#inflight = undefined;
    });
    this.#inflight = lookup;
    this.#inflightSince = now;
    return lookup;
  }

  /**
   * Forgets the token (in the store too, when it has `delete`), so the next `getToken()` asks
   * GenAuth again — e.g. after WeChat reported it invalid. GenAuth keeps the token on its side too
   * and may hand back the same one until it expires there.
   */
  async invalidate(): Promise<void> {
    // A fetch in flight may bring back the token being forgotten: it is not stored.
    this.#generation++;
    this.#fetching = undefined;
    // Without `delete`, the stored token stays in the store: this cache stops serving it.
    if (this.#store.delete === undefined) this.#storedIsStale = true;
    else await this.#storeCall(() => this.#store.delete?.(this.#key));
  }

  async #lookup(): Promise<string> {
    const now = this.#nowSeconds();
    const cached = this.#storedIsStale ? undefined : parseStored(await this.#storeCall(() => this.#store.get(this.#key)));
    // A stored expiry beyond a day from now is not one this cache wrote (or the clock went back).
    if (cached && now < cached.expiresAt && cached.expiresAt <= now + MAX_LIFETIME_SECONDS) {
      // Due for refresh but still valid: it is served at once while one refresh runs, whose
      // failure leaves it in service (the next call due starts another).
      if (now >= cached.refreshAt) {
        const refresh = this.#fetchOnce().catch(() => undefined);
        this.#waitUntil?.(refresh);
      }
      return cached.accessToken;
    }
    return await this.#fetchOnce();
  }

  /**
   * One request to GenAuth at a time: a caller whose token expired waits for a refresh in flight,
   * unless that began more than {@link JOIN_WITHIN_SECONDS} ago: then it starts another, and the
   * one given up on does not store what it may still bring back (a newer token may be stored by then).
   */
  #fetchOnce(): Promise<string> {
    const now = this.#nowSeconds();
    if (this.#fetching !== undefined) {
      if (joinable(this.#fetchingSince, now)) return this.#fetching;
      this.#generation++;
    }
    this.#fetchingSince = now;
    const fetching = this.#fetch().finally(() => {
      // invalidate() may have let a newer fetch take its place.
      if (this.#fetching === fetching) this.#fetching = undefined;
    });
    this.#fetching = fetching;
    return fetching;
  }

  async #fetch(): Promise<string> {
    const generation = this.#generation;
    let result: GetWechatAccessTokenInfoRespDto;
    try {
      // A refusal is thrown by the transport, scrubbed of every secret the call carried (the WeChat
      // secret, the client's app secret and access token); a source that is not an
      // AuthenticationClient may still return it, and is scrubbed of the WeChat secret below.
      result = await this.#client.getWechatMpAccessTokenInfo({ appId: this.#appId, appSecret: this.#appSecret }, { throwOnError: true });
    } catch (cause) {
      if (cause instanceof GenAuthError) throw cause;
      // Another source's own error may quote what it was given.
      const secrets = this.#secrets();
      throw new GenAuthError(scrubSecrets(`getWechatMpAccessTokenInfo failed: ${errorText(cause)}`, secrets), { cause: safeCause(cause, secrets) });
    }
    const secrets = this.#secrets();
    const requestId = typeof result.requestId === "string" ? scrubSecrets(result.requestId, secrets) : undefined;
    if (result.statusCode !== 200) {
      // A source's `message` may be a list, or no text at all.
      const message = envelopeMessage(result.message) || `getWechatMpAccessTokenInfo failed with statusCode ${result.statusCode}`;
      throw new GenAuthApiError(scrubSecrets(message, secrets), { status: 200, statusCode: result.statusCode, apiCode: result.apiCode, requestId });
    }
    const accessToken = result.data?.accessToken;
    const given = result.data?.expiresAt as unknown;
    // Unix seconds, as a number or its digits (Number("") and Number(null) would be 1970).
    const expiresAt = typeof given === "number" || (typeof given === "string" && /^\s*\d+(\.\d+)?\s*$/.test(given)) ? Number(given) : Number.NaN;
    const now = this.#nowSeconds();
    if (typeof accessToken !== "string" || accessToken === "" || !(expiresAt > now && expiresAt <= now + MAX_LIFETIME_SECONDS)) {
      const got = `expiresAt ${JSON.stringify(given) ?? "missing"} while this machine's clock reads ${Math.floor(now)}${typeof accessToken === "string" && accessToken !== "" ? "" : ", no accessToken"}`;
      throw new GenAuthApiError(
        `getWechatMpAccessTokenInfo answered statusCode 200 without an accessToken and an expiresAt in Unix seconds within the next day (${got})`,
        { status: 200, statusCode: 200, requestId },
      );
    }
    if (generation !== this.#generation) return accessToken;
    const token: StoredToken = { accessToken, expiresAt, refreshAt: refreshTime(now, expiresAt, this.#refreshBeforeSeconds) };
    const ttlSeconds = Math.max(1, Math.ceil(expiresAt - now));
    await this.#storeCall(() => this.#store.set(this.#key, JSON.stringify(token), ttlSeconds), accessToken);
    this.#storedIsStale = false;
    return accessToken;
  }

  /**
   * Runs a store operation, for at most `storeTimeout` ms; a failure's message may quote what was
   * stored (`accessToken`).
   */
  async #storeCall<T>(run: () => Promise<T> | T, accessToken?: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      // Kept alive (not unref'd): a store that never answers, holding nothing open, must still fail
      // the call waiting on it rather than let the process end with the call unsettled.
      timer = setTimeout(() => reject(new Error(`no answer within ${this.#storeTimeout} ms`)), this.#storeTimeout);
    });
    try {
      return await Promise.race([Promise.resolve().then(run), timedOut]);
    } catch (cause) {
      const secrets = this.#secrets(accessToken);
      throw new GenAuthError(scrubSecrets(`the WeChat token store failed: ${errorText(cause)}`, secrets), { cause: safeCause(cause, secrets) });
    } finally {
      clearTimeout(timer);
    }
  }

  #secrets(accessToken?: string): Set<string> {
    return new Set(accessToken ? [this.#appSecret, accessToken] : [this.#appSecret]);
  }

  #nowSeconds(): number {
    return this.#clock() / 1000;
  }
}

/** Whether work begun at `since` is still joined at `now` (a clock that went back tells no age). */
function joinable(since: number, now: number): boolean {
  return now >= since && now - since < JOIN_WITHIN_SECONDS;
}

// When to fetch again. GenAuth hands back its own cached token until it expires, so a token that
// is already inside the refresh window is asked for again halfway to its expiry, not on every call.
function refreshTime(now: number, expiresAt: number, refreshBeforeSeconds: number): number {
  const planned = expiresAt - refreshBeforeSeconds;
  return planned > now ? planned : now + (expiresAt - now) / 2;
}

/** An error's message, or its name when the message is empty (node-redis' timeouts). */
function errorText(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.message || cause.name;
}

function parseStored(value: string | null | undefined): StoredToken | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<StoredToken>;
    const { accessToken, expiresAt, refreshAt } = parsed;
    if (typeof accessToken === "string" && accessToken !== "" && typeof expiresAt === "number" && typeof refreshAt === "number") {
      return { accessToken, expiresAt, refreshAt };
    }
  } catch {
    // Unreadable: treat as absent, and overwrite it with a fresh token.
  }
  return undefined;
}
