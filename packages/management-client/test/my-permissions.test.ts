// A signed-in user's own roles, groups, departments and permissions, read through
// AuthenticationClient after an administrator granted them through ManagementClient, against one
// mock server: both APIs answer from the same state, and agree with each other.
import { AuthenticationClient } from "@genauth/authentication-client";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManagementClient } from "../src/index.js";
import { MOCK_APP, mockAdmin, signedIn } from "./helpers/mock-clients.js";

const USER_ID = "mock-user-1";

/** The server's clock: the real time at start (requests are signed with it), moved by the tests. */
let now = Date.now();
let server: MockServer;
let admin: ManagementClient;
/** AuthenticationClient signed in as the fixture user `mock-user` (`mock-user-1`). */
let me: AuthenticationClient;

beforeEach(async () => {
  now = Date.now();
  server = await startMockServer({ clock: () => now });
  admin = mockAdmin(server);
  me = await signedIn(server, "mock-user", "Mock-Passw0rd");
});
afterEach(() => server.close());

/** Fails the test on a management answer other than 200, naming it. */
function succeeded<T extends { statusCode: number }>(answer: T): T {
  expect(answer.statusCode, JSON.stringify(answer)).toBe(200);
  return answer;
}

async function createBooks(namespace?: string): Promise<void> {
  const actions = ["read", "write", "delete"].map((name) => ({ name, description: `${name}s books` }));
  succeeded(await admin.createResource({ code: "books", type: "DATA", actions, description: "The library", ...(namespace ? { namespace } : {}) }));
}

async function grant(
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT",
  targetIdentifier: string,
  code: string,
  actions: string[],
  namespace?: string,
  resourceType: "DATA" | "API" = "DATA",
) {
  succeeded(
    await admin.authorizeResources({
      list: [{ targetType, targetIdentifiers: [targetIdentifier], resources: [{ code, resourceType, actions }] }],
      ...(namespace ? { namespace } : {}),
    }),
  );
}

/** `enabled` of each result of a string-resource check, in order. */
async function checks(client: AuthenticationClient, resources: string[], action: string): Promise<boolean[]> {
  const answer = succeeded(await client.checkPermissionByStringResource({ resources, action }));
  return answer.data.checkResultList.map((result) => result.enabled);
}

/** What the Management API's `isActionAllowed` says, for the same question. */
async function allowedByManagement(resource: string, action: string, userId = USER_ID): Promise<boolean> {
  return succeeded(await admin.isActionAllowed({ userId, resource, action })).data.allowed;
}

describe("getRoleList", () => {
  it("lists the roles assigned to the user, per namespace, until they are revoked", async () => {
    expect(succeeded(await me.getRoleList()).data).toEqual([]);
    succeeded(await admin.createRole({ code: "admin", name: "Administrator", description: "Runs the pool" }));
    succeeded(await admin.createRole({ code: "clerk", namespace: "shop" }));
    succeeded(await admin.createRole({ code: "unused" }));
    for (const code of ["admin", "clerk"]) {
      succeeded(
        await admin.assignRole({ code, namespace: code === "clerk" ? "shop" : undefined, targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }),
      );
    }

    const roles = succeeded(await me.getRoleList()).data;
    expect(roles).toEqual([
      expect.objectContaining({
        code: "admin",
        name: "Administrator",
        description: "Runs the pool",
        namespace: "default",
        namespaceName: "Default",
        status: "ENABLE",
      }),
    ]);
    expect(roles).toEqual(succeeded(await admin.getUserRoles({ userId: USER_ID })).data.list);
    expect(succeeded(await me.getRoleList({ namespace: "shop" })).data.map((role) => role.code)).toEqual(["clerk"]);

    succeeded(await admin.updateRole({ code: "admin", newCode: "admin", name: "Administrator", status: "DISABLE" }));
    expect(succeeded(await me.getRoleList()).data).toEqual([expect.objectContaining({ code: "admin", status: "DISABLE" })]);

    succeeded(await admin.revokeRole({ code: "admin", targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }));
    expect(succeeded(await me.getRoleList()).data).toEqual([]);
    expect(succeeded(await me.getRoleList({ namespace: "shop" })).data.map((role) => role.code)).toEqual(["clerk"]);
  });
});

