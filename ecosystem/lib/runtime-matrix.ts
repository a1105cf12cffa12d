import { CHECKS, type CheckName, type RuntimeReport } from "./runtime-report.js";

const HEADINGS: Record<CheckName, string> = {
  seed: "seed sample",
  signIn: "sign-in + getProfile",
  parseIDToken: "parseIDToken",
  management: "ManagementClient",
  functions: "/functions",
};

/** What a ✓ means where the table alone would mislead. */
const NOTES = [
  "ManagementClient: getUser passed the mock's signature check; in a web page, the client refused construction (dangerouslyAllowBrowser) as it must.",
];

/** The runtime × check table: ✓ or ✗ per check, the runtime's own name for itself, the build it got and its official methods. */
export function matrixTable(results: Map<string, RuntimeReport | Error>): string {
  const headings = ["runtime", "reports itself as", "build", "official methods", ...CHECKS.map((c) => HEADINGS[c])];
  const rows = [headings];
  for (const [name, result] of results) {
    if (result instanceof Error) rows.push([name, "did not run", "–", "–", ...CHECKS.map(() => "✗")]);
    else rows.push([name, shorten(result.runtime), result.build, String(result.methods), ...CHECKS.map((c) => (result.checks[c]?.ok ? "✓" : "✗"))]);
  }
  const widths = headings.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const failures = [...results].flatMap(([name, result]) =>
    result instanceof Error
      ? [`${name}: ${result.message.split("\n").slice(0, 6).join("\n  ")}`]
      : CHECKS.flatMap((c) => (result.checks[c]?.ok === false ? [`${name}, ${HEADINGS[c]}: ${(result.checks[c] as { error: string }).error}`] : [])),
  );
  return [...lines, "", ...NOTES, ...(failures.length ? ["", "failures:", ...failures] : [])].join("\n");
}

/** A user agent cut to its browser token (`HeadlessChrome/…`); other names as they are. */
function shorten(runtime: string): string {
  return /HeadlessChrome\/\S+/.exec(runtime)?.[0] ?? runtime;
}
