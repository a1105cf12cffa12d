/** The parameters of a query or a form body. */
export interface RequestParameters {
  /** Each parameter's value: the last one, for a parameter sent more than once. */
  values: Record<string, string>;
  /**
   * The names sent more than once. OAuth forbids repeating a parameter it defines (RFC 6749 §3.1,
   * §3.2), so an endpoint refuses repeats of those it reads.
   */
  repeated: string[];
}

/** The values of `search`, and the names it repeats. */
export function readParameters(search: URLSearchParams): RequestParameters {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of search.keys()) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return { values: Object.fromEntries(search), repeated: [...repeated] };
}
