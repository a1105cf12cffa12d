import { createHash, timingSafeEqual } from "node:crypto";
import type { MockApp } from "../fixtures.js";
import { findAccessAccount } from "./access-accounts.js";
import { oauthError, type Answer } from "./answer.js";
import {
  acceptedAuthMethods,
  authMethodField,
  endpointAuthMethods,
  type ClientAuthEndpoint,
  type MockClientAuthMethod,
  type ProtocolPrefix,
} from "./client-registration.js";

/** The client a protocol request authenticated as, and the method it used. */
export interface AuthenticatedClient {
  /** The client's ID: the app's, or the key of the app's programmatic access account. */
  clientId: string;
  /** The app the credentials name, or whose programmatic access account they are. */
  app: MockApp;
  /** How the request authenticated. */
  method: MockClientAuthMethod;
}

interface PresentedCredentials {
  method: MockClientAuthMethod;
  clientId: string;
  secret: string | undefined;
}

const ENDPOINT_NAMES: Record<ClientAuthEndpoint, string> = {
  token: "the token endpoint",
  introspection: "the introspection endpoint",
  revocation: "the revocation endpoint",
};

/**
 * Authenticates the client of a token, introspection or revocation request as an OAuth server does
 * (RFC 6749 §2.3): exactly one method — an `Authorization: Basic` header of the form-URL-encoded ID
 * and secret, `client_id` + `client_secret` in the form, or `client_id` alone — which must be one
 * the endpoint takes under `prefix` and the app accepts there, with the app's secret. Anything else
 * is `invalid_client` (401), or `invalid_request` (400) for two methods at once or an
 * `authorization` header that is not Basic, as oidc-provider answers both. The router adds the
 * Basic challenge to a refusal of Basic credentials.
 */
export function authenticateClient(
  apps: readonly MockApp[],
  endpoint: ClientAuthEndpoint,
  authorization: string | undefined,
  form: Record<string, string>,
  prefix: ProtocolPrefix = "/oidc",
): AuthenticatedClient | Answer {
  const presented = presentedCredentials(authorization, form);
  if ("status" in presented) return presented;
  if (!endpointAuthMethods(endpoint, prefix).includes(presented.method)) {
    return refusal(
      `GenAuth's OAuth 2.0 ${ENDPOINT_NAMES[endpoint].replace(/^the /, "")} (${prefix}) does not take ${presented.method}: send client_id and client_secret in the form (client_secret_post)`,
    );
  }
  const app = apps.find((candidate) => candidate.appId === presented.clientId);
  if (!app) return refusal(`client_id ${JSON.stringify(presented.clientId)} names no application of the mock server: register it in fixtures.apps`);
  const accepted = acceptedAuthMethods(app, endpoint);
  if (!accepted.includes(presented.method)) {
    return refusal(
      `application ${JSON.stringify(app.appId)} authenticates to ${ENDPOINT_NAMES[endpoint]} with ${accepted.join(" or ")} (its ${authMethodField(endpoint)}); this request used ${presented.method}`,
    );
  }
  return checkSecret(presented, app.appSecret) ?? { clientId: app.appId, app, method: presented.method };
}

/**
 * Authenticates the client of a client-credentials request (RFC 6749 §4.4) as GenAuth does: a
 * programmatic access account of an app, by its key and secret in the form (`client_secret_post`,
 * as GenAuth's SDK always sends them), or an app by its own secret — in the form whatever its
 * `tokenEndpointAuthMethod`, since that method is the SDK's for the code and refresh grants only,
 * or by a secret method the app lists. A client without a secret cannot use the grant. Anything
 * else is `invalid_client` (401).
 */
export function authenticateCredentialsClient(
  apps: readonly MockApp[],
  authorization: string | undefined,
  form: Record<string, string>,
): AuthenticatedClient | Answer {
  const presented = presentedCredentials(authorization, form);
  if ("status" in presented) return presented;
  if (presented.method === "none") {
    return refusal("client_credentials needs the client's secret: send client_id and client_secret in the form (client_secret_post)");
  }
  const owned = findAccessAccount(apps, presented.clientId);
  if (owned) {
    if (presented.method !== "client_secret_post") {
      return refusal(
        `programmatic access account ${JSON.stringify(presented.clientId)} authenticates with client_secret_post (client_id and client_secret in the form); this request used ${presented.method}`,
      );
    }
    return checkSecret(presented, owned.account.accessSecret) ?? { clientId: owned.account.accessKey, app: owned.app, method: presented.method };
  }
  const app = apps.find((candidate) => candidate.appId === presented.clientId);
  if (!app) {
    return refusal(
      `client_id ${JSON.stringify(presented.clientId)} names no application or programmatic access account of the mock server: register it in fixtures.apps or in an app's programmaticAccessAccounts`,
    );
  }
  const accepted = new Set<MockClientAuthMethod>(["client_secret_post", ...acceptedAuthMethods(app, "token").filter((method) => method !== "none")]);
  if (!accepted.has(presented.method)) {
    return refusal(
      `application ${JSON.stringify(app.appId)} authenticates to the token endpoint with ${[...accepted].join(" or ")} for client_credentials (client_secret_post, and the secret methods of its tokenEndpointAuthMethod); this request used ${presented.method}`,
    );
  }
  return checkSecret(presented, app.appSecret) ?? { clientId: app.appId, app, method: presented.method };
}

