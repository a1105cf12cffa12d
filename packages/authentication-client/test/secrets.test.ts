import { inspect } from "node:util";
import { Transport } from "@genauth/core";
import { startMockServer, type MockFault, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationClient,
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type AuthenticationClientOptions,
} from "../src/index.js";

// Known secrets, each long and unlike anything else, so that any leak is found by a plain search.
const SECRETS = {
  appSecret: "app-secret-9f3b2c71d4e8",
  accessToken: "user-access-token-5a6b7c8d9e0f",
  wechatAppSecret: "wx-app-secret-1122aabbccdd",
  password: "P@ssw0rd-known-7788",
  passCode: "pass-code-334455667788",
};
const APP = { appId: "app-1", appSecret: SECRETS.appSecret };
const WECHAT = { appId: "wx-1", appSecret: SECRETS.wechatAppSecret };
// Every call carries every body secret; the extra fields are what a sign-in call would send.
const BODY = { ...WECHAT, password: SECRETS.password, passCode: SECRETS.passCode } as typeof WECHAT;
// A server that echoes what it was sent, the worst case for an error message.
const ECHO = `bad credentials: ${Object.values(SECRETS).join(" ")}`;

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP], wechatApps: [WECHAT] } });
});
afterAll(() => server.close());

function newClient(extra: Partial<AuthenticationClientOptions> = {}): AuthenticationClient {
  return new AuthenticationClient({ ...APP, accessToken: SECRETS.accessToken, appHost: server.url, maxRetries: 0, ...extra });
}

/** Every way an error gets printed, logged or serialised. */
function renderings(value: unknown): Record<string, string> {
  const error = value as Error;
  return {
    message: error.message,
    string: String(error),
    json: JSON.stringify(error),
    stack: error.stack ?? "",
    inspect: inspect(error, { depth: Infinity }),
    inspectHidden: inspect(error, { depth: Infinity, showHidden: true }),
    console: `${error.name}: ${error.message} ${inspect(error.cause, { depth: Infinity, showHidden: true })}`,
  };
}

function expectNoSecret(value: unknown): void {
  for (const [how, text] of Object.entries(renderings(value))) {
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(text.includes(secret), `${how} of ${(value as Error).name} shows ${name}`).toBe(false);
    }
  }
}

async function failure(
  fault: MockFault | undefined,
  run: (client: AuthenticationClient) => Promise<unknown>,
  extra: Partial<AuthenticationClientOptions> = {},
) {
  if (fault) server.faults.next(fault);
  const error = await run(newClient(extra)).then(
    () => undefined,
    (e: unknown) => e,
  );
  server.faults.clear();
  expect(error).toBeInstanceOf(GenAuthError);
  return error;
}

