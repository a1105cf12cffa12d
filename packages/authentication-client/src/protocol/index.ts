export { buildAuthorizeUrl } from "./authorize-url.js";
export { validateTicketV1, validateTicketV2 } from "./cas.js";
export { clientCredentials, type ClientCredentials } from "./client-auth.js";
export { GenAuthRedirectCallbackError, GenAuthTokenVerificationError, type RedirectCallbackProblem, type TokenCheck } from "@genauth/core";
export { pub, sub, type EventsContext, type SubscribeOptions, type Subscription } from "./events.js";
export { introspectToken } from "./introspect.js";
export { JwksCache } from "./jwks.js";
export { buildLogoutUrl } from "./logout-url.js";
export { generateCodeChallenge, getCodeChallengeDigest, type CodeChallengeDigestOptions } from "./pkce.js";
export { revokeToken } from "./revoke.js";
export { resolveProtocolSettings, type ProtocolContext, type ProtocolSettings } from "./settings.js";
export {
  getAccessTokenByClientCredentials,
  getAccessTokenByCode,
  getNewAccessTokenByRefreshToken,
  type AccessTokenByCodeOptions,
  type ClientCredentialsOptions,
} from "./tokens.js";
export type * from "./types.js";
export { getUserInfoByAccessToken, type UserInfoOptions } from "./userinfo.js";
export { parseAccessToken, parseIDToken, type ParseIDTokenOptions, type ParseTokenOptions, type VerifyContext } from "./verify-token.js";
