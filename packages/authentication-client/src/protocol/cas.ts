import { GenAuthConfigError, type RequestOptions } from "@genauth/core";
import { casServiceValidateEndpoint, casValidateEndpoint } from "./endpoints.js";
import { requireString } from "./require-string.js";
import type { ProtocolContext } from "./settings.js";
import type { Cas10ValidationResult, Cas20ValidationFailureResult, Cas20ValidationSuccessResult } from "./types.js";

/** Validates a CAS 1.0 service ticket; the server answers `yes\n<user>` or `no`. */
export async function validateTicketV1(
  { transport }: ProtocolContext,
  ticket: string,
  service: string,
  requestOptions: RequestOptions = {},
): Promise<Cas10ValidationResult> {
  requireString("ticket", ticket, "the ticket query parameter the CAS login sent to your service");
  requireString("service", service, "the service URL the ticket was issued for");
  const text = await transport.request<string>(casValidateEndpoint, { path: { appId: transport.appId }, query: { service, ticket } }, requestOptions);
  const [first, user] = String(text ?? "").split("\n");
  if (first?.trim() === "yes") return { valid: true, ...(user?.trim() ? { username: user.trim() } : {}) };
  return { valid: false, message: "the CAS server refused the ticket (invalid, expired, already used, or for another service)" };
}

/**
 * Validates a CAS 2.0 service ticket and returns the user's attributes: a JSON success or failure
 * object, or the XML text with `format: "XML"`.
 */
export async function validateTicketV2(
  { transport }: ProtocolContext,
  ticket: string,
  service: string,
  format: "XML" | "JSON" = "JSON",
  requestOptions: RequestOptions = {},
): Promise<Cas20ValidationSuccessResult | Cas20ValidationFailureResult | string> {
  requireString("ticket", ticket, "the ticket query parameter the CAS login sent to your service");
  requireString("service", service, "the service URL the ticket was issued for");
  if (format !== "XML" && format !== "JSON") {
    throw new GenAuthConfigError("format", `format must be "XML" or "JSON", got ${JSON.stringify(format)}`);
  }
  return transport.request(casServiceValidateEndpoint(format), { path: { appId: transport.appId }, query: { service, ticket, format } }, requestOptions);
}
