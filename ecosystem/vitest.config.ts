import { defineConfig } from "vitest/config";

/** `pnpm test`: the quick checks (docs samples compile, manifests, typedoc coverage of exports). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});
