// The runtime part of `pnpm bench`: on each runtime, our client's per-call cost against that
// runtime's own bare `fetch` (runtime-calls.mjs), every runtime talking to the bench's server in
// this process. Node, Bun and Deno measure both builds (the fetch build and the nodeFetch one);
// workerd and Chromium, which have no node:http, the fetch build their main specifier gives. Smoke mode runs Node, Bun and
// Deno briefly; the full run adds Node 22 (scripts/install-node22.sh), workerd and Chromium.
//
// Finding the runtimes, bundling for workerd and the browser, serving a Worker with workerd and
// driving Chromium is the ecosystem's runtime matrix's harness (ecosystem/lib/harness/), plain ESM
// so that this file imports it too.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { browserBundle, workerBundle } from "../../ecosystem/lib/harness/bundles.mjs";
import { CHROMIUM, launchChromium } from "../../ecosystem/lib/harness/chromium.mjs";
import { servePage } from "../../ecosystem/lib/harness/page-route.mjs";
import { BUN, DENO, node22, WORKERD } from "../../ecosystem/lib/harness/runtime-binaries.mjs";
import { fetchFromWorkerd } from "../../ecosystem/lib/harness/workerd-serve.mjs";

const BENCH_DIR = join(import.meta.dirname, "..");
const ROOT = join(BENCH_DIR, "..");
const PROCESS_ENTRY = join(import.meta.dirname, "runtime-process.mjs");
const WORKER_ENTRY = join(import.meta.dirname, "runtime-worker.mjs");
const execFileAsync = promisify(execFile);

/**
 * Measures every runtime of the plan against the server at `url`; resolves to `{ plan, measured,
 * skipped }`, `measured` being `{ [runtime]: { version, usPerCall: { fetch, oursFetch, oursNode? },
 * overFetch: { oursFetch, oursNode? } } }` and `skipped` `{ [runtime]: why }`.
 */
export async function runRuntimes(url, plan, { full, workDir }) {
  const runtimes = {
    node: () => inProcess(process.execPath, [], url, plan),
    bun: () => inProcess(BUN, [], url, plan),
    deno: () => inProcess(DENO, ["run", `--allow-net=${new URL(url).host}`, `--allow-read=${ROOT}`], url, plan, { DENO_NO_UPDATE_CHECK: "1" }),
  };
  if (full) {
    runtimes.node22 = async () => inProcess(await node22(), [], url, plan);
    // workerd's clock moves in whole milliseconds, and only across I/O: longer batches.
    runtimes.workerd = () => onWorkerd(url, { ...plan, batch: 100 }, join(workDir, "workerd"));
    // A page's fetch goes through the browser's network service, whose calls cost many times the
    // others': fewer calls keep the run short, and the ratio needs no more.
    runtimes.chromium = () => onChromium(url, { ...plan, warmup: Math.min(plan.warmup, 50), calls: Math.min(plan.calls, 200) });
  }
  const out = { plan, measured: {}, skipped: {} };
  // One at a time: they share the machine's two cores with the server in this process.
  for (const [name, measure] of Object.entries(runtimes)) {
    try {
      const { version, results } = await measure();
      const usPerCall = Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.usPerCall]));
      const overFetch = Object.fromEntries(
        Object.entries(usPerCall)
          .filter(([id]) => id !== "fetch")
          .map(([id, us]) => [id, Math.round((us / usPerCall.fetch) * 100) / 100]),
      );
      out.measured[name] = { version, usPerCall, overFetch };
    } catch (error) {
      if (name === "chromium" && !existsSync(CHROMIUM)) out.skipped[name] = `${CHROMIUM} not found`;
      else throw error;
    }
  }
  return out;
}

/** Node, Bun or Deno running runtime-process.mjs. */
async function inProcess(file, args, url, plan, env = {}) {
  const [{ stdout }, version] = await Promise.all([
    execFileAsync(file, [...args, PROCESS_ENTRY, url, JSON.stringify(plan)], { cwd: BENCH_DIR, env: { ...process.env, ...env } }),
    versionOf(file),
  ]);
  return { version, results: JSON.parse(stdout) };
}

/** The version a binary prints, without its name or build details. */
async function versionOf(file) {
  const { stdout } = await execFileAsync(file, ["--version"]);
  return /\d+\.\d+\.\d+|\d{4}-\d{2}-\d{2}/.exec(stdout)?.[0] ?? stdout.trim();
}

/** runtime-worker.mjs bundled for the workerd/worker/browser conditions, served by workerd without nodejs_compat. */
async function onWorkerd(url, plan, dir) {
  mkdirSync(dir, { recursive: true });
  await workerBundle({ entryPoints: [WORKER_ENTRY] }, join(dir, "worker.js"));
  // The Worker may reach loopback only: the bench's server listens there.
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker), (name = "internet", network = (allow = ["local"]))],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);
const worker :Workerd.Worker = (modules = [(name = "worker", esModule = embed "worker.js")], compatibilityDate = "2026-11-01");
`,
  );
  const query = new URLSearchParams({ url, plan: JSON.stringify(plan) });
  const results = JSON.parse(await fetchFromWorkerd("config.capnp", dir, `/?${query}`));
  return { version: await versionOf(WORKERD), results };
}

/** The same measure in a headless Chromium page served at the server's own origin (no CORS preflight). */
async function onChromium(url, plan) {
  const page = `(await import(${JSON.stringify(WORKER_ENTRY)})).measureFromQuery(location.search).then((r) => console.log("BENCH " + JSON.stringify(r)));`;
  const bundle = await browserBundle({ stdin: { contents: page, resolveDir: import.meta.dirname } });
  const browser = await launchChromium();
  try {
    const index = await servePage(browser.context, `${url}/__bench/`, bundle);
    const tab = await browser.context.newPage();
    const printed = tab.waitForEvent("console", { predicate: (m) => m.text().startsWith("BENCH "), timeout: 600_000 });
    await tab.goto(`${index}?${new URLSearchParams({ url, plan: JSON.stringify(plan) })}`);
    const text = (await printed).text();
    return { version: browser.context.browser()?.version(), results: JSON.parse(text.slice("BENCH ".length)) };
  } finally {
    await browser.close();
  }
}
