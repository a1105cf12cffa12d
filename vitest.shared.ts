import { defineConfig } from "vitest/config";

/**
 * Settings every package's tests share. Each run also writes `test-results.json`, which
 * `scripts/test-summary.mjs` adds up into one "N passed, N failed" line for CI.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});
