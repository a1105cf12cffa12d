import { GenAuthConfigError } from "@genauth/core";

/**
 * The `requestBody` of a sign-in or sign-up shortcut, checked to be the object whose fields the
 * shortcut reads; the shortcuts are async, so a bad one rejects the call.
 * @param fields - The fields the shortcut takes, for the message, e.g. `"email, password"`.
 * @throws GenAuthConfigError naming `requestBody` and those fields.
 */
export function shortcutBody<T extends object>(requestBody: T, fields: string): T {
  if (requestBody === null || typeof requestBody !== "object") {
    throw new GenAuthConfigError(
      "requestBody",
      `requestBody must be an object such as { ${fields} }, got ${requestBody === null ? "null" : typeof requestBody}`,
    );
  }
  return requestBody;
}
