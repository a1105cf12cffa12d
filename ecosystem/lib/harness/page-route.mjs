// @ts-check
// A page that only runs a bundle, answered by playwright itself under a URL prefix: the runtime
// matrix and the bench put it at their server's own origin, so the page's calls need no CORS.
/** @import { BrowserContext } from "playwright-core" */

const PAGE = '<!doctype html><meta charset="utf-8"><script type="module" src="bundle.js"></script>\n';

/**
 * Answers every request under `prefix` (which ends with `/`) in `context`: `bundle.js` with
 * `bundle`, anything else with a page that loads it as a module. Resolves to the page's URL.
 * @param {BrowserContext} context
 * @param {string} prefix
 * @param {string} bundle
 * @returns {Promise<string>}
 */
export async function servePage(context, prefix, bundle) {
  await context.route(`${prefix}**`, (route) =>
    route.request().url().endsWith("bundle.js")
      ? route.fulfill({ contentType: "text/javascript", body: bundle })
      : route.fulfill({ contentType: "text/html", body: PAGE }),
  );
  return `${prefix}index.html`;
}
