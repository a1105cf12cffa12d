// Bundle size of the seed's program — import AuthenticationClient, call getWechatMpAccessToken —
// built the way an app would ship it: esbuild, bundled, minified, then gzipped. Measured twice:
// as one file (everything the program can reach), and split (what loads before the first
// dynamic import, e.g. jose before the first token check).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BENCH_DIR = join(import.meta.dirname, "..");
const SEED_PROGRAM = (specifier) => `import { AuthenticationClient } from "${specifier}";
const client = new AuthenticationClient({ appId: "APP_ID", appSecret: "APP_SECRET", appHost: "https://example.genauth.ai" });
client.getWechatMpAccessToken({ appId: "wx", appSecret: "wx-secret" }).then((result) => console.log(result));
`;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

/**
 * Builds the seed program against `specifier` for `platform` ("browser" or "node"). Resolves to
 * `{ minifiedBytes, gzipBytes }` of the single file, `initialGzipBytes` of the split build's
 * initial load, and `largestInputs`, the modules that weigh most in the single file (minified bytes).
 * Node built-ins stay external on "node", as they would in an app.
 */
export async function bundleSize(workDir, name, specifier, platform) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, `${name}-${platform}.mjs`);
  writeFileSync(entry, SEED_PROGRAM(specifier));
  const common = { entryPoints: [entry], bundle: true, minify: true, format: "esm", platform, target: "es2022", logLevel: "silent", absWorkingDir: BENCH_DIR };
  const single = await build({ ...common, write: false, metafile: true });
  const code = single.outputFiles[0].contents;
  const [output] = Object.values(single.metafile.outputs);
  const largestInputs = Object.entries(output.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 8)
    .map(([path, { bytesInOutput }]) => [relative(BENCH_DIR, join(BENCH_DIR, path)).replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, ""), bytesInOutput]);

  const split = await build({ ...common, splitting: true, outdir: join(workDir, `${name}-${platform}-split`), write: false, metafile: true });
  const byPath = new Map(split.outputFiles.map((f) => [relative(BENCH_DIR, f.path), f.contents]));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of split.metafile.outputs[path].imports) if (kind === "import-statement" && byPath.has(imported)) visit(imported);
  };
  visit(Object.keys(split.metafile.outputs).find((path) => split.metafile.outputs[path].entryPoint !== undefined));
  const initialGzipBytes = [...initial].reduce((sum, path) => sum + gzip(byPath.get(path)), 0);

  return { minifiedBytes: code.byteLength, gzipBytes: gzip(code), initialGzipBytes, largestInputs };
}

const ROOT = join(BENCH_DIR, "..");
const SOURCES = {
  "@genauth/authentication-client": join(ROOT, "packages/authentication-client/src/index.ts"),
  "@genauth/core": join(ROOT, "packages/core/src/index.ts"),
};

/**
 * What the seed program loads first (split build, "browser"), module by module: the published
 * packages are one file per entry, so this builds the same program from the packages' sources
 * (the same code) to see which modules the bytes come from. Resolves to `[module, minified bytes]`,
 * largest first.
 */
export async function initialModules(workDir) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, "ours-from-src.mjs");
  writeFileSync(entry, SEED_PROGRAM("@genauth/authentication-client"));
  const split = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
    absWorkingDir: BENCH_DIR,
    alias: SOURCES,
    splitting: true,
    outdir: join(workDir, "ours-from-src-split"),
    write: false,
    metafile: true,
  });
  const { outputs } = split.metafile;
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === "import-statement") visit(imported);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined));
  const bytes = new Map();
  for (const path of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const name = input.endsWith("ours-from-src.mjs") ? "(the seed program)" : input.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^\.\.\/packages\//, "");
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}
