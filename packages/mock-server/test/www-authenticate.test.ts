// The WWW-Authenticate challenges of refused requests, as oidc-provider sends them: the issuer as
// realm, and the error in the parameters where a library reads it (RFC 6749 §5.2, RFC 6750 §3).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { authorize, basicAuthorization, postForm, redirectQuery } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
/** What an error_description may hold: %x20-21 / %x23-5B / %x5D-7E (RFC 6749 §5.2, RFC 6750 §3). */
const ERROR_DESCRIPTION = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;

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

  it("a client_id with \", \\ and é: the challenge carries the body's description as it is, both in RFC 6749's characters", async () => {
    const answer = await postForm(
      `${server.url}/oidc/token`,
      { grant_type: "authorization_code", code: "c" },
      { authorization: basicAuthorization('n\\é "app"', "s") },
    );
    expect(answer.status).toBe(401);
    const description = String(answer.body.error_description);
    expect(description).toMatch(ERROR_DESCRIPTION);
    expect(description).toContain("client_id 'n//?");
    const header = answer.headers.get("www-authenticate") as string;
    expect(/error_description="([^"]*)"$/.exec(header)?.[1]).toBe(description);
  });
});

describe("error_description in RFC 6749's characters", () => {
  it('at the callback too: a refused prompt value with ", \\ and é comes back cleaned', async () => {
    const back = redirectQuery(await authorize(server, APP, { prompt: 'x"\\é' }));
    expect(back.get("error")).toBe("invalid_request");
    expect(back.get("error_description")).toMatch(ERROR_DESCRIPTION);
    expect(back.get("error_description")).toContain("x'/?");
  });
});

describe("userinfo refused", () => {
  it("without a token: a Bearer challenge with the realm and no error code (RFC 6750 §3.1)", async () => {
    const answer = await fetch(`${server.url}/oidc/me`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toBe(`Bearer realm="${server.url}/oidc"`);
  });

  it.each([["Basic abc"], ["Bearer "], ["Bearer two words"]])("with %j: 400 invalid_request, in the challenge too (RFC 6750 §3.1)", async (authorization) => {
    const answer = await fetch(`${server.url}/oidc/me?access_token=ignored`, { headers: { authorization } });
    expect(answer.status).toBe(400);
    const body = await answer.json();
    expect(body.error).toBe("invalid_request");
    expect(answer.headers.get("www-authenticate")).toBe(
      `Bearer realm="${server.url}/oidc", error="invalid_request", error_description="${body.error_description}"`,
    );
  });

  it("with an unknown token: invalid_token in the challenge", async () => {
    const answer = await fetch(`${server.url}/oidc/me`, { headers: { authorization: "Bearer not-a-token" } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toMatch(new RegExp(`^Bearer realm="${server.url}/oidc", error="invalid_token", error_description="`));
  });
});
