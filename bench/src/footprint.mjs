// Installed production footprint: what `npm install --omit=dev` puts in node_modules for each SDK,
// ours from the tarballs `pnpm pack` makes (as they would be published), the official from npm.
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const OUR_PACKAGES = ["types", "core", "authentication-client"];

function bytesUnder(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = bytesUnder(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += lstatSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Bytes of each installed package, largest first. */
function packages(nodeModules) {
  const sizes = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith(".")) continue;
    const names = entry.startsWith("@") ? readdirSync(join(nodeModules, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of names) sizes.push([name, bytesUnder(join(nodeModules, name)).bytes]);
  }
  return sizes.sort((a, b) => b[1] - a[1]);
}

function npmInstall(dir, specs) {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "footprint", private: true }));
  execFileSync("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--no-package-lock", "--prefer-offline", "--loglevel=error", ...specs], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const nodeModules = join(dir, "node_modules");
  const sizes = packages(nodeModules);
  return { ...bytesUnder(nodeModules), packages: sizes.length, largestPackages: sizes.slice(0, 6) };
}

/** `{ ours, official }`, each `{ bytes, files, packages, largestPackages }` of the installed node_modules. */
export function installFootprint(workDir, officialSpec) {
  rmSync(workDir, { recursive: true, force: true });
  const tarballs = join(workDir, "tarballs");
  mkdirSync(tarballs, { recursive: true });
  for (const name of OUR_PACKAGES) {
    execFileSync("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(ROOT, "packages", name), stdio: "ignore" });
  }
  const oursDir = join(workDir, "ours");
  const officialDir = join(workDir, "official");
  mkdirSync(oursDir);
  mkdirSync(officialDir);
  const ours = npmInstall(
    oursDir,
    readdirSync(tarballs).map((f) => join(tarballs, f)),
  );
  const official = npmInstall(officialDir, [officialSpec]);
  return { ours, official };
}
