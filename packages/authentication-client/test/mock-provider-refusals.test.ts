// The mock refuses the requests below as oidc-provider, the library GenAuth's OIDC endpoints follow,
// refuses them: the same request goes to both and the answers are compared.
//
// - The official SDK after setAccessToken: it sends the user's raw access token in `authorization`
//   to every endpoint, the token, introspection and revocation endpoints included (its form
//   carrying client_id and client_secret), so its introspectToken, getNewAccessTokenByRefreshToken
//   and revokeToken fail with HTTP 400 invalid_request at both. This SDK sends no user token there.
// - A JSON body at the token endpoint: HTTP 400 invalid_request at both, the mock's description
//   naming the form encoding the endpoint takes.
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "./helpers/oidc-provider.js";

const CLIENT_ID = "app-post";
const SECRET = "app-post-secret-0123456789abcdefghijklmnopqrstuvwxyz";

let provider: TestProvider;
let mock: MockServer;
beforeAll(async () => {
  provider = await startTestProvider(
    [
      {
        client_id: CLIENT_ID,
        client_secret: SECRET,
        token_endpoint_auth_method: "client_secret_post",
        redirect_uris: ["http://127.0.0.1:9/callback"],
        grant_types: ["authorization_code", "refresh_token", "client_credentials"],
        response_types: ["code"],
      },
    ],
    CLIENT_ID,
  );
  mock = await startMockServer({ fixtures: { apps: [{ appId: CLIENT_ID, appSecret: SECRET }] } });
});
afterAll(async () => {
  await provider.close();
  await mock.close();
});

interface Refusal {
  status: number;
  body: { error?: string; error_description?: string };
}

async function post(base: string, path: string, headers: Record<string, string>, body: string): Promise<Refusal> {
  const response = await fetch(`${base}${path}`, { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as Refusal["body"] };
}

describe("the official SDK's protocol calls after setAccessToken", () => {
  const officialRequests = [
    ["getNewAccessTokenByRefreshToken", "/oidc/token", { grant_type: "refresh_token", refresh_token: "a-refresh-token" }],
    ["introspectToken", "/oidc/token/introspection", { token: "a-token" }],
    ["revokeToken", "/oidc/token/revocation", { token: "a-token" }],
  ] as const;

  for (const [method, path, fields] of officialRequests) {
    it(`${method} (${path}) is refused the same way by both`, async () => {
      const headers = { "content-type": "application/x-www-form-urlencoded", authorization: "the-users-raw-access-token" };
      const body = new URLSearchParams({ ...fields, client_id: CLIENT_ID, client_secret: SECRET }).toString();
      const [theirs, ours] = await Promise.all([post(provider.url, path, headers, body), post(mock.url, path, headers, body)]);
      expect(theirs).toEqual({ status: 400, body: { error: "invalid_request", error_description: "invalid authorization header value format" } });
      expect(ours).toEqual(theirs);
    });
  }
});

it("a JSON body at the token endpoint is invalid_request at both; the mock names the form encoding", async () => {
  const body = JSON.stringify({ grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: SECRET, scope: "api:read" });
  const headers = { "content-type": "application/json" };
  const [theirs, ours] = await Promise.all([post(provider.url, "/oidc/token", headers, body), post(mock.url, "/oidc/token", headers, body)]);
  expect(theirs).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  expect({ status: ours.status, error: ours.body.error }).toEqual({ status: theirs.status, error: theirs.body.error });
  expect(ours.body.error_description).toContain("takes a form-encoded body (application/x-www-form-urlencoded)");
});
