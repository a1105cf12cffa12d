// Jest, the test runner many of the official SDK's users have, set up as docs/mock-server.md says:
// in ESM mode as it is, and in a CommonJS project with the transform the guide gives. Jest's own
// module system does not use Node's require(esm) on Node.js 20 and 22, so without one of the two
// the packages do not load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createConsumerProject, removeConsumerProjects, type ConsumerProject } from "../lib/consumer-project.js";
import { run } from "../lib/run.js";

afterAll(() => removeConsumerProjects());

const DEPENDENCIES = ["@genauth/authentication-client", "@genauth/mock-server"];

/** docs/mock-server.md's test, as a Jest test file: the class and a standalone function. */
const TEST = `import { AuthenticationClient } from "@genauth/authentication-client";
import { createCore, getWechatMpAccessTokenInfo } from "@genauth/authentication-client/functions";
import { startMockServer } from "@genauth/mock-server";

const fixtures = { apps: [{ appId: "my-app", appSecret: "my-secret" }], wechatApps: [{ appId: "wx-app", appSecret: "wx-secret" }] };
let server;
beforeAll(async () => {
  server = await startMockServer({ fixtures });
});
afterAll(() => server.close());

test("the class, Node.js build", async () => {
  const client = new AuthenticationClient({ appId: "my-app", appSecret: "my-secret", appHost: server.url });
  const result = await client.getWechatMpAccessTokenInfo({ appId: "wx-app", appSecret: "wx-secret" });
  expect(result.statusCode).toBe(200);
  expect(typeof client.loginWithRedirect).toBe("function");
});

test("a standalone function", async () => {
  const core = createCore({ appId: "my-app", appSecret: "my-secret", appHost: server.url });
  expect((await getWechatMpAccessTokenInfo(core, { appId: "wx-app", appSecret: "wx-secret" })).statusCode).toBe(200);
});
`;

/** Runs the project's Jest and returns its JSON report's counts. */
async function jest(project: ConsumerProject, env: Record<string, string> = {}): Promise<{ numPassedTests: number; numFailedTests: number }> {
  await run(process.execPath, [join(project.dir, "node_modules/jest/bin/jest.js"), "--json", "--outputFile=report.json"], { cwd: project.dir, env });
  return JSON.parse(readFileSync(join(project.dir, "report.json"), "utf8"));
}

describe("Jest, as docs/mock-server.md sets it up", () => {
  it("in ESM mode (--experimental-vm-modules), with no transform", async () => {
    const project = await createConsumerProject("jest-esm", { type: "module", dependencies: DEPENDENCIES, registryDevDependencies: { jest: "^30.2.0" } });
    project.write("jest.config.js", 'export default { testEnvironment: "node", transform: {} };\n');
    project.write("seed.test.js", TEST);
    const report = await jest(project, { NODE_OPTIONS: "--experimental-vm-modules" });
    expect(report).toMatchObject({ numPassedTests: 2, numFailedTests: 0 });
  });

  it("in a CommonJS project, transforming @genauth and jose with Babel", async () => {
    const project = await createConsumerProject("jest-cjs", {
      type: "commonjs",
      dependencies: DEPENDENCIES,
      registryDevDependencies: { jest: "^30.2.0", "babel-jest": "^30.2.0", "@babel/core": "^7.28.0", "@babel/preset-env": "^7.28.0" },
    });
    // The pattern of docs/mock-server.md, which also matches pnpm's node_modules/.pnpm/@genauth+… paths.
    project.write(
      "jest.config.js",
      'module.exports = { testEnvironment: "node", transformIgnorePatterns: ["/node_modules/(?!(\\\\.pnpm/)?(@genauth[+/]|jose[@/]))"] };\n',
    );
    project.write("babel.config.js", 'module.exports = { presets: [["@babel/preset-env", { targets: { node: "current" } }]] };\n');
    project.write("seed.test.js", TEST);
    expect(await jest(project)).toMatchObject({ numPassedTests: 2, numFailedTests: 0 });
  });
});
