import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { AuthenticationClient, GenAuthConfigError, GenAuthError, type WebSocketConstructor } from "../src/index.js";

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

interface Recorded {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: unknown;
}

/** A GenAuth stand-in that records the requests it gets and answers a success envelope. */
async function recordingServer(): Promise<{ url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ statusCode: 200, message: "ok" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

async function socketServer(onConnection: (socket: WebSocket, url: string, count: number) => void, refuse = false): Promise<string> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, ...(refuse ? { verifyClient: () => false } : {}) });
  await new Promise<void>((resolve) => wss.once("listening", resolve));
  let count = 0;
  wss.on("connection", (socket, req) => onConnection(socket, req.url ?? "", ++count));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  );
  return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
}

const WS = WebSocket as unknown as WebSocketConstructor;

describe("pub", () => {
  it("posts the event with the user's access token", async () => {
    const server = await recordingServer();
    const client = new AuthenticationClient({ appId: "app-1", appHost: server.url, accessToken: "user-token-1" });
    expect(await client.pub("order.paid", JSON.stringify({ id: 7 }))).toEqual({ statusCode: 200, message: "ok" });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", url: "/api/v3/pub-userEvent" });
    expect(request?.headers.authorization).toBe("user-token-1");
    expect(request?.body).toEqual({ eventType: "order.paid", source: "@genauth/authentication-client", eventData: '{"id":7}' });
  });

  it("refuses to run without an access token or with non-string data", async () => {
    const client = new AuthenticationClient({ appId: "app-1", appHost: "http://127.0.0.1:9" });
    await expect(client.pub("e", "d")).rejects.toMatchObject({ name: "GenAuthConfigError", field: "accessToken" });
    client.setAccessToken("t");
    await expect(client.pub("e", { a: 1 } as unknown as string)).rejects.toMatchObject({ field: "data" });
  });
});

describe("sub", () => {
  it("connects with the event code and token (URL-encoded) and passes messages as strings", async () => {
    const urls: string[] = [];
    const socketUri = await socketServer((socket, url) => {
      urls.push(url);
      socket.send("hello");
      socket.send(Buffer.from("binary hello"));
    });
    const client = new AuthenticationClient({ appId: "app-1", appHost: "http://127.0.0.1:9", accessToken: "tok en&x", socketUri, WebSocket: WS });
    const messages: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const subscription = client.sub(
        "user.login",
        (message) => {
          messages.push(message);
          if (messages.length === 2) {
            subscription.close();
            resolve();
          }
        },
        reject,
      );
    });
    expect(messages).toEqual(["hello", "binary hello"]);
    const query = new URL(urls[0] ?? "", "ws://x").searchParams;
    expect(urls[0]?.startsWith("/events/v1/authentication/sub?")).toBe(true);
    expect([query.get("code"), query.get("token")]).toEqual(["user.login", "tok en&x"]);
  });

  it("reconnects after the server drops it, then reports when retries run out", async () => {
    const socketUri = await socketServer((socket, _url, count) => {
      if (count === 2) socket.send(`connection ${count}`);
      else socket.terminate();
    });
    const client = new AuthenticationClient({ appId: "a", appHost: "http://127.0.0.1:9", accessToken: "t", socketUri, retryTimes: 2 });
    const received = await new Promise<string>((resolve, reject) => {
      const subscription = client.sub(
        "e",
        (m) => {
          subscription.close();
          resolve(m);
        },
        reject,
        { WebSocket: WS, reconnectDelay: 0 },
      );
    });
    expect(received).toBe("connection 2");

    const dead = await socketServer((socket) => socket.terminate());
    const failing = new AuthenticationClient({ appId: "a", appHost: "http://127.0.0.1:9", accessToken: "t", socketUri: dead, retryTimes: 1, WebSocket: WS });
    const error = await new Promise<unknown>((resolve) => failing.sub("e", () => undefined, resolve, { reconnectDelay: 0 }));
    expect(String((error as Error).message)).toContain("after 1 reconnect attempts");
  });

  it("explains what to pass when the runtime has no WebSocket", () => {
    const client = new AuthenticationClient({ appId: "a", appHost: "http://127.0.0.1:9", accessToken: "t" });
    const original = (globalThis as { WebSocket?: unknown }).WebSocket;
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    try {
      expect(() =>
        client.sub(
          "e",
          () => undefined,
          () => undefined,
        ),
      ).toThrow(GenAuthConfigError);
    } finally {
      if (original !== undefined) (globalThis as { WebSocket?: unknown }).WebSocket = original;
    }
  });

  it("hands errCallback a GenAuthError in which the access token shows nowhere", async () => {
    const token = "user-access-token-0123456789 with/odd&chars";
    const terminating = await socketServer((socket) => socket.terminate());
    const refusing = await socketServer(() => undefined, true);
    for (const socketUri of [terminating, refusing]) {
      const client = new AuthenticationClient({ appId: "a", appHost: "http://127.0.0.1:9", accessToken: token, socketUri, retryTimes: 1, WebSocket: WS });
      const error = await new Promise<unknown>((resolve) => client.sub("e", () => undefined, resolve, { reconnectDelay: 0 }));
      expect(error).toBeInstanceOf(GenAuthError);
      const shown = [
        (error as Error).message,
        String((error as Error).stack),
        JSON.stringify(error),
        inspect(error, { depth: Infinity, showHidden: true, getters: true }),
      ].join("\n");
      for (const form of [token, encodeURIComponent(token), new URLSearchParams({ token }).toString().slice(6)]) {
        expect(shown).not.toContain(form);
      }
      expect((error as Error).message).toContain("after 1 reconnect attempts");
    }
  });
});

