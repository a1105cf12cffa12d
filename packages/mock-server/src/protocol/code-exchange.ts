import { lockReason } from "../account-lock.js";
import type { MockState } from "../state.js";
import { oauthError, type Answer } from "./answer.js";
import type { AuthenticatedClient } from "./client-auth.js";
import { isPkceValue, pkceMatches } from "./pkce.js";

/**
 * The token endpoint's `authorization_code` grant (RFC 6749 §4.1.3), checked in oidc-provider's
 * order: `code` and `redirect_uri` must be present (an app with one registered redirect URI may
 * leave it out), the code must be the client's and unexpired, and the PKCE verifier and
 * `redirect_uri` must match, before the code counts as used, so a refused exchange leaves it to
 * the right one. A code exchanged before is refused and its grant revoked: the tokens issued for
 * it stop working (RFC 6749 §4.1.2). The user of an account locked since the authorization gets
 * no tokens.
 *
 * @param state - the server's state: its tokens, codes and users.
 * @param client - the client the request authenticated as.
 * @param form - the request's form fields.
 */
export async function exchangeCode(state: MockState, client: AuthenticatedClient, form: Record<string, string>): Promise<Answer> {
  const { grants } = state.tokens;
  const clientId = client.app.appId;
  if (!form.code) return oauthError(400, "invalid_request", "code is required: send the code of the authorization response");
  // As oidc-provider does: an app with one registered redirect URI may leave it out.
  const registered = client.app.redirectUris;
  const redirectUri = form.redirect_uri ?? (registered?.length === 1 ? registered[0] : undefined);
  if (redirectUri === undefined) return oauthError(400, "invalid_request", "redirect_uri is required: send the redirect_uri of the authorization request");
  const code = grants.codes.get(form.code);
  if (!code || code.clientId !== clientId) return oauthError(400, "invalid_grant", "the code is unknown, or was issued to another client");
  if (code.expiresAt < state.nowSeconds()) return oauthError(400, "invalid_grant", "the code has expired");
  // A malformed verifier is a malformed request, as oidc-provider answers it.
  if (form.code_verifier !== undefined && !isPkceValue(form.code_verifier)) {
    return oauthError(400, "invalid_request", "code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9 and -._~ (RFC 7636 §4.1)");
  }
  if (!pkceMatches(code, form.code_verifier)) return oauthError(400, "invalid_grant", "PKCE verification failed");
  if (code.redirectUri !== redirectUri) return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request's");
  // The client is who it says (its client_id is registered for none); the grant is what it cannot use.
  if (client.method === "none" && code.codeChallenge === undefined) {
    return oauthError(400, "invalid_grant", "a client without a secret must use PKCE: this code was issued without a code_challenge (RFC 7636 §4.4.1)");
  }
  if (code.consumed) {
    grants.revokeGrant(code.grantId);
    return oauthError(400, "invalid_grant", "the code was already used: the tokens issued for it are revoked");
  }
  code.consumed = true;
  const user = state.users.byId(code.sub);
  if (!user) return oauthError(400, "invalid_grant", "the signed-in user no longer exists");
  const locked = lockReason(user);
  if (locked) return oauthError(400, "invalid_grant", `the user is locked: ${locked}`);
  const { sub, scope, nonce, authTime, grantId } = code;
  const refresh = scope.split(" ").includes("offline_access");
  return { status: 200, body: await state.tokens.issue({ clientId, sub, scope, nonce, authTime, refresh, grantId }) };
}
