import { constants } from "node:os";
import type { MockServer } from "./server.js";

/** The part of `process` that {@link closeOnSignals} uses; a test passes a stand-in. */
export interface SignalTarget {
  /** Adds a listener for a signal. */
  on(signal: "SIGINT" | "SIGTERM", listener: (signal: NodeJS.Signals) => void): unknown;
  /** Ends the process. */
  exit(code: number): void;
}

/**
 * Stops `server` on SIGTERM or SIGINT and exits with code 0: the server stops listening and ends
 * every connection, idle or busy (a request half-sent, a scripted hang), since waiting for them
 * would keep a CI job's server alive after it was told to stop. A second signal exits at once,
 * with code 128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as shells report it.
 */
export function closeOnSignals(server: Pick<MockServer, "close">, target: SignalTarget = process): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      target.exit(128 + (constants.signals[signal] ?? 0));
      return;
    }
    stopping = true;
    server.close({ force: true }).then(
      () => target.exit(0),
      (error: unknown) => {
        console.error(`genauth-mock-server: stopping failed: ${(error as Error).message}`);
        target.exit(1);
      },
    );
  };
  target.on("SIGINT", onSignal);
  target.on("SIGTERM", onSignal);
}
