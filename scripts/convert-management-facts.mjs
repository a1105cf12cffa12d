#!/usr/bin/env node
// One-off conversion: writes specs/genauth-management.yaml from the facts table of the official
// ManagementClient (specs/facts/genauth-management-api.json). The spec is the source of truth once
// written; this script stays so that a re-read of the official SDK can be converted the same way.
// Run: node scripts/convert-management-facts.mjs [--enum-names <authing-node-sdk>/dist/models]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { ROOT } from "./lib/spec.mjs";

const FACTS = "specs/facts/genauth-management-api.json";
const OUT = "specs/genauth-management.yaml";
const facts = JSON.parse(readFileSync(join(ROOT, FACTS), "utf8"));
const enumNamesDir = process.argv.includes("--enum-names") ? process.argv[process.argv.indexOf("--enum-names") + 1] : undefined;

const ENVELOPE_FIELDS = { statusCode: "number", message: "string", apiCode: "number", requestId: "string" };
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
// The official `{}` (an object of fields GenAuth does not list): any fields, of any value. A bare
// `type: object` would be typed `Record<string, never>`, which accepts no field.
const ANY_OBJECT = { type: "object", additionalProperties: {} };
// Page sizes the facts cap in words ("cannot exceed 50"): the cap becomes the schema's `maximum`.
const PAGE_SIZE_LIMIT = /cannot exceed 50\b/;

/**
 * The facts' notes and what each says in our words: a pattern, and the sentence it becomes from
 * the pattern's match and the operation.
 */
const NOTES = [
  [
    /^SDK types the response as (\w+)/,
    (m) => `The official SDK types the answer as \`${m[1]}\` rather than as an envelope, and so does this SDK; what the server really answers is unverified.`,
  ],
  [
    /^array query parameter\(s\) ([\w, ]+):/,
    (m) =>
      `Array parameters (${m[1]
        .split(", ")
        .map((n) => `\`${n}\``)
        .join(", ")}) travel as \`name[]=a&name[]=b\`, as the official SDK sends them; the signature covers each as a JSON array.`,
  ],
  [
    /^SDK bug: the URL is sent with the literal placeholder/,
    (_, o) =>
      `\`${o.pathParams[0].name}\` fills the path. The official SDK sent the literal \`{${o.pathParams[0].name}}\` instead, so it never deleted anything.`,
  ],
  [/^method name typo \((\w+)\)/, (m) => `The method keeps the official SDK's spelling (\`${m[1]}\`), so that migrated code finds it.`],
  [/^method name is (?:generic|misleading): (.+)$/, (m) => `The official method name says little about what it does: it ${m[1].replace(/^it /, "")}.`],
  [
    /^path outside \/api\/v3/,
    () =>
      "The path lies outside `/api/v3`, exactly as the official SDK sends it; the sibling data-object operations live under `/api/v3/metadata/`, so this path may be an official mistake, unverified against the server.",
  ],
  [
    /^(POST|DELETE) with query parameters/,
    () => "The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.",
  ],
  [/^no file is sent/, () => "Like the official method, it sends only the `private` flag and no file."],
  [/^legacy GET variant of (\w+)/, (m) => `The older \`GET\` form of \`${m[1]}\`, which takes its filters in the body of a \`POST\`.`],
  [/^authentication-side event publishing endpoint/, () => "Publishes through the authentication side's event endpoint, signed with the access key."],
  [/^the path says invite records/, () => "The path names invitation records; the official description speaks of the tenant consoles a user can access."],
  [/^the SDK @summary calls it a list/, () => "Gets one administrator, whatever the official summary's wording suggests."],
  [/^lists the applications that support device mutual exclusion/, () => "Lists the applications where device mutual exclusion can apply."],
];

// ---- operations -------------------------------------------------------------------------------

const usage = {}; // schema name -> how operations use it
const note = (name, text) => {
  usage[name] ??= new Set();
  usage[name].add(text);
};

