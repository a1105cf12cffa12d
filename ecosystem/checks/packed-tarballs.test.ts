// publint and arethetypeswrong on the tarballs exactly as they would be published.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, devDependencyFile, PUBLISHED } from "../lib/paths.js";
import { run } from "../lib/run.js";
import { tarballs } from "../lib/tarballs.js";

const PUBLINT = devDependencyFile("publint", "src/cli.js");
/** Resolution modes the `esm-only` profile leaves out. */
const IGNORED_BY_ESM_ONLY = new Set(["node10", "node16-cjs"]);

interface AttwProblem {
  kind: string;
  resolutionKind?: string;
}

const ATTW = devDependencyFile("@arethetypeswrong/cli", "dist/index.js");

describe.each(PUBLISHED.map((name) => `@genauth/${name}`))("%s tarball", (pkg) => {
  const tarball = () => tarballs().get(pkg) ?? "";

  it("publint (strict, suggestions included) finds nothing", async () => {
    const out = await run(process.execPath, [PUBLINT, "run", tarball(), "--strict", "--level", "suggestion"], { cwd: ARTIFACTS });
    writeFileSync(join(ARTIFACTS, `publint-${pkg.slice("@genauth/".length)}.txt`), out);
    expect(out).toContain("All good!");
  });

  it("arethetypeswrong (esm-only profile) finds no problem", async () => {
    // attw exits non-zero on any problem the profile counts, which makes run() throw with its report.
    const text = await run(process.execPath, [ATTW, tarball(), "--profile", "esm-only", "--no-color", "--no-emoji"], { cwd: ARTIFACTS });
    writeFileSync(join(ARTIFACTS, `attw-${pkg.slice("@genauth/".length)}.txt`), text);
    const json = await run(process.execPath, [ATTW, tarball(), "--profile", "esm-only", "--format", "json"], { cwd: ARTIFACTS });
    const problems = Object.values((JSON.parse(json) as { problems?: Record<string, AttwProblem[]> }).problems ?? {}).flat();
    // esm-only ignores what CommonJS-only resolvers see: require(esm) is how CJS users load us.
    expect(problems.filter((p) => !IGNORED_BY_ESM_ONLY.has(p.resolutionKind ?? ""))).toEqual([]);
  });
});
