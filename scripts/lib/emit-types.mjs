// @genauth/types: openapi-typescript's output, with each schema of `components` declared once as a
// named type of its own, for one API.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { generatedHeader } from "./header.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

/** The files of one API's types: `<typesDir>/openapi.ts` and `<typesDir>/schemas.ts`. */
export async function emitTypes(spec, { spec: specPath, typesDir, typesSpecifier }) {
  const header = generatedHeader(specPath);
  const ast = await openapiTS(structuredClone(spec), { silent: true, alphabetize: false });
  // Each schema's type moves from `components["schemas"]` to `schemas.ts` as `export type <Name>`,
  // and `components["schemas"]["<Name>"]` refers to it. TypeScript shows a type by the name of the
  // alias that declares it, so editors and compiler errors then say `CreateUserReqDto`, also where
  // one schema nests another, instead of spelling out its properties.
  const schemaTypes = new Map();
  const openapiAst = ast.map((node) => (isComponents(node) ? withNamedSchemas(node, schemaTypes) : node));
  const openapi = `${header}/* eslint-disable */\nimport type * as Schemas from "./schemas.js";\n\n${documentRoots(astToString(openapiAst), typesSpecifier)}`;

  const aliases = [...schemaTypes].map(([name, type]) => {
    const description = spec.components.schemas[name].description;
    const alias = ts.factory.createTypeAliasDeclaration([ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)], name, undefined, type);
    return `${docComment(description ? [escapeTsdoc(description)] : [])}${astToString(alias)}`;
  });
  const schemas = `${header}import type { components } from "./openapi.js";\n\n${aliases.join("\n")}`;

  return {
    [`${typesDir}/openapi.ts`]: openapi,
    [`${typesDir}/schemas.ts`]: schemas,
  };
}

function isComponents(node) {
  return ts.isInterfaceDeclaration(node) && node.name.text === "components";
}

/** `components` with each member of `schemas` replaced by a reference to `Schemas.<Name>`, whose type goes into `schemaTypes`. */
function withNamedSchemas(components, schemaTypes) {
  const members = components.members.map((member) => {
    if (member.name?.text !== "schemas" || !ts.isTypeLiteralNode(member.type)) return member;
    const schemas = member.type.members.map((schema) => {
      const name = schema.name.text;
      schemaTypes.set(name, schema.type);
      const reference = ts.factory.createTypeReferenceNode(ts.factory.createQualifiedName(ts.factory.createIdentifier("Schemas"), name));
      return ts.factory.updatePropertySignature(schema, schema.modifiers, schema.name, schema.questionToken, reference);
    });
    return ts.factory.updatePropertySignature(
      member,
      member.modifiers,
      member.name,
      member.questionToken,
      ts.factory.updateTypeLiteralNode(member.type, ts.factory.createNodeArray(schemas)),
    );
  });
  return ts.factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    members,
  );
}

/** TSDoc for openapi-typescript's root interfaces, which it emits bare (typedoc requires docs on every export). */
function documentRoots(source, typesSpecifier) {
  const docs = {
    paths: "Every path of the API, by URL template and HTTP method.",
    components: `Every schema of the API under \`components["schemas"]\`, each the named type of \`${typesSpecifier}\` that declares it.`,
    operations: "Every operation by `operationId`: its parameters, request body and responses.",
  };
  return source.replace(/^export interface (paths|components|operations) \{/gm, (line, name) => `/** ${docs[name]} */\n${line}`);
}
