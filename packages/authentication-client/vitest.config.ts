import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The integration tests run twice: on the platform's fetch, and on nodeFetch (the Node transport).
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: "fetch" } },
        {
          extends: true,
          test: {
            name: "nodeFetch",
            setupFiles: ["test/setup/node-fetch-transport.ts"],
            env: { GENAUTH_TEST_TRANSPORT: "node" },
            // Only tests that send requests: the demo runs in a child process the setup cannot
            // reach, and the deprecation checks are about types.
            exclude: [...configDefaults.exclude, "test/demo.test.ts", "test/deprecation.test.ts"],
          },
        },
      ],
    },
  }),
);
