import type { IncomingMessage, ServerResponse } from "node:http";
import type { Outbox, Recipient } from "./outbox.js";
import type { RotateOptions } from "./protocol/keys.js";
import type { ProtocolRouter } from "./protocol/router.js";

/**
 * Where the mock's own endpoints live, for tests that run out of process (the CLI's users): no
 * GenAuth path begins with it (the APIs' `/api/…`, `/mfa/…`, the protocols' `/oidc`, `/oauth`,
 * `/cas-idp`, `/login/…`, `/{appId}/oidc/…`), so these endpoints are never an API operation, are
 * not checked against the API documents and take no scripted fault.
 */
export const CONTROL_PATH_PREFIX = "/__mock/";

/** The outbox endpoint: `GET` lists the codes sent, `DELETE` forgets them. */
export const OUTBOX_PATH = `${CONTROL_PATH_PREFIX}outbox`;

/** The session endpoint: `GET` tells whether a user is signed in, `PUT` signs one in, `DELETE` signs out. */
export const SESSION_PATH = `${CONTROL_PATH_PREFIX}session`;

/** The key rotation endpoint: `POST` rotates the signing key (`?stage=true`, `?retirePrevious=true`). */
export const KEY_ROTATION_PATH = `${CONTROL_PATH_PREFIX}keys/rotate`;

/** What the mock's own endpoints read and change. */
export interface ControlTargets {
  outbox: Outbox;
  protocol: ProtocolRouter;
}

/** Whether the request is for one of the mock's own endpoints. */
export function isControlRequest(req: IncomingMessage): boolean {
  return (req.url ?? "").startsWith(CONTROL_PATH_PREFIX);
}

/**
 * Answers a request for one of the mock's own endpoints, in plain JSON (no GenAuth envelope):
 *
 * - `GET /__mock/outbox` — `{ "messages": [...] }`, the codes `sendEmail`/`sendSms` (and MFA enrolments) sent, oldest
 *   first, as `server.outbox.messages` holds them; `?email=…` narrows them to an address,
 *   `?phone=…[&phoneCountryCode=%2B1]` to a phone (`+86` when no country code is given).
 * - `DELETE /__mock/outbox` — forgets every message (their codes stop working); answers 204.
 * - `GET /__mock/session` — `{ "signedIn": true | false }`, as `server.protocol.signedIn`;
 *   `DELETE` sets it to `false` (`prompt=none` then answers `login_required`), `PUT` back to `true`;
 *   both answer 204.
 * - `POST /__mock/keys/rotate` — `server.protocol.keys.rotate()`, with `?stage=true` or
 *   `?retirePrevious=true`; answers `{ "kids": [...] }`, the key IDs the JWKS then publishes.
 */
export async function answerControlRequest(req: IncomingMessage, res: ServerResponse, targets: ControlTargets): Promise<void> {
  // Nothing here reads a body; drain any so the connection can serve the next request.
  req.resume();
  const url = new URL(req.url ?? "/", "http://mock.invalid");
  if (url.pathname === OUTBOX_PATH) answerOutbox(req, res, url, targets.outbox);
  else if (url.pathname === SESSION_PATH) answerSession(req, res, targets.protocol);
  else if (url.pathname === KEY_ROTATION_PATH) await answerKeyRotation(req, res, url, targets.protocol);
  else {
    const endpoints = `GET or DELETE ${OUTBOX_PATH}, GET, PUT or DELETE ${SESSION_PATH}, POST ${KEY_ROTATION_PATH}`;
    sendJson(res, 404, { error: `no mock endpoint at ${url.pathname}: the mock's own endpoints are ${endpoints}` });
  }
}

function answerOutbox(req: IncomingMessage, res: ServerResponse, url: URL, outbox: Outbox): void {
  if (req.method === "DELETE") {
    outbox.clear();
    res.writeHead(204).end();
    return;
  }
  if (!allowed(req, res, ["GET", "HEAD", "DELETE"], `${OUTBOX_PATH} takes GET (read the messages) or DELETE (forget them)`)) return;
  const recipient = recipientOf(url.searchParams);
  if (typeof recipient === "string") {
    sendJson(res, 400, { error: recipient });
    return;
  }
  sendJson(res, 200, { messages: outbox.to(recipient) });
}

function answerSession(req: IncomingMessage, res: ServerResponse, protocol: ProtocolRouter): void {
  if (req.method === "PUT" || req.method === "DELETE") {
    protocol.signedIn = req.method === "PUT";
    res.writeHead(204).end();
    return;
  }
  if (!allowed(req, res, ["GET", "HEAD", "PUT", "DELETE"], `${SESSION_PATH} takes GET (read), PUT (sign a user in) or DELETE (sign out)`)) return;
  sendJson(res, 200, { signedIn: protocol.signedIn });
}

async function answerKeyRotation(req: IncomingMessage, res: ServerResponse, url: URL, protocol: ProtocolRouter): Promise<void> {
  if (!allowed(req, res, ["POST"], `${KEY_ROTATION_PATH} takes POST`)) return;
  const options: RotateOptions = {};
  for (const [name, value] of url.searchParams) {
    if ((name !== "stage" && name !== "retirePrevious") || (value !== "true" && value !== "false")) {
      sendJson(res, 400, { error: `${KEY_ROTATION_PATH} takes ?stage=true or ?retirePrevious=true, not ${name}=${value}` });
      return;
    }
    options[name] = value === "true";
  }
  try {
    await protocol.keys.rotate(options);
  } catch (error) {
    sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
    return;
  }
  const { keys } = await protocol.keys.jwks();
  sendJson(res, 200, { kids: keys.map((key) => key.kid) });
}

/** Whether the method is one the endpoint takes; answers 405 naming them when not. */
function allowed(req: IncomingMessage, res: ServerResponse, methods: string[], takes: string): boolean {
  if (methods.includes(req.method ?? "GET")) return true;
  res.setHeader("allow", methods.join(", "));
  sendJson(res, 405, { error: `${takes}, not ${req.method}` });
  return false;
}

/** The recipient the query names, none for every message, or why the query is wrong. */
function recipientOf(query: URLSearchParams): Recipient | undefined | string {
  const email = query.get("email");
  const phone = query.get("phone");
  const phoneCountryCode = query.get("phoneCountryCode") ?? undefined;
  if (email !== null && phone !== null) return "give email or phone, not both";
  if (email !== null) return phoneCountryCode === undefined ? { email } : "phoneCountryCode goes with phone, not with email";
  if (phone !== null) return { phone, phoneCountryCode };
  return phoneCountryCode === undefined ? undefined : "phoneCountryCode goes with phone: add ?phone=…";
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(payload), "cache-control": "no-store" });
  res.end(payload);
}
