import { describe, expect, it } from "vitest";
import { OneTimeTokens } from "../src/index.js";

describe("OneTimeTokens", () => {
  it("gives a value back once, only while it lives, and only when accepted", () => {
    let now = 0;
    const tokens = new OneTimeTokens<string>("t_", () => now);
    const a = tokens.issue("user-a", 10);
    expect(a).toMatch(/^t_/);
    expect(tokens.take(a, (v) => v === "user-b")).toBeUndefined();
    expect(tokens.take(a)).toBe("user-a");
    expect(tokens.take(a)).toBeUndefined();

    const b = tokens.issue("user-b", 10);
    now = 10_000;
    expect(tokens.take(b)).toBeUndefined();
    expect(tokens.take("t_never-issued")).toBeUndefined();
  });
});
