import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { WORKERD } from "./runtime-binaries.js";

const START_TIMEOUT_MS = 30_000;

/**
 * Serves `config` (a workerd capnp config whose socket is named `http`) with `workerd serve` on a
 * free port of 127.0.0.1, sends it one GET and resolves to the answer's body; workerd is stopped
 * afterwards. Its own output is kept for the error when the Worker does not answer.
 */
export async function fetchFromWorkerd(config: string, cwd: string): Promise<string> {
  const port = await freePort();
  const workerd = spawn(WORKERD, ["serve", config, "--socket-addr", `http=127.0.0.1:${port}`], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  workerd.stdout.on("data", (chunk: Buffer) => (output += chunk));
  workerd.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = once(workerd, "exit");
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (workerd.exitCode !== null) throw new Error(`workerd exited with ${workerd.exitCode}:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        const body = await response.text();
        if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${body}\n${output}`);
        return body;
      } catch (error) {
        // Refused until workerd listens; anything else is the Worker's own failure.
        if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNREFUSED" || Date.now() > deadline) throw error;
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

/** A port nobody listens on right now (workerd takes its address on the command line). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}
