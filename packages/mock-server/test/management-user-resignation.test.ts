// resignUser and resignUserBatch over HTTP: the user's status, its date, and their sign-in.
import { describe, expect, it } from "vitest";
import { data, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

type User = { status: string; statusChangedAt?: string };

describe("resignUser", () => {
  it("makes the user Resigned, dated, and refuses their sign-in", async () => {
    const s = await start();
    const ann = await s.createUser({ username: "ann", password: "pw-123456" });
    expect(await s.post("resign-user", { userId: ann })).toMatchObject({ statusCode: 200, data: { success: true } });
    const user = data<User>(await s.get("get-user", { userId: ann }));
    expect(user).toMatchObject({ status: "Resigned", statusChangedAt: new Date(s.now).toISOString() });
    expect(await s.signIn("ann", "pw-123456")).toMatchObject({ statusCode: 403, apiCode: 2005 });
  });

  it("answers 404 with apiCode 2004 for an unknown user, and resignUserBatch then resigns none", async () => {
    const s = await start();
    const ann = await s.createUser({ username: "ann" });
    expect(await s.post("resign-user", { userId: "no-such-user" })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(await s.post("resign-user-batch", { userIds: [ann, "no-such-user"] })).toMatchObject({ statusCode: 404, apiCode: 2004 });
    expect(data<User>(await s.get("get-user", { userId: ann })).status).toBe("Activated");
    expect(await s.post("resign-user-batch", { userIds: ["ann"], userIdType: "username" })).toMatchObject({ statusCode: 200 });
    expect(data<User>(await s.get("get-user", { userId: ann })).status).toBe("Resigned");
  });
});
