// WechatAccessTokenCache's background refresh on workerd (docs/wechat-token-cache.md, "On Cloudflare
// Workers"), with @genauth/authentication-client installed from its tarball as a user would (npm)
// and the Worker bundled as `wrangler` would (`cloudflare:workers` left to workerd).
//
// The Worker keeps an AuthenticationClient (the mock's URL, the seed's app) and a
// WechatAccessTokenCache at module scope, as the guide does. The cache calls the client through a
// wrapper counting the token requests it started and those that finished; `refreshBeforeSeconds`
// is 7199 of the mock's 7200 s, so a token is due for refresh from the second after it was minted.
// `/token` answers `getToken()` with the counts at that moment, `/state` the counts alone.
//
// What it proves: with `waitUntil` from `cloudflare:workers`, a refresh started in the background
// by one request completes after that request was answered — request 2 gets the cached token at
// once with one refresh started and none finished, and the refresh finishes afterwards. The same
// Worker with the option left out is the failure the option fixes: workerd cuts the refresh off
// with request 2 and it never finishes (so a call whose token expired within three minutes of it
// would wait for it for ever; later ones start their own request).
// Both variants wait the same bound; nothing is timed.
//
// Each variant gets its own mock server: the mock hands back its cached WeChat token until it
// expires, and the cache plans a token it did not get fresh for halfway to its expiry, so a
// second Worker on the same mock would not be due for a refresh.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SEED_FIXTURES } from "../../scripts/lib/seed-sample.mjs";
import { workerBundle } from "../lib/harness/bundles.mjs";
import { type ServedWorker, serveWorkerd } from "../lib/harness/workerd-serve.mjs";
import { createConsumerProject, removeConsumerProjects } from "../lib/consumer-project.js";
import { startMockServerProcess, type MockServerProcess } from "../lib/mock-server-process.js";

/** The runtime matrix's workerd config: the bundled `worker.js`, loopback allowed, no compatibility flags. */
const WORKERD_CONFIG = fileURLToPath(new URL("../runtime-checks/workerd.capnp", import.meta.url));
const [APP] = SEED_FIXTURES.apps as [{ appId: string; appSecret: string }];
const [WECHAT_APP] = SEED_FIXTURES.wechatApps as [{ appId: string; appSecret: string }];
/** How long either variant is given for the background refresh to finish (a loopback call takes milliseconds). */
const REFRESH_BOUND_MS = 5_000;
const POLL_INTERVAL_MS = 100;
/**
 * The mock's expiry is its clock's second + 7200, so with 7199 the token is due from the next
 * whole second: request 2 waits that long after request 1 was answered.
 */
const DUE_AFTER_MS = 1_100;

interface Counts {
  started: number;
  finished: number;
  failed: number;
}

/**
 * The Worker's source, the same for both variants but for the `waitUntil` option. `failed` counts
 * refreshes that rejected, to tell one cut off (never settled) from one that failed.
 */
function workerSource(appHost: string, withWaitUntil: boolean): string {
  const client = { appId: APP.appId, appSecret: APP.appSecret, appHost };
  return `import { waitUntil } from "cloudflare:workers";
import { AuthenticationClient, WechatAccessTokenCache } from "@genauth/authentication-client";

const client = new AuthenticationClient(${JSON.stringify(client)});
let started = 0;
let finished = 0;
let failed = 0;
const counting = {
  getWechatMpAccessTokenInfo: (...args) => {
    started++;
    return client.getWechatMpAccessTokenInfo(...args).then(
      (result) => {
        finished++;
        return result;
      },
      (error) => {
        failed++;
        throw error;
      },
    );
  },
};
const wechatToken = new WechatAccessTokenCache(counting, {
  appId: ${JSON.stringify(WECHAT_APP.appId)},
  appSecret: ${JSON.stringify(WECHAT_APP.appSecret)},
  refreshBeforeSeconds: 7199,${withWaitUntil ? "\n  waitUntil," : ""}
});

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === "/token") {
      const token = await wechatToken.getToken();
      return Response.json({ token, started, finished, failed });
    }
    if (pathname === "/state") return Response.json({ started, finished, failed });
    return new Response("not found", { status: 404 });
  },
};
`;
}

let running: { mock: MockServerProcess; worker?: ServedWorker } | undefined;

afterEach(async () => {
  await running?.worker?.stop();
  await running?.mock.stop();
  running = undefined;
});

afterAll(() => {
  removeConsumerProjects();
});

/** A fresh mock server and the variant's Worker, bundled from an installed project, served by workerd. */
async function serveVariant(withWaitUntil: boolean): Promise<ServedWorker> {
  running = { mock: await startMockServerProcess() };
  const name = withWaitUntil ? "with-wait-until" : "without-wait-until";
  const project = await createConsumerProject(`workerd-wechat-cache-${name}`, { type: "module", dependencies: ["@genauth/authentication-client"] });
  project.write("worker.mjs", workerSource(running.mock.url, withWaitUntil));
  await workerBundle({ absWorkingDir: project.dir, entryPoints: ["worker.mjs"] }, join(project.dir, "worker.js"));
  copyFileSync(WORKERD_CONFIG, join(project.dir, "workerd.capnp"));
  running.worker = await serveWorkerd("workerd.capnp", project.dir);
  return running.worker;
}

/**
 * Requests 1 and 2, checked the same for both variants: request 1 fetches the token; request 2,
 * due for a refresh, is answered the same token at once with the refresh started, not finished.
 */
async function firstTwoRequests(worker: ServedWorker): Promise<void> {
  const first = JSON.parse(await worker.get("/token")) as Counts & { token: string };
  expect(first).toEqual({ token: expect.stringMatching(/^mock_wx_/), started: 1, finished: 1, failed: 0 });
  await new Promise((resolve) => setTimeout(resolve, DUE_AFTER_MS));
  const second = JSON.parse(await worker.get("/token")) as Counts & { token: string };
  expect(second).toEqual({ token: first.token, started: 2, finished: 1, failed: 0 });
}

/** Polls `/state` until the refresh has finished or `REFRESH_BOUND_MS` has passed; the last counts. */
async function countsAfterRefresh(worker: ServedWorker): Promise<Counts> {
  const deadline = Date.now() + REFRESH_BOUND_MS;
  for (;;) {
    const counts = JSON.parse(await worker.get("/state")) as Counts;
    if (counts.finished >= 2 || Date.now() >= deadline) return counts;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

describe("WechatAccessTokenCache on workerd, from the tarball, with a module-scope cache", () => {
  it("with waitUntil from cloudflare:workers, the background refresh finishes after the request that started it was answered", async () => {
    const worker = await serveVariant(true);
    await firstTwoRequests(worker);
    expect(await countsAfterRefresh(worker), `workerd printed: ${worker.output() || "nothing"}`).toEqual({ started: 2, finished: 2, failed: 0 });
  });

  it("without waitUntil, workerd cuts the refresh off with that request: it never finishes (the check can fail)", async () => {
    const worker = await serveVariant(false);
    await firstTwoRequests(worker);
    // Neither finished nor failed: the refresh's promise never settles.
    expect(await countsAfterRefresh(worker), `workerd printed: ${worker.output() || "nothing"}`).toEqual({ started: 2, finished: 1, failed: 0 });
  });
});
