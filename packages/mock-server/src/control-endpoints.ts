import type { IncomingMessage, ServerResponse } from "node:http";
import type { Outbox, Recipient } from "./outbox.js";

/**
 * Where the mock's own endpoints live, for tests that run out of process (the CLI's users): no
 * GenAuth path begins with it (the APIs' `/api/…`, `/mfa/…`, the protocols' `/oidc`, `/oauth`,
 * `/cas-idp`, `/login/…`, `/{appId}/oidc/…`), so these endpoints are never an API operation, are
 * not checked against the API documents and take no scripted fault.
 */
export const CONTROL_PATH_PREFIX = "/__mock/";

/** The outbox endpoint: `GET` lists the codes sent, `DELETE` forgets them. */
export const OUTBOX_PATH = `${CONTROL_PATH_PREFIX}outbox`;

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
 */
export function answerControlRequest(req: IncomingMessage, res: ServerResponse, outbox: Outbox): void {
  // Nothing here reads a body; drain any so the connection can serve the next request.
  req.resume();
  const url = new URL(req.url ?? "/", "http://mock.invalid");
  if (url.pathname !== OUTBOX_PATH) {
    sendJson(res, 404, { error: `no mock endpoint at ${url.pathname}: the mock's own endpoint is GET or DELETE ${OUTBOX_PATH}` });
    return;
  }
  if (req.method === "DELETE") {
    outbox.clear();
    res.writeHead(204).end();
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD, DELETE");
    sendJson(res, 405, { error: `${OUTBOX_PATH} takes GET (read the messages) or DELETE (forget them), not ${req.method}` });
    return;
  }
  const recipient = recipientOf(url.searchParams);
  if (typeof recipient === "string") {
    sendJson(res, 400, { error: recipient });
    return;
  }
  sendJson(res, 200, { messages: outbox.to(recipient) });
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
