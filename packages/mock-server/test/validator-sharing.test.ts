// Every server of a spec shares its compiled schema checks: a test suite that starts a server per
// test compiles each operation's checks once, rather than once per server, which kept them all.
import { expect, it } from "vitest";
import { managementSpec } from "../src/generated/management-spec.js";
import { spec } from "../src/generated/spec.js";
import { Router } from "../src/router.js";
import type { OpenApiDocument } from "../src/spec-types.js";
import { SpecValidator } from "../src/validation.js";

it.each([
  ["Authentication", spec, "/api/v3/get-wechat-access-token"],
  ["Management", managementSpec, "/api/v3/create-user"],
])("the %s API's routers of two servers get the same compiled checks", (_name, document, path) => {
  const operationOf = (router: Router) => {
    const match = router.match("POST", path);
    if (typeof match !== "object") throw new Error(`no route for POST ${path}`);
    return match.operation;
  };
  const first = operationOf(new Router(document as OpenApiDocument));
  const second = operationOf(new Router(document as OpenApiDocument));
  expect(first).not.toBe(second);
  const validator = SpecValidator.of(document as OpenApiDocument);
  expect(validator.for(first)).toBe(validator.for(second));
});
