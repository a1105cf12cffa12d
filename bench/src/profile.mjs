#!/usr/bin/env node
// `node bench/src/profile.mjs [contender…]`: where the time of one call goes. Runs each contender's
// sequential calls under the V8 CPU profiler (what `node --cpu-prof` records) and prints the
// self time per layer, in µs per call. Layers are told apart by the source file of each frame.
import { Session } from "node:inspector/promises";
import { CONTENDERS } from "./contenders.mjs";
import { sequential } from "./latency.mjs";
import { startSeedServer } from "./server.mjs";

const CALLS = Number(process.env.PROFILE_CALLS ?? 5000);
const LAYERS = [
  ["GC", (f) => f.functionName === "(garbage collector)"],
  ["idle (waiting on the socket)", (f) => f.functionName === "(idle)"],
  ["openapi-fetch", (f) => f.url.includes("openapi-fetch")],
  // On Node.js core is one file (`dist/node.js`): the transport and nodeFetch together.
  ["ours: core (transport, nodeFetch)", (f) => f.url.includes("packages/core/dist/")],
  ["ours: client", (f) => f.url.includes("packages/authentication-client/dist/") || f.url.includes("packages/management-client/dist/")],
  ["official SDK + axios", (f) => /authing-node-sdk|axios|follow-redirects|form-data|proxy-from-env/.test(f.url)],
  ["AbortSignal / EventTarget", (f) => /abort_controller|event_target/.test(f.url)],
  ["undici (fetch, Headers, Request)", (f) => f.url.includes("undici")],
  // The management call's signing: node:crypto's HMAC, for ours (the Node build), the floor and the official.
  ["crypto (signing)", (f) => f.url.startsWith("node:internal/crypto") || f.url === "node:crypto"],
  ["the loopback server", (f) => f.url.includes("bench/src/server.mjs") || f.url === "node:_http_server"],
  ["bench harness", (f) => f.url.includes("bench/src/")],
  ["node:http, net, streams", (f) => f.url.startsWith("node:")],
  ["native (syscalls, parse…)", () => true],
];

const wanted = process.argv.slice(2);
const contenders = wanted.length ? CONTENDERS.filter((c) => wanted.includes(c.id)) : CONTENDERS;
const server = await startSeedServer();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 50 });
const rows = [];
try {
  for (const c of contenders) {
    const call = c.make(server.url);
    await sequential(call, 500);
    await session.post("Profiler.start");
    await sequential(call, CALLS);
    const { profile } = await session.post("Profiler.stop");
    rows.push([c.label, byLayer(profile)]);
  }
} finally {
  session.disconnect();
  await server.close();
}

function byLayer(profile) {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map(LAYERS.map(([name]) => [name, 0]));
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    const [name] = LAYERS.find(([, match]) => match(frame));
    totals.set(name, totals.get(name) + (profile.timeDeltas[i] ?? 0));
  });
  return totals;
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`Self time per layer, µs per call (${CALLS} sequential calls each)`);
console.log(pad("layer", 34) + rows.map(([label]) => pad(label.slice(0, 22), 24)).join(""));
for (const [name] of LAYERS) {
  console.log(pad(name, 34) + rows.map(([, t]) => pad((t.get(name) / CALLS).toFixed(1), 24)).join(""));
}
console.log(pad("total", 34) + rows.map(([, t]) => pad(([...t.values()].reduce((a, b) => a + b, 0) / CALLS).toFixed(1), 24)).join(""));
