// @ts-check
// Serving a Worker with workerd, shared by the ecosystem's checks and `pnpm bench`; each keeps its
// own capnp config and only names it here.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { WORKERD } from "./runtime-binaries.mjs";

const START_TIMEOUT_MS = 30_000;

/**
 * A running `workerd serve`.
 * @typedef {object} ServedWorker
 * @property {string} url where it listens, `http://127.0.0.1:<port>`
 * @property {(path?: string) => Promise<string>} get sends one GET of `path` (`/` by default) and
 *   resolves to the answer's body; rejects, with workerd's output, when the Worker answers with an
 *   error status or workerd has exited
 * @property {() => string} output what workerd has printed so far (stdout and stderr)
 * @property {() => Promise<void>} stop stops workerd (SIGTERM) and waits for it to exit
 */

/**
 * Serves `config` (a workerd capnp config in `cwd` whose socket is named `http`) with `workerd
 * serve` on a free port of 127.0.0.1 and resolves once it listens, for as many requests as the
 * caller sends; the caller stops it. Module-scope state of the Worker lives across those requests,
 * as in one Worker instance.
 * @param {string} config
 * @param {string} cwd
 * @returns {Promise<ServedWorker>}
 */
export async function serveWorkerd(config, cwd) {
  const port = await freePort();
  const workerd = spawn(WORKERD, ["serve", config, "--socket-addr", `http=127.0.0.1:${port}`], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  workerd.stdout.on("data", (chunk) => (output += chunk));
  workerd.stderr.on("data", (chunk) => (output += chunk));
  const exited = once(workerd, "exit");
  const stop = async () => {
    if (workerd.exitCode === null && workerd.signalCode === null) {
      workerd.kill("SIGTERM");
      await exited;
    }
  };
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    // Refused until workerd listens; a bare connection probes it without running the Worker.
    while (!(await accepts(port))) {
      if (workerd.exitCode !== null) throw new Error(`workerd exited with ${workerd.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`workerd did not listen within ${START_TIMEOUT_MS} ms:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async get(path = "/") {
      if (workerd.exitCode !== null) throw new Error(`workerd exited with ${workerd.exitCode}:\n${output}`);
      const response = await fetch(`${url}${path}`);
      const body = await response.text();
      if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${body}\n${output}`);
      return body;
    },
    output: () => output,
    stop,
  };
}

/**
 * Serves `config` as {@link serveWorkerd} does, sends it one GET of `path` and resolves to the
 * answer's body; workerd is stopped afterwards. Its own output is kept for the error when the
 * Worker does not answer, or answers with an error status.
 * @param {string} config
 * @param {string} cwd
 * @param {string} [path] the request's path and query, `/` by default
 * @returns {Promise<string>}
 */
export async function fetchFromWorkerd(config, cwd, path = "/") {
  const worker = await serveWorkerd(config, cwd);
  try {
    return await worker.get(path);
  } finally {
    await worker.stop();
  }
}

/**
 * Whether something accepts connections on 127.0.0.1:`port` now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
async function accepts(port) {
  const socket = connect(port, "127.0.0.1");
  try {
    await once(socket, "connect");
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
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
