// The real peer: panva's oidc-provider with GenAuth's routes. Nothing about it is stubbed; the
// SDK talks to it over HTTP on 127.0.0.1 and a fetch-based "browser" drives its login pages.
import type { ClientMetadata } from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthApiError, GenAuthTokenVerificationError, type AuthenticationClientOptions, type TokenCheck } from "../src/index.js";
import { signInAtProvider, startTestProvider, type TestProvider } from "./helpers/oidc-provider.js";

const REDIRECT = "http://127.0.0.1:9/callback";
const LOGOUT_REDIRECT = "http://127.0.0.1:9/signed-out";
const SECRET = (name: string) => `${name}-secret-0123456789abcdefghijklmnopqrstuvwxyz`;
const METHODS = ["client_secret_post", "client_secret_basic", "none"] as const;

const clientMetadata = (clientId: string, method: (typeof METHODS)[number], extra: Partial<ClientMetadata> = {}): ClientMetadata => ({
  client_id: clientId,
  ...(method === "none" ? {} : { client_secret: SECRET(clientId) }),
  token_endpoint_auth_method: method,
  redirect_uris: [REDIRECT],
  post_logout_redirect_uris: [LOGOUT_REDIRECT],
  grant_types: method === "none" ? ["authorization_code", "refresh_token"] : ["authorization_code", "refresh_token", "client_credentials"],
  response_types: ["code"],
  ...extra,
});

let provider: TestProvider;
beforeAll(async () => {
  provider = await startTestProvider(
    [
      clientMetadata("app-post", "client_secret_post"),
      clientMetadata("app-basic", "client_secret_basic"),
      clientMetadata("app-none", "none"),
      clientMetadata("app-hs256", "client_secret_post", { id_token_signed_response_alg: "HS256" }),
    ],
    "app-post",
  );
});
afterAll(() => provider.close());

function sdk(appId: string, method: (typeof METHODS)[number], extra: Partial<AuthenticationClientOptions> = {}) {
  return new AuthenticationClient({
    appId,
    ...(method === "none" ? {} : { appSecret: SECRET(appId) }),
    appHost: provider.url,
    redirectUri: REDIRECT,
    logoutRedirectUri: LOGOUT_REDIRECT,
    tokenEndPointAuthMethod: method,
    introspectionEndPointAuthMethod: method,
    revocationEndPointAuthMethod: method,
    ...extra,
  });
}

async function codeFlow(client: AuthenticationClient, scope = "openid profile email offline_access") {
  const codeVerifier = client.generateCodeChallenge();
  const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope });
  const callback = await signInAtProvider(url, REDIRECT);
  expect(callback.get("error")).toBeNull();
  expect(callback.get("state")).toBe(state);
  const tokens = await client.getAccessTokenByCode(callback.get("code") as string, { codeVerifier });
  return { tokens, nonce: nonce as string };
}

async function failedCheck(promise: Promise<unknown>): Promise<TokenCheck> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenAuthTokenVerificationError);
  return (error as GenAuthTokenVerificationError).check;
}

describe.each(METHODS)("authorization code + PKCE with oidc-provider, client auth %s", (method) => {
  const appId = method === "client_secret_post" ? "app-post" : method === "client_secret_basic" ? "app-basic" : "app-none";

  it("signs in, verifies the ID token and its nonce, reads userinfo, refreshes, introspects and revokes", async () => {
    // A user token on the client must not replace the per-endpoint client authentication.
    const client = sdk(appId, method, { accessToken: "a-user-token-the-provider-must-not-see" });
    const { tokens, nonce } = await codeFlow(client);
    expect(tokens).toMatchObject({ token_type: "Bearer", access_token: expect.any(String), refresh_token: expect.any(String) });

    const claims = await client.parseIDToken(tokens.id_token as string, { nonce });
    expect(claims).toMatchObject({ sub: "user-1", aud: appId, iss: provider.issuer, nonce });

    const user = await client.getUserInfoByAccessToken(tokens.access_token);
    expect(user).toMatchObject({ sub: "user-1", email: "user-1@example.com" });

    const refreshed = await client.getNewAccessTokenByRefreshToken(tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await client.parseIDToken(refreshed.id_token as string)).sub).toBe("user-1");

    expect(await client.introspectToken(refreshed.access_token)).toMatchObject({ active: true, sub: "user-1", client_id: appId });
    expect(await client.revokeToken(refreshed.access_token)).toBe(true);
    expect((await client.introspectToken(refreshed.access_token)).active).toBe(false);
    await expect(client.getUserInfoByAccessToken(refreshed.access_token)).rejects.toBeInstanceOf(GenAuthApiError);
  });
});

