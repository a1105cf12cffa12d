import { GenAuthApiError, isFailedEnvelope, type OperationDescriptor, type Transport } from "@genauth/core";

/**
 * The body of a protocol endpoint's 2xx answer, or a `GenAuthApiError` when the body is an OAuth
 * error (`{ error, error_description }`) or a failed GenAuth envelope — some gateways answer
 * failures with HTTP 200.
 */
export function checkOAuthAnswer<T>(body: unknown, transport: Transport, endpoint: OperationDescriptor): T {
  const request = { method: endpoint.method, url: `${transport.appHost}${endpoint.path}` };
  if (typeof body === "object" && body !== null) {
    const error = (body as { error?: unknown }).error;
    if (typeof error === "string") {
      const description = (body as { error_description?: unknown }).error_description;
      const detail = typeof description === "string" ? ` (${description})` : "";
      return fail(`${endpoint.method} ${endpoint.path} answered ${error}${detail}`, 200, request);
    }
    if (isFailedEnvelope(body)) {
      throw new GenAuthApiError(
        body.message || `${endpoint.method} ${endpoint.path} failed with statusCode ${body.statusCode}`,
        { status: 200, statusCode: body.statusCode, apiCode: body.apiCode, requestId: body.requestId },
        { request },
      );
    }
  }
  return body as T;
}

function fail(message: string, status: number, request: { method: string; url: string }): never {
  throw new GenAuthApiError(message, { status, statusCode: status }, { request });
}
