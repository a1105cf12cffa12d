import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** Starts the CLI and resolves with its start-up output (the first chunk of stdout: one write). */
async function start(...args: string[]): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const [chunk] = (await Promise.race([once(child.stdout!, "data"), once(child, "exit").then(() => [Buffer.from("")])])) as [Buffer];
  return { child, output: chunk.toString() };
}

/** Runs the CLI to its end: exit code, stdout and stderr. */
async function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

function fixturesFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "genauth-mock-cli-")), name);
  writeFileSync(path, content);
  return path;
}

const firstUrl = (output: string) => /^GenAuth mock server listening on (http:\/\/\S+)$/m.exec(output.split("\n")[0] ?? "")?.[1];

it("genauth-mock-server prints its URL and answers on it", async () => {
  const { output } = await start("--port", "0");
  const url = firstUrl(output);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${url}/api/v3/get-wechat-access-token-info`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
    body: JSON.stringify({ appId: "wx-mock-app", appSecret: "wx-mock-secret" }),
  });
  expect((await response.json()).statusCode).toBe(200);
});

it("genauth-mock-server hands the codes it sent to any HTTP client at /__mock/outbox", async () => {
  const { output } = await start("--port", "0");
  const url = firstUrl(output);
  const sent = await fetch(`${url}/api/v3/send-email`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
    body: JSON.stringify({ email: "ann@example.com", channel: "CHANNEL_LOGIN" }),
  });
  expect((await sent.json()).statusCode).toBe(200);
  const outbox = (await (await fetch(`${url}/__mock/outbox?email=ann@example.com`)).json()) as { messages: { code: string }[] };
  expect(outbox.messages).toEqual([expect.objectContaining({ email: "ann@example.com", code: expect.stringMatching(/^\d{6}$/) })]);
});

describe("start-up output", () => {
  it("names the real port, the built-in fixtures with their secrets, and the outbox", async () => {
    const { output } = await start("--port", "0");
    const url = firstUrl(output)!;
    expect(output.trimEnd().split("\n")).toEqual([
      `GenAuth mock server listening on ${url}`,
      "  fixtures     built-in",
      "  apps         genauth-mock-app (secret genauth-mock-secret)",
      "  access keys  genauth-mock-access-key (secret genauth-mock-access-secret)",
      "  users        mock-user (password Mock-Passw0rd)",
      `  outbox       ${url}/__mock/outbox?email=… (or ?phone=…)`,
    ]);
  });

  it("names a fixtures file and its IDs, without its secrets", async () => {
    const file = fixturesFile(
      "fixtures.json",
      JSON.stringify({ apps: [{ appId: "my-app", appSecret: "my-secret" }], users: [{ username: "ann", password: "pw" }] }),
    );
    const { output } = await start("--port", "0", "--fixtures", file);
    expect(output).toContain(`  fixtures     ${file}\n  apps         my-app\n`);
    expect(output).toContain("  users        ann\n");
    expect(output).not.toContain("my-secret");
  });

  it("prints one JSON line with --json", async () => {
    const { output } = await start("--port", "0", "--json");
    expect(output.trimEnd().split("\n")).toHaveLength(1);
    const summary = JSON.parse(output);
    expect(summary).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      fixtures: null,
      apps: [{ appId: "genauth-mock-app", appSecret: "genauth-mock-secret" }],
      accessKeys: [{ accessKeyId: "genauth-mock-access-key", accessKeySecret: "genauth-mock-access-secret", userPoolId: "genauth-mock-userpool" }],
      users: [{ userId: "mock-user-1", username: "mock-user", password: "Mock-Passw0rd" }],
    });
    expect(summary.listening).toBe(summary.url);
    expect(summary.issuer).toBe(`${summary.url}/oidc`);
    expect(summary.outbox).toBe(`${summary.url}/__mock/outbox`);
  });

  it("with --host 0.0.0.0, listens there and gives clients a loopback URL and issuer", async () => {
    const { output } = await start("--port", "0", "--host", "0.0.0.0", "--json");
    const summary = JSON.parse(output) as Record<string, string>;
    expect(summary.listening).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    expect(summary.url).toBe(summary.listening?.replace("0.0.0.0", "127.0.0.1"));
    const discovery = (await (await fetch(`${summary.url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(`${summary.url}/oidc`);
  });

  it("shows the public URL on a line of its own when it differs from the listening address", async () => {
    const { output } = await start("--port", "0", "--public-url", "http://localhost:8080");
    expect(output.split("\n")[0]).toMatch(/^GenAuth mock server listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(output.split("\n")[1]).toBe("  url          http://localhost:8080 (--public-url; OIDC issuer http://localhost:8080/oidc)");
  });

  it("--help lists every flag with its default", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    for (const flag of ["--port", "--host", "--fixtures", "--public-url", "--json", "--help"])
      expect(stdout).toMatch(new RegExp(`^ {2}(-h, )?${flag} .+$`, "m"));
    expect(stdout).toContain("(default: 3000)");
    expect(stdout).toContain("(default: 127.0.0.1)");
  });
});

