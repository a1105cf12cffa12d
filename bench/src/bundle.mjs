// Bundle size of the seed's program — import AuthenticationClient, call getWechatMpAccessToken —
// built the way an app would ship it: esbuild, bundled, minified, then gzipped.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const SEED_PROGRAM = (specifier) => `import { AuthenticationClient } from "${specifier}";
const client = new AuthenticationClient({ appId: "APP_ID", appSecret: "APP_SECRET", appHost: "https://example.genauth.ai" });
client.getWechatMpAccessToken({ appId: "wx", appSecret: "wx-secret" }).then((result) => console.log(result));
`;

/**
 * Builds the seed program against `specifier` for `platform` ("browser" or "node") and returns
 * `{ minifiedBytes, gzipBytes }`. Node built-ins stay external on "node", as they would in an app.
 */
export async function bundleSize(workDir, name, specifier, platform) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, `${name}-${platform}.mjs`);
  writeFileSync(entry, SEED_PROGRAM(specifier));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    logLevel: "silent",
    // Resolve packages from the bench package, where both SDKs are installed.
    nodePaths: [join(import.meta.dirname, "..", "node_modules")],
    absWorkingDir: join(import.meta.dirname, ".."),
  });
  const code = result.outputFiles[0].contents;
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}
