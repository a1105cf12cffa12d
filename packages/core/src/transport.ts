import createClient, { type Client } from "openapi-fetch";
import { Attempt, raceAbort, sleep } from "./abort.js";
import { appAuthStep } from "./app-auth-step.js";
import { bytesToBase64 } from "./base64.js";
import type { AuthStep } from "./auth-step.js";
import { describe, describeKind } from "./app-host.js";
import { filledPath } from "./filled-path.js";
import { envelopeMessage, isEnvelope, isFailedEnvelope, type GenAuthEnvelopeFields } from "./envelope.js";
import {
  GenAuthAbortError,
  GenAuthApiError,
  GenAuthConfigError,
  GenAuthConnectionError,
  GenAuthError,
  GenAuthTimeoutError,
  type GenAuthRequestInfo,
} from "./errors.js";
import type { HttpMethod, OperationDescriptor, OperationInput } from "./operation.js";
import { fetchSetup, type OwnSignal } from "./fetch-setup.js";
import {
  checkBoolean,
  checkHeaders,
  checkHeaderValue,
  checkMaxRetries,
  checkRequestOptions,
  checkTimeout,
  MAX_TIMEOUT,
  resolveTransportOptions,
  type FetchLike,
  type RequestOptions,
  type ResolvedTransportOptions,
  type SignedTransportOptions,
  type TransportOptions,
} from "./options.js";
import { createGenAuthQuerySerializer } from "./query-serializer.js";
import { collectSecrets, safeCause, scrubSecrets, uriEncoded } from "./redact.js";
import { backoffDelay, isRetryableEnvelopeStatus, isRetryableHttpStatus, neverConnected, retryDelay } from "./retry.js";

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

// The transport serves every operation of every spec, so openapi-fetch is used without a `paths` type:
// the generated method signatures carry the types.
// biome-ignore lint/suspicious/noExplicitAny: see above
type UntypedClient = Client<any>;

/** One answer from the server, read and parsed. */
interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  body: unknown;
  /** Set when the body should have been JSON and was not. */
  unparsable: boolean;
}

/**
 * A failure while a 2xx answer's body was read, after its status and headers had come: the
 * server has acted on the request.
 */
class BrokenAnswer {
  constructor(
    readonly status: number,
    readonly cause: unknown,
  ) {}
}

/** What to do after an attempt: give the caller a value, or wait and try again. */
type Verdict = { delayMs: number } | { result: unknown } | { error: GenAuthError };

/** One call of {@link Transport.request}, as its attempts and errors need it. */
interface Call {
  operation: OperationDescriptor;
  input: OperationInput;
  /** The call's headers before authentication, besides the content type openapi-fetch adds. */
  headers: Readonly<Record<string, string>>;
  /** Milliseconds per attempt. */
  timeout: number;
  /** Whether a failed envelope is thrown. */
  throwOnError: boolean;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /**
   * The credentials in force when the call began (the auth step's secrets too), and each attempt's
   * `authorization` as sent (the token may change between attempts), for {@link secretsOf}.
   */
  credentials: (string | undefined)[];
  info: GenAuthRequestInfo;
  /** Secret values this call carries, collected by {@link secretsOf} when an error needs them. */
  secrets: Set<string> | undefined;
}

/**
 * Sends GenAuth requests: base URL, credentials (an `AuthStep` per attempt: by default
 * `x-authing-app-id` and the user or client credentials; the access-key signature with
 * `auth: new AccessKeySigner(…)`), JSON and form bodies, per-attempt timeouts, the caller's abort
 * signal, retries, and typed errors.
 *
 * The app secret and access token live in private fields, so `util.inspect`, `console.log` and
 * `JSON.stringify` of a transport (or of a client holding one) never show them; so does an auth
 * step's secret.
 */
export class Transport {
  readonly #options: ResolvedTransportOptions;
  readonly #client: UntypedClient;
  readonly #appSecret: string | undefined;
  /** `Basic base64(appId:appSecret)` (each form-encoded first), when there is an app secret. */
  readonly #basic: string | undefined;
  #accessToken: string | undefined;
  /** What every attempt sends through; openapi-fetch gets it per attempt (see #send). */
  readonly #fetch: FetchLike;
  /** Set when the fetch is nodeFetch: cheap signals, and no race (it settles at once on abort). */
  readonly #ownSignal: (() => OwnSignal) | undefined;
  /** What adds the credential headers of every attempt. */
  readonly #auth: AuthStep;

