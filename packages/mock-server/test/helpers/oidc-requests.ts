// Raw HTTP requests to the mock's protocol endpoints, as a browser and a relying party send them.
import type { MockApp, MockServer } from "../../src/index.js";

/** A callback the tests register; it is never contacted, the tests read the redirect instead. */
export const CALLBACK = "http://127.0.0.1:9/callback";

/** A protocol endpoint's answer: status, headers, the body as text, and parsed when it is JSON. */
export interface FormAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body; empty when the body is not JSON. */
  body: Record<string, unknown>;
}

/** The token endpoint's answer to a successful request. */
export interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  id_token?: string;
  refresh_token?: string;
}

/** POSTs `fields` as a URL-encoded form. */
export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<FormAnswer> {
  const response = await fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
  const text = await response.text();
  const json = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  return { status: response.status, headers: response.headers, text, body: json ? JSON.parse(text) : {} };
}

/** `Authorization: Basic` of the URL-encoded ID and secret (RFC 6749 §2.3.1). */
export function basicAuthorization(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;
}

/** The app's ID and secret as form fields (client_secret_post). */
export function postCredentials(app: MockApp): Record<string, string> {
  return { client_id: app.appId, client_secret: app.appSecret };
}

/** The authorization endpoint's answer to a GET with `params` (a code request for `CALLBACK` unless overridden), not followed. */
export function authorize(server: MockServer, app: MockApp, params: Record<string, string> = {}): Promise<Response> {
  const query = new URLSearchParams({ client_id: app.appId, redirect_uri: CALLBACK, response_type: "code", scope: "openid", ...params });
  return fetch(`${server.url}/oidc/auth?${query}`, { redirect: "manual" });
}

/** The query of the redirect an authorization answered. */
export function redirectQuery(answer: Response): URLSearchParams {
  const location = answer.headers.get("location");
  if (location === null) throw new Error(`expected a redirect, got HTTP ${answer.status}`);
  return new URL(location).searchParams;
}

/** A code for `app`, issued to `CALLBACK`. */
export async function codeFor(server: MockServer, app: MockApp, params: Record<string, string> = {}): Promise<string> {
  const code = redirectQuery(await authorize(server, app, params)).get("code");
  if (code === null) throw new Error("the authorization answered no code");
  return code;
}

/** Exchanges a code of `CALLBACK` at the token endpoint, the app's secret in the form. */
export function exchangeCode(server: MockServer, app: MockApp, code: string, extra: Record<string, string> = {}): Promise<FormAnswer> {
  return postForm(`${server.url}/oidc/token`, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, ...postCredentials(app), ...extra });
}

/** The tokens of a successful token endpoint answer; throws, naming the error, otherwise. */
export function tokensOf(answer: FormAnswer): TokenAnswer {
  if (answer.status !== 200) throw new Error(`the token endpoint refused: HTTP ${answer.status} ${answer.text}`);
  return answer.body as unknown as TokenAnswer;
}

/** Authorizes with `params` and exchanges the code: the tokens. */
export async function signIn(server: MockServer, app: MockApp, params: Record<string, string> = {}): Promise<TokenAnswer> {
  return tokensOf(await exchangeCode(server, app, await codeFor(server, app, params)));
}

/** Refreshes at the token endpoint, the app's secret in the form. */
export function refresh(server: MockServer, app: MockApp, refreshToken: string, extra: Record<string, string> = {}): Promise<FormAnswer> {
  return postForm(`${server.url}/oidc/token`, { grant_type: "refresh_token", refresh_token: refreshToken, ...postCredentials(app), ...extra });
}

/** Whether introspection, by `app`, calls the token active. */
export async function isActive(server: MockServer, app: MockApp, token: string): Promise<boolean> {
  const answer = await postForm(`${server.url}/oidc/token/introspection`, { token, ...postCredentials(app) });
  return answer.body.active === true;
}
