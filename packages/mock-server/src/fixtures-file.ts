import { readFileSync } from "node:fs";
import { resolveFixtures, type MockFixtures } from "./fixtures.js";

/**
 * Reads and checks a fixtures file for the CLI: JSON (a UTF-8 byte order mark at its start, which
 * Windows editors write, is skipped) whose fixtures `resolveFixtures` accepts. Every error names
 * the file, so a CI log says which one to fix.
 */
export function readFixturesFile(path: string): MockFixtures {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read fixtures file ${path}: ${(error as Error).message}`);
  }
  let fixtures: MockFixtures;
  try {
    fixtures = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`fixtures file ${path} is not valid JSON: ${jsonProblem(error as Error)}`);
  }
  try {
    resolveFixtures(fixtures);
  } catch (error) {
    throw new Error(`fixtures file ${path}: ${(error as Error).message}`);
  }
  return fixtures;
}

/**
 * What `JSON.parse` found wrong, without the text it quotes around the error: that text may be a
 * secret written with single quotes or none (`"appSecret": 'abc…'`).
 */
function jsonProblem(error: Error): string {
  return error.message.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, " (the text around it is not shown)");
}
