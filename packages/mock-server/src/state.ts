import type { Clock } from "./clock.js";
import type { ResolvedFixtures } from "./fixtures.js";
import { ManagementState } from "./management/management-state.js";
import { MfaFactorStore } from "./mfa-factors.js";
import { OneTimeTokens } from "./one-time-tokens.js";
import { Outbox } from "./outbox.js";
import { TokenService } from "./protocol/token-service.js";
import { SessionStore } from "./sessions.js";
import { UserStore, type UserRecord } from "./users.js";

/** A WeChat access token the mock has minted, as GenAuth caches it. */
export interface WechatTokenRecord {
  /** The token handed out. */
  accessToken: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** A verified request to change a user's email or phone, waiting for `updateEmail`/`updatePhone`. */
export interface PendingContactChange {
  /** The user whose contact changes. */
  userId: string;
  /** Which identifier changes. */
  kind: "email" | "phone";
  /** The new email address, or the new phone number without country code. */
  value: string;
  /** The new phone's country calling code (e.g. `+86`), for a phone change that gave one. */
  phoneCountryCode?: string;
}

/** Everything a mock server remembers between requests. */
export class MockState {
  /** The apps and WeChat apps this server knows. */
  readonly fixtures: ResolvedFixtures;
  /** Source of the current time. */
  readonly clock: Clock;
  /** WeChat access tokens by WeChat appId, shared by both WeChat token endpoints. */
  readonly wechatTokens = new Map<string, WechatTokenRecord>();
  /** The user pool: the fixtures' users and those who signed up. */
  readonly users: UserStore;
  /** Codes sent by `sendEmail` / `sendSms` and by SMS and email MFA enrolments. */
  readonly outbox: Outbox;
  /** The tokens the OpenID Provider and the sign-in endpoints issue, their grants and signing key. */
  readonly tokens: TokenService;
  /** Signed-in sessions: the live access tokens that stand for a user. */
  readonly sessions: SessionStore;
  /** Email and phone changes verified by `verifyUpdate*Request`. */
  readonly contactChanges: OneTimeTokens<PendingContactChange>;
  /** Password resets verified by `verifyResetPasswordRequest`: the user's ID. */
  readonly passwordResets: OneTimeTokens<string>;
  /** Account deletions verified by `verifyDeleteAccountRequest`: the user's ID. */
  readonly accountDeletions: OneTimeTokens<string>;
  /** Users' MFA factors and the enrolments started by `sendEnrollFactorRequest`. */
  readonly mfa: MfaFactorStore;
  /** What the Management API keeps beside the users: roles, groups, organizations, resources, nonces. */
  readonly management: ManagementState;

  /**
   * @param fixtures - the apps, WeChat apps, users and access keys the server knows.
   * @param clock - the time source, Unix milliseconds.
   * @param issuer - the issuer of the tokens, `{baseUrl}/oidc`; the server passes its own.
   */
  constructor(fixtures: ResolvedFixtures, clock: Clock, issuer: () => string = () => "http://127.0.0.1/oidc") {
    this.fixtures = fixtures;
    this.clock = clock;
    this.users = new UserStore(fixtures.users, clock);
    this.outbox = new Outbox(clock);
    this.tokens = new TokenService(this.users, clock, issuer);
    this.sessions = new SessionStore(this.tokens);
    this.contactChanges = new OneTimeTokens("mock_change_", clock);
    this.passwordResets = new OneTimeTokens("mock_reset_", clock);
    this.accountDeletions = new OneTimeTokens("mock_delete_", clock);
    this.mfa = new MfaFactorStore(clock);
    this.management = new ManagementState(clock);
  }

  /**
   * Removes a user from both APIs: the user pool (their access tokens stop working with them), their
   * MFA factors, and the Management API's memberships, role assignments and grants.
   */
  removeUser(user: UserRecord): void {
    this.users.remove(user);
    this.mfa.forgetUser(user.userId);
    this.management.forgetUser(user.userId);
  }

  /** Current time in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }
}
