// @genauth/types: openapi-typescript's output plus one named alias per schema, for one API.
import openapiTS, { astToString } from "openapi-typescript";
import { generatedHeader } from "./header.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

/** The files of one API's types: `<typesDir>/openapi.ts` and `<typesDir>/schemas.ts`. */
export async function emitTypes(spec, { spec: specPath, typesDir, typesSpecifier }) {
  const header = generatedHeader(specPath);
  const ast = await openapiTS(structuredClone(spec), { silent: true, alphabetize: false });
  const openapi = `${header}/* eslint-disable */\n\n${documentRoots(astToString(ast), typesSpecifier)}`;

  const names = Object.keys(spec.components?.schemas ?? {});
  const aliases = names.map((name) => {
    const description = spec.components.schemas[name].description;
    return `${docComment(description ? [escapeTsdoc(description)] : [])}export type ${name} = components["schemas"]["${name}"];\n`;
  });
  const schemas = `${header}import type { components } from "./openapi.js";\n\n${aliases.join("\n")}`;

  return {
    [`${typesDir}/openapi.ts`]: openapi,
    [`${typesDir}/schemas.ts`]: schemas,
  };
}

/** TSDoc for openapi-typescript's root interfaces, which it emits bare (typedoc requires docs on every export). */
function documentRoots(source, typesSpecifier) {
  const docs = {
    paths: "Every path of the API, by URL template and HTTP method.",
    components: `Every schema of the API under \`components["schemas"]\`; the named aliases of \`${typesSpecifier}\` are shortcuts to them.`,
    operations: "Every operation by `operationId`: its parameters, request body and responses.",
  };
  return source.replace(/^export interface (paths|components|operations) \{/gm, (line, name) => `/** ${docs[name]} */\n${line}`);
}
