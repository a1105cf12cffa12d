import { afterEach, describe, expect, it } from "vitest";
import {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConnectionError,
  GenAuthTimeoutError,
  nodeFetch,
  Transport,
  type FetchLike,
  type OperationDescriptor,
} from "../src/node.js";
import { LightRequest } from "../src/light-request.js";
import { closedPort, sendJson, startPeer, type Peer } from "./peer.js";

const WECHAT: OperationDescriptor = { method: "POST", path: "/api/v3/get-wechat-access-token-info" };
const OK = { statusCode: 200, message: "ok", data: { accessToken: "wx-token", expiresAt: "1700000000" } };

let peer: Peer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

// The same behaviour, whichever fetch carries it: the platform's, or nodeFetch.
describe.each<[string, FetchLike | undefined]>([
  ["global fetch", undefined],
  ["nodeFetch", nodeFetch],
])("Transport over real HTTP with %s", (_name, fetch) => {
  const transport = (appHost: string, extra: Record<string, unknown> = {}) => new Transport({ appId: "app-1", appHost, ...(fetch ? { fetch } : {}), ...extra });

  it("posts JSON with x-authing-app-id and the access token, and returns the envelope", async () => {
    peer = await startPeer((_req, res) => sendJson(res, OK));
    const result = await transport(peer.url, { accessToken: "user-token" }).request(WECHAT, { body: { appId: "wx", appSecret: "s" } });
    expect(result).toEqual(OK);
    const [seen] = peer.requests;
    expect(seen?.headers).toMatchObject({ "x-authing-app-id": "app-1", authorization: "user-token", "content-type": "application/json" });
    expect(JSON.parse(seen?.body ?? "")).toEqual({ appId: "wx", appSecret: "s" });
  });

  it("sends form bodies and query strings", async () => {
    peer = await startPeer((_req, res) => sendJson(res, OK));
    await transport(peer.url).request({ method: "POST", path: "/oidc/token", bodyType: "form" }, { body: { grant_type: "x", code: "c 1" } });
    await transport(peer.url).request({ method: "GET", path: "/api/v3/get-my-login-history" }, { query: { page: 2, limit: 5 } });
    expect(peer.requests[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(peer.requests[0]?.body).toBe("grant_type=x&code=c+1");
    expect(peer.requests[1]?.url).toBe("/api/v3/get-my-login-history?page=2&limit=5");
  });

  it("retries a 503 after its Retry-After, then returns the answer", async () => {
    let calls = 0;
    peer = await startPeer((_req, res) => (++calls === 1 ? sendJson(res, { message: "busy" }, 503, { "retry-after": "0" }) : sendJson(res, OK)));
    const result = await transport(peer.url, { maxRetries: 1 }).request(WECHAT, { body: {} });
    expect(result).toEqual(OK);
    expect(peer.requests).toHaveLength(2);
  });

  it("does not send a POST again when its answer breaks off (the server acted on it); a GET, it does", async () => {
    peer = await startPeer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"statusCode":200,');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await transport(peer.url)
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).message).toMatch(/^POST \/api\/v3\/get-wechat-access-token-info: the answer of .* \(HTTP 200\) broke off: .*; not sent again/);
    expect(peer.requests).toHaveLength(1);
    const get = await transport(peer.url, { maxRetries: 1 })
      .request({ method: "GET", path: "/api/v3/get-profile" })
      .catch((e: unknown) => e);
    expect(get).toBeInstanceOf(GenAuthConnectionError);
    expect(peer.requests).toHaveLength(3);
  });

  it("a timeout or an abort while an HTTP error's body is read is reported as such, not as the status", async () => {
    peer = await startPeer((_req, res) => {
      res.writeHead(500, { "content-type": "application/json", "content-length": "100" });
      res.write('{"message":');
    });
    const GET: OperationDescriptor = { method: "GET", path: "/api/v3/get-profile" };
    const timedOut = await transport(peer.url, { maxRetries: 0, timeout: 200 })
      .request(GET)
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(GenAuthTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await transport(peer.url, { maxRetries: 0 })
      .request(GET, {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(GenAuthAbortError);
  });

  it("carries an OAuth error code on the error for the OAuth endpoints only (those that read failures)", async () => {
    peer = await startPeer((_req, res) => sendJson(res, { error: "invalid_grant", error_description: "expired" }, 400));
    const oauth: OperationDescriptor = { method: "POST", path: "/oidc/token", bodyType: "form", failure: () => undefined };
    expect(
      await transport(peer.url)
        .request(oauth, { body: {} })
        .catch((e: unknown) => e),
    ).toMatchObject({ status: 400, error: "invalid_grant" });
    const api = await transport(peer.url)
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(api).toBeInstanceOf(GenAuthApiError);
    expect((api as GenAuthApiError).error).toBeUndefined();
  });

  it("throws GenAuthTimeoutError when no answer comes within the timeout", async () => {
    peer = await startPeer(() => {
      // never answers
    });
    const error = await transport(peer.url, { timeout: 50, maxRetries: 0 })
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthTimeoutError);
    expect((error as GenAuthTimeoutError).timeout).toBe(50);
  });

  it("throws GenAuthAbortError when the caller aborts", async () => {
    peer = await startPeer(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = transport(peer.url).request(WECHAT, { body: {} }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(GenAuthAbortError);
  });

  it("throws GenAuthConnectionError naming the network code when nothing listens", async () => {
    const port = await closedPort();
    const error = await transport(`http://127.0.0.1:${port}`, { maxRetries: 0 })
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("throws GenAuthApiError for an HTTP 500 whose body is not JSON", async () => {
    peer = await startPeer((_req, res) => res.writeHead(500, { "content-type": "text/html" }).end("<h1>oops</h1>"));
    const error = await transport(peer.url, { maxRetries: 0 })
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as GenAuthApiError).status).toBe(500);
  });
});

describe("Transport with a fetch that brings its request class", () => {
  it("has openapi-fetch build requests with that class, so nodeFetch skips the platform Request", async () => {
    const received: unknown[] = [];
    const fetch = Object.assign(
      async (input: Request) => {
        received.push(input);
        return new Response(JSON.stringify(OK), { headers: { "content-type": "application/json" } });
      },
      { Request: LightRequest },
    );
    await new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch }).request(WECHAT, { body: {} });
    expect(received[0]).toBeInstanceOf(LightRequest);
    expect((received[0] as LightRequest).headers.get("x-authing-app-id")).toBe("app-1");
  });

  it("still gives that fetch a real AbortSignal, as it may pass it on to the platform", async () => {
    const received: LightRequest[] = [];
    const fetch = Object.assign(
      async (input: LightRequest) => {
        received.push(input);
        return new Response(JSON.stringify(OK), { headers: { "content-type": "application/json" } });
      },
      { Request: LightRequest },
    );
    await new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch: fetch as never }).request(WECHAT, { body: { a: 1 } });
    expect(received[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(Object.fromEntries(received[0]?.headers ?? [])).toMatchObject({ "content-type": "application/json", "x-authing-app-id": "app-1" });
    expect(received[0]?.body).toBe('{"a":1}');
  });
});
