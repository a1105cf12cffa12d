// The Management API's finer semantics over HTTP, signed with the official algorithm: batch
// conflicts, listUsers filters and sorting, permission namespaces, instance grants, generated IDs,
// department member order, renames, leaders, role status and unknown-user answers.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer, type MockServerOptions } from "../src/index.js";
import { authApi } from "./helpers/authentication-requests.js";
import { signedRequest } from "./helpers/signed-request.js";

/** The server's clock: near the real time (requests are signed with it), moved by the tests. */
let now = Date.now();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function start(options: MockServerOptions = {}): Promise<MockServer> {
  now = Date.now();
  server = await startMockServer({ clock: () => now, ...options });
  return server;
}

type Answer = Awaited<ReturnType<typeof signedRequest>>["body"];
async function call(method: "GET" | "POST", name: string, input: Record<string, unknown>): Promise<Answer> {
  const path = `/api/v3/${name}`;
  const { status, body } = await signedRequest(
    (server as MockServer).url,
    method === "GET"
      ? { method, path, query: input as never, date: new Date(now).toUTCString() }
      : { method, path, body: input, date: new Date(now).toUTCString() },
  );
  expect(status).toBe(200);
  expect(body.statusCode, JSON.stringify(body)).not.toBe(500);
  return body;
}
const post = (name: string, body: Record<string, unknown>) => call("POST", name, body);
const get = (name: string, query: Record<string, unknown>) => call("GET", name, query);
const data = <T>(answer: Answer) => answer.data as T;
type UserList = { totalCount: number; list: { userId: string; username: string }[] };
const usernames = (answer: Answer) => data<UserList>(answer).list.map((user) => user.username);

async function createUser(username: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await post("create-user", { username, ...extra });
  expect(created.statusCode, JSON.stringify(created)).toBe(200);
  return data<{ userId: string }>(created).userId;
}

describe("user batches", () => {
  it("updateUserBatch refuses two entries giving different users the same email, username or phone, and changes nothing", async () => {
    await start();
    const bob = await createUser("bob", { email: "bob@x.com" });
    const cat = await createUser("cat", { email: "cat@x.com" });
    const twinEmail = await post("update-user-batch", {
      list: [
        { userId: bob, email: "same@x.com", nickname: "B" },
        { userId: cat, email: "SAME@x.com" },
      ],
    });
    expect(twinEmail).toMatchObject({ statusCode: 409, message: expect.stringContaining("list[1].email") });
    for (const field of ["username", "phone"]) {
      const twin = await post("update-user-batch", {
        list: [
          { userId: bob, [field]: "13912345678" },
          { userId: cat, [field]: "13912345678" },
        ],
      });
      expect(twin).toMatchObject({ statusCode: 409, message: expect.stringContaining(`list[1].${field}`) });
    }
    const users = data<{ email: string; nickname?: string }[]>(await get("get-user-batch", { userIds: [bob, cat] }));
    expect(users.map((user) => [user.email, user.nickname])).toEqual([
      ["bob@x.com", undefined],
      ["cat@x.com", undefined],
    ]);
    // The same user twice is no conflict.
    expect(
      await post("update-user-batch", {
        list: [
          { userId: bob, email: "b@x.com" },
          { userId: bob, email: "b@x.com", nickname: "B" },
        ],
      }),
    ).toMatchObject({ statusCode: 200 });
  });

  it("createUsersBatch compares the entries' emails case-insensitively, as the pool does", async () => {
    await start();
    expect(await post("create-user", { email: "Alice@x.com" })).toMatchObject({ statusCode: 200 });
    expect(await post("create-user", { email: "alice@X.com" })).toMatchObject({ statusCode: 409 });
    expect(await post("create-users-batch", { list: [{ email: "Zed@x.com" }, { email: "zed@x.com" }] })).toMatchObject({
      statusCode: 409,
      message: expect.stringContaining("list[1].email"),
    });
    expect(data<{ exists: boolean }>(await post("is-user-exists", { email: "zed@x.com" })).exists).toBe(false);
  });
});

