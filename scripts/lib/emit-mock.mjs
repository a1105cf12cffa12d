// @genauth/mock-server: the spec itself, as a module, so the server needs no YAML parser at run time.
import { generatedHeader } from "./header.mjs";
import { SPEC_PATH } from "./spec.mjs";

export function emitMock(spec) {
  const json = JSON.stringify(spec, null, 2);
  return {
    "packages/mock-server/src/generated/spec.ts": `${generatedHeader(SPEC_PATH)}import type { OpenApiDocument } from "../spec-types.js";

/** The GenAuth Authentication API document the mock server validates against. */
export const spec: OpenApiDocument = ${json};
`,
  };
}
