import { DEFAULT_OPTIONS } from "./defaults.js";
import { AccessKeySigner, checkObject, GenAuthConfigError, type HmacSha1, isBrowser, MAX_TIMEOUT, Transport } from "@genauth/core";
import type { ManagementClientOptions } from "./options.js";

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
  checkObject("options", options, "options must be an object such as { accessKeyId, accessKeySecret }");
  // Left out, host is the default; given, it must name a host (the official SDK silently sent an
  // empty or null host's requests to its default, the production API).
  if (options.host !== undefined && (typeof options.host !== "string" || options.host.trim() === "")) {
    const got = options.host === null ? "null" : typeof options.host === "string" ? "an empty string" : typeof options.host;
    throw new GenAuthConfigError(
      "host",
      `host must be your GenAuth domain, e.g. host: "https://api.genauth.ai", or left out for ${DEFAULT_OPTIONS.host}; got ${got}`,
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
  // Allowed in a browser, the client still needs a way to send the signed `date`, which a
  // browser's own fetch drops: every call would fail the signature check.
  if (isBrowser() && options.fetch === undefined) {
    throw new GenAuthConfigError(
      "fetch",
      "a browser's fetch does not send the signed date header, so GenAuth would refuse every call: pass a fetch that sends the request through a server of yours that sets it, or call the Management API from a server (in tests under jsdom or happy-dom, whose fetch is Node.js's, pass fetch: globalThis.fetch)",
    );
  }
  try {
    const transport = new Transport({
      appHost: options.host === undefined ? DEFAULT_OPTIONS.host : options.host,
      // The official SDK's 0 is axios' "no timeout": the longest timeout timers can express.
      timeout: options.timeout === 0 ? MAX_TIMEOUT : options.timeout,
      maxRetries: options.maxRetries,
      throwOnError: options.throwOnError,
      fetch: options.fetch,
      headers: options.headers,
      allowInsecureHttp: options.allowInsecureHttp,
      rejectUnauthorized: options.rejectUnauthorized,
      auth: signer,
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
