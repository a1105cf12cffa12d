import { compactVerify, decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from "jose";

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

/** Options of {@link MockSigningKeys.rotate}. */
export interface RotateOptions {
  /**
   * Whether the key being replaced leaves the JWKS at once, so tokens it signed no longer verify
   * against the JWKS, as after a provider retires a key. Default `false`: it stays published until
   * the next rotation.
   */
  retirePrevious?: boolean;
}

/** The RS256 key the mock signs tokens with, and its JWKS. */
export class MockSigningKeys {
  #current: Promise<SigningKey> | undefined;
  /** The key the last rotation replaced, still published so that what it signed verifies. */
  #previous: SigningKey | undefined;
  readonly #retired = new Map<string, SigningKey>();
  #generation = 0;

  /** The public key set served at `/oidc/.well-known/jwks.json` and `/{appId}/oidc/.well-known/jwks.json`. */
  async jwks(): Promise<{
    /**
     * The current public key, then the one the last rotation replaced (unless retired), each with
     * its `kid`, `alg` RS256 and `use` sig.
     */
    keys: JWK[];
  }> {
    const current = await this.#key();
    return { keys: this.#previous ? [current.jwk, this.#previous.jwk] : [current.jwk] };
  }

  /** Signs `payload` with the current key. */
  async sign(payload: JWTPayload): Promise<string> {
    const key = await this.#key();
    return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
  }

  /**
   * The claims of a token this server signed, with any of its keys (rotated ones included), whether
   * or not it has expired; undefined for anything else. For hints such as `id_token_hint`.
   */
  async claimsOfOwnToken(token: string): Promise<JWTPayload | undefined> {
    const current = await this.#key();
    for (const key of [current, ...this.#retired.values()]) {
      try {
        await compactVerify(token, key.publicKey, { algorithms: ["RS256"] });
        return decodeJwt(token);
      } catch {
        // Not signed by this key: try the next one.
      }
    }
    return undefined;
  }

  /**
   * Rotates the signing key, as a provider does: new tokens are signed with a new key (a new
   * `kid`), and the JWKS publishes it beside the key it replaces, so tokens signed before still
   * verify. The next rotation drops that older key from the JWKS; `{ retirePrevious: true }` drops
   * it at once.
   */
  async rotate(options: RotateOptions = {}): Promise<void> {
    const previous = await this.#current;
    if (previous) this.#retired.set(previous.kid, previous);
    this.#previous = options.retirePrevious === true ? undefined : previous;
    this.#current = this.#generate();
    await this.#current;
  }

  /** The current key; concurrent first calls share one generation. */
  #key(): Promise<SigningKey> {
    this.#current ??= this.#generate();
    return this.#current;
  }

  async #generate(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = `mock-key-${++this.#generation}`;
    return { kid, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
  }
}
