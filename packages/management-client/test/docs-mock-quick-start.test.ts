// The guide's quick start against the mock server (docs/management.md, "Against the mock server")
// runs as written: its TypeScript block, types stripped, in a Node.js process that imports the
// built packages as a user's program would.
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { afterAll, expect, it } from "vitest";

const GUIDE = new URL("../../../docs/management.md", import.meta.url);
// Inside the package, so that its name and its dev dependencies resolve as they do for a user.
const SCRIPT = fileURLToPath(new URL("./.docs-mock-quick-start.mjs", import.meta.url));
afterAll(() => rmSync(SCRIPT, { force: true }));

it("the quick start against the mock server creates a user, assigns a role and lists it", async () => {
  const guide = readFileSync(GUIDE, "utf8");
  const section = guide.slice(guide.indexOf("### Against the mock server"));
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  expect(block, 'docs/management.md has a ```ts block under "Against the mock server"').toBeDefined();
  const { code } = await transform(block as string, { loader: "ts", format: "esm" });
  writeFileSync(SCRIPT, code);
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], { cwd: fileURLToPath(new URL("..", import.meta.url)) });
  expect(stdout.trim()).toBe("[ 'editor' ]");
});
