import type { Clock } from "./clock.js";
import type { ResolvedFixtures } from "./fixtures.js";
import { Outbox } from "./outbox.js";
import { SessionStore } from "./sessions.js";
import { UserStore } from "./users.js";

/** A WeChat access token the mock has minted, as GenAuth caches it. */
export interface WechatTokenRecord {
  accessToken: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** A verified request to change a user's email or phone, waiting for `updateEmail`/`updatePhone`. */
export interface PendingContactChange {
  userId: string;
  kind: "email" | "phone";
  value: string;
  phoneCountryCode?: string;
  /** Unix milliseconds. */
  expiresAt: number;
}

/** Everything a mock server remembers between requests. */
export class MockState {
  readonly fixtures: ResolvedFixtures;
  readonly clock: Clock;
  /** WeChat access tokens by WeChat appId, shared by both WeChat token endpoints. */
  readonly wechatTokens = new Map<string, WechatTokenRecord>();
  /** The user pool: the fixtures' users and those who signed up. */
  readonly users: UserStore;
  /** Codes sent by `sendEmail` / `sendSms`. */
  readonly outbox: Outbox;
  /** Signed-in sessions by access token. */
  readonly sessions: SessionStore;
  /** Email and phone changes verified by `verifyUpdate*Request`, by their token. */
  readonly pendingContactChanges = new Map<string, PendingContactChange>();
  /** Password resets verified by `verifyResetPasswordRequest`, by their token. */
  readonly passwordResets = new Map<string, { userId: string; expiresAt: number }>();

  constructor(fixtures: ResolvedFixtures, clock: Clock) {
    this.fixtures = fixtures;
    this.clock = clock;
    this.users = new UserStore(fixtures.users, clock);
    this.outbox = new Outbox(clock);
    this.sessions = new SessionStore(clock);
  }

  /** Current time in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }
}
