// auth_time: the ID token says when the user signed in when the authorize request sends max_age (or
// the app always wants it), so a relying party can check max_age (OIDC Core 3.1.2.1, 3.1.3.7).
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFixtures, startMockServer, type MockApp, type MockServer } from "../src/index.js";

const CALLBACK = "http://127.0.0.1:9/callback";
const APP: MockApp = { appId: "app-1", appSecret: "secret-1", redirectUris: [CALLBACK] };
const ALWAYS: MockApp = { appId: "app-always", appSecret: "secret-2", redirectUris: [CALLBACK], requireAuthTime: true };
/** The server's clock stands still, so the sign-in's time is known exactly. */
const NOW = Date.now();

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP, ALWAYS], users: [{ userId: "u-1", username: "ann" }] }, clock: () => NOW });
});
afterAll(() => server.close());

async function authorize(app: MockApp, extra: Record<string, string>): Promise<URL> {
  const query = new URLSearchParams({
    client_id: app.appId,
    redirect_uri: CALLBACK,
    response_type: "code",
    scope: "openid profile offline_access",
    prompt: "consent",
    ...extra,
  });
  const redirect = await fetch(`${server.url}/oidc/auth?${query}`, { redirect: "manual" });
  return new URL(redirect.headers.get("location") as string);
}

/** Authorizes and exchanges the code; the token endpoint's answer. */
async function tokens(app: MockApp, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const code = (await authorize(app, extra)).searchParams.get("code") as string;
  const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK, client_id: app.appId, client_secret: app.appSecret });
  return (await (await fetch(`${server.url}/oidc/token`, { method: "POST", body })).json()) as Record<string, string>;
}

describe("auth_time", () => {
  it("is in the ID token when the authorize request sends max_age, and stays through a refresh", async () => {
    const answer = await tokens(APP, { max_age: "300" });
    expect(decodeJwt(answer.id_token as string).auth_time).toBe(Math.floor(NOW / 1000));
    const body = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: answer.refresh_token as string,
      client_id: APP.appId,
      client_secret: APP.appSecret,
    });
    const refreshed = (await (await fetch(`${server.url}/oidc/token`, { method: "POST", body })).json()) as Record<string, string>;
    expect(decodeJwt(refreshed.id_token as string).auth_time).toBe(Math.floor(NOW / 1000));
  });

  it("is not in the ID token otherwise, unless the app requires it", async () => {
    expect(decodeJwt((await tokens(APP)).id_token as string)).not.toHaveProperty("auth_time");
    expect(decodeJwt((await tokens(ALWAYS)).id_token as string).auth_time).toBe(Math.floor(NOW / 1000));
  });

  it("lets a relying party that sends max_age check it (openid-client)", async () => {
    const config = await oidc.discovery(new URL(`${server.url}/oidc`), APP.appId, undefined, oidc.ClientSecretPost(APP.appSecret), {
      execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
    });
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: "openid", state, max_age: "600" });
    const callback = new URL((await fetch(url, { redirect: "manual" })).headers.get("location") as string);
    const answer = await oidc.authorizationCodeGrant(config, callback, { expectedState: state, maxAge: 600 });
    expect(answer.claims()?.auth_time).toBe(Math.floor(NOW / 1000));
  });

  it("sends a malformed max_age back as invalid_request", async () => {
    const back = (await authorize(APP, { max_age: "soon", state: "s" })).searchParams;
    expect(back.get("error")).toBe("invalid_request");
    expect(back.get("error_description")).toContain("max_age");
    expect(back.get("state")).toBe("s");
  });

  it("is listed in the discovery document's claims_supported", async () => {
    const discovery = (await (await fetch(`${server.url}/oidc/.well-known/openid-configuration`)).json()) as { claims_supported: string[] };
    expect(discovery.claims_supported).toContain("auth_time");
  });

  it("requireAuthTime must be a boolean", () => {
    expect(() => resolveFixtures({ apps: [{ ...APP, requireAuthTime: "yes" as never }] })).toThrow(
      /fixtures\.apps\[0\]\.requireAuthTime must be true or false/,
    );
  });
});