describe("getGroupList", () => {
  it("lists the groups the user is a member of, until removed", async () => {
    for (const code of ["devs", "ops"]) succeeded(await admin.createGroup({ code, name: code.toUpperCase(), description: `The ${code}`, type: "static" }));
    succeeded(await admin.addGroupMembers({ code: "ops", userIds: [USER_ID] }));

    const groups = succeeded(await me.getGroupList()).data;
    expect(groups).toEqual([expect.objectContaining({ code: "ops", name: "OPS", description: "The ops", type: "static" })]);
    expect(groups).toEqual(succeeded(await admin.getUserGroups({ userId: USER_ID })).data.list);

    succeeded(await admin.removeGroupMembers({ code: "ops", userIds: [USER_ID] }));
    expect(succeeded(await me.getGroupList()).data).toEqual([]);
  });
});

describe("getDepartmentList", () => {
  /** Creates organization `acme` with departments `Sales`, `Engineering`, `Audit`, and the user joining Engineering, Audit, then Sales, a second apart. */
  async function joinThree(): Promise<Record<string, string>> {
    succeeded(await admin.createOrganization({ organizationCode: "acme", organizationName: "Acme", metadata: {} }));
    const ids: Record<string, string> = {};
    for (const [name, code] of [
      ["Sales", "s"],
      ["Engineering", "e"],
      ["Audit", "a"],
    ] as const) {
      const created = succeeded(await admin.createDepartment({ organizationCode: "acme", name, code, parentDepartmentId: "root", metadata: {} }));
      ids[name] = created.data.departmentId;
    }
    for (const name of ["Engineering", "Audit", "Sales"]) {
      now += 1000;
      succeeded(await admin.addDepartmentMembers({ organizationCode: "acme", departmentId: ids[name] as string, userIds: [USER_ID] }));
    }
    return ids;
  }
  const names = (page: { list: { name: string }[] }) => page.list.map((department) => department.name);

  it("pages through the user's departments, the one joined last first, as getUserDepartments does", async () => {
    expect(succeeded(await me.getDepartmentList()).data).toEqual({ totalCount: 0, list: [] });
    const ids = await joinThree();

    const first = succeeded(await me.getDepartmentList()).data;
    expect(first.totalCount).toBe(3);
    expect(names(first)).toEqual(["Sales", "Audit", "Engineering"]);
    expect(first.list[0]).toMatchObject({ organizationCode: "acme", departmentId: ids.Sales, code: "s", isRoot: false, isLeader: false, isVirtualNode: false });
    // The main department is the first the user is a member of, however the list is sorted.
    expect(first.list.filter((department) => department.isMainDepartment).map((department) => department.name)).toEqual(["Sales"]);
    expect(first).toEqual(succeeded(await admin.getUserDepartments({ userId: USER_ID })).data);

    const second = succeeded(await me.getDepartmentList({ page: 2, limit: 2 })).data;
    expect(second.totalCount).toBe(3);
    expect(names(second)).toEqual(["Engineering"]);
    expect(names(succeeded(await me.getDepartmentList({ page: 1, limit: 2 })).data)).toEqual(["Sales", "Audit"]);
    expect(names(succeeded(await me.getDepartmentList({ page: 3, limit: 2 })).data)).toEqual([]);
  });

  it("sorts by join time, creation, name or code, either way", async () => {
    await joinThree();
    const sorted = async (sortBy: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode", orderBy: "Asc" | "Desc") =>
      names(succeeded(await me.getDepartmentList({ sortBy, orderBy })).data);
    expect(await sorted("JoinDepartmentAt", "Asc")).toEqual(["Engineering", "Audit", "Sales"]);
    expect(await sorted("DepartmentName", "Asc")).toEqual(["Audit", "Engineering", "Sales"]);
    expect(await sorted("DepartmentName", "Desc")).toEqual(["Sales", "Engineering", "Audit"]);
    expect(await sorted("DepartmemtCode", "Asc")).toEqual(["Audit", "Engineering", "Sales"]);
    // Created in one instant: equal keys keep creation order.
    expect(await sorted("DepartmentCreatedAt", "Asc")).toEqual(["Sales", "Engineering", "Audit"]);
    const management = succeeded(await admin.getUserDepartments({ userId: USER_ID, sortBy: "DepartmentName", orderBy: "Asc" })).data;
    expect(names(management)).toEqual(["Audit", "Engineering", "Sales"]);
  });

  it("shows custom data when asked, and forgets a department the user left", async () => {
    const ids = await joinThree();
    expect(succeeded(await me.getDepartmentList()).data.list[0]).not.toHaveProperty("customData");
    expect(succeeded(await me.getDepartmentList({ withCustomData: true })).data.list[0]).toHaveProperty("customData", {});
    succeeded(await admin.removeDepartmentMembers({ organizationCode: "acme", departmentId: ids.Sales as string, userIds: [USER_ID] }));
    const after = succeeded(await me.getDepartmentList()).data;
    expect(names(after)).toEqual(["Audit", "Engineering"]);
    expect(after.list.find((department) => department.isMainDepartment)?.name).toBe("Engineering");
  });
});

describe("permission checks", () => {
  it("allow the granted action only, per resource", async () => {
    await createBooks();
    succeeded(await admin.createResource({ code: "films", type: "DATA", actions: [{ name: "read", description: "" }] }));
    await grant("USER", USER_ID, "books", ["read"]);

    expect(await checks(me, ["books", "films", "nothing"], "read")).toEqual([true, false, false]);
    expect(await checks(me, ["books"], "write")).toEqual([false]);
    const answer = succeeded(await me.checkPermissionByStringResource({ resources: ["books"], action: "read" }));
    expect(answer.data.checkResultList).toEqual([{ namespaceCode: "default", action: "read", resource: "books", enabled: true }]);
    for (const check of ["checkPermissionByArrayResource", "checkPermissionByTreeResource"] as const) {
      const results = succeeded(await me[check]({ resources: ["books", "books"], action: "write" })).data.checkResultList;
      expect(results.map((result) => [result.resource, result.enabled])).toEqual([
        ["books", false],
        ["books", false],
      ]);
    }
    expect(await allowedByManagement("books", "read")).toBe(true);
    expect(await allowedByManagement("books", "write")).toBe(false);
  });

  it("count the user's roles, groups and departments as isActionAllowed does, and stop when they go", async () => {
    await createBooks();
    succeeded(await admin.createRole({ code: "editor" }));
    await grant("ROLE", "editor", "books", ["write"]);
    succeeded(await admin.createGroup({ code: "auditors", name: "Auditors", description: "", type: "static" }));
    await grant("GROUP", "auditors", "books", ["delete"]);
    expect(await checks(me, ["books"], "write")).toEqual([false]);

    succeeded(await admin.assignRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }));
    succeeded(await admin.addGroupMembers({ code: "auditors", userIds: [USER_ID] }));
    expect(await checks(me, ["books"], "write")).toEqual([true]);
    expect(await checks(me, ["books"], "delete")).toEqual([true]);
    expect(await allowedByManagement("books", "write")).toBe(true);

    // A disabled role grants nothing.
    succeeded(await admin.updateRole({ code: "editor", newCode: "editor", name: "editor", status: "DISABLE" }));
    expect(await checks(me, ["books"], "write")).toEqual([false]);
    succeeded(await admin.updateRole({ code: "editor", newCode: "editor", name: "editor", status: "ENABLE" }));
    expect(await checks(me, ["books"], "write")).toEqual([true]);

    succeeded(await admin.revokeRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }));
    succeeded(await admin.removeGroupMembers({ code: "auditors", userIds: [USER_ID] }));
    expect(await checks(me, ["books"], "write")).toEqual([false]);
    expect(await checks(me, ["books"], "delete")).toEqual([false]);
    expect(await allowedByManagement("books", "write")).toBe(false);

    // A role assigned to a department the user is in counts for the checks, as for isActionAllowed,
    // though getRoleList, like getUserRoles, lists only the roles assigned to the user.
    succeeded(await admin.createOrganization({ organizationCode: "acme", organizationName: "Acme", metadata: {} }));
    const root = succeeded(await admin.getOrganization({ organizationCode: "acme" })).data.departmentId;
    succeeded(await admin.addDepartmentMembers({ organizationCode: "acme", departmentId: root, userIds: [USER_ID] }));
    succeeded(await admin.assignRole({ code: "editor", targets: [{ targetType: "DEPARTMENT", targetIdentifier: root }] }));
    expect(await checks(me, ["books"], "write")).toEqual([true]);
    expect(await allowedByManagement("books", "write")).toBe(true);
    expect(succeeded(await me.getRoleList()).data).toEqual([]);
    succeeded(await admin.removeDepartmentMembers({ organizationCode: "acme", departmentId: root, userIds: [USER_ID] }));
    expect(await checks(me, ["books"], "write")).toEqual([false]);
  });

  it("follow grants on instances and `*`, and cover a tree's nodes", async () => {
    await createBooks();
    await grant("USER", USER_ID, "books:42", ["read"]);
    expect(await checks(me, ["books:42", "books:43", "books"], "read")).toEqual([true, false, false]);
    await grant("USER", USER_ID, "books", ["*"]);
    expect(await checks(me, ["books", "books:43"], "delete")).toEqual([true, true]);
    const tree = succeeded(await me.checkPermissionByTreeResource({ resources: ["books/fiction/novels", "bookshelf/fiction"], action: "write" }));
    expect(tree.data.checkResultList.map((result) => result.enabled)).toEqual([true, false]);
  });

  it("say nothing is allowed to a user without grants", async () => {
    await createBooks();
    await grant("USER", USER_ID, "books", ["read", "write"]);
    succeeded(await admin.createUser({ username: "newcomer", password: "Newcomer-Passw0rd" }));
    const newcomer = await signedIn(server, "newcomer", "Newcomer-Passw0rd");

    expect(await checks(newcomer, ["books"], "read")).toEqual([false]);
    expect(succeeded(await newcomer.getRoleList()).data).toEqual([]);
    expect(succeeded(await newcomer.getGroupList()).data).toEqual([]);
    expect(succeeded(await newcomer.getDepartmentList()).data).toEqual({ totalCount: 0, list: [] });
    expect(succeeded(await newcomer.getAuthorizedResources()).data).toEqual({ totalCount: 0, list: [] });
    expect(succeeded(await newcomer.getUserAuthorizedResourcesList()).data).toEqual({ userPermissionList: [] });
    expect(succeeded(await newcomer.getUserAuthResourcePermissionList({ resources: ["books"] })).data).toEqual({
      permissionList: [{ namespaceCode: "default", actions: [], resource: "books" }],
    });
    expect(succeeded(await newcomer.getTenantList()).data).toEqual([]);
  });

  it("need the user's token", async () => {
    const anonymous = new AuthenticationClient({ ...MOCK_APP, appHost: server.url, maxRetries: 0 });
    expect(await anonymous.checkPermissionByStringResource({ resources: ["books"], action: "read" })).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await anonymous.getRoleList()).toMatchObject({ statusCode: 401, apiCode: 2020 });
  });
});

