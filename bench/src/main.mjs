#!/usr/bin/env node
// `pnpm bench [--smoke]`: the GenAuth SDK beside authing-node-sdk and the node:http floor.
// Full mode writes bench/results.json; smoke mode (CI) runs every measure briefly, writes
// bench/results.json.tmp, and fails only when the seed bundle is over its budget (size is exact).
import { renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { operations } from "@genauth/authentication-client";
import { bundleSize } from "./bundle.mjs";
import { CONTENDERS } from "./contenders.mjs";
import { installFootprint } from "./footprint.mjs";
import { importCost } from "./import-cost.mjs";
import { runLatency } from "./latency.mjs";
import { BUNDLE_BUDGET_GZIP_BYTES, table, targets } from "./report.mjs";
import { startSeedServer } from "./server.mjs";
import { consumerMethods, typecheckCost } from "./typecheck.mjs";

const require = createRequire(import.meta.url);
const BENCH_DIR = join(import.meta.dirname, "..");
const WORK_DIR = join(BENCH_DIR, ".work");
const OURS = "@genauth/authentication-client";
const OFFICIAL = "authing-node-sdk";
const OFFICIAL_VERSION = require(`${OFFICIAL}/package.json`).version;

const smoke = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";
const plan = smoke
  ? { latency: { rounds: 1, warmup: 20, calls: 100, concurrency: 64, ms: 150 }, importRuns: 1, typecheckRuns: 1, footprint: false }
  : { latency: { rounds: 5, warmup: 300, calls: 1000, concurrency: 64, ms: 1000 }, importRuns: 9, typecheckRuns: 5, footprint: true };

const step = (what) => process.stderr.write(`bench: ${what}…\n`);
const results = {
  mode: smoke ? "smoke" : "full",
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? "unknown"}`,
  official: `${OFFICIAL}@${OFFICIAL_VERSION}`,
  plan,
};

step("latency and throughput");
const server = await startSeedServer();
try {
  Object.assign(results, await runLatency(CONTENDERS, server.url, plan.latency));
} finally {
  await server.close();
}

step("bundle size");
const bundleDir = join(WORK_DIR, "bundle");
results.bundle = {
  oursBrowser: await bundleSize(bundleDir, "ours", OURS, "browser"),
  oursNode: await bundleSize(bundleDir, "ours", OURS, "node"),
  officialNode: await bundleSize(bundleDir, "official", OFFICIAL, "node"),
};

step("import cost");
const imports = importCost([OURS, OFFICIAL], plan.importRuns);
results.importCost = { bare: imports.bare, ours: imports[OURS], official: imports[OFFICIAL] };

step("consumer type-check");
const { methods, distinct } = consumerMethods(operations, require(OFFICIAL).AuthenticationClient.prototype);
results.typecheckMethods = { calls: methods.length, distinct, methods: [...new Set(methods)] };
results.typecheck = typecheckCost(join(WORK_DIR, "typecheck"), { ours: OURS, official: OFFICIAL }, methods, plan.typecheckRuns);

if (plan.footprint) {
  step("production install footprint (npm install --omit=dev)");
  results.footprint = installFootprint(join(WORK_DIR, "footprint"), `${OFFICIAL}@${OFFICIAL_VERSION}`);
}

results.targets = targets(results);
const labels = Object.fromEntries(CONTENDERS.map((c) => [c.id, c.label]));
console.log(table(results, labels));

const file = join(BENCH_DIR, smoke ? "results.json.tmp" : "results.json");
writeFileSync(`${file}.partial`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${file}.partial`, file);
console.log(`\nwrote ${file}`);

const overBudget = Object.values(results.bundle).some((b, i) => i < 2 && b.gzipBytes > BUNDLE_BUDGET_GZIP_BYTES);
if (overBudget) {
  console.error(`bench: the seed bundle is over its budget of ${BUNDLE_BUDGET_GZIP_BYTES} bytes gzipped`);
  process.exitCode = 1;
}
