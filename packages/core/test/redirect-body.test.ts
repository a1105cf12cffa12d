import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GenAuthError, nodeFetch, Transport, type FetchLike, type OperationDescriptor, type TransportOptions } from "../src/node.js";
import { redirect, sendJson, startPeer, type Peer } from "./peer.js";

// A 307 or 308 keeps the method and the body, so a token or sign-in request
// redirected to another origin would hand it the client secret, the code, the PKCE verifier or
// the password. API calls never follow a redirect to another origin with a body, on either fetch:
// the other origin receives nothing, and the call fails with a GenAuthError that names the
// redirect and no secret.
//
// `origin` is the client's appHost; `other` listens on another port of 127.0.0.1 and so is
// another origin. `origin` answers every request with a redirect to `other`.

const SIGN_IN: OperationDescriptor = { method: "POST", path: "/api/v3/signin", clientBasic: true };
const TOKEN: OperationDescriptor = { method: "POST", path: "/oidc/token", bodyType: "form", omitAccessToken: true };

const LANDED = { statusCode: 200, message: "answered by the other origin" };

const ACCESS_TOKEN = "user-access-token-9f2c";
const APP_SECRET = "app-secret-41d7";
const PASSWORD = "user-password-7b1e";
const CODE = "authorization-code-c05a";
const VERIFIER = "pkce-verifier-2e8d";
const SECRETS = [ACCESS_TOKEN, APP_SECRET, PASSWORD, CODE, VERIFIER, btoa(`app-1:${APP_SECRET}`)];

let origin: Peer;
let other: Peer;
let redirectStatus: number;

beforeAll(async () => {
  origin = await startPeer((_request, res) => redirect(res, redirectStatus, `${other.url}/landing`));
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

/** Every text a caller may print of an error: message, stack, JSON, and its causes'. */
function printed(error: unknown): string {
  const texts: string[] = [];
  for (let e = error as { message?: unknown; stack?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    texts.push(String(e.message), String(e.stack));
  }
  texts.push(JSON.stringify(error));
  return texts.join("\n");
}

describe.each<[string, FetchLike | undefined]>([
  ["platform fetch", undefined],
  ["nodeFetch", nodeFetch],
])("Transport with %s, on a redirect of a call with a body to another origin", (_name, fetch) => {
  const transport = (extra: Partial<TransportOptions> = {}) =>
    new Transport({ appId: "app-1", appHost: origin.url, appSecret: APP_SECRET, maxRetries: 0, ...(fetch ? { fetch } : {}), ...extra });

  /** Sends the call, and checks what the other origin received and how the call failed. */
  async function expectRefused(send: Promise<unknown>): Promise<void> {
    const outcome = await send.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    expect(origin.requests).toHaveLength(1);
    expect(other.requests).toEqual([]);
    expect(outcome).toHaveProperty("error");
    const { error } = outcome as { error: unknown };
    expect(error).toBeInstanceOf(GenAuthError);
    expect((error as Error).message).toMatch(/redirect/i);
    for (const secret of SECRETS) expect(printed(error)).not.toContain(secret);
  }

  it.each([307, 308])("sends a code exchange's client secret, code and verifier to no other origin (%i)", async (status) => {
    redirectStatus = status;
    const body = { grant_type: "authorization_code", client_id: "app-1", client_secret: APP_SECRET, code: CODE, code_verifier: VERIFIER };
    await expectRefused(transport().request(TOKEN, { body }));
    expect(origin.requests[0]?.body).toContain(`client_secret=${APP_SECRET}`);
  });

  it.each([307, 308])("sends a code exchange's Basic client credentials and code to no other origin (%i)", async (status) => {
    redirectStatus = status;
    const client = transport({ tokenEndPointAuthMethod: "client_secret_basic" });
    const body = { grant_type: "authorization_code", code: CODE, code_verifier: VERIFIER };
    await expectRefused(client.request(TOKEN, { body, headers: { authorization: client.basicAuthorization() } }));
  });

  it.each([307, 308])("sends a password sign-in's password and client secret to no other origin (%i)", async (status) => {
    redirectStatus = status;
    const body = {
      connection: "PASSWORD",
      passwordPayload: { account: "ada", password: PASSWORD },
      client_id: "app-1",
      client_secret: APP_SECRET,
    };
    await expectRefused(transport().request(SIGN_IN, { body }));
  });

  it.each([307, 308])("sends a password sign-in's password and Basic client credentials to no other origin (%i)", async (status) => {
    redirectStatus = status;
    const client = transport({ tokenEndPointAuthMethod: "client_secret_basic", accessToken: ACCESS_TOKEN });
    const body = { connection: "PASSWORD", passwordPayload: { account: "ada", password: PASSWORD } };
    await expectRefused(client.request(SIGN_IN, { body }));
  });
});
