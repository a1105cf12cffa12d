import { GenAuthConfigError, type HttpMethod, type OperationDescriptor, type OperationInput, type RequestOptions, type Transport } from "@genauth/core";

// The generated operation table is data, not code (Octokit's way): one row per operation, read here
// into the transport's descriptors and into the methods of `GeneratedAuthenticationMethods`.
// A bundler cannot drop unused methods of a class, so every bundle carries all of them: as rows they
// weigh less than half of what 121 methods and a table of descriptor objects did (minified).
//
// A row: `VERB /path` — placeholders `{name}`, or `{name:argument}` when the SDK argument has
// another name — then optional tokens:
//   `body` / `form`  the method takes a body (its last argument before the options), sent as JSON / as a form;
//   `basic`          the endpoint takes `Basic` client credentials (`clientBasic`);
//   `text`           the answer is plain text;
//   `manual`         the method is written by hand (the row only gives its descriptor);
//   `?…` / `!…`      the method takes one query object, optional (default `{}`) / required: its
//                    `&`-separated fields, each `wire:argument=default` (wire name and default optional).

type Rows = Readonly<Record<string, string>>;
type Method = (this: { readonly transport: Transport }, ...args: unknown[]) => Promise<unknown>;

/** The transport's descriptor of every row. */
export function readOperations<T>(rows: Rows): T {
  const operations: Record<string, OperationDescriptor> = {};
  for (const name in rows) {
    const [method, template = ""] = (rows[name] as string).split(" ");
    const pathParams: { name: string; argument: string }[] = [];
    const path = template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, placeholder: string, argument?: string) => {
      pathParams.push({ name: placeholder, argument: argument ?? placeholder });
      return `{${placeholder}}`;
    });
    const flags = tokens(rows[name] as string);
    const descriptor: { -readonly [K in keyof OperationDescriptor]: OperationDescriptor[K] } = { method: method as HttpMethod, path };
    if (pathParams.length) descriptor.pathParams = pathParams;
    if (flags.has("basic")) descriptor.clientBasic = true;
    if (flags.has("form")) descriptor.bodyType = "form";
    if (flags.has("text")) descriptor.responseType = "text";
    operations[name] = descriptor;
  }
  return operations as T;
}

/**
 * Defines one method per row on `prototype`, as a class would (not enumerable), with the official
 * SDK's argument order: path arguments, the query object, the body, then the per-call options.
 */
export function installMethods(prototype: object, rows: Rows, operations: Readonly<Record<string, OperationDescriptor>>): void {
  for (const name in rows) {
    const flags = tokens(rows[name] as string);
    if (flags.has("manual")) continue;
    const operation = operations[name] as OperationDescriptor;
    const placeholders = (operation.pathParams ?? []).map((p) => p.name);
    const takesBody = flags.has("body") || flags.has("form");
    const queryToken = [...flags].find((t) => t[0] === "?" || t[0] === "!");
    const query = queryToken?.slice(1).split("&").map((field) => {
      const [names = "", fallback] = field.split("=");
      const [wire = "", argument = wire] = names.split(":");
      return [wire, argument, fallback === undefined ? undefined : (JSON.parse(fallback) as unknown)] as const;
    });
    const method: Method = {
      [name](this: { readonly transport: Transport }, ...args: unknown[]) {
        const input: OperationInput = {};
        let i = 0;
        if (placeholders.length) input.path = Object.fromEntries(placeholders.map((p) => [p, args[i++] as string]));
        if (query) {
          // Like the official destructuring `({ page = 1 } = {})`: defaults for `undefined` only.
          const given = (args[i] === undefined && queryToken?.[0] === "?" ? {} : args[i]) as Record<string, unknown>;
          if (given === null || typeof given !== "object") {
            const fields = query.map(([, argument]) => argument).join(", ");
            return Promise.reject(new GenAuthConfigError("query", `${name} takes an object of query parameters ({ ${fields} }), got ${given === null ? "null" : typeof given}`));
          }
          i++;
          input.query = Object.fromEntries(query.map(([wire, argument, fallback]) => [wire, given[argument] === undefined ? fallback : given[argument]]));
        }
        if (takesBody) input.body = args[i++];
        return this.transport.request(operation, input, args[i] as RequestOptions | undefined);
      },
    }[name] as Method;
    Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true });
  }
}

/** The tokens after a row's path. */
function tokens(row: string): Set<string> {
  return new Set(row.split(" ").slice(2));
}
