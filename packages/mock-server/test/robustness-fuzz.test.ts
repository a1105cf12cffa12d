// Property: no request — target, method, headers or body, however malformed — ends the mock server
// or leaves it silent. Requests go raw over node:net, so targets no HTTP client would send
// (`//[`, control characters, bare `*`) really reach the server.
import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const APP = { appId: "app-1", appSecret: "secret-1", redirectUris: ["http://127.0.0.1:9/callback"] };
/** How many odd requests one run sends. */
const RUNS = 250;
/** A guard against a silent server, not a measurement: a connection still open this long fails the property. */
const SILENCE_GUARD_MS = 10_000;

let server: MockServer;
const processErrors: unknown[] = [];
const record = (error: unknown) => processErrors.push(error);

beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());
beforeEach(() => {
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
});
afterEach(() => {
  process.off("uncaughtException", record);
  process.off("unhandledRejection", record);
});

/** Sends `bytes` on a fresh connection, half-closes it, and resolves what came back once the server closes it. */
function sendRaw(bytes: Buffer): Promise<{ answer: string; silent: boolean }> {
  return new Promise((resolve) => {
    let answer = "";
    let silent = false;
    const socket = connect(server.port, "127.0.0.1");
    const guard = setTimeout(() => {
      silent = true;
      socket.destroy();
    }, SILENCE_GUARD_MS);
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    // A reset is an answer too (the server refused the bytes); only silence fails.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(guard);
      resolve({ answer, silent });
    });
    socket.end(bytes);
  });
}

const PATHS = [
  "/",
  "/oidc/auth",
  "/oidc/token",
  "/oidc/me",
  "/oidc/token/introspection",
  "/oidc/token/revocation",
  "/oidc/session/end",
  "/oidc/.well-known/openid-configuration",
  "/oidc/.well-known/jwks.json",
  "/oauth/token",
  "/app-1/oidc/.well-known/jwks.json",
  "/cas-idp/app-1",
  "/cas-idp/app-1/validate",
  "/cas-idp/app-1/serviceValidate",
  "/api/v3/signin",
  "/api/v3/get-profile",
  "/api/v3/get-wechat-access-token",
  // Management API: signed requests, array and object query parameters, a path parameter.
  "/api/v3/get-user-batch",
  "/api/v3/list-users",
  "/api/v3/list-tenants",
  "/api/v3/ip-list/x",
  "/api/v3/approval",
];
const ODD_TARGETS = [
  "//",
  "//[",
  "//[::1",
  "*",
  "http://[",
  "http://x/oidc/auth",
  "/%",
  "/%zz",
  "/cas-idp/%E0%A4%A",
  "/api/v3/%ff%",
  "/oidc/auth?redirect_uri=%",
  "/..%2f..%2f",
  "",
];
const PARAMS = [
  "client_id",
  "redirect_uri",
  "response_type",
  "response_mode",
  "state",
  "nonce",
  "scope",
  "prompt",
  "code_challenge",
  "code_challenge_method",
  "login_hint",
  "post_logout_redirect_uri",
  "id_token_hint",
  "service",
  "ticket",
  "format",
  "access_token",
  "grant_type",
  "code",
  "code_verifier",
  "refresh_token",
  "client_secret",
  "token",
  "userIds[]",
  "userId",
  "source[a]",
  "source[]",
  "page",
];
const VALUES = [
  "app-1",
  "secret-1",
  "http://127.0.0.1:9/callback",
  "https://evil.example/cb",
  "javascript:alert(document.domain)//",
  "//[",
  "http://[::1",
  "form_post",
  "fragment",
  "code",
  "token",
  "consent",
  "openid offline_access",
  "S256",
  "plain",
  "authorization_code",
  "refresh_token",
  "client_credentials",
  "%",
  "\u0000",
  "a.b.c",
];

const oddText = fc.oneof(fc.string(), fc.string({ unit: "binary-ascii" }), fc.constantFrom(...VALUES));
const params = fc.dictionary(fc.constantFrom(...PARAMS), oddText, { maxKeys: 6 });
const encodedParams = params.map((fields) => new URLSearchParams(fields).toString());

