import type { HmacSha1 } from "./access-key-signing.js";

/**
 * {@link HmacSha1} on `node:crypto`: synchronous, so a signed request does not wait for Web
 * Crypto's thread pool. The Node.js builds of the management client sign with it. `node:crypto`
 * is taken on the first signature, not imported with the SDK.
 */
export const nodeHmacSha1: HmacSha1 = (secret) => (text) =>
  process.getBuiltinModule("node:crypto").createHmac("sha1", secret).update(text, "utf8").digest("base64");
