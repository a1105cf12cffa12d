import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const PATH = "/api/v3/get-wechat-access-token-info";
const BODY = JSON.stringify({ appId: "wx-mock-app", appSecret: "wx-mock-secret" });

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

function call(signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}${PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
    body: BODY,
    ...(signal ? { signal } : {}),
  });
}

describe("scripted faults", () => {
  it("answers the scripted HTTP status with its headers, then normally again", async () => {
    server.faults.next({ kind: "status", status: 503, headers: { "retry-after": "1" } });
    const faulted = await call();
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get("retry-after")).toBe("1");
    await faulted.text();
    const normal = await call();
    expect((await normal.json()) as unknown).toMatchObject({ statusCode: 200 });
  });

  it("answers a page of another origin with CORS headers, and lets its preflight through to the request it clears", async () => {
    server.faults.next({ kind: "status", status: 503 });
    const origin = "http://app.example:5173";
    const received = server.faults.received;
    const preflight = await fetch(`${server.url}${PATH}`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    expect(server.faults.received).toBe(received);
    const faulted = await fetch(`${server.url}${PATH}`, { method: "POST", headers: { origin, "content-type": "application/json" }, body: BODY });
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get("access-control-allow-origin")).toBe(origin);
    // The page may read the wait a throttling answer asks for.
    expect(faulted.headers.get("access-control-expose-headers")?.split(", ")).toContain("retry-after");
    await faulted.text();
  });

  it("resets the connection", async () => {
    server.faults.next({ kind: "reset" });
    await expect(call()).rejects.toThrow(TypeError);
  });

  it("sends a body that is not JSON with HTTP 200", async () => {
    server.faults.next({ kind: "garbage" });
    const response = await call();
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("throttles with an HTTP 200 envelope whose statusCode is 429 or 503", async () => {
    server.faults.next({ kind: "throttle" }, { kind: "throttle", statusCode: 503, retryAfter: 2 });
    expect(await (await call()).json()).toMatchObject({ statusCode: 429 });
    const second = await call();
    expect(second.headers.get("retry-after")).toBe("2");
    expect(await second.json()).toMatchObject({ statusCode: 503 });
  });

  it("hangs until the client gives up", async () => {
    server.faults.next({ kind: "hang" });
    await expect(call(AbortSignal.timeout(200))).rejects.toThrow(/abort|timeout/i);
  });

  it("answers slowly but normally", async () => {
    server.faults.next({ kind: "slow", delayMs: 50 });
    expect(await (await call()).json()).toMatchObject({ statusCode: 200 });
  });

  it("applies a fault with a path only to that path, and counts every request", async () => {
    const before = server.faults.received;
    server.faults.next({ kind: "status", status: 502, path: "/api/v3/elsewhere" });
    expect((await call()).status).toBe(200);
    expect(server.faults.pending).toBe(1);
    server.faults.clear();
    expect(server.faults.pending).toBe(0);
    expect(server.faults.received).toBe(before + 1);
  });

  it("refuses a fault it does not know", () => {
    expect(() => server.faults.next({ kind: "explode" } as never)).toThrow(/kind/);
  });

  it.each(["hang", { kind: "slow", delayMs: 2_147_483_647 }] as const)("closes while a request waits on a scripted %o, dropping it", async (fault) => {
    const other = await startMockServer({ faults: [typeof fault === "string" ? { kind: fault } : fault] });
    const pending = fetch(`${other.url}${PATH}`, { method: "POST", body: BODY }).catch((e: unknown) => e);
    while (other.faults.received === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await other.close();
    expect(await pending).toBeInstanceOf(TypeError);
  });
});
