import type { IncomingMessage, ServerResponse } from "node:http";
import { lockReason } from "../account-lock.js";
import type { MockApp } from "../fixtures.js";
import type { MockState } from "../state.js";
import { accountStatus, type UserRecord } from "../users.js";
import { oauthError, type Answer } from "./answer.js";
import { bearerCredentials } from "./bearer.js";
import { challenge, withChallenge } from "./www-authenticate.js";
import { allUserClaims, casUserName, userClaims } from "./claims.js";
import { authenticateClient, authenticateCredentialsClient, isBasic, type AuthenticatedClient } from "./client-auth.js";
import { isRegisteredUrl, parseHttpUrl, type ClientAuthEndpoint, type RegisteredUrlList } from "./client-registration.js";
import { discoveryDocument } from "./discovery.js";
import { escapeMarkup } from "./escape-markup.js";
import { MAX_BODY_BYTES } from "../request-body.js";
import type { TokenService } from "./token-service.js";
import { jsonBodyRefusal } from "./form-body.js";
import { formPostPage } from "./form-post.js";
import { casLogout, hostedLogout } from "./logout.js";
import { randomId, type ProtocolGrants, type TokenGrant } from "./grants.js";
import { exchangeCode } from "./code-exchange.js";
import { authorizationError, authorizationRequestError, promptValues } from "./authorization-request.js";
import { readParameters } from "./request-parameters.js";
import { exchangeRefreshToken } from "./refresh-exchange.js";
import type { MockSigningKeys } from "./keys.js";

const CODE_TTL = 600;

/**
 * GenAuth's OIDC / OAuth 2.0 / CAS endpoints, as an OpenID Provider a standard relying party
 * (`openid-client`…) can use: discovery, an authorization endpoint that signs a user of the pool in
 * at once (the first one, or the one its `login_hint` names by username, email or phone) and answers
 * a registered `redirect_uri` by redirect (`response_mode=query` or `fragment`) or by an auto-submitting form
 * (`form_post`), the token endpoint (code with PKCE, refresh, client credentials), userinfo, JWKS,
 * introspection, revocation, logout (OIDC end session, and the CAS and hosted logout pages
 * `buildLogoutUrl` gives other protocols) and CAS login and ticket validation. Clients authenticate by
 * the methods their app fixture configures. ID tokens carry `auth_time` when the authorize request
 * sends `max_age` or the app sets `requireAuthTime`. Tokens come from the state's
 * {@link TokenService}, as the sign-in endpoints' do, so each endpoint knows the others' tokens.
 * These endpoints are not in the OpenAPI document, so they are routed here, before the spec's
 * operations.
 */
export class ProtocolRouter {
  readonly #state: MockState;
  readonly #baseUrl: () => string;

  /**
   * @param state - the server's state: its apps (client IDs, secrets, registered URLs) and its clock.
   * @param baseUrl - the server's URL, e.g. `http://127.0.0.1:3000`: the issuer is `{baseUrl}/oidc`,
   *   whatever `Host` a request names.
   */
  constructor(state: MockState, baseUrl: () => string) {
    this.#state = state;
    this.#baseUrl = baseUrl;
  }

  /**
   * Whether a user is signed in at the provider, as a browser session would say, for
   * authorizations with `prompt=none`. Default `true`: every authorization signs a user of the pool
   * in at once, silent ones included. Set `false` to test how an app handles "no one is signed in":
   * `prompt=none` then answers `error=login_required`, while an authorization without it still signs
   * the user in, as the login page would, and sets it back to `true`, as that login would start a
   * session.
   */
  signedIn = true;

  /** The key that signs ID and access tokens (the sign-in endpoints' too); `keys.rotate()` simulates a key rotation. */
  get keys(): MockSigningKeys {
    return this.#state.tokens.keys;
  }

  /** The codes, tokens and CAS tickets issued so far, by any endpoint; tests read them (e.g. `lastClientAuth`). */
  get grants(): ProtocolGrants {
    return this.#state.tokens.grants;
  }

  /** The issuer of every token: `{baseUrl}/oidc`. */
  get issuer(): string {
    return this.#state.tokens.issuer;
  }

