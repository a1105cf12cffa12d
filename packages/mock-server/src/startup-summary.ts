import { OUTBOX_PATH } from "./control-endpoints.js";
import type { MockFixtures } from "./fixtures.js";
import { normalizePhoneCountryCode } from "./phone-country-code.js";
import type { MockServer } from "./server.js";

/**
 * What the CLI says at start-up: where the server listens and what it knows. `--json` prints it as
 * one JSON line. Secrets and passwords appear for the built-in fixtures only, which are public
 * (documented); a fixtures file's stay out of the log, since its author has them.
 */
export interface StartupSummary {
  /** The base URL clients use (`server.url`). */
  url: string;
  /** The address the socket listens on, with the real port (`server.listening`). */
  listening: string;
  /** The OIDC issuer, `{url}/oidc`. */
  issuer: string;
  /** The outbox endpoint, where another process reads the codes sent. */
  outbox: string;
  /** The fixtures file, as given on the command line; `null` for the built-in fixtures. */
  fixtures: string | null;
  /** The applications: `x-authing-app-id` values. */
  apps: { appId: string; appSecret?: string }[];
  /** The WeChat apps. */
  wechatApps: { appId: string; appSecret?: string }[];
  /** The Management API access keys. */
  accessKeys: { accessKeyId: string; accessKeySecret?: string; userPoolId: string }[];
  /** The users of the pool, by their identifiers. */
  users: { userId: string; username?: string; email?: string; phone?: string; phoneCountryCode?: string; password?: string }[];
}

/**
 * The start-up summary of `server`, started with `given` fixtures (undefined: none) read from
 * `file`. A list the fixtures leave out is the built-in one, shown with its secrets.
 */
export function startupSummary(server: MockServer, given: MockFixtures | undefined, file: string | undefined): StartupSummary {
  const { fixtures } = server.state;
  const builtIn = (list: keyof MockFixtures) => given?.[list] === undefined;
  return {
    url: server.url,
    listening: server.listening,
    issuer: server.protocol.issuer,
    outbox: `${server.url}${OUTBOX_PATH}`,
    fixtures: file ?? null,
    apps: fixtures.apps.map(({ appId, appSecret }) => (builtIn("apps") ? { appId, appSecret } : { appId })),
    wechatApps: fixtures.wechatApps.map(({ appId, appSecret }) => (builtIn("wechatApps") ? { appId, appSecret } : { appId })),
    accessKeys: fixtures.accessKeys.map(({ accessKeyId, accessKeySecret, userPoolId = accessKeyId }) =>
      builtIn("accessKeys") ? { accessKeyId, accessKeySecret, userPoolId } : { accessKeyId, userPoolId },
    ),
    users: server.state.users.all.map((user) => {
      const entry: StartupSummary["users"][number] = { userId: user.userId };
      if (user.username !== undefined) entry.username = user.username;
      if (user.email !== undefined) entry.email = user.email;
      if (user.phone !== undefined) entry.phone = user.phone;
      if (user.phoneCountryCode !== undefined) entry.phoneCountryCode = user.phoneCountryCode;
      if (builtIn("users") && user.password !== undefined) entry.password = user.password;
      return entry;
    }),
  };
}

/**
 * The summary as a few lines of text. The first is always `GenAuth mock server listening on
 * <address>`, for scripts to parse; the others are labelled, and the `url` line appears only when
 * clients use another URL than the listening address.
 */
export function startupText(summary: StartupSummary, publicUrlGiven: boolean): string {
  const lines = [`GenAuth mock server listening on ${summary.listening}`];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(12)} ${value}`);
  if (summary.url !== summary.listening) {
    const note = publicUrlGiven ? "--public-url" : "loopback: clients on other machines need --public-url with the address they use";
    row("url", `${summary.url} (${note}; OIDC issuer ${summary.issuer})`);
  }
  row("fixtures", summary.fixtures ?? "built-in");
  row("apps", listed(summary.apps.map((app) => withSecret(app.appId, "secret", app.appSecret))));
  row("access keys", listed(summary.accessKeys.map((key) => withSecret(key.accessKeyId, "secret", key.accessKeySecret))));
  row("users", listed(summary.users.map((user) => withSecret(userLabel(user), "password", user.password))));
  row("outbox", `${summary.outbox}?email=… (or ?phone=…)`);
  return lines.join("\n");
}

function withSecret(id: string, kind: string, secret: string | undefined): string {
  return secret === undefined ? id : `${id} (${kind} ${secret})`;
}

function userLabel(user: StartupSummary["users"][number]): string {
  if (user.username !== undefined) return user.username;
  if (user.email !== undefined) return user.email;
  if (user.phone !== undefined) return `${normalizePhoneCountryCode(user.phoneCountryCode)} ${user.phone}`;
  return user.userId;
}

/** Up to three names, then how many more: the log stays a few lines whatever the fixtures. */
function listed(names: string[]): string {
  if (names.length === 0) return "none";
  if (names.length <= 3) return names.join(", ");
  return `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
