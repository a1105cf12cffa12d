import { GenAuthConfigError } from "@genauth/core";

// Its own module: `sub` needs it synchronously, and importing it from tokens.ts would load the
// token flows with the client.
/** @throws GenAuthConfigError when `value` is not a non-empty string. */
export function requireString(field: string, value: unknown, expected: string): asserts value is string {
  if (typeof value !== "string" || value === "") {
    throw new GenAuthConfigError(field, `${field} must be a non-empty string: ${expected}`);
  }
}
