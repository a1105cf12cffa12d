/**
 * `@genauth/management-client/node`: everything of the main entry, with a `ManagementClient` that
 * sends through `nodeFetch` (keep-alive `node:http`) by default, and `nodeFetch` itself.
 *
 * @packageDocumentation
 */
export * from "../index.js";
export { NodeManagementClient, NodeManagementClient as ManagementClient } from "./node-management-client.js";
export { createNodeFetch, nodeFetch, type NodeFetch, type NodeFetchOptions } from "@genauth/core/node";
