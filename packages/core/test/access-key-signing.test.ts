import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AccessKeySigner,
  buildStringToSign,
  GenAuthApiError,
  GenAuthConfigError,
  importSigningKey,
  signString,
  Transport,
  webCryptoHmacSha1,
} from "../src/index.js";
import { nodeHmacSha1 } from "../src/node.js";
import { stubFetch, json } from "./helpers.js";

interface TestVector {
  request: { method?: string; url?: string; params?: Record<string, unknown>; data?: Record<string, unknown> };
  headers: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  stringToSign: string;
  authorization: string;
}

const facts = JSON.parse(readFileSync(new URL("../../../specs/facts/genauth-management-api.json", import.meta.url), "utf8")) as {
  client: { auth: { testVectors: TestVector[] } };
};
const vectors = facts.client.auth.testVectors;
const requestVectors = vectors.filter((v) => v.request.method);
const NONCE = "0123456789abcdef0123456789abcdef";
const DATE = "Tue, 01 Jul 2025 08:00:00 GMT";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the official test vectors", () => {
  it.each(requestVectors.map((v) => [`${v.request.method} ${v.request.url}`, v] as const))("%s: string to sign and authorization", async (_name, v) => {
    const parameters = v.request.method === "GET" ? v.request.params : v.request.data;
    const text = buildStringToSign({ method: v.request.method as string, path: v.request.url as string, headers: v.headers, parameters });
    expect(text).toBe(v.stringToSign);
    const signature = await signString(await importSigningKey(v.accessKeySecret), text);
    expect(`authing ${v.accessKeyId}:${signature}`).toBe(v.authorization);
  });

  it.each([
    ["Web Crypto", webCryptoHmacSha1],
    ["node:crypto", nodeHmacSha1],
  ] as const)("every vector's signature with the %s HMAC", async (_name, hmacSha1) => {
    for (const v of vectors) expect(`authing ${v.accessKeyId}:${await hmacSha1(v.accessKeySecret)(v.stringToSign)}`).toBe(v.authorization);
  });

  it("the WebSocket vector: the signature of `websocket\\n`", async () => {
    const v = vectors.find((vector) => !vector.request.method) as TestVector;
    expect(v.stringToSign).toBe("websocket\n");
    const signature = await signString(await importSigningKey(v.accessKeySecret), v.stringToSign);
    expect(`authing ${v.accessKeyId}:${signature}`).toBe(v.authorization);
  });

  it.each(requestVectors.map((v) => [`${v.request.method} ${v.request.url}`, v] as const))(
    "%s: a transport with AccessKeySigner sends the vector's authorization for the vector's date and nonce",
    async (_name, v) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(DATE));
      const fixedNonce = (array: Uint8Array) => {
        for (let i = 0; i < array.length; i++) array[i] = Number.parseInt(NONCE.slice(i * 2, i * 2 + 2), 16);
        return array;
      };
      vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation(fixedNonce as unknown as typeof globalThis.crypto.getRandomValues);
      const fetch = stubFetch(json({ statusCode: 200, message: "ok", data: {} }));
      const signer = new AccessKeySigner({ accessKeyId: v.accessKeyId, accessKeySecret: v.accessKeySecret, sdkVersion: v.headers["x-authing-sdk-version"] });
      const transport = new Transport({ appHost: "https://api.example.com", auth: signer, fetch });
      const method = v.request.method as "GET" | "POST";
      await transport.request({ method, path: v.request.url as string }, method === "GET" ? { query: v.request.params } : { body: v.request.data });
      const sent = fetch.requests[0]?.headers ?? {};
      expect(sent["x-authing-signature-nonce"]).toBe(NONCE);
      expect(sent.date).toBe(DATE);
      expect(sent.authorization).toBe(v.authorization);
    },
  );
});

