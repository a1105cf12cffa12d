// The Management API's permission reads answered from the grant state over HTTP: checkPermission
// and getResourceAuthorizedTargets agree with isActionAllowed.
import { describe, expect, it } from "vitest";
import { data, type ManagementSession, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

async function withBooks(): Promise<ManagementSession> {
  const started = await start();
  const created = await started.post("create-resource", {
    code: "books",
    type: "DATA",
    actions: [
      { name: "read", description: "" },
      { name: "write", description: "" },
    ],
  });
  expect(created.statusCode).toBe(200);
  return started;
}

describe("checkPermission", () => {
  it("answers enabled per resource from the user's grants, through roles too", async () => {
    const session = await withBooks();
    const ann = await session.createUser({ username: "ann" });
    const bob = await session.createUser({ username: "bob" });
    await session.post("create-role", { code: "reader" });
    await session.post("assign-role", { code: "reader", targets: [{ targetType: "USER", targetIdentifier: ann }] });
    await session.post("authorize-resources", {
      list: [{ targetType: "ROLE", targetIdentifiers: ["reader"], resources: [{ code: "books", actions: ["read"], resourceType: "DATA" }] }],
    });
    const check = (userId: string) =>
      session.post("check-permission", {
        userId,
        namespaceCode: "default",
        action: "read",
        resources: ["books", "books/fiction", "films"],
      });
    expect(data(await check(ann))).toEqual({
      checkResultList: [
        { namespaceCode: "default", action: "read", resource: "books", enabled: true },
        { namespaceCode: "default", action: "read", resource: "books/fiction", enabled: true },
        { namespaceCode: "default", action: "read", resource: "films", enabled: false },
      ],
    });
    const forBob = data<{ checkResultList: { enabled: boolean }[] }>(await check(bob));
    expect(forBob.checkResultList.map((result) => result.enabled)).toEqual([false, false, false]);
  });

  it("answers 404 with apiCode 2004 for an unknown user", async () => {
    const session = await withBooks();
    const answer = await session.post("check-permission", { userId: "no-such-user", namespaceCode: "default", action: "read", resources: ["books"] });
    expect(answer).toMatchObject({ statusCode: 404, apiCode: 2004 });
  });
});

describe("getResourceAuthorizedTargets", () => {
  it("lists the targets granted on the resource with their actions, of targetType when given", async () => {
    const session = await withBooks();
    const ann = await session.createUser({ username: "ann" });
    await session.post("create-role", { code: "reader" });
    await session.post("authorize-resources", {
      list: [
        { targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "books", actions: ["read"], resourceType: "DATA" }] },
        { targetType: "ROLE", targetIdentifiers: ["reader"], resources: [{ code: "books", actions: ["read", "write"], resourceType: "DATA" }] },
      ],
    });
    expect(data(await session.post("get-resource-authorized-targets", { resource: "books" }))).toEqual({
      totalCount: 2,
      list: [
        { targetType: "USER", targetIdentifier: ann, actions: ["read"] },
        { targetType: "ROLE", targetIdentifier: "reader", actions: ["read", "write"] },
      ],
    });
    const roles = data<{ list: unknown[] }>(await session.post("get-resource-authorized-targets", { resource: "books", targetType: "ROLE" }));
    expect(roles.list).toEqual([{ targetType: "ROLE", targetIdentifier: "reader", actions: ["read", "write"] }]);
  });
});
