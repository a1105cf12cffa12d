// @genauth/types: openapi-typescript's output plus one named alias per schema.
import openapiTS, { astToString } from "openapi-typescript";
import { GENERATED_HEADER } from "./header.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

const DIR = "packages/types/src/generated";

export async function emitTypes(spec) {
  const ast = await openapiTS(structuredClone(spec), { silent: true, alphabetize: false });
  const openapi = `${GENERATED_HEADER}/* eslint-disable */\n\n${documentRoots(astToString(ast))}`;

  const names = Object.keys(spec.components?.schemas ?? {});
  const aliases = names.map((name) => {
    const description = spec.components.schemas[name].description;
    return `${docComment(description ? [escapeTsdoc(description)] : [])}export type ${name} = components["schemas"]["${name}"];\n`;
  });
  const schemas = `${GENERATED_HEADER}import type { components } from "./openapi.js";\n\n${aliases.join("\n")}`;

  return {
    [`${DIR}/openapi.ts`]: openapi,
    [`${DIR}/schemas.ts`]: schemas,
  };
}

/** TSDoc for openapi-typescript's root interfaces, which it emits bare (typedoc requires docs on every export). */
const ROOT_DOCS = {
  paths: "Every path of the API, by URL template and HTTP method.",
  components: 'Every schema of the API under `components["schemas"]`; the named aliases of `@genauth/types` are shortcuts to them.',
  operations: "Every operation by `operationId`: its parameters, request body and responses.",
};

function documentRoots(source) {
  return source.replace(/^export interface (paths|components|operations) \{/gm, (line, name) => `/** ${ROOT_DOCS[name]} */\n${line}`);
}
