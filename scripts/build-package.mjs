#!/usr/bin/env node
// Builds the JavaScript of a package, run in the package's folder after tsc has written the
// declarations: esbuild bundles the package's own modules from `src/` into one ES module per
// `exports` entry, with code shared between entries (or imported on demand) in `dist/chunks/`.
// Node resolves, reads and compiles every ES module on its own, so a few files load faster than
// dozens. Dependencies stay imports. `--entry src/<file>.ts` makes a module a file of its own as
// well: one whose top level runs code (the `Models` enums), which an app's bundler can then drop
// as a whole file when the app does not use it.
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

const extraEntries = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--entry" ? [arg] : []));
const entryPoints = [...new Set([...exportedSources(MANIFEST.exports), ...extraEntries])];
const dependencies = Object.keys({ ...MANIFEST.dependencies, ...MANIFEST.peerDependencies });

const { metafile } = await build({
  entryPoints,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  outdir: "dist",
  outbase: "src",
  entryNames: "[dir]/[name]",
  chunkNames: "chunks/[name]-[hash]",
  external: ["node:*", ...dependencies.flatMap((name) => [name, `${name}/*`])],
  metafile: true,
  logLevel: "error",
});
console.log(`build-package: ${MANIFEST.name}: ${entryPoints.length} entries, ${Object.keys(metafile.outputs).length} files`);