  /** Answers the request when it is a protocol endpoint; resolves `false` otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, readBody: () => Promise<Buffer | undefined>): Promise<boolean> {
    const route = this.#route(req.method ?? "GET", url.pathname);
    if (route === undefined) return false;
    const raw = req.method === "POST" ? await readBody() : Buffer.alloc(0);
    let answer: Answer;
    if (raw === undefined) answer = oauthError(413, "invalid_request", `the request body is larger than the mock server accepts (${MAX_BODY_BYTES} bytes)`);
    else {
      const form = readParameters(new URLSearchParams(raw.toString("utf8")));
      const query = readParameters(url.searchParams);
      const repeated = req.method === "POST" ? form.repeated : query.repeated;
      answer = jsonBodyRefusal(req, url.pathname) ?? (await route({ req, form: form.values, query: query.values, repeated }));
    }
    // Refused Basic credentials are challenged, as oidc-provider's setWWWAuthenticateHeader does
    // (RFC 6749 §5.2): every refusal of a Basic client, by whichever check, carries one.
    if (answer.status === 401 && isBasic(req.headers.authorization) && (answer.body as { error?: unknown } | undefined)?.error === "invalid_client")
      answer = withChallenge(answer, "Basic", this.issuer);
    // Token answers must not be cached (RFC 6749 §5.1), nor userinfo's claims; discovery and the
    // JWKS change whenever a test rotates keys, and a cached copy would hide that from the app, so
    // no HTTP cache keeps any answer here. `Pragma` too, for HTTP/1.0 caches.
    const headers: Record<string, string> = { "cache-control": "no-store", pragma: "no-cache", ...answer.headers };
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
      const prefix = prefixed[1] === "oidc" ? "/oidc" : "/oauth";
      const rest = prefixed[2];
      if (rest === "/.well-known/openid-configuration" && method === "GET") return () => ({ status: 200, body: discoveryDocument(this.#baseUrl(), prefix) });
      if (rest === "/.well-known/jwks.json" && method === "GET" && prefix === "/oidc") return async () => ({ status: 200, body: await this.keys.jwks() });
      if (rest === "/auth" && (method === "GET" || method === "POST")) return (r) => this.#authorize(r);
      if (rest === "/token" && method === "POST") return (r) => this.#token(r, path);
      if (rest === "/me" && (method === "GET" || method === "POST")) return (r) => this.#userinfo(r);
      if (rest === "/token/introspection" && method === "POST") return (r) => this.#introspect(r, path);
      if (rest === "/token/revocation" && method === "POST") return (r) => this.#revoke(r, path);
      if (rest === "/session/end" && (method === "GET" || method === "POST")) return (r) => this.#endSession(r);
      return undefined;
    }
    if (method !== "GET") return undefined;
    if (/^\/[^/]+\/oidc\/\.well-known\/jwks\.json$/.test(path)) return async () => ({ status: 200, body: await this.keys.jwks() });
    // Before CAS login, whose path would take "logout" for an application ID.
    if (path === "/cas-idp/logout") return ({ query }) => casLogout(this.#state.fixtures.apps, query);
    if (path === "/login/profile/logout") return ({ query }) => hostedLogout(this.#state.fixtures.apps, query);
    const cas = /^\/cas-idp\/([^/]+)(\/validate|\/serviceValidate)?$/.exec(path);
    if (cas) {
      const appId = decodePathSegment(cas[1] ?? "");
      if (appId === undefined)
        return () => ({ status: 400, headers: { "content-type": "text/plain" }, body: "the application ID in the path has invalid percent-encoding" });
      if (cas[2] === undefined) return (r) => this.#casLogin(r, appId);
      return cas[2] === "/validate" ? (r) => this.#casValidate(r, appId) : (r) => this.#casServiceValidate(r, appId);
    }
    return undefined;
  }

  #app(clientId: string | undefined): MockApp | undefined {
    return this.#state.fixtures.apps.find((app) => app.appId === clientId);
  }

  /**
   * The URL `value` of request parameter `param` when it is an absolute http(s) URL registered in
   * the app's `list`; otherwise why not, naming the parameter and the fixture that registers it.
   */
  #registered(app: MockApp, list: RegisteredUrlList, param: string, value: string | undefined): URL | { problem: string } {
    if (!value) return { problem: `${param} is required` };
    const url = parseHttpUrl(value);
    if ("problem" in url) return { problem: `${param} ${url.problem}: send the absolute http(s) URL registered in the app's ${list}` };
    if (value.includes("#")) return { problem: `${param} must not have a fragment (#...)` };
    if (isRegisteredUrl(app, list, url)) return url;
    const rule =
      app[list] === undefined
        ? `application ${JSON.stringify(app.appId)} registers no ${list}, so only loopback URLs (localhost, 127.0.0.1, [::1]) are accepted`
        : `it is not in the ${list} of application ${JSON.stringify(app.appId)}`;
    return { problem: `${param} ${JSON.stringify(value)} is not registered: ${rule}; add it to the app's ${list} fixture` };
  }

  /**
   * Signs a user of the pool in at once and sends the browser back to the registered callback with
   * a code. Takes the query of a GET or the form of a POST.
   */
  #authorize(request: ProtocolRequest): Answer {
    const query = browserParameters(request);
    // Until the client, its callback and the response mode are known for sure, there is nowhere safe to send an error.
    const unsure = request.repeated.filter((name) => ["client_id", "redirect_uri", "response_mode"].includes(name));
    if (unsure.length > 0) return oauthError(400, "invalid_request", `${unsure.join(", ")} must be sent once (RFC 6749 §3.1)`);
    if (query.client_id === undefined) return oauthError(400, "invalid_request", "client_id is required: send the appId of an application in fixtures.apps");
    const app = this.#app(query.client_id);
    if (!app) return oauthError(400, "invalid_client", "client_id does not name an application of the mock server: register it in fixtures.apps");
    const redirectUri = this.#registered(app, "redirectUris", "redirect_uri", query.redirect_uri);
    // Without a registered callback there is nowhere safe to send the answer: an error page it is.
    if ("problem" in redirectUri) return oauthError(400, "invalid_request", redirectUri.problem);
    const mode = query.response_mode ?? "query";
    if (mode !== "query" && mode !== "fragment" && mode !== "form_post") {
      return oauthError(400, "invalid_request", "the mock server answers with response_mode query, fragment or form_post");
    }
    const back = (fields: Record<string, string>) =>
      authorizationResponse(query.redirect_uri as string, mode, query.state === undefined ? fields : { ...fields, state: query.state });
    const refused = authorizationRequestError(query, request.repeated, app);
    if (refused) return back({ ...refused });
    const prompts = promptValues(query);
    // prompt=none forbids the login page, so whatever would need it is login_required (OIDC Core §3.1.2.6).
    const silent = prompts.includes("none");
    if (silent && !this.signedIn) {
      return back({
        ...authorizationError("login_required", "no user is signed in (server.protocol.signedIn is false), and prompt=none forbids the login page"),
      });
    }
    const user = this.#signIn(query.login_hint);
    if (typeof user === "string") return back({ ...authorizationError(silent ? "login_required" : "access_denied", user) });
    // The login page signed the user in: a provider's session now says so to later prompt=none requests.
    if (!silent) this.signedIn = true;
    // As GenAuth (and OIDC Core §11) does, offline_access counts only with prompt=consent.
    const consented = prompts.includes("consent");
    const asked = (query.scope ?? "openid profile").split(" ").filter((scope) => scope !== "");
    const scope = asked.filter((name) => consented || name !== "offline_access").join(" ");
    const code = randomId("code-");
    const now = this.#state.nowSeconds();
    this.grants.codes.set(code, {
      grantId: randomId("grant-"),
      consumed: false,
      clientId: app.appId,
      sub: user.userId,
      redirectUri: query.redirect_uri,
      scope,
      nonce: query.nonce,
      // The user signs in now; the ID token says so when max_age asks, or the app always wants it.
      authTime: query.max_age !== undefined || app.requireAuthTime === true ? now : undefined,
      codeChallenge: query.code_challenge,
      codeChallengeMethod: query.code_challenge ? (query.code_challenge_method ?? "plain") : undefined,
      expiresAt: now + CODE_TTL,
    });
    return back({ code });
  }

  /**
   * The user a login signs in: the one `loginHint` names (username, email or phone), else the
   * pool's first; or why there is none to sign in.
   */
  #signIn(loginHint: string | undefined): UserRecord | string {
    const user = loginHint ? this.#state.users.byAccount(loginHint) : this.#state.users.all[0];
    if (!user && loginHint) return "login_hint names no user of the mock server's pool";
    if (!user) return "the mock server's pool has no user to sign in: add one to fixtures.users";
    const status = accountStatus(user);
    return status === "Activated" ? user : `the user's account is ${status}: only an Activated account signs in`;
  }

  /** Authenticates the client at `endpoint` by its app's configured method, and records the method for tests. */
  #authenticate({ req, form }: ProtocolRequest, endpoint: ClientAuthEndpoint, path: string): AuthenticatedClient | Answer {
    const prefix = path.startsWith("/oauth/") ? "/oauth" : "/oidc";
    const client = authenticateClient(this.#state.fixtures.apps, endpoint, req.headers.authorization, form, prefix);
    if (!("status" in client)) this.grants.lastClientAuth.set(path, client.method);
    return client;
  }

  async #token(request: ProtocolRequest, path: string): Promise<Answer> {
    const { form } = request;
    if (form.grant_type === "client_credentials") return this.#clientCredentials(request, path);
    const client = this.#authenticate(request, "token", path);
    if ("status" in client) return client;
    if (form.grant_type === "authorization_code") return exchangeCode(this.#state, client, form);
    if (form.grant_type === "refresh_token") return exchangeRefreshToken(this.#state, client, form);
    if (form.grant_type === undefined) return oauthError(400, "invalid_request", "grant_type is required");
    return oauthError(400, "unsupported_grant_type", `grant_type ${JSON.stringify(form.grant_type)} is not supported`);
  }

  /** Machine-to-machine tokens for an app's programmatic access account, or for the app itself. */
  async #clientCredentials({ req, form }: ProtocolRequest, path: string): Promise<Answer> {
    const client = authenticateCredentialsClient(this.#state.fixtures.apps, req.headers.authorization, form);
    if ("status" in client) return client;
    this.grants.lastClientAuth.set(path, client.method);
    if (!form.scope) return oauthError(400, "invalid_scope", "scope is required");
    const tokens = await this.#state.tokens.issue({ clientId: client.clientId, audience: client.app.appId, sub: undefined, scope: form.scope, refresh: false });
    return { status: 200, body: tokens };
  }

  #userinfo({ req, query, form }: ProtocolRequest): Answer {
    const bearer = bearerCredentials(req.headers.authorization);
    const realm = this.issuer;
    // A header that carries no bearer token is a malformed request, not a missing token (RFC 6750 §3.1).
    if (bearer.kind === "malformed") {
      const description = "the Authorization header carries no bearer token: send Authorization: Bearer <access token>";
      return withChallenge(oauthError(400, "invalid_request", description), "Bearer", realm);
    }
    const sent = [bearer.kind === "token" ? bearer.token : undefined, query.access_token, form.access_token].filter((t) => t !== undefined);
    // One request, one way of sending the token (RFC 6750 §2).
    if (sent.length > 1) {
      const description = "the access token was sent in more than one way: send it once, as Authorization: Bearer <access token>";
      return withChallenge(oauthError(400, "invalid_request", description), "Bearer", realm);
    }
    const token = sent[0];
    // A request without any token gets a challenge without an error code (RFC 6750 §3.1).
    if (token === undefined)
      return oauthError(401, "invalid_token", "no access token: send it as Authorization: Bearer ...", { "www-authenticate": challenge("Bearer", { realm }) });
    const grant = this.#state.tokens.live(token);
    const user = grant?.kind === "access_token" && grant.sub !== undefined ? this.#state.users.byId(grant.sub) : undefined;
    if (!grant || !user || lockReason(user) !== undefined)
      return withChallenge(oauthError(401, "invalid_token", "the access token is invalid, expired or revoked, or its user is locked"), "Bearer", realm);
    // The claims the token's scope grants (OIDC Core §5.4), as the ID token of the same grant.
    return { status: 200, body: userClaims(user, grant.scope) };
  }

  #introspect(request: ProtocolRequest, path: string): Answer {
    const client = this.#authenticate(request, "introspection", path);
    if ("status" in client) return client;
    if (request.form.token === undefined) return oauthError(400, "invalid_request", "token is required: send the token to introspect in the form");
    const grant = this.#state.tokens.live(request.form.token);
    if (!grant || !heldBy(grant, client) || this.#ofLockedUser(grant)) return { status: 200, body: { active: false } };
    return {
      status: 200,
      body: {
        active: true,
        client_id: grant.clientId,
        sub: grant.sub ?? grant.clientId,
        aud: grant.audience,
        scope: grant.scope,
        iat: grant.iat,
        exp: grant.exp,
        iss: this.issuer,
        // token_type is an access token type (RFC 7662 §2.2, RFC 6749 §7.1): a refresh token has none.
        ...(grant.kind === "access_token" ? { token_type: "Bearer" } : {}),
      },
    };
  }

  /** Whether the token stands for a user whose account is locked: it works for nothing while it is. */
  #ofLockedUser(grant: TokenGrant): boolean {
    const user = grant.sub === undefined ? undefined : this.#state.users.byId(grant.sub);
    return user !== undefined && lockReason(user) !== undefined;
  }

  #revoke(request: ProtocolRequest, path: string): Answer {
    const client = this.#authenticate(request, "revocation", path);
    if ("status" in client) return client;
    if (request.form.token === undefined) return oauthError(400, "invalid_request", "token is required: send the token to revoke in the form");
    const grant = this.grants.tokens.get(request.form.token);
    // An unknown token needs no revoking (RFC 7009 §2.2); another client's is not this one's to revoke (§2.1).
    if (!grant) return { status: 200, body: "" };
    if (!heldBy(grant, client)) return oauthError(400, "invalid_request", "this token does not belong to you: it was issued to another client");
    // A refresh token stands for its grant: revoking it revokes the grant's access tokens too (RFC 7009 §2.1).
    if (grant.kind === "refresh_token") this.grants.revokeGrant(grant.grantId);
    else grant.revoked = true;
    return { status: 200, body: "" };
  }

  /** RP-initiated logout, by GET or form POST: back to a registered `post_logout_redirect_uri`, with its `state`. */
  async #endSession(request: ProtocolRequest): Promise<Answer> {
    const query = browserParameters(request);
    const target = query.post_logout_redirect_uri;
    if (!target) return { status: 200, headers: { "content-type": "text/plain" }, body: "signed out" };
    let app = query.client_id === undefined ? undefined : this.#app(query.client_id);
    if (query.client_id !== undefined && !app)
      return oauthError(400, "invalid_client", "client_id does not name an application of the mock server: register it in fixtures.apps");
    if (query.id_token_hint !== undefined) {
      const claims = await this.keys.claimsOfOwnToken(query.id_token_hint);
      const audiences = claims === undefined ? [] : [claims.aud ?? []].flat();
      if (claims === undefined || claims.iss !== this.issuer) return oauthError(400, "invalid_request", "id_token_hint is not an ID token this server issued");
      if (app !== undefined && !audiences.includes(app.appId))
        return oauthError(400, "invalid_request", "id_token_hint was issued to another client than client_id");
      app ??= audiences.map((audience) => this.#app(audience)).find((found) => found !== undefined);
    }
    if (!app)
      return oauthError(400, "invalid_request", "post_logout_redirect_uri needs client_id or id_token_hint to name the application it is registered for");
    const url = this.#registered(app, "postLogoutRedirectUris", "post_logout_redirect_uri", target);
    if ("problem" in url) return oauthError(400, "invalid_request", url.problem);
    if (query.state !== undefined) url.searchParams.set("state", query.state);
    return { status: 302, headers: { location: url.href } };
  }

  #casLogin({ query }: ProtocolRequest, appId: string): Answer {
    const app = this.#app(appId);
    const text = (status: number, body: string): Answer => ({ status, headers: { "content-type": "text/plain; charset=utf-8" }, body });
    if (!app) return text(404, "unknown application");
    const service = this.#registered(app, "casServices", "service", query.service);
    if ("problem" in service) return text(400, service.problem);
    const user = this.#signIn(query.login_hint);
    if (typeof user === "string") return text(403, user);
    const ticket = randomId("ST-");
    this.grants.casTickets.set(ticket, { service: query.service as string, clientId: appId, sub: user.userId });
    service.searchParams.set("ticket", ticket);
    return { status: 302, headers: { location: service.href } };
  }

  /** The user of a valid ticket (which is used up), or undefined; undefined too when the account is locked. */
  #takeTicket(query: Record<string, string>, appId: string): UserRecord | undefined {
    const ticket = this.grants.casTickets.get(query.ticket ?? "");
    this.grants.casTickets.delete(query.ticket ?? "");
    const valid = ticket !== undefined && ticket.clientId === appId && ticket.service === query.service;
    const user = valid ? this.#state.users.byId(ticket.sub) : undefined;
    // A ticket is a sign-in not yet completed: it fails, as a code exchange does, for an account locked since.
    return user !== undefined && lockReason(user) === undefined ? user : undefined;
  }

  #casValidate({ query }: ProtocolRequest, appId: string): Answer {
    const signedIn = this.#takeTicket(query, appId);
    return { status: 200, headers: { "content-type": "text/plain" }, body: signedIn ? `yes\n${casUserName(signedIn)}\n` : "no\n\n" };
  }

  /** CAS 2.0 / 3.0 ticket validation: the XML `cas:serviceResponse`, or its JSON form with `format=JSON`. */
  #casServiceValidate({ query }: ProtocolRequest, appId: string): Answer {
    const signedIn = this.#takeTicket(query, appId);
    const valid = signedIn !== undefined;
    const user = signedIn ? casUserName(signedIn) : "";
    // CAS 3.0 §2.5.1: XML unless the request asks for JSON.
    if (query.format?.toUpperCase() !== "JSON") {
      const inner = valid
        ? `<cas:authenticationSuccess><cas:user>${escapeMarkup(user)}</cas:user></cas:authenticationSuccess>`
        : `<cas:authenticationFailure code="INVALID_TICKET">ticket not recognized</cas:authenticationFailure>`;
      return {
        status: 200,
        headers: { "content-type": "application/xml" },
        body: `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">${inner}</cas:serviceResponse>`,
      };
    }
    return {
      status: 200,
      body: valid
        ? { serviceResponse: { authenticationSuccess: { user, attributes: allUserClaims(signedIn) } } }
        : { serviceResponse: { authenticationFailure: { code: "INVALID_TICKET", description: "ticket not recognized" } } },
    };
  }
}

