import { AccessKeySigner, createGenAuthQuerySerializer, GenAuthConfigError, type HmacSha1, MAX_TIMEOUT, Transport } from "@genauth/core";
import type { ManagementClientOptions } from "./options.js";

/** The official SDK's default API host. */
export const DEFAULT_HOST = "https://api.authing.cn";
/** What `x-authing-sdk-version` and a published event's `source` name. */
export const SDK_NAME = "@genauth/management-client";

/** A management transport and the signer that authenticates its requests. */
export interface ManagementTransport {
  /** Sends the requests. */
  transport: Transport;
  /** Signs them; `sub` asks it for the WebSocket's authorization too. */
  signer: AccessKeySigner;
}

/**
 * The transport of a management client: the official options mapped onto the core's, requests
 * signed by an {@link AccessKeySigner} (with `hmacSha1`, the platform's HMAC when it has a faster
 * one than Web Crypto's). The caller's object is read, never modified.
 * @throws GenAuthConfigError naming the first bad option and the fix.
 */
export function createManagementTransport(options: ManagementClientOptions, hmacSha1?: HmacSha1): ManagementTransport {
  if (options === null || typeof options !== "object") {
    throw new GenAuthConfigError(
      "options",
      `options must be an object such as { accessKeyId, accessKeySecret }, got ${options === null ? "null" : typeof options}`,
    );
  }
  const signer = new AccessKeySigner({
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    lang: options.lang,
    tenantId: options.tenantId,
    sdkVersion: SDK_NAME,
    dangerouslyAllowBrowser: options.dangerouslyAllowBrowser,
    hmacSha1,
  });
  if (options.rejectUnauthorized === false && options.fetch === undefined) {
    throw new GenAuthConfigError(
      "rejectUnauthorized",
      "rejectUnauthorized: false needs a fetch that accepts the certificate: use the Node.js build (the default import on Node.js), or pass a fetch option",
    );
  }
  try {
    const transport = new Transport({
      appHost: options.host ?? DEFAULT_HOST,
      // The official SDK's 0 is axios' "no timeout": the longest timeout timers can express.
      timeout: options.timeout === 0 ? MAX_TIMEOUT : options.timeout,
      maxRetries: options.maxRetries,
      throwOnError: options.throwOnError,
      fetch: options.fetch,
      headers: options.headers,
      allowInsecureHttp: options.allowInsecureHttp,
      auth: signer,
      // Arrays as name[]=a&name[]=b, as the official SDK sends them and the signature expects.
      querySerializer: createGenAuthQuerySerializer(),
    });
    return { transport, signer };
  } catch (error) {
    // The core names the base URL appHost; this client's option is host.
    if (error instanceof GenAuthConfigError && error.field === "appHost") {
      throw new GenAuthConfigError("host", error.message.replace(/\bappHost\b/g, "host"));
    }
    throw error;
  }
}
