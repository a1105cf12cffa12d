#!/usr/bin/env node
// `pnpm demo`: the seed's sample through the built SDK, against the local mock server.
// The mock server knows the sample's own credentials; the one placeholder filled in is the host,
// as the sample's comment asks ("Need to be replaced with your GenAuth AppId, Secret and Host").
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startMockServer } from "../packages/mock-server/dist/index.js";

const SAMPLE = fileURLToPath(new URL("../packages/authentication-client/examples/seed-get-wechat-mp-access-token.mjs", import.meta.url));
// Kept inside the package so that the sample's `@genauth/authentication-client` import resolves.
const RUN = SAMPLE.replace(/\.mjs$/, ".demo-run.mjs");

const server = await startMockServer({
  fixtures: {
    apps: [{ appId: "GEN_AUTH_APP_ID", appSecret: "GEN_AUTH_APP_SECRET" }],
    wechatApps: [{ appId: "xxxx", appSecret: "xxxx" }],
  },
});
console.error(`mock server: ${server.url}`);
try {
  writeFileSync(RUN, readFileSync(SAMPLE, "utf8").replace('"GEN_AUTH_APP_HOST"', JSON.stringify(server.url)));
  const code = await new Promise((resolve) => {
    spawn(process.execPath, [RUN], { stdio: "inherit" }).on("exit", resolve);
  });
  process.exitCode = code ?? 1;
} finally {
  rmSync(RUN, { force: true });
  await server.close();
}
