import { lightFetch } from "./light-request.js";
import type { FetchLike } from "./options.js";

/** What the transport hands openapi-fetch, and what it may rely on in the fetch it sends with. */
export interface FetchSetup {
  fetch: FetchLike;
  /** The request class openapi-fetch builds requests with. */
  Request: typeof Request;
  /**
   * For a fetch of ours (`nodeFetch`): makes the cheap signal it takes instead of an
   * `AbortController`'s. Such a fetch settles at once when its signal fires, so the transport does
   * not race it either.
   */
  ownSignal: (() => OwnSignal) | undefined;
}

/** A signal that whoever made it can fire: all a fetch of ours needs of a signal. */
export interface OwnSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  abort(reason?: unknown): void;
}

// Filled by the Node entry's module (createNodeFetch), so the signal class stays out of browser bundles.
const OWN_FETCHES = new WeakMap<object, () => OwnSignal>();

/**
 * Marks `fetch` as one of the SDK's own (`createNodeFetch`'s): it honours its signal in every
 * phase (rejects at once, fails the body read), and reads no more of it than what `makeSignal`
 * makes has.
 */
export function markOwnFetch<T extends object>(fetch: T, makeSignal: () => OwnSignal): T {
  OWN_FETCHES.set(fetch, makeSignal);
  return fetch;
}

/**
 * The fetch and request class the transport gives openapi-fetch: a fetch that brings its own
 * request class (as `nodeFetch` does) with that class; the platform's fetch (no `fetch` option,
 * or `globalThis.fetch` itself) wrapped to take light requests; any other fetch as it is, with the platform's `Request`, since
 * it may read the request as one.
 */
export function fetchSetup(fetch: FetchLike | undefined): FetchSetup {
  // The platform's own fetch, passed explicitly, is the default too: it takes light requests.
  const chosen = fetch === undefined || fetch === globalThis.fetch ? (lightFetch(globalThis.fetch) as unknown as FetchLike) : fetch;
  const own = (chosen as { Request?: unknown }).Request;
  return {
    fetch: chosen,
    Request: typeof own === "function" ? (own as typeof Request) : globalThis.Request,
    ownSignal: OWN_FETCHES.get(chosen),
  };
}
