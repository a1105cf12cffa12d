// Builds SDK call arguments for any spec operation from its parameters and request schema, so
// the contract tests cover every operation the spec describes without a hand-kept list.
import { exampleFromSchema, spec, type OpenApiDocument } from "@genauth/mock-server";

const HTTP_METHODS = ["get", "post", "put", "delete", "patch"] as const;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  "x-sdk-name"?: string;
}

/** One spec operation, as the contract tests call it. */
export interface ContractCase {
  sdkMethod: string;
  method: string;
  path: string;
  /** Arguments for the SDK method, in its order: path parameters, query object, request body. */
  args: unknown[];
  /** For a raw HTTP call: the path with its parameters filled in, and the query string. */
  url: string;
  body: unknown;
  /** The SDK method is written by hand (`x-sdk-handwritten`), so its arguments are not the spec's shapes. */
  handwritten: boolean;
}

/** Every operation of the document with arguments synthesised from its schemas. */
export function contractCases(document: OpenApiDocument = spec): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const parameters = [...((item.parameters as Parameter[]) ?? []), ...((op.parameters as Parameter[]) ?? [])].map((p) => resolve(document, p) as Parameter);
      const sdkMethod = String(op["x-sdk-method"] ?? op.operationId);
      let url = path;
      const pathArgs = new Map<string, string>();
      for (const p of parameters.filter((p) => p.in === "path")) {
        const value = String(example(document, p.schema ?? { type: "string" }, p.name));
        pathArgs.set(p["x-sdk-name"] ?? p.name, value);
        url = url.replace(`{${p.name}}`, encodeURIComponent(value));
      }
      let queryArg: Record<string, unknown> | undefined;
      const query = parameters.filter((p) => p.in === "query");
      if (query.length) {
        const values = query.map((p) => [p, example(document, p.schema ?? {}, p["x-sdk-name"] ?? p.name)] as const);
        // The SDK method takes query values under their SDK names; the wire uses the spec's names.
        queryArg = Object.fromEntries(values.map(([p, value]) => [p["x-sdk-name"] ?? p.name, value]));
        url += `?${new URLSearchParams(values.map(([p, value]) => [p.name, String(value)]))}`;
      }
      const requestBody = resolve(document, op.requestBody) as { content?: Record<string, { schema?: unknown }> } | undefined;
      const bodySchema = Object.values(requestBody?.content ?? {})[0]?.schema;
      const body = bodySchema === undefined ? undefined : example(document, bodySchema, "");
      const handwritten = op["x-sdk-handwritten"] === true;
      // Generated methods take path parameters, then the query object, then the body; the spec
      // spells that order out in x-sdk-args, so follow it and notice when it disagrees.
      const order = Array.isArray(op["x-sdk-args"])
        ? (op["x-sdk-args"] as string[])
        : [...pathArgs.keys(), ...(queryArg ? ["query"] : []), ...(body !== undefined ? ["body"] : [])];
      const args = handwritten
        ? []
        : order.map((name) => {
            if (pathArgs.has(name)) return pathArgs.get(name);
            if (name === "query" && queryArg) return queryArg;
            if (name === String(op["x-sdk-body-name"] ?? "body") && body !== undefined) return body;
            throw new Error(`${sdkMethod}: x-sdk-args names ${name}, which is no path parameter, query or body of ${method.toUpperCase()} ${path}`);
          });
      cases.push({
        sdkMethod,
        method: method.toUpperCase(),
        path,
        args,
        url,
        body,
        handwritten,
      });
    }
  }
  return cases;
}

function example(document: OpenApiDocument, schema: unknown, name: string): unknown {
  return exampleFromSchema(schema, { document, name });
}

function resolve(document: OpenApiDocument, node: unknown): unknown {
  let current = node as { $ref?: string } | undefined;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document) as { $ref?: string };
  }
  return current;
}
