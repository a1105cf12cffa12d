// The clients compared in the latency and throughput runs. Each `make(url)` returns a `call()` that
// sends the seed's request once and resolves to the parsed envelope.
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import { AuthenticationClient } from "@genauth/authentication-client";
import { createCore, getWechatMpAccessToken } from "@genauth/authentication-client/functions";
import { SEED_PATH } from "./server.mjs";

const require = createRequire(import.meta.url);
const APP = { appId: "bench-app", appSecret: "bench-app-secret" };
const WECHAT = { appId: "wx-bench", appSecret: "wx-bench-secret" };

// The fetch build: what the main specifier resolves to without the `node` condition (browsers,
// edge runtimes). Node always applies `node`, so the file is found through the manifest's `default`
// branch instead; it sends through the platform's `fetch` with the SDK's light requests, which a
// `fetch` passed in the options does not get.
const MANIFEST = require.resolve("@genauth/authentication-client/package.json");
const FETCH_BUILD = join(dirname(MANIFEST), require(MANIFEST).exports["."].default.default);
const { AuthenticationClient: FetchBuildClient } = await import(pathToFileURL(FETCH_BUILD).href);

/** The transport floor: keep-alive `node:http`, the body written and the answer parsed by hand. */
function httpFloor(url) {
  const agent = new Agent({ keepAlive: true });
  const { hostname, port } = new URL(url);
  const headers = { "content-type": "application/json", "x-authing-app-id": APP.appId };
  return () =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(WECHAT);
      const req = request(
        { agent, hostname, port, method: "POST", path: SEED_PATH, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
        (res) => {
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
}

function rawFetch(url) {
  const target = `${url}${SEED_PATH}`;
  return async () => {
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": APP.appId },
      body: JSON.stringify(WECHAT),
    });
    return response.json();
  };
}

function bareOpenapiFetch(url) {
  const client = createClient({ baseUrl: url, headers: { "x-authing-app-id": APP.appId } });
  return async () => (await client.POST(SEED_PATH, { body: WECHAT })).data;
}

/** Ours as a user would write it: `new Client(options)`, then the method. */
function ours(Client, extra = {}) {
  return (url) => {
    const client = new Client({ ...APP, appHost: url, ...extra });
    return () => client.getWechatMpAccessToken(WECHAT);
  };
}

/** Ours through `/functions`: the transport from `createCore`, then the standalone function. */
function oursFunctions(url) {
  const core = createCore({ ...APP, appHost: url });
  return () => getWechatMpAccessToken(core, WECHAT);
}

function official(url) {
  const { AuthenticationClient: Official } = require("authing-node-sdk");
  const client = new Official({ ...APP, appHost: url });
  return () => client.getWechatMpAccessToken(WECHAT);
}

/**
 * In table order; `floor` and `official` are the two references ratios are taken against, and
 * `ours` (the main specifier, as a Node user imports it) is the one the targets are about.
 */
export const CONTENDERS = [
  { id: "floor", label: "node:http keep-alive (floor)", make: httpFloor },
  { id: "fetch", label: "raw fetch", make: rawFetch },
  { id: "openapiFetch", label: "bare openapi-fetch", make: bareOpenapiFetch },
  { id: "ours", label: "ours, main specifier (nodeFetch)", make: ours(AuthenticationClient) },
  { id: "oursFunctions", label: "ours, /functions (nodeFetch)", make: oursFunctions },
  { id: "oursFetchBuild", label: "ours, fetch build (dist/index)", make: ours(FetchBuildClient) },
  { id: "oursFetchOption", label: "ours, main + { fetch } option", make: ours(AuthenticationClient, { fetch: globalThis.fetch }) },
  { id: "official", label: "authing-node-sdk 4.0.1", make: official },
];
