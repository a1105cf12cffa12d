import { safeCause, type Transport } from "@genauth/core";
import type { createLocalJWKSet, errors as JoseErrors, JWTVerifyGetKey } from "jose";
import { GenAuthTokenVerificationError } from "@genauth/core";
import { loadJose } from "./load-jose.js";
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

  /**
   * A key resolver: the given key set, or the application's remote one. Its failures are
   * `GenAuthTokenVerificationError`s: `kid` when no key matches the token, `jwks` when the key set
   * cannot be fetched (connection error, timeout, an answer other than 200) or read.
   */
  async keys(serverJWKS?: JWKSObject): Promise<JWTVerifyGetKey> {
    const jose = await loadJose();
    let resolver: JWTVerifyGetKey;
    try {
      resolver = serverJWKS !== undefined ? jose.createLocalJWKSet(serverJWKS as Parameters<typeof createLocalJWKSet>[0]) : this.#remoteSet(jose);
    } catch (cause) {
      throw keySetError(cause, jose.errors);
    }
    return async (header, token) => {
      try {
        return await resolver(header, token);
      } catch (cause) {
        throw keySetError(cause, jose.errors);
      }
    };
  }

  #remoteSet(jose: Awaited<ReturnType<typeof loadJose>>): JWTVerifyGetKey {
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

function keySetError(cause: unknown, errors: typeof JoseErrors): GenAuthTokenVerificationError {
  if (cause instanceof errors.JWKSNoMatchingKey || cause instanceof errors.JWKSMultipleMatchingKeys) {
    return new GenAuthTokenVerificationError("kid", "no key of the application's JWKS matches the token's header (kid / alg)");
  }
  // A fetch error may hold the request; a sanitised copy keeps the diagnosis without it.
  return new GenAuthTokenVerificationError(
    "jwks",
    "the application's JWKS could not be fetched or read: check appHost and that the server answers its jwks.json",
    {
      cause: safeCause(cause, new Set()),
    },
  );
}
