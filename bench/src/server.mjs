// The loopback peer every latency contender talks to: it answers the seed's endpoint with a fixed
// envelope, as GenAuth would, and nothing else. It runs in the benchmark's own process so that
// every contender pays the same server cost.
import { createServer } from "node:http";

export const SEED_PATH = "/api/v3/get-wechat-access-token";
export const ENVELOPE = {
  statusCode: 200,
  message: "Operation successful",
  requestId: "934108e5-9fbf-4d24-8da1-c330328abd6c",
  data: { accessToken: "wx-bench-access-token", expiresAt: "1900000000" },
};
const BODY = Buffer.from(JSON.stringify(ENVELOPE));
const NOT_FOUND = Buffer.from(JSON.stringify({ statusCode: 404, message: "not found" }));

/** Starts the peer on 127.0.0.1 and a free port; resolves to `{ url, close() }`. */
export async function startSeedServer() {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    // The body is drained (a real server reads it) but not parsed: the peer's cost stays flat.
    req.resume();
    req.on("end", () => {
      const ok = req.method === "POST" && req.url === SEED_PATH && req.headers["x-authing-app-id"] !== undefined;
      res.writeHead(ok ? 200 : 404, { "content-type": "application/json", "content-length": ok ? BODY.length : NOT_FOUND.length });
      res.end(ok ? BODY : NOT_FOUND);
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
