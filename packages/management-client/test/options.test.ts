import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, GenAuthApiError, ManagementClient } from "../src/index.js";
import { ManagementClient as NodeManagementClient } from "../src/node/index.js";
import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";
import { configError } from "./helpers/config-error.js";

const KEYS = { accessKeyId: "options-ak", accessKeySecret: "options-secret-value" };

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

describe("ManagementClient options", () => {
  it("names a missing key pair, and never shows the secret", () => {
    expect(configError(() => new ManagementClient({ accessKeyId: "", accessKeySecret: "x" })).field).toBe("accessKeyId");
    expect(configError(() => new ManagementClient({ accessKeyId: "a" } as never)).field).toBe("accessKeySecret");
  });

  it("refuses a secret with a line break (as read from a file), which no signature would match, without showing it", () => {
    const error = configError(() => new ManagementClient({ ...KEYS, accessKeySecret: `${KEYS.accessKeySecret}\n` }));
    expect(error.field).toBe("accessKeySecret");
    expect(error.message).toMatch(/^accessKeySecret must not contain CR, LF/);
    expect(error.message).not.toContain(KEYS.accessKeySecret);
  });

  it("names host, not the core's appHost, in a bad host's error", () => {
    const error = configError(() => new ManagementClient({ ...KEYS, host: "http://example.com" }));
    expect(error.field).toBe("host");
    expect(error.message).toMatch(/^host /);
  });

  it("refuses a plain ws:// event server that is not this machine, which would carry the signature in clear, and a bad retryTimes", () => {
    const error = configError(() => new ManagementClient({ ...KEYS, socketUri: "ws://events.example.com" }));
    expect(error.field).toBe("socketUri");
    expect(error.message).toContain("wss://");
    expect(() => new ManagementClient({ ...KEYS, socketUri: "ws://events.example.com", allowInsecureHttp: true })).not.toThrow();
    expect(() => new ManagementClient({ ...KEYS, socketUri: "ws://127.0.0.1:9" })).not.toThrow();
    expect(configError(() => new ManagementClient({ ...KEYS, socketUri: "" })).field).toBe("socketUri");
    expect(configError(() => new ManagementClient({ ...KEYS, retryTimes: "x" as never })).field).toBe("retryTimes");
  });

  it("refuses rejectUnauthorized: false without a fetch that can honour it, except on the Node.js build", () => {
    expect(configError(() => new ManagementClient({ ...KEYS, rejectUnauthorized: false })).field).toBe("rejectUnauthorized");
    expect(() => new NodeManagementClient({ ...KEYS, rejectUnauthorized: false })).not.toThrow();
  });

  it("leaves the caller's options object as it was", () => {
    const options = { ...KEYS, host: server.url, lang: "" as never, tenantId: "" };
    const copy = { ...options };
    new NodeManagementClient(options);
    expect(options).toEqual(copy);
  });

  it("sends through the Node.js build, signed, and keeps the secret out of inspect, JSON and errors", async () => {
    const client = new NodeManagementClient({ ...KEYS, host: server.url, maxRetries: 0, throwOnError: true });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(KEYS.accessKeySecret);
    expect(JSON.stringify(client)).not.toContain(KEYS.accessKeySecret);
    const result = await client.getUser({ userId: "u1" }).catch((e: unknown) => e);
    // The recording server answers an envelope without data and statusCode 200.
    expect(result).not.toBeInstanceOf(Error);
    expect(server.last().headers.authorization).toMatch(/^authing options-ak:[A-Za-z0-9+/]+=*$/);
    const failing = new NodeManagementClient({ ...KEYS, host: "http://127.0.0.1:9", maxRetries: 0 });
    const error = await failing.getUser({ userId: KEYS.accessKeySecret }).catch((e: unknown) => e);
    expect(inspect(error, { depth: 10 })).not.toContain(KEYS.accessKeySecret);
    expect(GenAuthApiError).toBeTypeOf("function");
  });

  it("makeRequest signs and sends any request, leaving the request object alone", async () => {
    const client = new NodeManagementClient({ ...KEYS, host: server.url });
    const request = { method: "GET" as const, url: "/api/v3/get-user", params: { userId: "u2" } };
    await client.makeRequest(request);
    expect(server.last().rawPath).toBe("/api/v3/get-user");
    expect(server.last().query.get("userId")).toBe("u2");
    expect(request).toEqual({ method: "GET", url: "/api/v3/get-user", params: { userId: "u2" } });
  });

  it("makeRequest gives whatever JSON a path answers, or undefined for none, as the official SDK's axios does", async () => {
    const answers: Record<string, [number, string]> = { "/empty": [204, ""], "/list": [200, '[{"id":1}]'], "/zero": [200, ""] };
    const other = createServer((req, res) => {
      const [status, body] = answers[req.url ?? ""] ?? [404, ""];
      res.writeHead(status, { "content-type": "application/json" }).end(body);
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const client = new NodeManagementClient({ ...KEYS, host: `http://127.0.0.1:${(other.address() as AddressInfo).port}` });
      expect(await client.makeRequest({ method: "DELETE", url: "/empty" })).toBeUndefined();
      expect(await client.makeRequest({ method: "GET", url: "/list" })).toEqual([{ id: 1 }]);
      expect(await client.makeRequest({ method: "GET", url: "/zero" })).toBeUndefined();
    } finally {
      other.closeAllConnections();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});

describe("DEFAULT_OPTIONS", () => {
  it("holds the official SDK's values, frozen", () => {
    const official = createRequire(import.meta.url)("authing-node-sdk") as { DEFAULT_OPTIONS: unknown };
    expect(DEFAULT_OPTIONS).toEqual(official.DEFAULT_OPTIONS);
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
  });
});
