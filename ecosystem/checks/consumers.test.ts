// The seed's sample, installed from the packed tarballs with plain npm, run against the mock server
// (itself installed from its tarball and started through its CLI) from every kind of project users have.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSampleFor } from "../../scripts/lib/seed-sample.mjs";
import { launchChromium } from "../lib/harness/chromium.mjs";
import { compileTypeScript, createConsumerProject, removeConsumerProjects } from "../lib/consumer-project.js";
import { authenticationClient, missingMethodsProgram, NODE_ONLY_METHODS, OFFICIAL_METHODS } from "../lib/official-methods.js";
import { startMockServerProcess, type MockServerProcess } from "../lib/mock-server-process.js";
import { ARTIFACTS } from "../lib/paths.js";
import { printedJson, run } from "../lib/run.js";
import { serveStatic } from "../lib/static-server.js";

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
    const source = seedSampleFor(mockUrl).replace(IMPORT_LINE, 'const { AuthenticationClient, Models } = require("@genauth/authentication-client");');
    expect(source).toContain("require(");
    const file = project.write("index.js", source);
    expectTokenEnvelope("CJS (require)", await run(process.execPath, [file], { cwd: project.dir }));
  });

  it("gives all the official methods from the main specifier, in ESM and in CJS", async () => {
    expect(OFFICIAL_METHODS).toHaveLength(153);
    const esm = await createConsumerProject("methods-esm", { type: "module" });
    const esmFile = esm.write("index.js", missingMethodsProgram(authenticationClient("import")));
    expect(JSON.parse(await run(process.execPath, [esmFile], { cwd: esm.dir }))).toEqual([]);
    const cjs = await createConsumerProject("methods-cjs", { type: "commonjs" });
    const cjsFile = cjs.write("index.js", missingMethodsProgram(authenticationClient("require")));
    expect(JSON.parse(await run(process.execPath, [cjsFile], { cwd: cjs.dir }))).toEqual([]);
    appendFileSync(RESULTS, `main specifier on Node ${process.version}: ${OFFICIAL_METHODS.length}/${OFFICIAL_METHODS.length} official methods (ESM, CJS)\n`);
  });

  // A Node.js project (node16) has Node's types, which the Node build's redirect helpers use; a
  // bundler project may have none, and the fetch build needs none.
  for (const resolution of ["node16", "bundler"] as const) {
    it(`compiles with tsc (moduleResolution ${resolution}, skipLibCheck off${resolution === "node16" ? ", @types/node" : ", no @types/node"}) and runs`, async () => {
      const project = await createConsumerProject(`ts-${resolution}`, {
        type: "module",
        registryDevDependencies: resolution === "node16" ? { "@types/node": "^20.19.43" } : {},
      });
      project.write("src/index.ts", seedSampleFor(mockUrl));
      // node16 resolves with the node condition (the Node build, with the redirect helpers); bundler
      // resolution does not, and gets the fetch build, which has no Node-only method.
      const nodeOnly = NODE_ONLY_METHODS.map((name) => `"${name}"`).join(" | ");
      project.write(
        "src/methods.ts",
        `import type { AuthenticationClient, AuthenticationClientOptions, RequestOptions } from "@genauth/authentication-client";
export const official: (keyof AuthenticationClient)[] = ${JSON.stringify(OFFICIAL_METHODS.filter((m) => resolution === "node16" || !NODE_ONLY_METHODS.includes(m)))};
// Options read from the environment may be undefined, which every option takes.
declare const fromEnv: string | undefined;
declare const signal: AbortSignal | undefined;
export const options: AuthenticationClientOptions = { appId: "a", appHost: "https://a.example", appSecret: fromEnv, cookieSecret: fromEnv };
export const perCall: RequestOptions = { signal, timeout: undefined };
export async function methodOptions(client: AuthenticationClient, code: string): Promise<string> {
  await client.getAccessTokenByCode(code, { codeVerifier: fromEnv, redirectUri: fromEnv });
  await client.parseIDToken(code, { nonce: fromEnv, maxAge: undefined });
  return client.buildLogoutUrl({ state: fromEnv });
}
${resolution === "node16" ? "" : `// @ts-expect-error the fetch build has no Node-only method\nexport const nodeOnly: (keyof AuthenticationClient)[] = [${nodeOnly.replaceAll(" | ", ", ")}];\n`}`,
      );
      await compileTypeScript(project, resolution, resolution === "node16" ? ["node"] : []);
      const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
      expectTokenEnvelope(`TypeScript (moduleResolution ${resolution})`, stdout);
    });
  }

  // TypeScript's legacy resolution (module commonjs, the official SDK's own tsconfig) reads no
  // `exports`: the manifest's `types` and `typesVersions` give it the Node build's declarations.
  it("compiles with tsc (module commonjs, moduleResolution node10, @types/node) and runs", async () => {
    const project = await createConsumerProject("ts-node10", { type: "commonjs", registryDevDependencies: { "@types/node": "^20.19.43" } });
    project.write("src/index.ts", seedSampleFor(mockUrl));
    project.write(
      "src/methods.ts",
      `import type { AuthenticationClient } from "@genauth/authentication-client";
import { createCore, getWechatMpAccessToken } from "@genauth/authentication-client/functions";
export const official: (keyof AuthenticationClient)[] = ${JSON.stringify(OFFICIAL_METHODS)};
export const seed = (appHost: string) => getWechatMpAccessToken(createCore({ appId: "a", appHost }), { appId: "x", appSecret: "y" });
export async function typed(client: AuthenticationClient): Promise<void> {
  const result = await client.getWechatMpAccessToken({ appId: "x", appSecret: "y" });
  // @ts-expect-error the declarations are found: accessToken is a string, not a number
  const wrong: number = result.data.accessToken;
  console.log(wrong);
}
`,
    );
    await compileTypeScript(project, "node10", ["node"]);
    const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
    expectTokenEnvelope("TypeScript (module commonjs, moduleResolution node10)", stdout);
  });

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