describe("socketUri", () => {
  const options = { appId: "a", appHost: "https://a.genauth.ai", accessToken: "t" };
  /** What constructing a client with `socketUri` throws. */
  const constructionError = (socketUri: string): unknown => {
    try {
      new AuthenticationClient({ ...options, socketUri });
    } catch (caught) {
      return caught;
    }
    return undefined;
  };

  it.each(["ws://events.example.com", "http://events.example.com", "ws://127.0.0.1.evil.com:8080", "ws://127.evil.com"])(
    "refuses plain %s: the socket URL carries the access token",
    (socketUri) => {
      const error = constructionError(socketUri);
      expect(error).toBeInstanceOf(GenAuthConfigError);
      expect(error).toMatchObject({ field: "socketUri", message: expect.stringContaining("wss://") });
      expect((error as Error).message).toContain("allowInsecureHttp: true");
      expect(() => new AuthenticationClient({ ...options, socketUri, allowInsecureHttp: true })).not.toThrow();
    },
  );

  it.each(["wss://openevent.authing.cn", "ws://127.0.0.1:8080", "ws://localhost:8080/", "ws://[::1]:8080", "ws://2130706433:8080"])(
    "accepts %s",
    (socketUri) => {
      expect(() => new AuthenticationClient({ ...options, socketUri })).not.toThrow();
    },
  );

  it.each(["ws://ann:s3cr3t-pw@events.example.com", "wss://ann:s3cr3t-pw@events example.com", "ws://events.example.com/?token=s3cr3t-pw"])(
    "shows no user info, query or fragment of a socketUri it refuses: %s",
    (socketUri) => {
      const error = constructionError(socketUri);
      expect(error).toMatchObject({ field: "socketUri" });
      expect((error as Error).message).not.toContain("s3cr3t");
    },
  );

  it("refuses a socketUri that is not a URL, naming it", () => {
    expect(() => new AuthenticationClient({ ...options, socketUri: "events.example.com" })).toThrow(
      expect.objectContaining({ field: "socketUri" }) as unknown as Error,
    );
  });
});
