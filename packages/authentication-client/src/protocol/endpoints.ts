import type { OperationDescriptor } from "@genauth/core";
import { oauthFailure } from "./oauth-failure.js";

// The protocol endpoints are standard OIDC / OAuth 2.0 / CAS, not part of the OpenAPI document,
// so their descriptors are written here. None of them carries the user's access token; the OAuth
// ones report failures in their answer, which `oauthFailure` reads for the transport.

const APP_ID_PARAM = [{ name: "appId", argument: "appId" }] as const;

/** Token endpoint: code exchange, refresh, client credentials. */
export const tokenEndpoint = (prefix: "/oidc" | "/oauth"): OperationDescriptor => ({
  method: "POST",
  path: `${prefix}/token`,
  bodyType: "form",
  failure: oauthFailure,
  omitAccessToken: true,
  // The authorization code being exchanged.
  secretFields: ["code"],
});

/** UserInfo endpoint. */
export const userInfoEndpoint = (prefix: "/oidc" | "/oauth", method: "GET" | "POST", form: boolean): OperationDescriptor => ({
  method,
  path: `${prefix}/me`,
  ...(form ? { bodyType: "form" as const } : {}),
  failure: oauthFailure,
  omitAccessToken: true,
});

/** Token introspection (RFC 7662). */
export const introspectionEndpoint = (prefix: "/oidc" | "/oauth"): OperationDescriptor => ({
  method: "POST",
  path: `${prefix}/token/introspection`,
  bodyType: "form",
  failure: oauthFailure,
  omitAccessToken: true,
});

/** Token revocation (RFC 7009); answers 200 with an empty body. */
export const revocationEndpoint = (prefix: "/oidc" | "/oauth"): OperationDescriptor => ({
  method: "POST",
  path: `${prefix}/token/revocation`,
  bodyType: "form",
  responseType: "text",
  failure: oauthFailure,
  omitAccessToken: true,
});

/** CAS 1.0 ticket validation: plain text, `yes\nuser` or `no`. */
export const casValidateEndpoint: OperationDescriptor = {
  method: "GET",
  path: "/cas-idp/{appId}/validate",
  pathParams: APP_ID_PARAM,
  responseType: "text",
  omitAccessToken: true,
};

/** CAS 2.0 ticket validation: JSON or XML. */
export const casServiceValidateEndpoint = (format: "JSON" | "XML"): OperationDescriptor => ({
  method: "GET",
  path: "/cas-idp/{appId}/serviceValidate",
  pathParams: APP_ID_PARAM,
  ...(format === "XML" ? { responseType: "text" as const } : {}),
  omitAccessToken: true,
});
