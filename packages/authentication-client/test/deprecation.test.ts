import { fileURLToPath } from "node:url";
import { spec } from "@genauth/mock-server";
import ts from "typescript";
import { expect, it } from "vitest";

// Type-checks a consumer file against the built declarations, the way an editor would.
const DIST = fileURLToPath(new URL("../dist/index.d.ts", import.meta.url));

let client: { checker: ts.TypeChecker; instance: ts.Type } | undefined;
function clientType() {
  // One program for every test; only declarations are read, so the default lib is not needed.
  if (!client) {
    const program = ts.createProgram([DIST], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noLib: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(DIST) as ts.SourceFile) as ts.Symbol;
    const symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === "AuthenticationClient") as ts.Symbol;
    client = { checker, instance: checker.getDeclaredTypeOfSymbol(symbol) };
  }
  return client;
}

function methodTags(name: string): ts.JSDocTagInfo[] {
  const { checker, instance } = clientType();
  const method = checker.getPropertyOfType(instance, name) as ts.Symbol;
  expect(method, `${name} exists on AuthenticationClient`).toBeDefined();
  return method.getJsDocTags(checker);
}

const deprecated = Object.values(spec.paths)
  .flatMap((item) => Object.values(item) as { deprecated?: boolean; "x-sdk-method"?: string; "x-sdk-replacement"?: string }[])
  .filter((op) => op.deprecated === true);

it("marks getWechatMpAccessToken @deprecated, pointing to getWechatMpAccessTokenInfo", () => {
  const tag = methodTags("getWechatMpAccessToken").find((t) => t.name === "deprecated");
  expect(tag).toBeDefined();
  expect(ts.displayPartsToString(tag?.text)).toContain("getWechatMpAccessTokenInfo");
});

it("does not mark getWechatMpAccessTokenInfo deprecated", () => {
  expect(methodTags("getWechatMpAccessTokenInfo").some((tag) => tag.name === "deprecated")).toBe(false);
});

it("marks every deprecated operation of the spec @deprecated, naming its replacement", () => {
  expect(deprecated.map((op) => op["x-sdk-method"]).sort()).toEqual([
    "changePushCodeStatus",
    "changeQrCodeStatus",
    "checkQrCodeStatus",
    "getWechatMpAccessToken",
  ]);
  for (const op of deprecated) {
    const tag = methodTags(String(op["x-sdk-method"])).find((t) => t.name === "deprecated");
    expect(tag, `${op["x-sdk-method"]} is @deprecated`).toBeDefined();
    expect(ts.displayPartsToString(tag?.text)).toContain(String(op["x-sdk-replacement"]));
  }
});
