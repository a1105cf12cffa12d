// The seed's sample (GenAuth docs, "Get WeChat Mini Program, Official Account Access Token") and
// what it takes to run it against the mock server: shared by `pnpm demo` and the consumer tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Path of the sample, kept word for word except its import line. */
export const SEED_SAMPLE = fileURLToPath(new URL("../../packages/authentication-client/examples/seed-get-wechat-mp-access-token.mjs", import.meta.url));

/** Mock server fixtures that know the sample's own placeholder credentials. */
export const SEED_FIXTURES = {
  apps: [{ appId: "GEN_AUTH_APP_ID", appSecret: "GEN_AUTH_APP_SECRET" }],
  wechatApps: [{ appId: "xxxx", appSecret: "xxxx" }],
};

/**
 * The sample's source with its host placeholder filled in, the one placeholder its comment asks
 * to replace that the mock server cannot accept as it is.
 * @param {string} appHost
 * @returns {string}
 */
export function seedSampleFor(appHost) {
  return readFileSync(SEED_SAMPLE, "utf8").replace('"GEN_AUTH_APP_HOST"', JSON.stringify(appHost));
}
