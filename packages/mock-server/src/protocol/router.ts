import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockApp } from "../fixtures.js";
import type { MockState } from "../state.js";
import type { UserRecord } from "../users.js";
import { casUserName, userClaims } from "./claims.js";
import { escapeMarkup } from "./escape-markup.js";
import { formPostPage } from "./form-post.js";
import { pkceMatches, ProtocolGrants, randomId, type ClientAuthUsed, type TokenGrant } from "./grants.js";
import { MockSigningKeys } from "./keys.js";

const ACCESS_TOKEN_TTL = 3600;
const REFRESH_TOKEN_TTL = 30 * 24 * 3600;
const CODE_TTL = 600;

/** An answer of the protocol router. */
interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * GenAuth's OIDC / OAuth 2.0 / CAS endpoints, well enough for demos and SDK tests: an
 * authorization endpoint that signs a user of the pool in at once (the first one, or the one its
 * `login_hint` names by username, email or phone) and answers by redirect (`response_mode=query`) or
 * by an auto-submitting form (`form_post`), the token endpoint (code with
 * PKCE, refresh, client credentials), userinfo, JWKS, introspection, revocation, logout and CAS
 * ticket validation. These endpoints are not in the OpenAPI document, so they are routed here,
 * before the spec's operations.
 */
export class ProtocolRouter {
  /** The key that signs ID and access tokens; `keys.rotate()` simulates a key rotation. */
  readonly keys = new MockSigningKeys();
  /** The codes, tokens and CAS tickets issued so far; tests read them (e.g. `lastClientAuth`). */
  readonly grants = new ProtocolGrants();
  readonly #state: MockState;

  /** @param state - the server's state: its apps (client IDs and secrets) and its clock. */
  constructor(state: MockState) {
    this.#state = state;
  }

