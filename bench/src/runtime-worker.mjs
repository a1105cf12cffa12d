// The per-call measure of runtime-calls.mjs where there is no node:http (workerd, a browser page):
// bare fetch against the main entry's build. The server URL and plan come in the query string;
// a Worker's fetch handler answers with the results, a page logs them.
import { AuthenticationClient } from "@genauth/authentication-client";
import { bareFetch, measureCalls, ours } from "./runtime-calls.mjs";

/** Runs the measure the query `?url=…&plan=…` asks for. */
export function measureFromQuery(search) {
  const query = new URLSearchParams(search);
  return measureCalls({ fetch: bareFetch, oursFetch: ours(AuthenticationClient) }, query.get("url"), JSON.parse(query.get("plan")));
}

export default {
  async fetch(request) {
    return Response.json(await measureFromQuery(new URL(request.url).search));
  },
};
