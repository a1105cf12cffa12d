import { parseArgs } from "node:util";
import { publicUrlProblem } from "./public-url.js";

/** The command line of `genauth-mock-server`, checked. */
export interface CliOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Path of the fixtures file, as given. */
  fixtures?: string;
  /** `--public-url`. */
  publicUrl?: string;
  /** Print the start-up summary as one JSON line. */
  json: boolean;
  /** Print the help and exit. */
  help: boolean;
}

/** A command line the CLI cannot run: its message is followed by the usage line. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The one-line synopsis, printed after a {@link UsageError}. */
export const USAGE = "usage: genauth-mock-server [--port 3000] [--host 127.0.0.1] [--fixtures fixtures.json] [--public-url URL] [--json]";

/** `--help`: every flag with what it does and its default. */
export const HELP = `${USAGE}

Starts a local GenAuth mock server (Authentication and Management APIs, OIDC / OAuth / CAS) and
prints where it listens. SIGTERM or SIGINT stops it (exit code 0).

  --port <digits>     port to listen on; 0 picks a free one (default: 3000)
  --host <address>    interface to listen on; 0.0.0.0 or :: for all, as in a container (default: 127.0.0.1)
  --fixtures <file>   JSON fixtures: apps, wechatApps, users, accessKeys (default: the built-in ones)
  --public-url <url>  base URL and OIDC issuer for clients (default: the listening address; loopback for 0.0.0.0, ::)
  --json              print the start-up summary as one JSON line (default: text)
  -h, --help          print this help and exit

Faults and the clock are startMockServer options only: script them from a Node.js script.`;

/** Parses and checks the command line; throws a {@link UsageError} naming what is wrong. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: "string", default: "3000" },
        host: { type: "string", default: "127.0.0.1" },
        fixtures: { type: "string" },
        "public-url": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = String(values.port);
  // Digits only: Number() would take "" as 0 and "0x10" as 16, a port nobody meant.
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 in digits, got ${JSON.stringify(port)}`);
  const host = String(values.host);
  if (host.trim() === "") throw new UsageError("--host must name an interface, e.g. 127.0.0.1 or 0.0.0.0");
  const publicUrl = values["public-url"] as string | undefined;
  const problem = publicUrl === undefined ? undefined : publicUrlProblem(publicUrl);
  if (problem) throw new UsageError(`--public-url ${problem}`);
  const options: CliOptions = { port: Number(port), host, json: values.json === true, help: values.help === true };
  if (values.fixtures !== undefined) options.fixtures = String(values.fixtures);
  if (publicUrl !== undefined) options.publicUrl = publicUrl;
  return options;
}
