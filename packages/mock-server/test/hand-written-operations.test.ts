// HAND_WRITTEN_OPERATIONS tells users which operations the mock answers with behaviour of its own,
// read from the handler tables themselves, so it cannot drift from what the server does.
import { describe, expect, it } from "vitest";
import { HAND_WRITTEN_OPERATIONS, handlers, managementHandlers, startMockServer } from "../src/index.js";

describe("HAND_WRITTEN_OPERATIONS", () => {
  it("lists each API's handler tables, sorted, and only operations the server answers", async () => {
    expect(HAND_WRITTEN_OPERATIONS.authentication).toEqual(Object.keys(handlers).sort());
    expect(HAND_WRITTEN_OPERATIONS.management).toEqual(Object.keys(managementHandlers).sort());
    const server = await startMockServer();
    try {
      const authentication = new Set(server.operations.map((operation) => operation.sdkMethod));
      const management = new Set(server.managementOperations.map((operation) => operation.sdkMethod));
      expect(HAND_WRITTEN_OPERATIONS.authentication.filter((name) => !authentication.has(name))).toEqual([]);
      expect(HAND_WRITTEN_OPERATIONS.management.filter((name) => !management.has(name))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("says what is stateful and what answers example data", () => {
    expect(HAND_WRITTEN_OPERATIONS.authentication).toEqual(
      expect.arrayContaining(["signUp", "signInByCredentials", "sendSms", "getLoginHistory", "enrollFactor", "mfaOtpVerify"]),
    );
    expect(HAND_WRITTEN_OPERATIONS.management).toEqual(
      expect.arrayContaining(["createUser", "kickUsers", "getUserLoginHistory", "getUserLoggedinApps", "getUserMfaInfo", "importOtp"]),
    );
    for (const exampleOnly of ["verifyMfaToken", "webAuthnRegisterFinalize", "geneQrCode", "list", "verifyInviteCode"]) {
      expect(HAND_WRITTEN_OPERATIONS.authentication).not.toContain(exampleOnly);
    }
    // The sign-in side of MFA (an MFA token and its trigger data) is not modelled.
    for (const exampleOnly of ["getUserMfaStatus", "setUsersMfaStatus", "getMfaTriggerData"]) {
      expect(HAND_WRITTEN_OPERATIONS.management).not.toContain(exampleOnly);
    }
  });

  it("cannot be changed", () => {
    expect(Object.isFrozen(HAND_WRITTEN_OPERATIONS)).toBe(true);
    expect(Object.isFrozen(HAND_WRITTEN_OPERATIONS.authentication)).toBe(true);
    expect(Object.isFrozen(HAND_WRITTEN_OPERATIONS.management)).toBe(true);
  });
});
