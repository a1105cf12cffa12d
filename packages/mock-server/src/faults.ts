import type { IncomingMessage, ServerResponse } from "node:http";
import { fail } from "./envelope.js";

/**
 * A misbehaviour the mock server can be told to show on a coming request, so tests can prove how
 * a client copes with a real network and a real GenAuth under stress.
 */
export type MockFault = (
  | {
      /** Answer with this HTTP status (e.g. 503) and an optional body and headers such as `retry-after`. */
      kind: "status";
      /** The HTTP status code to answer with. */
      status: number;
      /** Response headers to add, e.g. `{ "retry-after": "2" }`. */
      headers?: Record<string, string>;
      /** Response body, sent as is. Default: empty. */
      body?: string;
    }
  | {
      /** Reset the connection before answering (the client sees ECONNRESET or "other side closed"). */
      kind: "reset";
    }
  | {
      /** Never answer; the connection stays open until the client gives up or the server closes. */
      kind: "hang";
    }
  | {
      /** Answer HTTP 200 with a body that is not JSON. Default body: an HTML error page. */
      kind: "garbage";
      /** The non-JSON body to send. Default: an HTML error page. */
      body?: string;
    }
  | {
      /** Answer HTTP 200 with a GenAuth failure envelope, as GenAuth throttles: `statusCode` 429 (default) or 503. */
      kind: "throttle";
      /** The envelope's `statusCode`: 429 (default) or 503. */
      statusCode?: 429 | 503;
      /** Seconds to put in a `retry-after` header, if any. */
      retryAfter?: number;
    }
  | {
      /** Answer normally, but only after `delayMs`. */
      kind: "slow";
      /** How long to wait before answering, in milliseconds. */
      delayMs: number;
    }
) & {
  /** Only a request to this path (e.g. `/api/v3/get-wechat-access-token-info`) takes the fault. Default: any. */
  path?: string;
};

const GARBAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";

/**
 * The mock server's fault script and request counter. `next()` queues faults; each incoming
 * request that matches the head of the queue takes that fault, in order, and the others are
 * answered normally.
 *
 * @example
 * ```ts
 * const server = await startMockServer();
 * server.faults.next({ kind: "status", status: 503 }, { kind: "reset" });
 * // the next request gets HTTP 503, the one after a reset connection, then normal answers
 * ```
 */
export class FaultInjector {
  #received = 0;
  readonly #queue: MockFault[] = [];
  readonly #hung = new Set<ServerResponse>();
  /** Slow answers not sent yet, with the response each will answer. */
  readonly #slow = new Map<NodeJS.Timeout, ServerResponse>();

  constructor(initial: readonly MockFault[] = []) {
    this.next(...initial);
  }

  /** Queues faults for the coming requests, after any already queued. */
  next(...faults: MockFault[]): this {
    for (const fault of faults) this.#queue.push(checkFault(fault));
    return this;
  }

  /** Requests the server has received, faulted or not (CORS preflights and the mock's own `/__mock/` endpoints excluded). */
  get received(): number {
    return this.#received;
  }

  /** Faults still waiting for a request. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Forgets the queued faults. */
  clear(): void {
    this.#queue.length = 0;
  }

  /**
   * Counts the request and, when a fault is due, acts it out.
   *
   * @param proceed - answers the request normally (used by `slow`).
   * @returns whether the request was handled here (`true`) or should be answered normally.
   */
  intercept(req: IncomingMessage, res: ServerResponse, proceed: () => void): boolean {
    if (req.method === "OPTIONS") return false;
    this.#received++;
    const target = req.url ?? "/";
    const path = URL.canParse(target, "http://mock.invalid") ? new URL(target, "http://mock.invalid").pathname : target;
    const index = this.#queue.findIndex((fault) => fault.path === undefined || fault.path === path);
    if (index === -1) return false;
    const [fault] = this.#queue.splice(index, 1) as [MockFault];
    switch (fault.kind) {
      case "status":
        send(res, fault.status, fault.body ?? "", { "content-type": "text/plain; charset=utf-8", ...fault.headers });
        return true;
      case "reset":
        req.socket.resetAndDestroy();
        return true;
      case "hang":
        this.#hung.add(res);
        res.on("close", () => this.#hung.delete(res));
        req.resume();
        return true;
      case "garbage":
        send(res, 200, fault.body ?? GARBAGE, { "content-type": "text/html; charset=utf-8" });
        return true;
      case "throttle": {
        const statusCode = fault.statusCode ?? 429;
        const message = statusCode === 429 ? "Too many requests, please try again later" : "Service temporarily unavailable";
        const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
        if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
        send(res, 200, JSON.stringify(fail(statusCode, message)), headers);
        return true;
      }
      case "slow": {
        const timer = setTimeout(() => {
          this.#slow.delete(timer);
          proceed();
        }, fault.delayMs);
        this.#slow.set(timer, res);
        return true;
      }
    }
  }

  /**
   * Drops hung connections and the connections of slow answers not sent yet, so the server closes
   * at once instead of when their clients give up.
   */
  dispose(): void {
    for (const res of this.#hung) res.socket?.destroy();
    this.#hung.clear();
    for (const [timer, res] of this.#slow) {
      clearTimeout(timer);
      res.socket?.destroy();
    }
    this.#slow.clear();
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const KINDS = new Set(["status", "reset", "hang", "garbage", "throttle", "slow"]);

function checkFault(fault: MockFault): MockFault {
  if (typeof fault !== "object" || fault === null || !KINDS.has(fault.kind)) {
    throw new TypeError(`a mock fault needs a kind among ${[...KINDS].join(", ")}, got ${JSON.stringify(fault)}`);
  }
  if (fault.kind === "status" && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
    throw new TypeError(`a "status" fault needs an HTTP status from 100 to 599, got ${JSON.stringify(fault.status)}`);
  }
  if (fault.kind === "slow" && !(typeof fault.delayMs === "number" && fault.delayMs >= 0)) {
    throw new TypeError(`a "slow" fault needs delayMs >= 0, got ${JSON.stringify(fault.delayMs)}`);
  }
  return { ...fault };
}
