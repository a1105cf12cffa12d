import { fail, ok } from "../envelope.js";
import { withUser } from "./signed-in-user.js";

/**
 * `updatePassword`: sets a new password; `oldPassword` must match when the user has one.
 * Passwords are compared as sent (`passwordEncryptType` is not decrypted by the mock).
 */
export const updatePassword = withUser(({ body, state }, { user }) => {
  const { newPassword, oldPassword } = body as { newPassword: string; oldPassword?: string };
  if (user.password !== undefined && oldPassword !== user.password) {
    return fail(403, oldPassword === undefined ? "oldPassword is required: the user has a password" : "oldPassword is incorrect", 2006);
  }
  if (newPassword.length === 0) return fail(400, "newPassword must not be empty");
  user.password = newPassword;
  user.passwordLastSetAt = state.clock();
  state.users.touch(user);
  return ok();
});
