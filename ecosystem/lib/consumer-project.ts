import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run.js";
import { tarballs } from "./tarballs.js";

/** A throw-away project outside the monorepo that installs the SDK from its tarballs with plain npm. */
export interface ConsumerProject {
  dir: string;
  /** Writes a file relative to the project. */
  write(path: string, content: string): string;
}

const created: string[] = [];

/** Deletes every project this process created (call it after the tests that used them). */
export function removeConsumerProjects(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Creates a project in a temp folder whose dependencies are the packed tarballs, installed with
 * `npm install` as a user would; third-party dependencies come from the registry (or npm's cache).
 * `overrides` pins the SDK's own inter-package dependencies to the tarballs too, so nothing of
 * ours is fetched from the registry.
 */
export async function createConsumerProject(
  name: string,
  manifest: { type: "module" | "commonjs"; dependencies?: string[]; registryDevDependencies?: Record<string, string> },
): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), `genauth-consumer-${name}-`));
  created.push(dir);
  const files = tarballs();
  const wanted = manifest.dependencies ?? ["@genauth/authentication-client"];
  const spec = (pkg: string) => `file:${files.get(pkg) ?? missing(pkg)}`;
  const pkg = {
    name: `genauth-consumer-${name}`,
    private: true,
    type: manifest.type,
    dependencies: Object.fromEntries(wanted.map((dep) => [dep, spec(dep)])),
    devDependencies: manifest.registryDevDependencies ?? {},
    overrides: Object.fromEntries([...files.keys()].map((dep) => [dep, wanted.includes(dep) ? `$${dep}` : spec(dep)])),
  };
  const project: ConsumerProject = {
    dir,
    write(path, content) {
      const file = join(dir, path);
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
  };
  project.write("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: dir });
  return project;
}

function missing(pkg: string): never {
  throw new Error(`no tarball for ${pkg}: did lib/pack-setup.ts run?`);
}

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Compiles the project's `src/` with tsc into `dist/`, strict and with `skipLibCheck` off, so the
 * packages' own declarations are checked too; `types` names the `@types` packages the project has.
 * A project with Node's types is a Node.js project: it has no DOM library, so the declarations
 * must not need one; the others are browser projects, with it.
 * @throws with tsc's diagnostics when something does not compile.
 */
export async function compileTypeScript(project: ConsumerProject, resolution: "node16" | "bundler" | "node10", types: string[]): Promise<void> {
  project.write(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: types.includes("node") ? ["ES2022"] : ["ES2022", "DOM"],
        // node10 is what TypeScript picks for module commonjs: CommonJS output, which loads the
        // packages through Node's require(esm).
        module: { node16: "node16", bundler: "esnext", node10: "commonjs" }[resolution],
        moduleResolution: resolution,
        strict: true,
        // The strictest users' setting: an optional option may still be given as `undefined`.
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        types,
        outDir: "dist",
      },
      include: ["src"],
    }),
  );
  await run(process.execPath, [TSC, "-p", "."], { cwd: project.dir });
}
