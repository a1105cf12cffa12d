import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** How the echoing server fails: each answer puts everything the request carried in its text. */
export type EchoFailure = "envelope" | "http400" | "oauth" | "http503";

/** A 127.0.0.1 server that fails every request as told, echoing the request's URL, headers and body. */
export interface EchoServer {
  url: string;
  failure: EchoFailure;
  close(): Promise<void>;
}

export async function startEchoServer(): Promise<EchoServer> {
  const echo: EchoServer = { url: "", failure: "envelope", close: async () => undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const sent = `${req.method} ${req.url} ${JSON.stringify(req.headers)} ${Buffer.concat(chunks).toString("utf8")}`;
      const decoded = `${sent} ${safeDecode(sent)}`;
      const answers: Record<EchoFailure, [number, unknown]> = {
        envelope: [200, { statusCode: 400, message: `refused: ${decoded}`, apiCode: 2000 }],
        http400: [400, { statusCode: 400, message: `bad request: ${decoded}` }],
        oauth: [401, { error: "invalid_client", error_description: decoded }],
        http503: [503, { statusCode: 503, message: `unavailable: ${decoded}` }],
      };
      const [status, body] = answers[echo.failure];
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  echo.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  echo.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return echo;
}

/** The text with its percent-encoding undone, as far as it decodes: a query's values echoed as sent and as read. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
