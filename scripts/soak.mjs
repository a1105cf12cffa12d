#!/usr/bin/env node
// `pnpm soak`: 10,000 getWechatMpAccessTokenInfo calls through the built SDK against the mock
// server, with 1 % of requests given a fault the retry policy covers for a POST (HTTP
// 408/429/503, throttling envelopes, slow answers), and default retries. It passes when no call
// fails, heap use stays flat, and the worker process exits on its own once done (no leaked
// sockets or timers). Options: --calls N (10000), --fault-rate R (0.01), --concurrency C (50).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "10000" },
    "fault-rate": { type: "string", default: "0.01" },
    concurrency: { type: "string", default: "50" },
  },
});
const EXIT_GRACE_MS = 5000;
const worker = fileURLToPath(new URL("./soak-worker.mjs", import.meta.url));
const child = spawn(process.execPath, ["--expose-gc", worker, values.calls, values["fault-rate"], values.concurrency], {
  stdio: ["ignore", "pipe", "inherit"],
});

let report;
let doneAt;
let graceTimer;
child.stdout.setEncoding("utf8");
child.stdout.on("data", (chunk) => {
  for (const line of chunk.split("\n").filter(Boolean)) {
    if (line.startsWith("{")) {
      report = JSON.parse(line);
      doneAt = Date.now();
      // The worker never calls process.exit: if it is still alive after this, something leaked.
      graceTimer = setTimeout(() => child.kill("SIGKILL"), EXIT_GRACE_MS);
    } else {
      console.log(line);
    }
  }
});

child.on("exit", (code, signal) => {
  clearTimeout(graceTimer);
  if (!report) {
    console.error(`soak worker exited (${code ?? signal}) without a report`);
    process.exitCode = 1;
    return;
  }
  const exitedOnItsOwn = signal === null;
  const exitMs = Date.now() - doneAt;
  const { calls, failures, faultsInjected, faultsUnused, retriesSeen, seconds, heapMb, heapGrowthMb, activeResources } = report;
  console.log(
    `calls ${calls}, failed ${failures}, faults injected ${faultsInjected} (${faultsUnused} unused at the end), requests beyond one per call ${retriesSeen}`,
  );
  console.log(`wall ${seconds.toFixed(1)} s, ${(calls / seconds).toFixed(0)} calls/s`);
  console.log(`heap after GC (MB) at 0/25/50/75/100 %: ${heapMb.map((mb) => mb.toFixed(1)).join(" / ")}; growth ${heapGrowthMb.toFixed(1)} MB`);
  console.log(`resources left after close: ${activeResources.length ? activeResources.join(", ") : "none"}`);
  console.log(
    exitedOnItsOwn
      ? `worker exited on its own ${exitMs} ms after its last call (code ${code})`
      : `worker did NOT exit within ${EXIT_GRACE_MS} ms: leaked handles`,
  );
  const ok = failures === 0 && exitedOnItsOwn && code === 0 && heapGrowthMb < 10 && activeResources.length === 0;
  console.log(ok ? "soak: PASS" : "soak: FAIL");
  process.exitCode = ok ? 0 : 1;
});
