// @genauth/authentication-client: the operation table (data: one compact row per operation, read by
// src/operation-table.ts, which also installs the methods) and a types-only interface with each
// method's signature and TSDoc. No per-method code: every bundle carries the table, not 150 methods.
import { GENERATED_HEADER } from "./header.mjs";
import { listOperations, refName, requestBody, resolve, successResponse } from "./spec.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

const DIR = "packages/authentication-client/src/generated";
const BASE_CLASS = "GeneratedAuthenticationMethods";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function emitClient(spec) {
  const operations = listOperations(spec).map((operation) => describeOperation(spec, operation));
  operations.sort((a, b) => a.sdkMethod.localeCompare(b.sdkMethod));
  return {
    [`${DIR}/operations.ts`]: operationsFile(operations),
    [`${DIR}/authentication-methods.ts`]: methodsFile(operations),
  };
}

/** Everything the two files need to know about one operation. */
function describeOperation(spec, { path, method, op, sdkMethod, pathParams, queryParams }) {
  if (!IDENTIFIER.test(sdkMethod ?? "")) throw new Error(`${method} ${path}: x-sdk-method must be an identifier`);
  const body = requestBody(spec, op);
  if (body) body.description = op["x-sdk-body-description"] ?? resolve(spec, body.schema)?.description;
  const response = successResponse(spec, op);
  const descriptor = { method, path };
  if (pathParams.length) {
    descriptor.pathParams = pathParams.map((p) => ({ name: p.name, argument: p["x-sdk-name"] ?? p.name }));
  }
  if ((op.security ?? []).some((requirement) => "clientBasic" in requirement)) descriptor.clientBasic = true;
  if (body?.mediaType === "application/x-www-form-urlencoded") descriptor.bodyType = "form";
  if (response?.mediaType?.startsWith("text/")) descriptor.responseType = "text";
  for (const p of [...pathParams, ...queryParams]) {
    const argument = p["x-sdk-name"] ?? p.name;
    if (!IDENTIFIER.test(argument)) throw new Error(`${sdkMethod}: parameter ${p.name} needs an identifier in x-sdk-name`);
  }
  return {
    sdkMethod,
    operationId: op.operationId,
    op,
    path,
    method,
    descriptor,
    pathParams,
    queryParams,
    body,
    response,
  };
}

function operationsFile(operations) {
  const rows = operations.map((o) => `  ${o.sdkMethod}: ${JSON.stringify(row(o))},`);
  const types = operations.map((o) => `  readonly ${o.sdkMethod}: ${literal(o.descriptor, true)};`);
  return `${GENERATED_HEADER}import { readOperations } from "../operation-table.js";

/**
 * Every spec operation as one row (grammar in \`src/operation-table.ts\`): verb, path, and how the
 * method's arguments fill the request.
 * @internal
 */
export const operationRows: Readonly<Record<string, string>> = {
${rows.join("\n")}
};

/** Every spec operation, by SDK method name: how the transport calls it. */
export const operations: {
${types.join("\n")}
} = readOperations(operationRows);

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
`;
}

/** The compact row of an operation; its grammar is documented where it is read, in `src/operation-table.ts`. */
function row(o) {
  let path = o.path;
  for (const p of o.pathParams) {
    const argument = sdkName(p);
    if (argument !== p.name) path = path.replace(`{${p.name}}`, `{${p.name}:${argument}}`);
  }
  const tokens = [o.method, path];
  if (o.body) tokens.push(o.descriptor.bodyType === "form" ? "form" : "body");
  if (o.descriptor.clientBasic) tokens.push("basic");
  if (o.descriptor.responseType === "text") tokens.push("text");
  if (o.op["x-sdk-handwritten"]) tokens.push("manual");
  if (o.queryParams.length) {
    const items = o.queryParams.map((p) => {
      const argument = sdkName(p);
      const fallback = p.schema?.default === undefined ? "" : `=${JSON.stringify(p.schema.default)}`;
      return `${argument === p.name ? "" : `${p.name}:`}${argument}${fallback}`;
    });
    tokens.push(`${o.queryParams.every((p) => !p.required) ? "?" : "!"}${items.join("&")}`);
  }
  if (tokens.some((token) => /\s/.test(token))) throw new Error(`${o.sdkMethod}: a row cannot hold white space: ${tokens.join(" ")}`);
  if (o.queryParams.some((p) => /[&=:]/.test(p.name) || /&/.test(JSON.stringify(p.schema?.default ?? "")))) {
    throw new Error(`${o.sdkMethod}: a query name or default holds & = or :`);
  }
  return tokens.join(" ");
}

