#!/usr/bin/env node
// genauth-mock-server [--port 3000] [--host 127.0.0.1] [--fixtures file.json] [--public-url http://localhost:8080]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";

const USAGE = "usage: genauth-mock-server [--port 3000] [--host 127.0.0.1] [--fixtures fixtures.json] [--public-url http://localhost:8080]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "3000" },
      host: { type: "string", default: "127.0.0.1" },
      fixtures: { type: "string" },
      "public-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const fixtures = values.fixtures ? JSON.parse(readFileSync(values.fixtures, "utf8")) : undefined;
  const server = await startMockServer({ port, host: values.host, fixtures, publicUrl: values["public-url"] });
  console.log(`GenAuth mock server listening on ${server.url}`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`genauth-mock-server: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
});
