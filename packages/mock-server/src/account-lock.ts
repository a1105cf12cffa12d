import { fail, type Envelope } from "./envelope.js";
import { accountStatus, type UserRecord } from "./users.js";

/**
 * Why the user may not sign in or use a token, or undefined when they may: an account whose
 * status is not `Activated` (`Suspended`, `Resigned`, `Archived`…) is locked.
 */
export function lockReason(user: UserRecord): string | undefined {
  const status = accountStatus(user);
  return status === "Activated" ? undefined : `the account is ${status}`;
}

/**
 * The API's answer for a locked account, GenAuth's "user locked": statusCode 403 / apiCode 2005;
 * undefined when the account is not locked.
 */
export function lockedAccountFailure(user: UserRecord): Envelope | undefined {
  const reason = lockReason(user);
  return reason === undefined ? undefined : fail(403, `user locked: ${reason} (updateUser with status "Activated" unlocks it)`, 2005);
}
