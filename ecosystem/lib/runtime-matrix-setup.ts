// vitest globalSetup: prints the runtime matrix after every check file has run, so that it ends
// the output of `pnpm run test:ecosystem` (checks/runtimes.test.ts writes it).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { RUNTIME_MATRIX } from "./paths.js";

export default function forgetLastMatrix(): () => void {
  rmSync(RUNTIME_MATRIX, { force: true });
  return () => {
    if (existsSync(RUNTIME_MATRIX)) process.stdout.write(`\nRuntime matrix (${RUNTIME_MATRIX}):\n${readFileSync(RUNTIME_MATRIX, "utf8")}`);
  };
}
