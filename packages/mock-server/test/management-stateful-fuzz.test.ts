import fc from "fast-check";
import { expect, it } from "vitest";
import { COMMANDS } from "./helpers/management-commands.js";
import { checkEverything, dataOf, ORGANIZATION } from "./helpers/management-invariants.js";
import { ManagementModel, RESOURCE } from "./helpers/management-model.js";
import { ManagementSession } from "./helpers/management-session.js";

// Model-based property of the Management API's state: random sequences of writes (users created,
// updated, resigned, deleted; roles, departments, groups, grants; sign-ins; the clock moved) over a
// small universe of identifiers and codes go to a fresh mock over HTTP, and a plain model
// (test/helpers/management-model.ts) says what each should answer and what should then exist.
// After each command the invariants it can have changed are checked; after the sequence, all of
// them (test/helpers/management-invariants.ts). A failure reports fast-check's shrunk sequence, its
// seed, and the command that replays it. test/robustness-fuzz.test.ts sends malformed requests;
// this one sends well-formed ones whose meaning collides.
//
// FUZZ_RUNS sets the sequences (default 100), FUZZ_COMMANDS their longest (default 25), FUZZ_SEED
// the seed (default: a new one each run, but a fixed one under CI, so that a change is judged by
// what it changed); FUZZ_PATH and FUZZ_REPLAY_PATH with FUZZ_SEED replay one counterexample.

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const MAX_COMMANDS = Number(process.env.FUZZ_COMMANDS ?? 25);
const CI_SEED = 20261202;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined;
const PATH = process.env.FUZZ_PATH;
const REPLAY_PATH = process.env.FUZZ_REPLAY_PATH;
// Generous: the default runs take a few seconds; this only stops a hung call.
const TIMEOUT = 60_000 + RUNS * 1_000;

/** A fresh mock with no users, organization `o` and resource `books` (actions `read`, `write`), and its model. */
async function setUp(s: ManagementSession): Promise<ManagementModel> {
  const organization = dataOf<{ departmentId: string }>(
    await s.post("create-organization", { organizationCode: ORGANIZATION, organizationName: "O", metadata: {} }),
  );
  const actions = ["read", "write"].map((name) => ({ name, description: name }));
  dataOf(await s.post("create-resource", { code: RESOURCE, type: "DATA", actions }));
  return new ManagementModel(s.now, organization.departmentId);
}

it(
  "the Management API's state follows the model through any sequence of writes",
  async () => {
    const property = fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: MAX_COMMANDS, size: "max", replayPath: REPLAY_PATH }), async (commands) => {
      const s = await ManagementSession.start({ fixtures: { users: [] } });
      try {
        const model = await setUp(s);
        await fc.asyncModelRun(() => ({ model, real: s }), commands);
        await checkEverything(s, model);
      } finally {
        await s.close();
      }
    });
    const details = await fc.check(property, { numRuns: RUNS, seed: SEED, path: PATH, includeErrorInReport: true });
    if (!details.failed) return;
    const replayPath = /replayPath="([^"]*)"/.exec(String(details.counterexample?.[0]))?.[1] ?? "";
    expect.fail(
      `${fc.defaultReportMessage(details)}\n\nReplay this counterexample from the repository root:\n` +
        `  FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} FUZZ_REPLAY_PATH='${replayPath}' ` +
        "corepack pnpm --filter @genauth/mock-server exec vitest run test/management-stateful-fuzz.test.ts",
    );
  },
  TIMEOUT,
);
