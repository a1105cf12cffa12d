import { randomBytes } from "node:crypto";
import type { MockState } from "../state.js";
import type { UserRecord } from "../users.js";

/** The password options of `createUser` and `updateUser` (`CreateUserOptionsDto`, `UpdateUserOptionsDto`). */
export interface PasswordOptions {
  /** Give the user a generated password, unless the request gives one. */
  autoGeneratePassword?: boolean;
  /** Require a new password at the user's first sign-in (when they have not signed in yet). */
  resetPasswordOnFirstLogin?: boolean;
  /** Require a new password at the user's next sign-in. */
  resetPasswordOnNextLogin?: boolean;
}

/**
 * Applies a create or update request's password options to a user, after the request's own
 * password: `autoGeneratePassword` gives one (when the request gives none) that no answer shows, as
 * GenAuth sends it to the user instead, so a test reads it from
 * `server.state.users.byId(userId).password`; `resetPasswordOnFirstLogin` (ignored once the user
 * has signed in) and `resetPasswordOnNextLogin` make password sign-in refuse them until they have
 * a new password; `false` lifts the requirement.
 */
export function applyPasswordOptions(state: MockState, user: UserRecord, options: PasswordOptions | undefined, passwordGiven: boolean): void {
  if (options?.autoGeneratePassword === true && !passwordGiven) state.users.setPassword(user, randomBytes(12).toString("base64url"));
  const signedInBefore = user.loginHistory.some((record) => record.success);
  if (options?.resetPasswordOnFirstLogin === true && !signedInBefore) user.passwordResetRequired = "firstLogin";
  if (options?.resetPasswordOnNextLogin === true) user.passwordResetRequired = "nextLogin";
  if (options?.resetPasswordOnFirstLogin === false && user.passwordResetRequired === "firstLogin") delete user.passwordResetRequired;
  if (options?.resetPasswordOnNextLogin === false && user.passwordResetRequired === "nextLogin") delete user.passwordResetRequired;
}
