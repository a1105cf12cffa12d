import { readFileSync } from "node:fs";

/** A query or path parameter of an official method, as the facts table describes it. */
export interface FactParameter {
  name: string;
  sdkName?: string;
  type: string;
  required: boolean;
  default?: string | number | boolean;
  enum?: (string | number)[];
  items?: { type: string; enum?: string[] };
}

/** One official method, as the facts table describes it. */
export interface FactOperation {
  sdkMethod: string;
  httpMethod: string;
  path: string;
  kind: "generated" | "handwritten";
  query: FactParameter[];
  pathParams: FactParameter[];
  body: string | null;
  /** `formData` where the official method's body argument is a form (authentication only). */
  bodyParamKind?: string;
  response: string | null;
  deprecated: boolean;
  notes: string;
  sdkSignature: string;
}

/** A property of a schema of the facts table: its type, and for `ref`, `array` and `object` what it holds. */
export interface FactProperty {
  type: string;
  ref?: string;
  enum?: (string | number)[];
  items?: FactProperty;
  oneOf?: FactProperty[];
}

/** A request or response schema of the facts table (the official SDK's model files). */
export interface FactSchema {
  type: string;
  required?: string[];
  properties?: Record<string, FactProperty>;
}

/** A facts table: the official methods and the schemas of their arguments. */
export interface Facts {
  operations: FactOperation[];
  schemas: Record<string, FactSchema>;
}

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../../specs/facts/${name}`, import.meta.url), "utf8")) as Facts;

/** The copy of the official ManagementClient's facts table (specs/facts/). */
export const facts = load("genauth-management-api.json");

/** The copy of the official AuthenticationClient's facts table (specs/facts/), for tests that drive both clients. */
export const authenticationFacts = load("genauth-authentication-api.json");
