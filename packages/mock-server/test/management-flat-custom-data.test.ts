// flatCustomData over HTTP: custom data fields at the top level of the user, wherever users are read.
import { describe, expect, it } from "vitest";
import { data, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

type User = Record<string, unknown>;

describe("flatCustomData", () => {
  it("puts customData fields at the top level in getUser, getUserBatch, listUsers and listGroupMembers", async () => {
    const s = await start({ fixtures: { users: [] } });
    const ann = await s.createUser({ username: "ann", customData: { plan: "pro", username: "not-ann" } });
    await s.post("create-group", { code: "g", name: "G", description: "", type: "static" });
    await s.post("add-group-members", { code: "g", userIds: [ann] });
    const views = [
      data<User>(await s.get("get-user", { userId: ann, flatCustomData: true })),
      data<User[]>(await s.get("get-user-batch", { userIds: [ann], flatCustomData: true }))[0],
      data<{ list: User[] }>(await s.post("list-users", { options: { flatCustomData: true } })).list[0],
      data<{ list: User[] }>(await s.get("list-group-members", { code: "g", flatCustomData: true })).list[0],
    ];
    for (const view of views) {
      // A custom field named as a user field never shows at the top level: the user's own does.
      expect(view).toMatchObject({ userId: ann, plan: "pro", username: "ann" });
      expect(view).not.toHaveProperty("customData");
    }
    const both = data<User>(await s.get("get-user", { userId: ann, flatCustomData: true, withCustomData: true }));
    expect(both).toMatchObject({ plan: "pro", customData: { plan: "pro", username: "not-ann" } });
    expect(data<User>(await s.get("get-user", { userId: ann }))).not.toHaveProperty("plan");
  });

  it("never shows a custom field under a UserDto property's name, even one the user lacks; other names, inherited ones too, do show", async () => {
    const s = await start({ fixtures: { users: [] } });
    const ann = await s.createUser({ username: "ann", customData: { nickname: "custom-nick", photo: "custom.png", constructor: "c", toString: "t" } });
    const view = data<User>(await s.get("get-user", { userId: ann, flatCustomData: true, withCustomData: true }));
    expect(Object.hasOwn(view, "nickname")).toBe(false);
    expect(Object.hasOwn(view, "photo")).toBe(false);
    expect(view).toMatchObject({ constructor: "c", toString: "t", customData: { nickname: "custom-nick", photo: "custom.png" } });
    const listed = data<{ list: User[] }>(await s.post("list-users", { options: { flatCustomData: true } })).list[0] as User;
    expect(Object.hasOwn(listed, "nickname")).toBe(false);
    expect(listed.constructor).toBe("c");
  });
});
