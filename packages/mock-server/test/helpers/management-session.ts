// A mock server with a clock the test moves, and signed Management API calls to it, for tests that
// drive the Management API's state and check it through both APIs.
import { afterEach, expect } from "vitest";
import { startMockServer, type MockServer, type MockServerOptions } from "../../src/index.js";
import { signInByPassword, type ApiAnswer } from "./authentication-requests.js";
import { signedRequest } from "./signed-request.js";

/** A Management API envelope. */
export type Answer = Awaited<ReturnType<typeof signedRequest>>["body"];

/** A running mock server and signed Management API calls to it. */
export class ManagementSession {
  /** The server's clock, Unix milliseconds: near the real time (requests are signed with it); tests move it. */
  now = Date.now();
  readonly #server: MockServer;

  private constructor(server: MockServer) {
    this.#server = server;
  }

  /** Starts a mock server whose clock is the session's `now`. */
  static async start(options: MockServerOptions = {}): Promise<ManagementSession> {
    let session: ManagementSession | undefined;
    const server = await startMockServer({ clock: () => session?.now ?? Date.now(), ...options });
    session = new ManagementSession(server);
    return session;
  }

  /** The server. */
  get server(): MockServer {
    return this.#server;
  }

  /** A signed Management API call (`name` is the path after `/api/v3/`); the envelope, never a 500. */
  async call(method: "GET" | "POST", name: string, input: Record<string, unknown>): Promise<Answer> {
    const path = `/api/v3/${name}`;
    const date = new Date(this.now).toUTCString();
    const { status, body } = await signedRequest(
      this.#server.url,
      method === "GET" ? { method, path, query: input as never, date } : { method, path, body: input, date },
    );
    expect(status).toBe(200);
    // Every answer passed the mock's own response check: no 500 "mock server bug".
    expect(body.statusCode, JSON.stringify(body)).not.toBe(500);
    return body;
  }

  /** A signed POST. */
  post(name: string, body: Record<string, unknown>): Promise<Answer> {
    return this.call("POST", name, body);
  }

  /** A signed GET. */
  get(name: string, query: Record<string, unknown>): Promise<Answer> {
    return this.call("GET", name, query);
  }

  /** Creates a user (expecting success) and answers their ID. */
  async createUser(input: Record<string, unknown>): Promise<string> {
    const created = await this.post("create-user", input);
    expect(created.statusCode, JSON.stringify(created)).toBe(200);
    return (created.data as { userId: string }).userId;
  }

  /** Signs a user in by username and password to the default app. */
  signIn(username: string, password: string): Promise<ApiAnswer> {
    return signInByPassword(this.#server, username, password);
  }

  /** Stops the server. */
  close(): Promise<void> {
    return this.#server.close();
  }
}

/** The `data` of an envelope, typed. */
export function data<T>(answer: Answer): T {
  return answer.data as T;
}

/**
 * Registers an `afterEach` that stops the server of the test that ran, and answers the function a
 * test starts its session with.
 */
export function sessionPerTest(): (options?: MockServerOptions) => Promise<ManagementSession> {
  let current: ManagementSession | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => {
    current = await ManagementSession.start(options);
    return current;
  };
}
