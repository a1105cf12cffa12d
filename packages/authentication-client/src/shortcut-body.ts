import { checkObject } from "@genauth/core";

/**
 * The `requestBody` of a sign-in or sign-up shortcut, checked to be the object whose fields the
 * shortcut reads; the shortcuts are async, so a bad one rejects the call.
 * @param fields - The fields the shortcut takes, for the message, e.g. `"email, password"`.
 * @throws GenAuthConfigError naming `requestBody` and those fields.
 */
export function shortcutBody<T extends object>(requestBody: T, fields: string): T {
  checkObject("requestBody", requestBody, `requestBody must be an object such as { ${fields} }`);
  return requestBody;
}
