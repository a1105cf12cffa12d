// listUsers over HTTP: the fields `keywords` searches by default and with `fuzzySearchOn`, and how
// paging values out of range read.
import { describe, expect, it } from "vitest";
import { data, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

type UserList = { totalCount: number; list: { userId: string; username?: string }[] };

describe("listUsers keywords", () => {
  it("searches phone, email, name, username and nickname by default, not the user ID", async () => {
    const session = await start({ fixtures: { users: [] } });
    const ann = await session.createUser({ username: "ann", nickname: "Annie" });
    // Every generated ID contains "user" (`mock-user-<n>`): only the user ID could match it.
    const byId = data<UserList>(await session.post("list-users", { keywords: "mock-user" }));
    expect(byId.totalCount).toBe(0);
    const byNickname = data<UserList>(await session.post("list-users", { keywords: "annie" }));
    expect(byNickname.list.map((user) => user.userId)).toEqual([ann]);
  });

  it("searches the user ID when fuzzySearchOn names id", async () => {
    const session = await start({ fixtures: { users: [] } });
    const ann = await session.createUser({ username: "ann" });
    const byId = data<UserList>(await session.post("list-users", { keywords: ann, options: { fuzzySearchOn: ["id"] } }));
    expect(byId.list.map((user) => user.userId)).toEqual([ann]);
  });
});

describe("listUsers paging out of range", () => {
  it("reads a page or limit below 1, fractions included, as the defaults (page 1, limit 10)", async () => {
    const session = await start({ fixtures: { users: [] } });
    for (let i = 1; i <= 12; i++) await session.createUser({ username: `u${i}` });
    for (const pagination of [
      { page: 0, limit: 0 },
      { page: 0.5, limit: 0.5 },
      { page: -1, limit: -5 },
    ]) {
      const answer = data<UserList>(await session.post("list-users", { options: { pagination } }));
      expect({ pagination, totalCount: answer.totalCount, first: answer.list[0]?.username, size: answer.list.length }).toEqual({
        pagination,
        totalCount: 12,
        first: "u1",
        size: 10,
      });
    }
  });
});