describe("listUsers", () => {
  it("evaluates every advancedFilter operator, `id`, `signedUp`, `loginsCount` and custom data fields", async () => {
    await start();
    now += 1000;
    const start0 = now;
    const ann = await createUser("ann", { nickname: "odd one", customData: { dept: "eng", level: 3 } });
    now += 60_000;
    await createUser("bob", { nickname: "even", customData: { dept: "ops", level: 7 } });
    now += 60_000;
    await createUser("cat");
    const filter = async (field: string, operator: string, value?: unknown) =>
      usernames(await post("list-users", { advancedFilter: [{ field, operator, ...(value === undefined ? {} : { value }) }] }));
    expect(await filter("id", "EQUAL", ann)).toEqual(["ann"]);
    expect(await filter("id", "NOT_EQUAL", ann)).toEqual(["mock-user", "bob", "cat"]);
    expect(await filter("username", "IN", ["bob", "cat", "nobody"])).toEqual(["bob", "cat"]);
    expect(await filter("nickname", "CONTAINS", "odd")).toEqual(["ann"]);
    expect(await filter("nickname", "NOT_CONTAINS", "odd")).toEqual(["mock-user", "bob", "cat"]);
    expect(await filter("nickname", "IS_NULL")).toEqual(["mock-user", "cat"]);
    expect(await filter("nickname", "NOT_NULL")).toEqual(["ann", "bob"]);
    expect(await filter("loginsCount", "GREATER", 1)).toEqual([]);
    expect(await filter("loginsCount", "LESSER", 0)).toEqual(["mock-user", "ann", "bob", "cat"]);
    // signedUp is the creation time: Unix milliseconds or a date, bounds included.
    expect(await filter("signedUp", "BETWEEN", [start0, start0 + 60_000])).toEqual(["ann", "bob"]);
    expect(await filter("signedUp", "GREATER", new Date(start0 + 60_000).toISOString())).toEqual(["bob", "cat"]);
    expect(await filter("signedUp", "LESSER", start0 - 1)).toEqual(["mock-user"]);
    // A field that is no user property reads customData.
    expect(await filter("dept", "EQUAL", "eng")).toEqual(["ann"]);
    expect(await filter("level", "GREATER", 5)).toEqual(["bob"]);
    expect(await filter("level", "BETWEEN", [1, 10])).toEqual(["ann", "bob"]);
  });

  it("answers 400 naming a filter it cannot evaluate, instead of matching everything", async () => {
    await start();
    await createUser("ann");
    for (const [filter, named] of [
      [{ field: "department", operator: "EQUAL", value: "x" }, "department"],
      [{ field: "username", operator: "IN", value: "ann" }, "IN"],
      [{ field: "loginsCount", operator: "GREATER", value: "many" }, "GREATER"],
      [{ field: "signedUp", operator: "BETWEEN", value: [1] }, "BETWEEN"],
    ] as const) {
      const answer = await post("list-users", { advancedFilter: [filter] });
      expect(answer, JSON.stringify(filter)).toMatchObject({ statusCode: 400, message: expect.stringContaining(named) });
    }
  });

  it("sorts by options.sort, stable, before paging", async () => {
    await start();
    for (const name of ["carol", "alice", "bob"]) {
      now += 1000;
      await createUser(name, name === "bob" ? {} : { email: `${name}@x.com` });
    }
    const sorted = (sort: unknown[], pagination?: unknown) => post("list-users", { options: { sort, ...(pagination ? { pagination } : {}) } });
    expect(usernames(await sorted([{ field: "username", order: "asc" }]))).toEqual(["alice", "bob", "carol", "mock-user"]);
    expect(usernames(await sorted([{ field: "username", order: "desc" }]))).toEqual(["mock-user", "carol", "bob", "alice"]);
    expect(usernames(await sorted([{ field: "createdAt", order: "desc" }]))).toEqual(["bob", "alice", "carol", "mock-user"]);
    expect(usernames(await sorted([{ field: "createdAt", order: "desc" }], { page: 2, limit: 2 }))).toEqual(["carol", "mock-user"]);
    // Users without the field come last; ties keep creation order.
    expect(usernames(await sorted([{ field: "email", order: "asc" }]))).toEqual(["alice", "carol", "mock-user", "bob"]);
    expect(usernames(await sorted([{ field: "status", order: "asc" }]))).toEqual(["mock-user", "carol", "alice", "bob"]);
  });
});

