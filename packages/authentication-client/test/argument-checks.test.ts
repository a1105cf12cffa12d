// Arguments and options a user gets wrong are refused at once with a GenAuthConfigError naming
// them — a rejected promise from an async method, never a TypeError from inside it — and the
// Node.js build honours rejectUnauthorized: false as the official SDK does.
import { readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInByUsernamePassword } from "../src/functions.js";
import { GenAuthConfigError, type AuthenticationClientOptions } from "../src/index.js";
import { createCore } from "../src/node/functions.js";
import { AuthenticationClient } from "../src/node/index.js";

const APP = { appId: "genauth-mock-app", appSecret: "genauth-mock-secret" };

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

const newClient = (extra: Partial<AuthenticationClientOptions> = {}) => new AuthenticationClient({ ...APP, appHost: mock.url, maxRetries: 0, ...extra });

/** The error a call rejects with; a synchronous throw fails the test. */
async function rejection(call: () => Promise<unknown>): Promise<GenAuthConfigError> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenAuthConfigError);
  return error as GenAuthConfigError;
}

describe("sign-in and sign-up shortcuts", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
  ])("reject a %s request body, naming it and its fields", async (_name, body) => {
    const error = await rejection(() => newClient().signInByUsernamePassword(body as never));
    expect(error.field).toBe("requestBody");
    expect(error.message).toContain("{ username, password }");
    expect((await rejection(() => newClient().signUpByEmailCode(body as never))).field).toBe("requestBody");
    expect((await rejection(() => signInByUsernamePassword(createCore({ ...APP, appHost: mock.url }), body as never))).field).toBe("requestBody");
  });

  it("names the core when a function gets something else", async () => {
    const error = await rejection(() => signInByUsernamePassword(undefined as never, { username: "u", password: "p" }));
    expect(error.field).toBe("core");
  });
});

describe("protocol methods", () => {
  it("refuse options that are null", async () => {
    const client = newClient({ redirectUri: "http://localhost:3000/callback" });
    expect(() => client.buildAuthorizeUrl(null as never)).toThrow(GenAuthConfigError);
    expect(() => client.buildLogoutUrl(null as never)).toThrow(GenAuthConfigError);
    expect((await rejection(() => client.getAccessTokenByCode("code-1", null as never))).field).toBe("options");
    expect((await rejection(() => client.parseIDToken("a.b.c", null as never))).field).toBe("options");
    expect((await rejection(() => client.getAccessTokenByClientCredentials("user:read", null as never))).field).toBe("options");
    // The per-call options of the code and refresh exchanges, which default to no retry.
    expect((await rejection(() => client.getAccessTokenByCode("code-1", {}, null as never))).field).toBe("options");
    expect((await rejection(() => client.getNewAccessTokenByRefreshToken("refresh-1", "x" as never))).field).toBe("options");
  });

  it("refuse a PKCE verifier with protocol oauth, whose authorize URL cannot carry its challenge", () => {
    const client = newClient({ protocol: "oauth", redirectUri: "http://localhost:3000/callback" });
    expect(() => client.buildAuthorizeUrl({ codeVerifier: client.generateCodeChallenge() } as never)).toThrow(/protocol "oidc"/);
    expect(client.buildAuthorizeUrl().url).toContain("/oauth/auth?");
  });

  it("refuse a userinfo token that cannot be a header, sending nothing", async () => {
    let received = 0;
    const counter = createHttpServer((_request, response) => {
      received++;
      response.end("{}");
    });
    await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
    const appHost = `http://127.0.0.1:${(counter.address() as AddressInfo).port}`;
    try {
      const error = await rejection(() => newClient({ appHost }).getUserInfoByAccessToken("token\nx-injected: 1"));
      expect(error.field).toBe("accessToken");
      expect(error.message).not.toContain("x-injected");
      expect(received).toBe(0);
    } finally {
      counter.close();
    }
  });

  it("refuse loginWithRedirect on a client whose protocol is not OIDC, naming the protocol", async () => {
    const client = newClient({ protocol: "oauth", redirectUri: "http://localhost:3000/callback" });
    const error = await rejection(() => client.loginWithRedirect({} as never));
    expect(error.field).toBe("protocol");
    expect(error.message).toContain('protocol "oidc"');
  });

  it("send maxAge as max_age, so that the ID token carries the auth_time parseIDToken checks", () => {
    const client = newClient({ redirectUri: "http://localhost:3000/callback" });
    expect(new URL(client.buildAuthorizeUrl({ maxAge: 60 }).url).searchParams.get("max_age")).toBe("60");
    expect(new URL(client.buildAuthorizeUrl().url).searchParams.has("max_age")).toBe(false);
    expect(() => client.buildAuthorizeUrl({ maxAge: -1 })).toThrow(/maxAge must be a whole number of seconds >= 0/);
    expect(() => client.buildAuthorizeUrl({ maxAge: 1.5 })).toThrow(/maxAge must be a whole number/);
  });

  it("refuse a redirectUri that is not an absolute URL", () => {
    expect(() => newClient({ redirectUri: "not a url" })).toThrow(/redirectUri must be an absolute URL/);
    expect(() => newClient({ redirectUri: "myapp://callback" })).not.toThrow();
  });
});

it("shows no credential in util.inspect, even when it runs getters", () => {
  const client = newClient({ accessToken: "user-access-token-7f6e5d" });
  for (const target of [client, createCore({ ...APP, appHost: mock.url, accessToken: "user-access-token-7f6e5d" })]) {
    const shown = inspect(target, { depth: Infinity, showHidden: true, getters: true });
    expect(shown).not.toContain("user-access-token-7f6e5d");
    expect(shown).not.toContain(APP.appSecret);
  }
});

describe("rejectUnauthorized: false", () => {
  // The throw-away certificate of core's TLS test (packages/core/test/fixtures), for 127.0.0.1.
  const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/${name}`, import.meta.url));
  let tls: Server;
  let appHost: string;
  beforeAll(async () => {
    tls = createServer({ key: fixture("self-signed.key"), cert: fixture("self-signed.crt") }, (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ statusCode: 200, data: [] }));
    });
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    appHost = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    tls.closeAllConnections();
    tls.close();
  });

  it("reaches a server with a self-signed certificate from the Node.js build, as the official SDK does", async () => {
    const client = new AuthenticationClient({ ...APP, appHost, rejectUnauthorized: false, maxRetries: 0 });
    expect(await client.getCountryList()).toEqual({ statusCode: 200, data: [] });
    await expect(new AuthenticationClient({ ...APP, appHost, maxRetries: 0 }).getCountryList()).rejects.toThrow(/could not reach/);
  });
});
