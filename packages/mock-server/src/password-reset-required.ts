import { fail, type Envelope } from "./envelope.js";
import type { UserRecord } from "./users.js";

/**
 * The answer to a password sign-in of a user the Management API requires a new password of, or
 * undefined when it requires none: apiCode 1639 ("first sign-in: password reset required") for
 * `resetPasswordOnFirstLogin`, 2058 ("forced password reset") for `resetPasswordOnNextLogin`.
 * GenAuth's facts give the codes but not the `statusCode`; the mock answers 403, as for other
 * refused sign-ins, and no token for the reset step: a new password from `updateUser`,
 * `resetPassword` or `updatePassword` lifts the requirement.
 */
export function passwordResetFailure(user: UserRecord): Envelope | undefined {
  switch (user.passwordResetRequired) {
    case "firstLogin":
      return fail(403, "first sign-in: password reset required (set a new password with resetPassword, or updateUser with password)", 1639);
    case "nextLogin":
      return fail(403, "forced password reset: set a new password with resetPassword, or updateUser with password", 2058);
    default:
      return undefined;
  }
}
