import type { IncomingMessage } from "node:http";
import { fail, type Envelope } from "./envelope.js";

/** The largest request body the mock reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A JSON or form body, parsed; an Error naming the problem when it is not valid JSON. */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  const text = raw.toString("utf8");
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text);
  } catch {
    return new Error("the request body is not valid JSON");
  }
}

/** The request body; undefined when it is larger than {@link MAX_BODY_BYTES}. Rejects when the client goes away first. */
export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("the client closed the connection before sending the whole body"));
    });
  });
}

/**
 * The request body read and parsed (`undefined` when empty), or the failure envelope to answer
 * with when it is too large or not valid JSON.
 */
export async function readRequestBody(req: IncomingMessage): Promise<{ body: unknown } | { failure: Envelope }> {
  const raw = await readBody(req);
  if (raw === undefined) return { failure: fail(413, `request body is larger than ${MAX_BODY_BYTES} bytes`) };
  if (raw.length === 0) return { body: undefined };
  const parsed = parseBody(raw, req.headers["content-type"]);
  return parsed instanceof Error ? { failure: fail(400, parsed.message) } : { body: parsed };
}
