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

/** A client class as a consumer program loads it: by `import` or `require`, then constructed. */
export interface ClientUnderTest {
  /** The line that brings the class into scope. */
  load: string;
  /** The expression that constructs a client. */
  construct: string;
  /** The methods it must have. */
  methods: readonly string[];
}

/** `AuthenticationClient` from the main specifier, by `import` or `require`. */
export const authenticationClient = (how: "import" | "require"): ClientUnderTest => ({
  load:
    how === "import"
      ? 'import { AuthenticationClient } from "@genauth/authentication-client";'
      : 'const { AuthenticationClient } = require("@genauth/authentication-client");',
  construct: 'new AuthenticationClient({ appId: "app", appSecret: "secret", appHost: "https://example.genauth.ai" })',
  methods: OFFICIAL_METHODS,
});

/** A program that prints, as JSON, the methods the client lacks: `[]` when it has them all. */
export function missingMethodsProgram({ load, construct, methods }: ClientUnderTest): string {
  return `${load}
const client = ${construct};
const expected = ${JSON.stringify(methods)};
console.log(JSON.stringify(expected.filter((name) => typeof client[name] !== "function")));
`;
}

const managementFacts = JSON.parse(readFileSync(join(ROOT, "specs/facts/genauth-management-api.json"), "utf8")) as Facts;

/** Every public method of the official `ManagementClient` (authing-node-sdk 4.0.2), from the facts table. */
export const OFFICIAL_MANAGEMENT_METHODS = [
  ...new Set([...managementFacts.operations, ...(managementFacts.nonHttpMethods ?? [])].map((m) => m.sdkMethod)),
].sort();

/** `ManagementClient` from the main specifier, by `import` or `require`. */
export const managementClient = (how: "import" | "require"): ClientUnderTest => ({
  load:
    how === "import" ? 'import { ManagementClient } from "@genauth/management-client";' : 'const { ManagementClient } = require("@genauth/management-client");',
  construct: 'new ManagementClient({ accessKeyId: "ak", accessKeySecret: "sk", host: "https://api.genauth.ai" })',
  methods: OFFICIAL_MANAGEMENT_METHODS,
});
