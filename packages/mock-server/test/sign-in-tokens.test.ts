// The Authentication API's sign-in answers the tokens the mock's OpenID Provider issues: a JWT ID
// token verifiable through the JWKS, an access token userinfo, introspection and revocation know, a
// refresh token the token endpoint exchanges. And it authenticates the application first, as the
// token endpoint does.
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
const BASIC_ONLY: MockApp = { appId: "app-basic", appSecret: "secret-basic", tokenEndpointAuthMethod: "client_secret_basic" };
const PUBLIC: MockApp = { appId: "app-public", appSecret: "unused", tokenEndpointAuthMethod: "none" };
const USER = { userId: "u-ann", username: "ann", email: "ann@example.com", password: "Ann-Passw0rd", nickname: "Annie" };
/** The server's clock stands still, so `iat` and `auth_time` are known exactly. */
const NOW = Date.now();

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP, BASIC_ONLY, PUBLIC], users: [USER] }, clock: () => NOW });
});
afterAll(() => server.close());

interface Envelope {
  statusCode: number;
  message: string;
  apiCode?: number;
  data?: Record<string, unknown>;
}

const basic = (app: MockApp, secret = app.appSecret) => `Basic ${Buffer.from(`${app.appId}:${secret}`).toString("base64")}`;
const postCredentials = (app: MockApp, secret = app.appSecret) => ({ client_id: app.appId, client_secret: secret });

/** POSTs a JSON body to an Authentication API path for `app`; GenAuth answers HTTP 200 with an envelope. */
async function api(path: string, body: Record<string, unknown>, headers: Record<string, string> = {}, app: MockApp = APP): Promise<Envelope> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": app.appId, ...headers },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Envelope;
}

/** `signInByUsernamePassword` as the SDK sends it with client_secret_post. */
function signIn(scope?: string, credentials: Record<string, string> = postCredentials(APP), headers: Record<string, string> = {}, app: MockApp = APP) {
  const body = { connection: "PASSWORD", passwordPayload: { username: USER.username, password: USER.password }, ...credentials };
  return api("/api/v3/signin", scope === undefined ? body : { ...body, options: { scope } }, headers, app);
}

async function profile(token: string): Promise<Envelope> {
  const response = await fetch(`${server.url}/api/v3/get-profile`, { headers: { "x-authing-app-id": APP.appId, authorization: token } });
  return (await response.json()) as Envelope;
}

