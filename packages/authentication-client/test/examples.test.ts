import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("guide samples (examples/*.ts, shown in docs/oidc.md)", () => {
  it("type-check against the package's public entry points", () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    // Throws with tsc's diagnostics when a sample no longer compiles.
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.examples.json"], { cwd: root, stdio: "pipe" });
  });
});

describe("runtime neutrality", () => {
  it("nothing outside src/node imports node: modules", () => {
    const files = (readdirSync(`${root}src`, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.startsWith("node"));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => /from\s+["']node:/.test(readFileSync(`${root}src/${f}`, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the main specifier and /functions resolve to the Node build under the node condition (not on Bun or Deno); /node is its alias", () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { exports: Record<string, Record<string, unknown>> };
    const { exports } = manifest;
    expect(Object.keys(exports)).toEqual([".", "./functions", "./node", "./package.json"]);
    for (const [entry, file] of [
      [".", "index"],
      ["./functions", "functions"],
    ] as const) {
      // Bun and Deno honour `node` too: their own conditions must come first to give them the fetch build.
      expect(Object.keys(exports[entry] ?? {})).toEqual(["bun", "deno", "node", "default"]);
      expect(exports[entry]?.node).toEqual({ types: `./dist/node/${file}.d.ts`, default: `./dist/node/${file}.js` });
      const fetchBuild = { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` };
      for (const condition of ["bun", "deno", "default"]) expect(exports[entry]?.[condition]).toEqual(fetchBuild);
    }
    expect(exports["./node"]).toEqual(exports["."]?.node);
  });
});
