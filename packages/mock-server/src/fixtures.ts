import { FIXTURE_KEYS, refuseUnknownKeys } from "./fixture-keys.js";
import { checkAccessAccounts } from "./protocol/access-accounts.js";
import { checkAppProtocolSettings, type MockClientAuthMethod } from "./protocol/client-registration.js";
import { checkUserFixtureFields } from "./user-fixture-fields.js";

/**
 * An application registered with the mock server, configured as a GenAuth application is: its
 * login and logout callback URLs, CAS services, and how it authenticates to each protocol endpoint.
 *
 * Every protocol setting is optional; the documented defaults let an app of `{ appId, appSecret }`
 * sign in through callbacks on the machine itself (`http://localhost:3000/callback`,
 * `http://127.0.0.1:8080/cb`) and authenticate with its secret in the form or a Basic header.
 */
export interface MockApp {
  /** ID of the application: the OAuth `client_id`. */
  appId: string;
  /** Its secret: the OAuth `client_secret`. */
  appSecret: string;
  /**
   * Login callback URLs: `/oidc/auth` sends codes only to a `redirect_uri` equal to one of them.
   * Absolute http(s) URLs without a fragment. Default: any http(s) URL on a loopback host
   * (`localhost`, `127.0.0.1`, `[::1]`), any port and path.
   */
  redirectUris?: string[];
  /**
   * Logout callback URLs: `/oidc/session/end` redirects only to a `post_logout_redirect_uri`
   * equal to one of them. Same form and default as {@link MockApp.redirectUris}.
   */
  postLogoutRedirectUris?: string[];
  /**
   * CAS service URLs: CAS login issues tickets only for a `service` with the origin and path of one
   * of them (its query may differ). Same form and default as {@link MockApp.redirectUris}.
   */
  casServices?: string[];
  /**
   * How the app authenticates to the token endpoint for the code and refresh grants:
   * `client_secret_post` (`client_id` and `client_secret` in the form), `client_secret_basic` (an
   * `Authorization: Basic` header of the URL-encoded ID and secret) or `none` (`client_id` only; the
   * code grant then needs PKCE). GenAuth sets one method per app; a list accepts any of its methods,
   * for tests that try several. The client-credentials grant takes the app's secret in the form
   * whatever this says, as GenAuth's SDK sends it, and the secret methods listed here too.
   * Default: `["client_secret_post", "client_secret_basic"]`.
   */
  tokenEndpointAuthMethod?: MockClientAuthMethod | MockClientAuthMethod[];
  /**
   * Whether the app's ID tokens from `/oidc/auth` always carry `auth_time` (OIDC `require_auth_time`).
   * Without it they carry it when the authorize request sends `max_age`. Default `false`.
   */
  requireAuthTime?: boolean;
  /** How the app authenticates to the introspection endpoint; same values and default as {@link MockApp.tokenEndpointAuthMethod}. */
  introspectionEndpointAuthMethod?: MockClientAuthMethod | MockClientAuthMethod[];
  /** How the app authenticates to the revocation endpoint; same values and default as {@link MockApp.tokenEndpointAuthMethod}. */
  revocationEndpointAuthMethod?: MockClientAuthMethod | MockClientAuthMethod[];
  /**
   * The app's programmatic access accounts: key and secret pairs that get machine-to-machine access
   * tokens for the app from the client-credentials grant (`getAccessTokenByClientCredentials(scope,
   * { accessKey, accessSecret })`), the key and secret posted in the form. Each key is unique among
   * every app's keys and app IDs. Default: none.
   */
  programmaticAccessAccounts?: MockProgrammaticAccessAccount[];
}

/** A programmatic access account of an application, for the client-credentials grant. */
export interface MockProgrammaticAccessAccount {
  /** The key: the `client_id` of the token request, and the `sub` of its access tokens. */
  accessKey: string;
  /** The secret: the `client_secret` of the token request. */
  accessSecret: string;
}

/** A WeChat mini program or official account known to the mock server. */
export interface MockWechatApp {
  /** ID of the WeChat mini program or official account. */
  appId: string;
  /** Its secret. */
  appSecret: string;
}

/**
 * A user registered in the mock user pool. Give at least one of `username`, `email` and
 * `phone`; users without `password` can sign in by pass code only.
 *
 * Besides these fields a fixture may carry the other profile fields of the spec's `UserDto`
 * (`photo`, `gender`, `company`, `status`, `customData`…), which the user's profile shows; type
 * such a fixture `MockUser & Record<string, unknown>`. Any other key, a field the mock computes
 * (`createdAt`, `loginsCount`, `departmentIds`…), a value that breaks `UserDto`'s schema or a
 * malformed `email` stops the server at start-up with an error naming it.
 */
