import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from "jose";

/** The RS256 key the mock signs tokens with, and its JWKS. */
export class MockSigningKeys {
  #current: { kid: string; privateKey: CryptoKey; jwk: JWK } | undefined;
  #generation = 0;

  /** The public key set served at `/{appId}/oidc/.well-known/jwks.json`. */
  async jwks(): Promise<{
    /** The current public key, with its `kid`, `alg` RS256 and `use` sig. */
    keys: JWK[];
  }> {
    return { keys: [(await this.#key()).jwk] };
  }

  /** Signs `payload` with the current key. */
  async sign(payload: JWTPayload): Promise<string> {
    const key = await this.#key();
    return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
  }

  /** Replaces the key (with a new `kid`), as a provider's key rotation does. */
  async rotate(): Promise<void> {
    this.#current = await this.#generate();
  }

  async #key() {
    this.#current ??= await this.#generate();
    return this.#current;
  }

  async #generate() {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = `mock-key-${++this.#generation}`;
    return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
  }
}
