import { LightSignal } from "./light-signal.js";

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
  return new Attempt(ms, parent, false);
}

/**
 * One attempt of a request: a timer and the caller's signal, combined into the signal the fetch
 * gets. One object per attempt, and no closure: it is its own listener on the caller's signal
 * (`handleEvent`), and the timer gets it as an argument. With `light`, its signal is a
 * {@link LightSignal} instead of a real `AbortSignal` — for `nodeFetch` only, which reads no more
 * of it than `LightSignal` has.
 *
 * @internal
 */
export class Attempt implements AttemptSignal {
  readonly signal: AbortSignal;
  readonly #controller: AbortController | undefined;
  readonly #parent: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;
  #rejectRace: ((reason: unknown) => void) | undefined;

  constructor(ms: number, parent: AbortSignal | undefined, light: boolean) {
    if (light) {
      this.signal = new LightSignal() as unknown as AbortSignal;
    } else {
      this.#controller = new AbortController();
      this.signal = this.#controller.signal;
    }
    this.#parent = parent;
    this.#timer = setTimeout(expire, ms, this);
    if (parent?.aborted) this.#abort(parent.reason);
    else parent?.addEventListener("abort", this, { once: true });
  }

  timedOut(): boolean {
    return this.#timedOut;
  }

  /** The caller's signal fired (this object is its listener). */
  handleEvent(): void {
    this.#abort(this.#parent?.reason);
  }

  /** The attempt's time is up. */
  expire(): void {
    this.#timedOut = true;
    this.#abort(undefined);
  }

  /**
   * Settles like `promise`, or rejects with the signal's reason as soon as it fires — so a `fetch`
   * that ignores its signal cannot keep the caller waiting past an abort or a timeout. What
   * {@link raceAbort} does, without a listener on the signal.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.signal.aborted) {
      promise.catch(() => undefined);
      return Promise.reject(this.signal.reason);
    }
    return new Promise<T>((resolve, reject) => {
      this.#rejectRace = reject;
      promise.then(resolve, reject);
    });
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#parent?.removeEventListener("abort", this);
    this.#rejectRace = undefined;
  }

  #abort(reason: unknown): void {
    if (this.#controller !== undefined) this.#controller.abort(reason);
    else (this.signal as unknown as LightSignal).abort(reason);
    this.#rejectRace?.(this.signal.reason);
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
