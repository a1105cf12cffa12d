import { createRequire } from "node:module";
import { AuthenticationClient } from "@genauth/authentication-client";
import { type RecordingServer, startRecordingServer } from "@genauth/mock-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManagementClient } from "../src/index.js";
import { authenticationFacts, type FactOperation, type Facts, facts } from "./helpers/facts.js";
import {
  argumentsOf,
  type Case,
  errorName,
  nastyText,
  type Outcome,
  optionalQueryObject,
  outcomeOf,
  schemaValue,
  trimmedMemberNames,
  unsafeQueryNames,
  type Wire,
  wireDifferences,
  wireOf,
  withoutUnsafeKeys,
} from "./helpers/wire-fuzz.js";

// Property-based wire comparison with the official authing-node-sdk: random operations of the
// facts tables (and the AuthenticationClient's signIn*/signUp* shortcuts) with adversarial
// arguments go through the official client and ours to one recording server; what arrives must
// be the same — verb, raw path, query parameters in order, body text, content type, the
// x-authing-* headers — but for the differences docs/migration.md lists, each undone by one
// normalisation below. Anything else fails with fast-check's shrunk counterexample, its seed, and
// the command that replays it. test/wire-parity.test.ts checks every operation once with plain
// values and the signatures; this one looks for the values that break encoders.
//
// FUZZ_RUNS sets the calls per client (default 1000), FUZZ_SEED the seed (default: a new one
// each run, but a fixed one under CI, so that a change is judged by what it changed), FUZZ_PATH
// with FUZZ_SEED replays one counterexample.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const CI_SEED = 20261201;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined;
const PATH = process.env.FUZZ_PATH;
// Generous: the default runs take a few seconds; this only stops a hung call.
const TIMEOUT = 60_000 + RUNS * 100;

type Client = Record<string, unknown>;
const require = createRequire(import.meta.url);
const official = require("authing-node-sdk") as {
  ManagementClient: new (options: Record<string, unknown>) => Client;
  AuthenticationClient: new (options: Record<string, unknown>) => Client;
};

/** What axios sends in `accept`. */
const AXIOS_ACCEPT = "application/json, text/plain, */*";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

/** Runs the property; on failure, throws fast-check's report with the command that replays the counterexample. */
async function assertSameWire(title: string, cases: fc.Arbitrary<Case>, differences: (c: Case) => Promise<string[]>) {
  const details = await fc.check(
    fc.asyncProperty(cases, async (c) => {
      const found = await differences(c);
      if (found.length) throw new Error(found.join("\n"));
    }),
    { numRuns: RUNS, seed: SEED, path: PATH, includeErrorInReport: true },
  );
  if (!details.failed) return;
  throw new Error(
    `${fc.defaultReportMessage(details)}\n\nReplay this counterexample from the repository root:\n` +
      `  FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} corepack pnpm --filter @genauth/management-client exec vitest run test/wire-fuzz.test.ts -t "${title}"`,
  );
}

/** The differences of two outcomes once normalised: both threw (ours a GenAuth error), or what each sent. */
function outcomeDifferences(theirs: Outcome, ours: Outcome, compare: (a: Wire, b: Wire) => string[]): string[] {
  if ("threw" in theirs && "threw" in ours)
    return /^GenAuth\w*Error$/.test(errorName(ours.threw)) ? [] : [`both throw, ours not a GenAuthError: ${String(ours.threw)}`];
  if ("threw" in theirs) return [`official throws ${String(theirs.threw)}; ours sends ${(ours as { sent: { rawPath: string } }).sent.rawPath}`];
  if ("threw" in ours) return [`ours throws ${String(ours.threw)}; official sends ${theirs.sent.method} ${theirs.sent.rawPath}`];
  return compare(wireOf(theirs.sent), wireOf(ours.sent));
}

