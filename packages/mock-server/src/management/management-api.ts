import type { IncomingMessage } from "node:http";
import { ExampleResponses } from "../example-response.js";
import { readRequestBody } from "../request-body.js";
import { Router, type RouteMatch } from "../router.js";
import type { OpenApiDocument } from "../spec-types.js";
import type { MockState } from "../state.js";
import { bodyFailure, queryFailure, responseFailure, SpecValidator } from "../validation.js";
import type { ManagementHandler } from "./handler.js";
import { absentObjectParameters, readManagementQuery } from "./query.js";
import { verifySignature } from "./signature.js";

/** Matches a request's `authorization` against the Management API's signature schemes. */
const SIGNED = /^\s*(authing|genauth) /i;

/** Whether a request carries a Management API signature (`authorization: authing …` or `GenAuth …`). */
export function isSignedManagementRequest(req: IncomingMessage): boolean {
  const authorization = req.headers.authorization;
  return typeof authorization === "string" && SIGNED.test(authorization);
}

/**
 * The Management API side of the mock: routes by the Management API document, checks each
 * request's access-key signature, validates the request and the answer against the document, and
 * dispatches to a hand-written handler or the example answer.
 */
export class ManagementApi {
  /** The Management API's operations. */
  readonly router: Router;
  readonly #spec: OpenApiDocument;
  readonly #examples: ExampleResponses;

  /**
   * @param spec - The Management API document.
   * @param handlers - Hand-written behaviour by SDK method name.
   * @param state - The server's state.
   */
  constructor(
    spec: OpenApiDocument,
    readonly handlers: Record<string, ManagementHandler>,
    readonly state: MockState,
  ) {
    this.router = new Router(spec);
    this.#spec = spec;
    this.#examples = new ExampleResponses(spec);
  }

  /** The answer to a request routed to one of its operations. */
  async answer({ operation, params }: RouteMatch, url: URL, req: IncomingMessage): Promise<unknown> {
    const read = await readRequestBody(req);
    if ("failure" in read) return read.failure;
    const { body } = read;
    const query = readManagementQuery(url.searchParams, operation);
    const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
    const absentObjects = absentObjectParameters(query, operation);
    const queries = absentObjects.length ? [query, { ...query, ...Object.fromEntries(absentObjects.map((name) => [name, {}])) }] : [query];
    const parameterSets =
      operation.method === "GET" ? queries : isObject ? [body as Record<string, unknown>] : body === undefined ? [...queries, undefined] : [undefined];
    const outcome = verifySignature(
      {
        method: (req.method ?? "GET").toUpperCase(),
        headers: req.headers,
        paths: [(req.url ?? "/").split("?")[0] ?? "/", url.pathname, operation.path],
        parameterSets,
      },
      this.state.fixtures.accessKeys,
      this.state.management.nonces,
      this.state.clock(),
    );
    if ("failure" in outcome) return outcome.failure;

    const checks = SpecValidator.of(this.#spec).for(operation);
    const badRequest = queryFailure(checks, query) ?? bodyFailure(checks, body);
    if (badRequest) return badRequest;
    const handler = this.handlers[operation.sdkMethod];
    const answer: unknown = handler
      ? await handler({ accessKey: outcome.accessKey, body, query, params, headers: req.headers, state: this.state })
      : this.#examples.for(operation);
    return responseFailure(checks, answer, operation, "the Management API document") ?? answer;
  }
}
