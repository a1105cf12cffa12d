import type { Clock } from "../clock.js";

/**
 * The signature nonces the Management API has accepted, per access key, each kept for as long as
 * its signed `date` is within the window: a request that repeats one is a replay.
 */
export class NonceCache {
  readonly #expiries = new Map<string, number>();
  readonly #clock: Clock;
  readonly #windowMs: number;

  /**
   * @param clock - The server's clock, Unix milliseconds.
   * @param windowMs - How far a signed `date` may be from the clock.
   */
  constructor(clock: Clock, windowMs: number) {
    this.#clock = clock;
    this.#windowMs = windowMs;
  }

  /**
   * Records a nonce for an access key; false when it was already used within the window.
   * @param accessKeyId - The key that signed the request.
   * @param nonce - The request's signature nonce.
   * @param signedAt - The request's signed `date`, Unix milliseconds.
   */
  use(accessKeyId: string, nonce: string, signedAt: number): boolean {
    const now = this.#clock();
    this.#prune(now);
    const key = `${accessKeyId}\n${nonce}`;
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry >= now) return false;
    // A request signed at `signedAt` is accepted up to `signedAt + window` inclusive (and refused as
    // stale after it), so the nonce is remembered until that instant.
    this.#expiries.set(key, signedAt + this.#windowMs);
    return true;
  }

  /** How many nonces are remembered. */
  get size(): number {
    return this.#expiries.size;
  }

  /** Forgets expired nonces from the oldest on; entries come roughly in expiry order, so it stops at the first live one (a later expired one goes on a later call). */
  #prune(now: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry >= now) return;
      this.#expiries.delete(key);
    }
  }
}
