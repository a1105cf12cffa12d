// The Management API's stateful resources over HTTP, signed with the official algorithm: users
// (paging, filters, batches), roles, groups, organizations and departments (the tree), applications,
// resources and permissions — and their consistency with the Authentication API.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_FIXTURES, startMockServer, type MockServer } from "../src/index.js";
import { signedRequest, type SignedRequest } from "./helpers/signed-request.js";

/** The default app's credentials, as a sign-in sends them (client_secret_post). */
const DEFAULT_CLIENT = { client_id: DEFAULT_FIXTURES.apps[0]!.appId, client_secret: DEFAULT_FIXTURES.apps[0]!.appSecret };

let server: MockServer;
beforeEach(async () => {
  await server?.close();
  server = await startMockServer();
});
afterAll(() => server.close());

type Answer = Awaited<ReturnType<typeof signedRequest>>["body"];
async function call(method: SignedRequest["method"], path: string, input?: Record<string, unknown>): Promise<Answer> {
  const request: SignedRequest = method === "GET" ? { method, path, query: input as SignedRequest["query"] } : { method, path, body: input ?? {} };
  const { status, body } = await signedRequest(server.url, request);
  expect(status).toBe(200);
  // Every answer passed the mock's own response check: no 500 "mock server bug".
  expect(body.statusCode, JSON.stringify(body)).not.toBe(500);
  return body;
}
const post = (path: string, body: Record<string, unknown>) => call("POST", `/api/v3/${path}`, body);
const get = (path: string, query: Record<string, unknown>) => call("GET", `/api/v3/${path}`, query);
const data = <T>(answer: Answer) => answer.data as T;

async function createUsers(count: number, prefix = "user"): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const created = await post("create-user", {
      username: `${prefix}-${i}`,
      email: `${prefix}-${i}@example.com`,
      password: "Passw0rd!",
      name: `${prefix} ${i}`,
    });
    expect(created.statusCode).toBe(200);
    ids.push(data<{ userId: string }>(created).userId);
  }
  return ids;
}

