import type { LoginRecord, UserRecord } from "./users.js";

/** What a login-history query may narrow the user's sign-ins to; every field is optional. */
export interface LoginHistoryFilter {
  /** Only sign-ins to this app. */
  appId?: string | undefined;
  /** Only sign-ins from this IP address. */
  clientIp?: string | undefined;
  /** Only successful sign-ins (`true`) or failed attempts (`false`). */
  success?: boolean | undefined;
  /** Not before this time, Unix milliseconds. */
  start?: number | undefined;
  /** Not after this time, Unix milliseconds. */
  end?: number | undefined;
}

/** The user's recorded sign-ins that pass the filter, newest first. */
export function matchingLogins(user: UserRecord, filter: LoginHistoryFilter): LoginRecord[] {
  const { appId, clientIp, success, start, end } = filter;
  return user.loginHistory
    .filter(
      (record) =>
        (appId === undefined || record.appId === appId) &&
        (clientIp === undefined || record.clientIp === clientIp) &&
        (success === undefined || record.success === success) &&
        (start === undefined || record.at >= start) &&
        (end === undefined || record.at <= end),
    )
    .reverse();
}
