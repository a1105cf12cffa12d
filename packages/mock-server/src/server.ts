import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { systemClock, type Clock } from "./clock.js";
import { answerControlRequest, isControlRequest } from "./control-endpoints.js";
import { fail, type Envelope } from "./envelope.js";
import { ExampleResponses } from "./example-response.js";
import { FaultInjector, type MockFault } from "./faults.js";
import { resolveFixtures, type MockFixtures } from "./fixtures.js";
import { managementSpec } from "./generated/management-spec.js";
import { spec as defaultSpec } from "./generated/spec.js";
import type { Handler } from "./handler.js";
import { handlers as defaultHandlers } from "./handlers/index.js";
import { isSignedManagementRequest, ManagementApi } from "./management/management-api.js";
import { managementHandlers } from "./management/handlers/index.js";
import type { Outbox } from "./outbox.js";
import { publicUrlProblem } from "./public-url.js";
import { readBody, readRequestBody } from "./request-body.js";
import { Router } from "./router.js";
import type { OpenApiDocument, SpecOperation } from "./spec-types.js";
import { ProtocolRouter } from "./protocol/router.js";
import { MockState } from "./state.js";
import { bodyFailure, queryFailure, responseFailure, SpecValidator } from "./validation.js";

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /**
   * Interface to listen on. Default `127.0.0.1`. An unspecified address (`0.0.0.0`, `::`) listens
   * on every interface, as a server in a container must; its `url` is then a loopback one
   * (`http://127.0.0.1:{port}`, `http://[::1]:{port}` for `::`), since no client can connect to an
   * unspecified address: give `publicUrl` when clients on other machines use another address.
   */
  host?: string;
  /** Apps, WeChat apps… the server knows; see {@link DEFAULT_FIXTURES} for the defaults. */
  fixtures?: MockFixtures;
  /** Time source in Unix milliseconds, for tests that need to move time. Default `Date.now`. */
  clock?: Clock;
  /** Faults for the first requests, as if passed to `server.faults.next()`. */
  faults?: MockFault[];
  /**
   * The URL clients reach the server at, when it is not the address it listens on (a container's
   * port mapping, a proxy), e.g. `http://localhost:8080`. It is the server's `url`, and the OIDC
   * issuer is `{publicUrl}/oidc`. Default: `http://{host}:{port}`, with a loopback address for an
   * unspecified `host` (`0.0.0.0`, `::`).
   */
  publicUrl?: string;
}

/** A running mock server. */
export interface MockServer {
  /**
   * Base URL to pass as `appHost`, e.g. `http://127.0.0.1:53211`: `publicUrl` when given, else the
   * address it listens on, or a loopback one when that is unspecified (`0.0.0.0`, `::`). The OIDC
   * issuer is `{url}/oidc`.
   */
  url: string;
  /**
   * The address the socket listens on, as a URL with the real port, e.g. `http://0.0.0.0:3000` for
   * `host: "0.0.0.0"`. It differs from `url` when `publicUrl` is given or the host is unspecified.
   */
  listening: string;
  /** The port it listens on. */
  port: number;
  /** What the server remembers: fixtures, minted tokens… Tests may read it. */
  state: MockState;
  /**
   * Codes sent by `sendEmail`/`sendSms` and SMS and email MFA enrolments: `server.outbox.lastCode({ email })`. Out of process, e.g.
   * from the CLI, `GET {url}/__mock/outbox?email=…` answers them as JSON.
   */
  outbox: Outbox;
  /** Every Authentication API operation the server answers, from its spec. */
  operations: SpecOperation[];
  /** Every Management API operation the server answers to signed requests, from its spec. */
  managementOperations: SpecOperation[];
  /** The OIDC / OAuth / CAS endpoints: issued codes and tokens, signing keys (`protocol.keys.rotate()`). */
  protocol: ProtocolRouter;
  /** Scripts faults (HTTP 503, resets, hangs, garbage, throttling, slowness) and counts requests. */
  faults: FaultInjector;
  /**
   * Stops listening and closes idle connections; the promise settles once the requests in progress
   * are answered (the connections of a scripted hang or slow answer still pending are dropped). With
   * `{ force: true }` it ends those connections too (a request half-sent), so it settles at once:
   * what the CLI does on SIGTERM and SIGINT.
   */
  close(options?: MockServerCloseOptions): Promise<void>;
}