  /**
   * @param options - The application's credentials (`appId`…), or an `auth` step such as
   *   `AccessKeySigner`, and the connection settings. The object is not modified.
   * @throws GenAuthConfigError naming the first bad option and how to fix it.
   */
  constructor(options: TransportOptions | SignedTransportOptions) {
    this.#options = resolveTransportOptions(options);
    const app = options as Partial<TransportOptions>;
    // `null` is no secret and no token, as `undefined` (the official SDK read both as absent).
    this.#appSecret = app.appSecret ?? undefined;
    // RFC 6749 §2.3.1: the ID and the secret are form-encoded before base64 (a no-op for GenAuth's
    // hex secrets; a secret with `+` or `%` would otherwise be read as another).
    const basic = `${formEncoded(this.#options.appId)}:${formEncoded(this.#appSecret ?? "")}`;
    this.#basic = this.hasAppSecret ? `Basic ${bytesToBase64(new TextEncoder().encode(basic))}` : undefined;
    this.#accessToken = app.accessToken ?? undefined;
    this.#auth = (options as Partial<SignedTransportOptions>).auth ?? appAuthStep(this);
    // Light requests instead of the platform's Request where the fetch takes them (the global
    // fetch, nodeFetch): a platform Request is built once by openapi-fetch and taken apart again
    // by fetch, for every call.
    const { fetch, Request, ownSignal } = fetchSetup(this.#options.fetch);
    this.#fetch = fetch;
    this.#ownSignal = ownSignal;
    this.#client = createClient({
      baseUrl: this.#options.appHost,
      Request,
      // Both APIs read a query as the official SDKs (axios) write it: an array as name[]=a, a Date
      // as its ISO text, an object's members as name[member].
      querySerializer: createGenAuthQuerySerializer(),
    });
  }

  /**
   * What `util.inspect` shows of a transport, whatever its options (`getters: true` included): the
   * application and the base URL, never a credential.
   */
  [Symbol.for("nodejs.util.inspect.custom")](): { appId: string; appHost: string } {
    return { appId: this.appId, appHost: this.appHost };
  }

  /** The application ID every request carries (empty when an `auth` step authenticates requests). */
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

  /**
   * The user access token requests carry in `authorization`, if any. A method, not a getter, so
   * that `util.inspect` with `getters: true` never reads it.
   */
  getAccessToken(): string | undefined {
    return this.#accessToken;
  }

  /** Sets (or, with `undefined` or `null`, clears) the user access token sent on later requests. */
  setAccessToken(accessToken: string | null | undefined): void {
    if (accessToken !== undefined && accessToken !== null && typeof accessToken !== "string") {
      throw new GenAuthConfigError("accessToken", `accessToken must be a string, got ${typeof accessToken}`);
    }
    if (typeof accessToken === "string") checkHeaderValue("accessToken", accessToken);
    this.#accessToken = accessToken ?? undefined;
  }

  /** `Basic base64(appId:appSecret)` (each form-encoded first), for endpoints that take client_secret_basic. */
  basicAuthorization(): string {
    if (!this.hasAppSecret) {
      throw new GenAuthConfigError("appSecret", "appSecret is required for client_secret_basic: pass appSecret in the client options");
    }
    return this.#basic as string;
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
   * @throws GenAuthConnectionError when no answer came, or its body broke off; GenAuthTimeoutError, GenAuthAbortError.
   */
  async request<T>(operation: OperationDescriptor, input: OperationInput = {}, requestOptions?: RequestOptions): Promise<T> {
    const options = checkRequestOptions(requestOptions);
    checkPathParams(operation, input);
    const call: Call = {
      operation,
      input,
      headers: this.#headers(operation, checkHeaders("headers", options.headers), input.headers),
      timeout: options.timeout === 0 ? MAX_TIMEOUT : (checkTimeout("timeout", options.timeout) ?? this.#options.timeout),
      throwOnError: checkBoolean("throwOnError", options.throwOnError) ?? this.#options.throwOnError,
      signal: options.signal,
      // The path as sent, its placeholders filled; the query is left out (it may hold personal data).
      info: { method: operation.method, url: `${this.#options.appHost}${filledPath(operation.path, input.path)}` },
      // The app secret travels in its Basic form too: an echo of either is scrubbed, whichever was sent.
      credentials: [this.#appSecret, this.#basic, this.#accessToken, ...(this.#auth.secrets?.() ?? [])],
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
        const attempts = retryIndex === 0 ? "" : ` (attempt ${retryIndex + 1})`;
        const notAgain = canRetry ? `; not sent again, since ${this.#options.appHost} may have acted on it` : "";
        const message = `${info.method} ${operation.path} got no complete answer within ${timeout} ms${attempts}${notAgain}; raise timeout, per client or per call, if it takes longer`;
        return { error: new GenAuthTimeoutError(message, timeout, { request: info }) };
      }
      if (cause instanceof GenAuthError) return { error: cause };
      const broken = cause instanceof BrokenAnswer ? cause : undefined;
      // A GET is sent again after any failure; another method only when its request never left,
      // since the server may have acted on it (urllib3's rule for connect and read errors).
      if (canRetry && (operation.method === "GET" || (!broken && neverConnected(cause)))) return { delayMs: backoffDelay(retryIndex) };
      const secrets = secretsOf(call);
      const host = this.#options.appHost;
      const notAgain = canRetry ? `; not sent again, since ${host} may have acted on it` : "";
      const message = broken
        ? `${info.method} ${operation.path}: the answer of ${host} (HTTP ${broken.status}) broke off: ${causeMessage(broken.cause)}${notAgain}`
        : `${info.method} ${operation.path} could not reach ${host}: ${causeMessage(cause)}${notAgain}`;
      return {
        error: new GenAuthConnectionError(scrubSecrets(message, secrets), { request: info, cause: safeCause(broken ? broken.cause : cause, secrets) }),
      };
    } finally {
      attempt.dispose();
    }
    return this.#judge(answer, call, retryIndex, canRetry);
  }

  #judge(answer: Answer, call: Call, retryIndex: number, canRetry: boolean): Verdict {
    const { status, body } = answer;
    const httpFailed = status < 200 || status > 299;
    const retryable = httpFailed ? isRetryableHttpStatus(status, call.operation.method) : isEnvelope(body) && isRetryableEnvelopeStatus(body.statusCode);
    if (retryable && canRetry) return { delayMs: retryDelay(answer.headers.get("retry-after"), retryIndex) };
    if (httpFailed || answer.unparsable) return { error: httpError(answer, call) };
    const failure = call.operation.failure?.(body, status);
    if (failure) return { error: envelopeError(failure, status, call, undefined, failure.error) };
    if (call.throwOnError && isFailedEnvelope(body)) return { error: envelopeError(body, status, call) };
    return { result: body };
  }

  async #send(call: Call, signal: AbortSignal): Promise<Answer> {
    const { operation, input } = call;
    const fetch = this.#fetch;
    let headers: Record<string, string>;
    try {
      headers = await this.#attemptHeaders(call);
    } catch (cause) {
      // Not a network failure: retrying would fail the same way, so it is reported as it is.
      if (cause instanceof GenAuthError) throw cause;
      if (!encodes(call.input.body) || !encodes(call.input.query)) throw unencodable(call, cause);
      const secrets = secretsOf(call);
      throw new GenAuthError(scrubSecrets(`${call.info.method} ${operation.path} could not be authenticated: ${causeMessage(cause)}`, secrets), {
        request: call.info,
        cause: safeCause(cause, secrets),
      });
    }
    // The response is kept as it arrives, so that a 2xx body JSON cannot parse still reports its status.
    let received: Response | undefined;
    // Whatever fails before the fetch is called is the request's encoding, not the network.
    let fetched = false;
    try {
      const { response, data, error } = await this.#client.request(lowerCase(operation.method), operation.path, {
        params: { path: input.path, query: input.query },
        body: operation.bodyType === "form" ? formFields(input.body) : input.body,
        headers,
        signal,
        // A redirect would carry the body (secrets, codes, passwords) to wherever it points, so a
        // call with a body follows none: the redirect comes back as the answer, and fails.
        redirect: input.body === undefined ? "follow" : "manual",
        parseAs: operation.responseType === "text" ? "text" : "json",
        fetch: async (request: Request) => {
          fetched = true;
          const answer = await fetch(request);
          // A fetch of the caller's that answers something else would pass for a success.
          if (typeof (answer as { status?: unknown } | null | undefined)?.status !== "number") {
            throw new GenAuthConfigError("fetch", `the fetch of the options answered ${describeKind(answer)} without a numeric status, not a Response`);
          }
          received = answer;
          return answer;
        },
      });
      // openapi-fetch hands back an error body that is not JSON as its text, and an empty body
      // (HTTP 204, no length) as `undefined`; every JSON answer of the API is an object.
      const { responseType } = operation;
      const unparsable =
        responseType !== "text" &&
        (response.ok
          ? responseType !== "any" && (typeof data !== "object" || data === null || Array.isArray(data))
          : typeof error === "string" && error !== "");
      return answerOf(response, response.ok ? data : error, unparsable);
    } catch (cause) {
      if (received !== undefined && cause instanceof SyntaxError) return answerOf(received, undefined, true);
      if (!fetched && !(cause instanceof GenAuthError)) throw unencodable(call, cause);
      if (received !== undefined && !(cause instanceof GenAuthError) && !signal.aborted) {
        // An HTTP error's body is only read for its message: the status says what happened.
        if (!received.ok) return answerOf(received, undefined, false);
        throw new BrokenAnswer(received.status, cause);
      }
      throw cause;
    }
  }

  /**
   * The headers of one call, later ones winning: the client's, the per-request ones, the
   * operation's, then form's content type. openapi-fetch adds JSON's content type under them when
   * the body is JSON; each attempt adds its credentials over them ({@link #attemptHeaders}).
   */
  #headers(operation: OperationDescriptor, perRequest: Record<string, string> | undefined, own: Record<string, string> | undefined): Record<string, string> {
    const headers: Record<string, string> = { ...this.#options.headers, ...perRequest, ...own };
    if (operation.bodyType === "form") setHeader(headers, "content-type", FORM_CONTENT_TYPE);
    return headers;
  }

  /** The headers of one attempt: the call's, with the auth step's credentials set over them. */
  async #attemptHeaders(call: Call): Promise<Record<string, string>> {
    const credentials = await this.#auth.headers({ operation: call.operation, input: call.input, headers: call.headers });
    if (credentials.authorization !== undefined && !call.credentials.includes(credentials.authorization)) {
      call.credentials.push(credentials.authorization);
      call.secrets = undefined;
    }
    const headers: Record<string, string> = { ...call.headers };
    for (const name in credentials) setHeader(headers, name, credentials[name] as string);
    return headers;
  }
}

