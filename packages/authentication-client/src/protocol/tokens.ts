import type { RequestOptions } from "@genauth/core";
import { clientCredentials } from "./client-auth.js";
import { tokenEndpoint } from "./endpoints.js";
import { requireString } from "./require-string.js";
import { tokenPathPrefix, type ProtocolContext } from "./settings.js";
import type { OIDCTokenResponse } from "./types.js";
import { optionsArgument } from "./options-argument.js";

/** Options of `getAccessTokenByCode`. */
export interface AccessTokenByCodeOptions {
  /** The PKCE code verifier whose challenge went into the authorize URL. */
  codeVerifier?: string | undefined;
  /** The `redirect_uri` of the authorize URL, when it was not the client's `redirectUri`. */
  redirectUri?: string | undefined;
}

/** Options of `getAccessTokenByClientCredentials`: a programmatic access account's key and secret. */
export interface ClientCredentialsOptions {
  /** Defaults to the client's `appId`. */
  accessKey: string;
  /** Defaults to the client's `appSecret`. */
  accessSecret: string;
}

// Codes are single-use and refresh tokens may rotate: a replayed request after a lost answer
// would fail or revoke the grant, so these two are not retried unless the caller asks.
const NO_RETRY: RequestOptions = { maxRetries: 0 };

/**
 * The call's options with no retry by default (a code or refresh token works once). Anything but
 * an object is passed on as it is, for the transport to refuse by name.
 */
function withoutRetries(requestOptions: RequestOptions | undefined): RequestOptions | undefined {
  if (requestOptions === undefined) return NO_RETRY;
  return typeof requestOptions === "object" && requestOptions !== null ? { ...NO_RETRY, ...requestOptions } : requestOptions;
}

/** Exchanges an authorization code (with its PKCE verifier) for tokens. */
export async function getAccessTokenByCode(
  context: ProtocolContext,
  code: string,
  given?: AccessTokenByCodeOptions,
  requestOptions?: RequestOptions,
): Promise<OIDCTokenResponse> {
  const options = optionsArgument(given, "getAccessTokenByCode");
  requireString("code", code, "the code query parameter of the callback URL");
  const redirectUri = options.redirectUri ?? context.settings.redirectUri;
  return tokenRequest(
    context,
    "getAccessTokenByCode",
    {
      grant_type: "authorization_code",
      code,
      ...(redirectUri === undefined ? {} : { redirect_uri: redirectUri }),
      ...(options.codeVerifier === undefined ? {} : { code_verifier: options.codeVerifier }),
    },
    withoutRetries(requestOptions),
  );
}

/** Uses a refresh token to get new tokens. */
export async function getNewAccessTokenByRefreshToken(
  context: ProtocolContext,
  refreshToken: string,
  requestOptions?: RequestOptions,
): Promise<OIDCTokenResponse> {
  requireString("refreshToken", refreshToken, "the refresh_token of a sign-in with the offline_access scope");
  return tokenRequest(context, "getNewAccessTokenByRefreshToken", { grant_type: "refresh_token", refresh_token: refreshToken }, withoutRetries(requestOptions));
}

/**
 * Client credentials grant for a programmatic access account. The key and secret always travel
 * in the form (`client_secret_post`), as GenAuth expects for these accounts.
 */
export async function getAccessTokenByClientCredentials(
  context: ProtocolContext,
  scope: string,
  given?: ClientCredentialsOptions,
  requestOptions: RequestOptions = {},
): Promise<OIDCTokenResponse> {
  requireString("scope", scope, 'space-separated scopes, e.g. "user:read"');
  const options = optionsArgument(given, "getAccessTokenByClientCredentials");
  const { transport } = context;
  const endpoint = tokenEndpoint(tokenPathPrefix(context.settings, "getAccessTokenByClientCredentials"));
  const body = {
    grant_type: "client_credentials",
    scope,
    client_id: options.accessKey || transport.appId,
    client_secret: options.accessSecret || transport.clientSecret(),
  };
  return await transport.request(endpoint, { body }, requestOptions);
}

async function tokenRequest(
  context: ProtocolContext,
  method: string,
  fields: Record<string, string>,
  requestOptions: RequestOptions | undefined,
): Promise<OIDCTokenResponse> {
  const { transport, settings } = context;
  const endpoint = tokenEndpoint(tokenPathPrefix(settings, method));
  const auth = clientCredentials(transport, settings.tokenEndPointAuthMethod, "tokenEndPointAuthMethod");
  const body = { ...fields, ...auth.fields };
  return await transport.request(endpoint, { body, headers: auth.headers }, requestOptions);
}