describe("no secret in any error, however it is printed", () => {
  const call = (client: AuthenticationClient) => client.getWechatMpAccessTokenInfo(BODY);
  const callUnknownApp = (client: AuthenticationClient) => client.getWechatMpAccessTokenInfo({ ...BODY, appId: "wx-unknown" });

  it("a failed envelope with throwOnError", async () => {
    const error = await failure(undefined, callUnknownApp, { throwOnError: true });
    expect(error).toMatchObject({ statusCode: 602 });
    expectNoSecret(error);
  });

  it.each<[string, MockFault | undefined, Partial<AuthenticationClientOptions>, new (...args: never[]) => GenAuthError]>([
    [
      "an envelope echoing the secrets",
      { kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, message: ECHO }) },
      { throwOnError: true },
      GenAuthApiError,
    ],
    [
      "an envelope echoing the secrets in its request ID and API code",
      { kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, message: "bad", requestId: ECHO, apiCode: ECHO }) },
      { throwOnError: true },
      GenAuthApiError,
    ],
    [
      "an envelope whose message is a list echoing the secrets",
      { kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, message: [ECHO, "and more"] }) },
      { throwOnError: true },
      GenAuthApiError,
    ],
    ["HTTP 400 echoing the secrets", { kind: "status", status: 400, body: JSON.stringify({ statusCode: 400, message: ECHO }) }, {}, GenAuthApiError],
    [
      "an OAuth error echoing the secrets",
      { kind: "status", status: 401, body: JSON.stringify({ error: "invalid_client", error_description: ECHO }) },
      {},
      GenAuthApiError,
    ],
    ["HTTP 503 spent retries", { kind: "status", status: 503, body: ECHO }, {}, GenAuthApiError],
    ["a body that is not JSON", { kind: "garbage", body: ECHO }, {}, GenAuthApiError],
    ["a reset connection", { kind: "reset" }, {}, GenAuthConnectionError],
    ["a timeout", { kind: "hang" }, { timeout: 100 }, GenAuthTimeoutError],
  ])("%s", async (_name, fault, extra, type) => {
    const error = await failure(fault, call, extra);
    expect(error).toBeInstanceOf(type);
    expectNoSecret(error);
  });

  it("an envelope echoing the secrets URL-encoded, form-encoded or JSON-escaped", async () => {
    const encodings = [
      encodeURIComponent,
      (secret: string) => new URLSearchParams({ s: secret }).toString().slice(2),
      (secret: string) => JSON.stringify(secret).slice(1, -1),
    ];
    const echoes = encodings.flatMap((encode) => Object.values(SECRETS).map(encode));
    expect(echoes).toContain("P%40ssw0rd-known-7788");
    const fault: MockFault = { kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, message: `bad: ${echoes.join(" ")}` }) };
    const error = await failure(fault, call, { throwOnError: true });
    for (const echo of echoes) expect((error as Error).message).not.toContain(echo);
  });

  it("a refused connection", async () => {
    const gone = await startMockServer();
    await gone.close();
    const error = await failure(undefined, call, { appHost: gone.url });
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expectNoSecret(error);
  });

  it("an abort, even when the caller's reason holds a secret", async () => {
    server.faults.next({ kind: "hang" });
    const controller = new AbortController();
    const pending = newClient().getWechatMpAccessTokenInfo(BODY, { signal: controller.signal });
    while (server.faults.pending > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error(`gave up on ${SECRETS.wechatAppSecret}`));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthAbortError);
    expectNoSecret(error);
  });

  it("a fetch whose error carries the Request, its headers and body", async () => {
    const leaky = async (request: Request): Promise<Response> => {
      const body = await request.text();
      throw Object.assign(new TypeError(`fetch failed for ${request.headers.get("authorization")} ${body}`), {
        request,
        cause: Object.assign(new Error(`socket closed after ${body}`), { code: "ECONNRESET", headers: Object.fromEntries(request.headers) }),
      });
    };
    const error = await failure(undefined, call, { fetch: leaky });
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).cause).toMatchObject({ name: "TypeError", cause: { code: "ECONNRESET" } });
    expectNoSecret(error);
  });

  it("Basic client credentials and a password in a form body", async () => {
    const transport = new Transport({ ...APP, appHost: server.url, maxRetries: 0, tokenEndPointAuthMethod: "client_secret_basic" });
    server.faults.next({
      kind: "status",
      status: 400,
      body: JSON.stringify({ error: "invalid_grant", error_description: `${SECRETS.appSecret} ${SECRETS.password} ${btoa(`app-1:${SECRETS.appSecret}`)}` }),
    });
    const error = await transport
      .request({ method: "POST", path: "/oidc/token", bodyType: "form", clientBasic: true }, { body: { grant_type: "password", password: SECRETS.password } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expectNoSecret(error);
    expect((error as Error).message).toContain("[REDACTED]");
    expect(String(error)).not.toContain(btoa(`app-1:${SECRETS.appSecret}`));
  });

  it("the authorization code of a code exchange that fails", async () => {
    const code = "authorization-code-6d7e8f9a0b";
    server.faults.next({ kind: "status", status: 400, body: JSON.stringify({ error: "invalid_grant", error_description: `code ${code} expired` }) });
    const error = await newClient({ redirectUri: "https://app.example.com/callback" })
      .getAccessTokenByCode(code)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as Error).message).toContain("code [REDACTED] expired");
    for (const text of Object.values(renderings(error))) expect(text).not.toContain(code);
  });

  it.each([
    ["a non-URL appHost", { appHost: "::not a url::" }],
    ["plain http to a remote host", { appHost: "http://auth.example.com" }],
    ["a negative timeout", { timeout: -5 }],
    ["an appSecret of the wrong type", { appSecret: 123456789 as never }],
  ])("a config error: %s", (_name, extra) => {
    let error: unknown;
    try {
      newClient(extra);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expectNoSecret(error);
  });
});

describe("no secret in the client", () => {
  it("util.inspect, JSON.stringify and String of a client show neither the app secret nor the access token", () => {
    const client = newClient();
    client.setAccessToken(SECRETS.accessToken);
    const everything = { depth: Infinity, showHidden: true, getters: true, customInspect: false };
    for (const text of [
      inspect(client, { depth: Infinity, showHidden: true }),
      inspect(client, everything),
      inspect(client),
      JSON.stringify(client),
      String(client),
    ]) {
      expect(text).not.toContain(SECRETS.appSecret);
      expect(text).not.toContain(SECRETS.accessToken);
    }
  });

  it("still sends them where they belong", async () => {
    const client = newClient();
    server.faults.next({ kind: "slow", delayMs: 0 });
    const result = await client.getWechatMpAccessTokenInfo(WECHAT);
    expect(result.statusCode).toBe(200);
  });
});
