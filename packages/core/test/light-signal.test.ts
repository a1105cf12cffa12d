import { describe, expect, it } from "vitest";
import { createNodeFetch } from "../src/node.js";
import { LightSignal } from "../src/light-signal.js";
import { startPeer } from "./peer.js";

describe("LightSignal", () => {
  it("calls each abort listener and onabort once, with aborted and reason set", () => {
    const signal = new LightSignal();
    const calls: string[] = [];
    const first = () => calls.push(`first ${String(signal.aborted)}`);
    signal.addEventListener("abort", first);
    signal.addEventListener("abort", first);
    signal.addEventListener("abort", { handleEvent: () => calls.push("object") });
    signal.onabort = () => calls.push("onabort");
    signal.abort("why");
    signal.abort("again");
    expect(calls.sort()).toEqual(["first true", "object", "onabort"]);
    expect(signal.reason).toBe("why");
    expect(() => signal.throwIfAborted()).toThrow("why");
  });

  it("does not call a removed listener, and keeps the others", () => {
    const signal = new LightSignal();
    const calls: string[] = [];
    const a = () => calls.push("a");
    const b = () => calls.push("b");
    const c = () => calls.push("c");
    signal.addEventListener("abort", a);
    signal.addEventListener("abort", b);
    signal.addEventListener("abort", c);
    signal.removeEventListener("abort", a);
    signal.removeEventListener("abort", c);
    signal.abort();
    expect(calls).toEqual(["b"]);
  });

  it("aborts with an AbortError DOMException when given no reason, as AbortController does", () => {
    const signal = new LightSignal();
    signal.abort();
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe("AbortError");
  });

  it("cancels a nodeFetch request when it fires", async () => {
    const peer = await startPeer(() => undefined);
    try {
      const signal = new LightSignal();
      const pending = createNodeFetch()(`${peer.url}/hang`, { signal: signal as unknown as AbortSignal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      signal.abort(new Error("gave up"));
      await expect(pending).rejects.toThrow("gave up");
    } finally {
      await peer.close();
    }
  });
});
