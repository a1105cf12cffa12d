// A unit test of the transport: which request values it scrubs from errors. Names that are
// credentials in every API are scrubbed whatever the operation; a bare `code` only where the
// operation lists it (the Authentication API's codes are credentials, the Management API's name
// roles and resources), and always in a URL's query, where it is OAuth's authorization code.
import { expect, it } from "vitest";
import { GenAuthApiError, GenAuthError, Transport, type FetchLike, type OperationDescriptor } from "../src/index.js";

/** A fetch whose failed envelope repeats the request body it was sent. */
const echoingFetch: FetchLike = async (request) => Response.json({ statusCode: 400, message: `refused ${await (request as Request).text()}` });

const transport = new Transport({ appId: "app-1", appHost: "https://example.genauth.ai", fetch: echoingFetch, throwOnError: true, maxRetries: 0 });

async function messageOf(operation: OperationDescriptor, body: unknown): Promise<string> {
  const error = await transport.request(operation, { body }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthApiError);
  return (error as Error).message;
}

const ROLE = { method: "POST", path: "/api/v3/create-role" } as const;

it("keeps a code the operation does not list, and scrubs the credentials every API shares", async () => {
  const message = await messageOf(ROLE, { code: "sales-admin", password: "Passw0rd-1234", otp: "918273", code_verifier: "verifier-5678" });
  expect(message).toContain('"code":"sales-admin"');
  expect(message).not.toMatch(/Passw0rd-1234|918273|verifier-5678/);
});

it("scrubs a code the operation lists", async () => {
  const message = await messageOf({ ...ROLE, secretFields: ["code"] }, { code: "auth-code-4321" });
  expect(message).not.toContain("auth-code-4321");
  expect(message).toContain("[REDACTED]");
});

it("scrubs a password and a pass code given as numbers", async () => {
  const message = await messageOf(ROLE, { password: 20240611, passCode: 948213, phonePassCodeForInformationCompletion: 615243 });
  expect(message).not.toMatch(/20240611|948213|615243/);
  // A code the operation lists among its secret fields, given as a number.
  expect(await messageOf({ ...ROLE, secretFields: ["emailCode"] }, { emailCode: 402718 })).not.toContain("402718");
  expect(message).toContain('"password":[REDACTED]');
  // Numbers under other secret-looking names are settings, not secrets.
  const settings = await messageOf(ROLE, { authingTokenExpiresIn: 1296000, verifyCodeLength: 6 });
  expect(settings).toContain('"authingTokenExpiresIn":1296000');
});

it("scrubs a secret echoed in JSON text that escapes every non-ASCII character, or every slash", async () => {
  const password = "Grüße-Köln-2024!";
  const refreshToken = "rt/8Yx+Qm2/ZpL0a9kE3";
  // As Python's json.dumps (lower-case hex), Jackson's ESCAPE_NON_ASCII (upper-case) and PHP's json_encode write them.
  const echoes = ["Gr\\u00fc\\u00dfe-K\\u00f6ln-2024!", "Gr\\u00FC\\u00DFe-K\\u00F6ln-2024!", "rt\\/8Yx+Qm2\\/ZpL0a9kE3"];
  const quoting = new Transport({
    appId: "app-1",
    appHost: "https://example.genauth.ai",
    fetch: async () => Response.json({ statusCode: 400, message: `refused ${echoes.join(" ")}` }),
    throwOnError: true,
    maxRetries: 0,
  });
  const error = await quoting.request(ROLE, { body: { password, refresh_token: refreshToken } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GenAuthApiError);
  expect((error as Error).message).toBe("refused [REDACTED] [REDACTED] [REDACTED]");
});

it("redacts the code in a URL's query", () => {
  const error = new GenAuthError("callback failed", { request: { method: "GET", url: "https://app.example.com/callback?code=auth-code-4321&state=s1" } });
  expect(error.url).toBe("https://app.example.com/callback?code=%5BREDACTED%5D&state=s1");
});