describe("paging and sources", () => {
  it("refuses a page size over 50, the most GenAuth serves, naming the field", async () => {
    await start();
    expect(await post("list-users", { options: { pagination: { limit: 51 } } })).toMatchObject({
      statusCode: 400,
      message: "invalid request body: options.pagination.limit must be <= 50",
    });
    expect(await get("list-roles", { limit: 100 })).toMatchObject({ statusCode: 400, message: "invalid query parameter: limit must be <= 50" });
    expect(await get("list-roles", { limit: 50 })).toMatchObject({ statusCode: 200 });
  });

  it("shows userSourceType adminCreated for users the Management API or a fixture made, register for sign-ups", async () => {
    await start();
    await createUser("made-by-admin");
    expect(
      await authApi(server as MockServer, "POST", "/api/v3/signup", {
        connection: "PASSWORD",
        passwordPayload: { username: "self-made", password: "a long passphrase" },
      }),
    ).toMatchObject({ statusCode: 200 });
    const sources = (answer: Answer) => data<{ list: { username: string; userSourceType: string }[] }>(answer).list.map((u) => [u.username, u.userSourceType]);
    expect(sources(await post("list-users", {}))).toEqual([
      ["mock-user", "adminCreated"],
      ["made-by-admin", "adminCreated"],
      ["self-made", "register"],
    ]);
    const filtered = await post("list-users", { advancedFilter: [{ field: "userSourceType", operator: "EQUAL", value: "register" }] });
    expect(sources(filtered)).toEqual([["self-made", "register"]]);
  });
});