/** The normalisations both clients share, one per difference of docs/migration.md's "Both clients" section. */
function normaliseShared(op: FactOperation | undefined, c: Case, theirs: Wire, ours: Wire): void {
  // "Keys axios drops": ours sends keys named __proto__, constructor or prototype; axios leaves them out.
  const unsafe = op ? unsafeQueryNames(op, c.args) : [];
  if (unsafe.length) ours.query = ours.query.filter(([name]) => !unsafe.some((u) => name === u || name.startsWith(`${u}[`)));
  if (/"(?:__proto__|constructor|prototype)":/.test(ours.body)) ours.body = JSON.stringify(withoutUnsafeKeys(JSON.parse(ours.body)));
  // "Member names of a query object": sent as given; axios trims them and drops a trailing [].
  for (const wire of [theirs, ours]) wire.query = wire.query.map(([name, value]) => [trimmedMemberNames(name), value]);
  // "Query text" (%20 for +, : $ , ' [ ] encoded) needs nothing: Wire.query holds the parameters as parsed.
}

/**
 * The path of the methods whose official SDK never fills the placeholder: the official's holds it
 * literally, ours the arguments, URL-encoded; both become the template when they are just that.
 */
function normaliseFilledPath(op: FactOperation, args: unknown[], theirs: Wire, ours: Wire): void {
  let i = 0;
  const filled = op.path.replace(/\{\w+\}/g, () => encodeURIComponent(String(args[i++])));
  if (theirs.rawPath === op.path.replace(/\{/g, "%7B").replace(/\}/g, "%7D") && ours.rawPath === filled) {
    theirs.rawPath = op.path;
    ours.rawPath = op.path;
  }
}

/** The content type of a request without a body: axios sends one, ours none. */
function normaliseBodilessContentType(theirs: Wire, ours: Wire): void {
  if (theirs.body === "" && ours.body === "" && ours.headers["content-type"] === undefined) delete theirs.headers["content-type"];
}

/** Builds the cases of a facts table's generated operations, looking each operation up by name. */
function casesOf(table: Facts) {
  const generated = table.operations.filter((o) => o.kind === "generated");
  const byName = new Map(generated.map((o) => [o.sdkMethod, o]));
  const cases = fc.constantFrom(...generated).chain((op) => argumentsOf(table, op).map((args): Case => ({ method: op.sdkMethod, args })));
  return { generated, byName, cases };
}

/**
 * The official call that a left-out query object stands for: the official method destructures its
 * argument and throws a TypeError on `undefined`, where ours sends the defaults, as the official
 * sends them for `{}`.
 */
async function officialOutcome(client: Client, op: FactOperation | undefined, c: Case): Promise<Outcome> {
  const theirs = await outcomeOf(server, client, c.method, c.args);
  const at = op?.pathParams.length ?? 0;
  if (op && "threw" in theirs && theirs.threw instanceof TypeError && optionalQueryObject(op) && c.args[at] === undefined) {
    const args = [...c.args];
    args[at] = {};
    return outcomeOf(server, client, c.method, args);
  }
  return theirs;
}

