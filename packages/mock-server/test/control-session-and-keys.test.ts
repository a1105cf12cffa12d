// The session switch and key rotation over HTTP, for tests that run the mock out of process (the
// CLI): /__mock/session says whether a user is signed in for prompt=none, /__mock/keys/rotate
// rotates the signing key as server.protocol.keys.rotate() does.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";
import { authorize, redirectQuery } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };

let server: MockServer;
beforeEach(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterEach(() => server.close());

const control = (path: string, method = "GET") => fetch(`${server.url}/__mock/${path}`, { method });
const silentAnswer = async () => redirectQuery(await authorize(server, APP, { state: "s", prompt: "none" }));
const publishedKids = async () =>
  ((await (await fetch(`${server.url}/oidc/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);

describe("/__mock/session", () => {
  it("DELETE signs out, so that prompt=none answers login_required; PUT signs a user in again; GET tells which", async () => {
    expect(await (await control("session")).json()).toEqual({ signedIn: true });
    expect((await control("session", "DELETE")).status).toBe(204);
    expect(server.protocol.signedIn).toBe(false);
    expect(await (await control("session")).json()).toEqual({ signedIn: false });
    expect((await silentAnswer()).get("error")).toBe("login_required");
    expect((await control("session", "PUT")).status).toBe(204);
    expect((await silentAnswer()).get("code")).toEqual(expect.any(String));
  });

  it("names the methods it takes", async () => {
    const answer = await control("session", "POST");
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD, PUT, DELETE");
  });
});

describe("/__mock/keys/rotate", () => {
  it("stages the next key, then signs with it, answering the key IDs the JWKS publishes", async () => {
    const [first] = await publishedKids();
    const staged = (await (await control("keys/rotate?stage=true", "POST")).json()) as { kids: string[] };
    expect(staged.kids).toEqual(await publishedKids());
    expect(staged.kids).toHaveLength(2);
    expect(staged.kids[0]).toBe(first);
    const rotated = (await (await control("keys/rotate?retirePrevious=true", "POST")).json()) as { kids: string[] };
    expect(rotated.kids).toEqual([staged.kids[1]]);
  });

  it("refuses unknown flags, staging with retirePrevious, and other methods", async () => {
    expect((await control("keys/rotate?now=true", "POST")).status).toBe(400);
    const both = await control("keys/rotate?stage=true&retirePrevious=true", "POST");
    expect(both.status).toBe(400);
    expect(((await both.json()) as { error: string }).error).toContain("cannot retire one");
    expect((await control("keys/rotate")).status).toBe(405);
    expect((await control("nowhere")).status).toBe(404);
  });
});
