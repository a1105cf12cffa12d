#!/usr/bin/env node
// `pnpm parity`: compares each spec and its built client (AuthenticationClient, ManagementClient)
// with the copy of the facts table read from authing-node-sdk 4.0.2 (specs/facts/). Prints
// covered/total operations per client and every difference in verbs, paths, parameters, bodies,
// deprecations and schemas. Exits 1 on a regression: a difference, or a generated, hand-written
// or sign-in/sign-up method missing from a client. Methods the official class has for Node's http
// objects (loginWithRedirect…) exist only on the Node.js build, which the main specifier resolves
// to under the `node` condition.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { listOperations, loadSpec, refName, requestBody, ROOT, successResponse } from "./lib/spec.mjs";

const CLIENTS = [
  {
    className: "AuthenticationClient",
    facts: "specs/facts/genauth-authentication-api.json",
    spec: "specs/genauth-authentication.yaml",
    dist: "packages/authentication-client/dist/index.js",
    nodeDist: "packages/authentication-client/dist/node/index.js",
  },
  {
    className: "ManagementClient",
    facts: "specs/facts/genauth-management-api.json",
    spec: "specs/genauth-management.yaml",
    dist: "packages/management-client/dist/index.js",
    nodeDist: "packages/management-client/dist/node/index.js",
  },
];

let failed = false;
for (const client of CLIENTS) {
  if (!(await checkClient(client))) failed = true;
}
if (failed) process.exit(1);

