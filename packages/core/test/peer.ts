import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the peer saw it. */
export interface PeerRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Client port of the connection: equal ports mean a reused keep-alive socket. */
  remotePort: number | undefined;
}

export interface Peer {
  url: string;
  requests: PeerRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 for tests of the transports: each request is read whole, recorded,
 * then given to `handle`.
 */
export async function startPeer(handle: (request: PeerRequest, res: ServerResponse) => unknown): Promise<Peer> {
  const requests: PeerRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const seen: PeerRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      remotePort: req.socket.remotePort,
    };
    requests.push(seen);
    await handle(seen, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Answers with a redirect to `location`, and no body. */
export function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, "content-length": "0" }).end();
}

/** A port nothing listens on (taken from a server that is then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
