// The seed's sample, installed from the packed tarballs with plain npm, run against the mock server
// (itself installed from its tarball and started through its CLI) from every kind of project users have.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSampleFor } from "../../scripts/lib/seed-sample.mjs";
import { launchChromium } from "../lib/chromium.js";
import { createConsumerProject, removeConsumerProjects } from "../lib/consumer-project.js";
import { startMockServerProcess, type MockServerProcess } from "../lib/mock-server-process.js";
import { ARTIFACTS } from "../lib/paths.js";
import { printedJson, run } from "../lib/run.js";
import { serveStatic } from "../lib/static-server.js";

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const RESULTS = join(ARTIFACTS, "consumer-results.txt");
const IMPORT_LINE = 'import { AuthenticationClient, Models } from "@genauth/authentication-client";';

let mock: MockServerProcess | undefined;
let mockUrl: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(RESULTS, "");
  mock = await startMockServerProcess();
  mockUrl = mock.url;
});

afterAll(async () => {
  await mock?.stop();
  removeConsumerProjects();
});

/** Asserts the sample's printed envelope and notes the result for the report. */
function expectTokenEnvelope(consumer: string, stdout: string): void {
  const result = printedJson(stdout);
  expect(result.statusCode).toBe(200);
  expect(result.data?.accessToken).toEqual(expect.any(String));
  appendFileSync(RESULTS, `${consumer}: statusCode ${result.statusCode}, accessToken ${String(result.data?.accessToken).slice(0, 10)}…\n`);
}

describe("the seed's sample from the tarballs", () => {
  it("runs in an ESM project (import)", async () => {
    const project = await createConsumerProject("esm", { type: "module" });
    const file = project.write("index.js", seedSampleFor(mockUrl));
    expectTokenEnvelope("ESM (import)", await run(process.execPath, [file], { cwd: project.dir }));
  });

  it("runs in a CommonJS project (require, through Node's require(esm))", async () => {
    const project = await createConsumerProject("cjs", { type: "commonjs" });
    const source = seedSampleFor(mockUrl).replace(
      IMPORT_LINE,
      'const { AuthenticationClient, Models } = require("@genauth/authentication-client");',
    );
    expect(source).toContain("require(");
    const file = project.write("index.js", source);
    expectTokenEnvelope("CJS (require)", await run(process.execPath, [file], { cwd: project.dir }));
  });

  for (const resolution of ["node16", "bundler"] as const) {
    it(`compiles with tsc (moduleResolution ${resolution}, skipLibCheck off, no @types/node) and runs`, async () => {
      const project = await createConsumerProject(`ts-${resolution}`, { type: "module" });
      project.write("src/index.ts", seedSampleFor(mockUrl));
      project.write(
        "tsconfig.json",
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2022", "DOM"],
            module: resolution === "node16" ? "node16" : "esnext",
            moduleResolution: resolution,
            strict: true,
            skipLibCheck: false,
            types: [],
            outDir: "dist",
          },
          include: ["src"],
        }),
      );
      await run(process.execPath, [TSC, "-p", "."], { cwd: project.dir });
      const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
      expectTokenEnvelope(`TypeScript (moduleResolution ${resolution})`, stdout);
    });
  }

  it("runs in a browser page (esbuild bundle, headless Chromium, cross-origin mock server)", async () => {
    const project = await createConsumerProject("browser", { type: "module" });
    const entry = project.write("src/index.js", seedSampleFor(mockUrl));
    project.write("public/index.html", '<!doctype html><meta charset="utf-8"><title>consumer</title><script type="module" src="bundle.js"></script>\n');
    await build({
      absWorkingDir: project.dir,
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      outfile: join(project.dir, "public/bundle.js"),
      logLevel: "error",
    });
    const site = await serveStatic(join(project.dir, "public"));
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const printed = page.waitForEvent("console", { predicate: (message) => message.text().startsWith("{"), timeout: 30_000 });
      await page.goto(`${site.url}/index.html`);
      const stdout = (await printed).text();
      expect(errors).toEqual([]);
      expect(new URL(site.url).origin).not.toBe(new URL(mockUrl).origin);
      expectTokenEnvelope("browser (esbuild + Chromium, CORS)", stdout);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
