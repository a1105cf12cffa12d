import { describe, isLoopbackHost, shownHost } from "./app-host.js";
import { GenAuthConfigError, GenAuthError } from "./errors.js";
import { safeCause } from "./redact.js";

/** The part of a WHATWG `WebSocket` an event subscription uses. */
export interface EventSocketLike {
  /** Set by the subscription: called with each incoming message, its payload in `data`. */
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Set by the subscription: called when the connection fails. */
  onerror: ((event: unknown) => void) | null;
  /** Set by the subscription: called once the connection has closed. */
  onclose: ((event: unknown) => void) | null;
  /** Closes the connection. */
  close(code?: number, reason?: string): void;
}

/** A running event subscription. */
export interface Subscription {
  /** Closes the socket and stops reconnecting. */
  close(): void;
}

/**
 * How {@link subscribeToEvents} runs a subscription.
 *
 * @internal
 */
export interface EventSubscriptionSettings {
  /** The event code, named in the error when the subscription is lost. */
  eventName: string;
  /** Opens one socket (a new one after each loss). */
  open: () => EventSocketLike | Promise<EventSocketLike>;
  /** Reconnect attempts after a loss. */
  retryTimes: number;
  /** Milliseconds between reconnect attempts. */
  reconnectDelay: number;
  /** Secret values the socket's errors may hold (a token in the URL, a signature), scrubbed from the error. */
  secrets: ReadonlySet<string>;
  /** What to check when the subscription is lost, for the error's message. */
  hint: string;
  /** Called with each message, as a string. */
  callback: (message: string) => void;
  /** Called once with a `GenAuthError` when the subscription cannot go on. */
  errCallback: ((error: unknown) => void) | undefined;
}

/** The event WebSocket server both clients' `sub` connects to when no `socketUri` is given. */
export const DEFAULT_SOCKET_URI = "wss://openevent.authing.cn";

/**
 * Where `sub` connects, and how often it reconnects: the client options, checked.
 *
 * @internal
 */
export interface EventServerSettings {
  /** The event server's URL, without trailing slashes. */
  socketUri: string;
  /** Reconnects of a lost socket. */
  retryTimes: number;
}

/**
 * Checks a client's `socketUri`, `retryTimes` and `WebSocket` options and fills in the defaults
 * of the first two. What a
 * subscription sends (an access token in the URL, an access-key signature in the handshake) is a
 * credential, so a plain `ws://` (or `http://`) server is refused unless its host is this machine,
 * by the rule that refuses a plain http API host; `allowInsecureHttp` lifts both.
 *
 * @param credential - What the socket carries, named in the error, e.g. "the user's access token".
 * @throws GenAuthConfigError naming `socketUri`, `retryTimes` or `WebSocket`.
 *
 * @internal
 */
export function resolveEventServer(
  options: { socketUri?: unknown; retryTimes?: unknown; allowInsecureHttp?: boolean; WebSocket?: unknown },
  credential: string,
): EventServerSettings {
  const retryTimes = options.retryTimes === undefined ? 5 : options.retryTimes;
  if (!Number.isInteger(retryTimes) || (retryTimes as number) < 0) {
    throw new GenAuthConfigError("retryTimes", `retryTimes must be a whole number of reconnect attempts, e.g. 5, got ${JSON.stringify(retryTimes)}`);
  }
  if (options.WebSocket !== undefined && typeof options.WebSocket !== "function") {
    throw new GenAuthConfigError("WebSocket", `WebSocket must be a WebSocket class, such as the ws package's WebSocket, got ${describe(options.WebSocket)}`);
  }
  const socketUri = options.socketUri === undefined ? DEFAULT_SOCKET_URI : options.socketUri;
  let url: URL | undefined;
  try {
    url = typeof socketUri === "string" ? new URL(socketUri) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined) {
    throw new GenAuthConfigError(
      "socketUri",
      `socketUri must be an absolute WebSocket URL such as "${DEFAULT_SOCKET_URI}", got ${typeof socketUri === "string" ? shownHost(socketUri) : describe(socketUri)}`,
    );
  }
  if ((url.protocol === "ws:" || url.protocol === "http:") && options.allowInsecureHttp !== true && !isLoopbackHost(url.hostname)) {
    throw new GenAuthConfigError(
      "socketUri",
      `socketUri ${shownHost(socketUri as string)} uses plain ${url.protocol.slice(0, -1)} to a host that is not this machine, which would send ${credential} unencrypted: use wss://, or set allowInsecureHttp: true if you really mean it`,
    );
  }
  return { socketUri: (socketUri as string).replace(/\/+$/, ""), retryTimes: retryTimes as number };
}

