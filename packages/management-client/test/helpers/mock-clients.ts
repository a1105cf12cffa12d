// Clients of the mock server's default fixtures, for tests that act through both APIs.
import { AuthenticationClient } from "@genauth/authentication-client";
import type { MockServer } from "@genauth/mock-server";
import { expect } from "vitest";
import { ManagementClient } from "../../src/index.js";

/** The mock's default application. */
export const MOCK_APP = { appId: "genauth-mock-app", appSecret: "genauth-mock-secret" };

/** A `ManagementClient` with the mock's default access key, without retries. */
export function mockAdmin(server: MockServer): ManagementClient {
  return new ManagementClient({ accessKeyId: "genauth-mock-access-key", accessKeySecret: "genauth-mock-access-secret", host: server.url, maxRetries: 0 });
}

/** An `AuthenticationClient` of the default app holding the access token of a password sign-in (which must succeed). */
export async function signedIn(server: MockServer, username: string, password: string): Promise<AuthenticationClient> {
  const client = new AuthenticationClient({ ...MOCK_APP, appHost: server.url, maxRetries: 0 });
  const signIn = await client.signInByUsernamePassword({ username, password });
  expect(signIn.statusCode, JSON.stringify(signIn)).toBe(200);
  return new AuthenticationClient({ ...MOCK_APP, appHost: server.url, accessToken: signIn.data.access_token, maxRetries: 0 });
}
