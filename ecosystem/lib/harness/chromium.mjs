// @ts-check
// Headless Chromium as the ecosystem's checks and `pnpm bench` drive it: Debian's build through
// playwright-core, with the same flags for both.
/** @import { BrowserContext } from "playwright-core" */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's chromium; `.ci/run` installs it (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Flags for a headless run in a container with no network but 127.0.0.1 (see shared/toolchain.md).
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Headless Chromium with a throw-away profile; `close()` also removes the profile.
 * @returns {Promise<{ context: BrowserContext; close(): Promise<void> }>}
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  // Loaded here, not at the top: the bench's smoke run imports this file and never starts a browser.
  const { chromium } = await import("playwright-core");
  // launchPersistentContext passes --user-data-dir itself (plain launch() refuses it in args).
  const userDataDir = mkdtempSync(join(tmpdir(), "genauth-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