describe("ManagementClient", () => {
  const { generated, byName, cases } = casesOf(facts);
  // migration.md, ManagementClient table, "deleteById(id), deleteUserListById(id), deleteRiskListPolicyById(id)".
  const FILLED_PATHS = new Set(["deleteById", "deleteUserListById", "deleteRiskListPolicyById"]);
  let theirs: Client;
  let ours: Client;
  beforeAll(() => {
    const options = { accessKeyId: "fuzz-ak", accessKeySecret: "fuzz-sk", host: server.url, tenantId: "fuzz-tenant" };
    theirs = new official.ManagementClient({ ...options });
    ours = new ManagementClient({ ...options, maxRetries: 0 }) as unknown as Client;
  });

  const title = "sends what the official SDK sends, for random operations and adversarial arguments";
  it(
    title,
    async () => {
      await assertSameWire(`ManagementClient ${title}`, cases, async (c) => {
        const op = byName.get(c.method) as FactOperation;
        // migration.md, ManagementClient table, "Methods whose query fields are all optional, called without arguments".
        const a = await officialOutcome(theirs, op, c);
        const b = await outcomeOf(server, ours, c.method, c.args);
        return outcomeDifferences(a, b, (t, o) => {
          normaliseShared(op, c, t, o);
          if (FILLED_PATHS.has(c.method)) normaliseFilledPath(op, c.args, t, o);
          // migration.md, ManagementClient table, "content-type": only on a request with a body.
          normaliseBodilessContentType(t, o);
          // The nonce is random and the version names the SDK (migration.md, "x-authing-sdk-version").
          const byValue = Object.keys(t.headers).filter(
            (n) => n.startsWith("x-authing-") && n !== "x-authing-signature-nonce" && n !== "x-authing-sdk-version",
          );
          return wireDifferences(t, o, [...byValue, "accept", "content-type"]);
        });
      });
    },
    TIMEOUT,
  );

  it("fills exactly the paths migration.md lists, and sends the defaults for the 33 left-out query objects it counts", () => {
    expect(generated.filter((o) => o.pathParams.length).map((o) => o.sdkMethod)).toEqual(expect.arrayContaining([...FILLED_PATHS]));
    expect(generated.filter((o) => o.pathParams.length)).toHaveLength(FILLED_PATHS.size);
    expect(generated.filter(optionalQueryObject)).toHaveLength(33);
  });
});

