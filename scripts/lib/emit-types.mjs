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
  // and every reference to it names it. TypeScript shows a type by the name of the alias that
  // declares it, so editors, compiler errors and the API reference say `CreateUserReqDto`, also
  // where one schema nests another, instead of spelling out its properties.
  const schemaTypes = new Map();
  const openapiAst = ast.map((node) => (isComponents(node) ? withNamedSchemas(node, schemaTypes) : node));
  const openapi = `${header}/* eslint-disable */\nimport type * as Schemas from "./schemas.js";\n\n${documentRoots(print(openapiAst, "Schemas"), typesSpecifier)}`;

  const aliases = [...schemaTypes].map(([name, type]) => {
    const description = spec.components.schemas[name].description;
    const alias = ts.factory.createTypeAliasDeclaration([ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)], name, undefined, type);
    return `${docComment(description ? [escapeTsdoc(description)] : [])}${print([alias])}`;
  });
  const schemas = `${header}\n${aliases.join("\n")}`;

  return {
    [`${typesDir}/openapi.ts`]: openapi,
    [`${typesDir}/schemas.ts`]: schemas,
  };
}

/**
 * The source of `nodes`, with `components["schemas"]["<Name>"]` written as `<namespace>.<Name>`
 * (or `<Name>` without a namespace) and openapi-typescript's doc comments as TSDoc.
 */
function print(nodes, namespace) {
  const { transformed } = ts.transform(nodes, [
    (context) => (root) =>
      ts.visitNode(root, function visit(node) {
        tidyDocComment(node);
        const name = schemaReference(node);
        if (name === undefined) return ts.visitEachChild(node, visit, context);
        return ts.factory.createTypeReferenceNode(namespace ? ts.factory.createQualifiedName(ts.factory.createIdentifier(namespace), name) : name);
      }),
  ]);
  return astToString(transformed);
}

/** The schema's name when `node` is `components["schemas"]["<Name>"]`. */
function schemaReference(node) {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const { objectType: root, indexType: group } = node.objectType;
  const literal = (type) => (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : undefined);
  if (!ts.isTypeReferenceNode(root) || root.typeName.text !== "components" || literal(group) !== "schemas") return undefined;
  return literal(node.indexType);
}

/**
 * openapi-typescript writes a description as a `@description` block and adds `@enum {string}`,
 * which editors show as tags; TSDoc reads the first text as the summary, and the type says the rest.
 */
function tidyDocComment(node) {
  const comments = ts.getSyntheticLeadingComments(node);
  if (!comments?.length) return;
  const tidied = comments
    .map((comment) => ({
      ...comment,
      text: comment.text
        .split("\n")
        .filter((line) => !/^\s*\*?\s*@enum \{[^}]*\}\s*$/.test(line))
        .map((line) => line.replace(/^(\s*\*\s*)@description /, "$1"))
        .join("\n"),
    }))
    .filter((comment) => comment.text.replace(/[\s*]/g, "") !== "");
  ts.setSyntheticLeadingComments(node, tidied);
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
