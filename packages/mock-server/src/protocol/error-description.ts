/**
 * `text` as an `error_description` may hold it: only %x20-21, %x23-5B and %x5D-7E (RFC 6749
 * §4.1.2.1, §5.2; RFC 6750 §3). `§` becomes `section`, `"` becomes `'`, `\` becomes `/`, and any
 * other character outside that set `?`. Every OAuth error is made through it once, so a
 * `WWW-Authenticate` challenge can carry the description as it is, between quotes, and says the
 * same as the JSON body or the callback's query.
 */
export function errorDescription(text: string): string {
  return text
    .replace(/§\s?/g, "section ")
    .replace(/"/g, "'")
    .replace(/\\/g, "/")
    .replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "?");
}
