// GenAuth's OAuth 2.0 revocation endpoint takes no Basic credentials (the SDK's revokeToken refuses
// client_secret_basic with protocol "oauth"): the mock's /oauth alias agrees, in discovery too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { basicAuthorization, isActive, postCredentials, postForm, signIn } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

const discovery = async (prefix: string) => (await (await fetch(`${server.url}${prefix}/.well-known/openid-configuration`)).json()) as Record<string, string[]>;

describe("/oauth/token/revocation", () => {
  it("refuses Basic credentials with 401 invalid_client and a Basic challenge, revoking nothing", async () => {
    const { access_token } = await signIn(server, APP);
    const answer = await postForm(
      `${server.url}/oauth/token/revocation`,
      { token: access_token },
      { authorization: basicAuthorization(APP.appId, APP.appSecret) },
    );
    expect([answer.status, answer.body.error]).toEqual([401, "invalid_client"]);
    expect(answer.body.error_description).toContain("client_secret_basic");
    expect(answer.headers.get("www-authenticate")).toContain("Basic");
    expect(await isActive(server, APP, access_token)).toBe(true);

    expect((await postForm(`${server.url}/oauth/token/revocation`, { token: access_token, ...postCredentials(APP) })).status).toBe(200);
    expect(await isActive(server, APP, access_token)).toBe(false);
  });

  it("is listed in the /oauth discovery without client_secret_basic; /oidc's revocation keeps it", async () => {
    expect((await discovery("/oauth")).revocation_endpoint_auth_methods_supported).toEqual(["client_secret_post", "none"]);
    expect((await discovery("/oidc")).revocation_endpoint_auth_methods_supported).toContain("client_secret_basic");
  });
});
