import type { RecordedRequest, RecordingServer } from "@genauth/mock-server";
import fc from "fast-check";
import type { FactOperation, FactParameter, FactProperty, Facts } from "./facts.js";

// The values, calls and wire comparison of test/wire-fuzz.test.ts: random calls of the facts'
// operations with adversarial arguments, sent through the official SDK and ours to one recording
// server, and what each sent, in a form that compares field by field.

// ---------------------------------------------------------------- values

/** Texts chosen to break encoders: reserved characters, quotes, unicode of every kind. */
const NASTY_TEXTS = [
  "",
  " ",
  "a b",
  "&",
  "=",
  "+",
  "#",
  "%",
  "%20",
  "%zz",
  "?",
  "/",
  "a/b?c=d&e#f",
  "'",
  '"',
  "\\",
  "[]",
  "a[b]",
  "~!*()'",
  ":$,;@",
  "é",
  "e\u0301",
  "𝒜",
  "😀👍🏽",
  "👨‍👩‍👧",
  "\u2028\u2029",
  "\t\n\r",
  "\u0000",
  "null",
  "undefined",
  "true",
  "0",
  "-0",
  " padded ",
  "__proto__",
  "constructor",
  "prototype",
];

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."&=+#%?/ '\"\\[]:$,~é𝒜\u0301"), maxLength: 8 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY_TEXTS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join("")) },
);

/** Texts a URL cannot carry (lone surrogates: `encodeURIComponent` throws on them). */
const loneSurrogate = fc.constantFrom("\ud800", "a\udfff", "\udc00b");

const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0,
      -0,
      -1,
      1,
      1.5,
      -2.25,
      0.1,
      1e-7,
      1e21,
      2 ** 31,
      2 ** 53,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
    ),
  },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Numbers JSON cannot carry. */
const unrepresentableNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

const aDate = fc.oneof(
  fc.constantFrom(new Date(0), new Date("2024-02-29T12:34:56.789Z"), new Date(-1)),
  fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }),
);

/** Any JSON-ish value, nested, with dates, nulls and undefined. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyText,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    aDate,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(nastyText, tie("value"), { maxKeys: 3 }),
  ),
})).value;

const text = fc.oneof({ weight: 9, arbitrary: nastyText }, { weight: 1, arbitrary: loneSurrogate });
const number = fc.oneof({ weight: 9, arbitrary: nastyNumber }, { weight: 1, arbitrary: unrepresentableNumber });

function typedScalar(type: string, enumValues: (string | number)[] | undefined): fc.Arbitrary<unknown> {
  switch (type) {
    case "number":
      return number;
    case "boolean":
      return fc.boolean();
    case "enum":
      return enumValues?.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...enumValues) }, { weight: 1, arbitrary: text }) : text;
    default:
      return text;
  }
}

/** A value for a property of the facts' schemas, nested up to `depth`; sometimes of another type, as untyped callers pass. */
function propertyValue(facts: Facts, p: FactProperty | undefined, depth: number, wrongTypes: boolean): fc.Arbitrary<unknown> {
  let typed: fc.Arbitrary<unknown>;
  if (!p) typed = anyValue;
  else if (p.type === "ref" && p.ref) typed = depth > 0 ? schemaValue(facts, p.ref, depth - 1) : fc.constant({});
  else if (p.type === "array") typed = depth > 0 ? fc.array(propertyValue(facts, p.items, depth - 1, false), { maxLength: 3 }) : fc.constant([]);
  else if (p.type === "object") {
    const refs = (p.oneOf ?? []).filter((o) => o.type === "ref" && o.ref);
    typed =
      depth > 0 && refs.length
        ? fc.oneof(...refs.map((r) => schemaValue(facts, r.ref as string, depth - 1)))
        : fc.dictionary(nastyText, anyValue, { maxKeys: 3 });
  } else if (p.type === "string") typed = fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: aDate });
  else typed = typedScalar(p.type, p.enum);
  return fc.oneof(
    { weight: 8, arbitrary: typed },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    ...(wrongTypes && depth > 0 ? [{ weight: 1, arbitrary: anyValue }] : []),
  );
}