describe("permission namespaces", () => {
  it("reads the default namespace when a permission read names none", async () => {
    await start();
    const ann = await createUser("ann");
    for (const namespace of [undefined, "app1"]) {
      const ns = namespace ? { namespace } : {};
      await post("create-resource", { code: `doc-${namespace ?? "default"}`, type: "DATA", actions: [{ name: "read", description: "" }], ...ns });
      await post("create-role", { code: "r", ...ns });
      await post("assign-role", { code: "r", targets: [{ targetType: "USER", targetIdentifier: ann }], ...ns });
      await post("create-group", { code: `g-${namespace ?? "default"}`, name: "G", description: "", type: "static" });
      await post("add-group-members", { code: `g-${namespace ?? "default"}`, userIds: [ann] });
      for (const targetType of ["USER", "GROUP"]) {
        const targetIdentifier = targetType === "USER" ? ann : `g-${namespace ?? "default"}`;
        expect(
          await post("authorize-resources", {
            list: [
              {
                targetType,
                targetIdentifiers: [targetIdentifier],
                resources: [{ code: `doc-${namespace ?? "default"}`, actions: ["read"], resourceType: "DATA" }],
              },
            ],
            ...ns,
          }),
        ).toMatchObject({ statusCode: 200 });
      }
    }
    const codes = (answer: Answer) =>
      (data<{ list: { resourceCode?: string; code?: string }[] }>(answer).list ?? []).map((each) => each.resourceCode ?? each.code);
    expect(codes(await get("get-user-authorized-resources", { userId: ann }))).toEqual(["doc-default"]);
    expect(codes(await get("get-authorized-resources", { targetType: "USER", targetIdentifier: ann }))).toEqual(["doc-default"]);
    expect(codes(await get("list-resources", {}))).toEqual(["doc-default"]);
    expect(codes(await get("list-resources", { namespace: "app1" }))).toEqual(["doc-app1"]);
    expect(data<unknown[]>(await get("get-group-authorized-resources", { code: "g-app1" }))).toEqual([]);
    expect(codes({ data: { list: data<unknown[]>(await get("get-group-authorized-resources", { code: "g-app1", namespace: "app1" })) } } as Answer)).toEqual([
      "doc-app1",
    ]);
    const roles = data<{ list: { namespace: string }[] }>(await get("get-user-roles", { userId: ann })).list;
    expect(roles.map((role) => role.namespace)).toEqual(["default"]);
  });

  it("grants on a resource instance (`books:123`): that instance only, and `resourceList` matches it with `books:*`", async () => {
    await start();
    const ann = await createUser("ann");
    await post("create-resource", { code: "books", type: "DATA", actions: [{ name: "read", description: "" }] });
    expect(
      await post("authorize-resources", {
        list: [{ targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "books:123", actions: ["read"], resourceType: "DATA" }] }],
      }),
    ).toMatchObject({ statusCode: 200 });
    const allowed = async (resource: string) => data<{ allowed: boolean }>(await post("is-action-allowed", { userId: ann, action: "read", resource })).allowed;
    expect(await allowed("books:123")).toBe(true);
    expect(await allowed("books:124")).toBe(false);
    expect(await allowed("books")).toBe(false);
    const listed = async (resourceList: string[]) =>
      data<{ list: { resourceCode: string }[] }>(await get("get-authorized-resources", { targetType: "USER", targetIdentifier: ann, resourceList })).list.map(
        (each) => each.resourceCode,
      );
    expect(await listed(["books:*"])).toEqual(["books:123"]);
    expect(await listed(["books:123"])).toEqual(["books:123"]);
    // Without a `*`, a code names itself only: not another instance, nor a resource it prefixes.
    expect(await listed(["books:12"])).toEqual([]);
    await post("create-resource", { code: "bookstore", type: "DATA", actions: [{ name: "read", description: "" }] });
    await post("authorize-resources", {
      list: [{ targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "bookstore", actions: ["read"], resourceType: "DATA" }] }],
    });
    expect(await listed(["books"])).toEqual([]);
    expect(await listed(["bookstore"])).toEqual(["bookstore"]);
    expect(await listed(["magazines:*"])).toEqual([]);
    // An instance of no resource is still refused; deleting the resource drops its instance grants.
    expect(
      await post("authorize-resources", {
        list: [{ targetType: "USER", targetIdentifiers: [ann], resources: [{ code: "magazines:1", actions: ["read"], resourceType: "DATA" }] }],
      }),
    ).toMatchObject({ statusCode: 404 });
    await post("delete-resource", { code: "books" });
    expect(await listed(["books:*"])).toEqual([]);
  });
});

describe("user IDs", () => {
  it("generates IDs that no fixture or user has", async () => {
    await start({ fixtures: { users: [{ username: "ann" }, { userId: "mock-user-1", username: "bob" }, { userId: "mock-user-3", username: "cat" }] } });
    const fixtures = (server as MockServer).state.users.all.map((user) => `${user.username}=${user.userId}`);
    expect(fixtures).toEqual(["ann=mock-user-2", "bob=mock-user-1", "cat=mock-user-3"]);
    const created = await createUser("fresh");
    expect(created).toBe("mock-user-4");
    await post("delete-users-batch", { userIds: [created] });
    expect(usernames(await post("list-users", {}))).toEqual(["ann", "bob", "cat"]);
  });

  it("refuses duplicate fixture user IDs at startup", async () => {
    await expect(
      startMockServer({
        fixtures: {
          users: [
            { userId: "u-1", username: "ann" },
            { userId: "u-1", username: "bob" },
          ],
        },
      }),
    ).rejects.toThrow(/fixtures\.users\[1\]\.userId "u-1" is already the userId of fixtures\.users\[0\]/);
  });
});

