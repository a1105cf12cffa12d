// The request fields that hold secrets come from the spec (scripts/lib/secret-fields.mjs): this
// test lists them, so that a spec change that adds one is seen, and drives every generated
// operation against a server that echoes the request in each failure kind, finding none of the
// secrets it sent (its secret fields, the app secret, the access token) in the error however it
// is printed.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import { AuthenticationClient, GenAuthError } from "../src/index.js";
import type { Operation } from "@genauth/core";
import { type EchoFailure, type EchoServer, startEchoServer } from "./helpers/echo-server.js";
import { contractCases } from "./spec-arguments.js";

/** Every secret request field of the spec, by wire name: text under a secret-looking name (objects under one are walked instead). */
const SPEC_SECRET_FIELDS = [
  "accessToken",
  "access_token",
  "appSecret",
  "authenticatorCode",
  "captchaCode",
  "captchaToken",
  "client_secret",
  "code",
  "deleteAccountToken",
  "emailCode",
  "emailPassCodeForInformationCompletion",
  "enrollmentToken",
  "id_token",
  "key",
  "newEmailPassCode",
  "newPassword",
  "newPhonePassCode",
  "oldEmailPassCode",
  "oldPassword",
  "oldPhonePassCode",
  "passCode",
  "password",
  "passwordForPhonePassCode",
  "passwordResetToken",
  "phonePassCodeForInformationCompletion",
  "signature",
  "ticket",
  "token",
  "totp",
  "updateEmailToken",
  "updatePhoneToken",
];

const table = operations as Record<string, Operation>;
const APP = { appId: "echo-app", appSecret: "app-secret-0f1e2d3c4b5a" };
const ACCESS_TOKEN = "user-access-token-a1b2c3d4e5";

it("the operation table marks exactly the spec's secret fields", () => {
  const marked = new Set(Object.values(table).flatMap((o) => o.secretFields ?? []));
  expect([...marked].sort()).toEqual(SPEC_SECRET_FIELDS);
});

/** The arguments with a distinctive value in every string under a secret field (by wire or argument name), and those values. */
function withKnownSecrets(operation: Operation, args: unknown[]): { args: unknown[]; secrets: string[] } {
  const names = new Set(operation.secretFields ?? []);
  for (const field of operation.query?.fields ?? []) if (names.has(field.name)) names.add(field.argument ?? field.name);
  const secrets: string[] = [];
  const fill = (value: unknown, secret: boolean): unknown => {
    if (typeof value === "string" && secret) {
      const known = `known-secret-${secrets.length}-7f3a9c`;
      secrets.push(known);
      return known;
    }
    if (Array.isArray(value)) return value.map((inner) => fill(inner, secret));
    if (value !== null && typeof value === "object") {
      // A secret field's own string (or strings) is the secret; an object under it is walked for its own secret fields.
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner, names.has(key))]));
    }
    return value;
  };
  return { args: args.map((arg) => fill(arg, false)), secrets };
}

let echo: EchoServer;
beforeAll(async () => {
  echo = await startEchoServer();
});
afterAll(() => echo.close());

const cases = contractCases()
  .filter((c) => !c.handwritten)
  .map((c) => [c.sdkMethod, c.args] as const);
const failures: EchoFailure[] = ["envelope", "http400", "oauth", "http503"];

describe.each(failures)("an echoing server answering %s", (failure) => {
  it.each(cases)("%s shows none of the secrets it sent", async (sdkMethod, synthesised) => {
    const operation = table[sdkMethod] as Operation;
    const { args, secrets } = withKnownSecrets(operation, synthesised);
    if (operation.secretFields?.length) expect(secrets.length, "the synthesised arguments carry a secret field").toBeGreaterThan(0);
    echo.failure = failure;
    const client = new AuthenticationClient({ ...APP, accessToken: ACCESS_TOKEN, appHost: echo.url, maxRetries: 0, throwOnError: true });
    const call = (client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[sdkMethod] as (...a: unknown[]) => Promise<unknown>;
    const error = await call.apply(client, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthError);
    const e = error as Error;
    const printed = [e.message, String(e), JSON.stringify(e), e.stack ?? "", inspect(e, { depth: Infinity, showHidden: true })].join("\n");
    for (const secret of [...secrets, APP.appSecret, ACCESS_TOKEN]) expect(printed.includes(secret), `${failure}: ${secret}`).toBe(false);
  });
});
