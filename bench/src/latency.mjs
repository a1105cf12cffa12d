// Sequential latency and concurrent throughput. Contenders run in interleaved rounds so that a
// neighbour's load on this shared machine spreads over all of them instead of hurting one.

/** Per-call latencies of `calls` sequential calls, in microseconds. */
export async function sequential(call, calls) {
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const start = process.hrtime.bigint();
    await call();
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return samples;
}

/** Calls completed per second by `concurrency` loops calling back to back for `ms` milliseconds. */
export async function throughput(call, concurrency, ms) {
  let completed = 0;
  const deadline = performance.now() + ms;
  const start = performance.now();
  const loop = async () => {
    while (performance.now() < deadline) {
      await call();
      completed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return completed / ((performance.now() - start) / 1000);
}

/** Median, p99 and mean of samples, rounded to 0.1 µs. */
export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const round = (x) => Math.round(x * 10) / 10;
  return { medianUs: round(at(0.5)), p99Us: round(at(0.99)), meanUs: round(mean), calls: sorted.length };
}

/**
 * Runs every contender: `rounds` rounds of warm-up + `calls` sequential calls, then `rounds`
 * rounds of throughput at `concurrency` for `ms` each. Resolves to `{ latency, throughput }` by id.
 */
export async function runLatency(contenders, url, { rounds, warmup, calls, concurrency, ms }) {
  const calls_ = Object.fromEntries(contenders.map((c) => [c.id, c.make(url)]));
  const samples = Object.fromEntries(contenders.map((c) => [c.id, []]));
  const rates = Object.fromEntries(contenders.map((c) => [c.id, []]));
  for (const c of contenders) {
    const result = await calls_[c.id]();
    if (result?.statusCode !== 200) throw new Error(`${c.label} did not get its envelope: ${JSON.stringify(result)}`);
  }
  for (let round = 0; round < rounds; round++) {
    for (const c of contenders) {
      await sequential(calls_[c.id], warmup);
      samples[c.id].push(...(await sequential(calls_[c.id], calls)));
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const c of contenders) {
      await throughput(calls_[c.id], concurrency, Math.min(200, ms / 4));
      rates[c.id].push(await throughput(calls_[c.id], concurrency, ms));
    }
  }
  const latency = Object.fromEntries(contenders.map((c) => [c.id, summarize(samples[c.id])]));
  const throughputs = Object.fromEntries(
    contenders.map((c) => [c.id, { rps: Math.round(rates[c.id].sort((a, b) => a - b)[Math.floor(rates[c.id].length / 2)]), concurrency }]),
  );
  return { latency, throughput: throughputs };
}
