import { createRequire } from "node:module";
import { buildStringToSign, importSigningKey, signString } from "@genauth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManagementClient } from "../src/index.js";
import { facts, type FactOperation, type FactParameter } from "./helpers/facts.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer } from "@genauth/mock-server";

// For every generated operation of the facts table, call the OFFICIAL ManagementClient of
// authing-node-sdk and ours with the same arguments, against one recording server on 127.0.0.1,
// and compare what arrives: verb, path, query, body and signed headers. Both signatures are
// checked with the algorithm (their date and nonce differ, so their values do). The intended
// differences — the official SDK's bugs, fixed, each in docs/migration.md — are listed below and
// asserted as differences.

/** The three DELETE methods whose official URL keeps the literal `{id}`: ours fills it in. */
const FILLED_PATHS = ["deleteById", "deleteUserListById", "deleteRiskListPolicyById"];
/** Query parameters the official SDK leaves unsigned (it signs the absent body of a non-GET): ours signs them. */
const SIGNED_QUERY = ["deleteAuth", "upload"];
/** Headers whose value names the sending SDK and its runtime: present on both sides, values differ. */
const SDK_HEADERS = ["x-authing-sdk-version", "user-agent"];

const require = createRequire(import.meta.url);
const official = require("authing-node-sdk") as {
  ManagementClient: new (options: Record<string, unknown>) => Record<string, (...args: unknown[]) => Promise<unknown>>;
};

const ACCESS_KEY_ID = "wire-ak";
const ACCESS_KEY_SECRET = "wire-sk-secret";
const TENANT_ID = "wire-tenant";
const generated = facts.operations.filter((o) => o.kind === "generated");

let server: RecordingServer;
let theirs: Record<string, (...args: unknown[]) => Promise<unknown>>;
let ours: ManagementClient;
let key: CryptoKey;
beforeAll(async () => {
  server = await startRecordingServer();
  theirs = new official.ManagementClient({ accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, host: server.url, tenantId: TENANT_ID });
  ours = new ManagementClient({ accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, host: server.url, tenantId: TENANT_ID, maxRetries: 0 });
  key = await importSigningKey(ACCESS_KEY_SECRET);
});
afterAll(() => server.close());

const argumentName = (p: FactParameter) => p.sdkName ?? p.name;

function sampleValue(p: FactParameter): unknown {
  if (p.type === "number") return 7;
  if (p.type === "boolean") return true;
  // Not the default, so that a value given is told apart from a default sent.
  if (p.type === "enum" && p.enum) return p.enum[p.enum.length - 1];
  if (p.type === "array") return p.items?.enum ? [p.items.enum[0], p.items.enum[1] ?? p.items.enum[0]] : [`one of ${argumentName(p)}`, "two é"];
  return `value of ${argumentName(p)} é`;
}

const positional = (o: FactOperation) => o.query.length > 0 && !o.sdkSignature.startsWith("{");

/** The official method's arguments: the path parameter, the query (one object, or one by one), the body. */
function callArguments(o: FactOperation, query: Record<string, unknown>, body: unknown): unknown[] {
  const args: unknown[] = o.pathParams.map((p) => `${argumentName(p)}/x ä`);
  if (positional(o)) args.push(...o.query.map((p) => query[argumentName(p)]));
  else if (o.query.length) args.push(query);
  if (o.body) args.push(body);
  return args;
}

/**
 * What each side signs: the query of a GET (defaults filled), the body otherwise. The official
 * keeps unset fields as undefined (a query of nothing but those is signed as a bare `?`); ours
 * signs the query as sent.
 */
function signedParameters(o: FactOperation, query: Record<string, unknown>, body: unknown, side: "ours" | "theirs"): Record<string, unknown> {
  const all = o.query.map((p) => [p.name, query[argumentName(p)] ?? p.default]);
  const wire = Object.fromEntries(side === "ours" ? all.filter(([, value]) => value !== undefined) : all);
  if (o.httpMethod === "GET") return wire;
  if (o.body) return body as Record<string, unknown>;
  return side === "ours" && o.query.length ? wire : {};
}

async function record(client: Record<string, unknown>, o: FactOperation, args: unknown[]): Promise<RecordedRequest> {
  const method = client[o.sdkMethod] as ((...a: unknown[]) => Promise<unknown>) | undefined;
  expect(method, `${o.sdkMethod} exists`).toBeTypeOf("function");
  const before = server.requests.length;
  await method?.apply(client, args);
  expect(server.requests.length).toBe(before + 1);
  return server.last();
}

/** The query as name -> values, `name[]` folded into `name`. */
function queryOf(request: RecordedRequest): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of request.query) {
    const key = name.replace(/\[\]$/, "");
    out[key] ??= [];
    out[key].push(value);
  }
  return out;
}

/** The names of the signed headers a request carries. */
const signedHeaderNames = (request: RecordedRequest) =>
  Object.keys(request.headers)
    .filter((name) => name.startsWith("x-authing-") || name === "date")
    .sort();

