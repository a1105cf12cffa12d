// Introspection answers as RFC 7662 §2.2 says: token_type is the type of an access token (Bearer);
// a refresh token, which has no such type, is answered without it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { postCredentials, postForm, signIn } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

const introspect = async (token: string) => (await postForm(`${server.url}/oidc/token/introspection`, { token, ...postCredentials(APP) })).body;

it("an access token is token_type Bearer; a refresh token has no token_type", async () => {
  const tokens = await signIn(server, APP, { scope: "openid offline_access", prompt: "consent" });
  expect(await introspect(tokens.access_token)).toMatchObject({ active: true, token_type: "Bearer" });
  const refresh = await introspect(tokens.refresh_token as string);
  expect(refresh).toMatchObject({ active: true, client_id: APP.appId, scope: "openid offline_access" });
  expect(refresh).not.toHaveProperty("token_type");
});
