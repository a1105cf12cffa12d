import { appView } from "../../app-view.js";
import { lockReason } from "../../account-lock.js";
import { fail, ok } from "../../envelope.js";
import { matchingLogins } from "../../login-history.js";
import type { Session } from "../../sessions.js";
import type { MockState } from "../../state.js";
import type { UserRecord } from "../../users.js";
import type { ManagementHandler } from "../handler.js";
import { page } from "../page.js";
import { findUser, userNotFound } from "../users-view.js";

interface UserQuery {
  userId: string;
  userIdType?: string;
}

/**
 * `getUserLoginHistory`: the user's sign-ins through the Authentication API (those its
 * `getLoginHistory` lists), newest first, narrowed by `appId`, `clientIp`, `start` and `end`,
 * paged. Failed attempts are left out: `UserLoginHistoryDto` has no field to tell them apart.
 */
export const getUserLoginHistory: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType, appId, clientIp, start, end } = query as unknown as UserQuery & {
    appId?: string;
    clientIp?: string;
    start?: number;
    end?: number;
  };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const logins = matchingLogins(user, { appId, clientIp, start, end, success: true });
  return ok(
    page(logins, query.page, query.limit, (record) => ({
      ...appView(state, record.appId),
      clientIp: record.clientIp,
      userAgent: record.userAgent,
      time: new Date(record.at).toISOString(),
    })),
  );
};

/** `getUserLoggedinApps`: the apps where the user has a live session (a token not revoked, ended or expired, of an account not locked). */
export const getUserLoggedinApps: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as unknown as UserQuery;
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const appIds = new Set(liveSessions(state, user).map((session) => session.appId));
  return ok([...appIds].map((appId) => appView(state, appId)));
};

/**
 * `kickUsers`: signs the user out of the apps of `appIds`: their access and refresh tokens for
 * those apps stop working, as revoked ones do. An app the server does not know answers 404 with
 * apiCode 2011, ending nothing.
 */
export const kickUsers: ManagementHandler = ({ body, state }) => {
  const { userId, appIds, options } = body as { userId: string; appIds: string[]; options?: { userIdType?: string } };
  const user = findUser(state, userId, options?.userIdType);
  if (!user) return userNotFound(userId, options?.userIdType);
  const unknown = appIds.find((appId) => !state.fixtures.apps.some((app) => app.appId === appId));
  if (unknown !== undefined) return fail(404, `application ${JSON.stringify(unknown)} does not exist: pass the ID of one of the server's apps`, 2011);
  state.sessions.end(user.userId, appIds);
  return ok({ success: true });
};

/** `checkSessionStatus`: whether the user has a live session in the app. */
export const checkSessionStatus: ManagementHandler = ({ body, state }) => {
  const { userId, appId } = body as { userId: string; appId: string };
  const user = findUser(state, userId);
  if (!user) return userNotFound(userId);
  return ok({ active: liveSessions(state, user).some((session) => session.appId === appId) });
};

/** The user's sessions that still work: none while the account is locked, since every use of its tokens is refused. */
function liveSessions(state: MockState, user: UserRecord): Session[] {
  return lockReason(user) === undefined ? state.sessions.ofUser(user.userId) : [];
}