  /** Answers the request when it is a protocol endpoint; resolves `false` otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, readBody: () => Promise<Buffer | undefined>): Promise<boolean> {
    const route = this.#route(req.method ?? "GET", url.pathname);
    if (route === undefined) return false;
    const raw = req.method === "POST" ? await readBody() : undefined;
    const form = Object.fromEntries(new URLSearchParams(raw?.toString("utf8") ?? ""));
    const issuer = `http://${req.headers.host ?? "127.0.0.1"}/oidc`;
    const answer = await route({ req, url, form, issuer, query: Object.fromEntries(url.searchParams) });
    const headers: Record<string, string> = { "cache-control": "no-store", ...answer.headers };
    let payload = "";
    if (typeof answer.body === "string") payload = answer.body;
    else if (answer.body !== undefined) {
      payload = JSON.stringify(answer.body);
      headers["content-type"] = "application/json; charset=utf-8";
    }
    res.writeHead(answer.status, headers).end(payload);
    return true;
  }

  #route(method: string, path: string): ((request: ProtocolRequest) => Promise<Answer> | Answer) | undefined {
    const prefixed = /^\/(oidc|oauth)(\/.*)$/.exec(path);
    if (prefixed) {
      const rest = prefixed[2];
      if (rest === "/auth" && method === "GET") return (r) => this.#authorize(r);
      if (rest === "/token" && method === "POST") return (r) => this.#token(r, path);
      if (rest === "/me" && (method === "GET" || method === "POST")) return (r) => this.#userinfo(r);
      if (rest === "/token/introspection" && method === "POST") return (r) => this.#introspect(r, path);
      if (rest === "/token/revocation" && method === "POST") return (r) => this.#revoke(r, path);
      if (rest === "/session/end" && method === "GET") return (r) => this.#endSession(r);
      return undefined;
    }
    if (method !== "GET") return undefined;
    const jwks = /^\/([^/]+)\/oidc\/\.well-known\/jwks\.json$/.exec(path);
    if (jwks) return async () => ({ status: 200, body: await this.keys.jwks() });
    const cas = /^\/cas-idp\/([^/]+)(\/validate|\/serviceValidate)?$/.exec(path);
    if (cas) {
      const appId = decodeURIComponent(cas[1] ?? "");
      if (cas[2] === undefined) return (r) => this.#casLogin(r, appId);
      return cas[2] === "/validate" ? (r) => this.#casValidate(r, appId) : (r) => this.#casServiceValidate(r, appId);
    }
    return undefined;
  }

  #app(clientId: string | undefined): MockApp | undefined {
    return this.#state.fixtures.apps.find((app) => app.appId === clientId);
  }

  /** Signs a user of the pool in at once and sends the browser back with a code. */
  #authorize({ query }: ProtocolRequest): Answer {
    const app = this.#app(query.client_id);
    if (!app) return oauthError(400, "invalid_client", "client_id does not name an application of the mock server");
    if (query.response_type !== undefined && query.response_type !== "code") {
      return oauthError(400, "unsupported_response_type", "the mock server only issues authorization codes");
    }
    if (!query.redirect_uri) return oauthError(400, "invalid_request", "redirect_uri is required");
    if (query.code_challenge_method !== undefined && !["S256", "plain"].includes(query.code_challenge_method)) {
      return oauthError(400, "invalid_request", "code_challenge_method must be S256 or plain");
    }
    const mode = query.response_mode ?? "query";
    if (mode !== "query" && mode !== "form_post") return oauthError(400, "invalid_request", "the mock server answers with response_mode query or form_post");
    const back = (fields: Record<string, string>) =>
      authorizationResponse(query.redirect_uri as string, mode, query.state === undefined ? fields : { ...fields, state: query.state });
    const user = this.#signIn(query.login_hint);
    if (!user) return back({ error: "access_denied", error_description: "login_hint names no user of the mock server's pool" });
    const code = randomId("code-");
    this.grants.codes.set(code, {
      clientId: app.appId,
      sub: user.userId,
      redirectUri: query.redirect_uri,
      scope: query.scope ?? "openid profile",
      nonce: query.nonce,
      codeChallenge: query.code_challenge,
      codeChallengeMethod: query.code_challenge ? (query.code_challenge_method ?? "plain") : undefined,
      expiresAt: this.#state.nowSeconds() + CODE_TTL,
    });
    return back({ code });
  }

  /** The user a login signs in: the one `loginHint` names (username, email or phone), else the pool's first. */
  #signIn(loginHint: string | undefined): UserRecord | undefined {
    return loginHint ? this.#state.users.byAccount(loginHint) : this.#state.users.all[0];
  }

  async #token(request: ProtocolRequest, path: string): Promise<Answer> {
    const { form } = request;
    if (form.grant_type === "client_credentials") {
      const app = this.#app(form.client_id);
      if (!app || app.appSecret !== form.client_secret) return oauthError(401, "invalid_client", "wrong client_id or client_secret");
      if (!form.scope) return oauthError(400, "invalid_scope", "scope is required");
      return { status: 200, body: await this.#issue(request.issuer, app.appId, undefined, form.scope, undefined, false) };
    }
    const client = this.#authenticate(request, path);
    if ("status" in client) return client;
    if (form.grant_type === "authorization_code") {
      const grant = this.grants.codes.get(form.code ?? "");
      this.grants.codes.delete(form.code ?? "");
      if (!grant || grant.clientId !== client.appId || grant.expiresAt < this.#state.nowSeconds()) {
        return oauthError(400, "invalid_grant", "the code is unknown, expired, used, or for another client");
      }
      if (grant.redirectUri !== form.redirect_uri) return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request's");
      if (!pkceMatches(grant, form.code_verifier)) return oauthError(400, "invalid_grant", "PKCE verification failed");
      if (client.method === "none" && grant.codeChallenge === undefined) {
        return oauthError(401, "invalid_client", "a client without a secret must use PKCE");
      }
      if (!this.#state.users.byId(grant.sub)) return oauthError(400, "invalid_grant", "the signed-in user no longer exists");
      const offline = grant.scope.split(" ").includes("offline_access");
      return { status: 200, body: await this.#issue(request.issuer, client.appId, grant.sub, grant.scope, grant.nonce, offline) };
    }
    if (form.grant_type === "refresh_token") {
      const grant = this.grants.tokens.get(form.refresh_token ?? "");
      if (!grant || grant.kind !== "refresh_token" || grant.revoked || grant.clientId !== client.appId || grant.exp < this.#state.nowSeconds()) {
        return oauthError(400, "invalid_grant", "the refresh token is unknown, revoked, expired, or for another client");
      }
      grant.revoked = true;
      if (grant.sub !== undefined && !this.#state.users.byId(grant.sub)) return oauthError(400, "invalid_grant", "the signed-in user no longer exists");
      return { status: 200, body: await this.#issue(request.issuer, client.appId, grant.sub, grant.scope, undefined, true) };
    }
    return oauthError(400, "unsupported_grant_type", `grant_type ${JSON.stringify(form.grant_type)} is not supported`);
  }

  async #issue(issuer: string, clientId: string, sub: string | undefined, scope: string, nonce: string | undefined, refresh: boolean) {
    const iat = this.#state.nowSeconds();
    const exp = iat + ACCESS_TOKEN_TTL;
    const accessToken = await this.keys.sign({ iss: issuer, sub: sub ?? clientId, aud: clientId, iat, exp, jti: randomId(), scope });
    const base = { clientId, sub, scope, nonce, iat, revoked: false };
    this.grants.tokens.set(accessToken, { ...base, kind: "access_token", exp });
    const answer: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL, scope };
    const user = sub === undefined ? undefined : this.#state.users.byId(sub);
    if (user && scope.split(" ").includes("openid")) {
      answer.id_token = await this.keys.sign({ ...userClaims(user), iss: issuer, aud: clientId, iat, exp, ...(nonce ? { nonce } : {}) });
    }
    if (refresh) {
      const refreshToken = randomId("rt-");
      this.grants.tokens.set(refreshToken, { ...base, kind: "refresh_token", exp: iat + REFRESH_TOKEN_TTL });
      answer.refresh_token = refreshToken;
    }
    return answer;
  }

  #userinfo({ req, query, form }: ProtocolRequest): Answer {
    const header = req.headers.authorization;
    const token = header?.startsWith("Bearer ") ? header.slice(7) : (query.access_token ?? form.access_token);
    const grant = this.#live(token);
    const user = grant?.kind === "access_token" && grant.sub !== undefined ? this.#state.users.byId(grant.sub) : undefined;
    if (!user) {
      return { ...oauthError(401, "invalid_token", "the access token is missing, invalid, expired or revoked"), headers: { "www-authenticate": 'Bearer error="invalid_token"' } };
    }
    return { status: 200, body: userClaims(user) };
  }

  #introspect(request: ProtocolRequest, path: string): Answer {
    const client = this.#authenticate(request, path);
    if ("status" in client) return client;
    const grant = this.#live(request.form.token);
    if (!grant || grant.clientId !== client.appId) return { status: 200, body: { active: false } };
    return {
      status: 200,
      body: {
        active: true,
        client_id: grant.clientId,
        sub: grant.sub ?? grant.clientId,
        scope: grant.scope,
        iat: grant.iat,
        exp: grant.exp,
        iss: request.issuer,
        token_type: grant.kind === "access_token" ? "Bearer" : "refresh_token",
      },
    };
  }

  #revoke(request: ProtocolRequest, path: string): Answer {
    const client = this.#authenticate(request, path);
    if ("status" in client) return client;
    const grant = this.grants.tokens.get(request.form.token ?? "");
    if (grant && grant.clientId === client.appId) grant.revoked = true;
    return { status: 200, body: "" };
  }

  #endSession({ query }: ProtocolRequest): Answer {
    const target = query.post_logout_redirect_uri;
    if (!target) return { status: 200, headers: { "content-type": "text/plain" }, body: "signed out" };
    const url = new URL(target);
    if (query.state !== undefined) url.searchParams.set("state", query.state);
    return { status: 302, headers: { location: url.toString() } };
  }

  #casLogin({ query }: ProtocolRequest, appId: string): Answer {
    if (!this.#app(appId)) return { status: 404, body: "unknown application" };
    if (!query.service) return { status: 400, body: "service is required" };
    const user = this.#signIn(query.login_hint);
    if (!user) return { status: 403, body: "login_hint names no user of the mock server's pool" };
    const ticket = randomId("ST-");
    this.grants.casTickets.set(ticket, { service: query.service, clientId: appId, sub: user.userId });
    const target = new URL(query.service);
    target.searchParams.set("ticket", ticket);
    return { status: 302, headers: { location: target.toString() } };
  }

  /** The user of a valid ticket (which is used up), or undefined. */
  #takeTicket(query: Record<string, string>, appId: string): UserRecord | undefined {
    const ticket = this.grants.casTickets.get(query.ticket ?? "");
    this.grants.casTickets.delete(query.ticket ?? "");
    const valid = ticket !== undefined && ticket.clientId === appId && ticket.service === query.service;
    return valid ? this.#state.users.byId(ticket.sub) : undefined;
  }

  #casValidate({ query }: ProtocolRequest, appId: string): Answer {
    const signedIn = this.#takeTicket(query, appId);
    return { status: 200, headers: { "content-type": "text/plain" }, body: signedIn ? `yes\n${casUserName(signedIn)}\n` : "no\n\n" };
  }

  #casServiceValidate({ query }: ProtocolRequest, appId: string): Answer {
    const signedIn = this.#takeTicket(query, appId);
    const valid = signedIn !== undefined;
    const user = signedIn ? casUserName(signedIn) : "";
    if (query.format === "XML") {
      const inner = valid
        ? `<cas:authenticationSuccess><cas:user>${escapeMarkup(user)}</cas:user></cas:authenticationSuccess>`
        : `<cas:authenticationFailure code="INVALID_TICKET">ticket not recognized</cas:authenticationFailure>`;
      return { status: 200, headers: { "content-type": "application/xml" }, body: `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">${inner}</cas:serviceResponse>` };
    }
    return {
      status: 200,
      body: valid
        ? { serviceResponse: { authenticationSuccess: { user, attributes: userClaims(signedIn) } } }
        : { serviceResponse: { authenticationFailure: { code: "INVALID_TICKET", description: "ticket not recognized" } } },
    };
  }

  /** The live (not revoked, not expired) grant of a token. */
  #live(token: string | undefined): TokenGrant | undefined {
    const grant = this.grants.tokens.get(token ?? "");
    return grant && !grant.revoked && grant.exp >= this.#state.nowSeconds() ? grant : undefined;
  }

  /** Client authentication as an OAuth server does it: exactly one method, and a matching secret. */
  #authenticate({ req, form }: ProtocolRequest, path: string): { appId: string; method: ClientAuthUsed } | Answer {
    const header = req.headers.authorization;
    let method: ClientAuthUsed;
    let clientId: string | undefined;
    let secret: string | undefined;
    if (header !== undefined) {
      if (!header.startsWith("Basic ")) return oauthError(401, "invalid_client", "the authorization header of a protocol endpoint must be Basic client credentials");
      if (form.client_secret !== undefined) return oauthError(400, "invalid_request", "use one client authentication method, not Basic and client_secret together");
      const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      [method, clientId, secret] = ["client_secret_basic", decoded.slice(0, colon), decoded.slice(colon + 1)];
    } else if (form.client_secret !== undefined) {
      [method, clientId, secret] = ["client_secret_post", form.client_id, form.client_secret];
    } else {
      [method, clientId] = ["none", form.client_id];
    }
    const app = this.#app(clientId);
    if (!app || (secret !== undefined && secret !== app.appSecret)) return oauthError(401, "invalid_client", "client authentication failed");
    this.grants.lastClientAuth.set(path, method);
    return { appId: app.appId, method };
  }
}

interface ProtocolRequest {
  req: IncomingMessage;
  url: URL;
  query: Record<string, string>;
  form: Record<string, string>;
  issuer: string;
}

function oauthError(status: number, error: string, description: string): Answer {
  return { status, body: { error, error_description: description } };
}

/** The authorization response: a redirect with the fields in the query, or a page posting them. */
function authorizationResponse(redirectUri: string, mode: "query" | "form_post", fields: Record<string, string>): Answer {
  if (mode === "form_post") return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: formPostPage(redirectUri, fields) };
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(fields)) target.searchParams.set(name, value);
  return { status: 302, headers: { location: target.toString() } };
}
