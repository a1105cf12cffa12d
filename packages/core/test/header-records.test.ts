import { describe, expect, it } from "vitest";
import { HeaderRecords, type ContentTypeRule } from "../src/header-records.js";

/** The headers as the transport sent them before records: one object, then openapi-fetch's Headers. */
function throughHeaders(
  client: Record<string, string>,
  contentType: ContentTypeRule,
  authorization: string | undefined,
  perRequest: Record<string, string> | undefined,
  operation: Record<string, string> | undefined,
): Record<string, string> {
  const merged: Record<string, string> = { ...client, ...perRequest, ...operation };
  if (contentType === "form") merged["content-type"] = "application/x-www-form-urlencoded";
  if (authorization !== undefined) merged.authorization = authorization;
  merged["x-authing-app-id"] = "app-1";
  const headers = new Headers(contentType === "json" ? { "Content-Type": "application/json" } : {});
  for (const [name, value] of Object.entries(merged)) headers.set(name, value);
  return Object.fromEntries(headers);
}

const CASES: [string, Record<string, string>, ContentTypeRule, string | undefined, Record<string, string> | undefined, Record<string, string> | undefined][] = [
  ["no headers of the call's own", { "x-client": "c" }, "json", undefined, undefined, undefined],
  ["a caller's content-type over JSON's", {}, "json", undefined, { "Content-Type": "text/plain" }, undefined],
  ["form's content-type over a caller's", { "Content-Type": "text/plain" }, "form", undefined, undefined, undefined],
  ["the same name in several cases", { "X-A": "1" }, "none", undefined, { "x-a": "2" }, { "X-a": "3" }],
  ["a name first set lower-case, then upper-case", { "x-a": "1" }, "none", undefined, { "X-A": "2" }, { "x-a": "3" }],
  ["authorization over the caller's", {}, "none", "token-1", { Authorization: "mine" }, undefined],
  ["no authorization: the operation's stays", {}, "none", undefined, undefined, { authorization: "Bearer op" }],
  ["x-authing-app-id never overridden", { "X-Authing-App-Id": "x" }, "json", undefined, { "x-authing-app-id": "y" }, undefined],
  ["values trimmed as Headers trims them", { "x-pad": " \tv \r\n" }, "none", undefined, undefined, undefined],
];

describe("HeaderRecords", () => {
  it.each(CASES)("holds what a Headers built the old way holds: %s", (_name, client, contentType, authorization, perRequest, operation) => {
    const record = new HeaderRecords(client, "app-1").record(contentType, authorization, perRequest, operation);
    expect({ ...record }).toEqual(throughHeaders(client, contentType, authorization, perRequest, operation));
    for (const name of Object.keys(record)) expect(name).toBe(name.toLowerCase());
  });

  it("shares one frozen record between calls without headers of their own, per content type and authorization", () => {
    const records = new HeaderRecords({ "x-client": "c" }, "app-1");
    const first = records.record("json", "token-1", undefined, undefined);
    expect(records.record("json", "token-1", undefined, undefined)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(records.record("json", "token-2", undefined, undefined)).not.toBe(first);
    expect(records.record("form", "token-1", undefined, undefined)).not.toBe(first);
    records.clear();
    expect(records.record("json", "token-1", undefined, undefined)).not.toBe(first);
  });

  it("builds a fresh record for a call with headers of its own, leaving the shared one as it was", () => {
    const records = new HeaderRecords({}, "app-1");
    const shared = records.record("none", undefined, undefined, undefined);
    const own = records.record("none", undefined, { "x-trace": "t1" }, undefined);
    expect(own["x-trace"]).toBe("t1");
    expect(shared["x-trace"]).toBeUndefined();
    expect(records.record("none", undefined, undefined, undefined)).toBe(shared);
  });
});
