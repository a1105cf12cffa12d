/**
 * The query string of a request as GenAuth's SDKs (axios) send it and GenAuth parses it:
 * `name=value`; an array of plain values as `name[]=a&name[]=b` (a one-item array stays an array
 * on the server, which the request signature relies on); an object as `name[key]=value`, and
 * anything nested deeper by key or index (`name[key][0]=a`); a `Date` as its ISO text. `null` and
 * `undefined`, at any depth, are left out. Names and values are URL-encoded.
 * The transport writes every request's query with it.
 *
 * @throws TypeError naming the parameter when a value is none of these (a `Set`, a `Map`, bytes, a
 *   function, a symbol, another class's instance): written by its members, it would be sent empty
 *   or garbled; the transport reports it as a `GenAuthConfigError`.
 * @internal
 */
export function createGenAuthQuerySerializer(): (query: Record<string, unknown>) => string {
  return (query) => {
    const pairs: string[] = [];
    for (const name of Object.keys(query)) {
      const value = query[name];
      const key = encodeURIComponent(name);
      if (Array.isArray(value) && value.every(isPlain)) {
        for (const item of value) if (item !== undefined && item !== null) pairs.push(`${key}[]=${encodeURIComponent(text(item, name))}`);
      } else {
        addPairs(pairs, key, name, value);
      }
    }
    return pairs.join("&");
  };
}

/** Adds `value` under `key` (already encoded; `name` as the caller wrote it), its members under `key[member]`. */
function addPairs(pairs: string[], key: string, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (isPlain(value)) {
    pairs.push(`${key}=${encodeURIComponent(text(value, name))}`);
    return;
  }
  if (!Array.isArray(value) && !isPlainObject(value)) unsupported(name, value);
  for (const member of Object.keys(value as object)) {
    addPairs(pairs, `${key}[${encodeURIComponent(member)}]`, `${name}[${member}]`, (value as Record<string, unknown>)[member]);
  }
}

/** Whether `value` travels as one text rather than by its members. */
function isPlain(value: unknown): boolean {
  return typeof value !== "object" || value === null || value instanceof Date;
}

/** An object literal (or one without a prototype), not another class's instance. */
function isPlainObject(value: unknown): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A plain value as the URL carries it. */
function text(value: unknown, name: string): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "function" || typeof value === "symbol") unsupported(name, value);
  return String(value);
}

function unsupported(name: string, value: unknown): never {
  const kind = typeof value === "object" ? (value as object).constructor?.name || "object" : typeof value;
  throw new TypeError(`query parameter ${name} is a ${kind}, which has no query form`);
}
