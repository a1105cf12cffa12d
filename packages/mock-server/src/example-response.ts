import { randomUUID } from "node:crypto";
import { exampleFromSchema } from "./example.js";
import type { Envelope } from "./envelope.js";
import type { Handler } from "./handler.js";
import { withUser } from "./handlers/signed-in-user.js";
import type { OpenApiDocument, SpecOperation } from "./spec-types.js";

type Security = Record<string, unknown>[];

/**
 * Answers operations that have no hand-written behaviour: an example built from the first branch
 * of the 200 response schema (the success envelope), the same for every call but for its request
 * ID. A success envelope carries no `apiCode` and a request ID of its own, as `ok()`'s do.
 * Operations whose spec security requires the user's access token answer statusCode 401 without a
 * valid one.
 */
export class ExampleResponses {
  readonly #cache = new Map<SpecOperation, unknown>();

  constructor(readonly spec: OpenApiDocument) {}

  /** The example answer of an operation (a fresh copy each time, with a fresh request ID when it is an envelope). */
  for(operation: SpecOperation): unknown {
    if (!this.#cache.has(operation)) {
      const content = (operation.operation as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }).responses?.["200"]?.content;
      const schema = Object.values(content ?? {})[0]?.schema;
      this.#cache.set(
        operation,
        schema === undefined ? { statusCode: 200, message: "Operation successful" } : withoutSuccessExtras(exampleFromSchema(schema, { document: this.spec })),
      );
    }
    const answer = structuredClone(this.#cache.get(operation));
    if (isSuccessEnvelope(answer)) answer.requestId = randomUUID();
    return answer;
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

function isSuccessEnvelope(value: unknown): value is Envelope {
  return typeof value === "object" && value !== null && (value as { statusCode?: unknown }).statusCode === 200 && "message" in value;
}

/**
 * The example without what a success envelope does not carry: the schema's `apiCode` (GenAuth
 * sends none on success) and its fixed `requestId` (each answer gets its own).
 */
function withoutSuccessExtras(example: unknown): unknown {
  if (!isSuccessEnvelope(example)) return example;
  const { apiCode: _apiCode, requestId: _requestId, ...rest } = example;
  return rest;
}
