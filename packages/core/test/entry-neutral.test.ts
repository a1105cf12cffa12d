import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "src");

/** Every source file the module imports, transitively, following relative imports. */
function importGraph(file: string, seen = new Set<string>()): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const specifiers = [...readFileSync(path, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1] as string);
    graph.set(path, specifiers);
    for (const s of specifiers) if (s.startsWith(".")) visit(join(dirname(path), s.replace(/\.js$/, ".ts")));
  };
  visit(file);
  return graph;
}

it("the main entry reaches no node: module, so it runs wherever fetch runs", () => {
  const graph = importGraph(join(SRC, "index.ts"));
  const nodeImports = [...graph].flatMap(([file, specifiers]) => specifiers.filter((s) => s.startsWith("node:")).map((s) => `${file}: ${s}`));
  expect(nodeImports).toEqual([]);
  expect([...graph.keys()].some((f) => f.includes("node-fetch"))).toBe(false);
});

it("the node entry does reach node:http (the check above can fail)", () => {
  const graph = importGraph(join(SRC, "node.ts"));
  expect([...graph.values()].flat()).toContain("node:http");
});