// One client: its spec and built class against its facts table; false when they differ.
async function checkClient(client) {
  const { className } = client;
  const facts = JSON.parse(readFileSync(join(ROOT, client.facts), "utf8"));
  const spec = loadSpec(client.spec);
  const mainMethods = methodNames((await importBuilt(client.dist))[className]);
  const clientMethods = methodNames((await importBuilt(client.nodeDist))[className]);
  const nodeOnly = [...clientMethods].filter((name) => !mainMethods.has(name));

  const problems = [];
  const problem = (where, text) => problems.push(`${where}: ${text}`);

  const specOps = new Map(listOperations(spec).map((o) => [o.sdkMethod, o]));
  const wrappedBy = {};
  for (const o of facts.operations) {
    const over = /convenience wrapper over (\w+)/.exec(o.notes)?.[1];
    if (over) {
      wrappedBy[over] ??= [];
      wrappedBy[over].push(o.sdkMethod);
    }
  }

  let covered = 0;
  const counts = { generated: [0, 0], handwritten: [0, 0] };
  for (const fact of facts.operations) {
    const present = clientMethods.has(fact.sdkMethod);
    counts[fact.kind][1]++;
    if (present) {
      covered++;
      counts[fact.kind][0]++;
    }
    const inSpec = specOps.get(fact.sdkMethod);
    if (fact.kind === "generated") {
      if (!present) problem(fact.sdkMethod, `generated method missing from ${className}`);
      if (!inSpec) problem(fact.sdkMethod, "no spec operation has this x-sdk-method");
      else if (inSpec.op["x-sdk-handwritten"]) problem(fact.sdkMethod, "marked x-sdk-handwritten, but the official method is generated");
      else compareOperation(fact, inSpec);
      continue;
    }
    const over = /convenience wrapper over (\w+)/.exec(fact.notes)?.[1];
    if (over) {
      // The sign-in/sign-up shortcuts are this issue's: missing is a regression.
      if (!present) problem(fact.sdkMethod, `hand-written wrapper over ${over} missing from ${className}`);
      const target = specOps.get(over);
      if (!target) problem(fact.sdkMethod, `wraps ${over}, which is not in the spec`);
      else if (target.method !== fact.httpMethod || target.path !== fact.path)
        problem(fact.sdkMethod, `wraps ${over}, which is not ${fact.httpMethod} ${fact.path}`);
      else if (!(target.op["x-sdk-wrapped-by"] ?? []).includes(fact.sdkMethod)) problem(over, `x-sdk-wrapped-by does not list ${fact.sdkMethod}`);
      continue;
    }
    if (inSpec) {
      // An API call behind a hand-written method (pub): the spec describes it, the method is written by hand.
      if (!inSpec.op["x-sdk-handwritten"]) problem(fact.sdkMethod, "hand-written in the official SDK: mark its operation x-sdk-handwritten");
      if (inSpec.method !== fact.httpMethod || inSpec.path !== fact.path)
        problem(fact.sdkMethod, `spec has ${inSpec.method} ${inSpec.path}, official ${fact.httpMethod} ${fact.path}`);
    }
    if (!present) problem(fact.sdkMethod, `hand-written method missing from ${className}`);
  }

  // An operation of ours alone (GenAuth's API has it, the official SDK does not) says so with
  // x-sdk-extension; any other must be the official SDK's.
  const additions = [];
  for (const [sdkMethod, o] of specOps) {
    const official = facts.operations.some((f) => f.sdkMethod === sdkMethod);
    if (o.op["x-sdk-extension"] === true) {
      if (official) problem(sdkMethod, "marked x-sdk-extension, but the official SDK has this method: remove the mark");
      else additions.push(sdkMethod);
    } else if (!official) {
      problem(
        sdkMethod,
        `spec operation ${o.method} ${o.path} is not the official SDK's: mark it x-sdk-extension: true if it is ours alone (and list it in docs/migration.md), or re-read the official SDK into specs/facts/ if it gained the method`,
      );
    }
  }
  for (const [over, names] of Object.entries(wrappedBy)) {
    const listed = specOps.get(over)?.op["x-sdk-wrapped-by"] ?? [];
    for (const name of listed) if (!names.includes(name)) problem(over, `x-sdk-wrapped-by lists ${name}, which does not wrap it`);
  }

  const schemaTotals = compareSchemas(spec, facts, problem);
  const localPending = facts.nonHttpMethods.filter((m) => !clientMethods.has(m.sdkMethod)).map((m) => m.sdkMethod);

  const total = facts.operations.length;
  console.log(
    `parity: ${covered}/${total} operations on ${className} ` + `(generated ${counts.generated.join("/")}, hand-written ${counts.handwritten.join("/")})`,
  );
  if (nodeOnly.length) console.log(`on the Node.js build only (the main specifier's node condition): ${nodeOnly.join(", ")}`);
  if (additions.length) console.log(`not in the official SDK (x-sdk-extension): ${additions.join(", ")}`);
  console.log(`local helpers: ${facts.nonHttpMethods.length - localPending.length}/${facts.nonHttpMethods.length}`);
  for (const name of localPending) problem(name, `local helper missing from ${className}`);
  console.log(`schemas: ${schemaTotals.matched}/${schemaTotals.total} match the facts`);
  if (problems.length) {
    console.error(`\n${problems.length} difference(s) of ${className} from the official SDK:\n  ${problems.join("\n  ")}`);
    return false;
  }
  console.log(`${className}: no differences from the official SDK's verbs, paths, parameters, bodies or schemas\n`);
  return true;

  function compareOperation(fact, { method, path, op, pathParams, queryParams }) {
    const where = fact.sdkMethod;
    if (method !== fact.httpMethod) problem(where, `HTTP method ${method}, official ${fact.httpMethod}`);
    if (path !== fact.path) problem(where, `path ${path}, official ${fact.path}`);

    const ours = pathParams.map((p) => `${p.name}->${p["x-sdk-name"] ?? p.name}`).join(", ");
    const theirs = fact.pathParams.map((p) => `${p.name}->${p.sdkName ?? p.name}`).join(", ");
    if (ours !== theirs) problem(where, `path parameters [${ours}], official [${theirs}]`);

    const ourQuery = queryParams.map((p) => describeParameter(p["x-sdk-name"] ?? p.name, p.name, p.required === true, p.schema));
    const theirQuery = fact.query.map((p) => describeParameter(p.sdkName ?? p.name, p.name, p.required, factParameterSchema(p)));
    if (ourQuery.join("; ") !== theirQuery.join("; ")) {
      problem(where, `query [${ourQuery.join("; ")}], official [${theirQuery.join("; ")}]`);
    }
    // A method whose official signature does not destructure an object takes its query positionally.
    const positional = fact.query.length > 0 && !fact.sdkSignature.startsWith("{");
    if (positional !== (op["x-sdk-positional-query"] === true))
      problem(where, `x-sdk-positional-query ${op["x-sdk-positional-query"] === true}, official signature ${fact.sdkSignature}`);

    const body = requestBody(spec, op);
    const bodyName = body?.schema?.$ref ? refName(body.schema.$ref) : body ? "(inline)" : null;
    if (bodyName !== fact.body) problem(where, `body ${bodyName}, official ${fact.body}`);
    const form = body?.mediaType === "application/x-www-form-urlencoded";
    if (form !== (fact.bodyParamKind === "formData"))
      problem(where, `body media type ${body?.mediaType}, official argument ${fact.bodyParamKind ?? "requestBody"}`);
    const bodyArgument = op["x-sdk-body-name"] ?? "requestBody";
    if (body && bodyArgument !== (fact.bodyParamKind ?? "requestBody"))
      problem(where, `body argument ${bodyArgument}, official ${fact.bodyParamKind ?? "requestBody"}`);

    // `null` in the facts is the official SDK's `any`; any type of ours is an improvement.
    const response = successResponse(spec, op)?.typeName ?? null;
    if (fact.response !== null && response !== fact.response) problem(where, `response ${response}, official ${fact.response}`);

    if ((op.deprecated === true) !== fact.deprecated) problem(where, `deprecated ${op.deprecated === true}, official ${fact.deprecated}`);
    const replacement = /use (\w+) \(/.exec(fact.notes)?.[1];
    if (fact.deprecated && op["x-sdk-replacement"] !== replacement) problem(where, `x-sdk-replacement ${op["x-sdk-replacement"]}, official ${replacement}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function importBuilt(path) {
  return import(pathToFileURL(join(ROOT, path)).href).catch((error) => {
    console.error(`parity needs the built client (${path}): run \`pnpm build\` first.\n${error.message}`);
    process.exit(1);
  });
}

