// listUsers' `keywords` over HTTP: the fields it searches by default and with `fuzzySearchOn`.
import { afterEach, describe, expect, it } from "vitest";
import { data, ManagementSession } from "./helpers/management-session.js";

let session: ManagementSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type UserList = { totalCount: number; list: { userId: string; username?: string }[] };

describe("listUsers keywords", () => {
  it("searches phone, email, name, username and nickname by default, not the user ID", async () => {
    session = await ManagementSession.start({ fixtures: { users: [] } });
    const ann = await session.createUser({ username: "ann", nickname: "Annie" });
    // Every generated ID contains "user" (`mock-user-<n>`): only the user ID could match it.
    const byId = data<UserList>(await session.post("list-users", { keywords: "mock-user" }));
    expect(byId.totalCount).toBe(0);
    const byNickname = data<UserList>(await session.post("list-users", { keywords: "annie" }));
    expect(byNickname.list.map((user) => user.userId)).toEqual([ann]);
  });

  it("searches the user ID when fuzzySearchOn names id", async () => {
    session = await ManagementSession.start({ fixtures: { users: [] } });
    const ann = await session.createUser({ username: "ann" });
    const byId = data<UserList>(await session.post("list-users", { keywords: ann, options: { fuzzySearchOn: ["id"] } }));
    expect(byId.list.map((user) => user.userId)).toEqual([ann]);
  });
});
