import { describe, expect, it } from "vitest";
import { ExampleResponses } from "../src/example-response.js";
import { describeErrors, spec, SpecValidator, startMockServer } from "../src/index.js";

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

  it("are success envelopes, equal on every call but never the same object", async () => {
    const server = await startMockServer();
    const examples = new ExampleResponses(spec);
    try {
      for (const operation of server.operations) {
        const first = examples.for(operation);
        expect(examples.for(operation)).toEqual(first);
        expect(examples.for(operation)).not.toBe(first);
        if (first && typeof first === "object" && "statusCode" in first) expect(first.statusCode).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});
