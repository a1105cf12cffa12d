import type { RequestOptions } from "@genauth/core";
import { clientCredentials } from "./client-auth.js";
import { introspectionEndpoint } from "./endpoints.js";
import { requireString } from "./require-string.js";
import { tokenPathPrefix, type ProtocolContext } from "./settings.js";
import type { IntrospectionResult } from "./types.js";

/** Asks the server whether a token is active (RFC 7662), authenticating with `introspectionEndPointAuthMethod`. */
export async function introspectToken(context: ProtocolContext, token: string, requestOptions: RequestOptions = {}): Promise<IntrospectionResult> {
  requireString("token", token, "the access or refresh token to check");
  const { transport, settings } = context;
  const endpoint = introspectionEndpoint(tokenPathPrefix(settings, "introspectToken"));
  const auth = clientCredentials(transport, settings.introspectionEndPointAuthMethod, "introspectionEndPointAuthMethod");
  return transport.request(endpoint, { body: { token, ...auth.fields }, headers: auth.headers }, requestOptions);
}