describe("the user's granted resources", () => {
  it("getAuthorizedResources lists them per namespace and type, as getUserAuthorizedResources does", async () => {
    await createBooks();
    succeeded(
      await admin.createResource({
        code: "orders-api",
        type: "API",
        apiIdentifier: "https://api.example.com/orders",
        actions: [{ name: "get", description: "" }],
      }),
    );
    succeeded(await admin.createResource({ code: "books", type: "DATA", namespace: "shop", actions: [{ name: "sell", description: "" }] }));
    await grant("USER", USER_ID, "books", ["read"]);
    succeeded(await admin.createRole({ code: "editor" }));
    await grant("ROLE", "editor", "books", ["write"]);
    await grant("ROLE", "editor", "orders-api", ["get"], undefined, "API");
    succeeded(await admin.assignRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }));
    await grant("USER", USER_ID, "books", ["sell"], "shop");

    const all = succeeded(await me.getAuthorizedResources()).data;
    expect(all).toEqual({
      totalCount: 2,
      list: [
        { resourceCode: "books", resourceType: "DATA", apiIdentifier: "", description: "The library", actions: ["read", "write"], effect: "ALLOW" },
        { resourceCode: "orders-api", resourceType: "API", apiIdentifier: "https://api.example.com/orders", actions: ["get"], effect: "ALLOW" },
      ],
    });
    expect(all).toEqual(succeeded(await admin.getUserAuthorizedResources({ userId: USER_ID })).data);
    expect(succeeded(await me.getAuthorizedResources({ resourceType: "API" })).data.list.map((each) => each.resourceCode)).toEqual(["orders-api"]);
    expect(succeeded(await me.getAuthorizedResources({ namespace: "shop" })).data.list).toEqual([
      expect.objectContaining({ resourceCode: "books", actions: ["sell"] }),
    ]);

    succeeded(await admin.revokeRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: USER_ID }] }));
    expect(succeeded(await me.getAuthorizedResources()).data.list).toEqual([expect.objectContaining({ resourceCode: "books", actions: ["read"] })]);
  });

  it("the data-resource reads show the grants of the app's permission space", async () => {
    await createBooks();
    await grant("USER", USER_ID, "books", ["read"]);
    await grant("USER", USER_ID, "books:42", ["write"]);

    expect(succeeded(await me.getUserAuthorizedResourcesList()).data).toEqual({
      userPermissionList: [
        {
          userId: USER_ID,
          namespaceCode: "default",
          resourceList: [
            { resourceCode: "books", resourceType: "STRING", strAuthorize: { value: "books", actions: ["read"] } },
            { resourceCode: "books:42", resourceType: "STRING", strAuthorize: { value: "books:42", actions: ["write"] } },
          ],
        },
      ],
    });
    expect(succeeded(await me.getUserAuthResourcePermissionList({ resources: ["books:42", "books", "films"] })).data.permissionList).toEqual([
      { namespaceCode: "default", actions: ["read", "write"], resource: "books:42" },
      { namespaceCode: "default", actions: ["read"], resource: "books" },
      { namespaceCode: "default", actions: [], resource: "films" },
    ]);
    expect(succeeded(await me.getUserAuthResourceStruct({ resource: "books" })).data).toEqual({
      namespaceCode: "default",
      resourceCode: "books",
      resourceType: "STRING",
      strResourceAuthAction: { value: "books", actions: ["read"] },
    });
    expect(await me.getUserAuthResourceStruct({ resource: "films" })).toMatchObject({ statusCode: 404, message: expect.stringContaining('"films"') });

    // Once the app's own permission space (coded by its ID) has a resource, the reads use it.
    await createBooks(MOCK_APP.appId);
    expect(await checks(me, ["books"], "read")).toEqual([false]);
    await grant("USER", USER_ID, "books", ["delete"], MOCK_APP.appId);
    const answer = succeeded(await me.checkPermissionByStringResource({ resources: ["books"], action: "delete" }));
    expect(answer.data.checkResultList).toEqual([{ namespaceCode: MOCK_APP.appId, action: "delete", resource: "books", enabled: true }]);
    expect(succeeded(await me.getUserAuthorizedResourcesList()).data.userPermissionList).toEqual([
      {
        userId: USER_ID,
        namespaceCode: MOCK_APP.appId,
        resourceList: [{ resourceCode: "books", resourceType: "STRING", strAuthorize: { value: "books", actions: ["delete"] } }],
      },
    ]);
  });
});
