import { defineConfig } from "vitest/config";

/**
 * `pnpm run test:ecosystem`: the docs site in Chromium, publint/attw on the tarballs, consumer
 * projects installed from the tarballs, the runtime matrix (printed at the end), and the release
 * flow. One file at a time: they install, bundle and drive a browser, and the machine has two
 * cores (the matrix runs its runtimes a few at a time inside its own file).
 */
export default defineConfig({
  test: {
    include: ["checks/**/*.test.ts"],
    globalSetup: ["lib/pack-setup.ts", "lib/runtime-matrix-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: "test-results.ecosystem.json" }]],
  },
});
