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

  it("refuses two client authentication methods at once, and a non-Basic authorization header", async () => {
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
    expect(raw.status).toBe(401);
  });

  it("leaves the spec's operations to the spec router", async () => {
    const response = await fetch(`${server.url}/api/v3/no-such-operation`, { headers: { "x-authing-app-id": "app-1" } });
    expect(response.status).toBe(404);
  });
});