const paths = {};
for (const o of facts.operations) {
  // `pub` posts to the endpoint of the generated `verifyEvent`, `sub` opens a WebSocket: both are
  // written by hand, and only `verifyEvent` is an operation of the document.
  if (o.kind === "handwritten") continue;
  const operation = {
    operationId: o.sdkMethod,
    tags: [o.area],
    summary: summaryOf(o),
  };
  const description = describeNotes(o);
  if (description) operation.description = description;
  operation["x-sdk-method"] = o.sdkMethod;
  if (o.sdkMethod === "verifyEvent") operation["x-sdk-wrapped-by"] = ["pub"];
  if (o.deprecated) {
    operation.deprecated = true;
    const replacement = /use (\w+) \(/.exec(o.notes)?.[1];
    if (replacement) operation["x-sdk-replacement"] = replacement;
  }
  if (o.query.length && !o.sdkSignature.startsWith("{")) operation["x-sdk-positional-query"] = true;
  const parameters = [
    ...o.pathParams.map((p) => ({
      name: p.name,
      in: "path",
      required: true,
      description: `ID of the entry to delete; it fills \`{${p.name}}\` in the path.`,
      schema: { type: "string" },
    })),
    ...o.query.map((p) => queryParameter(p)),
  ];
  if (parameters.length) operation.parameters = parameters;
  if (o.body) {
    note(o.body, `request:${o.sdkMethod}`);
    operation.requestBody = { required: true, content: { "application/json": { schema: ref(o.body) } } };
  }
  note(o.response, `response:${o.sdkMethod}`);
  operation.responses = {
    200: {
      description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
      content: { "application/json": { schema: { anyOf: [ref(o.response), ref("GenAuthErrorEnvelope")] } } },
    },
  };
  paths[o.path] ??= {};
  paths[o.path][o.httpMethod.toLowerCase()] = operation;
}

function summaryOf(o) {
  const text = o.summary.trim().replace(/\.$/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function queryParameter(p) {
  const parameter = { name: p.name, in: "query", required: p.required };
  if (p.sdkName) parameter["x-sdk-name"] = p.sdkName;
  parameter.description = sentence(p.description ?? `The \`${p.sdkName ?? p.name}\` argument of the official method.`);
  const schema = scalarSchema(p);
  if (p.type === "array") {
    parameter.description += ` Sent as \`${p.name}[]=…\` once per item.`;
    parameter.style = "form";
    parameter.explode = true;
  }
  if (PAGE_SIZE_LIMIT.test(parameter.description)) schema.maximum = 50;
  if (p.default !== undefined) schema.default = p.default;
  parameter.schema = schema;
  return parameter;
}

function scalarSchema(p) {
  if (p.type === "enum") return { type: enumType(p.enum), enum: p.enum };
  if (p.type === "array") return { type: "array", items: scalarSchema(p.items) };
  if (p.type === "object") return { ...ANY_OBJECT };
  return { type: p.type };
}

/** The facts' notes, in our words: what a caller of this SDK needs to know. */
function describeNotes(o) {
  const lines = [];
  for (const part of o.notes.split("; ")) {
    for (const [pattern, say] of NOTES) {
      const match = pattern.exec(part);
      if (match) {
        lines.push(say(match, o));
        break;
      }
    }
  }
  return lines.join("\n");
}
// ---- schemas ----------------------------------------------------------------------------------

const schemas = {
  GenAuthEnvelope: {
    type: "object",
    description: "The outer shape shared by GenAuth V3 JSON responses.",
    required: ["statusCode", "message"],
    properties: {
      statusCode: { type: "number", description: "Business status code. 200 is success; anything else is a failure or a further step." },
      message: { type: "string", description: "Human-readable outcome." },
      apiCode: { type: "number", description: "Finer business error code; present only on failures that have one." },
      requestId: { type: "string", description: "Identifier of the request, for support; always present on failures." },
    },
  },
  GenAuthErrorEnvelope: {
    description: "The envelope of a failed call: `statusCode` is not 200 and there is no `data`.",
    allOf: [ref("GenAuthEnvelope"), { type: "object", required: ["requestId"], properties: { statusCode: { not: { const: 200 } } } }],
  },
};
for (const name of Object.keys(facts.schemas)) {
  if (name in schemas) throw new Error(`the facts have a schema named ${name}, which the spec defines itself`);
}

// Which schemas mention which: for a description of schemas no operation names.
const parents = {};
for (const [name, s] of Object.entries(facts.schemas)) {
  for (const [property, p] of Object.entries(s.properties)) {
    for (const target of refsOf(p)) {
      parents[target] ??= [];
      parents[target].push(`${name}.${property}`);
    }
  }
}

for (const name of Object.keys(facts.schemas).sort()) schemas[name] = convertSchema(name, facts.schemas[name]);

function refsOf(p) {
  if (p.type === "ref") return [p.ref];
  if (p.items) return refsOf(p.items);
  if (p.oneOf) return p.oneOf.flatMap(refsOf);
  return [];
}

function convertSchema(name, s) {
  const description = schemaDescription(name);
  const props = Object.keys(s.properties);
  const isEnvelope =
    Object.entries(ENVELOPE_FIELDS).every(([k, type]) => s.properties[k]?.type === type) &&
    props.every((k) => k in ENVELOPE_FIELDS || k === "data") &&
    ["statusCode", "message"].every((k) => s.required.includes(k)) &&
    !s.required.includes("apiCode") &&
    !s.required.includes("requestId");
  if (isEnvelope) {
    // An envelope without `data` is the envelope itself (an empty object beside it would be
    // `Record<string, never>`, which leaves no field readable).
    if (!s.properties.data) return { description, allOf: [ref("GenAuthEnvelope")] };
    const own = { type: "object" };
    if (s.required.includes("data")) own.required = ["data"];
    own.properties = { data: convertProperty(name, "data", s.properties.data) };
    return { description, allOf: [ref("GenAuthEnvelope"), own] };
  }
  if (props.length === 0) return { description, ...ANY_OBJECT };
  const out = { description, type: "object" };
  if (s.required.length) out.required = s.required;
  out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, p]) => [k, convertProperty(name, k, p)]));
  return out;
}

