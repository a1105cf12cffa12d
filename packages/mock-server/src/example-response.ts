import { exampleFromSchema } from "./example.js";
import type { OpenApiDocument, SpecOperation } from "./spec-types.js";

/**
 * The answer of an operation that has no hand-written behaviour: an example built from the
 * first branch of its 200 response schema (the success envelope), the same for every call.
 */
export class ExampleResponses {
  readonly #cache = new Map<SpecOperation, unknown>();

  constructor(readonly spec: OpenApiDocument) {}

  for(operation: SpecOperation): unknown {
    if (!this.#cache.has(operation)) {
      const content = (operation.operation as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> })
        .responses?.["200"]?.content;
      const schema = Object.values(content ?? {})[0]?.schema;
      this.#cache.set(operation, schema === undefined ? { statusCode: 200, message: "Operation successful" } : exampleFromSchema(schema, { document: this.spec }));
    }
    return structuredClone(this.#cache.get(operation));
  }
}
