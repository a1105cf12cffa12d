import { createHmac } from "node:crypto";
import type { HmacSha1 } from "./access-key-signing.js";

/**
 * {@link HmacSha1} on `node:crypto`: synchronous, so a signed request does not wait for Web
 * Crypto's thread pool. The Node.js builds of the management client sign with it.
 */
export const nodeHmacSha1: HmacSha1 = (secret) => (text) => createHmac("sha1", secret).update(text, "utf8").digest("base64");
