#!/usr/bin/env node
// `pnpm demo`: the seed's sample through the built SDK, against the local mock server.
// The mock server knows the sample's own credentials; the one placeholder filled in is the host,
// as the sample's comment asks ("Need to be replaced with your GenAuth AppId, Secret and Host").
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { startMockServer } from "../packages/mock-server/dist/index.js";
import { SEED_FIXTURES, SEED_SAMPLE, seedSampleFor } from "./lib/seed-sample.mjs";

// Kept inside the package so that the sample's `@genauth/authentication-client` import resolves.
const RUN = SEED_SAMPLE.replace(/\.mjs$/, ".demo-run.mjs");

const server = await startMockServer({ fixtures: SEED_FIXTURES });
console.error(`mock server: ${server.url}`);
try {
  writeFileSync(RUN, seedSampleFor(server.url));
  const code = await new Promise((resolve) => {
    spawn(process.execPath, [RUN], { stdio: "inherit" }).on("exit", resolve);
  });
  process.exitCode = code ?? 1;
} finally {
  rmSync(RUN, { force: true });
  await server.close();
}
