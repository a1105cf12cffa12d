#!/usr/bin/env node
// `pnpm generate`: turns each spec of scripts/lib/clients.mjs (the Authentication and Management
// APIs) into the committed src/generated/ files of @genauth/types and its client package, and both
// specs into the mock server's spec modules.
// `pnpm generate --check`: writes nothing; exits 1 and lists the files that are stale.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { CLIENTS } from "./lib/clients.mjs";
import { emitClient } from "./lib/emit-client.mjs";
import { emitMock } from "./lib/emit-mock.mjs";
import { emitModels } from "./lib/emit-models.mjs";
import { emitTypes } from "./lib/emit-types.mjs";
import { loadSpec, MANAGEMENT_SPEC_PATH, ROOT, SPEC_PATH } from "./lib/spec.mjs";

const GENERATED_DIRS = ["packages/types/src/generated", ...CLIENTS.map((c) => `${c.packageDir}/src/generated`), "packages/mock-server/src/generated"];

const check = process.argv.includes("--check");
const emitted = {};
const specs = new Map();
for (const client of CLIENTS) {
  const spec = loadSpec(client.spec);
  specs.set(client.spec, spec);
  Object.assign(emitted, await emitTypes(spec, client), emitClient(spec, client), emitModels(spec, client));
}
Object.assign(emitted, emitMock(specs.get(SPEC_PATH), specs.get(MANAGEMENT_SPEC_PATH)));
// Generated files are formatted as the rest of the repository is (biome.json), so that the check
// below and `pnpm test`'s formatting check agree.
const files = Object.fromEntries(Object.entries(emitted).map(([path, contents]) => [path, format(path, contents)]));

const stale = [];
for (const [path, contents] of Object.entries(files)) {
  const absolute = join(ROOT, path);
  if (read(absolute) === contents) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, contents);
  }
}
// A generated file the spec no longer produces is stale too.
for (const dir of GENERATED_DIRS) {
  for (const name of listFiles(join(ROOT, dir))) {
    const path = relative(ROOT, name);
    if (path in files) continue;
    stale.push(`${path} (no longer generated)`);
    if (!check) rmSync(name);
  }
}

if (check) {
  if (stale.length) {
    console.error(`Generated code is stale; run \`pnpm generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`generated code is up to date (${Object.keys(files).length} files)`);
} else {
  console.log(`generated ${Object.keys(files).length} files, ${stale.length} changed${stale.length ? `:\n  ${stale.join("\n  ")}` : ""}`);
}

function format(path, contents) {
  const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
  return execFileSync(process.execPath, [biome, "format", `--stdin-file-path=${path}`], {
    cwd: ROOT,
    input: contents,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function listFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
