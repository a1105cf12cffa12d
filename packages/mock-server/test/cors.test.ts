// A browser app on another origin reads every answer of the mock: the API's and the protocol
// endpoints' (discovery, JWKS, token), as GenAuth lets configured origins do.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const ORIGIN = "http://app.localhost:5173";

it.each(["/oidc/.well-known/openid-configuration", "/oidc/.well-known/jwks.json", "/oauth/.well-known/openid-configuration"])(
  "GET %s answers with CORS headers for the page's origin",
  async (path) => {
    const response = await fetch(`${server.url}${path}`, { headers: { origin: ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  },
);

it("a failed token request still tells the page why (CORS headers on the OAuth error)", async () => {
  const response = await fetch(`${server.url}/oidc/token`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=authorization_code&code=nope",
  });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
});

it("a page reads the WWW-Authenticate challenge of a refused request, where OIDC libraries find the error", async () => {
  const response = await fetch(`${server.url}/oidc/me`, { headers: { origin: ORIGIN, authorization: "Bearer not-a-token" } });
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  expect(response.headers.get("access-control-expose-headers")?.split(", ")).toContain("www-authenticate");
});