interface ProtocolRequest {
  req: IncomingMessage;
  query: Record<string, string>;
  form: Record<string, string>;
  /** The parameters sent more than once: in the query of a GET, the form of a POST. */
  repeated: readonly string[];
}

/**
 * Whether the authenticated app may introspect or revoke the token: its own, or one its
 * programmatic access accounts got (issued for it: the app is the token's `aud`).
 */
function heldBy(grant: TokenGrant, client: AuthenticatedClient): boolean {
  return grant.clientId === client.app.appId || grant.audience === client.app.appId;
}

/**
 * The parameters of a request a browser sends to the authorization or end-session endpoint: the
 * query of a GET, the form of a POST (OIDC Core §3.1.2.1, RP-Initiated Logout §2).
 */
function browserParameters({ req, query, form }: ProtocolRequest): Record<string, string> {
  return req.method === "POST" ? form : query;
}

/** A percent-decoded path segment, or undefined when its encoding is malformed. */
function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The authorization response to a registered http(s) callback: a redirect with the fields in the
 * query or in the fragment (which a single-page app reads and the server never sees), or a page
 * posting them to the callback exactly as the request spelled it.
 */
function authorizationResponse(redirectUri: string, mode: "query" | "fragment" | "form_post", fields: Record<string, string>): Answer {
  if (mode === "form_post") return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: formPostPage(redirectUri, fields) };
  const target = new URL(redirectUri);
  if (mode === "fragment") target.hash = new URLSearchParams(fields).toString();
  else for (const [name, value] of Object.entries(fields)) target.searchParams.set(name, value);
  return { status: 302, headers: { location: target.href } };
}