async function expectValidSignature(request: RecordedRequest, method: string, path: string, parameters: Record<string, unknown>) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
  const text = buildStringToSign({ method, path, headers, parameters });
  expect(request.headers.authorization).toBe(`authing ${ACCESS_KEY_ID}:${await signString(key, text)}`);
}

async function compare(o: FactOperation, query: Record<string, unknown>, body: unknown) {
  const args = callArguments(o, query, body);
  const official = await record(theirs, o, args);
  const mine = await record(ours as unknown as Record<string, unknown>, o, args);

  expect(mine.method).toBe(official.method);
  const filled = o.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(`${argumentName(o.pathParams[0] as FactParameter)}/x ä`));
  if (FILLED_PATHS.includes(o.sdkMethod)) {
    // The placeholder itself, percent-encoded by axios.
    expect(official.rawPath).toBe(o.path.replace("{", "%7B").replace("}", "%7D"));
    expect(mine.rawPath).toBe(filled);
  } else {
    expect(mine.rawPath).toBe(official.rawPath);
  }
  expect(queryOf(mine)).toEqual(queryOf(official));
  expect(mine.body === "" ? undefined : JSON.parse(mine.body)).toEqual(official.body === "" ? undefined : JSON.parse(official.body));
  if (mine.body !== "") expect(mine.headers["content-type"]).toMatch(/^application\/json/);

  expect(signedHeaderNames(mine)).toEqual(signedHeaderNames(official));
  for (const name of signedHeaderNames(official)) {
    if (["date", "x-authing-signature-nonce", ...SDK_HEADERS].includes(name)) continue;
    expect(mine.headers[name], name).toBe(official.headers[name]);
  }
  expect(mine.headers["x-authing-app-id"]).toBe(TENANT_ID);
  expect(mine.headers.accept).toBe(official.headers.accept);

  await expectValidSignature(official, o.httpMethod, o.path, signedParameters(o, query, body, "theirs"));
  await expectValidSignature(mine, o.httpMethod, FILLED_PATHS.includes(o.sdkMethod) ? filled : o.path, signedParameters(o, query, body, "ours"));
}

describe.each(generated.map((o) => [o.sdkMethod, o] as const))("%s", (_name, o) => {
  it("sends what the official SDK sends when every argument is given, signed", async () => {
    const query = Object.fromEntries(o.query.map((p) => [argumentName(p), sampleValue(p)]));
    await compare(o, query, { marker: o.sdkMethod, nested: { list: [1, "two"] }, flag: false });
  });

  if (!o.query.length || positional(o)) return;
  it("sends the official defaults when only the required query values are given, signed", async () => {
    const query = Object.fromEntries(o.query.filter((p) => p.required).map((p) => [argumentName(p), sampleValue(p)]));
    await compare(o, query, undefined);
  });
});

describe("the intended differences", () => {
  it("the {id} methods and the unsigned-query methods are the ones the facts call bugs", () => {
    const bugs = generated.filter((o) => /SDK bug: the URL is sent with the literal placeholder/.test(o.notes)).map((o) => o.sdkMethod);
    expect(bugs.sort()).toEqual([...FILLED_PATHS].sort());
    const unsigned = generated.filter((o) => /with query parameters: the HTTP client signs config\.data/.test(o.notes)).map((o) => o.sdkMethod);
    expect(unsigned.sort()).toEqual([...SIGNED_QUERY].sort());
  });

  it("the official constructor deletes falsy options from the caller's object; ours leaves it alone", () => {
    const theirOptions: Record<string, unknown> = { accessKeyId: "a", accessKeySecret: "b", host: server.url, rejectUnauthorized: false, lang: "" };
    new official.ManagementClient(theirOptions);
    expect(theirOptions).not.toHaveProperty("rejectUnauthorized");
    const ourOptions = { accessKeyId: "a", accessKeySecret: "b", host: server.url, rejectUnauthorized: false, lang: "" as never, fetch: globalThis.fetch };
    const copy = { ...ourOptions };
    new ManagementClient(ourOptions);
    expect(ourOptions).toEqual(copy);
  });

  it("the official constructor changes the global axios baseURL; ours changes nothing global", () => {
    const axios = require(require.resolve("axios", { paths: [require.resolve("authing-node-sdk")] })) as { defaults: { baseURL?: string } };
    new official.ManagementClient({ accessKeyId: "a", accessKeySecret: "b", host: "https://official.example.com" });
    expect(axios.defaults.baseURL).toBe("https://official.example.com");
    new ManagementClient({ accessKeyId: "a", accessKeySecret: "b", host: "https://ours.example.com" });
    expect(axios.defaults.baseURL).toBe("https://official.example.com");
  });
});

it("covers all 496 generated operations of the facts table", () => {
  expect(generated).toHaveLength(496);
});
