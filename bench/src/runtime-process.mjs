// `node|bun|deno runtime-process.mjs <url> <plan JSON>`: the per-call measure of runtime-calls.mjs
// in a process of that runtime, both builds of ours against its bare fetch; prints one JSON line.
// Each build is imported by its file: the main specifier gives one or the other per runtime.
import { AuthenticationClient as NodeEntryClient } from "@genauth/authentication-client/node";

const { AuthenticationClient } = await import(new URL("../../packages/authentication-client/dist/index.js", import.meta.url).href);
import { bareFetch, measureCalls, ours } from "./runtime-calls.mjs";

const [url, plan] = globalThis.Deno ? Deno.args : process.argv.slice(2);
const results = await measureCalls({ fetch: bareFetch, oursFetch: ours(AuthenticationClient), oursNode: ours(NodeEntryClient) }, url, JSON.parse(plan));
console.log(JSON.stringify(results));