/**
 * Checks the arguments of a client's `pub(eventName, data)`.
 * @throws GenAuthConfigError naming the bad argument.
 *
 * @internal
 */
export function checkPublishArguments(eventName: unknown, data: unknown): void {
  checkEventName(eventName);
  if (typeof data !== "string") throw new GenAuthConfigError("data", "data must be a string: serialise objects with JSON.stringify first");
}

/**
 * Checks the arguments of a client's `sub(eventName, callback, …)`.
 * @throws GenAuthConfigError naming the bad argument.
 *
 * @internal
 */
export function checkSubscribeArguments(eventName: unknown, callback: unknown): void {
  checkEventName(eventName);
  if (typeof callback !== "function") throw new GenAuthConfigError("callback", "callback must be a function receiving each message");
}

function checkEventName(eventName: unknown): void {
  if (typeof eventName !== "string" || eventName === "") {
    throw new GenAuthConfigError("eventName", 'eventName must be the event code, a non-empty string such as "my-app.order.paid"');
  }
}

/**
 * Keeps an event subscription open: each message reaches `callback` as a string; on an error or a
 * close it reconnects, up to `retryTimes` times over the subscription's life as the official SDK
 * does (a server that accepts and drops every connection is not retried forever), then reports
 * to `errCallback`. What `errCallback`
 * gets is a `GenAuthError` with the last close code and a scrubbed copy of the socket's error, never
 * the socket's event: its socket holds the URL and handshake, which carry credentials.
 *
 * @internal
 */
export function subscribeToEvents(settings: EventSubscriptionSettings): Subscription {
  const { eventName, retryTimes, reconnectDelay, secrets } = settings;
  let attemptsLeft = retryTimes;
  let closed = false;
  let socket: EventSocketLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lost = (message: string, event: unknown) => {
    const fields = (typeof event === "object" && event !== null ? event : {}) as { code?: unknown; error?: unknown };
    const closeCode = typeof fields.code === "number" ? ` (last close code ${fields.code})` : "";
    const cause = safeCause(event instanceof Error ? event : fields.error, secrets);
    settings.errCallback?.(new GenAuthError(`${message}${closeCode}: ${settings.hint}, then call sub again`, cause === undefined ? {} : { cause }));
  };

  const couldNotOpen = (error: unknown) => lost(`event subscription to ${JSON.stringify(eventName)} could not open its socket`, error);
  const attach = (current: EventSocketLike) => {
    if (closed) {
      // Closing a socket that is still connecting fails it: with no listener, the `ws` package
      // throws that error out of the process.
      current.onerror = () => undefined;
      current.onclose = () => undefined;
      current.close();
      return;
    }
    socket = current;
    let failed = false;
    const retry = (event: unknown) => {
      if (closed || failed) return;
      failed = true;
      if (attemptsLeft-- > 0) timer = setTimeout(connect, reconnectDelay);
      else lost(`event subscription to ${JSON.stringify(eventName)} lost after ${retryTimes} reconnect attempts`, event);
    };
    current.onmessage = (event) => settings.callback(messageText(event.data));
    current.onerror = retry;
    current.onclose = retry;
  };
  // A socket that opens synchronously is attached at once; one behind a promise (a signed handshake) when it resolves.
  function connect(): void {
    let opened: EventSocketLike | Promise<EventSocketLike>;
    try {
      opened = settings.open();
    } catch (error) {
      couldNotOpen(error);
      return;
    }
    if (opened instanceof Promise) opened.then(attach, couldNotOpen);
    else attach(opened);
  }
  connect();
  return {
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      socket?.close();
    },
  };
}

function messageText(data: unknown): string {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}
