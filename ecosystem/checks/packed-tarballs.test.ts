// publint and arethetypeswrong on the tarballs exactly as they would be published.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, devDependencyFile, PUBLISHED } from "../lib/paths.js";
import { run } from "../lib/run.js";
import { tarballs } from "../lib/tarballs.js";

const PUBLINT = devDependencyFile("publint", "src/cli.js");
const ATTW = devDependencyFile("@arethetypeswrong/cli", "dist/index.js");

interface AttwProblem {
  kind: string;
}

describe.each(PUBLISHED.map((name) => `@genauth/${name}`))("%s tarball", (pkg) => {
  const tarball = () => tarballs().get(pkg) ?? "";

  it("publint (strict, suggestions included) finds nothing", async () => {
    const out = await run(process.execPath, [PUBLINT, "run", tarball(), "--strict", "--level", "suggestion"], { cwd: ARTIFACTS });
    writeFileSync(join(ARTIFACTS, `publint-${pkg.slice("@genauth/".length)}.txt`), out);
    expect(out).toContain("All good!");
  });

  it("arethetypeswrong finds no problem in any resolution mode, node10 included", async () => {
    // Every mode is checked (node10 is TypeScript's default for module commonjs, and the official
    // SDK's own), save one rule: a require() that resolves to ESM is how CommonJS users load us,
    // through Node's require(esm).
    const args = [ATTW, tarball(), "--ignore-rules", "cjs-resolves-to-esm"];
    // attw exits non-zero on any problem it counts, which makes run() throw with its report.
    const text = await run(process.execPath, [...args, "--no-color", "--no-emoji"], { cwd: ARTIFACTS });
    writeFileSync(join(ARTIFACTS, `attw-${pkg.slice("@genauth/".length)}.txt`), text);
    const json = await run(process.execPath, [...args, "--format", "json"], { cwd: ARTIFACTS });
    const problems = Object.values((JSON.parse(json) as { problems?: Record<string, AttwProblem[]> }).problems ?? {}).flat();
    expect(problems.filter((p) => p.kind !== "CJSResolvesToESM")).toEqual([]);
  });
});
