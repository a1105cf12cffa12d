/** The parts of an OpenAPI 3.1 document the mock server reads. */
export interface OpenApiDocument {
  /** OpenAPI version, e.g. `3.1.0`. */
  openapi: string;
  /** Path items by URL template. */
  paths: Record<string, Record<string, unknown>>;
  /** Reusable schemas and the rest. */
  components?: {
    /** JSON Schemas by name. */
    schemas?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** One operation of the document, as the router sees it. */
export interface SpecOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/api/v3/webauthn/credentials/{credentialId}`. */
  path: string;
  /** The SDK method name (`x-sdk-method`). */
  sdkMethod: string;
  /** The raw OpenAPI operation object. */
  operation: Record<string, unknown>;
}
