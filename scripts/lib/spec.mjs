// Loads the OpenAPI document and walks its operations in a stable order.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The Authentication API document, which the mock server serves. */
export const SPEC_PATH = "specs/genauth-authentication.yaml";
export const HTTP_METHODS = ["get", "post", "put", "delete", "patch"];

/** Parses an OpenAPI document of `specs/` (by default the Authentication API's). */
export function loadSpec(path = SPEC_PATH) {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
}

/** The spec's operations in document order: { path, method, op, sdkMethod, pathParams, queryParams }. */
export function listOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p));
      operations.push({
        path,
        method: method.toUpperCase(),
        op,
        sdkMethod: op["x-sdk-method"] ?? op.operationId,
        pathParams: parameters.filter((p) => p.in === "path"),
        queryParams: parameters.filter((p) => p.in === "query"),
      });
    }
  }
  return operations;
}

/** Follows a local `$ref` (one level at a time until it reaches an object without one). */
export function resolve(spec, node) {
  let current = node;
  while (current && typeof current.$ref === "string") current = refTarget(spec, current.$ref);
  return current;
}

export function refTarget(spec, ref) {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
}

/** `#/components/schemas/Foo` -> `Foo`. */
export function refName(ref) {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** The request body media type and schema of an operation, or undefined. */
export function requestBody(spec, op) {
  const body = resolve(spec, op.requestBody);
  if (!body) return undefined;
  const [mediaType, media] = Object.entries(body.content ?? {})[0] ?? [];
  return mediaType ? { mediaType, schema: media.schema, required: body.required === true } : undefined;
}

/** The schema of the 200 answer, and the named DTO the SDK method returns. */
export function successResponse(spec, op) {
  const response = resolve(spec, op.responses?.["200"]);
  const [mediaType, media] = Object.entries(response?.content ?? {})[0] ?? [];
  if (!media) return undefined;
  const schema = media.schema;
  const primary = schema?.anyOf?.[0] ?? schema?.oneOf?.[0] ?? schema;
  return { mediaType, schema, typeName: primary?.$ref ? refName(primary.$ref) : undefined };
}
