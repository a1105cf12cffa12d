import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { importSigningKey, signString } from "@genauth/core";
import { WebSocket, WebSocketServer } from "ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GenAuthConfigError, ManagementClient, type SignedWebSocketConstructor } from "../src/node/index.js";
import { startRecordingServer, type RecordingServer } from "@genauth/mock-server";

const KEYS = { accessKeyId: "AK_EXAMPLE", accessKeySecret: "SK_EXAMPLE" };

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

it("pub posts the event to /api/v3/pub-event, signed, and checks its arguments", async () => {
  const client = new ManagementClient({ ...KEYS, host: server.url });
  await client.pub("my-app.order.paid", '{"id":1}');
  const request = server.last();
  expect(request.method).toBe("POST");
  expect(request.rawPath).toBe("/api/v3/pub-event");
  expect(JSON.parse(request.body)).toEqual({ eventType: "my-app.order.paid", source: "@genauth/management-client", eventData: '{"id":1}' });
  await expect(client.pub("x", { id: 1 } as never)).rejects.toBeInstanceOf(GenAuthConfigError);
  await expect(client.pub("", "{}")).rejects.toMatchObject({ name: "GenAuthConfigError", field: "eventName" });
});

it("sub opens the management event socket with the signature of `websocket\\n` and passes messages on", async () => {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const seen: { url?: string; authorization?: string } = {};
  wss.on("connection", (socket, request) => {
    seen.url = request.url;
    seen.authorization = request.headers.authorization;
    socket.send("hello");
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  const client = new ManagementClient({
    ...KEYS,
    host: server.url,
    socketUri: `ws://127.0.0.1:${port}`,
    WebSocket: WebSocket as unknown as SignedWebSocketConstructor,
  });
  const message = await new Promise<string>((resolve, reject) => {
    const subscription = client.sub(
      "user.created",
      (text) => {
        subscription.close();
        resolve(text);
      },
      reject,
    );
  });
  expect(message).toBe("hello");
  expect(seen.url).toBe("/events/v1/management/sub?code=user.created");
  const expected = `authing AK_EXAMPLE:${await signString(await importSigningKey("SK_EXAMPLE"), "websocket\n")}`;
  expect(seen.authorization).toBe(expected);
  // The official test vector of the WebSocket signature.
  expect(expected).toBe("authing AK_EXAMPLE:pZ2opZHv74pgTi6XkVHhSGSXZVM=");
  wss.close();
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
});

it("sub closed before its signed socket opens closes that socket quietly, without an error the ws package would throw", async () => {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  // Resolves, once the socket exists, with a promise of its close.
  let created!: (closed: Promise<void>) => void;
  const socketClosed = new Promise<Promise<void>>((resolve) => {
    created = resolve;
  });
  class RecordedWebSocket extends WebSocket {
    constructor(url: string, options: { headers: Record<string, string> }) {
      super(url, options);
      created(new Promise((resolve) => this.once("close", () => resolve())));
    }
  }
  const client = new ManagementClient({
    ...KEYS,
    host: server.url,
    socketUri: `ws://127.0.0.1:${port}`,
    WebSocket: RecordedWebSocket as unknown as SignedWebSocketConstructor,
  });
  const calls: unknown[] = [];
  const subscription = client.sub(
    "user.created",
    (text) => calls.push(text),
    (error) => calls.push(error),
  );
  // The handshake is signed asynchronously: the socket does not exist yet.
  subscription.close();
  await await socketClosed;
  expect(calls).toEqual([]);
  wss.close();
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
});
