import type { ClientAuthMethod, TransportOptions } from "@genauth/core";

/**
 * Options of {@link AuthenticationClient}: the transport's options plus the official SDK's
 * protocol settings, so that existing `authing-node-sdk` option objects work unchanged.
 *
 * @example
 * ```ts
 * const client = new AuthenticationClient({
 *   appId: "GEN_AUTH_APP_ID",
 *   appSecret: "GEN_AUTH_APP_SECRET",
 *   appHost: "https://my-app.genauth.ai",
 * });
 * ```
 */
export interface AuthenticationClientOptions extends TransportOptions {
  /** Callback URL used in authorize URLs and code exchanges. */
  redirectUri?: string | undefined;
  /** Where the hosted logout sends the browser back to, when a call gives none. */
  logoutRedirectUri?: string | undefined;
  /** OIDC scope of authorize URLs. Default `"openid profile"`. */
  scope?: string | undefined;
  /** Name of the cookie that keeps state, nonce and PKCE verifier during a redirect login. */
  cookieKey?: string | undefined;
  /** Accepted for compatibility with the official SDK; the authentication API does not use it. */
  lang?: "zh-CN" | "en-US" | undefined;
  /** Protocol of the hosted login flows. Default `"oidc"`. */
  protocol?: "oidc" | "oauth" | "saml" | "cas" | undefined;
  /** Client authentication of the introspection endpoint. Default `client_secret_post`. */
  introspectionEndPointAuthMethod?: ClientAuthMethod | undefined;
  /** Client authentication of the revocation endpoint. Default `client_secret_post`. */
  revocationEndPointAuthMethod?: ClientAuthMethod | undefined;
  /** WebSocket server of event subscriptions. Default `wss://openevent.authing.cn`. */
  socketUri?: string | undefined;
  /**
   * Reconnect attempts of an event subscription, over its life (as the official SDK counts them):
   * `errCallback` then gets the error, and a long-lived subscription calls `sub` again. Default 5.
   */
  retryTimes?: number | undefined;
  /** Expected `iss` of ID and access tokens. Default `${appHost}/oidc`, GenAuth's issuer. */
  issuer?: string | undefined;
  /** Seconds of clock skew accepted when checking `exp`, `nbf` and `iat` of tokens. Default 30. */
  clockTolerance?: number | undefined;
  /**
   * Minimum milliseconds between two JWKS fetches triggered by tokens with an unknown `kid`, so
   * forged tokens cannot make the client hammer the server. Default 30000.
   */
  jwksCooldown?: number | undefined;
  /**
   * The `WebSocket` class `sub` uses; defaults to the runtime's global one (browsers, Deno, Bun,
   * Node.js >= 22). On Node.js 20 pass the `ws` package's class.
   */
  WebSocket?: WebSocketConstructor | undefined;
  /**
   * Secret that keys the encrypted redirect-login cookie of the Node helpers
   * (`@genauth/authentication-client/node`): at least 32 characters, else `GenAuthConfigError`
   * at construction. The cookie key is derived from it with HKDF-SHA-256. Default: `appSecret`,
   * which must then be at least 32 characters too (a shorter one is refused by
   * `loginWithRedirect` and `handleRedirectCallback`).
   */
  cookieSecret?: string | undefined;
}

/** A `WebSocket` class compatible with the WHATWG one (the global, or the `ws` package's). */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** The part of a WHATWG `WebSocket` that `sub` uses. */
export interface WebSocketLike {
  /** Called once the connection is open (`sub` does not use it). */
  onopen: ((event: unknown) => void) | null;
  /** Set by `sub`: called with each incoming message, its payload in `data` (a string, `ArrayBuffer` or byte view). */
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Set by `sub`: called when the connection fails; `sub` then reconnects, up to `retryTimes`. */
  onerror: ((event: unknown) => void) | null;
  /** Set by `sub`: called once the connection has closed; `sub` reconnects unless it was closed on purpose. */
  onclose: ((event: unknown) => void) | null;
  /**
   * Closes the connection; `sub` calls it when its subscription is closed.
   * @param code - WebSocket close code, e.g. 1000 (normal closure).
   * @param reason - a short text sent to the server with the close frame.
   */
  close(code?: number, reason?: string): void;
}
