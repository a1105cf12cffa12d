// Import cost: a fresh `node` importing the package, against a fresh `node` importing nothing.
// Wall time covers the whole process (start, import, exit); memory is the RSS at the end. Each
// package is imported by its specifier, so Node's export conditions pick the build a user gets.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { median } from "./runtime-calls.mjs";

const BENCH_DIR = join(import.meta.dirname, "..");

function once(specifier) {
  const program = `const t0 = performance.now();
${specifier ? `await import(${JSON.stringify(specifier)});` : ""}
const importMs = performance.now() - t0;
console.log(JSON.stringify({ importMs, rss: process.memoryUsage().rss }));`;
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], { cwd: BENCH_DIR, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { wallMs, ...JSON.parse(out) };
}

/**
 * Medians over `runs` interleaved runs: `{ wallMs, importMs, rssBytes }` of importing each
 * specifier, with the bare start's wall time and RSS subtracted.
 */
export function importCost(specifiers, runs) {
  const samples = { bare: [], ...Object.fromEntries(specifiers.map((s) => [s, []])) };
  for (let i = 0; i < runs; i++) {
    samples.bare.push(once(undefined));
    for (const s of specifiers) samples[s].push(once(s));
  }
  const bareWall = median(samples.bare.map((x) => x.wallMs));
  const bareRss = median(samples.bare.map((x) => x.rss));
  const out = { bare: { wallMs: round(bareWall), rssBytes: bareRss } };
  for (const s of specifiers) {
    out[s] = {
      wallMs: round(median(samples[s].map((x) => x.wallMs)) - bareWall),
      importMs: round(median(samples[s].map((x) => x.importMs))),
      rssBytes: median(samples[s].map((x) => x.rss)) - bareRss,
    };
  }
  return out;
}

const round = (x) => Math.round(x * 10) / 10;
