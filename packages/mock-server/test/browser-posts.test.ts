// The authorization and end-session endpoints take a form POST as well as a GET (OIDC Core
// §3.1.2.1, RP-Initiated Logout 1.0 §2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { CALLBACK, exchangeCode, postForm, signIn } from "./helpers/oidc-requests.js";

const SIGNED_OUT = "http://127.0.0.1:9/signed-out";
const APP: MockApp = { appId: "app-1", appSecret: "secret-1", redirectUris: [CALLBACK], postLogoutRedirectUris: [SIGNED_OUT] };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

describe("a form POST", () => {
  it("to /oidc/auth signs in and redirects with a code the token endpoint exchanges", async () => {
    const answer = await postForm(`${server.url}/oidc/auth`, {
      client_id: APP.appId,
      redirect_uri: CALLBACK,
      response_type: "code",
      scope: "openid",
      state: "s-1",
    });
    expect(answer.status).toBe(302);
    const back = new URL(answer.headers.get("location") as string);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get("state")).toBe("s-1");
    expect((await exchangeCode(server, APP, back.searchParams.get("code") as string)).status).toBe(200);
  });

  it("to /oidc/auth is checked as a GET is: its form, not its query, is the request", async () => {
    const query = new URLSearchParams({ client_id: APP.appId, redirect_uri: CALLBACK, response_type: "code" });
    const answer = await postForm(`${server.url}/oidc/auth?${query}`, { client_id: APP.appId, redirect_uri: "https://evil.example/cb", response_type: "code" });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("location")).toBeNull();
  });

  it("to /oidc/session/end goes back to the registered logout URL with the state, and refuses another", async () => {
    const { id_token } = await signIn(server, APP);
    const ok = await postForm(`${server.url}/oidc/session/end`, { id_token_hint: id_token as string, post_logout_redirect_uri: SIGNED_OUT, state: "bye" });
    expect([ok.status, ok.headers.get("location")]).toEqual([302, `${SIGNED_OUT}?state=bye`]);
    const refused = await postForm(`${server.url}/oidc/session/end`, { client_id: APP.appId, post_logout_redirect_uri: "https://evil.example/" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("location")).toBeNull();
  });
});
