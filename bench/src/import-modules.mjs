#!/usr/bin/env node
// `node bench/src/import-modules.mjs [--files] [specifier…]`: what importing each specifier loads on
// Node, by package: modules and bytes of source (`--files`: each module of our packages too), and
// the public built-in modules (`node:http`…) it loads. A fresh `node` per specifier, whose module-loader hook
// (`module.register`) reports every `file:` URL the ES module loader loads; CommonJS modules
// required from CommonJS do not pass through it, so the CommonJS cache is added. The specifier
// resolves as a user's would from the bench, with Node's export conditions.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = join(import.meta.dirname, "..");
const HOOKS = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  if (url.startsWith("file:")) port.postMessage(url);
  return next(url, context);
}`;

/**
 * What a fresh `node` loads to import `specifier`: `urls`, the `file:` URLs in load order, and
 * `builtins`, the public built-in modules (`http`, `zlib`…) that were not loaded before.
 */
function loaded(specifier) {
  const program = `import Module, { register } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on("message", (url) => urls.push(url));
port1.unref();
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, { data: { port: port2 }, transferList: [port2] });
const before = new Set(process.moduleLoadList);
await import(${JSON.stringify(specifier)});
const builtins = process.moduleLoadList
  .filter((entry) => !before.has(entry) && entry.startsWith("NativeModule ") && !entry.startsWith("NativeModule internal/"))
  .map((entry) => entry.slice("NativeModule ".length));
// Messages from the hooks' thread arrive asynchronously: give them a turn before reporting.
await new Promise((resolve) => setTimeout(resolve, 50));
for (const file of Object.keys(Module._cache)) urls.push(pathToFileURL(file).href);
console.log(JSON.stringify({ urls, builtins }));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", program], { cwd: BENCH_DIR, encoding: "utf8" }));
}

/** The package a file belongs to: its name below the last `node_modules`, or its workspace package. */
function packageOf(path) {
  const installed = path.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (installed) return installed[1];
  const workspace = path.match(/\/packages\/([^/]+)\//);
  return workspace ? `@genauth/${workspace[1]}` : path;
}

/**
 * By package, largest first: `[name, { modules, bytes, files }]` (`files`: `[path, bytes]` in load
 * order), the totals, and the public built-in modules, for what importing `specifier` loads.
 */
export function importModules(specifier) {
  const byPackage = new Map();
  const { urls, builtins } = loaded(specifier);
  for (const url of new Set(urls)) {
    const path = fileURLToPath(url);
    const entry = byPackage.get(packageOf(path)) ?? { modules: 0, bytes: 0, files: [] };
    const { size } = statSync(path);
    entry.modules++;
    entry.bytes += size;
    entry.files.push([path.replace(/^.*\/(node_modules|packages)\/(\.pnpm\/[^/]+\/node_modules\/)?/, ""), size]);
    byPackage.set(packageOf(path), entry);
  }
  const packages = [...byPackage].sort((a, b) => b[1].bytes - a[1].bytes);
  const total = packages.reduce((sum, [, x]) => ({ modules: sum.modules + x.modules, bytes: sum.bytes + x.bytes }), { modules: 0, bytes: 0 });
  return { packages, total, builtins };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.includes("--files");
  const specifiers = process.argv.slice(2).filter((a) => a !== "--files");
  const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
  for (const specifier of specifiers.length ? specifiers : ["@genauth/authentication-client", "@genauth/management-client", "authing-node-sdk"]) {
    const { packages, total, builtins } = importModules(specifier);
    console.log(`${specifier}: ${total.modules} modules, ${(total.bytes / 1024).toFixed(1)} KB of source`);
    console.log(`  built-in modules: ${builtins.length ? builtins.join(", ") : "none"}`);
    for (const [name, x] of packages) {
      console.log(`  ${name.padEnd(40)} ${String(x.modules).padStart(4)} ${kb(x.bytes)}`);
      if (files && name.startsWith("@genauth/")) for (const [path, bytes] of x.files) console.log(`    ${path.padEnd(58)} ${kb(bytes)}`);
    }
  }
}
