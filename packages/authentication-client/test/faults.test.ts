import { GenAuthConnectionError as CoreConnectionError, Transport } from "@genauth/core";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { APP, startWechatMock, WECHAT } from "./fixtures.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthAbortError, GenAuthApiError, GenAuthConnectionError, GenAuthTimeoutError } from "../src/index.js";

// The whole stack over real HTTP: AuthenticationClient -> core transport -> fetch -> a mock
// server told to misbehave on its next requests.

let server: MockServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startWechatMock();
  client = new AuthenticationClient({ ...APP, appHost: server.url });
});
afterEach(() => server.faults.clear());
afterAll(() => server.close());

/** Requests the server receives while `run` runs. */
async function countRequests<T>(run: () => Promise<T>): Promise<{ value: T | unknown; requests: number }> {
  const before = server.faults.received;
  const value = await run().catch((error: unknown) => error);
  return { value, requests: server.faults.received - before };
}

describe("retried faults end in success", () => {
  it("HTTP 503, then 200", async () => {
    server.faults.next({ kind: "status", status: 503, headers: { "retry-after": "0" } });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toMatchObject({ statusCode: 200, data: { accessToken: expect.any(String) } });
    expect(requests).toBe(2);
  });

  it.each([429, 503] as const)("an HTTP 200 envelope with statusCode %i, then 200", async (statusCode) => {
    server.faults.next({ kind: "throttle", statusCode, retryAfter: 0 });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toMatchObject({ statusCode: 200 });
    expect(requests).toBe(2);
  });

  it("a GET's reset connection, then 200 (with backoff, as there is no Retry-After)", async () => {
    server.faults.next({ kind: "reset" });
    const { value, requests } = await countRequests(() => client.getCountryList());
    expect(value).toMatchObject({ statusCode: 200 });
    expect(requests).toBe(2);
  });

  it("two throttles in a row still fit in the default two retries", async () => {
    server.faults.next({ kind: "throttle", retryAfter: 0 }, { kind: "status", status: 503, headers: { "retry-after": "0" } });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toMatchObject({ statusCode: 200 });
    expect(requests).toBe(3);
  });

  it("a slow answer within the timeout", async () => {
    server.faults.next({ kind: "slow", delayMs: 100 });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT, { timeout: 5000 }));
    expect(value).toMatchObject({ statusCode: 200 });
    expect(requests).toBe(1);
  });
});

describe("faults that end in a typed error", () => {
  it("three resets exhaust a GET's maxRetries 2: GenAuthConnectionError after 3 requests", async () => {
    server.faults.next({ kind: "reset" }, { kind: "reset" }, { kind: "reset" });
    const { value, requests } = await countRequests(() => client.getCountryList());
    expect(value).toBeInstanceOf(GenAuthConnectionError);
    expect(requests).toBe(3);
  });

  it("a POST reset after the server read it is not sent again (it may have acted): GenAuthConnectionError after 1 request", async () => {
    server.faults.next({ kind: "reset" });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toBeInstanceOf(GenAuthConnectionError);
    expect((value as Error).message).toMatch(/could not reach .*; not sent again, since .* may have acted on it$/);
    expect(requests).toBe(1);
  });

  it("a gateway's HTTP 502 is retried for a GET, not for a POST", async () => {
    server.faults.next({ kind: "status", status: 502, headers: { "retry-after": "0" } });
    expect((await countRequests(() => client.getCountryList())).requests).toBe(2);
    server.faults.next({ kind: "status", status: 502, headers: { "retry-after": "0" } });
    const post = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(post.value).toMatchObject({ status: 502 });
    expect(post.requests).toBe(1);
  });

  it("throttling beyond the retries returns the throttled envelope, or throws it with throwOnError", async () => {
    server.faults.next({ kind: "throttle", retryAfter: 0 }, { kind: "throttle", retryAfter: 0 });
    const lenient = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT, { maxRetries: 1 }));
    expect(lenient.value).toMatchObject({ statusCode: 429 });
    expect(lenient.requests).toBe(2);
    const strict = new AuthenticationClient({ ...APP, appHost: server.url, throwOnError: true, maxRetries: 0 });
    server.faults.next({ kind: "throttle" });
    const thrown = await countRequests(() => strict.getWechatMpAccessTokenInfo(WECHAT));
    expect(thrown.value).toBeInstanceOf(GenAuthApiError);
    expect(thrown.value).toMatchObject({ status: 200, statusCode: 429, requestId: expect.any(String) });
  });

  it("garbage with HTTP 200 is GenAuthApiError carrying status 200, not a SyntaxError, and is not retried", async () => {
    server.faults.next({ kind: "garbage" });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toBeInstanceOf(GenAuthApiError);
    expect(value).toMatchObject({ status: 200 });
    expect((value as Error).message).toContain("not JSON");
    expect(requests).toBe(1);
  });

  it("HTTP 500 is GenAuthApiError carrying 500, not retried", async () => {
    server.faults.next({ kind: "status", status: 500, body: "Internal Server Error" });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT));
    expect(value).toBeInstanceOf(GenAuthApiError);
    expect(value).toMatchObject({ status: 500, statusCode: 500 });
    expect(requests).toBe(1);
  });

  it("a hung POST times out with GenAuthTimeoutError and is not replayed", async () => {
    server.faults.next({ kind: "hang" });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT, { timeout: 200 }));
    expect(value).toBeInstanceOf(GenAuthTimeoutError);
    expect(requests).toBe(1);
  });

  it("a POST answered too slowly times out the same way", async () => {
    server.faults.next({ kind: "slow", delayMs: 1000 });
    const { value, requests } = await countRequests(() => client.getWechatMpAccessTokenInfo(WECHAT, { timeout: 200 }));
    expect(value).toBeInstanceOf(GenAuthTimeoutError);
    expect(requests).toBe(1);
  });

  it("a hung GET times out and is replayed", async () => {
    const transport = new Transport({ ...APP, appHost: server.url, timeout: 200 });
    // Warm the path up first (the mock compiles its schema checks on first use), so that on a loaded
    // machine the replay's own 200 ms are spent answering, not compiling.
    await transport.request({ method: "GET", path: "/api/v3/get-profile" }, {}, { timeout: 10_000 });
    server.faults.next({ kind: "hang", path: "/api/v3/get-profile" });
    const { value, requests } = await countRequests(() => transport.request({ method: "GET", path: "/api/v3/get-profile" }));
    // The replay reached the server, which answers whatever it answers for this path.
    expect(requests).toBe(2);
    expect(value).not.toBeInstanceOf(GenAuthTimeoutError);
  });

  it("an abort while the server hangs rejects with GenAuthAbortError", async () => {
    server.faults.next({ kind: "hang" });
    const controller = new AbortController();
    const pending = client.getWechatMpAccessTokenInfo(WECHAT, { signal: controller.signal, timeout: 60_000 });
    // Abort once the request has reached the server and hangs there.
    while (server.faults.pending > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(GenAuthAbortError);
  });

  it("a refused connection is GenAuthConnectionError naming the cause", async () => {
    const gone = await startMockServer();
    const { url } = gone;
    await gone.close();
    const error = await new AuthenticationClient({ ...APP, appHost: url, maxRetries: 1 }).getWechatMpAccessTokenInfo(WECHAT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect(error).toBeInstanceOf(CoreConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });
});
