import { Transport } from "@genauth/core";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AuthenticationClient as MainClient } from "../src/index.js";
import { AuthenticationClient, createNodeFetch, nodeFetch } from "../src/node/index.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [{ appId: "app-1", appSecret: "s" }], wechatApps: [{ appId: "wx-1", appSecret: "wx-s" }] } });
});
afterAll(() => server.close());

const WECHAT = { appId: "wx-1", appSecret: "wx-s" };

it("runs the seed call on the Node entry's client, which sends through nodeFetch", async () => {
  const client = new AuthenticationClient({ appId: "app-1", appSecret: "s", appHost: server.url });
  const result = await client.getWechatMpAccessToken(WECHAT);
  expect(result.statusCode).toBe(200);
  expect(result.data.accessToken).toEqual(expect.any(String));
});

it("runs concurrent calls of a main-entry client on a createNodeFetch of its own", async () => {
  const client = new MainClient({ appId: "app-1", appHost: server.url, fetch: createNodeFetch({ maxSockets: 2 }) });
  const results = await Promise.all(Array.from({ length: 5 }, () => client.getWechatMpAccessTokenInfo(WECHAT)));
  expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
});

it("keeps a fetch the caller chose on the Node entry's client", async () => {
  let calls = 0;
  const counting = (input: Request, init?: RequestInit) => {
    calls++;
    return globalThis.fetch(input, init);
  };
  const client = new AuthenticationClient({ appId: "app-1", appHost: server.url, fetch: counting });
  expect((await client.getWechatMpAccessTokenInfo(WECHAT)).statusCode).toBe(200);
  expect(calls).toBe(1);
});

it("gives every transport of the nodeFetch project nodeFetch, and of the fetch project the platform's fetch", () => {
  const expected = process.env.GENAUTH_TEST_TRANSPORT === "node" ? nodeFetch : undefined;
  expect(new Transport({ appId: "a", appHost: server.url }).options.fetch).toBe(expected);
});

// The Node build is bundled apart from the fetch build (Node never loads both), and /functions
// apart from the main entry; the errors come from @genauth/core, so each is one class everywhere.
it("gives the built fetch build, Node build and Node /functions the same error classes", async () => {
  const builds = await Promise.all(["../dist/index.js", "../dist/node/index.js", "../dist/node/functions.js"].map((path) => import(path)));
  for (const name of ["GenAuthError", "GenAuthApiError", "GenAuthConfigError"]) {
    expect(new Set(builds.map((build) => build[name])).size, name).toBe(1);
  }
  const [fetchBuild, nodeBuild] = builds;
  expect(nodeBuild.GenAuthTokenVerificationError).toBe(fetchBuild.GenAuthTokenVerificationError);
  expect(nodeBuild.GenAuthRedirectCallbackError).toBe(fetchBuild.GenAuthRedirectCallbackError);
  const client = new nodeBuild.AuthenticationClient({ appId: "app-1", appHost: server.url });
  const failure = await client.parseIDToken("not-a-jwt").catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(fetchBuild.GenAuthTokenVerificationError);
});
