// Contract tests: every operation of the spec, called through its AuthenticationClient method
// against the mock server, with arguments synthesised from the spec. The server validates each
// request against the spec; the test validates each answer against it.
import { describeErrors, spec, SpecValidator, startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient } from "../src/index.js";
import { contractCases } from "./spec-arguments.js";

const APP = { appId: "contract-app", appSecret: "contract-secret" };
const USER = { userId: "contract-user", username: "contract-user", password: "Contract-Passw0rd" };
/** Messages the mock server gives requests that break the spec's request schemas. */
const SPEC_REJECTION = /^(invalid request body|invalid query parameter|a request body is required)/;

const cases = contractCases();
const validator = new SpecValidator(spec);

let server: MockServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP], users: [USER] } });
  // Signed in, so the operations that need a user answer as they would for one.
  const tokens = server.state.sessions.issue(USER.userId, APP.appId);
  client = new AuthenticationClient({ ...APP, appHost: server.url, accessToken: tokens.access_token, maxRetries: 0 });
});
afterAll(() => server.close());

describe("contract: every spec operation through AuthenticationClient against the mock server", () => {
  it("covers every operation of the spec", () => {
    const operationCount = Object.values(spec.paths).reduce((n, item) => n + ["get", "post", "put", "delete", "patch"].filter((m) => m in item).length, 0);
    expect(cases).toHaveLength(operationCount);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.sdkMethod, c] as const))("%s", async (sdkMethod, { method, path, args }) => {
    const callable = (client as unknown as Record<string, unknown>)[sdkMethod];
    expect(callable, `AuthenticationClient.${sdkMethod} (${method} ${path})`).toBeTypeOf("function");
    const result = (await (callable as (...a: unknown[]) => Promise<unknown>).apply(client, args)) as { statusCode?: number; message?: string };

    const operation = server.operations.find((o) => o.method === method && o.path === path);
    expect(operation).toBeDefined();
    const validate = validator.for(operation!).response;
    if (validate && !validate(result)) expect.fail(`answer breaks the spec: ${describeErrors(validate.errors)}`);
    if (result.statusCode === 400) expect(result.message, "the mock server rejected the request against the spec").not.toMatch(SPEC_REJECTION);
    // 500 is the mock server's own bug (an answer that broke the spec, a crash); 501 a missing operation.
    expect([500, 501], JSON.stringify(result)).not.toContain(result.statusCode);
  });
});
