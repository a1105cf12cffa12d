import { lockedAccountFailure } from "../account-lock.js";
import { fail, type Envelope } from "../envelope.js";
import type { HandlerContext } from "../handler.js";
import type { Session } from "../sessions.js";
import type { UserRecord } from "../users.js";
import { bearerCredentials } from "../protocol/bearer.js";
import { isBasic } from "../protocol/client-auth.js";

/** The user whose access token came with the request, and the session it belongs to. */
export interface SignedIn {
  user: UserRecord;
  session: Session;
}

/**
 * The user the request's `authorization` header signs in: the raw access token, as GenAuth's
 * SDKs send it, or `Bearer <token>`: one the sign-in or the OIDC token endpoint issued. A missing,
 * unknown, revoked or expired token answers statusCode 401 / apiCode 2020; the token of a locked
 * account (a status other than `Activated`) 403 / apiCode 2005, as its sign-in does.
 */
function signedInUser({ headers, state }: HandlerContext): SignedIn | Envelope {
  const header = headers.authorization;
  const raw = typeof header === "string" ? header.trim() : "";
  const bearer = bearerCredentials(raw);
  const token = bearer.kind === "token" ? bearer.token : raw;
  if (!token || isBasic(raw)) {
    return fail(401, "this operation needs a signed-in user: send the user's access token in the authorization header", 2020);
  }
  const session = state.sessions.find(token);
  const user = session && state.users.byId(session.userId);
  if (!session || !user) return fail(401, "the access token is unknown, revoked or expired: sign in again", 2020);
  return lockedAccountFailure(user) ?? { user, session };
}

/** Narrows {@link signedInUser}'s answer. */
function isFailure(value: SignedIn | Envelope): value is Envelope {
  return "statusCode" in value;
}

/** A handler for operations that need a signed-in user. */
export function withUser(handler: (context: HandlerContext, signedIn: SignedIn) => unknown): (context: HandlerContext) => unknown {
  return (context) => {
    const signedIn = signedInUser(context);
    return isFailure(signedIn) ? signedIn : handler(context, signedIn);
  };
}
