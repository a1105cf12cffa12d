import type { FetchLike } from "../src/index.js";

/** A request as the stub fetch saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Answers a stub fetch gives, in order; a function may compute one from the request. */
export type StubAnswer = Response | Error | ((request: SeenRequest, signal: AbortSignal | null) => Response | Promise<Response>);

/**
 * A fetch stand-in for unit tests of the transport: records requests and replies with the given
 * answers in turn (the last one repeats).
 */
export function stubFetch(...answers: StubAnswer[]): FetchLike & { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const seen: SeenRequest = {
      method: input.method,
      url: input.url,
      headers: Object.fromEntries(input.headers),
      body: await input.text(),
    };
    requests.push(seen);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (typeof answer === "function") return answer(seen, input.signal);
    return (answer as Response).clone();
  };
  return Object.assign(fetch, { requests });
}

/** A JSON response, HTTP 200 unless told. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A fetch that never answers until its signal aborts, as a hung server would. */
export function hangingAnswer(): StubAnswer {
  return (_request, signal) =>
    new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener("abort", () => reject(signal.reason ?? new DOMException("aborted", "AbortError")));
    });
}
