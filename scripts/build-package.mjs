#!/usr/bin/env node
// Builds the JavaScript of a package, run in the package's folder after tsc has written the
// declarations: esbuild bundles the package's own modules from `src/` into one ES module per
// `exports` entry, with code shared between entries (or imported on demand) in `dist/chunks/`;
// the Node build's entries are bundled each on its own (on-demand code in `dist/node/chunks/`).
// Node resolves, reads and compiles every ES module on its own, so a few files load faster than
// dozens. Dependencies stay imports. `--entry src/<file>.ts` makes a module a file of its own in
// the fetch build: one that bundles into code run at load (the `Models` namespace object), which
// an app's bundler can then drop as a whole file when the app does not use it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const PACKAGE_DIR = process.cwd();
const MANIFEST = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8"));

/** The JS targets of `exports`, through every condition, as source files (`./dist/x.js` → `src/x.ts`). */
function exportedSources(target) {
  if (typeof target === "string") return target.endsWith(".js") ? [target.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts")] : [];
  return Object.entries(target ?? {}).flatMap(([key, inner]) => (key === "types" ? [] : exportedSources(inner)));
}

/** The sources that Node.js loads: the targets of `node` conditions and of the `./node` subpath. */
function nodeSources(exportsMap) {
  const underNode = (target) =>
    typeof target === "object" && target !== null
      ? Object.entries(target).flatMap(([key, inner]) => (key === "node" ? exportedSources(inner) : underNode(inner)))
      : [];
  return [...underNode(exportsMap), ...exportedSources(exportsMap?.["./node"])];
}

const extraEntries = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--entry" ? [arg] : []));
const entryPoints = [...new Set([...exportedSources(MANIFEST.exports), ...extraEntries])];
const dependencies = Object.keys({ ...MANIFEST.dependencies, ...MANIFEST.peerDependencies });

/**
 * Node.js loads the Node build (what the `node` condition and `./node` reach) without a bundler,
 * so each of its entries is bundled on its own: one file, plus the files it imports on demand.
 * Chunks shared between entries would make every import load and link more files. Nothing
 * depends on the Node entries sharing a copy of a class: the clients' errors come from
 * `@genauth/core`, whose `.` and `./node` both resolve to its one Node file under the `node`
 * condition. The other entries (the fetch build, for bundlers, Bun, Deno and workers) share their
 * chunks.
 */
const nodeEntries = [...new Set(nodeSources(MANIFEST.exports))];
const groups = [entryPoints.filter((entry) => !nodeEntries.includes(entry)), ...nodeEntries.map((entry) => [entry])];
let files = 0;
for (const [i, group] of groups.entries()) {
  if (group.length === 0) continue;
  const { metafile } = await build({
    entryPoints: group,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outdir: "dist",
    outbase: "src",
    entryNames: "[dir]/[name]",
    chunkNames: i === 0 ? "chunks/[name]-[hash]" : "node/chunks/[name]-[hash]",
    external: ["node:*", ...dependencies.flatMap((name) => [name, `${name}/*`])],
    metafile: true,
    logLevel: "error",
  });
  files += Object.keys(metafile.outputs).length;
}
console.log(`build-package: ${MANIFEST.name}: ${entryPoints.length} entries, ${files} files`);