/** Options of {@link MockServer.close}. */
export interface MockServerCloseOptions {
  /** End the connections with a request in progress as well as the idle ones. Default `false`. */
  force?: boolean;
}

/**
 * Starts a local GenAuth-compatible server on 127.0.0.1, driven by the GenAuth OpenAPI document:
 * requests are validated against it and every answer conforms to it.
 *
 * @example
 * ```ts
 * import { startMockServer } from "@genauth/mock-server";
 * const server = await startMockServer({ fixtures: { apps: [{ appId: "my-app", appSecret: "s" }] } });
 * // new AuthenticationClient({ appId: "my-app", appHost: server.url }) …
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const problem = options.publicUrl === undefined ? undefined : publicUrlProblem(options.publicUrl);
  if (problem) throw new TypeError(`publicUrl ${problem}`);
  const publicUrl = options.publicUrl?.replace(/\/+$/, "");
  let url = "";
  const state = new MockState(resolveFixtures(options.fixtures), options.clock ?? systemClock, () => `${url}/oidc`);
  const app = new MockApplication(defaultSpec, defaultHandlers, state, () => url);
  const faults = new FaultInjector(options.faults);
  const server = createServer((req, res) => {
    // Whatever a request holds, it gets an answer and the server keeps serving: a handler's
    // failure, thrown or rejected, becomes a 500 envelope.
    const proceed = () => {
      app.handle(req, res).catch((error: unknown) => answerFailure(res, error));
    };
    // Every answer may be read by a page of another origin: the protocol endpoints' (a browser app
    // fetches the discovery document and the JWKS, and exchanges codes) and a scripted fault's.
    for (const [name, value] of Object.entries(corsHeaders(req))) res.setHeader(name, value);
    try {
      // The mock's own endpoints (the outbox, the session, key rotation) answer before faults: a test
      // using them neither takes nor counts as one of the requests a fault script aims at.
      if (req.method !== "OPTIONS" && isControlRequest(req))
        answerControlRequest(req, res, { outbox: state.outbox, protocol: app.protocol }).catch((error: unknown) => answerFailure(res, error));
      else if (!faults.intercept(req, res, proceed)) proceed();
    } catch (error) {
      answerFailure(res, error);
    }
  });
  server.keepAliveTimeout = 5000;
  await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  const address = server.address() as AddressInfo;
  const listening = `http://${urlHost(address.address, address.family)}:${address.port}`;
  url = publicUrl ?? `http://${urlHost(reachableAddress(address.address), address.family)}:${address.port}`;
  return {
    url,
    listening,
    port: address.port,
    state,
    outbox: state.outbox,
    operations: app.router.operations,
    managementOperations: app.management.router.operations,
    protocol: app.protocol,
    faults,
    close: (closeOptions) => {
      faults.dispose();
      return close(server, closeOptions?.force === true);
    },
  };
}

/** Routing, validation and dispatch, apart from the socket plumbing. */
class MockApplication {
  readonly router: Router;
  readonly protocol: ProtocolRouter;
  readonly management: ManagementApi;
  readonly #validator: SpecValidator;
  readonly #examples: ExampleResponses;

