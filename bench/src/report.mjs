// The printed table and the targets of issues 11 and 15, computed from a results object. Issue 11's
// are about `ours`, the main specifier as Node resolves it, and the seed bundle through
// `/functions` in a browser build (the class's browser bundle is held by bench/budget.json
// instead); issue 15's about `managementOurs`, the management client's main specifier, and its
// import beside the official's (authing-node-sdk loads both clients on import).

const KB = 1024;
const FUNCTIONS_BUNDLE_GOAL_GZIP_BYTES = 8 * KB;

const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const kb = (bytes) => `${fmt(bytes / KB)} KB`;
const mb = (bytes) => `${fmt(bytes / 1e6, 2)} MB`;

/** The targets, each `{ name, goal, actual, met }`; `met` is undefined when not measured. */
export function targets(r) {
  const out = [];
  const add = (name, goal, actual, met) => out.push({ name, goal, actual: actual === undefined ? undefined : Math.round(actual * 1000) / 1000, met });
  // `--contenders=…` may leave a group's references out: its targets are then not reported.
  if (r.latency?.floor && r.latency.ours && r.latency.official) {
    const { floor, ours, official } = r.latency;
    const faster = ratio(official.medianUs, ours.medianUs);
    add("per call: official ÷ ours (main specifier)", "≥ 2", faster, faster >= 2);
    const overFloor = ratio(ours.medianUs, floor.medianUs);
    add("per call: ours (main specifier) ÷ node:http floor", "≤ 1.5", overFloor, overFloor <= 1.5);
    const tp = ratio(r.throughput.ours.rps, r.throughput.official.rps);
    add("throughput c=64: ours (main specifier) ÷ official", "≥ 2", tp, tp >= 2);
  }
  if (r.latency?.managementOurs && r.latency.managementOfficial) {
    const faster = ratio(r.latency.managementOfficial.medianUs, r.latency.managementOurs.medianUs);
    add("management per call: official ÷ ours (ManagementClient)", "≥ 2", faster, faster >= 2);
  }
  if (r.bundle) {
    const { gzipBytes } = r.bundle.oursFunctionsBrowser;
    add(
      "seed bundle through /functions, browser, gzipped, one file",
      `≤ ${FUNCTIONS_BUNDLE_GOAL_GZIP_BYTES} B`,
      gzipBytes,
      gzipBytes <= FUNCTIONS_BUNDLE_GOAL_GZIP_BYTES,
    );
  }
  if (r.importCost) {
    const share = ratio(r.importCost.ours.wallMs, r.importCost.official.wallMs);
    add("import time: ours (main specifier) ÷ official", "≤ 0.1", share, share <= 0.1);
    if (r.importCost.oursManagement) {
      const managementShare = ratio(r.importCost.oursManagement.wallMs, r.importCost.official.wallMs);
      add("management import time: ours (ManagementClient) ÷ official", "≤ 0.1", managementShare, managementShare <= 0.1);
    }
  }
  return out;
}

/**
 * The human-readable report. `contenders` are `{ id, group, label }` (contenders.mjs' CONTENDERS),
 * `groups` the latency table's groups with their references (contenders.mjs' GROUPS).
 */