describe("AccessKeySigner", () => {
  const options = { accessKeyId: "AK_EXAMPLE", accessKeySecret: "SK_VERY_SECRET_VALUE" };

  it("signs every attempt afresh: a retry carries a new nonce and its own signature", async () => {
    const fetch = stubFetch(json({ statusCode: 503, message: "busy" }, { headers: { "retry-after": "0" } }), json({ statusCode: 200, message: "ok" }));
    const transport = new Transport({ appHost: "https://api.example.com", auth: new AccessKeySigner(options), fetch, maxRetries: 1 });
    await transport.request({ method: "POST", path: "/api/v3/create-user" }, { body: { email: "a@example.com" } });
    const [first, second] = fetch.requests;
    expect(first?.headers["x-authing-signature-nonce"]).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.headers["x-authing-signature-nonce"]).not.toBe(first?.headers["x-authing-signature-nonce"]);
    expect(second?.headers.authorization).not.toBe(first?.headers.authorization);
    for (const seen of [first, second]) {
      const headers = seen?.headers ?? {};
      const text = buildStringToSign({ method: "POST", path: "/api/v3/create-user", headers, parameters: { email: "a@example.com" } });
      expect(headers.authorization).toBe(`authing AK_EXAMPLE:${await signString(await importSigningKey(options.accessKeySecret), text)}`);
    }
  });

  it("signs a body as the JSON sent carries it: a Date as its text, NaN as null, no function, nothing for a toJSON() of undefined", async () => {
    const key = await importSigningKey(options.accessKeySecret);
    const signedOver = async (body: unknown, parameters: Record<string, unknown> | undefined) => {
      const fetch = stubFetch(json({ statusCode: 200, message: "ok" }));
      const transport = new Transport({ appHost: "https://api.example.com", auth: new AccessKeySigner(options), fetch });
      await transport.request({ method: "POST", path: "/api/v3/create-user" }, { body });
      const headers = fetch.requests[0]?.headers ?? {};
      const text = buildStringToSign({ method: "POST", path: "/api/v3/create-user", headers, parameters });
      expect(headers.authorization).toBe(`authing AK_EXAMPLE:${await signString(key, text)}`);
    };
    const birthdate = new Date("1990-01-02T00:00:00Z");
    await signedOver(
      { birthdate, n: Number.NaN, f: () => 1, nested: { at: birthdate } },
      { birthdate: "1990-01-02T00:00:00.000Z", n: null, nested: { at: "1990-01-02T00:00:00.000Z" } },
    );
    await signedOver({ toJSON: () => undefined }, undefined);
  });

  it("signs the query of a request without a body, and the filled path", async () => {
    const fetch = stubFetch(json({ statusCode: 200, message: "ok" }));
    const transport = new Transport({
      appHost: "https://api.example.com/base",
      auth: new AccessKeySigner(options),
      fetch,
    });
    await transport.request(
      { method: "DELETE", path: "/api/v3/ip-list/{id}", pathParams: [{ name: "id", argument: "id" }] },
      { path: { id: "a/b" }, query: { authIds: ["x", "y"] } },
    );
    const seen = fetch.requests[0];
    expect(seen?.url).toBe("https://api.example.com/base/api/v3/ip-list/a%2Fb?authIds[]=x&authIds[]=y");
    const text = buildStringToSign({ method: "DELETE", path: "/api/v3/ip-list/a%2Fb", headers: seen?.headers ?? {}, parameters: { authIds: ["x", "y"] } });
    expect(text.endsWith('/api/v3/ip-list/a%2Fb?authIds=["x","y"]')).toBe(true);
    expect(seen?.headers.authorization).toBe(`authing AK_EXAMPLE:${await signString(await importSigningKey(options.accessKeySecret), text)}`);
  });

  it("sends tenantId in x-authing-app-id and lang in x-authing-lang, both signed", async () => {
    const fetch = stubFetch(json({ statusCode: 200, message: "ok" }));
    const transport = new Transport({
      appHost: "https://api.example.com",
      auth: new AccessKeySigner({ ...options, tenantId: "tenant-1", lang: "en-US" }),
      fetch,
    });
    await transport.request({ method: "GET", path: "/api/v3/get-user" }, { query: { userId: "u1" } });
    const headers = fetch.requests[0]?.headers ?? {};
    expect(headers["x-authing-app-id"]).toBe("tenant-1");
    expect(headers["x-authing-lang"]).toBe("en-US");
    expect(buildStringToSign({ method: "GET", path: "/api/v3/get-user", headers, parameters: { userId: "u1" } })).toContain(
      "x-authing-app-id:tenant-1\nx-authing-lang:en-US\n",
    );
  });

  it("keeps the secret out of util.inspect, JSON.stringify and errors", async () => {
    const signer = new AccessKeySigner(options);
    const fetch = stubFetch(json({ statusCode: 401, message: `bad signature for ${options.accessKeySecret}` }, { status: 401 }));
    const transport = new Transport({ appHost: "https://api.example.com", auth: signer, fetch });
    expect(inspect(signer, { depth: 10, showHidden: true })).not.toContain(options.accessKeySecret);
    expect(inspect(transport, { depth: 10, showHidden: true })).not.toContain(options.accessKeySecret);
    expect(JSON.stringify(signer)).not.toContain(options.accessKeySecret);
    const error = await transport.request({ method: "GET", path: "/api/v3/get-user" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(inspect(error, { depth: 10 })).not.toContain(options.accessKeySecret);
    expect((error as Error).message).toContain("[REDACTED]");
  });

  it("names the missing key and the fix", () => {
    expect(() => new AccessKeySigner({ accessKeyId: "", accessKeySecret: "x" })).toThrow(/accessKeyId is required/);
    const error = (() => {
      try {
        return new AccessKeySigner({ accessKeyId: "AK", accessKeySecret: 42 as unknown as string });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe("accessKeySecret");
    expect((error as Error).message).toContain("got number");
  });

  it("refuses a browser's worker too, but not Cloudflare's (no location) nor Deno's (no importScripts)", () => {
    class WorkerGlobalScope {}
    vi.stubGlobal("WorkerGlobalScope", WorkerGlobalScope);
    try {
      expect(() => new AccessKeySigner(options)).not.toThrow();
      vi.stubGlobal("location", { protocol: "https:" });
      expect(() => new AccessKeySigner(options)).not.toThrow();
      vi.stubGlobal("importScripts", () => undefined);
      expect(() => new AccessKeySigner(options)).toThrow(/dangerouslyAllowBrowser/);
      vi.stubGlobal("location", { protocol: "chrome-extension:" });
      expect(() => new AccessKeySigner(options)).toThrow(/dangerouslyAllowBrowser/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses a web page unless dangerouslyAllowBrowser is set", () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", {});
    try {
      expect(() => new AccessKeySigner(options)).toThrow(/dangerouslyAllowBrowser/);
      expect(new AccessKeySigner({ ...options, dangerouslyAllowBrowser: true }).accessKeyId).toBe("AK_EXAMPLE");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