export interface MockUser {
  /** Default: `mock-user-<n>`, n counting from 1 in list order. */
  userId?: string;
  /** Login name, for username sign-in. */
  username?: string;
  /** Email address, for email sign-in and codes. */
  email?: string;
  /** Phone number without the country code, e.g. `13800000000`. */
  phone?: string;
  /** E.g. `+86`. */
  phoneCountryCode?: string;
  /** Plain-text password the user signs in with; the mock keeps it in memory only. */
  password?: string;
  /** Display name, shown in the user's profile. */
  name?: string;
  /** Nickname, shown in the user's profile. */
  nickname?: string;
  /** Whether the email address counts as verified. Default `true`: a fixture's address is taken as proved. */
  emailVerified?: boolean;
  /** Whether the phone number counts as verified. Default `true`. */
  phoneVerified?: boolean;
}

/**
 * A Management API access key: `ManagementClient` signs every request with the pair, and the mock
 * checks each signature with it. It belongs to the user pool; the client-credentials grant takes
 * an app's {@link MockApp.programmaticAccessAccounts} instead.
 */
export interface MockAccessKey {
  /** The access key ID (or user pool ID) that `authorization: authing <accessKeyId>:…` names. */
  accessKeyId: string;
  /** The secret the signature is computed with; the mock never sends or logs it. */
  accessKeySecret: string;
  /** The user pool the key administers, shown in answers that name one. Default: the `accessKeyId`. */
  userPoolId?: string;
}

/** The data a mock server starts with. Every list replaces the default list when given. */
export interface MockFixtures {
  /** GenAuth applications: `x-authing-app-id` must name one of them. */
  apps?: MockApp[];
  /** WeChat apps whose access tokens `getWechatMpAccessToken*` hands out. */
  wechatApps?: MockWechatApp[];
  /** Users of the user pool, who can sign in; more sign up through `signUp`. */
  users?: MockUser[];
  /** Access keys the Management API accepts signatures of. */
  accessKeys?: MockAccessKey[];
}

/** Fixtures with every list present. */
export type ResolvedFixtures = Required<MockFixtures>;

/**
 * What a mock server knows when you pass no fixtures:
 * - app `genauth-mock-app` with secret `genauth-mock-secret`;
 * - WeChat app `wx-mock-app` with secret `wx-mock-secret`;
 * - user `mock-user-1`: username `mock-user`, email `mock-user@example.com`, phone `+86 13800000001`,
 *   password `Mock-Passw0rd`;
 * - Management API access key `genauth-mock-access-key` with secret `genauth-mock-access-secret`,
 *   for user pool `genauth-mock-userpool`.
 */
export const DEFAULT_FIXTURES: ResolvedFixtures = {
  apps: [{ appId: "genauth-mock-app", appSecret: "genauth-mock-secret" }],
  wechatApps: [{ appId: "wx-mock-app", appSecret: "wx-mock-secret" }],
  users: [
    {
      userId: "mock-user-1",
      username: "mock-user",
      email: "mock-user@example.com",
      phone: "13800000001",
      phoneCountryCode: "+86",
      password: "Mock-Passw0rd",
    },
  ],
  accessKeys: [{ accessKeyId: "genauth-mock-access-key", accessKeySecret: "genauth-mock-access-secret", userPoolId: "genauth-mock-userpool" }],
};

/**
 * Merges fixtures over the defaults, checking their shape so mistakes surface at start-up: the
 * types and values of known fields, and no unknown key anywhere (a misspelt field, such as
 * `redirectUri` for `redirectUris`, would otherwise leave its default in force without a word).
 */