/** `value` as `application/x-www-form-urlencoded` writes it. */
function formEncoded(value: string): string {
  return new URLSearchParams({ value }).toString().slice("value=".length);
}

/** openapi-fetch names methods in lower case. */
function lowerCase(method: HttpMethod): Lowercase<HttpMethod> {
  return method.toLowerCase() as Lowercase<HttpMethod>;
}

/** Sets `name` (lower case) over any spelling of it already there. */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
  headers[name] = value;
}

function answerOf(response: Response, body: unknown, unparsable: boolean): Answer {
  return { status: response.status, statusText: response.statusText, headers: response.headers, body, unparsable };
}

function checkPathParams(operation: OperationDescriptor, input: OperationInput): void {
  for (const param of operation.pathParams ?? []) {
    const value = input.path?.[param.name];
    const where = `${operation.method} ${operation.path}`;
    if (value === undefined || value === null || value === "") {
      throw new GenAuthConfigError(param.argument, `${param.argument} is required: ${where} needs it in the URL, got ${describe(value)}`);
    }
    if (typeof value !== "string" && typeof value !== "number") {
      throw new GenAuthConfigError(param.argument, `${param.argument} must be a string: ${where} puts it in the URL, got ${describe(value)}`);
    }
    if (typeof value === "string" && uriEncoded(value) === undefined) {
      throw new GenAuthConfigError(param.argument, `${param.argument} has a lone surrogate, which a URL cannot carry: ${where} puts it in the URL`);
    }
    // `.` and `..` are kept as they are by the path encoding, and would make the URL name another
    // resource (`credentials/..` is `webauthn/`): a value must stay within its own segment.
    if (value === "." || value === "..") {
      throw new GenAuthConfigError(
        param.argument,
        `${param.argument} cannot be "${value}": ${where} needs an ID there, and "${value}" would leave its path segment`,
      );
    }
  }
}

