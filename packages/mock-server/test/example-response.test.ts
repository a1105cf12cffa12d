import { describe, expect, it } from "vitest";
import { ExampleResponses } from "../src/example-response.js";
import { describeErrors, spec, SpecValidator, startMockServer } from "../src/index.js";
import { signedRequest } from "./helpers/signed-request.js";

const validator = new SpecValidator(spec);

describe("example answers of operations without hand-written behaviour", () => {
  it("are valid against every operation's 200 response schema", async () => {
    const server = await startMockServer();
    const examples = new ExampleResponses(spec);
    try {
      const invalid = server.operations.flatMap((operation) => {
        const validate = validator.for(operation).response;
        const example = examples.for(operation);
        return validate && !validate(example) ? [`${operation.sdkMethod}: ${describeErrors(validate.errors)}`] : [];
      });
      expect(invalid).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("are success envelopes, equal on every call but for a fresh request ID, never the same object", async () => {
    const server = await startMockServer();
    const examples = new ExampleResponses(spec);
    try {
      for (const operation of server.operations) {
        const first = examples.for(operation);
        const again = examples.for(operation);
        expect(again).not.toBe(first);
        if (first && typeof first === "object" && "statusCode" in first) {
          expect(first.statusCode).toBe(200);
          const { requestId: firstId, ...firstRest } = first as unknown as { requestId: string };
          const { requestId: againId, ...againRest } = again as unknown as { requestId: string };
          expect(againRest).toEqual(firstRest);
          expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
          expect(againId).not.toBe(firstId);
        } else expect(again).toEqual(first);
      }
    } finally {
      await server.close();
    }
  });

  it("carry no apiCode and a request ID of their own on success, over HTTP, in both APIs", async () => {
    const server = await startMockServer();
    try {
      const read = async () => {
        const response = await fetch(`${server.url}/api/v3/get-application-enabled-extidps`, { headers: { "x-authing-app-id": "genauth-mock-app" } });
        return (await response.json()) as Record<string, unknown>;
      };
      const [first, second] = [await read(), await read()];
      expect(first.statusCode).toBe(200);
      expect(first).not.toHaveProperty("apiCode");
      expect(first.requestId).toEqual(expect.any(String));
      expect(second.requestId).not.toBe(first.requestId);
      const management = await signedRequest(server.url, { method: "POST", path: "/api/v3/kick-public-accounts", body: { userId: "p", appIds: [] } });
      expect(management.body.statusCode).toBe(200);
      expect(management.body).not.toHaveProperty("apiCode");
      expect(management.body.requestId).toEqual(expect.any(String));
    } finally {
      await server.close();
    }
  });
});
