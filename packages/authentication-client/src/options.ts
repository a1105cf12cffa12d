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
  redirectUri?: string;
  /** Where the hosted logout sends the browser back to, when a call gives none. */
  logoutRedirectUri?: string;
  /** OIDC scope of authorize URLs. Default `"openid profile"`. */
  scope?: string;
  /** Name of the cookie that keeps state, nonce and PKCE verifier during a redirect login. */
  cookieKey?: string;
  /** Accepted for compatibility with the official SDK; the authentication API does not use it. */
  lang?: "zh-CN" | "en-US";
  /** Protocol of the hosted login flows. Default `"oidc"`. */
  protocol?: "oidc" | "oauth" | "saml" | "cas";
  /** Client authentication of the introspection endpoint. Default `client_secret_post`. */
  introspectionEndPointAuthMethod?: ClientAuthMethod;
  /** Client authentication of the revocation endpoint. Default `client_secret_post`. */
  revocationEndPointAuthMethod?: ClientAuthMethod;
  /** Accepted for compatibility; certificate checks follow the runtime's `fetch` (pass your own `fetch` to change them). */
  rejectUnauthorized?: boolean;
  /** WebSocket server of event subscriptions. Default `wss://openevent.authing.cn`. */
  socketUri?: string;
  /** Reconnect attempts of an event subscription. Default 5. */
  retryTimes?: number;
}
