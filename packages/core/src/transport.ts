import { createClient, createQuerySerializer } from "./vendored/openapi-fetch.js";
import { Attempt, raceAbort, sleep } from "./abort.js";
import { describe } from "./app-host.js";
import { isEnvelope, isFailedEnvelope, type GenAuthEnvelopeFields } from "./envelope.js";
import {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type GenAuthRequestInfo,
} from "./errors.js";
import type { OperationDescriptor, OperationInput } from "./operation.js";
import { fetchSetup, type OwnSignal } from "./fetch-request.js";
import { HeaderRecords, type ContentTypeRule } from "./header-records.js";
import {
  checkHeaders,
  checkMaxRetries,
  checkTimeout,
  resolveTransportOptions,
  type RequestOptions,
  type ResolvedTransportOptions,
  type TransportOptions,
} from "./options.js";
import { collectSecrets, safeCause, scrubSecrets } from "./redact.js";
import { backoffDelay, isRetryableEnvelopeStatus, isRetryableHttpStatus, retryDelay } from "./retry.js";

interface UntypedClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** One answer from the server, read and parsed. */
interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  body: unknown;
  /** Set when the body should have been JSON and was not. */
  unparsable: boolean;
}

/** What to do after an attempt: give the caller a value, or wait and try again. */
type Verdict = { delayMs: number } | { result: unknown } | { error: GenAuthError };

/** One call of {@link Transport.request}, as its attempts and errors need it. */
interface Call {
  operation: OperationDescriptor;
  input: OperationInput;
  /** Every header of the call, lower-case names (shared between calls: never modified). */
  headers: Readonly<Record<string, string>>;
  /** Milliseconds per attempt. */
  timeout: number;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /** The credentials in force when the call began, for {@link secretsOf}. */
  credentials: readonly (string | undefined)[];
  info: GenAuthRequestInfo;
  /** Secret values this call carries, collected by {@link secretsOf} when an error needs them. */
  secrets: Set<string> | undefined;
}

/**
 * Sends GenAuth requests: base URL, `x-authing-app-id`, user or client credentials, JSON and form
 * bodies, per-attempt timeouts, the caller's abort signal, retries, and typed errors.
 *
 * The app secret and access token live in private fields, so `util.inspect`, `console.log` and
 * `JSON.stringify` of a transport (or of a client holding one) never show them.
 */
export class Transport {
  readonly #options: ResolvedTransportOptions;
  readonly #client: UntypedClient;
  readonly #appSecret: string | undefined;
  #accessToken: string | undefined;
  /** The fetch reads light requests: headers go to it as a record, openapi-fetch gets none. */
  readonly #lightRequests: boolean;
  /** Set when the fetch is nodeFetch: cheap signals, and no race (it settles at once on abort). */
  readonly #ownSignal: (() => OwnSignal) | undefined;
  readonly #headerRecords: HeaderRecords;

