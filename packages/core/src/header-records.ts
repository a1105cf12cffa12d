const APP_ID_HEADER = "x-authing-app-id";
const JSON_CONTENT_TYPE = "application/json";
const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

/**
 * The content type a call's headers carry: `json` as a default the caller's headers may override
 * (as openapi-fetch sets it), `form` over anything the caller set, `none` for no body (or one the
 * fetch types itself).
 */
export type ContentTypeRule = "json" | "form" | "none";

/**
 * The headers of a transport's calls as records with lower-case names — what a `Headers` built
 * from them would hold, without building one. A call without headers of its own gets a record
 * built once per client (per content type and `authorization`), shared and never modified.
 */
export class HeaderRecords {
  readonly #client: Readonly<Record<string, string>>;
  readonly #appId: string;
  readonly #shared = new Map<string, Readonly<Record<string, string>>>();

  constructor(client: Readonly<Record<string, string>>, appId: string) {
    this.#client = client;
    this.#appId = appId;
  }

  /**
   * The headers of one call, later ones winning: JSON's content type, the client's headers, the
   * per-request ones, the operation's, then form's content type, `authorization` (when given) and
   * `x-authing-app-id`.
   */
  record(
    contentType: ContentTypeRule,
    authorization: string | undefined,
    perRequest: Record<string, string> | undefined,
    operation: Record<string, string> | undefined,
  ): Readonly<Record<string, string>> {
    if (perRequest !== undefined || operation !== undefined) return this.#build(contentType, authorization, perRequest, operation);
    const key = authorization === undefined ? contentType : `${contentType} ${authorization}`;
    let record = this.#shared.get(key);
    if (record === undefined) {
      // Frozen: every call shares it, and a custom fetch sees it as LightRequest.headerRecord.
      record = Object.freeze(this.#build(contentType, authorization, undefined, undefined));
      this.#shared.set(key, record);
    }
    return record;
  }

  /** Forgets the shared records (the access token they may carry changed). */
  clear(): void {
    this.#shared.clear();
  }

  #build(
    contentType: ContentTypeRule,
    authorization: string | undefined,
    perRequest: Record<string, string> | undefined,
    operation: Record<string, string> | undefined,
  ): Record<string, string> {
    // Spread in this order first, as the transport always has: the same name in two cases is
    // then resolved as a Headers built from this object resolves it.
    const merged: Record<string, string> = { ...this.#client, ...perRequest, ...operation };
    if (contentType === "form") merged["content-type"] = FORM_CONTENT_TYPE;
    if (authorization !== undefined) merged.authorization = authorization;
    merged[APP_ID_HEADER] = this.#appId;
    const record: Record<string, string> = {};
    if (contentType === "json") record["content-type"] = JSON_CONTENT_TYPE;
    for (const name of Object.keys(merged)) record[name.toLowerCase()] = trimHttpWhitespace(merged[name] as string);
    return record;
  }
}

/** As `Headers` stores a value: without leading and trailing spaces, tabs, CRs and LFs. */
function trimHttpWhitespace(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
}
