import type { IncomingMessage } from "node:http";
import { oauthError, type Answer } from "./answer.js";

/**
 * The refusal of a POST to a protocol endpoint whose body is JSON, or undefined for any other
 * request. The endpoints read an `application/x-www-form-urlencoded` form (RFC 6749 §4.1.3,
 * OIDC Core §3.1.2.1), so a JSON body's fields would be lost and the request refused for a
 * missing `grant_type` or client; the refusal names the form encoding instead, HTTP 400
 * `invalid_request` as oidc-provider answers a body it does not take.
 */
export function jsonBodyRefusal(req: IncomingMessage, path: string): Answer | undefined {
  if (req.method !== "POST") return undefined;
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!/^(application|text)\/(.+\+)?json$/.test(mediaType)) return undefined;
  return oauthError(
    400,
    "invalid_request",
    `${path} takes a form-encoded body (application/x-www-form-urlencoded), not ${mediaType}: send its parameters as form fields, as URLSearchParams and curl -d encode them`,
  );
}
