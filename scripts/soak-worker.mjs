// The soak's worker (see soak.mjs): prints one JSON report line and must then exit by itself.
import { AuthenticationClient } from "../packages/authentication-client/dist/index.js";
import { startMockServer } from "../packages/mock-server/dist/index.js";

const [calls, faultRate, concurrency] = process.argv.slice(2).map(Number);
// Faults the retry policy covers for the seed's POST (a reset or a 502 may follow a request the
// server acted on, so a POST is not sent again after them); every one must be absorbed by the
// default two retries.
const FAULTS = [
  { kind: "status", status: 503 },
  { kind: "status", status: 408 },
  { kind: "status", status: 429, headers: { "retry-after": "1" } },
  { kind: "throttle", statusCode: 429 },
  { kind: "throttle", statusCode: 503 },
  { kind: "slow", delayMs: 200 },
];
const APP = { appId: "soak-app", appSecret: "soak-app-secret" };
const WECHAT = { appId: "wx-soak", appSecret: "wx-soak-secret" };

const server = await startMockServer({ fixtures: { apps: [APP], wechatApps: [WECHAT] } });
const client = new AuthenticationClient({ ...APP, appHost: server.url });

let next = 0;
let failures = 0;
let faultsInjected = 0;
const heapMb = [];
const checkpoints = new Set([0, 0.25, 0.5, 0.75].map((share) => Math.floor(calls * share)));

function sampleHeap() {
  globalThis.gc?.();
  heapMb.push(process.memoryUsage().heapUsed / 1024 / 1024);
}

async function lane() {
  while (next < calls) {
    const index = next++;
    if (checkpoints.has(index)) sampleHeap();
    if (Math.random() < faultRate) {
      server.faults.next(FAULTS[Math.floor(Math.random() * FAULTS.length)]);
      faultsInjected++;
    }
    try {
      const result = await client.getWechatMpAccessTokenInfo(WECHAT);
      if (result.statusCode !== 200) throw new Error(`statusCode ${result.statusCode}: ${result.message}`);
    } catch (error) {
      failures++;
      console.error(`call ${index} failed: ${error.name}: ${error.message}`);
    }
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, lane));
const seconds = (performance.now() - started) / 1000;
sampleHeap();
const retriesSeen = server.faults.received - calls;
const faultsUnused = server.faults.pending;
await server.close();
// Sockets close a few ticks after the server: give them up to 1 s, then list what is still open
// (stdio pipes are expected).
const openResources = () => process.getActiveResourcesInfo().filter((name) => !["TTYWrap", "PipeWrap", "Timeout"].includes(name));
for (let waited = 0; openResources().length > 0 && waited < 1000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
const activeResources = openResources();
const heapGrowthMb = heapMb[heapMb.length - 1] - heapMb[1];
process.stdout.write(`${JSON.stringify({ calls, failures, faultsInjected, faultsUnused, retriesSeen, seconds, heapMb, heapGrowthMb, activeResources })}\n`);
