import type { MockApp } from "./fixtures.js";
import type { MockState } from "./state.js";

/** What every handler gets of a request, whichever API it belongs to. */
export interface RequestParts {
  /** The parsed request body (already validated against the spec). */
  body: unknown;
  /** Query parameters, coerced to the spec's types. */
  query: Record<string, unknown>;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Request headers, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  /** The server's state: fixtures, caches, outbox, and the Management API's `state.management`. */
  state: MockState;
}

/** What a handler gets to answer one request. */
export interface HandlerContext extends RequestParts {
  /** The application named by `x-authing-app-id` (already checked). */
  app: MockApp;
}

/** Answers one operation with a response body (usually an envelope). */
export type Handler = (context: HandlerContext) => unknown;
