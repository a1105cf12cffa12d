/**
 * Why `publicUrl` cannot be a mock server's public URL, or undefined when it can: it must be an
 * absolute http(s) URL without query or fragment, since paths (`/oidc`, `/api/v3/…`) are appended
 * to it. Shared by `startMockServer` and the CLI's `--public-url`, which name it each their way.
 */
export function publicUrlProblem(publicUrl: unknown): string | undefined {
  const valid = typeof publicUrl === "string" && URL.canParse(publicUrl) && /^https?:$/.test(new URL(publicUrl).protocol);
  if (valid && new URL(publicUrl).search === "" && new URL(publicUrl).hash === "") return undefined;
  return `must be an absolute http(s) URL without query or fragment, e.g. "http://localhost:8080", got ${JSON.stringify(publicUrl)}`;
}
