import { escapeMarkup } from "./escape-markup.js";

/**
 * The `response_mode=form_post` answer of the authorization endpoint (OAuth 2.0 Form Post
 * Response Mode): an HTML page whose form posts `fields` to `action` as soon as it loads.
 */
export function formPostPage(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeMarkup(name)}" value="${escapeMarkup(value)}">`)
    .join("");
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Signing in…</title></head>` +
    `<body onload="document.forms[0].submit()"><form method="post" action="${escapeMarkup(action)}">${inputs}` +
    `<noscript><button type="submit">Continue</button></noscript></form></body></html>`
  );
}
