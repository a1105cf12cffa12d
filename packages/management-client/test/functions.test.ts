import type { Operation } from "@genauth/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as functions from "../src/functions.js";
import { ManagementClient } from "../src/node/index.js";
import { createCore } from "../src/node/functions.js";
import * as authenticationFunctions from "@genauth/authentication-client/functions";
import { operations } from "../src/generated/operations.js";
import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";

const OPTIONS = { accessKeyId: "fn-ak", accessKeySecret: "fn-secret", tenantId: "fn-tenant" };

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

it("has one standalone function per generated method", () => {
  const table: Record<string, Operation> = operations;
  const names = Object.keys(table).filter((name) => !table[name]?.handwritten);
  expect(names).toHaveLength(496);
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test looks every function up by name
  for (const name of names) expect(functions[name as keyof typeof functions], name).toBeTypeOf("function");
});

it.each(["getUser", "getUserBatch", "createUser", "deleteById", "deleteAuth", "listUsers"])("%s sends what its method sends", async (name) => {
  const client = new ManagementClient({ ...OPTIONS, host: server.url });
  const core = createCore({ ...OPTIONS, host: server.url });
  const args: Record<string, unknown[]> = {
    getUser: [{ userId: "u1" }],
    getUserBatch: [{ userIds: ["a", "b"] }],
    createUser: [{ email: "ann@example.com" }],
    deleteById: ["id/1"],
    deleteAuth: [["x", "y"]],
    listUsers: [{ options: { pagination: { page: 2, limit: 5 } } }],
  };
  await (client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]?.(...(args[name] ?? []));
  const viaMethod = server.last();
  await (functions as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]?.(core, ...(args[name] ?? []));
  const viaFunction = server.last();
  expect(viaFunction.method).toBe(viaMethod.method);
  expect(viaFunction.rawPath).toBe(viaMethod.rawPath);
  expect([...viaFunction.query]).toEqual([...viaMethod.query]);
  expect(viaFunction.body).toBe(viaMethod.body);
  expect(viaFunction.headers["x-authing-app-id"]).toBe("fn-tenant");
  expect(viaFunction.headers.authorization).toMatch(/^authing fn-ak:/);
});

it("takes only a management core: another client's core is a type error", () => {
  const authenticationCore = authenticationFunctions.createCore({ appId: "fn-app", appHost: server.url });
  const managementCore = createCore({ ...OPTIONS, host: server.url });
  // @ts-expect-error an AuthenticationClient core sends an application's credentials, not signatures
  const wrong = () => functions.getUser(authenticationCore, { userId: "u1" });
  // @ts-expect-error and the other way round
  const wrongWay = () => authenticationFunctions.getProfile(managementCore);
  expect([wrong, wrongWay]).toHaveLength(2);
});
