// A public client proves it is the one that asked for a code only by PKCE, so the mock requires it
// (RFC 7636 §4.4.1) and refuses its exchanges without it as a bad grant, not a bad client.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { CALLBACK, authorize, codeFor, postForm, redirectQuery } from "./helpers/oidc-requests.js";

/** Authenticates with client_id alone, and nothing else. */
const PUBLIC: MockApp = { appId: "spa", appSecret: "unused", tokenEndpointAuthMethod: "none" };
/** May authenticate with its secret, or with client_id alone. */
const EITHER: MockApp = { appId: "either", appSecret: "either-secret", tokenEndpointAuthMethod: ["client_secret_post", "none"] };
const VERIFIER = "v".repeat(43);

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [PUBLIC, EITHER] } });
});
afterAll(() => server.close());

const exchange = (app: MockApp, code: string, extra: Record<string, string> = {}) =>
  postForm(`${server.url}/oidc/token`, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: app.appId, ...extra });

it("a public client without code_challenge gets invalid_request 'PKCE required' at the callback, no code", async () => {
  const back = redirectQuery(await authorize(server, PUBLIC, { state: "s" }));
  expect([back.get("error"), back.get("state"), back.get("code")]).toEqual(["invalid_request", "s", null]);
  expect(back.get("error_description")).toContain("PKCE required");
});

it("a public client's code issued with a challenge needs its code_verifier: 400 invalid_grant without it", async () => {
  const code = await codeFor(server, PUBLIC, { code_challenge: VERIFIER, code_challenge_method: "plain" });
  const missing = await exchange(PUBLIC, code);
  expect([missing.status, missing.body.error]).toEqual([400, "invalid_grant"]);
  expect((await exchange(PUBLIC, code, { code_verifier: VERIFIER })).status).toBe(200);
});

it("a client that may also use none gets a code without PKCE, which it cannot exchange by none (400 invalid_grant)", async () => {
  const code = await codeFor(server, EITHER);
  const byNone = await exchange(EITHER, code);
  expect([byNone.status, byNone.body.error]).toEqual([400, "invalid_grant"]);
  expect(byNone.body.error_description).toContain("PKCE");
  expect((await exchange(EITHER, code, { client_secret: EITHER.appSecret })).status).toBe(200);
});
