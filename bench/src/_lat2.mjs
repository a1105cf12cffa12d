import { CONTENDERS } from "/work/wt/bench/bench/src/contenders.mjs";
import { runLatency } from "/work/wt/bench/bench/src/latency.mjs";
import { startSeedServer } from "/work/wt/bench/bench/src/server.mjs";
const s = await startSeedServer();
const ids = (process.argv[2] ?? "floor,oursNode,official").split(",");
const r = await runLatency(CONTENDERS.filter(c => ids.includes(c.id)), s.url, { rounds: 4, warmup: 200, calls: 1000, concurrency: 64, ms: 700 });
for (const id of ids) console.log(id.padEnd(10), r.latency[id].medianUs, r.latency[id].meanUs, r.throughput[id].rps);
await s.close();
