import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GenAuthAbortError, GenAuthError, GenAuthTimeoutError, Transport, type OperationDescriptor } from "../src/index.js";
import { hangingAnswer, json, stubFetch, type StubAnswer } from "./helpers.js";

const POST: OperationDescriptor = { method: "POST", path: "/api/v3/get-wechat-access-token-info" };
const GET: OperationDescriptor = { method: "GET", path: "/api/v3/get-profile" };
const OK = { statusCode: 200, message: "ok" };

/** A fetch that never answers and ignores its signal, as a careless custom fetch might. */
const deafAnswer: StubAnswer = () => new Promise<Response>(() => undefined);

function transport(fetch: ReturnType<typeof stubFetch>, extra: Record<string, unknown> = {}) {
  return new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch, ...extra });
}

/** Whether `promise` has settled once pending microtasks have run (no fake time passes). */
async function outcome(promise: Promise<unknown>): Promise<{ settled: false } | { settled: true; value: unknown }> {
  let result: { settled: false } | { settled: true; value: unknown } = { settled: false };
  promise.then(
    (value) => (result = { settled: true, value }),
    (error: unknown) => (result = { settled: true, value: error }),
  );
  await vi.advanceTimersByTimeAsync(0);
  return result;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("aborts", () => {
  it.each([
    ["a fetch that honours its signal", hangingAnswer()],
    ["a fetch that ignores its signal", deafAnswer],
  ])("rejects at once with GenAuthAbortError when the caller aborts during a request, with %s", async (_name, answer) => {
    const fetch = stubFetch(answer);
    const controller = new AbortController();
    const pending = transport(fetch).request(POST, { body: {} }, { signal: controller.signal });
    expect(await outcome(pending)).toEqual({ settled: false });
    controller.abort(new Error("user left the page"));
    const result = await outcome(pending);
    expect(result.settled).toBe(true);
    const error = (result as { value: unknown }).value;
    expect(error).toBeInstanceOf(GenAuthAbortError);
    expect(error).toBeInstanceOf(GenAuthError);
    expect((error as Error).cause).toMatchObject({ message: "user left the page" });
    expect(fetch.requests).toHaveLength(1);
  });

  it("rejects at once when the caller aborts during a backoff, without another attempt", async () => {
    const fetch = stubFetch(new Response("busy", { status: 503, headers: { "retry-after": "30" } }), json(OK));
    const controller = new AbortController();
    const pending = transport(fetch).request(POST, { body: {} }, { signal: controller.signal });
    expect(await outcome(pending)).toEqual({ settled: false });
    expect(fetch.requests).toHaveLength(1);
    controller.abort();
    const result = await outcome(pending);
    expect(result.settled && result.value).toBeInstanceOf(GenAuthAbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch.requests).toHaveLength(1);
  });

  it("sends nothing when the signal has already fired", async () => {
    const fetch = stubFetch(json(OK));
    const error = await transport(fetch)
      .request(POST, { body: {} }, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthAbortError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("lets an unrelated, later abort do nothing to a finished request", async () => {
    const fetch = stubFetch(json(OK));
    const controller = new AbortController();
    expect(await transport(fetch).request(POST, { body: {} }, { signal: controller.signal })).toEqual(OK);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("one signal shared by many calls", () => {
  it("aborts them all, and takes one listener on the signal however many wait (no listener-leak warning)", async () => {
    const fetch = stubFetch(hangingAnswer());
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const t = transport(fetch);
    const pending = Array.from({ length: 20 }, () => t.request(POST, { body: {} }, { signal: controller.signal }).catch((e: unknown) => e));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.requests).toHaveLength(20);
    expect(added.mock.calls.filter(([type]) => type === "abort")).toHaveLength(1);
    controller.abort();
    for (const error of await Promise.all(pending)) expect(error).toBeInstanceOf(GenAuthAbortError);
  });
});

describe("timeouts", () => {
  it("gives up on an attempt after `timeout` ms with GenAuthTimeoutError, and never replays a POST", async () => {
    const fetch = stubFetch(hangingAnswer());
    const pending = transport(fetch, { timeout: 1000 }).request(POST, { body: {} });
    expect(await outcome(pending)).toEqual({ settled: false });
    await vi.advanceTimersByTimeAsync(999);
    expect(await outcome(pending)).toEqual({ settled: false });
    await vi.advanceTimersByTimeAsync(1);
    const result = await outcome(pending);
    expect(result.settled && result.value).toBeInstanceOf(GenAuthTimeoutError);
    expect((result as { value: GenAuthTimeoutError }).value.timeout).toBe(1000);
    expect((result as { value: GenAuthTimeoutError }).value.message).toBe(
      "POST /api/v3/get-wechat-access-token-info got no complete answer within 1000 ms; not sent again, since https://example.genauth.ai may have acted on it; raise timeout, per client or per call, if it takes longer",
    );
    await vi.runAllTimersAsync();
    expect(fetch.requests).toHaveLength(1);
  });

  it.each(["PUT", "DELETE"] as const)("never replays a timed-out %s either", async (method) => {
    const fetch = stubFetch(hangingAnswer(), json(OK));
    const pending = transport(fetch, { timeout: 100 }).request({ method, path: "/api/v3/x" }, { body: {} });
    const settled = pending.catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await settled).toBeInstanceOf(GenAuthTimeoutError);
    expect(fetch.requests).toHaveLength(1);
  });

  it("replays a timed-out GET, each attempt with its own timeout", async () => {
    const fetch = stubFetch(hangingAnswer(), hangingAnswer(), json(OK));
    const pending = transport(fetch, { timeout: 1000 }).request(GET);
    const settled = pending.catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await settled).toEqual(OK);
    expect(fetch.requests).toHaveLength(3);
  });

  it("throws GenAuthTimeoutError once a GET's retries are spent", async () => {
    const fetch = stubFetch(hangingAnswer());
    const settled = transport(fetch, { timeout: 1000, maxRetries: 1 })
      .request(GET)
      .catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await settled).toBeInstanceOf(GenAuthTimeoutError);
    expect(((await settled) as Error).message).toBe(
      "GET /api/v3/get-profile got no complete answer within 1000 ms (attempt 2); raise timeout, per client or per call, if it takes longer",
    );
    expect(fetch.requests).toHaveLength(2);
  });

  it("times out even a fetch that ignores its signal", async () => {
    const fetch = stubFetch(deafAnswer);
    const pending = transport(fetch, { timeout: 500 }).request(POST, { body: {} });
    expect(await outcome(pending)).toEqual({ settled: false });
    await vi.advanceTimersByTimeAsync(500);
    const result = await outcome(pending);
    expect(result.settled && result.value).toBeInstanceOf(GenAuthTimeoutError);
  });

  it("takes a per-request timeout over the client's", async () => {
    const fetch = stubFetch(hangingAnswer());
    const pending = transport(fetch, { timeout: 60_000 }).request(POST, { body: {} }, { timeout: 50 });
    expect(await outcome(pending)).toEqual({ settled: false });
    await vi.advanceTimersByTimeAsync(50);
    const result = await outcome(pending);
    expect(result.settled && result.value).toBeInstanceOf(GenAuthTimeoutError);
    expect((result as { value: GenAuthTimeoutError }).value.timeout).toBe(50);
  });

  it("clears its timers once a request is over", async () => {
    const fetch = stubFetch(json(OK));
    await transport(fetch).request(POST, { body: {} });
    expect(vi.getTimerCount()).toBe(0);
  });
});
