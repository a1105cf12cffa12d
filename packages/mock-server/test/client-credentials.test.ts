// The client-credentials grant as GenAuth serves it: an app's programmatic access accounts, and the
// app itself, post their key and secret in the form (client_secret_post), as the SDK's
// getAccessTokenByClientCredentials always does, whatever the app's method for the code grant.
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FIXTURES, startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { basicAuthorization, postCredentials, postForm, tokensOf } from "./helpers/oidc-requests.js";

const ACCOUNT = { accessKey: "ak-reporting", accessSecret: "sk-reporting" };
/** An app whose code grant authenticates with Basic only, with a programmatic access account. */
const API_APP: MockApp = { appId: "api-app", appSecret: "api-secret", tokenEndpointAuthMethod: "client_secret_basic", programmaticAccessAccounts: [ACCOUNT] };
/** A public client: its code grant sends client_id alone. */
const PUBLIC_APP: MockApp = { appId: "spa", appSecret: "spa-secret", tokenEndpointAuthMethod: "none" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [API_APP, PUBLIC_APP] } });
});
afterAll(() => server.close());

/** A client-credentials request as getAccessTokenByClientCredentials sends it: key and secret in the form. */
const m2m = (clientId: string, clientSecret: string, path = "/oidc/token") =>
  postForm(`${server.url}${path}`, { grant_type: "client_credentials", scope: "report:read", client_id: clientId, client_secret: clientSecret });

describe("programmatic access accounts", () => {
  it("get an access token for their app, which the app can introspect", async () => {
    for (const path of ["/oidc/token", "/oauth/token"]) {
      const tokens = tokensOf(await m2m(ACCOUNT.accessKey, ACCOUNT.accessSecret, path));
      expect(tokens).toMatchObject({ token_type: "Bearer", scope: "report:read" });
      expect(tokens.id_token).toBeUndefined();
      expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: ACCOUNT.accessKey, aud: API_APP.appId, scope: "report:read" });
      const introspection = await postForm(`${server.url}/oidc/token/introspection`, { token: tokens.access_token, ...postCredentials(API_APP) });
      expect(introspection.body).toMatchObject({ active: true, client_id: ACCOUNT.accessKey, aud: API_APP.appId, sub: ACCOUNT.accessKey });
    }
  });

  it("get tokens the app can revoke, as it can introspect them", async () => {
    const tokens = tokensOf(await m2m(ACCOUNT.accessKey, ACCOUNT.accessSecret));
    const revocation = await postForm(`${server.url}/oidc/token/revocation`, { token: tokens.access_token, ...postCredentials(API_APP) });
    expect(revocation.status).toBe(200);
    const introspection = await postForm(`${server.url}/oidc/token/introspection`, { token: tokens.access_token, ...postCredentials(API_APP) });
    expect(introspection.body).toEqual({ active: false });
  });

  it("are refused with 401 invalid_client for a wrong secret, or a Basic header instead of the form", async () => {
    const wrong = await m2m(ACCOUNT.accessKey, "not-the-secret");
    expect([wrong.status, wrong.body.error]).toEqual([401, "invalid_client"]);
    expect(wrong.body.error_description).toContain("secret is wrong");
    const basic = await postForm(
      `${server.url}/oidc/token`,
      { grant_type: "client_credentials", scope: "report:read" },
      { authorization: basicAuthorization(ACCOUNT.accessKey, ACCOUNT.accessSecret) },
    );
    expect([basic.status, basic.body.error]).toEqual([401, "invalid_client"]);
    expect(basic.body.error_description).toContain("client_secret_post");
    expect(basic.headers.get("www-authenticate")).toContain("Basic");
  });

  it("are checked at start-up: a key used twice, or equal to an app ID, is refused", async () => {
    const twice = { apps: [{ ...API_APP }, { appId: "other", appSecret: "s", programmaticAccessAccounts: [{ ...ACCOUNT }] }] };
    await expect(startMockServer({ fixtures: twice })).rejects.toThrow(/programmaticAccessAccounts\[0\]\.accessKey "ak-reporting" is already/);
    const appId = { apps: [{ appId: "a", appSecret: "s", programmaticAccessAccounts: [{ accessKey: "a", accessSecret: "x" }] }] };
    await expect(startMockServer({ fixtures: appId })).rejects.toThrow(/is already the appId of fixtures\.apps\[0\]/);
    const empty = { apps: [{ appId: "a", appSecret: "s", programmaticAccessAccounts: [{ accessKey: "k", accessSecret: "" }] }] };
    await expect(startMockServer({ fixtures: empty })).rejects.toThrow(/accessSecret must be a non-empty string/);
  });
});

describe("an app's own key and secret", () => {
  it("are taken in the form whatever the app's method for the code grant", async () => {
    for (const app of [API_APP, PUBLIC_APP]) {
      const tokens = tokensOf(await m2m(app.appId, app.appSecret));
      expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: app.appId, aud: app.appId });
      expect(server.protocol.grants.lastClientAuth.get("/oidc/token")).toBe("client_secret_post");
    }
    const withoutSecret = await postForm(`${server.url}/oidc/token`, { grant_type: "client_credentials", scope: "report:read", client_id: PUBLIC_APP.appId });
    expect([withoutSecret.status, withoutSecret.body.error]).toEqual([401, "invalid_client"]);
  });
});

describe("the Management API's access keys", () => {
  it("are the user pool's, not an app's: the token endpoint refuses them, naming programmaticAccessAccounts", async () => {
    const [key] = DEFAULT_FIXTURES.accessKeys;
    const answer = await m2m(key?.accessKeyId as string, key?.accessKeySecret as string);
    expect([answer.status, answer.body.error]).toEqual([401, "invalid_client"]);
    expect(answer.body.error_description).toContain("programmaticAccessAccounts");
  });
});
