import { describe, expect, it } from "vitest";
import { GenAuthApiError, GenAuthConfigError, GenAuthConnectionError, Transport, type OperationDescriptor } from "../src/index.js";
import { json, stubFetch } from "./helpers.js";

const WECHAT: OperationDescriptor = { method: "POST", path: "/api/v3/get-wechat-access-token-info" };
const OK = { statusCode: 200, message: "ok", data: { accessToken: "wx-token", expiresAt: "1700000000" } };

function transport(fetch: ReturnType<typeof stubFetch>, extra: Record<string, unknown> = {}) {
  return new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch, maxRetries: 0, ...extra });
}

describe("Transport on the wire", () => {
  it("posts a JSON body to appHost + path with x-authing-app-id, and returns the envelope", async () => {
    const fetch = stubFetch(json(OK));
    const result = await transport(fetch).request(WECHAT, { body: { appId: "wx1", appSecret: "s" } });
    expect(result).toEqual(OK);
    const [seen] = fetch.requests;
    expect(seen?.method).toBe("POST");
    expect(seen?.url).toBe("https://example.genauth.ai/api/v3/get-wechat-access-token-info");
    expect(seen?.headers["x-authing-app-id"]).toBe("app-1");
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen?.body ?? "")).toEqual({ appId: "wx1", appSecret: "s" });
  });

  it("keeps a base path of appHost and drops its trailing slashes", async () => {
    const fetch = stubFetch(json(OK));
    await new Transport({ appId: "a", appHost: "https://example.genauth.ai/tenant//", fetch }).request(WECHAT, { body: {} });
    expect(fetch.requests[0]?.url).toBe("https://example.genauth.ai/tenant/api/v3/get-wechat-access-token-info");
  });

  it("sends the access token raw in authorization, as the official SDK does, once set", async () => {
    const fetch = stubFetch(json(OK));
    const t = transport(fetch);
    await t.request(WECHAT, { body: {} });
    expect(fetch.requests[0]?.headers.authorization).toBeUndefined();
    t.setAccessToken("user-token");
    await t.request(WECHAT, { body: {} });
    expect(fetch.requests[1]?.headers.authorization).toBe("user-token");
  });

  it("sends Basic client credentials instead on clientBasic endpoints with client_secret_basic", async () => {
    const fetch = stubFetch(json(OK));
    const t = transport(fetch, { appSecret: "app-secret", accessToken: "user-token", tokenEndPointAuthMethod: "client_secret_basic" });
    await t.request({ method: "POST", path: "/api/v3/signin", clientBasic: true }, { body: {} });
    await t.request(WECHAT, { body: {} });
    expect(fetch.requests[0]?.headers.authorization).toBe(`Basic ${btoa("app-1:app-secret")}`);
    expect(fetch.requests[1]?.headers.authorization).toBe("user-token");
  });

  it("never lets per-call headers override x-authing-app-id", async () => {
    const fetch = stubFetch(json(OK));
    await transport(fetch).request(WECHAT, { body: {} }, { headers: { "x-authing-app-id": "other", "x-trace": "t1" } });
    expect(fetch.requests[0]?.headers["x-authing-app-id"]).toBe("app-1");
    expect(fetch.requests[0]?.headers["x-trace"]).toBe("t1");
  });

  it("serialises query parameters and leaves undefined ones out", async () => {
    const fetch = stubFetch(json(OK));
    await transport(fetch).request({ method: "GET", path: "/api/v3/get-my-login-history" }, { query: { page: 1, limit: 10, appId: undefined, success: true } });
    expect(fetch.requests[0]?.url).toBe("https://example.genauth.ai/api/v3/get-my-login-history?page=1&limit=10&success=true");
    expect(fetch.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it("substitutes and URL-encodes path parameters", async () => {
    const fetch = stubFetch(json(OK));
    const op: OperationDescriptor = {
      method: "DELETE",
      path: "/api/v3/webauthn/credentials/{credentialId}",
      pathParams: [{ name: "credentialId", argument: "credentialId" }],
    };
    await transport(fetch).request(op, { path: { credentialId: "a/b c?" } });
    expect(fetch.requests[0]?.url).toBe("https://example.genauth.ai/api/v3/webauthn/credentials/a%2Fb%20c%3F");
  });

  it("refuses to send a literal {placeholder} when a path parameter is missing", async () => {
    const fetch = stubFetch(json(OK));
    const op: OperationDescriptor = {
      method: "POST",
      path: "/api/v3/webauthn/remove-credential/{credentialID}",
      pathParams: [{ name: "credentialID", argument: "credentialId" }],
    };
    const error = await transport(fetch)
      .request(op, { path: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe("credentialId");
    expect(fetch.requests).toHaveLength(0);
  });

  it("sends form bodies for form operations", async () => {
    const fetch = stubFetch(json({ active: true }));
    await transport(fetch).request({ method: "POST", path: "/oidc/token/introspection", bodyType: "form" }, { body: { token: "t", x: undefined } });
    expect(fetch.requests[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(fetch.requests[0]?.body).toBe("token=t");
  });
});

describe("Transport answers", () => {
  it("returns a failed envelope as it came by default", async () => {
    const failure = { statusCode: 400, message: "appSecret is required", requestId: "r1" };
    const result = await transport(stubFetch(json(failure))).request(WECHAT, { body: {} });
    expect(result).toEqual(failure);
  });

  it("throws GenAuthApiError for a failed envelope with throwOnError", async () => {
    const failure = { statusCode: 403, apiCode: 2333, message: "Account not exists or password is incorrect.", requestId: "r2" };
    const error = await transport(stubFetch(json(failure)), { throwOnError: true })
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status: 200, statusCode: 403, apiCode: 2333, requestId: "r2", message: failure.message });
  });

  it("turns an HTTP error status into GenAuthApiError carrying the status", async () => {
    const error = await transport(stubFetch(new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" })))
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ status: 502, statusCode: 502 });
    expect((error as Error).message).toContain("HTTP 502");
  });

  it("turns a 200 body that is not JSON into GenAuthApiError, not a SyntaxError", async () => {
    const error = await transport(stubFetch(new Response("not json", { status: 200 })))
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect((error as Error).message).toContain("not JSON");
  });

  it("wraps a network failure in GenAuthConnectionError with its cause", async () => {
    const cause = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const error = await transport(stubFetch(cause))
      .request(WECHAT, { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    // A sanitised copy: name, message and code survive, anything else the original carried does not.
    expect((error as Error).cause).toMatchObject({ name: "TypeError", message: "fetch failed", cause: { code: "ECONNREFUSED" } });
  });
});
