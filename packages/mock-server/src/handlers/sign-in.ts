import { fail, ok, type Envelope } from "../envelope.js";
import type { Handler, HandlerContext } from "../handler.js";
import type { Recipient } from "../outbox.js";
import type { OAuthErrorBody } from "../protocol/answer.js";
import { authenticateSignInClient } from "../protocol/client-auth.js";
import { lockedAccountFailure } from "../account-lock.js";
import { passwordResetFailure } from "../password-reset-required.js";
import { badEmailFailure } from "../email-address.js";
import { emptyFailure } from "../required-text.js";
import type { UserRecord } from "../users.js";
import { checkPassCode } from "./pass-code.js";

interface DirectoryPayload {
  sAMAccountName: string;
  password: string;
}

interface SignInBody {
  connection: string;
  passwordPayload?: { password: string; account?: string; email?: string; username?: string; phone?: string };
  passCodePayload?: { passCode: string; email?: string; phone?: string; phoneCountryCode?: string };
  ldapPayload?: DirectoryPayload;
  adPayload?: DirectoryPayload;
  options?: { scope?: string; autoRegister?: boolean };
}

const WRONG_CREDENTIALS = "Account not exists or password is incorrect.";

/**
 * `signInByCredentials` (`POST /api/v3/signin`) and the `signInBy*` wrappers over it: PASSWORD
 * (account, email, username or phone), PASSCODE (email, or phone and its country code, code from
 * channel `CHANNEL_LOGIN`), LDAP or AD. The mock has no directory server: its own users stand for the
 * directory's accounts, `sAMAccountName` being their username. Answers a token set and records
 * the attempt in the user's login history.
 * The application authenticates first, by its token endpoint method ({@link clientFailure}).
 * A wrong password or an unknown account answers 403 / apiCode 2333 alike, as GenAuth does; an
 * empty password 400. With `options.autoRegister`, an unknown username, email or phone signs up
 * with the password first.
 */
export const signInByCredentials: Handler = (context) => {
  const refused = clientFailure(context);
  if (refused) return refused;
  const { connection, passwordPayload, passCodePayload, ldapPayload, adPayload, options } = context.body as SignInBody;
  const { users } = context.state;
  if (connection === "PASSWORD") {
    if (!passwordPayload) return fail(400, "passwordPayload is required when connection is PASSWORD");
    const { account, email, username, phone, password } = passwordPayload;
    // An empty password is bad input (400), as `updatePassword` answers it, not a wrong one.
    const empty = emptyFailure("passwordPayload.password", password);
    if (empty) return empty;
    const user =
      (account !== undefined && users.byAccount(account)) ||
      (email !== undefined && users.byEmail(email)) ||
      (username !== undefined && users.byUsername(username)) ||
      (phone !== undefined && users.byPhone(phone)) ||
      undefined;
    // `options.autoRegister`: a username, email or phone no user has (not an `account`, which
    // could be any of them) becomes a user with this password, who is then signed in.
    if (!user && options?.autoRegister === true && account === undefined && (email || username || phone)) {
      const badEmail = email ? badEmailFailure("passwordPayload.email", email) : undefined;
      if (badEmail) return badEmail;
      const identifiers = { email: email || undefined, username: username || undefined, phone: phone || undefined };
      return signIn(context, users.create({ ...identifiers, password }), "PASSWORD", options.scope);
    }
    return signInWithPassword(context, user, password, "PASSWORD", options?.scope);
  }
  if (connection === "PASSCODE") {
    if (!passCodePayload) return fail(400, "passCodePayload is required when connection is PASSCODE");
    const { email, phone, phoneCountryCode, passCode } = passCodePayload;
    const recipient: Recipient | undefined = email !== undefined ? { email } : phone !== undefined ? { phone, phoneCountryCode } : undefined;
    if (!recipient) return fail(400, "passCodePayload needs an email or a phone");
    const problem = checkPassCode(context.state, recipient, passCode, ["CHANNEL_LOGIN"]);
    if (problem) return problem;
    const user = "email" in recipient ? users.byEmail(recipient.email) : users.byPhone(recipient.phone, recipient.phoneCountryCode);
    if (!user) return fail(404, "no user has this email or phone: sign up first", 2004);
    return signIn(context, user, "PASSCODE", options?.scope);
  }
  if (connection === "LDAP" || connection === "AD") {
    const payload = connection === "LDAP" ? ldapPayload : adPayload;
    const field = connection === "LDAP" ? "ldapPayload" : "adPayload";
    if (!payload) return fail(400, `${field} is required when connection is ${connection}`);
    const empty = emptyFailure(`${field}.password`, payload.password);
    if (empty) return empty;
    return signInWithPassword(context, users.byUsername(payload.sAMAccountName), payload.password, connection, options?.scope);
  }
  return fail(400, `connection must be PASSWORD, PASSCODE, LDAP or AD, got ${JSON.stringify(connection)}`);
};

