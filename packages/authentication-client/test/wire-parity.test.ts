import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationClient } from "../src/index.js";
import { facts, type FactOperation, type FactParameter } from "./helpers/facts.js";
import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";

// For every generated operation of the facts table, call our method with sample arguments, in the
// official SDK's argument order, and check the request a real HTTP peer receives against what the
// official SDK sends (verb, path, query, body). Deliberate differences, each in docs/migration.md:
// path parameters are substituted and URL-encoded, verifyMfaToken's form body is sent, and a POST
// without a body carries no content-type.

const APP_ID = "wire-app";
const generated = facts.operations.filter((o) => o.kind === "generated");

let server: RecordingServer;
let client: AuthenticationClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = new AuthenticationClient({ appId: APP_ID, appSecret: "wire-secret", appHost: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

const argumentName = (p: FactParameter) => p.sdkName ?? p.name;

function sampleValue(p: FactParameter): string | number | boolean {
  if (p.type === "number") return 7;
  if (p.type === "boolean") return true;
  // Not the default, so that a value given is told apart from a default sent.
  if (p.type === "enum" && p.enum) return p.enum[p.enum.length - 1] as string;
  return `value of ${argumentName(p)} é`;
}

/** The arguments the official SDK takes, in its order: path parameters, then the query object or the body. */
function callArguments(o: FactOperation, query: Record<string, unknown> | undefined, body: unknown): unknown[] {
  const args: unknown[] = o.pathParams.map((p) => `${argumentName(p)}/x ä?`);
  if (o.query.length) args.push(query);
  if (o.body) args.push(body);
  return args;
}

async function call(o: FactOperation, args: unknown[]) {
  const method = (client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[o.sdkMethod];
  expect(method, `${o.sdkMethod} exists on AuthenticationClient`).toBeTypeOf("function");
  const before = server.requests.length;
  await method?.apply(client, args);
  expect(server.requests.length).toBe(before + 1);
  return server.last();
}

function expectedPath(o: FactOperation): string {
  return o.pathParams.reduce((path, p) => path.replace(`{${p.name}}`, encodeURIComponent(`${argumentName(p)}/x ä?`)), o.path);
}

describe.each(generated.map((o) => [o.sdkMethod, o] as const))("%s", (_name, o) => {
  it("takes its arguments the way the official signature declares them", () => {
    for (const p of o.pathParams) expect(o.sdkSignature).toContain(`${argumentName(p)}: string`);
    if (o.query.length) expect(o.sdkSignature.startsWith("{")).toBe(true);
    if (o.body) expect(o.sdkSignature).toContain(o.bodyParamKind ?? "requestBody");
  });

  it("sends the official verb, path, query and body when every argument is given", async () => {
    const query = Object.fromEntries(o.query.map((p) => [argumentName(p), sampleValue(p)]));
    const body = o.bodyParamKind === "formData" ? { token: "mfa token é" } : { marker: o.sdkMethod, nested: { list: [1, "two"] } };
    const request = await call(o, callArguments(o, query, body));

    expect(request.method).toBe(o.httpMethod);
    expect(request.rawPath).toBe(expectedPath(o));
    expect(request.headers["x-authing-app-id"]).toBe(APP_ID);
    const sentQuery = Object.fromEntries(request.query);
    expect(sentQuery).toEqual(Object.fromEntries(o.query.map((p) => [p.name, String(sampleValue(p))])));

    if (o.bodyParamKind === "formData") {
      // The official SDK drops this body; GenAuth's endpoint reads it as a form.
      expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual(body);
    } else if (o.body) {
      expect(request.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(request.body)).toEqual(body);
    } else {
      expect(request.body).toBe("");
      expect(request.headers["content-type"]).toBeUndefined();
    }
  });

  if (!o.query.length) return;
  it("sends the official defaults when only the required query values are given", async () => {
    const query = Object.fromEntries(o.query.filter((p) => p.required).map((p) => [argumentName(p), sampleValue(p)]));
    const request = await call(o, callArguments(o, query, { marker: o.sdkMethod }));
    const expected: Record<string, string> = {};
    for (const p of o.query) {
      if (p.required) expected[p.name] = String(sampleValue(p));
      else if (p.default !== undefined) expected[p.name] = String(p.default);
    }
    expect(Object.fromEntries(request.query)).toEqual(expected);
  });
});

it("covers all 121 generated operations of the facts table", () => {
  expect(generated).toHaveLength(121);
});
