import type { IncomingMessage } from "node:http";
import { GenAuthRedirectCallbackError } from "@genauth/core";

/**
 * Largest `response_mode=form_post` callback body read, in bytes: a code, a state and an error
 * description fit many times over, and a client cannot make the server buffer more.
 */
const CALLBACK_BODY_LIMIT = 64 * 1024;

const FORM_TYPE = "application/x-www-form-urlencoded";

/**
 * The parameters of a redirect-login callback: the query of a GET (`response_mode=query`), the
 * form body of a POST (`response_mode=form_post`). A body that a framework already parsed into
 * `req.body` (e.g. `express.urlencoded()`) is used as it is.
 * @throws GenAuthRedirectCallbackError with problem `body` for a POST that is not a URL-encoded
 *   form, is larger than {@link CALLBACK_BODY_LIMIT}, was already read, or broke off.
 */
export async function readCallbackParams(req: IncomingMessage): Promise<URLSearchParams> {
  if (req.method !== "POST") return queryOf(req.url ?? "");
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== FORM_TYPE) {
    const given = type ? `not ${JSON.stringify(type.slice(0, 80))}` : "and this one has no content-type";
    throw bodyError(`a POST callback (response_mode=form_post) must be ${FORM_TYPE}, ${given}`);
  }
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  if (typeof parsed === "string") return new URLSearchParams(parsed);
  if (parsed !== null && typeof parsed === "object" && !Buffer.isBuffer(parsed)) {
    return new URLSearchParams(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  }
  return new URLSearchParams(await readFormBody(req));
}

// The query is cut from the request target as it came: parsing the target as a URL would throw
// for targets such as "//", and URLSearchParams reads any text without throwing.
function queryOf(target: string): URLSearchParams {
  const start = target.indexOf("?");
  if (start === -1) return new URLSearchParams();
  const end = target.indexOf("#", start);
  return new URLSearchParams(target.slice(start + 1, end === -1 ? undefined : end));
}

function readFormBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (declared > CALLBACK_BODY_LIMIT) return Promise.reject(tooLarge());
  if (req.readableEnded) {
    return Promise.reject(
      bodyError("the callback's body was already read by another handler: pass the request before any body parser, or let that parser set req.body"),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error?: Error) => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      if (error) {
        // Stop reading, as body parsers do at their limit: buffering more is what the limit prevents.
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > CALLBACK_BODY_LIMIT) settle(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => settle();
    const onError = (cause: Error) => settle(bodyError("the callback's body could not be read: the request broke off", cause));
    const onClose = () => settle(bodyError("the callback's body could not be read: the request broke off"));
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}

function tooLarge(): GenAuthRedirectCallbackError {
  return bodyError(`the callback's body is larger than ${CALLBACK_BODY_LIMIT} bytes, more than a sign-in answer needs`);
}

function bodyError(message: string, cause?: unknown): GenAuthRedirectCallbackError {
  return new GenAuthRedirectCallbackError("body", message, undefined, cause === undefined ? {} : { cause });
}