describe("refusals", () => {
  it("refuses a port that is not digits, with the usage line", async () => {
    for (const port of ["", "0x10", "1e3", "-1", "65536"]) {
      const { code, stderr } = await run(`--port=${port}`);
      expect(code, port).toBe(1);
      expect(stderr, port).toContain(`--port must be a number from 0 to 65535 in digits, got ${JSON.stringify(port)}`);
      expect(stderr, port).toContain("usage: genauth-mock-server");
    }
    expect((await run("--port", "")).stderr).toContain('--port must be a number from 0 to 65535 in digits, got ""');
  });

  it("names the fixtures file in a JSON error, and refuses an unknown key in it, without the usage line", async () => {
    const broken = fixturesFile("broken.json", '{ "apps": [');
    const json = await run("--port", "0", "--fixtures", broken);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain(`fixtures file ${broken} is not valid JSON: `);
    expect(json.stderr).not.toContain("usage:");
    const misspelt = fixturesFile("misspelt.json", JSON.stringify({ user: [] }));
    const unknown = await run("--port", "0", "--fixtures", misspelt);
    expect(unknown.stderr).toContain(`fixtures file ${misspelt}: fixtures.user is not a fixture field (did you mean users?)`);
    const list = await run("--port", "0", "--fixtures", fixturesFile("list.json", "[]"));
    expect(list.stderr).toContain("fixtures must be an object");
  });

  it("does not quote the text around a JSON error: it may be a secret in single quotes", async () => {
    const quoted = fixturesFile("quoted.json", `{ "apps": [{ "appId": "a", "appSecret": 'Pr0d-Lik3-App-S3cret-9f8e7d' }] }`);
    const { code, stderr } = await run("--port", "0", "--fixtures", quoted);
    expect(code).toBe(1);
    expect(stderr).toContain(`fixtures file ${quoted} is not valid JSON: `);
    expect(stderr).not.toContain("Pr0d");
  });

  it("refuses a public URL with user info, and quotes a refused one without its credentials", async () => {
    const withUser = await run("--port", "0", "--public-url", "https://deploy:Pr0xy-Passw0rd-77@mock.example.com");
    expect(withUser.code).toBe(1);
    expect(withUser.stderr).toContain('without user info, query or fragment, e.g. "http://localhost:8080", got "https://…@mock.example.com/"');
    const withQuery = await run("--port", "0", "--public-url", "https://tunnel.example.com/?access_token=TUNNEL-TOKEN-5f4dcc3b5aa7");
    expect(withQuery.stderr).toContain('got "https://tunnel.example.com/?…"');
    const unparsable = await run("--port", "0", "--public-url", "tunnel:Pr0xy@mock?token=TUNNEL-TOKEN");
    expect(unparsable.stderr).toContain("--public-url must be");
    expect(`${withUser.stderr}${withQuery.stderr}${unparsable.stderr}`).not.toMatch(/Pr0xy|TUNNEL-TOKEN/);
  });

  it("accepts a fixtures file that starts with a UTF-8 byte order mark", async () => {
    const file = fixturesFile("bom.json", `\uFEFF${JSON.stringify({ apps: [{ appId: "bom-app", appSecret: "s" }] })}`);
    const { output } = await start("--port", "0", "--fixtures", file);
    expect(output).toContain("  apps         bom-app\n");
  });

  it("does not print the usage line for a port in use", async () => {
    const { output } = await start("--port", "0");
    const port = /:(\d+)$/.exec(firstUrl(output)!)?.[1];
    const { code, stderr } = await run("--port", port!);
    expect(code).toBe(1);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(stderr).not.toContain("usage:");
  });
});

describe("signals", () => {
  it("exits 0 at once on SIGTERM, even with a request half-sent", async () => {
    const { child, output } = await start("--port", "0");
    const port = Number(/:(\d+)$/.exec(firstUrl(output)!)?.[1]);
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    await once(socket, "connect");
    socket.write("POST /api/v3/signin HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill("SIGTERM");
    const exit = once(child, "exit");
    const ended = await Promise.race([exit, new Promise((resolve) => setTimeout(() => resolve("still running"), 3000))]);
    socket.destroy();
    expect(ended).toEqual([0, null]);
  });
});
