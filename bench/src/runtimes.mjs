// The runtime part of `pnpm bench`: on each runtime, our client's per-call cost against that
// runtime's own bare `fetch` (runtime-calls.mjs), every runtime talking to the bench's server in
// this process. Node, Bun and Deno measure both builds (the fetch build and the nodeFetch one);
// workerd and Chromium, which have no node:http, the fetch build their main specifier gives. Smoke mode runs Node, Bun and
// Deno briefly; the full run adds Node 22 (scripts/install-node22.sh), workerd and Chromium.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";

const BENCH_DIR = join(import.meta.dirname, "..");
const ROOT = join(BENCH_DIR, "..");
const PROCESS_ENTRY = join(import.meta.dirname, "runtime-process.mjs");
const WORKER_ENTRY = join(import.meta.dirname, "runtime-worker.mjs");
const require = createRequire(import.meta.url);
const binary = (pkg, file) => join(require.resolve(`${pkg}/package.json`), "..", file);
const BUN = binary("bun", "bin/bun.exe");
const DENO = binary("deno", "deno");
const WORKERD = binary("workerd", "bin/workerd");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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

/** Node 22 from scripts/install-node22.sh (installed once, shared with `pnpm run test:node22`). */
async function node22() {
  const { stdout } = await execFileAsync("bash", ["scripts/install-node22.sh"], { cwd: ROOT });
  return join(stdout.trim(), "node");
}

/** runtime-worker.mjs bundled for the workerd/worker/browser conditions, served by workerd without nodejs_compat. */
async function onWorkerd(url, plan, dir) {
  mkdirSync(dir, { recursive: true });
  await bundle(WORKER_ENTRY, join(dir, "worker.js"), "neutral", ["workerd", "worker", "browser"]);
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
  const port = await freePort();
  const workerd = spawn(WORKERD, ["serve", "config.capnp", "--socket-addr", `http=127.0.0.1:${port}`], { cwd: dir, stdio: "ignore" });
  try {
    const query = new URLSearchParams({ url, plan: JSON.stringify(plan) });
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/?${query}`);
        if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${await response.text()}`);
        return { version: await versionOf(WORKERD), results: await response.json() };
      } catch (error) {
        if (error.cause?.code !== "ECONNREFUSED" || attempt > 300) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    workerd.kill("SIGTERM");
    await once(workerd, "exit");
  }
}

/** The same measure in a headless Chromium page served at the server's own origin (no CORS preflight). */
async function onChromium(url, plan) {
  const { chromium } = await import("playwright-core");
  const page = `(await import(${JSON.stringify(WORKER_ENTRY)})).measureFromQuery(location.search).then((r) => console.log("BENCH " + JSON.stringify(r)));`;
  const result = await build({
    stdin: { contents: page, resolveDir: import.meta.dirname },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    await context.route(`${url}/__bench/**`, (route) =>
      route.request().url().includes("bundle.js")
        ? route.fulfill({ contentType: "text/javascript", body: result.outputFiles[0].text })
        : route.fulfill({ contentType: "text/html", body: '<!doctype html><script type="module" src="bundle.js"></script>' }),
    );
    const tab = await context.newPage();
    const printed = tab.waitForEvent("console", { predicate: (m) => m.text().startsWith("BENCH "), timeout: 600_000 });
    await tab.goto(`${url}/__bench/index.html?${new URLSearchParams({ url, plan: JSON.stringify(plan) })}`);
    const text = (await printed).text();
    return { version: browser.version(), results: JSON.parse(text.slice("BENCH ".length)) };
  } finally {
    await browser.close();
  }
}

function bundle(entry, outfile, platform, conditions) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform,
    conditions,
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    logLevel: "error",
  });
}

async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}
