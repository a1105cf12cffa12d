import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as it arrived on the wire. */
export interface RecordedRequest {
  /** The HTTP method. */
  method: string;
  /** The raw path, still percent-encoded, without the query string. */
  rawPath: string;
  /** The query string's parameters. */
  query: URLSearchParams;
  /**
   * The query string as it arrived, still percent-encoded, without its `?`; `undefined` when the
   * request target has no `?`, `""` when it ends with a bare one. For tests that tell apart texts
   * `query` reads as the same (`%20` and `+`, a bare `?` and none).
   */
  rawQuery: string | undefined;
  /** The headers, as Node.js read them (lower-case names). */
  headers: IncomingHttpHeaders;
  /** The body, as UTF-8 text. */
  body: string;
}

/** A 127.0.0.1 HTTP peer that records every request and answers a success envelope. */
export interface RecordingServer {
  /** Its base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  /** The last request, failing when there is none. */
  last(): RecordedRequest;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 that records every request as it arrived on the wire and answers
 * `{ statusCode: 200, message: "recorded" }`: for tests that check what a client sends (method,
 * raw path, query and raw query, headers, body) rather than what a GenAuth server would answer.
 *
 * @example
 * ```ts
 * import { startRecordingServer } from "@genauth/mock-server";
 *
 * const recorder = await startRecordingServer();
 * // … point a client at recorder.url and call it …
 * console.log(recorder.last().rawPath);
 * await recorder.close();
 * ```
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = req.url ?? "/";
      const at = raw.indexOf("?");
      requests.push({
        method: req.method ?? "",
        rawPath: at === -1 ? raw : raw.slice(0, at),
        query: new URLSearchParams(at === -1 ? "" : raw.slice(at + 1)),
        rawQuery: at === -1 ? undefined : raw.slice(at + 1),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      res.writeHead(200, { "content-type": "application/json" }).end('{"statusCode":200,"message":"recorded"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    last() {
      const request = requests[requests.length - 1];
      if (!request) throw new Error("the recording server received no request");
      return request;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