export function resolveFixtures(fixtures: MockFixtures = {}): ResolvedFixtures {
  if (fixtures === null || typeof fixtures !== "object" || Array.isArray(fixtures)) {
    throw new TypeError(
      `fixtures must be an object such as { "apps": [...], "users": [...] }, got ${Array.isArray(fixtures) ? "an array" : JSON.stringify(fixtures)}`,
    );
  }
  refuseUnknownKeys(fixtures, "fixtures", FIXTURE_KEYS.fixtures);
  const resolved = { ...DEFAULT_FIXTURES, ...fixtures };
  checkCredentials("apps", resolved.apps, FIXTURE_KEYS.app);
  for (const [i, app] of resolved.apps.entries()) {
    checkAppProtocolSettings(app, `fixtures.apps[${i}]`);
    checkProgrammaticAccessAccountKeys(app, `fixtures.apps[${i}]`);
  }
  checkAccessAccounts(resolved.apps);
  checkCredentials("wechatApps", resolved.wechatApps, FIXTURE_KEYS.wechatApp);
  checkUsers(resolved.users);
  checkAccessKeys(resolved.accessKeys);
  return structuredClone(resolved);
}

function checkUsers(list: unknown): void {
  if (!Array.isArray(list)) throw new TypeError("fixtures.users must be an array of { username?, email?, phone?, password? }");
  const firstWithId = new Map<unknown, number>();
  list.forEach((entry: Record<string, unknown> | null, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw new TypeError(`fixtures.users[${i}] must be an object`);
    checkUserFixtureFields(entry, `fixtures.users[${i}]`);
    if (!entry.username && !entry.email && !entry.phone) {
      throw new TypeError(`fixtures.users[${i}] needs a username, email or phone to sign in with`);
    }
    if (entry.userId === undefined) return;
    const earlier = firstWithId.get(entry.userId);
    if (earlier !== undefined) {
      throw new TypeError(
        `fixtures.users[${i}].userId ${JSON.stringify(entry.userId)} is already the userId of fixtures.users[${earlier}]: give each user their own userId, or leave it out`,
      );
    }
    firstWithId.set(entry.userId, i);
  });
}

function checkCredentials(field: string, list: unknown, known: readonly string[]): void {
  if (!Array.isArray(list)) throw new TypeError(`fixtures.${field} must be an array of { appId, appSecret }`);
  list.forEach((entry, i) => {
    // Unknown keys first: `appID` is then named as the near miss of `appId`, not as a missing appId.
    if (entry !== null && typeof entry === "object") refuseUnknownKeys(entry, `fixtures.${field}[${i}]`, known);
    if (typeof entry?.appId !== "string" || typeof entry?.appSecret !== "string") {
      throw new TypeError(`fixtures.${field}[${i}] must have string appId and appSecret`);
    }
  });
}

/** Refuses unknown keys in the app's programmatic access accounts; `checkAccessAccounts` checks the rest. */
function checkProgrammaticAccessAccountKeys(app: MockApp, where: string): void {
  const accounts: unknown = app.programmaticAccessAccounts;
  if (!Array.isArray(accounts)) return;
  accounts.forEach((account: unknown, j) => {
    if (account !== null && typeof account === "object")
      refuseUnknownKeys(account, `${where}.programmaticAccessAccounts[${j}]`, FIXTURE_KEYS.programmaticAccessAccount);
  });
}

function checkAccessKeys(list: unknown): void {
  if (!Array.isArray(list)) throw new TypeError("fixtures.accessKeys must be an array of { accessKeyId, accessKeySecret, userPoolId? }");
  const seen = new Set<string>();
  list.forEach((entry: Record<string, unknown> | null, i) => {
    if (entry === null || typeof entry !== "object")
      throw new TypeError(`fixtures.accessKeys[${i}] must be an object { accessKeyId, accessKeySecret, userPoolId? }`);
    refuseUnknownKeys(entry, `fixtures.accessKeys[${i}]`, FIXTURE_KEYS.accessKey);
    // The secret's value stays out of the message: its type is enough to fix it.
    if (typeof entry.accessKeyId !== "string" || entry.accessKeyId === "")
      throw new TypeError(`fixtures.accessKeys[${i}].accessKeyId must be a non-empty string`);
    if (typeof entry.accessKeySecret !== "string" || entry.accessKeySecret === "") {
      throw new TypeError(
        `fixtures.accessKeys[${i}].accessKeySecret must be a non-empty string, got ${entry.accessKeySecret === "" ? "an empty string" : typeof entry.accessKeySecret}`,
      );
    }
    if (entry.userPoolId !== undefined && typeof entry.userPoolId !== "string")
      throw new TypeError(`fixtures.accessKeys[${i}].userPoolId must be a string when given`);
    if (seen.has(entry.accessKeyId))
      throw new TypeError(`fixtures.accessKeys[${i}].accessKeyId ${JSON.stringify(entry.accessKeyId)} is listed twice: give each key its own ID`);
    seen.add(entry.accessKeyId);
  });
}