interface MobileSignInBody {
  extIdpConnidentifier: string;
  connection: string;
  options?: { scope?: string };
  [payload: string]: unknown;
}

// The payload field of each connection is its name in camelCase, but for these two.
const PAYLOAD_FIELD: Record<string, string> = { linkedin: "linkedInPayload", dingtalk: "dingTalkPayload" };

/**
 * `signInByMobile` (`POST /api/v3/signin-by-mobile`): a mobile app's social or enterprise sign-in.
 * The mock has no identity providers: it accepts any payload of the connection's kind, as if the
 * provider always answered with one test account per connection, and signs in the user linked to
 * it, created on first use with the username `<connection>-<extIdpConnidentifier>`. The application
 * authenticates first, as for {@link signInByCredentials}.
 */
export const signInByMobile: Handler = (context) => {
  const refused = clientFailure(context);
  if (refused) return refused;
  const body = context.body as MobileSignInBody;
  const { connection, extIdpConnidentifier } = body;
  const field = PAYLOAD_FIELD[connection] ?? `${connection.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}Payload`;
  if (body[field] === undefined) return fail(400, `${field} is required when connection is ${connection}`);
  const username = `${connection}-${extIdpConnidentifier}`;
  const { users } = context.state;
  const user = users.byUsername(username) ?? users.create({ username, profile: { nickname: `${connection} user` } });
  return signIn(context, user, connection, body.options?.scope);
};

/**
 * The failure envelope of a sign-in whose application credentials the token endpoint would refuse
 * (a wrong secret, a method the app does not accept, another app's credentials), or undefined when
 * they pass: the token endpoint's HTTP status as `statusCode` and its `error: error_description`
 * as `message`, e.g. `statusCode` 401, `invalid_client: client authentication failed: …`.
 */
function clientFailure({ state, app, headers, body }: HandlerContext): Envelope | undefined {
  const authorization = typeof headers.authorization === "string" ? headers.authorization : undefined;
  const client = authenticateSignInClient(state.fixtures.apps, app, authorization, body as { client_id?: unknown; client_secret?: unknown });
  if (!("status" in client)) return undefined;
  const { error, error_description } = client.body as OAuthErrorBody;
  return fail(client.status, `${error}: ${error_description}`);
}

/**
 * A wrong password and an unknown account answer alike, as GenAuth does; the user's history records
 * the failure. A right password of a user who must reset it (`PASSWORD` only: LDAP and AD check the
 * directory's password, not the pool's) answers {@link passwordResetFailure}.
 */
function signInWithPassword(context: HandlerContext, user: UserRecord | undefined, password: string, method: string, scope: string | undefined) {
  if (!user || user.password === undefined || user.password !== password) {
    if (user) record(context, user, method, false);
    return fail(403, WRONG_CREDENTIALS, 2333);
  }
  return signIn(context, user, method, scope, method === "PASSWORD" ? passwordResetFailure(user) : undefined);
}

/** Signs the user in, unless their account is locked or `refused` says why not (both recorded as failures). */
async function signIn(context: HandlerContext, user: UserRecord, method: string, scope: string | undefined, refused?: Envelope) {
  const locked = lockedAccountFailure(user) ?? refused;
  if (locked) {
    record(context, user, method, false);
    return locked;
  }
  record(context, user, method, true);
  return ok(await context.state.sessions.issue(user.userId, context.app.appId, scope));
}

function record({ app, headers, state }: HandlerContext, user: UserRecord, method: string, success: boolean): void {
  const forwarded = headers["x-forwarded-for"];
  user.loginHistory.push({
    appId: app.appId,
    at: state.clock(),
    success,
    method,
    clientIp: typeof forwarded === "string" ? (forwarded.split(",")[0] ?? "").trim() : "127.0.0.1",
    userAgent: typeof headers["user-agent"] === "string" ? headers["user-agent"] : "unknown",
  });
}
