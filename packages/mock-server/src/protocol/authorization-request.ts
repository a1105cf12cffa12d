import type { MockApp } from "../fixtures.js";
import { acceptedAuthMethods } from "./client-registration.js";
import { errorDescription } from "./error-description.js";
import { isPkceValue } from "./pkce.js";

/** The `prompt` values of OIDC Core §3.1.2.1; the mock takes each of them, and discovery lists them. */
export const PROMPT_VALUES: readonly string[] = ["none", "login", "consent", "select_account"];

/**
 * The authorization request parameters the mock reads, each of which must be sent once (RFC 6749
 * §3.1). Others may repeat: `resource` names several resources (RFC 8707 §2), and a parameter the
 * mock does not know is ignored (RFC 6749 §3.1), repeated or not.
 */
const READ_PARAMETERS = [
  "client_id",
  "redirect_uri",
  "response_type",
  "response_mode",
  "scope",
  "state",
  "nonce",
  "prompt",
  "max_age",
  "login_hint",
  "code_challenge",
  "code_challenge_method",
  "request",
  "request_uri",
];

/** An authorization error sent back to the registered callback (RFC 6749 §4.1.2.1). */
export interface AuthorizationError {
  /** The error code, e.g. `invalid_request`. */
  error: string;
  /** What was wrong, and how to send it right. */
  error_description: string;
}

/** An authorization error for the callback, its description cleaned by {@link errorDescription}. */
export function authorizationError(error: string, description: string): AuthorizationError {
  return { error, error_description: errorDescription(description) };
}

/**
 * What is wrong with an authorization request whose client and `redirect_uri` checked out, or
 * undefined when nothing is: the errors the callback is told of, in the order oidc-provider checks
 * them. A public client (whose only token endpoint method is `none`) must send a PKCE challenge
 * (RFC 7636 §4.4.1), since nothing else binds the code to it.
 *
 * @param query - the request's parameters: a GET's query or a POST's form.
 * @param repeated - the names the request sent more than once; only those the mock reads are refused.
 * @param app - the client's app.
 */
export function authorizationRequestError(query: Record<string, string>, repeated: readonly string[], app: MockApp): AuthorizationError | undefined {
  const once = repeated.filter((name) => READ_PARAMETERS.includes(name));
  if (once.length > 0) return authorizationError("invalid_request", `${once.join(", ")} must be sent once (RFC 6749 §3.1)`);
  // The discovery document says request_parameter_supported and request_uri_parameter_supported: false.
  if (query.request !== undefined)
    return authorizationError("request_not_supported", "the mock server takes no request objects: send the parameters in the query (OIDC Core §6.1)");
  if (query.request_uri !== undefined)
    return authorizationError("request_uri_not_supported", "the mock server takes no request_uri: send the parameters in the query (OIDC Core §6.2)");
  if (query.response_type === undefined) return authorizationError("invalid_request", "response_type is required: send response_type=code");
  if (query.response_type !== "code")
    return authorizationError("unsupported_response_type", "the mock server issues authorization codes only: send response_type=code");
  const prompts = promptValues(query);
  const unknown = prompts.filter((prompt) => !PROMPT_VALUES.includes(prompt));
  if (unknown.length > 0)
    return authorizationError("invalid_request", `unknown prompt value ${unknown.join(", ")}: use ${PROMPT_VALUES.join(", ")} (OIDC Core §3.1.2.1)`);
  if (prompts.includes("none") && prompts.length > 1)
    return authorizationError("invalid_request", "prompt=none cannot be combined with other prompt values (OIDC Core §3.1.2.1)");
  if (query.code_challenge !== undefined && !isPkceValue(query.code_challenge))
    return authorizationError("invalid_request", "code_challenge must be 43 to 128 characters of A-Z, a-z, 0-9 and -._~ (RFC 7636 §4.2)");
  if (query.code_challenge_method !== undefined && !["S256", "plain"].includes(query.code_challenge_method))
    return authorizationError("invalid_request", "code_challenge_method must be S256 or plain");
  const methods = acceptedAuthMethods(app, "token");
  if (query.code_challenge === undefined && methods.length === 1 && methods[0] === "none")
    return authorizationError("invalid_request", "PKCE required: a public client (tokenEndpointAuthMethod none) must send code_challenge (RFC 7636 §4.4.1)");
  if (query.max_age !== undefined && !/^\d+$/.test(query.max_age))
    return authorizationError("invalid_request", "max_age must be a non-negative integer number of seconds");
  return undefined;
}

/** The `prompt` values of an authorization request. */
export function promptValues(query: Record<string, string>): string[] {
  return (query.prompt ?? "").split(" ").filter((prompt) => prompt !== "");
}