/** An object of schema `name`: a random subset of its properties, sometimes with unknown fields. */
export function schemaValue(facts: Facts, name: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, p] of Object.entries(facts.schemas[name]?.properties ?? {})) record[key] = propertyValue(facts, p, depth, true);
  const extra = fc.dictionary(nastyText, anyValue, { maxKeys: 2 });
  return fc
    .tuple(fc.record(record, { requiredKeys: [] }), fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extra }))
    .map(([known, unknown]) => ({ ...unknown, ...known }));
}

/** A value for a query parameter of the facts; sometimes of another type (a Date for a time typed number…). */
function queryValue(p: FactParameter): fc.Arbitrary<unknown> {
  let typed: fc.Arbitrary<unknown>;
  if (p.type === "array") {
    const item = p.items?.enum?.length ? fc.oneof(fc.constantFrom(...p.items.enum), nastyText) : typedScalar(p.items?.type ?? "string", undefined);
    typed = fc.array(fc.oneof({ weight: 6, arbitrary: item }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 4 });
  } else if (p.type === "object") {
    typed = fc.dictionary(nastyText, anyValue, { maxKeys: 3 });
  } else {
    typed = typedScalar(p.type, p.enum);
  }
  return fc.oneof(
    { weight: 10, arbitrary: typed },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.oneof(aDate, nastyNumber, fc.boolean(), nastyText, anyValue, fc.dictionary(nastyText, anyValue, { maxKeys: 3 })) },
  );
}

// ---------------------------------------------------------------- calls

/** One call: the method's name and its arguments. */
export interface Case {
  method: string;
  args: unknown[];
}

/** Whether the official method takes its query fields one by one rather than in one object. */
export const positionalQuery = (op: FactOperation) => op.query.length > 0 && !op.sdkSignature.startsWith("{");

/** Whether the official method takes one query object whose fields are all optional. */
export const optionalQueryObject = (op: FactOperation) => op.query.length > 0 && !positionalQuery(op) && op.query.every((p) => !p.required);

/** Arguments for an operation of the facts: path parameters, the query (an object or its fields), the body. */
export function argumentsOf(facts: Facts, op: FactOperation): fc.Arbitrary<unknown[]> {
  const parts: fc.Arbitrary<unknown[]>[] = [];
  // A path segment of `.` or `..` is resolved away by URL parsing, on either side.
  const segment = fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s !== "." && s !== "..");
  if (op.pathParams.length) parts.push(fc.tuple(...op.pathParams.map(() => segment)));
  if (positionalQuery(op)) parts.push(fc.tuple(...op.query.map(queryValue)));
  else if (op.query.length) {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const p of op.query) record[p.sdkName ?? p.name] = queryValue(p);
    const extra = fc.dictionary(fc.constantFrom("extra", "unknown field", "a&b", "page[]"), fc.oneof(fc.string(), fc.integer()), { maxKeys: 2 });
    const query = fc
      .tuple(fc.record(record, { requiredKeys: [] }), fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extra }))
      .map(([fields, unknown]) => ({ ...unknown, ...fields }));
    const leftOut = optionalQueryObject(op) ? [{ weight: 1, arbitrary: fc.constant(undefined) }] : [];
    parts.push(fc.oneof({ weight: 9, arbitrary: query }, ...leftOut).map((q) => [q]));
  }
  if (op.body) parts.push((op.bodyParamKind === "formData" ? fc.record({ token: nastyText }) : schemaValue(facts, op.body, 2)).map((b) => [b]));
  return fc.tuple(...parts).map((lists) => lists.flat());
}

/** What a client did with a call: the request it sent, or what it threw before sending any. */
export type Outcome = { sent: RecordedRequest } | { threw: unknown };

