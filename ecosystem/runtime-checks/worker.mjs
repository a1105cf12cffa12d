// workerd entry of the runtime checks: a Worker whose every request runs them and answers the report.
// The checks run inside the request because a Worker may not make subrequests at start-up.
import * as authentication from "@genauth/authentication-client";
import * as functions from "@genauth/authentication-client/functions";
import * as management from "@genauth/management-client";
import { runChecks } from "./checks.mjs";
import { CONFIG } from "./config.mjs";

export default {
  async fetch() {
    const report = await runChecks({ authentication, functions, management }, CONFIG, () => import("./seed.mjs"));
    return new Response(JSON.stringify(report), { headers: { "content-type": "application/json" } });
  },
};
