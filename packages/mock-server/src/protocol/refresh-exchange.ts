import { lockReason } from "../account-lock.js";
import type { MockState } from "../state.js";
import { oauthError, type Answer } from "./answer.js";
import type { AuthenticatedClient } from "./client-auth.js";

/**
 * The token endpoint's `refresh_token` grant (RFC 6749 §6): new tokens of the refresh token's
 * grant, for its scope or the part of it that `scope` asks for (more is `invalid_scope`), and a new
 * refresh token, of the whole scope, in place of the presented one (rotation). A refresh token that
 * was already exchanged is refused and its whole grant revoked, since one of the two holders is
 * not the client (RFC 9700 §4.14.2). The user of a locked account (a status other than
 * `Activated`) gets no tokens.
 *
 * @param state - the server's state: its tokens and users.
 * @param client - the client the request authenticated as.
 * @param form - the request's form fields.
 */
export async function exchangeRefreshToken(state: MockState, client: AuthenticatedClient, form: Record<string, string>): Promise<Answer> {
  const { grants } = state.tokens;
  const clientId = client.app.appId;
  if (!form.refresh_token) return oauthError(400, "invalid_request", "refresh_token is required");
  const token = grants.tokens.get(form.refresh_token);
  if (token?.kind !== "refresh_token" || token.clientId !== clientId) {
    return oauthError(400, "invalid_grant", "the refresh token is unknown, or was issued to another client");
  }
  if (token.exp < state.nowSeconds()) return oauthError(400, "invalid_grant", "the refresh token has expired");
  if (token.revoked || grants.revokedGrants.has(token.grantId)) return oauthError(400, "invalid_grant", "the refresh token was revoked");
  const granted = token.scope.split(" ");
  // A scope asks for some of the granted scopes (RFC 6749 §6); no more.
  const asked = new Set((form.scope ?? "").split(" ").filter((name) => name !== ""));
  const beyond = [...asked].filter((name) => !granted.includes(name));
  if (beyond.length > 0) return oauthError(400, "invalid_scope", `the refresh token was not granted ${beyond.join(" ")}: ask for some of ${token.scope}`);
  const user = token.sub === undefined ? undefined : state.users.byId(token.sub);
  if (token.sub !== undefined && !user) return oauthError(400, "invalid_grant", "the signed-in user no longer exists");
  if (token.consumed) {
    grants.revokeGrant(token.grantId);
    return oauthError(400, "invalid_grant", "the refresh token was already used (refreshing rotates it): its grant is revoked");
  }
  // A locked account gets no new tokens; the refresh token stays, for when the account is unlocked.
  const locked = user && lockReason(user);
  if (locked) return oauthError(400, "invalid_grant", `the user is locked: ${locked}`);
  token.consumed = true;
  const { sub, authTime, grantId } = token;
  const scope = asked.size === 0 ? token.scope : granted.filter((name) => asked.has(name)).join(" ");
  // The new refresh token keeps the grant's scope, whatever this refresh asked for (RFC 6749 §6).
  return { status: 200, body: await state.tokens.issue({ clientId, sub, scope, refreshScope: token.scope, authTime, refresh: true, grantId }) };
}
