import { describe, expect, it } from "vitest";
import { isLoopbackHost, normalizeAppHost } from "../src/app-host.js";
import { GenAuthConfigError } from "../src/index.js";

/** Every spelling of a loopback address the URL parser accepts, and what it normalises to. */
const LOOPBACK_URLS: Array<[string, string]> = [
  ["http://localhost:3000", "http://localhost:3000"],
  ["http://LOCALHOST", "http://localhost"],
  ["http://127.0.0.1:3000/", "http://127.0.0.1:3000"],
  ["http://127.255.3.4", "http://127.255.3.4"],
  ["http://127.1/", "http://127.0.0.1"],
  ["http://2130706433/", "http://127.0.0.1"],
  ["http://0x7f.1/", "http://127.0.0.1"],
  ["http://0x7f000001/", "http://127.0.0.1"],
  ["http://0177.0.0.1/", "http://127.0.0.1"],
  ["http://%31%32%37.0.0.1/", "http://127.0.0.1"],
  ["http://127.0.0.1./", "http://127.0.0.1"],
  ["http://[::1]:8080", "http://[::1]:8080"],
  ["http://[0:0:0:0:0:0:0:1]/", "http://[::1]"],
  ["http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]"],
];

/** Hosts that look like loopback to a prefix test but are somebody else's machine. */
const REMOTE_URLS = [
  "http://127.0.0.1.evil.com",
  "http://127.evil.com",
  "http://127.0.0.1.nip.io.evil.com:8080/",
  "http://localhost.evil.com",
  "http://evil.localhost.com",
  "http://evil.localhost",
  "http://localhost./",
  "http://128.0.0.1",
  "http://0x80.1/",
  "http://0/",
  "http://[::]/",
  "http://[::2]/",
  "http://[::ffff:a00:1]/",
  "http://10.0.0.5:8080",
];

describe("plain http only to this machine", () => {
  it.each(LOOPBACK_URLS)("accepts %s as loopback (normalised to %s)", (appHost, normalised) => {
    expect(normalizeAppHost(appHost)).toBe(normalised);
    expect(isLoopbackHost(new URL(appHost).hostname)).toBe(true);
  });

  it.each(REMOTE_URLS)("refuses %s: not loopback, so plain http would send secrets in clear", (appHost) => {
    expect(isLoopbackHost(new URL(appHost).hostname)).toBe(false);
    let error: unknown;
    try {
      normalizeAppHost(appHost);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "appHost", message: expect.stringContaining("allowInsecureHttp: true") });
    expect(normalizeAppHost(appHost, true)).toBe(new URL(appHost).origin);
  });

  it("gives a bare host https unless its parsed host is loopback", () => {
    expect(normalizeAppHost("127.0.0.1.nip.io.evil.com")).toBe("https://127.0.0.1.nip.io.evil.com");
    expect(normalizeAppHost("127.evil.com:8443")).toBe("https://127.evil.com:8443");
    expect(normalizeAppHost("localhost.evil.com")).toBe("https://localhost.evil.com");
    expect(normalizeAppHost("localhost:3000")).toBe("http://localhost:3000");
    expect(normalizeAppHost("127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
    expect(normalizeAppHost("2130706433:3000")).toBe("http://127.0.0.1:3000");
    expect(normalizeAppHost("[::1]:3000")).toBe("http://[::1]:3000");
  });

  it("isLoopbackHost takes bare hosts and refuses anything that is not one host", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1", "0x7f.1", "2130706433", "::1", "[::1]", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ["", "127.0.0.1.evil.com", "127.evil.com", "127.0.0.1@evil.com", "evil.com/127.0.0.1", "127.0.0.1:80", "[::1]:80", "::2"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
