// Identifiers that must be unique, over HTTP: users' externalId and applications' appIdentifier.
import { describe, expect, it } from "vitest";
import { data, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

describe("externalId", () => {
  it("is refused with 409 when another user has it, on create, update and within a batch", async () => {
    const s = await start();
    const ann = await s.createUser({ username: "ann", externalId: "E1" });
    const bob = await s.createUser({ username: "bob", externalId: "E2" });
    expect(await s.post("create-user", { username: "ann2", externalId: "E1" })).toMatchObject({
      statusCode: 409,
      message: expect.stringContaining("externalId"),
    });
    expect(await s.post("update-user", { userId: bob, externalId: "E1" })).toMatchObject({ statusCode: 409 });
    // A user keeps their own.
    expect(await s.post("update-user", { userId: ann, externalId: "E1" })).toMatchObject({ statusCode: 200 });
    const twins = await s.post("create-users-batch", {
      list: [
        { username: "c1", externalId: "E3" },
        { username: "c2", externalId: "E3" },
      ],
    });
    expect(twins).toMatchObject({ statusCode: 409, message: expect.stringContaining("list[1].externalId") });
  });

  it("an empty one is no one's: users created or updated with it, also within a batch, never conflict", async () => {
    const s = await start();
    await s.createUser({ username: "ann", externalId: "" });
    const bob = await s.createUser({ username: "bob", externalId: "" });
    expect(await s.post("update-user", { userId: bob, externalId: "" })).toMatchObject({ statusCode: 200 });
    const batch = await s.post("create-users-batch", {
      list: [
        { username: "c1", externalId: "" },
        { username: "c2", externalId: "" },
      ],
    });
    expect(batch).toMatchObject({ statusCode: 200 });
    const updated = await s.post("update-user-batch", {
      list: [
        { userId: bob, externalId: "" },
        { userId: data<{ userId: string }[]>(batch)[0]?.userId, externalId: "" },
      ],
    });
    expect(updated).toMatchObject({ statusCode: 200 });
    expect(data<{ exists: boolean }>(await s.post("is-user-exists", { externalId: "" })).exists).toBe(false);
  });

  it("an empty one finds no one: getUser, getUserBatch and deleteUsersBatch by external_id answer 404", async () => {
    const s = await start({ fixtures: { users: [] } });
    await s.createUser({ username: "ann", externalId: "" });
    expect(await s.get("get-user", { userId: "", userIdType: "external_id" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await s.get("get-user-batch", { userIds: [""], userIdType: "external_id" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await s.post("delete-users-batch", { userIds: [""], options: { userIdType: "external_id" } })).toMatchObject({ statusCode: 404 });
    expect(data<{ totalCount: number }>(await s.post("list-users", {})).totalCount).toBe(1);
  });
});

describe("appIdentifier", () => {
  it("is refused with 409 and apiCode 2039 when another application has it", async () => {
    const s = await start();
    const first = data<{ appId: string }>(await s.post("create-application", { appName: "A", appIdentifier: "portal" }));
    expect(await s.post("create-application", { appName: "B", appIdentifier: "Portal" })).toMatchObject({ statusCode: 409, apiCode: 2039 });
    const second = data<{ appId: string }>(await s.post("create-application", { appName: "B", appIdentifier: "shop" }));
    expect(await s.post("update-application", { appId: second.appId, appIdentifier: "portal" })).toMatchObject({ statusCode: 409, apiCode: 2039 });
    expect(await s.post("update-application", { appId: first.appId, appIdentifier: "portal" })).toMatchObject({ statusCode: 200 });
  });
});