const target = fc.oneof(
  fc.constantFrom(...ODD_TARGETS),
  fc.tuple(fc.constantFrom(...PATHS), encodedParams).map(([path, query]) => (query ? `${path}?${query}` : path)),
  fc.tuple(fc.constantFrom(...PATHS), fc.string({ unit: "binary-ascii" })).map(([path, tail]) => path + tail),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
);

const method = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE", "get", "BREW", "");

const basicValue = fc.tuple(oddText, oddText).map(([id, secret]) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`);
const signatureValue = fc
  .tuple(fc.constantFrom("authing", "GenAuth", "AUTHING"), oddText, oddText)
  .map(([scheme, id, signature]) => `${scheme} ${id}:${signature}`);
const headerValue = fc.oneof(
  oddText,
  basicValue,
  signatureValue,
  fc.constantFrom(
    "authing genauth-mock-access-key:",
    "authing :",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "HMAC-SHA1",
    "1.0",
    "Basic",
    "Basic !!!",
    "Bearer x",
    "chunked",
    "gzip",
    "-1",
    "1e3",
    "99999999999",
    "application/json",
    "application/x-www-form-urlencoded",
    "100-continue",
    "upgrade",
    "websocket",
    "close",
  ),
);
const headerName = fc.oneof(
  fc.constantFrom(
    "authorization",
    "content-type",
    "content-length",
    "transfer-encoding",
    "host",
    "x-authing-app-id",
    "date",
    "x-authing-signature-nonce",
    "x-authing-signature-method",
    "x-authing-signature-version",
    "origin",
    "expect",
    "connection",
    "upgrade",
    "access-control-request-headers",
    "cookie",
    "content-encoding",
  ),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 12 }),
);
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 });

const body = fc.oneof(fc.constant(""), fc.string(), fc.string({ unit: "binary-ascii" }), encodedParams, fc.json());
const framing = fc.constantFrom("content-length", "none", "chunked");

/** The bytes of one request, its framing chosen by the property (a header of its own may contradict it). */
function rawRequest(m: string, t: string, h: Array<[string, string]>, b: string, how: string): Buffer {
  const lines = [`${m} ${t} HTTP/1.1`, "host: 127.0.0.1", ...h.map(([name, value]) => `${name}: ${value}`)];
  const payload = Buffer.from(b, "utf8");
  if (how === "content-length") lines.push(`content-length: ${payload.length}`);
  if (how === "chunked") {
    lines.push("transfer-encoding: chunked");
    const chunked =
      payload.length > 0 ? Buffer.concat([Buffer.from(`${payload.length.toString(16)}\r\n`), payload, Buffer.from("\r\n0\r\n\r\n")]) : Buffer.from("0\r\n\r\n");
    return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), chunked]);
  }
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload]);
}

/** The next ordinary request: the discovery document, HTTP 200. */
async function stillServes(): Promise<boolean> {
  const answer = await fetch(`${server.url}/oidc/.well-known/openid-configuration`);
  return answer.status === 200 && ((await answer.json()) as { issuer?: string }).issuer === `${server.url}/oidc`;
}

describe("the mock server survives odd requests", () => {
  it("answers the known killers, then keeps serving", async () => {
    for (const t of ["//", "//[", "/%", "/api/v3/%ff%", "/cas-idp/%E0%A4%A"]) {
      const { answer, silent } = await sendRaw(rawRequest("GET", t, [], "", "none"));
      expect(silent).toBe(false);
      expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(await stillServes()).toBe(true);
    }
  });

  it(
    "property: after any request, the server answers the next normal one",
    async () => {
      await fc.assert(
        fc.asyncProperty(method, target, headers, body, framing, async (m, t, h, b, how) => {
          const { silent } = await sendRaw(rawRequest(m, t, h, b, how));
          expect(silent).toBe(false);
          expect(await stillServes()).toBe(true);
        }),
        { numRuns: RUNS },
      );
      expect(processErrors).toEqual([]);
    },
    RUNS * SILENCE_GUARD_MS,
  );
});
