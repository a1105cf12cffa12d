// createUser and updateUser refuse over HTTP what sign-up and updatePassword refuse: a malformed
// email or phone, an empty username or password, and a user with nothing to find them by.
import { describe, expect, it } from "vitest";
import { sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

describe("user writes refuse bad credentials with 400", () => {
  it("createUser and createUsersBatch refuse a malformed email or phone, an empty username or password, and no identifier", async () => {
    const s = await start();
    const refused = async (input: Record<string, unknown>, field: string) =>
      expect(await s.post("create-user", input)).toMatchObject({ statusCode: 400, message: expect.stringContaining(field) });
    await refused({ email: "nope" }, "email");
    await refused({ phone: "call-me" }, "phone");
    await refused({ username: "" }, "username");
    await refused({ username: "ann", password: "" }, "password must not be empty");
    await refused({ name: "Nobody" }, "needs a username, email, phone or externalId");
    expect(await s.post("create-users-batch", { list: [{ username: "ok" }, { email: "nope" }] })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("list[1].email"),
    });
    expect(await s.post("list-users", {})).toMatchObject({ data: { totalCount: 1 } });
  });

  it("updateUser refuses an empty password and keeps the old one", async () => {
    const s = await start();
    const bob = await s.createUser({ username: "bob", password: "pw-123456" });
    expect(await s.post("update-user", { userId: bob, password: "" })).toMatchObject({ statusCode: 400, message: "password must not be empty" });
    expect(await s.post("update-user", { userId: bob, email: "bob-at-example" })).toMatchObject({ statusCode: 400 });
    expect(await s.post("update-user-batch", { list: [{ userId: bob, username: "" }] })).toMatchObject({
      statusCode: 400,
      message: "list[0].username must not be empty",
    });
    expect(await s.signIn("bob", "pw-123456")).toMatchObject({ statusCode: 200 });
  });
});
