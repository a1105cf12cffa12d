import type { MockAccessKey } from "../fixtures.js";
import type { MockState } from "../state.js";

/** What a Management API handler gets to answer one signed request. */
export interface ManagementHandlerContext {
  /** The access key that signed the request (signature already checked). */
  accessKey: MockAccessKey;
  /** The parsed request body (already validated against the Management API document). */
  body: unknown;
  /** Query parameters, coerced to the document's types; `name[]` arrays under their bare name. */
  query: Record<string, unknown>;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Request headers, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  /** The server's state: the user pool (shared with the Authentication API) and `state.management`. */
  state: MockState;
}

/** Answers one Management API operation with a response body (an envelope). */
export type ManagementHandler = (context: ManagementHandlerContext) => unknown;
