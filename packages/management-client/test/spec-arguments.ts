// Builds ManagementClient call arguments for any operation of the Management API document from its
// parameters and request schema, so the contract test covers every operation without a hand-kept list.
import { exampleFromSchema, managementSpec, type OpenApiDocument } from "@genauth/mock-server";

const HTTP_METHODS = ["get", "post", "put", "delete", "patch"] as const;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  "x-sdk-name"?: string;
}

/** One operation of the document, as the contract test calls it. */
export interface ContractCase {
  sdkMethod: string;
  method: string;
  path: string;
  /** Arguments for the method, in its order: path parameters, the query (one object, or one by one), the body. */
  args: unknown[];
}

/** Every operation of the document with arguments synthesised from its schemas. */
export function contractCases(document: OpenApiDocument = managementSpec): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const parameters = [...((item.parameters as Parameter[]) ?? []), ...((op.parameters as Parameter[]) ?? [])].map((p) => resolve(document, p) as Parameter);
      const args: unknown[] = parameters.filter((p) => p.in === "path").map((p) => String(example(document, p.schema ?? { type: "string" }, p.name)));
      const query = parameters
        .filter((p) => p.in === "query")
        .map((p) => [p["x-sdk-name"] ?? p.name, example(document, p.schema ?? {}, p["x-sdk-name"] ?? p.name)] as const);
      // A few official methods take their query parameters one by one (x-sdk-positional-query).
      if (op["x-sdk-positional-query"] === true) args.push(...query.map(([, value]) => value));
      else if (query.length) args.push(Object.fromEntries(query));
      const requestBody = resolve(document, op.requestBody) as { content?: Record<string, { schema?: unknown }> } | undefined;
      const bodySchema = Object.values(requestBody?.content ?? {})[0]?.schema;
      if (bodySchema !== undefined) args.push(example(document, bodySchema, ""));
      cases.push({ sdkMethod: String(op["x-sdk-method"] ?? op.operationId), method: method.toUpperCase(), path, args });
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
