import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GenAuthConnectionError, GenAuthError, nodeFetch, Transport, type FetchLike, type OperationDescriptor, type TransportOptions } from "../src/node.js";
import { redirect, sendJson, startPeer, type Peer, type PeerRequest } from "./peer.js";

// Redirects as the transport meets them, on real HTTP: `origin` is the client's appHost, `other`
// listens on another port of 127.0.0.1 and so is another origin. Each test says how `origin`
// answers; `other` answers every request with the LANDED envelope.
//
// What the tests here pin down, on both fetches (the platform's and nodeFetch):
// - a redirect within the origin is followed, up to 20 redirects, and its answer returned;
// - a redirect loop ends in a GenAuthConnectionError after 21 requests per attempt;
// - a redirect to another origin reaches it without `authorization` (user token or Basic client
//   credentials), `cookie` or `proxy-authorization`;
// - a 301, 302 or 303 of a POST takes no body to the other origin.
// A call that sends a body follows no redirect at all: see redirect-body.test.ts.

const PROFILE: OperationDescriptor = { method: "GET", path: "/api/v3/get-profile" };
const SIGN_IN: OperationDescriptor = { method: "POST", path: "/api/v3/signin", clientBasic: true };
const TOKEN: OperationDescriptor = { method: "POST", path: "/oidc/token", bodyType: "form", omitAccessToken: true };

const OK = { statusCode: 200, message: "ok", data: { userId: "u1" } };
const LANDED = { statusCode: 200, message: "answered by the other origin" };

const ACCESS_TOKEN = "user-access-token-9f2c";
const APP_SECRET = "app-secret-41d7";
const PASSWORD = "user-password-7b1e";
const CODE = "authorization-code-c05a";
const VERIFIER = "pkce-verifier-2e8d";
const SESSION_COOKIE = "session=cookie-value-6a3f";
const PROXY_AUTHORIZATION = "Basic cHJveHk6cHJveHktc2VjcmV0";
const SECRETS = [ACCESS_TOKEN, APP_SECRET, PASSWORD, CODE, VERIFIER, SESSION_COOKIE, PROXY_AUTHORIZATION, btoa(`app-1:${APP_SECRET}`)];

/** The most redirects a fetch follows for one request, as the fetch standard sets it. */
const MAX_REDIRECTS = 20;

type Handler = (request: PeerRequest, res: ServerResponse) => unknown;

let origin: Peer;
let other: Peer;
let originAnswers: Handler;

beforeAll(async () => {
  origin = await startPeer((request, res) => originAnswers(request, res));
  other = await startPeer((_request, res) => sendJson(res, LANDED));
});

beforeEach(() => {
  origin.requests.length = 0;
  other.requests.length = 0;
});

afterAll(async () => {
  await origin.close();
  await other.close();
});

/** The redirects a request may go through: how many hops are left is in its `hops` query parameter. */
function hopsLeft(request: PeerRequest): number {
  return Number(new URL(request.url, "http://peer").searchParams.get("hops"));
}

