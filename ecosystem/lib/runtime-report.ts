/** Names of the checks each runtime runs (runtime-checks/checks.mjs), in table order. */
export const CHECKS = ["seed", "signIn", "parseIDToken", "management", "functions"] as const;
export type CheckName = (typeof CHECKS)[number];

/** What runtime-checks/checks.mjs reports from one runtime. */
export interface RuntimeReport {
  /** The runtime as it names itself, e.g. `Bun 1.4.5`. */
  runtime: string;
  /** Which build the main specifier gave: `node` (nodeFetch, redirect helpers) or `fetch`. */
  build: "node" | "fetch";
  /** How many of the official `AuthenticationClient`'s methods the client has. */
  methods: number;
  checks: Record<CheckName, { ok: true; detail: string } | { ok: false; error: string }>;
}

/** Marks the report line among a runtime's output (same as runtime-checks/checks.mjs). */
export const REPORT_PREFIX = "RUNTIME-CHECK ";

/** The report a runtime printed on a line of its own. */
export function reportFrom(output: string): RuntimeReport {
  const line = output.split("\n").find((l) => l.startsWith(REPORT_PREFIX));
  if (line === undefined) throw new Error(`no report line in:\n${output}`);
  return JSON.parse(line.slice(REPORT_PREFIX.length)) as RuntimeReport;
}
