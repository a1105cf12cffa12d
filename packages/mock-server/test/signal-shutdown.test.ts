// The CLI's signal handling: the first SIGTERM or SIGINT closes the server, ending busy
// connections too, and exits 0; a second one exits at once, as shells report a signal.
import { EventEmitter } from "node:events";
import { expect, it } from "vitest";
import { closeOnSignals } from "../src/signal-shutdown.js";

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return { emitter, exits, target: { on: emitter.on.bind(emitter), exit: (code: number) => void exits.push(code) } };
}

it("closes with force on the first signal and exits 0 once closed", async () => {
  const { emitter, exits, target } = fakeProcess();
  const closes: unknown[] = [];
  closeOnSignals({ close: async (options) => void closes.push(options) }, target);
  emitter.emit("SIGTERM", "SIGTERM");
  await new Promise((resolve) => setImmediate(resolve));
  expect(closes).toEqual([{ force: true }]);
  expect(exits).toEqual([0]);
});

it("exits at once on a second signal while closing, with 128 + the signal's number", () => {
  const { emitter, exits, target } = fakeProcess();
  closeOnSignals({ close: () => new Promise(() => {}) }, target);
  emitter.emit("SIGINT", "SIGINT");
  expect(exits).toEqual([]);
  emitter.emit("SIGINT", "SIGINT");
  emitter.emit("SIGTERM", "SIGTERM");
  expect(exits).toEqual([130, 143]);
});
