import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { SEED_FIXTURES } from "../../scripts/lib/seed-sample.mjs";
import { createConsumerProject } from "./consumer-project.js";

/** The mock server as users run it: installed from its tarball, started through its CLI. */
export interface MockServerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `genauth-mock-server` with the seed's fixtures (the sample's placeholder app and WeChat
 * app; users stay the default pool) on a free port of 127.0.0.1.
 */
export async function startMockServerProcess(): Promise<MockServerProcess> {
  const project = await createConsumerProject("mock", { type: "module", dependencies: ["@genauth/mock-server"] });
  const fixtures = project.write("fixtures.json", JSON.stringify(SEED_FIXTURES));
  const mock: ChildProcess = spawn(join(project.dir, "node_modules/.bin/genauth-mock-server"), ["--port", "0", "--fixtures", fixtures], {
    cwd: project.dir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(mock.stdout!, "data")) as [Buffer];
  const url = /listening on (\S+)/.exec(line.toString())?.[1] ?? "";
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`the mock server printed ${JSON.stringify(line.toString())}`);
  return {
    url,
    async stop() {
      if (mock.exitCode !== null) return;
      mock.kill("SIGTERM");
      await once(mock, "exit");
    },
  };
}
