#!/usr/bin/env node
// The last step of a package's build, run in the package's folder after tsc:
//
// 1. Inlines vendored dependencies. A module `src/vendored/<name>.ts` only re-exports the package
//    `<name>`; here its output is replaced by that package bundled in, with the package's licence
//    on top. Both packages inlined this way are pinned to one exact version, so users lose no
//    updates, and they stop installing what the package publishes besides its code (source maps,
//    sources, changelogs, a CJS copy): 257 KB for openapi-fetch, 56 KB for sha256-uint8array.
// 2. Indents declarations and code with tabs instead of tsc's four spaces. Declarations are most
//    of the installed bytes (their TSDoc is what editors show), and a quarter of those bytes were
//    indentation. Only the leading run of each line changes, so code samples inside comments keep
//    their own indentation; a module whose minified form changes (a multi-line template literal)
//    is left as tsc wrote it.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";
import { retab } from "./lib/retab.mjs";

const PACKAGE_DIR = process.cwd();
const DIST = join(PACKAGE_DIR, "dist");

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
  const vendoredDir = join(DIST, "vendored");
  if (!existsSync(vendoredDir)) return [];
  const inlined = [];
  for (const file of readdirSync(vendoredDir)) {
    const path = join(vendoredDir, file);
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

function indentWithTabs() {
  let saved = 0;
  const kept = [];
  const ownFiles = filesUnder(DIST).filter((p) => !p.startsWith(join(DIST, "vendored")) && (p.endsWith(".d.ts") || p.endsWith(".js")));
  for (const path of ownFiles) {
    const before = readFileSync(path, "utf8");
    const after = retab(before, { module: path.endsWith(".js") });
    if (after === before) {
      if (/^ {4}/m.test(before)) kept.push(relative(DIST, path));
      continue;
    }
    saved += before.length - after.length;
    writeFileSync(path, after);
  }
  return { saved, kept };
}

const inlined = await inlineVendored();
const { saved, kept } = indentWithTabs();
const where = relative(process.cwd(), DIST) || ".";
console.log(`finish-dist: ${where}: ${inlined.length ? `inlined ${inlined.join(", ")}; ` : ""}${saved} bytes of indentation saved${kept.length ? `; kept as written: ${kept.join(", ")}` : ""}`);
