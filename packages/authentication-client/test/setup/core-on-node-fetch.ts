// Stands in for `@genauth/core` in the "nodeFetch" test project (see vitest.config.ts): the same
// module, except that a transport given no `fetch` sends through nodeFetch, so every client the
// tests create runs on the Node transport while the tests' own fetch calls stay on the platform's.
import { nodeFetch, Transport as CoreTransport, type TransportOptions } from "@genauth/core/node";

export * from "@genauth/core/node";

export class Transport extends CoreTransport {
  constructor(options: TransportOptions) {
    super(typeof options === "object" && options !== null && options.fetch === undefined ? { ...options, fetch: nodeFetch } : options);
  }
}
