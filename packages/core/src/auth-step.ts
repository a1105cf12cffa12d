import type { OperationDescriptor, OperationInput } from "./operation.js";

/** What an {@link AuthStep} sees of the request it authenticates: one attempt of one call. */
export interface AuthRequest {
  /** The operation: method, path template, placeholders and how it authenticates. */
  readonly operation: OperationDescriptor;
  /** The call's values: path placeholders, query parameters (defaults filled in), body. */
  readonly input: OperationInput;
  /**
   * The headers the attempt carries so far, named as they were given: the client's, the call's
   * and the operation's. The step's own headers are set over them, whatever their spelling.
   */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * How requests prove who sends them: a step of the transport that adds the credential headers of
 * each attempt. `headers` runs once per attempt, not once per call, so a retry carries fresh
 * credentials (a new date and nonce for a signature, the token in force now).
 *
 * The transport has two: the application ID and user token of the Authentication API (its
 * default), and {@link AccessKeySigner}, the access-key signature of the Management API.
 *
 * @example
 * ```ts
 * import type { AuthStep } from "@genauth/core";
 *
 * const bearer: AuthStep = {
 *   headers: async () => ({ authorization: `Bearer ${await currentToken()}` }),
 * };
 * ```
 */
export interface AuthStep {
  /**
   * The headers that authenticate one attempt; they replace any same-named header, whatever its
   * spelling.
   * @param request - The attempt to authenticate.
   */
  headers(request: AuthRequest): Promise<Record<string, string>>;
  /**
   * Secret values the step holds and which must never show in an error message: the transport
   * scrubs them (with the call's own secrets) from every error it raises.
   */
  secrets?(): readonly string[];
}
