// Each client package: the `Models` namespace — one type per schema, and the official
// SDK's run-time enums (`Models.AppQRCodeLoginDto.action.APP_LOGIN`) for every property that
// carries `x-enum-varnames`.
import { generatedHeader } from "./header.mjs";
import { docComment, escapeTsdoc } from "./tsdoc.mjs";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `<packageDir>/src/generated/models.ts` of one client. */
export function emitModels(spec, { spec: specPath, packageDir, typesSpecifier, apiName }) {
  const schemas = spec.components?.schemas ?? {};
  const names = Object.keys(schemas).sort();
  // A plain re-export keeps the documentation of @genauth/types' alias (editors show it) without
  // a second copy; a model with enums needs a local alias for its namespace to merge with.
  const plain = names.filter((name) => !enumProperties(schemas[name]).length);
  const blocks = names.filter((name) => !plain.includes(name)).map((name) => modelBlock(name, schemas[name], apiName));
  return {
    [`${packageDir}/src/generated/models.ts`]: `${generatedHeader(specPath)}import type * as Schemas from "${typesSpecifier}";

export type {
${plain.map((name) => `  ${name},`).join("\n")}
} from "${typesSpecifier}";
${blocks.join("")}`,
  };
}

function modelBlock(name, schema, apiName) {
  const description = [schema.description ? escapeTsdoc(schema.description.trim()) : `The \`${name}\` model of the ${apiName}.`];
  let text = `\n${docComment(description)}export type ${name} = Schemas.${name};\n`;
  const enums = enumProperties(schema);
  const values = [];
  const types = [];
  for (const { property, values: enumValues, names } of enums) {
    if (!IDENTIFIER.test(property)) throw new Error(`${name}.${property}: enum property is not an identifier`);
    if (new Set(names).size !== names.length) throw new Error(`${name}.${property}: x-enum-varnames has duplicates`);
    const entries = enumValues.map((value, i) => {
      const member = names[i];
      if (!IDENTIFIER.test(member ?? "")) throw new Error(`${name}.${property}: bad enum member name ${member}`);
      return `    ${member}: ${JSON.stringify(value)},`;
    });
    values.push(`  /** The values of \`${name}.${property}\`, by member name. */
  ${property}: {
${entries.join("\n")}
  },
`);
    const memberTypes = names.map(
      (member, i) =>
        `    /** The type of \`${property}.${member}\`: ${escapeTsdoc(JSON.stringify(enumValues[i]))}. */\n    export type ${member} = typeof ${name}.${property}.${member};`,
    );
    types.push(`  /** One of the values of \`${name}.${property}\`. */
  export type ${property} = (typeof ${name}.${property})[keyof typeof ${name}.${property}];
  /** Each member's own type, as the official SDK's enum members are types (\`${name}.${property}.${names[0]}\`). */
  export namespace ${property} {
${memberTypes.join("\n")}
  }
`);
  }
  // The values as a plain object, which bundlers drop when it is unused, and a namespace of types
  // only, for `Models.<Model>.<property>` and `Models.<Model>.<property>.<MEMBER>` as types;
  // TypeScript merges both with the alias.
  text += `/** Run-time enums of {@link ${name}}'s properties, named as in the official SDK. */
export const ${name} = {
${values.join("")}} as const;
/** The types of {@link ${name}}'s enum properties: one of each property's values. */
export namespace ${name} {
${types.join("")}}
`;
  return text;
}

/** Properties (of the schema or of its `allOf` parts) whose values have SDK member names. */
function enumProperties(schema) {
  const found = [];
  const visit = (node) => {
    for (const [property, value] of Object.entries(node?.properties ?? {})) {
      const names = value?.["x-enum-varnames"];
      if (!names) continue;
      if (!Array.isArray(value.enum) || value.enum.length !== names.length) {
        throw new Error(`${property}: x-enum-varnames must name every enum value`);
      }
      found.push({ property, values: value.enum, names });
    }
    for (const part of node?.allOf ?? []) visit(part);
  };
  visit(schema);
  return found;
}
