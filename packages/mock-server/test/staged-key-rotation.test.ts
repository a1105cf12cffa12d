// Key rotation in two phases, as providers run it: the next key is published first, and signs only
// at the following rotation, so a relying party that cached the JWKS in between verifies the new
// tokens without the refetch its cooldown would hold back. The relying party here pins its cooldown
// and cache lifetime to 10 minutes (jose's createRemoteJWKSet defaults to a 30 s cooldown), longer
// than any test takes, so what its cache holds decides the outcome, not the clock.
import { createRemoteJWKSet, customFetch, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { afterEach, beforeEach, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { signIn } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
/** The relying party's JWKS cooldown and cache lifetime. */
const RP_CACHE_MS = 10 * 60_000;

let server: MockServer;
beforeEach(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterEach(() => server.close());

/** A relying party's remote JWKS, and how many times it has fetched it. */
function remoteJwks() {
  const fetched = { count: 0 };
  const jwks = createRemoteJWKSet(new URL(`${server.url}/oidc/.well-known/jwks.json`), {
    // Longer than any test takes, so that what the cache holds decides, not the clock.
    cooldownDuration: RP_CACHE_MS,
    cacheMaxAge: RP_CACHE_MS,
    [customFetch]: (url, options) => {
      fetched.count += 1;
      return fetch(url, options);
    },
  });
  return { fetched, verify: (token: string) => jwtVerify(token, jwks, { issuer: `${server.url}/oidc`, audience: APP.appId }) };
}
const idToken = async () => (await signIn(server, APP)).id_token as string;
const kidOf = (token: string) => decodeProtectedHeader(token).kid;
const kids = async () => ((await (await fetch(`${server.url}/oidc/.well-known/jwks.json`)).json()) as JSONWebKeySet).keys.map((key) => key.kid);

it("rotate({ stage: true }) publishes the next key while the current one goes on signing", async () => {
  const before = await idToken();
  await server.protocol.keys.rotate({ stage: true });
  const staged = await idToken();
  expect(kidOf(staged)).toBe(kidOf(before));
  const [current, next, ...rest] = await kids();
  expect([current, rest]).toEqual([kidOf(before), []]);
  await server.protocol.keys.rotate();
  const after = await idToken();
  expect(kidOf(after)).toBe(next);
  expect(await kids()).toEqual([next, current]);
});

it("a token signed after a staged rotation verifies from the JWKS cached before it, without a refetch", async () => {
  const rp = remoteJwks();
  await server.protocol.keys.rotate({ stage: true });
  await rp.verify(await idToken());
  expect(rp.fetched.count).toBe(1);
  await server.protocol.keys.rotate();
  await expect(rp.verify(await idToken())).resolves.toBeDefined();
  expect(rp.fetched.count).toBe(1);
});

it("without staging, the new key is unknown to that cache, and the cooldown holds the refetch back", async () => {
  const rp = remoteJwks();
  await rp.verify(await idToken());
  await server.protocol.keys.rotate();
  await expect(rp.verify(await idToken())).rejects.toMatchObject({ code: "ERR_JWKS_NO_MATCHING_KEY" });
  expect(rp.fetched.count).toBe(1);
});

it("staging twice keeps the first staged key, which the next rotation signs with; staging with retirePrevious is refused", async () => {
  const current = kidOf(await idToken());
  await server.protocol.keys.rotate({ stage: true });
  const published = await kids();
  expect(published).toHaveLength(2);
  const [, staged] = published;
  expect([published[0], staged === current]).toEqual([current, false]);
  await server.protocol.keys.rotate({ stage: true });
  expect(await kids()).toEqual(published);
  await expect(server.protocol.keys.rotate({ stage: true, retirePrevious: true })).rejects.toThrow(TypeError);
  await server.protocol.keys.rotate();
  expect(kidOf(await idToken())).toBe(staged);
});

it("staging, then rotate({ retirePrevious: true }): the staged key signs and is the only one published", async () => {
  const current = kidOf(await idToken());
  await server.protocol.keys.rotate({ stage: true });
  const [, staged] = await kids();
  await server.protocol.keys.rotate({ retirePrevious: true });
  expect(kidOf(await idToken())).toBe(staged);
  expect(await kids()).toEqual([staged]);
  expect(staged).not.toBe(current);
});

it("staging while the previous key is still published lists current, staged, previous", async () => {
  const first = kidOf(await idToken());
  await server.protocol.keys.rotate();
  const second = kidOf(await idToken());
  await server.protocol.keys.rotate({ stage: true });
  const [current, staged, previous, ...rest] = await kids();
  expect([current, previous, rest]).toEqual([second, first, []]);
  expect([first, second]).not.toContain(staged);
  await server.protocol.keys.rotate();
  expect(kidOf(await idToken())).toBe(staged);
  expect(await kids()).toEqual([staged, second]);
});