describe("users", () => {
  it("lists with paging, keywords and advanced filters, over the fixtures' users too", async () => {
    await createUsers(12);
    const first = data<{ totalCount: number; list: { username: string }[] }>(await post("list-users", { options: { pagination: { page: 1, limit: 5 } } }));
    expect(first.totalCount).toBe(13);
    expect(first.list.map((user) => user.username)).toEqual(["mock-user", "user-1", "user-2", "user-3", "user-4"]);
    const third = data<{ list: unknown[] }>(await post("list-users", { options: { pagination: { page: 3, limit: 5 } } }));
    expect(third.list).toHaveLength(3);
    const byKeyword = data<{ list: { username: string }[] }>(await post("list-users", { keywords: "user-1", options: { fuzzySearchOn: ["username"] } }));
    expect(byKeyword.list.map((user) => user.username)).toEqual(["user-1", "user-10", "user-11", "user-12"]);
    const filtered = data<{ list: { username: string }[] }>(
      await post("list-users", { advancedFilter: [{ field: "email", operator: "EQUAL", value: "user-7@example.com" }] }),
    );
    expect(filtered.list.map((user) => user.username)).toEqual(["user-7"]);
    const legacy = data<{ totalCount: number; list: unknown[] }>(await get("list-users", { page: 2, limit: 10 }));
    expect(legacy).toMatchObject({ totalCount: 13 });
    expect(legacy.list).toHaveLength(3);
  });

  it("refuses a taken username, email or phone, naming the field", async () => {
    const taken = await post("create-user", { email: "mock-user@example.com" });
    expect(taken).toMatchObject({ statusCode: 409, message: expect.stringMatching(/^email "mock-user@example.com" belongs to another user/) });
    expect(await get("get-user", { userId: "nobody" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
  });

  it("creates, updates and deletes in batches, and reads users by another identifier", async () => {
    const created = await post("create-users-batch", {
      list: [
        { username: "b-1", phone: "13900000001" },
        { username: "b-2", externalId: "ext-2" },
      ],
    });
    const [one, two] = data<{ userId: string }[]>(created);
    expect(await get("get-user", { userId: "13900000001", userIdType: "phone" })).toMatchObject({ data: { userId: one?.userId } });
    expect(await get("get-user", { userId: "ext-2", userIdType: "external_id" })).toMatchObject({ data: { userId: two?.userId } });
    const updated = await post("update-user-batch", {
      list: [
        { userId: one?.userId, nickname: "One" },
        { userId: two?.userId, status: "Suspended" },
      ],
    });
    expect(data<{ nickname?: string; status: string }[]>(updated).map((user) => [user.nickname, user.status])).toEqual([
      ["One", "Activated"],
      [undefined, "Suspended"],
    ]);
    expect(data<{ exists: boolean }>(await post("is-user-exists", { username: "b-2" })).exists).toBe(true);
    await post("delete-users-batch", { userIds: ["b-1", "b-2"], options: { userIdType: "username" } });
    expect(data<{ exists: boolean }>(await post("is-user-exists", { username: "b-2" })).exists).toBe(false);
  });

  it("a user created through management signs in through the Authentication API, and a user who signed up is managed", async () => {
    await createUsers(1, "ann");
    const signIn = await fetch(`${server.url}/api/v3/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
      body: JSON.stringify({ connection: "PASSWORD", passwordPayload: { username: "ann-1", password: "Passw0rd!" }, ...DEFAULT_CLIENT }),
    });
    expect(await signIn.json()).toMatchObject({ statusCode: 200, data: { token_type: "Bearer" } });
    // The sign-in shows in the user as the Management API reads it.
    expect(data<{ loginsCount: number; lastLoginApp: string }>(await get("get-user", { userId: "ann-1", userIdType: "username" }))).toMatchObject({
      loginsCount: 1,
      lastLoginApp: "genauth-mock-app",
    });
  });

  it("a user the Management API suspends cannot sign in until it is activated again", async () => {
    const [userId] = await createUsers(1, "sue");
    const signIn = async () =>
      (
        await fetch(`${server.url}/api/v3/signin`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
          body: JSON.stringify({ connection: "PASSWORD", passwordPayload: { username: "sue-1", password: "Passw0rd!" }, ...DEFAULT_CLIENT }),
        })
      ).json();
    await post("update-user", { userId, status: "Suspended" });
    expect(await signIn()).toMatchObject({ statusCode: 403, apiCode: 2005 });
    await post("update-user", { userId, status: "Activated" });
    expect(await signIn()).toMatchObject({ statusCode: 200 });
  });
});

describe("roles", () => {
  it("assigns and revokes users, lists a user's roles and a role's members, and refuses unknown roles and users", async () => {
    const [ann, bob] = await createUsers(2);
    expect(await post("create-role", { code: "admin", name: "Admin" })).toMatchObject({
      statusCode: 200,
      data: { code: "admin", namespace: "default", namespaceName: "Default" },
    });
    expect(await post("create-role", { code: "admin" })).toMatchObject({ statusCode: 409 });
    await post("create-roles-batch", { list: [{ code: "viewer" }, { code: "auditor", namespace: "billing" }] });
    await post("assign-role", { code: "admin", targets: [{ targetType: "USER", targetIdentifier: ann }] });
    await post("assign-role-batch", {
      roles: [{ code: "viewer" }, { code: "auditor", namespace: "billing" }],
      targets: [
        { targetType: "USER", targetIdentifier: ann },
        { targetType: "USER", targetIdentifier: bob },
      ],
    });
    const annRoles = data<{ totalCount: number; list: { code: string }[] }>(await get("get-user-roles", { userId: ann as string }));
    // No namespace reads the default permission space, as the document says for getUserRoles.
    expect(annRoles.list.map((role) => role.code)).toEqual(["admin", "viewer"]);
    expect(
      data<{ list: { code: string }[] }>(await get("get-user-roles", { userId: ann as string, namespace: "billing" })).list.map((role) => role.code),
    ).toEqual(["auditor"]);
    const members = data<{ totalCount: number; list: { userId: string }[] }>(await get("list-role-members", { code: "viewer" }));
    expect(members.list.map((user) => user.userId)).toEqual([ann, bob]);
    await post("revoke-role", { code: "viewer", targets: [{ targetType: "USER", targetIdentifier: ann }] });
    expect(data<{ totalCount: number }>(await get("list-role-members", { code: "viewer" })).totalCount).toBe(1);
    expect(data<{ hasAnyRole: boolean }>(await post("has-any-role", { userId: ann, roles: [{ code: "viewer" }, { code: "admin" }] })).hasAnyRole).toBe(true);
    expect(await post("assign-role", { code: "ghost", targets: [{ targetType: "USER", targetIdentifier: ann }] })).toMatchObject({
      statusCode: 404,
      message: expect.stringContaining("createRole"),
    });
    expect(await post("assign-role", { code: "admin", targets: [{ targetType: "USER", targetIdentifier: "ghost-user" }] })).toMatchObject({ statusCode: 404 });
    await post("update-role", { code: "admin", newCode: "administrator", name: "Administrator" });
    expect(await get("get-role", { code: "administrator" })).toMatchObject({ data: { name: "Administrator" } });
    await post("delete-roles-batch", { codeList: ["administrator"] });
    expect(
      data<{ list: { code: string }[] }>(await get("get-user-roles", { userId: ann as string, namespace: "billing" })).list.map((role) => role.code),
    ).toEqual(["auditor"]);
    expect(data<{ totalCount: number }>(await get("list-roles", { namespace: "default" })).totalCount).toBe(1);
  });
});

describe("groups", () => {
  it("adds and removes members and lists a user's groups", async () => {
    const [ann, bob] = await createUsers(2);
    await post("create-group", { code: "devs", name: "Developers", description: "Builds", type: "static" });
    await post("add-group-members", { code: "devs", userIds: [ann, bob] });
    expect(data<{ members: unknown[] }>(await get("get-group", { code: "devs" })).members).toHaveLength(2);
    await post("remove-group-members", { code: "devs", userIds: [bob] });
    expect(data<{ list: { userId: string }[] }>(await get("list-group-members", { code: "devs" })).list.map((user) => user.userId)).toEqual([ann]);
    expect(data<{ list: { code: string }[] }>(await get("get-user-groups", { userId: ann as string })).list.map((group) => group.code)).toEqual(["devs"]);
    await post("delete-groups-batch", { codeList: ["devs"] });
    expect(await get("get-group", { code: "devs" })).toMatchObject({ statusCode: 404 });
  });
});

describe("organizations and departments", () => {
  it("builds a tree, moves members through it, and removes a subtree", async () => {
    const [ann, bob] = await createUsers(2);
    const organization = data<{ departmentId: string }>(
      await post("create-organization", { organizationCode: "acme", organizationName: "Acme", metadata: {} }),
    );
    const engineering = data<{ departmentId: string; parentDepartmentId: string }>(
      await post("create-department", { organizationCode: "acme", name: "Engineering", parentDepartmentId: "root", code: "eng", metadata: {} }),
    );
    expect(engineering.parentDepartmentId).toBe(organization.departmentId);
    const platform = data<{ departmentId: string }>(
      await post("create-department", { organizationCode: "acme", name: "Platform", parentDepartmentId: engineering.departmentId, metadata: {} }),
    );
    await post("add-department-members", { organizationCode: "acme", departmentId: engineering.departmentId, userIds: [ann] });
    await post("add-department-members", { organizationCode: "acme", departmentId: "eng", departmentIdType: "code", userIds: [bob] });
    await post("add-department-members", { organizationCode: "acme", departmentId: platform.departmentId, userIds: [bob] });

    const children = data<{ list: { name: string; hasChildren: boolean }[] }>(
      await get("list-children-departments", { organizationCode: "acme", departmentId: "root" }),
    );
    expect(children.list).toEqual([expect.objectContaining({ name: "Engineering", hasChildren: true })]);
    expect(data<{ list: { name: string }[] }>(await get("get-all-departments", { organizationCode: "acme" })).list.map((d) => d.name)).toEqual([
      "Engineering",
      "Platform",
    ]);
    expect(data<{ name: string }>(await get("get-parent-department", { organizationCode: "acme", departmentId: platform.departmentId })).name).toBe(
      "Engineering",
    );
    expect(
      data<{ totalCount: number }>(await get("list-department-members", { organizationCode: "acme", departmentId: engineering.departmentId })).totalCount,
    ).toBe(2);
    expect(
      data<{ totalCount: number }>(await get("list-department-members", { organizationCode: "acme", departmentId: "root", includeChildrenDepartments: true }))
        .totalCount,
    ).toBe(2);
    expect(
      data<{ inDepartment: boolean }>(
        await get("is-user-in-department", { userId: ann as string, organizationCode: "acme", departmentId: platform.departmentId }),
      ).inDepartment,
    ).toBe(false);
    const bobDepartments = data<{ list: { name: string; departmentNamePath: string[] }[] }>(
      await get("get-user-departments", { userId: bob as string, withDepartmentPaths: true, sortBy: "DepartmentCreatedAt", orderBy: "Asc" }),
    );
    expect(bobDepartments.list.map((d) => d.departmentNamePath)).toEqual([
      ["Acme", "Engineering"],
      ["Acme", "Engineering", "Platform"],
    ]);
    expect(data<{ departmentIds: string[] }>(await get("get-user", { userId: bob as string, withDepartmentIds: true })).departmentIds).toEqual([
      engineering.departmentId,
      platform.departmentId,
    ]);
    expect(data<{ membersCount: number; hasChildren: boolean }>(await get("get-organization", { organizationCode: "acme" }))).toMatchObject({
      membersCount: 2,
      hasChildren: true,
    });

    expect(
      await post("update-department", {
        organizationCode: "acme",
        departmentId: engineering.departmentId,
        parentDepartmentId: platform.departmentId,
        metadata: {},
      }),
    ).toMatchObject({ statusCode: 400 });
    await post("delete-department", { organizationCode: "acme", departmentId: engineering.departmentId });
    expect(await get("get-department", { organizationCode: "acme", departmentId: platform.departmentId })).toMatchObject({ statusCode: 404 });
    expect(data<{ totalCount: number }>(await get("get-user-departments", { userId: bob as string })).totalCount).toBe(0);
    await post("delete-organization", { organizationCode: "acme" });
    expect(await get("get-organization", { organizationCode: "acme" })).toMatchObject({ statusCode: 404 });
  });
});

describe("refused and mirrored updates", () => {
  it("a refused role update changes nothing; a department code stays unique; an organization's root follows its renames", async () => {
    await post("create-role", { code: "admin", name: "Admin" });
    expect(await post("update-role", { code: "admin", newCode: "renamed", name: "Renamed", disableTime: "not a time" })).toMatchObject({ statusCode: 400 });
    expect(await get("get-role", { code: "admin" })).toMatchObject({ statusCode: 200, data: { name: "Admin" } });
    expect(await get("get-role", { code: "renamed" })).toMatchObject({ statusCode: 404 });

    await post("create-organization", { organizationCode: "acme", organizationName: "Acme", metadata: {} });
    await post("create-department", { organizationCode: "acme", name: "Engineering", parentDepartmentId: "root", code: "eng", metadata: {} });
    const sales = data<{ departmentId: string }>(
      await post("create-department", { organizationCode: "acme", name: "Sales", parentDepartmentId: "root", code: "sales", metadata: {} }),
    );
    expect(await post("update-department", { organizationCode: "acme", departmentId: sales.departmentId, code: "eng", metadata: {} })).toMatchObject({
      statusCode: 409,
    });

    await post("update-organization", { organizationCode: "acme", organizationNewCode: "acme-2", organizationName: "Acme Two" });
    const root = await get("get-department", { organizationCode: "acme-2", departmentId: "acme-2", departmentIdType: "code" });
    expect(root).toMatchObject({ statusCode: 200, data: { name: "Acme Two" } });
  });
});

describe("applications", () => {
  it("creates an application the Authentication API accepts, and deletes it", async () => {
    const created = data<{ appId: string; appName: string }>(await post("create-application", { appName: "Shop", appType: "web" }));
    expect(created.appName).toBe("Shop");
    const secret = data<{ secret: string }>(await get("get-application-secret", { appId: created.appId })).secret;
    expect(server.state.fixtures.apps.find((app) => app.appId === created.appId)?.appSecret).toBe(secret);
    const listed = data<{ list: { appId: string }[] }>(await get("list-applications", {}));
    expect(listed.list.map((app) => app.appId)).toEqual(["genauth-mock-app", created.appId]);
    const signInTo = (appId: string) =>
      fetch(`${server.url}/api/v3/signin`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": appId },
        body: JSON.stringify({
          connection: "PASSWORD",
          passwordPayload: { username: "mock-user", password: "Mock-Passw0rd" },
          client_id: appId,
          client_secret: secret,
        }),
      }).then((response) => response.json());
    expect(await signInTo(created.appId)).toMatchObject({ statusCode: 200 });
    await post("delete-application", { appId: created.appId });
    expect(await signInTo(created.appId)).toMatchObject({ statusCode: 404, apiCode: 2011 });
  });
});

describe("resources and permissions", () => {
  it("authorizes users, roles, groups and departments, and checks actions", async () => {
    const [ann, bob, cy] = await createUsers(3);
    await post("create-resource", {
      code: "books",
      type: "DATA",
      actions: [
        { name: "read", description: "Read" },
        { name: "write", description: "Write" },
      ],
    });
    await post("create-resource", { code: "orders", type: "API", apiIdentifier: "https://api.example.com/orders" });
    await post("create-role", { code: "librarian" });
    await post("assign-role", { code: "librarian", targets: [{ targetType: "USER", targetIdentifier: bob }] });
    await post("create-group", { code: "ops", name: "Ops", description: "", type: "static" });
    await post("add-group-members", { code: "ops", userIds: [cy] });
    await post("authorize-resources", {
      list: [
        { targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "books", actions: ["read"], resourceType: "DATA" }] },
        { targetType: "ROLE", targetIdentifiers: ["librarian"], resources: [{ code: "books", actions: ["read", "write"], resourceType: "DATA" }] },
        { targetType: "GROUP", targetIdentifiers: ["ops"], resources: [{ code: "orders", actions: ["*"], resourceType: "API" }] },
      ],
    });
    const allowed = async (userId: string | undefined, action: string, resource: string) =>
      data<{ allowed: boolean }>(await post("is-action-allowed", { userId, action, resource })).allowed;
    expect(await allowed(ann, "read", "books")).toBe(true);
    expect(await allowed(ann, "write", "books")).toBe(false);
    expect(await allowed(bob, "write", "books:42")).toBe(true);
    expect(await allowed(cy, "delete", "orders")).toBe(true);
    expect(await allowed(cy, "read", "books")).toBe(false);
    const bobs = data<{ list: { resourceCode: string; actions: string[] }[] }>(await get("get-user-authorized-resources", { userId: bob as string }));
    expect(bobs.list).toEqual([expect.objectContaining({ resourceCode: "books", actions: ["read", "write"] })]);
    const roleGrants = data<{ list: { resourceCode: string }[] }>(await get("get-role-authorized-resources", { code: "librarian" }));
    expect(roleGrants.list.map((grant) => grant.resourceCode)).toEqual(["books"]);
    expect(data<{ totalCount: number }>(await get("get-authorized-resources", { targetType: "USER", targetIdentifier: ann as string })).totalCount).toBe(1);
    expect(
      await post("authorize-resources", {
        list: [{ targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "nothing", actions: ["read"], resourceType: "DATA" }] }],
      }),
    ).toMatchObject({
      statusCode: 404,
      message: expect.stringContaining("createResource"),
    });
    await post("revoke-role", { code: "librarian", targets: [{ targetType: "USER", targetIdentifier: bob }] });
    expect(await allowed(bob, "read", "books")).toBe(false);
    await post("delete-resource", { code: "books" });
    expect(await allowed(ann, "read", "books")).toBe(false);
    expect(data<{ totalCount: number; list: { code: string }[] }>(await get("list-resources", {})).list.map((resource) => resource.code)).toEqual(["orders"]);
  });
});
