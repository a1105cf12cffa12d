import {
  checkPublishArguments,
  checkSubscribeArguments,
  GenAuthConfigError,
  subscribeToEvents,
  type AccessKeySigner,
  type RequestOptions,
  type Subscription,
  type Transport,
} from "@genauth/core";
import type { PubEventRespDto } from "@genauth/types/management";
import { verifyEvent } from "./generated/operations.js";
import { SDK_NAME } from "./management-transport.js";
import type { SignedWebSocketConstructor } from "./options.js";

/** Options of `sub`. */
export interface SubscribeOptions {
  /** The `WebSocket` class to use; default the client's `WebSocket` option, then the global one. */
  WebSocket?: SignedWebSocketConstructor | undefined;
  /** Milliseconds between reconnect attempts. Default 2000. */
  reconnectDelay?: number | undefined;
}

export type { Subscription };

/** What `pub` and `sub` work with. */
export interface EventsContext {
  /** Sends `pub`'s request. */
  readonly transport: Transport;
  /** Signs the WebSocket handshake. */
  readonly signer: AccessKeySigner;
  /** The event WebSocket server, without trailing slashes. */
  readonly socketUri: string;
  /** Reconnects of a lost socket. */
  readonly retryTimes: number;
  /** The client's `WebSocket` option. */
  readonly WebSocket: SignedWebSocketConstructor | undefined;
}

/** Publishes a custom event: `POST /api/v3/pub-event`, the endpoint of `verifyEvent`. */
export async function pub(context: EventsContext, eventName: string, data: string, options?: RequestOptions): Promise<PubEventRespDto> {
  checkPublishArguments(eventName, data);
  return context.transport.request(verifyEvent, { body: { eventType: eventName, source: SDK_NAME, eventData: data } }, options);
}

/**
 * Subscribes to an event over a WebSocket (`${socketUri}/events/v1/management/sub?code=…`), whose
 * handshake carries the access-key signature of `websocket\n`. Each message reaches `callback` as
 * a string; on error or close it reconnects up to `retryTimes` times, then reports to `errCallback`.
 */
export function sub(
  context: EventsContext,
  eventName: string,
  callback: (message: string) => void,
  errCallback: (error: unknown) => void,
  options: SubscribeOptions = {},
): Subscription {
  checkSubscribeArguments(eventName, callback);
  const Socket = options.WebSocket ?? context.WebSocket ?? (globalThis as unknown as { WebSocket?: SignedWebSocketConstructor }).WebSocket;
  if (Socket === undefined) {
    throw new GenAuthConfigError(
      "WebSocket",
      "this runtime has no global WebSocket (Node.js 20): pass one, e.g. new ManagementClient({ …, WebSocket }) with WebSocket from the ws package",
    );
  }
  const url = `${context.socketUri}/events/v1/management/sub?${new URLSearchParams({ code: eventName })}`;
  const authorization = context.signer.websocketAuthorization();
  // The handshake's signature is a credential too: kept out of the error errCallback gets.
  const secrets = new Set<string>();
  return subscribeToEvents({
    eventName,
    open: async () => {
      const signed = await authorization;
      secrets.add(signed);
      return new Socket(url, { headers: { authorization: signed } });
    },
    retryTimes: context.retryTimes,
    reconnectDelay: options.reconnectDelay ?? 2000,
    secrets,
    hint: "check socketUri and the access key",
    callback,
    errCallback,
  });
}
