// The Node.js build (what the main specifier gives under the `node` condition) signs with
// node:crypto and sends through nodeFetch: the mock server, which checks every signature, accepts
// its requests, from the class and from the standalone functions.
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCore, createUser, getUser } from "../src/node/functions.js";
import { ManagementClient } from "../src/node/index.js";

const ACCESS_KEY = { accessKeyId: "node-ak", accessKeySecret: "node-sk" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [ACCESS_KEY] } });
});
afterAll(() => server.close());

it("ManagementClient's signed requests are accepted", async () => {
  const client = new ManagementClient({ ...ACCESS_KEY, host: server.url, maxRetries: 0 });
  const created = await client.createUser({ username: "node-ann", password: "Ann-Passw0rd" });
  expect(created.statusCode).toBe(200);
  const found = await client.getUser({ userId: created.data.userId });
  expect(found).toMatchObject({ statusCode: 200, data: { username: "node-ann" } });
});

it("the standalone functions' signed requests are accepted", async () => {
  const core = createCore({ ...ACCESS_KEY, host: server.url, maxRetries: 0 });
  const created = await createUser(core, { username: "node-bob", password: "Bob-Passw0rd" });
  expect(created.statusCode).toBe(200);
  expect(await getUser(core, { userId: created.data.userId })).toMatchObject({ statusCode: 200, data: { username: "node-bob" } });
});

it("a wrong secret is refused by the mock, so the checks above can fail", async () => {
  const client = new ManagementClient({ ...ACCESS_KEY, accessKeySecret: "wrong", host: server.url, maxRetries: 0 });
  expect(await client.getUser({ userId: "nobody" })).toMatchObject({ statusCode: 401 });
});
