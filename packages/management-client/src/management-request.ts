import { checkObject, GenAuthConfigError, type HttpMethod, type OperationDescriptor, type OperationInput } from "@genauth/core";

/** A request for `ManagementClient.makeRequest`: the official SDK's axios-style config. */
export interface ManagementRequest {
  /** The HTTP method. */
  method: HttpMethod;
  /** The path, e.g. `/api/v3/get-user`, relative to `host`. */
  url: string;
  /** Query parameters; signed when the method is `GET` (or when there is no `data`). */
  params?: Record<string, unknown>;
  /** The JSON body; its top-level fields are signed. */
  data?: unknown;
}

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "DELETE"];

/**
 * What the transport sends for `request`. The method is taken in any case, as axios takes it, and
 * sent and signed in upper case, as the server checks it.
 * @throws GenAuthConfigError naming the field of `request` at fault and the fix.
 */
export function managementRequest(request: ManagementRequest): { operation: OperationDescriptor; input: OperationInput } {
  checkObject("request", request, "makeRequest takes { method, url, params?, data? }");
  const method = typeof request.method === "string" ? (request.method.toUpperCase() as HttpMethod) : undefined;
  if (method === undefined || !METHODS.includes(method)) {
    throw new GenAuthConfigError("method", `method must be one of ${METHODS.join(", ")}, got ${JSON.stringify(request.method) ?? "undefined"}`);
  }
  const { url } = request;
  if (typeof url !== "string" || !url.startsWith("/")) {
    const absolute = typeof url === "string" && /^[a-z][a-z0-9+.-]*:/i.test(url);
    const fix = absolute ? "pass the path alone and the host in the client options" : "start it with a slash";
    throw new GenAuthConfigError("url", `url must be a path relative to host, such as "/api/v3/list-roles": ${fix}`);
  }
  if (request.params !== undefined) checkObject("params", request.params, "params must be an object of query parameters");
  // The top-level fields of the body are signed: it must have fields, as a method's body does.
  if (request.data !== undefined) checkObject("data", request.data, "data must be the JSON body as an object (or an array)");
  const queryAt = url.indexOf("?");
  // Any path: its answer is whatever the server sends (an empty 204, an array…), as axios gives it.
  if (queryAt === -1) return { operation: { method, path: url, responseType: "any" }, input: { query: request.params, body: request.data } };
  // A query written in the url joins params (as axios sends it), so that it is signed with them.
  const query = Object.assign(queryParams(url.slice(queryAt + 1)), request.params);
  return { operation: { method, path: url.slice(0, queryAt), responseType: "any" }, input: { query, body: request.data } };
}

/**
 * The parameters of a query string, a repeated name (`a=1&a=2`, `a[]=1`) as an array; in an object
 * without a prototype, so that names such as `constructor` or `__proto__` are plain names.
 */
function queryParams(search: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [written, value] of new URLSearchParams(search.split("#")[0])) {
    const name = written.endsWith("[]") ? written.slice(0, -2) : written;
    const known = params[name];
    if (known === undefined) params[name] = written === name ? value : [value];
    else params[name] = Array.isArray(known) ? [...known, value] : [known, value];
  }
  return params;
}
