// @ts-check
// Where the non-Node runtimes live, shared by the ecosystem's runtime matrix and `pnpm bench`.
// Each is a pinned dev dependency of this package (see ../../package.json): npm packages that ship
// the binary in a platform-specific optional dependency, so `pnpm install` brings them. They are
// resolved from this file's own location, so every caller gets this package's pins.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * A file inside one of this package's dev dependencies (their binaries sit outside `exports`).
 * @param {string} pkg
 * @param {string} file
 * @returns {string}
 */
function binary(pkg, file) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Bun's binary, placed by the `bun` package's install script. */
export const BUN = binary("bun", "bin/bun.exe");
/** Deno's binary, placed by the `deno` package's install script. */
export const DENO = binary("deno", "deno");
/** workerd's binary, placed by the `workerd` package's install script. */
export const WORKERD = binary("workerd", "bin/workerd");

/**
 * The versions of those three pinned in this package's manifest.
 * @type {{ bun: string; deno: string; workerd: string }}
 */
export const PINNED = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).devDependencies;

/** @type {Promise<string> | undefined} */
let installingNode22;

/**
 * The `node` of Node 22, installed by scripts/install-node22.sh once (`pnpm run test:node22`
 * shares it); callers at the same time share one install.
 * @returns {Promise<string>}
 */
export function node22() {
  installingNode22 ??= promisify(execFile)("bash", ["scripts/install-node22.sh"], { cwd: ROOT }).then(({ stdout }) => join(stdout.trim(), "node"));
  return installingNode22;
}
