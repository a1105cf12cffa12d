// listUsers' advancedFilter over HTTP: emails compare case-insensitively, as the pool's lookups do; custom fields read customData.
import { describe, expect, it } from "vitest";
import { data, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

describe("advancedFilter on email", () => {
  it("EQUAL, NOT_EQUAL, IN, CONTAINS and NOT_CONTAINS ignore case", async () => {
    const s = await start({ fixtures: { users: [] } });
    const ann = await s.createUser({ username: "ann", email: "Ann@Example.com" });
    const bob = await s.createUser({ username: "bob", email: "bob@example.com" });
    const matching = async (operator: string, value: unknown) =>
      data<{ list: { userId: string }[] }>(await s.post("list-users", { advancedFilter: [{ field: "email", operator, value }] })).list.map(
        (user) => user.userId,
      );
    expect(await matching("EQUAL", "ann@example.com")).toEqual([ann]);
    expect(await matching("NOT_EQUAL", "ANN@example.com")).toEqual([bob]);
    expect(await matching("IN", ["ann@EXAMPLE.com"])).toEqual([ann]);
    expect(await matching("CONTAINS", "ANN@")).toEqual([ann]);
    expect(await matching("NOT_CONTAINS", "ann@")).toEqual([bob]);
  });
});

describe("advancedFilter on a custom field", () => {
  it("reads customData for a field no user has, inherited names (constructor) included", async () => {
    const s = await start({ fixtures: { users: [] } });
    const ann = await s.createUser({ username: "ann", customData: { constructor: "c" } });
    await s.createUser({ username: "bob" });
    const answer = await s.post("list-users", { advancedFilter: [{ field: "constructor", operator: "EQUAL", value: "c" }] });
    expect(data<{ list: { userId: string }[] }>(answer).list.map((user) => user.userId)).toEqual([ann]);
  });
});
