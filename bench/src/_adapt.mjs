import { sequential, summarize } from "./latency.mjs";
import { startSeedServer, SEED_PATH } from "./server.mjs";
import { NodeRequest } from "@genauth/core/node";
import createClient from "openapi-fetch";
const s = await startSeedServer();
const W = { appId: "a", appSecret: "b" };
const adapter = Object.assign((req) => fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: req.signal, redirect: req.redirect }), { Request: NodeRequest });
const plain = createClient({ baseUrl: s.url, headers: { "x-authing-app-id": "x" } });
const light = createClient({ baseUrl: s.url, fetch: adapter, Request: NodeRequest, headers: { "x-authing-app-id": "x" } });
const raw = async () => (await fetch(s.url + SEED_PATH, { method: "POST", headers: { "content-type": "application/json", "x-authing-app-id": "x" }, body: JSON.stringify(W) })).json();
const fns = { raw, plain: async () => (await plain.POST(SEED_PATH, { body: W })).data, light: async () => (await light.POST(SEED_PATH, { body: W })).data };
const res = Object.fromEntries(Object.keys(fns).map(k => [k, []]));
for (let r = 0; r < 4; r++) for (const [k, f] of Object.entries(fns)) { await sequential(f, 200); res[k].push(...await sequential(f, 1000)); }
for (const k in res) console.log(k, summarize(res[k]).medianUs);
await s.close();