/** Calls `method` of `client` with a copy of `args` (so neither side sees what the other changed). */
export async function outcomeOf(server: RecordingServer, client: object, method: string, args: unknown[]): Promise<Outcome> {
  const before = server.requests.length;
  let threw: unknown;
  let failed = false;
  try {
    await (client as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]?.(...structuredClone(args));
  } catch (error) {
    threw = error;
    failed = true;
  }
  if (server.requests.length > before) return { sent: server.last() };
  if (!failed) throw new Error(`${method} resolved without sending a request`);
  return { threw };
}

/** The name of what was thrown: `GenAuthConfigError`, `TypeError`… */
export const errorName = (thrown: unknown) => (thrown instanceof Error ? thrown.name : typeof thrown);

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);

/**
 * The query parameters' names under which ours sends a key axios leaves out: one named
 * `__proto__`, `constructor` or `prototype` reached through objects alone (axios copies a query
 * object's nested objects without those keys, and arrays as they are), written as ours writes
 * member names: as given, in brackets.
 */
export function unsafeQueryNames(op: FactOperation, args: unknown[]): string[] {
  const at = op.pathParams.length;
  const query = args[at];
  const values = op.query.map((p, i): [string, unknown] => [
    p.name,
    positionalQuery(op) ? args[at + i] : isObject(query) ? query[p.sdkName ?? p.name] : undefined,
  ]);
  const names: string[] = [];
  const walk = (value: unknown, name: string) => {
    if (!isObject(value)) return;
    for (const [key, member] of Object.entries(value)) {
      if (UNSAFE_KEYS.has(key)) names.push(`${name}[${key}]`);
      else walk(member, `${name}[${key}]`);
    }
  };
  for (const [name, value] of values) walk(value, name);
  return names;
}

/** A JSON body without the keys axios leaves out: `__proto__`, `constructor` and `prototype`, reached through objects alone. */
export function withoutUnsafeKeys(value: unknown): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!UNSAFE_KEYS.has(k)) Object.defineProperty(out, k, { value: withoutUnsafeKeys(v), enumerable: true });
  return out;
}

// ---------------------------------------------------------------- the wire

/** A request in the form the comparison reads: the query as the parameters a server reads, the body as text. */
export interface Wire {
  method: string;
  rawPath: string;
  query: [string, string][];
  /** Whether the target ends with a `?` and nothing after it. */
  bareQuestionMark: boolean;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export const wireOf = (r: RecordedRequest): Wire => ({
  method: r.method,
  rawPath: r.rawPath,
  query: [...r.query],
  bareQuestionMark: r.rawQuery === "",
  body: r.body,
  headers: { ...r.headers },
});

/** Each field where `ours` differs from `theirs`, as a line for the failure message. */
export function wireDifferences(theirs: Wire, ours: Wire, headers: string[]): string[] {
  const out: string[] = [];
  const show = (value: unknown) => JSON.stringify(value);
  const check = (field: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) out.push(`${field}: official ${show(a)}, ours ${show(b)}`);
  };
  check("method", theirs.method, ours.method);
  check("path", theirs.rawPath, ours.rawPath);
  check("query", theirs.query, ours.query);
  check("bare ?", theirs.bareQuestionMark, ours.bareQuestionMark);
  check("body", theirs.body, ours.body);
  const signedNames = (w: Wire) =>
    Object.keys(w.headers)
      .filter((n) => n.startsWith("x-authing-"))
      .sort();
  check("x-authing-* header names", signedNames(theirs), signedNames(ours));
  for (const name of headers) check(`header ${name}`, theirs.headers[name], ours.headers[name]);
  return out;
}

/**
 * A query parameter's name with the whitespace next to the brackets of its members and a `[]`
 * closing a member removed, until none is left: what axios's trimming of member names and
 * dropping of their trailing `[]` leave of names either side sends.
 */
export function trimmedMemberNames(name: string): string {
  let previous: string;
  let current = name;
  do {
    previous = current;
    current = current
      .replace(/\[\s+/g, "[")
      .replace(/\s+\]/g, "]")
      .replace(/\[\]\]/g, "]");
  } while (current !== previous);
  return current;
}
