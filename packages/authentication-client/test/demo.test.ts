import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const DEMO = fileURLToPath(new URL("../../../scripts/demo.mjs", import.meta.url));

it("pnpm demo runs the seed's sample through the SDK and prints a statusCode 200 envelope", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [DEMO]);
  const result = JSON.parse(stdout);
  expect(result.statusCode).toBe(200);
  expect(result.data.accessToken).toEqual(expect.any(String));
  expect(result.data.expiresAt).toMatch(/^\d+$/);
});
