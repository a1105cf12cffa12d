/** The outer shape of GenAuth V3 JSON responses. */
export interface GenAuthEnvelopeFields {
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

/** Whether a parsed body is a GenAuth envelope (it has a numeric `statusCode`). */
export function isEnvelope(body: unknown): body is GenAuthEnvelopeFields {
  return typeof body === "object" && body !== null && typeof (body as { statusCode?: unknown }).statusCode === "number";
}

/** Whether a parsed body is an envelope that reports a failure (`statusCode` other than 200). */
export function isFailedEnvelope(body: unknown): body is GenAuthEnvelopeFields {
  return isEnvelope(body) && body.statusCode !== 200;
}

/**
 * An envelope's `message` as text: a list of messages (a validation failure's) joined, anything
 * else empty.
 *
 * @internal
 */
export function envelopeMessage(message: unknown): string {
  if (typeof message === "string") return message;
  return Array.isArray(message) ? message.filter((item) => typeof item === "string").join("; ") : "";
}
