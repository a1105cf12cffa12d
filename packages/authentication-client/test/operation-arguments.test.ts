import { describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError } from "../src/index.js";

// No request may leave for these calls: an unreachable host makes any attempt a different error.
const client = new AuthenticationClient({ appId: "app-1", appHost: "https://unreachable.invalid", maxRetries: 0 });

describe("bad arguments to generated methods", () => {
  it("rejects a missing required query object with GenAuthConfigError naming its fields", async () => {
    const error = await (client.checkQrCodeStatus as (q?: unknown) => Promise<unknown>)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe("query");
    expect((error as Error).message).toContain("qrcodeId");
  });

  it("rejects a missing path argument with GenAuthConfigError naming the SDK argument", async () => {
    const error = await (client.deleteWebAuthnCredential as (id?: unknown) => Promise<unknown>)(undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe("credentialId");
  });

  it("returns a promise rather than throwing synchronously", () => {
    const call = (client.checkQrCodeStatus as (q?: unknown) => Promise<unknown>)(null);
    expect(call).toBeInstanceOf(Promise);
    return expect(call).rejects.toBeInstanceOf(GenAuthConfigError);
  });
});
