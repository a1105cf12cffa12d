#!/usr/bin/env node
// genauth-mock-server [--port 3000] [--host 127.0.0.1] [--fixtures file.json] [--public-url URL] [--json]; --help lists the flags.
import { HELP, parseCliOptions, USAGE, UsageError } from "./cli-options.js";
import { readFixturesFile } from "./fixtures-file.js";
import { startMockServer } from "./server.js";
import { closeOnSignals } from "./signal-shutdown.js";
import { startupSummary, startupText } from "./startup-summary.js";

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return;
  }
  const fixtures = options.fixtures === undefined ? undefined : readFixturesFile(options.fixtures);
  const server = await startMockServer({ port: options.port, host: options.host, fixtures, publicUrl: options.publicUrl }).catch((error: unknown) => {
    throw new Error(listenFailure(error as NodeJS.ErrnoException, options.host, options.port));
  });
  closeOnSignals(server);
  const summary = startupSummary(server, fixtures, options.fixtures);
  // One write: a script reading the first chunk of stdout gets the whole summary.
  process.stdout.write(`${options.json ? JSON.stringify(summary) : startupText(summary, options.publicUrl !== undefined)}\n`);
}

/** The message of a failure to start listening, with the fix for the usual causes. */
function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === "EADDRINUSE") return `port ${port} on ${host} is in use: stop what listens there, or pick another --port (0 picks a free one)`;
  if (error.code === "EACCES") return `listening on port ${port} of ${host} is not permitted: pick a port above 1023`;
  if (error.code === "EADDRNOTAVAIL") return `${host} is not an address of this machine: give one of its interfaces, or 0.0.0.0 for all`;
  return error.message;
}

main().catch((error: unknown) => {
  // The usage line helps with a command line that cannot run, not with a failure after it was read.
  const usage = error instanceof UsageError ? `\n${USAGE}\nrun genauth-mock-server --help for what each flag does` : "";
  console.error(`genauth-mock-server: ${(error as Error).message}${usage}`);
  process.exit(1);
});
