// Consumer type-check time: `tsc --noEmit` of one file that calls the same methods on each SDK's
// AuthenticationClient, as an app migrating from one to the other would.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { median } from "./runtime-calls.mjs";

const require = createRequire(import.meta.url);
const TSC = require.resolve("typescript/bin/tsc");
const CALLS = 20;

/**
 * The methods the consumer calls: those of ours that the official client has too, by name, repeated
 * when there are fewer than 20 (the generated API grows with the spec). Ours are read from
 * `/functions`' namespace (`ourFunctions`): one function per operation, named as the method, in
 * alphabetical order; a class's prototype chain would also list its hand-written methods first.
 */
export function consumerMethods(ourFunctions, officialPrototype) {
  const shared = Object.keys(ourFunctions).filter((name) => typeof officialPrototype[name] === "function");
  if (shared.length === 0) throw new Error("no method exists in both SDKs");
  return { methods: Array.from({ length: CALLS }, (_, i) => shared[i % shared.length]), distinct: Math.min(shared.length, CALLS) };
}

function consumerSource(specifier, methods) {
  const calls = methods
    .map(
      (m, i) => `  const args${i} = [] as unknown as Parameters<typeof client.${m}>;
  const result${i} = await client.${m}(...args${i});
  results.push(result${i});`,
    )
    .join("\n");
  return `import { AuthenticationClient } from "${specifier}";

const client = new AuthenticationClient({ appId: "APP_ID", appSecret: "APP_SECRET", appHost: "https://example.genauth.ai" });

export async function run(): Promise<unknown[]> {
  const results: unknown[] = [];
${calls}
  return results;
}
`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  },
  files: ["consumer.mts"],
};

function tscOnce(dir) {
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [TSC, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const field = (name) => Number(new RegExp(`^${name}:\\s+([\\d.]+)`, "m").exec(out)?.[1]);
  return { wallMs, checkMs: field("Check time") * 1000, files: field("Files"), lines: field("Lines of TypeScript") + field("Lines of Definitions") };
}

/**
 * Type-checks the consumer against each `{ name: specifier }` and an empty file (the baseline),
 * `runs` times interleaved. Resolves to medians per name: `{ wallMs, netMs, checkMs, files, lines }`.
 */
export function typecheckCost(workDir, specifiers, methods, runs) {
  const dirs = { baseline: join(workDir, "baseline") };
  mkdirSync(dirs.baseline, { recursive: true });
  writeFileSync(join(dirs.baseline, "consumer.mts"), "export {};\n");
  writeFileSync(join(dirs.baseline, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  for (const [name, specifier] of Object.entries(specifiers)) {
    dirs[name] = join(workDir, name);
    mkdirSync(dirs[name], { recursive: true });
    writeFileSync(join(dirs[name], "consumer.mts"), consumerSource(specifier, methods));
    writeFileSync(join(dirs[name], "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  }
  const samples = Object.fromEntries(Object.keys(dirs).map((n) => [n, []]));
  for (let i = 0; i < runs; i++) for (const [name, dir] of Object.entries(dirs)) samples[name].push(tscOnce(dir));
  const baselineWall = median(samples.baseline.map((s) => s.wallMs));
  const out = {};
  for (const name of Object.keys(dirs)) {
    const s = samples[name];
    const wallMs = median(s.map((x) => x.wallMs));
    out[name] = {
      wallMs: Math.round(wallMs),
      netMs: Math.round(wallMs - baselineWall),
      checkMs: Math.round(median(s.map((x) => x.checkMs))),
      files: s[0].files,
      lines: s[0].lines,
    };
  }
  return out;
}
