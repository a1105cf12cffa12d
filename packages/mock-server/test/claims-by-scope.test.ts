// ID tokens and userinfo carry the claims the granted scope asks for, and no others (OIDC Core §5.4).
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { refresh, signIn, tokensOf } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
const USER = {
  userId: "u-ann",
  username: "ann",
  email: "ann@example.com",
  phone: "13800000000",
  phoneCountryCode: "+86",
  password: "Ann-Passw0rd",
  name: "Ann Lee",
  nickname: "Annie",
};
/** The claims of the ID token's protocol, apart from the user's. */
const PROTOCOL_CLAIMS = ["iss", "aud", "exp", "iat", "nonce", "auth_time"];

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP], users: [USER] } });
});
afterAll(() => server.close());

async function userinfo(accessToken: string): Promise<Record<string, unknown>> {
  const answer = await fetch(`${server.url}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(answer.status).toBe(200);
  return (await answer.json()) as Record<string, unknown>;
}

/** The ID token's claims, without those of the protocol. */
function userClaimsOf(idToken: string | undefined): Record<string, unknown> {
  const claims = decodeJwt(idToken as string) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(claims).filter(([name]) => !PROTOCOL_CLAIMS.includes(name)));
}

/** Signs in with `scope`: the user claims of the ID token, and the userinfo. */
async function claimsFor(scope: string): Promise<{ idToken: Record<string, unknown>; userinfo: Record<string, unknown> }> {
  const tokens = await signIn(server, APP, { scope });
  return { idToken: userClaimsOf(tokens.id_token), userinfo: await userinfo(tokens.access_token) };
}

describe("claims follow the scope", () => {
  it("openid alone gives sub only", async () => {
    const { idToken, userinfo } = await claimsFor("openid");
    expect(idToken).toEqual({ sub: USER.userId });
    expect(userinfo).toEqual({ sub: USER.userId });
  });

  it("profile adds the profile claims, not the email or phone", async () => {
    const { idToken, userinfo } = await claimsFor("openid profile");
    const expected = { sub: USER.userId, name: USER.name, nickname: USER.nickname, preferred_username: USER.username, updated_at: expect.any(Number) };
    expect(idToken).toEqual(expected);
    expect(userinfo).toEqual(expected);
  });

  it("email adds email and email_verified only", async () => {
    const { idToken, userinfo } = await claimsFor("openid email");
    const expected = { sub: USER.userId, email: USER.email, email_verified: true };
    expect(idToken).toEqual(expected);
    expect(userinfo).toEqual(expected);
  });

  it("phone adds phone_number and phone_number_verified only", async () => {
    const { idToken, userinfo } = await claimsFor("openid phone");
    const expected = { sub: USER.userId, phone_number: "+8613800000000", phone_number_verified: true };
    expect(idToken).toEqual(expected);
    expect(userinfo).toEqual(expected);
  });

  it("address adds the profile's address, once the user has one", async () => {
    const tokens = await signIn(server, APP, { scope: "openid address" });
    expect(await userinfo(tokens.access_token)).toEqual({ sub: USER.userId });
    const update = await fetch(`${server.url}/api/v3/update-profile`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": APP.appId, authorization: tokens.access_token },
      body: JSON.stringify({ streetAddress: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" }),
    });
    expect(await update.json()).toMatchObject({ statusCode: 200 });
    const address = { street_address: "1 Main St", locality: "Springfield", postal_code: "12345", country: "US" };
    expect(await userinfo(tokens.access_token)).toEqual({ sub: USER.userId, address });
    expect(userClaimsOf((await signIn(server, APP, { scope: "openid address" })).id_token)).toEqual({ sub: USER.userId, address });
  });

  it("a refreshed ID token carries the claims of the refresh token's scope", async () => {
    const tokens = await signIn(server, APP, { scope: "openid email offline_access", prompt: "consent" });
    const refreshed = tokensOf(await refresh(server, APP, tokens.refresh_token as string));
    expect(userClaimsOf(refreshed.id_token)).toEqual({ sub: USER.userId, email: USER.email, email_verified: true });
  });

  it("discovery lists the address scope and every claim the scopes grant", async () => {
    const document = (await (await fetch(`${server.url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string[]>;
    expect(document.scopes_supported).toEqual(["openid", "profile", "email", "phone", "address", "offline_access"]);
    expect(document.claims_supported).toEqual(expect.arrayContaining(["picture", "gender", "birthdate", "address"]));
  });
});

describe("the sign-in API's tokens carry the claims of the scope asked for", () => {
  async function signInByApi(scope?: string): Promise<Record<string, unknown>> {
    const body = {
      connection: "PASSWORD",
      passwordPayload: { username: USER.username, password: USER.password },
      client_id: APP.appId,
      client_secret: APP.appSecret,
    };
    const answer = await fetch(`${server.url}/api/v3/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": APP.appId },
      body: JSON.stringify(scope === undefined ? body : { ...body, options: { scope } }),
    });
    const { data } = (await answer.json()) as { data: { id_token: string } };
    return userClaimsOf(data.id_token);
  }

  it("by default (openid profile offline_access): the profile claims, no email or phone", async () => {
    const claims = await signInByApi();
    expect(claims).toMatchObject({ sub: USER.userId, preferred_username: USER.username, name: USER.name });
    expect(claims).not.toHaveProperty("email");
    expect(claims).not.toHaveProperty("phone_number");
  });

  it("with scope openid email: the email, no profile claims", async () => {
    expect(await signInByApi("openid email")).toEqual({ sub: USER.userId, email: USER.email, email_verified: true });
  });
});
