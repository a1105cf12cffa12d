import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { ROOT, devDependencyFile } from "./paths.js";

// Each runtime is a pinned dev dependency of this package (see package.json): npm packages that
// ship the binary in a platform-specific optional dependency, so `pnpm install` brings them.
/** Bun's binary, placed by the `bun` package's install script. */
export const BUN = devDependencyFile("bun", "bin/bun.exe");
/** Deno's binary, placed by the `deno` package's install script. */
export const DENO = devDependencyFile("deno", "deno");
/** workerd's binary, placed by the `workerd` package's install script. */
export const WORKERD = devDependencyFile("workerd", "bin/workerd");

/** The versions of those three pinned in this package's manifest. */
export const PINNED: { bun: string; deno: string; workerd: string } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).devDependencies;

let installingNode22: Promise<string> | undefined;

/**
 * The `node` of Node 22, installed by scripts/install-node22.sh once (`pnpm run test:node22`
 * shares it); callers at the same time share one install.
 */
export function node22(): Promise<string> {
  installingNode22 ??= promisify(execFile)("bash", ["scripts/install-node22.sh"], { cwd: ROOT }).then(({ stdout }) => `${stdout.trim()}/node`);
  return installingNode22;
}
