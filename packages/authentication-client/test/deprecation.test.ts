import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

// Type-checks a consumer file against the built declarations, the way an editor would.
const DIST = fileURLToPath(new URL("../dist/index.d.ts", import.meta.url));

function methodTags(name: string): ts.JSDocTagInfo[] {
  const program = ts.createProgram([DIST], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(DIST);
  const moduleSymbol = checker.getSymbolAtLocation(source as ts.SourceFile) as ts.Symbol;
  const client = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === "AuthenticationClient") as ts.Symbol;
  const instance = checker.getDeclaredTypeOfSymbol(client);
  const method = checker.getPropertyOfType(instance, name) as ts.Symbol;
  expect(method, `${name} exists on AuthenticationClient`).toBeDefined();
  return method.getJsDocTags(checker);
}

it("marks getWechatMpAccessToken @deprecated, pointing to getWechatMpAccessTokenInfo", () => {
  const deprecated = methodTags("getWechatMpAccessToken").find((tag) => tag.name === "deprecated");
  expect(deprecated).toBeDefined();
  expect(ts.displayPartsToString(deprecated?.text)).toContain("getWechatMpAccessTokenInfo");
});

it("does not mark getWechatMpAccessTokenInfo deprecated", () => {
  expect(methodTags("getWechatMpAccessTokenInfo").some((tag) => tag.name === "deprecated")).toBe(false);
});
