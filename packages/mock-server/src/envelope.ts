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

/** A success envelope around `data`. */
export function ok(data?: unknown, message = "Operation successful"): Envelope {
  return data === undefined ? { statusCode: 200, message } : { statusCode: 200, message, data };
}

/** A failure envelope, as GenAuth sends it with HTTP 200. */
export function fail(statusCode: number, message: string, apiCode?: number): Envelope {
  return apiCode === undefined ? { statusCode, message, requestId: randomUUID() } : { statusCode, message, apiCode, requestId: randomUUID() };
}
