import { GenAuthConfigError } from "@genauth/core";

/**
 * A protocol method's options argument: `{}` when left out, the object when given.
 * @throws GenAuthConfigError naming `options` when it is anything else (`null` included).
 */
export function optionsArgument<T extends object>(value: T | undefined, method: string): T | Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object") {
    throw new GenAuthConfigError("options", `the options of ${method} must be an object or left out, got ${value === null ? "null" : typeof value}`);
  }
  return value;
}
