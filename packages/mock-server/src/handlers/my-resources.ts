import { ok } from "../envelope.js";
import { appView } from "../app-view.js";
import { type LoginHistoryFilter, matchingLogins } from "../login-history.js";
import type { MockState } from "../state.js";
import type { LoginRecord } from "../users.js";
import { withUser } from "./signed-in-user.js";

/** `getLoginHistory`: the user's sign-ins, newest first, filtered and paged as asked. */
export const getLoginHistory = withUser(({ query, state }, { user }) => {
  const page = Number(query.page ?? 1);
  const limit = Number(query.limit ?? 10);
  const matching = matchingLogins(user, query as LoginHistoryFilter);
  const list = matching.slice((page - 1) * limit, page * limit).map((record) => loginHistoryEntry(state, user.userId, record));
  return ok({ totalCount: matching.length, list });
});

/** `getLoggedInApps`: the apps where the user has a live session. */
export const getLoggedInApps = withUser(({ state }, { user }) => {
  const appIds = new Set(state.sessions.ofUser(user.userId).map((session) => session.appId));
  return ok(state.fixtures.apps.filter((app) => appIds.has(app.appId)).map((app) => ({ ...appView(state, app.appId), active: true })));
});

/** `getAccessibleApps`: every app of the mock, `active` where the user is signed in. */
export const getAccessibleApps = withUser(({ state }, { user }) => {
  const appIds = new Set(state.sessions.ofUser(user.userId).map((session) => session.appId));
  return ok(state.fixtures.apps.map((app) => ({ ...appView(state, app.appId), active: appIds.has(app.appId) })));
});

function loginHistoryEntry(state: MockState, userId: string, record: LoginRecord) {
  const entry: Record<string, unknown> = {
    userId,
    ...appView(state, record.appId),
    loginAt: new Date(record.at).toISOString(),
    clientIp: record.clientIp,
    success: record.success,
    userAgent: record.userAgent,
    parsedUserAgent: parseUserAgent(record.userAgent),
    loginMethod: record.method,
    geoip: LOOPBACK_GEOIP,
  };
  if (!record.success) entry.errorMessage = "Account not exists or password is incorrect.";
  return entry;
}

/** A coarse reading of the user agent, enough for a history list. */
function parseUserAgent(userAgent: string) {
  const name = /Firefox/.test(userAgent)
    ? "Firefox"
    : /Chrome/.test(userAgent)
      ? "Chrome"
      : /Safari/.test(userAgent)
        ? "Safari"
        : /node/i.test(userAgent)
          ? "Node.js"
          : "Other";
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /Mac OS/.test(userAgent)
      ? "macOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /Linux/.test(userAgent)
          ? "Linux"
          : "Other";
  return { device: /Mobile/.test(userAgent) ? "Mobile" : "Desktop", name, os };
}

/** Sign-ins reach the mock from the loopback interface, which has no real location. */
const LOOPBACK_GEOIP = {
  location: { lon: 0, lat: 0 },
  country_name: "Local network",
  country_code2: "ZZ",
  country_code3: "ZZZ",
  region_name: "",
  region_code: "",
  city_name: "",
  continent_code: "",
  timezone: "UTC",
};
