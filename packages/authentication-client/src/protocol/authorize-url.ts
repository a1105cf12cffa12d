import { GenAuthConfigError } from "@genauth/core";
import { checkMaxAge } from "./max-age.js";
import { getCodeChallengeDigest } from "./pkce.js";
import { randomAlphanumeric } from "./random.js";
import type { ProtocolContext } from "./settings.js";
import type { AuthUrlResult, CasParams, OauthParams, OidcParams } from "./types.js";
import { optionsArgument } from "./options-argument.js";

/**
 * The hosted login URL of the client's protocol: `/oidc/auth` (with PKCE when a code challenge or
 * verifier is given), `/oauth/auth`, the SAML IdP URL, or the CAS login URL.
 */
export function buildAuthorizeUrl(context: ProtocolContext, given?: OidcParams | OauthParams | CasParams): AuthUrlResult {
  const options = optionsArgument(given, "buildAuthorizeUrl");
  const { settings, transport } = context;
  const appId = encodeURIComponent(transport.appId);
  switch (settings.protocol) {
    case "oidc":
      return oidcUrl(context, options as OidcParams);
    case "oauth":
      return oauthUrl(context, options as OauthParams);
    case "saml":
      return { url: `${transport.appHost}/api/v2/saml-idp/${appId}` };
    case "cas": {
      const service = (options as CasParams).service;
      const query = service === undefined ? "" : `?${new URLSearchParams({ service })}`;
      return { url: `${transport.appHost}/cas-idp/${appId}${query}` };
    }
  }
}

function oidcUrl({ settings, transport }: ProtocolContext, options: OidcParams): AuthUrlResult {
  const scope = options.scope ?? settings.scope;
  const state = options.state ?? randomAlphanumeric(16);
  const nonce = options.nonce ?? randomAlphanumeric(16);
  const query = new URLSearchParams();
  const redirectUri = options.redirectUri ?? settings.redirectUri;
  if (redirectUri !== undefined) query.set("redirect_uri", redirectUri);
  query.set("response_mode", options.responseMode ?? "query");
  query.set("response_type", options.responseType ?? "code");
  query.set("client_id", transport.appId);
  query.set("scope", scope);
  query.set("state", state);
  query.set("nonce", nonce);
  if (options.forced) query.set("prompt", "login");
  else if (scope.split(" ").includes("offline_access")) query.set("prompt", "consent");
  if (options.tenantId !== undefined) query.set("tenantId", options.tenantId);
  const maxAge = checkMaxAge(options.maxAge);
  if (maxAge !== undefined) query.set("max_age", String(maxAge));
  const pkce = codeChallenge(options);
  if (pkce) {
    query.set("code_challenge", pkce.challenge);
    query.set("code_challenge_method", pkce.method);
  }
  return { url: `${transport.appHost}/oidc/auth?${query}`, state, nonce };
}

function codeChallenge(options: OidcParams): { challenge: string; method: "S256" | "plain" } | undefined {
  if (options.codeChallenge !== undefined && options.codeVerifier !== undefined) {
    throw new GenAuthConfigError("codeChallenge", "pass either codeChallenge or codeVerifier to buildAuthorizeUrl, not both");
  }
  const method = options.codeChallengeMethod ?? "S256";
  if (options.codeVerifier !== undefined) {
    return { challenge: getCodeChallengeDigest({ codeChallenge: options.codeVerifier, method }), method };
  }
  if (options.codeChallenge === undefined) return undefined;
  if (method !== "S256" && method !== "plain") {
    throw new GenAuthConfigError("codeChallengeMethod", `codeChallengeMethod must be "S256" or "plain", got ${JSON.stringify(method)}`);
  }
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(options.codeChallenge)) {
    throw new GenAuthConfigError("codeChallenge", "codeChallenge must be 43 to 128 letters, digits or -._~ (the output of getCodeChallengeDigest)");
  }
  return { challenge: options.codeChallenge, method };
}

function oauthUrl({ settings, transport }: ProtocolContext, options: OauthParams): AuthUrlResult {
  // The OAuth authorize URL has no code challenge: a verifier passed on to getAccessTokenByCode
  // would fail the exchange, so it is refused here, where it was meant to start.
  const pkce = options as Pick<OidcParams, "codeChallenge" | "codeVerifier">;
  if (pkce.codeVerifier !== undefined || pkce.codeChallenge !== undefined) {
    throw new GenAuthConfigError(
      pkce.codeVerifier !== undefined ? "codeVerifier" : "codeChallenge",
      'PKCE is part of the OIDC authorize URL: use protocol "oidc" (the default), or leave codeVerifier and codeChallenge out with protocol "oauth"',
    );
  }
  const state = options.state ?? randomAlphanumeric(16);
  const query = new URLSearchParams({ client_id: transport.appId, scope: options.scope ?? "user", state });
  const redirectUri = options.redirectUri ?? settings.redirectUri;
  if (redirectUri !== undefined) query.set("redirect_uri", redirectUri);
  query.set("response_type", options.responseType ?? "code");
  return { url: `${transport.appHost}/oauth/auth?${query}`, state };
}
