// Tokens belong to a grant: revoking a refresh token (RFC 7009 §2.1), replaying a used code
// (RFC 6749 §4.1.2) or a rotated refresh token (RFC 9700 §4.14.2) revokes the grant's tokens.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { codeFor, exchangeCode, isActive, postCredentials, postForm, refresh, signIn, tokensOf } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
const OTHER: MockApp = { appId: "app-2", appSecret: "secret-2" };
/** Asks for a refresh token, which GenAuth issues for offline_access with prompt=consent. */
const OFFLINE = { scope: "openid offline_access", prompt: "consent" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP, OTHER], users: [{ userId: "u-1", username: "ann", password: "Ann-Passw0rd" }] } });
});
afterAll(() => server.close());

const revoke = (app: MockApp, token: string) => postForm(`${server.url}/oidc/token/revocation`, { token, ...postCredentials(app) });

describe("revocation", () => {
  it("of an access token revokes only it; of the refresh token, every token of its grant, and no other grant's", async () => {
    const first = await signIn(server, APP, OFFLINE);
    const second = tokensOf(await refresh(server, APP, first.refresh_token as string));
    const elsewhere = await signIn(server, APP, OFFLINE);

    expect((await revoke(APP, second.access_token)).status).toBe(200);
    expect(await isActive(server, APP, second.access_token)).toBe(false);
    expect(await isActive(server, APP, second.refresh_token as string)).toBe(true);

    const third = tokensOf(await refresh(server, APP, second.refresh_token as string));
    expect((await revoke(APP, third.refresh_token as string)).status).toBe(200);
    for (const token of [first.access_token, third.access_token, third.refresh_token as string]) expect(await isActive(server, APP, token)).toBe(false);
    expect((await refresh(server, APP, third.refresh_token as string)).body).toMatchObject({ error: "invalid_grant" });
    expect(await isActive(server, APP, elsewhere.access_token)).toBe(true);
    expect(await isActive(server, APP, elsewhere.refresh_token as string)).toBe(true);
  });

  it("of a sign-in's refresh token stops its access token at the API too", async () => {
    const signInAnswer = await fetch(`${server.url}/api/v3/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": APP.appId },
      body: JSON.stringify({ connection: "PASSWORD", passwordPayload: { username: "ann", password: "Ann-Passw0rd" }, ...postCredentials(APP) }),
    });
    const { data } = (await signInAnswer.json()) as { data: { access_token: string; refresh_token: string } };
    expect((await revoke(APP, data.refresh_token)).status).toBe(200);
    const profile = await fetch(`${server.url}/api/v3/get-profile`, { headers: { "x-authing-app-id": APP.appId, authorization: data.access_token } });
    expect(await profile.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
  });

  it("of another client's token is refused with invalid_request, and the token stays active", async () => {
    const tokens = await signIn(server, APP, OFFLINE);
    for (const token of [tokens.access_token, tokens.refresh_token as string]) {
      const answer = await revoke(OTHER, token);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: "invalid_request", error_description: expect.stringContaining("does not belong to you") });
      expect(await isActive(server, APP, token)).toBe(true);
    }
  });
});

describe("replays revoke the grant", () => {
  it("a code exchanged twice: the second exchange is refused and the first one's tokens are revoked", async () => {
    const code = await codeFor(server, APP, OFFLINE);
    const tokens = tokensOf(await exchangeCode(server, APP, code));
    const replay = await exchangeCode(server, APP, code);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: "invalid_grant" });
    expect(await isActive(server, APP, tokens.access_token)).toBe(false);
    expect((await refresh(server, APP, tokens.refresh_token as string)).body).toMatchObject({ error: "invalid_grant" });
  });

  it("a rotated refresh token presented again: refused, and the tokens refreshing gave are revoked", async () => {
    const tokens = await signIn(server, APP, OFFLINE);
    const refreshed = tokensOf(await refresh(server, APP, tokens.refresh_token as string));
    const replay = await refresh(server, APP, tokens.refresh_token as string);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: "invalid_grant" });
    expect(await isActive(server, APP, refreshed.access_token)).toBe(false);
    expect((await refresh(server, APP, refreshed.refresh_token as string)).body).toMatchObject({ error: "invalid_grant" });
  });

  // The replay or revocation arrives while the first exchange is still signing its tokens.
  it("a code exchanged twice at once: one exchange wins, and its tokens are revoked by the other", async () => {
    const code = await codeFor(server, APP, OFFLINE);
    const answers = await Promise.all([exchangeCode(server, APP, code), exchangeCode(server, APP, code)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const won = tokensOf(answers.find((answer) => answer.status === 200) as (typeof answers)[number]);
    expect(await isActive(server, APP, won.access_token)).toBe(false);
    expect((await refresh(server, APP, won.refresh_token as string)).body).toMatchObject({ error: "invalid_grant" });
  });

  it("a refresh token used twice at once, or revoked while it is refreshed: the new tokens are revoked too", async () => {
    const tokens = await signIn(server, APP, OFFLINE);
    const answers = await Promise.all([refresh(server, APP, tokens.refresh_token as string), refresh(server, APP, tokens.refresh_token as string)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const won = tokensOf(answers.find((answer) => answer.status === 200) as (typeof answers)[number]);
    expect(await isActive(server, APP, won.access_token)).toBe(false);
    expect(await isActive(server, APP, won.refresh_token as string)).toBe(false);

    const other = await signIn(server, APP, OFFLINE);
    const [refreshed, revocation] = await Promise.all([refresh(server, APP, other.refresh_token as string), revoke(APP, other.refresh_token as string)]);
    expect(revocation.status).toBe(200);
    // Whichever came first, the grant has no live token left.
    const late = refreshed.status === 200 ? tokensOf(refreshed) : undefined;
    for (const token of [other.access_token, late?.access_token, late?.refresh_token]) {
      if (token !== undefined) expect(await isActive(server, APP, token)).toBe(false);
    }
  });

  it("a refused exchange does not use the code up: the right request still gets the tokens", async () => {
    const verifier = "v".repeat(43);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const code = await codeFor(server, APP, { code_challenge: challenge, code_challenge_method: "S256" });
    expect((await exchangeCode(server, APP, code, { code_verifier: "w".repeat(43) })).status).toBe(400);
    expect((await exchangeCode(server, APP, code, { code_verifier: verifier, redirect_uri: "http://127.0.0.1:9/elsewhere" })).status).toBe(400);
    expect((await exchangeCode(server, OTHER, code, { code_verifier: verifier })).status).toBe(400);
    expect((await exchangeCode(server, APP, code, { code_verifier: verifier })).status).toBe(200);
  });
});

describe("one grant", () => {
  it("links the ID, access and refresh tokens of an authorization, and those of its refreshes", async () => {
    const tokens = await signIn(server, APP, OFFLINE);
    const refreshed = tokensOf(await refresh(server, APP, tokens.refresh_token as string));
    const { grants } = server.protocol;
    const grantId = grants.tokens.get(tokens.access_token)?.grantId;
    expect(grantId).toEqual(expect.any(String));
    expect(grants.idTokens.get(tokens.id_token as string)).toBe(grantId);
    expect(grants.tokens.get(tokens.refresh_token as string)?.grantId).toBe(grantId);
    expect(grants.idTokens.get(refreshed.id_token as string)).toBe(grantId);
    expect(grants.tokens.get(refreshed.access_token)?.grantId).toBe(grantId);
  });
});