/**
 * The fields of a form body that have a value: openapi-fetch encodes the object it gets with
 * `URLSearchParams`, which would send `undefined` and `null` as text.
 */
function formFields(body: unknown): Record<string, string> | undefined {
  if (body === undefined || body === null) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value !== undefined && value !== null) fields[key] = String(value);
  }
  return fields;
}

/** The secret values the call carries, scrubbed from every error it raises; collected only when one is. */
function secretsOf(call: Call): Set<string> {
  call.secrets ??= collectSecrets(call.credentials, call.operation.secretFields ?? [], call.input.body, call.input.query, call.headers);
  return call.secrets;
}

function httpError(answer: Answer, call: Call): GenAuthApiError {
  const { status, body } = answer;
  const where = `${call.info.method} ${call.operation.path}`;
  if (isEnvelope(body)) return envelopeError(body, status, call, `${where} failed with HTTP ${status}`);
  const httpStatus = `HTTP ${status}${answer.statusText ? ` ${answer.statusText}` : ""}`;
  // A browser shows a redirect it did not follow as status 0 (an opaque redirect).
  if (call.input.body !== undefined && (status === 0 || (status >= 300 && status < 400))) {
    return new GenAuthApiError(
      scrubSecrets(`${where} was answered with a redirect (${httpStatus}), which a call that sends a body does not follow`, secretsOf(call)),
      { status, statusCode: status },
      { request: call.info },
    );
  }
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  const oauthError = typeof oauth === "object" && oauth !== null && typeof oauth.error === "string" ? oauth.error : undefined;
  const detail =
    oauthError !== undefined
      ? `: ${oauthError}${typeof oauth?.error_description === "string" ? ` (${oauth.error_description})` : ""}`
      : answer.unparsable
        ? answer.body === undefined
          ? ": the body is not JSON"
          : ": the body is not a JSON object"
        : "";
  const secrets = secretsOf(call);
  // Only an OAuth endpoint's (those read failures) `error` is an OAuth error code.
  const error = oauthError === undefined || call.operation.failure === undefined ? undefined : scrubSecrets(oauthError, secrets);
  return new GenAuthApiError(scrubSecrets(`${where} answered ${httpStatus}${detail}`, secrets), { status, statusCode: status, error }, { request: call.info });
}

