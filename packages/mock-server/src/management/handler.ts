import type { MockAccessKey } from "../fixtures.js";
import type { RequestParts } from "../handler.js";

/**
 * What a Management API handler gets to answer one signed request. Its query holds `name[]`
 * arrays under their bare name.
 */
export interface ManagementHandlerContext extends RequestParts {
  /** The access key that signed the request (signature already checked). */
  accessKey: MockAccessKey;
}

/** Answers one Management API operation with a response body (an envelope). */
export type ManagementHandler = (context: ManagementHandlerContext) => unknown;
