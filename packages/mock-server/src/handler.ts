import type { MockApp } from "./fixtures.js";
import type { MockState } from "./state.js";

/** What a handler gets to answer one request. */
export interface HandlerContext {
  /** The application named by `x-authing-app-id` (already checked). */
  app: MockApp;
  /** The parsed request body (already validated against the spec). */
  body: unknown;
  /** Query parameters, coerced to the spec's types. */
  query: Record<string, unknown>;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Request headers, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  /** The server's state: fixtures, caches, outbox. */
  state: MockState;
}

/** Answers one operation with a response body (usually an envelope). */
export type Handler = (context: HandlerContext) => unknown;