describe("departments and organizations", () => {
  it("lists department members by join time, newest first by default, or as sortBy and orderBy say", async () => {
    await start();
    const first = await createUser("first");
    const second = await createUser("second");
    await post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} });
    await post("add-department-members", { organizationCode: "o", departmentId: "root", userIds: [second] });
    now += 1000;
    await post("add-department-members", { organizationCode: "o", departmentId: "root", userIds: [first] });
    const members = (query: Record<string, unknown> = {}) => get("list-department-members", { organizationCode: "o", departmentId: "root", ...query });
    expect(usernames(await members())).toEqual(["first", "second"]);
    expect(usernames(await members({ sortBy: "JoinDepartmentAt", orderBy: "Asc" }))).toEqual(["second", "first"]);
    expect(usernames(await members({ orderBy: "Asc" }))).toEqual(["second", "first"]);
    expect(usernames(await members({ sortBy: "userId", orderBy: "Asc" }))).toEqual(["first", "second"]);
    expect(usernames(await members({ sortBy: "userId" }))).toEqual(["second", "first"]);
  });

  it("keeps a renamed role, group or organization in its place", async () => {
    await start();
    for (const code of ["a", "b", "c"]) {
      await post("create-role", { code });
      await post("create-group", { code, name: code, description: "", type: "static" });
      await post("create-organization", { organizationCode: code, organizationName: code, metadata: {} });
    }
    await post("update-role", { code: "a", newCode: "a2", name: "a2" });
    await post("update-group", { code: "a", newCode: "a2", description: "" });
    await post("update-organization", { organizationCode: "a", organizationNewCode: "a2" });
    const codes = async (name: string, key: string) => data<{ list: Record<string, string>[] }>(await get(name, {})).list.map((each) => each[key]);
    expect(await codes("list-roles", "code")).toEqual(["a2", "b", "c"]);
    expect(await codes("list-groups", "code")).toEqual(["a2", "b", "c"]);
    expect(await codes("list-organizations", "organizationCode")).toEqual(["a2", "b", "c"]);
  });

  it("drops a deleted user from leader lists, and refuses leaders that are no users", async () => {
    await start();
    const lead = await createUser("lead");
    await post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} });
    const department = data<{ departmentId: string }>(
      await post("create-department", { organizationCode: "o", name: "D", parentDepartmentId: "root", metadata: {} }),
    );
    await post("set-user-departments", { userId: lead, departments: [{ departmentId: department.departmentId, isLeader: true }] });
    await post("update-organization", { organizationCode: "o", leaderUserIds: [lead] });
    await post("delete-users-batch", { userIds: [lead] });
    const leaders = async () => [
      data<{ leaderUserIds: string[] }>(await get("get-department", { organizationCode: "o", departmentId: department.departmentId })).leaderUserIds,
      data<{ leaderUserIds: string[] }>(await get("get-organization", { organizationCode: "o" })).leaderUserIds,
    ];
    expect(await leaders()).toEqual([[], []]);
    expect(
      await post("update-department", { organizationCode: "o", departmentId: department.departmentId, leaderUserIds: ["no-such-user"], metadata: {} }),
    ).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await post("update-organization", { organizationCode: "o", leaderUserIds: ["no-such-user"] })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await leaders()).toEqual([[], []]);
  });
});

