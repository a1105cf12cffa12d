import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";

interface Facts {
  operations: { sdkMethod: string }[];
  nonHttpMethods: { sdkMethod: string }[];
}

const facts = JSON.parse(readFileSync(join(ROOT, "specs/facts/genauth-authentication-api.json"), "utf8")) as Facts;

/** The Node.js-only methods of the official `AuthenticationClient`: they take `IncomingMessage` / `ServerResponse`. */
export const NODE_ONLY_METHODS = ["loginWithRedirect", "handleRedirectCallback", "logoutWithRedirect"];

/** Every public method of the official `AuthenticationClient` (authing-node-sdk 4.0.2), from the facts table. */
export const OFFICIAL_METHODS = [...new Set([...facts.operations, ...facts.nonHttpMethods].map((m) => m.sdkMethod))].sort();

/**
 * A program that prints, as JSON, the official methods the main specifier's `AuthenticationClient`
 * lacks: `[]` when it has them all.
 */
export function missingMethodsProgram(importLine: string): string {
  return `${importLine}
const client = new AuthenticationClient({ appId: "app", appSecret: "secret", appHost: "https://example.genauth.ai" });
const expected = ${JSON.stringify(OFFICIAL_METHODS)};
console.log(JSON.stringify(expected.filter((name) => typeof client[name] !== "function")));
`;
}

const managementFacts = JSON.parse(readFileSync(join(ROOT, "specs/facts/genauth-management-api.json"), "utf8")) as Facts;

/** Every public method of the official `ManagementClient` (authing-node-sdk 4.0.2), from the facts table. */
export const OFFICIAL_MANAGEMENT_METHODS = [
  ...new Set([...managementFacts.operations, ...(managementFacts.nonHttpMethods ?? [])].map((m) => m.sdkMethod)),
].sort();
