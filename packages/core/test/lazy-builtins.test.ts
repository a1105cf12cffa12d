import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import { sendJson, startPeer, type Peer } from "./peer.js";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
// Node's own fetch classes (`Headers`, which every request builds) load `node:tls` and
// `node:zlib` themselves, so only our choice between `node:http` and `node:https` is watched
// after the call.
const WATCHED = ["http", "https", "tls", "net", "zlib"];

let peer: Peer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

/**
 * Runs a fresh Node.js that imports the built `@genauth/core/node`, then fetches `url` with
 * `nodeFetch`; returns which of the watched built-in modules each step loaded.
 */
async function builtinsLoadedBy(url: string): Promise<Record<"imported" | "fetched", string[]>> {
  const program = `
const watched = ${JSON.stringify(WATCHED)};
const loaded = () => watched.filter((name) => process.moduleLoadList.includes("NativeModule " + name));
const before = new Set(loaded());
const fresh = () => loaded().filter((name) => !before.has(name));
const { nodeFetch } = await import("@genauth/core/node");
const imported = fresh();
await (await nodeFetch(${JSON.stringify(url)})).json();
console.log(JSON.stringify({ imported, fetched: fresh() }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", program], { cwd: PACKAGE_DIR });
  return JSON.parse(stdout);
}

it("importing nodeFetch loads no network module; its first http: call loads node:http, and node:https never", async () => {
  peer = await startPeer((_req, res) => sendJson(res, { ok: true }));
  const loaded = await builtinsLoadedBy(`${peer.url}/plain`);
  expect(loaded.imported).toEqual([]);
  expect(loaded.fetched).toContain("http");
  expect(loaded.fetched).not.toContain("https");
});
