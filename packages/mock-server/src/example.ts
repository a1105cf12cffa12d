/**
 * Deterministic example values from JSON Schema (OpenAPI 3.1): the same schema always gives the
 * same value, so example answers and test arguments are reproducible. Libraries such as
 * json-schema-faker aim at random data; here we want the opposite.
 */

/** A JSON Schema node, as loosely as the spec writes it. */
export type SchemaNode = Record<string, unknown>;

/** Options of {@link exampleFromSchema}. */
export interface ExampleOptions {
  /** The document local `$ref`s (`#/components/schemas/X`) point into. */
  document?: unknown;
  /** Time that timestamps describe, in Unix milliseconds. Default 2024-01-01T00:00:00Z. */
  now?: number;
  /** Include only required properties of objects. Default false: every property. */
  requiredOnly?: boolean;
  /** Nesting depth after which objects keep only required properties and arrays stay empty. Default 6. */
  maxDepth?: number;
  /** The property or parameter name the value is for, which picks name-based values. */
  name?: string;
}

const DEFAULT_NOW = Date.UTC(2024, 0, 1);

/**
 * An example value valid against `schema`: `const`, `example`/`examples`, `default` and
 * `enum[0]` first, then a value that fits the type, format and property name (`email`,
 * `phone`, `userId`, `createdAt`, …). `anyOf`/`oneOf` take their first branch; `allOf`
 * branches are merged.
 *
 * @example
 * ```ts
 * exampleFromSchema({ type: "object", required: ["email"], properties: { email: { type: "string" } } });
 * // { email: "user@example.com" }
 * ```
 */
export function exampleFromSchema(schema: unknown, options: ExampleOptions = {}): unknown {
  const context: Context = {
    document: options.document,
    now: options.now ?? DEFAULT_NOW,
    requiredOnly: options.requiredOnly ?? false,
    maxDepth: options.maxDepth ?? 6,
    resolving: [],
  };
  return generate(schema, options.name ?? "", 0, context);
}

interface Context {
  document: unknown;
  now: number;
  requiredOnly: boolean;
  maxDepth: number;
  /** `$ref`s being expanded, to stop at recursive schemas. */
  resolving: string[];
}

function generate(node: unknown, name: string, depth: number, context: Context): unknown {
  if (node === true || node === undefined) return nameHint(name, context) ?? "example";
  if (!isObject(node)) return null;
  if (typeof node.$ref === "string") {
    const ref = node.$ref;
    // A schema that contains itself: stop here rather than recurse for ever.
    if (context.resolving.includes(ref)) return emptyOf(resolveRef(ref, context.document));
    context.resolving.push(ref);
    try {
      return generate(resolveRef(ref, context.document), name, depth, context);
    } finally {
      context.resolving.pop();
    }
  }
  if ("const" in node) return node.const;
  if ("example" in node) return node.example;
  if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
  if ("default" in node) return node.default;
  if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
  if (Array.isArray(node.allOf)) return mergeAll(node.allOf.map((part) => generate(part, name, depth, context)));
  const branches = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length) {
    const own = { ...node };
    delete own.anyOf;
    delete own.oneOf;
    const chosen = branches.find((branch) => !isNullSchema(branch)) ?? branches[0];
    return mergeAll([generate(chosen, name, depth, context), ...(hasType(own) ? [generate(own, name, depth, context)] : [])]);
  }
  switch (typeOf(node)) {
    case "object":
      return object(node, depth, context);
    case "array":
      return array(node, name, depth, context);
    case "string":
      return string(node, name, context);
    case "integer":
      return number(node, name, true, context);
    case "number":
      return number(node, name, false, context);
    case "boolean":
      return booleanByName(name);
    case "null":
      return null;
    default:
      return nameHint(name, context) ?? {};
  }
}

function object(node: SchemaNode, depth: number, context: Context): Record<string, unknown> {
  const properties = isObject(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const shallow = context.requiredOnly || depth >= context.maxDepth;
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(properties)) {
    if (shallow && !required.has(key)) continue;
    result[key] = generate(schema, key, depth + 1, context);
  }
  for (const key of required) {
    if (!(key in result)) result[key] = nameHint(key, context) ?? "example";
  }
  return result;
}

function array(node: SchemaNode, name: string, depth: number, context: Context): unknown[] {
  const min = typeof node.minItems === "number" ? node.minItems : 0;
  const items = isObject(node.items) ? node.items : {};
  // A tree whose children are the tree itself ends with an empty list of children.
  const recursive = typeof items.$ref === "string" && context.resolving.includes(items.$ref);
  const count = depth >= context.maxDepth || recursive ? min : Math.max(min, 1);
  const itemName = name.endsWith("s") ? name.slice(0, -1) : name;
  return Array.from({ length: count }, () => generate(items, itemName, depth + 1, context));
}

function string(node: SchemaNode, name: string, context: Context): string {
  const byFormat = stringByFormat(node.format, context);
  let value = byFormat ?? (nameHint(name, context) as string | undefined);
  if (typeof value !== "string") value = name ? `example-${name}` : "example";
  const min = typeof node.minLength === "number" ? node.minLength : 0;
  const max = typeof node.maxLength === "number" ? node.maxLength : Infinity;
  if (value.length < min) value = value.padEnd(min, "x");
  if (value.length > max) value = value.slice(0, max);
  return value;
}

