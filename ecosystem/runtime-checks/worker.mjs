// workerd entry of the runtime checks: a Worker whose every request runs them and answers the report.
// The checks run inside the request because a Worker may not make subrequests at start-up.
import * as sdk from "@genauth/authentication-client";
import { runChecks } from "./checks.mjs";
import { CONFIG } from "./config.mjs";

export default {
  async fetch() {
    const report = await runChecks(sdk, CONFIG, () => import("./seed.mjs"));
    return new Response(JSON.stringify(report), { headers: { "content-type": "application/json" } });
  },
};
