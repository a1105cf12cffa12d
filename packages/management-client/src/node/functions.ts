/**
 * `@genauth/management-client/functions` on Node.js: the standalone functions, with a
 * `createCore` whose transport sends through `nodeFetch` unless the options give a `fetch`.
 *
 * @packageDocumentation
 */
export * from "../functions.js";
// Named here, so it takes the place of the runtime-neutral one the line above brings.
export { createCore } from "./create-core.js";