describe("more flows with oidc-provider", () => {
  it("a code exchanged without its PKCE verifier is refused", async () => {
    const client = sdk("app-post", "client_secret_post");
    const { url } = client.buildAuthorizeUrl({ codeVerifier: client.generateCodeChallenge() });
    const code = (await signInAtProvider(url, REDIRECT)).get("code") as string;
    const error = await client.getAccessTokenByCode(code).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as GenAuthApiError).message).toContain("invalid_grant");
    expect((error as GenAuthApiError).error).toBe("invalid_grant");
  });

  it("client credentials give a JWT access token that parseAccessToken verifies", async () => {
    const client = sdk("app-basic", "client_secret_basic");
    const tokens = await client.getAccessTokenByClientCredentials("api:read");
    const claims = await client.parseAccessToken(tokens.access_token);
    expect(claims).toMatchObject({ iss: provider.issuer, aud: "app-basic", scope: "api:read", client_id: "app-basic" });
    expect(await failedCheck(client.parseAccessToken(tokens.access_token, { audience: "someone-else" }))).toBe("aud");
    const wrong = sdk("app-basic", "client_secret_basic").getAccessTokenByClientCredentials("api:read", { accessKey: "app-basic", accessSecret: "wrong" });
    await expect(wrong).rejects.toBeInstanceOf(GenAuthApiError);
  });

  it("userinfo takes the token in a POST body too; this provider refuses it in the query, hence the header default", async () => {
    const client = sdk("app-post", "client_secret_post");
    const { tokens } = await codeFlow(client, "openid profile");
    expect((await client.getUserInfoByAccessToken(tokens.access_token, { method: "POST", tokenPlace: "body" })).sub).toBe("user-1");
    const error = await client.getUserInfoByAccessToken(tokens.access_token, { tokenPlace: "query" }).catch((e: unknown) => e);
    expect((error as GenAuthApiError).message).toContain("must not be provided via query parameter");
  });

  it("HS256 ID tokens verify with the app secret, and fail with another secret", async () => {
    const client = sdk("app-hs256", "client_secret_post");
    const { tokens, nonce } = await codeFlow(client, "openid profile");
    expect((await client.parseIDToken(tokens.id_token as string, { nonce })).aud).toBe("app-hs256");
    const impostor = new AuthenticationClient({ appId: "app-hs256", appSecret: SECRET("impostor"), appHost: provider.url });
    expect(await failedCheck(impostor.parseIDToken(tokens.id_token as string))).toBe("signature");
  });

  it("the logout URL is accepted by the provider's end-session endpoint", async () => {
    const client = sdk("app-post", "client_secret_post");
    const { tokens } = await codeFlow(client, "openid");
    const response = await fetch(client.buildLogoutUrl({ idToken: tokens.id_token as string, state: "bye" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("logout");
  });
});

describe("ID token verification failures with oidc-provider tokens", () => {
  let idToken: string;
  let nonce: string;
  let client: AuthenticationClient;
  beforeAll(async () => {
    client = sdk("app-post", "client_secret_post");
    const flow = await codeFlow(client, "openid profile");
    idToken = flow.tokens.id_token as string;
    nonce = flow.nonce;
  });

  it("tampered signature", async () => {
    const [header, payload, signature = ""] = idToken.split(".");
    const middle = Math.floor(signature.length / 2);
    const flipped = signature.slice(0, middle) + (signature[middle] === "A" ? "B" : "A") + signature.slice(middle + 1);
    expect(await failedCheck(client.parseIDToken(`${header}.${payload}.${flipped}`))).toBe("signature");
  });

  it("tampered payload", async () => {
    const [header, payload = "", signature] = idToken.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: "admin" })).toString("base64url");
    expect(await failedCheck(client.parseIDToken(`${header}.${forged}.${signature}`))).toBe("signature");
  });

  it("wrong audience", async () => {
    expect(await failedCheck(sdk("app-basic", "client_secret_basic").parseIDToken(idToken, { nonce }))).toBe("aud");
  });

  it("wrong issuer", async () => {
    expect(await failedCheck(client.parseIDToken(idToken, { issuer: "https://other.genauth.ai/oidc" }))).toBe("iss");
  });

  it("expired", async () => {
    const { exp } = await client.parseIDToken(idToken);
    const later = new Date((exp + 3600) * 1000);
    expect(await failedCheck(client.parseIDToken(idToken, { currentDate: later }))).toBe("exp");
    // Neither the token nor its claims ride along in the error.
    const error = await client.parseIDToken(idToken, { currentDate: later }).catch((e: unknown) => e);
    const { inspect } = await import("node:util");
    expect(inspect(error, { depth: 10 })).not.toContain("user-1");
    expect(inspect(error, { depth: 10 })).not.toContain(idToken.split(".")[1]);
    // Within the clock tolerance it still passes.
    expect((await client.parseIDToken(idToken, { currentDate: new Date((exp + 10) * 1000) })).sub).toBe("user-1");
  });

  it("wrong nonce", async () => {
    expect(await failedCheck(client.parseIDToken(idToken, { nonce: "not-the-nonce" }))).toBe("nonce");
    expect((await client.parseIDToken(idToken, { nonce })).nonce).toBe(nonce);
  });

  it("not a JWT, and an alg the client does not accept", async () => {
    expect(await failedCheck(client.parseIDToken("not-a-jwt"))).toBe("format");
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${idToken.split(".")[1]}.`;
    expect(await failedCheck(client.parseIDToken(none))).toBe("alg");
  });
});