function stringByFormat(format: unknown, context: Context): string | undefined {
  switch (format) {
    case "date-time":
      return new Date(context.now).toISOString();
    case "date":
      return new Date(context.now).toISOString().slice(0, 10);
    case "email":
      return "user@example.com";
    case "uri":
    case "url":
      return "https://example.com/";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    case "ipv4":
      return "203.0.113.10";
    default:
      return undefined;
  }
}

function number(node: SchemaNode, name: string, integer: boolean, context: Context): number {
  const hinted = nameHint(name, context);
  let value = typeof hinted === "number" ? hinted : 1;
  if (typeof node.minimum === "number" && value < node.minimum) value = node.minimum;
  if (typeof node.exclusiveMinimum === "number" && value <= node.exclusiveMinimum) value = node.exclusiveMinimum + 1;
  if (typeof node.maximum === "number" && value > node.maximum) value = node.maximum;
  if (typeof node.exclusiveMaximum === "number" && value >= node.exclusiveMaximum) value = node.exclusiveMaximum - 1;
  return integer ? Math.floor(value) : value;
}

function booleanByName(name: string): boolean {
  // Flags that describe a problem or a pending step read better as false in a success example.
  return !/^(is)?(disabled|deleted|blocked|locked|expired|forced|reset|mfa)/i.test(name);
}

/** A value a reader expects for a field of this name; undefined when the name says nothing. */
function nameHint(name: string, context: Context): string | number | undefined {
  const lower = name.toLowerCase();
  const seconds = Math.floor(context.now / 1000);
  if (lower === "statuscode") return 200;
  if (lower === "message") return "Operation successful";
  if (lower === "requestid") return "00000000-0000-4000-8000-000000000000";
  if (lower === "email" || lower.endsWith("email")) return "user@example.com";
  if (lower === "phonecountrycode" || lower.endsWith("phonecountrycode")) return "+86";
  if (lower.includes("phone") && !lower.includes("code") && !lower.includes("verified")) return "13800000000";
  if (/(passcode|captchacode)$/.test(lower)) return "123456";
  if (lower.includes("password")) return "Example-Passw0rd";
  if (lower === "userid" || lower === "sub" || lower.endsWith("userid")) return "user-example-id";
  if (lower === "appid" || lower === "client_id" || lower === "clientid") return "app-example-id";
  if (lower === "username" || lower === "preferredusername" || lower === "preferred_username") return "example-user";
  if (lower === "token_type") return "Bearer";
  if (/(^|_)(expire|expires)_?in$|expiresin$|^exp$|^iat$/.test(lower)) return lower === "exp" || lower === "iat" ? seconds : 7200;
  if (lower === "totalcount" || lower === "total") return 1;
  if (lower === "page") return 1;
  if (lower === "limit") return 10;
  if (/(^|_)(ip|clientip|lastip)$/.test(lower) || lower.endsWith("ip")) return "203.0.113.10";
  if (/(url|uri|link|logo|photo|picture|avatar|website|flag)$/.test(lower)) return "https://example.com/";
  if (/(at|time|date|birthdate|signedup)$/.test(lower) && !/(format|status)/.test(lower)) return new Date(context.now).toISOString();
  if (lower.includes("token") || lower === "ticket" || lower === "secret" || lower.endsWith("secret")) return `example-${name}`;
  if (lower === "alpha2") return "CN";
  if (lower === "alpha3") return "CHN";
  if (lower === "scope") return "openid profile";
  if (lower === "name" || lower === "nickname" || lower === "displayname" || lower.endsWith("name")) return "Example";
  if (lower.endsWith("id") || lower.endsWith("ids")) return `example-${name}`;
  return undefined;
}

function typeOf(node: SchemaNode): string | undefined {
  const { type } = node;
  if (Array.isArray(type)) return (type as string[]).find((t) => t !== "null") ?? "null";
  if (typeof type === "string") return type;
  if (isObject(node.properties) || Array.isArray(node.required)) return "object";
  if ("items" in node) return "array";
  return undefined;
}

function hasType(node: SchemaNode): boolean {
  return typeOf(node) !== undefined;
}

function isNullSchema(node: unknown): boolean {
  return isObject(node) && node.type === "null";
}

function emptyOf(node: unknown): unknown {
  if (!isObject(node)) return null;
  const type = typeOf(node);
  if (type === "array") return [];
  if (type === "object") return {};
  return null;
}

function mergeAll(values: unknown[]): unknown {
  const objects = values.filter(isObject);
  if (objects.length === 0) return values[0];
  return objects.reduce<Record<string, unknown>>((merged, value) => deepMerge(merged, value), {});
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const result = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = result[key];
    result[key] = isObject(existing) && isObject(value) ? deepMerge(existing, value) : value;
  }
  return result;
}

function resolveRef(ref: string, document: unknown): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  const target = ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (isObject(node) ? node[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), document);
  if (target === undefined) throw new Error(`$ref ${ref} does not resolve`);
  return target;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
