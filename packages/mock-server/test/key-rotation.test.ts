// Key rotation as a provider does it: the JWKS publishes the new key and the one it replaced, so
// tokens signed before the rotation still verify; the next rotation drops the older key.
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { signIn } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

const jwks = async () => (await (await fetch(`${server.url}/${APP.appId}/oidc/.well-known/jwks.json`)).json()) as JSONWebKeySet;
const kids = async () => (await jwks()).keys.map((key) => key.kid);
/** Whether the ID token verifies against the JWKS the server publishes now. */
const verifies = async (idToken: string) =>
  jwtVerify(idToken, createLocalJWKSet(await jwks()), { issuer: `${server.url}/oidc`, audience: APP.appId }).then(
    () => true,
    () => false,
  );
const kidOf = (token: string) => decodeProtectedHeader(token).kid;

describe("keys.rotate()", () => {
  it("signs new tokens with a new key, publishes it beside the previous one, and drops the oldest at the next rotation", async () => {
    const first = (await signIn(server, APP)).id_token as string;
    await server.protocol.keys.rotate();
    const second = (await signIn(server, APP)).id_token as string;
    expect(kidOf(second)).not.toBe(kidOf(first));
    expect(await kids()).toEqual([kidOf(second), kidOf(first)]);
    expect(await verifies(first)).toBe(true);
    expect(await verifies(second)).toBe(true);

    await server.protocol.keys.rotate();
    const third = (await signIn(server, APP)).id_token as string;
    expect(await kids()).toEqual([kidOf(third), kidOf(second)]);
    expect(await verifies(first)).toBe(false);
    expect(await verifies(second)).toBe(true);
  });

  it("with retirePrevious drops the replaced key at once, where a plain rotation keeps it", async () => {
    const before = (await signIn(server, APP)).id_token as string;
    await server.protocol.keys.rotate();
    expect(await verifies(before)).toBe(true);
    const kept = (await signIn(server, APP)).id_token as string;
    await server.protocol.keys.rotate({ retirePrevious: true });
    const after = (await signIn(server, APP)).id_token as string;
    expect(await kids()).toEqual([kidOf(after)]);
    expect(await verifies(kept)).toBe(false);
    expect(await verifies(after)).toBe(true);
  });
});
