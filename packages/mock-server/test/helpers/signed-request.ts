// Management API requests signed with the official algorithm (facts: client.auth), computed here
// with node:crypto, apart from both the mock's checker and ManagementClient's signer.
import { createHmac, randomBytes } from "node:crypto";

/** The mock's default access key (fixtures.accessKeys). */
export const DEFAULT_ACCESS_KEY = { accessKeyId: "genauth-mock-access-key", accessKeySecret: "genauth-mock-access-secret" };

/** One request to sign and send. */
export interface SignedRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  /** Query parameters: arrays go as `name[]=v`, as the official SDK sends them. */
  query?: Record<string, string | number | boolean | (string | number)[]>;
  body?: Record<string, unknown>;
  accessKeyId?: string;
  accessKeySecret?: string;
  /** The signed `date` header. Default: now. */
  date?: string;
  /** The signed nonce. Default: a fresh one. */
  nonce?: string;
  /** Headers to send beside (and over) the signed ones, signed too when `x-authing-*`. */
  headers?: Record<string, string>;
  /** Headers to leave out after signing, e.g. `date`. */
  omit?: string[];
  /** Replaces the computed authorization header. */
  authorization?: string;
}

/** The official string to sign: method, sorted `x-authing-*` and `date` headers, path, sorted parameters. */
export function officialStringToSign(method: string, headers: Record<string, string>, path: string, parameters: Record<string, unknown> | undefined): string {
  const names = Object.keys(headers)
    .filter((name) => name.startsWith("x-authing-") || name === "date")
    .sort();
  const canonicalHeaders = names.map((name) => `${name}:${headers[name]?.replace(/[\t\n\r\f]/g, " ").trim()}\n`).join("");
  const keys = Object.keys(parameters ?? {}).sort();
  if (!parameters || keys.length === 0) return `${method}\n${canonicalHeaders}${path}`;
  const pairs = keys
    .filter((key) => parameters[key] !== undefined)
    .map((key) => `${key}=${typeof parameters[key] === "object" && parameters[key] !== null ? JSON.stringify(parameters[key]) : String(parameters[key])}`);
  return `${method}\n${canonicalHeaders}${path}?${pairs.join("&")}`;
}

/** base64(HMAC-SHA1(secret, text)). */
export function hmacSha1(secret: string, text: string): string {
  return createHmac("sha1", secret).update(text, "utf8").digest("base64");
}

/** Signs and sends a Management API request to the mock, resolving the parsed envelope. */
export async function signedRequest(
  baseUrl: string,
  request: SignedRequest,
): Promise<{ status: number; body: Record<string, unknown> & { statusCode: number; message: string; apiCode?: number; data?: unknown } }> {
  const accessKeyId = request.accessKeyId ?? DEFAULT_ACCESS_KEY.accessKeyId;
  const accessKeySecret = request.accessKeySecret ?? DEFAULT_ACCESS_KEY.accessKeySecret;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-authing-signature-method": "HMAC-SHA1",
    "x-authing-signature-version": "1.0",
    "x-authing-signature-nonce": request.nonce ?? randomBytes(16).toString("hex"),
    "x-authing-lang": "zh-CN",
    "x-authing-sdk-version": "test:1.0.0",
    date: request.date ?? new Date().toUTCString(),
    ...request.headers,
  };
  const parameters = request.method === "GET" ? request.query : request.body;
  const signature = hmacSha1(accessKeySecret, officialStringToSign(request.method, headers, request.path, parameters));
  headers.authorization = request.authorization ?? `authing ${accessKeyId}:${signature}`;
  for (const name of request.omit ?? []) delete headers[name];
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (Array.isArray(value)) for (const item of value) search.append(`${name}[]`, String(item));
    else search.append(name, String(value));
  }
  const url = `${baseUrl}${request.path}${search.size ? `?${search}` : ""}`;
  const response = await fetch(url, { method: request.method, headers, ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }) });
  return { status: response.status, body: (await response.json()) as never };
}
