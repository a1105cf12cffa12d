// PKCE's one way into sha256-uint8array. The build (scripts/finish-dist.mjs) replaces this
// module's output with the package itself, inlined: the version is pinned, and users install its
// 11 KB of code instead of the 56 KB the package publishes (two builds, sources, readme).
export { createHash } from "sha256-uint8array";
