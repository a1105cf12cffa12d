// CommonJS entry of the runtime checks: the SDK and the seed's sample come in through require().
const sdk = require("@genauth/authentication-client");

(async () => {
  const [{ REPORT_PREFIX, runChecks }, { CONFIG }] = await Promise.all([import("./checks.mjs"), import("./config.mjs")]);
  const report = await runChecks(sdk, CONFIG, async () => require("./seed.cjs"));
  console.log(REPORT_PREFIX + JSON.stringify(report));
})();