/** A 401 `invalid_client` (RFC 6749 §5.2). */
function refusal(description: string): Answer {
  return oauthError(401, "invalid_client", description);
}

/** The refusal of a wrong secret, or undefined when the presented secret (if any) is `expected`. */
function checkSecret(presented: PresentedCredentials, expected: string): Answer | undefined {
  if (presented.secret === undefined || sameSecret(presented.secret, expected)) return undefined;
  return refusal("client authentication failed: the client secret is wrong");
}

/** The credentials a request presents, by the one method it uses. */
function presentedCredentials(authorization: string | undefined, form: Record<string, string>): PresentedCredentials | Answer {
  if (authorization !== undefined) {
    const basic = /^Basic +(\S*) *$/i.exec(authorization);
    // oidc-provider's answer, word for word: a user's access token sent along (as the official SDK
    // does after setAccessToken) is a malformed request, refused before any client is looked up.
    if (!basic) return oauthError(400, "invalid_request", "invalid authorization header value format");
    if (form.client_secret !== undefined)
      return oauthError(400, "invalid_request", "use one client authentication method, not Basic and client_secret together");
    const decoded = Buffer.from(basic[1] ?? "", "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const clientId = colon === -1 ? undefined : formDecode(decoded.slice(0, colon));
    const secret = colon === -1 ? undefined : formDecode(decoded.slice(colon + 1));
    if (clientId === undefined || secret === undefined) {
      return refusal("Basic client credentials must be base64 of client_id:client_secret, each form-URL-encoded (RFC 6749 §2.3.1)");
    }
    if (form.client_id !== undefined && form.client_id !== clientId)
      return oauthError(400, "invalid_request", "client_id in the form differs from the client_id of the Basic credentials");
    return { method: "client_secret_basic", clientId, secret };
  }
  if (form.client_id === undefined)
    return refusal("client authentication is missing: send client_id (and client_secret) in the form, or an Authorization: Basic header");
  if (form.client_secret !== undefined) return { method: "client_secret_post", clientId: form.client_id, secret: form.client_secret };
  return { method: "none", clientId: form.client_id, secret: undefined };
}

/** Whether an `Authorization` header carries Basic credentials (the scheme in any case, RFC 9110 §11.1). */
export function isBasic(authorization: string | undefined): boolean {
  return authorization !== undefined && /^basic\s/i.test(authorization.trim());
}

/** `application/x-www-form-urlencoded` decoding of one value, or undefined when it is malformed. */
function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** Compares two secrets in constant time. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Authenticates the application of an Authentication API sign-in (`POST /api/v3/signin`,
 * `/api/v3/signin-by-mobile`) as GenAuth does: by the app's token endpoint method, with the token
 * endpoint's rules — `authorization: Basic …` (client_secret_basic), `client_id` + `client_secret`
 * in the JSON body (client_secret_post), or neither (none: the client is the app `x-authing-app-id`
 * names). Any other `authorization` (the user's access token, which the SDK sends along) is not
 * client authentication. The client must be the app of `x-authing-app-id`.
 *
 * @param apps - the applications the mock knows.
 * @param app - the application `x-authing-app-id` names.
 */
export function authenticateSignInClient(
  apps: readonly MockApp[],
  app: MockApp,
  authorization: string | undefined,
  body: { client_id?: unknown; client_secret?: unknown },
): AuthenticatedClient | Answer {
  const basic = isBasic(authorization) ? authorization?.trim() : undefined;
  const form: Record<string, string> = {};
  if (typeof body.client_id === "string") form.client_id = body.client_id;
  else if (basic === undefined) form.client_id = app.appId;
  if (typeof body.client_secret === "string") form.client_secret = body.client_secret;
  const client = authenticateClient(apps, "token", basic, form);
  if ("status" in client || client.app.appId === app.appId) return client;
  return refusal(
    `the client credentials are those of application ${JSON.stringify(client.app.appId)}, but x-authing-app-id names ${JSON.stringify(app.appId)}`,
  );
}
