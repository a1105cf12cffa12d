import type { OwnSignal } from "./fetch-setup.js";

/** What waits on a caller's signal: called once when it fires. */
interface AbortWaiter {
  handleEvent(): void;
}

/**
 * The waiters on each caller's signal. A signal gets one listener however many calls share it (a
 * batch under one `AbortController`), so that Node.js does not warn of a listener leak past ten.
 */
const waiters = new WeakMap<AbortSignal, Set<AbortWaiter>>();

/** Calls `waiter.handleEvent()` once when `signal` fires, until {@link stopWaiting}. */
function waitForAbort(signal: AbortSignal, waiter: AbortWaiter): void {
  let waiting = waiters.get(signal);
  if (waiting === undefined) {
    const set = new Set<AbortWaiter>();
    waiting = set;
    waiters.set(signal, set);
    signal.addEventListener(
      "abort",
      () => {
        waiters.delete(signal);
        for (const each of set) each.handleEvent();
      },
      { once: true },
    );
  }
  waiting.add(waiter);
}

function stopWaiting(signal: AbortSignal, waiter: AbortWaiter): void {
  waiters.get(signal)?.delete(waiter);
}

/**
 * One attempt of a request: a timer and the caller's signal, combined into the signal the fetch
 * gets. One object per attempt, and no closure: it is its own waiter on the caller's signal
 * (`handleEvent`), and the timer gets it as an argument. Given `ownSignal` (for `nodeFetch`), its
 * signal is what that makes instead of an `AbortController`'s, which is costlier to create.
 *
 * @internal
 */
export class Attempt {
  /** Fires on timeout or when the caller's signal fires. */
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
    else if (parent) waitForAbort(parent, this);
  }

  /** Whether it was the timeout (not the caller) that fired. */
  timedOut(): boolean {
    return this.#timedOut;
  }

  /** The caller's signal fired (this object waits on it). */
  handleEvent(): void {
    this.#firing.abort(this.#parent?.reason);
  }

  /** The attempt's time is up. */
  expire(): void {
    this.#timedOut = true;
    this.#firing.abort(undefined);
  }

  /** Stops the timer; called once the attempt is over. */
  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#parent) stopWaiting(this.#parent, this);
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
    const waiter = {
      handleEvent() {
        clearTimeout(timer);
        reject(signal?.reason);
      },
    };
    const timer = setTimeout(() => {
      if (signal) stopWaiting(signal, waiter);
      resolve();
    }, ms);
    if (signal) waitForAbort(signal, waiter);
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
