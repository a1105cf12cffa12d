import { randomBytes } from "node:crypto";

/**
 * Tokens that stand for a verified request (change an email, reset a password, delete an
 * account) until they are used once or expire.
 */
export class OneTimeTokens<T> {
  readonly #entries = new Map<string, { value: T; expiresAt: number }>();
  readonly #prefix: string;
  readonly #now: () => number;

  /**
   * @param prefix - put before every token, so a token says what it is for (e.g. `mock_reset_`).
   * @param now - the clock, Unix milliseconds, that expires tokens.
   */
  constructor(prefix: string, now: () => number) {
    this.#prefix = prefix;
    this.#now = now;
  }

  /** A new token for `value`, working for `lifetimeSeconds`. */
  issue(value: T, lifetimeSeconds: number): string {
    const token = `${this.#prefix}${randomBytes(18).toString("base64url")}`;
    this.#entries.set(token, { value, expiresAt: this.#now() + lifetimeSeconds * 1000 });
    return token;
  }

  /**
   * The token's value if it is live, leaving it unused: for a request that may still be refused
   * for another reason (a wrong code) and retried with the same token.
   */
  peek(token: string): T | undefined {
    const entry = this.#entries.get(token);
    return entry && entry.expiresAt > this.#now() ? entry.value : undefined;
  }

  /** The token's value if it is live and `accepts` it, using the token up; otherwise undefined. */
  take(token: string, accepts: (value: T) => boolean = () => true): T | undefined {
    const entry = this.#entries.get(token);
    if (!entry || entry.expiresAt <= this.#now() || !accepts(entry.value)) return undefined;
    this.#entries.delete(token);
    return entry.value;
  }
}
