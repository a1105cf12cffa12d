import type { MockAccessKey, MockApp, MockFixtures, MockProgrammaticAccessAccount, MockWechatApp } from "./fixtures.js";

// Records keyed by every field of each interface: a field added to one without being added here
// fails to compile, so the start-up check never refuses a documented field.
const TOP_LEVEL: Record<keyof MockFixtures, true> = { apps: true, wechatApps: true, users: true, accessKeys: true };
const APP: Record<keyof MockApp, true> = {
  appId: true,
  appSecret: true,
  redirectUris: true,
  postLogoutRedirectUris: true,
  casServices: true,
  tokenEndpointAuthMethod: true,
  requireAuthTime: true,
  introspectionEndpointAuthMethod: true,
  revocationEndpointAuthMethod: true,
  programmaticAccessAccounts: true,
};
const PROGRAMMATIC_ACCESS_ACCOUNT: Record<keyof MockProgrammaticAccessAccount, true> = { accessKey: true, accessSecret: true };
const WECHAT_APP: Record<keyof MockWechatApp, true> = { appId: true, appSecret: true };
const ACCESS_KEY: Record<keyof MockAccessKey, true> = { accessKeyId: true, accessKeySecret: true, userPoolId: true };

/** The fields of each kind of fixture object (users aside: see `user-fixture-fields.ts`). */
export const FIXTURE_KEYS = {
  /** Of the fixtures object itself. */
  fixtures: Object.keys(TOP_LEVEL),
  /** Of an entry of `apps`. */
  app: Object.keys(APP),
  /** Of an entry of an app's `programmaticAccessAccounts`. */
  programmaticAccessAccount: Object.keys(PROGRAMMATIC_ACCESS_ACCOUNT),
  /** Of an entry of `wechatApps`. */
  wechatApp: Object.keys(WECHAT_APP),
  /** Of an entry of `accessKeys`. */
  accessKey: Object.keys(ACCESS_KEY),
} as const;

/**
 * Throws a `TypeError` for the first key of `entry` that is not in `known`, naming its path
 * (`where`), the known keys and, for a near miss (`redirectUri`, `pasword`), the one it resembles:
 * a misspelt field would otherwise be ignored and its default used in silence.
 */
export function refuseUnknownKeys(entry: object, where: string, known: readonly string[], knownText = known.join(", ")): void {
  for (const key of Object.keys(entry)) {
    if (known.includes(key)) continue;
    const near = nearestKey(key, known);
    const hint = near === undefined ? "" : ` (did you mean ${near}?)`;
    throw new TypeError(`${fieldPath(where, key)} is not a fixture field${hint}: ${where} takes ${knownText}`);
  }
}

/** `where.key`, or `where["key"]` for a key that is no identifier. */
export function fieldPath(where: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${where}.${key}` : `${where}[${JSON.stringify(key)}]`;
}

/** The known key within two edits of `key` (letter case aside), if any. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
