type AbortListener = ((event: Event) => void) | { handleEvent(event: Event): void };

/**
 * The part of `AbortSignal` that `nodeFetch` uses — `aborted`, `reason`, `throwIfAborted`, and
 * `abort` listeners — without an `EventTarget`. A real signal is costly to create on Node (the
 * `AbortController` is cheap, its signal is not); the transport makes one of these per attempt
 * instead when it sends through `nodeFetch`, which never hands the signal to the platform.
 *
 * Not an `AbortSignal`: the platform's `fetch` and `Request` reject it.
 */
export class LightSignal {
  aborted = false;
  reason: unknown = undefined;
  onabort: ((event: Event) => void) | null = null;
  // Almost always one listener (nodeFetch's): no array unless a second one comes.
  #listener: AbortListener | undefined;
  #more: AbortListener[] | undefined;

  addEventListener(type: string, listener: AbortListener | null, _options?: boolean | AddEventListenerOptions): void {
    if (type !== "abort" || listener === null || this.aborted) return;
    if (this.#listener === undefined) this.#listener = listener;
    else if (this.#listener !== listener && !this.#more?.includes(listener)) {
      this.#more ??= [];
      this.#more.push(listener);
    }
  }

  removeEventListener(type: string, listener: AbortListener | null, _options?: boolean | EventListenerOptions): void {
    if (type !== "abort" || listener === null) return;
    if (this.#listener === listener) this.#listener = this.#more?.shift();
    else if (this.#more !== undefined) this.#more = this.#more.filter((other) => other !== listener);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Fires the signal once: sets `aborted` and `reason`, then calls `onabort` and each listener once. */
  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason ?? new DOMException("This operation was aborted", "AbortError");
    const listeners = [this.onabort, this.#listener, ...(this.#more ?? [])];
    this.#listener = undefined;
    this.#more = undefined;
    const event = new Event("abort");
    for (const listener of listeners) {
      if (listener === null || listener === undefined) continue;
      try {
        if (typeof listener === "function") listener.call(this, event);
        else listener.handleEvent(event);
      } catch (error) {
        // As EventTarget does: a throwing listener neither stops the others nor the caller.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
