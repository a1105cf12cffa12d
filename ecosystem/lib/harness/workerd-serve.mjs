// @ts-check
// Serving a Worker with workerd for one request, shared by the ecosystem's runtime matrix and
// `pnpm bench`; each keeps its own capnp config and only names it here.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { WORKERD } from "./runtime-binaries.mjs";

const START_TIMEOUT_MS = 30_000;

/**
 * Serves `config` (a workerd capnp config in `cwd` whose socket is named `http`) with `workerd
 * serve` on a free port of 127.0.0.1, sends it one GET of `path` and resolves to the answer's body;
 * workerd is stopped afterwards. Its own output is kept for the error when the Worker does not
 * answer, or answers with an error status.
 * @param {string} config
 * @param {string} cwd
 * @param {string} [path] the request's path and query, `/` by default
 * @returns {Promise<string>}
 */
export async function fetchFromWorkerd(config, cwd, path = "/") {
  const port = await freePort();
  const workerd = spawn(WORKERD, ["serve", config, "--socket-addr", `http=127.0.0.1:${port}`], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  workerd.stdout.on("data", (chunk) => (output += chunk));
  workerd.stderr.on("data", (chunk) => (output += chunk));
  const exited = once(workerd, "exit");
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (workerd.exitCode !== null) throw new Error(`workerd exited with ${workerd.exitCode}:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        const body = await response.text();
        if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${body}\n${output}`);
        return body;
      } catch (error) {
        // Refused until workerd listens; anything else is the Worker's own failure.
        if (/** @type {{ cause?: { code?: string } }} */ (error).cause?.code !== "ECONNREFUSED" || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    if (workerd.exitCode === null) {
      workerd.kill("SIGTERM");
      await exited;
    }
  }
}

/**
 * A port nobody listens on right now (workerd takes its address on the command line).
 * @returns {Promise<number>}
 */
async function freePort() {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  server.close();
  await once(server, "close");
  return port;
}
