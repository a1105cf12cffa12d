// Contract tests: every operation of the spec, called through its AuthenticationClient method
// against the mock server, with arguments synthesised from the spec. The server validates each
// request against the spec; the test validates each answer against it.
import { describeErrors, handlers, spec, SpecValidator, startMockServer, type MockServer } from "@genauth/mock-server";
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
let accessToken: string;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP], users: [USER] } });
  // Signed in, so the operations that need a user answer as they would for one.
  accessToken = (await server.state.sessions.issue(USER.userId, APP.appId)).access_token;
  client = new AuthenticationClient({ ...APP, appHost: server.url, accessToken, maxRetries: 0 });
});
afterAll(() => server.close());

describe("contract: every spec operation through AuthenticationClient against the mock server", () => {
  it("covers every operation of the spec", () => {
    const operationCount = Object.values(spec.paths).reduce((n, item) => n + ["get", "post", "put", "delete", "patch"].filter((m) => m in item).length, 0);
    expect(cases).toHaveLength(operationCount);
    expect(cases.length).toBeGreaterThan(0);
  });

  const generated = cases.filter((c) => !c.handwritten);
  it.each(generated.map((c) => [c.sdkMethod, c] as const))("%s", async (sdkMethod, { method, path, args }) => {
    const callable = (client as unknown as Record<string, unknown>)[sdkMethod];
    expect(callable, `AuthenticationClient.${sdkMethod} (${method} ${path})`).toBeTypeOf("function");
    const result = (await (callable as (...a: unknown[]) => Promise<unknown>).apply(client, args)) as Answer;
    checkAnswer(method, path, result);
    // Without hand-written behaviour the answer is the spec's example: a success envelope, or the
    // bare object the few non-envelope endpoints (/api/v2, /mfa) answer.
    if (!(sdkMethod in handlers) && "statusCode" in result) expect(result.statusCode).toBe(200);
  });

  // Hand-written methods take their own argument shapes; their endpoints are called directly.
  const handwritten = cases.filter((c) => c.handwritten);
  it.each(handwritten.map((c) => [c.sdkMethod, c] as const))(
    "%s (hand-written method: its endpoint over HTTP)",
    async (_sdkMethod, { method, path, url, body }) => {
      const response = await fetch(`${server.url}${url}`, {
        method,
        headers: { "x-authing-app-id": APP.appId, authorization: accessToken, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(response.status).toBe(200);
      checkAnswer(method, path, (await response.json()) as Answer);
    },
  );
});

interface Answer {
  statusCode?: number;
  message?: string;
}

/** The answer conforms to the spec, the request passed the server's spec checks, and no mock bug showed. */
function checkAnswer(method: string, path: string, result: Answer): void {
  const operation = server.operations.find((o) => o.method === method && o.path === path);
  expect(operation).toBeDefined();
  const validate = validator.for(operation!).response;
  if (validate && !validate(result)) expect.fail(`answer breaks the spec: ${describeErrors(validate.errors)}`);
  if (result.statusCode === 400) expect(result.message, "the mock server rejected the request against the spec").not.toMatch(SPEC_REJECTION);
  // 500 is the mock server's own bug (an answer that broke the spec, a crash); 501 a missing operation.
  expect([500, 501], JSON.stringify(result)).not.toContain(result.statusCode);
}
