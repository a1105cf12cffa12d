#!/usr/bin/env node
// The last step of a package's build, run in the package's folder after tsc:
//
// 1. Inlines vendored dependencies. A module `src/vendored/<name>.ts` only re-exports the package
//    `<name>`; here its output is replaced by that package bundled in, with the package's licence
//    on top. Both packages inlined this way are pinned to one exact version, so users lose no
//    updates, and they stop installing what the package publishes besides its code (source maps,
//    sources, changelogs, a CJS copy): 257 KB for openapi-fetch, 56 KB for sha256-uint8array.
// 2. Bundles the package's own modules into one file per entry of its `exports` (with shared and
//    lazily imported code in chunks), when run with `--bundle`. Node resolves, reads and compiles
//    every ES module on its own: spread over core's and the client's ~60 modules, the client took
//    more than twice as long to import as in a few files. Dependencies stay imports, inlined
//    packages stay their own files (with their licence), and declarations stay one file per
//    module for editors and typedoc.
// 3. Indents declarations and code with tabs instead of tsc's four spaces (esbuild's two for what
//    it bundled). Declarations are most
//    of the installed bytes (their TSDoc is what editors show), and a quarter of those bytes were
//    indentation. Only the leading run of each line changes, so code samples inside comments keep
//    their own indentation; a module whose minified form changes (a multi-line template literal)
//    is left as tsc wrote it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";
import { retab } from "./lib/retab.mjs";

const PACKAGE_DIR = process.cwd();
const DIST = join(PACKAGE_DIR, "dist");
const VENDORED = join(DIST, "vendored");
const MANIFEST = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8"));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function licenceOf(name) {
  const require = createRequire(join(PACKAGE_DIR, "package.json"));
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, "package.json")) || JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name !== name) dir = dirname(dir);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const text = readFileSync(join(dir, "LICENSE"), "utf8").trim();
  // A plain comment, not a legal one (`/*!`): the package itself ships its notice in no file a
  // bundler keeps, and an app's bundle should not grow by it through us either.
  return `/*\n * ${name}@${version} (${license}), inlined by scripts/finish-dist.mjs.\n *\n${text
    .split("\n")
    .map((line) => ` * ${line}`.trimEnd())
    .join("\n")}\n */`;
}

async function inlineVendored() {
  if (!existsSync(VENDORED)) return [];
  const inlined = [];
  for (const file of readdirSync(VENDORED)) {
    const path = join(VENDORED, file);
    if (file.endsWith(".d.ts")) {
      // Nothing public names these modules; their declarations would name a package users do not install.
      rmSync(path);
      continue;
    }
    if (!file.endsWith(".js")) continue;
    const name = file.slice(0, -".js".length);
    const { outputFiles } = await build({
      entryPoints: [path],
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      target: "es2022",
      legalComments: "none",
      banner: { js: licenceOf(name) },
      logLevel: "error",
    });
    writeFileSync(path, outputFiles[0].contents);
    inlined.push(name);
  }
  return inlined;
}

/** Tabs for the leading spaces of every own file; `bundled` files were printed by esbuild. */
function indentWithTabs(bundled) {
  let saved = 0;
  const leftAlone = [];
  const ownFiles = filesUnder(DIST).filter((p) => !p.startsWith(VENDORED) && (p.endsWith(".d.ts") || p.endsWith(".js")));
  for (const path of ownFiles) {
    const before = readFileSync(path, "utf8");
    const after = retab(before, { module: path.endsWith(".js"), width: bundled.has(path) ? 2 : 4 });
    if (after === before) {
      if (/^ {2}/m.test(before)) leftAlone.push(relative(DIST, path));
      continue;
    }
    saved += before.length - after.length;
    writeFileSync(path, after);
  }
  return { saved, leftAlone };
}

/** The JS file of every `exports` entry. */
function entryFiles() {
  return Object.values(MANIFEST.exports ?? {})
    .filter((target) => typeof target === "object")
    .map((target) => join(PACKAGE_DIR, target.default));
}

/**
 * Modules that stay files of their own: the inlined packages, and each `--keep-file dist/…`, a
 * module whose top level runs code (the enums of `Models` are namespaces). Inside a bundle an
 * app's bundler could no longer drop such code when unused; as a file, `sideEffects: false` lets
 * it drop the whole module.
 */
function keptFiles() {
  const vendored = existsSync(VENDORED) ? readdirSync(VENDORED).filter((f) => f.endsWith(".js")).map((f) => join(VENDORED, f)) : [];
  const named = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--keep-file" ? [join(PACKAGE_DIR, arg)] : []));
  return new Set([...vendored, ...named]);
}

// Imports of kept files go through a marker, replaced once each output's place is known.
const KEPT_MARKER = "genauth-kept-file:";

async function bundleOwnModules() {
  const dependencies = Object.keys({ ...MANIFEST.dependencies, ...MANIFEST.peerDependencies });
  const kept = keptFiles();
  const modules = filesUnder(DIST).filter((p) => p.endsWith(".js") && !kept.has(p));
  const { outputFiles } = await build({
    entryPoints: entryFiles(),
    bundle: true,
    splitting: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outdir: DIST,
    outbase: DIST,
    entryNames: "[dir]/[name]",
    chunkNames: "chunks/[name]-[hash]",
    external: ["node:*", ...dependencies.flatMap((name) => [name, `${name}/*`])],
    logLevel: "error",
    plugins: [
      {
        name: "kept-files",
        setup(b) {
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const path = join(args.resolveDir, args.path);
            return kept.has(path) ? { path: KEPT_MARKER + posix(relative(DIST, path)), external: true } : undefined;
          });
        },
      },
    ],
  });
  for (const path of modules) rmSync(path);
  for (const file of outputFiles) {
    const toDist = posix(relative(dirname(file.path), DIST));
    const code = file.text.replaceAll(KEPT_MARKER, toDist ? `${toDist}/` : "./");
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, code);
  }
  return { modules: modules.length, files: outputFiles.map((f) => f.path) };
}

/** Fails the build when a relative import of the built code names no file (e.g. one the bundling removed). */
function checkRelativeImports() {
  for (const path of filesUnder(DIST).filter((p) => p.endsWith(".js"))) {
    for (const [, specifier] of readFileSync(path, "utf8").matchAll(/(?:\bfrom|\bimport\(?)\s*["'](\.\.?\/[^"']+)["']/g)) {
      if (!existsSync(join(dirname(path), specifier))) throw new Error(`${relative(DIST, path)} imports ${specifier}, which the build did not write`);
    }
  }
}

const posix = (path) => path.split("\\").join("/");

const inlined = await inlineVendored();
const bundled = process.argv.includes("--bundle") ? await bundleOwnModules() : undefined;
const { saved, leftAlone } = indentWithTabs(new Set(bundled?.files));
checkRelativeImports();
const where = relative(process.cwd(), DIST) || ".";
console.log(`finish-dist: ${where}: ${inlined.length ? `inlined ${inlined.join(", ")}; ` : ""}${bundled ? `${bundled.modules} modules bundled into ${bundled.files.length} files; ` : ""}${saved} bytes of indentation saved${leftAlone.length ? `; left as written: ${leftAlone.join(", ")}` : ""}`);
