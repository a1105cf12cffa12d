/**
 * The headers of a `nodeFetch` answer: `get` and `has` read Node's raw header list directly
 * (openapi-fetch calls `get("Content-Length")` on every answer), and anything else is served by a
 * real `Headers` built on first use. Read-only, as a fetch response's headers are.
 */
export class NodeResponseHeaders {
  readonly #raw: string[];
  #full: Headers | undefined;

  constructor(raw: string[]) {
    this.#raw = raw;
  }

  /** The value of `name` (values of repeated headers joined with ", "), or null. */
  get(name: string): string | null {
    const wanted = name.toLowerCase();
    const raw = this.#raw;
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length === wanted.length && key.toLowerCase() === wanted) {
        value = value === null ? (raw[i + 1] as string) : `${value}, ${raw[i + 1] as string}`;
      }
    }
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  getSetCookie(): string[] {
    return this.#headers().getSetCookie();
  }

  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.#headers().forEach(callback, thisArg);
  }

  entries(): HeadersIterator<[string, string]> {
    return this.#headers().entries();
  }

  keys(): HeadersIterator<string> {
    return this.#headers().keys();
  }

  values(): HeadersIterator<string> {
    return this.#headers().values();
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.#headers()[Symbol.iterator]();
  }

  set(): never {
    throw new TypeError("Headers of a response are immutable");
  }

  append(): never {
    throw new TypeError("Headers of a response are immutable");
  }

  delete(): never {
    throw new TypeError("Headers of a response are immutable");
  }

  #headers(): Headers {
    if (this.#full === undefined) {
      const headers = new Headers();
      const raw = this.#raw;
      for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
      this.#full = headers;
    }
    return this.#full;
  }
}
