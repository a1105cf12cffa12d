// rejectUnauthorized: false, the official SDKs' option for on-premises servers with a self-signed
// certificate, against a real HTTPS server on 127.0.0.1. The certificate and key under fixtures/
// are a throw-away pair made for this test (openssl req -x509 … -subj /CN=127.0.0.1), valid until 2126.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GenAuthConfigError, GenAuthConnectionError, Transport } from "../src/index.js";
import { withNodeFetch } from "../src/node.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const PROFILE = { method: "GET", path: "/api/v3/get-profile" } as const;

let server: Server;
let appHost: string;
beforeAll(async () => {
  server = createServer({ key: fixture("self-signed.key"), cert: fixture("self-signed.crt") }, (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ statusCode: 200, data: "reached" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  appHost = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("a server whose certificate does not verify", () => {
  it("is refused by default", async () => {
    const options = withNodeFetch({ appId: "app-1", appHost, maxRetries: 0 });
    const error = await new Transport(options).request(PROFILE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthConnectionError);
  });

  it("is reached through the Node.js fetch with rejectUnauthorized: false", async () => {
    const options = withNodeFetch({ appId: "app-1", appHost, maxRetries: 0, rejectUnauthorized: false });
    const transport = new Transport(options);
    expect(await transport.request(PROFILE)).toEqual({ statusCode: 200, data: "reached" });
  });

  it("needs a fetch that can skip the check: the platform's cannot", () => {
    expect(() => new Transport({ appId: "app-1", appHost, rejectUnauthorized: false })).toThrow(GenAuthConfigError);
    expect(() => new Transport({ appId: "app-1", appHost, rejectUnauthorized: "no" as never })).toThrow(/rejectUnauthorized must be true or false/);
  });
});
