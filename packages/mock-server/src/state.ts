import type { Clock } from "./clock.js";
import type { ResolvedFixtures } from "./fixtures.js";

/** A WeChat access token the mock has minted, as GenAuth caches it. */
export interface WechatTokenRecord {
  /** The token handed out. */
  accessToken: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** Everything a mock server remembers between requests. */
export class MockState {
  /** The apps and WeChat apps this server knows. */
  readonly fixtures: ResolvedFixtures;
  /** Source of the current time. */
  readonly clock: Clock;
  /** WeChat access tokens by WeChat appId, shared by both WeChat token endpoints. */
  readonly wechatTokens = new Map<string, WechatTokenRecord>();

  constructor(fixtures: ResolvedFixtures, clock: Clock) {
    this.fixtures = fixtures;
    this.clock = clock;
  }

  /** Current time in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }
}
