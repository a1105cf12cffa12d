import { GenAuthConfigError, type OperationDescriptor, type OperationInput, type RequestOptions, type Transport } from "@genauth/core";

/** A query parameter of an operation, and the field of the method's query object that fills it. */
export interface QueryField {
  /** The parameter's name on the wire. */
  readonly name: string;
  /** The field's name in the method's query object, when it differs from the wire name. */
  readonly argument?: string;
  /** What is sent when the field is left out, as the official SDK sends it. */
  readonly default?: string | number | boolean;
}

/**
 * One entry of the generated operation table (`src/generated/operations.ts`): what the transport
 * needs to send the operation, and how the method's arguments fill the request — path arguments
 * first, then the query object, then the body, then the per-call options.
 */
export interface Operation extends OperationDescriptor {
  /** The method takes one object of query parameters; `required` when any of them is. */
  readonly query?: { readonly required: boolean; readonly fields: readonly QueryField[] };
  /** The method takes a body (after the query object, if any). */
  readonly body?: true;
  /** The method is written by hand; the entry only describes the request. */
  readonly handwritten?: true;
}

/**
 * Sends `operation` with the arguments of its method (or of its standalone function, after the
 * core): the one implementation behind every generated method and function.
 */
export function callOperation(core: Transport, operation: Operation, args: readonly unknown[]): Promise<never> {
  const input: OperationInput = {};
  let i = 0;
  if (operation.pathParams) {
    const path: Record<string, string> = {};
    for (const param of operation.pathParams) path[param.name] = args[i++] as string;
    input.path = path;
  }
  if (operation.query) {
    // Like the official SDK's destructuring `({ page = 1 } = {})`: defaults replace `undefined` only.
    const given = args[i++] ?? (operation.query.required ? args[i - 1] : {});
    if (given === null || typeof given !== "object") {
      const fields = operation.query.fields.map((field) => field.argument ?? field.name).join(", ");
      const got = given === null ? "null" : typeof given;
      const message = `${operation.method} ${operation.path} takes an object of query parameters ({ ${fields} }), got ${got}`;
      return Promise.reject(new GenAuthConfigError("query", message));
    }
    const query: Record<string, unknown> = {};
    for (const field of operation.query.fields) {
      const value = (given as Record<string, unknown>)[field.argument ?? field.name];
      query[field.name] = value === undefined ? field.default : value;
    }
    input.query = query;
  }
  if (operation.body) input.body = args[i++];
  return core.request(operation, input, args[i] as RequestOptions | undefined);
}

/**
 * Defines a method on `prototype` for every generated entry of `operations`, as a class
 * declaration would (not enumerable), each calling {@link callOperation} with the transport
 * `transportOf` finds on the instance.
 */
export function defineOperationMethods<T extends object>(
  prototype: T,
  operations: Readonly<Record<string, Operation>>,
  transportOf: (instance: T) => Transport,
): void {
  for (const [name, operation] of Object.entries(operations)) {
    if (operation.handwritten) continue;
    const method = {
      [name](this: T, ...args: unknown[]) {
        return callOperation(transportOf(this), operation, args);
      },
    }[name];
    Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true });
  }
}
