/** The outer shape of GenAuth V3 JSON responses. */
export interface GenAuthEnvelopeFields {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId?: string;
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
