import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AuthenticationClient } from "../src/index.js";
import { createNodeFetch, nodeFetch } from "../src/node.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [{ appId: "app-1", appSecret: "s" }], wechatApps: [{ appId: "wx-1", appSecret: "wx-s" }] } });
});
afterAll(() => server.close());

it("runs the seed call through nodeFetch from the ./node entry", async () => {
  const client = new AuthenticationClient({ appId: "app-1", appSecret: "s", appHost: server.url, fetch: nodeFetch });
  const result = await client.getWechatMpAccessToken({ appId: "wx-1", appSecret: "wx-s" });
  expect(result.statusCode).toBe(200);
  expect(result.data.accessToken).toEqual(expect.any(String));
});

it("takes a fetch of its own with createNodeFetch", async () => {
  const client = new AuthenticationClient({ appId: "app-1", appHost: server.url, fetch: createNodeFetch({ maxSockets: 2 }) });
  const results = await Promise.all(Array.from({ length: 5 }, () => client.getWechatMpAccessTokenInfo({ appId: "wx-1", appSecret: "wx-s" })));
  expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
});

it.runIf(process.env.GENAUTH_TEST_TRANSPORT === "node")("runs every client of the nodeFetch project on nodeFetch", () => {
  expect(globalThis.fetch).toBe(nodeFetch);
});
