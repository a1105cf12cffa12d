// `pnpm run docs` builds the typedoc site (validation warnings are errors); a real browser reads it.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../lib/chromium.js";
import { ARTIFACTS, ROOT } from "../lib/paths.js";
import { run } from "../lib/run.js";
import { serveStatic, type StaticServer } from "../lib/static-server.js";

const TYPEDOC = createRequire(import.meta.url).resolve("typedoc/bin/typedoc");
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
  const file = readdirSync(join(SITE, "classes")).find((f) => /authentication-client\.AuthenticationClient\.html$/.test(f));
  expect(file).toBeDefined();
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/classes/${file}`);
  await expect.poll(() => page.title()).toContain("AuthenticationClient");

  const member = page.locator("section.tsd-member", { has: page.locator("h3", { hasText: /^getWechatMpAccessToken$/ }) });
  await member.first().waitFor();
  const text = await member.first().innerText();
  expect(text).toMatch(/Deprecated/);
  expect(text).toContain("getWechatMpAccessTokenInfo");
  // The replacement is listed too, without a deprecation note.
  const replacement = page.locator("section.tsd-member", { has: page.locator("h3", { hasText: /^getWechatMpAccessTokenInfo$/ }) });
  expect(await replacement.first().innerText()).not.toMatch(/Deprecated/);

  await member.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, "docs-authentication-client.png") });
  expect(existsSync(join(ARTIFACTS, "docs-authentication-client.png"))).toBe(true);
});

it("renders the quick start guide with the seed's sample", async () => {
  const file = readdirSync(join(SITE, "documents")).find((f) => /quick/i.test(f));
  expect(file).toBeDefined();
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/documents/${file}`);
  await expect.poll(() => page.locator("h1, h2").first().innerText()).toMatch(/Quick start/i);
  const code = await page.locator("pre code").allInnerTexts();
  expect(code.join("\n")).toContain("authenticationClient.getWechatMpAccessToken({");
  await page.screenshot({ path: join(ARTIFACTS, "docs-quick-start.png"), fullPage: true });
});
