import { readdirSync } from "node:fs";
import { join } from "node:path";
import { TARBALLS } from "./paths.js";

/** The packed tarballs by package name, e.g. `@genauth/core` → `/…/genauth-core-0.1.0.tgz`. */
export function tarballs(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(TARBALLS)) {
    const match = /^genauth-(.+)-\d+\.\d+\.\d+.*\.tgz$/.exec(file);
    if (match) found.set(`@genauth/${match[1]}`, join(TARBALLS, file));
  }
  return found;
}
