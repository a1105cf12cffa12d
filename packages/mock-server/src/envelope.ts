import { randomUUID } from "node:crypto";

/** A GenAuth V3 response body. */
export interface Envelope {
  /** Business status code; 200 is success. */
  statusCode: number;
  /** Human-readable outcome. */
  message: string;
  /** Finer business error code. */
  apiCode?: number;
  /** GenAuth's request ID. */
  requestId?: string;
  /** The payload, on success. */
  data?: unknown;
}

/**
 * A success envelope around `data`: no `apiCode` (GenAuth sends none on success) and a request ID
 * of its own, as GenAuth's answers carry one.
 */
export function ok(data?: unknown, message = "Operation successful"): Envelope {
  const requestId = randomUUID();
  return data === undefined ? { statusCode: 200, message, requestId } : { statusCode: 200, message, requestId, data };
}

/** A failure envelope, as GenAuth sends it with HTTP 200. */
export function fail(statusCode: number, message: string, apiCode?: number): Envelope {
  return apiCode === undefined ? { statusCode, message, requestId: randomUUID() } : { statusCode, message, apiCode, requestId: randomUUID() };
}
