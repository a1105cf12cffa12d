// @ts-check
// The two bundles the runtimes without node:http load, built the same way for the ecosystem's
// runtime matrix and `pnpm bench`: a Worker's as `wrangler` builds it, a page's for the browser.
/** @import { BuildOptions } from "esbuild" */
import { build } from "esbuild";

/**
 * What to bundle: entry points (with the directory they are relative to) or a source text.
 * @typedef {Pick<BuildOptions, "absWorkingDir" | "entryPoints" | "stdin">} BundleSource
 */

/**
 * `source` bundled for a Worker as `wrangler` would (the workerd/worker/browser conditions), with
 * no Node built-ins, written to `outfile`. The runtime's own `cloudflare:` modules (such as
 * `cloudflare:workers`) stay imports, as `wrangler` leaves them: workerd provides them.
 * @param {BundleSource} source
 * @param {string} outfile
 * @returns {Promise<void>}
 */
export async function workerBundle(source, outfile) {
  await build({
    ...source,
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    external: ["cloudflare:*"],
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    logLevel: "error",
  });
}

/**
 * `source` bundled for the browser as one ES module; resolves to its text.
 * @param {BundleSource} source
 * @returns {Promise<string>}
 */
export async function browserBundle(source) {
  const result = await build({
    ...source,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
  });
  return result.outputFiles[0]?.text ?? "";
}
