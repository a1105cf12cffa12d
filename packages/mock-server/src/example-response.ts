import { exampleFromSchema } from "./example.js";
import type { Handler } from "./handler.js";
import { withUser } from "./handlers/signed-in-user.js";
import type { OpenApiDocument, SpecOperation } from "./spec-types.js";

type Security = Record<string, unknown>[];

/**
 * Answers operations that have no hand-written behaviour: an example built from the first branch
 * of the 200 response schema (the success envelope), the same for every call. Operations whose
 * spec security requires the user's access token answer statusCode 401 without a valid one.
 */
export class ExampleResponses {
  readonly #cache = new Map<SpecOperation, unknown>();

  constructor(readonly spec: OpenApiDocument) {}

  /** The example answer of an operation (a fresh copy each time). */
  for(operation: SpecOperation): unknown {
    if (!this.#cache.has(operation)) {
      const content = (operation.operation as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }).responses?.["200"]?.content;
      const schema = Object.values(content ?? {})[0]?.schema;
      this.#cache.set(
        operation,
        schema === undefined ? { statusCode: 200, message: "Operation successful" } : exampleFromSchema(schema, { document: this.spec }),
      );
    }
    return structuredClone(this.#cache.get(operation));
  }

  /** A handler answering the example, behind the user-token check when the spec asks for one. */
  handler(operation: SpecOperation): Handler {
    const answer = () => this.for(operation);
    return this.requiresUser(operation) ? withUser(answer) : answer;
  }

  /** Whether every security requirement of the operation includes the user's access token. */
  requiresUser(operation: SpecOperation): boolean {
    const security = (operation.operation.security ?? this.spec.security ?? []) as Security;
    return security.length > 0 && security.every((requirement) => "userAccessToken" in requirement);
  }
}
