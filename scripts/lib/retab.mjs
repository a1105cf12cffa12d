// Tab indentation for built files (see scripts/finish-dist.mjs).
import { transformSync } from "esbuild";

const minified = (code) => transformSync(code, { minify: true, format: "esm", target: "esnext", legalComments: "none" }).code;

/**
 * `text` with each line's leading groups of `width` spaces (tsc indents by 4, esbuild by 2) turned
 * into tabs; the rest of a line, and so code samples inside comments, is left alone. For a
 * `module` (JavaScript), the original is returned when the change would alter its minified form,
 * i.e. when a multi-line template literal carries the indentation in its value.
 */
export function retab(text, { module = false, width = 4 } = {}) {
  const after = text.replace(new RegExp(`^(?: {${width}})+`, "gm"), (run) => "\t".repeat(run.length / width));
  if (after === text || (module && minified(after) !== minified(text))) return text;
  return after;
}
