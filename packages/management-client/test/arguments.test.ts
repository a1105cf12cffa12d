// What a user gets from options and arguments the official SDK took silently or that failed far
// from their cause: a GenAuthConfigError naming them at once, or — where the official SDK's wire
// could never work — a request the mock server (which checks every signature) accepts.
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ManagementClient as FetchManagementClient, GenAuthConfigError, type ManagementClientOptions } from "../src/index.js";
import { ManagementClient } from "../src/node/index.js";
import { configError } from "./helpers/config-error.js";

const KEYS = { accessKeyId: "arguments-ak", accessKeySecret: "arguments-sk-7d8e9f" };

let server: MockServer;
let client: ManagementClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [KEYS] } });
  client = new ManagementClient({ ...KEYS, host: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

describe("options", () => {
  it.each<[string, Partial<Record<keyof ManagementClientOptions, unknown>>, string]>([
    ["an empty host", { host: "" }, "host"],
    ["a null host", { host: null }, "host"],
    ["an access key ID read with its line break", { accessKeyId: "arguments-ak\n" }, "accessKeyId"],
    ["a tenant ID beyond Latin-1", { tenantId: "租户1" }, "tenantId"],
    ["a rejectUnauthorized that is not a boolean", { rejectUnauthorized: "no" }, "rejectUnauthorized"],
    ["a dangerouslyAllowBrowser that is not a boolean", { dangerouslyAllowBrowser: "x" }, "dangerouslyAllowBrowser"],
    ["an allowInsecureHttp that is not a boolean", { allowInsecureHttp: "x" }, "allowInsecureHttp"],
    ["a WebSocket that is not a class", { WebSocket: "x" }, "WebSocket"],
    ["a null socketUri", { socketUri: null }, "socketUri"],
    ["a null retryTimes", { retryTimes: null }, "retryTimes"],
  ])("refuses %s at construction, naming it", (_name, extra, field) => {
    const error = configError(() => new ManagementClient({ ...KEYS, host: server.url, ...extra } as ManagementClientOptions));
    expect(error.field).toBe(field);
  });

  it("in a browser, allowed, still needs a fetch that can send the signed date header", () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", {});
    try {
      // The build a browser gets: it sends through the platform's fetch unless given one.
      expect(configError(() => new FetchManagementClient({ ...KEYS, host: server.url })).field).toBe("dangerouslyAllowBrowser");
      const noFetch = configError(() => new FetchManagementClient({ ...KEYS, host: server.url, dangerouslyAllowBrowser: true }));
      expect(noFetch).toMatchObject({ field: "fetch", message: expect.stringContaining("does not send the signed date header") });
      const proxied = { ...KEYS, host: server.url, dangerouslyAllowBrowser: true, fetch: globalThis.fetch };
      expect(() => new FetchManagementClient(proxied)).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says that host may be left out, for the default", () => {
    expect(configError(() => new ManagementClient({ ...KEYS, host: "" })).message).toContain("or left out for https://api.authing.cn");
  });
});

describe("per-call arguments", () => {
  it("refuses a body that is not an object before signing it", async () => {
    const error = await client.createUser("ann" as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "requestBody" });
  });

  it("refuses per-call options that are not an object", async () => {
    const error = await client.getUser({ userId: "u1" }, null as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "options" });
  });

  it("signs only the query the URL carries: a null value and an empty array are left out of both", async () => {
    expect(await client.listRoles({ keywords: null as never })).toMatchObject({ statusCode: 200 });
    expect(await client.getUserBatch({ userIds: [] })).not.toMatchObject({ apiCode: 1300 });
  });
});

describe("makeRequest", () => {
  it.each<[string, unknown, string]>([
    ["no request", null, "request"],
    ["no method", { url: "/api/v3/list-roles" }, "method"],
    ["an unknown method", { method: "PATCH", url: "/api/v3/list-roles" }, "method"],
    ["a path without its leading slash", { method: "GET", url: "api/v3/list-roles" }, "url"],
    ["params that are not an object", { method: "GET", url: "/api/v3/list-roles", params: "page=1" }, "params"],
    ["a body that is not an object", { method: "POST", url: "/api/v3/list-users", data: "abc" }, "data"],
    ["a null body", { method: "POST", url: "/api/v3/list-users", data: null }, "data"],
  ])("refuses %s, naming the field", async (_name, request, field) => {
    const error = await client.makeRequest(request as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field });
  });

  it("says to pass an absolute URL's host in the options", async () => {
    const error = await client.makeRequest({ method: "GET", url: `${server.url}/api/v3/list-roles` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "url" });
    expect((error as Error).message).toContain("pass the path alone and the host in the client options");
  });

  it("takes a method in lower case, as axios does, and signs it as the server checks it", async () => {
    const answer = await client.makeRequest({ method: "get" as never, url: "/api/v3/list-roles", params: { page: 1, limit: 10 } });
    expect(answer).toMatchObject({ statusCode: 200 });
  });
});
