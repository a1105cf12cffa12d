// A unit test of the transport's argument checks: values it cannot send, and arguments in the
// wrong place, are refused at once with a GenAuthConfigError naming them — never sent, retried and
// reported as a connection error, nor a TypeError from deep inside.
import { describe, expect, it } from "vitest";
import { AccessKeySigner, callOperation, GenAuthConfigError, Transport, type FetchLike, type Operation, type TransportOptions } from "../src/index.js";

const APP = { appId: "app-1", appHost: "https://example.genauth.ai" };
const PROFILE: Operation = { method: "GET", path: "/api/v3/get-profile" };

/** A fetch that counts its calls and answers every one with a success envelope. */
function countingFetch(): FetchLike & { calls: number } {
  const fetch = Object.assign(
    async () => {
      fetch.calls++;
      return Response.json({ statusCode: 200, data: null });
    },
    { calls: 0 },
  );
  return fetch;
}

function thrown(run: () => unknown): GenAuthConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GenAuthConfigError);
    return error as GenAuthConfigError;
  }
  throw new Error("expected a GenAuthConfigError");
}

async function rejected(promise: Promise<unknown>): Promise<GenAuthConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenAuthConfigError);
  return error as GenAuthConfigError;
}

describe("values sent as headers", () => {
  it.each<[string, Partial<TransportOptions>, string]>([
    ["an appId read with its line break", { appId: "app-1\n" }, "appId"],
    ["an access token with a line break", { accessToken: "token\r\n" }, "accessToken"],
    ["a header with characters beyond Latin-1", { headers: { "x-note": "日本" } }, "headers"],
    ["an access token with a control character", { accessToken: "abc\u0001defghijk" }, "accessToken"],
    ["a header with DEL", { headers: { "x-a": "a\u007fb" } }, "headers"],
  ])("refuses %s at construction, naming it and not showing it", (_name, extra, field) => {
    const error = thrown(() => new Transport({ ...APP, ...extra }));
    expect(error.field).toBe(field);
    expect(error.message).not.toMatch(/app-1\n|token\r|日本/);
  });

  it("refuses a token with a line break given to setAccessToken", () => {
    const transport = new Transport(APP);
    expect(thrown(() => transport.setAccessToken("token\n")).field).toBe("accessToken");
    expect(transport.getAccessToken()).toBeUndefined();
  });

  it.each([
    ["an access key ID read with its line break", { accessKeyId: "ak-1\n" }, "accessKeyId"],
    ["a tenant ID beyond Latin-1", { tenantId: "租户1" }, "tenantId"],
    ["a lang with a NUL", { lang: "en-US\0" }, "lang"],
    ["a dangerouslyAllowBrowser that is not a boolean", { dangerouslyAllowBrowser: "yes" as never }, "dangerouslyAllowBrowser"],
  ])("the access-key signer refuses %s", (_name, extra, field) => {
    expect(thrown(() => new AccessKeySigner({ accessKeyId: "ak-1", accessKeySecret: "sk-1", ...extra })).field).toBe(field);
  });

  it("keeps Latin-1 and plain ASCII values", () => {
    expect(() => new Transport({ ...APP, headers: { "x-note": "café" }, accessToken: "a.b.c" })).not.toThrow();
  });
});

describe("per-call options", () => {
  const profile = { method: "GET", path: "/api/v3/get-profile" } as const;

  it.each([
    ["null", null, "options"],
    ["a string", "x", "options"],
    ["a signal that is not an AbortSignal", { signal: {} }, "signal"],
  ])("refuses %s, sending nothing", async (_name, options, field) => {
    const fetch = countingFetch();
    const error = await rejected(new Transport({ ...APP, fetch }).request(profile, {}, options as never));
    expect(error.field).toBe(field);
    expect(fetch.calls).toBe(0);
  });

  it("takes timeout: 0 as no timeout", async () => {
    const fetch = countingFetch();
    await new Transport({ ...APP, fetch }).request(profile, {}, { timeout: 0 });
    expect(fetch.calls).toBe(1);
  });
});

describe("arguments of a generated method or function", () => {
  const createUser = { method: "POST", path: "/api/v3/create-user", body: true } satisfies Operation;

  it.each([
    ["undefined", undefined],
    ["the options instead of the core", { appId: "app-1" }],
  ])("refuses %s as the core of a standalone function", async (_name, core) => {
    expect((await rejected(callOperation(core as never, createUser, [{}]))).field).toBe("core");
  });

  it.each([
    ["a string", "ann"],
    ["a number", 1],
    ["null", null],
  ])("refuses %s as a request body, sending nothing", async (_name, body) => {
    const fetch = countingFetch();
    const error = await rejected(callOperation(new Transport({ ...APP, fetch }), createUser, [body]));
    expect(error.field).toBe("requestBody");
    expect(error.message).toContain("POST /api/v3/create-user");
    expect(fetch.calls).toBe(0);
  });
});

it.each([
  ["a space in the host", "https://ann:p4ssw0rd@exa mple.com", '"https://exa mple.com"'],
  ["a slash in the password", "https://ann:p4ss/w0rd@example.com", '"https://example.com"'],
  ["a hash in the password", " https://ann:p4ss#w0rd@example.com", '"https://example.com"'],
  ["a query", "https://example.com/?access_token=p4ssw0rd", '"https://example.com/?…"'],
  ["a fragment", "https://example.com/#id_token=p4ssw0rd", '"https://example.com/#…"'],
  ["an email address in the query", "https://api.example.com/x?user=ann@example.com&access_token=p4ssw0rd", '"https://api.example.com/x?…"'],
  [
    "an email address in the query of a URL that does not parse",
    "https://exa mple.com/x?user=ann@example.com&access_token=p4ssw0rd",
    '"https://example.com&…"',
  ],
])("hides the user info, query and fragment of an appHost it cannot use: %s", (_name, appHost, shown) => {
  const error = thrown(() => new Transport({ ...APP, appHost }));
  expect(error.message).toContain(shown);
  expect(error.message).not.toMatch(/p4ss|w0rd/);
});

it.each([
  ["request options", (transport: Transport) => transport.request(PROFILE, {}, "user-t0ken-value" as never)],
  ["a signal", (transport: Transport) => transport.request(PROFILE, {}, { signal: "user-t0ken-value" as never })],
])("names only the type of a string given as %s: it may be a misplaced token", async (_name, call) => {
  const fetch = countingFetch();
  const error = await call(new Transport({ ...APP, fetch })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthConfigError);
  expect((error as Error).message).toContain("got a string");
  expect((error as Error).message).not.toContain("t0ken");
  expect(fetch.calls).toBe(0);
});
