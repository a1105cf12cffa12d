// prompt=none (silent sign-in) as a provider with a browser session answers it: a code while
// someone is signed in, login_required when the login page would be needed (OIDC Core §3.1.2.6).
// An interactive sign-in starts that session.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer, type MockUser } from "../src/index.js";
import { authorize, redirectQuery } from "./helpers/oidc-requests.js";

const APP: MockApp = { appId: "app-1", appSecret: "secret-1" };
const ANN: MockUser = { userId: "ann", username: "ann", email: "ann@example.com", password: "Passw0rd!" };
const LOCKED: MockUser & Record<string, unknown> = { userId: "bob", username: "bob", password: "Passw0rd!", status: "Suspended" };

let server: MockServer;
afterEach(() => server.close());

const start = async (users: MockUser[]) => {
  server = await startMockServer({ fixtures: { apps: [APP], users } });
};
const answerTo = async (params: Record<string, string>) => redirectQuery(await authorize(server, APP, { state: "s", ...params }));

describe("with a user signed in (the default)", () => {
  it("prompt=none signs the pool's first user in silently", async () => {
    await start([ANN]);
    expect((await answerTo({ prompt: "none" })).get("code")).toEqual(expect.any(String));
  });

  it.each([
    ["an empty pool", [], {}],
    ["a login_hint naming no user", [ANN], { login_hint: "nobody@example.com" }],
    ["a locked user", [LOCKED], { login_hint: "bob" }],
  ])("prompt=none with %s is login_required, not access_denied", async (_, users, params) => {
    await start(users);
    const back = await answerTo({ prompt: "none", ...params });
    expect([back.get("error"), back.get("state"), back.get("code")]).toEqual(["login_required", "s", null]);
    expect((await answerTo(params)).get("error")).toBe("access_denied");
  });

  it("an empty pool's refusal mentions login_hint only when one was sent", async () => {
    await start([]);
    expect((await answerTo({})).get("error_description")).toContain("fixtures.users");
    expect((await answerTo({})).get("error_description")).not.toContain("login_hint");
    expect((await answerTo({ login_hint: "x" })).get("error_description")).toContain("login_hint");
  });
});

describe("with server.protocol.signedIn = false", () => {
  it("prompt=none answers login_required", async () => {
    await start([ANN]);
    server.protocol.signedIn = false;
    const silent = await answerTo({ prompt: "none" });
    expect([silent.get("error"), silent.get("state"), silent.get("code")]).toEqual(["login_required", "s", null]);
    expect(server.protocol.signedIn).toBe(false);
  });

  it("log in, then prompt=none succeeds: an interactive sign-in sets signedIn, as a session would", async () => {
    await start([ANN]);
    server.protocol.signedIn = false;
    expect((await answerTo({})).get("code")).toEqual(expect.any(String));
    expect(server.protocol.signedIn).toBe(true);
    expect((await answerTo({ prompt: "none" })).get("code")).toEqual(expect.any(String));
  });

  it("a refused interactive sign-in leaves it false", async () => {
    await start([ANN]);
    server.protocol.signedIn = false;
    expect((await answerTo({ login_hint: "nobody@example.com" })).get("error")).toBe("access_denied");
    expect((await answerTo({ prompt: "none" })).get("error")).toBe("login_required");
  });
});
