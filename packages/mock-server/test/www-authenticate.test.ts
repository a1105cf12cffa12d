// The WWW-Authenticate challenges of refused requests, as oidc-provider sends them: the issuer as
// realm, and the error in the parameters where a library reads it (RFC 6749 §5.2, RFC 6750 §3).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { basicAuthorization, postForm } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

describe("Basic client authentication refused", () => {
  it.each([
    ["a wrong secret", basicAuthorization(APP.appId, "not-the-secret")],
    ["malformed credentials (no colon)", `Basic ${Buffer.from("app-1").toString("base64")}`],
    ["malformed credentials (bad percent-encoding)", `Basic ${Buffer.from("app-1:%zz").toString("base64")}`],
  ])("%s: 401 invalid_client, the error in the challenge and the body", async (_, authorization) => {
    const answer = await postForm(`${server.url}/oidc/token`, { grant_type: "client_credentials", scope: "x" }, { authorization });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: "invalid_client", error_description: expect.any(String) });
    const header = answer.headers.get("www-authenticate") as string;
    expect(header).toMatch(new RegExp(`^Basic realm="${server.url}/oidc", error="invalid_client", error_description="[^"]+"$`));
  });

  it("quotes a description holding quotes, keeping the header printable ASCII", async () => {
    const answer = await postForm(
      `${server.url}/oidc/token`,
      { grant_type: "authorization_code", code: "c" },
      { authorization: basicAuthorization('nö "app"', "s") },
    );
    expect(answer.status).toBe(401);
    const header = answer.headers.get("www-authenticate") as string;
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const quoted = /error_description="((?:[^"\\]|\\.)*)"$/.exec(header)?.[1] ?? "";
    expect(quoted.replace(/\\(.)/g, "$1")).toBe(String(answer.body.error_description).replace("ö", "?"));
  });
});

describe("userinfo refused", () => {
  it("without a token: a Bearer challenge with the realm and no error code (RFC 6750 §3.1)", async () => {
    const answer = await fetch(`${server.url}/oidc/me`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toBe(`Bearer realm="${server.url}/oidc"`);
  });

  it("with an unknown token: invalid_token in the challenge", async () => {
    const answer = await fetch(`${server.url}/oidc/me`, { headers: { authorization: "Bearer not-a-token" } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toMatch(new RegExp(`^Bearer realm="${server.url}/oidc", error="invalid_token", error_description="`));
  });
});
