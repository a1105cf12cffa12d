import type { IncomingMessage } from "node:http";
import type { Readable, Transform } from "node:stream";
import { NodeResponseHeaders } from "./node-headers.js";

/**
 * Bodies up to this size, with a known length and no encoding, are read as they arrive, as undici
 * reads ahead into its stream's buffer: a GenAuth envelope is a few hundred bytes, and reading it
 * later, once the caller asks, costs a pause and a resume of the socket's stream per call.
 */
const READ_AHEAD_BYTES = 64 * 1024;
/** Statuses whose responses have no body, whatever the headers say. */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * The answer `nodeFetch` resolves to as soon as the status line and headers arrive: a
 * `Response`-compatible view of a `node:http` `IncomingMessage`. The body is not read until asked
 * for — `text()`, `json()`, `arrayBuffer()`, `bytes()`, `blob()`, `formData()`, or `body` as a web
 * `ReadableStream` — so large answers stream. gzip, deflate and br bodies are decoded, as `fetch`
 * does. Reading fails with the abort signal's reason when the request is aborted meanwhile, and
 * with `TypeError: terminated` when the connection drops, as undici's `fetch` does.
 *
 * It is not `instanceof Response`, and its `headers` are a read-only `Headers` look-alike.
 */
export class NodeResponse {
  /** HTTP status code. */
  readonly status: number;
  /** HTTP reason phrase. */
  readonly statusText: string;
  /** Whether the status is in the 200–299 range. */
  readonly ok: boolean;
  /** URL of the final response, after redirects. */
  readonly url: string;
  /** Whether redirects were followed to get here. */
  readonly redirected: boolean;
  /** Always `basic`: a same-origin response, as server-side fetches are. */
  readonly type = "basic" as const;
  readonly #message: IncomingMessage;
  readonly #onSettled: () => void;
  #headers: NodeResponseHeaders | undefined;
  #stream: ReadableStream<Uint8Array> | null | undefined;
  #bodyUsed = false;
  #failure: unknown;
  #source: Readable | undefined;
  #rejectRead: ((reason: unknown) => void) | undefined;
  #readAhead: Promise<Buffer> | undefined;

  /**
   * @param onSettled - called once the body has been read, has failed, or was discarded; the
   * fetch uses it to stop listening to the abort signal.
   */
  constructor(message: IncomingMessage, url: string, redirected: boolean, head: boolean, onSettled: () => void) {
    this.#message = message;
    this.status = message.statusCode ?? 0;
    this.statusText = message.statusMessage ?? "";
    this.ok = this.status >= 200 && this.status <= 299;
    this.url = url;
    this.redirected = redirected;
    this.#onSettled = onSettled;
    if (head || NULL_BODY_STATUS.has(this.status)) {
      this.#stream = null;
      message.resume();
      message.once("end", onSettled);
    } else if (isSmallPlainBody(message.rawHeaders)) {
      this.#source = message;
      this.#readAhead = this.#collect(message);
      // Nobody may ever read it: the failure is for readers, not an unhandled rejection.
      this.#readAhead.catch(() => {});
    }
  }

  /** Response headers. */
  get headers(): Headers {
    this.#headers ??= new NodeResponseHeaders(this.#message.rawHeaders);
    return this.#headers as unknown as Headers;
  }

  /** Whether the body has been read. */
  get bodyUsed(): boolean {
    return this.#bodyUsed;
  }

