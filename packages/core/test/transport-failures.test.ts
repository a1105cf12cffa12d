import { expect, it } from "vitest";
import {
  AccessKeySigner,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  Transport,
  type FetchLike,
  type OperationDescriptor,
} from "../src/index.js";

const PROFILE: OperationDescriptor = { method: "GET", path: "/api/v3/get-profile" };

/** A fetch that counts its calls and answers each with `answer()`. */
function countingFetch(answer: () => Response): FetchLike & { calls: number } {
  const fetch = Object.assign(
    async () => {
      fetch.calls++;
      return answer();
    },
    { calls: 0 },
  );
  return fetch;
}

it("reports an auth step that fails as it is, once: not as a connection error, and not retried", async () => {
  const fetch = countingFetch(() => Response.json({ statusCode: 200 }));
  let steps = 0;
  const transport = new Transport({
    appHost: "https://api.example.com",
    fetch,
    maxRetries: 2,
    auth: {
      headers: async () => {
        steps++;
        throw new TypeError("crypto.subtle is not available");
      },
    },
  });
  const error = await transport.request(PROFILE).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthError);
  expect(error).not.toBeInstanceOf(GenAuthConnectionError);
  expect((error as Error).message).toBe("GET /api/v3/get-profile could not be authenticated: crypto.subtle is not available");
  expect(steps).toBe(1);
  expect(fetch.calls).toBe(0);
});

it("names a 3xx that a call without a body gets back by its status, not as a refused redirect", async () => {
  const fetch = countingFetch(() => new Response(null, { status: 304, statusText: "Not Modified" }));
  const transport = new Transport({ appId: "a", appHost: "https://api.example.com", fetch, maxRetries: 0 });
  const error = await transport.request(PROFILE).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthApiError);
  expect((error as Error).message).toBe("GET /api/v3/get-profile answered HTTP 304 Not Modified");
});

it("refuses a client throwOnError that is not a boolean, as it does per call", () => {
  expect(() => new Transport({ appId: "a", appHost: "https://api.example.com", throwOnError: "yes" as never })).toThrow(
    expect.objectContaining({ field: "throwOnError" }) as unknown as Error,
  );
});

it("refuses signed header values with line breaks when the signer is made", () => {
  for (const field of ["lang", "tenantId", "sdkVersion"] as const) {
    const make = () => new AccessKeySigner({ accessKeyId: "AK", accessKeySecret: "SK", [field]: "zh-CN\r\nx-evil: 1" });
    expect(make).toThrow(GenAuthConfigError);
    expect(make).toThrow(expect.objectContaining({ field }) as unknown as Error);
  }
});

it("scrubs the token an attempt sent even when it was set after the call began", async () => {
  let transport: Transport | undefined;
  const fetch = countingFetch(() => {
    if (fetch.calls === 1) {
      // The token changes while the call waits to retry.
      transport?.setAccessToken("second-token-7c1d");
      return new Response("busy", { status: 503, headers: { "retry-after": "0" } });
    }
    return Response.json({ statusCode: 400, message: "token second-token-7c1d is not valid here" }, { status: 400 });
  });
  transport = new Transport({ appId: "a", appHost: "https://api.example.com", accessToken: "first-token-3a9b", fetch, maxRetries: 1 });
  const error = await transport.request(PROFILE).catch((e: unknown) => e);
  expect(fetch.calls).toBe(2);
  expect(error).toBeInstanceOf(GenAuthApiError);
  expect((error as Error).message).not.toContain("second-token-7c1d");
  expect((error as Error).message).toContain("[REDACTED]");
});

it("reports arguments that cannot be encoded as a GenAuthConfigError naming the part, without sending or retrying", async () => {
  const fetch = countingFetch(() => Response.json({ statusCode: 200 }));
  const transport = new Transport({ appId: "a", appHost: "https://api.example.com", fetch, maxRetries: 2 });
  const loop: Record<string, unknown> = {};
  loop.self = loop;
  const nested = await transport.request(PROFILE, { query: { filter: loop } }).catch((e: unknown) => e);
  expect(nested).toBeInstanceOf(GenAuthConfigError);
  expect(nested).toMatchObject({
    field: "query",
    message: expect.stringMatching(/^GET \/api\/v3\/get-profile: the query cannot be encoded \(.+\): pass plain JSON values$/),
  });
  const post: OperationDescriptor = { method: "POST", path: "/api/v3/signin" };
  await expect(transport.request(post, { body: { n: 1n } })).rejects.toMatchObject({ name: "GenAuthConfigError", field: "body" });
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const signed = new Transport({ appHost: "https://api.example.com", fetch, auth: new AccessKeySigner({ accessKeyId: "ak", accessKeySecret: "sk" }) });
  await expect(signed.request(post, { body: cyclic })).rejects.toMatchObject({ name: "GenAuthConfigError", field: "body" });
  await expect(signed.request(PROFILE, { query: { filter: cyclic } })).rejects.toMatchObject({ name: "GenAuthConfigError", field: "query" });
  expect(fetch.calls).toBe(0);
});

it("reports a failed answer for a request whose secret has a lone surrogate, scrubbed, and refuses such a path argument by name", async () => {
  const password = "wrong-\uD800-password";
  const fetch = countingFetch(() => Response.json({ statusCode: 400, message: `bad password ${password}` }, { status: 400 }));
  const transport = new Transport({ appId: "a", appHost: "https://api.example.com", fetch, maxRetries: 0 });
  const post: OperationDescriptor = { method: "POST", path: "/api/v3/signin" };
  const error = await transport.request(post, { body: { password } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthApiError);
  expect((error as Error).message).not.toContain(password);
  const byId: OperationDescriptor = { method: "DELETE", path: "/api/v3/items/{id}", pathParams: [{ name: "id", argument: "itemId" }] };
  await expect(transport.request(byId, { path: { id: "a\uDC00b" } })).rejects.toMatchObject({ name: "GenAuthConfigError", field: "itemId" });
  expect(fetch.calls).toBe(1);
});

it("refuses an answer of the caller's fetch that is not a Response, naming fetch, rather than resolving to undefined", async () => {
  const transport = new Transport({ appId: "a", appHost: "https://api.example.com", fetch: (async () => ({ ok: true })) as never, maxRetries: 0 });
  await expect(transport.request(PROFILE)).rejects.toMatchObject({
    name: "GenAuthConfigError",
    field: "fetch",
    message: "the fetch of the options answered object without a numeric status, not a Response",
  });
});

it("gives an error the URL of the request's path, its placeholders filled and its query left out", async () => {
  const fetch = countingFetch(() => Response.json({ statusCode: 404, message: "no such entry" }, { status: 404 }));
  const transport = new Transport({ appId: "a", appHost: "https://api.example.com", fetch, maxRetries: 0 });
  const operation: OperationDescriptor = { method: "DELETE", path: "/api/v3/ip-list/{id}", pathParams: [{ name: "id", argument: "id" }] };
  const error = await transport.request(operation, { path: { id: "ip 42" }, query: { tenant: "t1" } }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "GenAuthApiError", url: "https://api.example.com/api/v3/ip-list/ip%2042", method: "DELETE" });
});
