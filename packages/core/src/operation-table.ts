import { GenAuthConfigError } from "./errors.js";
import type { OperationDescriptor, OperationInput } from "./operation.js";
import { checkObject, type RequestOptions } from "./options.js";
import type { Transport } from "./transport.js";

/** A query parameter of an operation, and the field of the method's query object that fills it. */
export interface QueryField {
  /** The parameter's name on the wire. */
  readonly name: string;
  /** The field's name in the method's query object, when it differs from the wire name. */
  readonly argument?: string;
  /** What is sent when the field is left out, as the official SDK sends it. */
  readonly default?: string | number | boolean;
}

/** How a method takes its query parameters. */
export interface QueryArguments {
  /** Some parameter must be given: the method's query argument is not optional. */
  readonly required: boolean;
  /**
   * The method takes each parameter as an argument of its own, in `fields` order (e.g.
   * `deleteAuth(authIds)`), instead of one object of them all.
   */
  readonly positional?: true;
  /** The parameters, in the order of the official signature. */
  readonly fields: readonly QueryField[];
}

/**
 * One entry of a client's generated operation table (`src/generated/operations.ts` of each client
 * package): what the transport needs to send the operation, and how the method's arguments fill
 * the request — path arguments first, then the query object (or the positional query arguments),
 * then the body, then the per-call options.
 *
 * @example
 * ```ts
 * import type { Operation } from "@genauth/core";
 *
 * const getUser = {
 *   method: "GET",
 *   path: "/api/v3/get-user",
 *   query: { required: true, fields: [{ name: "userId" }, { name: "userIdType", default: "user_id" }] },
 * } satisfies Operation;
 * ```
 */
export interface Operation extends OperationDescriptor {
  /** The method takes query parameters: as one object, or `positional`ly. */
  readonly query?: QueryArguments;
  /** The method takes a body (after the query arguments, if any). */
  readonly body?: true;
  /** The method is written by hand; the entry only describes the request. */
  readonly handwritten?: true;
}

/**
 * Sends `operation` with the arguments of its method (or of its standalone function, after the
 * core): the one implementation behind every generated method and function of every client. The
 * query comes as one object, or, for a `positional` query, as one argument per parameter.
 *
 * @param core - The transport to send through.
 * @param operation - The entry of the operation table.
 * @param args - The method's arguments, in its order; the last may be the per-call options.
 * @returns The parsed answer, as {@link Transport.request} resolves it.
 * @throws GenAuthConfigError when `core` is not a transport, when the query argument is not an
 *   object (as the official SDK's destructuring would fail), naming the parameters it takes, or
 *   when the body is not an object.
 *
 * @internal
 */
export function callOperation(core: Transport, operation: Operation, args: readonly unknown[]): Promise<never> {
  let request: { input: OperationInput; options: RequestOptions | undefined };
  try {
    // A standalone function's first argument; a method always passes its client's transport.
    if (typeof (core as Partial<Transport> | null)?.request !== "function") {
      throw new GenAuthConfigError("core", `the first argument must be the core createCore(options) returns, got ${core === null ? "null" : typeof core}`);
    }
    request = requestOf(operation, args);
  } catch (error) {
    return Promise.reject(error);
  }
  return core.request(operation, request.input, request.options);
}

/**
 * The request a method's `args` make for `operation`, and the per-call options after them.
 * @throws GenAuthConfigError for a query or body that is not an object.
 */
function requestOf(operation: Operation, args: readonly unknown[]): { input: OperationInput; options: RequestOptions | undefined } {
  const input: OperationInput = {};
  const where = `${operation.method} ${operation.path}`;
  let i = 0;
  if (operation.pathParams) {
    const path: Record<string, string> = {};
    for (const param of operation.pathParams) path[param.name] = args[i++] as string;
    input.path = path;
  }
  if (operation.query) {
    let given: unknown;
    if (operation.query.positional) {
      const named: Record<string, unknown> = {};
      for (const field of operation.query.fields) named[field.argument ?? field.name] = args[i++];
      given = named;
    } else {
      // Like the official SDK's destructuring `({ page = 1 } = {})`: a left-out optional query
      // object counts as empty, and each field's default replaces `undefined` only.
      const raw = args[i++];
      given = raw === undefined && !operation.query.required ? {} : raw;
    }
    const fields = operation.query.fields.map((field) => field.argument ?? field.name).join(", ");
    checkObject("query", given, `${where} takes an object of query parameters ({ ${fields} })`);
    const query: Record<string, unknown> = {};
    for (const field of operation.query.fields) {
      const value = (given as Record<string, unknown>)[field.argument ?? field.name];
      query[field.name] = value === undefined ? field.default : value;
    }
    input.query = query;
  }
  if (operation.body) {
    const body = args[i++];
    if (body !== undefined) checkObject("requestBody", body, `${where} takes its request body as an object (or an array where the API says so)`);
    input.body = body;
  }
  return { input, options: args[i] as RequestOptions | undefined };
}

/**
 * Gives `prototype` a method for every generated entry of `operations`, as a class declaration
 * would (not enumerable), each calling {@link callOperation} with the transport `transportOf`
 * finds on the instance and the method's arguments as they came.
 *
 * The methods live on an object of their own, put between `prototype` and its parent once it is
 * complete: the class's own methods come first, and V8 adds hundreds of properties far faster to
 * an object that is not yet a prototype. It starts without a
 * prototype, as a dictionary, so that no addition makes a new hidden class.
 *
 * @param prototype - The client class's prototype.
 * @param operations - The generated operation table, by method name.
 * @param transportOf - Finds an instance's transport.
 *
 * @internal
 */
export function defineOperationMethods<T extends object>(
  prototype: T,
  operations: Readonly<Record<string, Operation>>,
  transportOf: (instance: T) => Transport,
): void {
  const methods: object = Object.create(null);
  for (const [name, operation] of Object.entries(operations)) {
    if (operation.handwritten) continue;
    function method(this: T, ...args: unknown[]) {
      return callOperation(transportOf(this), operation, args);
    }
    Object.defineProperty(method, "name", { value: name });
    Object.defineProperty(methods, name, { value: method, writable: true, configurable: true });
  }
  Object.setPrototypeOf(methods, Object.getPrototypeOf(prototype));
  Object.setPrototypeOf(prototype, methods);
}
