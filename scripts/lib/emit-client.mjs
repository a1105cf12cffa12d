// Each client package: the operation table (one typed object per operation, checked by the
// compiler), the methods' signatures and TSDoc (a types-only interface the client class merges;
// `defineOperationMethods` of @genauth/core defines the methods from the table), and one
// standalone function per operation for the package's `/functions` entry. Methods and functions
// share one implementation, `callOperation` of @genauth/core, and differ only in where the
// transport comes from. `clients.mjs` says which spec goes to which package.
import { generatedHeader } from "./header.mjs";
import { listOperations, refName, requestBody, resolve, successResponse } from "./spec.mjs";
import { secretFieldsOf } from "./secret-fields.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The generated files of one client: `operations.ts`, the methods interface and `functions.ts`. */
export function emitClient(spec, config) {
  const dir = `${config.packageDir}/src/generated`;
  const operations = listOperations(spec).map((operation) => describeOperation(spec, operation, config));
  operations.sort((a, b) => a.sdkMethod.localeCompare(b.sdkMethod));
  const context = { ...config, header: generatedHeader(config.spec) };
  return {
    [`${dir}/operations.ts`]: operationsFile(operations, context),
    [`${dir}/${config.methodsFile}`]: methodsFile(operations, context),
    [`${dir}/functions.ts`]: functionsFile(operations, context),
  };
}

/** Everything the files need to know about one operation. */
function describeOperation(spec, { path, method, op, sdkMethod, pathParams, queryParams }, config) {
  if (!IDENTIFIER.test(sdkMethod ?? "")) throw new Error(`${method} ${path}: x-sdk-method must be an identifier`);
  const body = requestBody(spec, op);
  if (body) body.description = op["x-sdk-body-description"] ?? resolve(spec, body.schema)?.description;
  const response = successResponse(spec, op);
  for (const p of [...pathParams, ...queryParams]) {
    if (!IDENTIFIER.test(sdkName(p))) throw new Error(`${sdkMethod}: parameter ${p.name} needs an identifier in x-sdk-name`);
  }
  const secretFields = secretFieldsOf(spec, queryParams, body, config.publicNames);
  return { sdkMethod, operationId: op.operationId, op, path, method, pathParams, queryParams, body, response, secretFields };
}

function operationsFile(operations, { header }) {
  const entries = operations.map((o) => `/** \`${o.method} ${o.path}\` */\nexport const ${o.sdkMethod} = ${literal(tableEntry(o))} satisfies Operation;\n`);
  return `${header}import type { Operation } from "@genauth/core";

${entries.join("\n")}
/** Every spec operation, by SDK method name. */
export const operations = {
${operations.map((o) => `  ${o.sdkMethod},`).join("\n")}
};

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
`;
}

/**
 * What the table says of an operation: the transport's descriptor (method, path, placeholders,
 * client authentication, body and answer kinds), and how the method's arguments fill the request.
 */
function tableEntry(o) {
  const entry = { method: o.method, path: o.path };
  if (o.pathParams.length) entry.pathParams = o.pathParams.map((p) => ({ name: p.name, argument: sdkName(p) }));
  if ((o.op.security ?? []).some((requirement) => "clientBasic" in requirement)) entry.clientBasic = true;
  if (o.body?.mediaType === "application/x-www-form-urlencoded") entry.bodyType = "form";
  if (o.response?.mediaType?.startsWith("text/")) entry.responseType = "text";
  if (o.queryParams.length) {
    entry.query = {
      required: o.queryParams.some((p) => p.required),
      ...(o.op["x-sdk-positional-query"] ? { positional: true } : {}),
      fields: o.queryParams.map((p) => {
        const field = { name: p.name };
        if (sdkName(p) !== p.name) field.argument = sdkName(p);
        if (p.schema?.default !== undefined) field.default = p.schema.default;
        return field;
      }),
    };
  }
  if (o.body) entry.body = true;
  if (o.secretFields.length) entry.secretFields = o.secretFields;
  if (o.op["x-sdk-handwritten"]) entry.handwritten = true;
  return entry;
}

function methodsFile(operations, context) {
  const typeImports = new Set();
  // `x-sdk-handwritten` operations get a table entry only; their method is written by hand.
  const methods = operations.filter(isGenerated).map((o) => signature(o, typeImports, false, context));
  return `${context.header}import type { RequestOptions } from "@genauth/core";
${typeImportLines(typeImports, operations, context)}
/**
 * The ${context.apiName} operations, one method each, generated from the spec: their
 * signatures and documentation. \`${context.className}\` has them all.
 */
export interface ${context.methodsInterface} {
${methods.join("")}}
`;
}

function functionsFile(operations, context) {
  const typeImports = new Set();
  const functions = operations.filter(isGenerated).map((o) => {
    const declaration = signature(o, typeImports, true, context).replace(/;\n$/, "");
    const args = [...o.pathParams.map(sdkName), ...queryArgumentNames(o, true), ...(o.body ? [bodyName(o)] : []), "options"];
    return `${declaration} {\n  return callOperation(core, operation.${o.sdkMethod}, [${args.join(", ")}]);\n}\n`;
  });
  return `${context.header}import { callOperation, type RequestOptions } from "@genauth/core";
${typeImportLines(typeImports, operations, context)}import type { ${context.coreType} } from "../create-core.js";
import * as operation from "./operations.js";

${functions.join("\n")}`;
}

function isGenerated(o) {
  return !o.op["x-sdk-handwritten"];
}

