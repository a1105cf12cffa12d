// CommonJS entry of the runtime checks: the SDK and the seed's sample come in through require().
const authentication = require("@genauth/authentication-client");
const functions = require("@genauth/authentication-client/functions");
const management = require("@genauth/management-client");

(async () => {
  const [{ REPORT_PREFIX, runChecks }, { CONFIG }] = await Promise.all([import("./checks.mjs"), import("./config.mjs")]);
  const report = await runChecks({ authentication, functions, management }, CONFIG, async () => require("./seed.cjs"));
  console.log(REPORT_PREFIX + JSON.stringify(report));
})();
