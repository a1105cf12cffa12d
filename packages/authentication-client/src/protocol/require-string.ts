import { GenAuthConfigError } from "@genauth/core";

/** @throws GenAuthConfigError when `value` is not a non-empty string. */
export function requireString(field: string, value: unknown, expected: string): asserts value is string {
  if (typeof value !== "string" || value === "") {
    throw new GenAuthConfigError(field, `${field} must be a non-empty string: ${expected}`);
  }
}
