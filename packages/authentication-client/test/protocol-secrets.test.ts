// Failures of the protocol endpoints, the WeChat token cache, path arguments and header values: a
// server answer that echoes what the call sent shows none of its secrets, whatever way the error
// is printed; bad path and header values are refused before anything is sent.
import { inspect } from "node:util";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthApiError, GenAuthConfigError, WechatAccessTokenCache, type AuthenticationClientOptions } from "../src/index.js";

const SECRETS = {
  appSecret: "app-secret-9f3b2c71d4e8",
  accessToken: "user-access-token-5a6b7c8d9e0f",
  code: "auth-code-44aa55bb66cc",
  codeVerifier: "code-verifier-0123456789abcdefghijklmnopqrstuvwxyzABCDE",
  refreshToken: "refresh-token-7e7e7e7e7e7e",
  token: "introspected-token-3c3c3c3c3c",
  bearer: "bearer-token-9d9d9d9d9d9d",
  wechatAppSecret: "wx-app-secret-1122aabbccdd",
};
const APP = { appId: "app-1", appSecret: SECRETS.appSecret };
const BASIC = Buffer.from(`${APP.appId}:${SECRETS.appSecret}`).toString("base64");
/** What a server that echoes the request could put in its answer: the call's own secrets, and the client's. */
const echo = (...sent: string[]) => `you sent: ${[SECRETS.appSecret, SECRETS.accessToken, BASIC, ...sent].join(" ")}`;

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [{ ...APP, redirectUris: ["https://app.example/cb"] }] } });
});
afterAll(() => server.close());

function newClient(extra: Partial<AuthenticationClientOptions> = {}): AuthenticationClient {
  return new AuthenticationClient({
    ...APP,
    accessToken: SECRETS.accessToken,
    appHost: server.url,
    maxRetries: 0,
    redirectUri: "https://app.example/cb",
    ...extra,
  });
}

function expectNoSecret(error: unknown): void {
  const e = error as Error;
  const renderings = {
    message: e.message,
    string: String(e),
    json: JSON.stringify(e),
    stack: e.stack ?? "",
    inspect: inspect(e, { depth: Infinity, showHidden: true }),
  };
  for (const [how, text] of Object.entries(renderings)) {
    for (const [name, secret] of Object.entries(SECRETS)) expect(text.includes(secret), `${how} shows ${name}`).toBe(false);
    expect(text.includes(BASIC), `${how} shows the Basic credentials`).toBe(false);
  }
}

/** Each protocol call, and the secrets it sends besides the client's. */
const calls: [string, (client: AuthenticationClient) => Promise<unknown>, string[]][] = [
  ["getAccessTokenByCode", (c) => c.getAccessTokenByCode(SECRETS.code, { codeVerifier: SECRETS.codeVerifier }), [SECRETS.code, SECRETS.codeVerifier]],
  ["getNewAccessTokenByRefreshToken", (c) => c.getNewAccessTokenByRefreshToken(SECRETS.refreshToken), [SECRETS.refreshToken]],
  ["getAccessTokenByClientCredentials", (c) => c.getAccessTokenByClientCredentials("user:read"), []],
  ["introspectToken", (c) => c.introspectToken(SECRETS.token), [SECRETS.token]],
  ["revokeToken", (c) => c.revokeToken(SECRETS.token), [SECRETS.token]],
  ["getUserInfoByAccessToken", (c) => c.getUserInfoByAccessToken(SECRETS.bearer), [SECRETS.bearer]],
];
const answers: [string, (echoed: string) => string][] = [
  ["an OAuth error in HTTP 200", (echoed) => JSON.stringify({ error: "invalid_grant", error_description: echoed })],
  ["a failed envelope in HTTP 200", (echoed) => JSON.stringify({ statusCode: 400, message: echoed })],
];

describe("protocol endpoints: one error path, scrubbed", () => {
  for (const [answer, body] of answers) {
    for (const throwOnError of [false, true]) {
      it.each(calls)(`%s: ${answer}, throwOnError ${throwOnError}`, async (_name, call, sent) => {
        server.faults.next({ kind: "status", status: 200, body: body(echo(...sent)) });
        const error = await call(newClient({ throwOnError })).then(
          () => undefined,
          (e: unknown) => e,
        );
        server.faults.clear();
        expect(error).toBeInstanceOf(GenAuthApiError);
        expectNoSecret(error);
      });
    }
  }

  it.each(calls)("%s: client_secret_basic, an OAuth error echoing the Basic header", async (_name, call, sent) => {
    server.faults.next({ kind: "status", status: 200, body: JSON.stringify({ error: "invalid_client", error_description: echo(...sent) }) });
    const basic = {
      tokenEndPointAuthMethod: "client_secret_basic",
      introspectionEndPointAuthMethod: "client_secret_basic",
      revocationEndPointAuthMethod: "client_secret_basic",
    } as const;
    const error = await call(newClient(basic)).catch((e: unknown) => e);
    server.faults.clear();
    expect(error).toBeInstanceOf(GenAuthApiError);
    // The code a 2xx OAuth answer reports is carried too.
    expect((error as GenAuthApiError).error).toBe("invalid_client");
    expectNoSecret(error);
  });
});

describe("WechatAccessTokenCache", () => {
  it("shows neither the WeChat secret nor the client's access token or app secret when GenAuth echoes them", async () => {
    server.faults.next({ kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, message: echo(SECRETS.wechatAppSecret) }) });
    const cache = new WechatAccessTokenCache(newClient(), { appId: "wx-1", appSecret: SECRETS.wechatAppSecret });
    const error = await cache.getToken().catch((e: unknown) => e);
    server.faults.clear();
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 400 });
    expectNoSecret(error);
  });
});

describe("path arguments stay within their segment", () => {
  it.each([".", ".."])("deleteWebAuthnCredential(%j) is refused, naming the argument, and sends nothing", async (value) => {
    const before = server.faults.received;
    const error = await newClient()
      .deleteWebAuthnCredential(value)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "credentialId" });
    expect(server.faults.received).toBe(before);
  });

  it("deleteWebAuthnAdminCredential('..', '..', 'delete-account') is refused", async () => {
    const error = await newClient()
      .deleteWebAuthnAdminCredential("..", "..", "delete-account")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "credentialId" });
  });

  it("other values, slashes included, are encoded into their segment", async () => {
    const result = await newClient().deleteWebAuthnCredential("a/../b");
    expect(result).toBeDefined();
  });
});

describe("header values with CR or LF", () => {
  it("are refused at construction, naming the option", () => {
    expect(() => newClient({ headers: { "x-trace": "a\r\nx-injected: 1" } })).toThrow(GenAuthConfigError);
    expect(() => newClient({ headers: { "x-trace": "a\nb" } })).toThrow(/headers\["x-trace"\] must not contain CR, LF/);
  });

  it("are refused per call, before anything is sent", async () => {
    const error = await newClient()
      .getProfile({}, { headers: { "x-trace": "a\rb" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "headers" });
  });

  it("a header name that is not a token is refused", () => {
    expect(() => newClient({ headers: { "bad name": "v" } })).toThrow(/invalid header name/);
  });
});
