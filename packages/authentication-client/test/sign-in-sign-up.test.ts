import { spec, SpecValidator, type SpecOperation } from "@genauth/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError, type AuthenticationClientOptions } from "../src/index.js";
import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";

// The official SDK's signIn*/signUp* shortcuts: the exact bodies they send, per client
// authentication method, recorded by a real HTTP peer and checked against the spec's schemas.

const APP = { appId: "shortcut-app", appSecret: "shortcut-secret" };
const validator = new SpecValidator(spec);

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

function clientWith(options: Partial<AuthenticationClientOptions> = {}) {
  return new AuthenticationClient({ ...APP, appHost: server.url, maxRetries: 0, ...options });
}

function specOperation(path: string): SpecOperation {
  const operation = spec.paths[path]?.post as Record<string, unknown>;
  return { method: "POST", path, sdkMethod: String(operation["x-sdk-method"]), operation };
}

/** The last request's JSON body, after checking it against the spec's request schema. */
function lastBody(path: string): Record<string, unknown> {
  const request = server.last();
  expect(request.method).toBe("POST");
  expect(request.rawPath).toBe(path);
  const body = JSON.parse(request.body) as Record<string, unknown>;
  const validate = validator.for(specOperation(path)).body;
  expect(validate?.(body), JSON.stringify(validate?.errors)).toBe(true);
  return body;
}

const signInOptions = { passwordEncryptType: "none" as const, scope: "openid profile" };
const CLIENT_FIELDS = { client_id: APP.appId, client_secret: APP.appSecret };

const signIns = [
  {
    name: "signInByEmailPassword",
    call: (c: AuthenticationClient) => c.signInByEmailPassword({ email: "ada@example.com", password: "pw-1", options: signInOptions }),
    body: { connection: "PASSWORD", passwordPayload: { email: "ada@example.com", password: "pw-1" }, options: signInOptions },
  },
  {
    name: "signInByPhonePassword",
    call: (c: AuthenticationClient) => c.signInByPhonePassword({ phone: "13800000000", password: "pw-2" }),
    body: { connection: "PASSWORD", passwordPayload: { phone: "13800000000", password: "pw-2" } },
  },
  {
    name: "signInByUsernamePassword",
    call: (c: AuthenticationClient) => c.signInByUsernamePassword({ username: "ada", password: "pw-3" }),
    body: { connection: "PASSWORD", passwordPayload: { username: "ada", password: "pw-3" } },
  },
  {
    name: "signInByAccountPassword",
    call: (c: AuthenticationClient) => c.signInByAccountPassword({ account: "ada", password: "pw-4" }),
    body: { connection: "PASSWORD", passwordPayload: { account: "ada", password: "pw-4" } },
  },
  {
    name: "signInByEmailPassCode",
    call: (c: AuthenticationClient) => c.signInByEmailPassCode({ email: "ada@example.com", passCode: "1234" }),
    body: { connection: "PASSCODE", passCodePayload: { email: "ada@example.com", passCode: "1234" } },
  },
  {
    name: "signInByPhonePassCode",
    call: (c: AuthenticationClient) => c.signInByPhonePassCode({ phone: "13800000000", phoneCountryCode: "+86", passCode: "5678" }),
    body: { connection: "PASSCODE", passCodePayload: { phone: "13800000000", phoneCountryCode: "+86", passCode: "5678" } },
  },
  {
    name: "signInByAD",
    call: (c: AuthenticationClient) => c.signInByAD({ sAMAccountName: "ada", password: "pw-5" }),
    body: { connection: "AD", adPayload: { sAMAccountName: "ada", password: "pw-5" } },
  },
  {
    name: "signInByLDAP",
    call: (c: AuthenticationClient) => c.signInByLDAP({ sAMAccountName: "ada", password: "pw-6" }),
    body: { connection: "LDAP", ldapPayload: { sAMAccountName: "ada", password: "pw-6" } },
  },
];

describe.each(signIns.map((s) => [s.name, s] as const))("%s", (_name, s) => {
  it("with client_secret_post (the default) puts client_id and client_secret in the body", async () => {
    await s.call(clientWith());
    expect(lastBody("/api/v3/signin")).toEqual({ ...s.body, ...CLIENT_FIELDS });
    expect(server.last().headers.authorization).toBeUndefined();
  });

  it("with client_secret_basic sends Basic credentials and no client fields", async () => {
    await s.call(clientWith({ tokenEndPointAuthMethod: "client_secret_basic" }));
    expect(lastBody("/api/v3/signin")).toEqual(s.body);
    const basic = Buffer.from(`${APP.appId}:${APP.appSecret}`).toString("base64");
    expect(server.last().headers.authorization).toBe(`Basic ${basic}`);
  });

  it("with none sends neither", async () => {
    await s.call(clientWith({ tokenEndPointAuthMethod: "none", appSecret: undefined }));
    expect(lastBody("/api/v3/signin")).toEqual(s.body);
    expect(server.last().headers.authorization).toBeUndefined();
  });
});

describe("sign-in shortcuts", () => {
  it("refuse client_secret_post without an app secret before sending anything, naming appSecret", async () => {
    const before = server.requests.length;
    const error = await clientWith({ appSecret: undefined })
      .signInByEmailPassword({ email: "ada@example.com", password: "pw" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).message).toContain("appSecret");
    expect(server.requests.length).toBe(before);
  });

  it("pass per-call options through to the request", async () => {
    await clientWith().signInByUsernamePassword({ username: "ada", password: "pw" }, { headers: { "x-trace": "t-1" } });
    expect(server.last().headers["x-trace"]).toBe("t-1");
  });
});

const profile = { nickname: "Ada" };
const signUpOptions = { passwordEncryptType: "none" as const, context: { channel: "test" } };
const signUps = [
  {
    name: "signUpByEmailPassword",
    call: (c: AuthenticationClient) => c.signUpByEmailPassword({ email: "ada@example.com", password: "pw-1", profile, options: signUpOptions }),
    body: { connection: "PASSWORD", passwordPayload: { email: "ada@example.com", password: "pw-1" }, profile, options: signUpOptions },
  },
  {
    name: "signUpByUsernamePassword",
    call: (c: AuthenticationClient) => c.signUpByUsernamePassword({ username: "ada", password: "pw-2" }),
    body: { connection: "PASSWORD", passwordPayload: { username: "ada", password: "pw-2" } },
  },
  {
    name: "signUpByEmailCode",
    call: (c: AuthenticationClient) => c.signUpByEmailCode({ email: "ada@example.com", passCode: "1234", profile }),
    body: { connection: "PASSCODE", passCodePayload: { email: "ada@example.com", passCode: "1234" }, profile },
  },
  {
    name: "signUpByPhoneCode",
    call: (c: AuthenticationClient) => c.signUpByPhoneCode({ phone: "13800000000", phoneCountryCode: "+86", passCode: "5678" }),
    body: { connection: "PASSCODE", passCodePayload: { phone: "13800000000", phoneCountryCode: "+86", passCode: "5678" } },
  },
];

describe.each(signUps.map((s) => [s.name, s] as const))("%s", (_name, s) => {
  it("sends the official signUp body, without client credentials", async () => {
    await s.call(clientWith());
    expect(lastBody("/api/v3/signup")).toEqual(s.body);
    expect(server.last().headers.authorization).toBeUndefined();
  });
});
