// Which Management API request fields are secrets comes from the spec and the API's `publicNames`
// (scripts/lib/clients.mjs). This test lists them, so that a spec change that adds one is seen, and
// checks both sides of the rule against the mock server: a password or an access key secret the
// server echoes is scrubbed from the error, while the role code, user name or search term the
// error is about stays readable.
import { startMockServer, type MockServer } from "@genauth/mock-server";
import type { Operation } from "@genauth/core";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import { GenAuthApiError, ManagementClient } from "../src/index.js";

/** Every secret request field of the Management API, by wire name: the users' passwords and MFA secrets, and the credentials of identity sources. */
const SPEC_SECRET_FIELDS = [
  "accessToken",
  "aes_key",
  "apikey",
  "appKey",
  "appSecret",
  "app_code",
  "app_key",
  "app_secret",
  "bindCredentials",
  "client_secret",
  "encodingAESKey",
  "encrypt_key",
  "entCode",
  "mfaToken",
  "password",
  "permanentCode",
  "privateKey",
  "recoveryCode",
  "refreshToken",
  "secret",
  "token",
  "verification_token",
];

const ACCESS_KEY = { accessKeyId: "secrets-ak", accessKeySecret: "secrets-sk-5e6f7a8b9c" };
const PASSWORD = "Known-Passw0rd-31f2";

let server: MockServer;
let client: ManagementClient;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { accessKeys: [ACCESS_KEY] } });
  client = new ManagementClient({ ...ACCESS_KEY, host: server.url, maxRetries: 0, throwOnError: true });
});
afterAll(() => server.close());

/** The error of a call expected to fail, with every way it gets printed. */
async function failed(call: Promise<unknown>): Promise<{ error: GenAuthApiError; printed: string }> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as GenAuthApiError;
  expect(error).toBeInstanceOf(GenAuthApiError);
  const printed = [error.message, String(error), JSON.stringify(error), error.stack ?? "", inspect(error, { depth: Infinity, showHidden: true })].join("\n");
  return { error, printed };
}

/** The next answer echoes `text` in a failed envelope, as a server repeating what it was sent would. */
function echoNext(text: string): void {
  server.faults.next({ kind: "status", status: 200, body: JSON.stringify({ statusCode: 400, apiCode: 2000, message: `refused: ${text}` }) });
}

it("the operation table marks exactly the spec's secret fields", () => {
  const marked = new Set(Object.values(operations as Record<string, Operation>).flatMap((o) => o.secretFields ?? []));
  expect([...marked].sort()).toEqual(SPEC_SECRET_FIELDS);
});

describe("an error names what it is about, and none of the secrets sent", () => {
  it("keeps the role code of a role that already exists", async () => {
    await client.createRole({ code: "sales-admin", name: "Sales admin" });
    const { error } = await failed(client.createRole({ code: "sales-admin", name: "Sales admin" }));
    expect(error.message).toContain('"sales-admin"');
    expect(error.message).not.toContain("[REDACTED]");
  });

  it("keeps the codes, keys and search terms a server echoes", async () => {
    echoNext("role sales-lead, field key nickname, search alice");
    const { error } = await failed(client.listUsers({ keywords: "alice" }));
    expect(error.message).toBe("refused: role sales-lead, field key nickname, search alice");
    echoNext("no role sales-lead in namespace crm");
    const assigned = await failed(client.assignRole({ code: "sales-lead", namespace: "crm", targets: [{ targetType: "USER", targetIdentifier: "u-1" }] }));
    expect(assigned.error.message).toBe("refused: no role sales-lead in namespace crm");
  });

  it("scrubs a password and the access key secret a server echoes, however the error is printed", async () => {
    echoNext(`user ann with password ${PASSWORD}, signed with ${ACCESS_KEY.accessKeySecret}`);
    const { error, printed } = await failed(client.createUser({ username: "ann", password: PASSWORD }));
    expect(error.message).toBe("refused: user ann with password [REDACTED], signed with [REDACTED]");
    for (const secret of [PASSWORD, ACCESS_KEY.accessKeySecret]) expect(printed).not.toContain(secret);
  });
});
