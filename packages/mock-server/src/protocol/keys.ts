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
  /**
   * Whether to publish the next key only, the first phase of a rotation as providers run it: the
   * JWKS lists the next key beside the current one, which goes on signing. The next rotation
   * without `stage` starts signing with that key, which relying parties have fetched by then, so
   * tokens it signs verify from their cached JWKS, without the refetch their cooldowns hold back
   * (jose's `createRemoteJWKSet` 30 s, oauth4webapi's and openid-client's 60 s). Staging while a
   * key is staged keeps that key. Default `false`: the new key signs at once. It replaces no key,
   * so it cannot be combined with `retirePrevious`.
   */
  stage?: boolean;
}

/** The RS256 key the mock signs tokens with, and its JWKS. */
export class MockSigningKeys {
  #current: Promise<SigningKey> | undefined;
  /** The key a staged rotation published, which the next rotation signs with. */
  #next: Promise<SigningKey> | undefined;
  /** The key the last rotation replaced, still published so that what it signed verifies. */
  #previous: SigningKey | undefined;
  readonly #retired = new Map<string, SigningKey>();
  #generation = 0;

  /** The public key set served at `/oidc/.well-known/jwks.json` and `/{appId}/oidc/.well-known/jwks.json`. */
  async jwks(): Promise<{
    /**
     * The current public key, then the staged next one (if any), then the one the last rotation
     * replaced (unless retired), each with its `kid`, `alg` RS256 and `use` sig.
     */
    keys: JWK[];
  }> {
    const published = [await this.#key(), await this.#next, this.#previous];
    return { keys: published.filter((key) => key !== undefined).map((key) => key.jwk) };
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
   * it at once. `{ stage: true }` publishes the new key without signing with it; the next
   * rotation then signs with that key instead of a new one.
   */
  async rotate(options: RotateOptions = {}): Promise<void> {
    if (options.stage === true) {
      if (options.retirePrevious === true)
        throw new TypeError("rotate({ stage: true }) replaces no key, so it cannot retire one: pass retirePrevious to the rotation that follows");
      // The current key exists first, so that the staged one is the one after it.
      await this.#key();
      this.#next ??= this.#generate();
      await this.#next;
      return;
    }
    const previous = await this.#current;
    if (previous) this.#retired.set(previous.kid, previous);
    this.#previous = options.retirePrevious === true ? undefined : previous;
    this.#current = this.#next ?? this.#generate();
    this.#next = undefined;
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
