import { createServer, type AddressInfo, type Socket } from "node:net";
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { LightRequest } from "../src/light-request.js";
import { createNodeFetch, nodeFetch } from "../src/node.js";
import { closedPort, sendJson, startPeer, type Peer } from "./peer.js";

let peer: Peer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

describe("nodeFetch on the wire", () => {
  it("sends method, headers and a JSON body, and reads status, headers and JSON back", async () => {
    peer = await startPeer((_req, res) => sendJson(res, { ok: true }, 201, { "x-request-id": "r1" }));
    const response = await nodeFetch(`${peer.url}/api/v3/thing?x=1`, {
      method: "post",
      headers: { "content-type": "application/json", "x-authing-app-id": "app-1" },
      body: JSON.stringify({ a: 1 }),
    });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(await response.json()).toEqual({ ok: true });
    const [seen] = peer.requests;
    expect(seen).toMatchObject({ method: "POST", url: "/api/v3/thing?x=1", body: '{"a":1}' });
    expect(seen?.headers["x-authing-app-id"]).toBe("app-1");
    expect(seen?.headers["content-length"]).toBe("7");
  });

  it("gives read-only response headers: case-insensitive get, repeated values joined, iteration", async () => {
    peer = await startPeer((_req, res) => {
      res.setHeader("X-Multi", ["a", "b"]);
      res.setHeader("Set-Cookie", ["s=1", "t=2"]);
      sendJson(res, {});
    });
    const response = await nodeFetch(`${peer.url}/h`);
    expect(response.headers.get("x-multi")).toBe("a, b");
    expect(response.headers.get("CONTENT-TYPE")).toBe("application/json");
    expect(response.headers.get("absent")).toBeNull();
    expect(response.headers.getSetCookie()).toEqual(["s=1", "t=2"]);
    expect(Object.fromEntries(response.headers)).toMatchObject({ "x-multi": "a, b", "content-type": "application/json" });
    expect(() => response.headers.set("x", "y")).toThrow(TypeError);
    await response.text();
  });

  it("keeps the connection alive between calls", async () => {
    peer = await startPeer((_req, res) => sendJson(res, {}));
    const fetch = createNodeFetch();
    await (await fetch(`${peer.url}/a`)).text();
    await (await fetch(`${peer.url}/b`)).text();
    expect(peer.requests[1]?.remotePort).toBe(peer.requests[0]?.remotePort);
  });

  it("accepts the platform's Request and its own light one", async () => {
    peer = await startPeer((req, res) => sendJson(res, { method: req.method, body: req.body }));
    const platform = await nodeFetch(new Request(`${peer.url}/p`, { method: "PUT", body: "hello" }));
    expect(await platform.json()).toEqual({ method: "PUT", body: "hello" });
    const light = await nodeFetch(new LightRequest(`${peer.url}/l`, { method: "DELETE" }));
    expect(await light.json()).toEqual({ method: "DELETE", body: "" });
  });

  it("streams a request body from a ReadableStream", async () => {
    peer = await startPeer((req, res) => sendJson(res, { body: req.body, chunked: req.headers["transfer-encoding"] }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("part one, "));
        controller.enqueue(new TextEncoder().encode("part two"));
        controller.close();
      },
    });
    const response = await nodeFetch(`${peer.url}/upload`, { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await response.json()).toEqual({ body: "part one, part two", chunked: "chunked" });
  });

  it("resolves at the headers and streams the response body as it comes", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    peer = await startPeer(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first;");
      await released;
      res.end("second");
    });
    const response = await nodeFetch(`${peer.url}/stream`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first;");
    release();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe("second");
  });

  it("decodes a gzip body, as fetch does", async () => {
    peer = await startPeer((_req, res) => {
      const zipped = gzipSync(JSON.stringify({ zipped: true }));
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": zipped.length });
      res.end(zipped);
    });
    expect(await (await nodeFetch(`${peer.url}/z`)).json()).toEqual({ zipped: true });
  });

  it("decodes a deflate body zlib-wrapped or raw, as fetch does", async () => {
    peer = await startPeer((req, res) => {
      const json = Buffer.from(JSON.stringify({ deflated: req.url }));
      const body = req.url === "/raw" ? deflateRawSync(json) : deflateSync(json);
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "deflate", "content-length": body.length }).end(body);
    });
    for (const path of ["/zlib", "/raw"]) {
      expect(await (await nodeFetch(`${peer.url}${path}`)).json()).toEqual({ deflated: path });
      expect(await (await globalThis.fetch(`${peer.url}${path}`)).json()).toEqual({ deflated: path });
    }
  });

  it("drops a UTF-8 byte order mark before the text, as fetch does", async () => {
    peer = await startPeer((_req, res) => {
      const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ marked: true }))]);
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body);
    });
    const response = await nodeFetch(`${peer.url}/bom`);
    expect(await response.json()).toEqual({ marked: true });
    expect(await (await globalThis.fetch(`${peer.url}/bom`)).json()).toEqual({ marked: true });
  });

  it("has no body for a 204", async () => {
    peer = await startPeer((_req, res) => res.writeHead(204).end());
    const response = await nodeFetch(`${peer.url}/none`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("follows a 303 with a GET and a 307 with the same method and body", async () => {
    peer = await startPeer((req, res) => {
      if (req.url === "/see-other") res.writeHead(303, { location: "/target" }).end();
      else if (req.url === "/temporary") res.writeHead(307, { location: "/target" }).end();
      else sendJson(res, { method: req.method, body: req.body });
    });
    const seeOther = await nodeFetch(`${peer.url}/see-other`, { method: "POST", body: "x" });
    expect(seeOther.redirected).toBe(true);
    expect(await seeOther.json()).toEqual({ method: "GET", body: "" });
    const temporary = await nodeFetch(`${peer.url}/temporary`, { method: "POST", body: "y" });
    expect(await temporary.json()).toEqual({ method: "POST", body: "y" });
  });

  it("rejects with the signal's reason when aborted before the answer", async () => {
    peer = await startPeer(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = nodeFetch(`${peer.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 20);
    await expect(pending).rejects.toThrow("caller gave up");
  });

  it("fails the body read when aborted after the headers", async () => {
    peer = await startPeer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial");
    });
    const controller = new AbortController();
    const response = await nodeFetch(`${peer.url}/half`, { signal: controller.signal });
    const reading = response.text();
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  });

  it("fails the body read when aborted after the headers but before anyone read", async () => {
    peer = await startPeer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial");
    });
    const controller = new AbortController();
    const response = await nodeFetch(`${peer.url}/unread`, { signal: controller.signal });
    controller.abort(new Error("caller gave up"));
    await expect(response.text()).rejects.toThrow("caller gave up");
  });

  it("fails a read-ahead body (known small length) when aborted, or when the connection drops", async () => {
    peer = await startPeer((req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": "100" });
      res.write("only ten b");
      if (req.url === "/drop") setTimeout(() => res.destroy(), 20);
    });
    const controller = new AbortController();
    const aborted = await nodeFetch(`${peer.url}/abort`, { signal: controller.signal });
    const reading = aborted.text();
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    const dropped = await nodeFetch(`${peer.url}/drop`);
    await expect(dropped.text()).rejects.toThrow("terminated");
  });

  it("rejects with TypeError('fetch failed') whose cause carries the network code", async () => {
    const port = await closedPort();
    const error = await nodeFetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    expect(((error as TypeError).cause as { code?: string }).code).toBe("ECONNREFUSED");
  });

  it("never sends a request twice on its own: a kept-alive socket the server ends after reading the request fails the call", async () => {
    // The server answers the first request of a connection, and reads the second, then ends the
    // connection (a FIN, as an idle timeout or a crash sends): it may have acted on it.
    const answered: number[] = [];
    const sockets = new Set<Socket>();
    let connections = 0;
    const server = createServer((socket) => {
      const connection = ++connections;
      sockets.add(socket);
      let requests = 0;
      socket.on("error", () => undefined);
      socket.on("data", (chunk: Buffer) => {
        if (!chunk.includes("\r\n\r\n")) return;
        if (++requests > 1) {
          socket.end();
          return;
        }
        answered.push(connection);
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3/x`;
      const post = () => nodeFetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      await (await post()).json();
      const error = await post().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect(((error as TypeError).cause as { code?: string }).code).toBe("ECONNRESET");
      expect(answered).toEqual([1]);
      expect(connections).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("refuses URLs with credentials and schemes other than http(s)", async () => {
    await expect(nodeFetch("http://user:pass@127.0.0.1:1/")).rejects.toThrow(TypeError);
    await expect(nodeFetch("ftp://127.0.0.1/")).rejects.toThrow("fetch failed");
  });
});
