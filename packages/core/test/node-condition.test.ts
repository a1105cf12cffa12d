import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");

// Node.js resolves both specifiers of the built package through its `exports`: under the `node`
// condition they must be one module, or a client importing `@genauth/core` and another importing
// `@genauth/core/node` would each get their own `GenAuthError`.
it("resolves @genauth/core and @genauth/core/node to the same file on Node.js, which has nodeFetch", async () => {
  const program = `
const main = await import("@genauth/core");
const node = await import("@genauth/core/node");
console.log(JSON.stringify({
  main: import.meta.resolve("@genauth/core"),
  node: import.meta.resolve("@genauth/core/node"),
  sameError: main.GenAuthError === node.GenAuthError,
  sameTransport: main.Transport === node.Transport,
  nodeFetch: typeof main.nodeFetch,
}));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", program], { cwd: PACKAGE_DIR });
  const seen = JSON.parse(stdout);
  expect(seen.main).toBe(seen.node);
  expect(seen.main).toMatch(/\/dist\/node\.js$/);
  expect(seen).toMatchObject({ sameError: true, sameTransport: true, nodeFetch: "function" });
});