  constructor(options: TransportOptions) {
    this.#options = resolveTransportOptions(options);
    this.#appSecret = options.appSecret;
    this.#accessToken = options.accessToken;
    // Light requests instead of the platform's Request where the fetch takes them (the global
    // fetch, nodeFetch): building a Request costs ~30 µs a call on Node, and as much again for
    // fetch to take it apart.
    const { fetch, Request, lightRequests, ownSignal } = fetchSetup(this.#options.fetch);
    this.#lightRequests = lightRequests;
    this.#ownSignal = ownSignal;
    this.#headerRecords = new HeaderRecords(this.#options.headers, this.#options.appId);
    // Types come from the generated method signatures, so the client itself is used untyped.
    this.#client = createClient({
      baseUrl: this.#options.appHost,
      fetch,
      Request,
      // openapi-fetch's default, made once instead of per call.
      querySerializer: createQuerySerializer(),
      // The transport serializes bodies itself (see #send), as openapi-fetch would.
      bodySerializer: serialized,
    }) as unknown as UntypedClient;
  }

  /** The application ID every request carries. */
  get appId(): string {
    return this.#options.appId;
  }

  /** The normalised base URL, without a trailing slash. */
  get appHost(): string {
    return this.#options.appHost;
  }

  /** The options in force, secrets excluded. */
  get options(): Readonly<ResolvedTransportOptions> {
    return this.#options;
  }

  /** Whether an app secret was configured (its value is never exposed). */
  get hasAppSecret(): boolean {
    return this.#appSecret !== undefined && this.#appSecret !== "";
  }

  /** The user access token requests carry in `authorization`, if any. */
  get accessToken(): string | undefined {
    return this.#accessToken;
  }

  /** Sets (or, with `undefined`, clears) the user access token sent on later requests. */
  setAccessToken(accessToken: string | undefined): void {
    if (accessToken !== undefined && typeof accessToken !== "string") {
      throw new GenAuthConfigError("accessToken", `accessToken must be a string, got ${typeof accessToken}`);
    }
    this.#accessToken = accessToken;
    this.#headerRecords.clear();
  }

  /** `Basic base64(appId:appSecret)`, for endpoints that take client_secret_basic. */
  basicAuthorization(): string {
    if (!this.hasAppSecret) {
      throw new GenAuthConfigError("appSecret", "appSecret is required for client_secret_basic: pass appSecret in the client options");
    }
    return `Basic ${base64(`${this.#options.appId}:${this.#appSecret}`)}`;
  }

  /** The app secret, for the `client_secret_post` body fields of token and sign-in calls. */
  clientSecret(): string {
    if (!this.hasAppSecret) {
      throw new GenAuthConfigError("appSecret", "appSecret is required for client_secret_post: pass appSecret in the client options");
    }
    return this.#appSecret as string;
  }

  /**
   * Sends one operation and resolves to its parsed body, retrying as the README's policy says.
   *
   * @throws GenAuthConfigError when a required path parameter is missing or options are bad.
   * @throws GenAuthApiError for HTTP errors, unreadable bodies, and (with `throwOnError`) failed envelopes.
   * @throws GenAuthConnectionError, GenAuthTimeoutError, GenAuthAbortError when no answer came.
   */
  async request<T>(operation: OperationDescriptor, input: OperationInput = {}, options: RequestOptions = {}): Promise<T> {
    checkPathParams(operation, input);
    // The content type openapi-fetch would add, so that a light request's record has it too.
    const contentType: ContentTypeRule = operation.bodyType === "form" ? "form" : sentAsJson(input.body) ? "json" : "none";
    const call: Call = {
      operation,
      input,
      headers: this.#headers(operation, input, checkHeaders("headers", options.headers), contentType),
      timeout: checkTimeout("timeout", options.timeout) ?? this.#options.timeout,
      signal: options.signal,
      info: { method: operation.method, url: `${this.#options.appHost}${operation.path}` },
      credentials: [this.#appSecret, this.#accessToken],
      secrets: undefined,
    };
    const maxRetries = checkMaxRetries("maxRetries", options.maxRetries) ?? this.#options.maxRetries;

    for (let retryIndex = 0; ; retryIndex++) {
      if (call.signal?.aborted) throw abortError(call);
      const verdict = await this.#attempt(call, retryIndex, retryIndex < maxRetries);
      if ("result" in verdict) return verdict.result as T;
      if ("error" in verdict) throw verdict.error;
      try {
        await sleep(verdict.delayMs, call.signal);
      } catch {
        throw abortError(call);
      }
    }
  }

  async #attempt(call: Call, retryIndex: number, canRetry: boolean): Promise<Verdict> {
    const { operation, info, signal, timeout } = call;
    const attempt = new Attempt(timeout, signal, this.#ownSignal);
    let answer: Answer;
    try {
      const sent = this.#send(call, attempt.signal);
      // nodeFetch rejects at once when its signal fires; any other fetch may not, so it is raced.
      answer = await (this.#ownSignal ? sent : raceAbort(sent, attempt.signal));
    } catch (cause) {
      if (signal?.aborted) return { error: abortError(call) };
      if (attempt.timedOut()) {
        // A timed-out non-GET may have been carried out by the server: never replay it.
        if (canRetry && operation.method === "GET") return { delayMs: backoffDelay(retryIndex) };
        return { error: new GenAuthTimeoutError(`${info.method} ${operation.path} got no answer within ${timeout} ms`, timeout, { request: info }) };
      }
      if (cause instanceof GenAuthError) return { error: cause };
      if (canRetry) return { delayMs: backoffDelay(retryIndex) };
      const secrets = secretsOf(call);
      const message = `${info.method} ${operation.path} could not reach ${this.#options.appHost}: ${causeMessage(cause)}`;
      return {
        error: new GenAuthConnectionError(scrubSecrets(message, secrets), { request: info, cause: safeCause(cause, secrets) }),
      };
    } finally {
      attempt.dispose();
    }
    return this.#judge(answer, call, retryIndex, canRetry);
  }

  #judge(answer: Answer, call: Call, retryIndex: number, canRetry: boolean): Verdict {
    const { status, body } = answer;
    const httpFailed = status < 200 || status > 299;
    const retryable = httpFailed ? isRetryableHttpStatus(status) : isEnvelope(body) && isRetryableEnvelopeStatus(body.statusCode);
    if (retryable && canRetry) return { delayMs: retryDelay(answer.headers.get("retry-after"), retryIndex) };
    if (httpFailed || answer.unparsable) return { error: httpError(answer, call) };
    if (this.#options.throwOnError && isFailedEnvelope(body)) return { error: envelopeError(body, status, call) };
    return { result: body };
  }

  async #send(call: Call, signal: AbortSignal): Promise<Answer> {
    const { operation, input, headers } = call;
    const light = this.#lightRequests;
    const { response, data, error } = await this.#client.request(operation.method, operation.path, {
      params: { path: input.path, query: input.query },
      body: serializeBody(input.body, operation.bodyType === "form"),
      // A light request takes the headers as they are; openapi-fetch then merges none into a Headers.
      headers: light ? undefined : headers,
      headerRecord: light ? headers : undefined,
      signal,
      parseAs: "text",
    });
    const text = (response.ok ? data : error) as string | undefined;
    let body: unknown = text;
    let unparsable = false;
    if (operation.responseType !== "text" && typeof text === "string" && text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        unparsable = true;
      }
    }
    return { status: response.status, statusText: response.statusText, headers: response.headers, body, unparsable };
  }

  #headers(
    operation: OperationDescriptor,
    input: OperationInput,
    perRequest: Record<string, string> | undefined,
    contentType: ContentTypeRule,
  ): Readonly<Record<string, string>> {
    const useBasic = operation.clientBasic === true && this.#options.tokenEndPointAuthMethod === "client_secret_basic";
    const authorization = useBasic
      ? this.basicAuthorization()
      : this.#accessToken && !operation.omitAccessToken && input.headers?.authorization === undefined
        ? this.#accessToken
        : undefined;
    return this.#headerRecords.record(contentType, authorization, perRequest, input.headers);
  }
}

