import { fileURLToPath } from "node:url";

/** The monorepo's root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Git-ignored output of these checks: tarballs, screenshots, the docs samples under test. */
export const ARTIFACTS = fileURLToPath(new URL("../.artifacts/", import.meta.url));
/** Where `pnpm pack` puts the published packages' tarballs (filled by `lib/pack-setup.ts`). */
export const TARBALLS = `${ARTIFACTS}tarballs/`;
/** The runtime × check table of checks/runtimes.test.ts, printed at the end of the run. */
export const RUNTIME_MATRIX = `${ARTIFACTS}runtime-matrix.txt`;
/** The published packages, by folder under `packages/`. */
export const PUBLISHED = ["types", "core", "authentication-client", "management-client", "mock-server"] as const;

/** A file of one of this package's dev dependencies (some keep their CLI out of `exports`). */
export function devDependencyFile(pkg: string, file: string): string {
  return fileURLToPath(new URL(`../node_modules/${pkg}/${file}`, import.meta.url));
}
