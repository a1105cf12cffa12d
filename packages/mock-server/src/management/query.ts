import type { SpecOperation } from "../spec-types.js";

interface QueryParameter {
  name: string;
  in: string;
  schema?: { type?: string | string[]; items?: { type?: string | string[] } };
}

/**
 * A management request's query string as the client built it: `name[]=a&name[]=b` (the official
 * SDK's form for arrays) and repeated names become arrays under the bare name, array items typed
 * as the spec declares them (so the signed JSON, `["a","b"]` or `[1,2]`, can be rebuilt);
 * `name[key]=v` (an object, deepObject style) becomes `{ key: "v" }`, and deeper members
 * (`name[a][0]=v`) nested objects and arrays; other values are kept as the text sent.
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
  const objects = new Map<string, Record<string, unknown>>();
  for (const [rawName, value] of params) {
    const member = /^([^[\]]+)((?:\[[^[\]]+\])+)$/.exec(rawName);
    if (member?.[1] !== undefined && member[2] !== undefined && typeOf(declared.get(member[1])?.schema).includes("object")) {
      const object = objects.get(member[1]) ?? Object.create(null);
      setMember(
        object,
        [...member[2].matchAll(/\[([^[\]]+)\]/g)].map((match) => match[1] as string),
        value,
      );
      objects.set(member[1], object);
      continue;
    }
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
  for (const [name, object] of objects) query[name] = object;
  return query;
}

/**
 * The object-typed query parameters the request does not carry. An empty object leaves no trace in
 * the query string, yet a client signs it (`name={}`), so the signature check tries both.
 */
export function absentObjectParameters(query: Record<string, unknown>, operation: SpecOperation): string[] {
  return ((operation.operation.parameters ?? []) as QueryParameter[])
    .filter((parameter) => parameter?.in === "query" && !(parameter.name in query) && typeOf(parameter.schema).includes("object"))
    .map((parameter) => parameter.name);
}

/**
 * Sets `value` at `path` below `object`, making the containers on the way: an array where the next
 * key is an index (`list[0]`), as axios writes an array within an object, else an object.
 */
function setMember(object: Record<string, unknown>, path: string[], value: string): void {
  let container: Record<string, unknown> = object;
  path.forEach((key, depth) => {
    const next = path[depth + 1];
    if (next === undefined) {
      container[key] = value;
      return;
    }
    const existing = container[key];
    const child = typeof existing === "object" && existing !== null ? existing : /^\d+$/.test(next) ? [] : Object.create(null);
    container[key] = child;
    container = child as Record<string, unknown>;
  });
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
