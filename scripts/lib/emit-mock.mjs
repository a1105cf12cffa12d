// @genauth/mock-server: the specs themselves, as modules, so the server needs no YAML parser at run time.
import { generatedHeader } from "./header.mjs";
import { MANAGEMENT_SPEC_PATH, SPEC_PATH } from "./spec.mjs";

/** The mock server's spec modules: the Authentication API's and the Management API's. */
export function emitMock(spec, managementSpec) {
  return {
    "packages/mock-server/src/generated/spec.ts": specModule(
      SPEC_PATH,
      "spec",
      "The GenAuth Authentication API document the mock server validates against.",
      spec,
    ),
    "packages/mock-server/src/generated/management-spec.ts": specModule(
      MANAGEMENT_SPEC_PATH,
      "managementSpec",
      "The GenAuth Management API document the mock server validates signed management requests against.",
      managementSpec,
    ),
  };
}

function specModule(path, name, doc, spec) {
  return `${generatedHeader(path)}import type { OpenApiDocument } from "../spec-types.js";

/** ${doc} */
export const ${name}: OpenApiDocument = ${JSON.stringify(spec, null, 2)};
`;
}
