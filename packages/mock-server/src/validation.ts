import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { fail, type Envelope } from "./envelope.js";
import type { OpenApiDocument, SpecOperation } from "./spec-types.js";

const DOC_ID = "genauth-spec";

/** Request and response checks of one operation, compiled from the spec. */
export interface OperationValidators {
  /** Checks the request body. */
  body?: ValidateFunction;
  /** Whether a body must be sent. */
  bodyRequired: boolean;
  /** The media type the body is sent in. */
  bodyMediaType?: string;
  /** Checks the query parameters. */
  query?: ValidateFunction;
  /** Checks the 200 response. */
  response?: ValidateFunction;
}

/** A problem with a request, phrased for the client: which field, and what is wrong. */
export interface RequestProblem {
  /** Where the problem is, e.g. `body.appId`. */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** Compiles and caches the JSON Schema checks of the spec's operations (ajv, draft 2020-12). */
export class SpecValidator {
  static readonly #bySpec = new WeakMap<OpenApiDocument, SpecValidator>();

  /** The validator of `spec`, made once per process: every server of that spec shares its compiled checks. */
  static of(spec: OpenApiDocument): SpecValidator {
    let validator = SpecValidator.#bySpec.get(spec);
    if (!validator) {
      validator = new SpecValidator(spec);
      SpecValidator.#bySpec.set(spec, validator);
    }
    return validator;
  }

  readonly #strict: Ajv2020;
  readonly #coercing: Ajv2020;
  /** By the spec's own operation object, which every server's router shares (its `SpecOperation`s are its own). */
  readonly #cache = new Map<object, OperationValidators>();

  constructor(spec: OpenApiDocument) {
    // OpenAPI adds keywords (example, x-*) that plain JSON Schema does not know: not strict.
    this.#strict = new Ajv2020({ strict: false, allErrors: true });
    // Query strings arrive as text: let "10" satisfy { type: number }.
    this.#coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: "array" });
    for (const ajv of [this.#strict, this.#coercing]) ajv.addSchema({ ...spec, $id: DOC_ID });
  }

  /**
   * A check of an object whose `properties` each follow that property of the spec's schema
   * `schemaName` (e.g. `UserDto`); it requires none of them and lets other properties through.
   */
  propertiesCheck(schemaName: string, properties: readonly string[]): ValidateFunction {
    const pointer = `${DOC_ID}#/components/schemas/${escapePointer(schemaName)}/properties/`;
    return this.#strict.compile({
      type: "object",
      properties: Object.fromEntries(properties.map((property) => [property, { $ref: `${pointer}${escapePointer(property)}` }])),
    });
  }

  /** The checks of one operation, compiled on first use. */
  for(operation: SpecOperation): OperationValidators {
    let validators = this.#cache.get(operation.operation);
    if (!validators) {
      validators = this.#compile(operation);
      this.#cache.set(operation.operation, validators);
    }
    return validators;
  }

  #compile(operation: SpecOperation): OperationValidators {
    const pointer = `${DOC_ID}#/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}`;
    const op = operation.operation as {
      requestBody?: { required?: boolean; content?: Record<string, unknown> };
      parameters?: { in: string; name: string; required?: boolean; schema?: unknown }[];
      responses?: Record<string, { content?: Record<string, unknown> }>;
    };
    const validators: OperationValidators = { bodyRequired: op.requestBody?.required === true };
    const bodyMediaType = Object.keys(op.requestBody?.content ?? {})[0];
    if (bodyMediaType) {
      validators.bodyMediaType = bodyMediaType;
      validators.body = this.#strict.compile({
        $ref: `${pointer}/requestBody/content/${escapePointer(bodyMediaType)}/schema`,
      });
    }
    const query = (op.parameters ?? []).filter((p) => p.in === "query");
    if (query.length) {
      validators.query = this.#coercing.compile({
        type: "object",
        properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
        required: query.filter((p) => p.required).map((p) => p.name),
      });
    }
    const responseMediaType = Object.keys(op.responses?.["200"]?.content ?? {})[0];
    if (responseMediaType) {
      validators.response = this.#strict.compile({
        $ref: `${pointer}/responses/200/content/${escapePointer(responseMediaType)}/schema`,
      });
    }
    return validators;
  }
}

/** The first schema error as a field name and a sentence, e.g. `appSecret is required`. */
export function describeProblem(where: "body" | "query", errors: ErrorObject[] | null | undefined): RequestProblem {
  const error = errors?.find((e) => e.keyword === "required") ?? errors?.[0];
  if (!error) return { field: where, message: `${where} is invalid` };
  const path = error.instancePath.split("/").filter(Boolean).join(".");
  if (error.keyword === "required") {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const field = path ? `${path}.${missing}` : missing;
    return { field, message: `${field} is required` };
  }
  const field = path || where;
  return { field, message: `${field} ${error.message ?? "is invalid"}` };
}

/** All schema errors as one line, for reporting an invalid response. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The 400 envelope of a query that breaks the operation's schema; undefined when it passes. */
export function queryFailure(checks: OperationValidators, query: unknown): Envelope | undefined {
  if (!checks.query || checks.query(query)) return undefined;
  return fail(400, `invalid query parameter: ${describeProblem("query", checks.query.errors).message}`);
}

/** The 400 envelope of a missing required body or of one that breaks the schema; undefined when it passes. */
export function bodyFailure(checks: OperationValidators, body: unknown): Envelope | undefined {
  if (!checks.body) return undefined;
  if (body === undefined) return checks.bodyRequired ? fail(400, "a request body is required") : undefined;
  return checks.body(body) ? undefined : fail(400, `invalid request body: ${describeProblem("body", checks.body.errors).message}`);
}

/**
 * The 500 envelope of an answer that breaks the response schema of `document` (named in the
 * message): a bug of the mock server's own; undefined when it passes.
 */
export function responseFailure(checks: OperationValidators, answer: unknown, operation: SpecOperation, document: string): Envelope | undefined {
  if (!checks.response || checks.response(answer)) return undefined;
  return fail(500, `mock server bug: its answer to ${operation.sdkMethod} breaks ${document}: ${describeErrors(checks.response.errors)}`);
}
