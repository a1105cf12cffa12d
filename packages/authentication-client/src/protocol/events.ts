import { checkPublishArguments, checkSubscribeArguments, GenAuthConfigError, subscribeToEvents, type RequestOptions, type Subscription } from "@genauth/core";
import type { WebSocketConstructor } from "../options.js";
import { pub as pubOperation } from "../generated/operations.js";
import type { ProtocolContext } from "./settings.js";

/** Options of `sub`. */
export interface SubscribeOptions {
  /** The `WebSocket` class to use; default the client's `WebSocket` option, then the global one. */
  WebSocket?: WebSocketConstructor | undefined;
  /** Milliseconds between reconnect attempts. Default 2000. */
  reconnectDelay?: number | undefined;
}

export type { Subscription };

/** What `sub` needs besides the protocol context. */
export interface EventsContext extends ProtocolContext {
  readonly WebSocket: WebSocketConstructor | undefined;
}

const SOURCE = "@genauth/authentication-client";

/** Publishes a custom user event; needs the user's access token (`setAccessToken`). */
export async function pub(context: ProtocolContext, eventName: string, data: string, requestOptions: RequestOptions = {}): Promise<unknown> {
  checkPublishArguments(eventName, data);
  requireAccessToken(context, "pub");
  return context.transport.request(pubOperation, { body: { eventType: eventName, source: SOURCE, eventData: data } }, requestOptions);
}

/**
 * Subscribes to an event over WebSocket (`${socketUri}/events/v1/authentication/sub`). Each
 * message reaches `callback` as a string; on error or close it reconnects up to `retryTimes`
 * times, then reports to `errCallback` with a `GenAuthError`. That error holds no socket and no
 * URL: the socket URL carries the access token, which never appears in the error.
 */
export function sub(
  context: EventsContext,
  eventName: string,
  callback: (message: string) => void,
  errCallback: (error: unknown) => void,
  options: SubscribeOptions = {},
): Subscription {
  checkSubscribeArguments(eventName, callback);
  const token = requireAccessToken(context, "sub");
  const Socket = options.WebSocket ?? context.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (Socket === undefined) {
    throw new GenAuthConfigError(
      "WebSocket",
      "this runtime has no global WebSocket (Node.js 20): pass one, e.g. new AuthenticationClient({ …, WebSocket }) with WebSocket from the ws package",
    );
  }
  const query = new URLSearchParams({ code: eventName, token });
  const url = `${context.settings.socketUri}/events/v1/authentication/sub?${query}`;
  return subscribeToEvents({
    eventName,
    open: () => new Socket(url),
    retryTimes: context.settings.retryTimes,
    reconnectDelay: options.reconnectDelay ?? 2000,
    // The token as it is and as the URL spells it (percent- and form-encoded).
    secrets: new Set([token, encodeURIComponent(token), new URLSearchParams({ token }).toString().slice("token=".length)]),
    hint: "check socketUri and the access token",
    callback,
    errCallback,
  });
}

function requireAccessToken(context: ProtocolContext, method: string): string {
  const token = context.transport.getAccessToken();
  if (!token) {
    throw new GenAuthConfigError("accessToken", `${method} needs the user's access token: call setAccessToken(token) after sign-in`);
  }
  return token;
}
