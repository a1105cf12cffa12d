// createUser's and updateUser's password options over HTTP, seen by the Authentication API's
// password sign-in: required resets (apiCodes 1639 and 2058) and generated passwords.
import { describe, expect, it } from "vitest";
import { data, type ManagementSession, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

const resetFlag = async (s: ManagementSession, userId: string) =>
  data<{ resetPasswordOnNextLogin: boolean }>(await s.get("get-user", { userId })).resetPasswordOnNextLogin;

describe("required password resets", () => {
  it("resetPasswordOnFirstLogin refuses password sign-in with apiCode 1639 until the password changes", async () => {
    const s = await start();
    const userId = await s.createUser({ username: "rp", password: "pw-123456", options: { resetPasswordOnFirstLogin: true } });
    expect(await resetFlag(s, userId)).toBe(true);
    expect(await s.signIn("rp", "pw-123456")).toMatchObject({ statusCode: 403, apiCode: 1639 });
    await s.post("update-user", { userId, password: "pw-new-1" });
    expect(await resetFlag(s, userId)).toBe(false);
    expect(await s.signIn("rp", "pw-new-1")).toMatchObject({ statusCode: 200 });
  });

  it("updateUser resetPasswordOnNextLogin refuses password sign-in with apiCode 2058 until the password changes", async () => {
    const s = await start();
    const userId = await s.createUser({ username: "nl", password: "pw-123456" });
    expect(await s.signIn("nl", "pw-123456")).toMatchObject({ statusCode: 200 });
    await s.post("update-user", { userId, options: { resetPasswordOnNextLogin: true } });
    expect(await resetFlag(s, userId)).toBe(true);
    expect(await s.signIn("nl", "pw-123456")).toMatchObject({ statusCode: 403, apiCode: 2058 });
    // A wrong password still answers as a wrong password: the reset is asked only of the user.
    expect(await s.signIn("nl", "wrong")).toMatchObject({ statusCode: 403, apiCode: 2333 });
    await s.post("update-user", { userId, password: "pw-new-1" });
    expect(await s.signIn("nl", "pw-new-1")).toMatchObject({ statusCode: 200 });
  });
});

describe("autoGeneratePassword", () => {
  it("gives the user a password no answer shows, which the server's state holds", async () => {
    const s = await start();
    const created = await s.post("create-user", { username: "gen", options: { autoGeneratePassword: true } });
    const user = data<{ userId: string; passwordLastSetAt?: string }>(created);
    expect(user.passwordLastSetAt).toBeDefined();
    expect(JSON.stringify(created)).not.toMatch(/"password"/);
    const password = s.server.state.users.byId(user.userId)?.password;
    expect(password).toMatch(/^[\w-]{16}$/);
    expect(await s.signIn("gen", password as string)).toMatchObject({ statusCode: 200 });
  });
});

describe("updateUserBatch options", () => {
  it("apply to every user of the batch, as updateUser's options do", async () => {
    const s = await start();
    const ann = await s.createUser({ username: "ann", password: "pw-123456" });
    const bob = await s.createUser({ username: "bob", password: "pw-123456" });
    const reset = await s.post("update-user-batch", { list: [{ userId: ann }, { userId: bob }], options: { resetPasswordOnNextLogin: true } });
    expect(reset).toMatchObject({ statusCode: 200, data: [{ resetPasswordOnNextLogin: true }, { resetPasswordOnNextLogin: true }] });
    expect(await s.signIn("ann", "pw-123456")).toMatchObject({ statusCode: 403, apiCode: 2058 });
    expect(await s.signIn("bob", "pw-123456")).toMatchObject({ statusCode: 403, apiCode: 2058 });

    await s.post("update-user-batch", { list: [{ userId: ann }], options: { autoGeneratePassword: true, resetPasswordOnNextLogin: false } });
    const generated = s.server.state.users.byId(ann)?.password as string;
    expect(generated).not.toBe("pw-123456");
    expect(await s.signIn("ann", generated)).toMatchObject({ statusCode: 200 });
  });
});