describe("role status", () => {
  it("shows a disabled role, or one past its disableTime, as DISABLE, and lets it grant nothing", async () => {
    await start();
    const ann = await createUser("ann");
    await post("create-resource", { code: "doc", type: "DATA", actions: [{ name: "read", description: "" }] });
    await post("create-role", { code: "temp", disableTime: String(now + 60_000) });
    await post("create-role", { code: "off" });
    const status = async (code: string) => data<{ status: string }>(await get("get-role", { code })).status;
    const allowed = async () => data<{ allowed: boolean }>(await post("is-action-allowed", { userId: ann, action: "read", resource: "doc" })).allowed;
    for (const code of ["temp", "off"]) {
      await post("assign-role", { code, targets: [{ targetType: "USER", targetIdentifier: ann }] });
      await post("authorize-resources", {
        list: [{ targetType: "ROLE", targetIdentifiers: [code], resources: [{ code: "doc", actions: ["read"], resourceType: "DATA" }] }],
      });
    }
    expect(await allowed()).toBe(true);
    expect(await post("update-role", { code: "off", newCode: "off", name: "off", status: "DISABLE" })).toMatchObject({ statusCode: 200 });
    expect(await status("off")).toBe("DISABLE");
    expect(await status("temp")).toBe("ENABLE");
    expect(await allowed()).toBe(true);
    now += 120_000;
    expect(await status("temp")).toBe("DISABLE");
    expect(await allowed()).toBe(false);
    expect(data<{ list: unknown[] }>(await get("get-user-authorized-resources", { userId: ann })).list).toEqual([]);
    await post("update-role", { code: "off", newCode: "off", name: "off", status: "ENABLE" });
    expect(await status("off")).toBe("ENABLE");
    expect(await allowed()).toBe(true);
  });

  it("createRolesBatch refuses a disableTime createRole refuses, creating none", async () => {
    await start();
    expect(await post("create-role", { code: "x", disableTime: "not a time" })).toMatchObject({ statusCode: 400 });
    expect(await post("create-roles-batch", { list: [{ code: "ok" }, { code: "x", disableTime: "not a time" }] })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("list[1].disableTime"),
    });
    expect(data<{ totalCount: number }>(await get("list-roles", {})).totalCount).toBe(0);
  });

  it("answers an unknown user target with apiCode 2004", async () => {
    await start();
    await post("create-role", { code: "r" });
    await post("create-resource", { code: "doc", type: "DATA", actions: [{ name: "read", description: "" }] });
    const unknown = { statusCode: 404, apiCode: 2004 };
    expect(await post("assign-role", { code: "r", targets: [{ targetType: "USER", targetIdentifier: "ghost" }] })).toMatchObject(unknown);
    expect(
      await post("authorize-resources", {
        list: [{ targetType: "USER", targetIdentifiers: ["ghost"], resources: [{ code: "doc", actions: ["read"], resourceType: "DATA" }] }],
      }),
    ).toMatchObject(unknown);
    expect(await get("get-authorized-resources", { targetType: "USER", targetIdentifier: "ghost" })).toMatchObject(unknown);
  });

  it("keeps the main department setUserDepartments marks, while the user is a member of it", async () => {
    await start();
    const ann = await createUser("ann");
    await post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} });
    const ids: string[] = [];
    for (const name of ["A", "B"]) {
      ids.push(
        data<{ departmentId: string }>(await post("create-department", { organizationCode: "o", name, parentDepartmentId: "root", metadata: {} })).departmentId,
      );
    }
    const main = async () =>
      data<{ list: { name: string; isMainDepartment: boolean }[] }>(
        await get("get-user-departments", { userId: ann, sortBy: "DepartmentName", orderBy: "Asc" }),
      ).list.map((each) => [each.name, each.isMainDepartment]);
    await post("set-user-departments", { userId: ann, departments: [{ departmentId: ids[0] }, { departmentId: ids[1], isMainDepartment: true }] });
    expect(await main()).toEqual([
      ["A", false],
      ["B", true],
    ]);
    // Out of B, the first of the user's departments is the main one again.
    await post("set-user-departments", { userId: ann, departments: [{ departmentId: ids[0] }] });
    expect(await main()).toEqual([["A", true]]);
  });

  it("getUserBatch answers a user named twice twice, as it was asked", async () => {
    await start();
    const ann = await createUser("ann");
    const users = data<{ userId: string }[]>(await get("get-user-batch", { userIds: [ann, ann] }));
    expect(users.map((user) => user.userId)).toEqual([ann, ann]);
  });
});
