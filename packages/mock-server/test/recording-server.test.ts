import { request } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RecordingServer, startRecordingServer } from "../src/index.js";

// The recording server keeps the query string as it arrived beside its parsed parameters, so that
// tests can tell apart texts URLSearchParams reads as the same.

let recorder: RecordingServer;
beforeAll(async () => {
  recorder = await startRecordingServer();
});
afterAll(() => recorder.close());

it("records the raw query: undefined without a ?, empty after a bare ?, encoded as sent", async () => {
  // node:http with a `path` sends the target as written (a URL drops a bare `?`).
  const { hostname, port } = new URL(recorder.url);
  for (const path of ["/a", "/a?", "/a?q=a+b&r=a%20b&s[]=%5B"])
    await new Promise((resolve, reject) =>
      request({ hostname, port, path })
        .on("response", (res) => res.resume().on("end", resolve))
        .on("error", reject)
        .end(),
    );
  const [none, bare, sent] = recorder.requests;
  expect(none?.rawQuery).toBeUndefined();
  expect(bare?.rawQuery).toBe("");
  expect(sent?.rawQuery).toBe("q=a+b&r=a%20b&s[]=%5B");
  expect([...(sent?.query ?? [])]).toEqual([
    ["q", "a b"],
    ["r", "a b"],
    ["s[]", "["],
  ]);
  expect(sent?.rawPath).toBe("/a");
});
