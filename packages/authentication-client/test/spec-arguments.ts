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
      const args: unknown[] = [];
      let url = path;
      for (const p of parameters.filter((p) => p.in === "path")) {
        const value = String(example(document, p.schema ?? { type: "string" }, p.name));
        args.push(value);
        url = url.replace(`{${p.name}}`, encodeURIComponent(value));
      }
      const query = parameters.filter((p) => p.in === "query");
      if (query.length) {
        const values = query.map((p) => [p, example(document, p.schema ?? {}, p["x-sdk-name"] ?? p.name)] as const);
        // The SDK method takes query values under their SDK names; the wire uses the spec's names.
        args.push(Object.fromEntries(values.map(([p, value]) => [p["x-sdk-name"] ?? p.name, value])));
        url += `?${new URLSearchParams(values.map(([p, value]) => [p.name, String(value)]))}`;
      }
      const requestBody = resolve(document, op.requestBody) as { content?: Record<string, { schema?: unknown }> } | undefined;
      const bodySchema = Object.values(requestBody?.content ?? {})[0]?.schema;
      const body = bodySchema === undefined ? undefined : example(document, bodySchema, "");
      if (body !== undefined) args.push(body);
      cases.push({
        sdkMethod: String(op["x-sdk-method"] ?? op.operationId),
        method: method.toUpperCase(),
        path,
        args,
        url,
        body,
        handwritten: op["x-sdk-handwritten"] === true,
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
