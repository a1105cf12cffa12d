import { GenAuthApiError, GenAuthConfigError, GenAuthError, safeCause, scrubSecrets, type RequestOptions } from "@genauth/core";
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
  refreshBeforeSeconds?: number;
  /** Where the token is kept; share one between processes to share the token. Default: in memory. */
  store?: WechatTokenStore;
  /** Store key. Default `genauth:wechat-access-token:<appId>`. */
  key?: string;
  /** Current time in Unix milliseconds; injectable for tests. Default `Date.now`. */
  clock?: () => number;
}

/** What the store holds, as JSON. Times in Unix seconds. */
interface StoredToken {
  accessToken: string;
  expiresAt: number;
  refreshAt: number;
}

const DEFAULT_REFRESH_BEFORE_SECONDS = 300;

/**
 * Keeps a WeChat mini program or official account access token, fetched with
 * `getWechatMpAccessTokenInfo`, and hands it out until shortly before it expires.
 *
 * - **Single flight**: concurrent `getToken()` calls share one lookup and at most one request.
 * - **Refresh ahead**: from `refreshBeforeSeconds` before `expiresAt`, the next call fetches again.
 *   GenAuth itself caches the token, so it may hand back the same one; the cache then asks again
 *   halfway to expiry, and keeps serving the still-valid token meanwhile.
 * - **Failures are not cached**: a failed fetch rejects every waiting call with a `GenAuthError`
 *   (a failed envelope becomes a `GenAuthApiError`, whatever the client's `throwOnError`), and the
 *   next call tries again. While the current token is still valid, a failed early refresh serves it instead.
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
  #inflight: Promise<string> | undefined;

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
    const { appId, appSecret, refreshBeforeSeconds = DEFAULT_REFRESH_BEFORE_SECONDS, store, key, clock } = options;
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
    if (store !== undefined && (typeof store?.get !== "function" || typeof store.set !== "function")) {
      throw new GenAuthConfigError("store", "store must have async get(key) and set(key, value, ttlSeconds) methods");
    }
    this.#client = client;
    this.#appId = appId;
    this.#appSecret = appSecret;
    this.#refreshBeforeSeconds = refreshBeforeSeconds;
    this.#clock = clock ?? Date.now;
    this.#store = store ?? new MemoryTokenStore(this.#clock);
    this.#key = key ?? `genauth:wechat-access-token:${appId}`;
  }

  /**
   * The current access token, fetched first if there is none or it is due for refresh.
   *
   * @throws GenAuthApiError when GenAuth refuses (wrong appSecret…); GenAuthConnectionError,
   *   GenAuthTimeoutError when it cannot be reached; GenAuthError when the store fails.
   */
  getToken(): Promise<string> {
    this.#inflight ??= this.#lookup().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /**
   * Forgets the token (in the store too, when it has `delete`), so the next `getToken()` fetches
   * one — e.g. after WeChat reported it invalid.
   */
  async invalidate(): Promise<void> {
    await this.#storeCall(() => this.#store.delete?.(this.#key));
  }

  async #lookup(): Promise<string> {
    const now = this.#nowSeconds();
    const cached = parseStored(await this.#storeCall(() => this.#store.get(this.#key)));
    if (cached && now < cached.refreshAt && now < cached.expiresAt) return cached.accessToken;
    try {
      return await this.#fetch();
    } catch (error) {
      // An early refresh failed, but the token we have is still good: use it; the next call retries.
      if (cached && this.#nowSeconds() < cached.expiresAt) return cached.accessToken;
      throw error;
    }
  }

  async #fetch(): Promise<string> {
    // A refusal is thrown by the transport, scrubbed of every secret the call carried (the WeChat
    // secret, the client's app secret and access token); a source that is not an
    // AuthenticationClient may still return it, and is scrubbed of the WeChat secret below.
    const result = await this.#client.getWechatMpAccessTokenInfo({ appId: this.#appId, appSecret: this.#appSecret }, { throwOnError: true });
    if (result.statusCode !== 200) {
      const message = result.message || `getWechatMpAccessTokenInfo failed with statusCode ${result.statusCode}`;
      const secrets = this.#secrets();
      throw new GenAuthApiError(scrubSecrets(message, secrets), {
        status: 200,
        statusCode: result.statusCode,
        apiCode: result.apiCode,
        requestId: typeof result.requestId === "string" ? scrubSecrets(result.requestId, secrets) : undefined,
      });
    }
    const accessToken = result.data?.accessToken;
    const expiresAt = Number(result.data?.expiresAt);
    if (typeof accessToken !== "string" || accessToken === "" || !Number.isFinite(expiresAt)) {
      throw new GenAuthApiError("getWechatMpAccessTokenInfo answered statusCode 200 without an accessToken and a numeric expiresAt", {
        status: 200,
        statusCode: 200,
        requestId: result.requestId,
      });
    }
    const now = this.#nowSeconds();
    const token: StoredToken = { accessToken, expiresAt, refreshAt: refreshTime(now, expiresAt, this.#refreshBeforeSeconds) };
    const ttlSeconds = Math.max(1, Math.ceil(expiresAt - now));
    await this.#storeCall(() => this.#store.set(this.#key, JSON.stringify(token), ttlSeconds), accessToken);
    return accessToken;
  }

  /** Runs a store operation; a failure's message may quote what was stored (`accessToken`). */
  async #storeCall<T>(run: () => Promise<T> | T, accessToken?: string): Promise<T> {
    try {
      return await run();
    } catch (cause) {
      const secrets = this.#secrets(accessToken);
      const message = `the WeChat token store failed: ${cause instanceof Error ? cause.message : String(cause)}`;
      throw new GenAuthError(scrubSecrets(message, secrets), { cause: safeCause(cause, secrets) });
    }
  }

  #secrets(accessToken?: string): Set<string> {
    return new Set(accessToken ? [this.#appSecret, accessToken] : [this.#appSecret]);
  }

  #nowSeconds(): number {
    return this.#clock() / 1000;
  }
}

// When to fetch again. GenAuth hands back its own cached token until it expires, so a token that
// is already inside the refresh window is asked for again halfway to its expiry, not on every call.
function refreshTime(now: number, expiresAt: number, refreshBeforeSeconds: number): number {
  const planned = expiresAt - refreshBeforeSeconds;
  return planned > now ? planned : now + (expiresAt - now) / 2;
}

function parseStored(value: string | null | undefined): StoredToken | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<StoredToken>;
    const { accessToken, expiresAt, refreshAt } = parsed;
    if (typeof accessToken === "string" && typeof expiresAt === "number" && typeof refreshAt === "number") {
      return { accessToken, expiresAt, refreshAt };
    }
  } catch {
    // Unreadable: treat as absent, and overwrite it with a fresh token.
  }
  return undefined;
}
