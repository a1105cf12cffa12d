// The README's Runtimes table claims what the runtime matrix (checks/runtimes.test.ts) tests: the
// same runtimes, at the versions pinned in this package's manifest and scripts/install-node22.sh.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../lib/paths.js";
import { RUNTIMES } from "../lib/runtimes.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = /^## Runtimes\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| runtime") && !line.startsWith("| ---"));
const node22Script = readFileSync(join(ROOT, "scripts/install-node22.sh"), "utf8");

describe("README's Runtimes table", () => {
  it("has one row per runtime of the matrix, naming the version it runs", () => {
    const claimed = [...new Map(RUNTIMES.map((r) => [r.readme.row, r.readme])).values()];
    expect(rows.map((row) => row.split("|")[1]?.trim())).toEqual(claimed.map((r) => r.row));
    for (const { row, version } of claimed) expect(rows.find((line) => line.startsWith(`| ${row} |`))).toContain(`| ${version} |`);
  });

  // Bun's, Deno's and workerd's rows name the versions read from this package's manifest
  // (lib/harness/runtime-binaries.mjs); Node 22's is written in lib/runtimes.ts, and must be the one
  // install-node22.sh installs.
  it("names the Node 22 that install-node22.sh installs by default", () => {
    const node22 = RUNTIMES.find((r) => r.readme.row === "Node.js 22")?.readme.version;
    expect(node22Script).toContain(`NODE22_VERSION="\${NODE22_VERSION:-${node22}}"`);
  });
});
