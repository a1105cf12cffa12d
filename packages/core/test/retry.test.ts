import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GenAuthApiError, GenAuthConnectionError, Transport, type OperationDescriptor } from "../src/index.js";
import { backoffDelay, MAX_RETRY_AFTER_MS, neverConnected, parseRetryAfter, retryDelay } from "../src/retry.js";
import { json, stubFetch } from "./helpers.js";

const POST: OperationDescriptor = { method: "POST", path: "/api/v3/get-wechat-access-token-info" };
const GET: OperationDescriptor = { method: "GET", path: "/api/v3/get-profile" };
const OK = { statusCode: 200, message: "ok", data: { accessToken: "wx-token", expiresAt: "1700000000" } };
const RESET = new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
/** A connection never made: nothing was sent, so every method may be sent again. */
const REFUSED = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" }) });

/** An answer (HTTP 200 unless told) whose body breaks off after its first bytes. */
function brokenOff(status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"statusCode":200,'));
      controller.error(new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }));
    },
  });
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

function transport(fetch: ReturnType<typeof stubFetch>, extra: Record<string, unknown> = {}) {
  return new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch, ...extra });
}

/** Runs a request to its end under fake timers, skipping every backoff at once. */
async function settle<T>(promise: Promise<T>): Promise<T | unknown> {
  const outcome = promise.then(
    (value) => value,
    (error: unknown) => error,
  );
  await vi.runAllTimersAsync();
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("what is retried", () => {
  it.each([408, 429, 503])("retries HTTP %i, then returns the answer that worked", async (status) => {
    const fetch = stubFetch(new Response("busy", { status }), json(OK));
    expect(await settle(transport(fetch).request(POST, { body: {} }))).toEqual(OK);
    expect(fetch.requests).toHaveLength(2);
  });

  it.each([429, 503])("retries an HTTP 200 envelope whose statusCode is %i", async (statusCode) => {
    const fetch = stubFetch(json({ statusCode, message: "slow down" }), json(OK));
    expect(await settle(transport(fetch).request(POST, { body: {} }))).toEqual(OK);
    expect(fetch.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 500, 501])("does not retry HTTP %i and throws GenAuthApiError with it", async (status) => {
    const fetch = stubFetch(new Response("no", { status }), json(OK));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status, statusCode: status });
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([400, 403, 500, 602])("does not retry an envelope whose statusCode is %i", async (statusCode) => {
    const failure = { statusCode, message: "no" };
    const fetch = stubFetch(json(failure), json(OK));
    expect(await settle(transport(fetch).request(POST, { body: {} }))).toEqual(failure);
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([502, 504])("retries a gateway's HTTP %i for a GET only: the server behind it may have acted on a POST", async (status) => {
    const get = stubFetch(new Response("gateway", { status }), json(OK));
    expect(await settle(transport(get).request(GET))).toEqual(OK);
    expect(get.requests).toHaveLength(2);
    const post = stubFetch(new Response("gateway", { status }), json(OK));
    expect(await settle(transport(post).request(POST, { body: {} }))).toMatchObject({ status });
    expect(post.requests).toHaveLength(1);
  });

  it("retries a connection that was never made, even for a POST (nothing was sent)", async () => {
    const fetch = stubFetch(REFUSED, json(OK));
    expect(await settle(transport(fetch).request(POST, { body: {} }))).toEqual(OK);
    expect(fetch.requests).toHaveLength(2);
  });

  it("sends a POST once when its connection failed after connecting: the server may have acted on it", async () => {
    const fetch = stubFetch(RESET, json(OK));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).message).toBe(
      "POST /api/v3/get-wechat-access-token-info could not reach https://example.genauth.ai: socket hang up (ECONNRESET); not sent again, since https://example.genauth.ai may have acted on it",
    );
    expect(fetch.requests).toHaveLength(1);
    const get = stubFetch(RESET, json(OK));
    expect(await settle(transport(get).request(GET))).toEqual(OK);
    expect(get.requests).toHaveLength(2);
  });

  it("reports an answer whose body broke off as such, and sends only a GET again", async () => {
    const fetch = stubFetch(brokenOff(), json(OK));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).message).toBe(
      "POST /api/v3/get-wechat-access-token-info: the answer of https://example.genauth.ai (HTTP 200) broke off: other side closed (UND_ERR_SOCKET); not sent again, since https://example.genauth.ai may have acted on it",
    );
    expect(fetch.requests).toHaveLength(1);
    const get = stubFetch(brokenOff(), json(OK));
    expect(await settle(transport(get).request(GET))).toEqual(OK);
    expect(get.requests).toHaveLength(2);
  });

  it("judges an HTTP error whose body broke off by its status: a 503 is retried for a POST, a 400 is GenAuthApiError", async () => {
    const busy = stubFetch(brokenOff(503), json(OK));
    expect(await settle(transport(busy).request(POST, { body: {} }))).toEqual(OK);
    expect(busy.requests).toHaveLength(2);
    const refused = stubFetch(brokenOff(400), json(OK));
    const error = await settle(transport(refused).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status: 400 });
    expect(refused.requests).toHaveLength(1);
  });

  it.each([
    ["an empty HTTP 200", () => new Response("", { status: 200, headers: { "content-type": "application/json" } }), "the body is not JSON"],
    ["an HTTP 204", () => new Response(null, { status: 204 }), "the body is not JSON"],
    ["null", () => json(null), "the body is not a JSON object"],
    ["an array", () => json([OK]), "the body is not a JSON object"],
    ["a number", () => json(42), "the body is not a JSON object"],
  ])("does not resolve %s as the envelope: GenAuthApiError, not retried", async (_name, answer, detail) => {
    const fetch = stubFetch(answer(), json(OK));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as Error).message).toContain(detail);
    expect(fetch.requests).toHaveLength(1);
  });

  it("does not retry a 200 body that is not JSON", async () => {
    const fetch = stubFetch(new Response("<html>", { status: 200 }), json(OK));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status: 200, statusCode: 200 });
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("how many times", () => {
  it("makes 1 + maxRetries attempts (default 2), then surfaces the last failure", async () => {
    const fetch = stubFetch(new Response("down", { status: 503 }));
    const error = await settle(transport(fetch).request(POST, { body: {} }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(fetch.requests).toHaveLength(3);
  });

  it("returns the last throttled envelope once retries are spent (or throws it with throwOnError)", async () => {
    const throttled = { statusCode: 429, message: "too many requests" };
    const fetch = stubFetch(json(throttled));
    expect(await settle(transport(fetch, { maxRetries: 1 }).request(POST, { body: {} }))).toEqual(throttled);
    expect(fetch.requests).toHaveLength(2);
    const strict = await settle(transport(fetch, { maxRetries: 1, throwOnError: true }).request(POST, { body: {} }));
    expect(strict).toBeInstanceOf(GenAuthApiError);
    expect(strict).toMatchObject({ status: 200, statusCode: 429 });
  });

  it("takes maxRetries per request over the client's", async () => {
    const fetch = stubFetch(REFUSED);
    const t = transport(fetch, { maxRetries: 5 });
    expect(await settle(t.request(POST, { body: {} }, { maxRetries: 0 }))).toBeInstanceOf(GenAuthConnectionError);
    expect(fetch.requests).toHaveLength(1);
    expect(await settle(t.request(POST, { body: {} }, { maxRetries: 3 }))).toBeInstanceOf(GenAuthConnectionError);
    expect(fetch.requests).toHaveLength(1 + 4);
  });

  it("counts retries per request, not per client", async () => {
    const fetch = stubFetch(REFUSED, json(OK), REFUSED, json(OK));
    const t = transport(fetch, { maxRetries: 1 });
    expect(await settle(t.request(POST, { body: {} }))).toEqual(OK);
    expect(await settle(t.request(POST, { body: {} }))).toEqual(OK);
    expect(fetch.requests).toHaveLength(4);
  });
});

describe("how long it waits", () => {
  /** Resolves once the stub fetch has seen `count` requests, advancing fake time 1 ms at a time. */
  async function msUntilRequest(fetch: ReturnType<typeof stubFetch>, count: number): Promise<number> {
    let waited = 0;
    while (fetch.requests.length < count) {
      await vi.advanceTimersByTimeAsync(1);
      waited++;
      if (waited > 120_000) throw new Error(`request ${count} never came`);
    }
    return waited;
  }

  it("waits what Retry-After says in seconds", async () => {
    const fetch = stubFetch(new Response("slow", { status: 429, headers: { "retry-after": "3" } }), json(OK));
    const done = transport(fetch).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(3000);
    await done;
  });

  it("waits until the HTTP date Retry-After gives", async () => {
    // HTTP dates have whole seconds: start the clock on one.
    vi.setSystemTime(Date.UTC(2026, 0, 1, 0, 0, 0));
    const at = new Date(Date.now() + 7000);
    const fetch = stubFetch(new Response("slow", { status: 503, headers: { "retry-after": at.toUTCString() } }), json(OK));
    const done = transport(fetch).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(7000);
    await done;
  });

  it("reads Retry-After on a throttled HTTP 200 envelope too", async () => {
    const fetch = stubFetch(json({ statusCode: 429, message: "slow down" }, { headers: { "retry-after": "2" } }), json(OK));
    const done = transport(fetch).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(2000);
    await done;
  });

  it("waits at most 60 s, whatever Retry-After asks", async () => {
    const fetch = stubFetch(new Response("later", { status: 503, headers: { "retry-after": "3600" } }), json(OK));
    const done = transport(fetch).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(MAX_RETRY_AFTER_MS);
    expect(await done).toEqual(OK);
  });

  it("backs off exponentially from 500 ms without Retry-After", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const fetch = stubFetch(REFUSED, REFUSED, REFUSED, json(OK));
    const done = transport(fetch, { maxRetries: 3 }).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(500);
    expect(await msUntilRequest(fetch, 3)).toBe(1000);
    expect(await msUntilRequest(fetch, 4)).toBe(2000);
    expect(await done).toEqual(OK);
  });

  it("jitters each backoff down by at most 25 %", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999_999);
    const fetch = stubFetch(REFUSED, REFUSED, json(OK));
    const done = transport(fetch).request(POST, { body: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(await msUntilRequest(fetch, 2)).toBe(375);
    expect(await msUntilRequest(fetch, 3)).toBe(750);
    await done;
  });
});

describe("retry policy helpers", () => {
  it("tells a connection never made from one that failed once made, by the error's code and step", () => {
    const failed = (cause: Record<string, string>) => new TypeError("fetch failed", { cause: Object.assign(new Error("x"), cause) });
    expect(neverConnected(failed({ code: "ECONNREFUSED", syscall: "connect" }))).toBe(true);
    expect(neverConnected(failed({ code: "ENOTFOUND", syscall: "getaddrinfo" }))).toBe(true);
    expect(neverConnected(Object.assign(new TypeError("Unable to connect"), { code: "ECONNREFUSED" }))).toBe(true);
    // An established connection can end in these too, after the request went out.
    expect(neverConnected(failed({ code: "EHOSTUNREACH", syscall: "read" }))).toBe(false);
    expect(neverConnected(failed({ code: "ECONNRESET", syscall: "read" }))).toBe(false);
    expect(neverConnected(new TypeError("Failed to fetch"))).toBe(false);
  });

  it("parses Retry-After as delta-seconds or an HTTP date, and ignores anything else", () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(parseRetryAfter("5", now)).toBe(5000);
    expect(parseRetryAfter("0.5", now)).toBe(500);
    expect(parseRetryAfter(new Date(now + 9000).toUTCString(), now)).toBe(9000);
    expect(parseRetryAfter(new Date(now - 9000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter("-3", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    // Date.parse reads these as dates in 2001: they are not HTTP dates.
    expect(parseRetryAfter("wait 3", now)).toBeUndefined();
    expect(parseRetryAfter("retry later 10", now)).toBeUndefined();
    expect(parseRetryAfter("Mon 3", now)).toBeUndefined();
    expect(parseRetryAfter("Sunny 5", now)).toBeUndefined();
    // The obsolete forms RFC 9110 still asks recipients to read.
    expect(parseRetryAfter("Thursday, 01-Jan-26 00:00:09 GMT", now)).toBe(9000);
    expect(parseRetryAfter("Thu Jan  1 00:00:09 2026", now)).toBe(9000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("caps Retry-After at 60 s and falls back to backoff when there is none", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(retryDelay("120", 0, () => 0, now)).toBe(60_000);
    expect(retryDelay(new Date(now + 3_600_000).toUTCString(), 0, () => 0, now)).toBe(60_000);
    expect(retryDelay("1", 0, () => 0, now)).toBe(1000);
    expect(retryDelay(null, 2, () => 0, now)).toBe(2000);
  });

  it("keeps every backoff between 75 % and 100 % of 0.5 s x 2^n, never above 8 s", () => {
    for (let retryIndex = 0; retryIndex < 10; retryIndex++) {
      const base = Math.min(500 * 2 ** retryIndex, 8000);
      for (const random of [0, 0.3, 0.7, 0.999_999]) {
        const delay = backoffDelay(retryIndex, () => random);
        expect(delay).toBeGreaterThanOrEqual(base * 0.75);
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
    expect(backoffDelay(20, () => 0)).toBe(8000);
  });
});

describe("GET and POST alike", () => {
  it("retries a retryable status for a GET as well", async () => {
    const fetch = stubFetch(new Response("busy", { status: 502 }), json(OK));
    expect(await settle(transport(fetch).request(GET))).toEqual(OK);
    expect(fetch.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });
});
