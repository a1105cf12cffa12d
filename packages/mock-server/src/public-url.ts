/**
 * Why `publicUrl` cannot be a mock server's public URL, or undefined when it can: it must be an
 * absolute http(s) URL without user info, query or fragment, since paths (`/oidc`, `/api/v3/…`)
 * are appended to it and it is printed and served as the OIDC issuer. Shared by `startMockServer`
 * and the CLI's `--public-url`, which name it each their way.
 */
export function publicUrlProblem(publicUrl: unknown): string | undefined {
  const url = typeof publicUrl === "string" ? URL.parse(publicUrl) : null;
  const valid = url !== null && /^https?:$/.test(url.protocol) && url.username === "" && url.password === "";
  if (valid && url.search === "" && url.hash === "") return undefined;
  return `must be an absolute http(s) URL without user info, query or fragment, e.g. "http://localhost:8080", got ${shown(publicUrl, url)}`;
}

/** The refused value without what may be a credential: user info, query and fragment. */
function shown(publicUrl: unknown, url: URL | null): string {
  if (typeof publicUrl !== "string") return publicUrl === null ? "null" : typeof publicUrl;
  if (url !== null && /^https?:$/.test(url.protocol)) {
    const userInfo = url.username !== "" || url.password !== "" ? "…@" : "";
    return JSON.stringify(`${url.protocol}//${userInfo}${url.host}${url.pathname}${url.search ? "?…" : ""}${url.hash ? "#…" : ""}`);
  }
  return JSON.stringify(publicUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, "$1…@").replace(/[?#].*$/s, "…"));
}
