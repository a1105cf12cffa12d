/** A signal that fires after `ms`, or when `parent` fires, whichever comes first. */
export interface AttemptSignal {
  /** Fires on timeout or when the parent fires. */
  signal: AbortSignal;
  /** Whether it was the timeout (not the parent) that fired. */
  timedOut(): boolean;
  /** Stops the timer; call it once the attempt is over. */
  dispose(): void;
}

/** Combines a per-attempt timeout of `ms` with the caller's `parent` signal; dispose it when the attempt ends. */
export function attemptSignal(ms: number, parent: AbortSignal | undefined): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
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
