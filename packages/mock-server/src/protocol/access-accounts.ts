import type { MockApp, MockProgrammaticAccessAccount } from "../fixtures.js";

/** A programmatic access account, with the app it belongs to. */
export interface AccessAccountOfApp {
  /** The app whose account it is: the audience of its tokens. */
  app: MockApp;
  /** The account. */
  account: MockProgrammaticAccessAccount;
}

/** The programmatic access account whose key is `accessKey`, in any app, or undefined. */
export function findAccessAccount(apps: readonly MockApp[], accessKey: string): AccessAccountOfApp | undefined {
  for (const app of apps) {
    const account = app.programmaticAccessAccounts?.find((candidate) => candidate.accessKey === accessKey);
    if (account) return { app, account };
  }
  return undefined;
}

/**
 * Checks the apps' `programmaticAccessAccounts`: lists of `{ accessKey, accessSecret }` of
 * non-empty strings, each key used once and by no app as its ID, since the token endpoint tells
 * the clients apart by it. Names the field and the fix on failure; the secrets stay out of it.
 */
export function checkAccessAccounts(apps: readonly MockApp[]): void {
  const taken = new Map<string, string>(apps.map((app, i) => [app.appId, `the appId of fixtures.apps[${i}]`]));
  apps.forEach((app, i) => {
    const accounts: unknown = app.programmaticAccessAccounts;
    if (accounts === undefined) return;
    const where = `fixtures.apps[${i}].programmaticAccessAccounts`;
    if (!Array.isArray(accounts)) throw new TypeError(`${where} must be an array of { accessKey, accessSecret }`);
    accounts.forEach((account: Record<string, unknown> | null, j) => {
      if (account === null || typeof account !== "object") throw new TypeError(`${where}[${j}] must be an object { accessKey, accessSecret }`);
      if (typeof account.accessKey !== "string" || account.accessKey === "") throw new TypeError(`${where}[${j}].accessKey must be a non-empty string`);
      if (typeof account.accessSecret !== "string" || account.accessSecret === "")
        throw new TypeError(`${where}[${j}].accessSecret must be a non-empty string`);
      const owner = taken.get(account.accessKey);
      if (owner !== undefined)
        throw new TypeError(`${where}[${j}].accessKey ${JSON.stringify(account.accessKey)} is already ${owner}: give each account its own key`);
      taken.set(account.accessKey, `the accessKey of ${where}[${j}]`);
    });
  });
}