function methodsFile(operations) {
  const typeImports = new Set();
  // `x-sdk-handwritten` operations get a table row only; their method is written by hand.
  const methods = operations.filter((o) => !o.op["x-sdk-handwritten"]).map((o) => method(o, typeImports));
  const needsOperationsType = operations.some((o) => !o.op["x-sdk-handwritten"] && o.body && !o.body.schema?.$ref);
  const imports = [...typeImports].sort();
  if (needsOperationsType) imports.push("operations as SpecOperations");
  return `${GENERATED_HEADER}import type { RequestOptions, Transport } from "@genauth/core";
import type {
${imports.map((name) => `  ${name},`).join("\n")}
} from "@genauth/types";
import { installMethods } from "../operation-table.js";
import { operationRows, operations } from "./operations.js";

// The methods' signatures and TSDoc; merged into the class below, whose prototype gets the
// methods from the operation table.
export interface ${BASE_CLASS} {
${methods.join("")}}

/**
 * The GenAuth Authentication API operations, one method each, generated from the spec.
 * Use them through {@link AuthenticationClient}.
 */
export abstract class ${BASE_CLASS} {
  /** The transport every generated method sends through. */
  protected abstract readonly transport: Transport;
}

installMethods(${BASE_CLASS}.prototype, operationRows, operations);
`;
}

function method(o, typeImports) {
  const params = [];
  const docParams = [];

  for (const p of o.pathParams) {
    const argument = sdkName(p);
    params.push(`${argument}: string`);
    docParams.push(`@param ${argument} - ${escapeTsdoc(p.description ?? `The \`${p.name}\` path segment.`)}`);
  }

  if (o.queryParams.length) {
    // The official SDK destructures one query object, with defaults that are sent on the wire
    // (the table's row holds them; a signature cannot).
    const allOptional = o.queryParams.every((p) => !p.required);
    const fields = o.queryParams.map((p) => sdkName(p));
    const members = o.queryParams.map((p) => `${propertyKey(sdkName(p))}${p.required ? "" : "?"}: ${tsType(p.schema)}`);
    params.push(`{ ${fields.join(", ")} }${allOptional ? "?" : ""}: { ${members.join("; ")} }`);
    docParams.push("@param query - Query parameters:");
    for (const p of o.queryParams) {
      const wire = sdkName(p) === p.name ? "" : ` (sent as \`${p.name}\`)`;
      const fallback = p.schema?.default === undefined ? "" : ` Default ${JSON.stringify(p.schema.default)}.`;
      const text = oneLine(p.description ?? "").replace(/([^.!?])$/, "$1.");
      docParams.push(`  - \`${sdkName(p)}\`${wire}${p.required ? "" : " (optional)"}: ${escapeTsdoc(text)}${fallback}`);
    }
  }

  if (o.body) {
    const name = o.op["x-sdk-body-name"] ?? "requestBody";
    let type;
    if (o.body.schema?.$ref) {
      type = refName(o.body.schema.$ref);
      typeImports.add(type);
    } else {
      type = `NonNullable<SpecOperations["${o.operationId}"]["requestBody"]>["content"]["${o.body.mediaType}"]`;
    }
    params.push(`${name}: ${type}`);
    docParams.push(`@param ${name} - ${escapeTsdoc(oneLine(o.body.description ?? "The request body."))}`);
  }

  params.push("options?: RequestOptions");
  docParams.push("@param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.");

  let returnType = "unknown";
  if (o.response?.typeName) {
    returnType = o.response.typeName;
    typeImports.add(returnType);
  }

  const lines = [escapeTsdoc(o.op.summary ?? o.sdkMethod)];
  if (o.op.description) lines.push("", escapeTsdoc(o.op.description.trim()));
  lines.push("", `HTTP: \`${o.method} ${o.path}\``, "", ...docParams);
  if (o.response) lines.push(`@returns ${escapeTsdoc(responseDescription(o))}`);
  if (o.op.deprecated) {
    const replacement = o.op["x-sdk-replacement"];
    lines.push(
      replacement
        ? `@deprecated Use {@link ${BASE_CLASS}.${replacement} | ${replacement}} instead.`
        : "@deprecated GenAuth no longer recommends this operation.",
    );
  }

  return `${docComment(lines, "  ")}  ${o.sdkMethod}(${params.join(", ")}): Promise<${returnType}>;
`;
}

function sdkName(parameter) {
  return parameter["x-sdk-name"] ?? parameter.name;
}

function propertyKey(name) {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** The TypeScript type of a scalar parameter schema. */
function tsType(schema = {}) {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "string" || schema.type === "number" || schema.type === "boolean") return schema.type;
  if (schema.type === "integer") return "number";
  throw new Error(`unsupported parameter schema ${JSON.stringify(schema)}`);
}

function responseDescription(o) {
  return oneLine(o.op.responses?.["200"]?.description ?? "The parsed response body.");
}

function oneLine(text) {
  return text.trim().replace(/\s+/g, " ");
}

/** A TypeScript literal (or, with `asType`, the type `as const` gives it) for a plain JSON value. */
function literal(value, asType = false) {
  const readonly = asType ? "readonly " : "";
  if (Array.isArray(value)) return `${readonly}[${value.map((v) => literal(v, asType)).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${readonly}${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v, asType)}`);
    return `{ ${entries.join(asType ? "; " : ", ")} }`;
  }
  return JSON.stringify(value);
}
