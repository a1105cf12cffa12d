import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthenticationClient, GenAuthTokenVerificationError, type ParseIDTokenOptions } from "../src/index.js";

// Every check runs against this frozen instant, passed as currentDate (or as the faked system
// clock), so no result depends on when the test runs.
const NOW = 1_750_000_000;
const AT_NOW = new Date(NOW * 1000);
const APP_ID = "app-1";
const TOLERANCE = 30;

let privateKey: CryptoKey;
let jwk: JWK;
let jwksServer: Server;
let appHost: string;
/** How the JWKS server answers: the key set, or a 500. */
let jwksAnswer: "keys" | "error" = "keys";

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  jwksServer = createServer((req, res) => {
    if (req.url !== `/${APP_ID}/oidc/.well-known/jwks.json`) return void res.writeHead(404).end();
    if (jwksAnswer === "error") return void res.writeHead(500, { "content-type": "text/plain" }).end("internal error");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  appHost = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));
afterEach(() => {
  jwksAnswer = "keys";
  vi.useRealTimers();
});

const client = (host = appHost) => new AuthenticationClient({ appId: APP_ID, appSecret: "app-secret-for-hs256-tokens-0123", appHost: host });

/** Claims of a valid ID token at NOW; `overrides` with `undefined` values drop a claim. */
function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const base: Record<string, unknown> = { iss: `${appHost}/oidc`, aud: APP_ID, sub: "user-1", iat: NOW - 60, exp: NOW + 3600, ...overrides };
  return Object.fromEntries(Object.entries(base).filter(([, value]) => value !== undefined));
}

function sign(payload: JWTPayload, header: Record<string, unknown> = {}, crit?: Record<string, boolean>): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: "key-1", ...header }).sign(privateKey, crit ? { crit } : undefined);
}

/** The `check` of the verification error the call rejects with. */
async function failedCheck(pending: Promise<unknown>): Promise<string> {
  const error = await pending.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GenAuthTokenVerificationError);
  return (error as GenAuthTokenVerificationError).check;
}

const idToken = (token: string, options: ParseIDTokenOptions = {}) => client().parseIDToken(token, { currentDate: AT_NOW, ...options });

describe("time claims, with a frozen clock and 30 s of tolerance", () => {
  it("exp: refused past the tolerance, accepted within it", async () => {
    expect(await failedCheck(idToken(await sign(claims({ exp: NOW - TOLERANCE - 1 }))))).toBe("exp");
    expect((await idToken(await sign(claims({ exp: NOW - TOLERANCE + 1 })))).sub).toBe("user-1");
  });

  it("iat: refused in the future past the tolerance, accepted within it", async () => {
    expect(await failedCheck(idToken(await sign(claims({ iat: NOW + TOLERANCE + 1 }))))).toBe("iat");
    expect((await idToken(await sign(claims({ iat: NOW + TOLERANCE - 1 })))).sub).toBe("user-1");
  });

  it("nbf: refused in the future past the tolerance, accepted within it", async () => {
    expect(await failedCheck(idToken(await sign(claims({ nbf: NOW + TOLERANCE + 1 }))))).toBe("nbf");
    expect((await idToken(await sign(claims({ nbf: NOW + TOLERANCE - 1 })))).sub).toBe("user-1");
  });

  it("clockTolerance 0 accepts no skew", async () => {
    expect(await failedCheck(idToken(await sign(claims({ exp: NOW - 1 })), { clockTolerance: 0 }))).toBe("exp");
    expect(await failedCheck(idToken(await sign(claims({ nbf: NOW + 1 })), { clockTolerance: 0 }))).toBe("nbf");
  });

  it("without currentDate, checks against the system clock", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: AT_NOW });
    const c = client();
    const serverJWKS = { keys: [jwk] };
    expect(await failedCheck(c.parseIDToken(await sign(claims({ exp: NOW - TOLERANCE - 1 })), { serverJWKS }))).toBe("exp");
    expect((await c.parseIDToken(await sign(claims({ exp: NOW - TOLERANCE + 1 })), { serverJWKS })).sub).toBe("user-1");
  });
});

