import { isFailedEnvelope, type OperationFailure } from "@genauth/core";

/**
 * The failure an OAuth endpoint's 2xx answer reports: an OAuth error (`{ error, error_description }`)
 * or a failed GenAuth envelope (some gateways answer failures with HTTP 200). A text answer that
 * holds a JSON object (revocation) is read as one. The transport turns it into a scrubbed
 * `GenAuthApiError`.
 */
export function oauthFailure(answer: unknown, status: number): OperationFailure | undefined {
  let body = answer;
  if (typeof body === "string" && body.trim().startsWith("{")) {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  if (isFailedEnvelope(body)) return body;
  const { error, error_description: description } = (body ?? {}) as { error?: unknown; error_description?: unknown };
  if (typeof error !== "string") return undefined;
  return { statusCode: status, message: `${error}${typeof description === "string" ? ` (${description})` : ""}`, error };
}
