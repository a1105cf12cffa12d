// What makes the published packages install anywhere, checked on their manifests; the packed
// tarballs themselves go through publint and attw in `pnpm run test:ecosystem`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLISHED, ROOT } from "../lib/paths.js";

interface Manifest {
  name: string;
  type?: string;
  sideEffects?: boolean;
  engines?: { node?: string };
  files?: string[];
  exports?: Record<string, string | Record<string, unknown>>;
  dependencies?: Record<string, string>;
}

const typedoc = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { packageOptions?: { entryPoints?: string[] } };

describe.each(PUBLISHED)("packages/%s", (dir) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8")) as Manifest;

  it("is ESM only, side-effect free, for Node >= 20.19, and publishes only dist and README", () => {
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines?.node).toBe(">=20.19");
    expect(manifest.files).toEqual(["dist", "README.md"]);
  });

  it("has an exports map whose conditions list types first", () => {
    expect(manifest.exports?.["."]).toBeDefined();
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target === "string") {
        expect(subpath).toBe("./package.json");
        continue;
      }
      for (const leaf of leafConditions(target)) {
        expect(Object.keys(leaf)[0], `${manifest.name} exports["${subpath}"]`).toBe("types");
        expect(Object.keys(leaf)).not.toContain("require");
      }
    }
  });

  it("has a docs entry point for every exported subpath", () => {
    const own = join(ROOT, "packages", dir, "typedoc.json");
    const entryPoints = existsSync(own)
      ? (JSON.parse(readFileSync(own, "utf8")) as { entryPoints?: string[] }).entryPoints
      : typedoc.packageOptions?.entryPoints;
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      for (const file of jsTargets(target)) {
        const source = file.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
        expect(entryPoints, `${manifest.name} exports["${subpath}"] → ${source}`).toContain(source);
      }
    }
  });

  it("imports in its built code only Node built-ins and its dependencies", () => {
    const dist = join(ROOT, "packages", dir, "dist");
    const allowed = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {})]);
    const imported = new Set<string>();
    for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(dist, file), "utf8");
      for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport\(?)\s*["']([^"'.\s][^"'\s]*)["']/g)) {
        if (specifier?.startsWith("node:")) continue;
        imported.add(specifier?.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : (specifier?.split("/")[0] ?? ""));
      }
    }
    // The scan must see real imports: the client's runtime ones are known.
    if (manifest.name === "@genauth/authentication-client") expect([...imported].sort()).toEqual(["@genauth/core", "jose", "sha256-uint8array"]);
    // A specifier has no white space: enum values such as `IMPORT: "import",` are not imports.
    if (manifest.name === "@genauth/management-client") expect([...imported].sort()).toEqual(["@genauth/core"]);
    for (const name of imported) expect(allowed.has(name), `${manifest.name} imports ${name}, which it does not depend on`).toBe(true);
  });

  it("depends on its siblings through workspace:* (pnpm pack turns them into versions)", () => {
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (dep.startsWith("@genauth/")) expect(range, dep).toBe("workspace:*");
    }
  });
});

/** The JS files an `exports` target names, through every condition. */
function jsTargets(target: unknown): string[] {
  if (typeof target === "string") return target.endsWith(".js") ? [target] : [];
  if (typeof target !== "object" || target === null) return [];
  return Object.entries(target).flatMap(([condition, inner]) => (condition === "types" ? [] : jsTargets(inner)));
}

/** The condition objects of an `exports` target whose values are files (`{ types, default }`), through nested conditions. */
function leafConditions(target: Record<string, unknown>): Record<string, unknown>[] {
  const nested = Object.values(target).filter((inner): inner is Record<string, unknown> => typeof inner === "object" && inner !== null);
  return nested.length ? nested.flatMap(leafConditions) : [target];
}