describe("issuer, audience and authorised party", () => {
  it("iss: another issuer is refused", async () => {
    expect(await failedCheck(idToken(await sign(claims({ iss: "https://other.genauth.ai/oidc" }))))).toBe("iss");
  });

  it("aud: a token for another application is refused", async () => {
    expect(await failedCheck(idToken(await sign(claims({ aud: "app-2" }))))).toBe("aud");
    expect(await failedCheck(idToken(await sign(claims({ aud: ["app-2", "app-3"] }))))).toBe("aud");
  });

  it("azp: several audiences need an azp naming this client", async () => {
    expect(await failedCheck(idToken(await sign(claims({ aud: [APP_ID, "app-2"] }))))).toBe("azp");
    expect(await failedCheck(idToken(await sign(claims({ aud: [APP_ID, "app-2"], azp: "app-2" }))))).toBe("azp");
    expect((await idToken(await sign(claims({ aud: [APP_ID, "app-2"], azp: APP_ID })))).sub).toBe("user-1");
  });

  it("azp: naming another client is refused even with one audience", async () => {
    expect(await failedCheck(idToken(await sign(claims({ azp: "app-2" }))))).toBe("azp");
    expect((await idToken(await sign(claims({ azp: APP_ID })))).sub).toBe("user-1");
  });
});

describe("auth_time against maxAge", () => {
  it("refuses a sign-in older than maxAge plus tolerance, accepts one within", async () => {
    const maxAge = 300;
    expect(await failedCheck(idToken(await sign(claims({ auth_time: NOW - maxAge - TOLERANCE - 1 })), { maxAge }))).toBe("auth_time");
    expect((await idToken(await sign(claims({ auth_time: NOW - maxAge - TOLERANCE + 1 })), { maxAge })).sub).toBe("user-1");
  });

  it("judges the sign-in time (auth_time), not the token's issue time (iat)", async () => {
    // A token refreshed now for a sign-in of long ago, and an old token of a recent sign-in.
    const refreshedOldSignIn = await sign(claims({ iat: NOW - 5, auth_time: NOW - 7200 }));
    expect(await failedCheck(idToken(refreshedOldSignIn, { maxAge: 600 }))).toBe("auth_time");
    const recentSignInOldToken = await sign(claims({ iat: NOW - 1200, auth_time: NOW - 1200 + 1 }));
    expect((await idToken(recentSignInOldToken, { maxAge: 1200 })).sub).toBe("user-1");
  });

  it("refuses a token without auth_time when maxAge is set, or with an auth_time in the future", async () => {
    expect(await failedCheck(idToken(await sign(claims()), { maxAge: 3600 }))).toBe("auth_time");
    expect((await idToken(await sign(claims()))).sub).toBe("user-1");
    expect(await failedCheck(idToken(await sign(claims({ auth_time: NOW + TOLERANCE + 1 }))))).toBe("auth_time");
    expect(await failedCheck(idToken(await sign(claims({ auth_time: "yesterday" }))))).toBe("auth_time");
  });

  it("refuses a maxAge that is not a number of seconds, naming it", async () => {
    await expect(idToken(await sign(claims()), { maxAge: -1 })).rejects.toMatchObject({ name: "GenAuthConfigError", field: "maxAge" });
  });
});

describe("nonce", () => {
  it("accepts the nonce of the authorize URL, refuses another or none", async () => {
    expect((await idToken(await sign(claims({ nonce: "n-1" })), { nonce: "n-1" })).nonce).toBe("n-1");
    expect(await failedCheck(idToken(await sign(claims({ nonce: "n-2" })), { nonce: "n-1" }))).toBe("nonce");
    expect(await failedCheck(idToken(await sign(claims()), { nonce: "n-1" }))).toBe("nonce");
  });
});