  /** The body as a web stream, or `null` for responses that have none. */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.#stream === undefined) {
      const readAhead = this.#readAhead;
      if (readAhead !== undefined) {
        this.#stream = new ReadableStream<Uint8Array>({
          async pull(controller) {
            controller.enqueue(new Uint8Array(await readAhead));
            controller.close();
          },
        });
      } else {
        const source = this.#decoded();
        source.once("end", this.#onSettled);
        source.once("close", this.#onSettled);
        this.#stream = process.getBuiltinModule("node:stream").Readable.toWeb(source) as ReadableStream<Uint8Array>;
      }
    }
    return this.#stream;
  }

  /** Reads the body as UTF-8 text, without a leading byte order mark (as `fetch` decodes it). */
  async text(): Promise<string> {
    const text = (await this.#read()).toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** Reads the body and parses it as JSON. */
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** Reads the body into an `ArrayBuffer`. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#read();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** Reads the body into a `Uint8Array`. */
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  /** Reads the body into a `Blob`. */
  async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get("content-type") ?? "" });
  }

  /** Reads the body as form data. */
  async formData(): Promise<FormData> {
    return new Response(await this.arrayBuffer(), { headers: [...this.headers] }).formData();
  }

  /** A copy whose body can be read separately (the body is teed, so both stream). */
  clone(): Response {
    if (this.#bodyUsed) throw new TypeError("Response.clone: the body has already been read");
    const body = this.body;
    let copy: ReadableStream<Uint8Array> | null = null;
    if (body !== null) {
      const [mine, theirs] = body.tee();
      this.#stream = mine;
      copy = theirs;
    }
    return new Response(copy, { status: this.status, statusText: this.statusText, headers: [...this.headers] });
  }

  /** Called by the fetch when the request is aborted after the headers came. */
  abort(reason: unknown): void {
    this.#failure = reason;
    this.#rejectRead?.(reason);
    this.#rejectRead = undefined;
    // A body stream handed out has error listeners: fail it with the reason, as fetch does.
    // Without one, an error event would have nobody to catch it.
    if (this.#stream) this.#message.destroy(reason as Error);
    else this.#message.destroy();
  }

  #read(): Promise<Buffer> {
    if (this.#bodyUsed) return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
    this.#bodyUsed = true;
    // Aborted before anyone read: the message is destroyed and would never end.
    if (this.#failure !== undefined && this.#readAhead === undefined) return Promise.reject(this.#failure);
    if (this.#stream === null) return Promise.resolve(Buffer.alloc(0));
    if (this.#stream !== undefined) return new Response(this.#stream).arrayBuffer().then((b) => Buffer.from(b));
    return this.#readAhead ?? this.#collect(this.#decoded());
  }

  /** Reads `source` to its end; rejects with the abort reason, or `terminated` when the connection drops. */
  #collect(source: Readable): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.#rejectRead = reject;
      source.on("data", (chunk: Buffer) => chunks.push(chunk));
      source.once("end", () => {
        this.#rejectRead = undefined;
        this.#onSettled();
        resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
      });
      // A connection that drops mid-body makes the message emit "error" (ECONNRESET "aborted").
      source.once("error", (cause) => {
        this.#rejectRead = undefined;
        this.#onSettled();
        reject(this.#failure ?? new TypeError("terminated", { cause }));
      });
    });
  }

  /** The message, piped through a decoder when the server compressed it. */
  #decoded(): Readable {
    if (this.#source !== undefined) return this.#source;
    const message = this.#message;
    const encoding = contentEncoding(message.rawHeaders);
    // `node:zlib` is taken when a body comes compressed, not imported with the SDK.
    const zlib = encoding === undefined ? undefined : process.getBuiltinModule("node:zlib");
    const decoder =
      zlib === undefined
        ? undefined
        : encoding === "gzip" || encoding === "x-gzip"
          ? zlib.createGunzip()
          : encoding === "deflate"
            ? inflate(zlib)
            : encoding === "br"
              ? zlib.createBrotliDecompress()
              : undefined;
    let source: Readable = message;
    if (decoder !== undefined) {
      message.once("error", (error) => decoder.destroy(error));
      source = message.pipe(decoder);
    }
    this.#source = source;
    return source;
  }
}

/**
 * `deflate` as `fetch` reads it: zlib-wrapped (RFC 1950), as HTTP names it, or raw (RFC 1951), as
 * some servers send it, told apart by the first byte (a zlib header's compression method is 8).
 */
function inflate(zlib: typeof import("node:zlib")): Transform {
  let inner: Transform | undefined;
  const outer: Transform = new (process.getBuiltinModule("node:stream").Transform)({
    transform(chunk: Buffer, _encoding, callback) {
      if (inner === undefined) {
        if (chunk.length === 0) return callback();
        inner = ((chunk[0] as number) & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
        inner.on("data", (data: Buffer) => outer.push(data));
        inner.on("error", (error) => outer.destroy(error));
      }
      inner.write(chunk, callback);
    },
    flush(callback) {
      if (inner === undefined) return callback();
      inner.once("end", () => callback());
      inner.end();
    },
  });
  return outer;
}

// Read from the raw list: `message.headers` builds an object of every header on first access.
function isSmallPlainBody(raw: string[]): boolean {
  let length = -1;
  for (let i = 0; i < raw.length; i += 2) {
    // Lengths first: most names are neither, and lower-casing each would allocate.
    const name = raw[i] as string;
    if (name.length === 16 && name.toLowerCase() === "content-encoding") return false;
    if (name.length === 14 && name.toLowerCase() === "content-length") length = Number(raw[i + 1]);
  }
  return length >= 0 && length <= READ_AHEAD_BYTES;
}

function contentEncoding(raw: string[]): string | undefined {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 16 && name.toLowerCase() === "content-encoding") return (raw[i + 1] as string).trim().toLowerCase();
  }
  return undefined;
}
