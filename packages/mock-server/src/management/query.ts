import type { SpecOperation } from "../spec-types.js";

interface QueryParameter {
  name: string;
  in: string;
  schema?: { type?: string | string[]; items?: { type?: string | string[] } };
}

/**
 * A management request's query string as the client built it: `name[]=a&name[]=b` (the official
 * SDK's form for arrays) and repeated names become arrays under the bare name, array items typed
 * as the spec declares them (so the signed JSON, `["a","b"]` or `[1,2]`, can be rebuilt), other
 * values kept as the text sent.
 *
 * @param params - The request URL's search parameters.
 * @param operation - The operation, for its query parameters' schemas.
 */
export function readManagementQuery(params: URLSearchParams, operation: SpecOperation): Record<string, unknown> {
  const declared = new Map<string, QueryParameter>();
  for (const parameter of (operation.operation.parameters ?? []) as QueryParameter[]) {
    if (parameter?.in === "query") declared.set(parameter.name, parameter);
  }
  const grouped = new Map<string, { values: string[]; array: boolean }>();
  for (const [rawName, value] of params) {
    const bracketed = rawName.endsWith("[]");
    const name = bracketed ? rawName.slice(0, -2) : rawName;
    const entry = grouped.get(name) ?? { values: [], array: false };
    entry.values.push(value);
    entry.array ||= bracketed || typeOf(declared.get(name)?.schema).includes("array");
    grouped.set(name, entry);
  }
  const query: Record<string, unknown> = {};
  for (const [name, { values, array }] of grouped) {
    if (array || values.length > 1) {
      const itemType = typeOf(declared.get(name)?.schema?.items);
      query[name] = values.map((value) => typedItem(value, itemType));
    } else {
      query[name] = values[0];
    }
  }
  return query;
}

function typeOf(schema: { type?: string | string[] } | undefined): string[] {
  const type = schema?.type;
  return type === undefined ? [] : Array.isArray(type) ? type : [type];
}

/** An array item as the client had it before it went into the URL: a number, a boolean, or text. */
function typedItem(value: string, types: string[]): unknown {
  if ((types.includes("number") || types.includes("integer")) && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}