describe("token types", () => {
  it.each(["at+jwt", "AT+JWT", "application/at+jwt", "Application/AT+JWT", "logout+jwt"])("parseIDToken refuses typ %s", async (typ) => {
    expect(await failedCheck(idToken(await sign(claims(), { typ })))).toBe("typ");
  });

  it("parseIDToken accepts typ JWT or none", async () => {
    expect((await idToken(await sign(claims(), { typ: "JWT" }))).sub).toBe("user-1");
    expect((await idToken(await sign(claims()))).sub).toBe("user-1");
  });

  it("parseAccessToken refuses ID tokens: ID-token claims without typ at+jwt, or another …+jwt type", async () => {
    const c = client();
    const options = { currentDate: AT_NOW };
    for (const extra of [{ nonce: "n-1" }, { at_hash: "x" }, { c_hash: "x" }]) {
      expect(await failedCheck(c.parseAccessToken(await sign(claims(extra), { typ: "JWT" }), options))).toBe("typ");
    }
    expect(await failedCheck(c.parseAccessToken(await sign(claims(), { typ: "logout+jwt" }), options))).toBe("typ");
    expect((await c.parseAccessToken(await sign(claims({ scope: "openid" }), { typ: "at+jwt" }), options)).sub).toBe("user-1");
    expect((await c.parseAccessToken(await sign(claims({ scope: "openid" })), options)).sub).toBe("user-1");
  });
});

describe("HS256 ID tokens", () => {
  it("are checked with the app secret; a client without one (a browser app) refuses them by their alg, naming RS256", async () => {
    const secret = "app-secret-for-hs256-tokens-0123";
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(secret));
    expect((await client().parseIDToken(token, { currentDate: AT_NOW })).sub).toBe("user-1");
    const publicClient = new AuthenticationClient({ appId: APP_ID, appHost, tokenEndPointAuthMethod: "none" });
    const error = await publicClient.parseIDToken(token, { currentDate: AT_NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthTokenVerificationError);
    expect(error).toMatchObject({ check: "alg" });
    expect((error as Error).message).toContain("RS256");
  });
});

describe("the token argument", () => {
  it("is refused by name when it is not a string, as every token argument is", async () => {
    await expect(client().parseIDToken(42 as never)).rejects.toMatchObject({ name: "GenAuthConfigError", field: "idToken" });
    await expect(client().parseAccessToken(null as never)).rejects.toMatchObject({ name: "GenAuthConfigError", field: "accessToken" });
    expect(await failedCheck(idToken("not-a-jwt"))).toBe("format");
  });
});

describe("header and key set", () => {
  it("header: an unknown critical extension is refused before any key is fetched", async () => {
    const token = await sign(claims(), { crit: ["urn:example:ext"], "urn:example:ext": 1 }, { "urn:example:ext": true });
    expect(await failedCheck(idToken(token))).toBe("header");
    expect(await failedCheck(client(`http://127.0.0.1:${await closedPort()}`).parseIDToken(token, { currentDate: AT_NOW }))).toBe("header");
  });

  it("jwks: a key-set server answering 500", async () => {
    jwksAnswer = "error";
    const error = await idToken(await sign(claims())).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "GenAuthTokenVerificationError", check: "jwks" });
  });

  it("jwks: an unreachable key-set server", async () => {
    const c = client(`http://127.0.0.1:${await closedPort()}`);
    expect(await failedCheck(c.parseIDToken(await sign(claims()), { currentDate: AT_NOW }))).toBe("jwks");
  });

  it("jwks: a serverJWKS that is not a key set", async () => {
    expect(await failedCheck(idToken(await sign(claims()), { serverJWKS: { keys: "none" } as never }))).toBe("jwks");
  });

  it("kid: no key of the set matches", async () => {
    expect(await failedCheck(idToken(await sign(claims(), { kid: "key-2" }), { serverJWKS: { keys: [jwk] } }))).toBe("kid");
  });

  it("no failure message contains the token", async () => {
    const token = await sign(claims({ exp: NOW - 3600 }));
    const error = (await idToken(token).catch((caught: unknown) => caught)) as Error;
    expect(`${error.message}\n${JSON.stringify(error)}\n${error.stack}`).not.toContain(token.split(".")[2]);
  });
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
