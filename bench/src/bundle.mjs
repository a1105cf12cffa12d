// Bundle size of the seed's program — get a WeChat access token — built the way an app would ship
// it: esbuild, bundled, minified, then gzipped. The program comes in two forms: through the class
// (`new AuthenticationClient(…).getWechatMpAccessToken(…)`) and through `/functions`
// (`getWechatMpAccessToken(createCore(…), …)`). Measured twice: as one file (everything the program
// can reach), and split (what loads before the first dynamic import, e.g. jose before the first
// token check).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BENCH_DIR = join(import.meta.dirname, "..");
const OPTIONS = `{ appId: "APP_ID", appSecret: "APP_SECRET", appHost: "https://example.genauth.ai" }`;
const WECHAT = `{ appId: "wx", appSecret: "wx-secret" }`;
/** The seed program for each form, importing from `specifier` (the package's main specifier). */
export const SEED_PROGRAMS = {
  class: (specifier) => `import { AuthenticationClient } from "${specifier}";
const client = new AuthenticationClient(${OPTIONS});
client.getWechatMpAccessToken(${WECHAT}).then((result) => console.log(result));
`,
  functions: (specifier) => `import { createCore, getWechatMpAccessToken } from "${specifier}/functions";
const core = createCore(${OPTIONS});
getWechatMpAccessToken(core, ${WECHAT}).then((result) => console.log(result));
`,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

/** A module's name in a report: the path below `node_modules` or `packages/`. */
const moduleName = (path) =>
  relative(BENCH_DIR, join(BENCH_DIR, path))
    .replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "")
    .replace(/^\.\.\/packages\//, "");

/** Writes `program` into `file` and returns esbuild's options to build it. */
function seedBuild(workDir, file, program, platform, extra = {}) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, file);
  writeFileSync(entry, program);
  return {
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    logLevel: "silent",
    absWorkingDir: BENCH_DIR,
    write: false,
    metafile: true,
    ...extra,
  };
}

/** Builds split into `outdir`; resolves to the result and the outputs loaded before any dynamic import. */
async function splitBuild(options, outdir) {
  const result = await build({ ...options, splitting: true, outdir });
  const { outputs } = result.metafile;
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === "import-statement") visit(imported);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined));
  return { result, initial };
}

/**
 * Builds `program` (a seed program's source) for `platform` ("browser" or "node"), with that
 * platform's export conditions. Resolves to `{ minifiedBytes, gzipBytes }` of the single file,
 * `initialGzipBytes` of the split build's initial load, and `largestInputs`, the modules that weigh
 * most in the single file (minified bytes). Node built-ins stay external on "node", as they would
 * in an app.
 */
export async function bundleSize(workDir, name, program, platform) {
  const options = seedBuild(workDir, `${name}-${platform}.mjs`, program, platform);
  const single = await build(options);
  const code = single.outputFiles[0].contents;
  const [output] = Object.values(single.metafile.outputs);
  const largestInputs = Object.entries(output.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 8)
    .map(([path, { bytesInOutput }]) => [moduleName(path), bytesInOutput]);

  const { result, initial } = await splitBuild(options, join(workDir, `${name}-${platform}-split`));
  const byPath = new Map(result.outputFiles.map((f) => [relative(BENCH_DIR, f.path), f.contents]));
  const initialGzipBytes = [...initial].reduce((sum, path) => sum + gzip(byPath.get(path)), 0);

  return { minifiedBytes: code.byteLength, gzipBytes: gzip(code), initialGzipBytes, largestInputs };
}

const ROOT = join(BENCH_DIR, "..");
// `/functions` has its own alias: esbuild would otherwise read it as a path below the main one's file.
const SOURCES = {
  "@genauth/authentication-client/functions": join(ROOT, "packages/authentication-client/src/functions.ts"),
  "@genauth/authentication-client": join(ROOT, "packages/authentication-client/src/index.ts"),
  "@genauth/core": join(ROOT, "packages/core/src/index.ts"),
};

/**
 * What `program` loads first (split build, "browser"), module by module: the published packages
 * are one file per entry, so this builds the same program from the packages' sources (the same
 * code; the browser entries' sources, as the browser conditions pick) to see which modules the
 * bytes come from. Resolves to `[module, minified bytes]`, largest first.
 */
export async function initialModules(workDir, name, program) {
  const file = `${name}-from-src.mjs`;
  const options = seedBuild(workDir, file, program, "browser", { alias: SOURCES });
  const { result, initial } = await splitBuild(options, join(workDir, `${name}-from-src-split`));
  const bytes = new Map();
  for (const path of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[path].inputs)) {
      const module = input.endsWith(file) ? "(the seed program)" : moduleName(input);
      bytes.set(module, (bytes.get(module) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}