// The server's message and request ID may echo what was sent (a wrong secret…): they are scrubbed
// like everything else.
function envelopeError(body: GenAuthEnvelopeFields, status: number, call: Call, fallback?: string, oauthError?: string): GenAuthApiError {
  const secrets = secretsOf(call);
  const message = envelopeMessage(body.message) || (fallback ?? `${call.info.method} ${call.operation.path} failed with statusCode ${body.statusCode}`);
  const requestId = typeof body.requestId === "string" ? scrubSecrets(body.requestId, secrets) : undefined;
  const error = oauthError === undefined ? undefined : scrubSecrets(oauthError, secrets);
  return new GenAuthApiError(
    scrubSecrets(message, secrets),
    { status, statusCode: body.statusCode, apiCode: body.apiCode, requestId, error },
    { request: call.info },
  );
}

/**
 * The error for arguments that cannot become a request (a `BigInt` or a cycle in the body, a
 * cycle or a value with no query form in the query): the caller's to fix, so it is not retried.
 */
function unencodable(call: Call, cause: unknown): GenAuthConfigError {
  const part = encodes(call.input.body) ? "query" : "body";
  const message = `${call.info.method} ${call.operation.path}: the ${part} cannot be encoded (${causeMessage(cause)}): pass plain JSON values`;
  return new GenAuthConfigError(part, scrubSecrets(message, secretsOf(call)));
}

/** Whether `value` is plain JSON (what a body and the signature of a query need). */
function encodes(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

function abortError(call: Call): GenAuthAbortError {
  return new GenAuthAbortError(`${call.info.method} ${call.operation.path} was aborted by the caller`, {
    request: call.info,
    cause: safeCause(call.signal?.reason, secretsOf(call)),
  });
}

/** What went wrong, from a fetch's error: its cause's message (`fetch failed` says nothing) and code. */
function causeMessage(cause: unknown): string {
  const inner = (cause as { cause?: unknown } | undefined)?.cause;
  const { message, code } = (typeof inner === "object" && inner !== null ? inner : {}) as { message?: unknown; code?: unknown };
  const text = typeof message === "string" && message !== "" ? message : cause instanceof Error ? cause.message : String(cause);
  return typeof code === "string" && !text.includes(code) ? `${text} (${code})` : text;
}
