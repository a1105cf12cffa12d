// The standalone functions of `/functions`: for every generated operation and every sign-in and
// sign-up shortcut, the function sends exactly what the method sends; and a user's journey works
// through the functions alone against the mock server.
import { startMockServer, type MockServer } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as functions from "../src/functions.js";
import { AuthenticationClient, GenAuthConfigError } from "../src/index.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer } from "@genauth/mock-server";
import { contractCases } from "./spec-arguments.js";

const APP = { appId: "functions-app", appSecret: "functions-secret" };
type Callable = (...args: unknown[]) => Promise<unknown>;

let recorder: RecordingServer;
beforeAll(async () => {
  recorder = await startRecordingServer();
});
afterAll(() => recorder.close());

/** What the server received, less what differs between any two requests of one client. */
function wire(request: RecordedRequest) {
  return { method: request.method, path: request.rawPath, query: [...request.query], headers: request.headers, body: request.body };
}

describe("every function sends what its method sends", () => {
  const options = { ...APP, accessToken: "user-token", maxRetries: 0 };
  const generated = contractCases().filter((c) => !c.handwritten);

  it("exists for every generated method, and for no hand-written one", () => {
    for (const { sdkMethod } of generated) expect(functions, sdkMethod).toHaveProperty(sdkMethod);
    for (const { sdkMethod } of contractCases().filter((c) => c.handwritten)) expect(functions).not.toHaveProperty(sdkMethod);
  });

  it.each(generated.map((c) => [c.sdkMethod, c.args] as const))("%s", async (sdkMethod, args) => {
    const client = new AuthenticationClient({ ...options, appHost: recorder.url });
    await ((client as unknown as Record<string, Callable>)[sdkMethod] as Callable).apply(client, args);
    const fromMethod = wire(recorder.last());
    const core = functions.createCore({ ...options, appHost: recorder.url });
    await ((functions as unknown as Record<string, Callable>)[sdkMethod] as Callable)(core, ...args);
    expect(wire(recorder.last())).toEqual(fromMethod);
  });

  const shortcuts: [string, unknown][] = [
    ["signInByEmailPassword", { email: "ann@example.com", password: "Ann-Passw0rd" }],
    ["signInByPhonePassword", { phone: "13800000002", password: "Ann-Passw0rd" }],
    ["signInByUsernamePassword", { username: "ann", password: "Ann-Passw0rd" }],
    ["signInByAccountPassword", { account: "ann", password: "Ann-Passw0rd" }],
    ["signInByEmailPassCode", { email: "ann@example.com", passCode: "123456" }],
    ["signInByPhonePassCode", { phone: "13800000002", phoneCountryCode: "+86", passCode: "123456" }],
    ["signInByAD", { sAMAccountName: "ann", password: "Ann-Passw0rd" }],
    ["signInByLDAP", { sAMAccountName: "ann", password: "Ann-Passw0rd" }],
    ["signUpByEmailPassword", { email: "ann@example.com", password: "Ann-Passw0rd" }],
    ["signUpByUsernamePassword", { username: "ann", password: "Ann-Passw0rd" }],
    ["signUpByEmailCode", { email: "ann@example.com", passCode: "123456" }],
    ["signUpByPhoneCode", { phone: "13800000002", passCode: "123456" }],
  ];
  it.each(shortcuts)("%s (shortcut)", async (name, requestBody) => {
    const client = new AuthenticationClient({ ...options, appHost: recorder.url });
    await ((client as unknown as Record<string, Callable>)[name] as Callable).call(client, requestBody);
    const fromMethod = wire(recorder.last());
    const core = functions.createCore({ ...options, appHost: recorder.url });
    await ((functions as unknown as Record<string, Callable>)[name] as Callable)(core, requestBody);
    expect(wire(recorder.last())).toEqual(fromMethod);
  });
});

describe("functions against the mock server", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ fixtures: { apps: [APP] } });
  });
  afterAll(() => server.close());

  it("sign up, sign in, then read the profile with the token set on the core", async () => {
    const core = functions.createCore({ ...APP, appHost: server.url });
    const signUp = await functions.signUpByUsernamePassword(core, { username: "fay", password: "Fay-Passw0rd" });
    expect(signUp.statusCode).toBe(200);
    const signIn = await functions.signInByUsernamePassword(core, { username: "fay", password: "Fay-Passw0rd" });
    expect(signIn.statusCode).toBe(200);
    core.setAccessToken(signIn.data.access_token);
    const profile = await functions.getProfile(core);
    expect(profile.data).toMatchObject({ userId: signUp.data.userId, username: "fay" });
  });

  it("rejects a query argument that is not an object with GenAuthConfigError naming it", async () => {
    const core = functions.createCore({ ...APP, appHost: server.url });
    const call = (functions.getProfile as unknown as Callable)(core, "withCustomData");
    await expect(call).rejects.toBeInstanceOf(GenAuthConfigError);
    await expect(call).rejects.toMatchObject({ field: "query", message: expect.stringContaining("withCustomData") });
  });

  it("refuses bad options at createCore, naming the option", () => {
    expect(() => functions.createCore({ appId: "", appHost: server.url })).toThrow(GenAuthConfigError);
    expect(() => functions.createCore({ ...APP, appHost: "ftp://example.com" })).toThrow(/appHost/);
  });
});
