// vitest globalSetup of the ecosystem checks: packs every published package once, as `pnpm publish`
// would (workspace:* ranges become versions), for publint, attw and the consumer projects.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED, ROOT, TARBALLS } from "./paths.js";
import { run } from "./run.js";

export default async function packAll(): Promise<void> {
  rmSync(TARBALLS, { recursive: true, force: true });
  mkdirSync(TARBALLS, { recursive: true });
  for (const name of PUBLISHED) {
    await run("pnpm", ["pack", "--pack-destination", TARBALLS], { cwd: join(ROOT, "packages", name) });
  }
}