/** A form POST to a protocol endpoint with APP's secret in the form. */
async function protocol(path: string, fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, { method: "POST", body: new URLSearchParams({ ...postCredentials(APP), ...fields }) });
  const text = await response.text();
  return { status: response.status, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

describe("sign-in tokens are the OpenID Provider's tokens", () => {
  it("answers an ID token signed with the key of the app's JWKS, with the user's claims and auth_time", async () => {
    const { statusCode, data } = await signIn("openid profile email offline_access");
    expect(statusCode).toBe(200);
    expect(data).toMatchObject({ token_type: "Bearer", expire_in: 1_209_600, scope: "openid profile email offline_access" });
    const jwks = createRemoteJWKSet(new URL(`${server.url}/${APP.appId}/oidc/.well-known/jwks.json`));
    const { payload } = await jwtVerify(data!.id_token as string, jwks, { issuer: `${server.url}/oidc`, audience: APP.appId });
    const seconds = Math.floor(NOW / 1000);
    expect(payload).toMatchObject({ sub: USER.userId, preferred_username: USER.username, nickname: USER.nickname, email: USER.email, iat: seconds });
    expect(payload.auth_time).toBe(seconds);
    expect(payload.exp).toBe(seconds + 1_209_600);
    // The access token is a JWT of the same issuer too.
    expect(decodeJwt(data!.access_token as string)).toMatchObject({ iss: `${server.url}/oidc`, sub: USER.userId, aud: APP.appId });
  });

  it("gives an access token userinfo and introspection know, and a refresh token the token endpoint exchanges", async () => {
    const { data } = await signIn("openid profile offline_access");
    const accessToken = data!.access_token as string;
    const userinfo = await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({ sub: USER.userId, preferred_username: USER.username });
    expect((await protocol("/oidc/token/introspection", { token: accessToken })).body).toMatchObject({
      active: true,
      sub: USER.userId,
      client_id: APP.appId,
      scope: "openid profile offline_access",
    });

    const refreshed = await protocol("/oidc/token", { grant_type: "refresh_token", refresh_token: data!.refresh_token as string });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.id_token as string)).toMatchObject({ sub: USER.userId, auth_time: Math.floor(NOW / 1000) });
    // The new access token works with the API, as a sign-in's does.
    expect(await profile(refreshed.body.access_token as string)).toMatchObject({ statusCode: 200, data: { userId: USER.userId } });
    // Refreshing rotated the refresh token.
    expect((await protocol("/oidc/token", { grant_type: "refresh_token", refresh_token: data!.refresh_token as string })).body).toMatchObject({
      error: "invalid_grant",
    });
  });

  it("serves a standard relying party (openid-client) the sign-in's tokens: userinfo, refresh, introspection", async () => {
    const config = await oidc.discovery(new URL(`${server.url}/oidc`), APP.appId, undefined, oidc.ClientSecretPost(APP.appSecret), {
      execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
    });
    const { data } = await signIn("openid profile offline_access");
    expect(await oidc.fetchUserInfo(config, data!.access_token as string, USER.userId)).toMatchObject({ sub: USER.userId });
    const refreshed = await oidc.refreshTokenGrant(config, data!.refresh_token as string);
    expect(refreshed.claims()).toMatchObject({ sub: USER.userId, aud: APP.appId });
    expect(await oidc.tokenIntrospection(config, refreshed.access_token)).toMatchObject({ active: true, sub: USER.userId });
  });

  it("gives a refresh token only for offline_access, and an ID token only for openid", async () => {
    const online = await signIn("openid profile");
    expect(online.data).toHaveProperty("id_token");
    expect(online.data).not.toHaveProperty("refresh_token");
    const noOpenId = await signIn("profile");
    expect(noOpenId.data).not.toHaveProperty("id_token");
    expect(await profile(noOpenId.data!.access_token as string)).toMatchObject({ statusCode: 200 });
  });

  it("refuses a revoked access token everywhere: the API's getProfile, userinfo, introspection", async () => {
    const accessToken = (await signIn()).data!.access_token as string;
    expect(await profile(accessToken)).toMatchObject({ statusCode: 200, data: { userId: USER.userId } });
    const revoked = await protocol("/oidc/token/revocation", { token: accessToken });
    expect(revoked.status).toBe(200);
    // The envelope the API answers for an unknown token.
    const unknown = await profile("not-a-token");
    expect(unknown).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await profile(accessToken)).toMatchObject({ statusCode: 401, apiCode: 2020, message: unknown.message });
    expect((await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(401);
    expect((await protocol("/oidc/token/introspection", { token: accessToken })).body).toEqual({ active: false });
  });

  it("lets the API take the access token of the OIDC code flow, and state.sessions.issue mint the same tokens", async () => {
    const redirect = await fetch(
      `${server.url}/oidc/auth?${new URLSearchParams({ client_id: APP.appId, redirect_uri: "http://127.0.0.1:9/cb", response_type: "code" })}`,
      {
        redirect: "manual",
      },
    );
    const code = new URL(redirect.headers.get("location") as string).searchParams.get("code") as string;
    const tokens = await protocol("/oidc/token", { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1:9/cb" });
    expect(await profile(tokens.body.access_token as string)).toMatchObject({ statusCode: 200, data: { userId: USER.userId } });

    const minted = await server.state.sessions.issue(USER.userId, APP.appId);
    expect(minted.refresh_token).toEqual(expect.any(String));
    expect(server.state.sessions.find(minted.access_token)).toMatchObject({ userId: USER.userId, appId: APP.appId });
    expect((await protocol("/oidc/token/introspection", { token: minted.access_token })).body).toMatchObject({ active: true });
  });
});

describe("sign-in authenticates the application as the token endpoint does", () => {
  it("refuses a wrong client_secret in the body with statusCode 401 invalid_client, issuing nothing", async () => {
    const answer = await signIn(undefined, postCredentials(APP, "wrong-secret"));
    expect(answer).toMatchObject({ statusCode: 401, message: expect.stringMatching(/^invalid_client: .*secret is wrong/) });
    expect(answer).not.toHaveProperty("data");
    expect(JSON.stringify(answer)).not.toContain("wrong-secret");
  });

  it("takes Basic credentials, and refuses wrong ones", async () => {
    expect(await signIn(undefined, {}, { authorization: basic(APP) })).toMatchObject({ statusCode: 200 });
    expect(await signIn(undefined, {}, { authorization: basic(APP, "wrong-secret") })).toMatchObject({
      statusCode: 401,
      message: expect.stringMatching(/^invalid_client: /),
    });
  });

  it("refuses a sign-in without credentials when the app allows only its secret methods, naming the fixture field", async () => {
    const answer = await signIn(undefined, {});
    expect(answer).toMatchObject({ statusCode: 401, message: expect.stringMatching(/^invalid_client: .*tokenEndpointAuthMethod.*used none/) });
  });

  it("takes a sign-in without credentials for an app whose method is none", async () => {
    expect(await signIn(undefined, {}, {}, PUBLIC)).toMatchObject({ statusCode: 200, data: { token_type: "Bearer" } });
  });

  it("refuses a method the app does not use, and the credentials of another app", async () => {
    expect(await signIn(undefined, postCredentials(BASIC_ONLY), {}, BASIC_ONLY)).toMatchObject({ statusCode: 401 });
    expect(await signIn(undefined, {}, { authorization: basic(BASIC_ONLY) }, BASIC_ONLY)).toMatchObject({ statusCode: 200 });
    expect(await signIn(undefined, {}, { authorization: basic(BASIC_ONLY) }, APP)).toMatchObject({
      statusCode: 401,
      message: expect.stringContaining("x-authing-app-id"),
    });
  });

  it("does not take the user's access token, which the SDK sends along, for client credentials", async () => {
    const accessToken = (await signIn()).data!.access_token as string;
    expect(await signIn(undefined, postCredentials(APP), { authorization: accessToken })).toMatchObject({ statusCode: 200 });
  });

  it("checks the credentials of a mobile sign-in too", async () => {
    const body = { extIdpConnidentifier: "wx", connection: "wechat", wechatPayload: { code: "c" } };
    expect(await api("/api/v3/signin-by-mobile", { ...body, ...postCredentials(APP, "wrong-secret") })).toMatchObject({ statusCode: 401 });
    expect(await api("/api/v3/signin-by-mobile", body)).toMatchObject({ statusCode: 401 });
    expect(await api("/api/v3/signin-by-mobile", { ...body, ...postCredentials(APP) })).toMatchObject({ statusCode: 200 });
  });
});