function methodNames(Class) {
  const names = new Set();
  for (let proto = Class.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== "constructor" && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === "function") names.add(name);
    }
  }
  return names;
}

/** A facts query parameter as the spec schema it should have. */
function factParameterSchema(p) {
  const scalar = (q) => (q.type === "enum" ? { type: "string", enum: q.enum } : { type: q.type });
  const schema = p.type === "array" ? { type: "array", items: scalar(p.items) } : scalar(p);
  if (p.default !== undefined) schema.default = p.default;
  return schema;
}

function describeParameter(argument, wire, required, schema = {}) {
  const item = (s) => (s.enum ? `enum(${s.enum.join("|")})` : s.type);
  const type = schema.type === "array" ? `array(${item(schema.items ?? {})})` : item(schema);
  const fallback = schema.default === undefined ? "" : ` = ${JSON.stringify(schema.default)}`;
  return `${argument}${argument === wire ? "" : ` as ${wire}`}${required ? "" : "?"}: ${type}${fallback}`;
}

// ---- schemas: names, properties, types, required flags, enums, refs

function compareSchemas(spec, facts, problem) {
  let problems = 0;
  const report = (where, text) => {
    problems++;
    problem(where, text);
  };
  const specSchemas = spec.components?.schemas ?? {};
  let matched = 0;
  const names = Object.keys(facts.schemas);
  for (const name of names) {
    const before = problems;
    const ours = specSchemas[name];
    if (!ours) {
      report(`schema ${name}`, "missing from the spec");
      continue;
    }
    const flat = flatten(spec, ours);
    const fact = facts.schemas[name];
    const ourProps = Object.keys(flat.properties);
    const theirProps = Object.keys(fact.properties);
    if (ourProps.slice().sort().join() !== theirProps.slice().sort().join()) {
      report(`schema ${name}`, `properties [${ourProps}], official [${theirProps}]`);
    }
    if (flat.required.slice().sort().join() !== fact.required.slice().sort().join()) {
      report(`schema ${name}`, `required [${flat.required}], official [${fact.required}]`);
    }
    for (const property of theirProps) {
      const mine = flat.properties[property];
      if (!mine) continue;
      const a = specType(mine);
      const b = factType(fact.properties[property]);
      if (a !== b) report(`schema ${name}.${property}`, `type ${a}, official ${b}`);
    }
    if (fact.additionalProperties && !ours.additionalProperties) report(`schema ${name}`, "official type takes extra properties");
    if (problems === before) matched++;
  }
  return { matched, total: names.length };
}

/** A schema's own properties and required list, with `allOf` parts and `$ref`s merged in. */
function flatten(spec, schema) {
  const out = { properties: {}, required: [] };
  const visit = (node) => {
    if (node.$ref) return visit(spec.components.schemas[refName(node.$ref)]);
    Object.assign(out.properties, node.properties ?? {});
    out.required.push(...(node.required ?? []));
    for (const part of node.allOf ?? []) visit(part);
  };
  visit(schema);
  return out;
}

function specType(s) {
  if (s.$ref) return `ref(${refName(s.$ref)})`;
  if (s.enum) return `enum(${s.enum.join("|")})${s["x-enum-varnames"] ? "+names" : ""}`;
  // A TypeScript union: oneOf in the authentication spec, anyOf (members may overlap) in the management one.
  if (s.oneOf ?? s.anyOf) return `oneOf(${(s.oneOf ?? s.anyOf).map(specType).join("|")})`;
  if (s.type === "array") return `array(${specType(s.items)})`;
  if (s.type === "object" && s.properties) {
    return `object{${Object.entries(s.properties).map(([k, v]) => `${k}${(s.required ?? []).includes(k) ? "" : "?"}:${specType(v)}`)}}`;
  }
  if (s.type === "object") return "object";
  if (Array.isArray(s.type)) return s.type.join("|");
  if (s.type) return s.type;
  return "any";
}

function factType(p) {
  if (p.nullable) return `${factType({ ...p, nullable: false })}|null`;
  switch (p.type) {
    case "ref":
      return `ref(${p.ref})`;
    case "enum":
      return `enum(${p.enum.join("|")})${p.enumName ? "+names" : ""}`;
    case "array":
      return `array(${factType(p.items)})`;
    case "object":
      if (p.oneOf) return `oneOf(${p.oneOf.map(factType).join("|")})`;
      if (p.properties) {
        return `object{${Object.entries(p.properties).map(([k, v]) => `${k}${(p.required ?? []).includes(k) ? "" : "?"}:${factType(v)}`)}}`;
      }
      return p.tsType === "any" ? "any" : "object";
    default:
      return p.type;
  }
}
