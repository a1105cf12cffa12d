import type { Transport } from "@genauth/core";
import type { createLocalJWKSet, JWTVerifyGetKey } from "jose";
import { loadJose } from "./jose.js";
import type { JWKSObject } from "./types.js";

/**
 * The application's signing keys from `/{appId}/oidc/.well-known/jwks.json`: fetched on first
 * use with the client's `fetch`, cached, and fetched again when a token names an unknown `kid`
 * (jose's remote key set, at most once per `cooldown` milliseconds).
 */
export class JwksCache {
  readonly #transport: Transport;
  readonly #cooldown: number;
  #remote: JWTVerifyGetKey | undefined;

  constructor(transport: Transport, cooldown: number) {
    this.#transport = transport;
    this.#cooldown = cooldown;
  }

  /** The JWKS URL of the application. */
  get url(): string {
    return `${this.#transport.appHost}/${encodeURIComponent(this.#transport.appId)}/oidc/.well-known/jwks.json`;
  }

  /** A key resolver: the given key set, or the application's remote one. */
  async keys(serverJWKS?: JWKSObject): Promise<JWTVerifyGetKey> {
    const jose = await loadJose();
    if (serverJWKS !== undefined) return jose.createLocalJWKSet(serverJWKS as Parameters<typeof createLocalJWKSet>[0]);
    this.#remote ??= jose.createRemoteJWKSet(new URL(this.url), {
      timeoutDuration: this.#transport.options.timeout,
      cooldownDuration: this.#cooldown,
      headers: { "x-authing-app-id": this.#transport.appId },
      [jose.customFetch]: (url, init) => {
        const fetchImpl = this.#transport.options.fetch;
        return fetchImpl ? fetchImpl(new Request(url, init)) : fetch(url, init);
      },
    });
    return this.#remote;
  }
}
