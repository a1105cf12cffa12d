// ESM entry of the runtime checks (Node, Bun, Deno, and the browser page's bundle): prints one report line.
import * as authentication from "@genauth/authentication-client";
import * as functions from "@genauth/authentication-client/functions";
import * as management from "@genauth/management-client";
import { REPORT_PREFIX, runChecks } from "./checks.mjs";
import { CONFIG } from "./config.mjs";

const report = await runChecks({ authentication, functions, management }, CONFIG, () => import("./seed.mjs"));
console.log(REPORT_PREFIX + JSON.stringify(report));
