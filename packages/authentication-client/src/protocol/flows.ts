// The protocol flows behind the client's async methods, loaded on the first such call: most
// programs never exchange a code or verify a token, so neither their bundle's initial load nor
// their import pays for it. The synchronous methods (authorize and logout URLs, PKCE, `sub`)
// cannot wait for an import and stay with the client.
export { validateTicketV1, validateTicketV2 } from "./cas.js";
export { pub } from "./events.js";
export { introspectToken } from "./introspect.js";
export { revokeToken } from "./revoke.js";
export { getAccessTokenByClientCredentials, getAccessTokenByCode, getNewAccessTokenByRefreshToken } from "./tokens.js";
export { getUserInfoByAccessToken } from "./userinfo.js";
export { parseAccessToken, parseIDToken } from "./verify-token.js";