/** Every text a caller may print of an error: message, stack, JSON, and its causes'. */
function printed(error: unknown): string {
  const texts: string[] = [];
  for (let e = error as { message?: unknown; stack?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    texts.push(String(e.message), String(e.stack));
  }
  texts.push(JSON.stringify(error));
  return texts.join("\n");
}

// The same behaviour, whichever fetch carries it: the platform's, or nodeFetch.
describe.each<[string, FetchLike | undefined]>([
  ["platform fetch", undefined],
  ["nodeFetch", nodeFetch],
])("Transport following redirects with %s", (_name, fetch) => {
  const transport = (extra: Partial<TransportOptions> = {}) =>
    new Transport({ appId: "app-1", appHost: origin.url, maxRetries: 0, ...(fetch ? { fetch } : {}), ...extra });

  describe("within the origin", () => {
    it("follows a redirect of a GET and returns the answer at its end", async () => {
      originAnswers = (request, res) => (request.url.startsWith("/api/v3/get-profile") ? redirect(res, 302, "/api/v3/moved-profile") : sendJson(res, OK));
      const result = await transport({ accessToken: ACCESS_TOKEN }).request(PROFILE);
      expect(result).toEqual(OK);
      expect(origin.requests.map((r) => r.url)).toEqual(["/api/v3/get-profile", "/api/v3/moved-profile"]);
      // The origin is the one the token was issued for: it keeps receiving it.
      expect(origin.requests[1]?.headers.authorization).toBe(ACCESS_TOKEN);
    });

    it.each([301, 302, 303, 307, 308])("follows a %i of a GET", async (status) => {
      originAnswers = (request, res) => (hopsLeft(request) > 0 ? redirect(res, status, "/api/v3/get-profile?hops=0") : sendJson(res, OK));
      await expect(transport().request(PROFILE, { query: { hops: 1 } })).resolves.toEqual(OK);
      expect(origin.requests).toHaveLength(2);
    });

    it(`follows a chain of ${MAX_REDIRECTS} redirects, the most one request may go through`, async () => {
      originAnswers = (request, res) => {
        const hops = hopsLeft(request);
        return hops > 0 ? redirect(res, 302, `/api/v3/get-profile?hops=${hops - 1}`) : sendJson(res, OK);
      };
      await expect(transport().request(PROFILE, { query: { hops: MAX_REDIRECTS } })).resolves.toEqual(OK);
      expect(origin.requests).toHaveLength(MAX_REDIRECTS + 1);
    });
  });

  describe("the redirect cap", () => {
    it(`ends a chain one redirect longer than ${MAX_REDIRECTS} with a GenAuthConnectionError`, async () => {
      originAnswers = (request, res) => {
        const hops = hopsLeft(request);
        return hops > 0 ? redirect(res, 302, `/api/v3/get-profile?hops=${hops - 1}`) : sendJson(res, OK);
      };
      const error = await transport()
        .request(PROFILE, { query: { hops: MAX_REDIRECTS + 1 } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthConnectionError);
      expect(origin.requests).toHaveLength(MAX_REDIRECTS + 1);
    });

    it("ends a redirect loop with a GenAuthConnectionError naming the redirect count and no secret", async () => {
      originAnswers = (_request, res) => redirect(res, 302, "/api/v3/get-profile");
      const error = await transport({ accessToken: ACCESS_TOKEN, appSecret: APP_SECRET })
        .request(PROFILE, { headers: { cookie: SESSION_COOKIE } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthConnectionError);
      expect(error).toBeInstanceOf(GenAuthError);
      expect((error as GenAuthConnectionError).message).toBe(`GET /api/v3/get-profile could not reach ${origin.url}: redirect count exceeded`);
      expect(error).toMatchObject({ method: "GET", url: `${origin.url}/api/v3/get-profile` });
      for (const secret of SECRETS) expect(printed(error)).not.toContain(secret);
      // The first request and the 20 redirects the fetch follows; then it gives up.
      expect(origin.requests).toHaveLength(MAX_REDIRECTS + 1);
    });

    it("ends a redirect whose Location is not a URL with a GenAuthConnectionError naming neither URL", async () => {
      originAnswers = (_request, res) => redirect(res, 302, `http://[::1/${ACCESS_TOKEN}`);
      const error = await transport()
        .request(PROFILE, { query: { access_token: ACCESS_TOKEN } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthConnectionError);
      for (const secret of SECRETS) expect(printed(error)).not.toContain(secret);
      expect(origin.requests).toHaveLength(1);
    });

    it("sends at most 21 requests per attempt when a redirect loop is retried", async () => {
      originAnswers = (_request, res) => redirect(res, 302, "/api/v3/get-profile");
      const maxRetries = 1;
      const error = await transport({ maxRetries })
        .request(PROFILE)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthConnectionError);
      expect(origin.requests.length).toBeGreaterThanOrEqual(MAX_REDIRECTS + 1);
      expect(origin.requests.length).toBeLessThanOrEqual((MAX_REDIRECTS + 1) * (maxRetries + 1));
    });
  });

  describe("to another origin", () => {
    it.each([301, 302, 303, 307, 308])("sends a GET's %i on without the user's access token, cookie or proxy credentials", async (status) => {
      originAnswers = (_request, res) => redirect(res, status, `${other.url}/landing`);
      const result = await transport({ accessToken: ACCESS_TOKEN }).request(PROFILE, {
        headers: { cookie: SESSION_COOKIE, "proxy-authorization": PROXY_AUTHORIZATION, "x-trace": "t1" },
      });
      expect(result).toEqual(LANDED);
      expect(origin.requests[0]?.headers).toMatchObject({ authorization: ACCESS_TOKEN, cookie: SESSION_COOKIE });
      const [landed] = other.requests;
      expect(landed?.url).toBe("/landing");
      expect(landed?.headers.authorization).toBeUndefined();
      expect(landed?.headers.cookie).toBeUndefined();
      expect(landed?.headers["proxy-authorization"]).toBeUndefined();
      // The app ID identifies the application, it proves nothing: it travels on, as other headers do.
      expect(landed?.headers).toMatchObject({ "x-authing-app-id": "app-1", "x-trace": "t1" });
    });

    it("sends an operation's own authorization header (a Bearer token) to no other origin", async () => {
      originAnswers = (_request, res) => redirect(res, 302, `${other.url}/landing`);
      await transport().request(PROFILE, { headers: { authorization: `Bearer ${ACCESS_TOKEN}` } });
      expect(origin.requests[0]?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
    });

    // A 301, 302 or 303 turns a POST into a GET without a body (the fetch-level tests below show
    // the GET arriving); whatever reaches the other origin, if anything, carries no credential.
    // 307 and 308 are in redirect-body.test.ts.
    it.each([301, 302, 303])("takes neither the Basic client credentials nor the body of a sign-in's %i along", async (status) => {
      originAnswers = (_request, res) => redirect(res, status, `${other.url}/landing`);
      const client = transport({ appSecret: APP_SECRET, tokenEndPointAuthMethod: "client_secret_basic" });
      await client.request(SIGN_IN, { body: { connection: "PASSWORD", passwordPayload: { account: "ada", password: PASSWORD } } }).catch(() => undefined);
      expect(origin.requests[0]?.headers.authorization).toBe(client.basicAuthorization());
      expect(origin.requests[0]?.body).toContain(PASSWORD);
      for (const landed of other.requests) {
        expect(landed.headers.authorization).toBeUndefined();
        expect(landed.body).toBe("");
        expect(landed.headers["content-type"]).toBeUndefined();
      }
    });

    it.each([301, 302, 303])("takes neither the client secret, the code nor the verifier of a token request's %i along", async (status) => {
      originAnswers = (_request, res) => redirect(res, status, `${other.url}/landing`);
      const body = { grant_type: "authorization_code", client_id: "app-1", client_secret: APP_SECRET, code: CODE, code_verifier: VERIFIER };
      await transport({ appSecret: APP_SECRET })
        .request(TOKEN, { body })
        .catch(() => undefined);
      expect(origin.requests[0]?.body).toContain(`client_secret=${APP_SECRET}`);
      for (const landed of other.requests) {
        expect(landed.method).toBe("GET");
        expect(landed.body).toBe("");
        for (const secret of SECRETS) expect(JSON.stringify(landed)).not.toContain(secret);
      }
    });
  });
});

// The fetches' own handling, which the transport relies on: nodeFetch does what the platform's does.
describe.each<[string, typeof globalThis.fetch]>([
  ["platform fetch", (input, init) => globalThis.fetch(input, init)],
  ["nodeFetch", nodeFetch as unknown as typeof globalThis.fetch],
])("%s on redirects", (_name, fetch) => {
  it("reports where the answer came from: redirected, and the final URL", async () => {
    originAnswers = (request, res) => (request.url === "/start" ? redirect(res, 302, "/end") : sendJson(res, OK));
    const response = await fetch(`${origin.url}/start`);
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${origin.url}/end`);
    expect(await response.json()).toEqual(OK);
  });

  it("keeps authorization and cookie within the origin", async () => {
    originAnswers = (request, res) => (request.url === "/start" ? redirect(res, 307, "/end") : sendJson(res, OK));
    await (await fetch(`${origin.url}/start`, { headers: { authorization: ACCESS_TOKEN, cookie: SESSION_COOKIE } })).text();
    expect(origin.requests[1]?.headers).toMatchObject({ authorization: ACCESS_TOKEN, cookie: SESSION_COOKIE });
  });

  it("drops authorization, cookie and proxy-authorization, and only those, when leaving the origin", async () => {
    originAnswers = (_request, res) => redirect(res, 302, `${other.url}/landing`);
    const headers = {
      authorization: ACCESS_TOKEN,
      cookie: SESSION_COOKIE,
      "proxy-authorization": PROXY_AUTHORIZATION,
      "x-authing-app-id": "app-1",
      "x-trace": "t1",
    };
    await (await fetch(`${origin.url}/start`, { headers })).text();
    const landed = other.requests[0]?.headers ?? {};
    expect(landed).not.toHaveProperty("authorization");
    expect(landed).not.toHaveProperty("cookie");
    expect(landed).not.toHaveProperty("proxy-authorization");
    expect(landed).toMatchObject({ "x-authing-app-id": "app-1", "x-trace": "t1" });
  });

  it("turns a 303 of a POST to another origin into a GET that carries neither body nor credentials", async () => {
    originAnswers = (_request, res) => redirect(res, 303, `${other.url}/landing`);
    const body = `client_id=app-1&client_secret=${APP_SECRET}&code=${CODE}`;
    const headers = { authorization: PROXY_AUTHORIZATION, "content-type": "application/x-www-form-urlencoded" };
    await (await fetch(`${origin.url}/oidc/token`, { method: "POST", headers, body })).text();
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]).toMatchObject({ method: "GET", url: "/landing", body: "" });
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
    expect(other.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it.each([
    [303, "POST"],
    [303, "PUT"],
    [301, "POST"],
    [302, "POST"],
  ])("turns a %i of a %s into a GET without the body or its headers", async (status, method) => {
    originAnswers = (request, res) => (request.url === "/start" ? redirect(res, status, "/end") : sendJson(res, OK));
    await (await fetch(`${origin.url}/start`, { method, headers: { "content-type": "application/json" }, body: '{"password":"x"}' })).text();
    const [first, second] = origin.requests;
    expect(first).toMatchObject({ method, body: '{"password":"x"}' });
    expect(second).toMatchObject({ method: "GET", url: "/end", body: "" });
    expect(second?.headers["content-type"]).toBeUndefined();
    expect(second?.headers["content-length"]).toBeUndefined();
  });

  it.each([
    [301, "PUT"],
    [302, "PUT"],
    [307, "POST"],
    [308, "POST"],
  ])("keeps the method and body of a %i of a %s within the origin", async (status, method) => {
    originAnswers = (request, res) => (request.url === "/start" ? redirect(res, status, "/end") : sendJson(res, OK));
    await (await fetch(`${origin.url}/start`, { method, headers: { "content-type": "application/json" }, body: '{"a":1}' })).text();
    expect(origin.requests[1]).toMatchObject({ method, url: "/end", body: '{"a":1}' });
    expect(origin.requests[1]?.headers["content-type"]).toBe("application/json");
  });

  it("refuses to resend a streamed body on a 307: TypeError('fetch failed'), and the target sees nothing", async () => {
    originAnswers = (request, res) => (request.url === "/start" ? redirect(res, 307, "/end") : sendJson(res, OK));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const error = await fetch(`${origin.url}/start`, { method: "POST", body, duplex: "half" } as RequestInit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    expect(origin.requests.map((r) => r.url)).toEqual(["/start"]);
  });

  it(`follows ${MAX_REDIRECTS} redirects and fails the next with TypeError('fetch failed'), cause 'redirect count exceeded'`, async () => {
    originAnswers = (_request, res) => redirect(res, 302, "/loop");
    const error = await fetch(`${origin.url}/loop`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    expect(((error as TypeError).cause as Error).message).toBe("redirect count exceeded");
    expect(origin.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("with redirect: 'error', fails on the first redirect with TypeError('fetch failed'), and the target sees nothing", async () => {
    originAnswers = (_request, res) => redirect(res, 307, `${other.url}/landing`);
    const error = await fetch(`${origin.url}/start`, { method: "POST", body: `client_secret=${APP_SECRET}`, redirect: "error" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    expect(((error as TypeError).cause as Error).message).toMatch(/^unexpected redirect/);
    expect(origin.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it("with redirect: 'manual', returns the redirect itself, and the target sees nothing", async () => {
    originAnswers = (_request, res) => redirect(res, 307, `${other.url}/landing`);
    const response = await fetch(`${origin.url}/start`, { method: "POST", body: `client_secret=${APP_SECRET}`, redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.redirected).toBe(false);
    expect(response.headers.get("location")).toBe(`${other.url}/landing`);
    await response.text();
    expect(origin.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });
});
