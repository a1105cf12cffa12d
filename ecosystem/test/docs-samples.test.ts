// Every ```ts block in docs/*.md and in the packages' READMEs (their npm pages) is type-checked against the built packages, as a user's file would be.
// A guide marked `<!-- placeholder -->` is skipped until it is written; a block whose info string
// says `no-check` (e.g. code of the SDK we replace) is skipped on purpose.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SEED_SAMPLE } from "../../scripts/lib/seed-sample.mjs";
import { ARTIFACTS, PUBLISHED, ROOT } from "../lib/paths.js";
import { run } from "../lib/run.js";

const DOCS = join(ROOT, "docs");
const SAMPLES = join(ARTIFACTS, "docs-samples");
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

interface Sample {
  doc: string;
  line: number;
  code: string;
}

function samplesOf(doc: string): Sample[] {
  const text = readFileSync(join(ROOT, doc), "utf8");
  if (text.includes("<!-- placeholder -->")) return [];
  const samples: Sample[] = [];
  for (const match of text.matchAll(/^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    if (match[2]?.includes("no-check")) continue;
    samples.push({ doc, line: text.slice(0, match.index).split("\n").length, code: match[3] ?? "" });
  }
  return samples;
}

const guides = readdirSync(DOCS).filter((f) => f.endsWith(".md"));
const readmes = PUBLISHED.map((name) => `packages/${name}/README.md`);
const samples = [...guides.map((g) => `docs/${g}`), ...readmes].flatMap(samplesOf);

it("the guides hold TypeScript samples to check", () => {
  expect(samples.length).toBeGreaterThan(3);
});

it("every TypeScript sample in docs/*.md and the packages' READMEs compiles against the built packages (strict)", async () => {
  rmSync(SAMPLES, { recursive: true, force: true });
  mkdirSync(SAMPLES, { recursive: true });
  const files = samples.map((s) => {
    const name = `${s.doc.replace(/\.md$/, "").replaceAll("/", "-")}-line-${s.line}.mts`;
    // A header that points a compile error back to the guide and line it came from.
    writeFileSync(join(SAMPLES, name), `// ${s.doc}:${s.line}\n${s.code}\nexport {};\n`);
    return name;
  });
  // The modules a runtime provides that samples import, declared as that runtime's types declare
  // them (@cloudflare/workers-types for cloudflare:workers).
  writeFileSync(
    join(SAMPLES, "runtime-modules.d.ts"),
    'declare module "cloudflare:workers" {\n  export function waitUntil(promise: Promise<unknown>): void;\n}\n',
  );
  writeFileSync(
    join(SAMPLES, "tsconfig.json"),
    JSON.stringify({
      extends: join(ROOT, "tsconfig.base.json"),
      compilerOptions: { noEmit: true, types: ["node"], typeRoots: [join(ROOT, "ecosystem/node_modules/@types")] },
      files: ["runtime-modules.d.ts", ...files],
    }),
  );
  // The samples resolve @genauth/* through this package's node_modules (workspace links to dist).
  await run(process.execPath, [TSC, "-p", join(SAMPLES, "tsconfig.json")], { cwd: join(ROOT, "ecosystem") });
});

it("the quick start shows the seed's sample as it is", () => {
  const quickStart = readFileSync(join(DOCS, "quick-start.md"), "utf8");
  const sample = readFileSync(SEED_SAMPLE, "utf8");
  const body = sample.slice(sample.indexOf("import {"));
  expect(quickStart).toContain(body.trim());
});

it("typedoc.json lists every guide in docs/, in reading order", () => {
  const listed = (JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { projectDocuments: string[] }).projectDocuments;
  // An explicit list (not a glob) so the quick start comes first; add new guides to it.
  expect([...listed].sort()).toEqual(guides.map((g) => `docs/${g}`).sort());
  expect(listed[0]).toBe("docs/quick-start.md");
});
