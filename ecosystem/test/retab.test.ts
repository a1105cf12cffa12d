// The build's tab indentation (scripts/finish-dist.mjs) may change bytes, never meaning.
import { describe, expect, it } from "vitest";
import { retab } from "../../scripts/lib/retab.mjs";

describe("retab", () => {
  it("turns leading four-space groups into tabs and leaves the rest of each line alone", () => {
    const declaration = "export interface A {\n    /**\n     * Example:\n     *     indented    code\n     */\n    a: {\n        b: string;\n      };\n}\n";
    expect(retab(declaration)).toBe("export interface A {\n\t/**\n\t * Example:\n\t *     indented    code\n\t */\n\ta: {\n\t\tb: string;\n\t  };\n}\n");
  });

  it("indents a module with tabs when its code stays the same", () => {
    const code = "export function f(x) {\n    if (x) {\n        return `one line ${x}`;\n    }\n}\n";
    expect(retab(code, { module: true })).toBe("export function f(x) {\n\tif (x) {\n\t\treturn `one line ${x}`;\n\t}\n}\n");
  });

  it("takes esbuild's two-space indentation when told", () => {
    expect(retab("if (x) {\n  f({\n    a: 1\n  });\n}\n", { module: true, width: 2 })).toBe("if (x) {\n\tf({\n\t\ta: 1\n\t});\n}\n");
  });

  it("leaves a module alone when a multi-line template literal holds indentation", () => {
    const code = "export function f() {\n    return `first\n    second`;\n}\n";
    expect(retab(code, { module: true })).toBe(code);
  });
});
