// The transport's one way into openapi-fetch. The build (scripts/finish-dist.mjs) replaces this
// module's output with openapi-fetch itself, inlined: the version is pinned, and users install
// its 17 KB of code instead of the 257 KB the package and its helper types publish.
export { default as createClient, createQuerySerializer } from "openapi-fetch";
