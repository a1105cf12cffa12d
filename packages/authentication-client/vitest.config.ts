import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The tests run twice: on the platform's fetch, and on nodeFetch (the Node transport), by giving
// the client a `@genauth/core` whose transports default to nodeFetch.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: "fetch" } },
        {
          extends: true,
          resolve: {
            alias: [{ find: /^@genauth\/core$/, replacement: fileURLToPath(new URL("test/setup/core-on-node-fetch.ts", import.meta.url)) }],
          },
          test: {
            name: "nodeFetch",
            env: { GENAUTH_TEST_TRANSPORT: "node" },
            // Not twice what sends no request through the client: the demo (a child process),
            // type-level checks, the mock's refusals compared with oidc-provider's (raw fetch).
            exclude: [...configDefaults.exclude, "test/demo.test.ts", "test/deprecation.test.ts", "test/mock-provider-refusals.test.ts"],
          },
        },
      ],
    },
  }),
);
