// ESM entry of the runtime checks (Node, Bun, Deno, and the browser page's bundle): prints one report line.
import * as sdk from "@genauth/authentication-client";
import { REPORT_PREFIX, runChecks } from "./checks.mjs";
import { CONFIG } from "./config.mjs";

const report = await runChecks(sdk, CONFIG, () => import("./seed.mjs"));
console.log(REPORT_PREFIX + JSON.stringify(report));
