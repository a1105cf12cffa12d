// The runtime matrix: the SDK installed from the tarballs as a user would (npm), then the seed's
// sample, a password sign-in with getProfile, parseIDToken (jose and Web Crypto on that runtime,
// the mock's JWKS over HTTP), ManagementClient's getUser (the access-key signature: Web Crypto's
// HMAC-SHA1, node:crypto's on Node; in Chromium the client must refuse construction instead, as
// in any web page) and the `/functions` entry's createCore with getWechatMpAccessToken, on Node 20
// and 22 (ESM, CJS), Bun, Deno, workerd and Chromium, every check importing the main specifiers
// (`@genauth/authentication-client`, its `/functions`, `@genauth/management-client`). The mock
// server runs under Node beside them.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FIXTURES, seedSampleFor } from "../../scripts/lib/seed-sample.mjs";
import { createConsumerProject, removeConsumerProjects } from "../lib/consumer-project.js";
import { startMockServerProcess, type MockServerProcess } from "../lib/mock-server-process.js";
import { idTokenFromMock } from "../lib/oidc-id-token.js";
import { NODE_ONLY_METHODS, OFFICIAL_METHODS } from "../lib/official-methods.js";
import { ARTIFACTS, RUNTIME_MATRIX } from "../lib/paths.js";
import { matrixTable } from "../lib/runtime-matrix.js";
import { CHECKS, type RuntimeReport } from "../lib/runtime-report.js";
import { RUNTIMES } from "../lib/runtimes.js";

const CHECK_FILES = fileURLToPath(new URL("../runtime-checks/", import.meta.url));
/** The mock's default user (the seed's fixtures keep the default pool). */
const USER = { username: "mock-user", password: "Mock-Passw0rd", userId: "mock-user-1" };
/** The mock's default Management API access key (the seed's fixtures keep it too). */
const ACCESS_KEY = { accessKeyId: "genauth-mock-access-key", accessKeySecret: "genauth-mock-access-secret" };
const [APP] = SEED_FIXTURES.apps as [{ appId: string; appSecret: string }];
const [WECHAT_APP] = SEED_FIXTURES.wechatApps as [{ appId: string; appSecret: string }];
/** Runtimes at once: each mostly waits on the mock, but Chromium and workerd start heavy on two cores. */
const CONCURRENCY = 3;

let mock: MockServerProcess | undefined;
const results = new Map<string, RuntimeReport | Error>();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mock = await startMockServerProcess();
  const { idToken, nonce } = await idTokenFromMock(mock.url, APP);
  const project = await createConsumerProject("runtimes", {
    type: "module",
    dependencies: ["@genauth/authentication-client", "@genauth/management-client"],
  });
  for (const file of readdirSync(CHECK_FILES)) copyFileSync(join(CHECK_FILES, file), join(project.dir, file));
  const config = {
    appHost: mock.url,
    appId: APP.appId,
    appSecret: APP.appSecret,
    user: USER,
    idToken,
    nonce,
    officialMethods: OFFICIAL_METHODS,
    accessKey: ACCESS_KEY,
    wechatApp: WECHAT_APP,
  };
  project.write("config.mjs", `export const CONFIG = ${JSON.stringify(config, null, 2)};\n`);
  const seed = seedSampleFor(mock.url);
  project.write("seed.mjs", seed);
  project.write("seed.cjs", seed.replace(/^import (\{[^}]*\}) from ("[^"]+");$/m, "const $1 = require($2);"));

  const queue = [...RUNTIMES];
  const worker = async () => {
    for (let runtime = queue.shift(); runtime; runtime = queue.shift()) {
      const report = await runtime.run({ dir: project.dir, mockUrl: mock!.url }).catch((error: unknown) => error as Error);
      results.set(runtime.name, report);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Table order, whichever runtime finished first.
  const ordered = new Map(RUNTIMES.map((r) => [r.name, results.get(r.name) ?? new Error("not run")]));
  writeFileSync(RUNTIME_MATRIX, `${matrixTable(ordered)}\n`);
}, 600_000);

afterAll(async () => {
  await mock?.stop();
  removeConsumerProjects();
});

describe.each(RUNTIMES)("$name, from the tarballs", (runtime) => {
  const report = () => {
    const result = results.get(runtime.name);
    if (result instanceof Error || result === undefined) throw result ?? new Error("did not run");
    return result;
  };

  it("runs the checks on the pinned runtime and names the build the main specifier gave", () => {
    expect(report().runtime).toContain(runtime.expect);
    expect(report().build).toBe(runtime.build);
    // The node build has every official method; the fetch build all but the Node-only helpers.
    expect(report().methods).toBe(OFFICIAL_METHODS.length - (runtime.build === "node" ? 0 : NODE_ONLY_METHODS.length));
  });

  it.each(CHECKS)("%s", (check) => {
    expect(report().checks[check]).toMatchObject({ ok: true });
  });

  // A page must not sign (it would hand out the secret); everywhere else getUser went through signed.
  it("ManagementClient signs its requests, or refuses construction in a web page", () => {
    const detail = (report().checks.management as { detail?: string }).detail;
    if (runtime.name === "Chromium") expect(detail).toMatch(/^refused in a web page .*dangerouslyAllowBrowser/);
    else expect(detail).toMatch(`getUser ${USER.userId}, signed with ${runtime.build === "node" ? "node:crypto" : "Web Crypto"}`);
  });
});
