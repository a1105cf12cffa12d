import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [{ appId: "app-1", appSecret: "secret-1" }] } });
});
afterAll(() => server.close());

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

describe("protocol endpoints of the mock server", () => {
  it("serves the JWKS and rotates its key", async () => {
    const first = (await (await fetch(`${server.url}/app-1/oidc/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string; kty: string }> };
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]?.kty).toBe("RSA");
    await server.protocol.keys.rotate();
    const second = (await (await fetch(`${server.url}/app-1/oidc/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> };
    expect(second.keys[0]?.kid).not.toBe(first.keys[0]?.kid);
  });

  it("answers OAuth errors with HTTP status and error codes", async () => {
    const unsupported = await fetch(`${server.url}/oidc/token`, form({ grant_type: "password", client_id: "app-1", client_secret: "secret-1" }));
    expect(unsupported.status).toBe(400);
    expect(await unsupported.json()).toMatchObject({ error: "unsupported_grant_type" });
    const badClient = await fetch(`${server.url}/oidc/token/introspection`, form({ token: "x", client_id: "app-1", client_secret: "nope" }));
    expect(badClient.status).toBe(401);
  });

  it("refuses two client authentication methods at once, and a non-Basic authorization header as oidc-provider does", async () => {
    const basic = `Basic ${Buffer.from("app-1:secret-1").toString("base64")}`;
    const both = await fetch(`${server.url}/oidc/token/introspection`, {
      ...form({ token: "x", client_id: "app-1", client_secret: "secret-1" }),
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic },
    });
    expect(both.status).toBe(400);
    const raw = await fetch(`${server.url}/oidc/token/revocation`, {
      ...form({ token: "x", client_id: "app-1", client_secret: "secret-1" }),
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: "some-user-token" },
    });
    // The official SDK sends the user's token so after setAccessToken; oidc-provider answers this.
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ error: "invalid_request", error_description: "invalid authorization header value format" });
    const bearer = await fetch(`${server.url}/oidc/token`, {
      ...form({ grant_type: "refresh_token", refresh_token: "x", client_id: "app-1", client_secret: "secret-1" }),
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: "Bearer some-user-token" },
    });
    expect(bearer.status).toBe(400);
    expect(bearer.headers.get("www-authenticate")).toBeNull();
  });

  it("says the token endpoint takes a form when the body is JSON", async () => {
    for (const contentType of ["application/json", "application/json; charset=utf-8", "application/merged-patch+json"]) {
      const json = await fetch(`${server.url}/oidc/token`, {
        method: "POST",
        headers: { "content-type": contentType },
        body: JSON.stringify({ grant_type: "client_credentials", client_id: "app-1", client_secret: "secret-1", scope: "openid" }),
      });
      expect(json.status, contentType).toBe(400);
      expect(await json.json(), contentType).toEqual({
        error: "invalid_request",
        error_description: expect.stringMatching(
          /^\/oidc\/token takes a form-encoded body \(application\/x-www-form-urlencoded\), not application\/[\w+-]*json: /,
        ),
      });
    }
    const revocation = await fetch(`${server.url}/oauth/token/revocation`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(((await revocation.json()) as { error_description: string }).error_description).toContain("/oauth/token/revocation takes a form-encoded body");
  });

  it("leaves the spec's operations to the spec router", async () => {
    const response = await fetch(`${server.url}/api/v3/no-such-operation`, { headers: { "x-authing-app-id": "app-1" } });
    expect(response.status).toBe(404);
  });
});
