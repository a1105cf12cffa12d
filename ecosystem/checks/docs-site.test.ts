// `pnpm run docs` builds the typedoc site (validation warnings are errors); a real browser reads it.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../lib/harness/chromium.mjs";
import { ARTIFACTS, devDependencyFile, ROOT } from "../lib/paths.js";
import { run } from "../lib/run.js";
import { serveStatic, type StaticServer } from "../lib/static-server.js";

const TYPEDOC = devDependencyFile("typedoc", "bin/typedoc");
const SITE = join(ROOT, "docs-site");

let site: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  // The same command as `pnpm run docs` after its build step (this run's packages are built already).
  await run(process.execPath, [TYPEDOC], { cwd: ROOT });
  site = await serveStatic(SITE);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it("lists getWechatMpAccessToken on the AuthenticationClient page with its deprecation note", async () => {
  const file = readdirSync(join(SITE, "classes")).find((f) => /authentication-client\.(index\.)?AuthenticationClient\.html$/.test(f));
  expect(file).toBeDefined();
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/classes/${file}`);
  await expect.poll(() => page.title()).toContain("AuthenticationClient");

  // Listed in the page's index, struck through as deprecated…
  await expect.poll(() => page.locator("a.tsd-index-link.deprecated", { hasText: /^getWechatMpAccessToken$/ }).count()).toBe(1);
  // …and documented with a deprecation note that names the replacement.
  const member = page.locator("section.tsd-member", { has: page.locator("h3", { hasText: /^getWechatMpAccessToken$/ }) }).first();
  const note = member.locator(".tsd-tag-deprecated");
  // biome-ignore lint/performance/useDomNodeTextContent: the text as a reader sees it, with the line break between its parts
  expect(await note.innerText()).toMatch(/^Deprecated\s+Use getWechatMpAccessTokenInfo instead\.$/);
  // The replacement itself carries no such note.
  const replacement = page.locator("section.tsd-member", { has: page.locator("h3", { hasText: /^getWechatMpAccessTokenInfo$/ }) }).first();
  expect(await replacement.locator(".tsd-tag-deprecated").count()).toBe(0);

  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, "docs-authentication-client.png") });
  expect(existsSync(join(ARTIFACTS, "docs-authentication-client.png"))).toBe(true);
});

it("renders the quick start guide with the seed's sample", async () => {
  const file = readdirSync(join(SITE, "documents")).find((f) => /quick/i.test(f));
  expect(file).toBeDefined();
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/documents/${file}`);
  // biome-ignore lint/performance/useDomNodeTextContent: the heading as a reader sees it
  await expect.poll(() => page.locator("h1, h2").first().innerText()).toMatch(/Quick start/i);
  const code = await page.locator("pre code").allInnerTexts();
  expect(code.join("\n")).toContain("authenticationClient.getWechatMpAccessToken({");
  await page.screenshot({ path: join(ARTIFACTS, "docs-quick-start.png"), fullPage: true });
});
