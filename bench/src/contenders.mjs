// The clients compared in the latency and throughput runs. Each `make(url)` returns a `call()` that
// sends its group's request once and resolves to the parsed envelope: the seed's (get a WeChat
// access token, an app-authenticated POST) or the management call's (`getUser`, a GET signed
// with the access key).
import { createHmac, randomBytes } from "node:crypto";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import { AuthenticationClient } from "@genauth/authentication-client";
import { createCore, getWechatMpAccessToken } from "@genauth/authentication-client/functions";
import { ManagementClient } from "@genauth/management-client";
import { APP, bareFetch, ours, SEED_PATH, WECHAT } from "./runtime-calls.mjs";
import { MANAGEMENT_PATH } from "./server.mjs";

const require = createRequire(import.meta.url);
const ACCESS_KEY = { accessKeyId: "bench-access-key-id", accessKeySecret: "bench-access-key-secret" };
const USER = { userId: "bench-user-id" };

// The fetch build: what the main specifier resolves to without the `node` condition (browsers,
// edge runtimes). Node always applies `node`, so the file is found through the manifest's `default`
// branch instead; it sends through the platform's `fetch` with the SDK's light requests, which a
// `fetch` passed in the options gets only when it is `globalThis.fetch` itself.
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

function bareOpenapiFetch(url) {
  const client = createClient({ baseUrl: url, headers: { "x-authing-app-id": APP.appId } });
  return async () => (await client.POST(SEED_PATH, { body: WECHAT })).data;
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
 * The management call's floor: keep-alive `node:http`, signed by hand with `node:crypto` the way
 * GenAuth checks it (a fresh date and nonce, HMAC-SHA1 over the method, the signed headers, the
 * path and the sorted query), the answer parsed by hand. The query and its sorted form are
 * written once, as a hand-written client for this one call would; what remains per call is what
 * any correct client must do.
 */
function managementFloor(url) {
  const agent = new Agent({ keepAlive: true });
  const { hostname, port } = new URL(url);
  const query = {
    userId: USER.userId,
    userIdType: "user_id",
    flatCustomData: false,
    withCustomData: false,
    withPost: false,
    withIdentities: false,
    withDepartmentIds: false,
  };
  const path = `${MANAGEMENT_PATH}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
  const signedResource = `${MANAGEMENT_PATH}?${Object.keys(query)
    .sort()
    .map((k) => `${k}=${query[k]}`)
    .join("&")}`;
  const fixed = {
    "x-authing-lang": "zh-CN",
    "x-authing-sdk-version": "bench-floor",
    "x-authing-signature-method": "HMAC-SHA1",
    "x-authing-signature-version": "1.0",
  };
  return () =>
    new Promise((resolve, reject) => {
      const date = new Date().toUTCString();
      const nonce = randomBytes(16).toString("hex");
      // The signed headers in name order: date, then x-authing-lang, -sdk-version, -signature-method, -nonce, -version.
      const stringToSign = `GET\ndate:${date}\nx-authing-lang:zh-CN\nx-authing-sdk-version:bench-floor\nx-authing-signature-method:HMAC-SHA1\nx-authing-signature-nonce:${nonce}\nx-authing-signature-version:1.0\n${signedResource}`;
      const signature = createHmac("sha1", ACCESS_KEY.accessKeySecret).update(stringToSign).digest("base64");
      const headers = {
        accept: "application/json",
        ...fixed,
        "x-authing-signature-nonce": nonce,
        date,
        authorization: `authing ${ACCESS_KEY.accessKeyId}:${signature}`,
      };
      const req = request({ agent, hostname, port, method: "GET", path, headers }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
}

/** Ours: `new ManagementClient(options)` from the main specifier (on Node, the nodeFetch build). */
function managementOurs(url) {
  const client = new ManagementClient({ ...ACCESS_KEY, host: url });
  return () => client.getUser(USER);
}

function managementOfficial(url) {
  const { ManagementClient: Official } = require("authing-node-sdk");
  const client = new Official({ ...ACCESS_KEY, host: url });
  return () => client.getUser(USER);
}

/**
 * The groups of the latency table, each with the two references its ratios are taken against: in
 * `seed`, `floor` and `official`, with `ours` (the main specifier, as a Node user imports it) the
 * one issue 11's targets are about; in `management`, `managementFloor` and `managementOfficial`,
 * with `managementOurs` the one issue 15's are about.
 */
export const GROUPS = {
  seed: { title: "the seed: POST /api/v3/get-wechat-access-token, app-authenticated", floor: "floor", official: "official" },
  management: { title: "a management call: getUser, GET /api/v3/get-user?…, access-key signed", floor: "managementFloor", official: "managementOfficial" },
};

/** In table order, each in its group. */
export const CONTENDERS = [
  { id: "floor", group: "seed", label: "node:http keep-alive (floor)", make: httpFloor },
  { id: "fetch", group: "seed", label: "raw fetch", make: bareFetch },
  { id: "openapiFetch", group: "seed", label: "bare openapi-fetch", make: bareOpenapiFetch },
  { id: "ours", group: "seed", label: "ours, main specifier (nodeFetch)", make: ours(AuthenticationClient) },
  { id: "oursFunctions", group: "seed", label: "ours, /functions (nodeFetch)", make: oursFunctions },
  { id: "oursFetchBuild", group: "seed", label: "ours, fetch build (dist/index)", make: ours(FetchBuildClient) },
  { id: "oursFetchOption", group: "seed", label: "ours, main + { fetch } option", make: ours(AuthenticationClient, { fetch: globalThis.fetch }) },
  { id: "official", group: "seed", label: "authing-node-sdk 4.0.1", make: official },
  { id: "managementFloor", group: "management", label: "node:http + node:crypto (floor)", make: managementFloor },
  { id: "managementOurs", group: "management", label: "ours, ManagementClient (nodeFetch)", make: managementOurs },
  { id: "managementOfficial", group: "management", label: "authing-node-sdk 4.0.1", make: managementOfficial },
];
