import { execFile } from "node:child_process";
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

/** The `node` of Node 22, installed by scripts/install-node22.sh (once; `pnpm run test:node22` shares it). */
export async function node22(): Promise<string> {
  const { stdout } = await promisify(execFile)("bash", ["scripts/install-node22.sh"], { cwd: ROOT });
  return `${stdout.trim()}/node`;
}
