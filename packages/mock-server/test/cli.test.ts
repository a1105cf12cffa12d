import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

it("genauth-mock-server prints its URL and answers on it", async () => {
  const child = spawn(process.execPath, [CLI, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout, "data")) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0];
    expect(url).toBeDefined();
    const response = await fetch(`${url}/api/v3/get-wechat-access-token-info`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
      body: JSON.stringify({ appId: "wx-mock-app", appSecret: "wx-mock-secret" }),
    });
    expect((await response.json()).statusCode).toBe(200);
  } finally {
    child.kill();
  }
});

it("genauth-mock-server hands the codes it sent to any HTTP client at /__mock/outbox", async () => {
  const child = spawn(process.execPath, [CLI, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout, "data")) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0];
    const sent = await fetch(`${url}/api/v3/send-email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
      body: JSON.stringify({ email: "ann@example.com", channel: "CHANNEL_LOGIN" }),
    });
    expect((await sent.json()).statusCode).toBe(200);
    const outbox = (await (await fetch(`${url}/__mock/outbox?email=ann@example.com`)).json()) as { messages: { code: string }[] };
    expect(outbox.messages).toEqual([expect.objectContaining({ email: "ann@example.com", code: expect.stringMatching(/^\d{6}$/) })]);
  } finally {
    child.kill();
  }
});