describe("AuthenticationClient", () => {
  const { generated, byName, cases: generatedCases } = casesOf(authenticationFacts);
  // migration.md, Wire fixes, "Path parameters of removeCredential, …": never substituted by the official SDK.
  // migration.md, Wire fixes, "List methods whose query parameters are all optional".
  const OPTIONAL_QUERY_OBJECTS = [
    "getLoginHistory",
    "getRoleList",
    "getDepartmentList",
    "getAuthorizedResources",
    "getProfile",
    "listPublicAccountsForSwitchLoggedIn",
    "list",
    "getEnablePermissionApplyApplicationList",
    "initiatedList",
    "listWebAuthnCredentials",
  ];
  const FILLED_PATHS = new Set([
    "removeCredential",
    "updateWebAuthnCredential",
    "deleteWebAuthnCredential",
    "updateWebAuthnAdminCredential",
    "deleteWebAuthnAdminCredential",
  ]);

  /** The sign-in and sign-up shortcuts: the fields of their one argument, and the schemas of `options` and `profile`. */
  const SHORTCUTS: Record<string, { fields: string[]; options: string; profile?: string }> = {
    signInByEmailPassword: { fields: ["email", "password"], options: "SignInOptionsDto" },
    signInByPhonePassword: { fields: ["phone", "password"], options: "SignInOptionsDto" },
    signInByUsernamePassword: { fields: ["username", "password"], options: "SignInOptionsDto" },
    signInByAccountPassword: { fields: ["account", "password"], options: "SignInOptionsDto" },
    signInByEmailPassCode: { fields: ["email", "passCode"], options: "SignInOptionsDto" },
    signInByPhonePassCode: { fields: ["phone", "phoneCountryCode", "passCode"], options: "SignInOptionsDto" },
    signInByAD: { fields: ["sAMAccountName", "password"], options: "SignInOptionsDto" },
    signInByLDAP: { fields: ["sAMAccountName", "password"], options: "SignInOptionsDto" },
    signUpByEmailPassword: { fields: ["email", "password"], options: "SignUpOptionsDto", profile: "SignUpProfileDto" },
    signUpByUsernamePassword: { fields: ["username", "password"], options: "SignUpOptionsDto", profile: "SignUpProfileDto" },
    signUpByEmailCode: { fields: ["email", "passCode"], options: "SignUpOptionsDto", profile: "SignUpProfileDto" },
    signUpByPhoneCode: { fields: ["phone", "phoneCountryCode", "passCode"], options: "SignUpOptionsDto", profile: "SignUpProfileDto" },
  };
  const shortcutCases = fc.constantFrom(...Object.keys(SHORTCUTS)).chain((method) => {
    const s = SHORTCUTS[method] as (typeof SHORTCUTS)[string];
    const nullish = [
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
    ];
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of s.fields) record[f] = fc.oneof({ weight: 8, arbitrary: nastyText }, ...nullish);
    record.options = fc.oneof({ weight: 8, arbitrary: schemaValue(authenticationFacts, s.options, 2) }, ...nullish);
    if (s.profile) record.profile = fc.oneof({ weight: 8, arbitrary: schemaValue(authenticationFacts, s.profile, 2) }, ...nullish);
    record.extra = nastyText;
    return fc.record(record, { requiredKeys: s.fields.filter((f) => f !== "phoneCountryCode") }).map((arg): Case => ({ method, args: [arg] }));
  });
  const cases = fc.oneof({ weight: 5, arbitrary: generatedCases }, { weight: 1, arbitrary: shortcutCases });

  let theirs: Client;
  let ours: Client;
  beforeAll(() => {
    const options = { appId: "fuzz-app", appSecret: "fuzz-secret", appHost: server.url };
    theirs = new official.AuthenticationClient({ ...options });
    ours = new AuthenticationClient({ ...options, maxRetries: 0 }) as unknown as Client;
    for (const client of [theirs, ours]) (client.setAccessToken as (token: string) => void).call(client, "fuzz-access-token");
  });

  const title = "sends what the official SDK sends, for random operations and adversarial arguments";
  it(
    title,
    async () => {
      await assertSameWire(`AuthenticationClient ${title}`, cases, async (c) => {
        const op = byName.get(c.method);
        // migration.md, Wire fixes, "List methods whose query parameters are all optional".
        const a = await officialOutcome(theirs, op, c);
        const b = await outcomeOf(server, ours, c.method, c.args);
        return outcomeDifferences(a, b, (t, o) => {
          normaliseShared(op, c, t, o);
          if (op && FILLED_PATHS.has(c.method)) normaliseFilledPath(op, c.args, t, o);
          // migration.md, Wire fixes, "POST without a body": no body and no content-type.
          normaliseBodilessContentType(t, o);
          // migration.md, Wire fixes, "verifyMfaToken(formData)": the official sends an empty POST; ours the form.
          const form = JSON.stringify(Object.entries(c.args[0] ?? {}));
          if (c.method === "verifyMfaToken" && t.body === "" && JSON.stringify([...new URLSearchParams(o.body)]) === form) o.body = "";
          // migration.md, Both clients, "accept": */* (the fetch default) where axios sends its own.
          if (o.headers.accept === "*/*" && t.headers.accept === AXIOS_ACCEPT) o.headers.accept = AXIOS_ACCEPT;
          // The version names the SDK.
          const byValue = Object.keys(t.headers).filter((n) => n.startsWith("x-authing-") && n !== "x-authing-sdk-version");
          return wireDifferences(t, o, [...byValue, "authorization", "accept", "content-type"]);
        });
      });
    },
    TIMEOUT,
  );

  it("fills exactly the paths migration.md lists, and sends the defaults for exactly the left-out query objects it lists", () => {
    expect(generated.filter((o) => o.pathParams.length).map((o) => o.sdkMethod)).toEqual(expect.arrayContaining([...FILLED_PATHS]));
    expect(generated.filter((o) => o.pathParams.length)).toHaveLength(FILLED_PATHS.size);
    expect(generated.filter(optionalQueryObject).map((o) => o.sdkMethod)).toEqual(expect.arrayContaining(OPTIONAL_QUERY_OBJECTS));
    expect(generated.filter(optionalQueryObject)).toHaveLength(OPTIONAL_QUERY_OBJECTS.length);
  });
});