function checkPathParams(operation: OperationDescriptor, input: OperationInput): void {
  for (const param of operation.pathParams ?? []) {
    const value = input.path?.[param.name];
    if (value === undefined || value === null || value === "") {
      throw new GenAuthConfigError(
        param.argument,
        `${param.argument} is required: ${operation.method} ${operation.path} needs it in the URL, got ${describe(value)}`,
      );
    }
  }
}

/** The body as openapi-fetch's serializers would send it: form-encoded, JSON, or a FormData as it is. */
function serializeBody(body: unknown, form: boolean): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (form) return formBody(body);
  return body instanceof FormData ? body : JSON.stringify(body);
}

/** Whether openapi-fetch would send `body` as JSON (and so add `content-type: application/json`). */
function sentAsJson(body: unknown): boolean {
  return body !== undefined && typeof body !== "function" && typeof body !== "symbol" && !(body instanceof FormData);
}

/** The body serializer of light requests: the body comes serialized already. */
function serialized(body: unknown): unknown {
  return body;
}

function formBody(body: unknown): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  return params.toString();
}

/** The secret values the call carries, scrubbed from every error it raises; collected only when one is. */
function secretsOf(call: Call): Set<string> {
  call.secrets ??= collectSecrets(call.credentials, call.input.body, call.input.query, call.headers);
  return call.secrets;
}

function httpError(answer: Answer, call: Call): GenAuthApiError {
  const { status, body } = answer;
  const where = `${call.info.method} ${call.operation.path}`;
  if (isEnvelope(body)) return envelopeError(body, status, call, `${where} failed with HTTP ${status}`);
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  const detail =
    typeof oauth === "object" && oauth !== null && typeof oauth.error === "string"
      ? `: ${oauth.error}${typeof oauth.error_description === "string" ? ` (${oauth.error_description})` : ""}`
      : answer.unparsable
        ? ": the body is not JSON"
        : "";
  const httpStatus = `HTTP ${status}${answer.statusText ? ` ${answer.statusText}` : ""}`;
  return new GenAuthApiError(scrubSecrets(`${where} answered ${httpStatus}${detail}`, secretsOf(call)), { status, statusCode: status }, { request: call.info });
}

// The server's message may echo what was sent (a wrong secret…): it is scrubbed like everything else.
function envelopeError(body: GenAuthEnvelopeFields, status: number, call: Call, fallback?: string): GenAuthApiError {
  const message = body.message || (fallback ?? `${call.info.method} ${call.operation.path} failed with statusCode ${body.statusCode}`);
  return new GenAuthApiError(
    scrubSecrets(message, secretsOf(call)),
    { status, statusCode: body.statusCode, apiCode: body.apiCode, requestId: body.requestId },
    { request: call.info },
  );
}

function abortError(call: Call): GenAuthAbortError {
  return new GenAuthAbortError(`${call.info.method} ${call.operation.path} was aborted by the caller`, {
    request: call.info,
    cause: safeCause(call.signal?.reason, secretsOf(call)),
  });
}

function causeMessage(cause: unknown): string {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (typeof inner?.code === "string") return inner.code;
  if (typeof inner?.message === "string") return inner.message;
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