export function table(r, contenders, groups) {
  const lines = [];
  const row = (...cells) => lines.push(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 13)).join(" "));
  if (r.latency) {
    lines.push("Per call, sequential (µs) and throughput at concurrency 64, one loopback server in-process");
    for (const [group, { title, floor, official }] of Object.entries(groups)) {
      const ids = contenders.filter((c) => c.group === group && r.latency[c.id]).map((c) => c.id);
      if (ids.length === 0) continue;
      lines.push(`  ${title}`);
      row("client", "median µs", "p99 µs", "÷ floor", "official ÷", "calls/s c=64", "÷ official");
      for (const id of ids) {
        const l = r.latency[id];
        const t = r.throughput[id];
        row(
          contenders.find((c) => c.id === id).label,
          fmt(l.medianUs),
          fmt(l.p99Us),
          fmt(ratio(l.medianUs, r.latency[floor]?.medianUs), 2),
          fmt(ratio(r.latency[official]?.medianUs, l.medianUs), 2),
          t.rps,
          fmt(ratio(t.rps, r.throughput[official]?.rps), 2),
        );
      }
    }
    lines.push("");
  }
  if (r.runtimes) {
    lines.push("Per call on each runtime against its own bare fetch (µs: median of 10-call batches, 100 on workerd; server in the bench's Node process)");
    row("runtime", "version", "bare fetch", "fetch build", "÷ fetch", "node build", "÷ fetch");
    for (const [name, x] of Object.entries(r.runtimes.measured)) {
      row(
        name,
        x.version,
        fmt(x.usPerCall.fetch),
        fmt(x.usPerCall.oursFetch),
        fmt(x.overFetch.oursFetch, 2),
        fmt(x.usPerCall.oursNode),
        fmt(x.overFetch.oursNode, 2),
      );
    }
    for (const [name, why] of Object.entries(r.runtimes.skipped)) lines.push(`  ${name} skipped: ${why}`);
    lines.push("");
  }
  if (r.bundle) {
    lines.push("Seed bundle (esbuild --bundle --minify, then gzip -9; split: what loads before the first dynamic import)");
    row("bundle", "minified", "gzipped", "split, initial", "official ÷");
    const og = r.bundle.officialNode.gzipBytes;
    for (const [name, b] of Object.entries(r.bundle)) row(name, kb(b.minifiedBytes), kb(b.gzipBytes), kb(b.initialGzipBytes), fmt(ratio(og, b.gzipBytes), 1));
    for (const name of ["oursBrowser", "oursFunctionsBrowser"]) {
      const top = r.bundle[name].largestInputs.map(([path, bytes]) => `${path} ${kb(bytes)}`);
      lines.push(`  largest in ${name} (minified): ${top.slice(0, 5).join(", ")}`);
      const modules = r.bundleInitialModules?.[name];
      if (!modules) continue;
      const total = modules.reduce((sum, [, bytes]) => sum + bytes, 0);
      lines.push(`  ${name}, what loads first, by module (minified, built from the sources: ${kb(total)} in ${modules.length} modules):`);
      for (let i = 0; i < modules.length; i += 4)
        lines.push(
          `    ${modules
            .slice(i, i + 4)
            .map(([path, bytes]) => `${path} ${kb(bytes)}`)
            .join(", ")}`,
        );
    }
    lines.push("");
  }
  if (r.importCost) {
    const { ours, oursManagement, official, bare } = r.importCost;
    lines.push(`Import cost, fresh node minus a bare start (${fmt(bare.wallMs)} ms, ${mb(bare.rssBytes)} RSS)`);
    row("package", "wall ms", "import ms", "RSS", "÷ official");
    row("ours, authentication-client", fmt(ours.wallMs), fmt(ours.importMs), mb(ours.rssBytes), fmt(ratio(ours.wallMs, official.wallMs), 3));
    if (oursManagement)
      row(
        "ours, management-client",
        fmt(oursManagement.wallMs),
        fmt(oursManagement.importMs),
        mb(oursManagement.rssBytes),
        fmt(ratio(oursManagement.wallMs, official.wallMs), 3),
      );
    row("official (both clients)", fmt(official.wallMs), fmt(official.importMs), mb(official.rssBytes), "1");
    lines.push("");
  }
  if (r.typecheck) {
    const t = r.typecheck;
    lines.push(`Consumer type-check, tsc --noEmit of ${r.typecheckMethods.calls} calls (${r.typecheckMethods.distinct} distinct methods)`);
    row("consumer", "wall ms", "− empty file", "check ms", "files", "lines");
    for (const [name, x] of Object.entries(t)) row(name, x.wallMs, x.netMs, x.checkMs, x.files, x.lines);
    lines.push("");
  }
  if (r.footprint) {
    const { ours, official } = r.footprint;
    lines.push("Production install (npm install --omit=dev)");
    row("sdk", "bytes", "files", "packages", "official ÷");
    row("ours", mb(ours.bytes), ours.files, ours.packages, fmt(ratio(official.bytes, ours.bytes), 1));
    row("official", mb(official.bytes), official.files, official.packages, "1");
    lines.push(`  ours by package: ${ours.largestPackages.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(", ")}`);
    lines.push("");
  }
  lines.push("Targets");
  for (const t of targets(r))
    lines.push(`  ${t.met === true ? "met    " : t.met === false ? "NOT MET" : "–      "} ${t.name}: ${t.actual ?? "–"} (goal ${t.goal})`);
  return lines.join("\n");
}
