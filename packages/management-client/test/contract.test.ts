// Contract test: every operation of the Management API document, called through its
// ManagementClient method against the mock server with arguments synthesised from the document.
// Each request is signed by the client and checked by the server (signature, then the request
// schemas); the test checks each answer against the document.
import { describeErrors, managementHandlers, managementSpec, SpecValidator, startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManagementClient } from "../src/index.js";
import { contractCases } from "./spec-arguments.js";

const ACCESS_KEY = { accessKeyId: "contract-ak", accessKeySecret: "contract-sk" };
/** Messages the mock server gives requests that break the document's request schemas. */
const SPEC_REJECTION = /^(invalid request body|invalid query parameter|a request body is required)/;

const cases = contractCases();
const validator = new SpecValidator(managementSpec);

let server: MockServer;
let client: ManagementClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [ACCESS_KEY] } });
  client = new ManagementClient({ ...ACCESS_KEY, host: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

interface Answer {
  statusCode?: number;
  apiCode?: number;
  message?: string;
}

describe("contract: every Management API operation through ManagementClient against the mock server", () => {
  it("covers every operation of the document", () => {
    const operationCount = Object.values(managementSpec.paths).reduce(
      (n, item) => n + ["get", "post", "put", "delete", "patch"].filter((m) => m in item).length,
      0,
    );
    expect(cases).toHaveLength(operationCount);
    expect(server.managementOperations).toHaveLength(operationCount);
  });

  it.each(cases.map((c) => [c.sdkMethod, c] as const))("%s", async (sdkMethod, { method, path, args }) => {
    const callable = (client as unknown as Record<string, unknown>)[sdkMethod];
    expect(callable, `ManagementClient.${sdkMethod} (${method} ${path})`).toBeTypeOf("function");
    const result = (await (callable as (...a: unknown[]) => Promise<unknown>).apply(client, args)) as Answer;
    const operation = server.managementOperations.find((o) => o.method === method && o.path === path);
    expect(operation).toBeDefined();
    const validate = validator.for(operation!).response;
    if (validate && !validate(result)) expect.fail(`answer breaks the document: ${describeErrors(validate.errors)}`);
    // The client's signature passed, and so did its request against the document's schemas.
    expect(result.statusCode, JSON.stringify(result)).not.toBe(401);
    if (result.statusCode === 400) expect(result.message, "the mock server rejected the request against the document").not.toMatch(SPEC_REJECTION);
    // 500 is the mock server's own bug (an answer that broke the document, a crash); 501 a missing operation.
    expect([500, 501], JSON.stringify(result)).not.toContain(result.statusCode);
    // Without hand-written behaviour the answer is the document's example: a success envelope, or
    // the bare object the few non-envelope operations answer.
    if (!(sdkMethod in managementHandlers) && "statusCode" in result) expect(result.statusCode).toBe(200);
  });
});
