// `changeset version` in a copy of the repo (never in the work tree): all five packages move together.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { PUBLISHED, ROOT } from "../lib/paths.js";
import { run } from "../lib/run.js";

const copy = mkdtempSync(join(tmpdir(), "genauth-release-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const version = (dir: string, name: string) => (JSON.parse(readFileSync(join(dir, "packages", name, "package.json"), "utf8")) as { version: string }).version;

it("a patch changeset for @genauth/core alone bumps all five packages and writes their CHANGELOGs", async () => {
  const files = (await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT }))
    .split("\0")
    .filter((f) => f && (f.startsWith(".changeset/") || f === "package.json" || f === "pnpm-workspace.yaml" || /^packages\/[^/]+\/package\.json$/.test(f)));
  for (const file of files) cpSync(join(ROOT, file), join(copy, file), { recursive: true });
  // Start from a known state: only our changeset, whatever others are pending on this branch.
  for (const file of readdirSync(join(copy, ".changeset"))) if (file.endsWith(".md")) rmSync(join(copy, ".changeset", file));
  writeFileSync(join(copy, ".changeset/core-fix.md"), '---\n"@genauth/core": patch\n---\n\nFix a thing in the transport.\n');
  const before = Object.fromEntries(PUBLISHED.map((name) => [name, version(copy, name)]));
  expect(new Set(Object.values(before)).size).toBe(1);

  await run(process.execPath, [join(ROOT, "node_modules/@changesets/cli/bin.js"), "version"], { cwd: copy });

  const [major, minor, patch] = before.core!.split(".").map(Number);
  for (const name of PUBLISHED) {
    expect(version(copy, name), name).toBe(`${major}.${minor}.${patch! + 1}`);
    const changelog = join(copy, "packages", name, "CHANGELOG.md");
    expect(existsSync(changelog), `${name} CHANGELOG.md`).toBe(true);
    expect(readFileSync(changelog, "utf8")).toContain(`## ${major}.${minor}.${patch! + 1}`);
  }
  expect(readFileSync(join(copy, "packages/core/CHANGELOG.md"), "utf8")).toContain("Fix a thing in the transport.");
  expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
});
