import { readFileSync } from "node:fs";

/** One parameter of an operation in the facts table. */
export interface FactParameter {
  name: string;
  /** The official SDK's argument name, when it differs from `name`. */
  sdkName?: string;
  type: string;
  required: boolean;
  enum?: string[];
  default?: unknown;
}

/** One operation of the facts table (`specs/facts/genauth-authentication-api.json`). */
export interface FactOperation {
  sdkMethod: string;
  httpMethod: string;
  path: string;
  kind: "generated" | "handwritten";
  query: FactParameter[];
  pathParams: FactParameter[];
  body: string | null;
  bodyParamKind?: string;
  response: string | null;
  deprecated: boolean;
  notes: string;
  sdkSignature: string;
}

/** The copy of the facts table read from `authing-node-sdk` 4.0.2. */
export const facts = JSON.parse(readFileSync(new URL("../../../../specs/facts/genauth-authentication-api.json", import.meta.url), "utf8")) as {
  operations: FactOperation[];
};
