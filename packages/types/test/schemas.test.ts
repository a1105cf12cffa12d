import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parse } from "yaml";
import { expect, it } from "vitest";

const ENTRIES = [
  ["@genauth/types", "../dist/index.d.ts", "../../../specs/genauth-authentication.yaml"],
  ["@genauth/types/management", "../dist/management.d.ts", "../../../specs/genauth-management.yaml"],
] as const;

it.each(ENTRIES)("%s exports one named type per schema of its spec", (_entry, dist, spec) => {
  const DIST = fileURLToPath(new URL(dist, import.meta.url));
  const SPEC = parse(readFileSync(new URL(spec, import.meta.url), "utf8"));
  // Only the export list is read: skip the default lib and @types, which are most of the work.
  const program = ts.createProgram([DIST], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(DIST) as ts.SourceFile) as ts.Symbol;
  const exported = new Set(checker.getExportsOfModule(moduleSymbol).map((s) => s.name));
  const schemas = Object.keys(SPEC.components.schemas);
  expect(schemas.filter((name) => !exported.has(name))).toEqual([]);
  for (const name of ["paths", "components", "operations"]) expect(exported).toContain(name);
});

it.each(["../src/generated/openapi.ts", "../src/generated/management/openapi.ts"])("%s has no schema or parameter that accepts no field", (file) => {
  const generated = readFileSync(new URL(file, import.meta.url), "utf8");
  // openapi-typescript writes `Record<string, never>` for an object schema without properties: an
  // object the API leaves open must say so (`additionalProperties: {}`), or no value but {} fits.
  const closed = generated
    .split("\n")
    .filter((line) => line.includes("Record<string, never>") && !/^\s*(export type (webhooks|\$defs)|(parameters|query|header|path|cookie)\??:)/.test(line));
  expect(closed).toEqual([]);
});

it("names a schema's type in compiler messages, also where one schema nests another", () => {
  const consumer = fileURLToPath(new URL("./consumer.ts", import.meta.url));
  const source = `import type { CreateUserReqDto, components } from "../dist/management.js";
export const answer: number = null as unknown as components["schemas"]["UserSingleRespDto"];
export const nested: number = null as unknown as components["schemas"]["UserSingleRespDto"]["data"];
export const body: number = null as unknown as CreateUserReqDto;
`;
  const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noLib: true, types: [], strict: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => name === consumer || fileExists.call(host, name);
  host.getSourceFile = (name, version, ...rest) =>
    name === consumer ? ts.createSourceFile(name, source, version) : getSourceFile.call(host, name, version, ...rest);
  const program = ts.createProgram([consumer], options, host);
  const messages = program.getSemanticDiagnostics(program.getSourceFile(consumer)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(messages).toEqual([
    "Type 'UserSingleRespDto' is not assignable to type 'number'.",
    "Type 'UserDto' is not assignable to type 'number'.",
    "Type 'CreateUserReqDto' is not assignable to type 'number'.",
  ]);
});
