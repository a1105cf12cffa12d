import { checkObject } from "@genauth/core";

/**
 * A protocol method's options argument: `{}` when left out, the object when given.
 * @throws GenAuthConfigError naming `options` when it is anything else (`null` included).
 */
export function optionsArgument<T extends object>(value: T | undefined, method: string): T | Partial<T> {
  if (value === undefined) return {};
  checkObject("options", value, `the options of ${method} must be an object or left out`);
  return value;
}
