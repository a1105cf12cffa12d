// A server listening on an unspecified address (0.0.0.0, ::), as in a container, gives clients a
// loopback URL and issuer: nobody can connect to 0.0.0.0. publicUrl still wins when given. And
// close({ force: true }) ends a busy connection instead of waiting for it.
import { once } from "node:events";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close({ force: true });
  server = undefined;
});

const discovery = async (url: string) => (await (await fetch(`${url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string>;

describe("the URL of a server on an unspecified address", () => {
  it("is http://127.0.0.1:PORT for 0.0.0.0, with the issuer and every discovery URL on it", async () => {
    server = await startMockServer({ host: "0.0.0.0" });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.listening).toBe(`http://0.0.0.0:${server.port}`);
    const document = await discovery(server.url);
    expect(document.issuer).toBe(`${server.url}/oidc`);
    expect(document.token_endpoint).toBe(`${server.url}/oidc/token`);
    expect(JSON.stringify(document)).not.toContain("0.0.0.0");
  });

  it("is http://[::1]:PORT for ::", async (context) => {
    server = await startMockServer({ host: "::" }).catch(() => undefined);
    if (!server) return context.skip("no IPv6 on this machine");
    expect(server.url).toBe(`http://[::1]:${server.port}`);
    expect(server.listening).toBe(`http://[::]:${server.port}`);
    expect(server.protocol.issuer).toBe(`http://[::1]:${server.port}/oidc`);
  });

  it("is publicUrl when given, and the listening address for a specific host", async () => {
    server = await startMockServer({ host: "0.0.0.0", publicUrl: "http://mock.internal:8080/" });
    expect(server.url).toBe("http://mock.internal:8080");
    expect(server.protocol.issuer).toBe("http://mock.internal:8080/oidc");
    await server.close();
    server = await startMockServer();
    expect(server.url).toBe(server.listening);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });
});

describe("close({ force: true })", () => {
  const halfSentRequest = async (port: number) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    await once(socket, "connect");
    socket.write("POST /api/v3/signin HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    await new Promise((resolve) => setTimeout(resolve, 50));
    return socket;
  };
  const settlesWithin = (promise: Promise<unknown>, ms: number) =>
    Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

  it("settles at once while a request is half-sent", async () => {
    server = await startMockServer();
    const socket = await halfSentRequest(server.port);
    expect(await settlesWithin(server.close({ force: true }), 1000)).toBe(true);
    server = undefined;
    socket.destroy();
  });

  it("where a plain close waits for that request", async () => {
    server = await startMockServer();
    const socket = await halfSentRequest(server.port);
    const plain = server.close();
    expect(await settlesWithin(plain, 300)).toBe(false);
    socket.destroy();
    await plain;
    server = undefined;
  });
});
