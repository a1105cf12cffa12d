#!/usr/bin/env node
// Adds up the test-results.json files the packages' vitest runs wrote into one closing line.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/spec.mjs";

let passed = 0;
let failed = 0;
let skipped = 0;
// `--with-ecosystem` adds the browser, tarball and consumer checks of `pnpm run test:ecosystem`.
const FILES = process.argv.includes("--with-ecosystem") ? ["test-results.json", "test-results.ecosystem.json"] : ["test-results.json"];
for (const file of ["packages", "bench", "ecosystem"].flatMap((top) => subdirs(join(ROOT, top))).flatMap((dir) => FILES.map((f) => join(dir, f)))) {
  if (!existsSync(file)) continue;
  const results = JSON.parse(readFileSync(file, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + (results.numTodoTests ?? 0);
}
console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

function subdirs(dir) {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.some((e) => e.name === "package.json") ? [dir] : entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
}
