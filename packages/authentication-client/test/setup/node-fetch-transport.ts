// Setup of the "nodeFetch" test project: every client the tests create picks up nodeFetch (and its
// light request class) as its fetch, so the same integration tests run on the Node transport.
import { nodeFetch } from "../../src/node.js";

globalThis.fetch = nodeFetch as typeof globalThis.fetch;
