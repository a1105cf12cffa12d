import type { OpenApiDocument, SpecOperation } from "./spec-types.js";

const METHODS = ["get", "post", "put", "delete", "patch"];

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  operation: SpecOperation;
}

/** A matched operation and its decoded path parameters. */
export interface RouteMatch {
  operation: SpecOperation;
  params: Record<string, string>;
}

/** Routes requests to the spec's operations by method and path template. */
export class Router {
  readonly #routes: Route[] = [];

  constructor(spec: OpenApiDocument) {
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as Record<string, unknown> | undefined;
        if (!operation) continue;
        const names: string[] = [];
        const source = path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            if (!part.startsWith("{")) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
            names.push(part.slice(1, -1));
            return "([^/]+)";
          })
          .join("");
        this.#routes.push({
          method: method.toUpperCase(),
          pattern: new RegExp(`^${source}$`),
          names,
          operation: {
            method: method.toUpperCase(),
            path,
            sdkMethod: String(operation["x-sdk-method"] ?? operation.operationId),
            operation,
          },
        });
      }
    }
    // Literal segments beat placeholders: /a/fixed before /a/{id}.
    this.#routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** All operations, in spec order. */
  get operations(): SpecOperation[] {
    return this.#routes.map((route) => route.operation);
  }

  /**
   * The operation for a request, `"method-not-allowed"` when only the path matches, or
   * `"bad-encoding"` when a path parameter's percent-encoding is malformed.
   */
  match(method: string, pathname: string): RouteMatch | "method-not-allowed" | "bad-encoding" | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, i) => {
          params[name] = decodeURIComponent(found[i + 1] ?? "");
        });
      } catch {
        return "bad-encoding";
      }
      return { operation: route.operation, params };
    }
    return pathMatched ? "method-not-allowed" : undefined;
  }
}
