#!/usr/bin/env node
// `pnpm bench [--smoke]`: the GenAuth SDK beside authing-node-sdk and the node:http floor.
// Full mode writes bench/results.json; smoke mode (CI) runs every measure briefly, writes
// bench/results.json.tmp. Both fail only when a seed bundle outgrows bench/budget.json (size is
// exact; times on a shared machine are not).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import * as functions from "@genauth/authentication-client/functions";
import { SEED_PROGRAMS, bundleSize, initialModules } from "./bundle.mjs";
import { CONTENDERS, GROUPS } from "./contenders.mjs";
import { installFootprint } from "./footprint.mjs";
import { importCost } from "./import-cost.mjs";
import { runLatency } from "./latency.mjs";
import { table, targets } from "./report.mjs";
import { runRuntimes } from "./runtimes.mjs";
import { startSeedServer } from "./server.mjs";
import { consumerMethods, typecheckCost } from "./typecheck.mjs";

const require = createRequire(import.meta.url);
const BENCH_DIR = join(import.meta.dirname, "..");
const WORK_DIR = join(BENCH_DIR, ".work");
const OURS = "@genauth/authentication-client";
const OURS_MANAGEMENT = "@genauth/management-client";
const OFFICIAL = "authing-node-sdk";
const OFFICIAL_VERSION = require(`${OFFICIAL}/package.json`).version;

const smoke = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";
// `--contenders=floor,ours,official` runs only those in the latency runs (those three are
// the seed targets' references; managementFloor,managementOurs,managementOfficial the management
// call's), to see them without the others' leftovers in the same process.
const only = process.argv
  .find((a) => a.startsWith("--contenders="))
  ?.slice("--contenders=".length)
  .split(",");
const contenders = only ? CONTENDERS.filter((c) => only.includes(c.id)) : CONTENDERS;
const plan = smoke
  ? {
      latency: { rounds: 1, warmup: 20, calls: 100, concurrency: 64, ms: 150 },
      runtimes: { rounds: 1, warmup: 10, calls: 50 },
      importRuns: 1,
      typecheckRuns: 1,
      footprint: false,
    }
  : {
      latency: { rounds: 5, warmup: 300, calls: 1000, concurrency: 64, ms: 1000 },
      runtimes: { rounds: 5, warmup: 300, calls: 1000 },
      importRuns: 21,
      typecheckRuns: 5,
      footprint: true,
    };

const step = (what) => process.stderr.write(`bench: ${what}…\n`);
const results = {
  mode: smoke ? "smoke" : "full",
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? "unknown"}`,
  official: `${OFFICIAL}@${OFFICIAL_VERSION}`,
  plan,
  contenders: contenders.map((c) => c.id),
  groups: Object.fromEntries(
    Object.entries(GROUPS).map(([group, references]) => [group, { ...references, contenders: contenders.filter((c) => c.group === group).map((c) => c.id) }]),
  ),
};

step("latency and throughput");
const server = await startSeedServer();
try {
  Object.assign(results, await runLatency(contenders, server.url, plan.latency));
  step(smoke ? "per call on Node, Bun and Deno" : "per call on Node 20 and 22, Bun, Deno, workerd and Chromium");
  results.runtimes = await runRuntimes(server.url, plan.runtimes, { full: !smoke, workDir: join(WORK_DIR, "runtimes") });
} finally {
  await server.close();
}

step("bundle size");
const bundleDir = join(WORK_DIR, "bundle");
results.bundle = {
  oursBrowser: await bundleSize(bundleDir, "ours", SEED_PROGRAMS.class(OURS), "browser"),
  oursFunctionsBrowser: await bundleSize(bundleDir, "ours-functions", SEED_PROGRAMS.functions(OURS), "browser"),
  oursNode: await bundleSize(bundleDir, "ours", SEED_PROGRAMS.class(OURS), "node"),
  officialNode: await bundleSize(bundleDir, "official", SEED_PROGRAMS.class(OFFICIAL), "node"),
};
results.bundleInitialModules = {
  oursBrowser: await initialModules(bundleDir, "ours", SEED_PROGRAMS.class(OURS)),
  oursFunctionsBrowser: await initialModules(bundleDir, "ours-functions", SEED_PROGRAMS.functions(OURS)),
};

step("import cost");
// authing-node-sdk's one entry loads both its clients, so each of ours is set beside that one import.
const imports = importCost([OURS, OURS_MANAGEMENT, OFFICIAL], plan.importRuns);
results.importCost = { bare: imports.bare, ours: imports[OURS], oursManagement: imports[OURS_MANAGEMENT], official: imports[OFFICIAL] };

step("consumer type-check");
const { methods, distinct } = consumerMethods(functions, require(OFFICIAL).AuthenticationClient.prototype);
results.typecheckMethods = { calls: methods.length, distinct, methods: [...new Set(methods)] };
results.typecheck = typecheckCost(join(WORK_DIR, "typecheck"), { ours: OURS, official: OFFICIAL }, methods, plan.typecheckRuns);

if (plan.footprint) {
  step("production install footprint (npm install --omit=dev)");
  results.footprint = installFootprint(join(WORK_DIR, "footprint"), `${OFFICIAL}@${OFFICIAL_VERSION}`);
}

results.targets = targets(results);
console.log(table(results, CONTENDERS, GROUPS));

const file = join(BENCH_DIR, smoke ? "results.json.tmp" : "results.json");
writeFileSync(`${file}.partial`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${file}.partial`, file);
console.log(`\nwrote ${file}`);

const budget = JSON.parse(readFileSync(join(BENCH_DIR, "budget.json"), "utf8"));
for (const [bundle, key] of [
  ["oursBrowser", "seedBundleGzipBytes"],
  ["oursFunctionsBrowser", "functionsSeedBundleGzipBytes"],
]) {
  const size = results.bundle[bundle].gzipBytes;
  if (size > budget[key]) {
    console.error(`bench: the seed bundle ${bundle} is ${size} bytes gzipped, over bench/budget.json's ${key} ${budget[key]}`);
    process.exitCode = 1;
  }
}
