/**
 * The query string of a request as GenAuth's SDKs (axios) send it and GenAuth parses it:
 * `name=value`; an array of plain values as `name[]=a&name[]=b` (a one-item array stays an array
 * on the server, which the request signature relies on); an object as `name[key]=value`, and
 * anything nested deeper by key or index (`name[key][0]=a`); a `Date` as its ISO text. `null` and
 * `undefined`, at any depth, are left out. Names and values are URL-encoded.
 * The transport writes every request's query with it.
 *
 * @internal
 */
export function createGenAuthQuerySerializer(): (query: Record<string, unknown>) => string {
  return (query) => {
    const pairs: string[] = [];
    for (const name of Object.keys(query)) {
      const value = query[name];
      const key = encodeURIComponent(name);
      if (Array.isArray(value) && value.every(isPlain)) {
        for (const item of value) if (item !== undefined && item !== null) pairs.push(`${key}[]=${encodeURIComponent(text(item))}`);
      } else {
        addPairs(pairs, key, value);
      }
    }
    return pairs.join("&");
  };
}

/** Adds `value` under `key` (already encoded), its members under `key[member]`. */
function addPairs(pairs: string[], key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (isPlain(value)) {
    pairs.push(`${key}=${encodeURIComponent(text(value))}`);
    return;
  }
  for (const member of Object.keys(value as object)) {
    addPairs(pairs, `${key}[${encodeURIComponent(member)}]`, (value as Record<string, unknown>)[member]);
  }
}

/** Whether `value` travels as one text rather than by its members. */
function isPlain(value: unknown): boolean {
  return typeof value !== "object" || value === null || value instanceof Date;
}

/** A plain value as the URL carries it. */
function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