  constructor(
    spec: OpenApiDocument,
    readonly handlers: Record<string, Handler>,
    readonly state: MockState,
    baseUrl: () => string,
  ) {
    this.router = new Router(spec);
    this.protocol = new ProtocolRouter(state, baseUrl);
    this.management = new ManagementApi(managementSpec, managementHandlers, state);
    this.#validator = SpecValidator.of(spec);
    this.#examples = new ExampleResponses(spec);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "OPTIONS") {
      res.writeHead(204, corsHeaders(req)).end();
      return;
    }
    const url = requestUrl(req);
    if (url === undefined) {
      sendJson(res, 400, fail(400, `the request target ${JSON.stringify(req.url)} is not a valid path: send an origin-form target such as /api/v3/…`));
      return;
    }
    if (await this.protocol.handle(req, res, url, () => readBody(req))) return;
    const match = this.router.match(req.method ?? "GET", url.pathname);
    // A signed request goes to the Management API; so does an unsigned one that only the
    // Management API has a route for (and gets its signature error). Both APIs have
    // POST /api/v3/pub-userEvent and GET /api/v3/approval: the signature decides.
    const managementMatch = this.management.router.match(req.method ?? "GET", url.pathname);
    if (typeof managementMatch === "object" && (isSignedManagementRequest(req) || typeof match !== "object")) {
      sendJson(res, 200, await this.management.answer(managementMatch, url, req));
      return;
    }
    if (match === "bad-encoding" || managementMatch === "bad-encoding") {
      sendJson(res, 400, fail(400, `the path ${JSON.stringify(url.pathname)} has invalid percent-encoding: encode path parameters with encodeURIComponent`));
      return;
    }
    if (match === "method-not-allowed" || (match === undefined && managementMatch === "method-not-allowed")) {
      sendJson(res, 405, fail(405, `${url.pathname} does not accept ${req.method}`));
      return;
    }
    if (match === undefined) {
      sendJson(res, 404, fail(404, `no GenAuth operation at ${req.method} ${url.pathname}`));
      return;
    }
    const answer = await this.#answer(match.operation, match.params, url, req);
    sendJson(res, 200, answer);
  }

  async #answer(operation: SpecOperation, params: Record<string, string>, url: URL, req: IncomingMessage): Promise<unknown> {
    const appIdHeader = req.headers["x-authing-app-id"];
    if (typeof appIdHeader !== "string" || appIdHeader === "") {
      return fail(400, "the x-authing-app-id header is required: send your GenAuth application ID in it");
    }
    const app = this.state.fixtures.apps.find((candidate) => candidate.appId === appIdHeader);
    if (!app) return fail(404, `application ${JSON.stringify(appIdHeader)} does not exist`, 2011);

    const checks = this.#validator.for(operation);
    const query: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const badQuery = queryFailure(checks, query);
    if (badQuery) return badQuery;

    const read = await readRequestBody(req);
    if ("failure" in read) return read.failure;
    const { body } = read;
    const badBody = bodyFailure(checks, body);
    if (badBody) return badBody;

    const handler = this.handlers[operation.sdkMethod] ?? this.#examples.handler(operation);
    const answer: unknown = await handler({ app, body, query, params, headers: req.headers, state: this.state });
    return responseFailure(checks, answer, operation, "the spec") ?? answer;
  }
}

/** The request's target as a URL, or undefined when it cannot be one (e.g. `//[`). */
function requestUrl(req: IncomingMessage): URL | undefined {
  const target = req.url ?? "/";
  return URL.canParse(target, "http://mock.invalid") ? new URL(target, "http://mock.invalid") : undefined;
}

/**
 * Answers a request whose handling failed with a 500 envelope naming the error, or, when the
 * answer has already begun, ends the connection; never throws.
 */
function answerFailure(res: ServerResponse, error: unknown): void {
  try {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, 500, fail(500, `mock server error: ${message}`));
  } catch {
    res.destroy();
  }
}

/**
 * The address a client connects to for a socket bound to `address`: loopback for an unspecified
 * address (`0.0.0.0`, `::`), which names no host to connect to; `address` itself otherwise.
 */
function reachableAddress(address: string): string {
  if (address === "0.0.0.0") return "127.0.0.1";
  if (address === "::") return "::1";
  return address;
}

/** An address as the host of a URL: IPv6 in brackets. */
function urlHost(address: string, family: string): string {
  return family === "IPv6" ? `[${address}]` : address;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    "access-control-allow-origin": req.headers.origin ?? "*",
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
    "access-control-max-age": "600",
    // A page reads the wait a throttling answer asks for, as the SDK's retries do, and the
    // challenge of a 401, where browser OIDC libraries find the error.
    "access-control-expose-headers": "retry-after, www-authenticate",
    vary: "origin",
  };
}

// The CORS headers are already set on `res` (startMockServer's request handler), for every answer.
function sendJson(res: ServerResponse, status: number, body: unknown | Envelope): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close(server: Server, force: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // server.close waits for every connection to end: a busy or half-sent one holds it open.
    if (force) server.closeAllConnections();
    else server.closeIdleConnections();
  });
}
