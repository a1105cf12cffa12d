// Raw HTTP requests to the mock's Authentication API, as the SDK sends them, for the default
// fixtures (app genauth-mock-app, user mock-user).
import { DEFAULT_FIXTURES, type MockServer } from "../../src/index.js";

/** The default app, whose ID and secret the sign-in sends (client_secret_post). */
export const DEFAULT_APP = DEFAULT_FIXTURES.apps[0]!;
/** The default user, `mock-user-1`. */
export const DEFAULT_USER = DEFAULT_FIXTURES.users[0]! as { userId: string; username: string; email: string; phone: string; password: string };

/** A GenAuth envelope. */
export interface ApiAnswer {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId?: string;
  data?: Record<string, unknown> & unknown;
}

/** Calls an Authentication API path for `appId` (the default app), with a JSON body when one is given. */
export async function authApi(
  server: MockServer,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  appId = DEFAULT_APP.appId,
): Promise<ApiAnswer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "x-authing-app-id": appId, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status !== 200) throw new Error(`${method} ${path} answered HTTP ${response.status}`);
  return (await response.json()) as ApiAnswer;
}

/** Signs the user in by username and password to `app` (the default app): the envelope of its token set. */
export function signInByPassword(
  server: MockServer,
  username = DEFAULT_USER.username,
  password = DEFAULT_USER.password,
  app: { appId: string; appSecret: string } = DEFAULT_APP,
): Promise<ApiAnswer> {
  const credentials = { client_id: app.appId, client_secret: app.appSecret };
  return authApi(server, "POST", "/api/v3/signin", { connection: "PASSWORD", passwordPayload: { username, password }, ...credentials }, {}, app.appId);
}

/** The signed-in user's profile, by access token. */
export function profileOf(server: MockServer, accessToken: string, appId = DEFAULT_APP.appId): Promise<ApiAnswer> {
  return authApi(server, "GET", "/api/v3/get-profile", undefined, { authorization: accessToken }, appId);
}

/** A form POST to a protocol endpoint (`/oidc/token`…) with `app`'s secret in the form: HTTP status and JSON body. */
export async function protocolPost(
  server: MockServer,
  path: string,
  fields: Record<string, string>,
  app: { appId: string; appSecret: string } = DEFAULT_APP,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    body: new URLSearchParams({ client_id: app.appId, client_secret: app.appSecret, ...fields }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}
