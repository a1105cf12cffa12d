import type { OwnSignal } from "./fetch-request.js";

/** A signal that fires after `ms`, or when `parent` fires, whichever comes first. */
export interface AttemptSignal {
  /** Fires on timeout or when the parent fires. */
  signal: AbortSignal;
  /** Whether it was the timeout (not the parent) that fired. */
  timedOut(): boolean;
  /** Stops the timer; call it once the attempt is over. */
  dispose(): void;
}

/**
 * The signal of one attempt: it fires when the per-attempt timeout expires or when the caller's
 * signal fires, and remembers which of the two it was.
 */
export function attemptSignal(ms: number, parent: AbortSignal | undefined): AttemptSignal {
  return new Attempt(ms, parent);
}

/**
 * One attempt of a request: a timer and the caller's signal, combined into the signal the fetch
 * gets. One object per attempt, and no closure: it is its own listener on the caller's signal
 * (`handleEvent`), and the timer gets it as an argument. Given `ownSignal` (for `nodeFetch`), its
 * signal is what that makes instead of an `AbortController`'s, whose signal costs ~4 µs to create.
 *
 * @internal
 */
export class Attempt implements AttemptSignal {
  readonly signal: AbortSignal;
  /** What fires the signal: an AbortController, or the own signal itself. */
  readonly #firing: AbortController | OwnSignal;
  readonly #parent: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;

  constructor(ms: number, parent: AbortSignal | undefined, ownSignal?: () => OwnSignal) {
    const firing = ownSignal?.() ?? new AbortController();
    this.signal = firing instanceof AbortController ? firing.signal : (firing as unknown as AbortSignal);
    this.#firing = firing;
    this.#parent = parent;
    this.#timer = setTimeout(expire, ms, this);
    if (parent?.aborted) this.#firing.abort(parent.reason);
    else parent?.addEventListener("abort", this, { once: true });
  }

  timedOut(): boolean {
    return this.#timedOut;
  }

  /** The caller's signal fired (this object is its listener). */
  handleEvent(): void {
    this.#firing.abort(this.#parent?.reason);
  }

  /** The attempt's time is up. */
  expire(): void {
    this.#timedOut = true;
    this.#firing.abort(undefined);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#parent?.removeEventListener("abort", this);
  }
}

function expire(attempt: Attempt): void {
  attempt.expire();
}

/** Waits `ms`; rejects with the signal's reason as soon as it fires. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it fires — so a `fetch`
 * that ignores its signal cannot keep the caller waiting past an abort or a timeout.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
