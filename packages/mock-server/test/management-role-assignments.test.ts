// Role assignments over time, over HTTP: assignRole's enableTime and endTime on the server's clock,
// seen by getUserRoles, listRoleMembers, hasAnyRole and the grants the role carries; and
// hasAnyRole leaving disabled roles out.
import { describe, expect, it } from "vitest";
import { data, type ManagementSession, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

const HOUR = 3_600_000;

/** A server with resource `books` (action `read`) granted to role `temp`, and user `bob`. */
async function withReaderRole(): Promise<{ s: ManagementSession; bob: string }> {
  const s = await start();
  const bob = await s.createUser({ username: "bob" });
  await s.post("create-resource", { code: "books", type: "DATA", actions: [{ name: "read", description: "" }] });
  await s.post("create-role", { code: "temp" });
  await s.post("authorize-resources", {
    list: [{ targetType: "ROLE", targetIdentifiers: ["temp"], resources: [{ code: "books", actions: ["read"], resourceType: "DATA" }] }],
  });
  return { s, bob };
}

async function roleView(s: ManagementSession, userId: string) {
  const roles = data<{ list: { code: string }[] }>(await s.get("get-user-roles", { userId })).list.map((role) => role.code);
  const allowed = data<{ allowed: boolean }>(await s.post("is-action-allowed", { userId, action: "read", resource: "books" })).allowed;
  const hasAny = data<{ hasAnyRole: boolean }>(await s.post("has-any-role", { userId, roles: [{ code: "temp" }] })).hasAnyRole;
  const members = data<{ list: { userId: string }[] }>(await s.get("list-role-members", { code: "temp" })).list.map((user) => user.userId);
  return { roles, allowed, hasAny, members };
}

describe("assignRole endTime and enableTime", () => {
  it("an assignment grants and lists the role until its endTime, and nothing after", async () => {
    const { s, bob } = await withReaderRole();
    await s.post("assign-role", { code: "temp", endTime: s.now + HOUR, targets: [{ targetType: "USER", targetIdentifier: bob }] });
    expect(await roleView(s, bob)).toEqual({ roles: ["temp"], allowed: true, hasAny: true, members: [bob] });
    s.now += HOUR;
    expect(await roleView(s, bob)).toEqual({ roles: [], allowed: false, hasAny: false, members: [] });
  });

  it("an assignment already expired grants nothing", async () => {
    const { s, bob } = await withReaderRole();
    await s.post("assign-role", { code: "temp", endTime: s.now - 60_000, targets: [{ targetType: "USER", targetIdentifier: bob }] });
    expect(await roleView(s, bob)).toEqual({ roles: [], allowed: false, hasAny: false, members: [] });
  });

  it("an assignment is not in effect before its enableTime, also through a department", async () => {
    const { s, bob } = await withReaderRole();
    const root = data<{ departmentId: string }>(
      await s.post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} }),
    ).departmentId;
    await s.post("add-department-members", { organizationCode: "o", departmentId: root, userIds: [bob] });
    await s.post("assign-role", { code: "temp", enableTime: s.now + HOUR, targets: [{ targetType: "DEPARTMENT", targetIdentifier: root }] });
    const allowed = async () => data<{ allowed: boolean }>(await s.post("is-action-allowed", { userId: bob, action: "read", resource: "books" })).allowed;
    expect(await allowed()).toBe(false);
    s.now += HOUR;
    expect(await allowed()).toBe(true);
  });
});

describe("assigning a role again", () => {
  it("replaces the window: a future enableTime takes the role away until then, and assignRoleBatch makes it permanent", async () => {
    const { s, bob } = await withReaderRole();
    const targets = [{ targetType: "USER", targetIdentifier: bob }];
    await s.post("assign-role", { code: "temp", targets });
    expect(await roleView(s, bob)).toEqual({ roles: ["temp"], allowed: true, hasAny: true, members: [bob] });
    await s.post("assign-role", { code: "temp", enableTime: s.now + HOUR, endTime: s.now + 2 * HOUR, targets });
    expect(await roleView(s, bob)).toEqual({ roles: [], allowed: false, hasAny: false, members: [] });
    s.now += HOUR;
    expect(await roleView(s, bob)).toEqual({ roles: ["temp"], allowed: true, hasAny: true, members: [bob] });
    await s.post("assign-role-batch", { roles: [{ code: "temp" }], targets });
    s.now += 24 * HOUR;
    expect(await roleView(s, bob)).toEqual({ roles: ["temp"], allowed: true, hasAny: true, members: [bob] });
  });

  it("refuses an enableTime after the endTime with 400 naming both, and keeps the earlier assignment", async () => {
    const { s, bob } = await withReaderRole();
    const targets = [{ targetType: "USER", targetIdentifier: bob }];
    await s.post("assign-role", { code: "temp", targets });
    const refused = await s.post("assign-role", { code: "temp", enableTime: s.now + 2 * HOUR, endTime: s.now + HOUR, targets });
    expect(refused).toMatchObject({ statusCode: 400, message: expect.stringMatching(/enableTime.*endTime/) });
    expect(await roleView(s, bob)).toEqual({ roles: ["temp"], allowed: true, hasAny: true, members: [bob] });
  });
});

describe("hasAnyRole", () => {
  it("does not count a disabled role, which grants nothing", async () => {
    const { s, bob } = await withReaderRole();
    await s.post("assign-role", { code: "temp", targets: [{ targetType: "USER", targetIdentifier: bob }] });
    await s.post("update-role", { code: "temp", newCode: "temp", name: "temp", status: "DISABLE" });
    const hasAny = data<{ hasAnyRole: boolean }>(await s.post("has-any-role", { userId: bob, roles: [{ code: "temp" }] }));
    expect(hasAny.hasAnyRole).toBe(false);
    const allowed = data<{ allowed: boolean }>(await s.post("is-action-allowed", { userId: bob, action: "read", resource: "books" }));
    expect(allowed.allowed).toBe(false);
  });
});