function typeImportLines(typeImports, operations, { typesSpecifier }) {
  const imports = [...typeImports].sort();
  if (operations.some((o) => isGenerated(o) && o.body && !o.body.schema?.$ref)) imports.push("operations as SpecOperations");
  return `import type {\n${imports.map((name) => `  ${name},`).join("\n")}\n} from "${typesSpecifier}";\n`;
}

/** The names the query arguments have in a function's parameter list. */
function queryArgumentNames(o, standalone) {
  if (!o.queryParams.length) return [];
  if (o.op["x-sdk-positional-query"]) return o.queryParams.map(sdkName);
  return [standalone ? "query" : `{ ${o.queryParams.map(sdkName).join(", ")} }`];
}

/**
 * The declaration and TSDoc of an operation: a method of the interface, or (`standalone`) a
 * function whose first argument is the transport the call sends through.
 */
function signature(o, typeImports, standalone, { methodsInterface, coreType }) {
  const indent = standalone ? "" : "  ";
  const params = standalone ? [`core: ${coreType}`] : [];
  const docParams = standalone ? ["@param core - What the call sends through: the result of `createCore(options)`."] : [];

  for (const p of o.pathParams) {
    params.push(`${sdkName(p)}: string`);
    docParams.push(`@param ${sdkName(p)} - ${escapeTsdoc(p.description ?? `The \`${p.name}\` path segment.`)}`);
  }

  if (o.queryParams.length && o.op["x-sdk-positional-query"]) {
    // A few official methods take their query parameters one by one (`deleteAuth(authIds)`).
    for (const p of o.queryParams) {
      params.push(`${sdkName(p)}${p.required ? "" : "?"}: ${tsType(p.schema)}`);
      const wire = sdkName(p) === p.name ? "" : ` Sent as the query parameter \`${p.name}\`.`;
      docParams.push(`@param ${sdkName(p)} - ${escapeTsdoc(oneLine(p.description ?? `The \`${p.name}\` query parameter.`))}${wire}`);
    }
  } else if (o.queryParams.length) {
    // The official SDK destructures one query object, with defaults that are sent on the wire
    // (the table holds them; a signature cannot). A function names the object instead.
    // Each field's description sits on the field, where an editor shows it while the object is written.
    const allOptional = o.queryParams.every((p) => !p.required);
    const members = o.queryParams.map((p) => {
      const wire = sdkName(p) === p.name ? "" : ` Sent as \`${p.name}\`.`;
      const fallback = p.schema?.default === undefined ? "" : ` Default \`${JSON.stringify(p.schema.default)}\`.`;
      const text = oneLine(p.description ?? "").replace(/([^.!?])$/, "$1.");
      const doc = `${escapeTsdoc(text)}${wire}${fallback}`.trim();
      return `${doc ? `/** ${doc} */\n` : ""}${propertyKey(sdkName(p))}${p.required ? "" : "?"}: ${tsType(p.schema)};\n`;
    });
    const [name] = queryArgumentNames(o, standalone);
    params.push(`${name}${allOptional ? "?" : ""}: {\n${members.join("")}}`);
    docParams.push("@param query - Query parameters, each described on its field.");
  }

  if (o.body) {
    let type;
    if (o.body.schema?.$ref) {
      type = refName(o.body.schema.$ref);
      typeImports.add(type);
    } else {
      type = `NonNullable<SpecOperations["${o.operationId}"]["requestBody"]>["content"]["${o.body.mediaType}"]`;
    }
    params.push(`${bodyName(o)}: ${type}`);
    docParams.push(`@param ${bodyName(o)} - ${escapeTsdoc(oneLine(o.body.description ?? "The request body."))}`);
  }

  params.push("options?: RequestOptions");
  docParams.push("@param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, `throwOnError`.");

  let returnType = "unknown";
  if (o.response?.typeName) {
    returnType = o.response.typeName;
    typeImports.add(returnType);
  }

  const lines = [escapeTsdoc(o.op.summary ?? o.sdkMethod)];
  if (o.op.description) lines.push("", escapeTsdoc(o.op.description.trim()));
  lines.push("", `HTTP: \`${o.method} ${o.path}\``, "", ...docParams);
  if (o.response) lines.push(`@returns ${escapeTsdoc(oneLine(o.op.responses?.["200"]?.description ?? "The parsed response body."))}`);
  if (o.op.deprecated) {
    const replacement = o.op["x-sdk-replacement"];
    const target = standalone ? replacement : `${methodsInterface}.${replacement}`;
    lines.push(replacement ? `@deprecated Use {@link ${target} | ${replacement}} instead.` : "@deprecated GenAuth no longer recommends this operation.");
  }

  const head = standalone ? `export function ${o.sdkMethod}` : o.sdkMethod;
  return `${docComment(lines, indent)}${indent}${head}(${params.join(", ")}): Promise<${returnType}>;\n`;
}

function sdkName(parameter) {
  return parameter["x-sdk-name"] ?? parameter.name;
}

function bodyName(o) {
  return o.op["x-sdk-body-name"] ?? "requestBody";
}

function propertyKey(name) {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** The TypeScript type of a parameter schema: a scalar, an enum, an array of them, or any object. */
function tsType(schema = {}) {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "string" || schema.type === "number" || schema.type === "boolean") return schema.type;
  if (schema.type === "integer") return "number";
  if (schema.type === "array") return `Array<${tsType(schema.items)}>`;
  // The official `any`: whatever the caller passes is serialised as it is.
  if (schema.type === "object") return "unknown";
  throw new Error(`unsupported parameter schema ${JSON.stringify(schema)}`);
}

function oneLine(text) {
  return text.trim().replace(/\s+/g, " ");
}

/** A TypeScript literal for a plain JSON value. */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}
