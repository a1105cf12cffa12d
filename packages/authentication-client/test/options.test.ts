import { describe, expect, it } from "vitest";
import {
  AuthenticationClient,
  DEFAULT_COOKIE_KEY,
  DEFAULT_SCOPE,
  DEFAULT_SOCKET_URI,
  GenAuthConfigError,
  type AuthenticationClientOptions,
} from "../src/index.js";

function refusal(options: unknown): GenAuthConfigError {
  try {
    new AuthenticationClient(options as AuthenticationClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(GenAuthConfigError);
    return error as GenAuthConfigError;
  }
  throw new Error("expected the constructor to throw");
}

describe("AuthenticationClient options", () => {
  it.each([
    ["missing appId", { appHost: "https://a.genauth.ai" }, "appId", "appId is required"],
    ["missing appHost", { appId: "a" }, "appHost", "appHost is required"],
    ["an appHost that is not a URL", { appId: "a", appHost: "https://exa mple.com" }, "appHost", "absolute http(s) URL"],
    ["a negative timeout", { appId: "a", appHost: "https://a.genauth.ai", timeout: -1 }, "timeout", "positive number of milliseconds"],
    ["plain http to a remote host", { appId: "a", appHost: "http://a.genauth.ai" }, "appHost", "allowInsecureHttp: true"],
    [
      "an appSecret with a line break (as read from a file)",
      { appId: "a", appHost: "https://a.genauth.ai", appSecret: "s\r\n" },
      "appSecret",
      "must not contain CR, LF",
    ],
  ])("refuses %s at construction, naming the field and the fix", (_name, options, field, fix) => {
    const error = refusal(options);
    expect(error.field).toBe(field);
    expect(error.message).toContain(fix);
  });

  it("never modifies the options object, deeply frozen or not", () => {
    const options = {
      appId: "a",
      appHost: "my-app.genauth.ai",
      appSecret: "s",
      redirectUri: "https://app.example/cb",
      headers: Object.freeze({ "x-team": "t" }),
    };
    const before = structuredClone(options);
    new AuthenticationClient(options);
    expect(options).toEqual(before);
    expect(() => new AuthenticationClient(Object.freeze({ ...options }))).not.toThrow();
  });

  it("names only the kind of a cookieKey that is not a string: a Buffer holds the key itself", () => {
    const error = refusal({ appId: "a", appHost: "https://a.genauth.ai", cookieKey: Buffer.from("cookie-signing-key-0123456789abcdef") as never });
    expect(error).toMatchObject({ field: "cookieKey", message: "cookieKey must be a non-empty string, got object" });
  });
});

describe("the official SDK's default constants", () => {
  it("are exported with its values, for code that builds on them", () => {
    expect({ DEFAULT_COOKIE_KEY, DEFAULT_SCOPE, DEFAULT_SOCKET_URI }).toEqual({
      DEFAULT_COOKIE_KEY: "X-Authing-Node-OIDC-State",
      DEFAULT_SCOPE: "openid profile",
      DEFAULT_SOCKET_URI: "wss://openevent.authing.cn",
    });
  });
});
