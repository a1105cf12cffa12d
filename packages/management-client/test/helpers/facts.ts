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

/** One official `ManagementClient` method, as the facts table describes it. */
export interface FactOperation {
  sdkMethod: string;
  httpMethod: string;
  path: string;
  kind: "generated" | "handwritten";
  query: FactParameter[];
  pathParams: FactParameter[];
  body: string | null;
  response: string | null;
  deprecated: boolean;
  notes: string;
  sdkSignature: string;
}

/** The copy of the official ManagementClient's facts table (specs/facts/). */
export const facts = JSON.parse(readFileSync(new URL("../../../../specs/facts/genauth-management-api.json", import.meta.url), "utf8")) as {
  operations: FactOperation[];
};
