// The loopback peer every latency contender talks to: it answers the seed's endpoint and the
// management call's with fixed envelopes, as GenAuth would, and nothing else. It runs in the
// benchmark's own process so that every contender pays the same server cost.
import { createServer } from "node:http";
import { SEED_PATH } from "./runtime-calls.mjs";

const ENVELOPE = {
  statusCode: 200,
  message: "Operation successful",
  requestId: "934108e5-9fbf-4d24-8da1-c330328abd6c",
  data: { accessToken: "wx-bench-access-token", expiresAt: "1900000000" },
};
/** The management call's path: `getUser`, a signed GET whose parameters are its query. */
export const MANAGEMENT_PATH = "/api/v3/get-user";
const MANAGEMENT_ENVELOPE = {
  statusCode: 200,
  message: "Operation successful",
  requestId: "5f7c2b1e-3d0a-4c6b-9e8f-1a2b3c4d5e6f",
  data: {
    userId: "bench-user-id",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    status: "Activated",
    workStatus: "Active",
    email: "bench@example.com",
    username: "bench",
    name: "Bench User",
    loginsCount: 1,
    userSourceType: "register",
    userSourceId: "bench-user-pool-id",
  },
};
const SEED_BODY = Buffer.from(JSON.stringify(ENVELOPE));
const MANAGEMENT_BODY = Buffer.from(JSON.stringify(MANAGEMENT_ENVELOPE));
const NOT_FOUND = Buffer.from(JSON.stringify({ statusCode: 404, message: "not found" }));
const MANAGEMENT_PREFIX = `${MANAGEMENT_PATH}?`;

/** The answer to a request: the seed's envelope, the management call's, or a 404. */
function answer(req) {
  if (req.method === "POST" && req.url === SEED_PATH && req.headers["x-authing-app-id"] !== undefined) return SEED_BODY;
  // The signature is not checked (the peer's cost stays flat); that one was sent is.
  if (req.method === "GET" && req.url.startsWith(MANAGEMENT_PREFIX) && req.headers.authorization?.startsWith("authing ")) return MANAGEMENT_BODY;
  return undefined;
}

/** Starts the peer on 127.0.0.1 and a free port; resolves to `{ url, close() }`. */
export async function startSeedServer() {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    // The body is drained (a real server reads it) but not parsed: the peer's cost stays flat.
    req.resume();
    req.on("end", () => {
      const body = answer(req);
      res.writeHead(body ? 200 : 404, { "content-type": "application/json", "content-length": (body ?? NOT_FOUND).length });
      res.end(body ?? NOT_FOUND);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