function schemaDescription(name) {
  const uses = [...(usage[name] ?? [])];
  const requests = uses.filter((u) => u.startsWith("request:")).map((u) => `\`${u.slice(8)}\``);
  const responses = uses.filter((u) => u.startsWith("response:")).map((u) => `\`${u.slice(9)}\``);
  const parts = [];
  if (requests.length) parts.push(`Request body of ${list(requests)}.`);
  if (responses.length) parts.push(`What ${list(responses)} ${responses.length === 1 ? "answers" : "answer"}.`);
  if (!parts.length) {
    const within = (parents[name] ?? []).map((p) => `\`${p}\``);
    parts.push(
      within.length ? `Part of ${list(within.slice(0, 3))}${within.length > 3 ? " and others" : ""}.` : `The \`${name}\` model of the GenAuth Management API.`,
    );
  }
  return parts.join(" ");
}

function list(items) {
  if (items.length <= 4) return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  return `${items.slice(0, 4).join(", ")} and ${items.length - 4} more`;
}

function convertProperty(schemaName, property, p) {
  const out = typeOf(schemaName, property, p);
  if (p.description) out.description = sentence(p.description);
  if (PAGE_SIZE_LIMIT.test(out.description ?? "")) out.maximum = 50;
  return out;
}

function typeOf(schemaName, property, p) {
  switch (p.type) {
    case "ref":
      return ref(p.ref);
    case "enum": {
      const out = { type: enumType(p.enum), enum: p.enum };
      if (p.enumName) out["x-enum-varnames"] = enumMemberNames(schemaName, property, p.enum);
      return out;
    }
    case "array":
      return { type: "array", items: typeOf(schemaName, property, p.items) };
    case "object":
      // A TypeScript union whose members may overlap: anyOf, not oneOf.
      if (p.oneOf) return { anyOf: p.oneOf.map((part) => typeOf(schemaName, property, part)) };
      if (p.properties) {
        const out = { type: "object" };
        if (p.required?.length) out.required = p.required;
        out.properties = Object.fromEntries(Object.entries(p.properties).map(([k, v]) => [k, convertProperty(schemaName, k, v)]));
        return out;
      }
      // The official `any`: no constraint at all.
      return p.tsType === "any" ? {} : { ...ANY_OBJECT };
    default:
      return p.nullable ? { type: [p.type, "null"] } : { type: p.type };
  }
}

/** `string`, `number`, or both for an enum that mixes them (the official `-1` of a status). */
function enumType(values) {
  const types = [...new Set(values.map((v) => (typeof v === "number" ? "number" : "string")))];
  return types.length === 1 ? types[0] : types;
}

