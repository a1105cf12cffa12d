import type { MockState } from "./state.js";

/**
 * An application as both APIs' lists of a user's apps and sign-ins show it: its name and logo
 * when `createApplication` gave them, its ID otherwise.
 */
export function appView(state: MockState, appId: string): { appId: string; appName: string; appLogo: string; appLoginUrl: string } {
  const details = state.management.applications.get(appId);
  return {
    appId,
    appName: details?.appName ?? appId,
    appLogo: details?.appLogo || "https://example.com/logo.png",
    appLoginUrl: `https://${appId}.example.com/login`,
  };
}
