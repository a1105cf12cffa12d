import { describe, expect, it } from "vitest";
import { normalizeAppHost } from "../src/app-host.js";
import { AccessKeySigner, GenAuthConfigError, Transport, type TransportOptions } from "../src/index.js";

function configError(options: unknown): GenAuthConfigError {
  try {
    new Transport(options as TransportOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(GenAuthConfigError);
    return error as GenAuthConfigError;
  }
  throw new Error("expected the constructor to throw");
}

describe("client options", () => {
  it.each([
    [{ appHost: "https://a.genauth.ai" }, "appId"],
    [{ appId: "", appHost: "https://a.genauth.ai" }, "appId"],
    [{ appId: "a" }, "appHost"],
    [{ appId: "a", appHost: "https://" }, "appHost"],
    [{ appId: "a", appHost: "ftp://a.genauth.ai" }, "appHost"],
    [{ appId: "a", appHost: "https://a.genauth.ai?x=1" }, "appHost"],
    [{ appId: "a", appHost: "http://a.genauth.ai" }, "appHost"],
    [{ appId: "a", appHost: "https://a.genauth.ai", timeout: -1 }, "timeout"],
    [{ appId: "a", appHost: "https://a.genauth.ai", timeout: 0 }, "timeout"],
    [{ appId: "a", appHost: "https://a.genauth.ai", timeout: Number.NaN }, "timeout"],
    [{ appId: "a", appHost: "https://a.genauth.ai", timeout: "10s" }, "timeout"],
    [{ appId: "a", appHost: "https://a.genauth.ai", timeout: 3_000_000_000 }, "timeout"],
    [{ appId: "a", appHost: "https://a.genauth.ai", maxRetries: -1 }, "maxRetries"],
    [{ appId: "a", appHost: "::not a url::" }, "appHost"],
    [{ appId: "a", appHost: "https://exa mple.com" }, "appHost"],
    [{ appId: "a", appHost: 42 }, "appHost"],
    [{ appId: "a", appHost: "http://10.0.0.5:8080" }, "appHost"],
    [{ appId: "a", appHost: "http://a.genauth.ai", allowInsecureHttp: "yes" }, "allowInsecureHttp"],
    [{ appId: "a", appHost: "https://a.genauth.ai", headers: { "x-a": 1 } }, "headers"],
    [null, "options"],
    [{ appId: "a", appHost: "https://a.genauth.ai", maxRetries: 1.5 }, "maxRetries"],
    [{ appId: "a", appHost: "https://a.genauth.ai", tokenEndPointAuthMethod: "private_key_jwt" }, "tokenEndPointAuthMethod"],
    [{ appId: "a", appHost: "https://a.genauth.ai", fetch: "fetch" }, "fetch"],
  ])("refuses %j, naming %s", (options, field) => {
    const error = configError(options);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it("says what a bad appHost was and what a good one looks like", () => {
    expect(configError({ appId: "a", appHost: "https://" }).message).toBe(
      'appHost must be an absolute http(s) URL such as "https://my-app.genauth.ai", got "https://"',
    );
  });

  it("normalises appHost as the official SDK does", () => {
    expect(normalizeAppHost("my-app.genauth.ai")).toBe("https://my-app.genauth.ai");
    expect(normalizeAppHost("https://my-app.genauth.ai///")).toBe("https://my-app.genauth.ai");
    expect(normalizeAppHost("localhost:3000")).toBe("http://localhost:3000");
    expect(normalizeAppHost("http://127.0.0.1:3000/")).toBe("http://127.0.0.1:3000");
    expect(normalizeAppHost("http://intranet.example", true)).toBe("http://intranet.example");
  });

  it("says how to opt in to plain http for a remote host, and accepts it once opted in", () => {
    const error = configError({ appId: "a", appHost: "http://auth.example.com" });
    expect(error.message).toContain("allowInsecureHttp: true");
    expect(new Transport({ appId: "a", appHost: "http://auth.example.com", allowInsecureHttp: true }).appHost).toBe("http://auth.example.com");
    expect(new Transport({ appId: "a", appHost: "http://localhost:3000" }).appHost).toBe("http://localhost:3000");
  });

  it("tells a negative timeout what it should be", () => {
    expect(configError({ appId: "a", appHost: "https://a.genauth.ai", timeout: -1 }).message).toBe(
      "timeout must be a positive number of milliseconds, e.g. 10000, got -1",
    );
  });

  it("does not touch nested option objects either, nor keep a live reference to them", () => {
    const headers = { "x-team": "a" };
    const options = { appId: "a", appHost: "https://a.genauth.ai", headers };
    const transport = new Transport(options);
    expect(options).toEqual({ appId: "a", appHost: "https://a.genauth.ai", headers: { "x-team": "a" } });
    expect(Object.keys(options)).toEqual(["appId", "appHost", "headers"]);
    headers["x-team"] = "b";
    expect(transport.options.headers).toEqual({ "x-team": "a" });
  });

  it("does not touch the caller's options object", () => {
    const options = Object.freeze({ appId: "a", appHost: "my-app.genauth.ai", appSecret: "s" });
    const copy = { ...options };
    const transport = new Transport(options);
    expect(options).toEqual(copy);
    expect(transport.options).toMatchObject({ timeout: 10_000, maxRetries: 2, throwOnError: false });
  });

  it("never names a secret's value when it has the wrong type", () => {
    const error = configError({ appId: "a", appHost: "https://a.genauth.ai", appSecret: 12345678 });
    expect(error.field).toBe("appSecret");
    expect(error.message).not.toContain("12345678");
  });

  it("quotes a bad number or boolean, but names a header value only by its kind: it may be a key", () => {
    expect(configError({ appId: "a", appHost: "https://a.genauth.ai", throwOnError: 1 }).message).toContain("got 1");
    expect(configError({ appId: "a", appHost: "https://a.genauth.ai", maxRetries: 11 }).message).toContain("got 11");
    const header = configError({ appId: "a", appHost: "https://a.genauth.ai", headers: { "x-api-key": 12345678 } });
    expect(header.message).toBe('headers["x-api-key"] must be a string, got number');
  });

  it("reads a null appSecret or accessToken as none, and setAccessToken(null) as signing out, as the official SDK did", () => {
    const transport = new Transport({ appId: "a", appHost: "https://a.genauth.ai", appSecret: null, accessToken: null } as never);
    expect(transport.hasAppSecret).toBe(false);
    expect(transport.getAccessToken()).toBeUndefined();
    transport.setAccessToken("token-1");
    expect(transport.getAccessToken()).toBe("token-1");
    transport.setAccessToken(null);
    expect(transport.getAccessToken()).toBeUndefined();
    expect(() => transport.setAccessToken(12345 as never)).toThrow("accessToken must be a string, got number");
  });

  it("names only the kind of a string given where the options object belongs: it may be a secret", () => {
    const error = configError("APPSECRET-1122334455");
    expect(error).toMatchObject({ field: "options", message: "options must be an object such as { appId, appHost }, got a string" });
    expect(() => new AccessKeySigner("AKSECRET-9a8b7c6d5e4f" as never)).toThrow(
      "options must be an object such as { accessKeyId, accessKeySecret }, got a string",
    );
  });
});
