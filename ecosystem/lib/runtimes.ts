import { join } from "node:path";
import { browserBundle, workerBundle } from "./harness/bundles.mjs";
import { launchChromium } from "./harness/chromium.mjs";
import { servePage } from "./harness/page-route.mjs";
import { BUN, DENO, node22, PINNED, WORKERD } from "./harness/runtime-binaries.mjs";
import { fetchFromWorkerd } from "./harness/workerd-serve.mjs";
import { reportFrom, REPORT_PREFIX, type RuntimeReport } from "./runtime-report.js";
import { run } from "./run.js";

/** The consumer project the checks run in (see checks/runtimes.test.ts) and the mock it talks to. */
export interface RuntimeProject {
  dir: string;
  mockUrl: string;
}

/** One row of the matrix: a runtime, how it is pinned, and how it runs the checks. */
export interface Runtime {
  name: string;
  /** Its row in the README's Runtimes table and the version that row names (test/readme-runtimes.test.ts). */
  readme: { row: string; version: string };
  /** What the report must name (`Bun 1.4.5`…): the pinned version, or a prefix for the host's Node 20. */
  expect: string;
  /** The build the main specifier must give it (the package's `exports` conditions). */
  build: "node" | "fetch";
  run(project: RuntimeProject): Promise<RuntimeReport>;
}

const PAGE_TIMEOUT_MS = 60_000;
const NODE20 = { row: "Node.js 20", version: "the host's 20.x" };
/** scripts/install-node22.sh's default (test/readme-runtimes.test.ts holds them together). */
const NODE22 = { row: "Node.js 22", version: "22.23.3" };

/** The matrix, in table order. */
export const RUNTIMES: Runtime[] = [
  { name: "Node 20 (ESM)", readme: NODE20, expect: "Node 20.", build: "node", run: (p) => onNode(process.execPath, p, "main.mjs") },
  { name: "Node 20 (CJS)", readme: NODE20, expect: "Node 20.", build: "node", run: (p) => onNode(process.execPath, p, "main.cjs") },
  { name: "Node 22 (ESM)", readme: NODE22, expect: `Node ${NODE22.version}`, build: "node", run: async (p) => onNode(await node22(), p, "main.mjs") },
  { name: "Node 22 (CJS)", readme: NODE22, expect: `Node ${NODE22.version}`, build: "node", run: async (p) => onNode(await node22(), p, "main.cjs") },
  { name: "Bun", readme: { row: "Bun", version: PINNED.bun }, expect: `Bun ${PINNED.bun}`, build: "fetch", run: onBun },
  { name: "Deno", readme: { row: "Deno", version: PINNED.deno }, expect: `Deno ${PINNED.deno}`, build: "fetch", run: onDeno },
  // A Worker cannot tell workerd's version; onWorkerd adds what the binary prints.
  { name: "workerd", readme: { row: "workerd", version: PINNED.workerd }, expect: "Cloudflare-Workers", build: "fetch", run: onWorkerd },
  { name: "Chromium", readme: { row: "Chromium", version: "Debian's `chromium`" }, expect: "HeadlessChrome/", build: "fetch", run: onChromium },
];

async function onNode(node: string, { dir }: RuntimeProject, entry: string): Promise<RuntimeReport> {
  return reportFrom(await run(node, [entry], { cwd: dir }));
}

async function onBun({ dir }: RuntimeProject): Promise<RuntimeReport> {
  return reportFrom(await run(BUN, ["main.mjs"], { cwd: dir }));
}

/** Deno with the project's package.json and node_modules (its default when both exist), loopback and the project only. */
async function onDeno({ dir, mockUrl }: RuntimeProject): Promise<RuntimeReport> {
  const { host } = new URL(mockUrl);
  const args = ["run", `--allow-net=${host}`, `--allow-read=${dir}`, "main.mjs"];
  return reportFrom(await run(DENO, args, { cwd: dir, env: { DENO_DIR: join(dir, ".deno"), DENO_NO_UPDATE_CHECK: "1" } }));
}

/** The Worker bundled as `wrangler` would (the workerd/worker/browser conditions), served by workerd. */
async function onWorkerd({ dir }: RuntimeProject): Promise<RuntimeReport> {
  await workerBundle({ absWorkingDir: dir, entryPoints: ["worker.mjs"] }, join(dir, "worker.js"));
  const report = JSON.parse(await fetchFromWorkerd("workerd.capnp", dir)) as RuntimeReport;
  // A Worker cannot see workerd's version: the binary says it.
  return { ...report, runtime: `${(await run(WORKERD, ["--version"], { cwd: dir })).trim()}, ${report.runtime}` };
}

/**
 * The checks bundled for the browser, in headless Chromium. The page is served at the mock's own
 * origin (playwright answers its two files), as an app behind the same host would be; the consumer
 * checks cover calls from another origin.
 */
async function onChromium({ dir, mockUrl }: RuntimeProject): Promise<RuntimeReport> {
  const bundle = await browserBundle({ absWorkingDir: dir, entryPoints: ["main.mjs"] });
  const browser = await launchChromium();
  try {
    const page = await servePage(browser.context, `${mockUrl}/__runtime-checks/`, bundle);
    const tab = await browser.context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    const printed = tab.waitForEvent("console", { predicate: (m) => m.text().startsWith(REPORT_PREFIX), timeout: PAGE_TIMEOUT_MS });
    await tab.goto(page);
    const report = reportFrom((await printed).text());
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    return report;
  } finally {
    await browser.close();
  }
}