/**
 * The official run-time enum member names: read from the official SDK's models when given, else
 * made as its generator makes them (`mini-program` -> `MINI_PROGRAM`, `regExp` -> `REG_EXP`).
 */
function enumMemberNames(schemaName, property, values) {
  const computed = values.map((v) =>
    String(v)
      .replace(/\W+/g, "_")
      .replace(/^(\d+)/g, "_$1")
      .replace(/([a-z])([A-Z]+)/g, "$1_$2")
      .toUpperCase(),
  );
  if (enumNamesDir) {
    const file = join(enumNamesDir, `${schemaName}.d.ts`);
    if (existsSync(file)) {
      const block = new RegExp(`enum ${property} \\{([^}]*)\\}`).exec(readFileSync(file, "utf8"))?.[1];
      if (block) {
        const official = Object.fromEntries([...block.matchAll(/(\w+) = "([^"]*)"/g)].map((m) => [m[2], m[1]]));
        const names = values.map((v, i) => official[v] ?? computed[i]);
        if (names.join() !== computed.join()) console.warn(`${schemaName}.${property}: official member names differ from the rule: ${names}`);
        return names;
      }
    }
  }
  return computed;
}

function sentence(text) {
  const t = text.trim().replace(/\s+/g, " ");
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?)`]$/.test(capital) ? capital : `${capital}.`;
}

// ---- document ---------------------------------------------------------------------------------

const areas = [...new Set(facts.operations.filter((o) => o.kind === "generated").map((o) => o.area))].sort();
const document = {
  openapi: "3.1.0",
  info: {
    title: "GenAuth Management API (V3)",
    version: "3.0.0",
    summary: "Server-side administration API of the GenAuth identity platform.",
    description: `The administration side of GenAuth: users, organizations, roles, groups, applications,
permissions, tenants and more, called from servers with a user pool's access key. This document is
the source of the GenAuth TypeScript SDK's management types, the \`ManagementClient\` methods and
their standalone functions.

Every request is signed: \`authorization: authing <accessKeyId>:<signature>\`, where the signature
is base64(HMAC-SHA1(accessKeySecret, string to sign)) over the method, the sorted \`x-authing-*\`
and \`date\` headers, the path and the sorted parameters (the query of a \`GET\`, the top-level body
fields otherwise). A fresh \`date\` and \`x-authing-signature-nonce\` go into every attempt.

Almost every operation answers HTTP 200 with a JSON envelope (\`statusCode\`, \`message\`,
\`apiCode\`, \`requestId\`, \`data\`); the envelope's \`statusCode\`, not the HTTP status, says
whether the call succeeded. Array query parameters travel as \`name[]=a&name[]=b\`.

Each operation names the SDK method that calls it in \`x-sdk-method\`; \`x-sdk-positional-query\`
marks the two whose method takes its query parameters as arguments of their own rather than as
one object.
`,
    license: { name: "MIT", identifier: "MIT" },
  },
  servers: [
    {
      url: "{host}",
      description: "The GenAuth API host of the user pool.",
      variables: { host: { default: "https://api.authing.cn", description: "The API host, e.g. `https://api.authing.cn`, or a private deployment's." } },
    },
  ],
  security: [{ accessKeySignature: [] }],
  tags: areas.map((name) => ({ name, description: tagDescription(name) })),
  paths,
  components: {
    securitySchemes: {
      accessKeySignature: {
        type: "apiKey",
        in: "header",
        name: "authorization",
        description:
          "`authing <accessKeyId>:<base64 HMAC-SHA1 signature>` over the request, computed per attempt with the user pool's access key secret (see the document's description). The secret itself is never sent.",
      },
    },
    schemas,
  },
};

function tagDescription(area) {
  const text = area.replace(/^(Manage|Get) /, "").replace(/ Management$/, "");
  return `Operations of the area "${text}".`;
}

writeFileSync(
  join(ROOT, OUT),
  `# Converted from ${FACTS} by scripts/convert-management-facts.mjs, then maintained by hand.\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`,
);
console.log(`wrote ${OUT}: ${Object.values(paths).reduce((n, item) => n + Object.keys(item).length, 0)} operations, ${Object.keys(schemas).length} schemas`);
