import type { MockApp } from "../fixtures.js";
import type { Answer } from "./answer.js";
import { isRegisteredUrl, parseHttpUrl, type RegisteredUrlList } from "./client-registration.js";

// The mock keeps no browser session (each authorization signs a user in at once), so logging out
// ends nothing: these pages only send the browser on, as /oidc/session/end does.

/**
 * CAS logout (`/cas-idp/logout`, the URL `buildLogoutUrl` gives a `cas` client): back to `url` (the
 * SDK's parameter) or `service` (CAS 3.0 §2.3.1) when an app registers it in `casServices` or
 * `postLogoutRedirectUris`; a "signed out" page without either; 400 for another URL.
 */
export function casLogout(apps: readonly MockApp[], query: Record<string, string>): Answer {
  const [param, target] = query.url !== undefined ? ["url", query.url] : ["service", query.service];
  return logoutTo(apps, ["casServices", "postLogoutRedirectUris"], param, target);
}

/**
 * GenAuth's hosted logout page (`/login/profile/logout`, the URL `buildLogoutUrl` gives `oauth` and
 * `saml` clients): back to `redirect_uri` when an app registers it in `postLogoutRedirectUris`; a
 * "signed out" page without it; 400 for another URL.
 */
export function hostedLogout(apps: readonly MockApp[], query: Record<string, string>): Answer {
  return logoutTo(apps, ["postLogoutRedirectUris"], "redirect_uri", query.redirect_uri);
}

function logoutTo(apps: readonly MockApp[], lists: RegisteredUrlList[], param: string, target: string | undefined): Answer {
  if (target === undefined) return page(200, "signed out");
  const url = parseHttpUrl(target);
  if ("problem" in url) return page(400, `${param} ${url.problem}: send an absolute http(s) URL an app registers in ${lists.join(" or ")}`);
  if (target.includes("#")) return page(400, `${param} must not have a fragment (#…)`);
  const registered = apps.some((app) => lists.some((list) => isRegisteredUrl(app, list, url)));
  if (!registered) {
    return page(
      400,
      `${param} ${JSON.stringify(target)} is not registered: add it to an app's ${lists.join(" or ")} fixture (an app without the list accepts loopback URLs only)`,
    );
  }
  return { status: 302, headers: { location: url.href } };
}

function page(status: number, text: string): Answer {
  return { status, headers: { "content-type": "text/plain; charset=utf-8" }, body: text };
}
