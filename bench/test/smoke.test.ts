import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const BENCH_DIR = fileURLToPath(new URL("..", import.meta.url));

// CI runs the benchmark briefly: every measure must run, and only the bundle budgets are asserted,
// because size is exact while times on a shared machine are not. (main.mjs exits non-zero too.)
it("pnpm bench --smoke measures everything and keeps the seed bundles within bench/budget.json", async () => {
  await promisify(execFile)(process.execPath, ["src/main.mjs", "--smoke"], { cwd: BENCH_DIR });
  const results = JSON.parse(readFileSync(`${BENCH_DIR}/results.json.tmp`, "utf8"));
  expect(results.mode).toBe("smoke");
  expect(Object.keys(results.latency)).toEqual([
    "floor",
    "fetch",
    "openapiFetch",
    "ours",
    "oursFunctions",
    "oursFetchBuild",
    "oursFetchOption",
    "official",
    "managementFloor",
    "managementOurs",
    "managementOfficial",
  ]);
  for (const id of Object.keys(results.latency)) expect(results.throughput[id].rps).toBeGreaterThan(0);
  for (const runtime of ["node", "bun", "deno"]) {
    expect(Object.keys(results.runtimes.measured[runtime].usPerCall)).toEqual(["fetch", "oursFetch", "oursNode"]);
    expect(results.runtimes.measured[runtime].overFetch.oursNode).toBeGreaterThan(0);
  }
  const budget = JSON.parse(readFileSync(`${BENCH_DIR}/budget.json`, "utf8"));
  expect(results.bundle.oursBrowser.gzipBytes).toBeLessThanOrEqual(budget.seedBundleGzipBytes);
  expect(results.bundle.oursFunctionsBrowser.gzipBytes).toBeLessThanOrEqual(budget.functionsSeedBundleGzipBytes);
  expect(results.bundle.oursFunctionsBrowser.gzipBytes).toBeLessThan(results.bundle.oursBrowser.gzipBytes);
  expect(results.bundle.oursBrowser.initialGzipBytes).toBeLessThanOrEqual(results.bundle.oursBrowser.gzipBytes);
  expect(results.bundle.officialNode.gzipBytes).toBeGreaterThan(results.bundle.oursBrowser.gzipBytes);
  expect(results.typecheck.ours.files).toBeGreaterThan(0);
  expect(results.importCost.ours.rssBytes).toEqual(expect.any(Number));
  expect(results.importCost.oursManagement.rssBytes).toEqual(expect.any(Number));
  expect(results.targets.map((t: { name: string }) => t.name)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^management per call/), expect.stringMatching(/^management import/)]),
  );
});

// Node's built-in modules for HTTP, TLS and compression load with the first request that needs
// them, not with the import (see `bench/README.md`, "Import cost").
it("importing either client's main specifier on Node loads no public built-in module, where the official loads node:https", async () => {
  const { importModules } = await import("../src/import-modules.mjs");
  expect(importModules("@genauth/authentication-client").builtins).toEqual([]);
  expect(importModules("@genauth/management-client").builtins).toEqual([]);
  expect(importModules("authing-node-sdk").builtins).toContain("https");
});
