// What `pnpm generate` makes, per API: one spec, its types in @genauth/types, and its client
// package's operation table, method interface, standalone functions and `Models`. Both clients
// come out of the same emitters; only this configuration differs.

/**
 * @typedef {object} ClientConfig
 * @property {string} spec - the OpenAPI document, relative to the repository root
 * @property {string} typesDir - where @genauth/types keeps the API's generated types
 * @property {string} typesSpecifier - the import specifier of those types
 * @property {string} packageDir - the client package
 * @property {string} className - the client class, for documentation
 * @property {string} methodsInterface - the generated interface the class merges
 * @property {string} methodsFile - its file name under `src/generated/`
 * @property {string} coreType - the type of the standalone functions' first argument (`src/create-core.ts`)
 * @property {string} apiName - the API's name in documentation
 * @property {string[]} [publicNames] - request fields whose names look secret but which hold
 *   identifiers, settings or public values in this API (scripts/lib/secret-fields.mjs)
 */

/** @type {ClientConfig[]} */
export const CLIENTS = [
  {
    spec: "specs/genauth-authentication.yaml",
    typesDir: "packages/types/src/generated",
    typesSpecifier: "@genauth/types",
    packageDir: "packages/authentication-client",
    className: "AuthenticationClient",
    methodsInterface: "AuthenticationMethods",
    methodsFile: "authentication-methods.ts",
    coreType: "AuthenticationCore",
    apiName: "GenAuth Authentication API",
  },
  {
    spec: "specs/genauth-management.yaml",
    typesDir: "packages/types/src/generated/management",
    typesSpecifier: "@genauth/types/management",
    packageDir: "packages/management-client",
    className: "ManagementClient",
    methodsInterface: "ManagementMethods",
    methodsFile: "management-methods.ts",
    coreType: "ManagementCore",
    apiName: "GenAuth Management API",
    publicNames: [
      // Codes here name things in the user pool (roles, groups, resources, departments,
      // organizations, namespaces, posts, models, scenes…); they appear in the server's messages
      // about those things.
      "code",
      "codes",
      "codeList",
      "codePath",
      "newCode",
      "authorizedPoliciesCode",
      "dataResourceCode",
      "departmentCode",
      "groupCode",
      "modelCode",
      "namespaceCodeList",
      "namespaceCodes",
      "nodeCode",
      "organizationCodeList",
      "organizationNewCode",
      "parentDepartmentCode",
      "postCodes",
      "principalCode",
      "resourceNodeCode",
      "resourceNodeCodes",
      "rightsModelCode",
      "sceneCode",
      "syncIdentityProviderCode",
      "apiCode_department",
      "apiCode_employee",
      // Dialling codes.
      "inviteePhoneCountryCode",
      "mfaPhoneCountryCode",
      // Keys that name fields, options and records; the public half of an access key.
      "key",
      "parentKey",
      "targetKey",
      "showFieldKey",
      "relationShowKey",
      "operateKey",
      "accessKeyId",
      // Search terms, settings and the source code of a pipeline function.
      "keywords",
      "qrcodeType",
      "qrcodeExtIdpConnId",
      "qrcodeExpiresInUnit",
      "ticketExpiresInUnit",
      "ticket_url",
      "totpStatus",
      "sourceCode",
    ],
  },
];
