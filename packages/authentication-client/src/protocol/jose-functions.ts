// What the token checks use of jose, as one module to import lazily (see load-jose.ts): importing
// "jose" itself dynamically would keep all of it in single-file bundles.
export { createLocalJWKSet, createRemoteJWKSet, customFetch, decodeProtectedHeader, errors, jwtVerify } from "jose";
